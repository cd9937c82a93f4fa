/**
 * Regenerates the committed fixtures from the invented source texts in
 * fixtures/scan-sources/: text-layer PDFs, 300-dpi grayscale page images
 * (PNG), image-only PDFs (clean: lossless gray; degraded: 0.7° skew, blur,
 * seeded noise, JPEG q60), a multi-page TIFF, a mixed text/scan PDF and the
 * bad inputs the extraction tests expect to be refused.
 *
 *   node bin/run-ts.js scripts/make-fixtures.ts
 *
 * Deterministic: fixed seeds, fonts from npm (pdfjs-dist's Liberation Sans).
 * Tests read the committed files and never need this script.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateGrayRows, encodeGrayPng, type GrayImage } from '../src/ocr/gray-image.ts';
import { A4, layoutText, type Run } from './fixtures/layout.ts';
import { writePdf, type PdfPage } from './fixtures/pdf-writer.ts';
import { addNoise, blur, canvasToGray, encodeJpeg, measure, renderPage, skew } from './fixtures/raster.ts';
import { writeTiff } from './fixtures/tiff-writer.ts';

const root = path.resolve(import.meta.dirname, '..', 'fixtures');
const src = path.join(root, 'scan-sources');
const pdfDir = path.join(root, 'pdf');
const scanDir = path.join(root, 'scans');
for (const d of [pdfDir, scanDir, path.join(pdfDir, 'bad'), path.join(scanDir, 'bad')]) mkdirSync(d, { recursive: true });

const manifest: Record<string, { source: string; kind: string; pages: number; note: string }> = {};
function write(dir: string, name: string, data: Buffer, source: string, kind: string, pages: number, note: string) {
  writeFileSync(path.join(dir, name), data);
  manifest[path.relative(root, path.join(dir, name))] = { source, kind, pages, note };
  console.log(`${path.relative(root, path.join(dir, name)).padEnd(48)} ${(data.length / 1024).toFixed(0).padStart(6)} KB  ${note}`);
}

const textPage = (runs: Run[]): PdfPage => ({ kind: 'text', width: A4.width, height: A4.height, runs });
const grayPdfPage = (img: GrayImage): PdfPage => ({
  kind: 'image', width: A4.width, height: A4.height,
  image: { pixelsWide: img.width, pixelsHigh: img.height, encoding: 'gray-flate', components: 1, data: deflateGrayRows(img, 9) },
});
const jpegPdfPage = (img: GrayImage, jpeg: Buffer): PdfPage => ({
  kind: 'image', width: A4.width, height: A4.height,
  image: { pixelsWide: img.width, pixelsHigh: img.height, encoding: 'jpeg', components: 3, data: jpeg },
});

/** 0.7° skew, one soft blur, seeded noise and specks (JPEG q60 is applied by the caller). */
function degrade(pageCanvas: Parameters<typeof skew>[0], seed: number): GrayImage {
  return addNoise(blur(canvasToGray(skew(pageCanvas, 0.7))), seed);
}

// --- the long métropole extract: text PDF, clean and degraded scans -------
{
  const name = 'metropole-2025-06-19';
  const text = readFileSync(path.join(src, `${name}.txt`), 'utf8');
  const pages = layoutText(text, measure);
  write(pdfDir, `${name}.text.pdf`, writePdf(pages.map(textPage)), `${name}.txt`, 'pdf-text', pages.length, 'text layer, Helvetica WinAnsi');
  const canvases = pages.map(renderPage);
  const clean = canvases.map(canvasToGray);
  write(scanDir, `${name}.clean.pdf`, writePdf(clean.map(grayPdfPage)), `${name}.txt`, 'pdf-scan', pages.length, 'image-only, 300 dpi gray, lossless');
  const degraded = canvases.map((c, i) => degrade(c, 20250619 + i));
  const jpegs = degraded.map((g) => encodeJpeg(g, 60));
  write(scanDir, `${name}.degraded.pdf`, writePdf(degraded.map((g, i) => jpegPdfPage(g, jpegs[i]!))), `${name}.txt`, 'pdf-scan', pages.length, 'image-only, 0.7° skew, blur, noise, JPEG q60');
  write(scanDir, `${name}.p1.png`, encodeGrayPng(clean[0]!, 300, 9), `${name}.txt`, 'png', 1, 'page 1, clean 300 dpi gray (3-column member list)');
}

// --- the short commune extract: images, TIFF, mixed PDF -------------------
{
  const name = 'commune-2025-01-14';
  const text = readFileSync(path.join(src, `${name}.txt`), 'utf8');
  const pages = layoutText(text, measure);
  const textPdf = writePdf(pages.map(textPage));
  write(pdfDir, `${name}.text.pdf`, textPdf, `${name}.txt`, 'pdf-text', pages.length, 'text layer');
  const canvases = pages.map(renderPage);
  const clean = canvases.map(canvasToGray);
  write(scanDir, `${name}.p1.png`, encodeGrayPng(clean[0]!, 300, 9), `${name}.txt`, 'png', 1, 'page 1, clean 300 dpi gray');
  const degraded = degrade(canvases[0]!, 20250114);
  write(scanDir, `${name}.p1.degraded.jpg`, encodeJpeg(degraded, 60), `${name}.txt`, 'jpeg', 1, 'page 1, 0.7° skew, blur, noise, JPEG q60');
  write(scanDir, `${name}.tif`, writeTiff(clean), `${name}.txt`, 'tiff', clean.length, 'all pages, 8-bit gray, Deflate');
  // Page 2 is a scan under a thin text layer: the transmission stamp a
  // prefecture platform adds. Too little text to trust: the page goes to OCR.
  const stamp: Run[] = [
    { x: 330, y: 40, text: 'Accusé de réception en préfecture', bold: true, size: 7 },
    { x: 330, y: 49, text: '099-219900000-20250114-2025-004-DE', bold: false, size: 7 },
    { x: 330, y: 58, text: 'Reçu le 16/01/2025', bold: false, size: 7 },
  ];
  const mixed = pages.map((runs, i) => (i === 0 ? textPage(runs) : { ...grayPdfPage(clean[i]!), runs: stamp }));
  write(pdfDir, `${name}.mixed.pdf`, writePdf(mixed), `${name}.txt`, 'pdf-mixed', pages.length, 'page 1 text layer, page 2 scanned under a stamp text layer');

  // --- bad inputs ----------------------------------------------------------
  write(pdfDir, 'bad/encrypted.pdf', writePdf(pages.map(textPage), { encrypted: true }), `${name}.txt`, 'bad', pages.length, 'needs a password');
  write(pdfDir, 'bad/truncated.pdf', textPdf.subarray(0, Math.floor(textPdf.length * 0.6)), `${name}.txt`, 'bad', 0, 'cut at 60 %');
  write(pdfDir, 'bad/corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.from(Array.from({ length: 700 }, (_, i) => (i * 73 + 11) & 0xff)), Buffer.from('\n%%EOF\n')]), '-', 'bad', 0, 'header then junk');
  write(pdfDir, 'bad/zero-pages.pdf', writePdf([]), '-', 'bad', 0, 'valid PDF with no page');
  write(pdfDir, 'bad/huge-page.pdf', writePdf([{ kind: 'text', width: 14400, height: 14400, runs: [] }]), '-', 'bad', 1, '200 × 200 inch blank page (≈ 3.6 Gpx at 300 dpi)');
  write(scanDir, 'bad/not-an-image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('this is not a PNG image at all, only text after a PNG signature\n')]), '-', 'bad', 0, 'PNG signature, no image');
  write(scanDir, 'bad/not-an-image.tif', Buffer.concat([Buffer.from('II*\0', 'latin1'), Buffer.from([0xff, 0xff, 0xff, 0x7f]), Buffer.from('junk junk junk')]), '-', 'bad', 0, 'TIFF signature, IFD offset out of the file');
}

writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
