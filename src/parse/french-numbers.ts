/**
 * French number words → integers, for dates written in words
 * ("l'an deux mil onze, le vingt-huit mars", "vingt heures trente").
 * Works on folded text (lower case, no accents). Handles "mil"/"mille",
 * hyphens or spaces between parts, "et un", "soixante-dix", "quatre-vingt(s)".
 */
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

/** Parses a run of French number words; null when it is not one. */
export function parseFrenchNumber(words: string): number | null {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter((t) => t && t !== 'et');
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
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
      if (current > 100 && current % 100 === 0 && current < 1000) {
        /* "deux cents" */
      }
    } else if (t === 'mille' || t === 'mil') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else {
      return null;
    }
  }
  return total + current;
}
