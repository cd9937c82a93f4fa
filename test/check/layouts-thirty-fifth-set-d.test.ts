/**
 * Checks the two-hundred-and-sixty-ninth invented corpus (PDF text layers) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a presence grid, then a list of proxies the excerpt cuts at its last holder, the giver of the cut pair unmarked in the grid', () => {
  const doc = (inOffice: number) =>
    text([
      'Syndicat mixte du pays de Gâtine-Sèvre',
      'Comité syndical du jeudi 15 janvier 2026',
      '',
      `Délégués en exercice : ${inOffice}       Présents : 4      Pouvoirs : 2      Votants : 6`,
      '',
      'Membre                                  Délégué titulaire       Présent  Suppléant présent',
      'CC de Gâtine                            AUDOUIN Marc                X',
      '                                        BARRAT Sylvie               X',
      '                                        CHASTANG Yves',
      'CC Sèvre-Thouet                         DUMONT Alice',
      '                                        ESTRADE Paul                X',
      '                                        FAUCHER Lise                X',
      '',
      'Secrétaire de séance : M. Paul ESTRADE.',
      '',
      'Pouvoirs :',
      'M. CHASTANG Yves donne pouvoir à M. AUDOUIN Marc',
      'Mme DUMONT Alice donne pouvoir à M. ESTR',
    ]);

  it('leaves the cut pair out, and reports no seat too many: the absent may be givers of the cut pairs', () => {
    const { summary, findings } = analyseText(doc(6));
    expect(summary.proxies_list).toEqual([{ from: 'CHASTANG Yves', to: 'AUDOUIN Marc' }]);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });

  it('still reports seats missing', () => {
    const { findings } = analyseText(doc(9));
    expect(errorCodes(findings)).toContain('ATTENDANCE_INCOMPLETE');
  });
});
