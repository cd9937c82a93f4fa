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

describe('a vote box printed above the subject, the decision « à l’unanimité » below it', () => {
  const doc = (box: string[]) =>
    text([
      'COMMUNE DE VALFROICOURT-LES-BOIS',
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
      '',
      'Séance du 14 octobre 2024',
      'Délibération n° 2024-052',
      '',
      'Nombre de membres',
      'en exercice : 11',
      'présents : 8',
      'votants : 9',
      '',
      ...box,
      '',
      'Date de convocation : 08/10/2024',
      '',
      'Objet : Location de la salle des associations',
      '',
      'L’an deux mille vingt-quatre, le quatorze octobre, le conseil municipal s’est réuni sous la présidence de Mme Odile THIÉBAUT, Maire.',
      '',
      'Présents : Mme Odile THIÉBAUT, M. Rémi COLIN, Mme Annick PERRIN, M. Lucien HUMBERT, Mme Gisèle MATHIEU, M. Bruno AUBRY, Mme Agathe VOINSON, M. Pascal JACQUOT.',
      'Absent excusé ayant donné procuration : M. Denis GÉRARD à Mme Odile THIÉBAUT.',
      'Absents : M. Hugo MARCHAL, Mme Inès PARISOT.',
      'Secrétaire de séance : M. Rémi COLIN.',
      '',
      'Madame le Maire propose de louer la salle aux particuliers pour 120 € la journée.',
      '',
      'Le Conseil municipal, après en avoir délibéré, à l’unanimité,',
      '- FIXE le tarif de location à 120 € la journée.',
    ]);

  it('reads the box’s figures, agreeing with the unanimity, as the item’s vote', () => {
    const { summary, findings } = analyseText(doc(['VOTE', 'Pour : 9', 'Contre : 0', 'Abstention : 0']));
    expect(summary.votes).toEqual({ for: 9, against: 0, abstain: 0, not_voting: 0 });
    expect(errorCodes(findings)).toEqual([]);
  });

  it('leaves aside a box that disagrees with the unanimity written in the decision', () => {
    const { summary, findings } = analyseText(doc(['VOTE', 'Pour : 7', 'Contre : 2', 'Abstention : 0']));
    expect(summary.votes).toEqual({ unanimous: true });
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('members named in the brackets of the voters’ figure as not taking part', () => {
  const doc = (line: string) =>
    text([
      'VILLE DE SAINT-AMAND-SUR-LOIRETTE',
      'Extrait du registre des délibérations du Conseil municipal',
      'Séance du 3 juin 2011',
      '',
      'Nombre de conseillers en exercice : 27',
      'Nombre de conseillers présents : 24',
      'Nombre de pouvoirs : 0',
      'Nombre de votants : 24',
      '',
      'Le Conseil municipal s’est réuni sous la présidence de M. Gérard BOULANGER, Maire.',
      '',
      'Absents : M. Julien FAUCHER, Mme Lise RENOUARD, M. Paul ROCHETTE.',
      'Secrétaire de séance : Mme Hélène GODARD.',
      '',
      '2011-30 – SPL DES EAUX DU VAL – AUGMENTATION DE CAPITAL',
      '',
      'Le Conseil municipal, après en avoir délibéré, décide de souscrire 300 actions nouvelles.',
      line,
    ]);

  it('counts them as not voting', () => {
    const { summary, findings } = analyseText(doc('Votants : 22 (MM. ROUSSEL et GODIN ne prenant pas part au vote) – Pour : 20 – Contre : 2 – Abstention : 0'));
    expect(summary.votes).toEqual({ for: 20, against: 2, abstain: 0, not_voting: 2 });
    expect(errorCodes(findings)).toEqual([]);
  });

  it('does not count a clause that says more than the names (an absence stated beside them)', () => {
    const { summary } = analyseText(doc('Adopté par 22 voix pour et 1 abstention (Mme Lise RENOUARD étant absente, Monsieur le Maire ne prenant pas part au vote).'));
    expect(summary.votes).toEqual({ for: 22, against: 0, abstain: 1, not_voting: 1 });
  });
});
