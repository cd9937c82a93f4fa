/**
 * Queue benchmark (wired by bench/main.ts), against the local Redis under a
 * random prefix `registre-bench-…` (its keys deleted after, nothing else
 * touched) and SQLite in temporary directories:
 * - text documents per second: in-process (`ingestBytes`, concurrency 2)
 *   vs through BullMQ with 1 and 2 worker processes (`registre worker`);
 *   the per-document queue overhead is the difference per document between
 *   1 worker process and in-process, in wall time and in CPU time of our
 *   processes (target < 5 ms; CPU is the steadier figure on a shared machine);
 * - seconds per page on scans (each page an `ocr` job): in-process (one
 *   process, 2 tesseract workers) vs 1 and 2 worker processes of one
 *   tesseract worker each (target: 2 processes ≥ 1.8× one). Measured twice:
 *   with the processes free to use every core, and with each worker process
 *   pinned to a core of its own (taskset; its pdftoppm children inherit the
 *   core). Unpinned, one worker process already keeps ~1.15 cores busy
 *   (pages render in pdftoppm and the main thread hands pages around while
 *   its tesseract thread reads), so on 2 cores the second process can only
 *   add what is left; pinned, the figure is the scaling of the design: one
 *   worker per core, as with `cpus: 1` per worker container.
 * Throughput counts from the first enqueue to the last document stored.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config.ts';
import { createExtractor } from '../src/extract/index.ts';
import { contentHash } from '../src/pipeline.ts';
import { connectProducer } from '../src/queue/connection.ts';
import { followDocuments } from '../src/queue/follow.ts';
import { enqueueBytes } from '../src/queue/producer.ts';
import { closeQueues, openQueues } from '../src/queue/queues.ts';
import { ingestBytes, mapBounded } from '../src/store/ingest.ts';
import { openSqliteStore } from '../src/store/open-store.ts';
import type { BenchFigure } from './figure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TEXT_DOCS = 300;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

interface Doc {
  file: string;
  bytes: Buffer;
}

/** `n` distinct documents from the text fixtures: trailing whitespace makes new bytes, same text. */
function textDocs(n: number): Doc[] {
  const dirs = ['store', 'rules', 'scan-sources'];
  const base = dirs.flatMap((d) =>
    fs
      .readdirSync(path.join(ROOT, 'fixtures', d))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join('fixtures', d, f)),
  );
  return Array.from({ length: n }, (_, i) => {
    const file = base[i % base.length]!;
    const tail = (Math.floor(i / base.length) + 1).toString(2).replace(/0/g, ' ').replace(/1/g, '\n');
    return { file: `${file}#${i}`, bytes: Buffer.concat([fs.readFileSync(path.join(ROOT, file)), Buffer.from('\n' + tail)]) };
  });
}

/** Scans of 2 pages each; a copy with bytes appended (after %%EOF, after the TIFF's last IFD) is another document with the same pages. */
function scanDocs(): { docs: Doc[]; pages: number; warmup: Doc[] } {
  const read = (f: string) => fs.readFileSync(path.join(ROOT, 'fixtures/scans', f));
  const clean = read('metropole-2025-06-19.clean.pdf');
  const degraded = read('metropole-2025-06-19.degraded.pdf');
  const tif = read('commune-2025-01-14.tif');
  const copy = (b: Buffer) => Buffer.concat([b, Buffer.from('\n% bench copy\n')]);
  const docs = [
    { file: 'metropole-2025-06-19.clean.pdf', bytes: clean },
    { file: 'metropole-2025-06-19.degraded.pdf', bytes: degraded },
    { file: 'commune-2025-01-14.tif', bytes: tif },
    { file: 'metropole-2025-06-19.clean.pdf#copy', bytes: copy(clean) },
    { file: 'metropole-2025-06-19.degraded.pdf#copy', bytes: copy(degraded) },
    { file: 'commune-2025-01-14.tif#copy', bytes: copy(tif) },
  ];
  const warmup = [
    { file: 'commune-2025-01-14.p1.png', bytes: read('commune-2025-01-14.p1.png') },
    { file: 'commune-2025-01-14.p1.degraded.jpg', bytes: read('commune-2025-01-14.p1.degraded.jpg') },
  ];
  return { docs, pages: 12, warmup };
}

function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `registre-bench-queue-${tag}-`));
}

interface Run {
  /** Wall seconds from the first document in to the last one stored. */
  seconds: number;
  /** CPU milliseconds spent by our processes (Redis not counted: it is shared). */
  cpuMs: number;
  /** Of which the worker processes. */
  workerCpuMs: number;
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const CLOCK_TICK_MS = 10; // USER_HZ = 100 on Linux
/** CPU time of another process so far, from /proc (Linux). */
function procCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
}

/** In-process: the `registre ingest` path (extract → analyse → original → upsert), concurrency 2. */
async function inProcess(docs: Doc[], ocrWorkers: number, warmup: Doc[] = []): Promise<Run> {
  const dir = tempDir('inproc');
  const config = loadConfig({ REGISTRE_DATA_DIR: dir, REGISTRE_OCR_WORKERS: String(ocrWorkers) });
  const store = openSqliteStore(config.sqlitePath);
  const extractor = createExtractor(config);
  const deps = { store, extract: extractor.extract.bind(extractor), dataDir: dir, actor: 'bench' };
  try {
    await mapBounded(warmup, config.concurrency, (d) => ingestBytes(deps, d.bytes, d.file));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await mapBounded(docs, config.concurrency, (d) => ingestBytes(deps, d.bytes, d.file));
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuMs(process.cpuUsage(c0)); // OCR threads are in this process too
    if (out.some((o) => o.outcome !== 'created')) throw new Error('in-process bench: a document was not created');
    return { seconds, cpuMs: cpu, workerCpuMs: cpu };
  } finally {
    await extractor.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const canPin = process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;

function startWorker(env: Record<string, string>, core?: number): { child: ChildProcess; ready: Promise<void>; exited: Promise<void>; err: () => string } {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRE_') && k !== 'DATABASE_URL'));
  const argv = [process.execPath, path.join(ROOT, 'bin/registre.js'), 'worker'];
  // taskset execs node: the child's pid is the worker's, so /proc CPU times still apply.
  const [cmd, ...args] = core === undefined ? argv : ['taskset', '-c', String(core % os.availableParallelism()), ...argv];
  const child = spawn(cmd!, args, { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d) => {
      err += d;
      if (/worker \d+: stages/.test(err)) resolve();
    });
    child.once('exit', () => reject(new Error(`worker exited early:\n${err}`)));
  });
  ready.catch(() => {});
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, ready, exited, err: () => err };
}

/** From the first enqueue to the last document stored, with `workers` worker processes. */
async function throughQueue(docs: Doc[], workers: number, extraEnv: Record<string, string>, warmup: Doc[] = [], pin = false): Promise<Run> {
  const prefix = `registre-bench-${Math.random().toString(36).slice(2, 10)}`;
  const dir = tempDir(`${workers}w`);
  const env = { REGISTRE_QUEUE_PREFIX: prefix, REGISTRE_DATA_DIR: dir, ...extraEnv };
  const config = loadConfig({ ...env, REDIS_URL: process.env.REDIS_URL });
  const procs = Array.from({ length: workers }, (_, i) => startWorker({ ...env, ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) }, pin ? i : undefined));
  const redis = await connectProducer(config);
  const queues = openQueues(config, redis);
  const deps = { queues, dataDir: dir, actor: 'bench' };
  const run = async (batch: Doc[]) => {
    const refs = batch.map((d) => ({ id: contentHash(d.bytes), file: d.file }));
    const following = followDocuments(config, queues, refs, { timeoutMs: 600_000 });
    await mapBounded(batch, 8, (d) => enqueueBytes(deps, d.bytes, d.file)); // as `registre enqueue` does
    const r = await following;
    if (r.pending.length > 0 || r.done.some((o) => !o.ok)) throw new Error(`queue bench: ${r.pending.length} pending, failed: ${r.done.filter((o) => !o.ok).map((o) => `${o.file}: ${o.error}`)}`);
  };
  try {
    await Promise.all(procs.map((p) => p.ready));
    if (warmup.length > 0) await run(warmup);
    await new Promise((r) => setTimeout(r, 300));
    const w0 = procs.reduce((a, p) => a + procCpuMs(p.child.pid!), 0);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run(docs);
    const seconds = (performance.now() - t0) / 1000;
    const producer = cpuMs(process.cpuUsage(c0)); // enqueue (original stored, job added) and following
    const worker = procs.reduce((a, p) => a + procCpuMs(p.child.pid!), 0) - w0;
    return { seconds, cpuMs: producer + worker, workerCpuMs: worker };
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\nworkers said:\n${procs.map((p) => p.err()).join('\n')}`);
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    await closeQueues(queues);
    redis.disconnect();
    await deletePrefix(prefix);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function deletePrefix(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function benchQueue(parts: ReadonlyArray<'text' | 'scan'> = ['text', 'scan']): Promise<BenchFigure[]> {
  const load = `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores at start`;
  const figures: BenchFigure[] = [];
  if (parts.includes('text')) figures.push(...(await benchText(load)));
  if (parts.includes('scan')) figures.push(...(await benchScans(load)));
  return figures;
}

async function benchText(load: string): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];

  const text = textDocs(TEXT_DOCS);
  const textInput = `${TEXT_DOCS} text extracts (fixtures store, rules, scan-sources; distinct bytes), SQLite, concurrency 2 per process; ${load}`;
  const warm = textDocs(20).map((d) => ({ ...d, bytes: Buffer.concat([d.bytes, Buffer.from('\t')]) }));
  const sIn = await inProcess(text, 1, warm);
  const s1 = await throughQueue(text, 1, { REGISTRE_OCR_WORKERS: '1' }, warm);
  const s2 = await throughQueue(text, 2, { REGISTRE_OCR_WORKERS: '1' }, warm);
  const dps = (r: Run) => r3(TEXT_DOCS / r.seconds);
  figures.push({ name: 'queue.text.inprocess.docs_per_sec', value: dps(sIn), unit: 'docs/s', input: textInput });
  figures.push({ name: 'queue.text.1worker.docs_per_sec', value: dps(s1), unit: 'docs/s', reference: dps(sIn), ratio: r3(sIn.seconds / s1.seconds), input: textInput });
  figures.push({ name: 'queue.text.2workers.docs_per_sec', value: dps(s2), unit: 'docs/s', reference: dps(s1), ratio: r3(s1.seconds / s2.seconds), input: textInput });
  const wall = ((s1.seconds - sIn.seconds) / TEXT_DOCS) * 1000;
  figures.push({ name: 'queue.text.overhead_wall_ms_per_doc', value: r3(wall), unit: 'ms/doc', reference: 5, ratio: r3(wall / 5), input: `${textInput}; wall time per document, 1 worker process minus in-process; target < 5 ms` });
  const cpu = (s1.cpuMs - sIn.cpuMs) / TEXT_DOCS;
  const perDoc = (ms: number) => r3(ms / TEXT_DOCS);
  figures.push({ name: 'queue.text.1worker.worker_cpu_ms_per_doc', value: perDoc(s1.workerCpuMs), unit: 'CPU ms/doc', reference: perDoc(sIn.cpuMs), ratio: r3(s1.workerCpuMs / sIn.cpuMs), input: `${textInput}; the worker process alone (reference: the whole in-process run, which also stores the originals)` });
  figures.push({ name: 'queue.text.1worker.producer_cpu_ms_per_doc', value: perDoc(s1.cpuMs - s1.workerCpuMs), unit: 'CPU ms/doc', input: `${textInput}; enqueue (original stored, job added, 8 at once) and following the outcomes` });
  figures.push({ name: 'queue.text.overhead_cpu_ms_per_doc', value: r3(cpu), unit: 'ms/doc', reference: 5, ratio: r3(cpu / 5), input: `${textInput}; CPU per document of producer + follower + 1 worker process minus in-process (Redis's own CPU not counted); target < 5 ms` });

  return figures;
}

async function benchScans(load: string): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const scans = scanDocs();
  const scanInput = `${scans.docs.length} scans, ${scans.pages} A4 pages at 300 dpi (fixtures/scans: 2 PDFs and a TIFF, each twice), after a 2-page warm-up; ${load}`;
  const rIn = await inProcess(scans.docs, 2, scans.warmup);
  const r1 = await throughQueue(scans.docs, 1, { REGISTRE_OCR_WORKERS: '1' }, scans.warmup);
  const r2 = await throughQueue(scans.docs, 2, { REGISTRE_OCR_WORKERS: '1' }, scans.warmup);
  const pinned = canPin
    ? { p1: await throughQueue(scans.docs, 1, { REGISTRE_OCR_WORKERS: '1' }, scans.warmup, true), p2: await throughQueue(scans.docs, 2, { REGISTRE_OCR_WORKERS: '1' }, scans.warmup, true) }
    : null;
  const perPage = (r: Run) => r3(r.seconds / scans.pages);
  const cpuPerPage = (r: Run) => r3(r.cpuMs / 1000 / scans.pages);
  const busy = (r: Run) => r3(r.cpuMs / 1000 / r.seconds);
  const how = { in: 'one process, 2 tesseract workers', w1: '1 worker process, 1 tesseract worker', w2: '2 worker processes, 1 tesseract worker each' };
  figures.push({ name: 'queue.scan.inprocess_2ocr.sec_per_page', value: perPage(rIn), unit: 's/page', input: `${scanInput}; ${how.in}` });
  figures.push({ name: 'queue.scan.1worker.sec_per_page', value: perPage(r1), unit: 's/page', reference: perPage(rIn), ratio: r3(r1.seconds / rIn.seconds), input: `${scanInput}; ${how.w1}` });
  figures.push({ name: 'queue.scan.2workers.sec_per_page', value: perPage(r2), unit: 's/page', reference: perPage(r1), ratio: r3(r1.seconds / r2.seconds), input: `${scanInput}; ${how.w2}; ratio = speed-up over 1 process (each free to use every core)` });
  if (pinned) {
    const pin = 'each worker process pinned to a core of its own (taskset)';
    figures.push({ name: 'queue.scan.1worker_pinned.sec_per_page', value: perPage(pinned.p1), unit: 's/page', input: `${scanInput}; ${how.w1}; ${pin}` });
    figures.push({ name: 'queue.scan.2workers_pinned.sec_per_page', value: perPage(pinned.p2), unit: 's/page', reference: perPage(pinned.p1), ratio: r3(pinned.p1.seconds / pinned.p2.seconds), input: `${scanInput}; ${how.w2}; ${pin}; ratio = speed-up over 1 pinned process, target ≥ 1.8` });
  }
  // On a shared machine wall time depends on the other load; CPU per page and cores kept busy do less.
  figures.push({ name: 'queue.scan.1worker.cpu_sec_per_page', value: cpuPerPage(r1), unit: 'CPU s/page', reference: cpuPerPage(rIn), ratio: r3(r1.cpuMs / rIn.cpuMs), input: `${scanInput}; ${how.w1}; producer + workers` });
  figures.push({ name: 'queue.scan.2workers.cpu_sec_per_page', value: cpuPerPage(r2), unit: 'CPU s/page', reference: cpuPerPage(r1), ratio: r3(r2.cpuMs / r1.cpuMs), input: `${scanInput}; ${how.w2}; producer + workers` });
  figures.push({ name: 'queue.scan.1worker.cores_busy', value: busy(r1), unit: 'cores', input: `${scanInput}; ${how.w1}; CPU time / wall time` });
  figures.push({ name: 'queue.scan.2workers.cores_busy', value: busy(r2), unit: 'cores', reference: busy(r1), ratio: r3(busy(r2) / busy(r1)), input: `${scanInput}; ${how.w2}; CPU time / wall time` });
  return figures;
}

// `node bin/run-ts.js bench/queue.ts [text|scan]` runs it alone.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const arg = process.argv[2];
  const only: Array<'text' | 'scan'> | undefined = arg === 'text' || arg === 'scan' ? [arg] : undefined;
  for (const f of await benchQueue(only)) console.log(JSON.stringify(f));
}
