/**
 * A corpus of hostile inputs, generated at test time (nothing big is
 * committed): every way a clerk's folder, a mailer or an attacker can hand
 * the pipeline a bad file, each with what must become of it.
 *
 * Contract: `hostileInputs()` is deterministic (fixed seeds) and returns
 * inputs whose names are valid on disk (≤ 255 bytes, no `/`, no NUL); the
 * names that are impossible on disk (`../`, NUL bytes, 300 characters) are
 * in `hostileNames()`, for the paths that take a client's name (processBytes,
 * ingestBytes, enqueueBytes). Bytes are produced lazily: the 50 MB text is
 * only built when written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { FindingCode } from '../../src/domain/index.ts';
import { encodeGrayPng, type GrayImage } from '../../src/ocr/gray-image.ts';
import { A4, layoutText, type Run } from '../../scripts/fixtures/layout.ts';
import { writePdf, type PdfPage } from '../../scripts/fixtures/pdf-writer.ts';
import { encodeJpeg, measure, seededRandom } from '../../scripts/fixtures/raster.ts';
import { writeTiff } from '../../scripts/fixtures/tiff-writer.ts';
import { FIXTURES } from '../helpers/paths.ts';

/** Limits the robustness runs use (the 500-page TIFF must exceed maxPages; defaults elsewhere). */
export const ROBUST_LIMITS = { maxPages: 100, maxTextChars: 4_000_000 } as const;

export type Expectation =
  /** Refused: a failed document whose error is `<name>: <cause>` with the cause matching. */
  | { status: 'failed'; cause: RegExp }
  /** Read, but not a deliberation: stored as such with the standard reason. */
  | { status: 'not_deliberation' }
  /** Valid but odd: read as a deliberation, with these findings (codes) and notes. */
  | { status: 'parsed'; findings?: FindingCode[]; notes?: RegExp };

export interface HostileInput {
  /** File name on disk. */
  name: string;
  /** What it is, for people reading a failure. */
  what: string;
  bytes(): Buffer;
  expect: Expectation;
  /** Alternative acceptable outcome (a decoder may legitimately go either way). */
  orElse?: Expectation;
}

const read = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel));
const once = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};

/** A real-looking deliberation (invented corpus), with its counts. */
export const DELIBERATION = once(() => read('corpus/101-lavergne-d-olt-cm-2023-02-14.txt').toString('utf8'));

const textPdf = (text: string): Buffer => writePdf(layoutText(text, measure).map((runs): PdfPage => ({ kind: 'text', width: A4.width, height: A4.height, runs })));
const blankPages = (n: number, width = A4.width, height = A4.height): Buffer =>
  writePdf(Array.from({ length: n }, (): PdfPage => ({ kind: 'text', width, height, runs: [] as Run[] })));

function pngChunk(type: string, data: Buffer, badCrc = false): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((crc32(body) ^ (badCrc ? 0xdeadbeef : 0)) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A PNG whose header says width × height (8-bit gray) over `idat` (may not match). */
function rawPng(width: number, height: number, idat: Buffer, badCrc: 'none' | 'ihdr' | 'idat' = 'none'): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(0, 9); // gray
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr, badCrc === 'ihdr'),
    pngChunk('IDAT', idat, badCrc === 'idat'),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const gray = (width: number, height: number, value = 255): GrayImage => ({ width, height, data: new Uint8Array(width * height).fill(value) });

/** Gray rows with PNG filter bytes, deflated: a valid IDAT for `img`. */
const grayIdat = (img: GrayImage) => {
  const rows = Buffer.alloc((img.width + 1) * img.height);
  for (let y = 0; y < img.height; y++) Buffer.from(img.data.subarray(y * img.width, (y + 1) * img.width)).copy(rows, y * (img.width + 1) + 1);
  return deflateSync(rows);
};

/** Sets the frame size in a JPEG's SOF0 header (a lie the decoder must not believe). */
function jpegWithSize(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  for (let i = 2; i + 9 < out.length; ) {
    const marker = out[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      out.writeUInt16BE(height, i + 5);
      out.writeUInt16BE(width, i + 7);
      return out;
    }
    i += 2 + out.readUInt16BE(i + 2);
  }
  throw new Error('no SOF in JPEG');
}

/** A minimal zip with one deflated member. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateSync(content, { level: 9 }).subarray(2, -4); // raw deflate
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(Buffer.byteLength(name), 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(Buffer.byteLength(name), 28);
  const nameBuf = Buffer.from(name);
  const cdOffset = local.length + nameBuf.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, end]);
}

/** A PDF whose page tree points back at itself (a loop a naive reader follows forever). */
function circularPdf(): Buffer {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A one-page PDF whose content stream inflates from a few KB to `mb` MB (a Flate bomb). */
function flateBombPdf(mb: number): Buffer {
  const inflated = Buffer.alloc(mb * 1024 * 1024, 0x20);
  const data = deflateSync(inflated, { level: 9 });
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  const add = (b: Buffer) => {
    offsets.push(at);
    parts.push(b);
    at += b.length;
  };
  add(Buffer.from('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1'));
  add(Buffer.from('2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n', 'latin1'));
  add(Buffer.from('3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>\nendobj\n', 'latin1'));
  add(Buffer.concat([Buffer.from(`4 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  const xref = at;
  parts.push(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** The deliberation without any declared count: no « En exercice / Présents / Votants », no tally. */
export function everyCountMissing(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^(Nombre de conseillers|En exercice|Vote\s*:)/i.test(l.trim()))
    .join('\n');
}

function latin1(text: string): Buffer {
  return Buffer.from(text.replace(/[’‘]/g, "'").replace(/[–—]/g, '-').replace(/€/g, 'EUR'), 'latin1');
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

const flipByte = (b: Buffer, at: number) => {
  const c = Buffer.from(b);
  c[at] = c[at]! ^ 0xff;
  return c;
};

const random = (n: number, seed: number) => {
  const r = seededRandom(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)));
};

const NOT_SUPPORTED = /not a supported document \(neither text, PDF nor PNG\/JPEG\/TIFF image\)/;
const PIXELS = (w: number, h: number) => new RegExp(`page 1 too large to rasterise safely: ${w} × ${h} px = \\d+ pixels \\(limit maxPixels \\d+\\)`);

/** Every hostile input, ≥ 30, in a stable order. */
export function hostileInputs(): HostileInput[] {
  const delib = DELIBERATION;
  const delibPdf = once(() => textPdf(delib()));
  const smallJpeg = once(() => encodeJpeg(gray(64, 64, 200), 80));
  const list: HostileInput[] = [
    { name: 'empty.pdf', what: 'empty file', bytes: () => Buffer.alloc(0), expect: { status: 'failed', cause: /^empty file \(0 bytes\)$/ } },
    { name: 'garbage.bin', what: 'binary garbage (64 KB, seeded)', bytes: () => random(65536, 9), expect: { status: 'failed', cause: NOT_SUPPORTED } },
    { name: 'truncated.pdf', what: 'text PDF cut at 60 %', bytes: () => delibPdf().subarray(0, Math.floor(delibPdf().length * 0.6)), expect: { status: 'failed', cause: /^truncated PDF \(no %%EOF end marker/ } },
    { name: 'encrypted.pdf', what: 'PDF with a user password', bytes: () => writePdf(layoutText(delib(), measure).map((runs): PdfPage => ({ kind: 'text', width: A4.width, height: A4.height, runs })), { encrypted: true }), expect: { status: 'failed', cause: /^encrypted PDF: a password is needed to open it$/ } },
    { name: 'pages-10000.pdf', what: 'PDF with 10,000 empty pages', bytes: () => blankPages(10_000), expect: { status: 'failed', cause: /^too many pages: 10000 \(limit maxPages \d+\)$/ } },
    { name: 'page-50000pt.pdf', what: 'one page of 50,000 × 50,000 points', bytes: () => blankPages(1, 50_000, 50_000), expect: { status: 'failed', cause: PIXELS(208334, 208334) } },
    { name: 'bomb.png', what: 'PNG header 100,000 × 100,000 px over a 1 KB stream (decompression bomb)', bytes: () => rawPng(100_000, 100_000, deflateSync(Buffer.alloc(1 << 20))), expect: { status: 'failed', cause: PIXELS(100000, 100000) } },
    { name: 'bomb.jpg', what: 'JPEG whose frame header claims 65,000 × 65,000 px', bytes: () => jpegWithSize(smallJpeg(), 65_000, 65_000), expect: { status: 'failed', cause: PIXELS(65000, 65000) } },
    { name: 'bomb.tif', what: 'TIFF page claiming 100,000 × 100,000 px', bytes: () => tiffWithSize(100_000, 100_000), expect: { status: 'failed', cause: PIXELS(100000, 100000) } },
    { name: 'pages-500.tif', what: 'TIFF with 500 pages', bytes: () => writeTiff(Array.from({ length: 500 }, () => gray(8, 8))), expect: { status: 'failed', cause: new RegExp(`^too many pages: 500 \\(limit maxPages ${ROBUST_LIMITS.maxPages}\\)$`) } },
    { name: 'utf16le-nobom.txt', what: 'deliberation in UTF-16 LE without BOM', bytes: () => Buffer.from(delib(), 'utf16le'), expect: { status: 'parsed', notes: /decoded as utf-16le/ } },
    { name: 'utf16be-nobom.txt', what: 'deliberation in UTF-16 BE without BOM', bytes: () => utf16be(delib()), expect: { status: 'parsed', notes: /decoded as utf-16be/ } },
    { name: 'text-50mb.txt', what: 'text of 50 MB (the deliberation repeated)', bytes: () => fiftyMegabytes(delib()), expect: { status: 'failed', cause: new RegExp(`^text too long: \\d+ characters \\(limit maxTextChars ${ROBUST_LIMITS.maxTextChars}\\)$`) } },
    { name: 'not-deliberation.pdf', what: 'valid text PDF: a recipe', bytes: () => textPdf('Tarte aux pommes\n\nÉtaler la pâte, disposer les pommes en rosace, saupoudrer de sucre.\nCuire 35 minutes à 180 °C.\n'), expect: { status: 'not_deliberation' } },
    { name: 'every-count-missing.txt', what: 'deliberation with every declared count and the tally removed', bytes: () => Buffer.from(everyCountMissing(delib())), expect: { status: 'parsed', findings: [] } },
    { name: 'latin1.txt', what: 'deliberation in Latin-1 / Windows-1252', bytes: () => latin1(delib()), expect: { status: 'parsed', notes: /decoded as windows-1252/ } },
    { name: 'invalid-utf8.txt', what: 'UTF-8 deliberation with stray invalid bytes', bytes: () => Buffer.concat([Buffer.from(delib()), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x0a])]), expect: { status: 'parsed', notes: /decoded as windows-1252/ } },
    { name: 'nul-bytes.txt', what: 'deliberation with NUL bytes sprinkled in (< 1 %)', bytes: () => Buffer.from(delib().replace(/\n\n/g, '\n\u0000\n')), expect: { status: 'parsed' } },
    { name: 'truncated.jpg', what: 'JPEG cut in its scan data', bytes: () => smallJpeg().subarray(0, smallJpeg().length - 80), expect: { status: 'failed', cause: /^not a valid JPEG image/ }, orElse: { status: 'not_deliberation' } },
    { name: 'flipped.jpg', what: 'JPEG with one corrupt byte in its scan data', bytes: () => flipByte(smallJpeg(), smallJpeg().length - 78), expect: { status: 'failed', cause: /^not a valid JPEG image/ }, orElse: { status: 'not_deliberation' } },
    { name: 'header-only.jpg', what: 'JPEG cut before its frame header', bytes: () => smallJpeg().subarray(0, 20), expect: { status: 'failed', cause: /^not a valid JPEG image \(no image header\)$/ } },
    { name: 'bad-crc.png', what: 'PNG whose header chunk has a wrong CRC', bytes: () => rawPng(64, 64, grayIdat(gray(64, 64)), 'ihdr'), expect: { status: 'failed', cause: /not a valid PNG image/ }, orElse: { status: 'not_deliberation' } },
    { name: 'short-idat.png', what: 'PNG whose pixel data stops short', bytes: () => rawPng(64, 64, grayIdat(gray(64, 64)).subarray(0, 10)), expect: { status: 'failed', cause: /not a valid PNG image/ }, orElse: { status: 'not_deliberation' } },
    { name: 'blank.png', what: 'valid blank 200 × 200 PNG (OCR finds nothing)', bytes: () => encodeGrayPng(gray(200, 200)), expect: { status: 'not_deliberation' } },
    { name: 'truncated.tif', what: 'TIFF header pointing past the end of the file', bytes: () => Buffer.from([0x49, 0x49, 0x2a, 0x00, 0xff, 0xff, 0x00, 0x00, 0, 0]), expect: { status: 'failed', cause: /not a valid TIFF image/ } },
    { name: 'zip-renamed.pdf', what: 'zip archive named .pdf', bytes: () => zipOf('extrait.txt', Buffer.from(delib())), expect: { status: 'failed', cause: NOT_SUPPORTED } },
    { name: 'animation.gif', what: 'GIF image (a kind not supported)', bytes: () => Buffer.concat([Buffer.from('GIF89a', 'latin1'), random(2048, 5)]), expect: { status: 'failed', cause: NOT_SUPPORTED } },
    { name: 'page.html', what: 'an HTML page with a script', bytes: () => Buffer.from('<!doctype html><html><head><title>Mairie</title><script>alert(1)</script></head><body><h1>Bienvenue</h1><p>Horaires d’ouverture : du lundi au vendredi.</p></body></html>\n'), expect: { status: 'not_deliberation' } },
    { name: 'drawing.svg', what: 'an SVG image (XML text)', bytes: () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n'), expect: { status: 'not_deliberation' } },
    { name: 'whitespace.txt', what: '1 MB of blank lines and spaces', bytes: () => Buffer.from(' \n\t\n'.repeat(262_144)), expect: { status: 'not_deliberation' } },
    { name: 'one-long-line.txt', what: 'one 1 MB line of tallies (regex stress)', bytes: () => Buffer.from('POUR : 12 CONTRE : 3 ABSTENTION : 1 '.repeat(29_000)), expect: { status: 'not_deliberation' }, orElse: { status: 'parsed' } },
    { name: 'zero-pages.pdf', what: 'valid PDF with no page', bytes: () => writePdf([]), expect: { status: 'failed', cause: /^PDF has no pages \(0-page document\)$/ } },
    { name: 'circular.pdf', what: 'PDF whose page tree contains itself', bytes: circularPdf, expect: { status: 'failed', cause: /PDF/ } },
    { name: 'corrupt.pdf', what: 'PDF header followed by junk', bytes: () => Buffer.concat([Buffer.from('%PDF-1.7\n'), random(700, 3), Buffer.from('\n%%EOF\n')]), expect: { status: 'failed', cause: /^(corrupt|unreadable) PDF/ } },
    { name: 'bad-xref.pdf', what: 'text PDF whose cross-reference offsets are wrong (readers rebuild them)', bytes: () => Buffer.from(delibPdf().toString('latin1').replace(/(\d{10}) 00000 n/g, (_, o: string) => `${String(Number(o) + 7).padStart(10, '0')} 00000 n`), 'latin1'), expect: { status: 'parsed' } },
    { name: 'junk-before-header.pdf', what: 'text PDF after 16 binary bytes (as some mailers write)', bytes: () => Buffer.concat([Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7]), delibPdf()]), expect: { status: 'parsed' } },
    { name: 'flate-bomb.pdf', what: 'PDF page whose content inflates from 65 KB to 64 MB', bytes: () => flateBombPdf(64), expect: { status: 'failed', cause: /^compressed stream \(object 4\) inflates beyond 33554432 bytes: a decompression bomb, not read \(limit 33554432 bytes per stream\)$/ } },
    { name: 'x'.repeat(120) + '-' + 'é'.repeat(63) + '.txt', what: 'file name of 255 bytes (the longest a file system allows)', bytes: () => Buffer.from(delib()), expect: { status: 'parsed' } },
    { name: 'esc\u001b[2J\u001b[31mred\nline.txt', what: 'file name with a newline and terminal escape sequences', bytes: () => Buffer.from(delib().replace('Séance', 'Seance')), expect: { status: 'parsed' } },
    { name: 'ctrl\u001b]0;pwned\u0007\rline.bin', what: 'garbage named with a terminal title sequence and a carriage return', bytes: () => random(4096, 17), expect: { status: 'failed', cause: NOT_SUPPORTED } },
    // (A name starting with a dot is a hidden file: directory walks skip those, as documented.)
    { name: "x..; rm -rf ~ $(id) `x` 'q' \"dq\" ..txt", what: 'file name with dots, shell metacharacters and quotes', bytes: () => Buffer.from(delib().replace('Séance', 'Séance ')), expect: { status: 'parsed' } },
  ];
  return list;
}

/** A TIFF whose one page claims `width × height` with no real pixel data. */
function tiffWithSize(width: number, height: number): Buffer {
  const t = writeTiff([gray(4, 4)]);
  // First IFD: entries 256 (width) and 257 (height) are the first two, LONG values.
  const ifd = t.readUInt32LE(4);
  t.writeUInt32LE(width, ifd + 2 + 8);
  t.writeUInt32LE(height, ifd + 2 + 12 + 8);
  return t;
}

function fiftyMegabytes(text: string): Buffer {
  const unit = Buffer.from(text + '\n');
  const n = Math.ceil((50 * 1024 * 1024) / unit.length);
  return Buffer.concat(Array.from({ length: n }, () => unit)).subarray(0, 50 * 1024 * 1024);
}

/** Client names no file system takes: only reachable through processBytes / ingestBytes / enqueueBytes. */
export function hostileNames(): Array<{ name: string; what: string }> {
  return [
    { name: '../../../etc/passwd', what: 'path traversal' },
    { name: '..\\..\\windows\\system32\\config.txt', what: 'Windows path traversal' },
    { name: '/etc/cron.d/registre.txt', what: 'absolute path' },
    { name: 'nul\u0000byte.txt', what: 'NUL byte' },
    { name: 'n'.repeat(296) + '.txt', what: '300 characters' },
  ];
}

/** Writes the corpus into `dir`; returns the inputs with their paths. */
export function writeHostileCorpus(dir: string, inputs = hostileInputs()): Array<HostileInput & { path: string }> {
  fs.mkdirSync(dir, { recursive: true });
  return inputs.map((i) => {
    const p = path.join(dir, i.name);
    fs.writeFileSync(p, i.bytes());
    return { ...i, path: p };
  });
}

export interface SeenOutcome {
  status: string;
  error: string | null;
  notes?: readonly string[];
  findings?: readonly string[];
}

/**
 * Whether an outcome is what the input expects (or its alternative); the
 * reason when not. `shown` is the name the error must start with.
 */
export function judge(input: HostileInput, seen: SeenOutcome, shown: string): string | null {
  const tryOne = (e: Expectation): string | null => {
    if (seen.status !== e.status) return `status ${seen.status} (${seen.error ?? 'no error'}), expected ${e.status}`;
    if (e.status === 'failed') {
      if (!seen.error?.startsWith(`${shown}: `)) return `error does not start with the file name: ${JSON.stringify(seen.error)}`;
      const cause = seen.error.slice(shown.length + 2);
      if (!e.cause.test(cause)) return `cause ${JSON.stringify(cause)} does not match ${e.cause}`;
    }
    if (e.status === 'not_deliberation' && seen.error !== `${shown}: not a deliberation (no session header, attendance, vote or decision found)`) {
      return `reason ${JSON.stringify(seen.error)}`;
    }
    if (e.status === 'parsed') {
      if (e.notes && seen.notes && !seen.notes.some((n) => e.notes!.test(n))) return `notes ${JSON.stringify(seen.notes)} lack ${e.notes}`;
      if (e.findings && seen.findings) {
        const errors = [...seen.findings].sort().join(',');
        if (errors !== [...e.findings].sort().join(',')) return `error findings [${errors}], expected [${e.findings.join(',')}]`;
      }
    }
    return null;
  };
  const first = tryOne(input.expect);
  if (first === null || !input.orElse) return first;
  return tryOne(input.orElse) === null ? null : first;
}

/** A bad input (as opposed to a valid-but-odd one): counted as a failure handled when judged right. */
export const isBad = (input: HostileInput) => input.expect.status !== 'parsed';
