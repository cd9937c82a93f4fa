/**
 * OCR benchmark on the committed scans (clean and degraded): seconds per
 * page and character error rate for tesseract.js with 1 and 2 workers, side
 * by side with the native `tesseract` command on the same grayscale images
 * and the same model (the npm package's fra 4.0.0_best_int, gunzipped),
 * `OMP_THREAD_LIMIT=1`, one process per worker. Native figures are omitted
 * when `tesseract` is not installed (Debian: tesseract-ocr).
 * CER compares the engines' raw text (`ocr.tesseractjs.*.cer`), and the
 * text after the extractor's word-box layout and speck removal applied to
 * both engines' word boxes (`ocr.extractor.*.cer`; native via its TSV).
 * Also measures the page-segmentation choice: rows of the 3-column member
 * list kept intact by PSM 6 (used) and PSM 3 (Tesseract's default).
 *
 * Exported for bench/main.ts; runnable alone: node bin/run-ts.js bench/ocr.ts
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { loadConfig } from '../src/config.ts';
import { imagePages } from '../src/extract/image-decode.ts';
import { createPdftoppmRenderer } from '../src/extract/pdf-render.ts';
import { encodeGrayPng } from '../src/ocr/gray-image.ts';
import { traineddataPath } from '../src/ocr/lang-data.ts';
import { textFromWords } from '../src/ocr/ocr-layout.ts';
import { createOcrPool, type OcrWord } from '../src/ocr/ocr-pool.ts';
import { tidyOcrText } from '../src/ocr/ocr-page.ts';
import { characterErrorRate } from '../src/ocr/text-metrics.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const FIX = path.join(ROOT, 'fixtures');

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  reference?: number;
  ratio?: number;
  input: string;
}

interface Doc {
  label: 'clean' | 'degraded';
  input: string;
  /** Reference text of the pages benchmarked. */
  truth: string;
  pngs: string[];
}

async function preparePages(dir: string): Promise<Doc[]> {
  const limits = loadConfig({}).limits;
  const src = (n: string) => readFile(path.join(FIX, 'scan-sources', `${n}.txt`), 'utf8');
  const metropole = await src('metropole-2025-06-19');
  const communeP1 = (await src('commune-2025-01-14')).split('\f')[0]!;
  const docs: Doc[] = [];
  let k = 0;
  const save = async (img: Parameters<typeof encodeGrayPng>[0]) => {
    const file = path.join(dir, `page-${++k}.png`);
    await writeFile(file, encodeGrayPng(img));
    return file;
  };
  for (const label of ['clean', 'degraded'] as const) {
    const pdf = `scans/metropole-2025-06-19.${label}.pdf`;
    const bytes = await readFile(path.join(FIX, pdf));
    const r = await createPdftoppmRenderer(bytes, pdf, 120_000);
    const pngs = [await save(await r.render(1)), await save(await r.render(2))];
    await r.close();
    docs.push({ label, input: pdf, truth: metropole, pngs });
    const image = label === 'clean' ? 'scans/commune-2025-01-14.p1.png' : 'scans/commune-2025-01-14.p1.degraded.jpg';
    const kind = label === 'clean' ? 'png' : 'jpeg';
    const decoded = await imagePages(await readFile(path.join(FIX, image)), image, kind, limits);
    docs.push({ label, input: image, truth: communeP1, pngs: [await save(decoded.page(1))] });
  }
  return docs;
}

/** Runs `fn` over items with `lanes` at once; returns wall seconds. */
async function timed<T>(items: T[], lanes: number, fn: (t: T) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
  return (performance.now() - started) / 1000;
}

async function tesseractJs(docs: Doc[], workers: number): Promise<{ secPerPage: Record<string, number>; text: Map<string, string>; tidy: Map<string, string> }> {
  const pool = createOcrPool({ workers, langs: 'fra', pageTimeoutMs: 300_000 });
  const text = new Map<string, string>();
  const tidy = new Map<string, string>();
  const secPerPage: Record<string, number> = {};
  try {
    await pool.recognize(await readFile(docs[0]!.pngs[0]!)); // start the workers outside the timing
    if (workers > 1) await Promise.all(Array.from({ length: workers }, async () => pool.recognize(await readFile(docs[1]!.pngs[0]!))));
    for (const label of ['clean', 'degraded'] as const) {
      const pages = docs.filter((d) => d.label === label).flatMap((d) => d.pngs);
      const secs = await timed(pages, workers, async (png) => {
        const r = await pool.recognize(await readFile(png), { words: true });
        text.set(png, r.text);
        tidy.set(png, tidyOcrText(r.paragraphs ? textFromWords(r.paragraphs) : r.text));
      });
      secPerPage[label] = secs / pages.length;
    }
  } finally {
    await pool.close();
  }
  return { secPerPage, text, tidy };
}

async function nativeAvailable(): Promise<boolean> {
  return run('tesseract', ['--version']).then(() => true, () => false);
}

/** Native TSV (level-5 rows are words) → the same paragraphs → lines → words the pool returns. */
function paragraphsFromTsv(tsv: string): OcrWord[][][] {
  const paras = new Map<string, Map<string, OcrWord[]>>();
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c[0] !== '5' || c.length < 12 || !c[11]!.trim()) continue;
    const [, , block, par, line, , left, top, width, height, conf, text] = c;
    const pk = `${block}.${par}`;
    if (!paras.has(pk)) paras.set(pk, new Map());
    const lines = paras.get(pk)!;
    if (!lines.has(line!)) lines.set(line!, []);
    const x0 = Number(left);
    const y0 = Number(top);
    lines.get(line!)!.push({ text: text!, confidence: Number(conf), x0, y0, x1: x0 + Number(width), y1: y0 + Number(height) });
  }
  return [...paras.values()].map((lines) => [...lines.values()]);
}

async function nativeTesseract(docs: Doc[], processes: number, tessdata: string) {
  const text = new Map<string, string>();
  const tidy = new Map<string, string>();
  const secPerPage: Record<string, number> = {};
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  for (const label of ['clean', 'degraded'] as const) {
    const pages = docs.filter((d) => d.label === label).flatMap((d) => d.pngs);
    const secs = await timed(pages, processes, async (png) => {
      const out = png.replace(/\.png$/, `.native${processes}`);
      await run('tesseract', [png, out, '--tessdata-dir', tessdata, '-l', 'fra', '--oem', '1', '--psm', '6', '-c', 'preserve_interword_spaces=1', '-c', 'tessedit_create_txt=1', '-c', 'tessedit_create_tsv=1'], { env, maxBuffer: 1 << 24 });
      text.set(png, await readFile(`${out}.txt`, 'utf8'));
      tidy.set(png, tidyOcrText(textFromWords(paragraphsFromTsv(await readFile(`${out}.tsv`, 'utf8')))));
    });
    secPerPage[label] = secs / pages.length;
  }
  return { secPerPage, text, tidy };
}

function cer(docs: Doc[], label: string, text: Map<string, string>): number {
  const picked = docs.filter((d) => d.label === label);
  const errs = picked.map((d) => characterErrorRate(d.truth, d.pngs.map((p) => text.get(p) ?? '').join('\n')));
  return Math.round((errs.reduce((a, b) => a + b, 0) / errs.length) * 10000) / 10000;
}

/** Member rows (3 names) found in order on one output line. */
async function rowsKept(psm: string, png: string, rows: string[][]): Promise<number> {
  const pool = createOcrPool({ workers: 1, langs: 'fra', pageTimeoutMs: 300_000, psm });
  try {
    const r = await pool.recognize(await readFile(png));
    const lines = tidyOcrText(r.text).split('\n');
    return rows.filter((row) => lines.some((l) => {
      let at = 0;
      for (const name of row) {
        const i = l.indexOf(name, at);
        if (i < 0) return false;
        at = i + name.length;
      }
      return true;
    })).length;
  } finally {
    await pool.close();
  }
}

export async function benchOcr(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'registre-bench-ocr-'));
  const figures: BenchFigure[] = [];
  try {
    const docs = await preparePages(dir);
    const inputOf = (label: string) => docs.filter((d) => d.label === label).map((d) => `${d.input} (${d.pngs.length} p.)`).join(' + ');
    type Run = Awaited<ReturnType<typeof nativeTesseract>>;
    let native1: Run | null = null;
    let native2: Run | null = null;
    if (await nativeAvailable()) {
      const tessdata = path.join(dir, 'tessdata');
      await run('mkdir', ['-p', tessdata]);
      await writeFile(path.join(tessdata, 'fra.traineddata'), gunzipSync(await readFile(traineddataPath('fra'))));
      native1 = await nativeTesseract(docs, 1, tessdata);
      native2 = await nativeTesseract(docs, 2, tessdata);
    }
    const js1 = await tesseractJs(docs, 1);
    const js2 = await tesseractJs(docs, 2);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    for (const label of ['clean', 'degraded'] as const) {
      for (const [workers, js, native] of [[1, js1, native1], [2, js2, native2]] as const) {
        const v = r3(js.secPerPage[label]!);
        const ref = native ? r3(native.secPerPage[label]!) : undefined;
        figures.push({ name: `ocr.tesseractjs.${workers}w.${label}.sec_per_page`, value: v, unit: 's/page', ...(ref ? { reference: ref, ratio: r3(v / ref) } : {}), input: inputOf(label) });
      }
      const c = cer(docs, label, js2.text);
      const ref = native2 ? cer(docs, label, native2.text) : undefined;
      figures.push({ name: `ocr.tesseractjs.${label}.cer`, value: c, unit: 'ratio', ...(ref !== undefined ? { reference: ref, ratio: ref > 0 ? r3(c / ref) : undefined } : {}), input: inputOf(label) });
      // What the extractor hands the parser: word-box layout, specks dropped.
      const e = cer(docs, label, js2.tidy);
      const eRef = native2 ? cer(docs, label, native2.tidy) : undefined;
      figures.push({ name: `ocr.extractor.${label}.cer`, value: e, unit: 'ratio', ...(eRef !== undefined ? { reference: eRef, ratio: eRef > 0 ? r3(e / eRef) : undefined } : {}), input: inputOf(label) });
    }
    const expected = JSON.parse(await readFile(path.join(FIX, 'scan-sources/metropole-2025-06-19.expected.json'), 'utf8')) as { member_rows: string[][] };
    const listPng = docs.find((d) => d.label === 'clean' && d.input.endsWith('.pdf'))!.pngs[0]!;
    for (const psm of ['6', '3']) {
      figures.push({ name: `ocr.psm${psm}.member_rows_kept`, value: await rowsKept(psm, listPng, expected.member_rows), unit: `rows of ${expected.member_rows.length}`, input: 'scans/metropole-2025-06-19.clean.pdf p. 1' });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const f of await benchOcr()) console.log(JSON.stringify(f));
}
