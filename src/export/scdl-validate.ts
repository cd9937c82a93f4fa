/**
 * The SCDL « Délibérations » 2.1.5 rules, checked on every row BEFORE it is
 * written: a row that fails is reported with its reasons, never written.
 *
 * Schema rules (Table Schema + Validata custom checks of the schema):
 * required fields; COLL_SIRET `^\d{14}$`; DELIB_DATE, PREF_DATE ISO dates;
 * DELIB_MATIERE_CODE `^\d\.\d{1,2}$`; DELIB_MATIERE_NOM `Niveau1/Niveau2`
 * with an accepted level 1 and no space after the slash
 * (nomenclature-actes-value); BUDGET_ANNEE `YYYY` or `YYYY/YYYY`, set with
 * BUDGET_NOM (year-interval-value, cohesive-columns-value); VOTE_* integers;
 * VOTE_REEL = POUR + CONTRE + ABSTENTION (sum-columns-value); PREF_DATE ≥
 * DELIB_DATE (compare-columns-value); DELIB_URL a URI.
 * The project's own, stricter: the SIRET's Luhn key; DELIB_MATIERE_CODE a
 * code of the ACTES nomenclature and DELIB_MATIERE_NOM its label; VOTE_*
 * not negative; PREF_ID `PREFnnn`/`SPREFnnnM`/`SGARnnn`; DELIB_ID unique in
 * the file (see `duplicateIds`).
 */
import { matiereName } from '../classify/nomenclature.ts';
import { foldText } from '../parse/source.ts';
import { validSiret } from './identifiers.ts';
import { ACTES_LEVEL1_ACCEPTED, SCDL_INTEGER_COLUMNS, SCDL_REQUIRED, type ScdlRow } from './scdl-columns.ts';

const fold = (s: string) => foldText(s).replace(/['’]/g, ' ').replace(/\s+/g, ' ').trim();
const LEVEL1 = new Set(ACTES_LEVEL1_ACCEPTED.map(fold));

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function isUri(s: string): boolean {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(s) && Boolean(new URL(s));
  } catch {
    return false;
  }
}

/** Reasons the row would fail (French, one per rule broken); empty: valid. */
export function validateScdlRow(row: ScdlRow): string[] {
  const out: string[] = [];
  for (const c of SCDL_REQUIRED) if (!row[c].trim()) out.push(`${c} obligatoire et vide`);
  if (row.COLL_SIRET && !/^\d{14}$/.test(row.COLL_SIRET)) out.push(`COLL_SIRET « ${row.COLL_SIRET} » : 14 chiffres attendus`);
  else if (row.COLL_SIRET && !validSiret(row.COLL_SIRET)) out.push(`COLL_SIRET ${row.COLL_SIRET} : clé de contrôle (Luhn) invalide`);
  for (const c of ['DELIB_DATE', 'PREF_DATE'] as const) if (row[c] && !isIsoDate(row[c])) out.push(`${c} « ${row[c]} » : date AAAA-MM-JJ attendue`);
  if (row.DELIB_MATIERE_CODE) {
    if (!/^\d\.\d{1,2}$/.test(row.DELIB_MATIERE_CODE)) out.push(`DELIB_MATIERE_CODE « ${row.DELIB_MATIERE_CODE} » : motif \\d.\\d{1,2} attendu`);
    else if (!matiereName(row.DELIB_MATIERE_CODE)) out.push(`DELIB_MATIERE_CODE ${row.DELIB_MATIERE_CODE} : absent de la nomenclature ACTES`);
  }
  if (row.DELIB_MATIERE_NOM) {
    const nom = row.DELIB_MATIERE_NOM;
    const slash = nom.indexOf('/');
    if (slash < 0) out.push(`DELIB_MATIERE_NOM « ${nom} » : forme Niveau1/Niveau2 attendue`);
    else if (!LEVEL1.has(fold(nom.slice(0, slash)))) out.push(`DELIB_MATIERE_NOM « ${nom} » : niveau 1 non reconnu`);
    else if (nom.includes('/ ') || /\s$/.test(nom.slice(0, slash))) out.push(`DELIB_MATIERE_NOM « ${nom} » : pas d’espace autour de la barre oblique`);
    const expected = row.DELIB_MATIERE_CODE ? matiereName(row.DELIB_MATIERE_CODE) : null;
    if (expected && fold(expected) !== fold(nom)) out.push(`DELIB_MATIERE_NOM « ${nom} » ne correspond pas au code ${row.DELIB_MATIERE_CODE} (« ${expected} »)`);
  }
  if (row.BUDGET_ANNEE) {
    const m = /^(\d{4})(?:\/(\d{4}))?$/.exec(row.BUDGET_ANNEE);
    if (!m || (m[2] && Number(m[2]) <= Number(m[1]))) out.push(`BUDGET_ANNEE « ${row.BUDGET_ANNEE} » : AAAA ou AAAA/AAAA croissant attendu`);
  }
  if (Boolean(row.BUDGET_ANNEE) !== Boolean(row.BUDGET_NOM)) out.push('BUDGET_ANNEE et BUDGET_NOM se renseignent ensemble');
  if (row.PREF_ID && !/^(?:(?:PREF|SGAR)\d{2}[0-9AB]|SPREF\d{2}[0-9AB]\d)$/.test(row.PREF_ID)) out.push(`PREF_ID « ${row.PREF_ID} » : PREFnnn, SPREFnnnM ou SGARnnn attendu`);
  const ints: Partial<Record<string, number>> = {};
  for (const c of SCDL_INTEGER_COLUMNS) {
    if (!row[c]) continue;
    if (!/^\d+$/.test(row[c])) out.push(`${c} « ${row[c]} » : entier positif ou nul attendu`);
    else ints[c] = Number(row[c]);
  }
  const parts = [ints.VOTE_POUR, ints.VOTE_CONTRE, ints.VOTE_ABSTENTION];
  if (ints.VOTE_REEL !== undefined && parts.every((p) => p !== undefined)) {
    const sum = parts.reduce((a, b) => a! + b!, 0)!;
    if (sum !== ints.VOTE_REEL) out.push(`VOTE_REEL ${ints.VOTE_REEL} ≠ POUR + CONTRE + ABSTENTION = ${sum}`);
  }
  if (row.PREF_DATE && row.DELIB_DATE && isIsoDate(row.PREF_DATE) && isIsoDate(row.DELIB_DATE) && row.PREF_DATE < row.DELIB_DATE) {
    out.push(`PREF_DATE ${row.PREF_DATE} antérieure à DELIB_DATE ${row.DELIB_DATE}`);
  }
  if (row.DELIB_URL && !isUri(row.DELIB_URL)) out.push(`DELIB_URL « ${row.DELIB_URL} » : URI attendue`);
  return out;
}

/** Indexes of rows whose DELIB_ID was already used by an earlier row. */
export function duplicateIds(rows: readonly ScdlRow[]): Map<number, number> {
  const first = new Map<string, number>();
  const dups = new Map<number, number>();
  rows.forEach((r, i) => {
    const j = first.get(r.DELIB_ID);
    if (j === undefined) first.set(r.DELIB_ID, i);
    else dups.set(i, j);
  });
  return dups;
}
