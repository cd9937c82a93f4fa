/**
 * ProcessedDocument → the normalised rows the store indexes (pure). The
 * full document JSON stays the source of truth; these rows only serve
 * search, filters and attendance, and are rebuilt whenever it changes.
 *
 * - One record per deliberation; a document with none (not split, not a
 *   deliberation, failed) gets one whole-document record (idx -1) so its text
 *   stays findable and it is listed.
 * - Outcome: the result the text states; else adopted when unanimous; else
 *   from the tally (for > against adopted, for < against rejected, tie unknown:
 *   the président's casting vote is not in the numbers).
 * - Names: every attendance name, proxy, substitution, president and
 *   secretary, with the name as written (NameRef.written).
 */
import type { Attendance, Deliberation, NameRef, ProcessedDocument, Vote } from '../domain/index.ts';
import { documentText } from '../pipeline.ts';
import { foldForSearch } from './text-index.ts';

export type Role = 'present' | 'excused' | 'absent' | 'gave_proxy' | 'held_proxy' | 'substituted' | 'substitute' | 'president' | 'secretary';

export interface RecordRow {
  idx: number;
  number: string | null;
  subject: string | null;
  text: string;
  outcome: 'adopted' | 'rejected' | null;
  unanimous: boolean;
  cents: number[];
}

export interface NameRow {
  deliberation: number | null;
  role: Role;
  ref: NameRef;
  other: NameRef | null;
}

export interface Projection {
  bodyName: string | null;
  /** Folded body name ('' when unknown): members are resolved within it. */
  bodyKey: string;
  sessionDate: string | null;
  records: RecordRow[];
  names: NameRow[];
  /** Some text was read by OCR: member matching accepts OCR variants. */
  ocr: boolean;
}

export function bodyKeyOf(name: string | null | undefined): string {
  return name ? foldForSearch(name).replace(/[^a-z0-9]+/g, ' ').trim() : '';
}

export function outcomeOf(vote: Vote | null): { outcome: 'adopted' | 'rejected' | null; unanimous: boolean } {
  if (!vote) return { outcome: null, unanimous: false };
  if (vote.result) return { outcome: vote.result, unanimous: vote.unanimous };
  if (vote.unanimous) return { outcome: 'adopted', unanimous: true };
  if (vote.for !== null && vote.against !== null && vote.for !== vote.against) {
    return { outcome: vote.for > vote.against ? 'adopted' : 'rejected', unanimous: false };
  }
  return { outcome: null, unanimous: false };
}

function attendanceNames(a: Attendance, deliberation: number | null): NameRow[] {
  const rows: NameRow[] = [];
  const add = (role: Role, ref: NameRef, other: NameRef | null = null) => rows.push({ deliberation, role, ref, other });
  for (const n of a.present ?? []) add('present', n);
  for (const n of a.excused) add('excused', n);
  for (const n of a.absent) add('absent', n);
  for (const p of a.proxies) {
    add('gave_proxy', p.giver, p.holder);
    if (p.holder) add('held_proxy', p.holder, p.giver);
  }
  for (const s of a.substitutions) {
    add('substituted', s.titular, s.substitute);
    add('substitute', s.substitute, s.titular);
  }
  return rows;
}

function recordOf(d: Deliberation): RecordRow {
  const text = d.subject && !d.text.includes(d.subject) ? `${d.subject}\n${d.text}` : d.text;
  return { idx: d.index, number: d.number, subject: d.subject, text, ...outcomeOf(d.vote), cents: d.amounts.map((a) => a.cents) };
}

export function project(doc: ProcessedDocument): Projection {
  const parsed = doc.parsed;
  const session = parsed?.session ?? null;
  const records: RecordRow[] = (parsed?.deliberations ?? []).map(recordOf);
  if (records.length === 0) {
    const text = doc.extraction ? documentText(doc.extraction) : (doc.error ?? '');
    records.push({ idx: -1, number: null, subject: null, text, outcome: null, unanimous: false, cents: (parsed?.preamble_amounts ?? []).map((a) => a.cents) });
  }
  const names: NameRow[] = [];
  if (session) {
    names.push(...attendanceNames(session.attendance, null));
    if (session.president) names.push({ deliberation: null, role: 'president', ref: session.president, other: null });
    if (session.secretary) names.push({ deliberation: null, role: 'secretary', ref: session.secretary, other: null });
  }
  for (const d of parsed?.deliberations ?? []) if (d.attendance) names.push(...attendanceNames(d.attendance, d.index));
  return {
    bodyName: session?.body.name ?? null,
    bodyKey: bodyKeyOf(session?.body.name),
    sessionDate: session?.date ?? null,
    records,
    names,
    ocr: doc.extraction?.pages.some((p) => p.method === 'ocr') ?? false,
  };
}
