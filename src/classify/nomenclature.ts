/**
 * The ACTES nomenclature, levels 1 and 2 (57 codes, 1.1 … 9.4), read from
 * data/actes-nomenclature.csv (public reference data, provenance in
 * data/README.md). Loaded once, synchronously, at first use.
 *
 * `matiereName(code)` gives DELIB_MATIERE_NOM in the SCDL form
 * `Niveau1/Niveau2` with the official wording, except one documented
 * correction: level 1 of 6 is spelt "pourvoirs" (sic) in every official
 * RetourClassification file, while the SCDL validator (Validata's
 * nomenclature-actes-value check) only accepts "Libertés publiques et
 * pouvoirs de police". The export writes the accepted spelling.
 */
import fs from 'node:fs';
import { parseCsvObjects } from '../export/rfc4180.ts';

export interface MatiereEntry {
  /** Level-2 code, "7.5", "7.10". */
  code: string;
  level1: string;
  level2: string;
}

const FILE = new URL('./data/actes-nomenclature.csv', import.meta.url);

/** Level-1 labels as the SCDL validator accepts them (compared without case or accents). */
export const SCDL_LEVEL1_CORRECTIONS: Readonly<Record<string, string>> = {
  'Libertés publiques et pourvoirs de police': 'Libertés publiques et pouvoirs de police',
};

let cache: ReadonlyMap<string, MatiereEntry> | null = null;

export function nomenclature(): ReadonlyMap<string, MatiereEntry> {
  if (cache) return cache;
  const rows = parseCsvObjects(fs.readFileSync(FILE, 'utf8'));
  const map = new Map<string, MatiereEntry>();
  for (const r of rows) {
    const code = (r.code ?? '').trim();
    if (!/^\d\.\d{1,2}$/.test(code)) throw new Error(`actes-nomenclature.csv: bad code "${code}"`);
    map.set(code, { code, level1: (r.level1 ?? '').trim(), level2: (r.level2 ?? '').trim() });
  }
  cache = map;
  return map;
}

/** "7.5" → "7.5"; " 7.05 " → "7.5"; anything that is not a known level-2 code → null. */
export function normaliseCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const m = /^\s*(\d)\.0?(\d{1,2})\s*$/.exec(code);
  if (!m) return null;
  const c = `${m[1]}.${Number(m[2])}`;
  return nomenclature().has(c) ? c : null;
}

export function matiereEntry(code: string): MatiereEntry | null {
  const c = normaliseCode(code);
  return c ? nomenclature().get(c)! : null;
}

/** DELIB_MATIERE_NOM for a code: "Finances locales/Subventions"; null for an unknown code. */
export function matiereName(code: string): string | null {
  const e = matiereEntry(code);
  if (!e) return null;
  return `${SCDL_LEVEL1_CORRECTIONS[e.level1] ?? e.level1}/${e.level2}`;
}

/** Level 1 of a code: "7.10" → "7". */
export function level1Of(code: string): string {
  return code.split('.')[0]!;
}
