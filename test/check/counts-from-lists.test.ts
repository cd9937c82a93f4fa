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
