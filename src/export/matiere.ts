/**
 * The ACTES matière of a deliberation, for DELIB_MATIERE_CODE/NOM: the ACTES
 * stamp's (what was transmitted to the prefecture), else the one the item's
 * text states ("Matière : 7.5", deliberation.matiere), when it is a code of
 * the nomenclature; else the classifier's guess from the subject
 * (src/classify/). `source` says which.
 */
import { matiereClassifier, type MatiereClassifier } from '../classify/matiere-model.ts';
import { matiereName, normaliseCode } from '../classify/nomenclature.ts';
import type { Deliberation } from '../domain/index.ts';

export interface ResolvedMatiere {
  code: string;
  /** DELIB_MATIERE_NOM: "Finances locales/Subventions". */
  name: string;
  source: 'stated' | 'actes' | 'classifier';
  /** 1 for a stated matière; the classifier's share of the best class otherwise. */
  confidence: number;
  /** A stated value that is not a nomenclature code (the classifier was used instead). */
  ignored: string | null;
}

export function resolveMatiere(d: Deliberation, classifier: MatiereClassifier = matiereClassifier()): ResolvedMatiere | null {
  const stated: Array<[ResolvedMatiere['source'], string | null | undefined]> = [
    ['actes', d.actes?.matiere_code],
    ['stated', d.matiere],
  ];
  let ignored: string | null = null;
  for (const [source, value] of stated) {
    if (!value) continue;
    const code = normaliseCode(value);
    if (code) return { code, name: matiereName(code)!, source, confidence: 1, ignored: null };
    ignored ??= value;
  }
  const guess = d.subject ? classifier.classify(d.subject) : null;
  if (!guess) return null;
  return { code: guess.code, name: matiereName(guess.code)!, source: 'classifier', confidence: guess.confidence, ignored };
}
