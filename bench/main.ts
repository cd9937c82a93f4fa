/**
 * npm run bench [-- --json | --md] [--only SECTION]… [--quick] [--store-records N] [--from FILE]
 *
 * Runs the benchmarks on generated or committed data (no network) and
 * prints a table, or with --json one object: `machine` (cores, CPU, Node,
 * date, load averages), `figures` ({name, value, unit, input, reference?,
 * ratio?}, each stating its input size) and `errors` (a section that
 * failed; the others still run, exit code 1). --md prints a Markdown table
 * (for the README); --from FILE renders a saved --json output instead of
 * running. --quick: tiny sizes for tests (parse, extract and ocr memory
 * only honour it; figures then say their small sizes). --store-records N:
 * records loaded for the store's search latency (default 50,000).
 *
 * Sections, in run order: parse, extract, accuracy, ocr, queue, store, http.
 * Redis (127.0.0.1:6379) and PostgreSQL (127.0.0.1:5432/test) are used by
 * queue and store under their own key prefix and schema, removed after.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAverage, machineHeader, treeCpuSeconds, type BenchFigure, type MachineHeader } from './figure.ts';
import { formatMarkdown, formatTable } from './format.ts';

export const SECTIONS = ['parse', 'extract', 'accuracy', 'ocr', 'queue', 'store', 'http'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOutput {
  machine: MachineHeader & {
    sections: Section[];
    /** Wall seconds per section. */
    seconds: Record<string, number>;
    /** CPU seconds per section, this process and its ended children (see treeCpuSeconds). */
    cpu_seconds: Record<string, number>;
    total_seconds?: number;
    total_cpu_seconds?: number;
    quick: boolean;
  };
  figures: BenchFigure[];
  errors: Array<{ section: Section; message: string }>;
}

const ROOT = path.resolve(import.meta.dirname, '..');
/**
 * Records loaded for the store's search latency (SQLite and PostgreSQL each).
 * The issue asks 100,000; half keeps `npm run bench` within 10 minutes on
 * 2 cores (the HTTP bench loads its own 100,000). --store-records overrides.
 */
const STORE_RECORDS = 50_000;

/** The parse memory check runs in a child process, alongside the timed parse runs (one core each). */
function parseMemoryInChild(count: number): Promise<BenchFigure[]> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(ROOT, 'bin/run-ts.js'), [path.join(ROOT, 'bench/parse-memory.ts'), String(count), '--json'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`parse memory check exited with ${code}`));
      try {
        resolve(JSON.parse(out) as BenchFigure[]);
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** Sections that keep both cores busy: the parse memory check must be over before they start. */
const BUSY: readonly Section[] = ['ocr', 'queue', 'store', 'http'];

async function runSection(section: Section, options: RunOptions): Promise<BenchFigure[]> {
  const { quick } = options;
  switch (section) {
    case 'parse': {
      const { benchParse, FULL_SIZES, QUICK_SIZES } = await import('./parse.ts');
      return benchParse({ sizes: { ...(quick ? QUICK_SIZES : FULL_SIZES), memory: 0 } });
    }
    case 'extract':
      return (await import('./extract.ts')).benchExtract({ quick });
    case 'accuracy':
      return (await import('./accuracy.ts')).benchAccuracy();
    case 'ocr': {
      const figures = quick ? [] : await (await import('./ocr.ts')).benchOcr();
      return [...figures, ...(await (await import('./ocr-memory.ts')).benchOcrMemory(quick ? 3 : 50))];
    }
    case 'queue':
      return (await import('./queue.ts')).benchQueue();
    case 'store':
      return (await import('./store.ts')).benchStore({ records: options.storeRecords });
    case 'http': {
      // bench/http.ts is optional: wired by its exported benchHttp() when the file is there
      if (!fs.existsSync(path.join(ROOT, 'bench/http.ts'))) throw new Error('bench/http.ts is not in this checkout');
      const mod = (await import(new URL('./http.ts', import.meta.url).href)) as { benchHttp?: () => Promise<BenchFigure[]> };
      if (typeof mod.benchHttp !== 'function') throw new Error('bench/http.ts exports no benchHttp()');
      return mod.benchHttp();
    }
  }
}

/**
 * Runs the sections in order. The parse memory check (100,000 documents,
 * the longest single-core part) runs in a child process from the start,
 * beside parse, extract and accuracy (one core each on two cores), and is
 * awaited before the sections that use both cores.
 */
export interface RunOptions {
  quick: boolean;
  storeRecords: number;
}

export async function runBench(sections: Section[], options: RunOptions, log: (s: string) => void): Promise<BenchOutput> {
  const { quick } = options;
  const started = performance.now();
  const cpu0 = treeCpuSeconds();
  const out: BenchOutput = { machine: { ...machineHeader(), sections, seconds: {}, cpu_seconds: {}, quick }, figures: [], errors: [] };
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const bySection = new Map<Section, BenchFigure[]>();
  const fail = (section: Section, e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    out.errors.push({ section, message });
    log(`bench: ${section} failed: ${message}`);
  };
  let memory: Promise<void> | null = null;
  if (sections.includes('parse')) {
    const { FULL_SIZES, QUICK_SIZES } = await import('./parse.ts');
    const count = (quick ? QUICK_SIZES : FULL_SIZES).memory;
    const t0 = performance.now();
    log(`bench: parse memory check (${count} documents) started in a child process`);
    memory = parseMemoryInChild(count).then(
      (figures) => {
        bySection.set('parse', [...(bySection.get('parse') ?? []), ...figures]);
        out.machine.seconds['parse memory check (child process)'] = r1((performance.now() - t0) / 1000);
        log('bench: parse memory check done');
      },
      (e) => fail('parse', e),
    );
  }
  for (const section of SECTIONS.filter((s) => sections.includes(s))) {
    if (memory && BUSY.includes(section)) {
      log('bench: waiting for the parse memory check');
      await memory;
      memory = null;
    }
    log(`bench: ${section}…`);
    const t0 = performance.now();
    const c0 = treeCpuSeconds();
    try {
      bySection.set(section, [...(await runSection(section, options)), ...(bySection.get(section) ?? [])]);
    } catch (e) {
      fail(section, e);
    }
    const seconds = r1((performance.now() - t0) / 1000);
    out.machine.seconds[section] = seconds;
    out.machine.cpu_seconds[section] = r1(treeCpuSeconds() - c0);
    log(`bench: ${section} done in ${seconds} s (${out.machine.cpu_seconds[section]} CPU s)`);
  }
  await memory;
  out.figures = SECTIONS.flatMap((s) => bySection.get(s) ?? []);
  out.machine.load_end = loadAverage();
  out.machine.total_seconds = Math.round((performance.now() - started) / 1000);
  out.machine.total_cpu_seconds = Math.round(treeCpuSeconds() - cpu0);
  return out;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { json: { type: 'boolean' }, md: { type: 'boolean' }, only: { type: 'string', multiple: true }, quick: { type: 'boolean' }, from: { type: 'string' }, 'store-records': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`usage: npm run bench [-- --json | --md] [--only ${SECTIONS.join('|')}]… [--quick] [--store-records N] [--from FILE]\n`);
    return 0;
  }
  const only = (values.only ?? []).flatMap((s) => s.split(','));
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) {
    process.stderr.write(`bench: unknown section ${unknown.join(', ')} (known: ${SECTIONS.join(', ')})\n`);
    return 2;
  }
  const storeRecords = Number(values['store-records'] ?? STORE_RECORDS);
  if (!Number.isInteger(storeRecords) || storeRecords < 10 || storeRecords % 10 !== 0) {
    process.stderr.write('bench: --store-records takes a multiple of 10 (10 records per document)\n');
    return 2;
  }
  const out: BenchOutput = values.from
    ? (JSON.parse(fs.readFileSync(values.from, 'utf8')) as BenchOutput)
    : await runBench(only.length ? (only as Section[]) : [...SECTIONS], { quick: !!values.quick, storeRecords }, (s) => process.stderr.write(`${s}\n`));
  if (values.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else if (values.md) process.stdout.write(formatMarkdown(out));
  else process.stdout.write(formatTable(out));
  return out.errors.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  // exit explicitly: a client library's idle handle must not keep the run alive
  process.exit(await main());
}
