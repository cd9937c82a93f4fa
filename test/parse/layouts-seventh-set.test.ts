/**
 * Layouts the tenth and eleventh invented corpora (fixtures/corpus 1001–1020,
 * 1101–1120) found missing. Every case is written anew here (invented names).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('text extraction of published PDFs', () => {
  it('a ligature inside a name in capitals is spelled in capitals ("CHAﬀARD" is CHAFFARD)', () => {
    const { summary } = analyseText(
      ['Séance du 5 mai 2016', '', 'Étaient présents :', 'M. Paul AUBIN, Président', 'Mme Lise CHAﬀARD, adjointe', 'M. Marc ﬁLLON', '', 'Secrétaire de séance : Mme Lise CHAﬀARD'].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise CHAFFARD', 'Marc FILLON']);
    expect(summary.secretary).toBe('Lise CHAFFARD');
  });

  it('a count table extracted one cell per line, by columns and by rows', () => {
    const byColumns = analyseText(['Séance du 5 mai 2016', '', 'Membres en exercice', 'Présents', 'Représentés', 'Votants', '18', '8', '7', '15', '', 'Présents : M. Paul AUBIN'].join('\n'));
    expect([byColumns.summary.members_in_office, byColumns.summary.present, byColumns.summary.proxies, byColumns.summary.voters]).toEqual([18, 8, 7, 15]);
    const byRows = analyseText(['Séance du 5 mai 2016', '', 'Nombre de conseillers', 'en exercice', '54', 'présents', '43', 'votants', '50', '', 'Présents : M. Paul AUBIN'].join('\n'));
    expect([byRows.summary.members_in_office, byRows.summary.present, byRows.summary.voters]).toEqual([54, 43, 50]);
  });

  it('an émargement table one cell per line: the state alone under each name', () => {
    const { summary } = analyseText(
      [
        'Séance du samedi 12 mars 2016',
        "Liste d'émargement :",
        'Commune',
        'Délégué(e)',
        'Présence',
        'Arvel',
        'M. Paul AUBIN',
        'présent',
        'Mme Lise BRUN',
        'présente',
        'Bézac',
        'M. Marc COLIN',
        'excusé – pouvoir à M. Paul AUBIN',
        'Mme Nina DUBOIS',
        'présente',
        'M. Yves ESTÈVE',
        'excusé',
        '',
        'Secrétaire de séance : Mme Lise BRUN',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Nina DUBOIS']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['Marc COLIN', 'Yves ESTÈVE']);
    expect(summary.proxies_list).toEqual([{ from: 'Marc COLIN', to: 'Paul AUBIN' }]);
  });

  it('cantons as the headings of two columns are no members', () => {
    const { summary } = analyseText(
      [
        'Séance du 26 juin 2017',
        'Présents : 5',
        'Étaient présents :',
        '',
        "Canton d'Arvel                               Canton de Bézac-sur-Loue",
        'Mme Lise BRUN                                M. Marc COLIN',
        'M. Paul AUBIN                                Mme Nina DUBOIS',
        'Canton de Saint-Jean-des-Prés',
        'M. Yves ESTÈVE',
        '',
        'Absente excusée : Mme Rose FAURE',
      ].join('\n'),
    );
    expect([...(summary.present_names ?? [])].sort()).toEqual(['Lise BRUN', 'Marc COLIN', 'Nina DUBOIS', 'Paul AUBIN', 'Yves ESTÈVE']);
  });

  it('a running footer with a page number inside a list, the list cut after a civility', () => {
    const { summary } = analyseText(
      [
        'Séance du mardi 18 juin 2019',
        'Étaient présents : Mme Lise BRUN, M. Paul AUBIN, M.',
        '',
        'Syndicat du Val – Comité syndical du 18 juin 2019                        2',
        '',
        'Marc COLIN, Mme Nina DUBOIS.',
        'Excusés : M. Yves ESTÈVE.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Lise BRUN', 'Paul AUBIN', 'Marc COLIN', 'Nina DUBOIS']);
  });
});

describe('members listed by group', () => {
  it('members listed by collège, without any "présents" heading, are the members present', () => {
    const { summary } = analyseText(
      [
        'Séance du jeudi 24 novembre 2016',
        'Présents : 4 – Pouvoirs : 1 – Votants : 5',
        '',
        'Collège des représentants des communes :',
        'M. Paul AUBIN, Président, maire de Arvel',
        'Mme Lise BRUN, adjointe au maire de Bézac',
        '',
        'Collège des représentants des établissements publics :',
        'M. Marc COLIN, représentant du CCAS de Bézac',
        'Mme Nina DUBOIS, représentante du SIVOM du Val',
        '',
        'Pouvoirs : M. Yves ESTÈVE à M. Paul AUBIN',
        'Excusés : Mme Rose FAURE',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'Nina DUBOIS']);
    expect(summary.proxies_list).toEqual([{ from: 'Yves ESTÈVE', to: 'Paul AUBIN' }]);
  });

  it('"Participaient à la réunion :" heads the members; a group label on the line above its members is no name', () => {
    const a = analyseText(['Réunion du 11 mai 2020', 'Participaient à la réunion : Mmes et MM. AUBIN Paul, BRUN Lise, COLIN Marc.', 'Excusés : M. Yves ESTÈVE'].join('\n'));
    expect(a.summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise', 'COLIN Marc']);
    const b = analyseText(
      [
        'Séance du 8 février 2024',
        'Étaient présents :',
        'Métropole de Rive-Haute (3 délégués) :',
        'M. Paul AUBIN, Mme Lise BRUN, M. Marc COLIN',
        'Communauté urbaine des Deux-Ponts (2 délégués) :',
        'Mme DUBOIS Nina, M. ESTÈVE Yves',
        '',
        'Excusés : Mme Rose FAURE',
      ].join('\n'),
    );
    expect(b.summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'DUBOIS Nina', 'ESTÈVE Yves']);
  });
});

describe('extracts typed by hand', () => {
  it('headings misspelt by one edit ("Présnets", "Procuraton") are read; other words before a colon are not', () => {
    const { summary } = analyseText(
      ['Séance du vendredi 15 avril 2016', 'Présnets : Mme AUBIN Lise, M. BRUN Paul, M. COLIN Marc', 'Procuraton : M. DUBOIS Yves à M. BRUN Paul', 'Absent : M. ESTÈVE Luc', 'Rapport : M. BRUN Paul'].join('\n'),
    );
    expect(summary.present_names).toEqual(['AUBIN Lise', 'BRUN Paul', 'COLIN Marc']);
    expect(summary.proxies_list).toEqual([{ from: 'DUBOIS Yves', to: 'BRUN Paul' }]);
  });

  it('hand abbreviations: "Cons. mun.", "1er adj.", "Conv. du"; a double space inside a name', () => {
    const { summary, parsed } = analyseText(
      [
        "Commune d'Arvel",
        'Extrait du registre des délibérations du Cons. mun.',
        'Séance du 14 juin 2022',
        'Conv. du 8 juin 2022',
        'Présents : Mr Paul AUBIN, Maire, Mr Rémi BRUN, 1er adj., Mme Lise  COLIN, Mmes Nina DUBOIS, Rose FAURE, Cons. mun.',
        'Absents : néant.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Rémi BRUN', 'Lise COLIN', 'Nina DUBOIS', 'Rose FAURE']);
    expect(summary.convocation_date).toBe('2022-06-08');
    expect(parsed.session.body.kind).toBe('conseil_municipal');
  });

  it('a commune council named only by its commune and its maire is French: the proxy limit of the date applies', () => {
    const { findings } = analyseText(
      [
        'Commune des Cabanes',
        'Séance du jeudi 18 mars 2021',
        'Le conseil, sous la présidence de Mme Lise AUBIN, Maire.',
        'Présents : Mme Lise AUBIN, M. Paul BRUN, M. Marc COLIN',
        'Pouvoirs : M. Yves DUBOIS à Mme AUBIN ; Mme Rose ESTÈVE à Mme AUBIN ; M. Luc FAURE à Mme AUBIN.',
      ].join('\n'),
    );
    expect(codes(findings)).toContain('PROXY_LIMIT_EXCEEDED');
  });

  it('a second convocation said in other words needs no quorum', () => {
    for (const wording of [
      'Séance du lundi 15 octobre 2012 (2ème convocation)',
      "Le conseil municipal, convoqué une première fois pour le 9 octobre, ne s'est pas trouvé en nombre suffisant. Il a été convoqué à nouveau le 11 octobre 2012.",
    ]) {
      const { findings } = analyseText(
        [
          'Commune de Bézac – conseil municipal',
          wording,
          'Séance du lundi 15 octobre 2012',
          'En exercice : 15 - Présents : 5 - Votants : 5',
          'Présents : MM. Paul AUBIN, Marc BRUN, Luc COLIN, Mme Lise DUBOIS, M. Yves ESTÈVE.',
        ].join('\n'),
      );
      expect(codes(findings), wording).not.toContain('QUORUM_NOT_MET');
    }
  });

  it('"à l\'unanimité des membres présents et représentés (14 voix)" is no proxy count', () => {
    const { summary } = analyseText(
      [
        'Séance du 18 mars 2021',
        'Conseillers en exercice : 15 - Présents : 9 - Pouvoirs : 5 - Votants : 14',
        'Présents : M. Paul AUBIN, Mme Lise BRUN',
        'OBJET : Fonds de solidarité',
        'Le conseil, à l’unanimité des membres présents et représentés (14 voix), décide.',
      ].join('\n'),
    );
    expect(summary.proxies).toBe(5);
  });
});

describe('amounts and tallies', () => {
  it('a financing table one cell per line whose total is not the sum of its parts', () => {
    const table = (total: string) =>
      analyseText(
        ['Séance du 13 avril 2023', 'OBJET : Plan de financement', '', 'Financeur', 'Montant HT', 'Part', 'État', '1 240 000 €', '31 %', 'Région', '880 000 €', '22 %', 'Commune', '1 880 000 €', '47 %', 'Total', total, '100 %', '', 'Adopté à l’unanimité.'].join('\n'),
      );
    expect(codes(table('4 100 000 €').findings)).toContain('AMOUNT_SUM_MISMATCH');
    expect(codes(table('4 000 000 €').findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });

  it('a rule drawn above a total does not hide the parts; negative amounts after dotted leaders', () => {
    const { findings, summary } = analyseText(
      [
        'Séance du 7 décembre 2010',
        'OBJET : Subventions',
        '   Comité des fêtes                        1 200 €',
        '   Club des aînés                            600 €',
        '                                         ---------',
        '   TOTAL                                   1 900 €',
        'Investissement : déficit ........ - 42 815,60 €',
        'Adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(codes(findings)).toContain('AMOUNT_SUM_MISMATCH');
    expect(summary.amounts_eur).toEqual([1200, 600, 1900, -42815.6]);
  });

  it('the first vote in the label view: written numbers and what they imply', () => {
    const vote = (line: string) => analyseText(['Séance du 25 septembre 2014', 'Votants : 44', 'OBJET : Tarifs', 'Le conseil, après en avoir délibéré,', line, 'ADOPTE les tarifs.'].join('\n')).summary.votes;
    // votes not expressed are abstentions
    expect(vote('Votants 50 – Exprimés 47 – Pour 44 – Contre 3')).toEqual({ for: 44, against: 3, abstain: 3, not_voting: 0 });
    // the rest of the voters are "pour" under a unanimity of the expressed votes
    expect(vote("à l'unanimité des suffrages exprimés (3 abstentions : M. X, M. Y, Mme Z),")).toEqual({ for: 41, against: 0, abstain: 3, not_voting: 0 });
    // a member said not to take part does not vote
    expect(vote('Votes pour : 40, contre : 2, abstentions : 1\nM. Paul AUBIN, intéressé à l’affaire, quitte la salle et ne prend pas part au vote.')).toEqual({ for: 40, against: 2, abstain: 1, not_voting: 1 });
    expect(vote('Adopté à l’unanimité.')).toEqual({ unanimous: true });
  });
});
