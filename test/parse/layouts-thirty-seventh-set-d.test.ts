/**
 * Layouts the two-hundred-and-eighty-fourth invented corpus found missing (French-speaking bodies outside France). Every
 * case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a quorum stated in its item, members then seats, each count in words with its figure in brackets (Québec)', () => {
  const doc = text([
    'VILLE DE SAINT-ALBÉRIC-DU-LAC',
    '',
    'PROCÈS-VERBAL de la séance ordinaire du conseil municipal tenue le mardi 7 mars 2023 à 19 h 30.',
    '',
    'SONT PRÉSENTS :',
    'M. le maire Gaston Thibodeau',
    'Mme Lise Brochu, conseillère, district no 1',
    'M. Rémi Labrecque, conseiller, district no 2',
    'Mme Odette Vachon, conseillère, district no 3',
    'M. Yvan Bolduc, conseiller, district no 4',
    '',
    'EST ABSENTE :',
    'Mme Josée Turcotte, conseillère, district no 5',
    '',
    '1. OUVERTURE DE LA SÉANCE ET CONSTATATION DU QUORUM',
    'M. le maire ouvre la séance à 19 h 30. Le quorum est constaté : six (6) membres',
    'du conseil sur six (6) sont présents.',
    '',
    '2023-03-041   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Lise Brochu, appuyé par M. Yvan Bolduc,',
    'et résolu à l’unanimité des conseillers présents',
    'QUE l’ordre du jour soit adopté tel que présenté.',
  ]);

  it('reads the members present and the seats, and finds the five named against six declared', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present).toBe(6);
    expect(summary.members_in_office).toBe(6);
    expect(summary.present_names).toEqual(['Gaston Thibodeau', 'Lise Brochu', 'Rémi Labrecque', 'Odette Vachon', 'Yvan Bolduc']);
    expect(errorCodes(findings)).toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('inclusive headings written with hyphens or full stops for the dots (Switzerland: « Présent-e-s », « Excusé.e.s »)', () => {
  const doc = (present: string, excused: string) =>
    text([
      'COMMUNE DE BELMONT-SUR-ORBE',
      'CONSEIL GÉNÉRAL',
      '',
      'Séance du jeudi 12 septembre 2024, 20 h 00, grande salle',
      '',
      'Présidence :          M. Cédric JACCARD',
      `${present} :         24 membres sur 27`,
      `${excused} :          Mme Noémie PITTET, M. Loïc ROSSIER, Mme Ilona VAUCHER`,
      '',
      '1. Appel',
      'L’appel fait constater que le quorum est atteint.',
    ]);

  it('reads the hyphenated headings as « Présents » and « Excusés »', () => {
    const { summary } = analyseText(doc('Présent-e-s', 'Excusé-e-s'));
    expect(summary.present).toBe(24);
    expect(summary.members_in_office).toBe(27);
    expect(summary.absent_names).toEqual(['Noémie PITTET', 'Loïc ROSSIER', 'Ilona VAUCHER']);
  });

  it('and those with full stops', () => {
    const { summary } = analyseText(doc('Présent.e.s', 'Excusé.e.s'));
    expect(summary.present).toBe(24);
    expect(summary.absent_names).toEqual(['Noémie PITTET', 'Loïc ROSSIER', 'Ilona VAUCHER']);
  });
});

describe('a Conseil de ville’s executive and chancellery in the aligned block, after the excused (Jura bernois)', () => {
  const doc = text([
    'MUNICIPALITÉ DE TAVANNES-LE-BAS',
    'CONSEIL DE VILLE',
    '',
    'Séance du lundi 3 juin 2024, 19 h 30, salle du Conseil de ville',
    '',
    'Présidence :          M. Florian AMSTUTZ (PLR)',
    'Présents :            35 membres sur 39',
    'Excusés :             Mme Tania BIGLER (PS), M. Kevin CHOPARD (UDC),',
    '                      Mme Lara FLÜCKIGER (PSA), M. Joël MATHEZ (PLR)',
    'Conseil municipal :   Mme Irène SCHNEGG, mairesse ; MM. Marc GERTSCH et',
    '                      Paul WÜTHRICH, conseillers municipaux (avec voix consultative)',
    'Chancellerie :        Mme Sonia RUFER, chancelière municipale',
    '',
    '1. Appel',
    'Le quorum est atteint.',
  ]);

  it('ends the excused list at the executive’s label: its members and the chancellor are not excused', () => {
    const { summary } = analyseText(doc);
    expect(summary.absent_names).toEqual(['Tania BIGLER', 'Kevin CHOPARD', 'Lara FLÜCKIGER', 'Joël MATHEZ']);
    expect(summary.present).toBe(35);
    expect(summary.members_in_office).toBe(39);
  });
});

describe('a Geneva legislative’s aligned block: the chair on the « Présidence » line, the secretary of the Bureau', () => {
  const doc = text([
    'RÉPUBLIQUE ET CANTON DE GENÈVE',
    'COMMUNE DE MEYRIN-LE-HAUT',
    '',
    'CONSEIL MUNICIPAL',
    'Procès-verbal de la séance ordinaire du mardi 14 mai 2024, à 20 h 30',
    '',
    'Présidence :             Mme Ariane BOSSON, présidente',
    'Secrétaire du Bureau :   M. Kilian DÉNÉRÉAZ',
    'Présents :               Mmes et MM. Rémy CALAME, Kilian DÉNÉRÉAZ, Olga FAVEZ,',
    '                         Basile GOLAY, Lisa HENCHOZ, conseillères et conseillers municipaux',
    'Excusé :                 M. Jonas ISELI',
    'Assistent à la séance :  M. Paul JUNOD, maire',
    '',
    '1. Approbation de l’ordre du jour',
    'L’ordre du jour est approuvé par 5 voix pour.',
  ]);

  it('counts the chair among the present, first, and reads the secretary of the Bureau', () => {
    const { summary } = analyseText(doc);
    expect(summary.president).toBe('Ariane BOSSON');
    expect(summary.present_names).toEqual(['Ariane BOSSON', 'Rémy CALAME', 'Kilian DÉNÉRÉAZ', 'Olga FAVEZ', 'Basile GOLAY', 'Lisa HENCHOZ']);
    expect(summary.secretary).toBe('Kilian DÉNÉRÉAZ');
  });
});

describe('a Vaud Municipalité: the syndic on the « Présidence » line above the municipaux present', () => {
  const doc = text([
    'COMMUNE DE VUARRENS-LA-COTE',
    'Municipalité',
    '',
    'EXTRAIT DU PROCÈS-VERBAL DE LA SÉANCE DE MUNICIPALITÉ',
    'du lundi 2 septembre 2024, 17 h 00',
    '',
    'Présidence :  M. Alain GAVILLET, syndic',
    'Présents :    Mme Cécile NICOD, MM. Urs OTTIGER et Régis PACHE, municipaux',
    'Excusée :     Mme Diane QUARTIER, municipale',
    'Secrétaire :  Mme Lou RAPIN, secrétaire municipale',
    '',
    '1. Adjudication des travaux de la route du Signal',
    'La Municipalité adjuge les travaux par 4 voix contre 0.',
  ]);

  it('counts the syndic among the present', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Alain GAVILLET', 'Cécile NICOD', 'Urs OTTIGER', 'Régis PACHE']);
    expect(summary.absent_names).toEqual(['Diane QUARTIER']);
  });
});

describe('proxies under a heading whose legal note in brackets wraps over two lines (Luxembourg, the Covid law)', () => {
  const doc = text([
    'COMMUNE DE KËLLWENG',
    'Séance publique du conseil communal du jeudi 18 février 2021',
    '',
    'Présents :',
    'THILL Marco, bourgmestre-président',
    'REUTER Josiane, échevine',
    'SCHMIT Pol, conseiller',
    '',
    'Excusée :',
    'WAGNER Lynn, conseillère',
    '',
    'Procurations (loi modifiée du 24 juin 2020 portant introduction de mesures temporaires',
    'relatives aux organes communaux) :',
    'WAGNER Lynn à SCHMIT Pol',
    '',
    '1. Budget rectifié 2021',
    'Le conseil communal approuve à l’unanimité le budget rectifié.',
  ]);

  it('reads the pair under the wrapped heading', () => {
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['WAGNER Lynn > SCHMIT Pol']);
  });
});

describe('proxies one pair a line, the last list of the block, the signatures in two columns at the end of the text', () => {
  const doc = text([
    'COMMUNE DE BASCHLENG',
    'Séance publique du conseil communal du lundi 8 mars 2021',
    '',
    'Présents :',
    'KAYSER Luc, bourgmestre-président',
    'NEY Martine, échevine',
    'FRANK Guy, conseiller',
    'HOFFMANN Claude, secrétaire communal',
    '',
    'Excusé :',
    'MULLER Jeff, conseiller',
    '',
    'Procurations :',
    'MULLER Jeff à FRANK Guy',
    '',
    '1. Compte de gestion de l’exercice 2019 – approbation',
    'Le conseil communal approuve à l’unanimité des voix le compte de gestion de l’exercice 2019.',
    '',
    'Ainsi délibéré en séance publique, date qu’en tête.',
    'Le bourgmestre,                         Le secrétaire,',
    'Luc KAYSER                              Claude HOFFMANN',
  ]);

  it('ends the pairs at the item: the signature line is no pair, and the item is read', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['MULLER Jeff > FRANK Guy']);
    expect(summary.subject).toContain('Compte de gestion');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a convocation label whose means come after the colon (« Convocation : par courrier du … »)', () => {
  const doc = text([
    'COMMUNE DE GRANGES-SUR-SARINE',
    'CONSEIL GÉNÉRAL',
    '',
    'Procès-verbal de la séance du jeudi 15 mai 2025, 20 h 00, à la salle communale',
    '',
    'Convocation : par courrier du 24 avril 2025 et publication dans la Feuille officielle',
    'n° 18 du 2 mai 2025.',
    '',
    'Présidence :   Mme Élise MAURON, présidente',
    'Présents :     38 membres sur 40',
    'Excusés :      M. Noé PYTHON, Mme Jade ROULIN',
    '',
    '1. Procès-verbal de la séance du 11 décembre 2024',
  ]);

  it('reads the letter’s date as the convocation’s', () => {
    const { summary } = analyseText(doc);
    expect(summary.convocation_date).toBe('2025-04-24');
    expect(summary.session_date).toBe('2025-05-15');
  });
});

describe('a Belgian CPAS named in full (« Centre public d’aide sociale », « Conseil de l’aide sociale »), its secretary listed', () => {
  const doc = text([
    'CENTRE PUBLIC D’AIDE SOCIALE DE HERMALLE-SUR-OURTHE',
    '',
    'EXTRAIT DU REGISTRE AUX DÉLIBÉRATIONS DU CONSEIL DE L’AIDE SOCIALE',
    '',
    'Séance du 14 novembre 1995.',
    '',
    'Présents : MM. DEVILLERS Paul, Président ;',
    '           HENROTIN Jean, Mme LAMBERT Rose, MM. PIETTE Marcel, ROSSIUS Émile, Membres ;',
    '           M. GOFFIN René, Secrétaire.',
    'Excusé :   M. RENARD Louis, Membre.',
    '',
    'OBJET : Budget de l’exercice 1996 - Arrêt.',
    '',
    'Par 3 voix pour, 1 voix contre et 2 abstentions,',
    'ARRÊTE le budget de l’exercice 1996.',
  ]);

  it('reads the secretary as staff, not a member present, and finds the tally above the members', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['DEVILLERS Paul', 'HENROTIN Jean', 'LAMBERT Rose', 'PIETTE Marcel', 'ROSSIUS Émile']);
    expect(summary.secretary).toBe('GOFFIN René');
    expect(errorCodes(findings)).toContain('TALLY_MISMATCH');
  });
});

describe('a credit overrun ratified by a number of votes, the abstentions told after it (Jura)', () => {
  const doc = text([
    'RÉPUBLIQUE ET CANTON DU JURA',
    'COMMUNE DE BONFOL-LE-BAS',
    '',
    'CONSEIL GÉNÉRAL',
    'Procès-verbal de la séance ordinaire du lundi 7 novembre 1988, à 20 heures',
    '',
    '1. Appel',
    'L’appel fait constater la présence de 21 membres sur 25.',
    '',
    '2. Dépassement du crédit de réfection de la halle – ratification',
    'Au vote, le dépassement de crédit est ratifié par 17 voix sans opposition ; il y a',
    '3 abstentions.',
  ]);

  it('reads the votes for, none against and the abstentions', () => {
    const { summary } = analyseText(doc);
    expect(summary.votes).toEqual({ for: 17, against: 0, abstain: 3, not_voting: 0 });
  });
});

describe('a present heading in a sentence wrapped after an article (« … formant quorum sous la présidence de » / « la mairesse : »)', () => {
  const doc = text([
    'PROVINCE DE QUÉBEC',
    'MUNICIPALITÉ DE SAINT-ÉLOI-DES-BOULEAUX',
    '',
    'Procès-verbal de la séance ordinaire du conseil, tenue le mardi 12 mai 2020 à 19 h, à huis clos,',
    'par conférence téléphonique.',
    '',
    'Sont présents à cette conférence téléphonique et formant quorum sous la présidence de',
    'la mairesse :',
    'Mme Lucie Fréchette, mairesse',
    'M. Gilles Côté, conseiller, siège no 1',
    'Mme Nadia Poirier, conseillère, siège no 2',
    'M. René Bouchard, conseiller, siège no 3',
    '',
    'Est absente : Mme Sonia Gravel, conseillère, siège no 4',
    '',
    '2020-05-081   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. Gilles Côté, appuyé par Mme Nadia Poirier, et résolu à l’unanimité',
    'QUE l’ordre du jour soit adopté.',
  ]);

  it('reads the list under it and the mairesse presiding', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Lucie Fréchette', 'Gilles Côté', 'Nadia Poirier', 'René Bouchard']);
    expect(summary.absent_names).toEqual(['Sonia Gravel']);
    expect(summary.president).toBe('Lucie Fréchette');
  });
});
