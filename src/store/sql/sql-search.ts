/**
 * Search over records (shared by both backends; only the full-text match
 * and rank come from the runner). Filters combine with AND. With text:
 * ranked by relevance; without: newest session first. The snippet is cut
 * from the stored text, so it shows the words as written.
 */
import type { MemberStatusFilter, SearchPage, SearchQuery } from '../record-store.ts';
import { foldForSearch, queryTerms } from '../text-index.ts';
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
 * only the matches). Neither is a scan of a large table per row.
 */
interface Conditions {
  sql: string[];
  params: SqlValue[];
}

function filterSql(q: SearchQuery, memberIds: string[] | null): { probe: Conditions; lookup: Conditions } {
  const probe: Conditions = { sql: [], params: [] };
  const lookup: Conditions = { sql: [], params: [] };
  const add = (c: Conditions, sql: string, values: SqlValue[]) => (c.sql.push(sql), c.params.push(...values));
  const both = (sql: string, ...values: SqlValue[]) => (add(probe, sql, values), add(lookup, sql, values));
  const pair = (p: string, l: string, pv: SqlValue[], lv: SqlValue[] = pv) => (add(probe, p, pv), add(lookup, l, lv));
  const body = q.body ? foldForSearch(q.body).replace(/[^a-z0-9]+/g, ' ').trim() : '';
  if (body) both("r.body_key IN (SELECT key FROM bodies WHERE key LIKE ? ESCAPE '\\')", `%${likeEscape(body)}%`);
  if (q.from) both('r.session_date >= ?', q.from);
  if (q.to) both('r.session_date <= ?', q.to);
  if (q.status) both('r.status = ?', q.status);
  if (q.amountMin !== undefined || q.amountMax !== undefined) {
    const cond = 'cents >= ? AND cents <= ?';
    pair(`EXISTS (SELECT 1 FROM record_amounts a WHERE a.record_id = r.id AND ${cond})`, `r.id IN (SELECT record_id FROM record_amounts WHERE ${cond})`, [
      Math.round((q.amountMin ?? 0) * 100),
      Math.round((q.amountMax ?? 9e13) * 100),
    ]);
  }
  if (q.finding || q.severity) {
    const cond = [q.finding ? 'code = ?' : '', q.severity ? 'severity = ?' : ''].filter(Boolean).join(' AND ');
    const values = [q.finding, q.severity].filter((x): x is NonNullable<typeof x> => Boolean(x));
    pair(`EXISTS (SELECT 1 FROM record_findings rf WHERE rf.record_id = r.id AND ${cond})`, `r.id IN (SELECT record_id FROM record_findings WHERE ${cond})`, values);
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
      both(
        `r.id IN (SELECT rr.id FROM participations p JOIN records rr ON rr.document_id = p.document_id AND (p.deliberation IS NULL OR rr.idx = p.deliberation) WHERE ${who})`,
        ...memberIds,
        ...roles,
      );
    }
  }
  return { probe, lookup };
}

export async function searchRecords(db: SqlRunner, q: SearchQuery, memberIds: string[] | null): Promise<SearchPage> {
  const limit = Math.min(Math.max(1, Math.floor(q.limit ?? 20)), 1000);
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const terms = queryTerms(q.text ?? '');
  const f = filterSql(q, memberIds);
  const cols = 'r.id, r.document_id, r.idx, r.number, r.subject, r.outcome, r.unanimous, r.status, r.file, r.body_name, r.session_date';
  let rows: RecordRowOut[];
  let total: number;
  if (terms.length > 0) {
    // Full text drives; the filters' IN-lists are built once and checked per match.
    // Top-N by rank (a bounded heap sort), then the page's rows, then the total apart:
    // a window count would make PostgreSQL buffer every matching row, tsvector included.
    const m = db.fullText.match(terms);
    const rank = db.fullText.rank(terms);
    const where = [m.where, ...f.lookup.sql].join(' AND ');
    const ranked = await db.all<{ id: number; score: number }>(
      `SELECT r.id AS id, ${rank.sql} AS score FROM ${m.from} WHERE ${where} ORDER BY score DESC, r.id LIMIT ? OFFSET ?`,
      [...rank.params, ...m.params, ...f.lookup.params, limit, offset],
    );
    const details = ranked.length
      ? await db.all<RecordRowOut>(`SELECT ${cols} FROM records r WHERE r.id IN (${marks(ranked.length)})`, ranked.map((x) => x.id))
      : [];
    const byId = new Map(details.map((d) => [Number(d.id), d]));
    rows = ranked.map((x) => ({ ...byId.get(Number(x.id))!, score: x.score }));
    const count = f.lookup.sql.length === 0 ? db.fullText.count(terms) : { sql: `SELECT count(*) AS n FROM ${m.from} WHERE ${where}`, params: [...m.params, ...f.lookup.params] };
    total = Number((await db.get<{ n: number }>(count.sql, count.params))?.n ?? 0);
  } else {
    const where = (conds: string[]) => (conds.length ? `WHERE ${conds.join(' AND ')}` : '');
    total = Number((await db.get<{ n: number }>(`SELECT count(*) AS n FROM records r ${where(f.lookup.sql)}`, f.lookup.params))?.n ?? 0);
    // Many matches: walk the date order probing each row, and stop at the page.
    // Few matches: read them through the filters' indexes and sort them.
    const c = total > DENSE ? f.probe : f.lookup;
    const nullsLast = db.dialect === 'postgres' ? ' NULLS LAST' : ''; // SQLite puts NULLs last in DESC already
    rows = total === 0 ? [] : await db.all(`SELECT ${cols} FROM records r ${where(c.sql)} ORDER BY r.session_date DESC${nullsLast}, r.document_id, r.idx LIMIT ? OFFSET ?`, [
      ...c.params,
      limit,
      offset,
    ]);
  }
  return { total, limit, offset, hits: await toHits(db, rows, terms, memberIds) };
}

