/**
 * Input kind from the bytes (magic numbers), never from the file name:
 * a clerk's "scan.pdf" may be a JPEG and "extrait.txt" a PDF.
 *
 * Contract: returns 'pdf' | 'png' | 'jpeg' | 'tiff' when the signature is
 * present, else 'text' (the text extractor then decides whether the bytes
 * are text at all). A PDF signature may follow a little leading junk
 * (some mailers prepend a few bytes), as PDF readers accept it.
 */
import type { InputKind } from '../domain/index.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/** Offset of "%PDF-" within the first 1024 bytes, else -1. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const n = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= n; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return i;
  }
  return -1;
}

export function sniffKind(bytes: Uint8Array): InputKind {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  const pdf = pdfHeaderOffset(bytes);
  // Leading junk is tolerated only when it is not text: a text file that
  // quotes "%PDF-" in its first KB stays text.
  if (pdf === 0) return 'pdf';
  if (pdf > 0 && bytes.subarray(0, pdf).some((b) => b < 9 || (b > 13 && b < 32))) return 'pdf';
  return 'text';
}
