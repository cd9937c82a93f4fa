/**
 * Layouts the two-hundred-and-sixtieth invented corpus (Québec councils, a second time) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('the counts before the verb: « N des M membres du conseil sont présents »', () => {
  const inFigures = text([
    'VILLE DE SAINT-ALBAN-DES-GRÈVES',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 7 avril 2025 à 19 h.',
    '',
    'Le quorum est constaté : 11 des 13 membres du conseil sont présents, sous la présidence de Monsieur le maire Gérald Nadeau.',
    '',
    '2025-04-101   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Line Dubé, appuyé par M. Marc Tardif, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);
  const inWords = text([
    'MUNICIPALITÉ DE LAC-AUX-CORMIERS',
    '',
    'Séance ordinaire du conseil tenue lundi, le 4 mai 1997, à 20 heures.',
    '',
    'Le maire constate que cinq des sept membres du conseil sont présents et déclare la séance ouverte.',
    '',
    '112-05-97',
    'ADOPTION DU PROCÈS-VERBAL',
    'Proposé par M. Luc Fillion, appuyé par M. Rémi Gosselin et résolu unanimement d’adopter le procès-verbal.',
  ]);

  it('reads those present, then the members in office', () => {
    expect(analyseText(inFigures).summary).toMatchObject({ present: 11, members_in_office: 13 });
    expect(analyseText(inWords).summary).toMatchObject({ present: 5, members_in_office: 7 });
  });
});

describe('a present heading holding « N des M membres du conseil », the members one per line below', () => {
  const doc = text([
    'VILLE DE PORT-SAINT-ALEXIS',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 2 juin 2014 à 19 h 30.',
    '',
    'Sont présents : 5 des 5 membres du conseil',
    '',
    'Monsieur le maire Denis Bouchard',
    'Madame Hélène Morin, conseillère, district no 1',
    'Monsieur Pierre Simard, conseiller, district no 2',
    'Madame Linda Côté, conseillère, district no 3',
    'Monsieur Gaétan Roy, conseiller, district no 4',
    '',
    '2014-06-150',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Madame Hélène Morin, appuyé par Monsieur Gaétan Roy, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads the counts and the names below the heading', () => {
    const { summary } = analyseText(doc);
    expect(summary).toMatchObject({ present: 5, members_in_office: 5 });
    expect(summary.present_names).toEqual(['Denis Bouchard', 'Hélène Morin', 'Pierre Simard', 'Linda Côté', 'Gaétan Roy']);
  });
});

describe('members written with an initial, one of them « M. M. Surname » (civility, then the initial M.)', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-GÉLAS-DES-MONTS',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 6 avril 2015 à 20 h.',
    '',
    'PRÉSENTS : M. le maire F. Drouin, Mme C. Giguère, M. R. Lachance, M. J.-L. Poirier.',
    'ABSENTS : M. M. Tardif, Mme N. Bisson.',
    '',
    'Formant quorum sous la présidence de M. le maire F. Drouin.',
    '',
    '15-04-061  ADOPTION DE L’ORDRE DU JOUR',
    'Sur proposition de M. R. Lachance, appuyée par Mme C. Giguère, il est unanimement résolu d’adopter l’ordre du jour.',
  ]);

  it('keeps the initial with the surname', () => {
    const { summary } = analyseText(doc);
    expect(summary.absent_names).toEqual(['M. Tardif', 'N. Bisson']);
  });
});

describe('a bilingual town: each role in French then in English before the name', () => {
  const doc = text([
    'VILLE DE HARTWELL-SUD / TOWN OF SOUTH HARTWELL',
    '',
    'Séance ordinaire du conseil municipal tenue le lundi 3 mars 2025 à 19 h 30, à la salle du conseil.',
    '',
    'PRÉSENTS / PRESENT :',
    'M. le maire / Mayor Douglas Pratt',
    'Mme la conseillère / Councillor Nicole Gendron (siège no 1)',
    'M. le conseiller / Councillor Kevin Atkins (siège no 2)',
    'Mme la conseillère / Councillor Brenda Lauzon (siège no 3)',
    '',
    'ABSENT : M. le conseiller / Councillor Ronald Fisk (siège no 4)',
    '',
    'Formant quorum sous la présidence du maire / Forming a quorum, the Mayor presiding.',
    '',
    '2025-03-051',
    'ADOPTION DE L’ORDRE DU JOUR / ADOPTION OF THE AGENDA',
    'Il est proposé par la conseillère Nicole Gendron, appuyé par le conseiller Kevin Atkins, ET RÉSOLU d’adopter l’ordre du jour.',
    'ADOPTÉE À L’UNANIMITÉ / CARRIED UNANIMOUSLY',
  ]);

  it('reads the names without the English roles, the maire presiding', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Douglas Pratt', 'Nicole Gendron', 'Kevin Atkins', 'Brenda Lauzon']);
    expect(summary.absent_names).toEqual(['Ronald Fisk']);
    expect(summary.president).toBe('Douglas Pratt');
  });
});

describe('a certified extract signed by the directrice générale listed as attending', () => {
  const lines = (attending: boolean) =>
    text([
      'MUNICIPALITÉ DE SAINTE-EULALIE-DES-ANSES',
      '',
      'EXTRAIT du procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 9 février 2026 à 19 h.',
      '',
      'Sont présents :',
      'Monsieur Roger Babin, maire',
      'Madame Julie Cyr, conseillère, siège no 1',
      'Monsieur Alain Poirier, conseiller, siège no 2',
      'Madame Sonia Bourque, conseillère, siège no 3',
      '',
      'Formant quorum sous la présidence de Monsieur Roger Babin, maire.',
      '',
      ...(attending ? ['Est également présente : Madame Nadine Huard, directrice générale et greffière-trésorière.', ''] : []),
      '2026-02-031',
      'ADOPTION DU RÈGLEMENT 2026-02',
      'IL EST PROPOSÉ PAR Madame Julie Cyr, APPUYÉ PAR Monsieur Alain Poirier ET RÉSOLU À L’UNANIMITÉ DES CONSEILLERS PRÉSENTS d’adopter le règlement.',
      'ADOPTÉE',
      '',
      'COPIE CERTIFIÉE CONFORME',
      'Donnée à Sainte-Eulalie-des-Anses, ce 11 février 2026.',
      '',
      'Nadine Huard',
      'Directrice générale et greffière-trésorière',
    ]);

  it('labels her the secretary, not a signer who did not attend', () => {
    expect(analyseText(lines(true)).summary.secretary).toBe('Nadine Huard');
    expect(analyseText(lines(false)).summary.secretary).toBeNull();
  });
});
