/**
 * An OcrPool whose recognize() is an `ocr` job: the page image is written
 * under the data directory and any worker process running the `ocr` stage
 * reads it. Given to createExtractor by the extract stage, so the
 * extractors (page routing, rotation probe, layout) stay the single source
 * while the pages of one multi-page scan spread over every OCR worker of
 * every machine.
 *
 * Contract (the OcrPool one, seen from ocrPages):
 * - resolves with the engine's result; rejects with OcrJobError or
 *   OcrTimeoutError when the OCR worker judged the image bad (not retried);
 * - rejects with a plain Error when the page job failed for an
 *   infrastructure reason or took longer than `waitMs` (the extract job is
 *   then retried: page jobs already done are found by id and not re-run);
 * - rejects with HandBackError once `signal` aborts (worker shutting down).
 * `size` is how many pages of the document are in flight at once.
 */
import type { Queue, QueueEvents } from 'bullmq';
import { OcrJobResult, type OcrPayload } from '../domain/index.ts';
import { OcrJobError, OcrPoolClosedError, OcrTimeoutError, type OcrPool, type OcrPoolStats, type OcrResult } from '../ocr/ocr-pool.ts';
import { contentHash } from '../pipeline.ts';
import { pagePath, writeAtomic } from './derived.ts';
import { ocrJobId } from './names.ts';

/** The worker is shutting down: the job goes back to the queue, no attempt spent. */
export class HandBackError extends Error {
  override readonly name = 'HandBackError';
}

export interface RemoteOcrOptions {
  queue: Queue;
  events: QueueEvents;
  dataDir: string;
  documentId: string;
  size: number;
  waitMs: number;
  signal: AbortSignal;
  /** Called after each page job's result arrived. */
  onPage?: (pagesDone: number) => void;
}

/** Runs `work` until it settles or `signal` aborts (then rejects with HandBackError); leaves no listener behind. */
async function untilAborted<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  let onAbort = () => {};
  const stop = new Promise<never>((_, reject) => {
    onAbort = () => reject(new HandBackError('worker shutting down'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, stop]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

export function createRemoteOcrPool(o: RemoteOcrOptions): OcrPool {
  let closed = false;
  let jobs = 0;
  let done = 0;

  async function run(image: Buffer, words: boolean, dpi: number | undefined): Promise<unknown> {
    const hash = contentHash(image);
    const page_path = pagePath(o.documentId, hash);
    await writeAtomic(o.dataDir, page_path, image);
    const data: OcrPayload = { document_id: o.documentId, page_path, words, ...(dpi ? { dpi } : {}) };
    const job = await o.queue.add('ocr', data, { jobId: ocrJobId(o.documentId, hash, words) });
    // Same id as a page job that failed earlier (a crash, an exhausted retry): run it again.
    if ((await job.getState()) === 'failed') await job.retry('failed', { resetAttemptsMade: true }).catch(() => {}); // another caller retried it
    try {
      return await job.waitUntilFinished(o.events, o.waitMs);
    } catch (e) {
      throw new Error(`OCR page job ${job.id} did not finish: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return {
    size: Math.max(1, o.size),
    async recognize(image, options = {}): Promise<OcrResult> {
      if (closed) throw new OcrPoolClosedError('OCR pool closed');
      if (o.signal.aborted) throw new HandBackError('worker shutting down');
      jobs++;
      const work = run(image, !!options.words, options.dpi);
      work.catch(() => {}); // still running when we hand back: its outcome no longer matters here
      const value = OcrJobResult.parse(await untilAborted(o.signal, work));
      if (!value.ok) throw value.kind === 'timeout' ? new OcrTimeoutError(value.message) : new OcrJobError(value.message);
      o.onPage?.(++done);
      const { ok: _ok, ...result } = value;
      return result;
    },
    stats: (): OcrPoolStats => ({ created: 0, live: 0, jobs, terminated: 0 }),
    async close() {
      closed = true;
    },
  };
}
