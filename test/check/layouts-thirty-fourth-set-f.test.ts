/**
 * Checks the two-hundred-and-sixtieth invented corpus (Québec councils, a second time) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a Québec requested vote without names, the maire not voting, one councillor unaccounted for', () => {
  const doc = (tally: string, aside = '') =>
    text([
      'MUNICIPALITÉ DU CANTON DE WEXFORD',
      '',
      'Procès-verbal de la séance ordinaire du conseil tenue le lundi 6 octobre 2014 à 19 h 30.',
      '',
      '| Siège | Membre du conseil | Présence |',
      '|-------|-------------------|----------|',
      '| Maire | Bernard Fauteux | présent |',
      '| 1 | Alice Drummond | présente |',
      '| 2 | Marcel Lepage | présent |',
      '| 3 | Joanne Bisaillon | présente |',
      '| 4 | Ian Buckley | présent |',
      '| 5 | Réal Cournoyer | présent |',
      '| 6 | Diane Vallières | présente |',
      '',
      'formant quorum sous la présidence du maire, Bernard Fauteux.',
      '',
      '2014-10-181',
      'ADOPTION DU PROCÈS-VERBAL DE LA SÉANCE DU 2 SEPTEMBRE 2014',
      'Il est proposé par Mme Alice Drummond, appuyé par M. Marcel Lepage d’adopter le procès-verbal.',
      ...(aside ? [aside] : []),
      'M. Ian Buckley demande le vote.',
      tally,
      'Le maire ne vote pas.',
      'Adoptée à la majorité',
    ]);

  it('reports the tally one short of the six councillors', () => {
    expect(errorCodes(analyseText(doc('Pour : 3      Contre : 2')).findings)).toContain('TALLY_MISMATCH');
  });

  it('not when the six voted, nor when one declared an interest', () => {
    expect(errorCodes(analyseText(doc('Pour : 4      Contre : 2')).findings)).not.toContain('TALLY_MISMATCH');
    const interest = doc('Pour : 3      Contre : 2', 'Mme Diane Vallières déclare son intérêt et ne participe pas aux délibérations.');
    expect(errorCodes(analyseText(interest).findings)).not.toContain('TALLY_MISMATCH');
  });
});
