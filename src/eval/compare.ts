/**
 * Compares a summary with a hand-made label (../shared/corpus format).
 * Names are compared without case, accents, civility and punctuation;
 * numbers and dates exactly; lists by F1. A null label means "not in the
 * text": the field is not scored for that document.
 */
import type { Summary } from '../domain/index.ts';
import { foldText } from '../parse/source.ts';

export interface Label {
  session_date?: string | null;
  convocation_date?: string | null;
  president?: string | null;
  secretary?: string | null;
  members_in_office?: number | null;
  present?: number | null;
  proxies?: number | null;
  voters?: number | null;
  present_names?: string[] | null;
  absent_names?: string[] | null;
  proxies_list?: Array<{ from: string; to: string | null }> | null;
  subject?: string | null;
  votes?: Record<string, unknown> | null;
  amounts_eur?: number[];
  findings?: string[];
  findings_allowed?: string[];
}

export const EXACT_FIELDS = ['session_date', 'convocation_date', 'members_in_office', 'present', 'proxies', 'voters'] as const;
export const NAME_FIELDS = ['president', 'secretary'] as const;
export const SET_FIELDS = ['present_names', 'absent_names', 'proxies_list', 'amounts_eur'] as const;

const CIVILITY = /\b(?:monsieur|madame|mademoiselle|messieurs|mesdames|mme|mlle|mr|mm|m)\b\.?/g;

export function nameKey(name: string): string {
  return foldText(name).replace(CIVILITY, ' ').replace(/[^a-z]/g, '');
}

/** Same person: equal keys, or one is the surname-only form of the other ("REBSAMEN" / "François REBSAMEN"). */
export function sameOfficer(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  const ta = foldText(a).replace(CIVILITY, ' ').split(/[^a-z]+/).filter((t) => t.length > 1);
  const tb = foldText(b).replace(CIVILITY, ' ').split(/[^a-z]+/).filter((t) => t.length > 1);
  const [s, l] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return s.length > 0 && s.every((t) => l.includes(t));
}

export interface SetScore {
  tp: number;
  fp: number;
  fn: number;
  f1: number;
}

export function setScore(got: string[], want: string[]): SetScore {
  const g = new Map<string, number>();
  for (const x of got) g.set(x, (g.get(x) ?? 0) + 1);
  let tp = 0;
  for (const x of want) {
    const n = g.get(x) ?? 0;
    if (n > 0) {
      tp++;
      g.set(x, n - 1);
    }
  }
  const fp = got.length - tp;
  const fn = want.length - tp;
  const f1 = got.length === 0 && want.length === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { tp, fp, fn, f1 };
}

export function setKeys(field: (typeof SET_FIELDS)[number], value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  if (field === 'amounts_eur') return value.map((v) => String(Math.round(Number(v) * 100)));
  if (field === 'proxies_list') return value.map((p: { from: string; to: string | null }) => `${nameKey(p.from)}>${nameKey(p.to ?? '')}`);
  return value.map((n: string) => nameKey(n));
}

export function votesEqual(got: unknown, want: unknown): boolean {
  if (got === null || want === null) return got === want;
  const g = got as Record<string, unknown>;
  const w = want as Record<string, unknown>;
  if (w.unanimous === true) return g.unanimous === true;
  return ['for', 'against', 'abstain', 'not_voting'].every((k) => (g[k] ?? 0) === (w[k] ?? 0));
}

/** Token overlap F1 between two subjects (information only). */
export function subjectSimilarity(got: string | null, want: string | null): number {
  const toks = (s: string) => foldText(s).split(/[^a-z0-9]+/).filter((t) => t.length > 2);
  if (!got || !want) return got === want ? 1 : 0;
  return setScore(toks(got), toks(want)).f1;
}

export interface DocScore {
  file: string;
  exact: Record<string, boolean | null>;
  sets: Record<string, SetScore | null>;
  votes: boolean | null;
  subject: number | null;
  missed: string[];
  falseAlarms: string[];
  required: string[];
}

export function scoreDocument(file: string, s: Summary, label: Label): DocScore {
  const exact: Record<string, boolean | null> = {};
  for (const f of EXACT_FIELDS) exact[f] = (s[f] ?? null) === (label[f] ?? null);
  for (const f of NAME_FIELDS) exact[f] = sameOfficer(s[f], label[f]);
  const sets: Record<string, SetScore | null> = {};
  for (const f of SET_FIELDS) {
    const want = label[f];
    sets[f] = want === null || want === undefined ? null : setScore(setKeys(f, s[f] ?? []), setKeys(f, want));
  }
  const required = label.findings ?? [];
  const allowed = new Set([...required, ...(label.findings_allowed ?? [])]);
  return {
    file,
    exact,
    sets,
    votes: label.votes === undefined ? null : votesEqual(s.votes, label.votes ?? null),
    subject: label.subject === undefined || label.subject === null ? null : subjectSimilarity(s.subject, label.subject),
    missed: required.filter((c) => !s.findings.includes(c as never)),
    falseAlarms: s.findings.filter((c) => !allowed.has(c)),
    required,
  };
}
