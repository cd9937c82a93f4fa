/**
 * ingestMany (what `registre ingest` runs): documents written in batches, one
 * transaction each, a document that fails never taking another down; outcomes
 * as ingestBytes gives them, reported once committed. On SQLite and PostgreSQL
 * (own schema, dropped after). The extractor is a stand-in (text as given,
 * or "read by OCR" for names ending in .png); the real parser reads it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalysePool } from '../../src/analyse-pool.ts';
import { ProcessedDocument, type Extraction } from '../../src/domain/index.ts';
import { contentHash, processBytes } from '../../src/pipeline.ts';
import { readOriginal } from '../../src/store/originals.ts';
import { ingestBytes, ingestMany, type IngestDeps, type IngestInput, type IngestOutcome } from '../../src/store/ingest.ts';
import { openPostgresStore, openSqliteStore } from '../../src/store/open-store.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import { tempDir } from './cli-harness.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from './pg-schema.ts';

const extract = async (bytes: Buffer, file: string): Promise<Extraction> => {
  const ocr = file.endsWith('.png');
  return {
    kind: ocr ? 'png' : 'text', extractor: ocr ? 'ocr' : 'text', extractor_version: '1', notes: [],
    pages: [{ number: 1, text: bytes.toString('utf8'), method: ocr ? 'ocr' : 'text', confidence: ocr ? 90 : null, ms: 0, rotation: 0 }],
  };
};

/** An invented extract of the council of Vernoux. */
function extract_(n: number, present = 'Monsieur Henri DUVAL, Madame Agathe ROCHE, Monsieur Paul MERLE'): string {
  return [
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS', '', 'du Conseil municipal de Vernoux', '', `Séance du ${n + 1} mars 2021`, '',
    `Présents : ${present}`, '', `OBJET : Subvention au comité des fêtes (acte n° ${n})`, '',
    'Le Conseil municipal, après en avoir délibéré, DÉCIDE d’attribuer une subvention de 1 500 euros.', '', 'Adopté à l’unanimité.', '',
  ].join('\n');
}

const input = (name: string, text: string): IngestInput => ({ name, read: async () => Buffer.from(text) });

function suite(label: string, open: () => Promise<{ store: RecordStore; close(): Promise<void> }>) {
  describe(`ingestMany: ${label}`, () => {
    let store: RecordStore;
    let close: () => Promise<void>;
    const dataDir = tempDir('registre-ingest-many-');
    const deps = (s: RecordStore = store): IngestDeps => ({ store: s, extract, dataDir, actor: 'test' });
    beforeAll(async () => {
      ({ store, close } = await open());
    });
    afterAll(async () => {
      await close?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('writes batches of documents, one transaction each; outcomes as ingestBytes gives them, in input order', async () => {
      const sizes: number[] = [];
      const counting: RecordStore = { ...store, upsertMany: (items) => (sizes.push(items.length), store.upsertMany(items)) };
      const inputs = [
        ...Array.from({ length: 7 }, (_, i) => input(`vernoux-${i}.txt`, extract_(i))),
        { name: 'missing.txt', read: () => fs.promises.readFile(path.join(dataDir, 'no-such-file')) },
        input('vernoux-0-copy.txt', extract_(0)),
      ];
      const seen: Array<[number, string | null]> = [];
      const out = await ingestMany(deps(counting), inputs, { concurrency: 2, batchSize: 3, onOutcome: (o, i) => seen.push([i, o.outcome]) });
      expect(out.map((o) => o.file)).toEqual(inputs.map((i) => i.name));
      expect(out.map((o) => o.outcome)).toEqual([...Array(7).fill('created'), null, expect.stringMatching(/^(created|unchanged)$/)]);
      expect(out[7]).toMatchObject({ status: 'unreadable', id: null, error: expect.stringMatching(/^missing\.txt: cannot read: /) });
      expect(out[8]!.id).toBe(out[0]!.id);
      expect(seen.map(([i]) => i).sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
      expect([7, 8]).toContain(sizes.reduce((a, b) => a + b, 0)); // the copy: written (unchanged when its twin went first in its batch), or found already stored
      expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
      for (const o of out.slice(0, 7)) {
        const stored = await store.get(o.id!);
        expect(stored?.original_path).toMatch(/^originals\//);
        expect(stored?.document.findings).toEqual(o.findings);
        expect((await store.events(o.id!))[0]?.type).toBe('ingested');
      }
      // The same files again: nothing processed twice, nothing written.
      sizes.length = 0;
      const again = await ingestMany(deps(counting), inputs.slice(0, 7), { concurrency: 2, batchSize: 3 });
      expect(again.map((o) => o.outcome)).toEqual(Array(7).fill('unchanged'));
      expect(sizes).toEqual([]);
      expect(again).toEqual(await Promise.all(inputs.slice(0, 7).map(async (i) => ingestBytes(deps(), await i.read(), i.name))));
    });

    it('keeps small originals in the batch pack, synced before their batch commits, and bigger ones in a file each', async () => {
      const small = extract_(501);
      const big = extract_(502) + 'Annexe : '.padEnd(700, 'x') + '\n';
      const synced: boolean[] = [];
      const watching: RecordStore = {
        ...store,
        upsertMany: (items) => {
          // Every entry a batch refers to is on disk before the batch is written.
          for (const it of items) if (it.options.originalPath?.includes('#')) synced.push(fs.existsSync(path.join(dataDir, it.options.originalPath.split('#')[0]!)));
          return store.upsertMany(items);
        },
      };
      const out = await ingestMany(deps(watching), [input('pack-small.txt', small), input('pack-big.txt', big)], { concurrency: 1, packOriginalsUpTo: 600 });
      expect(out.map((o) => o.outcome)).toEqual(['created', 'created']);
      const [a, b] = await Promise.all(out.map((o) => store.get(o.id!)));
      expect(a!.original_path).toMatch(/^originals\/packs\/\d{8}T\d{6}Z-\d+-[0-9a-f]{8}\.pack#\d+$/);
      expect(b!.original_path).toBe(`originals/${out[1]!.id!.slice(0, 2)}/${out[1]!.id!.slice(2)}.txt`);
      expect(synced).toEqual([true]);
      expect((await readOriginal(dataDir, a!.original_path!)).toString()).toBe(small);
      expect((await readOriginal(dataDir, b!.original_path!)).toString()).toBe(big);
    });

    it('a document the store refuses is rolled back alone: the others of its batch are stored, then it stops with that error', async () => {
      const refusing: RecordStore = {
        ...store,
        upsertMany: (items) => store.upsertMany(items.map((it) => (it.doc.file === 'refused.txt' ? { ...it, doc: { ...it.doc, id: 'not-a-hash' } } : it))),
      };
      const inputs = [input('kept-1.txt', extract_(101)), input('refused.txt', extract_(102)), input('kept-2.txt', extract_(103))];
      const reported: IngestOutcome[] = [];
      await expect(ingestMany(deps(refusing), inputs, { concurrency: 1, batchSize: 10, onOutcome: (o) => reported.push(o) })).rejects.toThrow();
      expect(reported.map((o) => [o.file, o.outcome])).toEqual([['kept-1.txt', 'created'], ['kept-2.txt', 'created']]);
      for (const o of reported) expect(await store.get(o.id!)).not.toBeNull();
      // Run again with a store that takes it: the two kept are left alone, the refused one stored.
      const again = await ingestMany(deps(), inputs, { concurrency: 1 });
      expect(again.map((o) => o.outcome)).toEqual(['unchanged', 'created', 'unchanged']);
    });

    it('stops starting files after a fault, and writes the documents already processed', async () => {
      let reads = 0;
      const inputs = Array.from({ length: 12 }, (_, i) => ({ name: `stop-${i}.txt`, read: async () => (reads++, Buffer.from(extract_(200 + i))) }));
      const down: RecordStore = { ...store, get: async (id) => (reads > 5 ? Promise.reject(new Error('database down')) : store.get(id)) };
      const reported: IngestOutcome[] = [];
      await expect(ingestMany(deps(down), inputs, { concurrency: 2, batchSize: 4, onOutcome: (o) => reported.push(o) })).rejects.toThrow('database down');
      expect(reads).toBeLessThan(12);
      expect(reported.length).toBeGreaterThan(0);
      for (const o of reported) expect((await store.get(o.id!))?.document.file).toBe(o.file);
    });

    it('does not hold a processed document back for long: written once it has waited maxWaitMs', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const inputs = [input('early-1.txt', extract_(301)), { name: 'late.txt', read: async () => (await gate, Buffer.from(extract_(302))) }];
      const order: string[] = [];
      const run = ingestMany(deps(), inputs, { concurrency: 2, batchSize: 64, maxWaitMs: 20, onOutcome: (o) => order.push(o.file) });
      await new Promise((r) => setTimeout(r, 300));
      expect(order).toEqual(['early-1.txt']);
      release();
      await run;
      expect(order).toEqual(['early-1.txt', 'late.txt']);
    });

    it('with parse threads, stores what it stores without them', async () => {
      const pool = startAnalysePool(1);
      try {
        // A thread takes documents once its modules are loaded: until then they are analysed inline.
        for (let i = 0; i < 400 && pool.analysed.threaded === 0; i++) await pool.analyse(await extract(Buffer.from(extract_(0)), 'x.txt')).then(() => new Promise((r) => setTimeout(r, 25)));
        const threaded = pool.analysed.threaded;
        const inputs = Array.from({ length: 12 }, (_, i) => input(`threads/vernoux-${i}.txt`, extract_(600 + i)));
        const out = await ingestMany({ ...deps(), analyse: pool.analyse.bind(pool) }, inputs, { concurrency: 8 });
        expect(out.map((o) => o.outcome)).toEqual(Array(12).fill('created'));
        expect(pool.analysed.threaded).toBeGreaterThan(threaded);
        const at = (d: ProcessedDocument) => ({ ...d, processed_at: 'x' });
        for (const [i, o] of out.entries()) {
          const bytes = await inputs[i]!.read();
          const stored = await store.get(o.id!);
          expect(at(stored!.document)).toEqual(at(ProcessedDocument.parse(await processBytes(bytes, inputs[i]!.name, extract))));
          expect(o.findings).toEqual(stored!.document.findings);
          expect((await store.events(o.id!)).map((e) => e.type)).toEqual(['ingested', 'extracted', 'parsed', 'checked']);
        }
      } finally {
        await pool.close();
      }
    }, 60_000);

    it('writes the documents before one read by OCR, so its names are matched against their members', async () => {
      const calls: boolean[] = [];
      const text = extract_(401, 'Monsieur Henri DUVAL, Madame Agathe ROCHE, Monsieur Paul MERLE');
      const first = input('vernoux-ocr-base.txt', text);
      const watching: RecordStore = {
        ...store,
        rosterNames: async (body) => {
          calls.push((await store.get(contentHash(Buffer.from(text)))) !== null);
          return store.rosterNames(body);
        },
      };
      const scan = input('vernoux-ocr.png', extract_(402, 'Monsieur Henri DUVAL, Madame Agathe ROCHF, Monsieur Paul MERLE'));
      const out = await ingestMany(deps(watching), [first, scan], { concurrency: 1, batchSize: 64, maxWaitMs: 10_000 });
      expect(out.map((o) => o.outcome)).toEqual([expect.stringMatching(/^(created|unchanged)$/), 'created']);
      expect(calls).toEqual([true]);
    });
  });
}

suite('SQLite', async () => {
  const dir = tempDir('registre-ingest-many-db-');
  const store = openSqliteStore(path.join(dir, 'registre.db'));
  return {
    store,
    async close() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

suite('PostgreSQL', async () => {
  const schema = testSchemaName();
  const store = await openPostgresStore({ connectionString: TEST_PG_URL, schema, createSchema: true, max: 4 }).catch(async (e) => {
    await dropTestSchema(schema);
    throw e;
  });
  return {
    store,
    async close() {
      await store.close();
      await dropTestSchema(schema);
    },
  };
});
