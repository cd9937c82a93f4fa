/**
 * Checks the two-hundred-and-sixty-second invented corpus (a third draw like the real corpus) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a budget annexe balanced at a total, « soit » its exploitation and investment sections', () => {
  const doc = (total: string) =>
    text([
      'Séance du mardi 14 mars 2023',
      'PRÉSENTS : Yvette RIOU, Gildas MADEC, Soazig LE ROUX, Tanguy PERON, Morgane ABGRALL.',
      'SECRÉTAIRE DE SÉANCE : Soazig LE ROUX',
      '1 – BUDGET PRIMITIF 2023 DU SERVICE DE L’EAU',
      `Le budget primitif du service de l’eau s’équilibre en dépenses et en recettes à la somme totale de ${total} €, soit 418 300,00 € en section d’exploitation et 214 200,00 € en section d’investissement.`,
      'Adopté à l’unanimité.',
    ]);

  it('reports a total that is not the sum of the two sections', () => {
    expect(errorCodes(analyseText(doc('642 500,00')).findings)).toContain('AMOUNT_SUM_MISMATCH');
  });

  it('reports nothing when the sections make the total', () => {
    expect(errorCodes(analyseText(doc('632 500,00')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });
});
