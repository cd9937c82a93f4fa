/**
 * SqlRunner over node-postgres (a pool; migrations at open).
 *
 * `schema`: tables live in that schema (search_path set on every pooled
 * connection); `createSchema` creates it when missing (tests use their own
 * schema and drop it after). Without `schema`, the URL's default search_path.
 */
import pg from 'pg';
import type { FullText, RecordInsert, Row, Settled, SqlRunner, SqlValue, Tx } from '../sql/sql-runner.ts';
import { migratePostgres } from './pg-migrations.ts';

export interface PgOptions {
  connectionString: string;
  schema?: string;
  createSchema?: boolean;
  /** Pool size; default 4. */
  max?: number;
}

/** Quotes an identifier (schema name) for SQL. */
export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

const numbered = new Map<string, string>();
/** `?` → `$1, $2…` (SQL here never holds a literal `?`). */
function number(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, out);
  }
  return out;
}

// The query's folded words ([a-z0-9] only: no tsquery syntax can get in), stemmed by
// the store's configuration (pg-migrations.ts, registre_fr) like the indexed text.
const fullText: FullText = {
  matched: (terms, conditions) => {
    const q = terms.words.join(' & ');
    const where = ["r.tsv @@ to_tsquery('registre_fr', ?)", ...conditions].join(' AND ');
    return { sql: `SELECT r.id AS id, ts_rank(r.tsv, to_tsquery('registre_fr', ?)) AS score FROM records r WHERE ${where}`, params: [q, q] };
  },
};

// bigint (counts, cents, ids) comes back as a string by default; numbers here stay far
// below 2^53. Set on this pool only, not on pg's global parsers.
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function queryable(q: pg.Pool | pg.PoolClient) {
  return {
    async all<T = Row>(sql: string, params: readonly SqlValue[] = []) {
      return (await q.query(number(sql), params as SqlValue[])).rows as T[];
    },
    async get<T = Row>(sql: string, params: readonly SqlValue[] = []) {
      return (await q.query(number(sql), params as SqlValue[])).rows[0] as T | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      await q.query(number(sql), params as SqlValue[]);
    },
    async insertMany(table: string, columns: readonly string[], rows: readonly SqlValue[][]) {
      const perChunk = Math.max(1, Math.floor(20000 / columns.length));
      for (let i = 0; i < rows.length; i += perChunk) {
        const chunk = rows.slice(i, i + perChunk);
        let n = 0;
        const values = chunk.map(() => `(${columns.map(() => `$${++n}`).join(', ')})`).join(', ');
        await q.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
      }
    },
  };
}

type PgTx = Tx & { lost(): boolean };

/**
 * Runs `work` on a pooled connection with a Tx over it; rolls back when it
 * throws. A connection lost while checked out (server restart,
 * pg_terminate_backend, network) makes the client emit 'error'; unheard, that
 * event crashed the whole process. Heard here, the transaction's next (or
 * current) query rejects, and the client is discarded instead of going back
 * to the pool. `held`: lock keys already taken in this transaction.
 */
async function onClient<T>(pool: pg.Pool, work: (c: pg.PoolClient, tx: PgTx, held: Set<string>) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  let lost: Error | null = null;
  const onError = (e: Error) => {
    lost ??= e;
  };
  c.on('error', onError);
  const held = new Set<string>();
  const tx: PgTx = {
    ...queryable(c),
    lost: () => lost !== null,
    async lock(key: string) {
      if (held.has(key)) return;
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    },
    async insertRecord(r: RecordInsert) {
      const { rows } = await c.query<{ id: number }>(
        `WITH rec AS (
           INSERT INTO records (document_id, idx, number, subject, outcome, unanimous, status, file, body_name, body_key, session_date, tsv)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
                   setweight(to_tsvector('registre_fr', coalesce($4, '')), 'A') || setweight(to_tsvector('registre_fr', $12), 'B')) RETURNING id)
         INSERT INTO record_texts (record_id, text) SELECT id, $12 FROM rec RETURNING record_id AS id`,
        [r.document_id, r.idx, r.number, r.subject, r.outcome, r.unanimous, r.status, r.file, r.body_name, r.body_key, r.session_date, r.text],
      );
      return Number(rows[0]!.id);
    },
    async deleteRecords(documentId: string) {
      for (const table of ['record_texts', 'record_amounts', 'record_findings']) {
        await c.query(`DELETE FROM ${table} WHERE record_id IN (SELECT id FROM records WHERE document_id = $1)`, [documentId]);
      }
      await c.query('DELETE FROM records WHERE document_id = $1', [documentId]);
    },
  };
  try {
    return await work(c, tx, held);
  } catch (e) {
    if (!lost) await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.off('error', onError);
    c.release(lost ?? undefined);
  }
}

export async function openPgRunner(options: PgOptions): Promise<SqlRunner> {
  if (options.schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(`invalid schema name: ${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 4,
    types,
    // Set at connection start-up, so every pooled connection has them from its first query.
    // Search queries are short: parallel workers cost more to start than they save, and
    // compete with the ingest and OCR workers on small machines.
    // The store's rows are read from memory or SSD, not spinning disks: at the default
    // random_page_cost (4) the planner hashed all 100,000 records rather than follow an index
    // for a few hundred (a member and a body: 70-100 ms, 18-23 ms at 1.1).
    options: [options.schema ? `-c search_path=${options.schema}` : '', '-c max_parallel_workers_per_gather=0', '-c random_page_cost=1.1'].filter(Boolean).join(' '),
  });
  pool.on('error', () => {
    // An idle client lost its connection: the pool replaces it; queries report their own errors.
  });
  if (options.schema && options.createSchema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
  const client = await pool.connect();
  let lost: Error | null = null;
  const onError = (e: Error) => {
    lost ??= e; // the migration's query rejects; see transaction() below
  };
  client.on('error', onError);
  try {
    await migratePostgres(client);
  } finally {
    client.off('error', onError);
    client.release(lost ?? undefined);
  }

  return {
    dialect: 'postgres',
    fullText,
    ...queryable(pool),
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      return onClient(pool, async (c, tx) => {
        await c.query('BEGIN');
        const out = await fn(tx);
        await c.query('COMMIT');
        return out;
      });
    },
    async transactionEach<T>(fns: ReadonlyArray<(tx: Tx) => Promise<T>>, locks: ReadonlyArray<readonly string[]> = []): Promise<Array<Settled<T>>> {
      if (fns.length === 0) return [];
      return onClient(pool, async (c, tx, held) => {
        await c.query('BEGIN');
        for (const phase of locks) {
          const keys = [...new Set(phase)];
          if (keys.length === 0) continue;
          // Taken in the order of the lock ids, one statement for the phase.
          await c.query('SELECT count(pg_advisory_xact_lock(h)) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS ordered', [keys]);
          for (const k of keys) held.add(k);
        }
        const out: Array<Settled<T>> = [];
        for (const fn of fns) {
          await c.query('SAVEPOINT registre_each');
          try {
            const value = await fn(tx);
            await c.query('RELEASE SAVEPOINT registre_each');
            out.push({ ok: true, value });
          } catch (error) {
            if (tx.lost()) throw error;
            await c.query('ROLLBACK TO SAVEPOINT registre_each');
            await c.query('RELEASE SAVEPOINT registre_each');
            out.push({ ok: false, error });
          }
        }
        await c.query('COMMIT');
        return out;
      });
    },
    async close() {
      await pool.end();
    },
  };
}
