/**
 * The matière classifier: natural's BayesClassifier over the tokens of
 * text-features.ts, trained at build time (scripts/train-matiere.ts) into
 * matiere-model.json, loaded at run time. Nothing is trained on a run.
 *
 * The model file keeps what classification needs (vocabulary and class
 * counts), not the training documents: it carries no subject text.
 */
import fs from 'node:fs';
import { BayesClassifier } from 'natural/lib/natural/classifiers/index.js';
import { FEATURES_VERSION, subjectTokens } from './text-features.ts';
import type { LabelledSubject } from './training-set.ts';

export const MODEL_FILE = new URL('./matiere-model.json', import.meta.url);

export interface MatiereModelFile {
  kind: 'natural-bayes';
  features_version: string;
  /** Training documents per source, for people reading the file. */
  trained_on: Record<string, number>;
  smoothing: number;
  /** natural's vocabulary (token → count) and apparatus' Bayes counts. */
  features: Record<string, number>;
  classifier: Record<string, unknown>;
}

export interface MatiereGuess {
  code: string;
  /** Share of the best class in the normalised scores, 0–1. */
  confidence: number;
}

/** Trains a model from labelled subjects. Deterministic: same input, same file. */
export function trainModel(set: readonly LabelledSubject[], smoothing = 0.5): MatiereModelFile {
  const c = new BayesClassifier(undefined, smoothing);
  const trained_on: Record<string, number> = {};
  for (const s of set) {
    const tokens = subjectTokens(s.subject);
    if (tokens.length === 0) continue;
    c.addDocument(tokens, s.code);
    trained_on[s.source] = (trained_on[s.source] ?? 0) + 1;
  }
  c.train();
  const plain = JSON.parse(JSON.stringify(c.classifier)) as Record<string, unknown>;
  return { kind: 'natural-bayes', features_version: FEATURES_VERSION, trained_on, smoothing, features: { ...c.features }, classifier: plain };
}

export interface MatiereClassifier {
  classify(subject: string): MatiereGuess | null;
}

export function classifierFrom(model: MatiereModelFile): MatiereClassifier {
  if (model.kind !== 'natural-bayes') throw new Error(`matière model: unknown kind ${String(model.kind)}`);
  if (model.features_version !== FEATURES_VERSION) {
    throw new Error(`matière model built with features v${model.features_version}, code has v${FEATURES_VERSION}: run scripts/train-matiere.ts`);
  }
  const c = BayesClassifier.restore({ classifier: model.classifier, features: model.features, docs: [], lastAdded: 0 });
  const vocabulary = new Set(Object.keys(model.features));
  return {
    classify(subject) {
      const tokens = subjectTokens(subject);
      if (!tokens.some((t) => vocabulary.has(t))) return null; // nothing it has seen: no guess
      const ranked = c.getClassifications(tokens);
      const total = ranked.reduce((s, r) => s + r.value, 0);
      const best = ranked[0];
      if (!best) return null;
      return { code: best.label, confidence: total > 0 ? best.value / total : 0 };
    },
  };
}

let loaded: MatiereClassifier | null = null;

/** The committed model, loaded once. */
export function matiereClassifier(): MatiereClassifier {
  loaded ??= classifierFrom(JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as MatiereModelFile);
  return loaded;
}
