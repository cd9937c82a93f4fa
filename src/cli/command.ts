/**
 * Contract of a CLI command. A command is a thin shell: it parses its
 * arguments, calls the stages, prints, and returns the exit code
 * (0 success, 1 findings or failed files, 2 the command itself could not run).
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (progress bars, colours). */
  readonly tty: boolean;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: string[], io: Io): Promise<number>;
}

export class UsageError extends Error {}

/**
 * A date option of the store commands (`--from`, `--to`): undefined when not given, else the date as written when it
 * is a real calendar day in YYYY-MM-DD form. Anything else ("2024-02-30", "12/03/2024") is a usage error naming the
 * option, so that a typo never silently filters on a date the store compares as text.
 */
export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !day || day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3])) {
    throw new UsageError(`--${name} wants a date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  tty: Boolean(process.stdout.isTTY),
};
