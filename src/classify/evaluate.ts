/**
 * Accuracy of a matière classifier on labelled subjects, at level 2 (the
 * exact code, "7.5") and level 1 (the family, "7"). A subject the classifier
 * gives no guess for counts as wrong.
 */
import type { MatiereClassifier } from './matiere-model.ts';
import { level1Of } from './nomenclature.ts';
import type { LabelledSubject } from './training-set.ts';

export interface Accuracy {
  n: number;
  level1: number;
  level2: number;
  /** Subjects that were misclassified at level 2: expected → guessed. */
  errors: Array<{ subject: string; expected: string; guessed: string | null }>;
}

export function accuracy(classifier: MatiereClassifier, set: readonly LabelledSubject[]): Accuracy {
  let l1 = 0;
  let l2 = 0;
  const errors: Accuracy['errors'] = [];
  for (const s of set) {
    const g = classifier.classify(s.subject)?.code ?? null;
    if (g === s.code) l2++;
    else errors.push({ subject: s.subject, expected: s.code, guessed: g });
    if (g !== null && level1Of(g) === level1Of(s.code)) l1++;
  }
  const n = set.length;
  return { n, level1: n ? l1 / n : 0, level2: n ? l2 / n : 0, errors };
}
