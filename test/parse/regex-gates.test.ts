/**
 * The cheap forms of src/parse/regex-gates.ts give the same answers as the
 * one-regex forms they replace, on every fixture text and on the edge cases
 * of their contracts (a word after no letter, after an apostrophe or a
 * hyphen, an uppercase run, a letter outside the BMP, matches that would
 * overlap, a lowercase letter before the word).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesAfterLower, replaceWordBeforeSpace } from '../../src/parse/regex-gates.ts';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/corpus');
const fixtures = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'));

const EDGES = [
  'Pr ésents : M. X',
  "l'pr ésident",
  'sous-pr ésident',
  'ABcd ésident et Abcd éta',
  'pr ési é té',
  '𝐀bc ésident 𝑎 été',
  ' é',
  'pr é',
  'les élus ont été réunis; excus és',
  'Secr étaire de s éance – d élibéré',
  'Pr esents, secr etaire, excus es, D ELIBERE, r eunis',
  'pr esident e e e pr e',
  'lesAbsents : X; nomPouvoir à Y; ABSENT; Absent',
  'éPrésent ßSecrétaire 𝑎Objet',
];
const texts = [...fixtures, ...EDGES];

describe('regex gates', () => {
  it('replaceWordBeforeSpace is the global replace of the same pattern', () => {
    const cases: [RegExp, (c: number) => boolean][] = [
      [/(?<![\p{L}'’-])(\p{L}\p{Ll}*) ([éè]\p{Ll}*)/u, (c) => c === 0xe9 || c === 0xe8],
      [/(?<![\p{L}'’-])(pr|Pr|PR|secr|Secr|SECR|excus|Excus|EXCUS|repr|Repr|REPR|d|D|s|S|r|R) ([eE]\p{L}*)/u, (c) => c === 0x65 || c === 0x45],
    ];
    // (a replacement that changes the text and records its arguments: a miss or an extra match shows)
    const mark = (m: string, a: string, b: string, at: number) => `<${a}|${b}@${at}>${m.length}`;
    let changed = 0;
    for (const [re, next] of cases) {
      const sticky = new RegExp(re.source, 'uy');
      const global = new RegExp(re.source, 'gu');
      for (const t of texts) {
        const want = t.replace(global, mark);
        expect(replaceWordBeforeSpace(t, sticky, next, mark)).toBe(want);
        if (want !== t) changed++;
      }
    }
    expect(changed).toBeGreaterThan(EDGES.length);
  });

  it('matchesAfterLower is the test of the words after \\p{Ll}', () => {
    const words = [/Absent|Excus|Pouvoir|Procuration|Repr[ée]sent|Secr[ée]taire|Objet|Pr[ée]sent/g, /(?:presence|etat|statut|situation)(?:[a-z]|$)/gm];
    let yes = 0;
    for (const w of words) {
      const oneRegex = new RegExp(`\\p{Ll}(?:${w.source})`, `u${w.multiline ? 'm' : ''}`);
      for (const t of texts) {
        const want = oneRegex.test(t);
        expect(matchesAfterLower(t, w)).toBe(want);
        if (want) yes++;
      }
    }
    expect(yes).toBeGreaterThan(3);
  });
});
