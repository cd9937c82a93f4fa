/**
 * The labelled subjects the matière classifier learns from, and the
 * held-out set it is measured on. Pure functions over CSV records; the
 * files are read by scripts/train-matiere.ts and the tests.
 *
 * Sources (see data/README.md and ../shared/scdl/SOURCES.md):
 * - actes-training-sample.csv: 168 real Rennes subjects with their ACTES
 *   code (`code` column: 7.1 "Divers" already corrected to 7.10), number
 *   prefixes stripped here;
 * - the nomenclature's own labels ("Finances locales Subventions"), one
 *   subject per code, so every code is a class;
 * - data/written-subjects.csv: subjects written for this project, mostly for
 *   the codes without a real example.
 * Held out: the rows of the two Rennes SCDL samples that are NOT in the
 * training sample (66), with the same 7.1 → 7.10 correction.
 */
import fs from 'node:fs';
import { parseCsvObjects } from '../export/rfc4180.ts';
import { fold } from './text-features.ts';
import { nomenclature, normaliseCode } from './nomenclature.ts';
import { stripDeliberationNumber } from './subject-prefix.ts';

export interface LabelledSubject {
  code: string;
  subject: string;
  source: 'rennes' | 'nomenclature' | 'written';
}

const WRITTEN = new URL('./data/written-subjects.csv', import.meta.url);

function known(code: string, where: string): string {
  const c = normaliseCode(code);
  if (!c) throw new Error(`${where}: "${code}" is not an ACTES level-2 code`);
  return c;
}

export function fromTrainingSample(rows: Array<Record<string, string>>): LabelledSubject[] {
  return rows.map((r) => ({ code: known(r.code ?? '', 'actes-training-sample'), subject: stripDeliberationNumber(r.delib_objet ?? ''), source: 'rennes' as const }));
}

export function fromNomenclature(): LabelledSubject[] {
  return [...nomenclature().values()].map((e) => ({ code: e.code, subject: `${e.level1} ${e.level2}`, source: 'nomenclature' as const }));
}

export function fromWrittenSubjects(text = fs.readFileSync(WRITTEN, 'utf8')): LabelledSubject[] {
  return parseCsvObjects(text).map((r) => ({ code: known(r.code ?? '', 'written-subjects'), subject: r.subject ?? '', source: 'written' as const }));
}

/**
 * The real code of an SCDL row: publishers type DELIB_MATIERE_CODE as a
 * number, so 7.10 (Divers) arrives as "7.1"; the name tells them apart.
 */
export function scdlRowCode(code: string, name: string): string | null {
  if (code.trim() === '7.1' && /\/\s*divers\s*$/.test(fold(name))) return '7.10';
  return normaliseCode(code);
}

/** Rows of the Rennes SCDL samples absent from the training sample: the held-out set. */
export function heldOut(
  sample: Array<Record<string, string>>,
  files: Array<{ name: string; rows: Array<Record<string, string>> }>,
): LabelledSubject[] {
  const used = new Set(sample.map((r) => `${r.source_file}|${r.delib_id}`));
  const out: LabelledSubject[] = [];
  for (const f of files) {
    for (const r of f.rows) {
      if (used.has(`${f.name}|${r.DELIB_ID}`)) continue;
      const code = scdlRowCode(r.DELIB_MATIERE_CODE ?? '', r.DELIB_MATIERE_NOM ?? '');
      if (!code || !r.DELIB_OBJET) continue;
      out.push({ code, subject: stripDeliberationNumber(r.DELIB_OBJET), source: 'rennes' });
    }
  }
  return out;
}
