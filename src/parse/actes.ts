/**
 * The ACTES transmission stamp printed on extracts sent to the prefecture:
 * "Envoyé en préfecture le 02/04/2024", "Reçu en préfecture le 02/04/2024",
 * "ID : 021-242100410-20240328-CM2024_03_28_12-DE", "Matière : 7.5".
 * The ID holds the department, the SIREN of the body and the act's date.
 */
import type { ActesStamp } from '../domain/index.ts';
import { findDates, iso } from './dates.ts';
import { anchored, firstAnchored, zoneOf, type Anchored } from './scan.ts';
import type { SourceText } from './source.ts';

/**
 * "Matière : 7.5", "Nomenclature ACTES : 7.5.1 Subventions", "Classification : 3.2",
 * "Code matière 8.3". Only the two first levels are kept (the level-2 code
 * the SCDL uses); checking the code against the nomenclature is the export's job.
 */
// tried only at its first word (scan.ts)
const MATIERE_RE = anchored(/\b(?:matiere|nomenclature|classification|code\s+(?:matiere|actes|nomenclature))(?:\s+(?:actes|de\s+l'acte))?\s*(?:n°\s*)?:?\s*([1-9])\.(\d{1,2})(?:\.\d{1,2})*\b/, ['matiere', 'nomenclature', 'classification', 'code']);

/** The ACTES matière stated in fold[from, to), as "7.5", else null. */
export function findMatiere(src: SourceText, from: number, to: number): string | null {
  const m = firstAnchored(zoneOf(src, from, to), MATIERE_RE);
  return m ? `${m[1]}.${Number(m[2])}` : null;
}

const ID_RE = /\bID\s*:\s*(\d{3}-(\d{9})-(\d{4})(\d{2})(\d{2})-[\w.-]+?-(?:DE|AI|AR|CC|AU))\b/i;

/**
 * "envoyé en préfecture le", "reçu en préfecture le": tried only at
 * "prefecture" (2 words before); no `\b`, so "envoye" may end a longer word
 * ("renvoye"): also 6 (4) letters before that word's end.
 */
const SENT = anchored(/envoye\s+en\s+prefecture\s+le\s*/, ['prefecture'], 2, 'none', [6]);
const RECEIVED = anchored(/recu\s+en\s+prefecture\s+le\s*/, ['prefecture'], 2, 'none', [4]);

function dateAfter(src: SourceText, re: Anchored, from: number, to: number): string | null {
  const m = firstAnchored(zoneOf(src, from, to), re);
  if (!m) return null;
  const start = from + m.index + m[0].length;
  // (a stamp's day OCR read as two digits apart, "3 1 MARS 2006": one day, the space dropped)
  const d = findDates(src.fold.slice(start, start + 40).replace(/^(\s*)([0-3]) (\d)(?=\s+\p{L})/u, '$1$2$3 '))[0];
  return d?.iso ?? null;
}

export function findActesStamp(src: SourceText, from: number, to: number): ActesStamp | null {
  const text = src.norm.slice(from, to);
  const id = ID_RE.exec(text);
  const sent = dateAfter(src, SENT, from, to);
  const received = dateAfter(src, RECEIVED, from, to);
  if (!id && !sent && !received) return null;
  const at = id ? from + id.index : from;
  return {
    id: id ? id[1]! : null,
    siren: id ? id[2]! : null,
    id_date: id ? iso(Number(id[3]), Number(id[4]), Number(id[5])) : null,
    sent,
    received,
    matiere_code: findMatiere(src, from, to),
    span: src.span(at, at + (id ? id[0].length : 1)),
  };
}
