/**
 * Fast, exact equivalents of `zone.matchAll(re)` / `re.exec(zone)` for
 * patterns anchored on keywords, on folded text (lower case, no diacritics).
 *
 * A global search tries every position from `lastIndex` on and keeps the
 * first one where the pattern matches. When the places where a pattern can
 * START are known to be among a few positions, trying only those, in order,
 * with the same pattern made sticky, gives exactly the same matches (same
 * places, same groups) without running the pattern at every character.
 *
 * The text is cut into runs (maximal sequences of letters a-z, or of digits
 * 0-9). A pattern is described by:
 * - `keys`: lower-case words of at least 3 letters; every match contains one
 *   of them at the START of a run (the character before it is no letter a-z:
 *   `\b`, `(?<![a-z])`, a space, an apostrophe, a digit…);
 * - `back`: a match starts at most that many runs before its keyword (the
 *   runs between the match start and the keyword), at the start of one of
 *   them, or at the keyword itself;
 * - `lead`: the match may also start with blanks before that position
 *   (`[ \t]*` after `^` or a lookbehind: 'blanks'), or with the newline
 *   before them (`(?:^|\n)[ \t]*`: 'newline');
 * - `tails`: the match may also start inside one of those runs before the
 *   keyword, that many characters before the run's end (a pattern opening
 *   with a short word and no `\b`: "ne" ends "personne");
 * - lead 'breaks': the match may open with a line break, or '.'/';', or the
 *   text's start, followed by any spaces (line breaks too) before that
 *   position (`(?:^|\n)\s*`, `(?:^|\n|[.;]\s)\s*`);
 * - lead 'clause' (instead of `back`): the match opens at the text's start or
 *   at a '.', ';', ':' or newline, and holds no ';' or ':' between that
 *   character and the keyword: every such character back to the previous
 *   ';' or ':' is a candidate;
 * - `alsoAt` (a modifier): characters (such as '€') whose places in the zone
 *   count as keyword places (a match holds one of the keywords or one of
 *   them);
 * - `numberBefore` (a modifier): the match opens with a number written
 *   just before one of the positions above (instead of at them), as digits
 *   or as number words, however many ("quatre-vingt-dix-neuf voix pour"):
 *   each run of digits or of those words, walked back from that position,
 *   is a candidate.
 * The claims are reasoned from each pattern's source next to it: a wrong
 * claim silently loses matches (REGISTRE_SCAN_CHECK=1 compares every anchored
 * search with the full one, for tests).
 *
 * Keywords of every pattern are found once per document (one pass over the
 * folded text, on first use), then looked up per zone.
 */

import { isSpace } from './source.ts';

/** 1 for a-z, 2 for 0-9, 0 otherwise (by table below 128). */
const CLS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLS[c] = 1;
for (let c = 48; c <= 57; c++) CLS[c] = 2;
const cls = (c: number): number => (c < 128 ? CLS[c]! : 0);

const isLetter = (c: number) => c >= 97 && c <= 122;
/** A number for 3 letters a-z at `i`. */
const code3 = (s: string, i: number) => (s.charCodeAt(i) - 97) * 676 + (s.charCodeAt(i + 1) - 97) * 26 + (s.charCodeAt(i + 2) - 97);

/** All keywords of all anchored patterns (registered when the modules load). */
class Registry {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  /** For the code of 3 letters (see `code3`): the index in `buckets` of the key ids starting with them, or -1. */
  readonly bucketOf = new Int16Array(26 * 26 * 26).fill(-1);
  readonly buckets: number[][] = [];

  id(key: string): number {
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    if (!/^[a-z]{3,}$/.test(key)) throw new Error(`scan: keyword "${key}" is not a word of 3 letters or more`);
    id = this.keys.length;
    this.keys.push(key);
    this.ids.set(key, id);
    const c = code3(key, 0);
    if (this.bucketOf[c] === -1) {
      this.bucketOf[c] = this.buckets.length;
      this.buckets.push([]);
    }
    this.buckets[this.bucketOf[c]!]!.push(id);
    return id;
  }
}

const REGISTRY = new Registry();

/** `text.startsWith(key, p)` when their first three letters are known to be the same (by character codes: faster on short keys). */
function sameFrom3(text: string, p: number, key: string): boolean {
  for (let k = 3; k < key.length; k++) if (text.charCodeAt(p + k) !== key.charCodeAt(k)) return false;
  return true;
}

/** Where each registered keyword starts a run in a text. */
class KeywordIndex {
  /** For each key id: its positions, ascending (undefined: none). */
  readonly at: Array<number[] | undefined>;
  /** Keys registered when the index was built. */
  readonly keyCount: number;

  /**
   * One walk over the runs of letters: a keyword can only start a run (the
   * character before it is no letter a-z), and its first three letters
   * pick the few keys to compare there. Keys are letters only, so these are
   * exactly the places a search for any key at a run start would find.
   */
  constructor(readonly text: string) {
    const keys = REGISTRY.keys;
    this.keyCount = keys.length;
    const at: Array<number[] | undefined> = (this.at = new Array(keys.length));
    const n = text.length;
    const { bucketOf, buckets } = REGISTRY;
    for (let p = 0; p < n; p++) {
      if (!isLetter(text.charCodeAt(p))) continue;
      // p starts a run: find its end, then look it up (a key longer than the run cannot start it)
      let end = p + 1;
      while (end < n && isLetter(text.charCodeAt(end))) end++;
      const length = end - p;
      if (length >= 3) {
        const bucket = bucketOf[code3(text, p)]!;
        if (bucket >= 0) {
          for (const id of buckets[bucket]!) {
            const key = keys[id]!;
            if (key.length <= length && sameFrom3(text, p, key)) (at[id] ??= []).push(p);
          }
        }
      }
      p = end; // (no letter there: the next run starts after it)
    }
  }
}

const indexes = new WeakMap<object, KeywordIndex>();

/** A zone of a text, with its keywords. */
export interface Zone {
  /** The zone's text (what the patterns run on). */
  readonly s: string;
  readonly from: number;
  readonly to: number;
  readonly index: KeywordIndex;
  /** The whole text (the zone is text[from, to)). */
  readonly text: string;
}

/**
 * The zone [from, to) of `owner.fold` (a SourceText), `s` being that slice
 * when the caller has it already (or that slice with some characters that
 * are no letters replaced by others that are no letters either, same
 * length: keyword places stay valid). The keyword index of the whole text
 * is built once per owner.
 */
export function zoneOf(owner: { readonly fold: string }, from: number, to: number, s?: string): Zone {
  const text = owner.fold;
  let index = indexes.get(owner);
  if (index === undefined || index.text !== text || index.keyCount !== REGISTRY.keys.length) {
    index = new KeywordIndex(text);
    indexes.set(owner, index);
  }
  return { s: s ?? text.slice(from, to), from, to, index, text };
}

/** A zone of a string of its own (no shared index: for callers without a SourceText). */
export function zoneOfString(s: string): Zone {
  const owner = { fold: s };
  return zoneOf(owner, 0, s.length, s);
}

export interface Anchored {
  /** The pattern as written (global or not). */
  readonly re: RegExp;
  /** The same pattern, sticky. */
  readonly sticky: RegExp;
  readonly ids: number[];
  readonly back: number;
  readonly lead: 'none' | 'blanks' | 'newline' | 'breaks' | 'clause';
  readonly tails: readonly number[];
  /** When set (see `opensWith`): the characters a match can open with (by code below 128). */
  readonly first?: Uint8Array;
  /** True when every match opens at the zone's start or on a '\n' (see `opensAtLineStart`). */
  readonly lineOpen?: boolean;
  /** Set by `unanchored`: no claim, the pattern is searched the old way (everywhere in the zone). */
  readonly full?: boolean;
  /** When set (see `numberBefore`): the words a number may be written with (besides digits). */
  readonly numberWords?: ReadonlySet<string>;
  /** With `numberWords`: false when the number is written in words only (a run of digits ends the walk back). */
  readonly numberDigits?: boolean;
  /** When set (see `alsoAt`): characters whose places count as keyword places. */
  readonly marks?: readonly string[];
}

/** A pattern with no keyword claim: searched the old way (always exact, slower). */
export function unanchored(re: RegExp): Anchored {
  if (re.sticky) throw new Error('unanchored: a non-sticky pattern is expected');
  return { re, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'), ids: [], back: 0, lead: 'none', tails: [], full: true };
}

/**
 * A further claim on a pattern: its matches open with one of `chars` (ASCII),
 * so the candidates at other characters are not tried.
 */
export function opensWith(a: Anchored, chars: string): Anchored {
  const first = new Uint8Array(128);
  for (const c of chars) {
    const code = c.charCodeAt(0);
    if (code >= 128) throw new Error('opensWith: ASCII characters are expected');
    first[code] = 1;
  }
  return { ...a, first };
}

/**
 * A wider claim on a pattern: every match holds one of its keywords or one
 * of `chars` (single UTF-16 units, such as '€'), and the places of those
 * characters in the zone are taken as keyword places (`back` and the other
 * claims count from them as from a keyword).
 */
export function alsoAt(a: Anchored, chars: string): Anchored {
  return { ...a, marks: [...chars] };
}

/**
 * A further claim on a pattern: a match opens with a number just before one
 * of the positions its keywords and `back` give (not at those positions):
 * digits, or `words` (whole runs of letters) written however many times,
 * with anything between them. Every run of digits or of `words`, walked back
 * from each such position until another run, is tried (a superset of where
 * the pattern's number may open: a wrong try only costs a failed match).
 * `digits` false: the number is written in words only, and a run of digits
 * is another run (the walk stops there).
 */
export function numberBefore(a: Anchored, words: Iterable<string>, digits = true): Anchored {
  return { ...a, numberWords: new Set(words), numberDigits: digits };
}

/** Pushes the start of each run of digits (when `digits`) or number words just before `p`, walking back (see `numberBefore`). */
function pushNumberRuns(s: string, p: number, words: ReadonlySet<string>, digits: boolean, out: number[]): void {
  for (;;) {
    let i = p - 1;
    while (i >= 0 && cls(s.charCodeAt(i)) === 0) i--;
    if (i < 0) return;
    const end = i + 1;
    const c = cls(s.charCodeAt(i));
    while (i > 0 && cls(s.charCodeAt(i - 1)) === c) i--;
    if (c === 1 ? !words.has(s.slice(i, end)) : !digits) return;
    out.push(i);
    p = i;
  }
}

/** False when the pattern's first character rules the position out. */
function mayOpenAt(a: Anchored, s: string, c: number): boolean {
  if (a.lineOpen === true && c !== 0 && s.charCodeAt(c) !== 10) return false;
  if (a.first === undefined) return true;
  const code = s.charCodeAt(c);
  return code < 128 && a.first[code] === 1;
}

/**
 * True when the pattern is `(?:^|\n)…` as a whole (no `|` outside its groups and classes) and not multiline: its
 * every match opens with that group, so at the string's start (`^`) or on a '\n'. The candidates `lead` gives
 * elsewhere (the keyword, the blanks before it) are then not tried: they can only fail.
 */
function opensAtLineStart(re: RegExp): boolean {
  if (re.multiline || re.flags.includes('v') || !re.source.startsWith('(?:^|\\n)')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < re.source.length; i++) {
    const c = re.source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** Describes `re` as anchored on `keys` (see the module comment). */
export function anchored(re: RegExp, keys: readonly string[], back = 0, lead: Anchored['lead'] = 'none', tails: readonly number[] = []): Anchored {
  if (re.sticky) throw new Error('anchored: a non-sticky pattern is expected');
  return { re, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'), ids: keys.map((k) => REGISTRY.id(k)), back, lead, tails, lineOpen: opensAtLineStart(re) };
}

/** First index in the ascending `xs` whose value is >= v. */
function lowerBound(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Zone-relative positions of the pattern's keywords in the zone (ascending for each key). */
function keyPositions(z: Zone, a: Anchored, out: number[]): void {
  const keys = REGISTRY.keys;
  // the zone may start inside a run: its first letters start a run of the zone
  const midRun = z.from > 0 && z.from < z.to && isLetter(z.text.charCodeAt(z.from - 1)) && isLetter(z.text.charCodeAt(z.from));
  for (const id of a.ids) {
    const key = keys[id]!;
    const at = z.index.at[id];
    const last = z.to - key.length;
    if (midRun && z.s.startsWith(key, 0)) out.push(0);
    if (at === undefined) continue;
    for (let i = lowerBound(at, z.from); i < at.length && at[i]! <= last; i++) out.push(at[i]! - z.from);
  }
  if (a.marks !== undefined) for (const c of a.marks) for (let i = z.s.indexOf(c); i >= 0; i = z.s.indexOf(c, i + 1)) out.push(i);
}

function candidates(z: Zone, a: Anchored): number[] {
  const keysAt: number[] = [];
  keyPositions(z, a, keysAt);
  if (keysAt.length === 0) return keysAt;
  const s = z.s;
  const out: number[] = [];
  if (a.lead === 'clause') {
    for (const k of keysAt) {
      let i = k - 1;
      while (i >= 0 && s.charCodeAt(i) !== 59 && s.charCodeAt(i) !== 58) i--;
      if (i < 0) out.push(0);
      for (let p = Math.max(i, 0); p < k; p++) {
        const c = s.charCodeAt(p);
        if (c === 46 || c === 59 || c === 58 || c === 10) out.push(p);
      }
    }
    sortNumbers(out);
    return out;
  }
  if (a.back === 0 && a.lead === 'none' && a.ids.length === 1 && a.numberWords === undefined && a.marks === undefined) return keysAt; // ascending already
  for (const k of keysAt) {
    let p = k;
    for (let r = 0; ; r++) {
      if (a.numberWords === undefined) out.push(p);
      else pushNumberRuns(s, p, a.numberWords, a.numberDigits !== false, out);
      if (a.lead === 'breaks') {
        // any spaces (line breaks too) before: each line break in them, a '.' or ';' just before them, the start
        let b = p;
        while (b > 0 && isSpace(s.charCodeAt(b - 1))) b--;
        for (let q = b; q < p; q++) if (s.charCodeAt(q) === 10) out.push(q);
        if (b > 0 && (s.charCodeAt(b - 1) === 46 || s.charCodeAt(b - 1) === 59)) out.push(b - 1);
        if (b === 0) out.push(0);
      } else if (a.lead !== 'none') {
        let b = p;
        while (b > 0 && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
        if (b !== p) out.push(b);
        if (a.lead === 'newline' && b > 0 && s.charCodeAt(b - 1) === 10) out.push(b - 1);
      }
      if (r === a.back) break;
      // skip what is neither letter nor digit, then go to the start of the run before
      let i = p - 1;
      while (i >= 0 && cls(s.charCodeAt(i)) === 0) i--;
      if (i < 0) break;
      const end = i + 1;
      const c = cls(s.charCodeAt(i));
      while (i > 0 && cls(s.charCodeAt(i - 1)) === c) i--;
      p = i;
      for (const t of a.tails) if (end - t > p) out.push(end - t);
    }
  }
  sortNumbers(out);
  return out;
}

/** True when one of the pattern's keywords occurs in the zone. */
export function mayMatch(z: Zone, a: Anchored): boolean {
  if (a.full) return true;
  const keys = REGISTRY.keys;
  const midRun = z.from > 0 && z.from < z.to && isLetter(z.text.charCodeAt(z.from - 1)) && isLetter(z.text.charCodeAt(z.from));
  for (const id of a.ids) {
    const key = keys[id]!;
    const at = z.index.at[id];
    if (midRun && z.s.startsWith(key, 0)) return true;
    if (at === undefined) continue;
    const i = lowerBound(at, z.from);
    if (i < at.length && at[i]! <= z.to - key.length) return true;
  }
  return a.marks !== undefined && a.marks.some((c) => z.s.includes(c));
}

/** Sorts a small array of numbers in place (insertion sort: most are short and nearly sorted). */
function sortNumbers(xs: number[]): void {
  if (xs.length > 48) {
    xs.sort((x, y) => x - y);
    return;
  }
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i]!;
    let j = i - 1;
    while (j >= 0 && xs[j]! > v) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = v;
  }
}

/**
 * A prefilter: `re` (as used by its caller, on the zone's text) can match
 * only where one of `keys` starts a word (or when the caller's `also` holds).
 */
export function guard(re: RegExp, keys: readonly string[]): Anchored {
  return anchored(re, keys);
}

/** False when the guarded pattern cannot match the zone (its keywords are absent and `also` is false). */
export function passes(z: Zone, g: Anchored, also = false): boolean {
  const ok = also || mayMatch(z, g);
  if (CHECK && !ok && new RegExp(g.re.source, g.re.flags.replace(/[gy]/g, '')).test(z.s)) throw differs(g, z);
  return ok;
}

/** REGISTRE_SCAN_CHECK=1: every anchored search is compared with the full search (slow; for tests). */
const CHECK = typeof process !== 'undefined' && process.env?.REGISTRE_SCAN_CHECK === '1';

function same(a: RegExpExecArray[], b: RegExpExecArray[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((m, i) => m.index === b[i]!.index && m.length === b[i]!.length && [...m].every((g, j) => g === b[i]![j]));
}

function differs(a: Anchored, z: Zone): Error {
  return new Error(`scan: anchored search differs from the full search for /${a.re.source}/ in ${JSON.stringify(z.s)}`);
}

/** The matches `z.s.matchAll(re)` gives (from lastIndex 0), in order. */
export function matchAnchored(z: Zone, a: Anchored): RegExpExecArray[] {
  const out = matchFast(z, a);
  if (CHECK && !same(out, [...z.s.matchAll(new RegExp(a.re.source, a.re.flags.includes('g') ? a.re.flags : a.re.flags + 'g'))])) throw differs(a, z);
  return out;
}

/** The first match (`re.exec(z.s)` from lastIndex 0), or null. */
export function firstAnchored(z: Zone, a: Anchored): RegExpExecArray | null {
  const m = firstFast(z, a);
  if (CHECK) {
    const full = new RegExp(a.re.source, a.re.flags.replace('g', '')).exec(z.s);
    if (!same(m ? [m] : [], full ? [full] : [])) throw differs(a, z);
  }
  return m;
}

function matchFast(z: Zone, a: Anchored): RegExpExecArray[] {
  if (a.full) return [...z.s.matchAll(new RegExp(a.re.source, a.re.flags.includes('g') ? a.re.flags : a.re.flags + 'g'))];
  const out: RegExpExecArray[] = [];
  const cands = candidates(z, a);
  if (cands.length === 0) return out;
  const s = z.s;
  const re = a.sticky;
  let next = 0;
  let prev = -1;
  for (const c of cands) {
    if (c < next || c === prev || !mayOpenAt(a, s, c)) continue;
    prev = c;
    re.lastIndex = c;
    const m = re.exec(s);
    if (m === null) continue;
    out.push(m);
    if (m[0].length > 0) next = c + m[0].length;
    else {
      // an empty match: the search goes on one character (or code point) further
      const wide = re.unicode && c + 1 < s.length && (s.charCodeAt(c) & 0xfc00) === 0xd800 && (s.charCodeAt(c + 1) & 0xfc00) === 0xdc00;
      next = c + (wide ? 2 : 1);
    }
  }
  return out;
}

function firstFast(z: Zone, a: Anchored): RegExpExecArray | null {
  if (a.full) return new RegExp(a.re.source, a.re.flags.replace('g', '')).exec(z.s);
  const cands = candidates(z, a);
  const re = a.sticky;
  let prev = -1;
  for (const c of cands) {
    if (c === prev || !mayOpenAt(a, z.s, c)) continue;
    prev = c;
    re.lastIndex = c;
    const m = re.exec(z.s);
    if (m !== null) return m;
  }
  return null;
}

/**
 * Patterns opening with `^[ \t]*` in multiline mode: a match starts at a
 * line start, and the first character after the blanks must pass `first`.
 * Trying only such lines, in order, gives the matches of the full search.
 */
export interface LinePattern {
  readonly re: RegExp;
  readonly sticky: RegExp;
  readonly first: (code: number) => boolean;
}

export function linePattern(re: RegExp, first: (code: number) => boolean): LinePattern {
  if (!re.multiline || re.sticky || !re.source.startsWith('^[ \\t]*')) throw new Error('linePattern: a multiline pattern opening with ^[ \\t]* is expected');
  return { re, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'), first };
}

/** Where `^` matches in multiline mode: the start, and after each line terminator. */
export function lineStarts(s: string): number[] {
  const out = [0];
  if (/[\r\u2028\u2029]/.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) out.push(i + 1);
    }
  } else for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** The matches `s.matchAll(p.re)` gives (from lastIndex 0), `starts` being `lineStarts(s)`. */
export function matchLines(s: string, starts: number[], p: LinePattern): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = p.sticky;
  let next = 0;
  for (const start of starts) {
    if (start < next) continue;
    let i = start;
    while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
    if (!p.first(i < s.length ? s.charCodeAt(i) : -1)) continue;
    re.lastIndex = start;
    const m = re.exec(s);
    if (m === null) continue;
    out.push(m);
    next = start + Math.max(1, m[0].length);
  }
  if (CHECK && !same(out, [...s.matchAll(p.re)])) throw new Error(`scan: line search differs from the full search for /${p.re.source}/ in ${JSON.stringify(s)}`);
  return out;
}
