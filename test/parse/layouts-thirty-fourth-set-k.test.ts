/**
 * Layouts the two-hundred-and-sixty-second invented corpus (a third draw like the real corpus) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a page published from its list of the present on, dated only by its running line at the foot', () => {
  const doc = text([
    'Présents',
    'Jos Wagner / Bourgmestre, Lis Feltes, Guy Krier / Échevins',
    'Marie Hilger, Claude Bintz, Sven Olinger / Conseillers',
    'Excusé(e)(s)',
    'Pit Lentz / Conseiller',
    '1. Règlement de circulation',
    'Le conseil communal approuve à l’unanimité le règlement de circulation temporaire adopté par le collège le 2 février 2022.',
    '2. Devis',
    'Le conseil communal approuve à l’unanimité le devis de 18 400,00 € pour la réfection du préau de l’école.',
    'Séance du 25 février 2022 – Commune de Weiler-sur-Sûre',
  ]);

  it('reads the session date from that line', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('2022-02-25');
    expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
  });
});
