/**
 * Euro amounts as French documents write them: "665 000 euros", "332 500 €",
 * "1 048 000,00 €", "35.250 €" (dot thousands), "135.186,30 €",
 * "480 813.60€", "- 529 109.27€" (negative after a colon), "1,5 million
 * d'euros", "2 M€". Values are integer cents (exact; unit prices written with
 * more decimals, "1,8420 €", are rounded to the cent, `text` keeps them).
 */
import type { Amount } from '../domain/index.ts';
import { collapseSpaces, isSpace, type SourceText } from './source.ts';

const NUMBER = String.raw`(?<![\d.,'’])(\d{1,3}(?:(?:[ .'’]|\u00a0|\u202f)\d{3})+|\d+)(?:[,.](\d{1,4}))?(?![\d])`;
const CURRENCY = String.raw`[ \t]*(?:\(?\s*(?:hors\s+taxes?|ht|h\.t\.|ttc|t\.t\.c\.)\s*\)?[ \t]*)?(€|euros?\b|eur\b|m€|k€|millions?\s+(?:d'|de\s+)euros?|milliards?\s+(?:d'|de\s+)euros?)`;
const AMOUNT_RE = new RegExp(NUMBER + String.raw`(?:\.-)?` + CURRENCY, 'gi');
/** The currency written first: "EUR 3 125", "€ 1 200" */
const PREFIXED_RE = new RegExp(String.raw`(?<![\w])(EUR|€)[ \t]*` + NUMBER, 'g');

/** Parses a written number (grouping by space, dot or apostrophe; decimals by comma or dot). */
export function parseNumber(intPart: string, decimals: string | undefined): number | null {
  const digits = intPart.replace(/[ .'’\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  // unit prices may have up to 4 decimals ("1,8420 € le m³"): rounded to the cent
  const cents = decimals === undefined ? 0 : Math.round(Number(`0.${decimals}`) * 100);
  return Number(digits) * 100 + cents;
}

function scale(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('milliard')) return 1_000_000_000;
  if (u.startsWith('million') || u === 'm€') return 1_000_000;
  if (u === 'k€') return 1_000;
  return 1;
}

/** [;!?\n] */
const stopsSentence = (c: number) => c === 59 || c === 33 || c === 63 || c === 10;

function sentenceAround(text: string, start: number, end: number): { s: number; e: number } {
  let s = start;
  // back to [.;!?\n]
  while (s > 0 && text.charCodeAt(s - 1) !== 46 && !stopsSentence(text.charCodeAt(s - 1)) && start - s < 300) s--;
  let e = end;
  // on to [;!?\n] or a dot before a space (or the end)
  while (e < text.length && !stopsSentence(text.charCodeAt(e)) && !(text.charCodeAt(e) === 46 && (e + 1 >= text.length || isSpace(text.charCodeAt(e + 1)))) && e - end < 300) e++;
  return { s, e };
}

/** [-−–] */
const isDash = (c: number) => c === 45 || c === 0x2212 || c === 0x2013;

export function findAmounts(src: SourceText, from: number, to: number): Amount[] {
  const out: Amount[] = [];
  /** Where each amount of `out` starts (same order). */
  const at: number[] = [];
  const text = src.norm.slice(from, to);
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
    let cents = parseNumber(intPart, decimals);
    if (cents === null) continue;
    const unit = m[3]!;
    const factor = scale(unit);
    if (factor > 1) cents = Math.round(cents * factor);
    const start = from + m.index!;
    const end = start + m[0].length;
    // sign: "- 529 109.27€" after a colon, "de - 37 905,40 €"; a dash opening a line is a bullet
    // "-12 500,00 €" (the sign against the digits), "à - 325 000 €", "de\n- 96 310 €"
    const lead = src.norm.slice(Math.max(0, start - 12), start);
    // (both patterns need a dash at the end, or before one last blank)
    const l1 = lead.charCodeAt(lead.length - 1);
    const signed = isDash(l1) || ((l1 === 32 || l1 === 9) && isDash(lead.charCodeAt(lead.length - 2)));
    if (signed && (/(?:[:=(]|(?<!\p{L})(?:de|à|a|soit|est|sont|du|et)(?!\p{L}))\s*[-−–][ \t]?$/iu.test(lead) || /(?:^|[\s(])[-−]$/.test(lead))) cents = -cents;
    const { s, e } = sentenceAround(src.norm, start, end);
    const sentence = collapseSpaces(src.norm.slice(s, e)).trim();
    const year = yearOf(src.norm.slice(end, Math.min(e, end + 25)), src.norm.slice(Math.max(s, start - 40), start));
    const amount: Amount = { cents, text: src.norm.slice(start, end).trim(), sentence, year, currency_stated: true, span: src.span(start, end) };
    out.push(amount);
    at.push(start);
  }
  const suffixed = at.length;
  for (const m of text.matchAll(PREFIXED_RE)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (at.some((o) => o <= start + 4 && o >= start - 2)) continue; // also read with the currency after
    const cents = parseNumber(m[2]!, m[3]);
    if (cents === null) continue;
    const { s, e } = sentenceAround(src.norm, start, end);
    const amount: Amount = { cents, text: src.norm.slice(start, end).trim(), sentence: collapseSpaces(src.norm.slice(s, e)).trim(), year: null, currency_stated: true, span: src.span(start, end) };
    out.push(amount);
    at.push(start);
  }
  // in order of appearance (a stable sort: equal starts keep their order); the amounts after the number come sorted
  if (at.length === suffixed) return out;
  return out.map((a, i) => ({ a, start: at[i]! })).sort((x, y) => x.start - y.start).map((x) => x.a);
}

/** "665 000 euros en 2024", "au titre de 2023", "pour l'exercice 2024". */
function yearOf(after: string, before: string): number | null {
  const a = /^\s*(?:en|pour|au\s+titre\s+de|sur|de\s+l'exercice)\s+(?:l'(?:exercice|année)\s+)?((?:19|20)\d{2})\b/i.exec(after);
  if (a) return Number(a[1]);
  const b = /(?:en|pour|exercice|budget|année|au\s+titre\s+de)\s+((?:19|20)\d{2})\D{0,15}$/i.exec(before);
  return b ? Number(b[1]) : null;
}
