/**
 * Runs `registre` commands in-process against a temporary data directory
 * (SQLite), capturing output. Each test file gets its own directory, removed
 * after; DATABASE_URL is unset so the embedded store is used.
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
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), tty: false };
  const saved = { dir: process.env.REGISTRE_DATA_DIR, url: process.env.DATABASE_URL };
  process.env.REGISTRE_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  try {
    const code = await main(args, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    if (saved.dir === undefined) delete process.env.REGISTRE_DATA_DIR;
    else process.env.REGISTRE_DATA_DIR = saved.dir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
  }
}

/** Parses the JSON a `--json` command printed. */
export function json<T = unknown>(r: CliResult): T {
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err || r.out}`);
  return JSON.parse(r.out) as T;
}
