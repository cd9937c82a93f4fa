/**
 * OCR of one page image, upright or not.
 *
 * Contract:
 * - The page is read once as it is. Only when that pass's mean confidence is
 *   below ORIENTATION_PROBE_BELOW (a sideways or upside-down page reads as
 *   low-confidence garbage) are the four quarter turns tried on a half-size
 *   copy; the best one, if clearly better, is read again at full size. A
 *   normal page therefore costs one recognition.
 * - `rotation` is the clockwise turn applied before the text was read.
 * - Text is rebuilt from word boxes (ocr-layout.ts): column gaps become one
 *   TAB, as the text-layer PDF extractor emits, so a member list keeps one
 *   name per cell; specks are dropped.
 */
import { encodeGrayPgm, halveGray, rotateGray, type GrayImage, type QuarterTurn } from './gray-image.ts';
import { textFromWords } from './ocr-layout.ts';
import type { OcrPool, OcrResult } from './ocr-pool.ts';

export const ORIENTATION_PROBE_BELOW = 70;
/** A turn must beat upright by this many confidence points on the probe. */
const PROBE_MARGIN = 8;
const TURNS: QuarterTurn[] = [0, 90, 180, 270];

export interface PageOcr {
  text: string;
  confidence: number;
  ms: number;
  rotation: QuarterTurn;
  /** Recognitions run for this page (1 for an upright page). */
  passes: number;
}

/** One or two punctuation marks alone: what specks and stains read as. */
const JUNK = `[.,;:|'"“”‘’_~^*°\\[\\]{}]{1,2}`;
/** "N'[DOYE": a tall apostrophe read with a bracket or bar before a capital. */
const APOSTROPHE_BAR = /(['’])[[\]|{}]+(?=\p{Lu})/gu;
const LEADING_JUNK = new RegExp(`^(?:${JUNK}[ \\t]+)+`);
/** A speck read as a quote stuck to the first word: "“Pouvoirs :", "‘BECKER Francis", "«2 – Délibération". */
const LEADING_MARK = /^[“”‘’"'«»=~_*|]+(?=\p{Lu}|\d)/u;
/** A square bullet read as a letter or sign before a civility: "lM. X", "D M. X", "! Mme Y", "UM. Z". */
const BULLET_BEFORE_CIVILITY = /^(?:[lIiDUuoO0=!]{1,2}|1!?|!)[ \t]?(?=(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)[ \t])/;
/** "Mme'LACAZE": a speck between a civility and the name. */
const CIVILITY_APOSTROPHE = /\b(M\.|MM\.|Mme|Mmes|Mlle)['’`](?=\p{Lu})/gu;
/** "PAGEÈS", "OCÇAFRAIN": a capital read twice, plain then accented. */
const DOUBLED_ACCENT = /(?<=\p{Lu})([A-Z])([À-ÖØ-Þ])(?=\p{Lu})/gu;
/** "Ge Vice-Président": the 6 of an ordinal read as G. */
const ORDINAL_G = /\bGe(?=\s+(?:vice|adjoint)\b)/gi;
/** "KACI- René": a speck read as a hyphen glued to a surname in capitals, before the given name. */
const SPECK_HYPHEN = /(?<=\b\p{Lu}{2,})-(?=[ \t]+\p{Lu}\p{Ll})/gu;
/** "M. Karim. BENSALAH": a speck read as a full stop between a civility's given name and the surname. */
const SPECK_STOP = /(?<=\b(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\.(?=[ \t]+\p{Lu}{2,})/gu;
const TRAILING_JUNK_CELLS = new RegExp(`(?:\\t${JUNK})+$`);
const JUNK_CELL = new RegExp(`\\t${JUNK}(?=\\t)`, 'g');

/**
 * Tesseract text → lines with column gaps as TAB, no trailing spaces, no
 * form feed, and without the lone punctuation "cells" that specks produce
 * (";\tMadame A B\t;" → "Madame A B"). Punctuation attached to words, or
 * after a single space (" ;" ending a French clause), is kept.
 */
export function tidyOcrText(text: string): string {
  return text
    .replace(/\f/g, '')
    .split('\n')
    .map((l) =>
      l
        .replace(/\s+$/, '')
        .replace(APOSTROPHE_BAR, '$1')
        .replace(/ {3,}/g, '\t')
        .replace(/^\t+/, '')
        .replace(LEADING_JUNK, '')
        .replace(LEADING_MARK, '')
        .replace(BULLET_BEFORE_CIVILITY, '')
        .replace(CIVILITY_APOSTROPHE, '$1 ')
        .replace(DOUBLED_ACCENT, (m, plain: string, accented: string) => (accented.normalize('NFD')[0] === plain ? accented : m))
        .replace(ORDINAL_G, '6e')
        .replace(SPECK_HYPHEN, '')
        .replace(SPECK_STOP, '')
        .replace(JUNK_CELL, '')
        .replace(TRAILING_JUNK_CELLS, '')
        .replace(/^\t+|\t+$/g, ''),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const pageText = (r: OcrResult) => (r.paragraphs ? textFromWords(r.paragraphs) : r.text);

export async function ocrPage(pool: OcrPool, image: GrayImage): Promise<PageOcr> {
  const started = performance.now();
  const first = await pool.recognize(encodeGrayPgm(image), { words: true, dpi: 300 });
  let best = { rotation: 0 as QuarterTurn, text: pageText(first), confidence: first.confidence };
  let passes = 1;
  if (first.confidence < ORIENTATION_PROBE_BELOW) {
    const small = halveGray(image);
    const probes = await Promise.all(
      TURNS.map(async (turn) => ({ turn, conf: (await pool.recognize(encodeGrayPgm(rotateGray(small, turn)), { dpi: 150 })).confidence })),
    );
    passes += probes.length;
    const upright = probes[0]!.conf;
    const top = probes.reduce((a, b) => (b.conf > a.conf ? b : a));
    if (top.turn !== 0 && top.conf >= upright + PROBE_MARGIN) {
      const again = await pool.recognize(encodeGrayPgm(rotateGray(image, top.turn)), { words: true, dpi: 300 });
      passes++;
      if (again.confidence > best.confidence) best = { rotation: top.turn, text: pageText(again), confidence: again.confidence };
    }
  }
  return { text: tidyOcrText(best.text), confidence: best.confidence, ms: performance.now() - started, rotation: best.rotation, passes };
}
