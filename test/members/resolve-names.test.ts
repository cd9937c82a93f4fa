import { describe, expect, it } from 'vitest';
import { resolutionKey, resolveNames } from '../../src/members/resolve-names.ts';

function ids() {
  let n = 0;
  return () => `m${++n}`;
}
const memberOf = (r: ReturnType<typeof resolveNames>, name: string) => r.byName.get(resolutionKey(name))?.memberId;

describe('resolveNames', () => {
  it('creates members for unknown names and reuses them across spellings', () => {
    const r = resolveNames([], ['Jean-Marc GONCALVES', 'Jean-marc GONÇALVES', 'LOUCHE Alain', 'Alain LOUCHE'], { ocr: false, newId: ids() });
    expect(r.created).toHaveLength(2);
    expect(memberOf(r, 'Jean-marc GONÇALVES')).toBe(memberOf(r, 'Jean-Marc GONCALVES'));
    expect(memberOf(r, 'Alain LOUCHE')).toBe(memberOf(r, 'LOUCHE Alain'));
  });

  it('resolves against the roster, keeping two people of one surname apart', () => {
    const roster = [
      { id: 'a', name: 'LOUCHE Alain' },
      { id: 'b', name: 'GAUCHER Yves' },
    ];
    const r = resolveNames(roster, ['Alain LOUCHE', 'LOUCHE Barnabé', 'GAUCHER Alain', 'Yves GAUCHER'], { ocr: true, newId: ids() });
    expect(memberOf(r, 'Alain LOUCHE')).toBe('a');
    expect(memberOf(r, 'Yves GAUCHER')).toBe('b');
    expect(memberOf(r, 'LOUCHE Barnabé')).toMatch(/^m/);
    expect(memberOf(r, 'GAUCHER Alain')).toMatch(/^m/);
    expect(r.created.map((c) => c.name).sort()).toEqual(['GAUCHER Alain', 'LOUCHE Barnabé']);
  });

  it('resolves a surname alone to the full name given in the same document', () => {
    const r = resolveNames([], ['MARTY', 'Josiane MARTY'], { ocr: false, newId: ids() });
    expect(r.created).toEqual([{ id: 'm1', name: 'Josiane MARTY' }]);
    expect(memberOf(r, 'MARTY')).toBe('m1');
  });

  it('leaves an ambiguous surname unresolved rather than guessing', () => {
    const roster = [
      { id: 'y', name: 'GAUCHER Yves' },
      { id: 'a', name: 'GAUCHER Alain' },
    ];
    const r = resolveNames(roster, ['GAUCHER'], { ocr: false, newId: ids() });
    expect(r.byName.get('gaucher')).toEqual({ memberId: null, level: 1, candidates: ['y', 'a'] });
    expect(r.created).toEqual([]);
  });

  it('upgrades a surname-only member to the fuller form seen later', () => {
    const r = resolveNames([{ id: 'x', name: 'MARTY' }], ['Josiane MARTY'], { ocr: false, newId: ids() });
    expect(memberOf(r, 'Josiane MARTY')).toBe('x');
    expect(r.renamed).toEqual([{ id: 'x', name: 'Josiane MARTY' }]);
  });

  it('repairs OCR variants against the roster, but not two spellings inside one document', () => {
    const roster = [{ id: 'p', name: 'Pierre PRIBETICH' }];
    const one = resolveNames(roster, ['Pierre PRIBFTICH'], { ocr: true, newId: ids() });
    expect(memberOf(one, 'Pierre PRIBFTICH')).toBe('p');
    const both = resolveNames(roster, ['Pierre PRIBFTICH', 'Pierre PRIBETICH'], { ocr: true, newId: ids() });
    expect(memberOf(both, 'Pierre PRIBETICH')).toBe('p');
    expect(memberOf(both, 'Pierre PRIBFTICH')).not.toBe('p');
    const typed = resolveNames(roster, ['Pierre PRIBFTICH'], { ocr: false, newId: ids() });
    expect(memberOf(typed, 'Pierre PRIBFTICH')).not.toBe('p');
  });
});
