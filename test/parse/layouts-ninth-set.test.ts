/**
 * Layouts the fourteenth and fifteenth invented corpora (fixtures/corpus
 * 1401–1420 OCR of paper registers, 1501–1520 complete extracts of big
 * assemblies) found missing. Every case is written anew here (invented names).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('OCR of paper registers', () => {
  it('letters read as digits in headings, names and counts; counts written in letters', () => {
    const { summary } = analyseText(
      [
        'Séance du 18 novembre 1999',
        'Membres en exercice : 11',
        'Pr6sents : lO        Procurations : O1        Votants : l1',
        '',
        'Etaient pr6sents : MM. ROCHETTE Marcel, FAURE Ren6, PUJ0L Danielle, AUBIN Miche1, BRUN Lise, COLIN Marc, DUBOIS Luc, ESTÈVE Rose, GARNIER Anne, HAMON Yves.',
        'Procuration : M. LAFFONT Andr6 à M. FAURE Ren6.',
        '',
        '0BJET : Tarifs de la cantine',
        'Pour : l1        Contre : O        Abstention : O',
      ].join('\n'),
    );
    expect([summary.present, summary.proxies, summary.voters]).toEqual([10, 1, 11]);
    expect(summary.present_names).toHaveLength(10);
    expect(summary.present_names).toContain('PUJ0L Danielle');
    expect(summary.proxies_list).toEqual([{ from: 'LAFFONT Andr6', to: 'FAURE Ren6' }]);
    expect(summary.votes).toEqual({ for: 11, against: 0, abstain: 0, not_voting: 0 });
    expect(summary.subject).toMatch(/Tarifs de la cantine/);
  });

  it("a register's printed frame, a stamp and a rule beside a page break, a note in the right margin", () => {
    const framed = analyseText(
      [
        '|  COMMUNE DE BÉZAC                                     |',
        '|  Séance du 14 mars 1997                               |',
        '|  Présents : 3                                         |',
        '|                                                       |',
        '|  Présents : MM. AUBIN Paul, BRUN Luc, Mme COLIN Lise. |',
        '|  Absent : M. DUBOIS Yves.                             |',
      ].join('\n'),
    ).summary;
    expect(framed.present_names).toEqual(['AUBIN Paul', 'BRUN Luc', 'COLIN Lise']);
    const broken = analyseText(
      [
        'Séance du 13 décembre 1996',
        'Présents : MM. Louis AUBIN, Jean BRUN, Mmes Rose',
        '                                                              ,~ ‘ MAIRIE',
        '                                                              . D’ARVEL ~.',
        '                                                                    - 2 -',
        'COMMUNE D’ARVEL - Registre des délibérations - 1996',
        '______________________________________________________',
        'COLIN, Lise DUBOIS                      vu le Maire',
        'Absent : M. Yves ESTÈVE.',
      ].join('\n'),
    ).summary;
    expect(broken.present_names).toEqual(['Louis AUBIN', 'Jean BRUN', 'Rose COLIN', 'Lise DUBOIS']);
  });

  it('a minus sign alone in its column; "Pouvoirs : O5" is a count', () => {
    const { summary } = analyseText(
      ['Séance du 17 juin 2021', 'Présents : 8', 'Pouvoirs : O5', 'Présents : M. Paul AUBIN, Mme Lise BRUN.', 'OBJET : Décision modificative', '   Compte 2156 – matériel             + 7 300,00 €', '   Compte 615 – entretien             - 7 300,00 €'].join('\n'),
    );
    expect(summary.proxies).toBe(5);
    expect(summary.proxies_list).toEqual([]);
    expect(summary.amounts_eur).toEqual([7300, -7300]);
  });
});

describe('complete extracts of big assemblies', () => {
  it('" / " between names across line ends; a note alone on the next line; ALL-CAPS names wrapped in a comma list', () => {
    const a = analyseText(
      [
        'Séance du 5 février 2026',
        'Présents : Paul AUBIN / Lise BRUN / Marc COLIN /',
        'Luc DUBOIS / Rose',
        'ESTÈVE',
        '',
        'Absents excusés : Yves FAURE / Anne GARNIER',
        '(pouvoir à Paul AUBIN) / Rémi HAMON',
      ].join('\n'),
    ).summary;
    expect(a.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'Luc DUBOIS', 'Rose ESTÈVE']);
    expect(a.proxies_list).toEqual([{ from: 'Anne GARNIER', to: 'Paul AUBIN' }]);
    const b = analyseText(['SÉANCE DU 26 JUIN 2014', 'ÉTAIENT PRÉSENTS : PAUL AUBIN, LISE BRUN, MARC', 'COLIN, LUC DUBOIS.', 'ABSENTS : ROSE ESTÈVE.'].join('\n')).summary;
    expect(b.present_names).toEqual(['PAUL AUBIN', 'LISE BRUN', 'MARC COLIN', 'LUC DUBOIS']);
  });

  it('communes in capitals with their seats, numbered canton lines, "Rapporteur :" after the lists', () => {
    const a = analyseText(['Séance du 27 janvier 2022', 'Présents :', 'ARVEL (3 sièges)', 'Paul AUBIN · Lise BRUN', '', 'BÉZAC (2 sièges)', 'Marc COLIN', '', 'Excusés : Yves FAURE', '', 'Rapporteur : Monsieur Luc DUBOIS, Vice-président'].join('\n')).summary;
    expect(a.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    expect(a.absent_names).toEqual(['Yves FAURE']);
    const b = analyseText(['Séance du 15 décembre 2025', 'Conseillers départementaux présents (par canton) :', "01 – Canton d'Arvel : Mme Lise BRUN et M. Paul AUBIN", '02 – Canton de Bézac : —', '03 – Canton de Cordes : M. Marc COLIN', '', 'Excusés : M. Yves FAURE'].join('\n')).summary;
    expect(b.present_names).toEqual(['Lise BRUN', 'Paul AUBIN', 'Marc COLIN']);
  });

  it('"dont N procurations" after each option; members named as not taking part; a plan that "arrive à mi-parcours"', () => {
    const vote = (lines: string[]) => analyseText(['Séance du 17 mars 2022', 'Votants : 82', 'OBJET : Budget primitif', ...lines].join('\n'));
    expect(vote(['Pour : 70 dont 19 procurations', 'Contre : 9 dont 3 procurations', 'Abstentions : 3 dont 2 procurations']).summary.votes).toEqual({ for: 70, against: 9, abstain: 3, not_voting: 0 });
    expect(vote(['Ne prennent pas part au vote : Mme Lise BRUN, M. Paul AUBIN.', 'Pour : 70 – Contre : 8 – Abstentions : 2']).summary.votes).toEqual({ for: 70, against: 8, abstain: 2, not_voting: 2 });
    // the session's voters hold: the plan arriving half-way is no member arriving
    const { findings } = vote(['Le plan climat adopté en 2019 arrive à mi-parcours.', 'Pour : 70', 'Contre : 5', 'Abstention : 4']);
    expect(codes(findings)).toContain('TALLY_MISMATCH');
  });

  it('a pipe table: a member with a holder and no absence mark is represented, not absent', () => {
    const { summary } = analyseText(
      [
        'Séance du 12 février 2026',
        "Feuille d'émargement :",
        '| Conseiller   | Présent | Représenté par | Excusé |',
        '|--------------|---------|----------------|--------|',
        '| AUBIN Paul   |    X    |                |        |',
        '| BRUN Lise    |    X    |                |        |',
        '| COLIN Marc   |         | AUBIN Paul     |        |',
        '| DUBOIS Luc   |         |                |   X    |',
        '| ESTÈVE Rose  |    X    |                |        |',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise', 'ESTÈVE Rose']);
    expect(summary.proxies_list).toEqual([{ from: 'COLIN Marc', to: 'AUBIN Paul' }]);
    expect(summary.absent_names).toEqual(['DUBOIS Luc']);
  });
});

describe('French-language councils outside France (sixteenth set, 1601–1620)', () => {
  it('Brussels: Dutch beside the French headings; "21 votes positifs, 2 votes négatifs"', () => {
    const { summary, findings } = analyseText(
      [
        'Conseil communal – Gemeenteraad',
        'Séance publique du 23 novembre 2022',
        'Présents – Aanwezig :',
        'Lise BRUN, Bourgmestre-Présidente ;',
        'Paul AUBIN, Marc COLIN, Conseillers communaux ;',
        'Excusés – Verontschuldigd :',
        'Luc DUBOIS, Conseiller communal.',
        'Objet n° 5 – Vente',
        'DÉCIDE, à l’unanimité :',
        '23 votants : 21 votes positifs, 2 votes négatifs.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Lise BRUN', 'Paul AUBIN', 'Marc COLIN']);
    expect(summary.absent_names).toEqual(['Luc DUBOIS']);
    expect(summary.votes).toEqual({ for: 21, against: 2, abstain: 0, not_voting: 0 });
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });

  it('Québec: "PRÉSENCES" and "ABSENCE" alone on their lines, a vacant seat, the mairesse presiding', () => {
    const { summary } = analyseText(
      ['PROVINCE DE QUÉBEC', 'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 4 novembre 2024', '', 'PRÉSENCES', 'Mairesse : Mme Lise Brun', 'Siège no 1 : M. Paul Aubin', 'Siège no 2 : vacant', 'Siège no 3 : M. Marc Colin', 'ABSENCE', 'Siège no 4 : Mme Rose Estève'].join('\n'),
    );
    expect(summary.present_names).toEqual(['Lise Brun', 'Paul Aubin', 'Marc Colin']);
    expect(summary.absent_names).toEqual(['Rose Estève']);
    expect(summary.president).toBe('Lise Brun');
  });

  it('Switzerland: "27 membres sur 30 sont présents"; a vice-maire', () => {
    const a = analyseText(['Séance du 13 décembre 2022', 'Contrôle des présences', '27 membres sur 30 sont présents.', 'Excusés : Mme Lise BRUN, MM. Paul AUBIN et Marc COLIN.'].join('\n')).summary;
    expect([a.present, a.members_in_office]).toEqual([27, 30]);
    const b = analyseText(['Séance du 19 août 2024', 'Présents : M. Paul AUBIN, maire ; Mme Lise BRUN, vice-maire ; MM. Marc COLIN, Luc DUBOIS, conseillers communaux'].join('\n')).summary;
    expect(b.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'Luc DUBOIS']);
    // (absences stated whole with no proxy at all, 37 + 3 of 41: fixtures/corpus 1607 in the labelled corpus test)
  });
});
