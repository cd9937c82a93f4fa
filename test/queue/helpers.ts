/**
 * Queue tests run against the real Redis (127.0.0.1:6379) under their own
 * random prefix, and delete only the keys under it afterwards (SCAN MATCH
 * on the prefix — never FLUSHDB). The store is SQLite in a temporary data
 * directory. Worker processes are the real CLI (`node bin/registre.js worker`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { loadConfig, type Config } from '../../src/config.ts';
import { ROOT } from '../helpers/paths.ts';

export const REDIS_URL = 'redis://127.0.0.1:6379';

export function testPrefix(): string {
  return `registre-test-${Math.random().toString(36).slice(2, 10)}`;
}

/** Deletes every key under `prefix:` (and nothing else). */
export async function cleanPrefix(prefix: string): Promise<number> {
  if (!/^registre-test-[a-z0-9]+$/.test(prefix)) throw new Error(`refusing to clean a non-test prefix: ${prefix}`);
  const redis = new Redis(REDIS_URL);
  let n = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) n += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return n;
}

export function tempDataDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `registre-queue-${tag}-`));
}

/** Environment for a test: its prefix and data dir, short locks, fast backoff, SQLite. */
export function testEnv(prefix: string, dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    REDIS_URL,
    REGISTRE_QUEUE_PREFIX: prefix,
    REGISTRE_DATA_DIR: dataDir,
    REGISTRE_JOB_BACKOFF_MS: '100',
    REGISTRE_JOB_ATTEMPTS: '3',
    REGISTRE_OCR_WORKERS: '1',
    // Short enough for a dead worker's job to come back in seconds, long enough for a busy
    // 2-core machine (a lock is renewed every half of it; a late renewal means a false stall).
    REGISTRE_LOCK_MS: '6000',
    REGISTRE_STALLED_INTERVAL_MS: '1000',
    ...extra,
  };
}

export function testConfig(prefix: string, dataDir: string, extra: Record<string, string> = {}): Config {
  return loadConfig(testEnv(prefix, dataDir, extra));
}

/** Child environment: the parent's PATH etc., without its registre settings or DATABASE_URL. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRE_') && k !== 'DATABASE_URL' && k !== 'REDIS_URL'));
  return { ...base, NO_COLOR: '1', ...env };
}

export interface Proc {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** Resolves with the exit code (null: killed by a signal) and how long it ran. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** Resolves when stderr contains `text`; rejects after `ms`. */
  waitForErr(text: string | RegExp, ms?: number): Promise<void>;
}

export function registre(args: string[], env: Record<string, string>): Proc {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/registre.js'), ...args], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, ms: performance.now() - started }));
  });
  return {
    child,
    out: () => out,
    err: () => err,
    exited,
    waitForErr(text, ms = 30_000) {
      const test = () => (typeof text === 'string' ? err.includes(text) : text.test(err));
      return new Promise((resolve, reject) => {
        if (test()) return resolve();
        const timer = setTimeout(() => {
          child.stderr!.off('data', on);
          reject(new Error(`timed out waiting for ${String(text)} on stderr; got:\n${err}`));
        }, ms);
        const on = () => {
          if (test()) {
            clearTimeout(timer);
            child.stderr!.off('data', on);
            resolve();
          }
        };
        child.stderr!.on('data', on);
        child.once('exit', () => {
          if (!test()) {
            clearTimeout(timer);
            reject(new Error(`process exited before ${String(text)}; stderr:\n${err}`));
          }
        });
      });
    },
  };
}

export async function until<T>(what: string, f: () => Promise<T | null | undefined | false>, ms = 30_000, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** A processed document without what legitimately differs between two runs (times). */
export function comparable<T extends { processed_at?: string; extraction?: { pages: Array<{ ms: number }> } | null }>(doc: T): unknown {
  const copy = structuredClone(doc) as T & { processed_at?: string };
  delete copy.processed_at;
  for (const p of copy.extraction?.pages ?? []) p.ms = 0;
  return copy;
}
