/**
 * Search over records (shared by both backends; only the full-text match
 * and rank come from the runner). Filters combine with AND. With text:
 * ranked by relevance; without: newest session first. The snippet is cut
 * from the stored text, so it shows the words as written.
 */
import type { FindingCode } from '../../domain/index.ts';
import { sessionStatuses, type ParticipationRow } from '../attendance.ts';
import type { MemberStatusFilter, SearchHit, SearchPage, SearchQuery } from '../record-store.ts';
import { foldForSearch, queryTerms, snippet } from '../text-index.ts';
import { likeEscape, type SqlRunner, type SqlValue } from './sql-runner.ts';

const ROLES: Record<MemberStatusFilter, string[]> = {
  any: ['present', 'excused', 'absent', 'gave_proxy', 'held_proxy', 'substituted', 'substitute', 'president', 'secretary'],
  present: ['present', 'substitute', 'president', 'secretary'],
  absent: ['absent', 'excused', 'gave_proxy', 'substituted'],
  excused: ['excused'],
  gave_proxy: ['gave_proxy'],
  held_proxy: ['held_proxy'],
};

interface RecordRowOut {
  id: number;
  document_id: string;
  idx: number;
  number: string | null;
  subject: string | null;
  text: string;
  outcome: 'adopted' | 'rejected' | null;
  unanimous: number;
  status: SearchHit['status'];
  file: string;
  body_name: string | null;
  session_date: string | null;
  score?: number;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** WHERE conditions over records `r` for every filter but the text. */
function filterSql(q: SearchQuery, memberIds: string[] | null): { where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const body = q.body ? foldForSearch(q.body).replace(/[^a-z0-9]+/g, ' ').trim() : '';
  if (body) {
    where.push("r.body_key LIKE ? ESCAPE '\\'");
    params.push(`%${likeEscape(body)}%`);
  }
  if (q.from) where.push('r.session_date >= ?'), params.push(q.from);
  if (q.to) where.push('r.session_date <= ?'), params.push(q.to);
  if (q.status) where.push('r.status = ?'), params.push(q.status);
  if (q.amountMin !== undefined || q.amountMax !== undefined) {
    where.push('EXISTS (SELECT 1 FROM record_amounts a WHERE a.record_id = r.id AND a.cents >= ? AND a.cents <= ?)');
    params.push(Math.round((q.amountMin ?? 0) * 100), Math.round((q.amountMax ?? 9e13) * 100));
  }
  if (q.finding || q.severity) {
    const cond = ['f.document_id = r.document_id', '(f.deliberation IS NULL OR f.deliberation = r.idx)'];
    if (q.finding) cond.push('f.code = ?'), params.push(q.finding);
    if (q.severity) cond.push('f.severity = ?'), params.push(q.severity);
    where.push(`EXISTS (SELECT 1 FROM findings f WHERE ${cond.join(' AND ')})`);
  }
  if (q.outcome === 'unanimous') where.push('r.unanimous = 1');
  else if (q.outcome === 'none') where.push('r.outcome IS NULL');
  else if (q.outcome) where.push('r.outcome = ?'), params.push(q.outcome);
  if (memberIds) {
    if (memberIds.length === 0) where.push('1 = 0');
    else {
      const roles = ROLES[q.memberStatus ?? 'any'];
      where.push(
        `EXISTS (SELECT 1 FROM participations p WHERE p.document_id = r.document_id AND p.member_id IN (${marks(memberIds.length)})` +
          ` AND p.role IN (${marks(roles.length)}) AND (p.deliberation IS NULL OR p.deliberation = r.idx))`,
      );
      params.push(...memberIds, ...roles);
    }
  }
  return { where, params };
}

export async function searchRecords(db: SqlRunner, q: SearchQuery, memberIds: string[] | null): Promise<SearchPage> {
  const limit = Math.min(Math.max(1, Math.floor(q.limit ?? 20)), 1000);
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const terms = queryTerms(q.text ?? '');
  const f = filterSql(q, memberIds);
  const cols = 'r.id, r.document_id, r.idx, r.number, r.subject, r.text, r.outcome, r.unanimous, r.status, r.file, r.body_name, r.session_date';
  let rows: RecordRowOut[];
  let total: number;
  if (terms.length > 0) {
    const m = db.fullText.match(terms);
    const rank = db.fullText.rank(terms);
    const where = [m.where, ...f.where].join(' AND ');
    rows = await db.all<RecordRowOut>(
      `SELECT ${cols}, ${rank.sql} AS score FROM ${m.from} WHERE ${where} ORDER BY score DESC, r.id LIMIT ? OFFSET ?`,
      [...rank.params, ...m.params, ...f.params, limit, offset],
    );
    total = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${m.from} WHERE ${where}`, [...m.params, ...f.params]))?.n ?? 0;
  } else {
    const where = f.where.length ? `WHERE ${f.where.join(' AND ')}` : '';
    rows = await db.all<RecordRowOut>(
      `SELECT ${cols} FROM records r ${where} ORDER BY r.session_date DESC NULLS LAST, r.document_id, r.idx LIMIT ? OFFSET ?`,
      [...f.params, limit, offset],
    );
    total = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM records r ${where}`, f.params))?.n ?? 0;
  }
  return { total: Number(total), limit, offset, hits: await toHits(db, rows, terms, memberIds) };
}

async function toHits(db: SqlRunner, rows: RecordRowOut[], terms: string[], memberIds: string[] | null): Promise<SearchHit[]> {
  if (rows.length === 0) return [];
  const docIds = [...new Set(rows.map((r) => r.document_id))];
  const findings = await db.all<{ document_id: string; deliberation: number | null; code: FindingCode }>(
    `SELECT document_id, deliberation, code FROM findings WHERE document_id IN (${marks(docIds.length)}) ORDER BY document_id, seq`,
    docIds,
  );
  const amounts = await db.all<{ record_id: number; cents: number }>(
    `SELECT record_id, cents FROM record_amounts WHERE record_id IN (${marks(rows.length)}) ORDER BY cents`,
    rows.map((r) => r.id),
  );
  const members = memberIds?.length ? await memberRows(db, docIds, memberIds) : [];
  return rows.map((r) => {
    const codes = findings.filter((f) => f.document_id === r.document_id && (f.deliberation === null || f.deliberation === r.idx)).map((f) => f.code);
    const status = sessionStatuses(members.filter((m) => m.document_id === r.document_id && (m.deliberation === null || m.deliberation === r.idx)))[0];
    return {
      id: r.document_id,
      file: r.file,
      status: r.status,
      body: r.body_name,
      session_date: r.session_date,
      deliberation: r.idx < 0 ? null : r.idx,
      number: r.number,
      subject: r.subject,
      outcome: r.outcome,
      unanimous: Number(r.unanimous) === 1,
      amounts_eur: amounts.filter((a) => Number(a.record_id) === Number(r.id)).map((a) => Number(a.cents) / 100),
      findings: [...new Set(codes)],
      snippet: snippet(r.text, terms),
      score: r.score === undefined ? null : Number(r.score),
      ...(status ? { member: status } : {}),
    };
  });
}

/** Participation rows of some members in some documents, with the session fields attendance needs. */
export async function memberRows(db: SqlRunner, docIds: string[] | null, memberIds: string[]): Promise<ParticipationRow[]> {
  const byDoc = docIds ? ` AND p.document_id IN (${marks(docIds.length)})` : '';
  return db.all<ParticipationRow>(
    `SELECT p.document_id, d.session_date, d.body_key, d.body_name, p.deliberation, p.role, p.member_id, m.name AS member_name, p.written, p.other_name
     FROM participations p JOIN documents d ON d.id = p.document_id JOIN members m ON m.id = p.member_id
     WHERE p.member_id IN (${marks(memberIds.length)})${byDoc}`,
    [...memberIds, ...(docIds ?? [])],
  );
}
