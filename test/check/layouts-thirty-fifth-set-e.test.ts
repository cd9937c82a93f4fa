/**
 * Checks the two-hundred-and-seventy-first invented corpus (Belgian, Luxembourg and Swiss bodies) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a total that names its parts in brackets, the row of the table above giving them', () => {
  const doc = (total: string) =>
    text([
      'Extrait du registre aux délibérations du conseil communal',
      '',
      'Séance publique du lundi 11 décembre 2017',
      '',
      'Présents : BAUM Jos, bourgmestre-président ; KAYSER Lily, WEBER Tom, échevins ; MULLER Ed, conseiller.',
      '',
      'Point 1 – Budget de l\'exercice 2018 – Approbation',
      '',
      'Le conseil communal,',
      'Considérant que le budget de l\'exercice 2018 se présente comme suit :',
      '',
      '                                      Service ordinaire     Service extraordinaire',
      'Total des recettes                       5.210.000,00 €           1.400.000,00 €',
      'Total des dépenses                       4.900.000,00 €           1.650.000,00 €',
      '',
      `Recettes totales de l'exercice 2018 (ordinaire + extraordinaire) : ${total}`,
      '',
      'arrête à l\'unanimité le budget de l\'exercice 2018.',
    ]);

  it('finds the total that is not the sum of the row, and accepts the one that is', () => {
    expect(errorCodes(analyseText(doc('6.620.000,00 €')).findings)).toContain('AMOUNT_SUM_MISMATCH');
    expect(errorCodes(analyseText(doc('6.610.000,00 €')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });
});
