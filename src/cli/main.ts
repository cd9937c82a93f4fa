import { COMMANDS } from './registry.ts';
import { processIo, UsageError, type Io } from './command.ts';
import { ConfigError } from '../config.ts';

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return ['usage: registre COMMAND [options]', '', 'commands:', ...lines, '', 'registre COMMAND --help for its options'].join('\n');
}

/** Entry point; returns the process exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`registre: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`registre ${name}: ${e.message}\n\n${command.usage}`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(`registre ${name}: ${e.message}`);
      return 2;
    }
    io.err(`registre ${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return 2;
  }
}
