import { describe, expect, it } from 'vitest';
import { foldName, repairName, repairNames } from '../../src/ocr/name-repair.ts';

const roster = ['Marien LOVICHI', 'François DESEILLE', 'Patrick', 'Céline RENAUD', 'Céline RABUT', 'Massar N’DIAYE'];

describe('repairName', () => {
  it('joins a name split by OCR ("LOVICH I" → "LOVICHI")', () => {
    expect(repairName('Marien LOVICH I', roster)).toEqual({ read: 'Marien LOVICH I', repaired: 'Marien LOVICHI', score: 1 });
    expect(repairName('LOVICH I', ['LOVICHI'])?.repaired).toBe('LOVICHI');
  });

  it('fixes a one-letter swap in capitals ("DESFILLE" → "DESEILLE")', () => {
    const r = repairName('François DESFILLE', roster);
    expect(r?.repaired).toBe('François DESEILLE');
    expect(r?.read).toBe('François DESFILLE');
    expect(r!.score).toBeGreaterThanOrEqual(0.93);
    expect(repairName('DESFILLE', ['DESEILLE'])?.repaired).toBe('DESEILLE');
  });

  it('joins a split first name ("Patric k" → "Patrick")', () => {
    expect(repairName('Patric k', roster)?.repaired).toBe('Patrick');
  });

  it('ignores case, accents and apostrophe forms when deciding a name is already right', () => {
    expect(repairName("Massar N'DIAYE", roster)).toBeNull();
    expect(repairName('celine renaud', roster)).toBeNull();
    expect(foldName(' Noëlle  N’DIAYE ')).toBe("NOELLE N'DIAYE");
  });

  it('never turns one reference name into another', () => {
    expect(repairName('Céline RABUT', roster)).toBeNull();
    expect(repairName('Céline RENAUD', roster)).toBeNull();
  });

  it('does not repair when two different references are equally plausible', () => {
    expect(repairName('MARTINE', ['MARTIN', 'MARTINEZ'])).toBeNull();
  });

  it('does not repair distant names', () => {
    expect(repairName('Bruno DAVID', roster)).toBeNull();
    expect(repairName('', roster)).toBeNull();
  });
});

describe('repairNames', () => {
  it('returns only the names that changed, with the form read', () => {
    const out = repairNames(['Marien LOVICH I', 'Céline RABUT', 'François DESFILLE'], roster);
    expect(out.map((r) => [r.read, r.repaired])).toEqual([
      ['Marien LOVICH I', 'Marien LOVICHI'],
      ['François DESFILLE', 'François DESEILLE'],
    ]);
  });
});
