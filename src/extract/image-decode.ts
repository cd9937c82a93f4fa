/**
 * Image files → grayscale pages, with the size read from the header first so
 * the pixel limit is enforced before anything is decoded.
 *
 * Contract: every failure is an InputError naming the file and the cause
 * ("not a valid PNG image", "page 3 is 9000 × 12000 px…"); nothing here
 * throws anything else for a bad file.
 */
import UTIF from 'utif2';
import type { InputKind } from '../domain/index.ts';
import { InputError } from '../errors.ts';
import { grayFromRgba, type GrayImage } from '../ocr/gray-image.ts';
import { decodeRasterInChild } from './raster-child.ts';
import type { ExtractLimits } from './types.ts';

export interface ImageSize {
  width: number;
  height: number;
}

/** PNG IHDR or JPEG SOFn dimensions; null when the header is not there. */
export function rasterSize(bytes: Uint8Array, kind: 'png' | 'jpeg'): ImageSize | null {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (kind === 'png') {
    if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
    return { width: dv.getUint32(16), height: dv.getUint32(20) };
  }
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const len = dv.getUint16(i + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { width: dv.getUint16(i + 7), height: dv.getUint16(i + 5) };
    i += 2 + len;
  }
  return null;
}

export function checkPixels(file: string, page: number, size: ImageSize, limits: ExtractLimits): void {
  if (size.width <= 0 || size.height <= 0) throw new InputError(file, `page ${page}: image has no pixels (${size.width} × ${size.height})`);
  const px = size.width * size.height;
  if (px > limits.maxPixels) {
    throw new InputError(file, `page ${page} too large to rasterise safely: ${size.width} × ${size.height} px = ${px} pixels (limit maxPixels ${limits.maxPixels})`);
  }
}

const DECODE_TIMEOUT_MS = 60_000;

/**
 * Decodes a PNG or JPEG with Skia (@napi-rs/canvas) in a child process:
 * Skia segfaults on some corrupt files (raster-child.ts says why).
 */
async function decodeRaster(bytes: Buffer, file: string, kind: 'png' | 'jpeg', limits: ExtractLimits): Promise<GrayImage> {
  const label = kind.toUpperCase();
  const size = rasterSize(bytes, kind);
  if (!size) throw new InputError(file, `not a valid ${label} image (no image header)`);
  checkPixels(file, 1, size, limits);
  // A hang guard, not a tuning knob: decoding even a 60-Mpx scan takes a few seconds.
  const img = await decodeRasterInChild(bytes, file, label, limits.maxPixels, Math.max(DECODE_TIMEOUT_MS, limits.ocrPageTimeoutMs));
  return grayFromRgba(img.width, img.height, img.data);
}

/** Number of pages and their sizes, without decoding pixels. */
function tiffDirectories(bytes: Buffer, file: string): UTIF.IFD[] {
  let ifds: UTIF.IFD[];
  try {
    ifds = UTIF.decode(bytes);
  } catch (e) {
    throw new InputError(file, `not a valid TIFF image (${e instanceof Error ? e.message : String(e)})`);
  }
  // Keep full-resolution pages; drop thumbnails (NewSubfileType bit 0).
  const pages = ifds.filter((d) => d['t256'] && d['t257'] && !((Number((d['t254'] as number[] | undefined)?.[0] ?? 0) & 1)));
  if (pages.length === 0) throw new InputError(file, 'not a valid TIFF image (no page found)');
  return pages;
}

function tiffPage(bytes: Buffer, ifd: UTIF.IFD, file: string, n: number): GrayImage {
  try {
    UTIF.decodeImage(bytes, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    if (!ifd.width || !ifd.height || rgba.length < ifd.width * ifd.height * 4) throw new Error('no pixel data');
    return grayFromRgba(ifd.width, ifd.height, rgba);
  } catch (e) {
    throw new InputError(file, `TIFF page ${n} cannot be decoded (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** A JPEG ends with EOI (FF D9); without it the bottom of the page is likely missing. */
export function jpegLooksTruncated(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 64));
  for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return false;
  return true;
}

/**
 * Decodes every page of an image file, lazily: `page(n)` decodes one page
 * when asked, so a 40-page TIFF is never held decoded in memory at once.
 * Limits (page count, pixels per page) are checked before the first decode.
 */
export async function imagePages(
  bytes: Buffer,
  file: string,
  kind: Extract<InputKind, 'png' | 'jpeg' | 'tiff'>,
  limits: ExtractLimits,
): Promise<{ count: number; page(n: number): GrayImage }> {
  if (kind !== 'tiff') {
    const img = await decodeRaster(bytes, file, kind, limits);
    return { count: 1, page: () => img };
  }
  const dirs = tiffDirectories(bytes, file);
  if (dirs.length > limits.maxPages) throw new InputError(file, `too many pages: ${dirs.length} (limit maxPages ${limits.maxPages})`);
  dirs.forEach((d, i) => checkPixels(file, i + 1, { width: Number((d['t256'] as number[])[0]), height: Number((d['t257'] as number[])[0]) }, limits));
  return { count: dirs.length, page: (n) => tiffPage(bytes, dirs[n - 1]!, file, n) };
}
