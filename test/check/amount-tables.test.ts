/**
 * Accounts tables extracted one cell per line (the columns grouped by section, closed by « ENSEMBLE », rows closed by
 * « Totaux ») and a breakdown told in one sentence: each sum is judged, and right tables of every shape stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes } from '../helpers/analyse-text.ts';

const NB = '\u00a0';

/** A commune's extract around the body lines: attendance that adds up, one unanimous vote. */
const extract = (body: string[]) =>
  [
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du 26 mars 2019',
    'Nombre de conseillers en exercice : 11 – Présents : 11 – Votants : 11',
    'Présents : M. Alain DECROIX, Maire, Mmes Anne LEROUX, Claire MOREL, Julie PETIT, Lucie ROUX, MM. Bruno FAURE, Marc GIRAUD, Paul HENRY, Denis LAMBERT, Luc MASSON, Eric NOEL',
    'Secrétaire de séance : Mme Anne LEROUX',
    '',
    'COMPTE ADMINISTRATIF 2018',
    '- lui donne acte de la présentation du compte administratif, lequel peut se résumer ainsi :',
    ...body,
    'Le compte administratif est adopté à l’unanimité.',
  ].join('\n');

/** The head of a six-column accounts table (three groups of dépenses / recettes). */
const HEAD = ['LIBELLE', 'FONCTIONNEMENT', 'INVESTISSEMENT', 'ENSEMBLE', 'DEPENSE OU DEFICIT', 'RECETTES OU EXCEDENT', 'DEPENSE OU DEFICIT', 'RECETTES OU EXCEDENT', 'DEPENSE OU DEFICIT', 'RECETTES', 'OU EXCEDENT'];

/** Rows as the PDF gives them when it keeps empty cells: blank lines between cells, no-break spaces for empty ones. */
const spaced = (lines: string[]) => lines.flatMap((l) => [l, '']);

describe('accounts tables, one cell per line', () => {
  const keptEmpty = (investmentTotal: string) =>
    extract(
      spaced([
        'LIBELLE', 'FONCTIONNEMENT', NB, NB, 'INVESTISSEMENT', NB, NB, 'ENSEMBLE', NB, NB,
        ...HEAD.slice(4, 6), NB, ...HEAD.slice(6, 8), NB, ...HEAD.slice(8),
        'Résultats reportés', NB, '184 302.17 €', NB, '41 208.33 €', '- €', NB, '41 208.33 €', '184 302.17 €',
        "Opérations de l'exercice", '398 615.40 €', '452 930.85 €', NB, '156 420.90 €', '120 774.16 €', NB, '555 036.30 €', '573 705.01 €',
        'Totaux', '398 615.40 €', '637 233.02 €', NB, investmentTotal, '120 774.16 €', NB, '596 244.63 €', '758 007.18 €', NB,
        'Résultats de clôture', NB, '238 617.62 €', NB, '76 855.07 €', NB, NB, NB, '161 762.55 €',
      ]),
    );

  it('a « Totaux » cell that is not the sum of the rows above it (empty cells kept, spacer columns)', () => {
    const { findings } = analyseText(keptEmpty('196 629.23 €'));
    expect(codes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(findings.find((f) => f.code === 'AMOUNT_SUM_MISMATCH')!.message.replace(/\s/g, ' ')).toContain('197 629,23 €');
  });

  it('the same table with its totals right, and a closing row stating the balance in its last group, reports nothing', () => {
    expect(codes(analyseText(keptEmpty('197 629.23 €')).findings)).toEqual([]);
  });

  const packed = (ensembleReceipts: string) =>
    extract([
      ...HEAD,
      'Résultats reportés', '184 230.55 €', '36 412.08 €', '- €', '36 412.08 €', '184 230.55 €',
      "Opérations de l'exercice", '412 608.27 €', '498 115.90 €', '152 390.40 €', '171 845.12 €', '564 998.67 €', '669 961.02 €',
      'Totaux', '412 608.27 €', '682 346.45 €', '188 802.48 €', '171 845.12 €', '601 410.75 €', ensembleReceipts,
      'Résultats de clôture', '269 738.18 €', '16 957.36 €', '252 780.82 €',
    ]);

  it('an « ENSEMBLE » cell that is not fonctionnement + investissement (empty cells dropped: short rows are not placed)', () => {
    const { findings } = analyseText(packed('855 191.57 €'));
    expect(codes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(findings.find((f) => f.code === 'AMOUNT_SUM_MISMATCH')!.message.replace(/\s/g, ' ')).toContain('854 191,57 €');
  });

  it('the packed table right reports nothing', () => {
    expect(codes(analyseText(packed('854 191.57 €')).findings)).toEqual([]);
  });

  const oneColumnEach = (receipts: string) =>
    extract(['LIBELLE', 'FONCTIONNEMENT', 'INVESTISSEMENT', 'ENSEMBLE', 'Dépenses', '388 214.52 €', '142 880.10 €', '531 094.62 €', 'Recettes', '451 906.37 €', '97 455.60 €', receipts, 'Résultat', '63 691.85 €', '45 424.50 €', '18 267.35 €']);

  it('one column per group: « Recettes » whose ensemble is wrong', () => {
    expect(codes(analyseText(oneColumnEach('594 361.97 €')).findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });

  it('one column per group right, with a result row (an excédent and a déficit) stating the balance', () => {
    expect(codes(analyseText(oneColumnEach('549 361.97 €')).findings)).toEqual([]);
  });

  it('a « Totaux » row cut by the excerpt is judged as far as it goes', () => {
    const text = extract([]).replace('Le compte administratif est adopté à l’unanimité.', '') +
      spaced([
        'LIBELLE', 'FONCTIONNEMENT', NB, NB, 'INVESTISSEMENT', NB, NB, 'ENSEMBLE', NB, NB,
        'Résultats reportés', NB, '184 302.17 €', NB, '41 208.33 €', '- €', NB, '41 208.33 €', '184 302.17 €',
        "Opérations de l'exercice", '398 615.40 €', '452 930.85 €', NB, '156 420.90 €', '120 774.16 €', NB, '555 036.30 €', '573 705.01 €',
        'Totaux', '398 615.40 €', '637 233.02 €', NB, '196 629.23 €', '120 774.16 €', NB, '5',
      ]).join('\n');
    expect(codes(analyseText(text).findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });
});

describe('a breakdown told in one sentence', () => {
  const affectation = (reported: string) =>
    extract([
      `Le Conseil Municipal décide d’affecter l’excédent de fonctionnement de 201 655.80 € comme suit : 14 243.45 € au compte 1068 pour la couverture du besoin de financement de la section d’investissement et ${reported} en excédent de fonctionnement reporté au compte 002, soit un total affecté de 201 655.80 €.`,
    ]);

  it('the parts after the announced sum, against « soit un total affecté de » the same sum', () => {
    const { findings } = analyseText(affectation('178 412.35 €'));
    expect(codes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(findings.find((f) => f.code === 'AMOUNT_SUM_MISMATCH')!.message.replace(/\s/g, ' ')).toContain('192 655,80 €');
  });

  it('right, it reports nothing', () => {
    expect(codes(analyseText(affectation('187 412.35 €')).findings)).toEqual([]);
  });
});

describe('a budget change, one cell per line, its rows in either column', () => {
  const dm = (investmentTotal: string) =>
    extract([
      'SECTION', 'ARTICLE', 'LIBELLE', 'DEPENSES', 'RECETTES',
      'Fonctionnement', '022', 'Dépenses imprévues', '- 6 000.00 €',
      'Fonctionnement', '023', "Virement à la section d'investissement", '6 000.00 €',
      'TOTAL FONCTIONNEMENT', '0.00 €', '0.00 €',
      'Investissement', '021', 'Virement de la section de fonctionnement', '6 000.00 €',
      'Investissement', '1341', 'DETR', '3 500.00 €',
      'Investissement', '2158', 'Autres installations, matériel et outillage', '7 400.00 €',
      'Investissement', '2183', 'Matériel de bureau et informatique', '2 100.00 €',
      'TOTAL INVESTISSEMENT', investmentTotal, investmentTotal,
    ]);

  it('the section’s rows (both columns) do not make its two totals', () => {
    const { findings } = analyseText(dm('10 000.00 €'));
    expect(codes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(findings.find((f) => f.code === 'AMOUNT_SUM_MISMATCH')!.message).toContain('TOTAL INVESTISSEMENT');
  });

  it('right (a negative row in the other section cancelling its transfer), it reports nothing', () => {
    expect(codes(analyseText(dm('9 500.00 €')).findings)).toEqual([]);
  });
});

describe('totals told in a sentence or a flattened list', () => {
  const closing = (stated: string) =>
    extract([
      'Reprise des résultats de clôture 2004 :',
      `En Investissement : résultat 2004 de - 64 210.40€, auquel s'ajoute l'excédent 2005 de 18 405.15, d'où un résultat de clôture 2005 : déficit d'investissement de ${stated}€`,
      "En Fonctionnement : résultat 2004 de 122 310.76€, auquel s'ajoute l'excédent 2005 de 98 256.18, d'où un résultat de clôture 2005 : excédent de fonctionnement de 220 566.94€",
    ]);

  it('a closing result that is not the carried result plus the year’s', () => {
    const { findings } = analyseText(closing('55 805.25'));
    expect(codes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(findings.find((f) => f.code === 'AMOUNT_SUM_MISMATCH')!.message.replace(/\s/g, ' ')).toContain('-45 805,25 €');
  });

  it('right (a deficit carried, a surplus of the year), it reports nothing', () => {
    expect(codes(analyseText(closing('45 805.25')).findings)).toEqual([]);
  });

  const flattened = (total: string) =>
    extract([
      `1) Subventions 2019 Mme X présente les propositions de la commission réunie le 18 mars : Amicale laïque : 3 200 € Comité des fêtes : 2 500 € Tennis club : 1 350 € Club de l’amitié : 1 100 € TOTAL : ${total} Les crédits sont inscrits à l’article 6574. Adopté à l’unanimité. 2) Taux Le produit attendu s’élève à 1 084 620 €.`,
    ]);

  it('a « TOTAL : » closing « label : amount » pieces inside a flattened page', () => {
    expect(codes(analyseText(flattened('8 350 €')).findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });

  it('right, it reports nothing', () => {
    expect(codes(analyseText(flattened('8 150 €')).findings)).toEqual([]);
  });
});

describe('a global result against the two sections\' results qualified', () => {
  const doc = (global: string) =>
    extract([
      'Section de Fonctionnement :',
      'Dépenses = 846 120.40',
      'Recettes = 1 002 334.90',
      'Soit un résultat excédentaire de fonctionnement de l’exercice de 156 214.50€',
      'Section d’investissement :',
      'Dépenses = 402 880.10',
      'Recettes = 391 005.60',
      'Soit un résultat déficitaire d’investissement de l’exercice de 11 874.50€',
      `Résultat global de l’exercice 2006 : excédent de ${global}€.`,
      'Le Conseil Municipal approuve le compte administratif 2006 à l’unanimité.',
    ]);

  it('156 214.50 − 11 874.50 = 144 340.00: right', () => {
    expect(codes(analyseText(doc('144 340.00')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });

  it('154 340.00: wrong', () => {
    expect(codes(analyseText(doc('154 340.00')).findings)).toContain('AMOUNT_SUM_MISMATCH');
  });
});

describe('a financing plan in two columns, one cell per line', () => {
  const plan = (receiptsTotal: string) =>
    [
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
      'Séance du 14 avril 2015',
      'Présents : M. Paul DURAND, Maire, Mme Anne LEROUX, M. Marc GIRAUD',
      '',
      'Objet : Réfection de la toiture de l’église – plan de financement',
      'Le Maire présente le plan de financement prévisionnel de l’opération :',
      NB,
      'DÉPENSES', 'MONTANT HT', NB, 'RECETTES', 'MONTANT',
      'Couverture', '41 200,00 €', NB, 'DETR (35 %)', '24 150,00 €',
      'Zinguerie', '15 300,00 €', NB, 'Conseil départemental (20 %)', '13 800,00 €',
      'Echafaudage', '12 500,00 €', NB, 'Autofinancement communal', '31 050,00 €',
      'TOTAL', '69 000,00 €', NB, 'TOTAL', receiptsTotal,
      'Le Conseil Municipal, à l’unanimité, approuve le plan de financement ci-dessus.',
    ].join('\n');

  it('the receipts\' total 600 € off the sum of their rows', () => {
    const { findings } = analyseText(plan('69 600,00 €'));
    expect(codes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(findings.find((f) => f.code === 'AMOUNT_SUM_MISMATCH')!.message).toContain('recettes');
  });

  it('both totals right: nothing', () => {
    expect(codes(analyseText(plan('69 000,00 €')).findings)).toEqual([]);
  });
});
