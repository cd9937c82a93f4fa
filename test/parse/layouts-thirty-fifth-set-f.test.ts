/**
 * Layouts the two-hundred-and-seventy-second invented corpus (Québec councils, a third time) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a special notice served « à chacun des membres du conseil, y compris les membres absents, le … »', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-ÉLZÉAR-DES-PLAINES',
    '',
    'Procès-verbal de la séance extraordinaire du conseil tenue le jeudi 9 mars 2017 à 19 h.',
    '',
    'Sont présents : M. le maire Rosaire Giguère, Mme Annick Pelletier et M. Louis Fradette.',
    '',
    'Le secrétaire-trésorier certifie que l’avis spécial de convocation a été signifié à chacun des membres du conseil, y compris les membres absents, le lundi 6 mars 2017.',
    '',
    '2017-03-051',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Annick Pelletier, appuyé par M. Louis Fradette et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('dates the convocation', () => {
    expect(analyseText(doc).summary).toMatchObject({ session_date: '2017-03-09', convocation_date: '2017-03-06' });
  });
});

describe('a requested vote whose voters are named without civilities, their count in brackets', () => {
  const doc = text([
    'VILLE DE LAC-DES-HUARTS',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 6 mai 2013 à 19 h 30.',
    '',
    'SONT PRÉSENTS : M. le maire Yves Gendron, Mme Odile Rancourt, M. Hugo Veilleux, Mme Karine Boily, M. Samuel Fortier et Mme Rachel Dumas.',
    '',
    '2013-05-121',
    'OCTROI D’UN CONTRAT DE DÉNEIGEMENT',
    'Il est proposé par la conseillère Odile RANCOURT, appuyé par le conseiller Hugo VEILLEUX, d’octroyer le contrat.',
    'Le vote est demandé.',
    'Votent pour : Odile RANCOURT, Hugo VEILLEUX et Karine BOILY (3)',
    'Votent contre : Samuel FORTIER et Rachel DUMAS (2)',
    'Le maire ne vote pas.',
    'ADOPTÉE À LA MAJORITÉ',
  ]);

  it('reads the tally', () => {
    expect(analyseText(doc).summary.votes).toMatchObject({ for: 3, against: 2 });
  });
});

describe('a roll call « Votent en faveur : … » / « Vote contre : M. X », closed « ADOPTÉE À L’UNANIMITÉ »', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINTE-OLIVINE-DU-LAC',
    '',
    'À une séance ordinaire du conseil tenue le lundi 3 juin 2019 à 20 h, sont présents : M. le maire Paul Bérubé, Mme Nicole Thibault, M. René Asselin, Mme Claire Poitras et M. Jean Caron.',
    '',
    'OUVERTURE DE LA SÉANCE',
    'Le maire ouvre la séance. Le secrétaire-trésorier fait lecture de l’ordre du jour, dont copie a été remise à chaque membre du conseil.',
    '',
    '2019-06-118',
    'DÉROGATION MINEURE – 12, RUE DES SAULES',
    'Il est proposé par Mme Nicole Thibault, appuyé par M. René Asselin, d’accorder la dérogation mineure.',
    'Votent en faveur : Mme Nicole Thibault, M. René Asselin et Mme Claire Poitras.',
    'Vote contre : M. Jean Caron.',
    'ADOPTÉE À L’UNANIMITÉ.',
    '',
    '2019-06-119',
    'COMPTES DU MOIS',
    'Il est proposé par M. Jean Caron, appuyé par Mme Claire Poitras et résolu à l’unanimité d’approuver les comptes.',
  ]);

  it('takes the item after the agenda read as the first, and counts each option by its names', () => {
    const s = analyseText(doc).summary;
    expect(s.subject).toMatch(/2019-06-118/);
    expect(s.votes).toMatchObject({ for: 3, against: 1 });
  });
});

describe('a greffière titled « Maître » who acts as secretary, named after the director general', () => {
  const doc = text([
    'VILLE DE SAINT-HONORÉ-DES-PRÉS',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 4 mars 2013 à 19 h 30.',
    '',
    'SONT PRÉSENTS : Monsieur le maire Alain Boucher, Madame Sylvie Huot et Monsieur Marc Drapeau.',
    '',
    'SONT AUSSI PRÉSENTS : Monsieur Robert Lemay, directeur général, et Maître Julie Vachon, greffière, qui agit comme secrétaire de la séance.',
    '',
    '2013-03-071',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Madame Sylvie Huot, appuyé par Monsieur Marc Drapeau et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads her as secretary', () => {
    expect(analyseText(doc).summary.secretary).toBe('Julie Vachon');
  });
});
