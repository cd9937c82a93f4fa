/**
 * The many ways a proxy is written in a proxy list. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

describe('proxy wordings', () => {
  it('reads "X : pouvoir donné à Y", "X s’est fait représenter par Y", "X, procuration à Y" and "X, représenté par Y"', () => {
    const { summary } = analyseText(
      [
        'Séance du 19 mars 2024',
        'Présents : M. Paul AUBIN, Mme Lise BRUN, M. Marc COLIN, Mme Anne DUVAL.',
        'Absents ayant donné pouvoir :',
        'M. Jean ESTÈVE donne pouvoir à M. Paul AUBIN,',
        'Mme Rose FAURE : pouvoir donné à Mme Lise BRUN,',
        'M. Yves HAMON s’est fait représenter par M. Marc COLIN,',
        'Mme Nina JOLY, procuration à Mme Anne DUVAL.',
        '',
        'Absents : M. Luc GARNIER.',
      ].join('\n'),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Jean ESTÈVE', to: 'Paul AUBIN' },
      { from: 'Rose FAURE', to: 'Lise BRUN' },
      { from: 'Yves HAMON', to: 'Marc COLIN' },
      { from: 'Nina JOLY', to: 'Anne DUVAL' },
    ]);
  });

  it('still reads group labels in capitals before the names', () => {
    const { summary } = analyseText('Séance du 19 mars 2024\nPrésents : CAPV : Paul AUBIN, Lise BRUN ; CCVB : Marc COLIN.\nAbsents : néant.');
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
  });

  it('a holder whose given name wraps to the next line in a NOM Prénom proxy list', () => {
    const { summary } = analyseText(
      'Séance du 10 décembre 2024\nPrésents : AUBIN Paul (Anglars), BRUN Lise (Gindou), COLIN Marc (Lamothe).\n\nPouvoirs : DUVAL Anne (Anglars) à AUBIN Paul ; ESTÈVE Jean (Gindou) à BRUN\nLise ; FAURE Rose (Lamothe) à COLIN Marc.\n\nAbsents : néant.',
    );
    expect(summary.proxies_list).toEqual([
      { from: 'DUVAL Anne', to: 'AUBIN Paul' },
      { from: 'ESTÈVE Jean', to: 'BRUN Lise' },
      { from: 'FAURE Rose', to: 'COLIN Marc' },
    ]);
  });
});
