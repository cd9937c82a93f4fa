/**
 * Real worker processes (`node bin/registre.js worker`) on scans: killed
 * with SIGKILL mid-OCR, or stopped with SIGTERM, they lose nothing; the
 * producer fails fast without Redis. Locks are 6 s and the stalled check
 * runs every second here (testEnv), so a dead worker's jobs come back fast.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { CONNECT_TIMEOUT_MS, connectProducer, RedisUnavailableError } from '../../src/queue/connection.ts';
import { followDocuments } from '../../src/queue/follow.ts';
import { stageJobId } from '../../src/queue/names.ts';
import { enqueueBytes } from '../../src/queue/producer.ts';
import { closeQueues, openQueues, type Queues } from '../../src/queue/queues.ts';
import { openSqliteStore } from '../../src/store/open-store.ts';
import { cleanPrefix, registre, tempDataDir, testConfig, testEnv, testPrefix, until, type Proc } from './helpers.ts';

const READY = /worker \d+: stages/;

describe('worker processes', () => {
  const prefix = testPrefix();
  const dataDir = tempDataDir('procs');
  const env = testEnv(prefix, dataDir);
  let config: Config;
  let redis: Redis;
  let queues: Queues;
  const procs: Proc[] = [];
  const start = (args: string[] = []) => {
    const p = registre(['worker', ...args], env);
    procs.push(p);
    return p;
  };
  const activeOcr = () => until('an OCR page job running', async () => (await queues.ocr.getActiveCount()) > 0, 60_000, 50);

  beforeAll(async () => {
    config = testConfig(prefix, dataDir);
    redis = await connectProducer(config);
    queues = openQueues(config, redis);
  });

  // A test that fails must not leave its workers taking the next test's jobs.
  afterEach(async () => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(procs.splice(0).map((p) => p.exited));
  });

  afterAll(async () => {
    await closeQueues(queues);
    redis?.disconnect();
    await cleanPrefix(prefix);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function storedOnce(id: string) {
    const store = openSqliteStore(config.sqlitePath);
    try {
      const doc = await store.get(id);
      const events = await store.events(id);
      return { doc, ingested: events.filter((e) => e.type === 'ingested').length, total: (await store.list({ limit: 100 })).length };
    } finally {
      await store.close();
    }
  }

  it('a worker SIGKILLed mid-OCR loses nothing: a second worker completes the document, stored once', async () => {
    const a = start();
    await a.waitForErr(READY, 60_000);
    const file = 'fixtures/scans/commune-2025-01-14.tif'; // 2 pages: ~2 s of OCR each
    const q = await enqueueBytes({ queues, dataDir, actor: 'test' }, fs.readFileSync(file), file);
    await activeOcr();
    expect(await (await Job.fromId(queues.extract, q.jobId))!.getState()).toBe('active');
    a.child.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    expect((await storedOnce(q.id)).doc).toBeNull(); // it really died mid-job

    const b = start();
    const r = await followDocuments(config, queues, [q], { timeoutMs: 120_000 });
    expect(r.done[0], `worker A:\n${a.err()}\nworker B:\n${b.err()}`).toMatchObject({ ok: true, outcome: 'created' });
    expect(b.err()).toMatch(new RegExp(`${q.jobId}: stalled|ocr-[0-9a-f]+-[0-9a-f]+-w: stalled`));
    const s = await storedOnce(q.id);
    expect(s.doc!.document.extraction!.pages.map((p) => p.method)).toEqual(['ocr', 'ocr']);
    expect(s.doc!.document.parsed!.is_deliberation).toBe(true);
    expect(s.ingested).toBe(1);
    expect(s.total).toBe(1);
    b.child.kill('SIGTERM');
    expect((await b.exited).code).toBe(0);
  }, 150_000);

  it('SIGTERM: the worker hands back its job and exits 0; `enqueue --wait` then sees it finish on another', async () => {
    const c = start();
    await c.waitForErr(READY, 60_000);
    const file = 'fixtures/scans/metropole-2025-06-19.clean.pdf';
    const q = await enqueueBytes({ queues, dataDir, actor: 'test' }, fs.readFileSync(file), file);
    await activeOcr();
    c.child.kill('SIGTERM');
    const exit = await c.exited;
    expect(exit.code).toBe(0);
    expect(c.err()).toMatch(/SIGTERM, finishing or handing back current jobs[\s\S]*stopped/);
    const job = await Job.fromId(queues.extract, q.jobId);
    expect(await job!.getState(), c.err()).toBe('waiting'); // handed back, not failed
    expect(job!.attemptsMade).toBe(0);

    const wait = registre(['enqueue', '--wait', file, 'fixtures/pdf/bad/corrupt.pdf'], env);
    procs.push(wait);
    await until('enqueue to list the files', async () => wait.out().includes('corrupt.pdf'), 60_000);
    const d = start(); // only now, so the handed-back job is still waiting when enqueue looks
    const w = await wait.exited;
    expect(w.code, wait.err()).toBe(1);
    expect(wait.out()).toContain(`${q.id}  ${file}  (already queued: waiting)`);
    expect(wait.out()).toMatch(new RegExp(`ok +${q.id.slice(0, 12)}  ${file}  \\(created, \\d+ finding\\(s\\)\\)`));
    expect(wait.out()).toMatch(/FAILED +[0-9a-f]{12}  fixtures\/pdf\/bad\/corrupt\.pdf: corrupt PDF: /);
    expect(wait.err()).toMatch(/metropole-2025-06-19\.clean\.pdf: extract: \d page\(s\) read by OCR/);
    expect((await storedOnce(q.id)).ingested).toBe(1);
    d.child.kill('SIGTERM');
    expect((await d.exited).code).toBe(0);
  }, 150_000);

  it('enqueue and jobs exit 2 fast, with a clear message, when Redis is unreachable', async () => {
    const down = { ...env, REDIS_URL: 'redis://127.0.0.1:1' };
    const e = registre(['enqueue', 'fixtures/rules/clean-session.txt'], down);
    const j = registre(['jobs', 'failed'], down);
    const bad = registre(['enqueue'], env);
    procs.push(e, j, bad);
    const r = await e.exited;
    expect(r.code).toBe(2);
    // The process's time is mostly loading TypeScript (seconds on a busy machine): only check it
    // does not wait for Redis; the refusal itself is timed in-process below.
    expect(r.ms).toBeLessThan(60_000);
    expect(e.err()).toMatch(/registre enqueue: Redis is unreachable at redis:\/\/127\.0\.0\.1:1\/?: connect ECONNREFUSED .*\(set REDIS_URL, or start Redis\)/);
    expect((await j.exited).code).toBe(2);
    expect(j.err()).toContain('registre jobs: Redis is unreachable');
    expect((await bad.exited).code).toBe(2);
    expect(bad.err()).toContain('give at least one FILE or DIR');
    const refused = performance.now();
    await expect(connectProducer({ redisUrl: 'redis://127.0.0.1:1' })).rejects.toThrow(/ECONNREFUSED/);
    expect(performance.now() - refused).toBeLessThan(1000);
    // A server that accepts the connection and never answers (on loopback): bounded by the
    // connect timeout, not retried.
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const t = performance.now();
      const port = (silent.address() as net.AddressInfo).port;
      await expect(connectProducer({ redisUrl: `redis://127.0.0.1:${port}` })).rejects.toBeInstanceOf(RedisUnavailableError);
      expect(performance.now() - t).toBeLessThan(CONNECT_TIMEOUT_MS + 1000);
    } finally {
      silent.close();
    }
  });

  it('a worker started before Redis waits, then connects and works when Redis comes up', async () => {
    const port = await freePort();
    const dir = tempDataDir('redis');
    const url = `redis://127.0.0.1:${port}`;
    const late = registre(['worker', '--stages', 'extract,analyse,store'], { ...env, REDIS_URL: url });
    procs.push(late);
    await late.waitForErr(`extract worker: connect ECONNREFUSED 127.0.0.1:${port}`, 60_000);
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    try {
      await late.waitForErr('Redis reachable again, resuming', 30_000);
      const lateConfig = testConfig(prefix, dataDir, { REDIS_URL: url });
      const client = await connectProducer(lateConfig);
      const lateQueues = openQueues(lateConfig, client);
      try {
        const file = 'fixtures/store/hautval-metropole-2024-03-28.txt';
        const q = await enqueueBytes({ queues: lateQueues, dataDir, actor: 'test' }, fs.readFileSync(file), file);
        const r = await followDocuments(lateConfig, lateQueues, [q], { timeoutMs: 60_000 });
        expect(r.done[0]).toMatchObject({ ok: true, outcome: 'created' });
      } finally {
        await closeQueues(lateQueues);
        client.disconnect();
      }
      late.child.kill('SIGTERM');
      expect((await late.exited).code).toBe(0);
      expect(late.err().match(/extract worker: connect ECONNREFUSED/g)).toHaveLength(1); // said once, not on every retry
    } finally {
      server.kill('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}
