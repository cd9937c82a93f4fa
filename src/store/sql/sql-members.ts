/**
 * Member look-ups and attendance (shared by both backends).
 *
 * `findMembers` is a look-up, not a merge: within each body it returns the
 * member the name designates, or every candidate when it is ambiguous
 * ("GAUCHER" → both GAUCHERs), accepting OCR variants of a typed name.
 */
import { matchName } from '../../members/name-match.ts';
import { parsePersonName } from '../../members/person-name.ts';
import { attendanceRate, sessionKey, sessionStatuses, type ParticipationRow } from '../attendance.ts';
import { bodyKeyOf } from '../projection.ts';
import type { BodyRoster, MemberAttendance, MemberSummary } from '../record-store.ts';
import { likeEscape, type SqlRunner } from './sql-runner.ts';

interface MemberRow {
  id: string;
  body_key: string;
  body_name: string | null;
  name: string;
}

const ROWS_SQL = `SELECT p.document_id, d.session_date, d.body_key, d.body_name, p.deliberation, p.role, p.member_id, m.name AS member_name, p.written, p.other_name
  FROM participations p JOIN documents d ON d.id = p.document_id JOIN members m ON m.id = p.member_id`;

async function summaries(db: SqlRunner, members: MemberRow[]): Promise<MemberSummary[]> {
  if (members.length === 0) return [];
  const rows = await db.all<ParticipationRow>(`${ROWS_SQL} WHERE p.member_id IN (${members.map(() => '?').join(', ')})`, members.map((m) => m.id));
  return members.map((m) => {
    const mine = rows.filter((r) => r.member_id === m.id);
    return {
      id: m.id,
      body: m.body_name,
      name: m.name,
      variants: [...new Set(mine.map((r) => r.written))],
      sessions: new Set(mine.map(sessionKey)).size,
    };
  });
}

export async function findMembers(db: SqlRunner, name: string, body?: string): Promise<MemberSummary[]> {
  const wanted = parsePersonName(name);
  if (wanted.surname.length === 0) return [];
  const key = body ? bodyKeyOf(body) : '';
  const members = key
    ? await db.all<MemberRow>("SELECT id, body_key, body_name, name FROM members WHERE body_key LIKE ? ESCAPE '\\' ORDER BY id", [`%${likeEscape(key)}%`])
    : await db.all<MemberRow>('SELECT id, body_key, body_name, name FROM members ORDER BY id');
  const byBody = new Map<string, MemberRow[]>();
  for (const m of members) byBody.set(m.body_key, [...(byBody.get(m.body_key) ?? []), m]);
  const found: MemberRow[] = [];
  for (const roster of byBody.values()) {
    const r = matchName(wanted, roster.map((m) => ({ id: m, name: parsePersonName(m.name) })), { ocr: true });
    if (r.kind === 'match') found.push(r.id);
    else if (r.kind === 'ambiguous') found.push(...r.ids);
  }
  return summaries(db, found);
}

export async function memberAttendance(db: SqlRunner, id: string): Promise<MemberAttendance | null> {
  const m = await db.get<MemberRow>('SELECT id, body_key, body_name, name FROM members WHERE id = ?', [id]);
  if (!m) return null;
  const [member] = await summaries(db, [m]);
  const sessions = sessionStatuses(await db.all<ParticipationRow>(`${ROWS_SQL} WHERE p.member_id = ?`, [id]));
  return { member: member!, sessions, ...attendanceRate(sessions) };
}

/** The body whose name contains `body` (any case, accents): exact first, else the one with most members. */
async function pickBody(db: SqlRunner, body: string): Promise<{ body_key: string; body_name: string | null } | null> {
  const key = bodyKeyOf(body);
  const bodies = await db.all<{ body_key: string; body_name: string | null; n: number }>(
    "SELECT body_key, max(body_name) AS body_name, count(*) AS n FROM members WHERE body_key LIKE ? ESCAPE '\\' GROUP BY body_key ORDER BY n DESC, body_key",
    [`%${likeEscape(key)}%`],
  );
  return bodies.find((b) => b.body_key === key) ?? bodies[0] ?? null;
}

export async function bodyRoster(db: SqlRunner, body: string): Promise<BodyRoster | null> {
  const picked = await pickBody(db, body);
  if (!picked) return null;
  const statuses = sessionStatuses(await db.all<ParticipationRow>(`${ROWS_SQL} WHERE m.body_key = ?`, [picked.body_key]));
  const sessions = new Map<string, BodyRoster['sessions'][number]>();
  const members = new Map<string, BodyRoster['members'][number]>();
  for (const s of statuses) {
    const k = s.session_date ?? `doc|${s.documents[0]}`;
    const sess = sessions.get(k) ?? { date: s.session_date, documents: [], present: 0, represented: 0, absent: 0 };
    sess.documents = [...new Set([...sess.documents, ...s.documents])];
    if (s.status === 'present') sess.present++;
    else if (s.status === 'represented') sess.represented++;
    else if (s.status !== 'unknown') sess.absent++;
    sessions.set(k, sess);
    const mem = members.get(s.member_id) ?? { id: s.member_id, name: s.name, first_seen: s.session_date, last_seen: s.session_date, sessions: 0, present: 0 };
    mem.sessions++;
    if (s.status === 'present') mem.present++;
    if (s.session_date && (!mem.first_seen || s.session_date < mem.first_seen)) mem.first_seen = s.session_date;
    if (s.session_date && (!mem.last_seen || s.session_date > mem.last_seen)) mem.last_seen = s.session_date;
    members.set(s.member_id, mem);
  }
  return {
    body: picked.body_name ?? picked.body_key,
    sessions: [...sessions.values()].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')),
    members: [...members.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  };
}

export async function rosterNames(db: SqlRunner, body: string): Promise<string[]> {
  const rows = await db.all<{ name: string }>('SELECT name FROM members WHERE body_key = ? ORDER BY name', [bodyKeyOf(body)]);
  return rows.map((r) => r.name);
}
