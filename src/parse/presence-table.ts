/**
 * Attendance given as a table with a check mark per row, flattened to one
 * line per row ("NOM Prénom  Représentant  X  Suppléé par"):
 *   LOUCHE Alain CA Privas Centre Ardèche X
 *   PAQUELET M. Claire CDC Beaume-Drobie          ← no mark: absent
 * The header row names the columns (NOM, Prénom, Présent…).
 */
import type { AttendanceSection } from '../domain/index.ts';
import type { PersonText } from './name-parse.ts';
import { shapeOf } from './name-tokens.ts';
import { anchored, firstAnchored, zoneOf } from './scan.ts';
import type { SourceText } from './source.ts';

export interface PresenceTable {
  present: PersonText[];
  absent: PersonText[];
  sections: AttendanceSection[];
  start: number;
  end: number;
}

// tried only at "nom" (scan.ts)
const HEADER = anchored(/\bnom\b.{0,20}\bprenom.{0,80}presente?(?:\(e\))?/, ['nom']);
const MARK = /(?:^|\s)(?:x|✓|✔|☑|oui)(?=\s|$)/i;

/** Leading "NOM Prénom" (or "NOM M. Prénom", "M. le Président") of a row. */
function leadingName(line: string): { name: string; length: number } | null {
  const m = /^\s*((?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\s+)+(?:[A-ZÀ-Þ]\.\s*)?[A-ZÀ-Þ][a-zß-ÿ][\wß-ÿ'’-]*)/.exec(line);
  if (m && m[1]!.split(/\s+/).some((w) => shapeOf(w) === 'U')) return { name: m[1]!.trim(), length: m[0].length };
  const p = /^\s*(M\.|Mme|Monsieur|Madame)\s+(le|la)\s+(Président|Présidente|Maire)/.exec(line);
  if (p) return { name: p[0].trim(), length: p[0].length };
  return null;
}

export function readPresenceTable(src: SourceText, from: number, to: number): PresenceTable | null {
  const head = firstAnchored(zoneOf(src, from, to), HEADER);
  if (!head) return null;
  const headStart = from + head.index;
  const firstLine = src.lineAt(headStart);
  const present: PersonText[] = [];
  const absent: PersonText[] = [];
  let end = headStart;
  let rows = 0;
  for (let l = firstLine + 1; l <= src.lineCount; l++) {
    const start = src.lineStarts[l - 1]!;
    if (start >= to) break;
    const line = src.norm.slice(start, start + src.lineLength(l));
    if (!line.trim()) {
      if (rows > 0) break;
      continue;
    }
    const lead = leadingName(line);
    if (!lead) break;
    const rest = line.slice(lead.length);
    const nameStart = start + line.indexOf(lead.name);
    const person: PersonText = { written: lead.name, name: lead.name, civility: null, role: null, start: nameStart, end: nameStart + lead.name.length };
    // a mark followed by another name ("X SARTRE Jacques") still marks presence
    (MARK.test(rest) ? present : absent).push(person);
    rows++;
    end = start + line.length;
  }
  if (rows < 2) return null;
  const reachedEnd = src.norm.slice(end).trim().length === 0;
  const span = src.span(headStart, end);
  return {
    present,
    absent: reachedEnd ? absent.slice(0, -1) : absent, // the last row of a cut table may have lost its mark
    sections: (['present', 'absent'] as const).map((kind) => ({ kind, heading: src.norm.slice(headStart, src.lineStarts[firstLine] ?? headStart).trim(), span, complete: !reachedEnd })),
    start: headStart,
    end,
  };
}

/** Column headings of an attendance grid ("Conseiller | Présent | Absent | Pouvoir à"). */
const GRID_COLUMNS: Array<{ kind: 'present' | 'absent' | 'excused' | 'holder'; re: RegExp }> = [
  { kind: 'holder', re: /^(?:pouvoirs?|procurations?|mandataire|represente?e?s?\s+par|donne\s+pouvoir)(?:\s+(?:a|donnee?\s+a|au\s+profit\s+de))?$/ },
  { kind: 'excused', re: /^(?:absente?s?\s+)?excusee?s?$/ },
  { kind: 'absent', re: /^absente?s?$/ },
  { kind: 'present', re: /^presente?s?(?:\s*\(e\))?$/ },
];
const NAME_COLUMN = /^(?:nom(?:\s+(?:et\s+)?prenom)?s?|conseill(?:er|ere)s?(?:\s+\w+)?|membres?|elus?|delegues?|noms?\s+des\s+\w+)$/;
const GRID_MARK = /^(?:x|✓|✔|☑|oui|p|a)$/i;

export interface GridTable {
  present: PersonText[];
  absent: PersonText[];
  excused: PersonText[];
  proxies: Array<{ giver: PersonText; holder: PersonText | null }>;
  headingStart: number;
  headingEnd: number;
  start: number;
  end: number;
}

/**
 * An attendance grid with a column per state ("feuille d'émargement"):
 *   Conseiller          | Présent | Absent | Pouvoir à
 *   BRUNETOUX Alain     |    X    |        |
 *   JUILLARD-COSTE S.   |         |   X    | BRUNETOUX Alain
 * Columns are cut at pipes, or at runs of spaces when there are none.
 * `person` reads a name cell (the caller's name parser).
 */
export function readGridTable(src: SourceText, from: number, to: number, person: (text: string, start: number) => PersonText | null): GridTable | null {
  const zone = src.fold.slice(from, to);
  const head = /(?:^|\n)([^\n]*\bpresente?s?\b[^\n]*)/g;
  for (const hm of zone.matchAll(head)) {
    const headStart = from + hm.index! + hm[0].indexOf(hm[1]!);
    const headLine = src.lineAt(headStart);
    const piped = hm[1]!.includes('|');
    const cut = (line: string, base: number) => cells(line, base, piped);
    const headerCells = cut(src.fold.slice(headStart, headStart + hm[1]!.length), headStart);
    if (headerCells.length < 3 || !NAME_COLUMN.test(headerCells[0]!.text.trim())) continue;
    const columns = headerCells.map((c) => GRID_COLUMNS.find((g) => g.re.test(c.text.trim()))?.kind ?? null);
    if (!columns.includes('present')) continue;
    const out: GridTable = { present: [], absent: [], excused: [], proxies: [], headingStart: headStart, headingEnd: headStart + hm[1]!.length, start: headStart, end: headStart + hm[1]!.length };
    let rows = 0;
    for (let l = headLine + 1; l <= src.lineCount; l++) {
      const start = src.lineStarts[l - 1]!;
      if (start >= to) break;
      const line = src.norm.slice(start, start + src.lineLength(l));
      if (!line.trim()) {
        if (rows > 0) break;
        continue;
      }
      if (/^[\s|+:=_-]+$/.test(line)) continue; // border
      const row = cut(line, start);
      if (row.length < 2) break;
      const who = person(row[0]!.text, row[0]!.start);
      if (!who) break;
      rows++;
      out.end = start + line.length;
      // cells are matched to columns by position: the header's cell whose span overlaps the row's cell
      const stateOf = (kind: 'present' | 'absent' | 'excused' | 'holder') => {
        const col = columns.indexOf(kind);
        if (col < 0) return null;
        const h = headerCells[col]!;
        const c = piped ? row[col] : row.find((x) => x.start - start < h.end - headStart + 2 && x.end - start > h.start - headStart - 2 && x !== row[0]);
        return c && c.text.trim() ? c : null;
      };
      const mark = (kind: 'present' | 'absent' | 'excused') => {
        const c = stateOf(kind);
        return c !== null && GRID_MARK.test(c.text.trim());
      };
      const holderCell = stateOf('holder');
      const holder = holderCell && !GRID_MARK.test(holderCell.text.trim()) ? person(holderCell.text, holderCell.start) : null;
      if (mark('present')) out.present.push(who);
      else if (mark('excused')) out.excused.push(who);
      else out.absent.push(who);
      if (holder) out.proxies.push({ giver: who, holder });
    }
    if (rows >= 2) return out;
  }
  return null;
}

function cells(line: string, base: number, piped: boolean): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = piped ? /[^|]+/g : /\S+(?: \S+)*/g;
  for (const m of line.matchAll(re)) {
    if (piped && !m[0].trim() && (m.index === 0 || m.index! + m[0].length === line.length)) continue; // outside the outer borders
    out.push({ text: m[0], start: base + m.index!, end: base + m.index! + m[0].length });
  }
  // leading border "| Nom |": the first cell is before the first pipe only when text is there
  return piped && /^\s*\|/.test(line) ? out.filter((c, i) => i > 0 || c.text.trim() !== '') : out;
}
