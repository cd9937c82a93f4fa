/**
 * PostgreSQL schema, as versioned migrations applied in order at open, in the
 * connection's search_path schema (never edit a released migration: add the
 * next one). Mirrors sqlite/sqlite-migrations.ts table for table. The
 * full-text index (from migration 7) is a weighted tsvector of the subject
 * (A) and the text (B) in the store's own text search configuration
 * `registre_fr`: PostgreSQL's French one with the unaccent dictionary before
 * the French stemmer, so search is accent- and case-insensitive and stemmed.
 */
import type pg from 'pg';

export const PG_MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'documents, records, findings, members, attendance, events, full text',
    sql: `
CREATE TABLE documents (
  id text PRIMARY KEY,
  file text NOT NULL,
  size bigint NOT NULL,
  original_path text,
  status text NOT NULL,
  error text,
  input_kind text,
  extractor text,
  extractor_version text,
  parser_version text NOT NULL,
  processed_at text NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  body_name text,
  body_key text NOT NULL,
  session_date text,
  deliberations integer NOT NULL,
  findings integer NOT NULL,
  json jsonb NOT NULL
);
CREATE INDEX documents_status ON documents(status);
CREATE INDEX documents_parser_version ON documents(parser_version);
CREATE TABLE pages (
  document_id text NOT NULL REFERENCES documents(id),
  number integer NOT NULL,
  method text NOT NULL,
  confidence double precision,
  ms double precision NOT NULL,
  rotation integer NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (document_id, number)
);
CREATE TABLE records (
  id bigserial PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents(id),
  idx integer NOT NULL,
  number text,
  subject text,
  text text NOT NULL,
  outcome text,
  unanimous integer NOT NULL,
  status text NOT NULL,
  file text NOT NULL,
  body_name text,
  body_key text NOT NULL,
  session_date text,
  tsv tsvector NOT NULL
);
CREATE INDEX records_document ON records(document_id, idx);
CREATE INDEX records_date ON records(session_date);
CREATE INDEX records_body ON records(body_key, session_date);
CREATE INDEX records_tsv ON records USING gin(tsv);
CREATE TABLE record_amounts (
  record_id bigint NOT NULL,
  cents bigint NOT NULL
);
CREATE INDEX record_amounts_record ON record_amounts(record_id, cents);
CREATE INDEX record_amounts_cents ON record_amounts(cents);
CREATE TABLE findings (
  document_id text NOT NULL REFERENCES documents(id),
  seq integer NOT NULL,
  deliberation integer,
  code text NOT NULL,
  severity text NOT NULL,
  message text NOT NULL,
  rule text NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE INDEX findings_code ON findings(code, severity);
CREATE TABLE members (
  id text PRIMARY KEY,
  body_key text NOT NULL,
  body_name text,
  name text NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL
);
CREATE INDEX members_body ON members(body_key);
CREATE TABLE participations (
  document_id text NOT NULL REFERENCES documents(id),
  deliberation integer,
  role text NOT NULL,
  member_id text,
  name text NOT NULL,
  written text NOT NULL,
  other_member_id text,
  other_name text
);
CREATE INDEX participations_document ON participations(document_id);
CREATE INDEX participations_member ON participations(member_id, document_id);
CREATE TABLE events (
  seq bigserial PRIMARY KEY,
  document_id text NOT NULL,
  type text NOT NULL,
  at text NOT NULL,
  actor text NOT NULL,
  detail text NOT NULL
);
CREATE INDEX events_document ON events(document_id, seq);
CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only';
END
$$;
CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();
`,
  },
  {
    version: 2,
    name: 'slim rows for filters: JSON and texts apart; bodies, record findings, session keys',
    sql: `
CREATE TABLE document_json (id text PRIMARY KEY, json jsonb NOT NULL);
INSERT INTO document_json (id, json) SELECT id, json FROM documents;
ALTER TABLE documents DROP COLUMN json;
CREATE TABLE record_texts (record_id bigint PRIMARY KEY, text text NOT NULL);
INSERT INTO record_texts (record_id, text) SELECT id, text FROM records;
ALTER TABLE records DROP COLUMN text;
CREATE TABLE bodies (key text PRIMARY KEY, name text);
INSERT INTO bodies (key, name) SELECT body_key, max(body_name) FROM documents GROUP BY body_key;
CREATE TABLE record_findings (record_id bigint NOT NULL, code text NOT NULL, severity text NOT NULL);
INSERT INTO record_findings (record_id, code, severity)
  SELECT r.id, f.code, f.severity FROM findings f JOIN records r ON r.document_id = f.document_id
  WHERE f.deliberation IS NULL OR f.deliberation = r.idx OR r.idx = -1;
CREATE INDEX record_findings_code ON record_findings(code, severity, record_id);
CREATE INDEX record_findings_severity ON record_findings(severity, record_id);
CREATE INDEX record_findings_record ON record_findings(record_id, code, severity);
DROP INDEX records_date;
CREATE INDEX records_order ON records(session_date DESC NULLS LAST, document_id, idx);
DROP INDEX record_amounts_cents;
CREATE INDEX record_amounts_cents ON record_amounts(cents, record_id);
ALTER TABLE participations ADD COLUMN session_key text NOT NULL DEFAULT '';
UPDATE participations p SET session_key = CASE WHEN d.session_date IS NULL THEN 'doc|' || d.id ELSE d.body_key || '|' || d.session_date END
  FROM documents d WHERE d.id = p.document_id;
CREATE INDEX participations_member_role ON participations(member_id, role, document_id);
ALTER TABLE members ADD COLUMN name_key text NOT NULL DEFAULT '';
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
  id bigserial PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents(id),
  at text NOT NULL,
  actor text NOT NULL,
  author text,
  reason text NOT NULL,
  correction text NOT NULL,
  path text NOT NULL,
  from_value text NOT NULL,
  to_value text NOT NULL,
  anchor text,
  status text NOT NULL,
  conflict text,
  checked_at text NOT NULL,
  checked_parser_version text NOT NULL
);
CREATE INDEX corrections_document ON corrections(document_id, id);
CREATE FUNCTION corrections_as_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'corrections are kept';
  END IF;
  IF (NEW.id, NEW.document_id, NEW.at, NEW.actor, NEW.author, NEW.reason, NEW.correction, NEW.path, NEW.from_value, NEW.to_value, NEW.anchor)
      IS DISTINCT FROM (OLD.id, OLD.document_id, OLD.at, OLD.actor, OLD.author, OLD.reason, OLD.correction, OLD.path, OLD.from_value, OLD.to_value, OLD.anchor) THEN
    RAISE EXCEPTION 'corrections are kept as written';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER corrections_keep BEFORE UPDATE OR DELETE ON corrections FOR EACH ROW EXECUTE FUNCTION corrections_as_written();
CREATE TRIGGER corrections_no_truncate BEFORE TRUNCATE ON corrections FOR EACH STATEMENT EXECUTE FUNCTION corrections_as_written();
ALTER TABLE document_json ADD COLUMN as_parsed jsonb;
`,
  },
  {
    version: 5,
    name: 'search indexes: vote outcome by body and date; record filters beside the id',
    sql: `
CREATE INDEX records_outcome ON records(outcome, body_key, session_date);
CREATE INDEX records_filters ON records(id) INCLUDE (body_key, session_date, outcome, unanimous, status);
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
  {
    version: 7,
    name: "full text in PostgreSQL's French configuration with unaccent (registre_fr)",
    // The unaccent extension is database-wide: it is used where it is already
    // installed (any schema), else created in public, under a database-wide
    // lock so that stores opening at once do not race. The configuration
    // itself lives in the store's schema (dropped with it).
    sql: `
DO $$
DECLARE
  ext_schema text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('registre:unaccent-extension'));
  SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
  IF ext_schema IS NULL THEN
    BEGIN
      CREATE EXTENSION unaccent SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
      RAISE EXCEPTION 'the PostgreSQL store needs the unaccent extension (package postgresql-contrib); CREATE EXTENSION unaccent failed: %', SQLERRM;
    END;
    ext_schema := 'public';
  END IF;
  CREATE TEXT SEARCH CONFIGURATION registre_fr (COPY = pg_catalog.french);
  EXECUTE format('ALTER TEXT SEARCH CONFIGURATION registre_fr ALTER MAPPING FOR hword, hword_part, word, asciihword, asciiword, hword_asciipart WITH %I.unaccent, french_stem', ext_schema);
END
$$;
UPDATE records r SET tsv = setweight(to_tsvector('registre_fr', coalesce(r.subject, '')), 'A') || setweight(to_tsvector('registre_fr', t.text), 'B')
  FROM record_texts t WHERE t.record_id = r.id;
`,
  },
];

/**
 * Applies pending migrations (up to `target`, for tests) under an advisory
 * lock (many workers may open the store at once), all in one transaction.
 */
export async function migratePostgres(client: pg.ClientBase, target = Infinity): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':registre-migrations'))");
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    for (const m of PG_MIGRATIONS) {
      if (m.version <= current || m.version > target) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
