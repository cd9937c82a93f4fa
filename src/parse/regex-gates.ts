/**
 * Cheap equivalents of tests that open on a Unicode class. V8 (Node 20) tries a
 * pattern's first step at every position of the text, and a `\p{Ll}` step costs
 * ~20× a literal one: `/\p{Ll}(?:Absent|…)/u` over a 5 KB page takes ~20 µs, the
 * literal words alone ~2 µs. These find the words first, then look at the letter
 * before: the same answer as the one-regex form.
 */

const LOWER = /^\p{Ll}$/u;

/** The code point ending just before `at` (a surrogate pair taken whole). */
function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1]!;
}

/**
 * Whether `words` (a global or sticky-free regex with the `g` flag) matches at a
 * position right after a lowercase letter: `/\p{Ll}(?:words)/u.test(text)`.
 */
export function matchesAfterLower(text: string, words: RegExp): boolean {
  if (!words.global) throw new Error('matchesAfterLower: the regex needs the g flag');
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (LOWER.test(codePointBefore(text, m.index))) {
      words.lastIndex = 0;
      return true;
    }
    words.lastIndex = m.index + 1;
  }
  return false;
}

const LETTER = /^\p{L}$/u;

function isLetterAt(text: string, at: number): number {
  // the length of the letter ending just before `at` (0: none)
  const c = codePointBefore(text, at);
  const code = c.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  return LETTER.test(c) ? c.length : 0;
}

/**
 * `text.replace(re, replace)` for a pattern that opens on a word (letters after
 * no letter) followed by one space and a character `next` accepts
 * ("(?<![\p{L}'’-])(\p{L}\p{Ll}*) ([éè]…)"): tried only at the words before
 * such spaces instead of at every position. `re` is the same pattern with the
 * sticky flag (y) in place of g; the matches, left to right and not overlapping,
 * are the same, and `replace` gets the same arguments (match, groups…, offset).
 */
export function replaceWordBeforeSpace(text: string, re: RegExp, next: (code: number) => boolean, replace: (m: string, ...rest: never[]) => string, nexts?: string): string {
  if (!re.sticky) throw new Error('replaceWordBeforeSpace: the regex needs the y flag');
  let out = '';
  let done = 0;
  // (`nexts`: every character `next` accepts, so that only the spaces before one are visited, not every space of the text)
  const spaces = nexts === undefined ? null : spacesBefore(text, nexts);
  let k = 0;
  for (let i = spaces ? (spaces[0] ?? -1) : text.indexOf(' ', 1); i > 0; i = spaces ? (spaces[++k] ?? -1) : text.indexOf(' ', i + 1)) {
    if (i < done || !next(text.charCodeAt(i + 1))) continue;
    let start = i;
    for (let n = isLetterAt(text, start); n > 0; n = isLetterAt(text, start)) start -= n;
    if (start === i || start < done) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    out += text.slice(done, start) + (replace as (...a: unknown[]) => string)(...m, start);
    done = start + m[0].length;
    if (!spaces) i = done - 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** The places (from 1 on, ascending) of the spaces followed by one of `chars`. */
function spacesBefore(text: string, chars: string): number[] {
  const out: number[] = [];
  for (const c of chars) for (let i = text.indexOf(' ' + c, 1); i > 0; i = text.indexOf(' ' + c, i + 1)) out.push(i);
  return chars.length > 1 ? out.sort((x, y) => x - y) : out;
}

/**
 * Whether `words` (a regex with the `g` flag whose matches open on an ASCII character) matches at a position right after
 * `count` code points each of which `before` accepts (a regex testing one whole code point, `^…$` with the `u` flag):
 * `/(?:before){count}(?:words)/u.test(text)`, found from the words (rarer than the letters the class opens on).
 */
export function matchesAfterClass(text: string, words: RegExp, before: RegExp, count = 1): boolean {
  if (!words.global) throw new Error('matchesAfterClass: the regex needs the g flag');
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    let at = m.index;
    let k = 0;
    for (; k < count; k++) {
      const c = codePointBefore(text, at);
      if (c === '' || !before.test(c)) break;
      at -= c.length;
    }
    if (k === count) {
      words.lastIndex = 0;
      return true;
    }
    words.lastIndex = m.index + 1;
  }
  return false;
}
