/**
 * Dates as French documents write them: "28 mars 2024", "jeudi 28 mars 2024",
 * "28/03/2024", "3/12/2019", "05.12.2018", "2024-04-03", "le 1er juin 2009", "28 MARS 2014",
 * and in words ("l'an deux mil onze, le jeudi 12 mai", "le vingt-neuf novembre").
 * All functions work on folded text (see source.ts) and return offsets into it.
 */
import { NUMBER_WORD, parseFrenchNumber } from './french-numbers.ts';

export const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
  // OCR reads m as rn: "le onze rnars", "novernbre"
  rnars: 3, rnai: 5, septernbre: 9, novernbre: 11, decernbre: 12,
  // Dutch, in the bilingual minutes of Brussels communes ("Zitting van woensdag 28 maart 2018")
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
};
export const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

// (OCR reads l as I, so "avriI", "juiIIet" fold to "avrii", "juiiiet"; and i or l as 1: `monthNumber` reads them)
const MONTH_RE = '(janv[i1]er|fevr[i1]er|mars|avr[il1][il1]|mai|ju[i1]n|ju[i1][il1][il1]et|aout|septembre|octobre|novembre|decembre|rnars|rnai|septernbre|novernbre|decernbre|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|janv\\.?|fevr?\\.?|avr\\.?|ju[i1][il1]\\.?|sept\\.?|oct\\.?|nov\\.?|dec\\.?)';
/** The month a MONTH_RE match names ("avrii" as OCR reads "avriI" is April), or 0. */
export function monthNumber(written: string): number {
  const w = written.replace('.', '');
  return MONTHS[w] ?? MONTHS[w.replace(/1/g, 'i').replace(/^avr[il]{2}$/, 'avril').replace(/^jui[il]{2}et$/, 'juillet').replace(/^jui[il]$/, 'juil')] ?? 0;
}
// (OCR reads the final i as l or 1: "MERCREDl 14 AVRIL 1992")
// (or glued to the day's number by the extraction, "le jeudi22 septembre": a weekday then digits is no other word)
const WEEKDAY_RE = '(?:(lund[il1]|mard[il1]|mercred[il1]|jeud[il1]|vendred[il1]|samed[il1]|dimanche)(?:\\s+|(?=\\d)))?';
/** Where a day's number may start: a word's edge, or right after a weekday glued to it ("jeudi22"). */
const DAY_EDGE = '(?:\\b|(?<=(?:lund|mard|mercred|jeud|vendred|samed)[il1]|dimanche))';
/** The weekday as written, its OCR'd last letter set right. */
const weekdayName = (w: string | undefined): string | null => (w ? w.replace(/[l1]$/, 'i') : null);
const DAY_WORDS = `(${NUMBER_WORD}(?:[ -]+${NUMBER_WORD}){0,3})`;

export interface DateMatch {
  /** ISO date, or null when the year is missing (`partial` then holds month/day). */
  iso: string | null;
  day: number;
  month: number;
  year: number | null;
  weekday: string | null;
  start: number;
  end: number;
}

export function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function weekdayOf(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** Days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

function yearOf(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d{4}$/.test(s)) return Number(s);
  if (/^\d{2}$/.test(s)) return 2000 + Number(s) > 2050 ? 1900 + Number(s) : 2000 + Number(s);
  return parseFrenchNumber(s);
}

/**
 * Between the words of a year: spaces or hyphens, and a line break after
 * "mille" / "cent" or after a hyphen ("deux mille" / "vingt-quatre",
 * "deux mille vingt-" / "trois"): a year in words is often split at a line end.
 */
const YEAR_WORD_SEP = `(?:[ -]+|(?<=mil|mille|cent|cents)[ \\t]*\\n[ \\t]*|-[ \\t]*\\n[ \\t]*)`;
/** A year in digits, or in words after the month ("le douze mai deux mille dix-neuf"). */
const YEAR = `(\\d{4}|(?:deux\\s+mil(?:le)?|mil(?:le)?\\s+neuf\\s+cents?)(?:${YEAR_WORD_SEP}${NUMBER_WORD})*)`;
/** "le quatorze du mois de juin" */
const OF_MONTH = `(?:\\s+du\\s+mois\\s+d[e']\\s*)?`;
// "16 mars 2023", and "16-mars-2023" as some exports and OCR write it; "1 er avril" (a superscript flattened)
const NUMERIC_MONTH_DATE = new RegExp(`${WEEKDAY_RE}(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?${DAY_EDGE}(\\d{1,2})(?:[ \\t]?er)?${OF_MONTH}\\s*-?\\s*${MONTH_RE}(?:\\s*[,-]?\\s*${YEAR}\\b)?`, 'g');
/**
 * Between a day and its month: a space or two, or a line break — not a column's gap ("présents : dix-huit        juin deux
 * mille cinq", a count box beside the prose, is no date).
 */
const DAY_MONTH_GAP = `(?:[ \\t]{1,2}|[ \\t]*\\n[ \\t]*)`;
const WORD_MONTH_DATE = new RegExp(`${WEEKDAY_RE}\\b${DAY_WORDS}${OF_MONTH}${DAY_MONTH_GAP}${MONTH_RE}(?:\\s+${YEAR}\\b)?`, 'g');
/** The cardinal an ordinal word's stem names: "sixieme" → "six", "neuvieme" → "neuf", "vingt et unieme" → "vingt et un". */
const ORDINAL_STEMS: Record<string, string> = {
  un: 'un', deux: 'deux', trois: 'trois', quatr: 'quatre', cinqu: 'cinq', six: 'six', sept: 'sept', huit: 'huit', neuv: 'neuf', dix: 'dix',
  onz: 'onze', douz: 'douze', treiz: 'treize', quatorz: 'quatorze', quinz: 'quinze', seiz: 'seize', vingt: 'vingt', trent: 'trente',
};
const ORDINAL_WORD = `(?:premier|(?:(?:vingt|trente|dix)(?:[ -]+et)?[ -]+)?(?:${Object.keys(ORDINAL_STEMS).join('|')})ieme)`;
/**
 * The day as an ordinal before « jour de » its month, as Québec registers and certified copies write it: "le sixième jour
 * d'avril mil neuf cent quatre-vingt-dix-neuf", "ce 9e jour de juillet 2015", "le 21ième jour du mois de mars 2011".
 */
const ORDINAL_DAY_DATE = new RegExp(`${WEEKDAY_RE}\\b(?:(\\d{1,2})[ \\t]?(?:e|eme|ieme|er|re)|(${ORDINAL_WORD}))\\s+jour\\s+(?:du\\s+mois\\s+)?d(?:e\\s+|'\\s?)${MONTH_RE}(?:\\s*,?\\s+(?:de\\s+l'\\s?an(?:nee)?\\s+)?${YEAR}\\b)?`, 'g');
/** The day an ORDINAL_WORD names: "sixieme" 6, "vingt et unieme" 21, "premier" 1. */
function ordinalDay(word: string): number | null {
  if (word === 'premier') return 1;
  return parseFrenchNumber(word.replace(/([a-z]+)ieme$/, (_m, stem: string) => ORDINAL_STEMS[stem] ?? stem));
}
// (a four-digit year may be glued to the next word by the extraction: "le 11/02/2026Reçu en préfecture")
const SLASH_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}(?!\d)|\d{2}\b)/g;
/** ISO order, as forms and software write it: "2024-04-03", "2024/04/03". */
const ISO_DATE = /\b(\d{4})([/-])(\d{1,2})\2(\d{1,2})\b/g;

/** Every date in a folded text, in order of appearance. */
export function findDates(fold: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of fold.matchAll(NUMERIC_MONTH_DATE)) {
    const day = Number(m[2]);
    const month = monthNumber(m[3]!);
    const year = yearOf(m[4]);
    push(out, day, month, year, weekdayName(m[1]), m.index!, m.index! + m[0].length);
  }
  for (const m of fold.matchAll(WORD_MONTH_DATE)) {
    const day = parseFrenchNumber(m[2]!);
    if (day === null) continue;
    const month = monthNumber(m[3]!);
    push(out, day, month, yearOf(m[4]), weekdayName(m[1]), m.index!, m.index! + m[0].length);
  }
  for (const m of fold.matchAll(ORDINAL_DAY_DATE)) {
    const day = m[2] ? Number(m[2]) : ordinalDay(m[3]!);
    if (day === null) continue;
    push(out, day, monthNumber(m[4]!), yearOf(m[5]), weekdayName(m[1]), m.index!, m.index! + m[0].length);
  }
  for (const m of fold.matchAll(SLASH_DATE)) {
    const before = fold.slice(Math.max(0, m.index! - 1), m.index!);
    const after = fold.slice(m.index! + m[0].length, m.index! + m[0].length + 1);
    if (/[\d/.-]/.test(before) || /[\d/]/.test(after)) continue; // part of a longer number
    // (a number of a report or an act, "Rapport n° 10-06-01", is none: a two-digit year after « n° »)
    if (m[3]!.length === 2 && /\bn[°o]?\s*[°.]?\s*$/.test(fold.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    push(out, Number(m[1]), Number(m[2]), yearOf(m[3]), null, m.index!, m.index! + m[0].length);
  }
  for (const m of fold.matchAll(ISO_DATE)) {
    const before = fold.slice(Math.max(0, m.index! - 1), m.index!);
    const after = fold.slice(m.index! + m[0].length, m.index! + m[0].length + 2);
    if (/[\d/.-]/.test(before) || /^(?:[\d/]|[-.]\d)/.test(after)) continue; // part of an identifier or a longer number
    push(out, Number(m[4]), Number(m[3]), Number(m[1]), null, m.index!, m.index! + m[0].length);
  }
  out.sort((a, b) => a.start - b.start);
  // drop overlaps (keep the longest at a position)
  const kept: DateMatch[] = [];
  for (const d of out) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) {
      if (d.end - d.start > last.end - last.start) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  return kept;
}

function push(out: DateMatch[], day: number, month: number, year: number | null, weekday: string | null, start: number, end: number): void {
  if (month < 1 || month > 12 || day < 1 || day > 31) return;
  const isoDate = year === null ? null : iso(year, month, day);
  if (year !== null && isoDate === null) return;
  out.push({ iso: isoDate, day, month, year, weekday, start, end });
}

/** The year written in words or digits after "l'an" ("l'an deux mil onze", "l'an 2019"). */
const FORMAL_YEAR = new RegExp(`\\bl'?\\s?an\\s+(\\d{4}|${NUMBER_WORD}(?:${YEAR_WORD_SEP}${NUMBER_WORD})*)\\b`);

export function formalYear(fold: string): { year: number; start: number; end: number } | null {
  const m = FORMAL_YEAR.exec(fold);
  if (!m) return null;
  const year = /^\d{4}$/.test(m[1]!) ? Number(m[1]) : parseFrenchNumber(m[1]!);
  if (!year || year < 1900 || year > 2100) return null;
  return { year, start: m.index, end: m.index + m[0].length };
}
