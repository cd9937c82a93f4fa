/**
 * Layouts the two-hundred-and-twenty-ninth and two-hundred-and-thirty-sixth invented corpora found missing (third pass).
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a table of presence whose code cell names the holder after an arrow, or notes when the member came', () => {
  const doc = text([
    'COMMUNE DE SAINT-BARTHÉLEMY-DES-ORMES',
    'Conseil municipal du lundi 4 mars 2024 – 19 h 00',
    '',
    'Convocation : lundi 26 février 2024',
    'Conseillers en exercice : 11 – Présents : 8 (dont 1 à partir du point 2) – Pouvoirs : 2 – Votants : 10',
    '',
    'Légende : P = présent ; E = excusé ; A = absent ; Pv = pouvoir donné à',
    '',
    '| N° | NOM Prénom         | Fonction     | Présence                |',
    '|----|--------------------|--------------|-------------------------|',
    '| 1  | VIGUIER Laure      | Maire        | P                       |',
    '| 2  | CABROL Étienne     | 1er adjoint  | P                       |',
    '| 3  | DURAND-MAS Odile   | 2e adjointe  | P                       |',
    '| 4  | FABRE Julien       | conseiller   | Pv → VIGUIER Laure      |',
    '| 5  | GINESTET Paule     | conseillère  | P (à partir du point 2) |',
    '| 6  | HÉRAIL Bruno       | conseiller   | P                       |',
    '| 7  | JULIEN Maëlle      | conseillère  | E                       |',
    '| 8  | LACOMBE Henri      | conseiller   | Pv → CABROL Étienne     |',
    '| 9  | MOLINIER Agathe    | conseillère  | P                       |',
    '| 10 | NEGRE Thomas       | conseiller   | P                       |',
    '| 11 | PRADAL Sylvie      | conseillère  | P                       |',
    '',
    'Secrétaire de séance : HÉRAIL Bruno',
    '',
    '1. Tarifs de la salle des fêtes',
    'Le conseil fixe la location de la salle des fêtes à 180 € par week-end à compter du 1er avril 2024.',
    'Adopté à l’unanimité des votants.',
  ]);

  it('reads the holder after the arrow and counts the member who came later among the present', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['FABRE Julien > VIGUIER Laure', 'LACOMBE Henri > CABROL Étienne']);
    expect(summary.present_names).toContain('GINESTET Paule');
    expect(summary.absent_names).toEqual(['JULIEN Maëlle']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
    expect(errorCodes(findings)).not.toContain('PROXY_COUNT_MISMATCH');
  });
});

describe('a list in two columns holding a surname in capitals with its small « Mc » prefix, and a president named over two lines', () => {
  const doc = text([
    'COMMUNE DE PORT-AUX-GOÉLANDS',
    'Séance du jeudi 7 novembre 2024 – 18 h 30',
    '',
    'Convocation adressée le jeudi 31 octobre 2024. Présidence : Madame la Maire, Anne-Sophie',
    'KERVAREC-LE GALL.',
    '',
    'Membres en exercice : neuf – Présents : sept – Pouvoirs : un – Votants : huit',
    '',
    'Présents :',
    'KERVAREC-LE GALL Anne-Sophie\tMcLEOD Douglas',
    'McLEOD Fiona\tde QUÉLEN Hervé',
    'POULIQUEN Yann\tTANGUY-MORVAN Gaëlle',
    'URVOY Louis',
    '',
    'Pouvoir : M. Erwan BIHAN a donné pouvoir à M. Louis URVOY.',
    'Absent excusé : M. Pierre GOURIOU.',
    '',
    'Secrétaire de séance : M. Yann POULIQUEN.',
    '',
    '1. ENTRETIEN DE LA CALE DU PORT',
    'Madame la Maire présente le devis de 18 400 € pour le rejointoiement de la cale.',
    'Le Conseil municipal, après en avoir délibéré, approuve le devis à l’unanimité.',
  ]);

  it('reads each column’s member apart and the president across the line break', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toContain('McLEOD Douglas');
    expect(summary.present_names).toContain('McLEOD Fiona');
    expect(summary.present_names).toHaveLength(7);
    expect(summary.president).toBe('Anne-Sophie KERVAREC-LE GALL');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a president named surname first whose second given name wraps to the next line', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL D’ASSAINISSEMENT DU VAL DES SAULES',
    'Séance du mercredi 9 octobre 2024 à 18 heures',
    '',
    'Le Comité syndical, convoqué le 2 octobre 2024, s’est réuni sous la présidence de M. MARCHAND Pierre',
    'Henri, Président.',
    '',
    'Délégués en exercice : 6 – Présents : 5 – Votants : 5',
    'Présents : MARCHAND Pierre Henri, BOYER Claire, DUVAL Thomas, FERRY Agnès, GUÉRIN Paul.',
    'Absent : LEROUX Marc.',
    'Secrétaire de séance : Mme BOYER Claire.',
    '',
    '1. RAPPORT ANNUEL SUR LE PRIX ET LA QUALITÉ DU SERVICE 2023',
    'Le Président présente le rapport annuel. Le Comité syndical prend acte du rapport à l’unanimité.',
  ]);

  it('reads both given names', () => {
    const { summary } = analyseText(doc);
    expect(summary.president).toBe('MARCHAND Pierre Henri');
  });
});

describe('a table by commune whose state cell names the member’s office in brackets', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DES PLATEAUX DU VERDOUBLE',
    'Conseil communautaire du jeudi 14 mars 2024 à 18 h 00',
    '',
    'Délégués en exercice : 8 – Présents : 6 – Pouvoirs : 1 – Votants : 7',
    '',
    '| Commune              | Délégué(e)         | Présence |',
    '|---|---|---|',
    '| Aubières-la-Forêt    | Gérard MONTEIL     | présent (Président) |',
    '|                      | Hélène CASTAN      | présente (1re Vice-présidente) |',
    '|                      | Marc ROUSSEL       | pouvoir à Gérard MONTEIL |',
    '| Bellegarde-du-Causse | Sylvie ARNAL       | présente |',
    '|                      | Paul DELTOUR       | présent (2e Vice-président) |',
    '| Cazals-le-Vieux      | Odile FERRIÉ       | présente |',
    '|                      | Henri GASC         | présent |',
    '|                      | Lise VIDAL         | absente |',
    '',
    'Secrétaire de séance : Sylvie ARNAL',
    '',
    'Point 1 – Fonds de concours 2024',
    'Le conseil attribue un fonds de concours de 12 000 € à la commune de Cazals-le-Vieux pour la réfection de sa voirie.',
    'Adopté à l’unanimité.',
  ]);

  it('takes the member the cell calls Président as the president', () => {
    const { summary } = analyseText(doc);
    expect(summary.president).toBe('Gérard MONTEIL');
  });
});
