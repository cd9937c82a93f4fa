/**
 * Opens the configured store: PostgreSQL when DATABASE_URL is set, else the
 * embedded SQLite file `<REGISTRE_DATA_DIR>/registre.db`. Migrations run at
 * open, so a store that opens is ready.
 */
import type { Config } from '../config.ts';
import { openPgRunner, type PgOptions } from './postgres/pg-runner.ts';
import type { RecordStore } from './record-store.ts';
import { openSqliteRunner } from './sqlite/sqlite-runner.ts';
import { sqlStore } from './sql/sql-store.ts';

export function openSqliteStore(file: string): RecordStore {
  return sqlStore(openSqliteRunner(file));
}

export async function openPostgresStore(options: PgOptions): Promise<RecordStore> {
  return sqlStore(await openPgRunner(options));
}

export async function openStore(config: Pick<Config, 'databaseUrl' | 'sqlitePath' | 'concurrency'>): Promise<RecordStore> {
  if (config.databaseUrl) return openPostgresStore({ connectionString: config.databaseUrl, max: config.concurrency + 2 });
  return openSqliteStore(config.sqlitePath);
}
