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
];

/**
 * Applies the pending migrations in one IMMEDIATE transaction: a second
 * process opening the same file waits, then finds nothing left to do.
 */
export function migrateSqlite(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  db.transaction(() => {
    const current = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
    for (const m of SQLITE_MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
}
