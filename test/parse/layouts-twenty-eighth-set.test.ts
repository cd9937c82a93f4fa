/**
 * Layouts the two-hundred-and-third invented corpus and the sets after it found missing, and those left from the sets
 * before. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('counts in words', () => {
  it('« compte sept membres en exercice ; cinq sont présents »: the present count after the semicolon', () => {
    const { summary } = analyseText(
      text([
        'Réunion du bureau du mardi 4 mars 2014',
        "Le bureau de l'association foncière compte neuf membres en exercice ; six sont présents.",
        'Étaient présents : M. ARNAL Paul, président ; M. BESSIÈRE Jean ; Mme CAUSSE Odile ; M. DELMAS Louis ; M. ESTIVAL Marc ; Mme FABRE Nadine',
        'Absents : M. GINESTE Henri - M. HUGONENC Jules - Mme ISSANCHOU Rose',
      ]),
    );
    expect(summary.members_in_office).toBe(9);
    expect(summary.present).toBe(6);
  });
});
