/**
 * Extraction entry point: sniff the bytes, pick the extractor from the
 * registry (checked when the handle is created), return pages.
 *
 *   text ─► text-extractor        (UTF-8/16, Windows-1252)
 *   pdf  ─► pdf-extractor         (text layer per page, else render + OCR)
 *   png · jpeg · tiff ─► image-extractor (decode + OCR)
 *
 * One handle owns one OCR pool (workers start on first OCR, are reused for
 * every file, and stop in close()). Bad files throw InputError naming the
 * file; anything else thrown is an infrastructure fault.
 */
import type { Config } from '../config.ts';
import type { Extraction } from '../domain/index.ts';
import { InputError } from '../errors.ts';
import { createOcrPool, type OcrPool } from '../ocr/ocr-pool.ts';
import { imageExtractor } from './image-extractor.ts';
import { pdfExtractor } from './pdf-extractor.ts';
import { buildRegistry, type ExtractorRegistry } from './registry.ts';
import { sniffKind } from './sniff.ts';
import { textExtractor } from './text-extractor.ts';
import { checkTextChars } from './text-limit.ts';
import type { ExtractLimits } from './types.ts';

export { sniffKind } from './sniff.ts';

export interface ExtractorHandle {
  /** Extracts one file's text; throws InputError for a bad file. */
  extract(bytes: Buffer, file: string): Promise<Extraction>;
  /** Releases workers (OCR pool). */
  close(): Promise<void>;
  /** The OCR pool (for tests and progress reporting). */
  readonly ocr: OcrPool;
}

export type ExtractorConfig = { limits: ExtractLimits } & Partial<Pick<Config, 'ocrWorkers' | 'ocrLangs'>>;

/** Every extractor, once; buildRegistry checks each input kind has exactly one. */
export const EXTRACTORS = [textExtractor, pdfExtractor, imageExtractor] as const;

export function createRegistry(): ExtractorRegistry {
  return buildRegistry(EXTRACTORS);
}

/**
 * `ocrPool`, when given, replaces the local tesseract pool (the queue
 * workers pass one that fans pages out as OCR jobs); the handle owns it.
 */
export function createExtractor(config: ExtractorConfig, ocrPool?: OcrPool): ExtractorHandle {
  const registry = createRegistry();
  const ocr =
    ocrPool ??
    createOcrPool({
      workers: config.ocrWorkers ?? 1,
      langs: config.ocrLangs ?? 'fra',
      pageTimeoutMs: config.limits.ocrPageTimeoutMs,
    });
  return {
    ocr,
    async extract(bytes, file) {
      if (bytes.length === 0) throw new InputError(file, 'empty file (0 bytes)');
      if (bytes.length > config.limits.maxBytes) {
        throw new InputError(file, `file too large: ${bytes.length} bytes (limit maxBytes ${config.limits.maxBytes})`);
      }
      const kind = sniffKind(bytes);
      const extractor = registry.get(kind)!;
      const extraction = await extractor.extract(bytes, file, kind, { limits: config.limits, ocr });
      // Each extractor stops early when it can; this holds for every kind.
      checkTextChars(file, extraction.pages.reduce((n, p) => n + p.text.length, 0), config.limits);
      return extraction;
    },
    close: () => ocr.close(),
  };
}
