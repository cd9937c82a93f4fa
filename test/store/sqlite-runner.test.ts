import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteRunner } from '../../src/store/sqlite/sqlite-runner.ts';
import { tempDir } from './cli-harness.ts';

describe('SQLite runner group commit', () => {
  const dir = tempDir('registre-runner-');
  const db = openSqliteRunner(path.join(dir, 'registre.db'));
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('commits concurrent transactions together, rolling back only the one that fails', async () => {
    const insert = (id: number) => db.run("INSERT INTO bodies (key, name) VALUES (?, 'x')", [`k${id}`]);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.run("INSERT INTO bodies (key, name) VALUES (?, 'x')", [`t${i}`]);
          if (i === 4) throw new Error('refused');
          await tx.run("INSERT INTO bodies (key, name) VALUES (?, 'y')", [`u${i}`]);
          return i;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 10 }, (_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
    const keys = (await db.all<{ key: string }>("SELECT key FROM bodies WHERE key LIKE 't%' OR key LIKE 'u%' ORDER BY key")).map((r) => r.key);
    expect(keys).not.toContain('t4');
    expect(keys).not.toContain('u4');
    expect(keys).toHaveLength(18);
    await insert(1);
    expect(await db.get("SELECT name FROM bodies WHERE key = 'k1'")).toEqual({ name: 'x' });
  });

  it('reads do not wait for a transaction being written, and see only what is committed', async () => {
    await db.run("INSERT INTO bodies (key, name) VALUES ('read-1', 'committed')");
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const writing = db.transaction(async (tx) => {
      await tx.run("UPDATE bodies SET name = 'uncommitted' WHERE key = 'read-1'");
      await tx.run("INSERT INTO bodies (key, name) VALUES ('read-2', 'x')");
      await gate;
    });
    await new Promise((r) => setTimeout(r, 20)); // the transaction holds the writer
    const during = await Promise.race([db.get<{ name: string }>("SELECT name FROM bodies WHERE key = 'read-1'"), new Promise((r) => setTimeout(() => r('waited'), 2000))]);
    expect(during).toEqual({ name: 'committed' });
    expect(await db.get("SELECT name FROM bodies WHERE key = 'read-2'")).toBeUndefined();
    release();
    await writing;
    expect(await db.get("SELECT name FROM bodies WHERE key = 'read-1'")).toEqual({ name: 'uncommitted' });
    expect(await db.get("SELECT name FROM bodies WHERE key = 'read-2'")).toEqual({ name: 'x' });
  });

  it('transactionEach: every function in its savepoint, the one that throws rolled back alone', async () => {
    const out = await db.transactionEach(
      [0, 1, 2].map((i) => async (tx) => {
        await tx.run("INSERT INTO bodies (key, name) VALUES (?, 'x')", [`each-${i}`]);
        if (i === 1) throw new Error('refused');
        return i;
      }),
    );
    expect(out.map((s) => (s.ok ? s.value : (s.error as Error).message))).toEqual([0, 'refused', 2]);
    expect((await db.all<{ key: string }>("SELECT key FROM bodies WHERE key LIKE 'each-%' ORDER BY key")).map((r) => r.key)).toEqual(['each-0', 'each-2']);
  });

  it('rejects every transaction of a batch when SQLite aborts it, and keeps working', async () => {
    const bad = db.transaction(async (tx) => tx.run('INSERT INTO no_such_table VALUES (1)'));
    await expect(bad).rejects.toThrow(/no such table/);
    expect(await db.transaction(async (tx) => (await tx.get<{ n: number }>('SELECT 1 AS n'))?.n)).toBe(1);
  });
});
