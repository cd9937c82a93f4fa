/**
 * Layouts the two-hundred-and-sixty-first invented corpus (the text layer of PDFs with columns and tables) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a count table whose heading row carries the convocation date in the page’s second column', () => {
  const doc = text([
    '                   EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    '                              Séance du mardi 8 octobre 2024',
    '',
    '        Nombre de conseillers                                  Date de convocation',
    '   En exercice      Présents      Votants                          01/10/2024',
    '        15             12            13',
    '',
    'Présents : M. Alain KERBRAT, Maire, Mme Odile RIOU, M. Pierre LE DU, Mme Anne CORRE, M. Yves JAFFRÈS, Mme Rose',
    'TANGUY, M. Paul MADEC, Mme Lise POSTIC, M. Jean GOURIOU, Mme Marie LE ROUX, M. Luc BRIAND, Mme Élise FLOC’H.',
    'Absent excusé ayant donné pouvoir : M. Hervé QUÉRÉ (pouvoir à M. Alain KERBRAT).',
    'Absents : M. Denis CADIOU, Mme Sonia GUÉGUEN.',
  ]);

  it('reads the three counts under their headings', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.members_in_office).toBe(15);
    expect(summary.present).toBe(12);
    expect(summary.voters).toBe(13);
    expect(summary.convocation_date).toBe('2024-10-01');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('two proxies side by side, each with its holder in brackets', () => {
  const doc = text([
    'Séance du jeudi 14 mars 2024',
    '',
    'Présents :',
    '   M. Bruno LE MEUR, Maire                          Mme Carole JÉZÉQUEL',
    '   Mme Inès PRIGENT, 1re adjointe                   M. Marc CLOAREC',
    '   M. Tanguy OLLIVIER',
    '',
    'Absents excusés ayant donné pouvoir :',
    '   Mme Soazig LE BRAS (pouvoir à M. Marc CLOAREC)      M. Erwan GUILLOU (pouvoir à Mme Inès PRIGENT)',
    '',
    'Secrétaire de séance : Mme Carole JÉZÉQUEL',
  ]);

  it('gives each giver the holder of their own bracket', () => {
    const { summary } = analyseText(doc);
    expect(summary.proxies_list).toEqual([
      { from: 'Soazig LE BRAS', to: 'Marc CLOAREC' },
      { from: 'Erwan GUILLOU', to: 'Inès PRIGENT' },
    ]);
  });
});

describe('a tally table whose heading row opens with its label', () => {
  const doc = text([
    'Séance du lundi 4 novembre 2024',
    'Présents : M. Paul ROBIN, Maire, Mme Anne VIDAL, M. Luc FAURE, Mme Lise BRUN, M. Marc GAY.',
    '',
    'Objet : Tarifs de la cantine',
    '',
    'Le Conseil Municipal, après en avoir délibéré,',
    '',
    '   Vote :          Pour          Contre          Abstention',
    '                    4              0                1',
    '',
    'FIXE les tarifs.',
  ]);

  it('reads the numbers under the options', () => {
    const { summary } = analyseText(doc);
    expect(summary.votes).toEqual({ for: 4, against: 0, abstain: 1, not_voting: 0 });
  });
});

describe('a presence grid with one letter per state aligned with spaces and a « Procuration à » column', () => {
  const doc = text([
    'Séance du 12 février 2011',
    'Nombre de membres en exercice : 7',
    'Présents : 5',
    'Votants : 6',
    '',
    '   Conseillers                       P      E      A      Procuration à',
    '   PUJOL André, Maire                P',
    '   CASTEX Marie                      P',
    '   SOUBIE Jean-Louis                 P',
    '   SOUBIE Louis                                            PUJOL André',
    '   FERRAN Michel                     P',
    '   MAURY Rose                        P',
    '   LABAT Henri                              E',
    '',
    'P : présent – E : excusé – A : absent',
    '',
    'Secrétaire de séance : Mme Marie CASTEX',
  ]);

  it('reads the row with a holder and no letter as a proxy, and the « E » as excused', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['PUJOL André', 'CASTEX Marie', 'SOUBIE Jean-Louis', 'FERRAN Michel', 'MAURY Rose']);
    expect(summary.proxies_list).toEqual([{ from: 'SOUBIE Louis', to: 'PUJOL André' }]);
    expect(summary.absent_names).toEqual(['LABAT Henri']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('the secretary’s label the right cell of its line, the name under it in the same column', () => {
  const doc = text([
    'Séance du jeudi 9 décembre 2004',
    '',
    'Présents :                                        Excusé avec pouvoir :',
    'Mme Lucie MORIN                                   M. Paul GIRAUD (pouvoir à Mme Lucie MORIN)',
    'M. Jean DUVAL',
    'Mme Anne PERRET                                   Absent excusé :',
    'M. Marc VOISIN                                    M. Hugo DEVAUX',
    'M. Louis CARON                                    Secrétaire de séance :',
    'Mme Alice SAUNIER                                 Mme Anne PERRET',
    'M. Denis ROYER',
    '',
    'OBJET : Tarifs de la cantine',
  ]);

  it('reads the name in the label’s column, not the left column’s entry', () => {
    const { summary } = analyseText(doc);
    expect(summary.secretary).toBe('Anne PERRET');
  });
});
