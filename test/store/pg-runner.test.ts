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
