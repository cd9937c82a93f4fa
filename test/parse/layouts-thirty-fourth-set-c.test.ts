/**
 * Layouts the two-hundred-and-fifty-seventh invented corpus (names of every origin, and how lists write them) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a surname in capitals that is also a French word, then two given names (« LE Thi Hoa », « VU Duc Minh »)', () => {
  const doc = text([
    'VILLE DE MAREUIL-SUR-OSSE',
    'Conseil municipal du lundi 14 novembre 2011',
    '',
    'Nombre de conseillers en exercice : 9 – Présents : 7 – Votants : 7',
    '',
    'Étaient présents : M. Gérard POULAIN, Maire, Mme LE Thi Hoa, M. Thomas BERGER, M. VU Duc Minh, Mme DO Kim Lien, Mme Annick RIVIÈRE, M. LA Van Tien.',
    '',
    'Absents : M. Louis GAUDIN, Mme Sarah MEUNIER.',
    '',
    'Secrétaire de séance : Mme Annick RIVIÈRE.',
  ]);

  it('reads each as one member and goes on with the list', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Gérard POULAIN', 'LE Thi Hoa', 'Thomas BERGER', 'VU Duc Minh', 'DO Kim Lien', 'Annick RIVIÈRE', 'LA Van Tien']);
    expect(errorCodes(findings)).toEqual([]);
  });
});
