/**
 * enqueue → workers → store, with two in-process worker sets sharing the
 * queues (real Redis under a random prefix, SQLite in a temp dir), against
 * the in-process pipeline. Faults are injected through a store wrapper.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/command.ts';
import type { Config } from '../../src/config.ts';
import { createExtractor, type ExtractorHandle } from '../../src/extract/index.ts';
import { processBytes } from '../../src/pipeline.ts';
import { connectProducer } from '../../src/queue/connection.ts';
import { followDocuments } from '../../src/queue/follow.ts';
import { listJobs } from '../../src/queue/jobs-admin.ts';
import { stageJobId } from '../../src/queue/names.ts';
import { enqueueBytes } from '../../src/queue/producer.ts';
import { closeQueues, openQueues, type Queues } from '../../src/queue/queues.ts';
import { openSqliteStore } from '../../src/store/open-store.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import { startWorkers, type WorkerHandle } from '../../workers/run.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { cleanPrefix, comparable, tempDataDir, testConfig, testEnv, testPrefix } from './helpers.ts';

const listDir = (dir: string, ext = '.txt') =>
  fs
    .readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join('fixtures', dir, f));

/** Fresh bytes (a new document id) with the same text. */
const variant = (file: string, n: number) => Buffer.concat([fs.readFileSync(file), Buffer.from('\n'.repeat(n + 1))]);

describe('queue pipeline (in-process workers, real Redis)', () => {
  const prefix = testPrefix();
  const dataDir = tempDataDir('pipeline');
  let config: Config;
  let redis: Redis;
  let queues: Queues;
  let store: RecordStore;
  let extractor: ExtractorHandle;
  const handles: WorkerHandle[] = [];
  const logs: string[] = [];
  /** Document id → upserts still to fail (an injected database fault). */
  const faults = new Map<string, number>();
  const deps = () => ({ queues, dataDir, actor: 'test' });
  const follow = (docs: Array<{ id: string; file: string }>) => followDocuments(config, queues, docs, { timeoutMs: 90_000 });

  beforeAll(async () => {
    config = testConfig(prefix, dataDir);
    redis = await connectProducer(config);
    queues = openQueues(config, redis);
    store = openSqliteStore(config.sqlitePath);
    const faulty: RecordStore = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop !== 'upsert') return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<RecordStore['upsert']>) => {
          const left = faults.get(args[0].id) ?? 0;
          if (left > 0) {
            faults.set(args[0].id, left - 1);
            throw new Error('database blip (injected)');
          }
          return target.upsert(...args);
        };
      },
    });
    // Three processes' worth of workers: one serves every stage (runs a document's stages in one
    // job), one only extraction and OCR, one only analysis — so documents also travel stage by stage.
    for (const stages of [undefined, ['extract', 'ocr'], ['analyse']] as const) {
      handles.push(await startWorkers({ config, stages, store: faulty, log: (l) => logs.push(l) }));
    }
    await Promise.all(handles.map((h) => h.waitUntilReady()));
    extractor = createExtractor({ ...config, ocrWorkers: 1 });
  });

  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await extractor?.close();
    await closeQueues(queues);
    redis?.disconnect();
    await store?.close();
    await cleanPrefix(prefix);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const batch = [...listDir('store'), ...listDir('rules'), 'fixtures/pdf/commune-2025-01-14.text.pdf', 'fixtures/pdf/commune-2025-01-14.mixed.pdf'];

  it('a batch goes enqueue → workers → store, records equal to the in-process pipeline, work shared', async () => {
    const processed = handles.map(() => 0);
    const extractsBySet = handles.map(() => 0);
    const analysesBySet = handles.map(() => 0);
    handles.forEach((h, i) =>
      h.workers.forEach((w) =>
        w.on('completed', () => {
          processed[i]!++;
          if (w.name === 'extract') extractsBySet[i]!++;
          if (w.name === 'analyse') analysesBySet[i]!++;
        }),
      ),
    );
    const enqueued = [];
    for (const file of batch) enqueued.push(await enqueueBytes(deps(), fs.readFileSync(file), file));
    const r = await follow(enqueued);
    expect(r.pending).toEqual([]);
    expect(r.done).toHaveLength(batch.length);
    for (const o of r.done) {
      const stored = await store.get(o.id);
      expect(stored, o.file).not.toBeNull();
      expect(stored!.original_path).toMatch(/^originals\/[0-9a-f]{2}\/[0-9a-f]{62}\.(txt|pdf)$/);
      const inProcess = await processBytes(fs.readFileSync(o.file), o.file, (b, f) => extractor.extract(b, f));
      expect(comparable(stored!.document), o.file).toEqual(comparable(inProcess));
      expect(o.status).toBe(inProcess.status);
      expect(o.ok).toBe(inProcess.status === 'parsed');
      if (!o.ok) expect(o.error).toBe(inProcess.error);
    }
    expect(r.done.filter((o) => o.ok).length).toBeGreaterThan(batch.length / 2);
    expect((await store.list({ limit: 1000 })).length).toBe(batch.length);
    // Which set takes a job is a race (under load the all-stages set may win every fetch, all the
    // sets living in this one test process): then its extract worker is paused and two more
    // documents queued, which the extract-only set must take. The work is shared when at least
    // two sets took jobs.
    if (processed.filter((n) => n > 0).length < 2) {
      const extract0 = handles[0]!.workers.find((w) => w.name === 'extract')!;
      await extract0.pause();
      try {
        const more = [];
        for (const n of [40, 41]) more.push(await enqueueBytes(deps(), variant(batch[0]!, n), `shared-${n}.txt`));
        expect((await follow(more)).pending).toEqual([]);
      } finally {
        extract0.resume();
      }
    }
    expect(processed.filter((n) => n > 0).length, `jobs per worker set: ${processed}`).toBeGreaterThanOrEqual(2);
    // Both ways ran: whole documents in one job, and stage by stage. A set that does not serve the
    // next stage hands the document to that stage's queue: the extract/OCR-only set to `analyse`,
    // the analyse-only set to `store` (which set takes which job stays a race under load).
    expect(r.done.some((o) => o.stage === 'extract')).toBe(true);
    expect(processed[1]! + processed[2]!, `jobs per worker set: ${processed}`).toBeGreaterThan(0);
    if (extractsBySet[1]! > 0) expect(await queues.analyse.getCompletedCount()).toBeGreaterThan(0);
    if (analysesBySet[2]! > 0) expect(await queues.store.getCompletedCount()).toBeGreaterThan(0);
    // (the directory exists only once a worker has handed a document over through it)
    const work = path.join(dataDir, 'work/documents');
    expect(fs.existsSync(work) ? fs.readdirSync(work, { recursive: true }).filter((f) => String(f).endsWith('.json')) : []).toEqual([]);
    // Payloads are references, never bytes.
    const job = await Job.fromId(queues.extract, stageJobId('extract', enqueued[0]!.id));
    expect(Object.keys(job!.data).sort()).toEqual(['actor', 'file', 'id', 'original_path']);
  });

  it('enqueuing the same bytes again adds no job, no work and no record', async () => {
    const jobIds = async () => (await Promise.all(Object.values(queues).map((q) => q.getJobs(['completed', 'failed', 'wait', 'active', 'delayed'])))).flat().map((j) => j.id).sort();
    const before = await jobIds();
    const stored = new Map<string, string>();
    for (const d of await store.list({ limit: 1000 })) stored.set(d.id, (await store.get(d.id))!.updated_at);
    const again = [];
    for (const file of batch) again.push(await enqueueBytes(deps(), fs.readFileSync(file), file));
    expect(new Set(again.map((q) => q.state))).toEqual(new Set(['completed']));
    const r = await follow(again);
    expect(r.done).toHaveLength(batch.length);
    for (const o of r.done) {
      if (o.status === 'failed') continue; // a bad input is tried again, like `ingest` does
      expect(o).toMatchObject({ stage: 'extract', outcome: 'unchanged' }); // ended at the first step: no extraction
      expect((await store.get(o.id))!.updated_at).toBe(stored.get(o.id));
    }
    expect(await jobIds()).toEqual(before);
    for (const o of r.done) expect((await store.events(o.id)).filter((e) => e.type === 'ingested')).toHaveLength(1);
    expect((await store.list({ limit: 1000 })).length).toBe(stored.size); // no record added
  });

  it('a corrupt file ends failed with its reason and no retry, while the others complete', async () => {
    const files = ['fixtures/pdf/bad/corrupt.pdf', 'fixtures/scans/bad/not-an-image.png', ...listDir('scan-sources')];
    const enqueued = [];
    for (const file of files) enqueued.push(await enqueueBytes(deps(), fs.readFileSync(file), file));
    const r = await follow(enqueued);
    const by = new Map(r.done.map((o) => [o.file, o]));
    expect(by.get(files[0]!)).toMatchObject({ ok: false, status: 'failed' });
    expect(by.get(files[0]!)!.error).toMatch(/corrupt\.pdf: corrupt PDF/);
    expect(by.get(files[1]!)).toMatchObject({ ok: false, status: 'failed' });
    for (const f of files.slice(2)) expect(by.get(f)).toMatchObject({ ok: true, outcome: 'created' });
    for (const o of r.done.slice(0, 2)) {
      const job = await Job.fromId(queues[o.stage], stageJobId(o.stage, o.id));
      expect(await job!.getState()).toBe('failed');
      expect(job!.attemptsMade).toBe(1); // 3 allowed: UnrecoverableError stops at the first
      expect(job!.failedReason).toBe(o.error);
      const stored = await store.get(o.id);
      expect(stored!.document).toMatchObject({ status: 'failed', error: o.error });
    }
  });

  it('a transient store fault is retried with backoff; the document is stored once', async () => {
    const file = 'fixtures/store/saint-orbel-cm-2023-06-12.txt';
    const bytes = variant(file, 1);
    // armed before the job exists (the document id is the sha256 of the bytes): a fast worker
    // must not store the document before the fault is in place
    faults.set(createHash('sha256').update(bytes).digest('hex'), 1);
    const q = await enqueueBytes(deps(), bytes, 'blip.txt');
    expect(faults.has(q.id)).toBe(true);
    const r = await follow([q]);
    expect(r.done[0]).toMatchObject({ ok: true, outcome: 'created' });
    // the job that met the fault and was retried: extract (stages run in one job), or analyse or
    // store (under load, another worker set may have taken the document stage by stage)
    const retried: string[] = [];
    for (const stage of ['extract', 'analyse', 'store'] as const) {
      const job = await Job.fromId(queues[stage], stageJobId(stage, q.id));
      if (job?.attemptsMade === 2) retried.push(stage);
    }
    expect(retried).toHaveLength(1);
    expect(logs.some((l) => l.startsWith(`${retried[0]}-${q.id}: will retry`) && l.includes('database blip'))).toBe(true);
    expect((await store.events(q.id)).filter((e) => e.type === 'ingested')).toHaveLength(1);
  });

  it('a job that exhausts its attempts stays visible; `registre jobs retry` re-runs it', async () => {
    const q = await enqueueBytes(deps(), variant('fixtures/store/hautval-metropole-2024-06-27.txt', 2), 'outage.txt');
    faults.set(q.id, 1000);
    const r = await follow([q]);
    expect(r.done[0]).toMatchObject({ ok: false, status: null, error: 'database blip (injected)' });
    const stage = r.done[0]!.stage;
    const failed = await listJobs(queues, 'failed', { queues: [stage] });
    expect(failed.find((j) => j.id === stageJobId(stage, q.id))).toMatchObject({ attempts: '3/3', file: 'outage.txt', note: 'database blip (injected)' });

    const listed = await cli(['jobs', 'failed', '--stage', stage]);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(`${stage}-${q.id}  3/3  outage.txt: database blip (injected)`);
    faults.delete(q.id);
    const retried = await cli(['jobs', 'retry', q.id.slice(0, 10)]);
    expect(retried).toMatchObject({ code: 0, out: `retrying ${stage}-${q.id}` });
    const r2 = await follow([q]);
    expect(r2.done[0]).toMatchObject({ ok: true, outcome: 'created' });
    expect((await cli(['jobs', 'retry', q.id.slice(0, 10)])).code).toBe(1); // nothing failed any more
  });

  it('two prefixes never see each other’s jobs', async () => {
    const other = testPrefix();
    const otherConfig = testConfig(other, dataDir);
    const otherQueues = openQueues(otherConfig, redis);
    try {
      const q = await enqueueBytes({ queues: otherQueues, dataDir, actor: 'test' }, variant('fixtures/rules/clean-session.txt', 3), 'other.txt');
      await new Promise((r) => setTimeout(r, 1500));
      expect(await (await Job.fromId(otherQueues.extract, q.jobId))!.getState()).toBe('waiting'); // our workers did not take it
      expect(await store.get(q.id)).toBeNull();
      expect(await Job.fromId(queues.extract, q.jobId)).toBeUndefined();
      const ours = await cli(['jobs', 'waiting']);
      expect(ours.out).not.toContain(q.id);
      const theirs = await cli(['jobs', 'waiting'], other);
      expect(theirs.out).toContain(q.jobId);
    } finally {
      await closeQueues(otherQueues);
      await cleanPrefix(other);
    }
  });

  /** Runs the CLI in-process with this test's environment. */
  async function cli(args: string[], withPrefix = prefix): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), tty: false };
    const env = testEnv(withPrefix, dataDir);
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const code = await main(args, io);
      return { code, out: out.join('\n'), err: err.join('\n') };
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }
});
