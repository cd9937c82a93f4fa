/**
 * Shared by the image and PDF extractors: OCR a set of pages through the
 * pool, as many at once as the pool has workers (pages are produced lazily,
 * so only that many decoded images are in memory), in page order in the
 * result. OCR failures become InputErrors naming the file and the page.
 */
import type { PageText } from '../domain/index.ts';
import { InputError } from '../errors.ts';
import type { GrayImage } from '../ocr/gray-image.ts';
import { ocrPage } from '../ocr/ocr-page.ts';
import { OcrJobError, OcrTimeoutError } from '../ocr/ocr-pool.ts';
import type { ExtractContext } from './types.ts';

export async function ocrPages(
  file: string,
  numbers: readonly number[],
  render: (n: number) => Promise<GrayImage> | GrayImage,
  ctx: ExtractContext,
  notes: string[],
): Promise<Map<number, PageText>> {
  const out = new Map<number, PageText>();
  let next = 0;
  const lane = async () => {
    while (next < numbers.length) {
      const n = numbers[next++]!;
      const image = await render(n);
      try {
        const r = await ocrPage(ctx.ocr, image);
        out.set(n, { number: n, text: r.text, method: 'ocr', confidence: Math.round(r.confidence * 10) / 10, ms: Math.round(r.ms), rotation: r.rotation });
        if (r.rotation !== 0) notes.push(`page ${n}: turned ${r.rotation}° clockwise before OCR`);
        if (r.confidence < ctx.limits.ocrMinConfidence) notes.push(`page ${n}: low OCR confidence ${r.confidence.toFixed(0)} (minimum ${ctx.limits.ocrMinConfidence})`);
      } catch (e) {
        if (e instanceof OcrTimeoutError) throw new InputError(file, `page ${n}: ${e.message}`);
        if (e instanceof OcrJobError) throw new InputError(file, `page ${n}: ${e.message}`);
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(ctx.ocr.size, numbers.length) }, lane));
  return out;
}
