/**
 * Renders PDF pages to 300-dpi grayscale images with pdftoppm (Debian
 * poppler-utils) in a child process: ~8× faster than pdfjs + canvas and it
 * keeps the event loop free (pdfjs rendering blocks it for seconds a page —
 * STACK.md). The page size is checked against maxPixels by the caller
 * before this is called.
 *
 * Contract: render(n) resolves with the page as a GrayImage; a missing
 * pdftoppm is an infrastructure error (RendererMissingError, with the
 * install command), a page pdftoppm cannot render an InputError.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { InputError } from '../errors.ts';
import type { GrayImage } from '../ocr/gray-image.ts';

const run = promisify(execFile);
export const RENDER_DPI = 300;

export class RendererMissingError extends Error {}

const available = new Map<string, Promise<boolean>>();
/** Whether the renderer command can be run (checked once per process). */
export function pdftoppmAvailable(command = 'pdftoppm'): Promise<boolean> {
  let p = available.get(command);
  if (!p) {
    p = run(command, ['-v']).then(
      () => true,
      (e: NodeJS.ErrnoException) => e.code !== 'ENOENT',
    );
    available.set(command, p);
  }
  return p;
}

/** Parses a binary PGM (P5, 8-bit) as pdftoppm -gray writes it. */
export function parsePgm(buf: Buffer): GrayImage {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4 && i < buf.length) {
    while (i < buf.length && /\s/.test(String.fromCharCode(buf[i]!))) i++;
    if (buf[i] === 0x23) {
      while (i < buf.length && buf[i] !== 0x0a) i++;
      continue;
    }
    let tok = '';
    while (i < buf.length && !/\s/.test(String.fromCharCode(buf[i]!))) tok += String.fromCharCode(buf[i++]!);
    fields.push(tok);
  }
  const [magic, w, h, max] = fields;
  const width = Number(w);
  const height = Number(h);
  if (magic !== 'P5' || max !== '255' || !(width > 0) || !(height > 0)) throw new Error(`unexpected PGM header: ${fields.join(' ')}`);
  const data = new Uint8Array(buf.buffer, buf.byteOffset + i + 1, width * height);
  if (data.length < width * height) throw new Error('short PGM data');
  return { width, height, data };
}

export interface PageRenderer {
  render(page: number): Promise<GrayImage>;
  close(): Promise<void>;
}

export async function createPdftoppmRenderer(bytes: Buffer, file: string, timeoutMs: number, command = 'pdftoppm'): Promise<PageRenderer> {
  if (!(await pdftoppmAvailable(command))) {
    throw new RendererMissingError('scanned PDF pages need pdftoppm to be rendered: install Debian poppler-utils (apt-get install poppler-utils)');
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'registre-render-'));
  const input = path.join(dir, 'in.pdf');
  await writeFile(input, bytes);
  return {
    async render(page) {
      const root = path.join(dir, `p${page}`);
      try {
        await run(command, ['-r', String(RENDER_DPI), '-gray', '-f', String(page), '-l', String(page), '-singlefile', input, root], {
          timeout: timeoutMs,
          maxBuffer: 1 << 20,
        });
        const pgm = await readFile(`${root}.pgm`);
        await rm(`${root}.pgm`, { force: true });
        return parsePgm(pgm);
      } catch (e) {
        const err = e as NodeJS.ErrnoException & { killed?: boolean; stderr?: string };
        if (err.killed) throw new InputError(file, `page ${page}: rendering took longer than ${timeoutMs} ms (limit ocrPageTimeoutMs)`);
        throw new InputError(file, `page ${page} cannot be rendered: ${(err.stderr || err.message || String(e)).trim().split('\n')[0]}`);
      }
    },
    async close() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
