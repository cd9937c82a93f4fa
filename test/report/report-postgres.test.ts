/**
 * `report` and `export` read the store through the RecordStore interface
 * only: on PostgreSQL (DATABASE_URL, a schema of the test's own, dropped
 * after) they give the same report and the same SCDL file as on SQLite.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/report/report-data.ts';
import { cli, cliWith, tempDir } from '../store/cli-harness.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from '../store/pg-schema.ts';
import { REPORT_FIXTURES } from './fixture-store.ts';

describe('report and export on PostgreSQL', () => {
  const schema = testSchemaName();
  const url = `${TEST_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let pgData: string;
  let liteData: string;
  const onPg = (...args: string[]) => cliWith({ DATABASE_URL: url, REGISTRE_DATA_DIR: pgData }, ...args);

  beforeAll(async () => {
    pgData = tempDir('registre-report-pg-');
    liteData = tempDir('registre-report-lite-');
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`).finally(() => client.end());
    // the same files ingested by the same command into both stores
    const files = fs.readdirSync(REPORT_FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => path.join(REPORT_FIXTURES, f));
    expect((await onPg('ingest', ...files)).code).toBe(0);
    expect((await cli(liteData, 'ingest', ...files)).code).toBe(0);
  });
  afterAll(async () => {
    fs.rmSync(pgData, { recursive: true, force: true });
    fs.rmSync(liteData, { recursive: true, force: true });
    await dropTestSchema(schema);
  });

  it('gives the same report data and the same SCDL rows as SQLite', async () => {
    const strip = (r: ReportData) => ({ ...r, generated_at: '' });
    const a = JSON.parse((await onPg('report', '--format', 'json')).out) as ReportData;
    const b = JSON.parse((await cli(liteData, 'report', '--format', 'json')).out) as ReportData;
    expect(a.summary.findings).toEqual({ error: 1, warning: 4, info: 0, total: 5 });
    expect(strip(a)).toEqual(strip(b));
    const coll = path.join(REPORT_FIXTURES, 'collectivites.csv');
    const x = await onPg('export', '--collectivites', coll);
    const y = await cli(liteData, 'export', '--collectivites', coll);
    expect(x.code).toBe(0);
    expect(x.out).toBe(y.out);
  });
});
