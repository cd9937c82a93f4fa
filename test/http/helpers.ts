/**
 * The real server for tests: a temporary data directory (SQLite unless a
 * store is given), the real runner (in-process, or the queue on the real
 * Redis under a prefix of the test's own, with workers in this process),
 * listening on 127.0.0.1 port 0. Logs are captured (to check nothing
 * secret is written). close() stops everything and removes what the test
 * created: the directory and the Redis keys under its prefix (SCAN + UNLINK).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { loadConfig, type Config } from '../../src/config.ts';
import { openAppContext, type AppContext } from '../../src/http/app-context.ts';
import { buildServer } from '../../src/http/server.ts';
import type { RecordStore } from '../../src/store/record-store.ts';

export const REDIS_URL = 'redis://127.0.0.1:6379';
export const TOKENS = { clerk: 'clerk-secret-token-1', archivist: 'archivist-secret-token-2', admin: 'admin-secret-token-3' } as const;
export const TOKEN_ENV = Object.entries(TOKENS).map(([r, t]) => `${r}:${t}`).join(',');

export interface TestServer {
  url: string;
  config: Config;
  ctx: AppContext;
  dir: string;
  logs(): string;
  close(): Promise<void>;
}

export interface ServerSetup {
  env?: Record<string, string>;
  /** Use the queue on the real Redis, with workers in this process. */
  queue?: boolean;
  store?: RecordStore;
}

export function httpTestPrefix(): string {
  return `registre-test-http${Math.random().toString(36).slice(2, 10)}`;
}

/** Deletes the keys under a test prefix (never anything else). */
export async function cleanRedisPrefix(prefix: string): Promise<void> {
  if (!/^registre-test-http[a-z0-9]+$/.test(prefix)) throw new Error(`refusing to clean ${prefix}`);
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function startServer(setup: ServerSetup = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-http-'));
  const prefix = setup.queue ? httpTestPrefix() : null;
  const config = loadConfig({
    REGISTRE_DATA_DIR: dir,
    REGISTRE_API_TOKENS: TOKEN_ENV,
    REGISTRE_OCR_WORKERS: '1',
    REGISTRE_CONCURRENCY: '2',
    ...(prefix ? { REDIS_URL, REGISTRE_QUEUE_PREFIX: prefix, REGISTRE_JOB_BACKOFF_MS: '100', REGISTRE_JOB_ATTEMPTS: '2', REGISTRE_LOCK_MS: '30000' } : {}),
    ...setup.env,
  });
  const ctx = await openAppContext(config, setup.store ? { store: setup.store } : {});
  const workers = prefix ? await (await import('../../workers/run.ts')).startWorkers({ config, store: ctx.store, log: () => {} }) : null;
  await workers?.waitUntilReady();
  let logs = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((logs += String(chunk)), done()) });
  const app = await buildServer(ctx, { log: { level: 'info', stream } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    ctx,
    dir,
    logs: () => logs,
    async close() {
      await app.close();
      await workers?.close();
      await ctx.close();
      if (prefix) await cleanRedisPrefix(prefix);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Call {
  token?: string | null;
  method?: string;
  json?: unknown;
  headers?: Record<string, string>;
  body?: FormData | string;
}

export async function call(s: { url: string }, p: string, c: Call = {}): Promise<{ status: number; headers: Headers; text: string; json: any }> {
  const headers: Record<string, string> = { ...(c.headers ?? {}) };
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  let body = c.body;
  if (c.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(c.json);
  }
  const res = await fetch(s.url + p, { method: c.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export function filesForm(files: ReadonlyArray<{ name: string; bytes: Uint8Array; type?: string }>): FormData {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.bytes], { type: f.type ?? 'application/octet-stream' }), f.name);
  return form;
}

export async function waitForJob(s: { url: string }, jobId: string, token: string, ms = 90_000): Promise<any> {
  const deadline = Date.now() + ms;
  const seen: string[] = [];
  for (;;) {
    const r = await call(s, `/api/jobs/${jobId}`, { token });
    if (r.status !== 200) throw new Error(`job ${jobId}: HTTP ${r.status} ${r.text}`);
    seen.push(r.json.state);
    if (r.json.state === 'completed' || r.json.state === 'failed') return { ...r.json, seen };
    if (Date.now() > deadline) throw new Error(`job ${jobId} not done after ${ms} ms: ${r.text}`);
    await new Promise((res) => setTimeout(res, 150));
  }
}
