/**
 * The little a backend must provide for the shared SQL store (sql-store.ts):
 * run parameterised SQL, run a transaction, and the few things that differ
 * between SQLite and PostgreSQL (full-text index, locks).
 *
 * SQL given to a runner uses `?` placeholders; the PostgreSQL runner numbers
 * them. Statements never contain a literal `?`. Values are bound, never
 * spliced into SQL.
 */
import type { SearchTerms } from '../text-index.ts';

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface Queryable {
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Inserts rows (arrays in `columns` order); batched where the backend gains by it. */
  insertMany(table: string, columns: readonly string[], rows: readonly SqlValue[][]): Promise<void>;
}

/** One record row as the shared store writes it; the backend adds it to its full-text index. */
export interface RecordInsert {
  document_id: string;
  idx: number;
  number: string | null;
  subject: string | null;
  text: string;
  outcome: 'adopted' | 'rejected' | null;
  unanimous: number;
  status: string;
  file: string;
  body_name: string | null;
  body_key: string;
  session_date: string | null;
  /** Stems (text-index.ts) of the subject and of the text, space-separated (for an index that does not stem by itself). */
  subject_stems: string;
  text_stems: string;
}

export interface Tx extends Queryable {
  /** Serialises writers of the same key until the transaction ends. */
  lock(key: string): Promise<void>;
  /**
   * What a transaction read, kept for the next ones while the backend can tell
   * the database is unchanged but for its own transactions' writes: the SQLite
   * runner (one writing connection) clears it when another connection has
   * committed, when anything rolls back, and on a write outside a transaction.
   * Absent on PostgreSQL (other connections commit at any time). Whoever writes
   * rows it keeps here deletes the entry in the same transaction.
   */
  readonly cache?: Map<string, unknown>;
  /** Inserts a record (and its text apart) and indexes it for full text; returns its id. */
  insertRecord(record: RecordInsert): Promise<number>;
  /** Deletes every record of a document with its text, index entries, amounts and findings. */
  deleteRecords(documentId: string): Promise<void>;
}

/** How the backend matches and ranks full text, as SQL over records `r`. */
export interface FullText {
  /**
   * SELECT of `id` and `score` (higher is better) for every record holding
   * every term and meeting `conditions` (over records `r`, their parameters
   * bound after the ones returned here).
   */
  matched(terms: SearchTerms, conditions: readonly string[]): { sql: string; params: SqlValue[] };
  /** When the index counts the records with every term by itself (no records row read): that count, as `SELECT`. */
  countAlone?(terms: SearchTerms): { sql: string; params: SqlValue[] };
}

/** How one function of `transactionEach` ended. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface SqlRunner extends Queryable {
  readonly dialect: 'sqlite' | 'postgres';
  readonly fullText: FullText;
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs each function in its own savepoint of one transaction, in order: one
   * commit for them all. A function that throws is rolled back alone and its
   * slot holds the error; the others are committed. When the transaction as a
   * whole fails (connection lost, disk full, the commit refused), every slot
   * not yet settled holds that error, or it rejects, and nothing of it is
   * committed. `locks`: keys (as `Tx.lock` takes them) locked first, phase by
   * phase, each phase in a fixed order, so batches and single writers that
   * lock a document before its body never wait on each other in a cycle.
   */
  transactionEach<T>(fns: ReadonlyArray<(tx: Tx) => Promise<T>>, locks?: ReadonlyArray<readonly string[]>): Promise<Array<Settled<T>>>;
  close(): Promise<void>;
}

/** Escapes a LIKE pattern for `LIKE ? ESCAPE '\'`. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
