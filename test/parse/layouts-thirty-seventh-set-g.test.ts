/**
 * Layouts the two-hundred-and-eighty-seventh invented corpus found missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('the counts summed up after the lists, on a line of their own opening with « soit : »', () => {
  const doc = text([
    'Commune de Belleville-sur-Arnon',
    'Conseil municipal – séance du jeudi 4 juin 2026',
    '',
    'Le Conseil municipal, convoqué le 28 mai 2026, s’est réuni sous la présidence de M. Hugo VERNEUIL, Maire.',
    '',
    'Présents :',
    'M. Hugo VERNEUIL, Mme Agathe BRUNEL, M. Loïc CHARMET, Mme Inès DUVERGER, M. Noël FAURIAT.',
    '',
    'Pouvoirs :',
    'Mme Lina GARNIER à M. Hugo VERNEUIL',
    '',
    'Absents excusés :',
    'M. Rémy HOUDIN, Mme Zoé JACQUIN',
    '',
    'soit : 8 conseillers en exercice, 5 présents, 1 pouvoir, 6 votants.',
    '',
    'Secrétaire de séance : Mme Inès DUVERGER.',
    '',
    'Point n° 1 – Tarifs de la garderie',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, fixe les tarifs.',
  ]);

  it('reads the last absent name before it, and the counts', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.absent_names).toEqual(['Rémy HOUDIN', 'Zoé JACQUIN']);
    expect(summary.members_in_office).toBe(8);
    expect(summary.present).toBe(5);
    expect(summary.voters).toBe(6);
    expect(errorCodes(findings)).toEqual([]);
  });
});
