/**
 * A person's name as written ("M. Jean-marc GONÇALVES", "LOUCHE Alain",
 * "J.-M. GONCALVES", "MARTY") split into surname and given names.
 *
 * Contract:
 * - Pure; never throws; an empty or civility-only input gives empty parts.
 * - Parts are folded: lower case, accents removed, apostrophes dropped,
 *   hyphens split into tokens ("Jean-Marc" → ["jean", "marc"], "N'DIAYE" → ["ndiaye"]).
 * - The surname is told by capitals (French lists write it in upper case):
 *   "Jean-Marc GONCALVES" and "GONCALVES Jean-Marc" give the same parts.
 *   When capitals do not tell (all upper or all mixed case, two or more words),
 *   `orderKnown` is false and matchers try every split (see `interpretations`).
 * - Initials ("J.", "J.-M.") become one-letter given tokens with `initials` true.
 */
import { memoByObject } from '../memo.ts';

const CIVILITY =
  /^(?:monsieur|madame|mademoiselle|messieurs|mesdames|mme|mmes|mlle|melle|mr|mm|m|dr|docteur|me|ma[iî]tre|pr|professeur)\.?(?=\s|$)/iu;
const PARTICLES = new Set(['de', 'du', 'des', 'd', 'le', 'la', 'les', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'el', 'al', 'ben', 'ter']);
const INITIALS = /^(?:\p{Lu}\.)(?:-?\p{Lu}\.)*-?$|^\p{Lu}\.?-\p{Lu}\.?$/u;

export interface PersonName {
  written: string;
  surname: string[];
  given: string[];
  /** The given part is initials only ("J.-M."). */
  initials: boolean;
  /** false when capitals do not show which words are the surname. */
  orderKnown: boolean;
  /** Folded words in written order (for splits when the order is unknown). */
  words: string[][];
}

/** Lower case, no accents, œ/æ spelt out, apostrophes dropped, other punctuation → space. */
export function foldToken(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/['’‘ʼ`´]/g, '');
}

/** Folded tokens of one written word ("Jean-Marc" → jean, marc). */
export function wordTokens(word: string): string[] {
  return foldToken(word)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Removes civilities, parenthesised notes and anything after a comma or colon. */
export function cleanWritten(written: string): string {
  let s = written.replace(/\([^)]*\)?/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
  s = s.split(/[,:;]/)[0] ?? '';
  s = s.trim();
  for (let i = 0; i < 3; i++) {
    const m = CIVILITY.exec(s);
    if (!m) break;
    s = s.slice(m[0].length).trim();
  }
  return s.replace(/\s+/g, ' ');
}

type WordKind = 'caps' | 'mixed' | 'initials' | 'particle';

function kindOf(word: string): WordKind {
  if (INITIALS.test(word)) return 'initials';
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'mixed';
  if (PARTICLES.has(foldToken(word).replace(/[^a-z]/g, '')) && letters === letters.toLowerCase()) return 'particle';
  if (letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'caps';
  return 'mixed';
}

export function parsePersonName(written: string): PersonName {
  const clean = cleanWritten(written);
  const raw = clean.split(' ').filter((w) => wordTokens(w).length > 0);
  const kinds = raw.map(kindOf);
  const words = raw.map(wordTokens);
  const base = { written, words };
  const flat = (ix: number[]) => ix.flatMap((i) => words[i] ?? []);
  const all = raw.map((_, i) => i);
  if (raw.length === 0) return { ...base, surname: [], given: [], initials: false, orderKnown: true };
  if (raw.length === 1) return { ...base, surname: flat([0]), given: [], initials: false, orderKnown: true };

  const initials = all.filter((i) => kinds[i] === 'initials');
  const caps = all.filter((i) => kinds[i] === 'caps');
  const mixed = all.filter((i) => kinds[i] === 'mixed');
  // A lower-case particle belongs to the surname ("Jacques de LOISY").
  const particles = all.filter((i) => kinds[i] === 'particle');
  const rest = [...caps, ...mixed];
  if (initials.length > 0 && rest.length > 0) {
    const surname = caps.length > 0 ? [...particles, ...caps].sort((a, b) => a - b) : [...particles, ...mixed].sort((a, b) => a - b);
    const given = [...initials, ...(caps.length > 0 ? mixed : [])].sort((a, b) => a - b);
    const onlyInitials = given.every((i) => kinds[i] === 'initials');
    return { ...base, surname: flat(surname), given: flat(given), initials: onlyInitials, orderKnown: true };
  }
  if (caps.length > 0 && mixed.length > 0) {
    return { ...base, surname: flat([...particles, ...caps].sort((a, b) => a - b)), given: flat(mixed), initials: false, orderKnown: true };
  }
  // Capitals do not tell: guess "Prénom NOM" (the commoner written form); matchers try every split.
  const last = raw.length - 1;
  return { ...base, surname: flat([last]), given: flat(all.slice(0, last)), initials: false, orderKnown: false };
}

export interface NameSplit {
  surname: string;
  given: string;
  givenTokens: string[];
  initials: boolean;
}

const squash = (tokens: string[]) => tokens.join('');

/**
 * Every reading of the name worth comparing: the one the capitals give, or,
 * when the order is unknown, each split of the words into surname and given
 * names (either side first) and the whole as a surname. Computed once per
 * name (compared against every member of a body's roster, for every document).
 */
export const interpretations: (p: PersonName) => NameSplit[] = memoByObject(computeInterpretations);

function computeInterpretations(p: PersonName): NameSplit[] {
  const one = (s: string[], g: string[], initials: boolean): NameSplit => ({ surname: squash(s), given: squash(g), givenTokens: g, initials });
  if (p.orderKnown) return [one(p.surname, p.given, p.initials)];
  const out: NameSplit[] = [one(p.words.flat(), [], false)];
  for (let k = 1; k < p.words.length; k++) {
    const head = p.words.slice(0, k).flat();
    const tail = p.words.slice(k).flat();
    out.push(one(tail, head, false), one(head, tail, false));
  }
  return out;
}

/** Order-free identity of a name: its folded tokens sorted ("LOUCHE Alain" = "Alain LOUCHE"). */
export function nameKey(p: PersonName): string {
  return [...p.surname, ...p.given].sort().join(' ');
}

/** How much a written form tells: the roster keeps the most informative one. */
export function informativeness(p: PersonName): number {
  const accents = (p.written.normalize('NFD').match(/[\u0300-\u036f]/g) ?? []).length;
  return (p.orderKnown ? 8 : 0) + (p.given.length > 0 ? 4 : 0) + (p.initials ? 0 : 2) + Math.min(accents, 1);
}
