import { describe, expect, it } from 'vitest';
import { indexText, queryTerms, snippet } from '../../src/store/text-index.ts';
import { outcomeOf } from '../../src/store/projection.ts';

describe('text index', () => {
  it('folds then stems, so accents, case and plurals meet', () => {
    expect(queryTerms('Subventions')).toEqual(queryTerms('subvention'));
    expect(queryTerms('SOLIDARITÉS')).toEqual(queryTerms('solidarites'));
    expect(queryTerms('délibérations')).toEqual(queryTerms('DELIBERATION'));
    expect(indexText("l'association des Œuvres")).toBe(`${queryTerms('association')[0]} ${queryTerms('oeuvres')[0]}`);
  });

  it('drops stop words and punctuation, keeping only [a-z0-9] words', () => {
    // FTS operators come out as plain words ("or" is a French word), never as syntax.
    expect(queryTerms('de la "subvention" OR * NEAR(')).toEqual([...queryTerms('subvention'), 'or', 'near']);
    expect(queryTerms('le la les')).toEqual([]);
    expect(indexText('665 000 € — 2024')).toBe('665 000 2024');
  });

  it('cuts a snippet around the first match and marks matches', () => {
    const text = 'Préambule. '.repeat(40) + 'Le conseil attribue des Subventions aux clubs.';
    const s = snippet(text, queryTerms('subvention'));
    expect(s).toContain('**Subventions**');
    expect(s.startsWith('…')).toBe(true);
    expect(snippet('Objet court', [])).toBe('Objet court');
  });
});

describe('outcomeOf', () => {
  const vote = (v: object) => ({ for: null, against: null, unanimous: false, result: null, ...v }) as never;
  it('uses the stated result, else unanimity, else the tally; a tie stays unknown', () => {
    expect(outcomeOf(vote({ result: 'rejected', for: 9, against: 1 }))).toEqual({ outcome: 'rejected', unanimous: false });
    expect(outcomeOf(vote({ unanimous: true }))).toEqual({ outcome: 'adopted', unanimous: true });
    expect(outcomeOf(vote({ for: 3, against: 7 }))).toEqual({ outcome: 'rejected', unanimous: false });
    expect(outcomeOf(vote({ for: 5, against: 5 }))).toEqual({ outcome: null, unanimous: false });
    expect(outcomeOf(null)).toEqual({ outcome: null, unanimous: false });
  });
});
