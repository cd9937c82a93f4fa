/**
 * Layouts the hundred-and-eleventh invented corpus (fixtures/corpus 11101–11120: ordinary
 * municipal councils as the text layers of their PDFs give them) and the sets after it found
 * missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('lists and counts in columns side by side', () => {
  it('a right-hand column headed beside « PRÉSENTS » holds two lists, its second heading halfway down', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE DE BÉRAUT-LES-SAULES',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'Séance du mardi 8 avril 2014',
        '',
        'En exercice : 11     Présents : 8     Votants : 9',
        '',
        'PRÉSENTS                                  ABSENTS AYANT DONNÉ POUVOIR',
        'LAFFONT Régis, Maire                      MOURA Line à LAFFONT Régis',
        'CAPDEVIELLE Anne, 1re Adjointe',
        'PÉDEBIDOU Marc, 2e Adjoint                ABSENTS EXCUSÉS',
        'SOUBIE Hélène                             DARRIGADE Paul',
        'LACOSTE Yves                              FOURCADE Nadia',
        'BARRÈRE Inès',
        'TOULET Joël',
        'CAZENAVE Odile',
        '',
        'Secrétaire : SOUBIE Hélène',
        '',
        'Délibération n° 2014-020 – Tarifs de la salle des fêtes',
        'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, fixe les tarifs.',
      ]),
    );
    expect(summary.present_names).toEqual(['LAFFONT Régis', 'CAPDEVIELLE Anne', 'PÉDEBIDOU Marc', 'SOUBIE Hélène', 'LACOSTE Yves', 'BARRÈRE Inès', 'TOULET Joël', 'CAZENAVE Odile']);
    expect(summary.absent_names).toEqual(['DARRIGADE Paul', 'FOURCADE Nadia']);
    expect(pairs(summary.proxies_list)).toEqual(['MOURA Line > LAFFONT Régis']);
    expect(codes(findings)).toEqual([]);
  });

  it('« Qui ont pris part / à la délibération : 9 » cut over two lines of a right-hand count box is the voters', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE LAVERNÈDE-SUR-GIROU',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        '',
        'L’an deux mil dix, le quatre mai à vingt heures,                  Nombre de membres',
        'le Conseil Municipal, régulièrement convoqué, s’est réuni         en exercice : 11',
        'sous la présidence de M. Louis CARRIÈRE, Maire.                   Présents : 8',
        '                                                                  Qui ont pris part',
        'Date de la convocation : 27 avril 2010                            à la délibération : 9',
        '',
        'Présents : M. Louis CARRIÈRE, Mme Anne SÉRIÉ, M. Paul VIGUIÉ, Mme Rose CALVET, M. Jean ALBERT, Mme Lise MAUREL, M. Henri SALVAN, M. Marc BONNET.',
        'Absents : Mme Julie ROQUES (pouvoir à M. Louis CARRIÈRE), M. Guy FABRE, M. Léo PUECH.',
        'Secrétaire de séance : Mme Anne SÉRIÉ.',
        '',
        'N° 2010-12 : Entretien de la voirie',
        'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, approuve.',
      ]),
    );
    expect(summary.voters).toBe(9);
    expect(summary.present).toBe(8);
    expect(summary.convocation_date).toBe('2010-04-27');
  });

  it('« Convocation et affichage : » dates the convocation', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE SAINT-FLOUR-DES-PRÉS',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'SÉANCE DU 3 DÉCEMBRE 2024',
        'En exercice : 15 | Présents : 13 | Votants : 13',
        'Convocation et affichage : 26 novembre 2024',
        'Présents : MM. Paul ROCHE, Yves BRUN, Marc FAURE ; Mmes Anne MARTIN, Léa GIRAUD.',
        'OBJET : Tarifs 2025',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.convocation_date).toBe('2024-11-26');
    expect(summary.session_date).toBe('2024-12-03');
  });
});

describe('names and votes of a village’s minutes', () => {
  it('members written « Prénom I. » (a given name and the initial of the surname) are read, their proxy too', () => {
    const { summary, findings } = analyseText(
      text([
        'Saint-Ours-la-Vallée – Compte rendu de la réunion du conseil municipal',
        'Jeudi 6 septembre 2018 – 20 h 30 – mairie',
        '',
        'Présents : Louis P. (maire), Anne-Sophie R., Bernard C., Yvette L., Pierre-Yves de M., Karine T., Hugo V.',
        'Excusés : Martine D. (pouvoir à Louis P.), Gilles N.',
        'Secrétaire : Karine T.',
        '',
        'Le compte rendu du 28 juin 2018 est approuvé à l’unanimité des présents.',
        '',
        'Location du logement communal',
        'Le loyer est porté à 480 € par mois.',
        'Adopté par 6 voix pour et 1 contre (Bernard C., qui préférait 450 €).',
      ]),
    );
    expect(summary.present_names).toEqual(['Louis P.', 'Anne-Sophie R.', 'Bernard C.', 'Yvette L.', 'Pierre-Yves de M.', 'Karine T.', 'Hugo V.']);
    expect(summary.absent_names).toEqual(['Martine D.', 'Gilles N.']);
    expect(pairs(summary.proxies_list)).toEqual(['Martine D. > Louis P.']);
    expect(summary.president).toBe('Louis P.');
    expect(summary.secretary).toBe('Karine T.');
    // the minutes approved unanimously; the member voting against is the next decision's
    expect(summary.votes).toEqual({ unanimous: true });
    expect(codes(findings)).toEqual([]);
  });
});

