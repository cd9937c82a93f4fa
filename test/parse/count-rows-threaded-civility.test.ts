/**
 * The count box a skewed page's OCR threads line by line through a list, and the count row a PDF's text layer lands inside
 * one, are told by one test of the lines around them (count-rows.ts `listGoesOnAcross`): a list whose lines open on a
 * civility (« M. X ») goes on across a threaded count line as it does across a count row. Invented names and places.
 */
import { describe, expect, it } from 'vitest';
import { listGoesOnAcross } from '../../src/parse/count-rows.ts';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('listGoesOnAcross', () => {
  it('goes on after a comma or a cut name, into a civility or a name in capitals', () => {
    expect(listGoesOnAcross('Etaient présents : M. Paul ARNAUD,', 'M. Luc CHASSAING, Mme Rose DELPY,')).toBe(true);
    expect(listGoesOnAcross('…, Mme Odile', 'HÉRAUD, M. Pierre JOUBERT.')).toBe(true);
    expect(listGoesOnAcross('…, JOUBERT Pierre,', 'Mmes Anne BARRIÈRE et Lucie FAYE')).toBe(true);
  });

  it('stops at a full stop above, a heading below or prose below', () => {
    expect(listGoesOnAcross('…, M. Pierre JOUBERT.', 'M. Luc CHASSAING')).toBe(false);
    expect(listGoesOnAcross('…, M. Pierre JOUBERT,', 'Absents excusés : M. Guy LASCAUX')).toBe(false);
    expect(listGoesOnAcross('…, M. Pierre JOUBERT,', 'le quorum étant atteint')).toBe(false);
  });
});

describe('a count box threaded through a list whose lines open on « M. »', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DE LA HAUTE-VÉZOUILLE',
    'Séance du mardi 14 mai 2019',
    '',
    'Etaient présents : M. Paul ARNAUD, Mme Anne BARRIÈRE,',
    'Nombre de délégués',
    'M. Luc CHASSAING, Mme Rose DELPY,',
    'en exercice : 13',
    'M. Marc ESCURE, Mme Lucie FAYE,',
    'présents : 10',
    'M. Jean GOURSAT, Mme Odile HÉRAUD,',
    'votants : 10',
    'M. Pierre JOUBERT, M. Alain KERBRAT.',
    '',
    'Absents excusés : M. Guy LASCAUX, Mme Anne MONTEIL, M. Yves NOUHAUD.',
    '',
    'DCS 2019-12 - TARIFS DE L’EAU',
    'Adopté à l’unanimité.',
  ]);

  it('reads the list whole, the count lines set aside', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toContain('Marc ESCURE');
    expect(summary.present_names).toContain('Alain KERBRAT');
    expect(summary.present_names).toHaveLength(10);
    expect(summary).toMatchObject({ members_in_office: 13, present: 10, voters: 10 });
    expect(errorCodes(findings)).toEqual([]);
  });
});
