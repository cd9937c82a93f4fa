/**
 * Matching names inside one document: "MARTY" (surname only) is "Josiane
 * MARTY"; "GAUCHER Yves" is "Yves GAUCHER"; "ROQUE J." is "ROQUE Jean";
 * but "Alain GAUCHER" is not "Yves GAUCHER".
 */
import type { NameRef } from '../domain/index.ts';
import { OCR_SUSPECT, ocrLetters } from '../parse/ocr-letters.ts';
import { foldText, isSpace } from '../parse/source.ts';

/** Small caches: lookups in maps of tens of thousands of strings cost more than recomputing the few misses. */
const CACHE_MAX = 4_096;
const tokenCache = new Map<string, string[]>();

export function nameTokens(name: string): string[] {
  const hit = tokenCache.get(name);
  if (hit) return hit;
  if (tokenCache.size > CACHE_MAX) tokenCache.clear();
  const tokens = computeTokens(name);
  tokenCache.set(name, tokens);
  return tokens;
}

/** Civilities dropped from names (whole words, with a dot after them; not an initial after another initial's dot). */
const CIVILITIES = new Set(['m', 'mme', 'mlle', 'mr', 'monsieur', 'madame']);
/** \w of a regular expression. */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** [\s.,] */
const isCut = (c: number) => c === 46 || c === 44 || isSpace(c);

/**
 * The folded name without civilities (`\b(?:m|mme|…)\b\.?` → ' ', not after a dot: the M of "J.M." is an initial), cut at
 * runs of spaces, dots and commas, each part kept to its letters a-z, empty
 * parts dropped; in one pass.
 */
function computeTokens(name: string): string[] {
  const f = foldText(OCR_SUSPECT.test(name) ? ocrLetters(name) : name);
  const out: string[] = [];
  let token = '';
  for (let i = 0; i < f.length; ) {
    const c = f.charCodeAt(i);
    // (a civility does not follow a dot: "M" in "J.M." is an initial)
    if (isWordChar(c) && (i === 0 || (!isWordChar(f.charCodeAt(i - 1)) && f.charCodeAt(i - 1) !== 46))) {
      let j = i + 1;
      while (j < f.length && isWordChar(f.charCodeAt(j))) j++;
      if (CIVILITIES.has(f.slice(i, j))) {
        // the civility (and a dot after it) becomes a space: it ends the token
        if (token) out.push(token);
        token = '';
        i = j < f.length && f.charCodeAt(j) === 46 ? j + 1 : j;
        continue;
      }
    }
    if (isCut(c)) {
      if (token) out.push(token);
      token = '';
    } else if (c >= 97 && c <= 122) token += f[i];
    i++;
  }
  if (token) out.push(token);
  return out;
}

const keyCache = new Map<string, string>();

export function nameKey(name: string): string {
  let k = keyCache.get(name);
  if (k === undefined) {
    if (keyCache.size > CACHE_MAX) keyCache.clear();
    k = [...nameTokens(name)].sort().join(' ');
    keyCache.set(name, k);
  }
  return k;
}

function tokenMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/** True when every token of the shorter name matches a distinct token of the longer one. */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (!short.some((t) => t.length > 1)) return false;
  // (a whole word of the shorter one is a whole word of the longer one: the surname "PUJOL" is not "BALSAN P.", a namesake
  // told by his initial)
  if (!short.some((t) => t.length > 1 && long.includes(t))) return false;
  const used = new Set<number>();
  for (const t of short) {
    const i = long.findIndex((u, j) => !used.has(j) && tokenMatch(t, u));
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

/**
 * `list.map((r) => nameKey(r.name))`, computed once per list: the rules look
 * names up in the same lists (the present members above all) again and
 * again. The keys are kept with the names they were made from and made anew
 * when the list no longer holds those names (same strings, same order).
 */
const listKeys = new WeakMap<readonly NameRef[], { names: string[]; keys: string[] }>();

export function keysOf(list: readonly NameRef[]): string[] {
  let e = listKeys.get(list);
  if (e === undefined || e.names.length !== list.length || e.names.some((n, i) => n !== list[i]!.name)) {
    e = { names: list.map((r) => r.name), keys: list.map((r) => nameKey(r.name)) };
    listKeys.set(list, e);
  }
  return e.keys;
}

/** Members of `list` that `name` may designate. */
export function candidates(name: string, list: NameRef[]): NameRef[] {
  const key = nameKey(name);
  const keys = keysOf(list);
  const exact = list.filter((_, i) => keys[i] === key);
  if (exact.length) return exact;
  return list.filter((r) => sameName(r.name, name));
}

export function isListed(name: string, list: NameRef[]): boolean {
  return candidates(name, list).length > 0;
}

/** The words of a name written in capitals ("THOMAS" in "Michel THOMAS"), folded; empty when it has none or only those. */
function capitalWords(name: string): string[] {
  const words = name.split(/[\s,]+/).filter((w) => /\p{L}{2}/u.test(w));
  const caps = words.filter((w) => /^[\p{Lu}'’-]+$/u.test(w) && /\p{Lu}{2}/u.test(w));
  return caps.length > 0 && caps.length < words.length ? caps.map((w) => nameTokens(w).join(' ')).sort() : [];
}

/**
 * Two names of the same words whose surnames (the words in capitals) differ: "Michel THOMAS" and
 * "Thomas MICHEL", "Martin MARTIN" and "MARTIN Martin" are one, "Bernard LAURENT" and "Laurent BERNARD" two.
 */
export function differentSurnames(a: string, b: string): boolean {
  const ca = capitalWords(a);
  const cb = capitalWords(b);
  return ca.length > 0 && cb.length > 0 && ca.join(' ') !== cb.join(' ');
}

/** The name's tokens with hyphens and apostrophes as cuts: "FRANÇOIS-MARTY" and "FRANCOIS MARTY", "J.-P." and "J. P." read alike. */
function looseTokens(name: string): string[] {
  return nameTokens(name.replace(/[-‐'’]/g, ' '));
}

/**
 * The same member written another way in one document: without accents or hyphens ("Elodie FRANCOIS MARTY" for "Élodie
 * FRANÇOIS-MARTY"), or with initials for the given names ("LESCURE J.-P." for "LESCURE Jean-Paul"). As many words on both
 * sides, each matching its own (an initial its word), at least one whole word; and the words in capitals, when both have
 * some, the same ("Bernard LAURENT" is not "Laurent BERNARD").
 */
export function sameMemberLoosely(a: string, b: string): boolean {
  const ta = looseTokens(a);
  const tb = looseTokens(b);
  if (ta.length < 2 || ta.length !== tb.length || !ta.some((t, i) => t.length > 1 && tb.includes(t)) || i0(ta, tb)) return false;
  const used = new Set<number>();
  for (const t of ta) {
    const i = tb.findIndex((u, j) => !used.has(j) && tokenMatch(t, u));
    if (i < 0) return false;
    used.add(i);
  }
  const ca = capitalWords(a.replace(/[-‐]/g, ' '));
  const cb = capitalWords(b.replace(/[-‐]/g, ' '));
  return ca.length === 0 || cb.length === 0 || ca.join(' ') === cb.join(' ');
}

/** Two names made only of initials on one side: no ground to match. */
function i0(ta: string[], tb: string[]): boolean {
  return ta.every((t) => t.length === 1) || tb.every((t) => t.length === 1);
}

export type Gender = 'f' | 'm' | null;

/**
 * A civility's gender: Madame, Mme, Mlle, Mesdames, Mmes / Monsieur, M., Mr, Messieurs, MM.; null for none or another
 * word. The one reading of civilities the rules share (same-gender duplicates, homonyms told apart by civility).
 */
export function civilityGender(c: string | null): Gender {
  if (c === null) return null;
  const s = c.trim();
  return /^(?:madame|mme|mmes|mademoiselle|mlle|mesdames)\b/i.test(s) ? 'f' : /^(?:monsieur|m\.|mr|mm\.?|messieurs)(?:\s|$)/i.test(s) ? 'm' : null;
}
