/**
 * Session and convocation dates. Every date of the header is classified by
 * the words just before it: session ("Séance du", "s'est réuni … le",
 * "L'an deux mil onze, le jeudi 12 mai"), convocation ("convoqué le",
 * "Date de convocation :"), or something else (approval of earlier minutes,
 * laws, decrees, publication). Two different session dates are both kept:
 * the checker reports the conflict; nothing is chosen silently.
 */
import type { DateMention } from '../domain/index.ts';
import { findDates, formalYear, iso, type DateMatch } from './dates.ts';
import type { SourceText } from './source.ts';

export interface SessionDates {
  mentions: DateMention[];
  /** The session date when all session mentions agree, else null. */
  date: string | null;
  convocation: string | null;
  convocationMention: DateMention | null;
}

/** The first characters of a document: its title, where "Procès-verbal du …" names this session. */
const TITLE_ZONE = 400;

type Role = 'session' | 'convocation' | 'other' | 'none';

const CUES: Array<{ role: Role; re: RegExp }> = [
  { role: 'convocation', re: /\b(?:convoqu\w*|convocation\w*)\b/g },
  { role: 'other', re: /\b(?:approbation|adoption|adopte[rz]?|approuv\w*|precedente?s?|anterieure?s?|loi|lois|arrete|decret|ordonnance|circulaire|elections?|elus?|operations\s+de\s+vote|courrier|courriel|lettre|prochaine|fixee|depuis|jusqu'au|publiee?|affichee?|transmise?|recue?|prefecture|naissance|nee?|delai|avant\s+le|apres\s+le|periode|exercice|budget|marche|contrat|convention|bail|facture|mandat)\b/g },
  { role: 'session', re: /\b(?:seance|reunion|conseil|comite|session|assemblee|cm|bureau|reuni(?:e|s|es)?|tenue?|l'an)\b/g },
];

function lastCue(before: string): { role: Role; at: number } {
  let best: { role: Role; at: number } = { role: 'none', at: -1 };
  for (const c of CUES) {
    c.re.lastIndex = 0;
    for (const m of before.matchAll(c.re)) if (m.index! > best.at) best = { role: c.role, at: m.index! };
  }
  return best;
}

/** The clause before a date: back to the last sentence end, at most 140 characters. */
function clauseBefore(src: SourceText, start: number): string {
  const from = Math.max(0, start - 140);
  let text = src.fold.slice(from, start);
  const norm = src.norm.slice(from, start);
  const cut = Math.max(norm.search(/[.;!?]\s+[A-ZÀ-Þ][^.;!?]*$/), norm.lastIndexOf('\n\n'));
  if (cut > 0) text = text.slice(cut + 1);
  return text;
}

function classify(src: SourceText, d: DateMatch): Role {
  const before = clauseBefore(src, d.start);
  const immediate = before.slice(-40);
  // "procès-verbal du 12 mars" names this session only in the document's title
  if (/(?:proces[- ]verbal|compte[- ]rendu|p\.?v\.?|c\.?r\.?)\b[^]{0,60}$/.test(before) && d.start > TITLE_ZONE) return 'other';
  if (/\bau\s*$/.test(immediate) || /\bdu\s+\S+\s+au\s*$/.test(immediate)) return 'other';
  const cue = lastCue(before);
  if (cue.role === 'session' && !/(?:\b(?:du|le|en\s+date\s+du|tenue?\s+le)\s*|,\s*|^\s*|:\s*)$/.test(immediate)) {
    return d.start < TITLE_ZONE ? 'session' : 'none';
  }
  return cue.role;
}

export function findSessionDates(src: SourceText, from: number, to: number): SessionDates {
  const zoneFold = src.fold.slice(0, to);
  const all = findDates(zoneFold).filter((d) => d.start >= from);
  const formal = formalYear(zoneFold);
  const mentions: DateMention[] = [];
  let convocation: DateMention | null = null;
  const fullDates = all.filter((d) => d.iso);
  for (const d of all) {
    let role = classify(src, d);
    if (role === 'none' && d.start < TITLE_ZONE && /^\s*$/.test(src.norm.slice(src.lineStarts[src.lineAt(d.start) - 1]!, d.start).replace(/^[•\-–\s]*/, ''))) {
      role = 'session'; // a date alone at the top: the title
    }
    let year = d.year;
    // "L'an deux mil onze, le jeudi 12 mai": the year is in words before
    if (year === null && formal && d.start >= formal.end && d.start - formal.end < 60) {
      year = formal.year;
      role = role === 'none' || role === 'session' ? 'session' : role;
    }
    if (year === null) {
      const same = fullDates.find((f) => f.day === d.day && f.month === d.month);
      year = same?.year ?? null;
    }
    if (role !== 'session' && role !== 'convocation') continue;
    if (year === null) {
      if (role === 'convocation') mentions.push(pending(src, d, 'convocation'));
      continue;
    }
    const isoDate = iso(year, d.month, d.day);
    if (!isoDate) continue;
    const m: DateMention = { date: isoDate, role, weekday: d.weekday, text: src.norm.slice(d.start, d.end), span: src.span(d.start, d.end) };
    if (role === 'convocation') {
      if (!convocation) convocation = m;
      mentions.push(m);
    } else mentions.push(m);
  }
  const sessions = mentions.filter((m) => m.role === 'session');
  const distinct = [...new Set(sessions.map((m) => m.date))];
  const date = distinct.length === 1 ? distinct[0]! : null;
  // a convocation without year takes the session's (the previous year when later in the calendar)
  const resolved: DateMention[] = [];
  for (const m of mentions) {
    if (m.date !== '0000-00-00') {
      resolved.push(m);
      continue;
    }
    const ref = date ?? sessions[0]?.date;
    if (!ref) continue;
    const [y, sm] = ref.split('-').map(Number) as [number, number];
    const [, mm, dd] = m.text.split('|').map(Number) as [number, number, number];
    const isoDate = iso(mm > sm ? y - 1 : y, mm, dd);
    if (isoDate) {
      const fixed = { ...m, date: isoDate, text: m.text.split('|')[0]! };
      resolved.push(fixed);
      if (!convocation) convocation = fixed;
    }
  }
  return { mentions: resolved, date, convocation: convocation?.date ?? null, convocationMention: convocation };
}

/** A convocation date without a year, completed once the session year is known. */
function pending(src: SourceText, d: DateMatch, role: 'convocation'): DateMention {
  return { date: '0000-00-00', role, weekday: d.weekday, text: `${src.norm.slice(d.start, d.end)}|${d.month}|${d.day}`, span: src.span(d.start, d.end) };
}
