/**
 * The PostgreSQL runner's batch transaction (transactionEach): a function
 * that fails is rolled back alone; a connection lost mid-batch rejects the
 * whole batch and commits none of it. Own schema, dropped after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgRunner } from '../../src/store/postgres/pg-runner.ts';
import type { SqlRunner } from '../../src/store/sql/sql-runner.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from './pg-schema.ts';

describe('PostgreSQL runner: transactionEach', () => {
  const schema = testSchemaName();
  let db: SqlRunner;
  beforeAll(async () => {
    db = await openPgRunner({ connectionString: TEST_PG_URL, schema, createSchema: true, max: 3 });
  });
  afterAll(async () => {
    await db?.close();
    await dropTestSchema(schema);
  });
  const keys = async (prefix: string) => (await db.all<{ key: string }>('SELECT key FROM bodies WHERE key LIKE ? ORDER BY key', [`${prefix}%`])).map((r) => r.key);

  it('commits every function but the one that throws, in one transaction', async () => {
    const out = await db.transactionEach(
      [0, 1, 2, 3].map((i) => async (tx) => {
        await tx.run("INSERT INTO bodies (key, name) VALUES (?, 'x')", [`each-${i}`]);
        if (i === 1) await tx.run("INSERT INTO bodies (key, name) VALUES ('each-0', 'again')"); // duplicate key: refused
        if (i === 2) throw new Error('refused');
        return i;
      }),
      [['lock-a', 'lock-b', 'lock-a']],
    );
    expect(out.map((s) => (s.ok ? s.value : (s.error as Error).message))).toEqual([0, expect.stringMatching(/duplicate key/), 'refused', 3]);
    expect(await keys('each-')).toEqual(['each-0', 'each-3']);
  });

  it('rejects and commits nothing when the connection is lost mid-batch; the runner goes on', async () => {
    const batch = db.transactionEach([
      async (tx) => tx.run("INSERT INTO bodies (key, name) VALUES ('lost-0', 'x')"),
      async (tx) => tx.run('SELECT pg_terminate_backend(pg_backend_pid())'),
      async (tx) => tx.run("INSERT INTO bodies (key, name) VALUES ('lost-2', 'x')"),
    ]);
    await expect(batch).rejects.toThrow();
    expect(await keys('lost-')).toEqual([]);
    expect(await db.transactionEach([async (tx) => (await tx.get<{ n: number }>('SELECT 1 AS n'))?.n])).toEqual([{ ok: true, value: 1 }]);
  });
});

describe("PostgreSQL runner: full text in the store's French configuration with unaccent", () => {
  const schema = testSchemaName();
  let db: SqlRunner;
  beforeAll(async () => {
    db = await openPgRunner({ connectionString: TEST_PG_URL, schema, createSchema: true, max: 2 });
  });
  afterAll(async () => {
    await db?.close();
    await dropTestSchema(schema);
  });

  it('lives in the store schema, folds accents and case, stems in French, drops French stop words', async () => {
    // (the name the store's queries use resolves to its own schema's configuration, whatever other schemas hold one)
    const cfg = await db.get<{ schema: string }>("SELECT n.nspname AS schema FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE c.oid = 'registre_fr'::regconfig");
    expect(cfg?.schema).toBe(schema);
    const tsv = async (text: string) => (await db.get<{ v: string }>("SELECT to_tsvector('registre_fr', ?)::text AS v", [text]))!.v;
    expect(await tsv('Subventions aux SOLIDARITÉS')).toBe(await tsv('subvention aux solidarites'));
    expect(await tsv('Œuvres de la Forêt')).toBe("'foret':4 'oeuvr':1");
    // the query side: the store's folded words, stemmed by the same configuration
    const m = db.fullText.matched({ stems: [], words: ['solidarites'] }, []);
    expect(m.params).toEqual(['solidarites', 'solidarites']);
    const hit = await db.get<{ ok: boolean }>("SELECT to_tsvector('registre_fr', 'Fonds de solidarité') @@ to_tsquery('registre_fr', ?) AS ok", [m.params[0]!]);
    expect(hit?.ok).toBe(true);
  });
});
