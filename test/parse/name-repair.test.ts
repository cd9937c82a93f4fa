/** OCR-garbled names take the roster's form; the form read is kept. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';

const text = [
  'Conseil municipal du 3 juin 2019',
  'Présents : M. Jean DESFILLE, Mme Anne LOVICH I, M. Paul MARTIN.',
  'Pouvoirs : Mme Léa GIRAUD à M. Jean DESEILLE',
].join('\n');

describe('name repair in parsing', () => {
  it('repairs against the roster and keeps the form read', () => {
    const p = parseText(text, { roster: ['Jean DESEILLE', 'Anne LOVICHI', 'Paul MARTIN', 'Léa GIRAUD'] });
    const present = p.session.attendance.present!;
    expect(present.map((r) => r.name)).toEqual(['Jean DESEILLE', 'Anne LOVICHI', 'Paul MARTIN']);
    expect(present.map((r) => r.repaired_from)).toEqual(['Jean DESFILLE', 'Anne LOVICH I', null]);
  });
  it('without a roster, a proxy holder takes the form listed present in the same document', () => {
    const p = parseText(text.replace('Jean DESFILLE', 'Jean DESEILLE').replace('à M. Jean DESEILLE', 'à M. Jean DESFILLE'));
    const proxy = p.session.attendance.proxies[0]!;
    expect(proxy.holder).toMatchObject({ name: 'Jean DESEILLE', repaired_from: 'Jean DESFILLE' });
  });
  it('never merges two different people of the roster', () => {
    const p = parseText('Conseil municipal du 3 juin 2019\nPrésents : M. Alain LOUCHE, M. Barnabé LOUCHE.', { roster: ['Alain LOUCHE', 'Barnabé LOUCHE'] });
    expect(p.session.attendance.present!.map((r) => [r.name, r.repaired_from])).toEqual([
      ['Alain LOUCHE', null],
      ['Barnabé LOUCHE', null],
    ]);
  });
});
