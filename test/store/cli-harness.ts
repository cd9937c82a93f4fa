/**
 * Runs `registre` commands in-process, capturing output: `cli` against a
 * temporary data directory with DATABASE_URL unset (the embedded SQLite
 * store), `cliWith` with any environment. The environment is restored after.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/command.ts';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function cli(dataDir: string, ...args: string[]): Promise<CliResult> {
  return cliWith({ REGISTRE_DATA_DIR: dataDir, DATABASE_URL: undefined }, ...args);
}

/** Runs with these environment variables set (undefined: unset), restored after. */
export async function cliWith(env: Record<string, string | undefined>, ...args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), tty: false };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(env);
  try {
    const code = await main(args, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    apply(saved);
  }
}

/** Parses the JSON a `--json` command printed. */
export function json<T = unknown>(r: CliResult): T {
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err || r.out}`);
  return JSON.parse(r.out) as T;
}
