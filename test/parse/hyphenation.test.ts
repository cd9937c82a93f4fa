/**
 * Justified PDF text cut with hyphens at line ends: keywords and names must
 * still read. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { cleanRaw } from '../../src/parse/source.ts';
import { analyseText } from '../helpers/analyse-text.ts';

describe('words cut at a line end', () => {
  it('are made whole at the start of the next line, with as many lines', () => {
    const raw = 'en exercice : 23 ; pré-\nsents : 18 ; vo-\ntants : 21, le vingt-\ntrois mars, sous-\npréfecture';
    const out = cleanRaw(raw);
    expect(out).toBe('en exercice : 23 ; \nprésents : 18 ; \nvotants : 21, le \nvingt-trois mars, \nsous-préfecture');
    expect(out.split('\n')).toHaveLength(raw.split('\n').length);
  });

  it('leave names cut at a capital to the lists', () => {
    expect(cleanRaw('M. Jean-\nPierre AUBIN, M. LAVA-\nBRE')).toBe('M. Jean-\nPierre AUBIN, M. LAVA-\nBRE');
  });

  it('give the counts, the proxies and the tally of a hyphenated extract', () => {
    const { summary } = analyseText(
      [
        'Séance du 17 octobre 2023',
        'Nombre de conseillers en exercice : 7 ; pré-',
        'sents : 5 ; procurations : 1 ; vo-',
        'tants : 6.',
        'Présents : M. Paul AUBIN, Mme Lise BRUN, M. Marc COLIN, Mme Anne DUVAL, M. Yves HAMON.',
        'Représentés : M. Alain RI-',
        'GAUD a donné procu-',
        'ration à Mme Lise BRUN.',
        'Absente : Mme Rose FAURE.',
        'Délibération n° 2023-058 – Travaux',
        'Adoptée par 4 voix pour et 2 abs-',
        'tentions.',
      ].join('\n'),
    );
    expect(summary).toMatchObject({ present: 5, voters: 6, proxies: 1 });
    // (a surname cut at a syllable, one half of three letters or fewer, is one word again: RIGAUD)
    expect(summary.proxies_list).toEqual([{ from: 'Alain RIGAUD', to: 'Lise BRUN' }]);
    expect(summary.votes).toEqual({ for: 4, against: 0, abstain: 2, not_voting: 0 });
    expect(summary.findings).toEqual([]);
  });
});
