/**
 * The PostgreSQL connection is dropped in the middle of a document's write
 * (pg_terminate_backend on the test's OWN connection — its own pool, its
 * own schema; the shared server is never restarted): while the transaction
 * is idle between two statements, and while a statement runs. The write
 * fails as a whole (no row of the document anywhere), the process survives
 * (the dropped client's 'error' event used to crash it), and a retry — by
 * hand as `registre ingest` run again would, or by the queue's backoff —
 * stores each document exactly once.
 */
import fs from 'node:fs';
import type { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createExtractor, type ExtractorHandle } from '../../src/extract/index.ts';
import { contentHash } from '../../src/pipeline.ts';
import { connectProducer } from '../../src/queue/connection.ts';
import { followDocuments } from '../../src/queue/follow.ts';
import { enqueueBytes } from '../../src/queue/producer.ts';
import { closeQueues, openQueues, type Queues } from '../../src/queue/queues.ts';
import { ingestBytes } from '../../src/store/ingest.ts';
import { openPgRunner } from '../../src/store/postgres/pg-runner.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import type { SqlRunner, Tx } from '../../src/store/sql/sql-runner.ts';
import { sqlStore } from '../../src/store/sql/sql-store.ts';
import { startWorkers, type WorkerHandle } from '../../workers/run.ts';
import { quoteIdent } from '../../src/store/postgres/pg-runner.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { cleanPrefix, tempDataDir, testConfig, testPrefix } from '../queue/helpers.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from '../store/pg-schema.ts';
import { record } from './tally.ts';

type Drop = 'idle' | 'busy';
const TABLES = ['documents', 'document_json', 'pages', 'findings', 'participations', 'events'];

const texts = fs
  .readdirSync(`${FIXTURES}/corpus`)
  .filter((f) => /^1[0-3]\d-.*\.txt$/.test(f))
  .sort()
  .map((f) => fs.readFileSync(`${FIXTURES}/corpus/${f}`));

describe('PostgreSQL connection dropped during a write', () => {
  const schema = testSchemaName();
  const prefix = testPrefix();
  const dataDir = tempDataDir('robust-pg');
  let runner: SqlRunner;
  let store: RecordStore;
  let admin: pg.Client;
  let ex: ExtractorHandle;
  /** Document id → how its next write gets its connection dropped. */
  const drops = new Map<string, Drop>();
  let dropped = 0;

  /** Drops the connection of `tx` (found by its backend pid) the way `how` says. */
  async function drop(tx: Tx, how: Drop): Promise<void> {
    const { pid } = (await tx.get<{ pid: number }>('SELECT pg_backend_pid() AS pid'))!;
    const kill = () => admin.query('SELECT pg_terminate_backend($1)', [pid]);
    dropped++;
    if (how === 'idle') {
      await kill();
      await new Promise((r) => setTimeout(r, 300)); // the server's goodbye reaches the idle client
    } else {
      const killing = new Promise((r) => setTimeout(r, 150)).then(kill);
      await tx.run('SELECT pg_sleep(2)').finally(() => killing);
    }
  }

  /** The store's runner, dropping the connection of chosen documents when their first record is written. */
  function droppingRunner(base: SqlRunner): SqlRunner {
    return {
      ...base,
      transaction: (fn) =>
        base.transaction((tx) =>
          fn({
            ...tx,
            async insertRecord(r) {
              const how = drops.get(r.document_id);
              if (how) {
                drops.delete(r.document_id);
                await drop(tx, how);
              }
              return tx.insertRecord(r);
            },
          }),
        ),
    };
  }

  async function rowsOf(id: string): Promise<number> {
    let n = 0;
    for (const t of TABLES) {
      const col = t === 'documents' || t === 'document_json' ? 'id' : 'document_id';
      n += Number((await admin.query(`SELECT count(*) AS n FROM ${quoteIdent(schema)}.${t} WHERE ${col} = $1`, [id])).rows[0].n);
    }
    n += Number((await admin.query(`SELECT count(*) AS n FROM ${quoteIdent(schema)}.records WHERE document_id = $1`, [id])).rows[0].n);
    return n;
  }

  beforeAll(async () => {
    runner = await openPgRunner({ connectionString: TEST_PG_URL, schema, createSchema: true, max: 4 });
    store = sqlStore(droppingRunner(runner));
    admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    ex = createExtractor(loadConfig({}));
  });
  afterAll(async () => {
    await store?.close();
    await admin?.end();
    await ex?.close();
    await dropTestSchema(schema);
    await cleanPrefix(prefix);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('in-process ingest: the dropped write leaves no row; the process lives on; a second run stores it once', async (ctx) => {
    const deps = { store, extract: (b: Buffer, f: string) => ex.extract(b, f), dataDir, actor: 'test' };
    const docs = texts.slice(0, 8).map((b, i) => ({ bytes: b, file: `extrait-${i}.txt`, id: contentHash(b) }));
    drops.set(docs[2]!.id, 'idle');
    drops.set(docs[5]!.id, 'busy');
    const failed: string[] = [];
    let crashes = 0;
    for (const d of docs) {
      try {
        await ingestBytes(deps, d.bytes, d.file);
      } catch (e) {
        failed.push(d.file);
        if (!/terminat|connection/i.test(String(e))) crashes++; // only the dropped connection may fail a write
        expect(await rowsOf(d.id), `${d.file} half-written`).toBe(0);
      }
    }
    expect(failed).toEqual(['extrait-2.txt', 'extrait-5.txt']);
    // `registre ingest` run again: the stored ones are left alone, the two others stored.
    const again = [];
    for (const d of docs) again.push(await ingestBytes(deps, d.bytes, d.file));
    expect(again.map((o) => o.outcome)).toEqual(docs.map((_, i) => (i === 2 || i === 5 ? 'created' : 'unchanged')));
    let lost = 0;
    for (const d of docs) {
      const s = await store.get(d.id);
      if (!s) lost++;
      expect((await store.events(d.id)).filter((e) => e.type === 'ingested')).toHaveLength(1);
    }
    record(ctx, { kind: 'faults', tried: 2, handled: failed.length, lost, crashes });
    expect(lost + crashes).toBe(0);
  });

  it('through the queue: the job is retried with backoff and the document stored once', async (ctx) => {
    const config = testConfig(prefix, dataDir);
    const redis: Redis = await connectProducer(config);
    const queues: Queues = openQueues(config, redis);
    const logs: string[] = [];
    let handle: WorkerHandle | null = null;
    try {
      handle = await startWorkers({ config, store, log: (l) => logs.push(l) });
      await handle.waitUntilReady();
      const docs = texts.slice(8, 14).map((b, i) => ({ bytes: Buffer.concat([b, Buffer.from('\n')]), file: `file-${i}.txt` }));
      drops.set(contentHash(docs[1]!.bytes), 'idle');
      drops.set(contentHash(docs[4]!.bytes), 'busy');
      const before = dropped;
      const enqueued = [];
      for (const d of docs) enqueued.push(await enqueueBytes({ queues, dataDir, actor: 'test' }, d.bytes, d.file));
      const r = await followDocuments(config, queues, enqueued, { timeoutMs: 90_000 });
      const lost = r.pending.length + r.done.filter((o) => !o.ok).length;
      record(ctx, { kind: 'faults', tried: 1, handled: dropped - before, lost, crashes: 0 });
      expect(r.done.map((o) => o.ok), JSON.stringify(r.done)).toEqual(docs.map(() => true));
      expect(dropped - before).toBe(2);
      expect(logs.filter((l) => /will retry/.test(l))).toHaveLength(2);
      for (const q of enqueued) expect((await store.events(q.id)).filter((e) => e.type === 'ingested'), q.file).toHaveLength(1);
    } finally {
      await handle?.close();
      await closeQueues(queues);
      redis.disconnect();
    }
  }, 120_000);
});
