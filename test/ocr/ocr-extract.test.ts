/**
 * Real OCR (tesseract.js, French model from npm) on the committed scans.
 * Kept to a few pages: one handle, two workers, for the whole file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { imagePages } from '../../src/extract/image-decode.ts';
import { parsePgm } from '../../src/extract/pdf-render.ts';
import { encodeGrayPgm, encodeGrayPng, rotateGray } from '../../src/ocr/gray-image.ts';
import { createOcrPool, OcrPoolClosedError, warmOcrPool } from '../../src/ocr/ocr-pool.ts';
import { characterErrorRate } from '../../src/ocr/text-metrics.ts';
import { readFixture, readSource } from '../extract/helpers.ts';
import { topOf } from './helpers.ts';

const config = loadConfig({});
const ex = createExtractor({ ...config, ocrWorkers: 2 });
afterAll(() => ex.close());

const sourcePages = readSource('commune-2025-01-14').split('\f');

describe('scanned images through OCR', () => {
  it('PNG (clean 300-dpi page): French text, method, confidence, timing', async () => {
    const r = await ex.extract(readFixture('scans/commune-2025-01-14.p1.png'), 'page.png');
    expect(r.kind).toBe('png');
    const p = r.pages[0]!;
    expect([p.number, p.method, p.rotation]).toEqual([1, 'ocr', 0]);
    expect(p.confidence).toBeGreaterThan(85);
    expect(p.ms).toBeGreaterThan(0);
    expect(p.text).toContain('Séance du mardi 14 janvier 2025');
    expect(p.text).toContain('Nombre de conseillers en exercice : 15');
    expect(characterErrorRate(sourcePages[0]!, p.text)).toBeLessThan(0.02);
  });

  it('JPEG (degraded: 0.7° skew, blur, noise, q60)', async () => {
    const r = await ex.extract(readFixture('scans/commune-2025-01-14.p1.degraded.jpg'), 'page.jpg');
    expect(r.kind).toBe('jpeg');
    expect(r.pages[0]!.method).toBe('ocr');
    expect(r.pages[0]!.text).toContain('Pouvoirs : 2');
    expect(characterErrorRate(sourcePages[0]!, r.pages[0]!.text)).toBeLessThan(0.05);
  });

  it('multi-page TIFF: one OCR page per directory, in order', async () => {
    const r = await ex.extract(readFixture('scans/commune-2025-01-14.tif'), 'scan.tif');
    expect(r.kind).toBe('tiff');
    expect(r.pages.map((p) => [p.number, p.method])).toEqual([[1, 'ocr'], [2, 'ocr']]);
    expect(r.pages[1]!.text).toContain('Délibération n° 2025-004');
    expect(characterErrorRate(sourcePages[1]!, r.pages[1]!.text)).toBeLessThan(0.02);
  });

  it('mixed PDF: text layer where there is one, OCR for the scanned page (even under a thin stamp layer)', async () => {
    const r = await ex.extract(readFixture('pdf/commune-2025-01-14.mixed.pdf'), 'mixed.pdf');
    expect(r.pages.map((p) => p.method)).toEqual(['pdf-text', 'ocr']);
    expect(r.pages[0]!.confidence).toBeNull();
    expect(r.pages[1]!.confidence).toBeGreaterThan(85);
    expect(r.pages[1]!.text).toContain('Adopté à l\'unanimité');
    expect(r.pages[1]!.text).toContain('Reçu le 16/01/2025'); // the stamp, read from the rendered page
    expect(r.notes).toContain('page 2 read by OCR (no usable text layer)');
  });
});

describe('orientation', () => {
  const header = async () => topOf((await imagePages(readFixture('scans/commune-2025-01-14.p1.png'), 'p.png', 'png', config.limits)).page(1), 0.3);

  it.each([
    [90, 270],
    [180, 180],
  ] as const)('a page scanned turned %i° is read after turning it back (%i°)', async (turned, back) => {
    const png = encodeGrayPng(rotateGray(await header(), turned));
    const r = await ex.extract(png, `turned-${turned}.png`);
    expect(r.pages[0]!.rotation).toBe(back);
    expect(r.pages[0]!.text).toContain('Séance du mardi 14 janvier 2025');
    expect(r.notes).toContain(`page 1: turned ${back}° clockwise before OCR`);
  });
});

describe('the OCR pool', () => {
  it('survives a worker-side error (bad image bytes) and keeps working', async () => {
    await expect(ex.ocr.recognize(Buffer.from('definitely not an image'))).rejects.toThrow(/OCR failed/);
    const page = (await imagePages(readFixture('scans/commune-2025-01-14.p1.png'), 'p.png', 'png', config.limits)).page(1);
    const r = await ex.ocr.recognize(encodeGrayPng(topOf(page, 0.1)));
    expect(r.text).toContain('EXTRAIT');
  });

  it('reads a PGM page (what ocrPage sends) as it reads the same page in PNG, told its resolution', async () => {
    const page = topOf((await imagePages(readFixture('scans/commune-2025-01-14.p1.png'), 'p.png', 'png', config.limits)).page(1), 0.1);
    const pgm = encodeGrayPgm(page);
    expect(parsePgm(pgm)).toEqual({ width: page.width, height: page.height, data: page.data });
    const [a, b] = await Promise.all([ex.ocr.recognize(pgm, { dpi: 300 }), ex.ocr.recognize(encodeGrayPng(page, 300))]);
    expect(a.text).toContain('EXTRAIT');
    expect(a.text).toBe(b.text);
  });

  it('warmOcrPool starts every engine before the first page', async () => {
    const pool = createOcrPool({ workers: 2, langs: 'fra', pageTimeoutMs: 60_000 });
    try {
      expect(pool.stats()).toMatchObject({ created: 0, live: 0 });
      await warmOcrPool(pool);
      expect(pool.stats()).toMatchObject({ created: 2, live: 2, jobs: 2 });
    } finally {
      await pool.close();
    }
  });

  it('a page slower than ocrPageTimeoutMs is an InputError naming the limit; the worker is replaced', async () => {
    const slow = createExtractor({ limits: { ...config.limits, ocrPageTimeoutMs: 50 }, ocrWorkers: 1 });
    try {
      await expect(slow.extract(readFixture('scans/commune-2025-01-14.p1.png'), 'slow.png')).rejects.toThrow(/^slow\.png: page 1: OCR took longer than 50 ms \(limit ocrPageTimeoutMs\)/);
      expect(slow.ocr.stats()).toMatchObject({ created: 1, live: 0, terminated: 1 });
    } finally {
      await slow.close();
    }
  });

  it('was created once and reused for every page, and close() terminates it', async () => {
    const s = ex.ocr.stats();
    expect(s.created).toBe(2);
    expect(s.live).toBe(2);
    expect(s.terminated).toBe(0);
    expect(s.jobs).toBeGreaterThanOrEqual(8);
    await ex.close();
    expect(ex.ocr.stats()).toMatchObject({ live: 0, terminated: 2 });
    await expect(ex.extract(readFixture('scans/commune-2025-01-14.p1.png'), 'late.png')).rejects.toBeInstanceOf(OcrPoolClosedError);
  });
});

describe('a JPEG cut in the middle of its data', () => {
  it('is still read (what survives) but flagged in the notes', async () => {
    const jpg = readFixture('scans/commune-2025-01-14.p1.degraded.jpg');
    const local = createExtractor({ limits: config.limits, ocrWorkers: 1 });
    try {
      const r = await local.extract(jpg.subarray(0, Math.floor(jpg.length * 0.3)), 'cut.jpg');
      expect(r.notes).toContain('JPEG has no end marker: the file may be truncated (bottom of the page missing)');
      expect(r.pages[0]!.text).toContain('EXTRAIT DU REGISTRE');
    } finally {
      await local.close();
    }
  });
});
