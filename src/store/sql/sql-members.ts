/**
 * Member look-ups and attendance (shared by both backends).
 *
 * `findMembers` is a look-up, not a merge: within each body it returns the
 * member the name designates, or every candidate when it is ambiguous
 * ("GAUCHER" → both GAUCHERs), accepting OCR variants of a typed name.
 */
import { matchName } from '../../members/name-match.ts';
import { parsePersonName, type PersonName } from '../../members/person-name.ts';
import { attendanceRate, byText, sessionKey, sessionStatuses, type ParticipationRow } from '../attendance.ts';
import { bodyKeyOf } from '../projection.ts';
import type { BodyRoster, MemberAttendance, MemberSummary } from '../record-store.ts';
import { likeEscape, type SqlRunner, type SqlValue } from './sql-runner.ts';

interface MemberRow {
  id: string;
  body_key: string;
  body_name: string | null;
  name: string;
}

const parsedNames = new Map<string, PersonName>();
/** Rosters are matched on every look-up: parse each display name once. */
function parsedName(name: string): PersonName {
  let p = parsedNames.get(name);
  if (!p) {
    if (parsedNames.size > 50_000) parsedNames.clear();
    p = parsePersonName(name);
    parsedNames.set(name, p);
  }
  return p;
}

const ROWS_SQL = `SELECT p.document_id, d.session_date, d.body_key, d.body_name, p.deliberation, p.role, p.member_id, m.name AS member_name, p.written, p.other_name
  FROM participations p JOIN documents d ON d.id = p.document_id JOIN members m ON m.id = p.member_id`;

async function summaries(db: SqlRunner, members: MemberRow[]): Promise<MemberSummary[]> {
  if (members.length === 0) return [];
  const inIds = `IN (${members.map(() => '?').join(', ')})`;
  const ids = members.map((m) => m.id);
  const written = await db.all<{ member_id: string; written: string }>(
    `SELECT member_id, written FROM participations WHERE member_id ${inIds} GROUP BY member_id, written ORDER BY min(document_id), written`,
    ids,
  );
  const sessions = await db.all<{ member_id: string; n: number }>(
    `SELECT member_id, count(DISTINCT session_key) AS n FROM participations WHERE member_id ${inIds} GROUP BY member_id`,
    ids,
  );
  return members.map((m) => ({
    id: m.id,
    body: m.body_name,
    name: m.name,
    variants: written.filter((w) => w.member_id === m.id).map((w) => w.written),
    sessions: Number(sessions.find((x) => x.member_id === m.id)?.n ?? 0),
  }));
}

/** Folded words of a member's name, space-delimited (" jean marc goncalves "): a coarse index. */
export function memberNameKey(name: string): string {
  return ` ${parsePersonName(name).words.flat().join(' ')} `;
}

/** Members of the bodies matching `body` that share a word with the name (all when none does: OCR slips). */
async function candidates(db: SqlRunner, wanted: PersonName, body: string): Promise<MemberRow[]> {
  const cond: string[] = [];
  const params: SqlValue[] = [];
  if (body) cond.push("body_key IN (SELECT key FROM bodies WHERE key LIKE ? ESCAPE '\\')"), params.push(`%${likeEscape(body)}%`);
  const select = (extra: string[], values: SqlValue[]) =>
    db.all<MemberRow>(`SELECT id, body_key, body_name, name FROM members ${[...cond, ...extra].length ? 'WHERE ' + [...cond, ...extra].join(' AND ') : ''} ORDER BY id`, [...params, ...values]);
  const words = [...new Set(wanted.words.flat().filter((w) => w.length >= 2))];
  if (words.length > 0) {
    const rows = await select([`(${words.map(() => "name_key LIKE ? ESCAPE '\\'").join(' OR ')} OR name_key = '')`], words.map((w) => `% ${likeEscape(w)} %`));
    if (rows.some((r) => matchName(wanted, [{ id: r.id, name: parsedName(r.name) }], { ocr: true }).kind !== 'none')) return rows;
  }
  return select([], []);
}

/** Ids of the members a name designates (see findMembers), without their summaries. */
export async function findMemberIds(db: SqlRunner, name: string, body?: string): Promise<string[]> {
  const wanted = parsePersonName(name);
  if (wanted.surname.length === 0) return [];
  const members = await candidates(db, wanted, body ? bodyKeyOf(body) : '');
  const byBody = new Map<string, Array<{ id: string; name: PersonName }>>();
  for (const m of members) {
    const list = byBody.get(m.body_key) ?? [];
    list.push({ id: m.id, name: parsedName(m.name) });
    byBody.set(m.body_key, list);
  }
  const found: string[] = [];
  for (const roster of byBody.values()) {
    const r = matchName(wanted, roster, { ocr: true });
    if (r.kind === 'match') found.push(r.id);
    else if (r.kind === 'ambiguous') found.push(...r.ids);
  }
  return found;
}

export async function findMembers(db: SqlRunner, name: string, body?: string): Promise<MemberSummary[]> {
  const ids = await findMemberIds(db, name, body);
  if (ids.length === 0) return [];
  const rows = await db.all<MemberRow>(`SELECT id, body_key, body_name, name FROM members WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
  return summaries(db, ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean));
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
    sessions: [...sessions.values()].sort((a, b) => byText(a.date ?? '9999', b.date ?? '9999')),
    members: [...members.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  };
}

export async function rosterNames(db: SqlRunner, body: string): Promise<string[]> {
  const rows = await db.all<{ name: string }>('SELECT name FROM members WHERE body_key = ? ORDER BY name', [bodyKeyOf(body)]);
  return rows.map((r) => r.name);
}
