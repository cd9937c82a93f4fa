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

describe('voting substitutes declared apart from the members present', () => {
  const text = (voters: number) =>
    [
      'Comité syndical – Séance du 18 mars 2024',
      'Délégués titulaires en exercice : 5',
      'Délégués présents : 3',
      'Délégués suppléants votants : 1',
      'Pouvoirs : 1',
      `Votants : ${voters}`,
      'Présents :',
      "Commune d'Aubigné : M. Bernard CHAPRON (titulaire)",
      'Commune de Broc : Mme Élise DROUIN (titulaire), M. Paul ESNAULT (suppléant votant)',
      'Commune de Chenu : M. Henri FOURMY (titulaire)',
      '',
      'Pouvoir : M. Gilles BARRÉ à M. Bernard CHAPRON',
      'Absent : M. Yves TESSIER.',
    ].join('\n');

  it('reads "suppléants votants" as no voters count, and accepts 3 present + 1 substitute + 1 proxy = 5 voters', () => {
    const { parsed, findings } = analyseText(text(5));
    expect(parsed.session.declared.voters?.value).toBe(5);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([]);
  });

  it('still flags voters that match neither', () => {
    const { findings } = analyseText(text(7));
    expect(findings.map((f) => f.code)).toContain('VOTERS_MISMATCH');
  });
});
