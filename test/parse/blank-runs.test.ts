/**
 * Runs of blanks longer than a page is wide are cut to MAX_BLANK_RUN before the parser reads a text: the lines stay
 * (only blanks inside a line go), and a document reads the same with a 3,000-character gap as with a 40-character one.
 * Invented text.
 */
import { describe, expect, it } from 'vitest';
import { capBlankRuns, MAX_BLANK_RUN } from '../../src/parse/blank-runs.ts';
import { analyseText } from '../helpers/analyse-text.ts';

describe('capBlankRuns', () => {
  it('keeps runs up to the bound, cuts longer ones to it, and keeps every line', () => {
    const atBound = `a${' '.repeat(MAX_BLANK_RUN)}b`;
    expect(capBlankRuns(atBound)).toBe(atBound);
    const text = `Présents${' '.repeat(3000)}:\n\n${'\t'.repeat(MAX_BLANK_RUN + 1)}x\n  y`;
    const cut = capBlankRuns(text);
    expect(cut).toBe(`Présents${' '.repeat(MAX_BLANK_RUN)}:\n\n${'\t'.repeat(MAX_BLANK_RUN)}x\n  y`);
    expect(cut.split('\n')).toHaveLength(text.split('\n').length);
    // (a mixed run is cut as it is written, its first characters kept)
    expect(capBlankRuns(` \t${' '.repeat(1000)}z`)).toBe(` \t${' '.repeat(MAX_BLANK_RUN - 2)}z`);
  });

  it('reads a document with page-wide gaps as with narrow ones', () => {
    const doc = (gap: string) => [
      'COMMUNE DE VAULX-LES-ORMEAUX',
      'Séance du jeudi 5 mars 2015',
      `Conseillers en exercice : 11${gap}Présents : 9${gap}Votants : 10`,
      `Présents :${gap}M. Paul ARNAUD, Mme Lucie FAYE, M. Jean GOURSAT, Mme Anne LOUBET, M. Marc PRADEL,`,
      'Mme Rose SABY, M. Luc TEYSSIER, Mme Ida VIALA, M. Éric VIDAL.',
      'Absents excusés : Mme Odile HÉRAUD (pouvoir à M. Paul ARNAUD), M. Henri BRUN.',
      'Secrétaire de séance : Mme Lucie FAYE.',
      '',
      'Objet : Travaux de voirie 2015',
      'Le conseil municipal, après en avoir délibéré, approuve le devis de 12 400 € HT.',
      'Adopté à l’unanimité.',
    ].join('\n');
    const narrow = analyseText(doc(' '.repeat(40))).summary;
    const wide = analyseText(doc(' '.repeat(3000))).summary;
    expect(narrow.present_names).toHaveLength(9);
    expect(narrow.proxies_list).toEqual([{ from: 'Odile HÉRAUD', to: 'Paul ARNAUD' }]);
    expect(narrow.voters).toBe(10);
    expect(wide).toEqual(narrow);
  });
});
