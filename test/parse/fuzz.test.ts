/**
 * Random and mangled text never crashes the parser or the checker, never
 * hangs, and always yields schema-valid records (property-based, fast-check).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Finding, ParsedDocument } from '../../src/domain/index.ts';
import { checkDocument } from '../../src/check/index.ts';
import { parseText } from '../../src/parse/index.ts';
import { analyseText } from '../helpers/analyse-text.ts';
import { FIXTURES } from '../helpers/paths.ts';

const seeds = fs
  .readdirSync(path.join(FIXTURES, 'rules'))
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 8)
  .map((f) => fs.readFileSync(path.join(FIXTURES, 'rules', f), 'utf8'))
  .concat(fs.readFileSync(path.join(FIXTURES, 'scan-sources/metropole-2025-06-19.txt'), 'utf8'));

/** A mutation of a real-looking extract: cut, duplicate, shuffle, inject noise. */
const mangled = fc
  .record({
    seed: fc.constantFrom(...seeds),
    ops: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.nat(400) }),
        fc.record({ kind: fc.constant('dup' as const), at: fc.nat(), len: fc.nat(300) }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 40 }) }),
        fc.record({ kind: fc.constant('join' as const) }),
        fc.record({ kind: fc.constant('shuffle' as const), n: fc.nat(50) }),
      ),
      { maxLength: 6 },
    ),
  })
  .map(({ seed, ops }) => {
    let t = seed;
    for (const op of ops) {
      const at = 'at' in op ? op.at % (t.length + 1) : 0;
      if (op.kind === 'cut') t = t.slice(0, at) + t.slice(at + op.len);
      else if (op.kind === 'dup') t = t.slice(0, at) + t.slice(at, at + op.len) + t.slice(at);
      else if (op.kind === 'insert') t = t.slice(0, at) + op.text + t.slice(at);
      else if (op.kind === 'join') t = t.replace(/\n/g, ' ');
      else {
        const lines = t.split('\n');
        for (let i = 0; i < op.n && lines.length > 1; i++) {
          const a = (i * 7919) % lines.length;
          const b = (i * 104729 + 3) % lines.length;
          [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        }
        t = lines.join('\n');
      }
    }
    return t;
  });

/**
 * Parses and checks one text: no crash, valid records, no rule failing, and no hang — the bound is on the CPU time this
 * process spent (not the wall clock, which a loaded machine stretches), far above what a linear pass takes.
 */
function runOnce(text: string): void {
  const started = process.cpuUsage();
  const parsed = parseText(text);
  const findings = checkDocument(parsed, { text });
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  ParsedDocument.parse(parsed);
  for (const f of findings) Finding.parse(f);
  expect(findings.filter((f) => f.code === 'RULE_FAILED')).toEqual([]);
  expect(ms).toBeLessThan(3000);
}

describe('parser robustness (property)', () => {
  it('mangled extracts: no crash, no hang, valid records', () => {
    fc.assert(fc.property(mangled, (t) => runOnce(t)), { numRuns: 250, seed: 20261129 });
  });

  it('arbitrary strings (any unicode): no crash, valid records', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (t) => runOnce(t)), { numRuns: 250, seed: 7 });
  });

  it('pathological inputs stay linear', () => {
    runOnce('Présents : ' + 'M. Jean DUPONT, '.repeat(5000));
    runOnce('('.repeat(20000));
    runOnce('POUR : 1 CONTRE : 2 '.repeat(5000));
    runOnce('a '.repeat(200000));
    runOnce('\n'.repeat(100000));
  });

  it('text that is not a deliberation is said so', () => {
    for (const t of [
      'Recette de la tarte aux pommes : étaler la pâte, disposer les pommes, cuire 35 minutes.',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.',
      'function main() { return 42; }',
      '',
    ]) {
      expect(analyseText(t).parsed.is_deliberation).toBe(false);
    }
  });
});
