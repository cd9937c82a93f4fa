/**
 * Layouts the two-hundred-and-forty-fourth invented corpus (comités syndicaux: delegates by member body, weighted votes,
 * tables) found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a scan whose convocation date has its month written in l’s for 1’s', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DE TRANSPORT SCOLAIRE DU VAL DE LISANDRE',
    'REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL',
    '',
    'Séance du jeudi 14 novembre l996',
    'Date de la convocation : 07/ll/l996',
    'Nombre de délégués en exercice : 4    Présents : 4    Votants : 4',
    '',
    'Présents : MARCHAL Odette ; PERRIN Lucien ; BLONDEL Sylvie ; THOMAS Armand.',
    '',
    'N° 96/11 - TARIFS DU CIRCUIT DU MATIN',
    'Le Comité, après en avoir délibéré, à l’unanimité, fixe le tarif à 120 F par élève.',
  ]);

  it('reads the convocation date with its l’s as 1’s', () => {
    const { summary } = analyseText(doc);
    expect(summary.convocation_date).toBe('1996-11-07');
  });
});
