/**
 * Layouts the two-hundred-and-ninety-fourth invented corpus found missing (the first vote and its tally: items numbered
 * before their act's code, a vote box printed above the subject, members standing aside named in the voters' brackets).
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('an item number, a dash, then the act’s code and its title in sentence case', () => {
  const doc = text([
    'COMMUNE DE KERLOUAN-VIHAN',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    '',
    'Date de convocation : 02/03/2021',
    'En exercice : 13 – Présents : 12 – Votants : 12',
    '',
    'L’an deux mille vingt et un, le neuf mars à dix-neuf heures, le conseil municipal s’est réuni sous la présidence de M. Tanguy LE DREZEN, Maire.',
    '',
    'Présents : Tanguy LE DREZEN, Rozenn CARIOU, Goulven BRELIVET, Anaïg POSTIC, Ewen KERHERVÉ, Mona GUILLOU, Jakez PRIGENT, Klervi LAOT, Alan QUINIOU, Solenn MADEC, Yannig CALVEZ, Maela TREGUER.',
    'Absent : Riwal LE BOT.',
    'Secrétaire de séance : Klervi LAOT.',
    '',
    '1 – Approbation du procès-verbal de la séance du 12 janvier 2021',
    'Le procès-verbal est soumis à l’approbation de l’assemblée.',
    'Adopté par 11 voix pour et 1 abstention (M. Yannig CALVEZ, absent lors de cette séance).',
    '',
    '2 – 2021-14 Tarifs de la cantine scolaire',
    'Monsieur le Maire propose de porter le repas à 3,10 €.',
    'Après en avoir délibéré, le conseil municipal, à l’unanimité, fixe ce tarif.',
    '',
    '3 – 2021-15 Subvention à l’association des parents d’élèves',
    'Monsieur le Maire propose une subvention de 600 €.',
    'Mme Solenn MADEC, trésorière de l’association, ne prend pas part au vote.',
    'Adopté par 11 voix pour.',
  ]);

  it('reads each act as an item, the first vote without the member standing aside two items below', () => {
    const { parsed, summary, findings } = analyseText(doc);
    expect(parsed.deliberations.map((d) => d.number)).toEqual(['1', '2021-14', '2021-15']);
    expect(parsed.deliberations[1]!.subject).toBe('Tarifs de la cantine scolaire');
    expect(summary.votes).toEqual({ for: 11, against: 0, abstain: 1, not_voting: 0 });
    expect(errorCodes(findings)).toEqual([]);
  });
});
