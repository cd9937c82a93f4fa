/** The finding a rule that throws leaves behind (document rules and session rules share it). */
import { describe, expect, it } from 'vitest';
import { ruleFailed } from '../../src/check/context.ts';
import { Finding } from '../../src/domain/index.ts';

describe('ruleFailed', () => {
  it('is a valid info finding naming the rule and the cause', () => {
    const f = ruleFailed('quorum', new TypeError('cannot read the date'));
    expect(Finding.parse(f)).toEqual(f);
    expect(f).toMatchObject({ code: 'RULE_FAILED', severity: 'info', rule: 'quorum', evidence: [], deliberation: null });
    expect(f.message).toBe('La règle « quorum » n’a pas pu s’appliquer : cannot read the date');
  });

  it('takes a thrown value that is not an Error', () => {
    expect(ruleFailed('tally', 'boom').message).toBe('La règle « tally » n’a pas pu s’appliquer : boom');
  });
});
