/**
 * Is this written name one of the body's known members?
 *
 * Contract (pure; never throws):
 * - Levels, best first: EXACT (same surname and given names once folded, in
 *   either order), OCR (one part equal, the other an OCR variant: Jaro-Winkler
 *   ≥ 0.93 and at most one edit per six letters — only when `ocr` is allowed),
 *   INITIALS ("J.-M. GONCALVES" ~ "Jean-Marc GONCALVES"), SURNAME (one side gives
 *   only the surname: "MARTY" ~ "Josiane MARTY").
 * - A match is returned only when exactly one member sits at the best level.
 *   SURNAME additionally needs the surname to be unique within the roster, so
 *   "GAUCHER" never picks between "GAUCHER Yves" and "GAUCHER Alain".
 * - Two different given names never match ("LOUCHE Alain" ≠ "LOUCHE Barnabé").
 */
import { DamerauLevenshteinDistance, JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import { interpretations, type NameSplit, type PersonName } from './person-name.ts';
import { memoByObject } from '../memo.ts';

export const MatchLevel = { NONE: 0, SURNAME: 1, INITIALS: 2, OCR: 3, EXACT: 4 } as const;
export type MatchLevel = (typeof MatchLevel)[keyof typeof MatchLevel];

export const OCR_SIMILARITY = 0.93;

/** A roster entry: any id type the caller uses, and the member's parsed name. */
export interface RosterEntry<Id> {
  id: Id;
  name: PersonName;
}

export type MatchResult<Id> =
  | { kind: 'match'; id: Id; level: MatchLevel }
  | { kind: 'ambiguous'; ids: Id[]; level: MatchLevel }
  | { kind: 'none' };

/** Two folded strings an OCR slip apart (never equal ones). */
export function ocrClose(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 4) return false;
  if (JaroWinklerDistance(a, b) < OCR_SIMILARITY) return false;
  const maxEdits = Math.max(1, Math.floor(Math.max(a.length, b.length) / 6));
  return DamerauLevenshteinDistance(a, b) <= maxEdits;
}

/** Initials-only tokens against full given names: every initial, in order, starts a name. */
function initialsFit(initials: string[], full: string[]): boolean {
  if (initials.length === 0 || initials.length > full.length) return false;
  return initials.every((ch, i) => (full[i] ?? '').startsWith(ch));
}

function compareSplits(a: NameSplit, b: NameSplit, ocr: boolean): MatchLevel {
  if (!a.surname || !b.surname) return MatchLevel.NONE;
  const surnameEqual = a.surname === b.surname;
  const surnameOcr = !surnameEqual && ocr && ocrClose(a.surname, b.surname);
  if (!surnameEqual && !surnameOcr) return MatchLevel.NONE;
  if (!a.given || !b.given) return surnameEqual ? MatchLevel.SURNAME : MatchLevel.NONE;
  if (a.given === b.given && !a.initials && !b.initials) return surnameEqual ? MatchLevel.EXACT : MatchLevel.OCR;
  if (!surnameEqual) return MatchLevel.NONE; // one fuzzy part at most
  if (a.initials !== b.initials) {
    const [ini, full] = a.initials ? [a, b] : [b, a];
    return initialsFit(ini.givenTokens, full.givenTokens) ? MatchLevel.INITIALS : MatchLevel.NONE;
  }
  if (a.initials && b.initials) return a.given === b.given ? MatchLevel.INITIALS : MatchLevel.NONE;
  return ocr && Math.min(a.given.length, b.given.length) >= 5 && ocrClose(a.given, b.given) ? MatchLevel.OCR : MatchLevel.NONE;
}

/** Best level over every reading of both names. */
export function compareNames(a: PersonName, b: PersonName, ocr = false): MatchLevel {
  let best: MatchLevel = MatchLevel.NONE;
  for (const x of interpretations(a)) {
    for (const y of interpretations(b)) {
      const level = compareSplits(x, y, ocr);
      if (level > best) best = level;
      if (best === MatchLevel.EXACT) return best;
    }
  }
  return best;
}

/** Every surname reading of a name (one when the order is known), computed once per name. */
const surnames = memoByObject((p: PersonName): Set<string> => new Set(interpretations(p).map((s) => s.surname).filter(Boolean)));

export interface MatchOptions {
  /** Allow OCR variants (names read by OCR, or a person typing a lookup). */
  ocr?: boolean;
}

export function matchName<Id>(name: PersonName, roster: ReadonlyArray<RosterEntry<Id>>, options: MatchOptions = {}): MatchResult<Id> {
  let best: MatchLevel = MatchLevel.NONE;
  let ids: Id[] = [];
  for (const entry of roster) {
    const level = compareNames(name, entry.name, options.ocr ?? false);
    if (level === MatchLevel.NONE || level < best) continue;
    if (level > best) {
      best = level;
      ids = [];
    }
    if (!ids.includes(entry.id)) ids.push(entry.id);
  }
  if (best === MatchLevel.NONE) return { kind: 'none' };
  if (ids.length > 1) return { kind: 'ambiguous', ids, level: best };
  const id = ids[0] as Id;
  if (best === MatchLevel.SURNAME) {
    // The surname must name one member only: another member with the same
    // surname (even with a different given name) makes it ambiguous.
    const mine = surnames(name);
    const others = roster.filter((e) => e.id !== id && [...surnames(e.name)].some((s) => mine.has(s)));
    if (others.length > 0) return { kind: 'ambiguous', ids: [id, ...others.map((e) => e.id)], level: best };
  }
  return { kind: 'match', id, level: best };
}
