/**
 * Layouts the two-hundred-and-seventieth invented corpus (OCR of scanned extracts, typewritten and printed) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';
import { unspaceFormDigits } from '../../src/parse/index.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a left margin count box beside an opening whose date runs from one line (« le douze ») to the next (« mars, … Muni- »)', () => {
  const doc = text([
    '            COMMUNE DE SAINT-PRIVAT-DU-FAU',
    '     EXTRAIT DU REGISTRE DES DELIBERATIONS',
    '',
    'Nombre de membres      L\'an mil neuf cent soixante-dix-huit, le douze',
    'en exercice : 9        mars, à vingt heures, le Conseil Muni-',
    '                       cipal de cette commune, régulièrement convoqué,',
    'Présents : 7           s\'est réuni au lieu habituel de ses séances,',
    '                       sous la présidence de M. ROUQUET,',
    'Votants : 7            Maire.',
    '',
    'Date de la convocation : 6 mars 1978.',
    '',
    'Présents : MM. ROUQUET, BESSIERE, CAUSSE, DALMON, FABRE, ISSALY, LAUR.',
    'Absents : MM. MAZARS, VIDAL.',
  ]);

  it('reads the session date across the break, the box\'s counts apart', () => {
    const { summary } = analyseText(doc);
    expect(summary.session_date).toBe('1978-03-12');
    expect(summary.members_in_office).toBe(9);
    expect(summary.present).toBe(7);
  });
});

describe('a « NOM Prénom » list whose given name, wrapped to the next line, opens with an O read as a zero (« BARTHES » / « 0dette »)', () => {
  const doc = text([
    'COMMUNE DE SAINT-JUERY-LE-BAS',
    'Séance du 9 mars 1987',
    '',
    'Etaient présents : MM. COMBES Louis, RIEUX Jean, Mme SOULIE Anne.',
    '',
    'Absents excusés : MM. FOURNIER Paul, Mme CAMBON',
    '0rélie, M. ALIBERT Marc.',
  ]);

  it('reads the given name with its surname, as written', () => {
    const { summary } = analyseText(doc);
    expect(summary.absent_names).toEqual(['FOURNIER Paul', 'CAMBON 0rélie', 'ALIBERT Marc']);
  });
});

describe('a given name whose capital I the OCR read as a small l (« lsabelle »), in a dash list and in a comma list', () => {
  it('keeps the list going past it, the name as written', () => {
    const dashes = text([
      'Séance du mardi 14 octobre 2009',
      '',
      'Etaient présents :',
      '- Gérard MONNIER',
      '- lsabelle FAURE',
      '- Pierre CHAMPEL',
      '',
      'Absents : M. Loïc GRANGE.',
    ]);
    expect(analyseText(dashes).summary.present_names).toEqual(['Gérard MONNIER', 'lsabelle FAURE', 'Pierre CHAMPEL']);
    const commas = 'Séance du mardi 14 octobre 2009\n\nEtaient présents : Gérard MONNIER, lvan ROCHE, Pierre CHAMPEL.\n\nAbsents : M. Loïc GRANGE.';
    expect(analyseText(commas).summary.present_names).toEqual(['Gérard MONNIER', 'lvan ROCHE', 'Pierre CHAMPEL']);
  });
});

describe('a count line whose figure the OCR read with a letter after a digit (« Nombre de pouvoirs : 1l »), the excerpt cut in the present list', () => {
  const doc = text([
    'Communauté de communes du Val de Sorme',
    'Séance du jeudi 11 mars 2021',
    '',
    'Nombre de conseillers en exercice : 40',
    'Nombre de présents : 27',
    'Nombre de pouvoirs : 1l',
    'Nombre de votants : 38',
    '',
    'Etaient présents :',
    'M. Bernard CHAUVIN, Mme Odile PERRET, M. Luc GAY, Mme Aline DUC, M. Paul RIVO',
  ]);

  it('is a count, no list of proxies, and no proxy count to compare', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.proxies).toBe(11);
    expect(errorCodes(findings)).not.toContain('PROXY_COUNT_MISMATCH');
  });
});

describe('a presence table drawn with pipes whose OCR read a rule as « l » (in the header, opening a row) and a cross as « >< »', () => {
  const doc = text([
    'Commune de LARBEY-SUR-GABAS',
    'Séance du mardi 8 décembre 2020',
    'Membres en exercice : 9',
    '',
    '| NOM Prénom         | Présent | Absent l Pouvoir à         |',
    '|--------------------|---------|--------|-------------------|',
    '| BATS Gérard        |    X    |        |                   |',
    '| LAHITTE Marie      |   ><    |        |                   |',
    '| DUPOUY Serge       |    X    |        |                   |',
    'l CLAVERIE Anne      |    X    |        |                   |',
    '| LABAT Pierre       |    X    |        |                   |',
    '| MOULIA Rose        |         |        | BATS Gérard       |',
    '| SEMPÉ Louis        |         |        | DUPOUY Serge      |',
    '| GUICHOT Lucie      |         |   X    |                   |',
    '| TASTET Yves        |         |   X    |                   |',
    '',
    'Présents : 5',
    'Pouvoirs : 2',
    'Votants : 7',
  ]);

  it('reads the rows as the page draws them: marks, proxies and absents', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['BATS Gérard', 'LAHITTE Marie', 'DUPOUY Serge', 'CLAVERIE Anne', 'LABAT Pierre']);
    expect(summary.absent_names).toEqual(['GUICHOT Lucie', 'TASTET Yves']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['MOULIA Rose > BATS Gérard', 'SEMPÉ Louis > DUPOUY Serge']);
    expect(summary.present).toBe(5);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a TAB table of the delegates « Commune / Prénom / Nom », the given name and the surname in two cells', () => {
  const doc = text([
    'Séance du jeudi 9 juin 2011',
    'Délégués en exercice : 8   Présents : 4   Votants : 4',
    '',
    'Présents :',
    'Commune\tPrénom\tNom',
    'Vouzeron\tGuy\tMARTINET',
    'Allouis\tChantal\tROUSSEAU',
    'Allouis\tDidier\tPERCHAT',
    'Neuvy-sur-Barangeon\tSolange\tBRUERE',
    '',
    'Absents excusés : M. Paul LEFORT (Vouzeron).',
  ]);

  it('reads each row « Prénom NOM », the commune and the header no name', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Guy MARTINET', 'Chantal ROUSSEAU', 'Didier PERCHAT', 'Solange BRUERE']);
  });
});

describe('a TAB table of the pouvoirs titled in the giver\'s words (« Délégué absent / Commune / Donne pouvoir à »), cut by the excerpt inside the last holder\'s surname', () => {
  const doc = text([
    'Séance du jeudi 9 juin 2011',
    'Délégués en exercice : 9   Présents : 4   Pouvoirs : 3   Votants : 7',
    '',
    'Présents : M. Guy MARTINET, Mme Chantal ROUSSEAU, M. Didier PERCHAT, Mme Solange BRUERE.',
    '',
    'Pouvoirs :',
    'Délégué absent\tCommune\tDonne pouvoir à',
    'Paul LEFORT\tVouzeron\tGuy MARTINET',
    'Anne COLAS\tAllouis\tChantal ROUSSEAU',
    'Marc JOLY\tAllouis\tDidier PER',
  ]);

  it('reads each row as a pair, and the cut one not at all', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Paul LEFORT > Guy MARTINET', 'Anne COLAS > Chantal ROUSSEAU']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('titulaires and suppléants sitting with a vote declared apart with dotted leaders, without a total', () => {
  const doc = text([
    'SYNDICAT DES EAUX DU HAUT-LIGNON',
    'Séance du mardi 7 mars 2006',
    '',
    'Délégués titulaires en exercice .................. 8',
    'Titulaires présents .............................. 5',
    'Suppléants présents avec voix délibérative ....... 2',
    'Votants .......................................... 7',
    '',
    'Titulaires présents : FAURE Jean (Tence) ; ROCHE Marie (Tence) ; BRUN Louis (Mazet) ; VALLA Henri (Chenereilles) ;',
    'MOUNIER Rose (Araules).',
    '',
    'Suppléants siégeant avec voix délibérative : CHAZOT Paul, suppléant de GIRAUD Marc (Mazet) ; BESSET Anne,',
    'suppléante de JOUVE Pierre (Araules).',
    '',
    'Absent : DEYGAS Luc (Chenereilles).',
  ]);

  it('counts those present as the sum of both, as the lists and the votants do', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present).toBe(7);
    expect(summary.present_names).toEqual(['FAURE Jean', 'ROCHE Marie', 'BRUN Louis', 'VALLA Henri', 'MOUNIER Rose', 'CHAZOT Paul', 'BESSET Anne']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a printed form filled in by hand, its figures read by OCR with spaced digits and the blanks\' underscores (« _ 1 2 _ », « 0 3 / 5 / 84 »)', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DE LA VALLEE DU GIROU',
    '  EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL',
    '',
    'Séance du :  1 1  mai 1984',
    'Nombre de membres en exercice : _ 1 2 _',
    'Nombre de membres présents : _ 9 _ ',
    'Nombre de votants : _ 1 0 _',
    'Date de convocation : 0 3 / 5 / 84          Date d\'affichage : 0 3 / 5 / 84',
    '',
    'Etaient présents : MM. Jean ROUX, Pierre VIGUIE, Louis SERRES, Paul BACOU, André ALBY, Marc CROS, Guy FABRE,',
    'Henri PAGES, Luc MAURY.',
  ]);

  it('reads the figures and the dates whole', () => {
    const { summary } = analyseText(doc);
    expect(summary.session_date).toBe('1984-05-11');
    expect(summary.convocation_date).toBe('1984-05-03');
    expect(summary.members_in_office).toBe(12);
    expect(summary.voters).toBe(10);
  });

  it('leaves a tally\'s figures in a row apart: « Pour / Contre / Abstention : 8 2 1 » is no « 821 »', () => {
    expect(unspaceFormDigits('Pour / Contre / Abstention : 8 2 1\nLots concernés : 1 2 3')).toBe('Pour / Contre / Abstention : 8 2 1\nLots concernés : 1 2 3');
    expect(unspaceFormDigits('Nombre de votants : _ 1 0 _\nSéance du :  1 1  mai 1984')).toBe('Nombre de votants : 10     \nSéance du :  11   mai 1984');
  });
});
