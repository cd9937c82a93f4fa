/**
 * Wordings of common extracts found by probing (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

describe('officers and counts', () => {
  it('"A été nommé secrétaire : M. X" names the secretary after the colon, not the member on the line above', () => {
    const { summary } = analyseText(
      'Séance du 14 mai 2024\nPrésents : Mme CAZAUX Sylvie, M. DARRIEUX Paul, M. SOUBIRAN Éric\nAbsent : M. LACOSTE Marc\nA été nommé secrétaire : M. SOUBIRAN Éric\n\nObjet : Compte administratif',
    );
    expect(summary.secretary).toBe('SOUBIRAN Éric');
  });

  it('"Membres absents : 3 dont 2 représentés" declares 2 proxies', () => {
    const { summary } = analyseText('Séance du 9 mars 2023\nMembres en exercice : 15\nMembres présents : 12\nMembres absents : 3 dont 2 représentés\nPrésents : MM. AUBIN, BRUN, COLIN.');
    expect(summary).toMatchObject({ members_in_office: 15, present: 12, proxies: 2 });
  });
});
