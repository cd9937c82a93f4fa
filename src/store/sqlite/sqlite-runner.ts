/**
 * SqlRunner over better-sqlite3 (one connection, WAL, migrations at open).
 *
 * better-sqlite3 is synchronous but the shared store awaits between
 * statements, so every operation goes through one queue: a transaction owns
 * the connection until it commits, and no other caller's statement can slip
 * into it or read its uncommitted rows. Concurrent transactions share one
 * commit (see `flush`).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { FullText, RecordInsert, Row, Settled, SqlRunner, SqlValue, Tx } from '../sql/sql-runner.ts';
import { migrateSqlite } from './sqlite-migrations.ts';
import type { SearchTerms } from '../text-index.ts';

const ftsQuery = (terms: SearchTerms) => terms.stems.map((t) => `"${t}"`).join(' ');
const BM25 = '-bm25(records_fts, 4.0, 1.0)'; // bm25 is lower-is-better; subject words weigh four times body words
const fullText: FullText = {
  // Without filters the index alone ranks: no records row is read per match.
  matched: (terms, conditions) =>
    conditions.length === 0
      ? { sql: `SELECT rowid AS id, ${BM25} AS score FROM records_fts WHERE records_fts MATCH ?`, params: [ftsQuery(terms)] }
      : {
          sql: `SELECT r.id AS id, ${BM25} AS score FROM records_fts JOIN records r ON r.id = records_fts.rowid WHERE records_fts MATCH ? AND ${conditions.join(' AND ')}`,
          params: [ftsQuery(terms)],
        },
  countAlone: (terms) => ({ sql: 'SELECT count(*) FROM records_fts WHERE records_fts MATCH ?', params: [ftsQuery(terms)] }),
};

/** A statement that only reads (the reader connection takes it): SELECT or WITH … SELECT, no RETURNING. */
const READ_ONLY = /^\s*(?:SELECT|WITH)\b(?![\s\S]*\b(?:INSERT|UPDATE|DELETE|RETURNING)\b)/i;

/** Documents written between two turns of the event loop inside a group commit. */
const YIELD_EVERY = 8;

/** Transactions sharing one commit at most. */
const GROUP = 64;

/** Rows per INSERT statement at most (a power of two; 64 rows × 10 columns stays far below SQLite's 32,766 variables). */
const MULTI_ROW = 64;

export function openSqliteRunner(file: string): SqlRunner {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  // Searches join index hits to record rows at random: keep the hot pages in memory.
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  // Each transaction of a group commit runs in a savepoint, whose journal copies every page the
  // transaction first touches: kept in memory, not written to a temporary file page by page
  // (about 90 page writes per text document).
  db.pragma('temp_store = MEMORY');
  // Checkpoint every 10,000 WAL pages (40 MB), not 1,000: a batch of 64 text documents writes
  // about 1,600 pages, which checkpointed after every commit; hot index pages changed by
  // several commits are now copied to the database once.
  db.pragma('wal_autocheckpoint = 10000');
  migrateSqlite(db);

  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  const inserts = new Map<string, Database.Statement>();
  /** `INSERT INTO <into> VALUES` with `rows` rows of `width` values, prepared once. */
  const insertStatement = (into: string, width: number, rows: number) => {
    const key = `${into}*${rows}`;
    let s = inserts.get(key);
    if (!s) {
      const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
      s = prepare(`INSERT INTO ${into} VALUES ${Array.from({ length: rows }, () => row).join(', ')}`);
      inserts.set(key, s);
    }
    return s;
  };
  const direct = {
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async get<T>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql).get(...params) as T | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      prepare(sql).run(...params);
    },
    async insertMany(table: string, columns: readonly string[], rows: readonly SqlValue[][]) {
      // Several rows per statement (one call into SQLite instead of one per row), in
      // chunks of 64, 32, … 1 rows: a handful of prepared statements per table. The rows
      // are passed as they are (better-sqlite3 binds each array's values in turn).
      if (rows.length === 0) return;
      const into = `${table} (${columns.join(', ')})`;
      for (let i = 0; i < rows.length; ) {
        let n = MULTI_ROW;
        while (n > rows.length - i) n >>= 1;
        insertStatement(into, columns.length, n).run(...(n === rows.length ? rows : rows.slice(i, i + n)));
        i += n;
      }
    },
  };

  // Tx.cache: valid while only this connection's transactions change the database. Another
  // connection's commit shows in data_version (read under the write lock, at each BEGIN); a
  // rollback or a write outside a transaction (migrations, tests, appendEvent) clears it.
  const cache = new Map<string, unknown>();
  let dataVersion: number | null = null;
  const checkDataVersion = () => {
    const v = (prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
    if (v !== dataVersion) cache.clear();
    dataVersion = v;
  };

  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  // Group commit: transactions queued while the connection is busy share one
  // COMMIT (each inside its own SAVEPOINT, so one failing rolls back alone).
  // A commit writes every touched index page to the WAL; sharing it across
  // documents of an ingest divides that cost. Each caller still resolves only
  // once its data is committed.
  const pending: Array<{ fn: (tx: Tx) => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void }> = [];
  const flush = (): Promise<void> =>
    exclusive(async () => {
      const batch = pending.splice(0, GROUP);
      if (batch.length === 0) return;
      const outcomes: Array<{ ok: boolean; value: unknown }> = [];
      try {
        prepare('BEGIN IMMEDIATE').run();
        checkDataVersion();
        for (const [k, item] of batch.entries()) {
          // A batch takes tens of milliseconds: let the event loop run between documents now
          // and then (parse threads get new work, their results come in, timers fire).
          if (k > 0 && k % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
          prepare('SAVEPOINT one_transaction').run();
          try {
            const value = await item.fn(tx);
            prepare('RELEASE one_transaction').run();
            outcomes.push({ ok: true, value });
          } catch (e) {
            cache.clear();
            if (!db.inTransaction) throw e; // SQLite aborted the whole transaction
            prepare('ROLLBACK TO one_transaction').run();
            prepare('RELEASE one_transaction').run();
            outcomes.push({ ok: false, value: e });
          }
        }
        prepare('COMMIT').run();
      } catch (e) {
        cache.clear();
        if (db.inTransaction) prepare('ROLLBACK').run();
        for (const item of batch) item.reject(e);
        return;
      } finally {
        if (pending.length > 0) setImmediate(() => void flush());
      }
      batch.forEach((item, i) => (outcomes[i]!.ok ? item.resolve(outcomes[i]!.value) : item.reject(outcomes[i]!.value)));
    });

  const transaction = <T>(fn: (tx: Tx) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      pending.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (pending.length === 1) setImmediate(() => void flush());
    });

  const tx: Tx = {
    ...direct,
    cache,
    async lock() {
      // One connection, one queue: writers are already serialised.
    },
    async insertRecord(r: RecordInsert) {
      const row = prepare(
        `INSERT INTO records (document_id, idx, number, subject, outcome, unanimous, status, file, body_name, body_key, session_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ).get(r.document_id, r.idx, r.number, r.subject, r.outcome, r.unanimous, r.status, r.file, r.body_name, r.body_key, r.session_date) as {
        id: number;
      };
      prepare('INSERT INTO record_texts (record_id, text) VALUES (?, ?)').run(row.id, r.text);
      prepare('INSERT INTO records_fts (rowid, subject, content) VALUES (?, ?, ?)').run(row.id, r.subject_stems, r.text_stems);
      return row.id;
    },
    async deleteRecords(documentId: string) {
      const ids = 'SELECT id FROM records WHERE document_id = ?';
      for (const table of ['records_fts WHERE rowid', 'record_texts WHERE record_id', 'record_amounts WHERE record_id', 'record_findings WHERE record_id']) {
        prepare(`DELETE FROM ${table} IN (${ids})`).run(documentId);
      }
      prepare('DELETE FROM records WHERE document_id = ?').run(documentId);
    },
  };

  // Reads outside a transaction go to a second, read-only connection: in WAL mode it sees
  // every committed write and never waits for the writer, so an ingest's "already stored?"
  // lookups and the searches of a server do not queue behind a batch being written.
  // (An in-memory database is private to its connection: reads stay on the writer.)
  const reader = file === ':memory:' ? null : new Database(file, { readonly: true });
  reader?.pragma('busy_timeout = 10000');
  reader?.pragma('cache_size = -65536');
  reader?.pragma('mmap_size = 268435456');
  const readStatements = new Map<string, Database.Statement>();
  const prepareRead = (sql: string) => {
    let s = readStatements.get(sql);
    if (!s) {
      s = reader!.prepare(sql);
      readStatements.set(sql, s);
    }
    return s;
  };
  const read = {
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return prepareRead(sql).all(...params) as T[];
    },
    async get<T>(sql: string, params: readonly SqlValue[] = []) {
      return prepareRead(sql).get(...params) as T | undefined;
    },
  };

  return {
    dialect: 'sqlite',
    fullText,
    all: (sql, params) => {
      const readOnly = READ_ONLY.test(sql);
      return reader && readOnly ? read.all(sql, params) : exclusive(() => (readOnly || cache.clear(), direct.all(sql, params)));
    },
    get: (sql, params) => {
      const readOnly = READ_ONLY.test(sql);
      return reader && readOnly ? read.get(sql, params) : exclusive(() => (readOnly || cache.clear(), direct.get(sql, params)));
    },
    run: (sql, params) => exclusive(() => (cache.clear(), direct.run(sql, params))),
    insertMany: (table, columns, rows) => exclusive(() => (cache.clear(), direct.insertMany(table, columns, rows))),
    transaction,
    // Group commit already gives each transaction its savepoint and shares the
    // commit: queued together, they are committed together (GROUP at a time).
    // One connection serialises writers: no lock to take.
    transactionEach: <T>(fns: ReadonlyArray<(tx: Tx) => Promise<T>>) =>
      Promise.all(fns.map((fn) => transaction(fn).then((value): Settled<T> => ({ ok: true, value }), (error: unknown): Settled<T> => ({ ok: false, error })))),
    close: () =>
      exclusive(async () => {
        if (reader?.open) reader.close();
        if (db.open) db.close();
      }),
  };
}
