/**
 * Checks the documents held out in `fixtures/corpus-pending` were still read wrong on. Every case is written anew here
 * (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a list of amounts and its total, a page’s running footer between two of its rows', () => {
  const doc = (after: string[], total: string) =>
    text([
      'SIVU SCOLAIRE DU VALLON DE LA SERRE',
      'Réunion du jeudi 8 octobre 2015',
      '',
      'Objet : Participation des communes',
      'La participation de chaque commune est répartie comme suit :',
      '',
      'Commune                      Élèves        Participation',
      'Lacapelle-Haute              40            43 400,00 €',
      'SIVU du Vallon de la Serre – Comité syndical du 08/10/2015                       p. 1/2',
      ...after,
      `Total                        80            ${total}`,
      '',
      'Le Comité syndical, à l’unanimité, approuve la répartition.',
    ]);

  it('sums the rows on both sides of the footer: a right total raises nothing', () => {
    const after = ['Saint-Just-la-Serre          24            26 040,00 €', 'Vernhes                      16            17 360,00 €'];
    expect(errorCodes(analyseText(doc(after, '86 800,00 €')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });

  it('finds a wrong total though a single row stands under the footer', () => {
    expect(errorCodes(analyseText(doc(['Saint-Just-la-Serre          24            26 040,00 €'], '68 440,00 €')).findings)).toContain('AMOUNT_SUM_MISMATCH');
  });
});
