/**
 * The words the full-text index sees, the same for both backends: text is
 * folded (lower case, accents removed) THEN stemmed with natural's French
 * Porter stemmer, for the indexed text and the query alike. Folding first
 * keeps "solidarités" and "SOLIDARITES" one stem (stemming the accented form
 * gives "solidar", the plain one "solidarit"). The index stores stems only,
 * as space-separated [a-z0-9] words, so no query can inject FTS syntax.
 */
import { PorterStemmerFr } from 'natural/lib/natural/stemmers/index.js';

const STOP = new Set(
  'au aux avec ce ces dans de des du elle en et il ils je la le les leur lui ma mais me mes mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous est sont ete'.split(' '),
);

const stemCache = new Map<string, string>();

/** Lower case, no diacritics, œ/æ spelt out; same length not guaranteed. */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d+$/.test(word) ? word : PorterStemmerFr.stem(word).replace(/[^a-z0-9]/g, '') || word;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Folded words of a text, stop words and single letters dropped. */
export function searchWords(text: string): string[] {
  const out: string[] = [];
  for (const w of foldForSearch(text).split(/[^a-z0-9]+/)) {
    if (w.length < 2 || STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** The indexed form of a text: its stems, space-separated, in order. */
export function indexText(text: string): string {
  return searchWords(text).map(stem).join(' ');
}

/** Distinct stems of a query; empty when it has no searchable word. */
export function queryTerms(query: string): string[] {
  return searchTerms(query).stems;
}

/**
 * A query as each backend's index wants it: `stems` for an index over
 * indexText's stems (SQLite FTS5; snippets), `words` (folded, stop words
 * dropped, [a-z0-9] only, so no query syntax gets through) for an index that
 * stems by itself (PostgreSQL's French configuration).
 */
export interface SearchTerms {
  stems: string[];
  words: string[];
}

export function searchTerms(query: string): SearchTerms {
  const words = [...new Set(searchWords(query))];
  return { stems: [...new Set(words.map(stem))], words };
}

/**
 * A window of `text` around the first word whose stem is a query term,
 * matches in **bold**; the opening of the text when there is no match.
 */
export function snippet(text: string, terms: readonly string[], width = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length === 0) return '';
  const wanted = new Set(terms);
  const words = [...flat.matchAll(/[\p{L}\p{N}]+/gu)];
  const isHit = (w: string) => {
    const folded = foldForSearch(w);
    return folded.length >= 2 && wanted.has(stem(folded));
  };
  const first = wanted.size > 0 ? words.find((m) => isHit(m[0])) : undefined;
  const at = first?.index ?? 0;
  let start = Math.max(0, at - Math.floor(width / 3));
  if (start > 0) {
    const space = flat.lastIndexOf(' ', start);
    start = space >= 0 && at - space < width / 2 ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.indexOf(' ', end);
    end = space >= 0 && space - end < 20 ? space : end;
  }
  const piece = flat.slice(start, end);
  const marked = wanted.size === 0 ? piece : piece.replace(/[\p{L}\p{N}]+/gu, (w) => (isHit(w) ? `**${w}**` : w));
  return (start > 0 ? '…' : '') + marked + (end < flat.length ? '…' : '');
}
