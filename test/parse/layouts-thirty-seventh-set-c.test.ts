/**
 * Layouts the two-hundred-and-eighty-third invented corpus found missing (OCR of typed registers, scans and phone photos).
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a "NOM Prénom" comma list wrapped between a surname holding an OCR letter and its given name', () => {
  const doc = text([
    'COMMUNE DE BRASSAGUET-SUR-OUZE',
    'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    'Seance du mardi 14 octobre 1986',
    'En exercice : 11  |  Presents : 9  |  Votants : 9',
    '',
    'Etaient presents : MM. MAZARS Henri, COUDERC Paul, Mme BONNAFOUS Lucette, MM. FABRlER',
    'Gaston, PLANTADE Louis, VIGUlE Marcel, Mme ROQUES Berthe, MM. SALGUES Rene,',
    'TRlNQUIER Jean.',
    'Absents excuses : MM. CALVET Andre, GINESTE Paul.',
    '',
    'OBJET : Voirie communale',
    'Le Conseil Municipal, apres en avoir delibere, approuve le programme.',
    'Adopte a l\'unanimite.',
  ]);

  it('reads the given name with its surname and the names after it', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['MAZARS Henri', 'COUDERC Paul', 'BONNAFOUS Lucette', 'FABRlER Gaston', 'PLANTADE Louis', 'VIGUlE Marcel', 'ROQUES Berthe', 'SALGUES Rene', 'TRlNQUIER Jean']);
    expect(errorCodes(findings)).toEqual([]);
  });
});
