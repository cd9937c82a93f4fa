/**
 * Euro amounts as French documents write them: "665 000 euros", "332 500 €",
 * "1 048 000,00 €", "35.250 €" (dot thousands), "135.186,30 €",
 * "480 813.60€", "- 529 109.27€" (negative after a colon), "1,5 million
 * d'euros", "2 M€". Values are integer cents (exact; unit prices written with
 * more decimals, "1,8420 €", are rounded to the cent, `text` keeps them).
 */
import type { Amount } from '../domain/index.ts';
import { normDigits, NUMBER_RUN_WORDS, numberRun, parseFrenchNumber } from './french-numbers.ts';
import { alsoAt, anchored, matchAnchored, numberBefore, zoneOf } from './scan.ts';
import { collapseSpaces, isSpace, type SourceText } from './source.ts';

// a line may end between the thousands ("une subvention de 15" / "000 €"): see findAmounts
const NUMBER = String.raw`(?<![\d.,'’])(\d{1,3}(?:(?:[ .'’]|\u00a0|\u202f|[ \t]*\n[ \t]*)\d{3})+|\d+)(?:[,.](\d{1,4}))?(?![\d])`;
const CURRENCY = String.raw`[ \t]*(?:\(?\s*(?:hors\s+taxes?|ht|h\.t\.|ttc|t\.t\.c\.)\s*\)?[ \t]*)?(€|euros?\b|eur\b|m€|k€|millions?\s+(?:d'|d\s|de\s+)euros?|milliards?\s+(?:d'|d\s|de\s+)euros?)`;
// "245.000.- €", "1 200,- €": the integer marked by a dash in place of the cents
const AMOUNT_RE = new RegExp(NUMBER + String.raw`(?:[.,]-)?` + CURRENCY, 'gi');
/** An amount written in words only: "au prix de cent mille euros", "deux millions d'euros" (folded text). */
// not the unit of a number in digits ("2,4 millions d'euros")
// Tried only where it may open (scan.ts): every match ends with "euro(s)" at a word start (after the
// number's last word and spaces, or after "d'" / "de": 1 word back) or with '€', the number (words, however
// many, across line breaks too) just before; in words only: no run of digits lies between its start and
// "euro" / '€' (nor "d'" / "de"), so the walk back stops at one
const WORDS_RE = numberBefore(
  alsoAt(anchored(new RegExp(String.raw`(?<!\d[\s,.]*)(${numberRun(true)})[ \t]*(?:\n[ \t]*)?(?:(?:d'\s?|de\s+)?euros?\b|€)`, 'g'), ['euro'], 1), '€'),
  NUMBER_RUN_WORDS,
  false,
);
/** The currency written first: "EUR 3 125", "€ 1 200" (sticky: tried only where it may open, see `prefixedMatches`) */
// (one space at most after the sign: "231 400 €      14,82 %" is a table's amount, then its next cell)
// (nor the rate in the next cell: "412 600 € 19,48 % 80 374 €")
// (nor the number of the next item in a list run on one line: "… : 4 500 € 7) Recensement")
const PREFIXED_RE = new RegExp(String.raw`(?<![\w])(EUR|€)[ \t]?` + NUMBER + String.raw`(?![.,]\d)(?![ \t]*%)(?![ \t]*\))`, 'y');

/**
 * `text.matchAll(PREFIXED_RE made global)`: every match opens with "EUR" or
 * '€' (the lookbehind only reads before them), so the pattern is tried at
 * their places only, in order, on from the end of each match (a match is
 * never empty).
 */
function prefixedMatches(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (const mark of ['€', 'EUR']) for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) starts.push(i);
  starts.sort((x, y) => x - y);
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    PREFIXED_RE.lastIndex = at;
    const m = PREFIXED_RE.exec(text);
    if (m === null) continue;
    out.push(m);
    next = at + m[0].length;
  }
  return out;
}

/** Parses a written number (grouping by space, dot or apostrophe; decimals by comma or dot). */
export function parseNumber(intPart: string, decimals: string | undefined): number | null {
  const digits = intPart.replace(/[ .'’\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  // unit prices may have up to 4 decimals ("1,8420 € le m³"): rounded to the cent
  const cents = decimals === undefined ? 0 : Math.round(Number(`0.${decimals}`) * 100);
  return Number(digits) * 100 + cents;
}

/**
 * The amount in euros as written: its cents, or — for a unit price written with
 * three or four decimals ("0,041 € HT le litre") — those decimals, which the
 * integer cents round away.
 */
export function writtenEuros(a: Amount): number {
  const m = EXACT_RE.exec(a.text);
  if (!m || m[2] === undefined || m[2].length <= 2 || scale(m[3]!) !== 1) return a.cents / 100;
  const digits = m[1]!.replace(/[ .'’\u00a0\u202f\n\t]/g, '');
  const value = Number(`${digits}.${m[2]}`);
  return Number.isFinite(value) && Math.round(value * 100) === Math.abs(a.cents) ? Math.sign(a.cents || 1) * value : a.cents / 100;
}
const EXACT_RE = new RegExp('^' + NUMBER + String.raw`(?:[.,]-)?` + CURRENCY, 'i');

function scale(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('milliard')) return 1_000_000_000;
  if (u.startsWith('million') || u === 'm€') return 1_000_000;
  if (u === 'k€') return 1_000;
  return 1;
}

/** ';', '!', '?' or a line break: a sentence ends there (a '.' too, before a space or at the end, see `sentenceAround`). */
const isStop = (c: number) => c === 59 || c === 33 || c === 63 || c === 10;

/** The sentence around [start, end): back to a '.', ';', '!', '?' or line break, on to the next, at most 300 characters each way. */
function sentenceAround(text: string, start: number, end: number): { s: number; e: number } {
  let s = start;
  while (s > 0 && !(isStop(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46) && start - s < 300) s--;
  let e = end;
  while (e < text.length && !isStop(text.charCodeAt(e)) && !(text.charCodeAt(e) === 46 && (e + 1 >= text.length || isSpace(text.charCodeAt(e + 1)))) && e - end < 300) e++;
  return { s, e };
}

/** A minus sign alone in its column after text on the same line ("Compte 615 – entretien      - 7 300,00 €"); at a line's start it is a bullet. */
function columnMinus(norm: string, start: number): boolean {
  const lineStart = norm.lastIndexOf('\n', start - 1) + 1;
  const before = norm.slice(lineStart, start);
  // (the sign may stand a space or two before its figure, aligned with a wider one: "-  2 400,00 €" under "- 15 000,00 €")
  // (or a TAB table's cell, the sign opening it: "022<TAB>Dépenses imprévues<TAB>- 6 500,00 €")
  if (/\S(?:[ \t]{2,}|[ \t]*\t)[-−–][ \t]{0,2}$/.test(before)) return true;
  // a row of amounts: "Résultat de l'exercice 314 593,37 € - 114 246,65 € 200 346,72 €"
  if (/€[ \t]+[-−–][ \t]?$/.test(before)) {
    const lineEnd = norm.indexOf('\n', start);
    return (norm.slice(lineStart, lineEnd < 0 ? norm.length : lineEnd).match(/€/g)?.length ?? 0) >= 3;
  }
  // a table one cell per line: the row's label on the line above, the amount alone after its minus ("Dépenses imprévues" / "- 10 000,00 €")
  if (/^[ \t]*[-−–][ \t]?$/.test(before)) {
    const lineEnd = norm.indexOf('\n', start);
    const rest = norm.slice(start, lineEnd < 0 ? norm.length : lineEnd);
    const prevEnd = lineStart - 1;
    const prev = prevEnd > 0 ? norm.slice(norm.lastIndexOf('\n', prevEnd - 1) + 1, prevEnd) : '';
    if (!/^[\d  .,'’]+(?:€|euros?)[ \t]*$/i.test(rest)) return false;
    if (/\p{L}{3}/u.test(prev) && !/[:;,.]\s*$/.test(prev) && !/\d/.test(prev)) return true;
    return secondCellOfRow(norm, lineStart);
  }
  return false;
}

/** The line before the one starting at `lineStart`, blank lines (or lines holding spaces) skipped, and where it starts. */
function lineAbove(norm: string, lineStart: number): { line: string; start: number } | null {
  let end = lineStart - 1;
  while (end > 0) {
    const start = norm.lastIndexOf('\n', end - 1) + 1;
    const line = norm.slice(start, end);
    if (line.trim() !== '') return { line, start };
    end = start - 1;
  }
  return null;
}

/**
 * A table flattened one cell per line, blank lines between the cells (a web page's paragraphs): the signed amount is
 * a row's second cell when the line above is the row's first cell, an amount alone without sign, and the one above
 * that the row's label ("Résultat de l'exercice" / "98 417,26 €" / "- 41 230,50 €"). Two amounts after a label; a
 * bullet list of amounts ("- 3 000 €" / "- 2 000 €") has a dash on its first line too.
 */
function secondCellOfRow(norm: string, lineStart: number): boolean {
  const cell = lineAbove(norm, lineStart);
  if (!cell || !/^[ \t]*\d[\d  .,'’]*(?:€|euros?)[ \t]*$/i.test(cell.line)) return false;
  const label = lineAbove(norm, cell.start);
  return label !== null && /\p{L}{3}/u.test(label.line) && !/€|euros?\b/i.test(label.line) && !/[:;,.]\s*$/.test(label.line);
}

/**
 * A minus sign after a label's words, where the label or the amounts around it say it is one: a result ("Résultat de
 * l'exercice - 91 787,16 €", "Solde - 1 200 €", a deficit written signed, "recettes 70 000 € ; déficit - 12 500 €") or a series of signed changes ("Chapitre 011 – Charges + 18 500,00 €
 * Chapitre 022 – Dépenses imprévues - 6 000,00 €", the label's last words in brackets too: "article 022 (dépenses
 * imprévues) - 6 000,00 €"). A hyphen or a minus, not a dash (a dash separates).
 */
function labelMinus(norm: string, start: number): boolean {
  const lead = norm.slice(Math.max(0, start - 60), start);
  // (the label may close on a bracket: "article 022 (dépenses imprévues) - 42 500,00 €")
  if (!/[\p{L})][ \t]+[-−][ \t]?$/u.test(lead)) return false;
  if (/(?:r[ée]sultat|solde|d[ée]ficit)(?![\p{L}])[^\n€\d:;.]{0,40}?[ \t][-−][ \t]?$/iu.test(lead)) return true;
  // (another amount of the series written with a plus sign, a few words away)
  return /(?:^|[\s(])\+[ \t]?\d/.test(norm.slice(Math.max(0, start - 160), Math.min(norm.length, start + 160)));
}

/**
 * A minus sign, a dash too, opening an item of a series of signed changes listed in a sentence: "+ 26 500 € au chapitre
 * 012, – 14 000 € au chapitre 011, – 12 500 € au chapitre 022" (after the comma or semicolon that separates the items,
 * another amount of the series written with a plus sign a few words away).
 */
function listedMinus(norm: string, start: number): boolean {
  if (!/[,;][ \t]+[-−–][ \t]?$/.test(norm.slice(Math.max(0, start - 6), start))) return false;
  return /(?:^|[\s(])\+[ \t]?\d/.test(norm.slice(Math.max(0, start - 160), Math.min(norm.length, start + 160)));
}

/**
 * Whether the euro at fold[start) is the unit of a conversion rate with the franc, the francs for one euro before it
 * ("6,55957 F pour un euro", "6,55957 francs = 1 €"). Not the euro before the francs, "(1 € = 6,55957 F)": the labels
 * differ on it (27911 counts it, 28217 does not), so it is read as written, an amount.
 */
function rateUnit(fold: string, start: number): boolean {
  return /(?:\bf|\bfrancs?|\bfrs?\.?)\s*(?:pour|par|=)\s*$/.test(fold.slice(Math.max(0, start - 20), start));
}

export function findAmounts(src: SourceText, from: number, to: number): Amount[] {
  const out: Amount[] = [];
  const at = new Map<Amount, number>();
  /** Where each amount read with its currency after ends (past the sign). */
  const ends = new Set<number>();
  // OCR digits read as digits: "6,OO €"
  const text = normDigits(src.norm).slice(from, to);
  for (const m of text.matchAll(AMOUNT_RE)) {
    let intPart = m[1]!;
    let decimals = m[2];
    // "35.250 €": a dot followed by exactly 3 digits groups thousands; a dot before 1–2 digits is decimal
    if (decimals === undefined && /^\d{1,3}(\.\d{3})+$/.test(intPart)) {
      /* dot thousands */
    } else if (decimals !== undefined && m[0].charAt(intPart.length) === '.' && /,/.test(intPart)) {
      // "1,234.56" (English) — rare; keep as read
      intPart = intPart.replace(/,/g, '');
    }
    // wrapped between the thousands only where a sentence announces an amount ("une subvention de 15" / "000 €",
    // "s'élève à", "soit", "Total :"): not "Lot 2" / "500 €", "chapitre 011" / "500 000 €"
    let skip = 0;
    if (intPart.includes('\n') && (/^0/.test(intPart) || !/(?:(?<!\p{L})(?:de|à|a|soit|pour|par|et|total)|[:=(])[ \t]*$/iu.test(src.norm.slice(Math.max(0, from + m.index! - 40), from + m.index!)))) {
      skip = m[0].lastIndexOf('\n', intPart.length) + 1;
      while (/[ \t]/.test(m[0][skip] ?? '')) skip++;
      intPart = intPart.slice(intPart.lastIndexOf('\n') + 1).trim();
      if (intPart.startsWith('0')) continue;
    }
    intPart = intPart.replace(/\s+/g, ' ');
    let cents = parseNumber(intPart, decimals);
    if (cents === null) continue;
    // (the euro of a conversion rate written in figures, "6,55957 F pour 1 €": a rate's unit, no amount)
    if (cents === 100 && rateUnit(src.fold, from + m.index!)) continue;
    const unit = m[3]!;
    const factor = scale(unit);
    if (factor > 1) cents = Math.round(cents * factor);
    const start = from + m.index! + skip;
    const end = from + m.index! + m[0].length;
    // sign: "- 529 109.27€" after a colon or dotted leaders, "de - 37 905,40 €"; a dash opening a line is a bullet
    // "-12 500,00 €" (the sign against the digits), "à - 325 000 €", "de\n- 96 310 €", a column "Compte 615 …      - 7 300,00 €"
    const lead = src.norm.slice(Math.max(0, start - 12), start);
    // (a colon ending the line above, then "- 1 000 €": a bullet)
    if (/(?:[:=(]|\.{3}|…)[ \t]*[-−–][ \t]{0,2}$|(?<!\p{L})(?:de|à|a|soit|est|sont|du|et)(?!\p{L})\s*[-−–][ \t]?$/iu.test(lead) || /(?:^|[\s(])[-−]$/.test(lead) || columnMinus(src.norm, start) || labelMinus(src.norm, start) || listedMinus(src.norm, start)) cents = -cents;
    const { s, e } = sentenceAround(src.norm, start, end);
    const sentence = collapseSpaces(src.norm.slice(s, e)).trim();
    const year = yearOf(src.norm.slice(end, Math.min(e, end + 25)), src.norm.slice(Math.max(s, start - 40), start));
    const amount: Amount = { cents, text: src.norm.slice(start, end).trim(), sentence, year, currency_stated: true, span: src.span(start, end) };
    out.push(amount);
    at.set(amount, start);
    ends.add(end);
  }
  for (const m of prefixedMatches(text)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if ([...at.values()].some((o) => o <= start + 4 && o >= start - 2)) continue; // also read with the currency after
    // (the sign is the previous amount's: "48 500,00 € 615221 Entretien …", an account number after a table's cell)
    if (ends.has(start + 1) || ends.has(start + 2)) continue;
    const cents = parseNumber(m[2]!, m[3]);
    if (cents === null) continue;
    const { s, e } = sentenceAround(src.norm, start, end);
    const amount: Amount = { cents, text: src.norm.slice(start, end).trim(), sentence: collapseSpaces(src.norm.slice(s, e)).trim(), year: null, currency_stated: true, span: src.span(start, end) };
    out.push(amount);
    at.set(amount, start);
  }
  const inDigits = [...out];
  for (const m of matchAnchored(zoneOf(src, from, to), WORDS_RE)) {
    const value = parseFrenchNumber(m[1]!);
    // "des millions d'euros" is no amount
    if (value === null || value === 0 || /^(?:millions|milliards|cents)$/.test(m[1]!.trim())) continue;
    const cents = value * 100;
    const start = from + m.index!;
    // "(taux de conversion : 6,55957 F pour un euro)", "par euro": a rate's unit, no amount
    if (value === 1 && rateUnit(src.fold, start)) continue;
    const end = start + m[0].length;
    // "quarante mille euros (40 000 €)", "40 000 € (quarante mille euros)": one amount said twice
    if (inDigits.some((a) => a.cents === cents && Math.abs(at.get(a)! - start) < m[0].length + 60)) continue;
    const { s, e } = sentenceAround(src.norm, start, end);
    const sentence = collapseSpaces(src.norm.slice(s, e)).trim();
    const year = yearOf(src.norm.slice(end, Math.min(e, end + 25)), src.norm.slice(Math.max(s, start - 40), start));
    const amount: Amount = { cents, text: collapseSpaces(src.norm.slice(start, end)).trim(), sentence, year, currency_stated: true, span: src.span(start, end) };
    out.push(amount);
    at.set(amount, start);
  }
  return out.sort((a, b) => at.get(a)! - at.get(b)!);
}

/** "665 000 euros en 2024", "au titre de 2023", "pour l'exercice 2024". */
function yearOf(after: string, before: string): number | null {
  const a = /^\s*(?:en|pour|au\s+titre\s+de|sur|de\s+l'exercice)\s+(?:l'(?:exercice|année)\s+)?((?:19|20)\d{2})\b/i.exec(after);
  if (a) return Number(a[1]);
  // (the year holds "19" or "20": without one the pattern is not tried)
  const b = before.includes('20') || before.includes('19') ? /(?:en|pour|exercice|budget|année|au\s+titre\s+de)\s+((?:19|20)\d{2})\D{0,15}$/i.exec(before) : null;
  return b ? Number(b[1]) : null;
}
