/**
 * Search over records (shared by both backends; only the full-text match
 * and rank come from the runner). Filters combine with AND. With text:
 * ranked by relevance; without: newest session first. The snippet is cut
 * from the stored text, so it shows the words as written.
 */
import type { MemberStatusFilter, SearchPage, SearchQuery } from '../record-store.ts';
import { foldForSearch, searchTerms, type SearchTerms } from '../text-index.ts';
import { marks, toHits, type RecordRowOut } from './sql-hits.ts';
import { likeEscape, type SqlRunner, type SqlValue } from './sql-runner.ts';

const ROLES: Record<MemberStatusFilter, string[]> = {
  any: ['present', 'excused', 'absent', 'gave_proxy', 'held_proxy', 'substituted', 'substitute', 'president', 'secretary'],
  present: ['present', 'substitute', 'president', 'secretary'],
  absent: ['absent', 'excused', 'gave_proxy', 'substituted'],
  excused: ['excused'],
  gave_proxy: ['gave_proxy'],
  held_proxy: ['held_proxy'],
};

/** Above this many matches a filtered page probes rows in date order instead of sorting every match. */
const DENSE = 2000;

/**
 * WHERE conditions over records `r` for every filter but the text, in two
 * equivalent forms: `probe` (EXISTS per row: a page walks the date order
 * and stops early) and `lookup` (IN over the filter's index: counting reads
 * only the matches). Neither is a scan of a large table per row. `count`:
 * when the query has one filter only and it lives in another table (amounts,
 * findings, member), a count of the records it selects read from that table
 * (and, for a member, the documents' deliberation counts): no records row.
 */
interface Conditions {
  sql: string[];
  params: SqlValue[];
}

interface Filters {
  probe: Conditions;
  lookup: Conditions;
  count: { sql: string; params: SqlValue[] } | null;
}

/**
 * Keys of the bodies whose folded name contains the query's body (read
 * apart, first: the bodies table is small, and the planners then see the
 * keys themselves instead of a subquery they misjudge); null with no body filter.
 */
async function bodyKeys(db: SqlRunner, q: SearchQuery): Promise<string[] | null> {
  const body = q.body ? foldForSearch(q.body).replace(/[^a-z0-9]+/g, ' ').trim() : '';
  if (!body) return null;
  const rows = await db.all<{ key: string }>("SELECT key FROM bodies WHERE key LIKE ? ESCAPE '\\' ORDER BY key", [`%${likeEscape(body)}%`]);
  return rows.map((r) => r.key);
}

function filterSql(q: SearchQuery, memberIds: string[] | null, bodies: string[] | null): Filters {
  const probe: Conditions = { sql: [], params: [] };
  const lookup: Conditions = { sql: [], params: [] };
  const counts: Array<{ sql: string; params: SqlValue[] }> = [];
  const add = (c: Conditions, sql: string, values: SqlValue[]) => (c.sql.push(sql), c.params.push(...values));
  const both = (sql: string, ...values: SqlValue[]) => (add(probe, sql, values), add(lookup, sql, values));
  /** A filter kept in another table: `ids` selects the matching record ids from it; `count` counts them alone. */
  const set = (p: string, ids: string, values: SqlValue[], count: { sql: string; params: SqlValue[] }) => (
    add(probe, p, values), add(lookup, `r.id IN (${ids})`, values), counts.push(count)
  );
  /** Distinct record ids of a table holding `record_id`. */
  const countIds = (table: string, cond: string, values: SqlValue[]) => ({ sql: `SELECT count(DISTINCT record_id) AS n FROM ${table} WHERE ${cond}`, params: values });
  if (bodies) both(bodies.length ? `r.body_key IN (${marks(bodies.length)})` : '1 = 0', ...bodies);
  if (q.from) both('r.session_date >= ?', q.from);
  if (q.to) both('r.session_date <= ?', q.to);
  if (q.status) both('r.status = ?', q.status);
  if (q.amountMin !== undefined || q.amountMax !== undefined) {
    const cond = 'cents >= ? AND cents <= ?';
    const values = [Math.round((q.amountMin ?? 0) * 100), Math.round((q.amountMax ?? 9e13) * 100)];
    set(`EXISTS (SELECT 1 FROM record_amounts a WHERE a.record_id = r.id AND ${cond})`, `SELECT record_id FROM record_amounts WHERE ${cond}`, values, countIds('record_amounts', cond, values));
  }
  if (q.finding || q.severity) {
    const cond = [q.finding ? 'code = ?' : '', q.severity ? 'severity = ?' : ''].filter(Boolean).join(' AND ');
    const values = [q.finding, q.severity].filter((x): x is NonNullable<typeof x> => Boolean(x));
    set(`EXISTS (SELECT 1 FROM record_findings rf WHERE rf.record_id = r.id AND ${cond})`, `SELECT record_id FROM record_findings WHERE ${cond}`, values, countIds('record_findings', cond, values));
  }
  if (q.outcome === 'unanimous') both('r.unanimous = 1');
  else if (q.outcome === 'none') both('r.outcome IS NULL');
  else if (q.outcome) both('r.outcome = ?', q.outcome);
  if (memberIds) {
    if (memberIds.length === 0) both('1 = 0');
    else {
      // Session-wide lists concern every record of the document; a deliberation's own list, its record.
      const roles = ROLES[q.memberStatus ?? 'any'];
      const who = `p.member_id IN (${marks(memberIds.length)}) AND p.role IN (${marks(roles.length)})`;
      const values = [...memberIds, ...roles];
      const ids = `SELECT rr.id FROM participations p JOIN records rr ON rr.document_id = p.document_id AND (p.deliberation IS NULL OR rr.idx = p.deliberation) WHERE ${who}`;
      // Alone: every record of a document named session-wide (a document has max(deliberations, 1)
      // records, see projection.ts), plus the deliberations named in the other documents.
      const sessionWide = `SELECT p.document_id FROM participations p WHERE ${who} AND p.deliberation IS NULL`;
      const count = `SELECT (SELECT coalesce(sum(CASE WHEN d.deliberations > 0 THEN d.deliberations ELSE 1 END), 0) FROM documents d WHERE d.id IN (${sessionWide}))
        + (SELECT count(*) FROM (SELECT DISTINCT rr.id FROM participations p JOIN records rr ON rr.document_id = p.document_id AND rr.idx = p.deliberation
             WHERE ${who} AND p.deliberation IS NOT NULL AND p.document_id NOT IN (${sessionWide})) named) AS n`;
      // Walking the date order, a member alone is checked on each record's own participations
      // (many matches: the page fills at once); beside other filters, the records are read
      // through those filters and the member's records are looked up once, as a set.
      const alone = probe.sql.length === 0 && counts.length === 0;
      const each = `EXISTS (SELECT 1 FROM participations p WHERE p.document_id = r.document_id AND (p.deliberation IS NULL OR p.deliberation = r.idx) AND ${who})`;
      set(alone ? each : `r.id IN (${ids})`, ids, values, { sql: count, params: [...values, ...values, ...values] });
    }
  }
  return { probe, lookup, count: lookup.sql.length === 1 && counts.length === 1 ? counts[0]! : null };
}

const COLS = 'r.id, r.document_id, r.idx, r.number, r.subject, r.outcome, r.unanimous, r.status, r.file, r.body_name, r.session_date';

/**
 * With text: one statement gives the page's rows, ranked, and the total. The
 * matches (with the filters) are read once: ranked in a bounded top-N sort,
 * counted from the same pass. With no filter and an index that counts alone
 * (FTS5), the matches are ranked straight from the index, no records row read.
 */
async function ranked(db: SqlRunner, terms: SearchTerms, f: Filters, limit: number, offset: number): Promise<{ rows: RecordRowOut[]; total: number }> {
  const m = db.fullText.matched(terms, f.lookup.sql);
  const params = [...m.params, ...f.lookup.params];
  const count = f.lookup.sql.length === 0 ? db.fullText.countAlone?.(terms) : undefined;
  const sql = count
    ? `WITH page AS (${m.sql} ORDER BY score DESC, id LIMIT ? OFFSET ?)
       SELECT ${COLS}, page.score AS score, (${count.sql}) AS total FROM page JOIN records r ON r.id = page.id ORDER BY page.score DESC, page.id`
    : `WITH m AS MATERIALIZED (${m.sql}), page AS (SELECT id, score FROM m ORDER BY score DESC, id LIMIT ? OFFSET ?)
       SELECT ${COLS}, page.score AS score, (SELECT count(*) FROM m) AS total FROM page JOIN records r ON r.id = page.id ORDER BY page.score DESC, page.id`;
  const found = await db.all<RecordRowOut & { total: number }>(sql, [...params, limit, offset, ...(count?.params ?? [])]);
  if (found.length > 0) return { rows: found.map(({ total: _, ...r }) => r), total: Number(found[0]!.total) };
  if (offset === 0) return { rows: [], total: 0 };
  // A page past the end: the total still counts the matches.
  const n = await db.get<{ n: number }>(`SELECT count(*) AS n FROM (${m.sql}) m`, params);
  return { rows: [], total: Number(n?.n ?? 0) };
}

/** Without text: newest session first. */
async function listed(db: SqlRunner, f: Filters, limit: number, offset: number): Promise<{ rows: RecordRowOut[]; total: number }> {
  const where = (conds: string[]) => (conds.length ? `WHERE ${conds.join(' AND ')}` : '');
  const count = f.count ?? { sql: `SELECT count(*) AS n FROM records r ${where(f.lookup.sql)}`, params: f.lookup.params };
  const total = Number((await db.get<{ n: number }>(count.sql, count.params))?.n ?? 0);
  if (total === 0) return { rows: [], total };
  // Many matches: walk the date order probing each row, and stop at the page.
  // Few matches: read them through the filters' indexes and sort them.
  const c = total > DENSE ? f.probe : f.lookup;
  const nullsLast = db.dialect === 'postgres' ? ' NULLS LAST' : ''; // SQLite puts NULLs last in DESC already
  const rows = await db.all<RecordRowOut>(`SELECT ${COLS} FROM records r ${where(c.sql)} ORDER BY r.session_date DESC${nullsLast}, r.document_id, r.idx LIMIT ? OFFSET ?`, [
    ...c.params,
    limit,
    offset,
  ]);
  return { rows, total };
}

export async function searchRecords(db: SqlRunner, q: SearchQuery, memberIds: string[] | null): Promise<SearchPage> {
  const limit = Math.min(Math.max(1, Math.floor(q.limit ?? 20)), 1000);
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const terms = searchTerms(q.text ?? '');
  const f = filterSql(q, memberIds, await bodyKeys(db, q));
  const { rows, total } = terms.stems.length > 0 ? await ranked(db, terms, f, limit, offset) : await listed(db, f, limit, offset);
  return { total, limit, offset, hits: await toHits(db, rows, terms.stems, memberIds) };
}
