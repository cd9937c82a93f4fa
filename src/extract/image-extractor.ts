/**
 * PNG, JPEG and (multi-page) TIFF scans: decode each page to grayscale and
 * OCR it. Limits (pages, pixels) are checked from the headers first.
 */
import type { PageText } from '../domain/index.ts';
import { imagePages, jpegLooksTruncated } from './image-decode.ts';
import { ocrPages } from './ocr-pages.ts';
import type { Extractor } from './types.ts';

export const imageExtractor: Extractor = {
  name: 'image-ocr',
  version: '1',
  kinds: ['png', 'jpeg', 'tiff'],
  async extract(bytes, file, kind, ctx) {
    const img = await imagePages(bytes, file, kind as 'png' | 'jpeg' | 'tiff', ctx.limits);
    const notes: string[] = [];
    if (kind === 'jpeg' && jpegLooksTruncated(bytes)) notes.push('JPEG has no end marker: the file may be truncated (bottom of the page missing)');
    const numbers = Array.from({ length: img.count }, (_, i) => i + 1);
    const done = await ocrPages(file, numbers, (n) => img.page(n), ctx, notes);
    const pages: PageText[] = numbers.map((n) => done.get(n)!);
    return { kind, pages, extractor: this.name, extractor_version: this.version, notes };
  },
};
