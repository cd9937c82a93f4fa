/**
 * Checks the two-hundred-and-sixty-fifth invented corpus (intercommunalités and syndicats) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('surnames only, grouped under « Mmes » and « MM. », one surname in both groups', () => {
  const doc = (present: string) =>
    text([
      'SIVU DES ÉCOLES DU HAUT-VERDIER',
      'Séance du 14 mai 2002',
      '',
      'Nombre de délégués : en exercice : 8 ; présents : 7 ; votants : 7',
      '',
      `Présents : ${present}`,
      'Absente excusée : Mme VIALARD.',
      '',
      '1 – Tarif de la cantine',
      'Le Comité, à l’unanimité, fixe le prix du repas à 2,10 euros.',
    ]);

  it('counts a woman and a man of one surname as two members', () => {
    const { findings } = analyseText(doc('Mmes BOISSEAU, GRANIER, RAYNAUD ; MM. COSTES, GRANIER, LAVERGNE, PUECH.'));
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });

  it('still counts a surname written twice in one group once', () => {
    const { findings } = analyseText(doc('Mmes BOISSEAU, GRANIER, RAYNAUD ; MM. COSTES, LAVERGNE, PUECH, LAVERGNE.'));
    expect(errorCodes(findings)).toContain('PRESENT_COUNT_MISMATCH');
  });
});
