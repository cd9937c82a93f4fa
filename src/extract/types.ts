/**
 * The contract every extractor implements, and what the registry hands it.
 */
import type { Config } from '../config.ts';
import type { Extraction, InputKind } from '../domain/index.ts';
import type { OcrPool } from '../ocr/ocr-pool.ts';

/** The configured limits; `maxTextChars` may be left out (DEFAULT_MAX_TEXT_CHARS). */
export type ExtractLimits = Omit<Config['limits'], 'maxTextChars'> & { readonly maxTextChars?: number };

export interface ExtractContext {
  limits: ExtractLimits;
  /** The shared OCR pool (its workers start on first use). */
  ocr: OcrPool;
}

export interface Extractor {
  /** Stable name, stored with the extraction ("pdf", "image-ocr"…). */
  readonly name: string;
  /** Bump when the text this extractor produces changes. */
  readonly version: string;
  /** The input kinds it accepts; the registry checks each kind has exactly one. */
  readonly kinds: readonly InputKind[];
  /**
   * Extracts one file. Throws InputError (naming `file`) for a bad input;
   * any other error is an infrastructure fault.
   */
  extract(bytes: Buffer, file: string, kind: InputKind, ctx: ExtractContext): Promise<Extraction>;
}
