/**
 * Every rule has a fixture that triggers it and documents that must not
 * (fixtures/rules, built by fixtures/rules/build.ts from one clean session).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedDocument, Finding } from '../../src/domain/index.ts';
import { render, CASES } from '../../fixtures/rules/build.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { analyseText } from '../helpers/analyse-text.ts';

const dir = path.join(FIXTURES, 'rules');

describe('rule fixtures', () => {
  it('the committed fixture files are the rendered cases', () => {
    for (const c of CASES) expect(fs.readFileSync(path.join(dir, `${c.name}.txt`), 'utf8')).toBe(render(c.spec));
  });

  for (const c of CASES) {
    it(`${c.name}: ${c.code ? `reports ${c.code}` : 'reports no error'}`, () => {
      const { parsed, findings } = analyseText(fs.readFileSync(path.join(dir, `${c.name}.txt`), 'utf8'), `${c.name}.txt`);
      expect(() => ParsedDocument.parse(parsed)).not.toThrow();
      for (const f of findings) {
        expect(() => Finding.parse(f)).not.toThrow();
        expect(f.evidence.length, `${f.code} has evidence`).toBeGreaterThan(0);
        expect(f.message).toMatch(/[a-zé]/);
      }
      const codes = findings.map((f) => f.code);
      if (c.code) expect(codes).toContain(c.code);
      else expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.code}: ${f.message}`)).toEqual([]);
    });
  }

  it('every corpus finding code has a triggering fixture', () => {
    const required = [
      'PRESENT_COUNT_MISMATCH', 'PROXY_COUNT_MISMATCH', 'VOTERS_MISMATCH', 'TALLY_MISMATCH', 'UNANIMITY_CONTRADICTED',
      'ATTENDANCE_INCOMPLETE', 'COUNT_EXCEEDS_OFFICE', 'QUORUM_NOT_MET', 'PROXY_GIVER_PRESENT', 'PROXY_HOLDER_ABSENT',
      'PROXY_LIMIT_EXCEEDED', 'DUPLICATE_MEMBER', 'CONVOCATION_LATE', 'DATE_CONFLICT', 'PRESIDENT_NOT_PRESENT',
      'SECRETARY_NOT_PRESENT', 'AMOUNT_SUM_MISMATCH',
    ];
    expect(required.filter((r) => !CASES.some((c) => c.code === r))).toEqual([]);
  });
});
