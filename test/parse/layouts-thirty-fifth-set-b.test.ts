/**
 * Layouts the two-hundred-and-sixty-seventh invented corpus found missing (second part).
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a summary numbering its items « 1/ », each heading running on into its paragraph, under an agenda of ticks', () => {
  const doc = text([
    'COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL DU MARDI 7 NOVEMBRE 2017',
    '',
    'Le Conseil Municipal, convoqué le 30 octobre 2017, s’est réuni sous la présidence de Lucien ROUBAUD, Maire.',
    'Présents : Agnès MARTELLI, Paul GIORDANO, Irène BERMOND, Claude PELLEGRIN.',
    'Absente : Josiane ALBIN.',
    'ORDRE DU JOUR :',
    '✓ Approbation du procès-verbal du 12 septembre 2017',
    '✓ Cantine scolaire – tarifs',
    '✓ Vente de bois',
    '1/ Procès-verbal du Conseil Municipal du 12 septembre 2017 : il est approuvé sans observation.',
    '2/ Cantine scolaire – tarifs : le Maire expose que le prestataire porte le prix du repas de 3,20 € à 3,35 € à la rentrée et propose de répercuter la hausse aux familles. Après discussion, le Conseil Municipal fixe le repas à 3,35 € à l’unanimité.',
    '3/ Vente de bois : le Maire rappelle la coupe de la parcelle 14 prévue cet hiver par l’Office national des forêts. Le Conseil approuve la vente par 4 voix pour et 1 abstention.',
  ]);

  it('reads each numbered paragraph as an item, the first vote the tariffs’ unanimity', () => {
    const { parsed, summary } = analyseText(doc);
    expect(parsed.deliberations.map((d) => d.number)).toEqual(['1', '2', '3']);
    expect(summary.votes).toMatchObject({ unanimous: true });
  });

  it('titles the minutes without the clause that approves them', () => {
    const { parsed } = analyseText(doc);
    expect(parsed.deliberations[0]!.subject).toBe('Procès-verbal du Conseil Municipal du 12 septembre 2017');
  });
});

describe('a roll call cut by the excerpt inside the last delegation’s holder', () => {
  const doc = (end: string) =>
    text([
      'CONSEIL GÉNÉRAL DES BASSES-CÉVENNES',
      'Réunion du lundi 16 mai 2011',
      'Étaient présents au moment de l’appel nominal : Odile BAUMEL, Jean-Pierre CABANIS, Sylvain DAUDÉ, Mireille FESQUET, Henri GARNIER, Louise JALABERT',
      `Absents excusés ayant donné délégation de vote : Marcel AGULHON à Odile BAUMEL, Rose BRUGUIÈRE à Henri GARNIER, Fernand COSTE à ${end}`,
    ]);

  it('leaves out the pair whose holder’s surname the cut leaves at three letters, not one whose surname is whole', () => {
    expect(proxyPairs(analyseText(doc('Louise JAL')).summary.proxies_list)).toEqual(['Marcel AGULHON > Odile BAUMEL', 'Rose BRUGUIÈRE > Henri GARNIER']);
    expect(proxyPairs(analyseText(doc('Louise JALABERT.')).summary.proxies_list)).toContain('Fernand COSTE > Louise JALABERT');
  });
});
