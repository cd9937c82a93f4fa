import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { layoutPageText, type PositionedItem } from '../../src/extract/pdf-text-layout.ts';
import { readExpected, readFixture, readSource, squash } from './helpers.ts';

const ex = createExtractor(loadConfig({}));
afterAll(() => ex.close());

describe('text-layer PDF', () => {
  it('keeps the 3-column member list in reading order, one name per TAB cell', async () => {
    const r = await ex.extract(readFixture('pdf/metropole-2025-06-19.text.pdf'), 'metropole.pdf');
    expect(r.kind).toBe('pdf');
    expect(r.pages.map((p) => p.method)).toEqual(['pdf-text', 'pdf-text']);
    expect(r.pages.every((p) => p.confidence === null && p.rotation === 0)).toBe(true);
    const lines = r.pages[0]!.text.split('\n');
    const rows = readExpected('metropole-2025-06-19').member_rows!;
    const start = lines.indexOf('Membres présents :') + 2;
    rows.forEach((row, i) => {
      const cells = lines[start + i]!.split('\t');
      expect(cells).toHaveLength(3);
      cells.forEach((cell, c) => expect(cell.replace(/^(Monsieur|Madame) /, '')).toBe(row[c]));
    });
    expect(lines[start]).toBe('Monsieur Bertrand VALLERAND\tMadame Solène GARNIER-VIDAL\tMonsieur Karim BENSALEM');
  });

  it('gives the source text back, only wrapped differently (accents, €, apostrophes)', async () => {
    for (const name of ['metropole-2025-06-19', 'commune-2025-01-14']) {
      const r = await ex.extract(readFixture(`pdf/${name}.text.pdf`), `${name}.pdf`);
      const text = r.pages.map((p) => p.text).join('\n');
      expect(squash(text)).toBe(squash(readSource(name)));
      // the TAB rows survive exactly
      for (const line of readSource(name).split('\n').filter((l) => l.includes('\t'))) expect(text).toContain(line);
    }
  });
});

describe('layoutPageText (positions → lines)', () => {
  const item = (str: string, x: number, y: number, width: number, size = 10): PositionedItem => ({ str, x, y, width, size, horizontal: true });

  it('turns a gap wider than an em into a TAB even when a wide " " item fills it', () => {
    const text = layoutPageText([
      item('Monsieur Jean MARTIN', 50, 100, 100),
      item(' ', 150, 100, 60), // a word processor's tab, as pdf-parse would join it
      item('Madame Anne ROY', 210, 100, 80),
      item('Monsieur Luc BRUN', 350, 100, 90),
    ]);
    expect(text).toBe('Monsieur Jean MARTIN\tMadame Anne ROY\tMonsieur Luc BRUN');
  });

  it('joins words split into items, orders lines top to bottom and keeps paragraph breaks', () => {
    const text = layoutPageText([
      item('second', 50, 130, 30),
      item('Séance', 50, 100, 32),
      item('du', 84, 100, 10),
      item('jeudi', 96.5, 100.4, 20),
      item('Kern', 50, 160, 20),
      item('ed', 70, 160, 10),
      item('STAMP', 10, 500, 30, 8),
      { ...item('TRANSMIS EN PRÉFECTURE', 20, 700, 90), horizontal: false },
    ]);
    expect(text).toBe('Séance du jeudi\n\nsecond\n\nKerned\n\nSTAMP\n\nTRANSMIS EN PRÉFECTURE');
  });
});
