/**
 * A fixed-size pool of tesseract.js workers: created on first use (text-only
 * runs never start one), then reused for every page, and terminated by
 * close(). Two workers pay off on two cores; more are slower (STACK.md).
 *
 * Contract:
 * - recognize() resolves with the page's text, mean confidence (0–100) and
 *   timing, or rejects with OcrJobError (a bad image, a worker-side error)
 *   or OcrTimeoutError (page slower than `pageTimeoutMs`: that worker is
 *   terminated and replaced, so one pathological page cannot wedge the pool).
 * - Never lets a worker-side error crash the process.
 * - After close(), recognize() rejects with OcrPoolClosedError (jobs in
 *   flight too); close() is idempotent.
 */
import type { RecognizeOptions as EngineOptions, Worker } from 'tesseract.js';
import { encodeGrayPgm } from './gray-image.ts';
import { createTesseractWorker } from './tesseract-worker.ts';

export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrResult {
  text: string;
  confidence: number;
  ms: number;
  /** Paragraphs → lines → words, top to bottom (when `words` was asked). */
  paragraphs?: OcrWord[][][];
}

export interface RecognizeOptions {
  /** Also return word boxes (for column reconstruction). */
  words?: boolean;
  /** The image's resolution, for images that do not carry it (PGM); the engine guesses otherwise. */
  dpi?: number;
}

export interface OcrPoolOptions {
  workers: number;
  langs: string;
  pageTimeoutMs: number;
  createTimeoutMs?: number;
  psm?: string;
}

export interface OcrPoolStats {
  /** Workers started since the pool was made (replacements included). */
  created: number;
  live: number;
  jobs: number;
  terminated: number;
}

export interface OcrPool {
  readonly size: number;
  /** `image`: PNG, JPEG or PGM bytes. */
  recognize(image: Buffer, options?: RecognizeOptions): Promise<OcrResult>;
  stats(): OcrPoolStats;
  close(): Promise<void>;
}

export class OcrJobError extends Error {}
export class OcrTimeoutError extends Error {}
/** The pool was closed: an infrastructure condition, not a bad page. */
export class OcrPoolClosedError extends Error {}

interface Slot {
  worker: Worker;
  /** Rejects the job in flight (set while a job runs). */
  abort?: (e: Error) => void;
}

type BlockTree = { paragraphs?: { lines?: { words?: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[] }[] }[] }[];

function paragraphsOf(blocks: BlockTree | null | undefined): OcrWord[][][] {
  const out: OcrWord[][][] = [];
  for (const b of blocks ?? []) {
    for (const p of b.paragraphs ?? []) {
      out.push((p.lines ?? []).map((l) => (l.words ?? []).map((w) => ({ text: w.text, confidence: w.confidence, ...w.bbox }))));
    }
  }
  return out;
}

export function createOcrPool(options: OcrPoolOptions): OcrPool {
  const size = Math.max(1, options.workers);
  const idle: Slot[] = [];
  const waiting: Array<{ resolve: (s: Slot) => void; reject: (e: Error) => void }> = [];
  const live = new Set<Slot>();
  let starting = 0;
  let closed = false;
  const stats: OcrPoolStats = { created: 0, live: 0, jobs: 0, terminated: 0 };

  async function startSlot(): Promise<Slot> {
    starting++;
    try {
      const worker = await createTesseractWorker({
        langs: options.langs,
        psm: options.psm,
        createTimeoutMs: options.createTimeoutMs,
      });
      const slot = { worker };
      stats.created++;
      if (closed) {
        await worker.terminate();
        stats.terminated++;
        throw new OcrPoolClosedError('OCR pool closed');
      }
      live.add(slot);
      return slot;
    } finally {
      starting--;
    }
  }

  function acquire(): Promise<Slot> {
    if (closed) return Promise.reject(new OcrPoolClosedError('OCR pool closed'));
    const slot = idle.pop();
    if (slot) return Promise.resolve(slot);
    if (live.size + starting < size) return startSlot();
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  }

  function release(slot: Slot): void {
    slot.abort = undefined;
    if (closed) return;
    const next = waiting.shift();
    if (next) next.resolve(slot);
    else idle.push(slot);
  }

  async function discard(slot: Slot): Promise<void> {
    live.delete(slot);
    stats.terminated++;
    await slot.worker.terminate().catch(() => {});
    // A waiter may now take the free place with a fresh worker.
    const next = waiting.shift();
    if (next) startSlot().then(next.resolve, next.reject);
  }

  return {
    size,
    async recognize(image, opts = {}) {
      const slot = await acquire();
      stats.jobs++;
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        slot.abort = reject;
        timer = setTimeout(() => reject(new OcrTimeoutError(`OCR took longer than ${options.pageTimeoutMs} ms (limit ocrPageTimeoutMs)`)), options.pageTimeoutMs);
      });
      try {
        // Tesseract parameters for this call only (the worker saves and restores them); untyped in tesseract.js.
        const params = (opts.dpi ? { user_defined_dpi: String(opts.dpi) } : {}) as Partial<EngineOptions>;
        const job = slot.worker.recognize(image, params, { text: true, blocks: !!opts.words });
        const { data } = await Promise.race([job, timeout]);
        release(slot);
        const result: OcrResult = { text: data.text ?? '', confidence: Math.max(0, Math.min(100, data.confidence ?? 0)), ms: performance.now() - started };
        if (opts.words) result.paragraphs = paragraphsOf(data.blocks as unknown as BlockTree);
        return result;
      } catch (e) {
        if (e instanceof OcrPoolClosedError) throw e; // closed under the job
        if (e instanceof OcrTimeoutError) {
          await discard(slot);
          throw e;
        }
        release(slot);
        throw new OcrJobError(`OCR failed: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        clearTimeout(timer);
      }
    },
    stats: () => ({ ...stats, live: live.size }),
    async close() {
      if (closed) return;
      closed = true;
      for (const w of waiting.splice(0)) w.reject(new OcrPoolClosedError('OCR pool closed'));
      const all = [...live];
      for (const s of all) s.abort?.(new OcrPoolClosedError('OCR pool closed'));
      live.clear();
      idle.length = 0;
      await Promise.all(all.map((s) => s.worker.terminate().catch(() => {})));
      stats.terminated += all.length;
    },
  };
}

/**
 * Starts every worker of the pool now (each runs one recognition of a small
 * blank image), so a process that is about to take OCR jobs does not pay the
 * engine's start-up inside its first jobs. Rejects with the setup error when
 * an engine cannot start (language data missing); the pool stays usable and
 * tries again on the next recognize().
 */
export async function warmOcrPool(pool: OcrPool): Promise<void> {
  const blank = encodeGrayPgm({ width: 240, height: 80, data: new Uint8Array(240 * 80).fill(255) });
  await Promise.all(Array.from({ length: pool.size }, () => pool.recognize(blank, { dpi: 300 })));
}
