/**
 * From scan to record: the métropole extract (63 present in 3 columns, 12
 * proxies) rendered as a text PDF, a clean 300-dpi image-only PDF and a
 * degraded one (0.7° skew, blur, noise, JPEG q60), parsed with analyse()
 * and compared with the truth written beside the source text.
 *
 * Done-when of issue 3: text PDF = text file; clean scan: counts, dates and
 * votes exact, present names and proxy pairs F1 ≥ 0.97; degraded scan:
 * counts exact, names F1 ≥ 0.93.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Extraction, ParsedDocument } from '../../src/domain/index.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { analyse } from '../../src/pipeline.ts';
import { FIXTURES, readExpected } from '../extract/helpers.ts';
import { f1 } from './helpers.ts';

const NAME = 'metropole-2025-06-19';
const truth = readExpected(NAME);
const ex = createExtractor({ ...loadConfig({}), ocrWorkers: 2 });
const got: Record<'txt' | 'textPdf' | 'clean' | 'degraded', Extraction> = {} as never;

beforeAll(async () => {
  const read = (rel: string) => readFileSync(path.join(FIXTURES, rel));
  got.txt = await ex.extract(read(`scan-sources/${NAME}.txt`), `${NAME}.txt`);
  got.textPdf = await ex.extract(read(`pdf/${NAME}.text.pdf`), `${NAME}.text.pdf`);
  got.clean = await ex.extract(read(`scans/${NAME}.clean.pdf`), `${NAME}.clean.pdf`);
  got.degraded = await ex.extract(read(`scans/${NAME}.degraded.pdf`), `${NAME}.degraded.pdf`);
}, 180_000);
afterAll(() => ex.close());

interface Summary {
  session_date: string | null;
  convocation_date: string | null;
  president: string | null;
  secretary: string | null;
  members_in_office: number | null;
  present: number | null;
  proxies: number | null;
  present_names: string[];
  proxies_list: string[];
  votes: { for: number | null; against: number | null; abstain: number | null; not_voting: number | null } | null;
}

function summary(p: ParsedDocument): Summary {
  const s = p.session;
  const v = p.deliberations[0]?.vote ?? null;
  return {
    session_date: s.date,
    convocation_date: s.convocation_date,
    president: s.president?.name ?? null,
    secretary: s.secretary?.name ?? null,
    members_in_office: s.declared.members_in_office?.value ?? null,
    present: s.declared.present?.value ?? null,
    proxies: s.declared.proxies?.value ?? null,
    present_names: (s.attendance.present ?? []).map((n) => n.name),
    proxies_list: s.attendance.proxies.map((x) => `${x.giver.name} → ${x.holder?.name ?? '?'}`),
    votes: v && { for: v.for, against: v.against, abstain: v.abstain, not_voting: v.not_voting },
  };
}

const parse = (e: Extraction) => summary(analyse(e).parsed);
const truthPairs = truth.proxies_list.map((p) => `${p.from} → ${p.to}`);
const pairF1 = (pairs: string[]) =>
  f1(truthPairs.map((p) => p.replace(' → ', ' TO ')), pairs.map((p) => p.replace(' → ', ' TO ')));

function expectCounts(s: Summary) {
  expect({ in_office: s.members_in_office, present: s.present, proxies: s.proxies }).toEqual({
    in_office: truth.members_in_office,
    present: truth.present,
    proxies: truth.proxies,
  });
}

describe(`${NAME}: records from every rendering`, () => {
  it('the source text parses to the truth (parser baseline)', () => {
    const s = parse(got.txt);
    expectCounts(s);
    expect([s.session_date, s.convocation_date]).toEqual([truth.session_date, truth.convocation_date]);
    expect(s.votes).toEqual(truth.votes);
    expect(f1(truth.present_names, s.present_names).f1).toBe(1);
    expect(pairF1(s.proxies_list).f1).toBe(1);
  });

  it('the text-layer PDF gives the same record as the text file', () => {
    expect(got.textPdf.pages.every((p) => p.method === 'pdf-text')).toBe(true);
    expect(parse(got.textPdf)).toEqual(parse(got.txt));
  });

  it('clean 300-dpi scan: counts, dates and votes exact; names and proxy pairs F1 ≥ 0.97', () => {
    expect(got.clean.pages.map((p) => p.method)).toEqual(['ocr', 'ocr']);
    const s = parse(got.clean);
    expectCounts(s);
    expect([s.session_date, s.convocation_date]).toEqual([truth.session_date, truth.convocation_date]);
    expect(s.votes).toEqual(truth.votes);
    const names = f1(truth.present_names, s.present_names);
    expect(names.f1, JSON.stringify({ missing: names.missing, extra: names.extra })).toBeGreaterThanOrEqual(0.97);
    const pairs = pairF1(s.proxies_list);
    expect(pairs.f1, JSON.stringify({ missing: pairs.missing, extra: pairs.extra })).toBeGreaterThanOrEqual(0.97);
  });

  it('degraded scan (0.7° skew, blur, noise, JPEG q60): counts exact, names F1 ≥ 0.93', () => {
    const s = parse(got.degraded);
    expectCounts(s);
    const names = f1(truth.present_names, s.present_names);
    expect(names.f1, JSON.stringify({ missing: names.missing, extra: names.extra })).toBeGreaterThanOrEqual(0.93);
    const pairs = pairF1(s.proxies_list);
    expect(pairs.f1, JSON.stringify({ missing: pairs.missing, extra: pairs.extra })).toBeGreaterThanOrEqual(0.93);
  });
});
