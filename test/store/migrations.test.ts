/**
 * Migrations carry data forward: a store written at schema version 1 opens
 * at the latest version with its documents, records, findings and members
 * intact and searchable (SQLite and PostgreSQL).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migratePostgres, PG_MIGRATIONS } from '../../src/store/postgres/pg-migrations.ts';
import { openPgRunner } from '../../src/store/postgres/pg-runner.ts';
import { migrateSqlite, SQLITE_MIGRATIONS } from '../../src/store/sqlite/sqlite-migrations.ts';
import { openSqliteRunner } from '../../src/store/sqlite/sqlite-runner.ts';
import { sqlStore } from '../../src/store/sql/sql-store.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import { indexText } from '../../src/store/text-index.ts';
import { tempDir } from './cli-harness.ts';
import { A1 } from './contract.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from './pg-schema.ts';

type Exec = (sql: string, params: unknown[]) => Promise<void>;

/** Writes A1 the way schema version 1 stored it. */
async function writeVersion1(exec: Exec, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const d = A1.parsed!.deliberations;
  const now = '2024-05-01T10:00:00.000Z';
  await exec(
    `INSERT INTO documents (id, file, size, original_path, status, error, input_kind, extractor, extractor_version, parser_version, processed_at,
       created_at, updated_at, body_name, body_key, session_date, deliberations, findings, json) VALUES (?, ?, ?, NULL, 'parsed', NULL, 'text', 'text', '1', '1.0.0', ?, ?, ?, ?, ?, ?, 2, 1, ?)`,
    [A1.id, A1.file, A1.size, now, now, now, 'Conseil municipal de Valbrune', 'conseil municipal de valbrune', '2024-01-18', JSON.stringify(A1)],
  );
  for (const [i, del] of d.entries()) {
    const tsv = dialect === 'postgres' ? ", setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')" : '';
    await exec(
      `INSERT INTO records (id, document_id, idx, number, subject, text, outcome, unanimous, status, file, body_name, body_key, session_date${tsv ? ', tsv' : ''})
       VALUES (?, ?, ?, NULL, ?, ?, NULL, 0, 'parsed', ?, ?, ?, '2024-01-18'${tsv})`,
      [i + 1, A1.id, i, del.subject, del.text, A1.file, 'Conseil municipal de Valbrune', 'conseil municipal de valbrune', ...(tsv ? [indexText(del.subject ?? ''), indexText(del.text)] : [])],
    );
    if (dialect === 'sqlite') await exec('INSERT INTO records_fts (rowid, subject, content) VALUES (?, ?, ?)', [i + 1, indexText(del.subject ?? ''), indexText(del.text)]);
  }
  await exec("INSERT INTO findings (document_id, seq, deliberation, code, severity, message, rule) VALUES (?, 0, 1, 'TALLY_MISMATCH', 'error', 'm', 'r')", [A1.id]);
  await exec("INSERT INTO members (id, body_key, body_name, name, created_at, updated_at) VALUES ('m1', 'conseil municipal de valbrune', 'Conseil municipal de Valbrune', 'Jean-Marc GONÇALVES', ?, ?)", [now, now]);
  await exec("INSERT INTO participations (document_id, deliberation, role, member_id, name, written, other_member_id, other_name) VALUES (?, NULL, 'present', 'm1', 'Jean-Marc GONÇALVES', 'M. Jean-Marc GONÇALVES', NULL, NULL)", [A1.id]);
}

async function expectCarriedForward(store: RecordStore): Promise<void> {
  expect((await store.get(A1.id))?.document).toEqual(A1);
  expect((await store.get(A1.id))?.corrections).toEqual([]);
  const hits = (await store.search({ text: 'solidarites' })).hits;
  expect(hits.map((h) => [h.deliberation, h.findings])).toEqual([[1, ['TALLY_MISMATCH']]]);
  expect(hits[0]!.snippet).toContain('**solidarités**');
  expect((await store.search({ finding: 'TALLY_MISMATCH' })).hits.map((h) => h.deliberation)).toEqual([1]);
  expect((await store.search({ body: 'valbrune' })).total).toBe(2);
  expect((await store.findMembers('goncalves')).map((m) => [m.name, m.sessions])).toEqual([['Jean-Marc GONÇALVES', 1]]);
}

describe('migrations', () => {
  it('are numbered 1, 2, … on each backend; the shared tables evolve alike (1–6), full text apart (PostgreSQL 7)', () => {
    expect(SQLITE_MIGRATIONS.map((m) => m.version)).toEqual(SQLITE_MIGRATIONS.map((_, i) => i + 1));
    expect(PG_MIGRATIONS.map((m) => m.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    expect(PG_MIGRATIONS.slice(0, 6).map((m) => [m.version, m.name])).toEqual(SQLITE_MIGRATIONS.slice(0, 6).map((m) => [m.version, m.name]));
    expect(PG_MIGRATIONS[6]!.name).toMatch(/French configuration with unaccent/);
  });

  it('SQLite: a version-1 store opens at the latest version with its data', async () => {
    const dir = tempDir('registre-migrate-');
    try {
      const file = path.join(dir, 'registre.db');
      const db = new Database(file);
      migrateSqlite(db, 1);
      await writeVersion1(async (sql, params) => void db.prepare(sql).run(...params), 'sqlite');
      db.close();
      const runner = openSqliteRunner(file);
      const versions = await runner.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.map((v) => v.version)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
      await expectCarriedForward(sqlStore(runner));
      await runner.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL: a version-1 store opens at the latest version with its data', async () => {
    const schema = testSchemaName();
    const client = new pg.Client({ connectionString: TEST_PG_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await migratePostgres(client, 1);
      await writeVersion1(async (sql, params) => {
        let n = 0;
        await client.query(sql.replace(/\?/g, () => `$${++n}`), params);
      }, 'postgres');
      await client.query("SELECT setval('records_id_seq', 2)");
      const runner = await openPgRunner({ connectionString: TEST_PG_URL, schema });
      await expectCarriedForward(sqlStore(runner));
      await runner.close();
    } finally {
      await client.end();
      await dropTestSchema(schema);
    }
  });
});
