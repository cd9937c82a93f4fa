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

describe('counts only, the represented counted inside the absent count, and the seats', () => {
  const doc = (seats: number) =>
    text([
      'Conseil communautaire du 4 juin 2026 : les décisions',
      '',
      `Le conseil s’est réuni le jeudi 4 juin 2026. Présents : 20 – Absents : 5 dont 2 représentés – Votants : 22. Les ${seats} délégués représentent les 11 communes.`,
      '',
      'Tarifs de la piscine. Les tarifs 2026 sont reconduits. Vote : 22 voix pour.',
    ]);

  it('counts the absent less the represented: 20 + 2 + 3 = 25', () => {
    expect(errorCodes(analyseText(doc(25)).findings)).not.toContain('ATTENDANCE_INCOMPLETE');
    expect(errorCodes(analyseText(doc(27)).findings)).toContain('ATTENDANCE_INCOMPLETE');
  });
});
