/**
 * An émargement of seats cut at TABs, each seat's titulaire and suppléant in columns of their own, each name followed by
 * an untitled column where the one who sat is marked ("X = a siégé"):
 *   Commune<TAB>Délégué titulaire<TAB><TAB>Délégué suppléant<TAB>
 *   Vernon<TAB>ARNOUX Paul<TAB>X<TAB>BLANC Léa<TAB>
 *   Vernon<TAB>CHAZAL Marc<TAB><TAB>DUMAS Guy<TAB>X
 * A titulaire marked is present; a suppléant marked sat in the titulaire's seat (present, the titulaire absent and
 * substituted); a row marked nowhere is the titulaire's absence. A suppléant named without a mark is in no list (he did
 * not sit). Columns before the titulaire's (the commune) are left aside.
 *
 * Contract: `readSeatMarkGrid` returns the grid of the first such header in [from, to) followed by at least MIN_ROWS rows,
 * or null. The header is a TAB row holding a titulaire's title and a suppléant's title, each with an empty (or mark's)
 * title right after it. Rows are read by cell index; the grid ends at the first line that is no row. A row the excerpt
 * cuts (the text's last line, its cells short of the suppléant's mark) is not read: its marks are unknown.
 */
import type { PersonText } from './name-parse.ts';
import { cells, type GridTable } from './presence-table.ts';
import type { SourceText } from './source.ts';

const MIN_ROWS = 3;
/** A titulaire's or a suppléant's column title (folded): "Délégué titulaire", "Titulaires", "Membre suppléant". */
const TITULAR_TITLE = /^(?:(?:delegue|membre|elu)(?:\(e\)|e)?s?\s+)?titulaires?$/;
const SUBSTITUTE_TITLE = /^(?:(?:delegue|membre|elu)(?:\(e\)|e)?s?\s+)?suppleante?s?(?:\(e\))?$/;
/** The title of the mark column after a name's (folded): none, or what marks it ("X", "Présent", "Émargement", "A siégé"). */
const MARK_TITLE = /^(?:|x|presente?(?:\(e\))?|presence|emargement|signature|a\s+siege)$/;
/** A cell marking who sat. */
const SAT_MARK = /^(?:x|✓|✔|☑|☒)$/i;
/**
 * Whether `text` (folded) has a line naming both columns: "titulaire", then a TAB, then "suppl", in that order on one line
 * (what /titulaire[^\n]*\t[^\n]*suppl/ matches). Scanned with indexOf, a line at a time: the regex backtracks its two
 * unbounded runs against each other at every "titulaire", cubic over a long line of "titulaire<TAB>" cells.
 */
function headerHint(text: string): boolean {
  for (let at = text.indexOf('titulaire'); at >= 0; ) {
    const eol = text.indexOf('\n', at);
    const line = text.slice(at + 'titulaire'.length, eol < 0 ? text.length : eol);
    // (the line's first "titulaire" and the first TAB after it leave the most room for "suppl")
    const tab = line.indexOf('\t');
    if (tab >= 0 && line.indexOf('suppl', tab + 1) >= 0) return true;
    if (eol < 0) return false;
    at = text.indexOf('titulaire', eol + 1);
  }
  return false;
}

export function readSeatMarkGrid(src: SourceText, from: number, to: number, person: (text: string, start: number) => PersonText | null): GridTable | null {
  const zone = src.fold.slice(from, to);
  if (!zone.includes('\t') || !headerHint(zone)) return null;
  for (let l = src.lineAt(from); l <= src.lineCount && src.lineStarts[l - 1]! < to; l++) {
    const start = src.lineStarts[l - 1]!;
    const fold = src.fold.slice(start, start + src.lineLength(l));
    if (!fold.includes('\t') || !headerHint(fold)) continue;
    const titles = fold.split('\t').map((t) => t.trim());
    const titular = titles.findIndex((t) => TITULAR_TITLE.test(t));
    const substitute = titles.findIndex((t, i) => i > titular && SUBSTITUTE_TITLE.test(t));
    if (titular < 0 || substitute !== titular + 2 || !MARK_TITLE.test(titles[titular + 1]!) || !MARK_TITLE.test(titles[substitute + 1] ?? '')) continue;
    const grid = seatRows(src, l, to, titular, substitute, person);
    if (grid) return grid;
  }
  return null;
}

/** The rows under the header line `headLine`, the titulaire's name in cell `titular`, the suppléant's in `substitute`. */
function seatRows(src: SourceText, headLine: number, to: number, titular: number, substitute: number, person: (text: string, start: number) => PersonText | null): GridTable | null {
  const headStart = src.lineStarts[headLine - 1]!;
  const headEnd = headStart + src.lineLength(headLine);
  const out: GridTable = { present: [], absent: [], excused: [], proxies: [], substitutions: [], headingStart: headStart, headingEnd: headEnd, start: headStart, end: headEnd, coded: false };
  let rows = 0;
  for (let l = headLine + 1; l <= src.lineCount; l++) {
    const start = src.lineStarts[l - 1]!;
    if (start >= to) break;
    const line = src.norm.slice(start, start + src.lineLength(l));
    if (!line.includes('\t')) break;
    const row = cells(line, start, true, '\t');
    // (the excerpt ends inside this row, short of its marks: "Vernon<TAB>CHAZAL Ma" — unknown, not read)
    if (row.length <= substitute && src.norm.slice(start + line.length).trim() === '') break;
    const cell = row[titular];
    const who = cell && cell.text.trim() ? person(cell.text, cell.start) : null;
    if (!who) break;
    rows++;
    out.end = start + line.length;
    const marked = (i: number) => SAT_MARK.test(row[i]?.text.trim() ?? '');
    if (marked(titular + 1)) {
      out.present.push(who);
      continue;
    }
    const subCell = row[substitute];
    const sitter = marked(substitute + 1) && subCell && subCell.text.trim() ? person(subCell.text, subCell.start) : null;
    out.absent.push(who);
    if (sitter) {
      out.present.push(sitter);
      out.substitutions.push({ titular: who, substitute: sitter });
    }
  }
  return rows >= MIN_ROWS ? out : null;
}
