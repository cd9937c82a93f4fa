/**
 * Extraction entry point: sniff the bytes, pick the extractor, return pages.
 * (Initial version: plain text only. The extraction issue extends this file
 * with PDF, images and OCR behind the same `createExtractor` contract.)
 */
import type { Config } from '../config.ts';
import type { Extraction } from '../domain/index.ts';
import { InputError } from '../errors.ts';
import { decodeText, looksLikeText } from './text-decode.ts';

export interface ExtractorHandle {
  /** Extracts one file's text; throws InputError for a bad file. */
  extract(bytes: Buffer, file: string): Promise<Extraction>;
  /** Releases workers (OCR pool). */
  close(): Promise<void>;
}

export function createExtractor(config: Pick<Config, 'limits'>): ExtractorHandle {
  return {
    async extract(bytes, file) {
      if (bytes.length === 0) throw new InputError(file, 'empty file (0 bytes)');
      if (bytes.length > config.limits.maxBytes) {
        throw new InputError(file, `file too large: ${bytes.length} bytes (limit ${config.limits.maxBytes})`);
      }
      const started = performance.now();
      const decoded = decodeText(bytes);
      if (!looksLikeText(decoded.text)) throw new InputError(file, 'not a supported document (neither text, PDF nor image)');
      return {
        kind: 'text',
        extractor: 'text',
        extractor_version: '1',
        notes: decoded.encoding === 'utf-8' ? [] : [`decoded as ${decoded.encoding}`],
        pages: [{ number: 1, text: decoded.text.replace(/\r\n?/g, '\n'), method: 'text', confidence: null, ms: performance.now() - started, rotation: 0 }],
      };
    },
    async close() {},
  };
}
