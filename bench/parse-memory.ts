/**
 * Memory check of parse + check: `count` distinct generated documents
 * (small ones, 1–2 KB, so that 100,000 fit in the bench's time) through
 * `parseAndCheck` in this process. The first 10 % warm up (JIT, caches,
 * heap sizing); then RSS is read after a full GC at every tenth of the run.
 * One reading moves with what the allocator happens to keep on a loaded
 * machine (±15 % seen), so the figures compare medians: the first three
 * readings after the warm-up against the last three. Flat means within 10 %.
 *
 * bench/main.ts runs it as a child process beside the timed parse runs:
 *   node bin/run-ts.js bench/parse-memory.ts [COUNT] [--json]
 */
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { corpusSize, generateExtract } from './generate-extracts.ts';
import { loadNote, rssMb, type BenchFigure } from './figure.ts';
import { parseAndCheck } from './parse-check.ts';

/** A full GC when the flag can be set at run time (it can on Node 20); otherwise nothing. */
function fullGc(): void {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as (() => void) | undefined;
    gc?.();
  } catch {
    /* measure without it */
  }
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export function benchMemory(count: number, load: () => string): BenchFigure[] {
  const warm = Math.max(1, Math.floor(count / 10));
  const batch = Math.min(500, warm);
  let rssWarm = 0;
  let heapWarm = 0;
  let bytes = 0;
  let maxSampled = 0;
  const readings: number[] = [];
  const tenth = Math.max(batch, Math.floor(count / 10));
  let nextReading = warm + tenth;
  const started = performance.now();
  for (let from = 0; from < count; from += batch) {
    const n = Math.min(batch, count - from);
    const docs = Array.from({ length: n }, (_, k) => {
      const seed = 90_000_000 + from + k;
      return generateExtract(seed, { targetBytes: corpusSize(seed, 1024, 2 * 1024) }).text;
    });
    for (const text of docs) {
      parseAndCheck(text);
      bytes += Buffer.byteLength(text);
    }
    const done = from + n;
    if (done >= warm && rssWarm === 0) {
      fullGc();
      rssWarm = rssMb();
      heapWarm = process.memoryUsage().heapUsed / 2 ** 20;
      readings.push(rssWarm);
    } else if (rssWarm > 0) {
      maxSampled = Math.max(maxSampled, rssMb());
      if (done >= nextReading && done < count) {
        fullGc();
        readings.push(rssMb());
        nextReading += tenth;
      }
    }
  }
  fullGc();
  const rssEnd = rssMb();
  readings.push(rssEnd);
  const heapEnd = process.memoryUsage().heapUsed / 2 ** 20;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const first = median(readings.slice(0, 3));
  const last = median(readings.slice(-3));
  const growth = ((last - first) / first) * 100;
  const input = `${count} distinct generated extracts of 1–2 KB (${(bytes / 1e6).toFixed(0)} MB) parsed and checked in one process in ${((performance.now() - started) / 1000).toFixed(0)} s; warm-up ${warm} documents; RSS after a full GC at every tenth (${readings.map((r) => r.toFixed(0)).join(', ')} MB); ${load()}`;
  return [
    { name: 'parse.memory.rss_after_warmup_mb', value: r1(rssWarm), unit: 'MB', input },
    { name: 'parse.memory.rss_end_mb', value: r1(rssEnd), unit: 'MB', reference: r1(rssWarm), ratio: Math.round((rssEnd / rssWarm) * 1000) / 1000, input },
    { name: 'parse.memory.rss_growth_pct', value: r1(growth), unit: '%', reference: 10, ratio: Math.round((growth / 10) * 1000) / 1000, input: `${input}; median of the last three readings against the first three (${last.toFixed(0)} vs ${first.toFixed(0)} MB); target ≤ 10 %` },
    { name: 'parse.memory.rss_max_sampled_mb', value: r1(Math.max(maxSampled, rssEnd)), unit: 'MB', input: `${input}; highest RSS read after a batch of ${batch}, without forcing GC` },
    { name: 'parse.memory.heap_used_growth_mb', value: r1(heapEnd - heapWarm), unit: 'MB', input: `${input}; V8 heap used after a full GC, end minus after warm-up` },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
  const figures = benchMemory(count, loadNote);
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures));
  else for (const f of figures) console.log(JSON.stringify(f));
}
