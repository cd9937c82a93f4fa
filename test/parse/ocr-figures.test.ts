/**
 * The one mapping of OCR letters to the figures they stand for, shared by the count, date, amount, list-number,
 * form-fill and item-number readers.
 */
import { describe, expect, it } from 'vitest';
import { ocrFigures } from '../../src/parse/ocr-letters.ts';
import { analyseText } from '../helpers/analyse-text.ts';

describe('ocrFigures', () => {
  it('reads a capital O as 0 and a small l or a capital I as 1, keeping the length', () => {
    expect(ocrFigures('1O')).toBe('10');
    expect(ocrFigures('l2')).toBe('12');
    expect(ocrFigures('2O/Ol/2O26')).toBe('20/01/2026');
    expect(ocrFigures('I9')).toBe('19');
  });

  it('leaves a small o and an S alone unless asked', () => {
    expect(ocrFigures('6,oo')).toBe('6,oo');
    expect(ocrFigures('6,oo', { smallO: true })).toBe('6,00');
    expect(ocrFigures('1S')).toBe('1S');
    expect(ocrFigures('1S', { s5: true })).toBe('15');
    expect(ocrFigures('4S OOO', { s5: true })).toBe('45 000');
  });
});

describe('the readers that use it', () => {
  it('reads OCR letters in counts, a framed count and numbered list lines', () => {
    const doc = [
      'COMMUNE DE SAINT-ALBAN-DES-COMBES',
      'Séance du 12 mars 1996',
      'Membres en exercice : l1',
      'Présents [ 9 ]   Votants [ lO ]',
      'Présents :',
      ' 9. ARNAL Pierre',
      ' lO. BOUSQUET Marie',
      '',
      'Objet : Travaux de voirie communale',
      'Adopté à l’unanimité.',
    ].join('\n');
    const { summary } = analyseText(doc);
    expect(summary.members_in_office).toBe(11);
    expect(summary.voters).toBe(10);
  });
});
