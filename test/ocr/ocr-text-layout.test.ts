/**
 * Turning Tesseract's output into page text: pure functions, tested on
 * word boxes and lines as OCR gives them (no engine needed here; the
 * engine itself is exercised in ocr-extract and scan-accuracy).
 */
import { describe, expect, it } from 'vitest';
import { textFromWords } from '../../src/ocr/ocr-layout.ts';
import { tidyOcrText } from '../../src/ocr/ocr-page.ts';
import type { OcrWord } from '../../src/ocr/ocr-pool.ts';

const word = (text: string, x0: number, y0: number, h = 30): OcrWord => ({ text, confidence: 90, x0, x1: x0 + text.length * 15, y0, y1: y0 + h });

describe('textFromWords', () => {
  it('puts an empty line only where the page leaves a gap, not between rows Tesseract made paragraphs of', () => {
    const rows = [
      [[word('Mandant', 100, 100), word('|', 400, 100), word('Mandataire', 480, 100)]],
      [[word('Jean', 100, 145), word('AUBIN', 180, 145), word('|', 400, 145), word('Lise', 480, 145), word('BRUN', 560, 145)]],
      [[word('Secrétaire', 100, 290), word(':', 260, 290), word('Lise', 290, 290), word('BRUN', 370, 290)]],
    ];
    expect(textFromWords(rows)).toBe('Mandant\t|\tMandataire\nJean AUBIN\t|\tLise BRUN\n\nSecrétaire : Lise BRUN');
  });
});

describe('tidyOcrText', () => {
  it('drops specks read as quotes or bullets stuck to the first word, and a speck after a civility', () => {
    expect(tidyOcrText('“Pouvoirs : BERNE Julien à RIBOULET Alain')).toBe('Pouvoirs : BERNE Julien à RIBOULET Alain');
    expect(tidyOcrText('‘BECKER Francis')).toBe('BECKER Francis');
    expect(tidyOcrText('lM. Gwenaël VALADOUR\nD M. Xavier MÉRIC\n! Mme Aïcha BEIGNET\nUM. Kévin TAHRI')).toBe('M. Gwenaël VALADOUR\nM. Xavier MÉRIC\nMme Aïcha BEIGNET\nM. Kévin TAHRI');
    expect(tidyOcrText('Mme Sophie BOUYSSIÈRE, Mme\'LACAZE Sophie')).toBe('Mme Sophie BOUYSSIÈRE, Mme LACAZE Sophie');
  });

  it('reads a capital read twice (plain then accented) once, and a 6 read as G in an ordinal', () => {
    expect(tidyOcrText('PAGEÈS-ROQUES Édith, OCÇAFRAIN Jean-Luc\nBECKER Francis\tGe Vice-Président')).toBe('PAGÈS-ROQUES Édith, OÇAFRAIN Jean-Luc\nBECKER Francis\t6e Vice-Président');
    expect(tidyOcrText('AÉROPORT, CRÉÉE, Ge')).toBe('AÉROPORT, CRÉÉE, Ge');
  });

  it('drops a speck read as a hyphen after a surname or a full stop inside a name', () => {
    expect(tidyOcrText('SORGUINE : KACI- René, SANTOS Sylvie')).toBe('SORGUINE : KACI René, SANTOS Sylvie');
    expect(tidyOcrText('a donné procuration à Monsieur Karim. BENSALAH')).toBe('a donné procuration à Monsieur Karim BENSALAH');
    expect(tidyOcrText('MARTIN-DUPONT Anne, Jean-Pierre DURAND. Le Conseil')).toBe('MARTIN-DUPONT Anne, Jean-Pierre DURAND. Le Conseil');
  });

  it('keeps what is text: a dash bullet, an apostrophe in a name, a sentence', () => {
    expect(tidyOcrText("-Modification de la subvention\nM. Yves N'DIAYE\nIl est procédé au vote.")).toBe("-Modification de la subvention\nM. Yves N'DIAYE\nIl est procédé au vote.");
  });
});
