/**
 * Layouts the two-hundred-and-thirtieth and two-hundred-and-thirty-second invented corpora found missing (second batch).
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a two-column list whose left cell’s surname is cut at its hyphen', () => {
  const doc = text([
    'Communauté de communes des Coteaux de la Vionne',
    'CONSEIL COMMUNAUTAIRE – SÉANCE DU 14 AVRIL 2022',
    '',
    'Le jeudi quatorze avril deux mille vingt-deux, à dix-huit heures trente, le Conseil communautaire, convoqué le',
    '7 avril 2022, s’est réuni à la salle des fêtes de Lanvieux, sous la présidence de M. Henri MASSOL, Président.',
    '',
    'Délégués en exercice : 10                    Présents : 8',
    'Pouvoirs : 1                                 Votants : 9',
    '',
    'Délégués présents :',
    'M. Henri MASSOL (Lanvieux)                       Mme Odile FARGUES (Vergnes)',
    'M. Bruno CAUSSE (Sarrazac)                       Mme Paule VIGUIER (Lanvieux)',
    'Mme Nathalie DURAND-                             M. Paul ROCHE (Vergnes)',
    'MARTEL (Lanvieux)',
    'M. Luc BESSE (Sarrazac)                          Mme Rose AUGÉ (Montrigaud)',
    '',
    'Pouvoirs :',
    '• Mme Agnès PONS (Vergnes) à M. Henri MASSOL',
    '',
    'Absent excusé : M. Denis LAVAL (Montrigaud).',
    '',
    'Secrétaire de séance : Mme Odile FARGUES.',
    '',
    'Délibération n° 2022-031 – Adhésion au groupement de commandes pour l’entretien des voiries',
    'Le Conseil communautaire, après en avoir délibéré, approuve l’adhésion au groupement de commandes et autorise',
    'le Président à signer la convention constitutive. Adopté à l’unanimité.',
  ]);

  it('reads the wrapped surname whole and the rest of both columns', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual([
      'Henri MASSOL', 'Odile FARGUES', 'Bruno CAUSSE', 'Paule VIGUIER', 'Nathalie DURAND-MARTEL', 'Paul ROCHE', 'Luc BESSE', 'Rose AUGÉ',
    ]);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a roll-call table of two members per row whose page footer sits right under a row', () => {
  const doc = text([
    'Commune de Vaudricourt-sur-Ornel',
    'Procès-verbal de la séance du Conseil municipal du mardi 7 mars 2023',
    '',
    'Membres en exercice : 11   /   Présents : 7   /   Pouvoirs : 2   /   Votants : 9',
    '',
    'Le sept mars deux mille vingt-trois à 20 heures, le Conseil municipal s’est réuni en mairie sous la présidence',
    'de M. Julien ARNOULD, Maire. Il est procédé à l’appel des conseillers :',
    '',
    'CONSEILLER                  PRÉSENCE                    CONSEILLER                   PRÉSENCE',
    'ARNOULD Julien              présent                     MANGIN Sophie                pouvoir à ARNOULD Julien',
    'BOURGEOIS Lise              présente                    NOËL Bertrand                absent',
    'CUNY Marc                    présent                     PARISOT Anne                 présente',
    'Vaudricourt-sur-Ornel – 3, rue de la Mairie – 55210 – mairie.vaudricourt@example.fr    page 1/2',
    'DEMANGE Hélène              présente                    RENAUD Gilles                pouvoir à CUNY Marc',
    'FLORENTIN Yves              excusé                      SIMONIN Claire               présente',
    'GRANDIDIER Paul             présent',
    '',
    'Le quorum étant atteint, Monsieur le Maire déclare la séance ouverte. Mme Lise BOURGEOIS est désignée secrétaire.',
    '',
    '2023-009 – Vote des taux d’imposition 2023',
    'Le Conseil municipal, après en avoir délibéré, décide de maintenir les taux d’imposition de l’année 2022.',
    'Adopté à l’unanimité.',
  ]);

  it('reads the rows after the footer too', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(expect.arrayContaining(['DEMANGE Hélène', 'SIMONIN Claire', 'GRANDIDIER Paul']));
    expect(summary.present_names).toHaveLength(7);
    expect(proxyPairs(summary.proxies_list)).toEqual(['MANGIN Sophie > ARNOULD Julien', 'RENAUD Gilles > CUNY Marc']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});
