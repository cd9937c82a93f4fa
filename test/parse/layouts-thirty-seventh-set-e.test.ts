/**
 * Layouts the two-hundred-and-eighty-fifth invented corpus found missing (installation sessions and elections). Every case
 * is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a compte rendu signed by the new maire under « Le Maire, » alone on its line, the outgoing maire opening', () => {
  const doc = text([
    'COMMUNE DE SAINT-AUBIN-DES-GARRIGUES',
    '',
    'COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU SAMEDI 22 MARS 2008',
    '',
    'Date de la convocation : 17 mars 2008',
    'Conseillers élus : 11 - Présents : 11',
    '',
    'Présents : Jacques MIRAMOND, Hélène CASTEL, Roger AZÉMAR, Lucie BONNAFOUS, Paul DARNIS, Irène ESCUDIÉ, Marc FABRÈGUES, Anne GRIMAL, Louis HÉBRARD, Nina ISSALY, Yves JULIAN.',
    '',
    '1°) Installation du conseil',
    'M. Émile VERDIER, maire sortant, qui ne se représentait pas, ouvre la séance et déclare les onze conseillers installés. Il remet la présidence à M. Roger AZÉMAR, doyen d’âge.',
    'Mme Nina ISSALY, benjamine, est désignée secrétaire de séance.',
    '',
    '2°) Nombre des adjoints',
    'Le conseil fixe à deux le nombre des adjoints. Adopté à l’unanimité.',
    '',
    'Affiché le 24 mars 2008.',
    'Le Maire,',
    'J. MIRAMOND',
  ]);

  it('takes the one who opens the session, not the signer under the title', () => {
    const { summary } = analyseText(doc);
    expect(summary.president).toBe('Émile VERDIER');
    expect(summary.secretary).toBe('Nina ISSALY');
  });
});
