/**
 * Checks that lean on the attendance lists when the text declares part of the counts only. Written anew (invented
 * names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('the quorum without a number in office', () => {
  const doc = (present: string, absent: string, extra = '') =>
    text([
      'COMMUNE DE SAINT-ROMAIN-DES-FAGES',
      'Compte-rendu de la réunion du Conseil Municipal du 17 juin 2019',
      'Date de convocation : 11 juin 2019',
      '',
      `Présents : ${present}`,
      `Absents excusés : ${absent}`,
      extra,
      'Secrétaire de séance : Lucie BRUNEL',
      '',
      'Tarifs de la salle communale',
      'Le conseil municipal, après en avoir délibéré, fixe le tarif de location à 150 € à l’unanimité.',
    ]);

  it('five present and six absent named: eleven members at least, the quorum of six is not met', () => {
    const { findings } = analyseText(doc('Lucie BRUNEL, Marc DELORME, Anne FABRE, Paul GIRAL, Rose HUGON', 'Yves ISSARTEL, Jean JOUVE, Luc LAGET, Nina MAURIN, Théo NOYER, Éva OLLIER'));
    expect(codes(findings)).toContain('QUORUM_NOT_MET');
  });

  it('six present of eleven named: met', () => {
    const { findings } = analyseText(doc('Lucie BRUNEL, Marc DELORME, Anne FABRE, Paul GIRAL, Rose HUGON, Yves ISSARTEL', 'Jean JOUVE, Luc LAGET, Nina MAURIN, Théo NOYER, Éva OLLIER'));
    expect(codes(findings)).not.toContain('QUORUM_NOT_MET');
  });

  it('after a second convocation, whatever the number present', () => {
    const { findings } = analyseText(
      doc('Lucie BRUNEL, Marc DELORME, Anne FABRE, Paul GIRAL, Rose HUGON', 'Yves ISSARTEL, Jean JOUVE, Luc LAGET, Nina MAURIN, Théo NOYER, Éva OLLIER', 'Le quorum n’ayant pas été atteint le 12 juin, le conseil a été convoqué à nouveau et délibère valablement quel que soit le nombre des membres présents.'),
    );
    expect(codes(findings)).not.toContain('QUORUM_NOT_MET');
  });
});

describe('a tally above the members present declared and the proxies listed', () => {
  const doc = (tally: string) =>
    text([
      'Conseil du 11 mars 2019',
      'L’an deux mil dix-neuf, le onze mars, le Conseil Municipal légalement convoqué s’est réuni sous la présidence de Paul VALLET, Maire.',
      'Etaient présents : les membres du Conseil',
      'Excusé(s) : Mme ROUX Odile, Mr BESSON Pascal.',
      'Absent(s) : Néant.',
      'Procuration(s) : Mme ROUX Odile donne pouvoir à Mr PERRIN Michel, Mr BESSON Pascal donne pouvoir à Mme GAY Sylvie.',
      'Nombre de présents : 12 Nombre d’absents : 00 Nombre d’absents excusés : 02',
      'Secrétaire élu : Mme GAY Sylvie',
      '',
      `Après en avoir délibéré, le Conseil Municipal approuve cette proposition par ${tally}.`,
    ]);

  it('15 votes for 12 present and 2 proxies', () => {
    expect(codes(analyseText(doc('10 voix pour, 3 voix contre et 2 abstentions')).findings)).toContain('TALLY_MISMATCH');
  });

  it('14 votes: right', () => {
    expect(codes(analyseText(doc('10 voix pour, 2 voix contre et 2 abstentions')).findings)).not.toContain('TALLY_MISMATCH');
  });
});

describe('a giver written otherwise than among the present', () => {
  const doc = (giver: string) =>
    text([
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL – Séance du 14 juin 2018',
      'Présents : M. Bernard COUDRAY, Mme Élodie FRANÇOIS-MARTIN, M. Yves PELTIER, Mme Nadine SOULIÉ, M. Rémi CAYLUS, LESCOT Jean-Paul.',
      `Absents excusés ayant donné pouvoir : ${giver} à M. Yves PELTIER ; M. Gérard SÉGUY à M. Bernard COUDRAY.`,
      'Secrétaire de séance : Mme Nadine SOULIÉ.',
      '',
      'Objet : Tarifs de la cantine',
      'Le conseil municipal, à l’unanimité, fixe le prix du repas à 3,60 €.',
    ]);

  it('without accents or hyphen: « Elodie FRANCOIS MARTIN » is the member present', () => {
    expect(codes(analyseText(doc('Mme Elodie FRANCOIS MARTIN')).findings)).toContain('PROXY_GIVER_PRESENT');
  });

  it('with initials: « LESCOT J.-P. » is the member present', () => {
    expect(codes(analyseText(doc('LESCOT J.-P.')).findings)).toContain('PROXY_GIVER_PRESENT');
  });

  it('another given name, or the words swapped in capitals: other members', () => {
    expect(codes(analyseText(doc('Mme Hélène FRANÇOIS-MARTIN')).findings)).not.toContain('PROXY_GIVER_PRESENT');
    expect(codes(analyseText(doc('LESCOT Marc')).findings)).not.toContain('PROXY_GIVER_PRESENT');
  });
});

describe('a unanimity and the members named in brackets with it', () => {
  const doc = (vote: string) =>
    text([
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL – Séance du 24 septembre 2015',
      'Nombre de conseillers en exercice : 11 – Présents : 11 – Votants : 11',
      'Présents : M. Paul ARNAL, Mme Anne BARRAL, M. Lucien BARRAL, Mme Rose CABANEL, M. Marc DELON, Mme Lise ESCANDE, M. Yves FABRE, Mme Nina GAUBERT, M. Luc HEBRARD, Mme Éva JULIEN, M. Rémi LACOMBE.',
      'Secrétaire de séance : Mme Rose CABANEL.',
      '',
      'Objet : Agenda d’accessibilité programmée',
      `Après en avoir délibéré, le Conseil municipal adopte ${vote} l’agenda d’accessibilité programmée.`,
    ]);

  it('« à l\'unanimité (M. X s\'abstenant) »: the unanimity its own words contradict', () => {
    const { summary, findings } = analyseText(doc('à l’unanimité (M. Lucien BARRAL s’abstenant)'));
    expect(summary.votes).toEqual({ for: 10, against: 0, abstain: 1, not_voting: 0 });
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });

  it('« à l\'unanimité des suffrages exprimés (M. X s\'abstenant) »: right', () => {
    expect(codes(analyseText(doc('à l’unanimité des suffrages exprimés (M. Lucien BARRAL s’abstenant)')).findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });
});
