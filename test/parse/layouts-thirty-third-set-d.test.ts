/**
 * Layouts the two-hundred-and-forty-ninth invented corpus (intercommunalités and syndicats as their websites give them)
 * found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');
const keys = (names: string[] | null | undefined) => (names ?? []).map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());

describe('one delegate per line after the commune and a dash, « Prénom NOM »', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU HAUT-VERDOUBLE',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE',
    '',
    'Séance du jeudi 12 mars 2015 à 18 h 30',
    'Date de convocation : 5 mars 2015',
    'Conseillers en exercice : 9 – Présents : 6 – Pouvoirs : 1 – Votants : 7',
    '',
    'Présents :',
    'Tautavelle – Gérard SALVAT (Président)',
    'Tautavelle – Odile PUJOL',
    'Saint-Arnac-le-Bas – Henri CASES',
    'Saint-Arnac-le-Bas – Muriel TORRENT',
    'Les Cabanes-de-Fenouillet – Jordi BOUSQUET',
    'Vingrau-d’Amont – Claire ESTÈVE',
    '',
    'Pouvoirs : Mme Odile PUJOL à M. Gérard SALVAT ; M. Paul NOGUÈRES à Mme Claire ESTÈVE.',
    'Absents excusés : M. Louis RIERA, Mme Anne FABRE.',
    'Secrétaire de séance : Mme Muriel TORRENT',
    '',
    'OBJET : Fonds de concours 2015',
    'Le Conseil communautaire, à l’unanimité, attribue les fonds de concours.',
  ]);

  it('reads the names without their communes, and sees the member present who gave a pouvoir', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['gerard salvat', 'odile pujol', 'henri cases', 'muriel torrent', 'jordi bousquet', 'claire esteve']);
    expect(errorCodes(findings)).toContain('PROXY_GIVER_PRESENT');
  });
});
