import { describe, expect, it } from 'vitest';
import { parsePersonName } from '../../src/members/person-name.ts';
import { compareNames, MatchLevel, matchName, ocrClose } from '../../src/members/name-match.ts';

const roster = (...names: string[]) => names.map((n, i) => ({ id: i, name: parsePersonName(n) }));
const same = (a: string, b: string, ocr = false) => compareNames(parsePersonName(a), parsePersonName(b), ocr);

describe('parsePersonName', () => {
  it('tells the surname by capitals, in either order, without civility', () => {
    const a = parsePersonName('Monsieur Jean-marc GONÇALVES');
    expect(a).toMatchObject({ surname: ['goncalves'], given: ['jean', 'marc'], orderKnown: true });
    expect(parsePersonName('LOUCHE Alain')).toMatchObject({ surname: ['louche'], given: ['alain'], orderKnown: true });
    expect(parsePersonName('Mme Marie-Hélène JUILLARD-RANDRIAN')).toMatchObject({ surname: ['juillard', 'randrian'], given: ['marie', 'helene'] });
  });

  it('keeps particles and apostrophes in the surname', () => {
    expect(parsePersonName('Jacques CARRELET DE LOISY')).toMatchObject({ surname: ['carrelet', 'de', 'loisy'], given: ['jacques'] });
    expect(parsePersonName("Massar N'DIAYE")).toMatchObject({ surname: ['ndiaye'], given: ['massar'] });
    expect(parsePersonName('Jacques de LOISY')).toMatchObject({ surname: ['de', 'loisy'], given: ['jacques'] });
  });

  it('reads initials and drops notes after a comma or in brackets', () => {
    expect(parsePersonName('J.-M. GONCALVES')).toMatchObject({ surname: ['goncalves'], given: ['j', 'm'], initials: true });
    expect(parsePersonName('M. DUPONT Jean, adjoint (arrivé au point 3)')).toMatchObject({ surname: ['dupont'], given: ['jean'] });
  });

  it('marks the order unknown when capitals do not tell', () => {
    expect(parsePersonName('ALAIN LOUCHE').orderKnown).toBe(false);
    expect(parsePersonName('gonçalves')).toMatchObject({ surname: ['goncalves'], given: [], orderKnown: true });
  });
});

describe('compareNames', () => {
  it('folds case, accents, hyphens and civility', () => {
    expect(same('Jean-marc GONÇALVES', 'Jean-Marc GONCALVES')).toBe(MatchLevel.EXACT);
    expect(same('M. Jean Marc GONCALVES', 'Jean-Marc GONÇALVES')).toBe(MatchLevel.EXACT);
    expect(same('Mme BÉRÉHOUC Anne', 'Anne Berehouc')).toBe(MatchLevel.EXACT);
  });

  it('handles "NOM Prénom" against "Prénom NOM", also all in capitals', () => {
    expect(same('LOUCHE Alain', 'Alain LOUCHE')).toBe(MatchLevel.EXACT);
    expect(same('LOUCHE ALAIN', 'Alain LOUCHE')).toBe(MatchLevel.EXACT);
    expect(same('alain louche', 'LOUCHE Alain')).toBe(MatchLevel.EXACT);
  });

  it('never matches two different given names of one surname', () => {
    expect(same('LOUCHE Alain', 'LOUCHE Barnabé')).toBe(MatchLevel.NONE);
    expect(same('GAUCHER Yves', 'GAUCHER Alain', true)).toBe(MatchLevel.NONE);
    expect(same('Jean-Claude GIRARD', 'Jean-Marc GIRARD', true)).toBe(MatchLevel.NONE);
  });

  it('accepts initials and surname-only forms at lower levels', () => {
    expect(same('J.-M. GONCALVES', 'Jean-Marc GONÇALVES')).toBe(MatchLevel.INITIALS);
    expect(same('P. GONCALVES', 'Jean-Marc GONÇALVES')).toBe(MatchLevel.NONE);
    expect(same('MARTY', 'Josiane MARTY')).toBe(MatchLevel.SURNAME);
  });

  it('accepts OCR variants only when allowed, one part at a time', () => {
    expect(same('Pierre PRIBFTICH', 'Pierre PRIBETICH')).toBe(MatchLevel.NONE);
    expect(same('Pierre PRIBFTICH', 'Pierre PRIBETICH', true)).toBe(MatchLevel.OCR);
    expect(same('Marien LOVICH I', 'Marien LOVICHI')).toBe(MatchLevel.EXACT);
    expect(same('Piere PRIBFTICH', 'Pierre PRIBETICH', true)).toBe(MatchLevel.NONE);
    expect(ocrClose('martin', 'marty')).toBe(false);
  });
});

describe('matchName', () => {
  it('matches a surname alone only when unique within the body', () => {
    expect(matchName(parsePersonName('MARTY'), roster('Josiane MARTY', 'Alain LOUCHE'))).toEqual({ kind: 'match', id: 0, level: MatchLevel.SURNAME });
    expect(matchName(parsePersonName('GAUCHER'), roster('GAUCHER Yves', 'GAUCHER Alain'))).toMatchObject({ kind: 'ambiguous', ids: [0, 1] });
    expect(matchName(parsePersonName('Josiane MARTY'), roster('MARTY', 'Pierre MARTY'))).toMatchObject({ kind: 'ambiguous' });
  });

  it('prefers the exact member over a surname-only or OCR one', () => {
    const r = roster('MARTY', 'Josiane MARTY', 'Josiane MARTI');
    expect(matchName(parsePersonName('MARTY Josiane'), r, { ocr: true })).toEqual({ kind: 'match', id: 1, level: MatchLevel.EXACT });
  });

  it('returns none for a stranger', () => {
    expect(matchName(parsePersonName('Yves GAUCHER'), roster('GAUCHER Alain'))).toEqual({ kind: 'none' });
  });
});
