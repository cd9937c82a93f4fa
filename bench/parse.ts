/**
 * Parse + check benchmark (wired by bench/main.ts) over generated extracts
 * (bench/generate-extracts.ts, seeded), on one thread, exactly the stage
 * `analyse` of src/pipeline.ts runs: the page text joined as
 * `documentText` does, `parseText`, then `checkDocument`.
 * - the corpus: 10,000 extracts of 1–50 KB, every layout the generator
 *   knows: docs/s in CPU time and wall time, MB/s, per-document p50/p95,
 *   peak RSS, and how many came out with an error finding (the generator
 *   writes consistent documents, so each one is a parser miss);
 * - 5 KB extracts: docs/s per core against the target of 2,000;
 * - linearity: the same documents with 1×, 10× and 100× the names;
 * - memory: 100,000 documents in this process, RSS after warm-up vs at the end.
 * Generation happens outside the timed loops.
 *
 * Runnable alone: node bin/run-ts.js bench/parse.ts [--quick]
 */
import path from 'node:path';
import { parseText } from '../src/parse/index.ts';

import { parseAndCheck } from './parse-check.ts';
import { benchMemory } from './parse-memory.ts';
import { corpusExtract, generateExtract, type GeneratedExtract } from './generate-extracts.ts';
import { loadNote, type BenchFigure } from './figure.ts';

export interface ParseBenchSizes {
  corpus: number;
  fiveKb: number;
  /** Documents per scale in the linearity runs. */
  linearity: number;
  memory: number;
  /** Documents parsed before any timing (JIT). */
  warmUp: number;
}

export const FULL_SIZES: ParseBenchSizes = { corpus: 10_000, fiveKb: 1_000, linearity: 60, memory: 100_000, warmUp: 150 };
export const QUICK_SIZES: ParseBenchSizes = { corpus: 30, fiveKb: 10, linearity: 2, memory: 200, warmUp: 10 };

const SEED = 8;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Timing {
  docs: number;
  bytes: number;
  cpuMs: number;
  wallMs: number;
  perDocMs: number[];
  withErrors: number;
}

/** Times parse+check over documents produced in batches (generation not timed). */
function timeDocs(count: number, make: (i: number) => GeneratedExtract, batch = 200): Timing {
  const t: Timing = { docs: 0, bytes: 0, cpuMs: 0, wallMs: 0, perDocMs: [], withErrors: 0 };
  for (let from = 0; from < count; from += batch) {
    const docs = Array.from({ length: Math.min(batch, count - from) }, (_, k) => make(from + k));
    const c0 = cpuNow();
    const w0 = performance.now();
    for (const d of docs) {
      const s = performance.now();
      if (parseAndCheck(d.text) > 0) t.withErrors++;
      t.perDocMs.push(performance.now() - s);
    }
    t.wallMs += performance.now() - w0;
    t.cpuMs += cpuNow() - c0;
    t.docs += docs.length;
    t.bytes += docs.reduce((a, d) => a + d.bytes, 0);
  }
  return t;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

function warmUp(count: number): void {
  for (let i = 0; i < count; i++) parseAndCheck(corpusExtract(SEED + 1, i).text);
}

function corpusFigures(sizes: ParseBenchSizes, load: () => string): BenchFigure[] {
  const t = timeDocs(sizes.corpus, (i) => corpusExtract(SEED, i));
  const mb = t.bytes / 1e6;
  const input = `${t.docs} generated extracts, 1–50 KB log-uniform (mean ${(t.bytes / t.docs / 1024).toFixed(1)} KB, ${mb.toFixed(1)} MB), 8 list × 7 count × 7 proxy × 5 heading × 6 vote layouts; one thread; ${load()}`;
  const cpuS = t.cpuMs / 1000;
  const wallS = t.wallMs / 1000;
  return [
    { name: 'parse.corpus.docs_per_sec_cpu', value: Math.round(t.docs / cpuS), unit: 'docs/CPU s', input },
    { name: 'parse.corpus.docs_per_sec_wall', value: Math.round(t.docs / wallS), unit: 'docs/s', input },
    { name: 'parse.corpus.mb_per_sec_cpu', value: r3(mb / cpuS), unit: 'MB/CPU s', input },
    { name: 'parse.corpus.mb_per_sec_wall', value: r3(mb / wallS), unit: 'MB/s', input },
    { name: 'parse.corpus.p50_ms_per_doc', value: r3(quantile(t.perDocMs, 0.5)), unit: 'ms', input },
    { name: 'parse.corpus.p95_ms_per_doc', value: r3(quantile(t.perDocMs, 0.95)), unit: 'ms', input },
    { name: 'parse.corpus.docs_with_error_finding', value: t.withErrors, unit: `docs of ${t.docs}`, reference: 0, input: `${input}; the generator writes consistent counts, lists and votes: each is a parser miss` },
    { name: 'parse.corpus.peak_rss_mb', value: Math.round(process.resourceUsage().maxRSS / 1024), unit: 'MB', input: `${input}; peak RSS of the bench process so far (documents generated 200 at a time)` },
  ];
}

function fiveKbFigures(sizes: ParseBenchSizes, load: () => string): BenchFigure[] {
  const t = timeDocs(sizes.fiveKb, (i) => generateExtract(SEED * 1_000_003 + 500_000 + i, { targetBytes: 4800 }));
  const input = `${t.docs} generated extracts of ${(t.bytes / t.docs / 1024).toFixed(2)} KB on average (all layouts), one thread; ${load()}; target ≥ 2,000 docs/s per core`;
  const cpu = Math.round(t.docs / (t.cpuMs / 1000));
  const wall = Math.round(t.docs / (t.wallMs / 1000));
  return [
    { name: 'parse.5kb.docs_per_sec_cpu', value: cpu, unit: 'docs/CPU s', reference: 2000, ratio: r3(cpu / 2000), input },
    { name: 'parse.5kb.docs_per_sec_wall', value: wall, unit: 'docs/s', reference: 2000, ratio: r3(wall / 2000), input },
  ];
}

/**
 * The same documents (same seed: same layout, dates, items) with 3, 30 and
 * 300 members; the 300-name header stays under the parser's 8,000-character
 * header window so every name is read. Linear growth keeps the marginal
 * time per name flat: (t100 − t10)/270 ≈ (t10 − t1)/27.
 */
function linearityFigures(sizes: ParseBenchSizes, load: () => string): BenchFigure[] {
  const base = 3;
  const seeds = Array.from({ length: sizes.linearity }, (_, i) => SEED * 1_000_003 + 800_000 + i);
  const ms: number[] = [];
  const bytes: number[] = [];
  const complete: number[] = [];
  for (const scale of [1, 10, 100]) {
    const docs = seeds.map((s) => generateExtract(s, { names: base * scale, items: 2, layout: { list: 'comma-civ', proxy: 'a' } }));
    // outside the timing: every present member must be read, or the parser did less work than asked
    const expected = (d: GeneratedExtract) => d.names - 2 * Math.max(1, Math.floor(d.names / 10));
    complete.push(docs.filter((d) => parseText(d.text).session.attendance.present?.length === expected(d)).length);
    const reps = Math.max(1, Math.round(20 / scale));
    const t = timeDocs(docs.length * reps, (i) => docs[i % docs.length]!);
    ms.push(t.cpuMs / t.docs);
    bytes.push(t.bytes / t.docs);
  }
  const [t1, t10, t100] = ms as [number, number, number];
  const input = `${seeds.length} generated extracts (2 items each, same layouts) with ${base}, ${base * 10} and ${base * 100} members: ${bytes.map((b) => `${(b / 1024).toFixed(1)} KB`).join(', ')} on average; present lists read in full: ${complete.map((c) => `${c}/${seeds.length}`).join(', ')}; CPU time; ${load()}`;
  return [
    { name: 'parse.linearity.1x.ms_per_doc', value: r3(t1), unit: 'CPU ms', input },
    { name: 'parse.linearity.10x.ms_per_doc', value: r3(t10), unit: 'CPU ms', input },
    { name: 'parse.linearity.100x.ms_per_doc', value: r3(t100), unit: 'CPU ms', input },
    { name: 'parse.linearity.per_name_100x_vs_10x', value: r3(t100 / 300 / (t10 / 30)), unit: 'ratio', reference: 1, ratio: r3(t100 / 300 / (t10 / 30)), input: `${input}; time per name at 100× over time per name at 10× (fixed costs make it < 1; quadratic growth would give ~10)` },
    { name: 'parse.linearity.marginal_per_name_ratio', value: r3((t100 - t10) / 270 / ((t10 - t1) / 27)), unit: 'ratio', reference: 1, ratio: r3((t100 - t10) / 270 / ((t10 - t1) / 27)), input: `${input}; cost of each added name from 10× to 100× over the cost of each added name from 1× to 10× (linear: ~1)` },
  ];
}

export async function benchParse(options: { quick?: boolean; sizes?: ParseBenchSizes } = {}): Promise<BenchFigure[]> {
  const sizes = options.sizes ?? (options.quick ? QUICK_SIZES : FULL_SIZES);
  const load = loadNote;
  warmUp(sizes.warmUp);
  return [
    ...corpusFigures(sizes, load),
    ...fiveKbFigures(sizes, load),
    ...linearityFigures(sizes, load),
    ...(sizes.memory > 0 ? benchMemory(sizes.memory, load) : []),

  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const f of await benchParse({ quick: process.argv.includes('--quick') })) console.log(JSON.stringify(f));
}
