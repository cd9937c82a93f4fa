/**
 * Layouts the two-hundred-and-eighty-ninth invented corpus found missing (first subjects: a departmental report whose
 * degree sign a document site dropped, an item's number also found inside its title's date; the evidence of a total
 * written above its breakdown). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a report numbered « RAPPORT N 2 » in a flattened paragraph (the degree sign dropped with the apostrophes)', () => {
  const doc = text([
    'Transcription',
    '',
    '1 CONSEIL GENERAL DE LA BASSE-ORVELLE Réunion du 14 octobre PROCES-VERBAL',
    '',
    '2 Le Conseil Général s est réuni à l Hôtel du Département le mardi 14 octobre 1980 sous la présidence de Monsieur Lucien MARVEJOLS, Président du Conseil Général. Nombre de membres en exercice : 5 Etaient présents : Lucien MARVEJOLS, Odette CHAMBRUN, Fernand VIGUIER, Aimé ROUQUETTE Etait absent et excusé : Gilbert ESTÈVE Monsieur le Président constate que le quorum est atteint.',
    '',
    '3 RAPPORT N 2 AMENAGEMENT DU CHEMIN DEPARTEMENTAL N 44 Rapporteur : Monsieur Fernand VIGUIER. Monsieur VIGUIER expose que le programme comprend l élargissement de la chaussée entre le pont de Lagarde et le hameau des Fargues, la reprise des fossés et la pose de glissières sur la section en corniche, pour une dépense inscrite au budget supplémentaire de l exercice. Madame CHAMBRUN demande que les communes riveraines soient associées au choix des entreprises. Monsieur le Président met aux voix le rapport. Le rapport n 2 est adopté par 3 voix pour et 1 abstention.',
  ]);

  it('reads the report as the first item, its number and its title', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.subject).toBe('RAPPORT N 2 – AMENAGEMENT DU CHEMIN DEPARTEMENTAL N 44');
    expect(summary.votes).toEqual({ for: 3, against: 0, abstain: 1, not_voting: 0 });
    expect(errorCodes(findings)).toEqual([]);
  });

  it('reads the same report on a line of its own', () => {
    const own = text([
      'CONSEIL GÉNÉRAL DE LA BASSE-ORVELLE – séance du 14 octobre 1980',
      'Présents : Lucien MARVEJOLS, Odette CHAMBRUN, Fernand VIGUIER, Aimé ROUQUETTE',
      '',
      'RAPPORT N 3 – Collèges publics : dotations de fonctionnement',
      'Le rapport est adopté à l’unanimité.',
    ]);
    expect(analyseText(own).summary.subject).toBe('RAPPORT N 3 – Collèges publics : dotations de fonctionnement');
  });
});

describe('the number of the first item beside a title that holds a date with that digit', () => {
  it('writes « POINT 1 » before a title whose date holds a 1 (« élus le 16 mars »)', () => {
    const doc = text([
      'PROCÈS-VERBAL DE LA SÉANCE D’INSTALLATION DU CONSEIL MUNICIPAL DE HOLTZWIHR-LE-BAS DU 20 MARS 2026',
      'Présents : Mme Odile KLEINHANS, M. Rémi STOESSEL, Mme Agathe WENDLING, M. Bruno FRITSCH, Mme Inès HAEGEL',
      '',
      'POINT 1 - Installation des conseillers municipaux élus le 16 mars 2026',
      'Le maire sortant déclare installés les conseillers municipaux élus.',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.subject).toBe('POINT 1 – Installation des conseillers municipaux élus le 16 mars 2026');
    expect(errorCodes(findings)).toEqual([]);
  });

  it('does not write the number twice when the title writes it whole', () => {
    const doc = text([
      'Séance du conseil municipal de Vieux-Moutiers du 3 février 2025',
      'Présents : M. Alain CORBEL, Mme Sophie RIOU, M. Hervé LE DANTEC',
      '',
      '2025-004 – Tarifs 2025 – délibération 2025-004 modifiant les tarifs de la cantine',
      'Le conseil municipal adopte les tarifs à l’unanimité.',
    ]);
    expect(analyseText(doc).summary.subject).toBe('Tarifs 2025 – délibération 2025-004 modifiant les tarifs de la cantine');
  });
});

describe('a total written above its breakdown (« s’élèvent à … » then « se répartissent ainsi : »)', () => {
  const doc = text([
    'Conseil municipal de Plouguenast-sur-Lié – séance du 7 décembre 2009',
    'Présents : M. Yann QUÉRÉ, Mme Annaïg COLLEU, M. Loïc PERRON',
    '',
    'Objet : Budget annexe du port de plaisance 2010',
    'En section d’exploitation, les dépenses s’élèvent à 150 000,00 €.',
    'Les dépenses d’exploitation se répartissent ainsi :',
    '- Les charges à caractère général : 70 000,00 € ;',
    '- Les frais de personnel : 50 000,00 € ;',
    '- Les dotations aux amortissements : 31 000,00 €.',
    'Le conseil municipal adopte le budget à l’unanimité.',
  ]);

  it('quotes the total’s line and the parts’ lines, and says the parts detail it', () => {
    const { findings } = analyseText(doc);
    expect(errorCodes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    const f = findings.find((x) => x.code === 'AMOUNT_SUM_MISMATCH')!;
    expect(f.message).toContain('montants qui le détaillent');
    expect(f.evidence.map((e) => e.line)).toEqual([5, 7, 8, 9]);
  });
});
