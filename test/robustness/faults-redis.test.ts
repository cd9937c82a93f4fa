/**
 * Redis dies (SIGKILL) in the middle of a batch and comes back: a private
 * redis-server on a free port (never the shared one), with the append-only
 * file synced on every write as production runs it (docker-compose: AOF),
 * two sets of workers (in-process) storing into SQLite. The workers wait and
 * reconnect; afterwards every document is stored exactly once — parsed, or
 * failed with its reason for the bad inputs in the batch — and no job is
 * left failed for an infrastructure reason.
 *
 * A worker SIGKILLed mid-OCR is covered by test/queue/worker-processes.test.ts
 * ("a worker SIGKILLed mid-OCR loses nothing"); a worker started before Redis
 * by "a worker started before Redis waits, then connects".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/pipeline.ts';
import { connectProducer } from '../../src/queue/connection.ts';
import { enqueueBytes } from '../../src/queue/producer.ts';
import { closeQueues, openQueues } from '../../src/queue/queues.ts';
import { openSqliteStore } from '../../src/store/open-store.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import { startWorkers, type WorkerHandle } from '../../workers/run.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { tempDataDir, testConfig, testPrefix, until } from '../queue/helpers.ts';
import { hostileInputs } from './hostile-inputs.ts';
import { record } from './tally.ts';

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

describe('Redis killed and restarted during a batch', () => {
  const dataDir = tempDataDir('robust-redis');
  const redisDir = tempDataDir('robust-redis-aof');
  const prefix = testPrefix();
  let port: number;
  let server: ChildProcess | null = null;
  let store: RecordStore;
  const handles: WorkerHandle[] = [];
  const logs: string[] = [];

  const startRedis = async () => {
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', redisDir], { stdio: 'ignore' });
    await until('the private Redis to answer', () => new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    }), 20_000, 50);
  };

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    store = openSqliteStore(path.join(dataDir, 'registre.db'));
  });
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await store?.close();
    server?.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(redisDir, { recursive: true, force: true });
  });

  it('the workers wait, reconnect and finish: every document stored exactly once', async (ctx) => {
    const config = testConfig(prefix, dataDir, { REDIS_URL: `redis://127.0.0.1:${port}`, REGISTRE_JOB_ATTEMPTS: '5', REGISTRE_CONCURRENCY: '2' });
    // Each write takes a little while (as on a busy database), so the batch is still running when Redis dies.
    const slow: RecordStore = { ...store, upsert: async (...a) => (await new Promise((r) => setTimeout(r, 150)), store.upsert(...a)) };
    for (let i = 0; i < 2; i++) handles.push(await startWorkers({ config, store: slow, log: (l) => logs.push(l) }));
    await Promise.all(handles.map((h) => h.waitUntilReady()));

    const texts = fs.readdirSync(path.join(FIXTURES, 'corpus')).filter((f) => f.endsWith('.txt')).sort().slice(0, 30);
    const docs = [
      ...texts.flatMap((f, i) => [0, 1].map((v) => ({ file: `${v}-${f}`, bytes: Buffer.concat([fs.readFileSync(path.join(FIXTURES, 'corpus', f)), Buffer.from('\n'.repeat(v + 1))]), bad: false, n: i }))),
      ...hostileInputs()
        .filter((h) => ['garbage.bin', 'encrypted.pdf', 'truncated.pdf', 'bomb.png'].includes(h.name))
        .map((h) => ({ file: h.name, bytes: h.bytes(), bad: true, n: -1 })),
    ];
    const producer = await connectProducer(config);
    const queues = openQueues(config, producer);
    let storedAtKill = 0;
    try {
      for (const d of docs) await enqueueBytes({ queues, dataDir, actor: 'test' }, d.bytes, d.file);
      const count = async () => (await store.list({ limit: 1000 })).length;
      await until('a few documents stored', async () => (await count()) >= 3, 60_000, 20);
      server!.kill('SIGKILL');
      await new Promise((r) => server!.once('exit', r));
      storedAtKill = await count();
      await new Promise((r) => setTimeout(r, 2000)); // down for a while: workers fail to reach it
      await startRedis();
      await until('every document stored', async () => (await count()) >= docs.length, 120_000, 250);
      await new Promise((r) => setTimeout(r, 1000)); // let late duplicates (jobs taken over) show up

      let lost = 0;
      const problems: string[] = [];
      for (const d of docs) {
        const id = contentHash(d.bytes);
        const s = await store.get(id);
        if (!s) {
          lost++;
          continue;
        }
        const ingested = (await store.events(id)).filter((e) => e.type === 'ingested').length;
        if (ingested !== 1) problems.push(`${d.file}: ingested ${ingested} times`);
        if (d.bad ? s.document.status !== 'failed' : s.document.status !== 'parsed') problems.push(`${d.file}: ${s.document.status} ${s.document.error ?? ''}`);
        if (d.bad && !s.document.error?.startsWith(`${d.file}: `)) problems.push(`${d.file}: reason ${s.document.error}`);
      }
      // Only bad inputs end as failed jobs; nothing is stuck failed for an infrastructure reason.
      const failedJobs = await queues.extract.getFailed();
      const badIds = new Set(docs.filter((d) => d.bad).map((d) => contentHash(d.bytes)));
      const stuck = failedJobs.filter((j) => !badIds.has((j.data as { id: string }).id)).map((j) => `${j.id}: ${j.failedReason}`);
      record(ctx, { kind: 'faults', tried: 1, handled: docs.filter((d) => d.bad).length, lost, crashes: 0 });
      expect(storedAtKill, 'Redis went down mid-batch').toBeLessThan(docs.length - 10);
      expect(problems).toEqual([]);
      expect(lost).toBe(0);
      expect(stuck).toEqual([]);
      expect((await store.list({ limit: 1000 })).length).toBe(docs.length);
      expect(logs.some((l) => /Redis reachable again, resuming/.test(l)), logs.join('\n')).toBe(true);
    } finally {
      await closeQueues(queues);
      producer.disconnect();
    }
  }, 170_000);
});
