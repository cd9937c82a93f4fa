/**
 * PNG and JPEG decoding in a child process (raster-decoder.child.mjs).
 *
 * Why: Skia, through @napi-rs/canvas, segfaults on some truncated or
 * corrupt PNG/JPEG files (a PNG with a bad header CRC, a JPEG cut in its
 * scan data; upstream Brooooooklyn/canvas#1309). In-process, one such file
 * killed `registre ingest` mid-batch, the worker that held it and the
 * in-process HTTP server. A child costs ~0.1 s per image, small beside the
 * seconds of OCR that follow.
 *
 * Contract: resolves with the RGBA pixels; a file the decoder refuses, dies
 * on, or takes longer than `timeoutMs` to decode rejects with an InputError
 * naming the file and the cause; only a child that cannot be started at all
 * is an infrastructure error (plain Error).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.ts';

const CHILD = fileURLToPath(new URL('./raster-decoder.child.mjs', import.meta.url));

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

export function decodeRasterInChild(bytes: Buffer, file: string, label: string, maxPixels: number, timeoutMs: number): Promise<Rgba> {
  return new Promise((resolve, reject) => {
    // Only the child's own environment matters; it reads nothing from it.
    const child = spawn(process.execPath, [CHILD, String(maxPixels)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let timedOut = false;
    let tooMuch = false;
    const cap = 8 + 4 * maxPixels;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      outBytes += d.length;
      if (outBytes > cap) {
        tooMuch = true;
        child.kill('SIGKILL');
      } else out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 2000) err += d.toString('utf8');
    });
    child.stdin.on('error', () => {}); // the child may exit before reading everything (EPIPE)
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start the image decoder (${process.execPath} ${CHILD}): ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const why = err.trim().split('\n')[0] ?? '';
      if (timedOut) return reject(new InputError(file, `${label} image: decoding took longer than ${timeoutMs} ms`));
      if (tooMuch || code === 4) return reject(new InputError(file, `${label} image larger than its header says${why ? ` (${why})` : ''} (limit maxPixels ${maxPixels})`));
      if (signal) return reject(new InputError(file, `not a valid ${label} image (corrupt or truncated: the decoder crashed on it, ${signal})`));
      if (code !== 0) return reject(new InputError(file, `not a valid ${label} image (${why || `decoder exit ${code}`})`));
      const buf = Buffer.concat(out);
      if (buf.length < 8) return reject(new InputError(file, `not a valid ${label} image (cannot be decoded)`));
      const width = buf.readUInt32BE(0);
      const height = buf.readUInt32BE(4);
      const data = buf.subarray(8);
      if (data.length !== width * height * 4) return reject(new InputError(file, `not a valid ${label} image (decoder returned ${data.length} bytes for ${width} × ${height} px)`));
      resolve({ width, height, data });
    });
    child.stdin.end(bytes);
  });
}
