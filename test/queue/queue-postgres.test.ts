/**
 * The queue over PostgreSQL (a schema of the test's own, dropped after):
 * two worker sets, each with its own connection pool as two machines would
 * have, store a batch once; records equal the in-process pipeline.
 */
import fs from 'node:fs';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type ExtractorHandle } from '../../src/extract/index.ts';
import { processBytes } from '../../src/pipeline.ts';
import { connectProducer } from '../../src/queue/connection.ts';
import { followDocuments } from '../../src/queue/follow.ts';
import { enqueueBytes } from '../../src/queue/producer.ts';
import { closeQueues, openQueues, type Queues } from '../../src/queue/queues.ts';
import { openPgRunner } from '../../src/store/postgres/pg-runner.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import { sqlStore } from '../../src/store/sql/sql-store.ts';
import { startWorkers, type WorkerHandle } from '../../workers/run.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from '../store/pg-schema.ts';
import { cleanPrefix, comparable, tempDataDir, testConfig, testPrefix } from './helpers.ts';

describe('queue pipeline on PostgreSQL', () => {
  const prefix = testPrefix();
  const dataDir = tempDataDir('pg');
  const schema = testSchemaName();
  const config = testConfig(prefix, dataDir);
  let redis: Redis;
  let queues: Queues;
  const stores: RecordStore[] = [];
  const handles: WorkerHandle[] = [];
  let extractor: ExtractorHandle;

  beforeAll(async () => {
    redis = await connectProducer(config);
    queues = openQueues(config, redis);
    for (const stages of [undefined, ['extract', 'ocr', 'analyse']] as const) {
      const store = sqlStore(await openPgRunner({ connectionString: TEST_PG_URL, schema, createSchema: true, max: 4 }));
      stores.push(store);
      handles.push(await startWorkers({ config, stages, store, log: () => {} }));
    }
    extractor = createExtractor({ ...config, ocrWorkers: 1 });
  });

  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await Promise.all(stores.map((s) => s.close()));
    await extractor?.close();
    await closeQueues(queues);
    redis?.disconnect();
    await dropTestSchema(schema);
    await cleanPrefix(prefix);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores a batch once, equal to the in-process pipeline; enqueuing again changes nothing', async () => {
    const files = ['fixtures/store/hautval-metropole-2024-03-28.txt', 'fixtures/store/saint-orbel-cm-2023-06-12.txt', 'fixtures/rules/proxy-holder-absent.txt', 'fixtures/pdf/metropole-2025-06-19.text.pdf', 'fixtures/pdf/bad/encrypted.pdf'];
    const deps = { queues, dataDir, actor: 'test' };
    const first = [];
    for (const f of files) first.push(await enqueueBytes(deps, fs.readFileSync(f), f));
    const r = await followDocuments(config, queues, first, { timeoutMs: 60_000 });
    expect(r.done.map((o) => [o.file, o.ok, o.status])).toEqual(files.map((f) => [f, !f.includes('/bad/'), f.includes('/bad/') ? 'failed' : 'parsed']));
    for (const o of r.done) {
      const stored = await stores[0]!.get(o.id);
      expect(stored!.document.extraction?.pages.length ?? 0).toBeGreaterThanOrEqual(o.ok ? 1 : 0);
      expect(comparable(stored!.document), o.file).toEqual(comparable(await processBytes(fs.readFileSync(o.file), o.file, (b, f) => extractor.extract(b, f))));
    }
    const again = [];
    for (const f of files) again.push(await enqueueBytes(deps, fs.readFileSync(f), f));
    const r2 = await followDocuments(config, queues, again, { timeoutMs: 60_000 });
    expect(r2.done.filter((o) => o.ok).map((o) => o.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect((await stores[1]!.list({ limit: 100 })).length).toBe(files.length);
    for (const o of r.done) expect((await stores[1]!.events(o.id)).filter((e) => e.type === 'ingested')).toHaveLength(1);
  });
});
