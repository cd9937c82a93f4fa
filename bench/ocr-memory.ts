/**
 * OCR memory check (wired by bench/main.ts under `ocr`): one tesseract.js
 * pool (2 workers on 2 cores, as the default configuration gives) recognises
 * `pages` pages in a row — three committed 300-dpi scans (clean and degraded)
 * reused in turn — with word boxes, as the extractor asks. The workers are
 * threads of this process, so the process RSS covers their WASM heaps. RSS
 * is read after the warm-up (the first 10 pages: every worker has seen every
 * page kind) and at the end; flat means within 10 %.
 *
 * Runnable alone: node bin/run-ts.js bench/ocr-memory.ts [pages]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { imagePages } from '../src/extract/image-decode.ts';
import { encodeGrayPng } from '../src/ocr/gray-image.ts';
import { createOcrPool } from '../src/ocr/ocr-pool.ts';
import { loadNote, rssMb, type BenchFigure } from './figure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCANS: Array<[string, 'png' | 'jpeg']> = [
  ['commune-2025-01-14.p1.png', 'png'],
  ['commune-2025-01-14.p1.degraded.jpg', 'jpeg'],
  ['metropole-2025-06-19.p1.png', 'png'],
];
const r1 = (x: number) => Math.round(x * 10) / 10;

export async function benchOcrMemory(pages = 50): Promise<BenchFigure[]> {
  const limits = loadConfig({}).limits;
  const images: Buffer[] = [];
  for (const [file, kind] of SCANS) {
    const decoded = await imagePages(fs.readFileSync(path.join(ROOT, 'fixtures/scans', file)), file, kind, limits);
    images.push(encodeGrayPng(decoded.page(1)));
  }
  const workers = Math.max(1, Math.min(2, os.availableParallelism()));
  const warm = Math.min(10, pages);
  const pool = createOcrPool({ workers, langs: 'fra', pageTimeoutMs: 300_000 });
  let rssWarm = 0;
  let maxAfter = 0;
  let rssLast = 0;
  let done = 0;
  const started = performance.now();
  let warmEnded = started;
  try {
    const lane = async () => {
      while (done < pages) {
        const n = done++;
        await pool.recognize(images[n % images.length]!, { words: true });
        if (n + 1 === warm) {
          rssWarm = rssMb();
          warmEnded = performance.now();
        } else if (n + 1 > warm) {
          rssLast = rssMb(); // the last page to finish leaves the end figure
          maxAfter = Math.max(maxAfter, rssLast);
        }
      }
    };
    await Promise.all(Array.from({ length: workers }, lane));
  } finally {
    await pool.close();
  }
  const ended = performance.now();
  const rssEnd = rssLast || rssWarm;
  const growth = ((rssEnd - rssWarm) / rssWarm) * 100;
  const input = `${pages} pages (${SCANS.map(([f]) => f).join(', ')} in turn, 300 dpi, grayscale) through one pool of ${workers} tesseract.js workers in ${((ended - started) / 1000).toFixed(0)} s (${((ended - warmEnded) / 1000 / Math.max(1, pages - warm)).toFixed(2)} s/page after warm-up); warm-up ${warm} pages; ${loadNote()}`;
  return [
    { name: 'ocr.memory.rss_after_warmup_mb', value: r1(rssWarm), unit: 'MB', input },
    { name: 'ocr.memory.rss_end_mb', value: r1(rssEnd), unit: 'MB', reference: r1(rssWarm), ratio: Math.round((rssEnd / rssWarm) * 1000) / 1000, input },
    { name: 'ocr.memory.rss_growth_pct', value: r1(growth), unit: '%', reference: 10, ratio: Math.round((growth / 10) * 1000) / 1000, input: `${input}; target ≤ 10 %` },
    { name: 'ocr.memory.rss_max_after_warmup_mb', value: r1(Math.max(maxAfter, rssEnd)), unit: 'MB', input },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const f of await benchOcrMemory(Number(process.argv[2] ?? 50))) console.log(JSON.stringify(f));
}
