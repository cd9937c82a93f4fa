/**
 * The numbers of a numbered list of members read by OCR with letters for figures: " l. BARTHE Louis", " 1O. VIALA
 * Robert", " ll. JULIEN Denise" (a small l for 1, a capital O for 0). Read as the figures they are (same length: lines
 * and offsets stay valid), so that the list's numbering, which the list readers take as bullets, holds on every line.
 *
 * Contract: only a number of one or two characters made of figures, small l's and capital O's, at least one of them a
 * letter, then a full stop, a blank and a capital, opening its line; and only when a line next to it (above or below)
 * opens with a true number the same way. A capital I is left alone (a Roman numeral, "I. Approbation du procès-verbal").
 */
import { ocrFigures } from './ocr-letters.ts';
const OCR_NUMBER_LINE = /^([ \t]*)([0-9lO]{1,2})(?=\.[ \t]+\p{Lu})/u;
const NUMBER_LINE = /^[ \t]*\d{1,2}\.[ \t]+\p{Lu}/u;

export function readListNumbers(text: string): string {
  if (!/(?:^|\n)[ \t]*[0-9lO]{0,1}[lO]\.[ \t]/.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const m = OCR_NUMBER_LINE.exec(lines[i]!);
    if (!m || !/[lO]/.test(m[2]!)) continue;
    const near = (k: number) => k >= 0 && k < lines.length && NUMBER_LINE.test(lines[k]!);
    if (!near(i - 1) && !near(i + 1)) continue;
    lines[i] = m[1]! + ocrFigures(m[2]!) + lines[i]!.slice(m[0].length);
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
