/**
 * Checker cases the two-hundred-and-sixty-sixth invented corpus found missing, written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('subsidies listed in a sentence a hard line wrap cuts, « soit un total de » on the second line', () => {
  const doc = text([
    'COMMUNE DE SAINT-JURS-LE-BAS',
    'Compte rendu du conseil municipal du samedi 6 mars 2010',
    'Présents : MM. ALLÈGRE, BONNET, COLOMB, DAUMAS, ESTIENNE.',
    '2/ Subventions aux associations : Foyer rural 800 €, Club de pétanque 350 €,',
    'Amicale des pompiers 400 €, Bibliothèque 250 €, soit un total de 1 800 €. Adopté à l’unanimité.',
  ]);

  it('does not judge the total by the parts of its own line only', () => {
    const { findings } = analyseText(doc);
    expect(errorCodes(findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });
});
