/**
 * The text being parsed, in three aligned views of equal length:
 * - `raw`: the text as given (CR removed);
 * - `norm`: same characters except spaces, apostrophes and dashes unified
 *   (NBSP → ' ', ’ → ', — → –), for extracting values;
 * - `fold`: `norm` lower-cased without diacritics, for matching keywords.
 * Offsets are shared, so a match in `fold` is cut from `norm` at the same place.
 * Line numbers (1-based) are what spans and evidence refer to.
 */
import type { EvidenceLine, PageText, Span } from '../domain/index.ts';


function foldChar(c: string): string {
  const lower = c.toLowerCase();
  if (lower.length !== 1) return c.length === 1 ? c : ' ';
  const d = lower.normalize('NFD');
  const base = d[0] ?? lower;
  if (base === 'œ') return 'o';
  if (base === 'æ') return 'a';
  return base.length === 1 ? base : lower;
}

const foldCache = new Map<string, string>();
/** Fold of each UTF-16 unit outside ASCII (-1: not computed yet). */
const FOLD_UNIT = new Int32Array(65536).fill(-1);

/** The fold of one UTF-16 unit outside ASCII (a lone surrogate included): one unit. */
function foldUnit(code: number): number {
  let f = FOLD_UNIT[code]!;
  if (f < 0) {
    f = foldChar(String.fromCharCode(code)).charCodeAt(0);
    FOLD_UNIT[code] = f;
  }
  return f;
}

/** The fold of a code point outside the BMP (two units in, two units out). */
function foldPair(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    f = foldChar(c);
    if (f.length !== c.length) f = c.length === 2 ? f + ' ' : f.slice(0, c.length);
    foldCache.set(c, f);
  }
  return f;
}

const isPairAt = (s: string, i: number) => {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= s.length) return false;
  const low = s.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
};

function foldShort(s: string): string {
  // (ASCII only, most words and names: its lower case, what the loop below gives)
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  let out = '';
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
      continue;
    }
    let f = foldCache.get(c);
    if (f === undefined) {
      f = c.length === 2 ? foldPair(c) : String.fromCharCode(foldUnit(code));
      foldCache.set(c, f);
    }
    out += f;
  }
  return out;
}

/** Lower-case, diacritics removed, one character for one character. */
export function foldText(s: string): string {
  const n = s.length;
  // short texts (names, words): built directly
  if (n < 64) return foldShort(s);
  const out = new Uint16Array(n);
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      out[i] = code >= 65 && code <= 90 ? code + 32 : code;
      continue;
    }
    if (isPairAt(s, i)) {
      const f = foldPair(s.slice(i, i + 2));
      out[i] = f.charCodeAt(0);
      out[i + 1] = f.charCodeAt(1);
      surrogates ||= isSurrogate(out[i]!) || isSurrogate(out[i + 1]!);
      i++;
      continue;
    }
    const f = foldUnit(code);
    // (a compatibility ideograph folds to the first half of a code point outside the BMP)
    surrogates ||= isSurrogate(f);
    out[i] = f;
  }
  return unitsToString(out, surrogates);
}

const isSurrogate = (u: number) => u >= 0xd800 && u <= 0xdfff;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The string of UTF-16 units (lone surrogates kept as they are: the decoder would replace them). */
function unitsToString(units: Uint16Array, surrogates: boolean): string {
  if (!surrogates) return UTF16.decode(units);
  const CHUNK = 4096;
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]));
  return parts.join('');
}

/** Letters OCR reads as digits inside a word: é as 6 ("Pr6sents"), l as 1 ("Miche1"), o as 0, s as 5. */
export const DIGIT_LETTER: Record<string, string> = { '6': 'e', '1': 'l', '0': 'o', '5': 's' };

/**
 * In `fold` only (keywords), a 6, 1, 0 or 5 between two letters of a word
 * is the letter OCR misread ("pr6sents" → "presents"), and a zero opening a
 * word of letters an O ("0bjet"); one character for one, offsets kept;
 * `norm` keeps what was read.
 */
function ocrLettersInWords(norm: string, fold: string): string {
  // (not a count glued between two labels by a PDF's extraction, the next label's capital after a small letter:
  // "dont suppléant1Pouvoirs2")
  if (/[a-z][0156][a-z]/.test(fold)) fold = fold.replace(/(?<=[a-z])[0156](?=[a-z])/g, (d, at: number) => (/\p{Ll}/u.test(norm[at - 1]!) && /\p{Lu}/u.test(norm[at + 1]!) ? d : DIGIT_LETTER[d]!));
  // a zero opening a word of letters is an O ("0BJET"), not a count glued to the next label ("Contre : 0Abstention : 1")
  if (/(?<![a-z0-9])0[a-z]{3}/.test(fold)) fold = fold.replace(/(?<![a-z0-9])0(?=[a-z]{3})(?!contre|abstention|pour\b|votants|exprimes|absents?\b|presents?\b|procuration|pouvoir|excuses?\b|ne\s)/g, 'o');
  return fold;
}

/**
 * OCR reads the article "le" as "Ie" (capital i): "convoqué Ie 14 mars",
 * "I'an deux mille". In `fold` only (keywords), "Ie", "Ia", "Ies", "I'"
 * standing alone become "le", "la", "les", "l'"; `norm` keeps what was read.
 */
function ocrArticles(norm: string, fold: string): string {
  fold = ocrLettersInWords(norm, fold);
  // every match holds "Ie", "Ia" or "I'": the costly pattern runs only when one is there
  if (!/I[ea']/.test(norm)) return fold;
  if (!/(?<!\p{L})I(?:e|a|es)(?!\p{L})|(?<!\p{L})I'(?=\p{L})/u.test(norm)) return fold;
  const chars = fold.split('');
  for (const m of norm.matchAll(/(?<!\p{L})I(?:(?:e|a|es)(?!\p{L})|'(?=\p{L}))/gu)) chars[m.index!] = 'l';
  return chars.join('');
}

/**
 * Every character `normText` replaces: space-like characters (→ ' '),
 * apostrophes (→ "'"), non-breaking and figure hyphens (→ '-'),
 * em dashes and horizontal bars (→ '–', OCR reads most en dashes as em
 * dashes), the broken bar (→ '|': a table's rule as OCR reads it, "Présents : 12 ¦ Votants : 13"), bullets of the Symbol/Wingdings fonts, in the private use area (U+F0B7, U+F0A7,
 * U+F0D8… → '•'), and the other bullet signs word processors use
 * (■ □ ▪ ▫ ► ● ○ ◦ ❖ ➢ ➣ ➤ → '•'; check marks stay: grids use them).
 */
const NORM_ANY = /[\u00a6\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\u2019\u2018\u02bc\u0060\u00b4\u2010\u2011\u2014\u2015\uf000-\uf0ff\u25a0\u25a1\u25aa\u25ab\u25ba\u25cb\u25cf\u25e6\u2756\u27a2-\u27a4]/g;
/** "   o M. X": the letter o as a list bullet (Word's second-level bullet once the Symbol font is lost). */
const LETTER_O_BULLET = /(^|\n)([ \t]*)o(?=[ \t]+(?:M\.|Mmes?\b|Mlle|Melle|Mr\.?|Monsieur|Madame|[A-ZÀ-Þ][A-ZÀ-Þ'-]+\b|[A-ZÀ-Þ][a-zß-ÿ]+[ \t]+[A-ZÀ-Þ]))/g;
function normChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) return ' ';
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x0060 || code === 0x00b4) return "'";
  if (code === 0x2010 || code === 0x2011) return '-';
  if (code === 0x2014 || code === 0x2015) return '–';
  if (code === 0x00a6) return '|';
  return '•';
}

/** `\s` of a regular expression, for one UTF-16 unit. */
export function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.replace(/\s+/g, ' ')`, without building a string when every space already stands alone as ' '. */
export function collapseSpaces(s: string): string {
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/**
 * For each UTF-16 unit, what `normChar` makes of it when `NORM_ANY` matches
 * it, else 0. Built from the pattern itself (one search over every unit), so
 * the table and the pattern cannot disagree.
 */
const NORM_UNIT = (() => {
  const table = new Uint16Array(65536);
  const all = String.fromCharCode(...Array.from({ length: 65536 }, (_, i) => i));
  for (const m of all.matchAll(NORM_ANY)) table[m.index!] = normChar(m[0]).charCodeAt(0);
  return table;
})();

/** `s.replace(NORM_ANY, normChar)`: a loop over the units (the pattern, run at every unit, costs several times more). */
function replaceNormAny(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const r = NORM_UNIT[s.charCodeAt(i)]!;
    if (r === 0) continue;
    out += s.slice(from, i) + String.fromCharCode(r);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** True when a line (after blanks) opens with "o" and a blank: where every `LETTER_O_BULLET` match is. */
function mayHaveLetterOBullet(s: string): boolean {
  for (let start = 0; start >= 0; start = s.indexOf('\n', start) + 1 || -1) {
    let i = start;
    while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
    if (s.charCodeAt(i) === 111 && (s.charCodeAt(i + 1) === 32 || s.charCodeAt(i + 1) === 9)) return true;
  }
  return false;
}

/** Four dots or more, one space between each: dotted leaders as OCR reads them ("Votants . . . . . . 21"). */
const SPACED_LEADERS = /\.(?: \.){3,}/g;

/** Four commas or more: dotted leaders a scan read as commas ("Présents ,,,,,,,,,,,, 24"), a comma being a dot with a tail. */
const COMMA_LEADERS = /,{4,}/g;

/** "* M. Thomas REVOL à …": an asterisk opening a line before a word is a list bullet (Markdown, plain-text e-mail). */
const STAR_BULLET = /(^|\n)([ \t]*)\*(?=[ \t]+[^\s*])/g;

/**
 * A list bullet a scan read as a degree sign or an underscore, opening a line before a member's name ("° Loïc GUILLOU",
 * "_ DUMAS Christophe", "° Mme Anne X"): a bullet. Only before a name's shape (a civility, « Prénom NOM », « NOM Prénom »):
 * "° C" or "_ _ _" stay as written.
 */
const MARK_BULLET = /(^|\n)([ \t]*)[°_](?=[ \t]+(?:M\.|Mmes?\b|Monsieur|Madame|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2}|\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll}))/gu;

/**
 * Spaces, apostrophes, hyphens and Symbol-font bullets unified (in one pass:
 * no replacement is itself replaced by a later class).
 */
export function normText(s: string): string {
  let out = replaceNormAny(s);
  if (out.includes('*')) out = out.replace(STAR_BULLET, '$1$2•');
  if (/(?:^|\n)[ \t]*[°_][ \t]/.test(out)) out = out.replace(MARK_BULLET, '$1$2•');
  // dotted leaders OCR read dot by dot, a space between ("Présents . . . . . . . . 17"): the leaders as typed, one dot for each space
  if (out.includes('. . . .')) out = out.replace(SPACED_LEADERS, (m) => '.'.repeat(m.length));
  // (and leaders read as commas: the same leaders, one dot for each comma)
  if (out.includes(',,,,')) out = out.replace(COMMA_LEADERS, (m) => '.'.repeat(m.length));
  return mayHaveLetterOBullet(out) ? out.replace(LETTER_O_BULLET, '$1$2•') : out;
}

const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

/**
 * The text as parsed: line ends unified, soft hyphens (invisible) removed,
 * typographic ligatures spelt out ("ﬁ" → "fi"). Line numbers are unchanged.
 */
export function cleanRaw(text: string): string {
  if (!/[\r\u00ad\ufb00-\ufb06]/.test(text)) return dehyphenate(text);
  return dehyphenate(text.replace(/\r\n?/g, '\n').replace(/\u00ad/g, '').replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c));
}

/** Words that keep their hyphen when a line break follows it ("vingt-\ntrois", "sous-\npréfecture"). */
const KEEP_HYPHEN = new Set(
  ('un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent cents mille et ' +
    'ci la peut vis au sous vice non demi semi mi ex anti extra inter intra multi post grand grande arriere avant apres contre entre porte garde bien mal ' +
    'haut haute bas basse belle beau nord sud est ouest auto socio medico eco franco saint sainte petit petite nouveau nouvelle dit dite').split(' '),
);

/**
 * A word cut at a line end by hyphenation ("pré-\nsents : 18", "procu-\nration")
 * is made whole at the start of the next line, so that keywords and names
 * read as one word. The hyphen goes when both sides are lower case, unless the
 * first part is a word that keeps it ("vingt-\ntrois"). A cut before or after a
 * capital ("M. Jean-\nPierre", "LAVA-\nBRE") is left to the lists, which join
 * names across lines. The number of lines is unchanged.
 */
function dehyphenate(text: string): string {
  // (a hyphen before a line break looked for first, without the letter before it: a Unicode class
  // tried at every character costs twice as much over a text that holds none)
  // (spaces may follow the hyphen: a register frame's rule blanked after it, "à l'unani- |" / "| mité")
  if (!/[-\u2010\u2011][ \t]*\n/.test(text) || !/\p{L}[-\u2010\u2011][ \t]*\n/u.test(text)) return text;
  /** Where each word moved to the next line starts (in the text returned) and how much longer that line is. */
  const moved: Array<{ at: number; grow: number }> = [];
  let delta = 0;
  const out = text.replace(/(?<![\p{L}\p{N}'’-])(\p{L}[\p{L}'’-]*?\p{L}|\p{L})[-\u2010\u2011][ \t]*\n([ \t]*)(?=\p{L})/gu, (m, word: string, indent: string, at: number) => {
    const next = text.charAt(at + m.length);
    const last = (word.split(/[-'’]/).pop() ?? word).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    // names cut at a capital ("M. Jean-\nPierre", "LAVA-\nBRE") stay where they are: the lists join them
    if (!(/\p{Ll}$/u.test(word) && /\p{Ll}/u.test(next))) return m;
    const joined = `\n${indent}${word}${KEEP_HYPHEN.has(last) ? '-' : ''}`;
    moved.push({ at: at + delta + 1 + indent.length, grow: joined.length - 1 - indent.length });
    delta += joined.length - m.length;
    return joined;
  });
  return moved.length > 0 ? keepSecondColumn(out, moved) : out;
}

/**
 * After a word moved to the next line's start ("Mme Marie-Chris-" / "tine X        Secrétaire de séance :"), a second
 * column further on that line (pdftotext -layout: two columns side by side) is moved back to where it stood: the line's
 * first gap of three blanks or more, when it is wide enough (the growth and three blanks more), loses as many blanks as
 * the line grew. Lines without such a gap are left as they are.
 */
function keepSecondColumn(text: string, moved: ReadonlyArray<{ at: number; grow: number }>): string {
  const cuts: Array<{ from: number; len: number }> = [];
  for (const { at, grow } of moved) {
    const end = text.indexOf('\n', at);
    const gap = /(?<=\S) {3,}(?=\S)/.exec(text.slice(at, end < 0 ? text.length : end));
    if (gap && gap[0].length >= grow + 3) cuts.push({ from: at + gap.index, len: grow });
  }
  if (cuts.length === 0) return text;
  let out = '';
  let last = 0;
  for (const c of cuts) {
    out += text.slice(last, c.from);
    last = c.from + c.len;
  }
  return out + text.slice(last);
}

export class SourceText {
  readonly raw: string;
  readonly norm: string;
  readonly fold: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  /** First line number of each page (1-based), when pages are known. */
  private readonly pageFirstLines: number[];
  /**
   * Lines (1-based) the original text set apart as titles by a mark that a transform removed (a web page's line wholly in
   * bold, "**Tarifs 2017**"): headings whatever their case. Empty unless the parser fills it.
   */
  titleLines: ReadonlySet<number> = new Set();

  constructor(text: string, pages?: PageText[]) {
    this.raw = cleanRaw(text);
    this.norm = normText(this.raw);
    this.fold = ocrArticles(this.norm, foldText(this.norm));
    this.lineStarts = [0];
    for (let i = this.raw.indexOf('\n'); i >= 0; i = this.raw.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.pageFirstLines = [];
    if (pages && pages.length > 1) {
      let line = 1;
      for (const p of pages) {
        this.pageFirstLines.push(line);
        line += p.text.trimEnd().split('\n').length;
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line number of an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  pageOfLine(line: number): number | undefined {
    if (this.pageFirstLines.length === 0) return undefined;
    let page = 1;
    for (let i = 0; i < this.pageFirstLines.length; i++) if ((this.pageFirstLines[i] ?? 1) <= line) page = i + 1;
    return page;
  }

  /** Span of the lines covering [start, end) offsets. */
  span(start: number, end: number): Span {
    const a = this.lineAt(Math.max(0, start));
    const b = this.lineAt(Math.max(start, end - 1));
    const page = this.pageOfLine(a);
    return page === undefined ? { start: a, end: b } : { start: a, end: b, page };
  }

  /** `lineText(line).length`, without cutting the line out (the same bounds as `slice`). */
  lineLength(line: number): number {
    const n = this.raw.length;
    const s = Math.min(this.lineStarts[line - 1] ?? 0, n);
    const e = (this.lineStarts[line] ?? n + 1) - 1;
    const end = e < 0 ? Math.max(n + e, 0) : Math.min(e, n);
    return Math.max(0, end - s);
  }

  lineText(line: number): string {
    const s = this.lineStarts[line - 1] ?? 0;
    const e = this.lineStarts[line] ?? this.raw.length + 1;
    return this.raw.slice(s, e - 1);
  }

  /** The lines of a span as evidence (long lines are cut around nothing: kept whole up to 400 chars). */
  evidence(span: Span, max = 6): EvidenceLine[] {
    const out: EvidenceLine[] = [];
    for (let l = span.start; l <= span.end && out.length < max; l++) {
      let text = this.lineText(l).trim();
      if (!text) continue;
      if (text.length > 400) text = text.slice(0, 400) + '…';
      const page = this.pageOfLine(l);
      out.push(page === undefined ? { line: l, text } : { line: l, page, text });
    }
    return out;
  }

  /** Evidence for a character range: the text around it on its line(s). */
  evidenceAt(start: number, end: number): EvidenceLine[] {
    const span = this.span(start, end);
    if (span.start === span.end && this.lineText(span.start).length > 400) {
      const ls = this.lineStarts[span.start - 1] ?? 0;
      const a = Math.max(ls, start - 150);
      const b = Math.min(ls + this.lineText(span.start).length, end + 150);
      const text = (a > ls ? '…' : '') + this.raw.slice(a, b).trim() + (b < ls + this.lineText(span.start).length ? '…' : '');
      const page = this.pageOfLine(span.start);
      return [page === undefined ? { line: span.start, text } : { line: span.start, page, text }];
    }
    return this.evidence(span);
  }
}
