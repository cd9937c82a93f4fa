/**
 * Rebuilds a page's lines from positioned text items (pdfjs getTextContent),
 * keeping multi-column lists one name per cell.
 *
 * Why: pdf-parse joins the cells of a row with ONE space (the " " item that
 * spans a column gap is as wide as the gap, but it is still one space), so
 * "Monsieur A B  Madame C D" cannot be split back. Here whitespace items are
 * ignored and the gap is measured between the inked items themselves.
 *
 * Contract (pure, no I/O):
 * - Lines come top to bottom, items left to right within a line.
 * - A horizontal gap wider than COLUMN_GAP_EM × font size becomes one TAB;
 *   a smaller visible gap one space; touching items are glued.
 * - A vertical gap wider than BLANK_LINE_EM × font size between two lines
 *   gives one empty line (paragraph break), as in the text files.
 * - Rotated items (margin stamps) are appended after the page's lines.
 * - Lines have no trailing spaces; the page has no trailing newline.
 */
export interface PositionedItem {
  str: string;
  /** Left of the item's baseline, viewport space (y grows downwards). */
  x: number;
  y: number;
  /** Advance width, viewport units. */
  width: number;
  /** Font size, viewport units. */
  size: number;
  /** False for items not written left to right on a horizontal baseline. */
  horizontal: boolean;
}

export const COLUMN_GAP_EM = 1.0;
export const WORD_GAP_EM = 0.12;
export const BLANK_LINE_EM = 1.6;
const SAME_LINE_EM = 0.35;

interface Line {
  y: number;
  size: number;
  items: PositionedItem[];
}

function joinLine(items: PositionedItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let out = '';
  let prevEnd: number | null = null;
  for (const it of sorted) {
    const text = it.str;
    if (prevEnd !== null) {
      const gap = it.x - prevEnd;
      if (gap > COLUMN_GAP_EM * it.size) out = out.replace(/ +$/, '') + '\t' + text.replace(/^ +/, '');
      else if (gap > WORD_GAP_EM * it.size && !out.endsWith(' ') && !text.startsWith(' ')) out += ' ' + text;
      else out += text;
    } else out = text;
    prevEnd = Math.max(prevEnd ?? -Infinity, it.x + it.width);
  }
  return out.replace(/\s+$/, '');
}

export function layoutPageText(items: readonly PositionedItem[]): string {
  const inked = items.filter((i) => i.str.trim() !== '');
  const flat = inked.filter((i) => i.horizontal).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of flat) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(it.y - last.y) <= SAME_LINE_EM * Math.max(it.size, last.size)) {
      last.items.push(it);
      last.size = Math.max(last.size, it.size);
    } else lines.push({ y: it.y, size: it.size, items: [it] });
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev && line.y - prev.y > BLANK_LINE_EM * Math.max(line.size, prev.size)) out.push('');
    out.push(joinLine(line.items));
  });
  const rotated = inked.filter((i) => !i.horizontal).map((i) => i.str.trim());
  if (rotated.length > 0) out.push('', ...rotated);
  return out.join('\n').replace(/\s+$/, '');
}
