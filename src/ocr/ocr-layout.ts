/**
 * Page text from Tesseract's word boxes, so that column gaps and specks are
 * judged on geometry rather than on spaces in the plain text:
 * - words on a line are joined by one space, or by one TAB when the gap is
 *   wider than COLUMN_GAP × the line's median word height (≈ 1 em), the
 *   same rule as the text-layer PDF extractor;
 * - a "word" much shorter than the line's letters (a speck, a stain: bbox
 *   height < SPECK_HEIGHT × median) is dropped, unless it is a dash (list
 *   bullets and hyphens are flat too); so is a short, isolated word the
 *   engine itself barely believes (confidence < 20);
 * - paragraphs are separated by an empty line only where the page leaves one
 *   (a vertical gap over BLANK_LINE_GAP × the word height): Tesseract makes a
 *   paragraph of each short table row, and empty lines between rows end lists.
 */
import type { OcrWord } from './ocr-pool.ts';

export const COLUMN_GAP = 1.5;
const SPECK_HEIGHT = 0.5;
const DASHES = /^[-–—•_=]+$/;

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function lineText(words: OcrWord[]): string {
  const sorted = [...words].sort((a, b) => a.x0 - b.x0);
  const h = median(sorted.filter((w) => /[\p{L}\p{N}]/u.test(w.text)).map((w) => w.y1 - w.y0));
  const gapTo = (i: number) => (i <= 0 || i >= sorted.length ? Infinity : sorted[i]!.x0 - sorted[i - 1]!.x1);
  const kept = sorted.filter((w, i) => {
    if (h > 0 && w.y1 - w.y0 < SPECK_HEIGHT * h && !DASHES.test(w.text)) return false;
    const isolated = gapTo(i) > COLUMN_GAP * h && gapTo(i + 1) > COLUMN_GAP * h;
    return !(isolated && w.confidence < 20 && w.text.length <= 3);
  });
  let out = '';
  kept.forEach((w, i) => {
    if (i > 0) out += w.x0 - kept[i - 1]!.x1 > COLUMN_GAP * h ? '\t' : ' ';
    out += w.text;
  });
  return out;
}

export function textFromWords(paragraphs: OcrWord[][][]): string {
  const lineHeights = paragraphs.flatMap((lines) => lines.map((ws) => median(ws.filter((w) => /[\p{L}\p{N}]/u.test(w.text)).map((w) => w.y1 - w.y0)))).filter((h) => h > 0);
  const h = median(lineHeights);
  let out = '';
  let prevBottom: number | null = null;
  for (const lines of paragraphs) {
    const text = lines.map(lineText).filter((l) => l.trim() !== '').join('\n');
    if (text === '') continue;
    const words = lines.flat();
    const top = Math.min(...words.map((w) => w.y0));
    if (out !== '') {
      // Tesseract makes each short table row a paragraph of its own: an empty line only where the page has one
      const gap = prevBottom === null || h === 0 ? Infinity : top - prevBottom;
      out += gap > BLANK_LINE_GAP * h ? '\n\n' : '\n';
    }
    out += text;
    prevBottom = Math.max(...words.map((w) => w.y1));
  }
  return out;
}

/** A vertical gap between paragraphs above this × the median word height is an empty line on the page. */
const BLANK_LINE_GAP = 1.2;
