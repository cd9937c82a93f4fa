/**
 * SCDL « Délibérations » 2.1.5 (schema.data.gouv.fr, scdl/deliberations):
 * the 17 columns in schema order, and the level-1 ACTES labels its validator
 * (Validata, check nomenclature-actes-value) accepts in DELIB_MATIERE_NOM.
 */
export const SCDL_COLUMNS = [
  'COLL_NOM',
  'COLL_SIRET',
  'DELIB_ID',
  'DELIB_DATE',
  'DELIB_MATIERE_CODE',
  'DELIB_MATIERE_NOM',
  'DELIB_OBJET',
  'BUDGET_ANNEE',
  'BUDGET_NOM',
  'PREF_ID',
  'PREF_DATE',
  'VOTE_EFFECTIF',
  'VOTE_REEL',
  'VOTE_POUR',
  'VOTE_CONTRE',
  'VOTE_ABSTENTION',
  'DELIB_URL',
] as const;

export type ScdlColumn = (typeof SCDL_COLUMNS)[number];
export type ScdlRow = Record<ScdlColumn, string>;

export const SCDL_REQUIRED: readonly ScdlColumn[] = ['COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET'];

export const SCDL_INTEGER_COLUMNS: readonly ScdlColumn[] = ['VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'];

export const ACTES_LEVEL1_ACCEPTED = [
  'Commande publique',
  'Urbanisme',
  'Domaine et patrimoine',
  'Fonction publique',
  'Institutions et vie politique',
  'Libertés publiques et pouvoirs de police',
  'Finances locales',
  'Domaines de compétences par thèmes',
  'Autres domaines de compétences',
] as const;
