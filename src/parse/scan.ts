/**
 * Fast, exact equivalents of `zone.matchAll(re)` for patterns anchored on
 * keywords, on folded text (lower case, no diacritics).
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
 *   of them at the START of a run (the character before it is no letter:
 *   `\b`, `(?<![a-z])`, a space, an apostrophe…);
 * - `back`: a match starts at most that many runs before its keyword (the
 *   runs between the match start and the keyword), at the start of one of
 *   them, or at the keyword itself;
 * - `lead`: the match may also start with blanks before that position
 *   (`[ \t]*` after `^` or a lookbehind), or with the newline before them
 *   (`(?:^|\n)[ \t]*`).
 * The claims are reasoned from each pattern's source next to it: a wrong
 * claim silently loses matches.
 */

const enum Cls {
  None = 0,
  Letter = 1,
  Digit = 2,
}

function cls(c: number): Cls {
  if (c >= 97 && c <= 122) return Cls.Letter;
  if (c >= 48 && c <= 57) return Cls.Digit;
  return Cls.None;
}

const code3 = (s: string, i: number) => (s.charCodeAt(i) - 97) * 676 + (s.charCodeAt(i + 1) - 97) * 26 + (s.charCodeAt(i + 2) - 97);

/** The keywords of a group of patterns, looked up in one pass over a zone. */
export class Keywords {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  /** For each 3-letter prefix code: ids of the keys starting with it (0 = none). */
  private readonly buckets = new Map<number, number[]>();
  private readonly table = new Uint8Array(26 * 26 * 26);

  id(key: string): number {
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    if (!/^[a-z]{3,}$/.test(key)) throw new Error(`Keywords: "${key}" is not a word of 3 letters or more`);
    id = this.keys.length;
    this.keys.push(key);
    this.ids.set(key, id);
    const c = code3(key, 0);
    const b = this.buckets.get(c) ?? [];
    b.push(id);
    this.buckets.set(c, b);
    this.table[c] = 1;
    return id;
  }

  /** Runs of `s`, and for each key the runs it starts. */
  scan(s: string): KeywordHits {
    const starts: number[] = [];
    const at: number[][] = this.keys.map(() => []);
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = cls(s.charCodeAt(i));
      if (c === Cls.None) {
        i++;
        continue;
      }
      const start = i;
      i++;
      while (i < n && cls(s.charCodeAt(i)) === c) i++;
      const run = starts.length;
      starts.push(start);
      if (c === Cls.Letter && i - start >= 3) {
        const code = code3(s, start);
        if (this.table[code] === 1) {
          for (const id of this.buckets.get(code)!) if (s.startsWith(this.keys[id]!, start)) at[id]!.push(run);
        }
      }
    }
    return { s, starts, at };
  }
}

export interface KeywordHits {
  s: string;
  /** Start of each run, ascending. */
  starts: number[];
  /** For each key id, the indices of the runs that start with the key. */
  at: number[][];
}

export interface Anchored {
  /** The pattern (global), for reference. */
  readonly re: RegExp;
  readonly sticky: RegExp;
  readonly ids: number[];
  readonly back: number;
  readonly lead: 'none' | 'blanks' | 'newline';
}

/** Describes `re` (global) as anchored on `keys` of the group `kw` (see the module comment). */
export function anchored(kw: Keywords, re: RegExp, keys: readonly string[], back = 0, lead: Anchored['lead'] = 'none'): Anchored {
  if (!re.global || re.sticky) throw new Error('anchored: a global, non-sticky pattern is expected');
  return { re, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'), ids: keys.map((k) => kw.id(k)), back, lead };
}

/** True when one of the pattern's keys occurs. */
export function mayMatch(hits: KeywordHits, a: Anchored): boolean {
  for (const id of a.ids) if (hits.at[id]!.length > 0) return true;
  return false;
}

function candidates(hits: KeywordHits, a: Anchored): number[] {
  const out: number[] = [];
  const { s, starts } = hits;
  for (const id of a.ids) {
    for (const run of hits.at[id]!) {
      for (let r = run; r >= 0 && r >= run - a.back; r--) {
        const p = starts[r]!;
        out.push(p);
        if (a.lead !== 'none') {
          let b = p;
          while (b > 0 && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
          if (b !== p) out.push(b);
          if (a.lead === 'newline' && b > 0 && s.charCodeAt(b - 1) === 10) out.push(b - 1);
        }
      }
    }
  }
  if (out.length > 1) out.sort((x, y) => x - y);
  return out;
}

/** REGISTRE_SCAN_CHECK=1: every anchored search is compared with the full search (slow; for tests). */
const CHECK = typeof process !== 'undefined' && process.env?.REGISTRE_SCAN_CHECK === '1';

function same(a: RegExpExecArray[], b: RegExpExecArray[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((m, i) => m.index === b[i]!.index && m.length === b[i]!.length && [...m].every((g, j) => g === b[i]![j]));
}

/** The matches `hits.s.matchAll(a.re)` gives (from lastIndex 0), in order. */
export function matchAnchored(hits: KeywordHits, a: Anchored): RegExpExecArray[] {
  const out = matchAnchoredFast(hits, a);
  if (CHECK) {
    a.re.lastIndex = 0;
    const full = [...hits.s.matchAll(a.re)];
    if (!same(out, full)) throw new Error(`scan: anchored search differs from the full search for /${a.re.source}/ in ${JSON.stringify(hits.s)}`);
  }
  return out;
}

function matchAnchoredFast(hits: KeywordHits, a: Anchored): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!mayMatch(hits, a)) return out;
  const s = hits.s;
  const re = a.sticky;
  let next = 0;
  let prev = -1;
  for (const c of candidates(hits, a)) {
    if (c < next || c === prev) continue;
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

/** The first match `a.re.exec(hits.s)` gives from lastIndex 0, or null. */
export function firstAnchored(hits: KeywordHits, a: Anchored): RegExpExecArray | null {
  const m = firstAnchoredFast(hits, a);
  if (CHECK) {
    const re = new RegExp(a.re.source, a.re.flags.replace('g', ''));
    const full = re.exec(hits.s);
    if (!same(m ? [m] : [], full ? [full] : [])) throw new Error(`scan: anchored search differs from the full search for /${a.re.source}/ in ${JSON.stringify(hits.s)}`);
  }
  return m;
}

function firstAnchoredFast(hits: KeywordHits, a: Anchored): RegExpExecArray | null {
  if (!mayMatch(hits, a)) return null;
  const re = a.sticky;
  let prev = -1;
  for (const c of candidates(hits, a)) {
    if (c === prev) continue;
    prev = c;
    re.lastIndex = c;
    const m = re.exec(hits.s);
    if (m !== null) return m;
  }
  return null;
}
