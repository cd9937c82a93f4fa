/**
 * Checks the two-hundred-and-sixty-seventh invented corpus found wrong (second part).
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a decision modificative whose bullets open on their side, then the budget’s balance', () => {
  const doc = (first: string) =>
    text([
      'Séance du conseil municipal du 8 novembre 2021',
      'OBJET : Budget annexe du port – décision modificative n° 1',
      'En section d’investissement :',
      `- ${first} : virement de la section d’exploitation : 9 600,00 € ;`,
      '- Dépenses : remplacement du ponton n° 2 : 7 100,00 € ;',
      '- Dépenses : bornes électriques du quai : 2 500,00 €.',
      'Le budget annexe s’équilibre en dépenses et en recettes à la somme totale de 268 450,00 € en exploitation.',
      'Adopté à l’unanimité.',
    ]);

  it('does not add a receipt and expenses into the balance, and still checks bullets all of one side', () => {
    expect(errorCodes(analyseText(doc('Recette')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
    expect(errorCodes(analyseText(doc('Dépenses')).findings)).toContain('AMOUNT_SUM_MISMATCH');
  });
});
