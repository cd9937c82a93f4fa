/**
 * Decompression bombs in PDFs: a content stream of a few hundred kilobytes
 * that inflates to hundreds of megabytes (spaces compress ~1000:1). pdfjs
 * inflates and lexes it whole: 512 MB took 40 s and 1.2 GB of memory; a
 * bigger one exhausts the process. So before pdfjs sees the file, every
 * Flate-compressed stream that is not an image (content streams, fonts,
 * object streams) is inflated here with a ceiling, and a stream over it
 * refuses the file.
 *
 * Images are left out: a scan page legitimately inflates to tens of
 * megabytes, and its pixels are bounded by maxPixels before rendering.
 *
 * Contract: throws an InputError naming the file, the stream's object and
 * the ceiling; a stream that cannot be inflated (encrypted, damaged) is left
 * to pdfjs, which reports it in its own words.
 */
import { inflateSync } from 'node:zlib';
import { InputError } from '../errors.ts';

/** What one non-image stream may inflate to: text content streams are kilobytes, fonts a few megabytes. */
export const MAX_STREAM_BYTES = 32 * 1024 * 1024;

const STREAM = Buffer.from('stream', 'latin1');
const END = Buffer.from('endstream', 'latin1');

export function checkCompressedStreams(bytes: Buffer, file: string, maxStreamBytes = MAX_STREAM_BYTES): void {
  let at = 0;
  for (;;) {
    const s = bytes.indexOf(STREAM, at);
    if (s < 0) return;
    at = s + STREAM.length;
    if (s >= 3 && bytes.toString('latin1', s - 3, s) === 'end') continue; // "endstream"
    let data = at;
    if (bytes[data] === 0x0d) data++;
    if (bytes[data] !== 0x0a) continue; // the keyword is followed by an end of line
    data++;
    // The stream's dictionary: from the last "obj" before it (at most 8 KB back).
    const head = bytes.toString('latin1', Math.max(0, s - 8192), s);
    const obj = head.lastIndexOf('obj');
    const dict = obj >= 0 ? head.slice(obj) : head;
    if (!/\/FlateDecode\b|\/Fl\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    const end = bytes.indexOf(END, data);
    if (end < 0) return;
    at = end + END.length;
    try {
      inflateSync(bytes.subarray(data, end), { maxOutputLength: maxStreamBytes });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        const name = /(\d+)\s+(\d+)\s+obj\s*$/.exec(head.slice(0, obj + 3))?.[1];
        throw new InputError(
          file,
          `compressed stream${name ? ` (object ${name})` : ''} inflates beyond ${maxStreamBytes} bytes: a decompression bomb, not read (limit ${maxStreamBytes} bytes per stream)`,
        );
      }
      // damaged or encrypted data: pdfjs decides
    }
  }
}
