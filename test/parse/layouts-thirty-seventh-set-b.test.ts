/**
 * Layouts the two-hundred-and-eighty-second invented corpus found missing (PDF text layers, a fourth time). Every case is
 * written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a left-margin count box beside the opening, every line of the page a few spaces in (pdftotext -layout)', () => {
  const doc = text([
    '                                                 RÉPUBLIQUE FRANÇAISE',
    '                                             Département du Haut-Rivage',
    '',
    '    Nombre de membres             EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
    '    afférents au conseil : 15     DU CONSEIL MUNICIPAL DE VALCROZE-LES-PINS',
    '    en exercice : 15',
    '    présents : 11                 Séance du 14 mars 2019',
    '    votants : 12',
    '                                  L’an deux mille dix-neuf, le quatorze mars à vingt heures, le',
    '    Date de convocation :         Conseil municipal, dûment convoqué, s’est réuni en session ordinaire',
    '    07/03/2019                    à la mairie, sous la présidence de M. Étienne VARAIGNE, Maire.',
    '    Date d’affichage :',
    '    07/03/2019                    Présents : M. Étienne VARAIGNE, Mme Lucie BROCHARD, M. Hervé',
    '                                  CADIOT, Mme Nathalie DAUMAS, M. Sylvain ESCOFFIER, Mme Paule',
    '                                  FABRE, M. Gaston GIRAUD, Mme Irène HUGUES, M. Jacques ISNARD,',
    '                                  Mme Karine JOUVE, M. Loïc LAUTIER.',
    '                                  Absent ayant donné pouvoir : M. Marc MOURRE (pouvoir à M.',
    '                                  Étienne VARAIGNE).',
    '                                  Absents excusés : Mme Odile NIEL, M. Pascal ORCEL, Mme Rose PONS.',
    '                                  Secrétaire de séance : Mme Paule FABRE.',
    '',
    '    2019-012                      Objet : Travaux de voirie',
    '',
    '    Le Conseil municipal, après en avoir délibéré, approuve le programme de travaux.',
    '    Pour : 12 – Contre : 0 – Abstention : 0',
  ]);

  it('reads the session and convocation dates, the box’s dates beside the opening none of the session', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('2019-03-14');
    expect(summary.convocation_date).toBe('2019-03-07');
    expect(summary.members_in_office).toBe(15);
    expect(summary.present).toBe(11);
    expect(summary.voters).toBe(12);
    expect(summary.present_names).toHaveLength(11);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('the pouvoirs and the absent members in two columns side by side under their headings (pdftotext -layout)', () => {
  const doc = text([
    'COMMUNE DE SAINT-ALBIN-DES-GRÈVES',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du 12 septembre 2023',
    '',
    'Nombre de conseillers en exercice : 15     Présents : 10     Représentés : 3     Votants : 13',
    'Date de convocation : 5 septembre 2023',
    '',
    'Le Conseil municipal s’est réuni à la mairie sous la présidence de M. Yves ARNAL, Maire.',
    '',
    'Étaient présents : M. Yves ARNAL, Mme Claire BOYER, M. Denis CASTEL, Mme Emma DURAND, M. Félix ESPIC,',
    'Mme Gaëlle FAGES, M. Hugo GARDES, Mme Inès HÉRAL, M. Jules IZARD, Mme Katia JAMMES.',
    '',
    'Absents représentés :                        Absents :',
    'Mme Laure LACAN par M. Yves ARNAL             M. Marc MAUREL',
    'M. Noël NÈGRE par Mme Claire BOYER           Mme Olga PUJOL',
    'Mme Rita QUINTA par M. Denis CASTEL',
    '',
    'Secrétaire de séance : Mme Emma DURAND',
    '',
    'Objet : Tarifs de la salle des fêtes',
    'Le Conseil municipal, après en avoir délibéré, adopte les tarifs.',
    'Pour : 13 – Contre : 0 – Abstention : 0',
  ]);

  it('reads each column as its heading’s list', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Laure LACAN > Yves ARNAL', 'Noël NÈGRE > Claire BOYER', 'Rita QUINTA > Denis CASTEL']);
    expect(summary.absent_names).toEqual(['Marc MAUREL', 'Olga PUJOL']);
    expect(summary.present_names).toHaveLength(10);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a civility and a given name glued to the surname in capitals, once in the list (pdf-parse)', () => {
  const doc = text([
    'VILLE DE PORT-AUBERON',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du mardi 3 juin 2025',
    'Conseillers en exercice : 11 – Présents : 9 – Votants : 9',
    'Date de convocation : 27 mai 2025',
    'Le Conseil municipal s’est réuni sous la présidence de M. Rémi AUBRY, Maire.',
    'Étaient présents : M. Rémi AUBRY, Mme Solène BERTIN, M. ArnaudCOSTES, Mme Julie DANGLADE, M. Pierre',
    'ESTRADE, Mme Lise FERRAN, M. Victor GALY, Mme Anaïs HOURCADE, M. Tom IRIBARNE.',
    'Absents : Mme Zoé JALIBERT, M. Noé LABAT.',
    'Secrétaire de séance : Mme Solène BERTIN.',
    'Objet : Subvention au club de rugby',
    'Le Conseil municipal, après en avoir délibéré, accorde la subvention.',
    'Pour : 9 – Contre : 0 – Abstention : 0',
  ]);

  it('splits the glued name and reads the list to its end', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Rémi AUBRY', 'Solène BERTIN', 'Arnaud COSTES', 'Julie DANGLADE', 'Pierre ESTRADE', 'Lise FERRAN', 'Victor GALY', 'Anaïs HOURCADE', 'Tom IRIBARNE']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('the secretary’s label naming the usual holder absent, a stand-in designated after the comma', () => {
  const doc = text([
    'SYNDICAT MIXTE DU BASSIN DE L’ORVENNE',
    'Comité syndical – séance du 9 février 2023',
    'Date de convocation : 1er février 2023',
    'Le Comité syndical s’est réuni sous la présidence de M. Paul VERGNE, Président.',
    'Présents : M. Paul VERGNE, Mme Agnès BOUTIN, M. Cyril DAVID, Mme Eva FOURNIER, M. Gilles HAMON.',
    'Absente excusée : Mme Hélène MORIN.',
    'Secrétaire de séance : Mme Hélène MORIN étant excusée, M. Cyril DAVID est désigné.',
    'Objet : Programme de travaux 2023',
    'Le Comité syndical, après en avoir délibéré, approuve le programme.',
    'Pour : 5 – Contre : 0 – Abstention : 0',
  ]);

  it('names the stand-in secretary', () => {
    expect(analyseText(doc).summary.secretary).toBe('Cyril DAVID');
  });

  it('or when the holder is said absent', () => {
    const absent = doc.replace('Mme Hélène MORIN étant excusée, M. Cyril DAVID est désigné.', 'Mme Hélène MORIN absente, Mme Eva FOURNIER est désignée.');
    expect(analyseText(absent).summary.secretary).toBe('Eva FOURNIER');
  });
});

describe('the euro of a conversion rate with the franc, written in figures after the francs', () => {
  const doc = text([
    'Commune de Mirabel-sur-Coise',
    'Séance du Conseil municipal du 16 février 2001',
    'Le Conseil municipal s’est réuni sous la présidence de M. Louis ROCHE, Maire.',
    'Présents : M. Louis ROCHE, Mme Anne SAGE, M. Paul TESTE.',
    'Objet : Budget primitif 2001',
    'Le budget est présenté en francs, avec sa conversion en euros (6,55957 F pour 1 €) :',
    'il s’équilibre à 984 000 F (150 010,43 €).',
    'Adopté à l’unanimité.',
  ]);

  it('is no amount; the conversion is', () => {
    expect(analyseText(doc).summary.amounts_eur).toEqual([150010.43]);
  });

  it('nor after an equals sign', () => {
    const equals = doc.replace('(6,55957 F pour 1 €)', '(6,55957 francs = 1 €)');
    expect(analyseText(equals).summary.amounts_eur).toEqual([150010.43]);
  });
});

describe('the present list in two columns side by side, each under its group’s title, a third title inside a column (pdftotext -layout)', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL D’ÉLECTRICITÉ DU VAL DE BRENNE',
    'Comité syndical – séance du mardi 14 mai 2019',
    '',
    'Délégués en exercice : 20     Présents : 13     Votants : 13',
    'Date de convocation : 3 mai 2019',
    'Le Comité syndical s’est réuni sous la présidence de M. Gilles AUBERT, Président.',
    '',
    'Étaient présents :',
    'Collège des communes rurales                  Collège des communes urbaines',
    'M. Gilles AUBERT                              Mme Nadia BERTHOLET',
    'Mme Sylvie CHAMPION                           M. Loïc DELORME',
    'M. Marcel ÉPARVIER                            Mme Agnès FONTVIEILLE',
    'M. René GAUTIER                               Collège des EPCI',
    'Mme Anne-Marie                                M. Paul HERBELIN',
    'JACQUEMOND-ROUX                               Mme Léa IMBERT',
    'M. Victor JOLY                                M. Jean-Pierre',
    'M. Yves KLEIN                                 LAFORÊT-SAINT-JUST',
    '',
    'Secrétaire de séance : Mme Léa IMBERT',
    '',
    'Objet : Programme de travaux 2019',
    'Le Comité syndical, après en avoir délibéré, approuve le programme.',
    'Pour : 13 – Contre : 0 – Abstention : 0',
  ]);

  it('reads each column to its end, the titles no names, a name broken over two lines of its column whole', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual([
      'Gilles AUBERT',
      'Sylvie CHAMPION',
      'Marcel ÉPARVIER',
      'René GAUTIER',
      'Anne-Marie JACQUEMOND-ROUX',
      'Victor JOLY',
      'Yves KLEIN',
      'Nadia BERTHOLET',
      'Loïc DELORME',
      'Agnès FONTVIEILLE',
      'Paul HERBELIN',
      'Léa IMBERT',
      'Jean-Pierre LAFORÊT-SAINT-JUST',
    ]);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('drops the fragment of a name where the excerpt cuts the left column, one line below the right one', () => {
    const cut = doc.split('\n').slice(0, 17).join('\n') + '\nMme Odile HU';
    const { summary } = analyseText(cut);
    expect(summary.present_names).toHaveLength(13);
    expect(summary.present_names).not.toContain('Odile HU');
  });
});
