/**
 * The CLI over corrected documents, on SQLite and on PostgreSQL:
 * `registre reprocess` re-applies the clerks' corrections and says so;
 * `registre ingest` after a parser version bump keeps them; a correction
 * that no longer fits the new reading is listed in conflict by `reprocess`
 * and shown by `registre show` (text and --json).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { StoredCorrection } from '../../src/domain/index.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import { processBytes } from '../../src/pipeline.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { cliWith, json, tempDir } from './cli-harness.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from './pg-schema.ts';

const TEXT = fs.readFileSync(path.join(FIXTURES, 'rules/present-count-mismatch.txt'));
const LATER = Buffer.concat([TEXT, Buffer.from('\nPour extrait conforme.\n')]);
const CLERK = 'http:clerk:0123456789';

interface Backend {
  label: string;
  env(data: string): Record<string, string | undefined>;
  setup(): Promise<void>;
  teardown(): Promise<void>;
}

const schema = testSchemaName();
const BACKENDS: Backend[] = [
  { label: 'SQLite', env: (data) => ({ REGISTRE_DATA_DIR: data, DATABASE_URL: undefined }), setup: async () => {}, teardown: async () => {} },
  {
    label: 'PostgreSQL',
    env: (data) => ({ REGISTRE_DATA_DIR: data, DATABASE_URL: `${TEST_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` }),
    async setup() {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`).finally(() => client.end());
    },
    teardown: () => dropTestSchema(schema),
  },
];

for (const b of BACKENDS) {
  describe(`registre reprocess / ingest / show keep the clerks' corrections: ${b.label}`, () => {
    let root: string;
    let data: string;
    let id: string;
    const run = (...args: string[]) => cliWith(b.env(data), ...args);
    const withStore = async <T>(fn: (store: RecordStore) => Promise<T>): Promise<T> => {
      const env = Object.fromEntries(Object.entries(b.env(data)).filter(([, v]) => v !== undefined)) as Record<string, string>;
      const store = await openStore(loadConfig(env));
      try {
        return await fn(store);
      } finally {
        await store.close();
      }
    };

    beforeAll(async () => {
      await b.setup();
      root = tempDir('registre-cli-corrections-');
      data = path.join(root, 'data');
      fs.writeFileSync(path.join(root, 'vernoux.txt'), TEXT);
      expect((await run('ingest', path.join(root, 'vernoux.txt'))).code).toBe(0);
      id = (await withStore((s) => s.list()))[0]!.id;
      await withStore((s) => s.correct(id, { corrections: [{ field: 'count', deliberation: null, key: 'present', value: 12 }], reason: 'registre vérifié', author: 'Mme Greffière', actor: CLERK }));
    });
    afterAll(async () => {
      fs.rmSync(root, { recursive: true, force: true });
      await b.teardown();
    });

    it('reprocess --all re-applies it and says so; show lists it, applied', async () => {
      const r = await run('reprocess', '--all');
      expect(r.code, r.out).toBe(0);
      expect(r.out).toContain('corrections re-applied: 1 in 1 document(s); in conflict with the new reading: 0');
      const shown = await run('show', id.slice(0, 12));
      expect(shown.out).toMatch(/corrections \(1\):\n {2}#\d+ applied {2}session\.declared\.present: 13 → 12 — \S+ Mme Greffière: registre vérifié/);
      expect(shown.out).not.toContain('PRESENT_COUNT_MISMATCH');
      const full = json<{ document: { parsed: { session: { declared: { present: { value: number } } } } }; corrections: StoredCorrection[] }>(await run('show', id, '--json'));
      expect(full.document.parsed.session.declared.present.value).toBe(12);
      expect(full.corrections.map((c) => [c.path, c.status])).toEqual([['session.declared.present', 'applied']]);
    });

    it('ingest after a parser version bump keeps it; one that no longer fits is listed in conflict', async () => {
      // An older parser read « 14 » present in this other copy; the clerk corrected 14 → 12.
      const older = await processBytes(LATER, 'vernoux-copie.txt', async (bytes) => ({
        kind: 'text', extractor: 'text', extractor_version: '1', notes: [],
        pages: [{ number: 1, text: bytes.toString('utf8'), method: 'text', confidence: null, ms: 0, rotation: 0 }],
      }));
      older.parser_version = '0.9.0';
      older.parsed!.session.declared.present!.value = 14;
      await withStore(async (s) => {
        await s.upsert(older, { actor: 'cli:old' });
        await s.correct(older.id, { corrections: [{ field: 'count', deliberation: null, key: 'present', value: 12 }, { field: 'session.place', value: 'Salle des fêtes' }], reason: 'relecture', actor: CLERK });
      });
      fs.writeFileSync(path.join(root, 'vernoux-copie.txt'), LATER);
      const ingest = await run('ingest', path.join(root, 'vernoux-copie.txt'), '--json');
      expect(JSON.parse(ingest.out)).toMatchObject([{ id: older.id, outcome: 'replaced' }]);

      const shown = await run('show', older.id);
      expect(shown.out).toContain('corrections (2, 1 IN CONFLICT with the latest reading):');
      expect(shown.out).toMatch(/CONFLICT session\.declared\.present: 14 → 12 .*\n {6}la nouvelle lecture donne 13 là où la correction attendait 14/);
      expect(shown.out).toMatch(/applied  session\.place: .+ → Salle des fêtes/);
      expect(shown.out).toContain('correction_conflict');

      const again = await run('reprocess', older.id.slice(0, 16));
      expect(again.out).toContain('in conflict with the new reading: 1 (kept, see registre show)');
      expect(again.out).toContain(`vernoux-copie.txt: 1 correction(s) in conflict — registre show ${older.id.slice(0, 12)}`);
      const full = json<{ corrections: StoredCorrection[] }>(await run('show', older.id, '--json'));
      expect(full.corrections.map((c) => [c.status, c.conflict?.kind ?? null])).toEqual([['conflict', 'changed'], ['applied', null]]);
    });
  });
}
