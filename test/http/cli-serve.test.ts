/**
 * `registre serve` as users run it: the real binary on a free port, a
 * temporary data directory, no Redis (in-process processing); it answers,
 * then stops cleanly on SIGTERM. With an unreachable Redis it refuses to
 * start (exit 2) instead of accepting uploads it cannot queue.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { cliWith } from '../store/cli-harness.ts';
import { TOKEN_ENV, TOKENS } from './helpers.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function serve(env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-serve-'));
  dirs.push(dir);
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRE_') && k !== 'DATABASE_URL' && k !== 'REDIS_URL'));
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/registre.js'), 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...base, REGISTRE_DATA_DIR: dir, REGISTRE_API_TOKENS: TOKEN_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line after 60 s:\n${err}`)), 60_000);
    child.stderr.on('data', () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) clearTimeout(timer), resolve(m[1]!);
    });
    void exited.then(() => (clearTimeout(timer), reject(new Error(`exited before listening:\n${err}`))));
  });
  listening.catch(() => {}); // awaited by the tests that expect it; a refusal to start is not an error here
  return { child, exited, listening, out: () => out, err: () => err };
}

describe('registre serve (the binary)', () => {
  it('listens on a free port, serves API and pages, logs no token, stops on SIGTERM', async () => {
    const p = serve({});
    const url = await p.listening;
    expect(p.err()).toContain('store sqlite, processing in-process');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const search = await fetch(`${url}/api/search?q=budget`, { headers: { authorization: `Bearer ${TOKENS.archivist}` } });
    expect(await search.json()).toMatchObject({ total: 0, hits: [] });
    const home = await fetch(`${url}/`, { redirect: 'manual' });
    expect(home.status).toBe(303);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.err()).toContain('registre serve: stopped');
    expect(p.out()).toContain('"url":"/api/search?q=budget"');
    expect(p.out() + p.err()).not.toContain(TOKENS.archivist);
  });

  it('refuses to start when REDIS_URL does not answer (exit 2, clear message)', async () => {
    // The same command in-process (the binary's start-up is already covered above).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-serve-'));
    dirs.push(dir);
    const r = await cliWith({ REGISTRE_DATA_DIR: dir, REDIS_URL: 'redis://127.0.0.1:1', DATABASE_URL: undefined, REGISTRE_API_TOKENS: TOKEN_ENV }, 'serve', '--port', '0');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot start: Redis is unreachable at redis:\/\/127\.0\.0\.1:1/);
  });
});
