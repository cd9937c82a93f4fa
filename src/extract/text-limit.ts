/**
 * The text-length limit: parsing costs about a second per megabyte of text
 * (more on a busy machine), so a 50 MB text file or a PDF with an enormous
 * text layer is refused before it is parsed, with the limit in the message.
 */
import { InputError } from '../errors.ts';
import type { ExtractLimits } from './types.ts';

/** Used when the limits given leave `maxTextChars` out (the configuration's default). */
export const DEFAULT_MAX_TEXT_CHARS = 4_000_000;

export function maxTextChars(limits: ExtractLimits): number {
  return limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
}

/** Throws an InputError naming the file when `chars` is over the limit. */
export function checkTextChars(file: string, chars: number, limits: ExtractLimits): void {
  const max = maxTextChars(limits);
  if (chars > max) throw new InputError(file, `text too long: ${chars} characters (limit maxTextChars ${max})`);
}
