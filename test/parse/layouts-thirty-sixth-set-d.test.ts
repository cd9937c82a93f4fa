/**
 * Layouts the two-hundred-and-seventy-sixth invented corpus found missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a session held over several days, each day named with its weekday in the page header', () => {
  it('takes the sitting’s own day, not the last day of the span', () => {
    const { summary } = analyseText(
      text([
        'Recueil des actes administratifs de la Métropole de Valcresson',
        'Session des lundi 8, mardi 9 et mercredi 10 décembre 2025',
        'Page 12 / 90',
        '',
        '2025 DVOI 14 - Voirie - Programme de réfection des trottoirs.',
        '',
        'Le Conseil de la Métropole, réuni le lundi 8 décembre 2025 sous la présidence de M. Armand TOUSSELIER, Président,',
        '',
        'Nombre de membres en exercice : 9',
        'Nombre de présents : 6',
        '',
        'Présents : MM. TOUSSELIER Armand, BRÉVANNE Lucie, CAROUGE Denis, DALMASSE Irène, ESCOFFIER Paul, FRONTIGNAN Marthe.',
      ]),
    );
    expect(summary.session_date).toBe('2025-12-08');
  });
});

describe('a compte administratif whose deficit is written with a minus sign after its word', () => {
  it('reads the deficit as a negative amount, a dash between words and figures elsewhere staying a separator', () => {
    const { summary } = analyseText(
      text([
        'Séance du mardi 16 mars 2021',
        'Présents : MM. ROUQUETTE Alain, SABATHIÉ Claire, TEYSSIER Marc.',
        '',
        '1 - COMPTE ADMINISTRATIF 2020',
        'Fonctionnement : dépenses 640 210,00 € ; recettes 700 410,00 € ; excédent 60 200,00 €',
        'Investissement : dépenses 155 000,00 € ; recettes 120 500,00 € ; déficit - 34 500,00 €',
        'Subvention Comité des fêtes - 1 200,00 €',
      ]),
    );
    expect(summary.amounts_eur).toEqual([640210, 700410, 60200, 155000, 120500, -34500, 1200]);
  });
});

describe('a deliberation numbered with hyphenated groups and no year first, its title on the line below', () => {
  it('keeps the whole number and takes the title from the next line', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL DU 4e ARRONDISSEMENT',
        'Séance du lundi 12 octobre 2015',
        '',
        'Présents : Mme Odile CARRASCO, M. Henri DUFRESNAY, Mme Lise MARGUERAT.',
        'Secrétaire de séance : Mme Lise MARGUERAT.',
        '',
        'Délibération n° 4-2015-087',
        'AMÉNAGEMENT DU JARDIN PARTAGÉ DE LA RUE DES TILLEULS',
        '',
        'Rapporteur : M. Henri DUFRESNAY',
        '',
        'Il est proposé d’aménager le jardin partagé.',
        'Le Conseil d’arrondissement, après en avoir délibéré, approuve le projet à l’unanimité.',
      ]),
    );
    expect(summary.subject).toBe('Délibération n° 4-2015-087 – AMÉNAGEMENT DU JARDIN PARTAGÉ DE LA RUE DES TILLEULS');
  });
});
