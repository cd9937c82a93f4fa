/**
 * A document with several items: the session's declared voters apply to an
 * item's tally until someone arrives, leaves or stands aside. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const head = [
  'Séance du mardi 10 octobre 2023',
  'Conseillers en exercice : 7',
  'Présents : 5',
  'Procurations : 1',
  'Votants : 6',
  'Présents : M. Paul AUBIN, Mme Lise BRUN, M. Marc COLIN, Mme Anne DUVAL, M. Yves HAMON.',
  'Procurations : Mme Rose FAURE à M. Paul AUBIN.',
  'Absents : M. Jean ESTÈVE.',
  '',
];

const tallyFindings = (items: string[]) => analyseText([...head, ...items].join('\n')).findings.filter((f) => f.code === 'TALLY_MISMATCH');

describe('session voters against each item’s tally', () => {
  it('flags a tally of 7 for 6 voters in the second of three items', () => {
    const found = tallyFindings([
      'N° 2023-088 – Tarifs de la médiathèque',
      'Adoptée à l’unanimité.',
      '',
      'N° 2023-089 – Transfert de compétence',
      'Adoptée par 5 voix pour, 1 voix contre et 1 abstention.',
      '',
      'N° 2023-090 – Recensement',
      'Adoptée par 5 voix pour et 1 abstention.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: 6, actual: 7, deliberation: 1 });
  });

  it('says nothing once a member has arrived or stood aside before the vote', () => {
    expect(
      tallyFindings([
        'N° 2023-088 – Tarifs de la médiathèque',
        'M. Jean ESTÈVE arrive en séance.',
        'Adoptée par 6 voix pour et 1 abstention.',
      ]),
    ).toHaveLength(0);
    expect(
      tallyFindings([
        'N° 2023-088 – Tarifs de la médiathèque',
        'Adoptée à l’unanimité.',
        '',
        'N° 2023-089 – Subvention au comité des fêtes',
        'Mme Lise BRUN, présidente de l’association, ne prend pas part au vote.',
        'Adoptée par 5 voix pour.',
        '',
      ]),
    ).toHaveLength(0);
  });
});
