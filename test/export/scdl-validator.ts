/**
 * An SCDL « Délibérations » 2.1.5 validator written for the tests, apart
 * from src/export (its own CSV reader and rules), so the export is checked
 * by a second implementation of the schema rather than by itself:
 *
 * - file: UTF-8, comma, RFC 4180 (CRLF records, quotes doubled), header =
 *   the 17 columns in schema order, 17 fields per record;
 * - Table Schema: required COLL_NOM, COLL_SIRET, DELIB_ID, DELIB_DATE,
 *   DELIB_MATIERE_CODE, DELIB_MATIERE_NOM, DELIB_OBJET; COLL_SIRET `^\d{14}$`;
 *   dates `YYYY-MM-DD` (real days); DELIB_MATIERE_CODE `^\d\.\d{1,2}$`;
 *   BUDGET_ANNEE `^[0-9]{4}(\/[0-9]{4})?$`; VOTE_* integers; DELIB_URL a URI;
 * - Validata custom checks of the schema: nomenclature-actes-value on
 *   DELIB_MATIERE_NOM, sum-columns-value VOTE_REEL = POUR + CONTRE +
 *   ABSTENTION, compare-columns-value PREF_DATE ≥ DELIB_DATE,
 *   cohesive-columns-value BUDGET_ANNEE/BUDGET_NOM, year-interval-value;
 *   french-siret-value (Luhn) on COLL_SIRET;
 * - the ACTES form: DELIB_MATIERE_CODE is a code of the nomenclature
 *   (levels 1–2) and DELIB_MATIERE_NOM its `Niveau1/Niveau2` label
 *   (case, accents and apostrophes ignored; "pourvoirs", the official
 *   typo, read as "pouvoirs"); DELIB_ID unique in the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths.ts';

export const COLUMNS = 'COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL'.split(',');

const LEVEL1 = ['Commande publique', 'Urbanisme', 'Domaine et patrimoine', 'Fonction publique', 'Institutions et vie politique', 'Libertés publiques et pouvoirs de police', 'Finances locales', 'Domaines de compétences par thèmes', 'Autres domaines de compétences'];

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/pourvoirs/g, 'pouvoirs')
    .replace(/['’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** RFC 4180 reader, strict: CRLF between records, quotes only around whole fields. */
export function readRfc4180(text: string): { records: string[][]; errors: string[] } {
  const errors: string[] = [];
  const records: string[][] = [];
  let rec: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) {
          errors.push('guillemet non fermé');
          break;
        }
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
        else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') errors.push(`guillemet au milieu d'un champ (enregistrement ${records.length + 1})`);
        field += text[i++];
      }
    }
    rec.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(rec);
      rec = [];
      i += 2;
    } else if (i < text.length) {
      errors.push(`fin d'enregistrement autre que CRLF (enregistrement ${records.length + 1})`);
      records.push(rec);
      rec = [];
      i++;
    }
  }
  if (rec.length) {
    errors.push('dernier enregistrement sans CRLF');
    records.push(rec);
  }
  return { records, errors };
}

function loadNomenclature(): Map<string, string> {
  const text = fs.readFileSync(path.join(ROOT, 'src/classify/data/actes-nomenclature.csv'), 'utf8').replace(/\r/g, '');
  const map = new Map<string, string>();
  for (const line of text.split('\n').slice(1).filter(Boolean)) {
    const m = /^(\d\.\d{1,2}),([^,]+),(.+)$/.exec(line);
    if (!m) throw new Error(`nomenclature: ${line}`);
    map.set(m[1]!, `${m[2]}/${m[3]!.replace(/^"|"$/g, '')}`);
  }
  return map;
}

function luhn(d: string): boolean {
  let sum = 0;
  [...d].reverse().forEach((c, i) => {
    const v = Number(c) * (i % 2 ? 2 : 1);
    sum += v > 9 ? v - 9 : v;
  });
  return sum % 10 === 0;
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Every rule broken by an SCDL file: "ligne N, COLONNE : raison". Empty: valid. */
export function validateScdlFile(bytes: Buffer): string[] {
  const out: string[] = [];
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) out.push('fichier : pas de l’UTF-8 valide');
  const { records, errors } = readRfc4180(text.replace(/^\uFEFF/, ''));
  out.push(...errors.map((e) => `fichier : ${e}`));
  const [header, ...rows] = records;
  if (!header || header.join(',') !== COLUMNS.join(',')) out.push(`en-tête : ${header?.join(',')} ≠ les 17 colonnes dans l’ordre du schéma`);
  const nomenclature = loadNomenclature();
  const level1 = new Set(LEVEL1.map(norm));
  const ids = new Map<string, number>();
  rows.forEach((r, k) => {
    const line = k + 2;
    const bad = (col: string, why: string) => out.push(`ligne ${line}, ${col} : ${why}`);
    if (r.length !== 17) return bad('*', `${r.length} champs au lieu de 17`);
    const v = Object.fromEntries(COLUMNS.map((c, i) => [c, r[i]!])) as Record<string, string>;
    for (const c of COLUMNS.slice(0, 7)) if (!v[c]!.trim()) bad(c, 'obligatoire');
    if (v.COLL_SIRET && !(/^\d{14}$/.test(v.COLL_SIRET) && luhn(v.COLL_SIRET))) bad('COLL_SIRET', `« ${v.COLL_SIRET} » n’est pas un SIRET`);
    for (const c of ['DELIB_DATE', 'PREF_DATE']) if (v[c] && !isDate(v[c]!)) bad(c, `« ${v[c]} » n’est pas une date ISO`);
    if (v.DELIB_MATIERE_CODE && !/^\d\.\d{1,2}$/.test(v.DELIB_MATIERE_CODE)) bad('DELIB_MATIERE_CODE', 'motif ^\\d\\.\\d{1,2}$');
    const label = nomenclature.get(v.DELIB_MATIERE_CODE!);
    if (v.DELIB_MATIERE_CODE && !label) bad('DELIB_MATIERE_CODE', `${v.DELIB_MATIERE_CODE} hors nomenclature ACTES`);
    const nom = v.DELIB_MATIERE_NOM!;
    if (nom) {
      const slash = nom.indexOf('/');
      if (slash < 0) bad('DELIB_MATIERE_NOM', 'pas de « / »');
      else if (!level1.has(norm(nom.slice(0, slash))) || nom.includes('/ ') || /\s$/.test(nom.slice(0, slash))) bad('DELIB_MATIERE_NOM', `« ${nom} » : nomenclature-actes-value`);
      if (label && norm(label) !== norm(nom)) bad('DELIB_MATIERE_NOM', `« ${nom} » ≠ « ${label} » (code ${v.DELIB_MATIERE_CODE})`);
    }
    if (v.BUDGET_ANNEE) {
      const m = /^([0-9]{4})(?:\/([0-9]{4}))?$/.exec(v.BUDGET_ANNEE);
      if (!m || (m[2] && m[2] <= m[1]!)) bad('BUDGET_ANNEE', 'année ou intervalle');
    }
    if (!v.BUDGET_ANNEE !== !v.BUDGET_NOM) bad('BUDGET_ANNEE', 'cohérence avec BUDGET_NOM');
    for (const c of ['VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION']) if (v[c] && !/^-?\d+$/.test(v[c]!)) bad(c, 'entier');
    if ([v.VOTE_REEL, v.VOTE_POUR, v.VOTE_CONTRE, v.VOTE_ABSTENTION].every((x) => x) && Number(v.VOTE_REEL) !== Number(v.VOTE_POUR) + Number(v.VOTE_CONTRE) + Number(v.VOTE_ABSTENTION)) {
      bad('VOTE_REEL', `${v.VOTE_REEL} ≠ ${v.VOTE_POUR} + ${v.VOTE_CONTRE} + ${v.VOTE_ABSTENTION}`);
    }
    if (v.PREF_DATE && v.DELIB_DATE && isDate(v.PREF_DATE) && isDate(v.DELIB_DATE) && v.PREF_DATE < v.DELIB_DATE) bad('PREF_DATE', `${v.PREF_DATE} < DELIB_DATE ${v.DELIB_DATE}`);
    if (v.DELIB_URL && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(v.DELIB_URL)) bad('DELIB_URL', 'URI');
    if (ids.has(v.DELIB_ID!)) bad('DELIB_ID', `déjà utilisé ligne ${ids.get(v.DELIB_ID!)}`);
    ids.set(v.DELIB_ID!, line);
  });
  return out;
}
