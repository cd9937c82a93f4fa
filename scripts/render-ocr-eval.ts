/**
 * Renders chosen corpus texts the way scripts/make-fixtures.ts does (same
 * layout, raster, degrade recipe) into /tmp/ocr-eval/{clean,degraded,text,text-layout}.
 * Single page: clean PNG / degraded JPEG q60. Multi-page: clean TIFF / degraded
 * image PDF of JPEG q60 pages. text-layout/: the laid-out lines (TAB between
 * cells) = what a perfect OCR of the page would give.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeGrayPng, type GrayImage } from '../src/ocr/gray-image.ts';
import { A4, LEADING, layoutText, type Run } from './fixtures/layout.ts';
import { writePdf, type PdfPage } from './fixtures/pdf-writer.ts';
import { addNoise, blur, canvasToGray, encodeJpeg, measure, renderPage, skew } from './fixtures/raster.ts';
import { writeTiff } from './fixtures/tiff-writer.ts';

const ids = process.argv.slice(2);
const corpus = 'fixtures/corpus';
const out = '/tmp/ocr-eval';
for (const d of ['clean', 'degraded', 'text', 'text-layout']) mkdirSync(path.join(out, d), { recursive: true });

const degrade = (c: Parameters<typeof skew>[0], seed: number): GrayImage => addNoise(blur(canvasToGray(skew(c, 0.7))), seed);
const jpegPdfPage = (img: GrayImage, jpeg: Buffer): PdfPage => ({
  kind: 'image', width: A4.width, height: A4.height,
  image: { pixelsWide: img.width, pixelsHigh: img.height, encoding: 'jpeg', components: 3, data: jpeg },
});

function layoutLines(pages: Run[][]): string {
  const out: string[] = [];
  pages.forEach((runs, p) => {
    if (p > 0) out.push('');
    const ys = [...new Set(runs.map((r) => r.y))].sort((a, b) => a - b);
    let prev: number | null = null;
    for (const y of ys) {
      if (prev !== null && y - prev > LEADING * 1.2) out.push('');
      out.push(runs.filter((r) => r.y === y).sort((a, b) => a.x - b.x).map((r) => r.text).join('\t'));
      prev = y;
    }
  });
  return out.join('\n') + '\n';
}

const files = readdirSync(corpus);
for (const id of ids) {
  const txt = files.find((f) => f.startsWith(`${id}-`) && f.endsWith('.txt'))!;
  const base = txt.replace(/\.txt$/, '');
  const text = readFileSync(path.join(corpus, txt), 'utf8');
  const pages = layoutText(text, measure);
  const canvases = pages.map(renderPage);
  const clean = canvases.map(canvasToGray);
  const seed = 20260000 + Number(id) * 10;
  const degraded = canvases.map((c, i) => degrade(c, seed + i));
  if (pages.length === 1) {
    writeFileSync(path.join(out, 'clean', `${base}.png`), encodeGrayPng(clean[0]!, 300, 9));
    writeFileSync(path.join(out, 'degraded', `${base}.jpg`), encodeJpeg(degraded[0]!, 60));
  } else {
    writeFileSync(path.join(out, 'clean', `${base}.tif`), writeTiff(clean));
    writeFileSync(path.join(out, 'degraded', `${base}.pdf`), writePdf(degraded.map((g) => jpegPdfPage(g, encodeJpeg(g, 60)))));
  }
  for (const d of ['clean', 'degraded', 'text', 'text-layout']) copyFileSync(path.join(corpus, `${base}.json`), path.join(out, d, `${base}.json`));
  copyFileSync(path.join(corpus, txt), path.join(out, 'text', txt));
  writeFileSync(path.join(out, 'text-layout', txt), layoutLines(pages));
  console.log(`${base}: ${pages.length} page(s)`);
}
