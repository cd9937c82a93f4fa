/**
 * French number words → integers, for dates, counts, votes and amounts written
 * in words ("l'an deux mil onze, le vingt-huit mars", "dix-neuf membres en
 * exercice", "par vingt-deux voix pour", "cent mille euros").
 * Works on folded text (lower case, no accents). Handles "mil"/"mille",
 * hyphens or spaces between parts, "et un", "soixante-dix", "quatre-vingt(s)",
 * "million(s)".
 */
import { ocrFigures } from './ocr-letters.ts';
const UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, premier: 1, '1er': 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
const TENS: Record<string, number> = {
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
};

export const NUMBER_WORD = '(?:zero|une?|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|mil|et)';
/** A run of number words joined by spaces or hyphens (folded text). */
export const NUMBER_WORDS_RE = new RegExp(`${NUMBER_WORD}(?:[ -]+${NUMBER_WORD})*`, 'g');

/** One number word, whole ("dix" is not the start of "dix-neuf" here: the run takes both). */
const RUN_WORD =
  '(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|mil|millions?|milliards?)(?![a-z])';

/**
 * Every word a `numberRun` is made of (the words of RUN_WORD, and "et"), for
 * anchored search (scan.ts `numberBefore`): a number in words is a sequence
 * of runs of these words.
 */
export const NUMBER_RUN_WORDS: readonly string[] = [
  'zero', 'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
  'vingt', 'vingts', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'huitante', 'octante', 'nonante', 'cent', 'cents', 'mille', 'mil',
  'million', 'millions', 'milliard', 'milliards', 'et',
];

/**
 * A whole number written in words, as a regex source for folded text: the
 * parts joined by hyphens or spaces ("dix-neuf", "dix neuf", "quatre-vingt-dix-neuf"),
 * "et" only inside "vingt et un", "soixante et onze". `lineBreaks`: the parts may
 * also be split across lines ("quarante-deux mille / cinq cents euros").
 * No capturing group; it never starts inside a hyphenated compound.
 */
export function numberRun(lineBreaks = false): string {
  const sep = lineBreaks ? '(?:[ \\t-]*\\n[ \\t]*|[ \\t-]+)' : '[ \\t-]+';
  return `(?<![a-z]-)(?<![a-z])${RUN_WORD}(?:(?:${sep}|[ \\t-]+et[ \\t-]+(?=(?:une?|onze)(?![a-z])))${RUN_WORD})*`;
}

/** Parses a run of French number words; null when it is not one. */
export function parseFrenchNumber(words: string): number | null {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter((t) => t && t !== 'et');
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let prevUnit = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // two digits in a row ("neuf quatre") are two numbers, not one
    const unit = t in UNITS && UNITS[t]! >= 1 && UNITS[t]! <= 9;
    if (unit && prevUnit) return null;
    prevUnit = unit;
    if (t in UNITS) {
      current += UNITS[t]!;
    } else if (t === 'quatre' || t === 'quatres') {
      current += 4;
    } else if (t in TENS) {
      // "quatre vingt" = 4 × 20
      if ((t === 'vingt' || t === 'vingts') && current % 100 === 4) current = current - 4 + 80;
      else current += TENS[t]!;
    } else if (t === 'cent' || t === 'cents') {
      current = (current % 100 === 0 ? current + 1 : current) * 100;
    } else if (t === 'mille' || t === 'mil') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else if (t === 'million' || t === 'millions' || t === 'milliard' || t === 'milliards') {
      total += (current === 0 ? 1 : current) * (t.startsWith('milliard') ? 1_000_000_000 : 1_000_000);
      current = 0;
    } else {
      return null;
    }
  }
  return total + current;
}

/** A count, vote or amount: digits as written, or a whole number in words. */
export function readNumber(s: string): number | null {
  const t = s.trim();
  return /^\d+$/.test(t) ? Number(t) : parseFrenchNumber(t);
}

/** A count of letters only after a count's label and its colon, alone in its cell: "Présents : lO", "Votants : l1", "Contre : l - Abstention : l" (read 10, 11, 1). */
// (or before the names it counts in brackets: "Contre : l (M. Gilles X)", "Abstention : l (Mme Y)"; or after dotted
// leaders for the colon: "Nombre de conseillers en exercice ………… ll", "Votants ........ lO"; or both, a register's margin box
// "en exercice ......... : ll")
const LETTER_COUNT = /(?<=\b(?:pr[ée6]sents?|votants|exercice|pouvoirs?|procurations?|repr[ée6]sent[ée6]e?s?|absents?|excus[ée6]s|exprim[ée6]s|pour|contre|abstentions?(?:\(s\))?)[ \t]*(?:(?:\.{2,}|…+)[ \t]*)?(?::|\.{2,}|…+)[ \t]*)[lIO]{1,3}(?=[ \t]*(?:$|\n|[|–—,;.()]|[ \t]{2,})|[ \t]+-[ \t])/gimu;
/**
 * A typed register's margin box, each count after its label and a run of spaces, no colon ("en exercice  ll",
 * "présents      9"): letters for the figures (l, I, O) read as digits, the count alone up to the line's end or the text
 * of the other column beside it.
 */
const LETTER_COUNT_BOX = /(?<=(?:^|\n)[ \t]*(?:en[ \t]+)?(?:exercice|pr[ée6]sents|votants)[ \t]{2,})[lIO]{1,3}(?=[ \t]*(?:$|\n)|[ \t]{2,})/gimu;
/** "(l abstention", "l voix contre": a lone l or I before what it counts. */
const LETTER_ONE = /(?<=[(\s])[lI](?=[ \t]+(?:abstentions?|voix|pouvoirs?|procurations?|contre|vote)\b)/g;

/**
 * A day of letters only before its month and year, or "ler" for "1er" before its month: "jeudi ll février 2O2l",
 * "le lO mars 2Ol6", "à compter du ler novembre" (the month checked by MONTH_NAME); the year's 1 may be an l too, a real
 * digit in it: "lO juin l985".
 */
const LETTER_DAY = /(?<![\p{L}\p{N}])(?:[lI]{1,2}|[lI]O|l(?=er[ \t]))(?=(?:er)?[ \t]+(\p{L}+)(?:[ \t]+([12lI][0-9OlI]{3})(?![\p{L}\p{N}]))?)/gu;
const MONTH_NAME = /^(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)$/;

/** An amount before its currency, its groups apart by one blank, a letter O, o, l or I in one group at least (see ocrDigits). */
const OCR_AMOUNT = /(?<![\p{L}\p{N},.])[0-9OolI]{1,3}(?:[ \t][0-9OolI]{3})*(?:,[0-9OolI]{1,2})?(?=[ \t]*(?:€|euros?\b|EUR\b))/gu;

/**
 * OCR reads digits as look-alike letters: "2O23", "Présents : l2", "6,OO €",
 * "1l décembre". Inside a token made of digits and the letters O, o, l, I only
 * (groups joined by , . /), holding at least one real digit and touching no
 * other letter, those letters are read as 0 and 1. Words are never changed
 * ("C0MMUNE", "VlGUIER", "ler"). Same length as the input: offsets are kept.
 */
export function ocrDigits(text: string): string {
  if (/(?::|\.\.|…)[ \t]*[lIO]/.test(text)) text = text.replace(LETTER_COUNT, (tok) => ocrFigures(tok));
  if (/(?:exercice|pr[ée6]sents|votants)[ \t]{2,}[lIO]/.test(text)) text = text.replace(LETTER_COUNT_BOX, (tok) => ocrFigures(tok));
  if (/[lI][ \t]+(?:abst|voix|pouv|proc|contre|vote)/.test(text)) text = text.replace(LETTER_ONE, '1');
  // "l 350 €", "l 634,63 €": an OCR'd 1 standing alone as the thousands group of an amount
  // (the test opened on the letter, its lookbehind after it: the same answer, the class not tried at every character)
  if (/[lI](?<![\p{L}\p{N}][lI])[ \t]\d{3}/u.test(text)) text = text.replace(/(?<![\p{L}\p{N}])[lI](?=[ \t]\d{3}(?:[ \t]\d{3})*(?:,\d{1,2})?[ \t]*(?:€|euros?\b|EUR\b))/gu, '1');
  // "86 OOO € HT": a thousands group of O's after a digit's group, in an amount with its currency (or an S for a 5: "74 S01,00 €")
  if (/\d[ \t][0-9OS]*[OS][0-9OS]*[ \t€,]/.test(text)) {
    text = text.replace(/(?<![\p{L}\p{N}])\d{1,3}(?:[ \t][0-9OS]{3})+(?:,[0-9O]{1,2})?(?=[ \t]*(?:€|euros?\b|EUR\b))/gu, (tok) => ocrFigures(tok, { s5: true }));
  }
  if (/(?<![\p{L}\p{N}])[lI][lIO]?(?:er)?[ \t]+\p{L}/u.test(text)) text = text.replace(LETTER_DAY, (tok, month: string, year: string | undefined) => (MONTH_NAME.test(month.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()) && ((year && /[0-9]/.test(year)) || tok === 'l') ? ocrFigures(tok) : tok));
  // an amount with its currency whose groups OCR read with letters only, a real digit in another ("l52 lOO €", "ll 666 €",
  // "l,l2 €", "l 284 5OO €"): each group of the amount read as digits
  if (/[OolI][ \t]*(?:€|euros?\b|EUR\b)|[OolI][ \t,][0-9OolI]/.test(text)) text = text.replace(OCR_AMOUNT, (tok) => (/[0-9]/.test(tok) ? ocrFigures(tok, { smallO: true }) : tok));
  if (!/[0-9][OolI]|[OolI][0-9]|[0-9][,./][OolI]|[OolI][,./][0-9]/.test(text)) return text;
  return text.replace(/(?<![\p{L}\p{N}])[0-9OolI]+(?:[,./][0-9OolI]+)*(?![\p{L}\p{N}])/gu, (tok) => {
    if (!/[0-9]/.test(tok) || !/[OolI]/.test(tok)) return tok;
    // each group must hold a digit or be all O's (decimals "6,OO"); "l.2121" is an article reference
    // (but a date's day or month may be letters only when its year holds a digit: "2O/Ol/2O26")
    const groups = tok.split(/[,./]/);
    // (or a date's day or month all l's between slashes: "22/ll/l995" is 22/11/1995)
    const slashDate = /^[0-9lI]{1,2}\/[0-9OolI]{1,2}\/[0-9OolI]{2}(?:[0-9OolI]{2})?$/.test(tok) && /[0-9]/.test(groups[2]!);
    const date = slashDate || (/^[0-9OolI]{1,2}([/.])[0-9OolI]{1,2}\1[0-9OolI]{4}$/.test(tok) && /[0-9]/.test(groups[2]!));
    if (!date && !groups.every((g) => /[0-9]/.test(g) || /^[Oo]+$/.test(g))) return tok;
    return ocrFigures(tok, { smallO: true });
  });
}

/**
 * Keywords of a pattern searched with anchors (scan.ts) in the `foldDigits`
 * view, the keyword index being that of `fold`. The two views differ only
 * where ocrDigits turned an o, l or i into a digit, inside a token of digits
 * and those letters that touches no other letter: a keyword holding another
 * letter never overlaps such a token and starts a run (no letter a-z before
 * it) at the same places in both views. A keyword made of o, l and i only
 * could lose or gain places: refused.
 */
export function digitViewKeys(keys: string[]): string[] {
  for (const k of keys) if (/^[oli]+$/.test(k)) throw new Error(`digitViewKeys: "${k}" may be changed by ocrDigits`);
  return keys;
}

let lastDigits: { norm: string; out: string } | null = null;
/** `ocrDigits(norm)`, kept for the last text asked (the parse asks it of one norm text again and again). */
export function normDigits(norm: string): string {
  if (lastDigits?.norm !== norm) lastDigits = { norm, out: ocrDigits(norm) };
  return lastDigits.out;
}

let lastFold: { norm: string; fold: string; out: string } | null = null;
/**
 * `fold` (same length as `norm`) with the OCR digits of `norm` read as digits
 * (see ocrDigits): the view in which counts, votes and dates are matched.
 */
export function foldDigits(norm: string, fold: string): string {
  if (lastFold && lastFold.norm === norm && lastFold.fold === fold) return lastFold.out;
  const digits = normDigits(norm);
  let out = fold;
  if (digits !== norm && digits.length === fold.length) {
    const chars = fold.split('');
    for (let i = 0; i < digits.length; i++) if (digits[i] !== norm[i]) chars[i] = digits[i]!;
    out = chars.join('');
  }
  lastFold = { norm, fold, out };
  return out;
}
