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

describe('a « NOM Prénom » list wrapped after a surname’s particle alone', () => {
  const doc = text([
    'COMMUNAUTÉ D’AGGLOMÉRATION DU PAYS DE SAVARÈS',
    'Extrait du registre des délibérations du Conseil communautaire – séance du 9 février 2025',
    '',
    'Nombre de membres en exercice : 12 – Présents : 10 – Pouvoirs : 1 – Votants : 11',
    '',
    'Étaient présents : ARTIGUES Jean-Paul, BÉDOS Claire, CAZALIS Rémi, DAUZAT Hélène, DE',
    'LAVERGNE Olivier, ESPIC Marie, FOURCADE Alain, GINESTET Sophie, HOURS Pascal, IZARD Lucie.',
    'Pouvoir : JAMMES Bernard à ARTIGUES Jean-Paul.',
    'Absent : LABAT Yves.',
    'Secrétaire de séance : BÉDOS Claire.',
    '',
    'Délibération n° 2025-012 – Fonds de concours pour la rénovation des écoles',
    'Le Conseil communautaire, après en avoir délibéré, attribue un fonds de concours de 25 000 € à la commune de',
    'Sainte-Arnelle pour la rénovation de son école. Adopté à l’unanimité.',
  ]);

  it('reads the particle with the surname after it', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toContain('DE LAVERGNE Olivier');
    expect(summary.present_names).not.toContain('DE');
    expect(summary.present_names).toHaveLength(10);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a weekday glued to the day’s number by the extraction', () => {
  const doc = text([
    'SIVU SCOLAIRE DU VAL DE LIRANDE',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    '',
    'L’an deux mille dix-sept,le mardi14 mars à 18 h, le Comité syndical du SIVU scolaire du Val de Lirande, convoqué',
    'le 7 mars 2017, s’est réuni à l’école de Pradelles sous la présidence de M. Louis CABROL, Président.',
    '',
    'En exercice : 6 – Présents : 6 – Votants : 6',
    'Présents : CABROL Louis, DELMAS Anne, FOULQUIER Jean, GRIMAL Sophie, ROUQUET Paul, VIALA Claire.',
    'Secrétaire de séance : DELMAS Anne.',
    '',
    'Délibération n° 17-03 – Tarifs de la garderie périscolaire',
    'Le Comité syndical fixe le tarif de la garderie à 1,20 € par jour et par enfant. Adopté à l’unanimité.',
  ]);

  it('reads the session’s date', () => {
    const { summary } = analyseText(doc);
    expect(summary.session_date).toBe('2017-03-14');
  });
});

describe('proxy sentences run on after dashes, a holder’s given name wrapped before a dash', () => {
  const doc = text([
    'MÉTROPOLE DU VAL D’ARNELLE',
    'Conseil métropolitain – séance du jeudi 9 juillet 2015',
    '',
    'En exercice : 40 – Présents : 30 – Procurations : 4 – Votants : 34',
    '',
    'PRÉSENTS',
    'ALBAN Marc, BERTIN Rose, CAMUS Léon, DORAT Inès, ESTÈVE Paul, FAGES Anne, GALAND Rémi, HERVÉ Lise, ISNARD Guy,',
    'JOUBERT Éva, KLEIN Noé, LAFON Marie, MARTY Jean, NOGUÈS Paule, OLIVE Henri, PAGÈS Aline, QUEYROI Luc, RAYNAL Sarah,',
    'SOLER Yves, TEYSSIER Annie, URBAIN Hugo, VALÈS Julie, WEBER Alain, YVARS Léa, ZANON Pierre, ABADIE Nina, BOUSQUET Éric,',
    'CAZALS Marthe, DELPECH Omar, ESCANDE Lucie.',
    '',
    'PROCURATIONS',
    'ROUX Albert a donné procuration à ALBAN Marc – SICRE Hélène a donné procuration à BERTIN',
    'Rose – TARDIEU Julien a donné procuration à CAMUS Léon – VIDAL Nathalie a donné procuration à',
    'DORAT Inès.',
    '',
    'Absents : BRUN Paul, CAYLA Jeanne, DAUDÉ Marc, FABRE Lise, GAYRAUD Tom, HUC Zoé.',
    '',
    'Secrétaire de séance : BERTIN Rose.',
    '',
    'Délibération n° 2015-088 – Plan de mobilité',
    'Le Conseil métropolitain, après en avoir délibéré, approuve le plan de mobilité. Adopté à l’unanimité.',
  ]);

  it('reads the giver after the dash, not the wrapped given name before it', () => {
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(expect.arrayContaining(['SICRE Hélène > BERTIN Rose', 'TARDIEU Julien > CAMUS Léon']));
    expect(summary.proxies_list).toHaveLength(4);
  });
});
