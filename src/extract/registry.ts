/**
 * Input kind → extractor, built once and checked at start-up (DESIGN.md
 * rule 1): every InputKind must have exactly one extractor, so a new kind
 * without an extractor (or two claiming one) fails at boot, not on a file.
 */
import { InputKind } from '../domain/index.ts';
import type { Extractor } from './types.ts';

export class ExtractorRegistryError extends Error {}

export type ExtractorRegistry = ReadonlyMap<InputKind, Extractor>;

export function buildRegistry(extractors: readonly Extractor[]): ExtractorRegistry {
  const map = new Map<InputKind, Extractor>();
  for (const ex of extractors) {
    for (const kind of ex.kinds) {
      const other = map.get(kind);
      if (other) throw new ExtractorRegistryError(`input kind "${kind}" has two extractors: ${other.name} and ${ex.name}`);
      map.set(kind, ex);
    }
  }
  const missing = InputKind.options.filter((k) => !map.has(k));
  if (missing.length > 0) throw new ExtractorRegistryError(`no extractor for input kind(s): ${missing.join(', ')}`);
  return map;
}
