/**
 * SQLite schema, as versioned migrations applied in order at open (never
 * edit a released migration: add the next one). Mirrors
 * postgres/pg-migrations.ts table for table; only types, the full-text index
 * (FTS5, contentless: it stores stems only) and trigger syntax differ.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, records, findings, members, attendance, events, full text',
    sql: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  size INTEGER NOT NULL,
  original_path TEXT,
  status TEXT NOT NULL,
  error TEXT,
  input_kind TEXT,
  extractor TEXT,
  extractor_version TEXT,
  parser_version TEXT NOT NULL,
  processed_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  body_name TEXT,
  body_key TEXT NOT NULL,
  session_date TEXT,
  deliberations INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX documents_status ON documents(status);
CREATE INDEX documents_parser_version ON documents(parser_version);
CREATE TABLE pages (
  document_id TEXT NOT NULL REFERENCES documents(id),
  number INTEGER NOT NULL,
  method TEXT NOT NULL,
  confidence REAL,
  ms REAL NOT NULL,
  rotation INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, number)
);
CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  number TEXT,
  subject TEXT,
  text TEXT NOT NULL,
  outcome TEXT,
  unanimous INTEGER NOT NULL,
  status TEXT NOT NULL,
  file TEXT NOT NULL,
  body_name TEXT,
  body_key TEXT NOT NULL,
  session_date TEXT
);
CREATE INDEX records_document ON records(document_id, idx);
CREATE INDEX records_date ON records(session_date);
CREATE INDEX records_body ON records(body_key, session_date);
CREATE TABLE record_amounts (
  record_id INTEGER NOT NULL,
  cents INTEGER NOT NULL
);
CREATE INDEX record_amounts_record ON record_amounts(record_id, cents);
CREATE INDEX record_amounts_cents ON record_amounts(cents);
CREATE TABLE findings (
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  deliberation INTEGER,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE INDEX findings_code ON findings(code, severity);
CREATE TABLE members (
  id TEXT PRIMARY KEY,
  body_key TEXT NOT NULL,
  body_name TEXT,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX members_body ON members(body_key);
CREATE TABLE participations (
  document_id TEXT NOT NULL REFERENCES documents(id),
  deliberation INTEGER,
  role TEXT NOT NULL,
  member_id TEXT,
  name TEXT NOT NULL,
  written TEXT NOT NULL,
  other_member_id TEXT,
  other_name TEXT
);
CREATE INDEX participations_document ON participations(document_id);
CREATE INDEX participations_member ON participations(member_id, document_id);
CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL,
  type TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX events_document ON events(document_id, seq);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE VIRTUAL TABLE records_fts USING fts5(subject, content, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    name: 'slim rows for filters: JSON and texts apart; bodies, record findings, session keys',
    sql: `
CREATE TABLE document_json (id TEXT PRIMARY KEY, json TEXT NOT NULL);
INSERT INTO document_json (id, json) SELECT id, json FROM documents;
ALTER TABLE documents DROP COLUMN json;
CREATE TABLE record_texts (record_id INTEGER PRIMARY KEY, text TEXT NOT NULL);
INSERT INTO record_texts (record_id, text) SELECT id, text FROM records;
ALTER TABLE records DROP COLUMN text;
CREATE TABLE bodies (key TEXT PRIMARY KEY, name TEXT);
INSERT INTO bodies (key, name) SELECT body_key, max(body_name) FROM documents GROUP BY body_key;
CREATE TABLE record_findings (record_id INTEGER NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL);
INSERT INTO record_findings (record_id, code, severity)
  SELECT r.id, f.code, f.severity FROM findings f JOIN records r ON r.document_id = f.document_id
  WHERE f.deliberation IS NULL OR f.deliberation = r.idx OR r.idx = -1;
CREATE INDEX record_findings_code ON record_findings(code, severity, record_id);
CREATE INDEX record_findings_severity ON record_findings(severity, record_id);
CREATE INDEX record_findings_record ON record_findings(record_id, code, severity);
DROP INDEX records_date;
CREATE INDEX records_order ON records(session_date DESC, document_id, idx);
DROP INDEX record_amounts_cents;
CREATE INDEX record_amounts_cents ON record_amounts(cents, record_id);
ALTER TABLE participations ADD COLUMN session_key TEXT NOT NULL DEFAULT '';
UPDATE participations SET session_key = (
  SELECT CASE WHEN d.session_date IS NULL THEN 'doc|' || d.id ELSE d.body_key || '|' || d.session_date END
  FROM documents d WHERE d.id = participations.document_id);
CREATE INDEX participations_member_role ON participations(member_id, role, document_id);
ALTER TABLE members ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
`,
  },
  {
    version: 3,
    name: 'drop participations_member (participations_member_role covers it)',
    sql: `DROP INDEX participations_member;`,
  },
  {
    version: 4,
    name: "corrections kept as data, apart from the parser's output; document_json.as_parsed",
    sql: `
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL REFERENCES documents(id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  author TEXT,
  reason TEXT NOT NULL,
  correction TEXT NOT NULL,
  path TEXT NOT NULL,
  from_value TEXT NOT NULL,
  to_value TEXT NOT NULL,
  anchor TEXT,
  status TEXT NOT NULL,
  conflict TEXT,
  checked_at TEXT NOT NULL,
  checked_parser_version TEXT NOT NULL
);
CREATE INDEX corrections_document ON corrections(document_id, id);
CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections BEGIN SELECT RAISE(ABORT, 'corrections are kept'); END;
CREATE TRIGGER corrections_as_written BEFORE UPDATE OF id, document_id, at, actor, author, reason, correction, path, from_value, to_value, anchor ON corrections
  BEGIN SELECT RAISE(ABORT, 'corrections are kept as written'); END;
ALTER TABLE document_json ADD COLUMN as_parsed TEXT;
`,
  },
  {
    version: 5,
    name: 'search indexes: vote outcome by body and date; record filters beside the id',
    sql: `
CREATE INDEX records_outcome ON records(outcome, body_key, session_date);
CREATE INDEX records_filters ON records(id, body_key, session_date, outcome, unanimous, status);
`,
  },
  {
    version: 6,
    name: 'participations by member and role, without the document id (appended, half the size)',
    sql: `
DROP INDEX participations_member_role;
CREATE INDEX participations_by_member ON participations(member_id, role);
`,
  },
];

/**
 * Applies the pending migrations (up to `target`, for tests) in one IMMEDIATE
 * transaction: a second process opening the same file waits, then finds
 * nothing left to do.
 */
export function migrateSqlite(db: Database.Database, target = Infinity): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  db.transaction(() => {
    const current = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
    for (const m of SQLITE_MIGRATIONS) {
      if (m.version <= current || m.version > target) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
}
