/**
 * Mutations of real-looking extracts for the parser fuzzing (parser-fuzz.test.ts):
 * delete, duplicate, swap and join lines, insert OCR noise or random unicode,
 * cut, replace digits, repeat blocks, very long lines, change case. Pure and
 * deterministic: the same operations on the same text give the same text, so
 * a failing case is reproduced from the test's report alone:
 *
 *   mutate(fs.readFileSync('fixtures/corpus/<file>', 'utf8'), <ops>)
 */
import fc from 'fast-check';

/** What OCR, copy-paste and mail clients put into extracts. */
const NOISE = ['|', "'", '’', '«', '»', '\u00a0', '\u202f', '\t', '\f', '\r', '\u0000', '\ufffd', 'ﬁ', '…', '€', '°', '§', '—', '\ud800', '\udfff', '\u200b', '\u202e', 'l', '1', 'O', '0', ':', ';', ',', '.', '(', ')', '*', '_'];
const WORDS = ['M. DUPONT ', 'Mme Anne-Marie LE GALL, ', 'Pour : 12 ', 'Contre : 3 ', '1 234 567,89 € ', 'é', '\t', 'Présents : ', 'procuration à ', 'ABSTENTION ', '(', '15/03/2024 ', 'n° 2024-'];

/**
 * The mutation operations. `maxLine` bounds how long a line the mutations
 * may build (long lines, joined lines, repeated blocks): real extracts have
 * lines of a few hundred characters, one-line documents a few thousand.
 */
export function opArbitrary(maxLine: number) {
  return fc.oneof(
    fc.record({ k: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 15 }) }),
    fc.record({ k: fc.constant('duplicate' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 15 }) }),
    fc.record({ k: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ k: fc.constant('noise' as const), at: fc.nat(), text: fc.string({ unit: fc.constantFrom(...NOISE), minLength: 1, maxLength: 30 }) }),
    fc.record({ k: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ k: fc.constant('digits' as const), seed: fc.nat(), every: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ k: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: Math.ceil(maxLine / 5) }), times: fc.integer({ min: 2, max: 5 }) }),
    fc.record({ k: fc.constant('unicode' as const), at: fc.nat(), text: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) }),
    fc.record({ k: fc.constant('longLine' as const), at: fc.nat(), word: fc.constantFrom(...WORDS), chars: fc.integer({ min: Math.ceil(maxLine / 4), max: maxLine }) }),
    fc.record({ k: fc.constant('join' as const), at: fc.nat(), n: fc.integer({ min: 2, max: Math.max(2, Math.ceil(maxLine / 100)) }) }),
    fc.record({ k: fc.constant('case' as const), upper: fc.boolean() }),
  );
}
export const Op = opArbitrary(20_000);
export type Op = typeof Op extends fc.Arbitrary<infer T> ? T : never;

export function mutate(text: string, ops: readonly Op[]): string {
  let t = text;
  for (const op of ops) {
    const lines = t.split('\n');
    const line = (i: number) => i % Math.max(1, lines.length);
    const at = 'at' in op ? op.at % (t.length + 1) : 0;
    switch (op.k) {
      case 'delete':
        lines.splice(line(op.at), op.n);
        t = lines.join('\n');
        break;
      case 'duplicate': {
        const i = line(op.at);
        lines.splice(i, 0, ...lines.slice(i, i + op.n));
        t = lines.join('\n');
        break;
      }
      case 'swap': {
        const [a, b] = [line(op.a), line(op.b)];
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        t = lines.join('\n');
        break;
      }
      case 'noise':
      case 'unicode':
        t = t.slice(0, at) + op.text + t.slice(at);
        break;
      case 'cut':
        t = t.slice(0, at);
        break;
      case 'digits': {
        let n = op.seed;
        t = t.replace(/\d/g, (d) => (++n % op.every === 0 ? String((Number(d) + n) % 10) : d));
        break;
      }
      case 'repeat':
        t = t.slice(0, at) + t.slice(at, at + op.len).repeat(op.times) + t.slice(at);
        break;
      case 'longLine':
        t = t.slice(0, at) + op.word.repeat(Math.ceil(op.chars / op.word.length)) + t.slice(at);
        break;
      case 'join': {
        const i = line(op.at);
        lines.splice(i, op.n, lines.slice(i, i + op.n).join(' '));
        t = lines.join('\n');
        break;
      }
      case 'case':
        t = op.upper ? t.toUpperCase() : t.toLowerCase();
        break;
    }
  }
  return t;
}

