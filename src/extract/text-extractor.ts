/**
 * Plain text (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252): one page.
 */
import { InputError } from '../errors.ts';
import { decodeText, looksLikeText } from './text-decode.ts';
import { checkTextChars } from './text-limit.ts';
import type { Extractor } from './types.ts';

export const textExtractor: Extractor = {
  name: 'text',
  version: '1',
  kinds: ['text'],
  async extract(bytes, file, _kind, ctx) {
    const started = performance.now();
    // At least one character per 4 bytes (UTF-8): refuse far-too-long text without decoding it.
    checkTextChars(file, Math.ceil(bytes.length / 4), ctx.limits);
    const decoded = decodeText(bytes);
    checkTextChars(file, decoded.text.length, ctx.limits);
    if (!looksLikeText(decoded.text)) throw new InputError(file, 'not a supported document (neither text, PDF nor PNG/JPEG/TIFF image)');
    const notes = decoded.encoding === 'utf-8' ? [] : [`decoded as ${decoded.encoding}`];
    return {
      kind: 'text',
      extractor: 'text',
      extractor_version: this.version,
      notes,
      pages: [{ number: 1, text: decoded.text.replace(/\r\n?/g, '\n'), method: 'text', confidence: null, ms: performance.now() - started, rotation: 0 }],
    };
  },
};
