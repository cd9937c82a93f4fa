/**
 * Checker cases the two-hundred-and-eightieth invented corpus found missing, written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a one-act extract whose signatories after the decision are the present list, its tally one short of the votants', () => {
  const doc = (against: number) =>
    text([
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
      'Séance du lundi 7 mars 2016 – Délibération n° 2016-012',
      '',
      'Conseillers en exercice : 15',
      'Présents : 11 – Absents : 4 dont 2 représentés – Votants : 13',
      'Pouvoirs : M. Gaston AYMARD à M. Julien BRUEL ; Mme Odile CAMBON à Mme Sylvie DOUZIECH.',
      'Absents excusés : M. Félix ESTIVAL, Mme Carole FOISSAC.',
      '',
      'OBJET : Achat d’une saleuse',
      'Après en avoir délibéré, le Conseil municipal :',
      `Pour : 10 – Contre : ${against} – Abstention : 1`,
      'APPROUVE l’achat et AUTORISE le Maire à signer le bon de commande.',
      '',
      'Ont signé au registre les membres présents :',
      'Julien BRUEL, Maire – Sylvie DOUZIECH – Paul GAYRAUD – Lise HÉBRARD – Marc JAOUL – Anne LAGARDE – Rémi MAZARS – Eva NESPOULOUS – Léon ORTIZ – Inès PUECH – Hugo QUINTARD',
    ]);

  it('reports the tally against the session’s votants: the signatories are no attendance of the act’s own', () => {
    expect(errorCodes(analyseText(doc(1)).findings)).toContain('TALLY_MISMATCH');
    expect(errorCodes(analyseText(doc(2)).findings)).not.toContain('TALLY_MISMATCH');
  });
});
