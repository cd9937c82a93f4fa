/**
 * Text-PDF extraction benchmark (wired by bench/main.ts): pages per second
 * of the project's PDF extractor (pdfjs-dist as pdf-parse 2 ships it, item
 * positions laid out into lines and TAB-separated columns), beside
 * pdf-parse's own `getText()` on the same file; and documents per second on
 * the committed one- and two-page text PDFs (opening cost included).
 * The long PDF is written here from generated extracts with the fixture
 * writer of scripts/make-fixtures.ts (Helvetica, WinAnsi), nothing stored.
 *
 * Runnable alone: node bin/run-ts.js bench/extract.ts [--quick]
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { createExtractor } from '../src/extract/index.ts';
import { A4, layoutText, type Run } from '../scripts/fixtures/layout.ts';
import { writePdf } from '../scripts/fixtures/pdf-writer.ts';
import { measure } from '../scripts/fixtures/raster.ts';
import { loadNote, type BenchFigure } from './figure.ts';
import { generateExtract } from './generate-extracts.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTRACT_LIMITS = { limits: { maxBytes: 1e9, maxPages: 5000, maxPixels: 6e7, ocrPageTimeoutMs: 120_000, ocrMinConfidence: 60 } };
const r1 = (x: number) => Math.round(x * 10) / 10;

/** A text PDF of about `pages` A4 pages: generated extracts one after the other. */
export function longTextPdf(pages: number): { bytes: Buffer; pages: number; chars: number } {
  const texts: string[] = [];
  let laid: Run[][] = [];
  for (let i = 0; laid.length < pages; i++) {
    texts.push(generateExtract(4_200_000 + i, { targetBytes: 12 * 1024 }).text);
    laid = layoutText(texts.join('\n\f\n'), measure);
  }
  const bytes = writePdf(laid.map((runs) => ({ kind: 'text' as const, width: A4.width, height: A4.height, runs })));
  return { bytes, pages: laid.length, chars: texts.reduce((a, t) => a + t.length, 0) };
}

/** Runs `fn` until `minMs` has passed (at least `minRuns` times); returns ms per run. */
async function perRun(fn: () => Promise<void>, minRuns: number, minMs: number): Promise<number> {
  await fn(); // warm-up: module loading, JIT
  const t0 = performance.now();
  let runs = 0;
  while (runs < minRuns || performance.now() - t0 < minMs) {
    await fn();
    runs++;
  }
  return (performance.now() - t0) / runs;
}

export async function benchExtract(options: { quick?: boolean } = {}): Promise<BenchFigure[]> {
  const wanted = options.quick ? 4 : 40;
  const pdf = longTextPdf(wanted);
  const extractor = createExtractor(EXTRACT_LIMITS);
  const figures: BenchFigure[] = [];
  try {
    const minMs = options.quick ? 200 : 4000;
    const input = `a generated ${pdf.pages}-page text PDF (${(pdf.bytes.length / 1024).toFixed(0)} KB, ${(pdf.chars / 1024).toFixed(0)} KB of text from generated extracts, Helvetica); ${loadNote()}`;
    let pagesOut = 0;
    const ours = await perRun(async () => {
      const x = await extractor.extract(pdf.bytes, 'bench.pdf');
      pagesOut = x.pages.length;
    }, 2, minMs);
    if (pagesOut !== pdf.pages) throw new Error(`extract bench: ${pagesOut} pages read of ${pdf.pages}`);
    const theirs = await perRun(async () => {
      const parser = new PDFParse({ data: new Uint8Array(pdf.bytes) });
      try {
        await parser.getText();
      } finally {
        await parser.destroy();
      }
    }, 2, minMs);
    const oursRate = pdf.pages / (ours / 1000);
    const theirRate = pdf.pages / (theirs / 1000);
    figures.push({ name: 'extract.pdf_text.pages_per_sec', value: r1(oursRate), unit: 'pages/s', reference: r1(theirRate), ratio: Math.round((oursRate / theirRate) * 1000) / 1000, input: `${input}; the project's extractor (pdfjs-dist items → lines and columns); reference: pdf-parse getText() on the same file` });
    figures.push({ name: 'extract.pdf_parse.pages_per_sec', value: r1(theirRate), unit: 'pages/s', input: `${input}; pdf-parse 2 getText(), new parser per run` });

    const small = ['commune-2025-01-14.text.pdf', 'metropole-2025-06-19.text.pdf'].map((f) => ({ f, bytes: fs.readFileSync(path.join(ROOT, 'fixtures/pdf', f)) }));
    let smallPages = 0;
    const perDoc = await perRun(async () => {
      smallPages = 0;
      for (const s of small) smallPages += (await extractor.extract(s.bytes, s.f)).pages.length;
    }, 5, options.quick ? 200 : 2000);
    figures.push({ name: 'extract.pdf_text.small_docs_per_sec', value: r1((small.length / perDoc) * 1000), unit: 'docs/s', input: `fixtures/pdf ${small.map((s) => s.f).join(' + ')} (${smallPages} pages), opening each; ${loadNote()}` });
  } finally {
    await extractor.close();
  }
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const f of await benchExtract({ quick: process.argv.includes('--quick') })) console.log(JSON.stringify(f));
}
