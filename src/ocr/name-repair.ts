/**
 * OCR-aware name repair: maps names as read by OCR ("LOVICH I", "DESFILLE",
 * "Patric k") to the form a trusted reference gives (the same document's
 * other mentions, or the body's roster).
 *
 * Contract:
 * - Pure and synchronous; never throws; the input arrays are not modified.
 * - A read form equal (after folding) to a reference form is left alone: it
 *   is a name in its own right, never "repaired" into a neighbour.
 * - A repair needs Jaro-Winkler similarity ≥ `threshold` (default 0.93) on the
 *   folded forms (upper case, no accents, one space, ' for ’), or the same
 *   letters once spaces are removed (a split: "LOVICH I" → "LOVICHI"), and at
 *   most `maxEdits` Damerau-Levenshtein edits on the space-less forms.
 * - Never merges two different reference names: when two distinct references
 *   both pass, the read form is ambiguous and is not repaired.
 * - Each repair keeps the form read and the form chosen (DESIGN.md rule 7).
 */
import { DamerauLevenshteinDistance, JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';

export interface NameRepair {
  /** The name as OCR read it (unchanged). */
  read: string;
  /** The reference form it is repaired to. */
  repaired: string;
  /** Jaro-Winkler similarity of the folded forms (1 for a pure split). */
  score: number;
}

export interface NameRepairOptions {
  /** Minimum Jaro-Winkler similarity, 0–1. Default 0.93. */
  threshold?: number;
  /** Maximum edits on the space-less folded forms. Default: 1 per 6 letters, at least 1. */
  maxEdits?: number;
}

export const DEFAULT_REPAIR_THRESHOLD = 0.93;

/** Upper case, accents removed, apostrophes unified, whitespace collapsed. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019\u2018\u02bc`´]/g, "'")
    .replace(/[\u2010\u2011\u2013]/g, '-')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const compact = (folded: string) => folded.replace(/ /g, '');

interface Scored {
  ref: string;
  folded: string;
  score: number;
}

function score(readFolded: string, refFolded: string): number {
  const a = compact(readFolded);
  const b = compact(refFolded);
  if (a === b) return 1;
  return Math.max(JaroWinklerDistance(readFolded, refFolded), JaroWinklerDistance(a, b));
}

/** Repairs one name; null when it needs no repair or none is safe. */
export function repairName(read: string, reference: readonly string[], options: NameRepairOptions = {}): NameRepair | null {
  const threshold = options.threshold ?? DEFAULT_REPAIR_THRESHOLD;
  const readFolded = foldName(read);
  if (readFolded.length === 0) return null;
  const refs = new Map<string, string>(); // folded → first reference form
  for (const r of reference) {
    const f = foldName(r);
    if (f && !refs.has(f)) refs.set(f, r);
  }
  if (refs.has(readFolded)) return null;
  const letters = compact(readFolded).length;
  const maxEdits = options.maxEdits ?? Math.max(1, Math.floor(letters / 6));
  const passing: Scored[] = [];
  for (const [folded, ref] of refs) {
    const s = score(readFolded, folded);
    if (s < threshold) continue;
    if (DamerauLevenshteinDistance(compact(readFolded), compact(folded)) > maxEdits) continue;
    passing.push({ ref, folded, score: s });
  }
  if (passing.length !== 1) return null; // none, or ambiguous between two names
  const best = passing[0]!;
  return { read, repaired: best.ref, score: Math.round(best.score * 10000) / 10000 };
}

/**
 * Repairs each read name against the reference forms. Returns only the
 * names that changed, in input order (one entry per read name at most).
 */
export function repairNames(read: readonly string[], reference: readonly string[], options: NameRepairOptions = {}): NameRepair[] {
  const out: NameRepair[] = [];
  for (const r of read) {
    const repair = repairName(r, reference, options);
    if (repair) out.push(repair);
  }
  return out;
}
