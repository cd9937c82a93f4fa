/**
 * Layouts the two-hundred-and-ninety-first invented corpus found missing (text layers of intercommunal and departmental
 * minutes: districts, count tables, running headers). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a « Conseil de District » is a grouping of communes: five clear days of convocation', () => {
  const doc = (convocation: string) =>
    text([
      'DISTRICT DU PLATEAU DE VERNASSE',
      'CONSEIL DE DISTRICT',
      'Séance du 12 mai 1994',
      'Délégués en exercice : 12 ; présents : 10 ; votants : 10.',
      `Date de convocation : ${convocation}`,
      '',
      'L’an mil neuf cent quatre-vingt-quatorze, le douze mai, le Conseil du District, régulièrement convoqué, s’est réuni sous la présidence de M. ROUSTAN, Président.',
      '',
      'Étaient présents : MM. ROUSTAN, FABRIER, MASSOL, COSTE, BRUGUIÈRE, VIALA, PRADIER, ALBOUY, Mmes SÉGUY, VERNHES.',
      'Absents : MM. CAUSSE, TRIADOU.',
      '',
      'OBJET : Ordures ménagères',
      'Le Conseil de District, après en avoir délibéré, à l’unanimité, approuve la convention.',
    ]);

  it('reports four clear days as late', () => {
    const { parsed, findings } = analyseText(doc('07.05.1994'));
    expect(parsed.session.body.kind).toBe('conseil_communautaire');
    expect(errorCodes(findings)).toEqual(['CONVOCATION_LATE']);
  });

  it('says nothing with five', () => {
    expect(errorCodes(analyseText(doc('06.05.1994')).findings)).toEqual([]);
  });
});

describe('a count table with a « dont suppléants » column: a part of the present figure, a cell all the same', () => {
  const doc = (votants: number) =>
    text([
      'SYNDICAT MIXTE DES RIVIÈRES DU HAUT-LOISAN',
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
      'Séance du jeudi 5 mars 2026',
      '',
      'En exercice\tPrésents\tdont suppléants\tPouvoirs\tVotants',
      `10\t7\t1\t2\t${votants}`,
      '',
      'Le Comité syndical s’est réuni sous la présidence de M. Loïc TANGUY, Président.',
      'Étaient présents : M. Loïc TANGUY, Mme Anne KERBRAT, M. Hugo LE ROUX, Mme Maëlle QUÉRÉ, M. Yann PERON, M. Erwan BIHAN (suppléant de M. Denis CORRE), Mme Léa GUILLOU.',
      'Pouvoirs : Mme Sophie NÉDÉLEC à M. Loïc TANGUY ; M. Paul JAOUEN à Mme Anne KERBRAT.',
      'Absent : M. Marc SALAÜN.',
      '',
      'OBJET : Programme d’entretien des berges',
      'Le Comité syndical, après en avoir délibéré, à l’unanimité, approuve le programme.',
    ]);

  it('reads each figure in its own column', () => {
    const { summary, findings } = analyseText(doc(9));
    expect([summary.members_in_office, summary.present, summary.proxies, summary.voters]).toEqual([10, 7, 2, 9]);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('finds the voters that add the substitute again', () => {
    const { summary, findings } = analyseText(doc(10));
    expect(summary.voters).toBe(10);
    expect(errorCodes(findings)).toContain('VOTERS_MISMATCH');
  });
});

describe('a running header that repeats the title the first page wrapped over two lines', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES',
    'DES COTEAUX DE L’ARVIÈRE',
    '',
    'PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE',
    'Séance du mardi 9 juin 2026',
    'Conseillers en exercice : 10 ; présents : 8 ; votants : 8.',
    '',
    'Le Conseil communautaire s’est réuni sous la présidence de M. Rémi CASTAGNÉ, Président.',
    '',
    'Étaient présents :',
    '  M. Rémi CASTAGNÉ, Président            Mme Odile FERRAN',
    '  M. Lucien BARRAU                        Mme Agnès SOUBIRON',
    '',
    'Conseil communautaire du 9 juin 2026 – Procès-verbal                    1/4',
    '                                    Envoyé en préfecture le 15/06/2026',
    '                                    ID : 031-200012345-20260609-PV_2026_06-DE',
    'Communauté de communes des Coteaux de l’Arvière',
    '',
    '  M. Didier ESPARBÈS                      Mme Claire MONTAUT',
    '  M. Pierre LAGLEIZE                      Mme Ginette COURTADE',
    '',
    'Absents excusés : M. Jean SALLES, Mme Rose DAREES.',
    '',
    'OBJET : Fonds de concours',
    'Le Conseil communautaire, après en avoir délibéré, à l’unanimité, approuve les fonds de concours.',
  ]);

  it('reads the list on across the page', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual([
      'Rémi CASTAGNÉ', 'Odile FERRAN', 'Lucien BARRAU', 'Agnès SOUBIRON', 'Didier ESPARBÈS', 'Claire MONTAUT', 'Pierre LAGLEIZE', 'Ginette COURTADE',
    ]);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a page break inside the proxies: an address footer without postcode, a running header of two lines', () => {
  const doc = text([
    'CONSEIL GÉNÉRAL DU HAUT-VERDOUBLE',
    'Commission permanente – Réunion du lundi 8 octobre 2012',
    'Membres de la Commission permanente : 8',
    'Présents : 5',
    'Délégations de vote : 2',
    'Votants : 7',
    'Le lundi huit octobre deux mille douze, la Commission permanente du Conseil général du Haut-Verdouble, convoquée le 20 septembre 2012, s’est réunie sous la présidence de M. Gaston MIQUEL, Président.',
    'Étaient présents :',
    'M. Gaston MIQUEL',
    'Mme Irène SOULA',
    'M. Benoît CAZALS',
    'M. Robert ARNAUD',
    'Mme Jeanne BOUSQUET',
    'Avaient donné délégation de vote :',
    'M. Léon VIDAL à M. Gaston MIQUEL',
    'Conseil général du Haut-Verdouble – Hôtel du Département – 7, place Carnot – 11 VERDOUBLE',
    '1/6',
    '\fCONSEIL GÉNÉRAL DU HAUT-VERDOUBLE',
    'Commission permanente – Réunion du lundi 8 octobre 2012',
    'Mme Paule FABRE à Mme Irène SOULA',
    'Était excusé : M. Henri GLEIZES.',
    'Rapport n° 12-CP-5.02',
    'Aide aux communes pour la voirie',
    'Après en avoir délibéré, la Commission permanente, à l’unanimité, adopte le rapport.',
  ]);

  it('reads the proxy after the break', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.proxies_list).toEqual([
      { from: 'Léon VIDAL', to: 'Gaston MIQUEL' },
      { from: 'Paule FABRE', to: 'Irène SOULA' },
    ]);
    expect(summary.absent_names).toEqual(['Henri GLEIZES']);
    expect(errorCodes(findings)).toEqual([]);
  });
});
