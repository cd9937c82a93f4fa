/**
 * The words the matière classifier sees. Training (scripts/train-matiere.ts)
 * and classification use this one function, so a change here requires
 * retraining (FEATURES_VERSION is stored in the model and checked at load).
 *
 * Subject → deliberation-number prefix removed → file-name forms opened
 * ("Budget_annexe", "RegroupementBudgets") → folded (lower case, accents
 * removed: "Aliénations" = "Alienations") → words of 2+ letters, no digits,
 * French stop words dropped → PorterStemmerFr, then the stems and the pairs
 * of consecutive stems ("emprunt_garant"). Folding BEFORE stemming keeps
 * accented and unaccented spellings one stem (publishers write both). The
 * pairs were kept because they raise the cross-validated accuracy on the
 * training sample (67.3 % against 65.5 % for stems alone, level 2).
 */
import { PorterStemmerFr } from 'natural/lib/natural/stemmers/index.js';
import { stripDeliberationNumber } from './subject-prefix.ts';

export const FEATURES_VERSION = '2';

const STOP = new Set(
  (
    'a au aux avec ce ces cet cette dans de des du elle en et il ils la le les leur leurs lui mais ne nos notre nous on ou par pas pour ' +
    'qu que qui sa se ses son sur un une vos votre vous est sont ete etre entre apres avant sous vers chez dont lors afin ainsi ' +
    'd l n s c j m t y ' +
    // words every deliberation carries: they say nothing about the matière
    'deliberation deliberations conseil municipal communautaire metropolitain ville commune rennes metropole dcm objet approbation ' +
    'modificatif modification n no numero'
  ).split(' '),
);

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

/** "RegroupementBudgets annexes_ZAC" → "Regroupement Budgets annexes ZAC". */
function openFileNames(s: string): string {
  return s.replace(/_+/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

const stems = new Map<string, string>();

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmerFr.stem(word).replace(/[^a-z]/g, '') || word;
    stems.set(word, s);
  }
  return s;
}

/** The stems of a subject, in order (repeats kept). */
export function subjectStems(subject: string): string[] {
  const text = fold(openFileNames(stripDeliberationNumber(subject)));
  const out: string[] = [];
  for (const w of text.split(/[^a-z]+/)) {
    if (w.length < 2 || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** The classifier's features for a subject: its stems, then each pair of consecutive stems. */
export function subjectTokens(subject: string): string[] {
  const s = subjectStems(subject);
  return [...s, ...s.slice(1).map((t, i) => `${s[i]}_${t}`)];
}
