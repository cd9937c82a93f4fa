/**
 * « est présent » followed by a long run of blanks (a `pdftotext -layout` page keeps the page's width as spaces): the
 * « Sont / Étaient / Est présents … : » heading's pattern reads those blanks one way, so a line of 300 spaces after the
 * keyword is read at once (the blanks were shared between three runs in every split: 100 spaces took 9 s, 200 over a
 * minute — this test then fails by the suite's time limit, a hang guard, not a speed target). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

describe('a presence sentence followed by a page-wide run of spaces', () => {
  it('reads the page, the list after the heading whole, and the heading with blanks but no colon is no heading', () => {
    const blanks = ' '.repeat(300);
    const doc = [
      'Commune de Saint-Orlan-des-Bois',
      'Séance du mardi 3 mars 2020',
      `Le maire est présent${blanks}x`,
      `Étaient présents${blanks}: M. Paul ARNAUD, Mme Lucie FAYE, M. Jean GOURSAT.`,
      'Absente excusée : Mme Odile HÉRAUD.',
      '',
      '1. Travaux de voirie',
      'Adopté à l’unanimité.',
    ].join('\n');
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Paul ARNAUD', 'Lucie FAYE', 'Jean GOURSAT']);
    expect(summary.absent_names).toEqual(['Odile HÉRAUD']);
  });
});
