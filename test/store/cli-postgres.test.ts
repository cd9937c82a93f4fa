/**
 * The CLI on PostgreSQL: DATABASE_URL set (its search_path on a schema of
 * the test's own, dropped after) picks the PostgreSQL store.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberAttendance, SearchHit } from '../../src/store/record-store.ts';
import { cliWith, json, tempDir } from './cli-harness.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from './pg-schema.ts';

describe('registre on PostgreSQL (DATABASE_URL)', () => {
  const schema = testSchemaName();
  const url = `${TEST_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let data: string;
  const run = (...args: string[]) => cliWith({ DATABASE_URL: url, REGISTRE_DATA_DIR: data }, ...args);

  beforeAll(async () => {
    data = tempDir('registre-cli-pg-');
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`).finally(() => client.end());
  });
  afterAll(async () => {
    fs.rmSync(data, { recursive: true, force: true });
    await dropTestSchema(schema);
  });

  it('ingests into the schema, then searches and lists members', async () => {
    const r = await run('ingest', path.resolve('fixtures/store'));
    expect(r.out).toMatch(/^3 file\(s\): 3 new/);
    const hits = json<SearchHit[]>(await run('search', 'solidarites', '--json'));
    expect(hits.map((h) => path.basename(h.file))).toContain('hautval-metropole-2024-03-28.txt');
    const members = json<MemberAttendance[]>(await run('member', 'barcelos', '--json'));
    expect(members.map((m) => m.sessions.length)).toEqual([2]);
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.documents`).finally(() => client.end());
    expect(rows[0].n).toBe(3);
  });
});
