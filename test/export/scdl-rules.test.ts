/**
 * The export's own pieces: the pre-write SCDL check (src/export/scdl-validate.ts)
 * rule by rule, COLL_NOM from a body's name, the choice of the matière
 * (stated, then ACTES stamp, then classifier), and the vote columns.
 */
import { describe, expect, it } from 'vitest';
import type { Deliberation } from '../../src/domain/index.ts';
import { emptyCounts } from '../../src/domain/index.ts';
import { collectiviteOf, collNomFromBody, parseCollectivites } from '../../src/export/collectivites.ts';
import { resolveMatiere } from '../../src/export/matiere.ts';
import { SCDL_COLUMNS, type ScdlRow } from '../../src/export/scdl-columns.ts';
import { votes } from '../../src/export/scdl-rows.ts';
import { validateScdlRow } from '../../src/export/scdl-validate.ts';

const GOOD: ScdlRow = {
  ...(Object.fromEntries(SCDL_COLUMNS.map((c) => [c, ''])) as ScdlRow),
  COLL_NOM: 'Commune de Bréval-sur-Ormance',
  COLL_SIRET: '21999001700010',
  DELIB_ID: '2024-018',
  DELIB_DATE: '2024-04-25',
  DELIB_MATIERE_CODE: '6.1',
  DELIB_MATIERE_NOM: 'Libertés publiques et pouvoirs de police/Police municipale',
  DELIB_OBJET: 'Convention de coordination de la police municipale',
  PREF_ID: 'PREF099',
  PREF_DATE: '2024-04-29',
  VOTE_EFFECTIF: '15',
  VOTE_REEL: '13',
  VOTE_POUR: '12',
  VOTE_CONTRE: '1',
  VOTE_ABSTENTION: '0',
};

describe('pre-write SCDL check', () => {
  it('accepts a valid row (level 1 of 6 spelt as the validator wants it)', () => {
    expect(validateScdlRow(GOOD)).toEqual([]);
    expect(validateScdlRow({ ...GOOD, BUDGET_ANNEE: '2024/2025', BUDGET_NOM: 'Budget principal', DELIB_URL: 'https://example.org/d/2024-018.pdf', DELIB_MATIERE_NOM: 'LIBERTES PUBLIQUES ET POUVOIRS DE POLICE/police municipale' })).toEqual([]);
  });

  it('names every rule a row breaks', () => {
    const bad = (patch: Partial<ScdlRow>) => validateScdlRow({ ...GOOD, ...patch });
    expect(bad({ DELIB_OBJET: ' ' })).toEqual(['DELIB_OBJET obligatoire et vide']);
    expect(bad({ COLL_SIRET: '2199900170001' })).toEqual(['COLL_SIRET « 2199900170001 » : 14 chiffres attendus']);
    expect(bad({ COLL_SIRET: '21999001700011' })).toEqual(['COLL_SIRET 21999001700011 : clé de contrôle (Luhn) invalide']);
    expect(bad({ DELIB_DATE: '2024-02-30' })[0]).toContain('DELIB_DATE « 2024-02-30 » : date AAAA-MM-JJ attendue');
    expect(bad({ PREF_DATE: '2024-04-24' })).toEqual(['PREF_DATE 2024-04-24 antérieure à DELIB_DATE 2024-04-25']);
    expect(bad({ VOTE_REEL: '14' })).toEqual(['VOTE_REEL 14 ≠ POUR + CONTRE + ABSTENTION = 13']);
    expect(bad({ VOTE_POUR: '-1' })[0]).toContain('entier positif ou nul');
    expect(bad({ DELIB_MATIERE_CODE: '6.10' })).toContain('DELIB_MATIERE_CODE 6.10 : absent de la nomenclature ACTES');
    expect(bad({ DELIB_MATIERE_CODE: '6' })[0]).toContain('motif');
    expect(bad({ DELIB_MATIERE_NOM: 'Police municipale' })[0]).toContain('forme Niveau1/Niveau2');
    expect(bad({ DELIB_MATIERE_NOM: 'Police/Police municipale' })[0]).toContain('niveau 1 non reconnu');
    expect(bad({ DELIB_MATIERE_NOM: 'Libertés publiques et pouvoirs de police/ Police municipale' })[0]).toContain('pas d’espace');
    expect(bad({ DELIB_MATIERE_NOM: 'Libertés publiques et pouvoirs de police/Autres actes reglementaires' })[0]).toContain('ne correspond pas au code 6.1');
    expect(bad({ BUDGET_ANNEE: '2025/2024', BUDGET_NOM: 'x' })[0]).toContain('BUDGET_ANNEE');
    expect(bad({ BUDGET_ANNEE: '2024' })).toEqual(['BUDGET_ANNEE et BUDGET_NOM se renseignent ensemble']);
    expect(bad({ PREF_ID: '099' })[0]).toContain('PREF_ID');
    expect(bad({ DELIB_URL: 'pas une adresse' })[0]).toContain('DELIB_URL');
  });
});

describe('collectivité', () => {
  it('derives COLL_NOM from the body, and takes SIRET and name from options or the table', () => {
    expect(collNomFromBody('Conseil municipal de Valbrune')).toBe('Commune de Valbrune');
    expect(collNomFromBody("du Conseil municipal d'Ambrières")).toBe('Commune d’Ambrières');
    expect(collNomFromBody("Conseil communautaire de la Communauté de communes du Val d'Ormance")).toBe("Communauté de communes du Val d'Ormance");
    expect(collNomFromBody('Conseil métropolitain de Hautval Métropole')).toBe('Hautval Métropole');
    expect(collNomFromBody('Comité syndical du Syndicat mixte des eaux')).toBe('Syndicat mixte des eaux');
    expect(collNomFromBody('Commune de Bréval-sur-Ormance')).toBe('Commune de Bréval-sur-Ormance');
    const table = parseCollectivites('organe,coll_nom,siret\r\nval d ormance,CC du Val,249 990 029 00012\r\n');
    expect(collectiviteOf("Conseil communautaire de la Communauté de communes du Val d'Ormance", { table })).toEqual({ coll_nom: 'CC du Val', siret: '24999002900012' });
    expect(collectiviteOf('Commune de Bréval-sur-Ormance', { table })).toEqual({ coll_nom: 'Commune de Bréval-sur-Ormance', siret: null });
    expect(collectiviteOf('Commune de Bréval-sur-Ormance', { siret: '21999001700010', collNom: 'BREVAL' })).toEqual({ coll_nom: 'BREVAL', siret: '21999001700010' });
  });
});

function deliberation(patch: Partial<Deliberation>): Deliberation {
  return {
    index: 0, number: null, rubrique: null, subject: 'Attribution de subventions aux associations sportives', matiere: null, text: '', decisions: [], amounts: [],
    vote: null, attendance: null, declared: null, actes: null, span: { start: 1, end: 1 }, spans: {}, ...patch,
  };
}

describe('matière and votes of a row', () => {
  it('takes the stamp’s matière, then the one the item states, then the classifier; an unknown stated code falls back', () => {
    const stamp = { id: null, siren: null, id_date: null, sent: null, received: null, matiere_code: '3.1', span: { start: 1, end: 1 } };
    expect(resolveMatiere(deliberation({ matiere: '7.05', actes: stamp }))).toMatchObject({ code: '3.1', source: 'actes', confidence: 1 });
    expect(resolveMatiere(deliberation({ matiere: '7.05' }))).toMatchObject({ code: '7.5', source: 'stated', confidence: 1 });
    expect(resolveMatiere(deliberation({ actes: stamp }))).toMatchObject({ code: '3.1', name: 'Domaine et patrimoine/Acquisitions', source: 'actes' });
    expect(resolveMatiere(deliberation({ matiere: '7.99' }))).toMatchObject({ code: '7.5', source: 'classifier', ignored: '7.99' });
    expect(resolveMatiere(deliberation({ subject: null }))).toBeNull();
  });

  it('fills POUR/CONTRE/ABSTENTION from the tally, or from the voters for a unanimity', () => {
    const vote = (v: Partial<NonNullable<Deliberation['vote']>>): Deliberation['vote'] => ({
      for: null, against: null, abstain: null, not_voting: null, voters: null, expressed: null, proxies_included: null, unanimous: false, unanimity_wording: null,
      secret_ballot: false, named: { for: [], against: [], abstain: [], not_voting: [] }, result: null, text: '', span: { start: 1, end: 1 }, ...v,
    });
    const declared = { ...emptyCounts(), voters: { value: 14, text: '14', span: { start: 1, end: 1 } } };
    expect(votes(deliberation({ vote: vote({ for: 12 }) }), emptyCounts())).toEqual({ pour: 12, contre: 0, abstention: 0 });
    expect(votes(deliberation({ vote: vote({ unanimous: true }) }), declared)).toEqual({ pour: 14, contre: 0, abstention: 0 });
    expect(votes(deliberation({ vote: vote({ unanimous: true, abstain: 2 }) }), declared)).toEqual({ pour: 12, contre: 0, abstention: 2 });
    expect(votes(deliberation({ vote: vote({ unanimous: true }) }), emptyCounts())).toBeNull();
    expect(votes(deliberation({}), declared)).toBeNull();
  });
});
