/**
 * A page of record rows → search hits: findings codes, amounts, the snippet
 * from the stored text and, with a member filter, that member's part in the
 * session. A handful of IN (…) look-ups for the whole page, never per row.
 */
import type { FindingCode } from '../../domain/index.ts';
import { sessionStatuses, type ParticipationRow } from '../attendance.ts';
import type { SearchHit } from '../record-store.ts';
import { snippet } from '../text-index.ts';
import type { SqlRunner } from './sql-runner.ts';

export interface RecordRowOut {
  id: number;
  document_id: string;
  idx: number;
  number: string | null;
  subject: string | null;
  outcome: 'adopted' | 'rejected' | null;
  unanimous: number;
  status: SearchHit['status'];
  file: string;
  body_name: string | null;
  session_date: string | null;
  score?: number;
}

export const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export async function toHits(db: SqlRunner, rows: RecordRowOut[], terms: string[], memberIds: string[] | null): Promise<SearchHit[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const docIds = [...new Set(rows.map((r) => r.document_id))];
  const inIds = `IN (${marks(ids.length)})`;
  // Independent look-ups, sent together: on PostgreSQL they run on several pooled connections at once.
  const [findings, amounts, texts, members] = await Promise.all([
    db.all<{ record_id: number; code: FindingCode }>(`SELECT record_id, code FROM record_findings WHERE record_id ${inIds}`, ids),
    db.all<{ record_id: number; cents: number }>(`SELECT record_id, cents FROM record_amounts WHERE record_id ${inIds} ORDER BY cents`, ids),
    db.all<{ record_id: number; text: string }>(`SELECT record_id, text FROM record_texts WHERE record_id ${inIds}`, ids),
    memberIds?.length ? memberRows(db, docIds, memberIds) : Promise.resolve([]),
  ]);
  const of = <T extends { record_id: number }>(xs: T[], id: number) => xs.filter((x) => Number(x.record_id) === Number(id));
  return rows.map((r) => {
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
      amounts_eur: of(amounts, r.id).map((a) => Number(a.cents) / 100),
      findings: [...new Set(of(findings, r.id).map((f) => f.code))],
      snippet: snippet(of(texts, r.id)[0]?.text ?? '', terms),
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
