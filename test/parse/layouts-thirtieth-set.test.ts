/**
 * Layouts the two-hundred-and-twenty-first invented corpus and the sets after it found missing, and those left from the
 * sets before (fixtures/corpus-pending). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a running footer inside the list of the present', () => {
  const doc = (footerDate: string) =>
    text([
      'VILLE DE MONTVILLIERS-SUR-AVRE',
      'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL',
      'DU MARDI 8 MARS 2016',
      '',
      'Date de la convocation : 1er mars 2016',
      'Nombre de conseillers en exercice : 15   Présents : 9   Votants : 9',
      '',
      'ÉTAIENT PRÉSENTS :',
      'BRIARD Paul, Maire                      CORNU Hélène, 1re Adjointe',
      'DAUMAS Serge                            ESNAULT Lucie',
      'FOLLAIN Marc                            GRENET Annie',
      '',
      `Conseil municipal du ${footerDate} – Procès-verbal                       Page 1 sur 4`,
      '',
      'HUREL Denis                             JACQUIN Rose',
      'LOISEL Yves',
      '',
      'ABSENTS : MARTEL Luc, NOËL Anne, OZANNE Guy, PICOT Jean, QUÉRU Léa, RENARD Éric',
      '',
      '2016-012 – TARIFS DE LA CANTINE',
      'Le Conseil municipal adopte les tarifs à l’unanimité.',
    ]);

  it('dates the session otherwise: a second date, DATE_CONFLICT', () => {
    const { summary, findings } = analyseText(doc('9 mars 2016'));
    expect(summary.session_date).toBeNull();
    expect(errorCodes(findings)).toContain('DATE_CONFLICT');
    expect(summary.present_names).toHaveLength(9);
  });

  it('the same date is no conflict', () => {
    const { summary, findings } = analyseText(doc('8 mars 2016'));
    expect(summary.session_date).toBe('2016-03-08');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a bordered table of subsidies closed by its total', () => {
  const doc = (total: string) =>
    text([
      'Commune de Vaurelle-sur-Dronne',
      'Séance du Conseil municipal du mardi 10 mai 2016',
      'En exercice : 7 — Présents : 7 — Votants : 7',
      'Présents : M. Luc ARNAUD, Maire, Mme Anne BESSE, M. Paul CHABROL, Mme Rose DUPUY, M. Jean ESTÈVE, Mme Lise FAGES, M. Guy GRELIER.',
      'Secrétaire de séance : Mme Anne BESSE.',
      '',
      '1. Subventions aux associations 2016',
      ' __________________________________________',
      '| Association                  | Montant    |',
      '|______________________________|____________|',
      // (a scan's borders read as « ] » and « l »)
      '] Comité des fêtes             l  1 200,00 € |',
      '| Club des aînés               |    450,00 € ]',
      '| Union sportive               |    950,00 € |',
      '|______________________________|____________|',
      `| TOTAL                        |  ${total} € |`,
      '',
      'Le Conseil municipal attribue les subventions à l’unanimité.',
    ]);

  it('a total that is not the sum of the rows above the rule: AMOUNT_SUM_MISMATCH', () => {
    const { findings } = analyseText(doc('2 780,00'));
    expect(errorCodes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(findings.find((f) => f.code === 'AMOUNT_SUM_MISMATCH')!.expected).toBe('2\u202f600,00 €');
  });

  it('the right total: no finding', () => {
    expect(errorCodes(analyseText(doc('2 600,00')).findings)).toEqual([]);
  });
});

describe('a table of amounts whose row wraps over two lines', () => {
  const doc = (total: string) =>
    text([
      'Communauté de communes du Val d’Ourbe',
      'Séance du conseil communautaire du 12 septembre 2012',
      'Présents : M. Paul ABADIE, Président, Mme Anne BOYER, M. Jean CAZES, Mme Rose DELMAS.',
      '',
      '1. Fonds de concours 2012',
      '   Commune                  Travaux                      Fonds de concours',
      '   Montclar                 chemin de la Barthe               15 000,00 €',
      '   Saint-Aulin              voie communale n° 3 et',
      '                            parking de l’école                12 500,00 €',
      '   Teyrac                   pont du moulin                     8 750,00 €',
      `   TOTAL                                                      ${total} €`,
      '',
      'Le conseil approuve les fonds de concours à l’unanimité.',
    ]);

  it('the row above its wrapped line is a part: the right total is no finding', () => {
    expect(errorCodes(analyseText(doc('36 250,00')).findings)).toEqual([]);
  });

  it('a wrong total is still one', () => {
    expect(errorCodes(analyseText(doc('36 520,00')).findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });
});

describe('a table totalled column by column', () => {
  const doc = (rows: string[], total: string) =>
    text([
      'Commune de Saint-Yrieix-sur-Aubette',
      'Séance du Conseil municipal du jeudi 7 décembre 2023',
      'Présents : Mme Rose ALLARD, Maire, M. Paul BRUNET, Mme Anne COMBES, M. Luc DEVAUX, Mme Ève FAURE.',
      '',
      '2023-051 – Subventions aux associations',
      'Le conseil arrête comme suit les subventions 2023, rappel fait de 2022 :',
      'Association                                   2022              2023',
      ...rows,
      `Total                                      ${total}`,
      'Adopté à l’unanimité.',
    ]);
  const page = [
    'Comité des fêtes                           4 500 €           4 800 €',
    'Football club                              6 200 €           6 200 €',
    'Commune de Saint-Yrieix-sur-Aubette – Conseil municipal du 7 décembre 2023 – 2/6',
    'Association                                   2022              2023',
    'Tennis club                                5 600 €           5 600 €',
    'Amis de la médiathèque                       900 €             950 €',
  ];

  it('each column summed past a running footer and the head repeated under it', () => {
    expect(errorCodes(analyseText(doc(page, '17 200 €          17 550 €')).findings)).toEqual([]);
    const wrong = analyseText(doc(page, '17 200 €          18 550 €')).findings.filter((f) => f.code === 'AMOUNT_SUM_MISMATCH');
    expect(wrong.map((f) => f.actual)).toEqual(['18\u202f550,00 €']);
  });

  it('a row wrapped over two lines leaves the rows uncertain: no check', () => {
    const wrapped = [page[0]!, 'Association sportive du collège', '  et de l’école                             6 200 €           6 200 €', page[4]!];
    expect(errorCodes(analyseText(doc(wrapped, '20 000 €          20 000 €')).findings)).toEqual([]);
  });
});
