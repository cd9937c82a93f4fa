/**
 * Layouts the two-hundred-and-third invented corpus and the sets after it found missing, and those left from the sets
 * before. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('counts in words', () => {
  it('« compte sept membres en exercice ; cinq sont présents »: the present count after the semicolon', () => {
    const { summary } = analyseText(
      text([
        'Réunion du bureau du mardi 4 mars 2014',
        "Le bureau de l'association foncière compte neuf membres en exercice ; six sont présents.",
        'Étaient présents : M. ARNAL Paul, président ; M. BESSIÈRE Jean ; Mme CAUSSE Odile ; M. DELMAS Louis ; M. ESTIVAL Marc ; Mme FABRE Nadine',
        'Absents : M. GINESTE Henri - M. HUGONENC Jules - Mme ISSANCHOU Rose',
      ]),
    );
    expect(summary.members_in_office).toBe(9);
    expect(summary.present).toBe(6);
  });
});

describe('a proxy sentence after the list of the present', () => {
  it('« Mme X, excusée, a donné pouvoir à Mme Y. » in a paragraph after a one-per-line list: X gives, is not present', () => {
    const { summary } = analyseText(
      text([
        'Séance du Conseil Municipal du 14 mai 2019',
        'Conseillers : en exercice 7 | présents 5 | votants 6',
        '',
        'Présents :',
        'GOURDEL Anne, Maire',
        'HAMON Luc, 1er adjoint',
        'JAGUELIN Rose',
        'LAUNAY Marc',
        'MÉNARD Élise',
        '',
        'Mme POTTIER Claire, excusée, a donné pouvoir à M. HAMON Luc.',
        'Excusé : M. RIVOAL Yann.',
        '',
        '1. Tarifs de la cantine',
      ]),
    );
    expect(summary.present_names).toEqual(['GOURDEL Anne', 'HAMON Luc', 'JAGUELIN Rose', 'LAUNAY Marc', 'MÉNARD Élise']);
    expect(summary.proxies_list).toEqual([{ from: 'POTTIER Claire', to: 'HAMON Luc' }]);
    expect(summary.absent_names).toEqual(['RIVOAL Yann']);
    expect(summary.findings).toEqual([]);
  });
});
