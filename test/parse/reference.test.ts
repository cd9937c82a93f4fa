/**
 * The reference layout (métropole extract with a 3-column member list, a
 * proxy list and a SCRUTIN block) parses exactly: the project's own invented
 * fixture always, and the shared corpus' reference extract when this machine
 * has it (its text may not be copied into the repository).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/domain/index.ts';
import { nameKey } from '../../src/eval/compare.ts';
import { analyseText } from '../helpers/analyse-text.ts';
import { FIXTURES, sharedCorpus } from '../helpers/paths.ts';

interface Truth {
  session_date: string;
  convocation_date: string;
  president: string;
  secretary: string;
  members_in_office: number;
  present: number;
  proxies: number;
  present_names: string[];
  proxies_list: Array<{ from: string; to: string }>;
  amounts_eur: number[];
  votes: { for: number; against: number; abstain: number; not_voting: number };
  subject?: string;
}

function expectExact(text: string, truth: Truth, proxiesInVote: number) {
  const { parsed, findings, summary } = analyseText(text);
  expect(() => ParsedDocument.parse(parsed)).not.toThrow();
  expect(summary.session_date).toBe(truth.session_date);
  expect(summary.convocation_date).toBe(truth.convocation_date);
  expect(summary.president).toBe(truth.president);
  expect(summary.secretary).toBe(truth.secretary);
  expect(summary.members_in_office).toBe(truth.members_in_office);
  expect(summary.present).toBe(truth.present);
  expect(summary.proxies).toBe(truth.proxies);
  expect(summary.present_names).toEqual(truth.present_names);
  expect(summary.proxies_list?.map((p) => `${nameKey(p.from)}>${nameKey(p.to ?? '')}`)).toEqual(truth.proxies_list.map((p) => `${nameKey(p.from)}>${nameKey(p.to)}`));
  expect(summary.votes).toEqual(truth.votes);
  expect(parsed.deliberations[0]!.vote!.proxies_included).toBe(proxiesInVote);
  expect([...new Set(truth.amounts_eur)].every((a) => summary.amounts_eur.includes(a))).toBe(true);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  // every field keeps where it was read
  expect(parsed.session.spans.date).toBeDefined();
  expect(parsed.session.attendance.present!.every((p) => p.span.start >= 1 && p.written.includes(p.name.split(' ').pop()!))).toBe(true);
  return { parsed, summary };
}

describe('reference layout', () => {
  it("the project's métropole fixture parses exactly", () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'scan-sources/metropole-2025-06-19.txt'), 'utf8');
    const truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'scan-sources/metropole-2025-06-19.expected.json'), 'utf8')) as Truth & { vote_proxies_included: number };
    const { summary } = expectExact(text, truth, truth.vote_proxies_included);
    expect(summary.present_names).toHaveLength(63);
    expect(summary.proxies_list).toHaveLength(12);
  });

  const corpus = sharedCorpus();
  it.skipIf(!corpus)('the shared corpus reference extract (000) parses exactly', () => {
    const base = fs.readdirSync(corpus!).find((f) => f.startsWith('000-') && f.endsWith('.txt'))!;
    const text = fs.readFileSync(path.join(corpus!, base), 'utf8');
    const label = JSON.parse(fs.readFileSync(path.join(corpus!, base.replace('.txt', '.json')), 'utf8')) as Truth;
    const { parsed, summary } = expectExact(text, label, 17);
    expect(summary).toMatchObject({ members_in_office: 86, present: 69, proxies: 17, voters: 86, session_date: '2024-03-28', convocation_date: '2024-03-19', president: 'REBSAMEN', secretary: 'MONTEIRO' });
    expect(summary.present_names).toHaveLength(69);
    expect(summary.proxies_list).toHaveLength(17);
    expect(summary.amounts_eur).toEqual([665000, 700000, 332500]);
    expect(summary.subject).toBe(label.subject);
    expect(parsed.deliberations[0]!.decisions.map((d) => d.verb)).toEqual(['autoriser', 'approuver', 'prélever']);
  });
});
