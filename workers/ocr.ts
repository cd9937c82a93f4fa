/**
 * `ocr` job: one page image → this process's tesseract pool → the engine's
 * result (word boxes when asked). A bad image or a page over the time limit
 * is a result (`ok: false`), not a failure: the extract job turns it into
 * the document's InputError. A failure here is infrastructure and retried.
 */
import fs from 'node:fs/promises';
import { UnrecoverableError, type Job } from 'bullmq';
import { OcrPayload, type OcrJobResult } from '../src/domain/index.ts';
import { OcrJobError, OcrPoolClosedError, OcrTimeoutError } from '../src/ocr/ocr-pool.ts';
import { resolveData } from '../src/queue/derived.ts';
import { handBack, parsePayload, type WorkerContext } from './context.ts';

export function ocrHandler(ctx: WorkerContext) {
  return async (job: Job, token?: string): Promise<OcrJobResult> => {
    const p = parsePayload(OcrPayload, job);
    if (!ctx.localOcr) throw new Error('ocr stage started without an OCR pool (internal)');
    let image: Buffer;
    try {
      image = await fs.readFile(resolveData(ctx.config.dataDir, p.page_path));
    } catch (e) {
      // The extract job that asked is gone; its next run rewrites the page and re-runs this job.
      throw new UnrecoverableError(`page image ${p.page_path} is gone: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      const r = await ctx.localOcr.recognize(image, { words: p.words, dpi: p.dpi });
      return { ok: true, ...r };
    } catch (e) {
      if (e instanceof OcrJobError) return { ok: false, kind: 'bad-image', message: e.message };
      if (e instanceof OcrTimeoutError) return { ok: false, kind: 'timeout', message: e.message };
      if (e instanceof OcrPoolClosedError) return handBack(job, token);
      throw e;
    }
  };
}
