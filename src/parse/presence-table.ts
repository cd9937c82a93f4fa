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
import type { SourceText } from './source.ts';

export interface PresenceTable {
  present: PersonText[];
  absent: PersonText[];
  sections: AttendanceSection[];
  start: number;
  end: number;
}

const HEADER = /\bnom\b.{0,20}\bprenom.{0,80}presente?(?:\(e\))?/;
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
  const head = HEADER.exec(src.fold.slice(from, to));
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
    const line = src.norm.slice(start, start + src.lineText(l).length);
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
