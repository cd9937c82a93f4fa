/**
 * Layouts the two-hundred-and-sixty-fifth invented corpus (intercommunalités and syndicats as their websites publish
 * them) found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a budget change whose account labels close on a bracket before the minus sign', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU DE BREZAC',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    'Séance du mardi 8 octobre 2019',
    '',
    'Délégués en exercice : 10 – Présents : 8 – Votants : 8',
    'Présents : M. Paul ARNAUDIN, Mme Lise COSTEROUSSE, M. Henri DALBIGOT, Mme Anne ESCALIER, M. Rémi FONTORBE, Mme Julie GARDELLE, M. Yves HOSTALIER, Mme Nina ISSARTEL.',
    '',
    'Délibération n° 2019-22 : Décision modificative n° 1',
    'Dépenses de fonctionnement : compte 6156 (maintenance des réseaux) + 12 300,00 € ; compte 022 (dépenses imprévues) - 12 300,00 €.',
    'Le Comité, à l’unanimité, approuve la décision modificative.',
  ]);

  it('reads the amount after the bracket as negative', () => {
    const { summary } = analyseText(doc);
    expect(summary.amounts_eur).toEqual([12300, -12300]);
  });
});
