/**
 * The record store: one interface, two implementations (SQLite embedded by
 * default, PostgreSQL at scale) that pass one contract suite
 * (test/store/contract.ts). Callers never see SQL.
 *
 * Contract, for every implementation:
 * - `upsert` is idempotent by content hash (the document id): the same
 *   document twice is one document and logs nothing the second time. A newer
 *   parser version, a reprocess or a correction replaces ALL derived data
 *   (records, findings, attendance, index) inside one transaction, and logs it.
 * - A clerk's corrections are kept as data (`correct`), apart from the
 *   record the parser produced, and are never deleted. Whenever a document
 *   is written again (re-ingest by a newer parser, reprocess, correction)
 *   the stored record is the parser's output with every correction replayed
 *   (src/corrections/replay.ts), re-checked and re-indexed, in the same
 *   transaction. A correction that no longer fits stays, marked `conflict`,
 *   and a `correction_conflict` event says so when it becomes one.
 * - The event log is append-only: the store refuses updates and deletes.
 * - Failed documents are stored and listed like the others, with their error.
 * - Names are resolved to members of the document's body; the name as written
 *   is kept beside the member id (null when ambiguous).
 * - Methods reject with an ordinary Error on an infrastructure fault.
 */
import type { Change, Correction, DocumentStatus, FindingCode, ProcessedDocument, Severity, StoredCorrection } from '../domain/index.ts';

export const EVENT_TYPES = ['ingested', 'extracted', 'parsed', 'checked', 'corrected', 'reprocessed', 'failed', 'correction_conflict'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface DocEvent {
  /** Increasing within a store. */
  seq: number;
  document_id: string;
  type: EventType;
  /** ISO timestamp. */
  at: string;
  actor: string;
  detail: Record<string, unknown>;
}

export type UpsertReason = 'ingest' | 'reprocess' | 'correct';

export interface UpsertOptions {
  actor: string;
  /**
   * Default 'ingest': replaces only when the parser or extractor version
   * differs. 'correct' is what `correct` logs; a correction goes through
   * `correct`, never through `upsert`.
   */
  reason?: UpsertReason;
  /** Where the original is stored, relative to the data directory. */
  originalPath?: string | null;
  /** Free note for the log (a correction's reason). */
  note?: string;
}

export interface UpsertResult {
  id: string;
  outcome: 'created' | 'replaced' | 'unchanged';
  /** When written: the document as stored, corrections replayed (its findings are the ones to report). */
  document?: ProcessedDocument;
  /** When written: how the document's corrections fit the new reading. */
  corrections?: CorrectionTally;
}

export interface CorrectionTally {
  applied: number;
  conflicts: number;
}

/** A clerk's corrections to one document (RecordStore.correct). */
export interface CorrectionInput {
  corrections: Correction[];
  reason: string;
  author?: string | null;
  /** `http:<role>:<fingerprint>`, `cli:…`: never a token. */
  actor: string;
  /** The `updated_at` the clerk saw: outcome 'stale' when the document changed since. */
  expectedUpdatedAt?: string;
}

export type CorrectResult =
  | { outcome: 'corrected'; id: string; changes: Change[]; corrections: StoredCorrection[] }
  | { outcome: 'not_found'; id: string }
  | { outcome: 'stale'; id: string; updated_at: string };

export interface StoredDocument {
  /** The record as it stands: the parser's output with the applied corrections, re-checked. */
  document: ProcessedDocument;
  /** Every correction of the document, oldest first, each `applied` or `conflict`. */
  corrections: StoredCorrection[];
  /** Relative to the data directory; null when the original was not kept. */
  original_path: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentListing {
  id: string;
  file: string;
  status: DocumentStatus;
  error: string | null;
  body: string | null;
  session_date: string | null;
  parser_version: string;
  deliberations: number;
  findings: number;
}

export const MEMBER_STATUSES = ['any', 'present', 'absent', 'excused', 'gave_proxy', 'held_proxy'] as const;
export type MemberStatusFilter = (typeof MEMBER_STATUSES)[number];
export const OUTCOMES = ['adopted', 'rejected', 'unanimous', 'none'] as const;
export type OutcomeFilter = (typeof OUTCOMES)[number];

export interface SearchQuery {
  /** Free text over subject and body; empty: every record matching the filters. */
  text?: string;
  /** Part of the body's name, any case or accents. */
  body?: string;
  /** Session date range, ISO, inclusive. */
  from?: string;
  to?: string;
  member?: string;
  memberStatus?: MemberStatusFilter;
  /** Euros, inclusive: a record matches when one of its amounts is in range. */
  amountMin?: number;
  amountMax?: number;
  finding?: FindingCode;
  severity?: Severity;
  outcome?: OutcomeFilter;
  status?: DocumentStatus;
  /** Default 20, at most 1000. */
  limit?: number;
  offset?: number;
}

/** One deliberation of a document (or the whole document when none was split out). */
export interface SearchHit {
  id: string;
  file: string;
  status: DocumentStatus;
  body: string | null;
  session_date: string | null;
  /** Deliberation index; null for a whole-document record. */
  deliberation: number | null;
  number: string | null;
  subject: string | null;
  outcome: 'adopted' | 'rejected' | null;
  unanimous: boolean;
  amounts_eur: number[];
  /** Codes of the findings on this deliberation or on its session. */
  findings: FindingCode[];
  /** Text around the first match, matches in **bold**; the opening when no query. */
  snippet: string;
  /** Higher is better; null without a query. */
  score: number | null;
  /** With a member filter: that member's part in the session. */
  member?: SessionStatus;
}

export interface SearchPage {
  total: number;
  limit: number;
  offset: number;
  hits: SearchHit[];
}

export interface MemberSummary {
  id: string;
  body: string | null;
  name: string;
  /** Forms written in the documents. */
  variants: string[];
  sessions: number;
}

/** A member's part in one session (extracts of one session are merged). */
export interface SessionStatus {
  member_id: string;
  name: string;
  body: string | null;
  session_date: string | null;
  documents: string[];
  status: 'present' | 'excused' | 'absent' | 'represented' | 'substituted' | 'unknown';
  /** The holder of this member's proxy. */
  represented_by: string | null;
  /** Members whose proxy this member held. */
  holds_proxies_of: string[];
  /** Names as written in the documents. */
  written: string[];
}

export interface MemberAttendance {
  member: MemberSummary;
  sessions: SessionStatus[];
  present: number;
  /** present / sessions, 0–1; null with no session. */
  rate: number | null;
}

export interface BodyRoster {
  body: string;
  sessions: Array<{ date: string | null; documents: string[]; present: number; represented: number; absent: number }>;
  members: Array<{ id: string; name: string; first_seen: string | null; last_seen: string | null; sessions: number; present: number }>;
}

/** How one document of `upsertMany` ended: written (or left unchanged), or its error. */
export type UpsertSettled = { ok: true; result: UpsertResult } | { ok: false; error: Error };

export interface RecordStore {
  readonly backend: 'sqlite' | 'postgres';
  /** `doc` is what the pipeline produced; stored corrections are replayed over it. */
  upsert(doc: ProcessedDocument, options: UpsertOptions): Promise<UpsertResult>;
  /**
   * `upsert` for several documents at once, in one transaction (one commit)
   * where each document has its own savepoint: a document that fails
   * (invalid, refused by the database) is rolled back alone and its slot
   * holds the error, the others are written. Slots are in input order. When
   * the transaction as a whole fails (database down, disk full), the slots
   * hold that error or it rejects, and none of the batch is written.
   */
  upsertMany(items: ReadonlyArray<{ doc: ProcessedDocument; options: UpsertOptions }>): Promise<UpsertSettled[]>;
  /**
   * Keeps a clerk's corrections and rebuilds the document from its parser
   * output with all its corrections; logs `corrected`. Rejects with
   * CorrectionError (src/corrections) when a correction targets something
   * the document lacks (nothing is kept then).
   */
  correct(id: string, input: CorrectionInput): Promise<CorrectResult>;
  get(id: string): Promise<StoredDocument | null>;
  /** Ids starting with `prefix` (lower-case hex), at most `limit`. */
  resolveId(prefix: string, limit?: number): Promise<string[]>;
  list(filter?: { status?: DocumentStatus; limit?: number; offset?: number }): Promise<DocumentListing[]>;
  /** Ids of documents whose parser version differs from `parserVersion` (all when omitted). */
  ids(filter?: { notParserVersion?: string }): Promise<string[]>;
  events(id: string): Promise<DocEvent[]>;
  appendEvent(id: string, type: EventType, actor: string, detail?: Record<string, unknown>): Promise<void>;
  search(query: SearchQuery): Promise<SearchPage>;
  /** Members whose name matches (surname alone, initials, any order, OCR variants). */
  findMembers(name: string, body?: string): Promise<MemberSummary[]>;
  memberAttendance(memberId: string): Promise<MemberAttendance | null>;
  bodyRoster(body: string): Promise<BodyRoster | null>;
  /** Display names of a body's members (for OCR repair when re-analysing). */
  rosterNames(body: string): Promise<string[]>;
  close(): Promise<void>;
}
