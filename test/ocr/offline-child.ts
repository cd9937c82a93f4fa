/**
 * Run by offline.test.ts in a child process whose network is cut (preloaded
 * guard, dead proxy, and a network namespace when available). Prints one
 * JSON line: the OCR text, and canaries proving the guard is really active
 * in the main thread and in worker threads (where tesseract.js runs).
 */
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../src/config.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { imagePages } from '../../src/extract/image-decode.ts';
import { encodeGrayPng } from '../../src/ocr/gray-image.ts';

const config = loadConfig({});
const png = readFileSync(process.argv[2]!);
const page = (await imagePages(png, 'p.png', 'png', config.limits)).page(1);
const top = { width: page.width, height: Math.round(page.height * 0.15), data: page.data.slice(0, page.width * Math.round(page.height * 0.15)) };

const ex = createExtractor({ limits: config.limits, ocrWorkers: 1, ocrLangs: process.argv[3] ?? 'fra' });
const r = await ex.extract(encodeGrayPng(top), 'header.png');
await ex.close();

const mainCanary = await fetch('http://127.0.0.1:9/').then(() => 'reached', (e: Error) => e.message);
const workerCanary = await new Promise<string>((resolve) => {
  const w = new Worker(
    `const http = require('node:http'); const { parentPort } = require('node:worker_threads');
     try { const req = http.get('http://127.0.0.1:9/'); req.on('error', (e) => parentPort.postMessage('error ' + e.message)); }
     catch (e) { parentPort.postMessage(e.message); }`,
    { eval: true },
  );
  w.on('message', (m) => {
    resolve(String(m));
    void w.terminate();
  });
  w.on('error', (e) => resolve(`worker error ${e.message}`));
});
process.stdout.write(JSON.stringify({ text: r.pages[0]!.text, confidence: r.pages[0]!.confidence, mainCanary, workerCanary }) + '\n');
