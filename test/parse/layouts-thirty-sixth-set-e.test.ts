/**
 * Layouts the two-hundred-and-seventy-seventh invented corpus found missing. Every case is written anew here (invented
 * names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

/** A syndicate's extract: counts one per line, a comma list, then the vote and its closing lines. */
const extract = (vote: string[]) =>
  text([
    'SYNDICAT MIXTE DU VAL DE LORMETTE',
    'Séance du comité syndical du mardi 9 mars 2021',
    'Nombre de membres en exercice : 24',
    'Nombre de présents : 20',
    'Nombre de pouvoirs : 2',
    '',
    'Présents : Jean AUBRAC, Lise BAUDOIN, Marc CHEVRIER, Nadia DOMERGUE, Paul ESCOFFIER, Rémi FAUCHER, Yves GRANIER,',
    'Anne HERVIEU, Léon ISNARD, Maud JAOUEN, Henri KERVELLA, Sophie LAMBLIN, Hugo MARCILLAC, Inès NOGARET,',
    'Luc ORSINI, Claire PEYRONNET, Théo QUINTARD, Julie RAMBAUD, Denis SALVETAT, Odile TERRASSON.',
    'Pouvoirs : Gilles UZUREAU à Jean AUBRAC, Alice VIDALENC à Lise BAUDOIN.',
    'Absents excusés : Pierre WAGNIART, Manon YVERNEAU.',
    '',
    'Secrétaire de séance : Lise BAUDOIN',
    '',
    'OBJET : Travaux de la digue de la Lormette – plan de financement',
    '',
    'Le Comité, après en avoir délibéré, approuve le plan de financement des travaux.',
    '',
    ...vote,
  ]);

describe('a tally whose options name their voters in brackets on the same line, the names longer than the gap between counts', () => {
  it('reads every option: the bracketed names belong to the count before them', () => {
    const { summary } = analyseText(
      extract([
        'Résultat du vote :',
        'Pour : 10',
        'Contre : 9 (Monsieur Marc-Antoine CHEVRIER, Madame Nadia-Louise DOMERGUE, Monsieur Paul-Édouard ESCOFFIER, Monsieur Rémi-Pascal FAUCHER, Monsieur Yves-Marie GRANIER, Madame Anne-Catherine HERVIEU, Monsieur Léon-Philippe ISNARD, Madame Maud-Élisabeth JAOUEN, Monsieur Henri-Charles KERVELLA)',
        'Abstentions : 3 (Madame Inès NOGARET, Monsieur Luc ORSINI, Madame Claire PEYRONNET)',
        '',
        'Ainsi délibéré les jour, mois et an susdits.',
      ]),
    );
    expect(summary.votes).toEqual({ for: 10, against: 9, abstain: 3, not_voting: 0 });
  });
});

describe('a vote sentence cut by the end of the excerpt after the next option’s number, inside its label', () => {
  it('gives no vote: the options are not all known', () => {
    const cut = analyseText(extract(['Le plan est adopté par 15 voix pour, 4 voix contre et 3 abs']));
    expect(cut.summary.votes).toBeNull();
    // (the same sentence written whole is read)
    const whole = analyseText(extract(['Le plan est adopté par 15 voix pour, 4 voix contre et 3 abstentions.']));
    expect(whole.summary.votes).toEqual({ for: 15, against: 4, abstain: 3, not_voting: 0 });
    expect(errorCodes(whole.findings)).toEqual([]);
  });
});
