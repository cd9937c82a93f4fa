/**
 * Layouts the sixth invented corpus (fixtures/corpus 601–630) found
 * missing. Every case is written anew here (invented names).
 */
import { describe, expect, it } from 'vitest';
import { unmarginText } from '../../src/parse/margin-column.ts';
import { parseEntry } from '../../src/parse/name-parse.ts';
import { analyseText } from '../helpers/analyse-text.ts';

describe('one row per member with its state', () => {
  it('a roll call "M. X : présent", with "excusé – pouvoir à Y" and an absence', () => {
    const { summary } = analyseText(
      [
        'Séance du 3 juin 2025',
        'En exercice : 7 – Présents : 5 – Pouvoirs : 1 – Votants : 6',
        "M. Paul AUBIN, Maire, ouvre la séance. Il est procédé à l'appel nominal :",
        'M. Paul AUBIN : présent',
        'Mme Lise BRUN : présente',
        'M. Marc COLIN : excusé – pouvoir à M. Paul AUBIN',
        'Mme Nina DUBOIS : présente',
        'M. Yves ESTÈVE : absent',
        'Mme Rose FAURE : présente',
        'M. Luc GARNIER : présent',
        '',
        'Secrétaire de séance : Mme Lise BRUN.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Nina DUBOIS', 'Rose FAURE', 'Luc GARNIER']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['Marc COLIN', 'Yves ESTÈVE']);
    expect(summary.proxies_list).toEqual([{ from: 'Marc COLIN', to: 'Paul AUBIN' }]);
    expect(summary.president).toBe('Paul AUBIN');
  });

  it('an émargement list with one-letter codes explained by a legend', () => {
    const { summary } = analyseText(
      [
        'Séance du 3 juin 2025',
        'Liste d’émargement (P : présent – R : représenté – E : excusé – A : absent)',
        'AUBIN Paul, Maire ..................... P',
        'BRUN Lise ............................. P',
        'DROUET Marc ........................... R (par AUBIN Paul)',
        'DUBOIS Nina ........................... E',
        'ESTÈVE Yves ........................... P',
        'MRAZEK Jan ............................ A',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise', 'ESTÈVE Yves']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['DUBOIS Nina', 'MRAZEK Jan']);
    expect(summary.proxies_list).toEqual([{ from: 'DROUET Marc', to: 'AUBIN Paul' }]);
  });

  it('a table with a commune column and a state column, a substitute sitting in place of a member', () => {
    const { summary, parsed } = analyseText(
      [
        'Séance du 3 juin 2025',
        'COMMUNE\tDÉLÉGUÉ\tSITUATION',
        'Arvel\tAUBIN Paul\tprésent – Président',
        '\tBRUN Lise\tprésente',
        'Bézac\tCOLIN Marc\texcusé – suppléé par DUVAL Anne, suppléante',
        '\tESTÈVE Yves\tabsent',
        'Cornil\tFAURE Rose\texcusée – pouvoir à AUBIN Paul',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise', 'DUVAL Anne']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['COLIN Marc', 'ESTÈVE Yves', 'FAURE Rose']);
    expect(summary.proxies_list).toEqual([{ from: 'FAURE Rose', to: 'AUBIN Paul' }]);
    expect(parsed.session.attendance.substitutions.map((s) => [s.titular.name, s.substitute.name])).toEqual([['COLIN Marc', 'DUVAL Anne']]);
  });

  it('plain lists are not read as state rows', () => {
    const { summary } = analyseText('Séance du 3 juin 2025\nPrésents : M. Paul AUBIN, Mme Lise BRUN, M. Marc COLIN, Mme Nina DUBOIS.\nAbsent : M. Yves ESTÈVE.');
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'Nina DUBOIS']);
    expect(summary.absent_names).toEqual(['Yves ESTÈVE']);
  });
});

describe('proxies', () => {
  it('"(+ pouvoirs de Mme A et de M. B)" after the holder in the present list', () => {
    const { summary } = analyseText(
      'Séance du 21 octobre 2021\nPrésents :\nM. Paul AUBIN, Maire (+ pouvoirs de Mme Lise BRUN et de M. Marc COLIN)\nMme Nina DUBOIS (+ pouvoir de M. Yves ESTÈVE)\nM. Luc GARNIER',
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Lise BRUN', to: 'Paul AUBIN' },
      { from: 'Marc COLIN', to: 'Paul AUBIN' },
      { from: 'Yves ESTÈVE', to: 'Nina DUBOIS' },
    ]);
  });

  it('"X est porteur des pouvoirs de A et de B" over a line break, and "…, de même que B à C et D à E"', () => {
    const a = analyseText(
      'Séance du 21 juillet 2022\nPrésents : M. Paul AUBIN, Mme Nina DUBOIS.\n\nM. Paul AUBIN est porteur des pouvoirs de Mme Lise BRUN et de M. Marc\nCOLIN ; Mme Nina DUBOIS est porteuse du pouvoir de M. Yves ESTÈVE.',
    );
    expect(a.summary.proxies_list).toEqual([
      { from: 'Lise BRUN', to: 'Paul AUBIN' },
      { from: 'Marc COLIN', to: 'Paul AUBIN' },
      { from: 'Yves ESTÈVE', to: 'Nina DUBOIS' },
    ]);
    const b = analyseText(
      'Séance du 5 mai 2025\nPrésents : M. Paul AUBIN, Mme Nina DUBOIS, M. Luc GARNIER.\n\nMme Lise BRUN avait remis un pouvoir à M. Paul AUBIN, de même que M. Marc COLIN à Mme Nina\nDUBOIS et Mme Rose FAURE à M. Luc GARNIER.',
    );
    expect(b.summary.proxies_list).toEqual([
      { from: 'Lise BRUN', to: 'Paul AUBIN' },
      { from: 'Marc COLIN', to: 'Nina DUBOIS' },
      { from: 'Rose FAURE', to: 'Luc GARNIER' },
    ]);
  });

  it('footnote marks on the holders, the relation in the footnotes', () => {
    const { summary } = analyseText(
      'Séance du 23 janvier 2025\nPrésents : M. Paul AUBIN (1), Mme Lise BRUN, M. Marc COLIN (2).\nAbsents : Mme Nina DUBOIS.\n   (1) porteur du pouvoir de M. Yves ESTÈVE\n   (2) porteur du pouvoir de Mme Rose FAURE',
    );
    expect(summary.absent_names).toEqual(['Nina DUBOIS']);
    expect(summary.proxies_list).toEqual([
      { from: 'Yves ESTÈVE', to: 'Paul AUBIN' },
      { from: 'Rose FAURE', to: 'Marc COLIN' },
    ]);
  });
});

describe('lists', () => {
  it('"pour <commune>, M. X et Mme Y ;" groups, the letter o as a bullet, "NOM Prénom – Commune"', () => {
    const a = analyseText('Séance du 13 juin 2024\nÉtaient présents : pour Arvel, M. Paul AUBIN, Président, et Mme Lise BRUN ; pour Bézac, M. Marc COLIN.\nAbsents : néant.');
    expect(a.summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    const b = analyseText('Séance du 13 juin 2024\nDélégués présents :\nCommune d’Arvel\n   o M. Paul AUBIN, Président\n   o Mme Lise BRUN\nCommune de Bézac\n   o M. Marc COLIN\n\nAbsents : néant.');
    expect(b.summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    const c = analyseText('Séance du 13 juin 2024\nDélégués présents :\n➢ AUBIN Paul – Arvel-le-Haut – Président\n➢ BRUN Lise – Bézac-sur-Lot\n➢ COLIN Marc – Saint-Cirq\n\nAbsents : néant.');
    expect(c.summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise', 'COLIN Marc']);
  });

  it('members with an advisory vote only are not present; "Assistaient à la séance :" heads the members when nothing else does', () => {
    const a = analyseText(
      'Séance du 17 décembre 2024\nPrésents : M. Paul AUBIN, Président ; Mme Lise BRUN, M. Marc COLIN, conseillers ;\nM. Yves ESTÈVE, Chef de corps, avec voix consultative ;\nMme Nina DUBOIS, Secrétaire de zone.\nExcusés : néant.',
    );
    expect(a.summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    const b = analyseText('Séance du 24 juin 2025\nAssistaient à la séance : M. Paul AUBIN, Maire ; Mme Lise BRUN, M. Marc COLIN.\nAbsents : Mme Nina DUBOIS.');
    expect(b.summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
  });

  it('a civility is never read inside a surname ("DROUINEAU", "MRAZEK", "MMEUNIER")', () => {
    for (const [text, name] of [
      ['DROUINEAU Patrick', 'DROUINEAU Patrick'],
      ['MRAZEK Jan', 'MRAZEK Jan'],
      ['M.DUPONT Jean', 'DUPONT Jean'],
      ['Dr Paul DURAND', 'Paul DURAND'],
    ] as const) {
      expect(parseEntry(text, 0, 'unknown').people.map((p) => p.name)).toEqual([name]);
    }
  });
});

describe('counts, votes and dates', () => {
  it('inflection marks in count labels, and "Nombre de membres : 11" as the seats', () => {
    const { summary } = analyseText('Séance du 18 mars 2025\nNombre de membres : 11\nPrésent(e)s : 9 – Procuration(s) : 1 – Votant(e)s : 10');
    expect(summary).toMatchObject({ members_in_office: 11, present: 9, proxies: 1, voters: 10 });
  });

  it('a vote table with an NPPV column; "3 ABST."; a tally cut by the end of the excerpt is no vote', () => {
    const a = analyseText('Séance du 8 octobre 2024\nOBJET : Vente du lot 7\nRésultat du vote :\nVotants\tPour\tContre\tAbstention\tNPPV\n17\t15\t1\t0\t1\n');
    expect(a.summary.votes).toMatchObject({ for: 15, against: 1, abstain: 0, not_voting: 1 });
    const b = analyseText('Séance du 8 octobre 2024\nOBJET : Toiture\nVotes : 14 POUR, 0 CONTRE, 3 ABST.\n');
    expect(b.summary.votes).toMatchObject({ for: 14, against: 0, abstain: 3 });
    const c = analyseText('Séance du 8 octobre 2024\nOBJET : Dotation\nRésultat du vote : Pour : 36 – Contre : 2 – Ab');
    expect(c.summary.votes).toBeNull();
  });

  it('"jeudi 1 er avril 2025": the first of the month, with its weekday', () => {
    const { parsed } = analyseText('Séance du jeudi 1 er avril 2025\nPrésents : M. Paul AUBIN, Mme Lise BRUN.');
    expect(parsed.session.date).toBe('2025-04-01');
    expect(parsed.session.date_mentions.some((m) => /jeudi 1 er avril/.test(m.text))).toBe(true);
  });
});

describe('a left margin column beside the text (pdftotext -layout)', () => {
  const page = [
    '                          EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
    '',
    'Nombre de membres        L’an deux mil vingt-cinq, le dix avril, le Conseil',
    'en exercice : 9          municipal s’est réuni sous la présidence de',
    'présents : 6             M. Paul AUBIN, Maire.',
    'votants : 7',
    '                         Présents : M. Paul AUBIN, Mme Lise BRUN, M. Marc',
    'Date de convocation :    COLIN, Mme Nina DUBOIS, M. Yves ESTÈVE,',
    '03/04/2025               Mme Rose FAURE.',
    '                         Pouvoirs : M. Luc GARNIER à M. Paul AUBIN.',
    '                         Absents : Mme Anne HAMON, M. Jean IMBERT.',
  ].join('\n');

  it('moves the margin after the text on each line, keeping the lines', () => {
    const out = unmarginText(page);
    expect(out.split('\n')).toHaveLength(page.split('\n').length);
    expect(out.split('\n')[6]).toBe('Présents : M. Paul AUBIN, Mme Lise BRUN, M. Marc');
    // (a label wrapped over the margin's lines is read whole on its last line, its value with it)
    // (before the line's text when that text runs on to the next line: "… sous la présidence de" / "M. Paul AUBIN")
    expect(out.split('\n')[3]).toMatch(/^Nombre de membres en exercice : 9 +municipal s’est réuni sous la présidence de$/);
    expect(out.split('\n')[7]).toBe('COLIN, Mme Nina DUBOIS, M. Yves ESTÈVE,');
    expect(out.split('\n')[8]).toMatch(/^Mme Rose FAURE\. +Date de convocation : 03\/04\/2025$/);
  });

  it('reads the counts and the lists', () => {
    const { summary } = analyseText(page);
    expect(summary).toMatchObject({ members_in_office: 9, present: 6, voters: 7 });
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'Nina DUBOIS', 'Yves ESTÈVE', 'Rose FAURE']);
    expect(summary.proxies_list).toEqual([{ from: 'Luc GARNIER', to: 'Paul AUBIN' }]);
    expect(summary.absent_names).toEqual(['Anne HAMON', 'Jean IMBERT']);
  });

  it('leaves ordinary text alone', () => {
    const text = 'Séance du 3 juin 2025\nPrésents : M. Paul AUBIN, Mme Lise BRUN.\n   Le Conseil, après en avoir délibéré, décide.';
    expect(unmarginText(text)).toBe(text);
  });
});

describe('the seventh and eighth sets', () => {
  it('proxy tables one pair per line, and a grid with TAB cells and a Fonction column', () => {
    const a = analyseText('Séance du 21 janvier 2025\nPrésents : M. Paul AUBIN, Mme Lise BRUN.\nDélégations de vote (mandant / mandataire) :\nMarc Colin / Paul Aubin\nNina Dubois / Lise Brun\n\nExcusés : néant.');
    expect(a.summary.proxies_list).toEqual([
      { from: 'Marc Colin', to: 'Paul Aubin' },
      { from: 'Nina Dubois', to: 'Lise Brun' },
    ]);
    const b = analyseText('Séance du 27 mars 2025\nNom\tFonction\tPrésent\tExcusé\tPouvoir à\nAUBIN Paul\tPrésident\tX\t\t\nBRUN Lise\tAdjointe\tX\t\t\nCOLIN Marc\tConseiller\t\tX\tAUBIN Paul\n');
    expect(b.summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise']);
    expect(b.summary.proxies_list).toEqual([{ from: 'COLIN Marc', to: 'AUBIN Paul' }]);
    expect(b.summary.president).toBe('AUBIN Paul');
  });

  it('proxy wordings inside an absence list and in notes', () => {
    const { summary } = analyseText(
      'Séance du 17 mars 2025\nPrésents : Paul AUBIN, Lise BRUN, Marc COLIN.\nAbsents excusés : Nina DUBOIS, qui donne procuration à Paul AUBIN ; Yves ESTÈVE (délégation de vote à Lise BRUN), Rose FAURE (commerçante, pouvoir remis à Marc COLIN), Luc GARNIER.',
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Nina DUBOIS', to: 'Paul AUBIN' },
      { from: 'Yves ESTÈVE', to: 'Lise BRUN' },
      { from: 'Rose FAURE', to: 'Marc COLIN' },
    ]);
  });

  it('counts written before their words, group labels before names without civility, roles of board members', () => {
    const { summary } = analyseText(
      'Séance du 11 mars 2025\nConseillers : 30 en exercice, 3 présents, 1 représentés, 4 votants\nPrésents :\nCommunauté de communes du Val : Paul AUBIN (Président), Lise BRUN\nCommune de Bézac : Marc COLIN\nReprésentés : Nina DUBOIS est représentée par Paul AUBIN\nExcusés : Mme Rose FAURE, représentante du personnel.',
    );
    expect(summary).toMatchObject({ members_in_office: 30, present: 3, proxies: 1, voters: 4 });
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    expect(summary.absent_names).toEqual(['Rose FAURE']);
  });
});

describe('two columns extracted line by line under two headings', () => {
  it('alternating lines are read as the two lists; the secretary in the right column ends it', () => {
    const { summary } = analyseText(
      [
        'Séance du 27 janvier 2025',
        'Étaient présents :',
        'Absents excusés :',
        'M. Paul AUBIN, Maire',
        'Mme Lise BRUN, pouvoir à M. Paul AUBIN',
        'Mme Nina DUBOIS, 1re adjointe',
        'M. Marc COLIN',
        'M. Yves ESTÈVE',
        'Secrétaire de séance :',
        'Mme Rose FAURE',
        'Mme Anne HAMON',
        'M. Luc GARNIER',
        'M. Jean IMBERT',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Nina DUBOIS', 'Yves ESTÈVE', 'Rose FAURE', 'Luc GARNIER', 'Jean IMBERT']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['Lise BRUN', 'Marc COLIN']);
    expect(summary.proxies_list).toEqual([{ from: 'Lise BRUN', to: 'Paul AUBIN' }]);
    expect(summary.secretary).toBe('Anne HAMON');
  });
});
