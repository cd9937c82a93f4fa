/**
 * Checker cases the two-hundred-and-seventy-fifth invented corpus (OCR of scanned register pages) found missing. Every case
 * is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a proxy holder written clean, listed present with a look-alike the OCR put in the name (« rn » for m, « l » for I)', () => {
  it('raises no PROXY_HOLDER_ABSENT', () => {
    const doc = text([
      'VILLE DE SAINT-SULPICE-LA-POINTE',
      'Séance du 12 octobre 2004',
      'Nombre de conseillers : en exercice 7 - présents 4 - votants 6',
      '',
      'Etaient présents :',
      'ROUQUIÉ Sirnone',
      'BARDOU Jean',
      'CASSAGNE Rerny',
      'DELMAS Paul',
      '',
      'Procurations :',
      'M. ESTIVAL Marc a donné procuration à Mme ROUQUIÉ Simone',
      'M. FABRE Luc a donné procuration à M. CASSAGNE Remy',
      '',
      'Absent : M. GALY Henri.',
      '',
      'OBJET : TRAVAUX DE VOIRIE',
      'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, approuve les travaux.',
    ]);
    const { findings } = analyseText(doc);
    expect(errorCodes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
  });
});
