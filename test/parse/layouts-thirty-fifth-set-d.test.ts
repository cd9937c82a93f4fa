/**
 * Layouts the two-hundred-and-sixty-ninth invented corpus (PDF text layers as pdftotext gives them) found missing. Every
 * case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a presence grid aligned with spaces, its holders’ title wrapped onto the next line, the header repeated after a page footer', () => {
  const doc = text([
    'Communauté de communes du Plateau de Sarlande',
    'Conseil communautaire – séance du mardi 9 mars 2021',
    '',
    'Conseillers en exercice : 8     Présents : 5     Pouvoirs : 2     Votants : 7',
    '',
    'NOM Prénom            Fonction          P    E    A   Pouvoir',
    '                                                      donné à',
    'ROUBIAC Hélène        Présidente        X',
    'CASTANET Marc                                X        ROUBIAC Hélène',
    'FLAUJAC Irène                           X',
    'GRIMAL Louis                                      X',
    '',
    'CC du Plateau de Sarlande – CC du 09/03/2021                                1/2',
    '',
    'NOM Prénom            Fonction          P    E    A   Pouvoir',
    '                                                      donné à',
    'LAGARRIGUE Paul                         X',
    'MOUYSSET Anne                                X        FLAUJAC Irène',
    'PRADIÉ Simon                            X',
    'VIGUIÉ Claire                           X',
    '',
    'Secrétaire de séance : Mme Irène FLAUJAC',
    '',
    'Objet : Adhésion au service commun',
    'Le conseil communautaire, à l’unanimité, approuve l’adhésion.',
  ]);

  it('reads the rows of both pages under the wrapped titles, the holders from the « Pouvoir donné à » column', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ROUBIAC Hélène', 'FLAUJAC Irène', 'LAGARRIGUE Paul', 'PRADIÉ Simon', 'VIGUIÉ Claire']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['CASTANET Marc > ROUBIAC Hélène', 'MOUYSSET Anne > FLAUJAC Irène']);
    expect(summary.absent_names).toContain('GRIMAL Louis');
  });
});

describe('a grid of crosses whose holders’ title « Pouvoir donné » / « à (mandataire) » wraps, a footer right under a row', () => {
  const doc = text([
    'Communauté d’agglomération du Val de Saudre',
    'Séance du Conseil communautaire du jeudi 4 octobre 2018',
    '',
    'Membres en exercice : 7   |   Présents : 5   |   Pouvoirs : 2   |   Votants : 7',
    '',
    'NOM Prénom            Commune                  Présent  Excusé   Pouvoir donné',
    '                                                                 à (mandataire)',
    'ARTIGAU Jean          Saudre-le-Haut              X',
    'BORDES Anne           Saudre-le-Haut                       X    ARTIGAU Jean',
    'CAMPAN Luc            Lasserre-Saudre             X',
    '                                                                        Page 1 sur 2',
    'NOM Prénom            Commune                  Présent  Excusé   Pouvoir donné',
    '                                                                 à (mandataire)',
    'DUPRAT Rose           Lasserre-Saudre             X',
    'ESPIAU Marc           Montbrun-Saudre                      X    DUPRAT Rose',
    'FITTE Odile           Montbrun-Saudre             X',
    'GARROS Yves           Montbrun-Saudre             X',
    '',
    'Secrétaire de séance : Mme Odile FITTE',
    '',
    'Objet : Cession d’un terrain',
    'Le Conseil communautaire, à l’unanimité, décide la cession.',
  ]);

  it('reads the rows on both sides of the footer and the holders under the wrapped title', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ARTIGAU Jean', 'CAMPAN Luc', 'DUPRAT Rose', 'FITTE Odile', 'GARROS Yves']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['BORDES Anne > ARTIGAU Jean', 'ESPIAU Marc > DUPRAT Rose']);
    // (the repeated header is no member's row; the excused members with a holder are in the absences, as the corpus reads an
    // « Excusé » column)
    expect(summary.absent_names).toEqual(['BORDES Anne', 'ESPIAU Marc']);
  });
});

describe('a TAB grid whose state column is titled « Présence » over « (P/E/A) » and its holders’ « Pouvoir » over « donné à »', () => {
  const doc = text([
    'COMMUNE DE LAVAUR-LES-COMBES',
    'Séance du jeudi 4 juin 2020',
    '',
    'En exercice : 6          Présents : 4          Représentés : 1          Votants : 5',
    '',
    'NOM\tPrénom\tFonction\tPrésence\tPouvoir',
    '\t\t\t(P/E/A)\tdonné à',
    'ANGLADE\tRémi\tMaire\tP',
    'BESSOU\tMarthe\tAdjointe\tP',
    'COMBRET\tJulien\tConseiller\tE\tANGLADE R.',
    'DELMAS\tOdile\tConseillère\tP',
    'FABRE\tNoël\tConseiller\tA',
    'GINESTE\tLaure\tConseillère\tP',
    '',
    'Secrétaire de séance : Mme Marthe BESSOU.',
    '',
    'Délibération 2020/014 – Tarifs de la cantine',
    'Le Conseil municipal, à l’unanimité des 5 votants, adopte les tarifs.',
  ]);

  it('reads the codes and the short holder under the wrapped titles', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ANGLADE Rémi', 'BESSOU Marthe', 'DELMAS Odile', 'GINESTE Laure']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['COMBRET Julien > ANGLADE R.']);
    expect(summary.absent_names).toContain('FABRE Noël');
  });
});

describe('a grid by member body aligned with spaces, titles over three lines, the body written on its first row only, rows without any mark', () => {
  const doc = text([
    'Syndicat mixte du bassin de la Vézère haute',
    'Comité syndical du mardi 13 janvier 2026',
    '',
    'Délégués en exercice : 7       Présents : 5      Pouvoirs : 0      Votants : 5',
    '',
    'Membre                                  Délégué titulaire       Présent  Remplacé    Suppléant',
    '                                                                         par son     présent',
    '                                                                         suppléant',
    'CC du Haut Limousin                     AUDOUIN Marc                X',
    '                                        BARRAT Sylvie               X',
    '                                        CHASTANG Yves                                LAPLAUD Hervé',
    '                                        DUMONT Alice',
    'CC Vézère Monédières                    ESTRADE Paul                X',
    '                                        FAUCHER Lise                X',
    '                                        GOUNY Bernard',
    '',
    'Objet : Programme de travaux 2026',
    'Le comité syndical, à l’unanimité, approuve le programme.',
  ]);

  it('reads every row, the unmarked ones too, and the suppléant who sat present', () => {
    const { summary, parsed } = analyseText(doc);
    expect(summary.present_names).toEqual(['AUDOUIN Marc', 'BARRAT Sylvie', 'LAPLAUD Hervé', 'ESTRADE Paul', 'FAUCHER Lise']);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['DUMONT Alice', 'GOUNY Bernard']));
    expect(parsed.session.attendance.substitutions.map((s) => [s.titular.name, s.substitute.name])).toEqual([['CHASTANG Yves', 'LAPLAUD Hervé']]);
  });
});

describe('a roll of the present by commune whose second column comes after the first under « Étaient également présents »', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DE LA BASSE-VIONNE',
    'Séance du 12 mars 1985',
    'Nombre de délégués en exercice : 8',
    'Présents : 6',
    'Votants : 6',
    'L’an mil neuf cent quatre-vingt-cinq, le douze mars, le Comité syndical s’est réuni sous la présidence de',
    'M. Émile VAUQUELIN, Président.',
    'Étaient présents :',
    'Saint-Aubin-la-Vionne :',
    'MM. Émile VAUQUELIN,',
    'René LEPETIT',
    'Ouville-sur-Vionne :',
    'M. Gaston LEMOINE',
    'Étaient également présents :',
    'Bréville-les-Prés :',
    'MM. Lucien HAMEL,',
    'Paul DUFOUR',
    'Grainville :',
    'Mme Jeanne OSMONT',
    'Absents excusés :',
    'M. André LECOQ (Ouville-sur-Vionne),',
    'M. Marcel PICOT (Grainville).',
    'Objet : Travaux de captage',
    'Le Comité, à l’unanimité, approuve les travaux.',
  ]);

  it('reads the delegates under that heading as present members, not as guests', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Émile VAUQUELIN', 'René LEPETIT', 'Gaston LEMOINE', 'Lucien HAMEL', 'Paul DUFOUR', 'Jeanne OSMONT']);
    expect(summary.absent_names).toEqual(['André LECOQ', 'Marcel PICOT']);
  });
});

describe('the present listed by political group, one name per line without civility, each group titled with its seats as a bare figure', () => {
  const doc = text([
    'VILLE DE CORBIÈRES-SUR-YERRE',
    'Conseil municipal du jeudi 20 janvier 2022',
    'Nombre de conseillers en exercice : 9',
    'Présents : 6',
    'Pouvoirs : 1',
    'Votants : 7',
    'Convocation : 13 janvier 2022',
    'Étaient présents :',
    'Groupe « Corbières Avenir » (6)',
    'Hélène MARCHETTI',
    'Bruno CASTEL',
    'Sonia ROUVIER',
    'Groupe « Agir ensemble » (3)',
    'Denis FOUQUÉ',
    'Claire AUBRY',
    'Yves PELLAT',
    'Ont donné pouvoir :',
    'Marc LOISEL à Hélène MARCHETTI',
    'Absents excusés :',
    'Agnès TRIBOUT, Luc VERNET',
    'Objet : Débat d’orientation budgétaire',
    'Le Conseil municipal prend acte du débat.',
  ]);

  it('reads the names, the groups’ titles being neither names nor counts', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Hélène MARCHETTI', 'Bruno CASTEL', 'Sonia ROUVIER', 'Denis FOUQUÉ', 'Claire AUBRY', 'Yves PELLAT']);
  });
});

describe('count boxes read one cell per line, their labels wrapped over several lines', () => {
  it('pairs each wrapped label with the figure under it', () => {
    const doc = text([
      'SIVOS DU VAL DE SERRE',
      'Comité syndical',
      'Séance du mardi 7 mars 2023',
      '',
      'Nombre de',
      'membres',
      'afférents au',
      'comité',
      '6',
      'Nombre de',
      'membres en',
      'exercice',
      '6',
      'Membres',
      'présents',
      '5',
      'Membres',
      'votants',
      '5',
      'Date de la',
      'convocation',
      '28/02/2023',
      '',
      'Présents :',
      'ARNOULT Cécile (Serre-le-Bas)',
      'BOUDOT Jean (Serre-le-Bas)',
      'CHAUVOT Lise (Vaucelles)',
      'DESCOTES Marc (Vaucelles)',
      'ÉTIENNE Paul (Vaucelles)',
      'Absent : FOURNERET Guy (Serre-le-Bas)',
      '',
      'Objet : Participation des communes',
      'Le comité, à l’unanimité, fixe la participation.',
    ]);
    const { summary } = analyseText(doc);
    expect([summary.members_in_office, summary.present, summary.voters]).toEqual([6, 5, 5]);
  });

  it('reads an ASCII box too, its rules between the cells', () => {
    const doc = text([
      'SMICTOM DES DEUX VALLONS',
      'COMITÉ SYNDICAL – SÉANCE DU 9 JUIN 2005',
      '',
      '+--------------------+',
      '| Délégués           |',
      '| en exercice        |',
      '+--------------------+',
      '| 9                  |',
      '+--------------------+',
      '| Délégués           |',
      '| présents           |',
      '+--------------------+',
      '| 7                  |',
      '+--------------------+',
      '| Pouvoirs           |',
      '+--------------------+',
      '| 1                  |',
      '+--------------------+',
      '| Votants            |',
      '+--------------------+',
      '| 8                  |',
      '+--------------------+',
      '',
      'Présents : MM. AUBINEAU, BRAUD, CHAIGNE, DROUET ; Mmes ÉPAUD, FOUCAUD, GIRAUD.',
      'Pouvoirs : M. HUVELIN à M. BRAUD.',
      'Absent : M. JOLLY.',
      '',
      'Objet : Tarifs de la redevance',
      'Le comité, à l’unanimité, fixe les tarifs.',
    ]);
    const { summary } = analyseText(doc);
    expect([summary.members_in_office, summary.present, summary.proxies, summary.voters]).toEqual([9, 7, 1, 8]);
  });
});

describe('a text layer that lost most of its spaces', () => {
  const doc = text([
    'COMMUNEDESAINT-MARTIN-DU-LOIR',
    'Séancedu jeudi 6 novembre 2008',
    '',
    'Nombre de conseillers :Enexercice :11   Présents :8   Votants :9',
    'Date de convocation :30 octobre 2008',
    '',
    'Le conseil municipal s’est réuni sous la présidence deM. Henri GASNIER, Maire.',
    '',
    'Étaientprésents :M.HenriGASNIER, Maire,MmeLucie BOURDIN,M.Paul CHAPRON,MmeÉdith DROUIN,',
    'M.Yann FOUCHER,MmeOdile GRIVEAU,M.Marc HUET.',
    '',
    'Absentsexcusésayant donné pouvoir :M.Luc JAMET(pouvoir àMmeLucie BOURDIN).',
    'Absents :MmeSarah LEROUX,M.Noël MABIRE.',
    'Secrétaire deséance :M.Paul CHAPRON.',
    '',
    'OBJET :Tarifs de la salle des fêtes',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, FIXE les tarifs.',
  ]);

  it('reads the counts, the officers and the lists with their spaces back', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.members_in_office).toBe(11);
    expect(summary.secretary).toBe('Paul CHAPRON');
    expect(summary.present_names).toEqual(['Henri GASNIER', 'Lucie BOURDIN', 'Paul CHAPRON', 'Édith DROUIN', 'Yann FOUCHER', 'Odile GRIVEAU', 'Marc HUET']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Luc JAMET > Lucie BOURDIN']);
    expect(summary.absent_names).toEqual(['Sarah LEROUX', 'Noël MABIRE']);
    // (8 declared, 7 named: stored as written, the checker tells)
    expect(summary.present).toBe(8);
    expect(errorCodes(findings)).toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('two collèges in columns flattened on the same lines, their titles repeated with « (suite) » after a page footer', () => {
  const doc = text([
    'Syndicat départemental d’énergie de la Sèvre',
    'Comité syndical – Séance du jeudi 22 novembre 2012',
    '',
    'Délégués en exercice : 12        Présents : 8        Pouvoirs : 0        Votants : 8',
    '',
    'Étaient présents :',
    '',
    'COLLÈGE DES COMMUNES URBAINES                 COLLÈGE DES COMMUNES RURALES',
    'Pierre AUGIZEAU                               Marie BROCHARD',
    'Denis CAILLAUD                                Yves DABRETEAU',
    '',
    'Comité syndical du 22/11/2012 – Extrait                                                   2/6',
    '',
    'COLLÈGE DES COMMUNES URBAINES (suite)         COLLÈGE DES COMMUNES RURALES (suite)',
    'Agnès ÉPIARD                                  Louis FOURNIER',
    'Rémi GABORIAU                                 Claire HERBRETEAU',
    '',
    'Objet : Programme d’éclairage public',
    'Le comité syndical, à l’unanimité, approuve le programme.',
  ]);

  it('reads the rows of the second page too', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Pierre AUGIZEAU', 'Marie BROCHARD', 'Denis CAILLAUD', 'Yves DABRETEAU', 'Agnès ÉPIARD', 'Louis FOURNIER', 'Rémi GABORIAU', 'Claire HERBRETEAU']);
  });
});
