/**
 * 8-bit grayscale page images and the few operations OCR needs: quarter-turn
 * rotation, 2× downscaling (for cheap orientation probes) and PNG encoding.
 * Tesseract reads grayscale PNGs faster than RGBA ones (STACK.md), so every
 * input is brought to this form before OCR.
 */
import { deflateSync } from 'node:zlib';

export interface GrayImage {
  width: number;
  height: number;
  /** Row-major, one byte per pixel, 0 = black. Length width × height. */
  data: Uint8Array;
}

export type QuarterTurn = 0 | 90 | 180 | 270;

/** RGBA (or RGB when channels = 3) → luma (BT.601), alpha composited on white. */
export function grayFromRgba(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray, channels = 4): GrayImage {
  const n = width * height;
  const data = new Uint8Array(n);
  for (let i = 0, p = 0; i < n; i++, p += channels) {
    const y = (rgba[p]! * 299 + rgba[p + 1]! * 587 + rgba[p + 2]! * 114) / 1000;
    const a = channels === 4 ? rgba[p + 3]! : 255;
    data[i] = Math.round((y * a + 255 * (255 - a)) / 255);
  }
  return { width, height, data };
}

/** Rotates clockwise by a multiple of 90°. */
export function rotateGray(img: GrayImage, degrees: QuarterTurn): GrayImage {
  if (degrees === 0) return img;
  const { width: w, height: h, data: src } = img;
  const out = new Uint8Array(w * h);
  if (degrees === 180) {
    for (let i = 0, j = w * h - 1; i < w * h; i++, j--) out[j] = src[i]!;
    return { width: w, height: h, data: out };
  }
  // 90° clockwise: (x, y) → (h-1-y, x) in a w'=h, h'=w image; 270°: (y, w-1-x).
  const nw = h;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const v = src[row + x]!;
      if (degrees === 90) out[x * nw + (h - 1 - y)] = v;
      else out[(w - 1 - x) * nw + y] = v;
    }
  }
  return { width: h, height: w, data: out };
}

/** Halves both sides (2×2 box average). */
export function halveGray(img: GrayImage): GrayImage {
  const w = img.width >> 1;
  const h = img.height >> 1;
  const out = new Uint8Array(w * h);
  const src = img.data;
  const sw = img.width;
  for (let y = 0; y < h; y++) {
    const r0 = 2 * y * sw;
    const r1 = r0 + sw;
    for (let x = 0; x < w; x++) {
      const c = 2 * x;
      out[y * w + x] = (src[r0 + c]! + src[r0 + c + 1]! + src[r1 + c]! + src[r1 + c + 1]! + 2) >> 2;
    }
  }
  return { width: w, height: h, data: out };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * The zlib stream of PNG-filtered rows ("Up" filter): the IDAT payload of a
 * grayscale PNG, and also a valid PDF FlateDecode stream with
 * /DecodeParms << /Predictor 15 /Colors 1 /Columns width >>.
 */
export function deflateGrayRows(img: GrayImage, level = 6): Buffer {
  const { width: w, height: h, data } = img;
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) {
    const o = y * (w + 1);
    raw[o] = y === 0 ? 0 : 2;
    const row = y * w;
    if (y === 0) for (let x = 0; x < w; x++) raw[o + 1 + x] = data[row + x]!;
    else for (let x = 0; x < w; x++) raw[o + 1 + x] = (data[row + x]! - data[row - w + x]!) & 0xff;
  }
  return deflateSync(raw, { level });
}

/**
 * An 8-bit binary PGM (P5): the page's bytes behind a 15-byte header, no
 * compression. What OCR is given (Leptonica reads it directly): encoding a
 * 300-dpi page as PNG costs 50–200 ms of deflate on the calling thread and
 * as much inflate in the engine. PGM carries no resolution: pass it to the
 * engine with the image (RecognizeOptions.dpi).
 */
export function encodeGrayPgm(img: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  const out = Buffer.allocUnsafe(header.length + img.width * img.height);
  header.copy(out, 0);
  out.set(img.data.subarray(0, img.width * img.height), header.length);
  return out;
}

/**
 * Encodes an 8-bit grayscale PNG. `dpi` is written as a pHYs chunk so
 * Tesseract knows the resolution (it warns and guesses otherwise).
 */
export function encodeGrayPng(img: GrayImage, dpi = 300, level = 6): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  const phys = Buffer.alloc(9);
  const ppm = Math.round(dpi / 0.0254);
  phys.writeUInt32BE(ppm, 0);
  phys.writeUInt32BE(ppm, 4);
  phys[8] = 1; // metre
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', deflateGrayRows(img, level)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
