/**
 * Layouts the two-hundred-and-eighty-sixth invented corpus found missing (tables and exports flattened to text). Every
 * case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a semicolon export whose surname and given name stand in cells of their own (NOM;Prénom)', () => {
  const doc = text([
    'Communauté de communes des Monts de Sarrance',
    'Conseil communautaire – séance du mardi 9 mars 2021',
    'Convocation adressée le 2 mars 2021',
    'Président de séance : M. Hugo BARRÈRE',
    '',
    'Membres en exercice : 9 – Présents : 6 – Pouvoirs : 1 – Votants : 7',
    '',
    'Commune;NOM;Prénom;Qualité;Présence;Pouvoir donné à',
    'Arette-Basse;BARRÈRE;Hugo;Président;Présent;',
    'Arette-Basse;CAZAUX;Mireille;Conseillère;Présente;',
    'Issor-le-Haut;LASSALLE;Pierre;Conseiller;Pouvoir;BARRÈRE Hugo',
    'Issor-le-Haut;POEY;Josette;Conseillère;Excusée;',
    'Lourdios;ARRIAU;Jean-Luc;Conseiller;Présent;',
    'Lourdios;MIRANDE;Suzanne;Conseillère;Absente;',
    'Osse;CASTETS;Rémy;Conseiller;Présent;',
    'Osse;LABARTHE;Odile;Conseillère;Présente;',
    'Sarrance;BORDENAVE;Alain;Conseiller;Présent;',
    '',
    '1. Fonds de concours',
    'Le conseil communautaire, après en avoir délibéré, approuve à l’unanimité (7 voix).',
  ]);

  it('reads each member as “NOM Prénom”, the Commune and Qualité cells no part of the name', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['BARRÈRE Hugo', 'CAZAUX Mireille', 'ARRIAU Jean-Luc', 'CASTETS Rémy', 'LABARTHE Odile', 'BORDENAVE Alain']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['LASSALLE Pierre > BARRÈRE Hugo']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['MIRANDE Suzanne', 'POEY Josette']);
  });
});
