import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteRunner } from '../../src/store/sqlite/sqlite-runner.ts';
import { sqlStore } from '../../src/store/sql/sql-store.ts';
import { tempDir } from './cli-harness.ts';
import { makeDoc } from './make-document.ts';

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

describe('SQLite runner: what transactions keep for the next ones (Tx.cache)', () => {
  const dir = tempDir('registre-runner-cache-');
  const file = path.join(dir, 'registre.db');
  const db = openSqliteRunner(file);
  const other = openSqliteRunner(file);
  afterAll(async () => {
    await db.close();
    await other.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const kept = (key: string) => db.transaction(async (tx) => tx.cache!.get(key));
  const keep = (key: string, value: unknown) => db.transaction(async (tx) => void tx.cache!.set(key, value));

  it('keeps it from one transaction to the next', async () => {
    await keep('k', 1);
    expect(await kept('k')).toBe(1);
  });

  it('forgets it when a transaction rolls back', async () => {
    await keep('k', 1);
    await expect(db.transaction(async (tx) => (tx.cache!.set('j', 2), Promise.reject(new Error('refused'))))).rejects.toThrow('refused');
    expect(await kept('k')).toBeUndefined();
    expect(await kept('j')).toBeUndefined();
  });

  it('forgets it when another connection has committed, or on a write outside a transaction', async () => {
    await keep('k', 1);
    await other.run("INSERT INTO bodies (key, name) VALUES ('cache-other', 'x')");
    expect(await kept('k')).toBeUndefined();
    await keep('k', 1);
    await db.run("INSERT INTO bodies (key, name) VALUES ('cache-same', 'x')");
    expect(await kept('k')).toBeUndefined();
  });

  it("members another connection created are found by this one's next document", async () => {
    const a = sqlStore(db);
    const b = sqlStore(other);
    const body = 'Conseil municipal de Cachan-sur-Orge';
    const doc = (file: string, present: string[]) => makeDoc({ file, body, date: '2024-03-01', present, deliberations: [{ subject: `Point ${file}` }] });
    await a.upsert(doc('one.txt', ['Jean DUPONT', 'Anne LEROY']), { actor: 'test' });
    await a.upsert(doc('one-bis.txt', ['Jean DUPONT', 'Anne LEROY']), { actor: 'test' }); // the roster as it stands, kept
    await b.upsert(doc('two.txt', ['Jean DUPONT', 'Paul MARTIN']), { actor: 'test' });
    await a.upsert(doc('three.txt', ['Paul MARTIN', 'Anne LEROY']), { actor: 'test' });
    expect(await a.findMembers('MARTIN', body)).toHaveLength(1);
    expect((await a.rosterNames(body)).sort()).toEqual(['Anne LEROY', 'Jean DUPONT', 'Paul MARTIN']);
  });
});
