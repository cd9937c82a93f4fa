import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { isInputError } from '../../src/errors.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { parsePgm } from '../../src/extract/pdf-render.ts';
import { encodeGrayPng } from '../../src/ocr/gray-image.ts';
import { processBytes } from '../../src/pipeline.ts';
import { readFixture } from './helpers.ts';

const base = loadConfig({});
const ex = createExtractor(base);
afterAll(() => ex.close());

async function refusal(bytes: Buffer, file: string, extractor = ex): Promise<string> {
  try {
    await extractor.extract(bytes, file);
  } catch (e) {
    expect(isInputError(e), String(e)).toBe(true);
    const msg = (e as Error).message;
    expect(msg.startsWith(`${file}: `)).toBe(true);
    return msg;
  }
  throw new Error(`${file} was accepted`);
}

describe('bad inputs are refused with an InputError naming the file and the cause', () => {
  it.each([
    ['pdf/bad/encrypted.pdf', /encrypted PDF: a password is needed/],
    ['pdf/bad/truncated.pdf', /truncated PDF/],
    ['pdf/bad/corrupt.pdf', /corrupt PDF/],
    ['pdf/bad/zero-pages.pdf', /no pages \(0-page/],
    ['pdf/bad/huge-page.pdf', /page 1 too large to rasterise safely: 60000 × 60000 px .*limit maxPixels 60000000/],
    ['scans/bad/not-an-image.png', /not a valid PNG image/],
    ['scans/bad/not-an-image.tif', /not a valid TIFF image/],
  ])('%s', async (rel, cause) => {
    const file = rel.split('/').pop()!;
    expect(await refusal(readFixture(rel), file)).toMatch(cause);
  });

  it('an empty file', async () => {
    expect(await refusal(Buffer.alloc(0), 'vide.pdf')).toBe('vide.pdf: empty file (0 bytes)');
  });

  it('binary that is neither text, PDF nor image', async () => {
    expect(await refusal(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0x00, 0x9f, 0x00, 0x10, 0x00, 0x11, 0x00]), 'x.bin')).toMatch(/not a supported document/);
  });

  it('a JPEG cut before its frame header', async () => {
    const jpg = readFixture('scans/commune-2025-01-14.p1.degraded.jpg');
    expect(await refusal(jpg.subarray(0, 20), 'cut.jpg')).toMatch(/not a valid JPEG image/);
  });

  it('limits are checked before the work, with the limit in the message', async () => {
    const tight = createExtractor({ limits: { ...base.limits, maxPages: 1, maxBytes: 500_000, maxPixels: 1_000_000 } });
    try {
      expect(await refusal(readFixture('pdf/commune-2025-01-14.text.pdf'), 'two.pdf', tight)).toMatch(/too many pages: 2 \(limit maxPages 1\)/);
      expect(await refusal(readFixture('scans/commune-2025-01-14.tif'), 'two.tif', tight)).toMatch(/too large|too many pages: 2 \(limit maxPages 1\)/);
      expect(await refusal(readFixture('scans/commune-2025-01-14.p1.degraded.jpg'), 'big.jpg', tight)).toMatch(/file too large: \d+ bytes \(limit maxBytes 500000\)/);
      expect(await refusal(readFixture('scans/commune-2025-01-14.p1.png'), 'big.png', tight)).toMatch(/2480 × 3508 px = 8699840 pixels \(limit maxPixels 1000000\)/);
      expect(tight.ocr.stats().created).toBe(0); // no OCR worker was even started
    } finally {
      await tight.close();
    }
  });

  it('the pipeline records a bad file as a failed document and goes on', async () => {
    const doc = await processBytes(readFixture('pdf/bad/encrypted.pdf'), 'secret.pdf', (b, f) => ex.extract(b, f));
    expect(doc.status).toBe('failed');
    expect(doc.error).toMatch(/^secret\.pdf: encrypted PDF/);
  });
});

describe('helpers', () => {
  it('parsePgm reads pdftoppm output and rejects other headers', () => {
    const pgm = Buffer.concat([Buffer.from('P5\n# pdftoppm\n3 2\n255\n'), Buffer.from([0, 1, 2, 3, 4, 5])]);
    const img = parsePgm(pgm);
    expect([img.width, img.height, [...img.data]]).toEqual([3, 2, [0, 1, 2, 3, 4, 5]]);
    expect(() => parsePgm(Buffer.from('P6\n1 1\n255\nabc'))).toThrow(/PGM header/);
  });
  it('a tiny valid PNG goes through decoding (1×1 px page)', async () => {
    const png = encodeGrayPng({ width: 1, height: 1, data: new Uint8Array([255]) });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('scanned PDF pages without pdftoppm', () => {
  it('fail with an infrastructure error that says what to install (not an InputError)', async () => {
    const { createPdftoppmRenderer, RendererMissingError } = await import('../../src/extract/pdf-render.ts');
    const err = await createPdftoppmRenderer(readFixture('scans/metropole-2025-06-19.clean.pdf'), 'scan.pdf', 5000, 'pdftoppm-not-installed').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RendererMissingError);
    expect(isInputError(err)).toBe(false);
    expect((err as Error).message).toMatch(/apt-get install poppler-utils/);
  });
});
