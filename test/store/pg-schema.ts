/**
 * A PostgreSQL schema of the test's own (127.0.0.1:5432, database `test`,
 * trust auth), dropped after: tests never touch anything they did not create.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { quoteIdent } from '../../src/store/postgres/pg-runner.ts';

/** The OS user name: trust auth accepts it, and pg finds no USER variable in some shells. */
export const TEST_PG_URL = process.env.REGISTRE_TEST_PG_URL ?? `postgres://${encodeURIComponent(os.userInfo().username)}@127.0.0.1:5432/test`;

export function testSchemaName(prefix = 'registre_test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Drops a schema this run created (only names made by testSchemaName). */
export async function dropTestSchema(schema: string): Promise<void> {
  if (!/^registre_(test|bench)_[0-9a-f]{12}$/.test(schema)) throw new Error(`refusing to drop ${schema}`);
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Whether the database at `url` has the unaccent extension (the PostgreSQL store creates it at its first open). */
export async function hasUnaccent(url = TEST_PG_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")).rowCount === 1;
  } finally {
    await client.end();
  }
}

/**
 * Drops the unaccent extension when this run created it (it was not there
 * before) and nothing depends on it any more (RESTRICT: a text search
 * configuration of anyone else keeps it). Leaves the database as found.
 */
export async function dropUnaccentIfUnused(url = TEST_PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP EXTENSION IF EXISTS unaccent RESTRICT');
  } catch {
    // still used by a configuration outside this run: kept
  } finally {
    await client.end();
  }
}
