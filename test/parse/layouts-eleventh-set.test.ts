/**
 * Layouts the nineteenth and twenty-first invented corpora (fixtures/corpus
 * 1901–1920, text as PDF extraction gives it; 2101–2120, a third draw like
 * the real corpus) found missing. Every case is written anew here
 * (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('PDF text layers', () => {
  it('a column of communes in capitals before their delegates, a footer "… p. 1/2" across the page break', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 10 décembre 2015',
        'Délégués en exercice : 7          Présents : 7',
        '',
        'Étaient présents :',
        'COMMUNE                       DÉLÉGUÉS',
        'SAINT-LUC-EN-CAUSSE           Paul VERNHES, Anne CALMELS,',
        '                              Marc ISSALY',
        'BOZOULS                       Rémi CAYLA',
        '',
        'CC des Causses – Conseil communautaire du 10/12/2015                          p. 1/2',
        'LA CAPELLE-D’OLT              Lise MALRIC',
        'ROQUEVERT                     Jean BOUSQUET, Yves CROS',
        '',
        'Secrétaire de séance : Mme Anne CALMELS.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul VERNHES', 'Anne CALMELS', 'Marc ISSALY', 'Rémi CAYLA', 'Lise MALRIC', 'Jean BOUSQUET', 'Yves CROS']);
    expect(codes(findings)).toEqual([]);
  });

  it('a line justified with double spaces keeps its notes: "LOISEAU  (pouvoir  à  M.  THIBAULT)"; semicolons between entries too', () => {
    const excused = analyseText(
      'Séance du 21 novembre 2008\nPrésents : Jean ABBAL, Rose BRUN.\nAbsents  excusés :  M.  Paul  LOISEAU  (pouvoir  à  M.  ABBAL),  Mme  Anne\nRIVET  (pouvoir  à  Mme  BRUN),  M.  Luc  HUBERT,  Mme  Claire  BOULAY.\n',
    );
    expect(excused.summary.proxies_list).toEqual([
      { from: 'Paul LOISEAU', to: 'ABBAL' },
      { from: 'Anne RIVET', to: 'BRUN' },
    ]);
    const represented = analyseText(
      'Séance du 27 mars 2019\nPrésents : Jean ABBAL, Rose BRUN, Luc CAZES, Marc DIEU.\nAbsents  représentés :  M.  Paul  CARRÉ  par  M.  ABBAL  ;  Mme  Anne  GUÉRIN  par  Mme  BRUN  ;\nM.  Noël  POTTIER  par  M.  CAZES  ;  Mme  Inès  LAMY  par  M.  DIEU.\n',
    );
    expect(represented.summary.proxies_list).toEqual([
      { from: 'Paul CARRÉ', to: 'ABBAL' },
      { from: 'Anne GUÉRIN', to: 'BRUN' },
      { from: 'Noël POTTIER', to: 'CAZES' },
      { from: 'Inès LAMY', to: 'DIEU' },
    ]);
  });

  it('a table extracted one cell per line with a « Pouvoir donné à » column', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 25 février 2021',
        'Nombre de conseillers en exercice : 6 – Présents : 3 – Représentés : 2 – Votants : 5',
        'Conseiller',
        'Présence',
        'Pouvoir donné à',
        'BARTHE Gilles',
        'présent',
        '–',
        'ROQUES Annie',
        'excusée',
        'BARTHE Gilles',
        'SERIEYS Paul',
        'présent',
        '–',
        'ALBOUY Christine',
        'excusée',
        'SERIEYS Paul',
        'MAFFRE Jean',
        'présent',
        '–',
        'LAUR Fabienne',
        'absente',
        '–',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['BARTHE Gilles', 'SERIEYS Paul', 'MAFFRE Jean']);
    expect(summary.proxies_list).toEqual([
      { from: 'ROQUES Annie', to: 'BARTHE Gilles' },
      { from: 'ALBOUY Christine', to: 'SERIEYS Paul' },
    ]);
    expect(codes(findings)).toEqual([]);
  });

  it('a grid of check marks goes on after a page break under its header row written again', () => {
    const header = '  Nom Prénom                     Présent    Excusé    Absent    Pouvoir à';
    const { summary, findings } = analyseText(
      [
        'Séance du 26 septembre 2024',
        'En exercice : 6 – Présents : 4 – Pouvoirs : 1 – Votants : 5',
        header,
        '  WEISS Christophe                 X',
        '  KLEIN Martine                    X',
        '  ROTH Pascal                                 X                 KLEIN Martine',
        '',
        'Ville de Sarbach – Conseil municipal du 26 septembre 2024                Page 1/4',
        'Publié le 02/10/2024',
        '',
        header,
        '  WALTER Laurent                   X',
        '  BRUCKER Céline                   X',
        '  ADAM Fabrice                                          X',
        '',
        'Secrétaire de séance : Mme Céline BRUCKER',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['WEISS Christophe', 'KLEIN Martine', 'WALTER Laurent', 'BRUCKER Céline']);
    expect(summary.proxies_list).toEqual([{ from: 'ROTH Pascal', to: 'KLEIN Martine' }]);
    expect(codes(findings)).toEqual([]);
  });

  it('proxy pairs across a page break (page number, stamp lines, running header) and the absences after them', () => {
    const { summary } = analyseText(
      [
        'Séance du 17 mars 2022',
        'Étaient présents :',
        ' Anne KERGUELEN',
        ' Hervé LE MOAL',
        ' Patrick LE ROY',
        'Pouvoirs :',
        ' Yann QUÉRÉ à Anne KERGUELEN',
        'Page 1/3',
        'Reçu en préfecture le 22/03/2022',
        'Publié le 23/03/2022',
        'Commune de Lanvoc – Conseil municipal du 17 mars 2022',
        ' Loïc BERTHOU à Hervé LE MOAL',
        'Absents excusés : Erwan LE BERRE, Sophie KERVELLA.',
      ].join('\n'),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Yann QUÉRÉ', to: 'Anne KERGUELEN' },
      { from: 'Loïc BERTHOU', to: 'Hervé LE MOAL' },
    ]);
    expect(summary.absent_names).toEqual(['Erwan LE BERRE', 'Sophie KERVELLA']);
  });

  it('a mandant / mandataire table over two pages, then the excused', () => {
    const footer = 'Ville de Pornac – Conseil municipal du 10 décembre 2020                                   Page 1/8';
    const { summary } = analyseText(
      [
        'Séance du 10 décembre 2020',
        'ÉTAIENT PRÉSENTS : Jean ABBAL, Rose BRUN, Luc CAZES.',
        '',
        'ABSENTS AYANT DONNÉ POUVOIR :',
        'Mandant                   Mandataire',
        ...Array.from({ length: 12 }, (_, i) => `Paul MEMBRE${String.fromCharCode(65 + i)}${' '.repeat(12)}Jean ABBAL`),
        '',
        footer,
        footer.replace('1/8', '2/8'),
        'Mandant                   Mandataire',
        ...Array.from({ length: 8 }, (_, i) => `Anne ELUE${String.fromCharCode(65 + i)}${' '.repeat(14)}Rose BRUN`),
        '',
        'ABSENTS EXCUSÉS : Marc GOBIN, Lise MABIT.',
      ].join('\n'),
    );
    expect(summary.proxies_list).toHaveLength(20);
    expect(summary.absent_names).toEqual(['Marc GOBIN', 'Lise MABIT']);
  });
});

describe('wordings', () => {
  it('"Excusée : Mme X (commune), suppléée par M. Y": a substitution, the titular not counted beside her substitute', () => {
    const { parsed, findings } = analyseText(
      [
        'Séance du 14 septembre 2004',
        'Nombre de délégués en exercice : 4',
        'Étaient présents : M. Paul JACQUIER, Mme Rose PERRIN, M. Luc GIROD (suppléant), M. Noël ROSSAT.',
        'Excusée : Mme Annie FAVRE (Praz), suppléée par M. Luc GIROD.',
      ].join('\n'),
    );
    expect(parsed.session.attendance.substitutions.map((s) => [s.titular.name, s.substitute.name])).toEqual([['Annie FAVRE', 'Luc GIROD']]);
    expect(codes(findings)).toEqual([]);
  });

  it('"Date de publication de la liste des délibérations : 30 novembre" is no session date', () => {
    const { summary, findings } = analyseText(
      [
        'CONSEIL MÉTROPOLITAIN – SÉANCE DU JEUDI 23 NOVEMBRE 2023',
        'Date de convocation : vendredi 17 novembre 2023',
        'Date de publication de la liste des délibérations : 30 novembre 2023',
        'Présents : Jean ABBAL, Rose BRUN.',
      ].join('\n'),
    );
    expect(summary.session_date).toBe('2023-11-23');
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('« DÉLIBÉRATION N° 2018-CD-0412 » above the attendance, its decision and vote below it', () => {
    const { parsed, summary } = analyseText(
      [
        'CONSEIL DÉPARTEMENTAL – Réunion du lundi 25 juin 2018',
        '              DÉLIBÉRATION N° 2018-CD-0412',
        'Le Conseil départemental s’est réuni le 25 juin 2018.',
        'Présents (3) : Mmes et MM. Anne ARNAL, Paul BAZIN, Lise CROS.',
        'Absent non représenté (1) : M. Marc ESTÈVE.',
        '',
        'Le Conseil départemental, après en avoir délibéré,',
        'DÉCIDE d’adopter la décision modificative n° 1.',
        'Pour : 27 – Contre : 0 – Abstentions : 6',
        '',
        'DÉLIBÉRATION N° 2018-CD-0413',
        'Fonds de soutien à la voirie communale',
      ].join('\n'),
    );
    expect(parsed.deliberations.map((d) => d.number)).toEqual(['2018-CD-0412', '2018-CD-0413']);
    expect(summary.votes).toEqual({ for: 27, against: 0, abstain: 6, not_voting: 0 });
  });

  it('a left margin column of counts beside the opening: « sous la » / « présidence de » read on across the line break', () => {
    const { summary } = analyseText(
      [
        '                           Séance du 18 juin 2020',
        '',
        'Nombre de membres          L’an deux mille vingt, le dix-huit juin, le Conseil municipal de',
        'en exercice : 11           la commune de VERNAZAC, dûment convoqué le 12 juin 2020, s’est',
        'présents : 5               réuni en séance ordinaire à la salle des fêtes, afin de respecter',
        'votants : 8                les règles de distanciation physique, sous la',
        '                           présidence de Mme Nadine LACOMBE, Maire.',
        'Date de convocation :',
        '12/06/2020                 Présents : Mme Nadine LACOMBE, M. Joël BESSE, Mme Lise DELPUECH,',
        '                           M. Thierry MAURS, M. Alain CAMBON.',
      ].join('\n'),
    );
    expect(summary.president).toBe('Nadine LACOMBE');
    expect([summary.members_in_office, summary.present, summary.voters]).toEqual([11, 5, 8]);
  });

  it('a table row « 231 400 €      14,82 %      34 293 € »: the rate is no amount', () => {
    const { summary } = analyseText('Séance du 18 juin 2020\nOBJET : Taux\n   Foncier bâti                231 400 €                14,82 %     34 293 €\nAdopté à l’unanimité.');
    expect(summary.amounts_eur).toEqual([231400, 34293]);
    expect(analyseText('Séance du 18 juin 2020\nOBJET : Prix\nUn montant de € 1 200 est inscrit.').summary.amounts_eur).toEqual([1200]);
  });

  it('a site’s « Séance suivante (26 janvier 2012) » is no session date; « ayant pris part à la délibération : 10 » counts the voters', () => {
    const { summary, findings } = analyseText(
      [
        '« Séance précédente (27 octobre 2011) | Séance suivante (26 janvier 2012) »',
        'CONSEIL MUNICIPAL DU MERCREDI 7 DÉCEMBRE 2011',
        'Nombre de membres',
        'en exercice : 11',
        'ayant pris part à la délibération : 10',
        'Présents : Jean ABBAL, Rose BRUN, Luc CAZES.',
      ].join('\n'),
    );
    expect(summary.session_date).toBe('2011-12-07');
    expect(summary.voters).toBe(10);
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('« LE TALLEC-– Mme X »: a hyphen typed before the dash still separates two members', () => {
    const { summary } = analyseText('Séance du 14 novembre 2011\nETAIENT PRESENTS : M. Hubert CASTAN - Mme Rose PINCHON – M. Yves LE TALLEC-– Mme Lise FERRIER – M. Paul DUFRESNE-– Mme Anne AUZOU.');
    expect(summary.present_names).toEqual(['Hubert CASTAN', 'Rose PINCHON', 'Yves LE TALLEC', 'Lise FERRIER', 'Paul DUFRESNE', 'Anne AUZOU']);
  });

  it('« Nombre de présents prenant part au vote : 32 » is the members present, glued to the count before it', () => {
    const { summary } = analyseText('Séance du 16 novembre 2023\nNombre de conseillers en exercice : 40Nombre de présents prenant part au vote : 32\nNombre de pouvoirs : 6\nNombre de votants : 38');
    expect([summary.members_in_office, summary.present, summary.proxies, summary.voters]).toEqual([40, 32, 6, 38]);
  });

  it('an exposé of a later meeting approving the minutes that follow: the minutes’ dates are the session’s', () => {
    const same = analyseText('SIVOM DE LA VALLÉE Réunion du 9 mars 2022 EXPOSE N°1 APPROBATION DU PROCES-VERBAL DU 26 JANVIER 2022 Réunion du 26 janvier 2022 Sous la présidence de M. Paul LABORDE, Président, PRESENTS : MM. Jean ARROUY, Luc BAQUÉ.');
    expect(same.summary.session_date).toBe('2022-01-26');
    expect(codes(same.findings)).not.toContain('DATE_CONFLICT');
    const differ = analyseText('SIAEP DU CAUSSE Réunion du 3 mars 2021 EXPOSE N°1 APPROBATION DU PROCES-VERBAL DU 28 JANVIER 2021 Réunion du 21 janvier 2021 Sous la présidence de M. Paul CLAVEL, Président, PRESENTS : MM. Jean AUGÉ, Luc BALLET.');
    expect(codes(differ.findings)).toContain('DATE_CONFLICT');
  });
});

describe('totals', () => {
  it('a cost, then the plan that finances it below: the parts must make the cost', () => {
    const plan = (autofinancement: string) =>
      analyseText(
        [
          'Séance du 16 novembre 2023',
          'OBJET : Pôle d’échanges de la gare',
          'Le coût prévisionnel de l’opération est estimé à 2 480 000 € HT. Il est proposé de le financer selon le plan suivant :',
          '',
          '- État, dotation de soutien à l’investissement local : 620 000 €',
          '- Région, au titre du contrat de mobilité : 496 000 €',
          '- Département, aide aux pôles d’échanges : 372 000 €',
          `- Autofinancement de la Communauté : ${autofinancement}`,
          '',
          'Adopté à l’unanimité.',
        ].join('\n'),
      );
    expect(codes(plan('992 000 €').findings)).toEqual([]);
    expect(codes(plan('1 012 000 €').findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });

  it('a cost announcing a plan that the text does not give (cut, or no bullets) is no finding, and the check ends', () => {
    const { findings } = analyseText('Séance du 16 novembre 2023\nOBJET : Travaux\nLE COÛT TOTAL DE L’OPÉRATION EST ESTIMÉ À 1,25 M€ HT ET PRÉSENTE LE\nPLAN DE FINANCEMENT PRÉVISIONNEL SUIVANT :\n\n\n\n');
    expect(codes(findings)).toEqual([]);
  });
});
