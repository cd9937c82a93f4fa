/**
 * `extract` job: stored original → Extraction (text layers read here; page
 * images OCRed as `ocr` jobs by whichever workers run that stage) → hands
 * the document to `analyse`, or, for a bad input, its failed document to
 * `store` (which records it and ends the chain without retry); see
 * hand-off.ts for when those run inside this job.
 *
 * A document already stored by this parser version is not extracted again
 * (no second OCR run): the chain ends here with outcome `unchanged`.
 */
import { UnrecoverableError, type Job } from 'bullmq';
import { ExtractPayload, type StageResult } from '../src/domain/index.ts';
import { createExtractor } from '../src/extract/index.ts';
import { contentHash } from '../src/pipeline.ts';
import { pagesDir, removeData } from '../src/queue/derived.ts';
import { createRemoteOcrPool, HandBackError } from '../src/queue/remote-ocr-pool.ts';
import { alreadyStored, extractStage } from '../src/queue/stages.ts';
import { readOriginal } from '../src/store/originals.ts';
import { handBack, needStore, parsePayload, type WorkerContext } from './context.ts';
import { toAnalyse, toStore } from './hand-off.ts';

export function extractHandler(ctx: WorkerContext) {
  const { config, queues } = ctx;
  return async (job: Job, token?: string): Promise<StageResult> => {
    const p = parsePayload(ExtractPayload, job);
    const known = await alreadyStored(needStore(ctx), p.id);
    if (known) return { next: null, status: known.status, outcome: 'unchanged', error: known.error, findings: known.findings.length };

    let bytes: Buffer;
    try {
      bytes = await readOriginal(config.dataDir, p.original_path);
    } catch (e) {
      // Transient as far as we can tell (a shared volume not mounted yet): retried, then visible.
      throw new Error(`${p.file}: stored original unreadable (${p.original_path}): ${e instanceof Error ? e.message : String(e)}`);
    }
    if (contentHash(bytes) !== p.id) throw new UnrecoverableError(`${p.file}: stored original ${p.original_path} does not match document id ${p.id}`);

    if (!ctx.ocrEvents) throw new Error('extract stage started without OCR queue events (internal)');
    const ocr = createRemoteOcrPool({
      queue: queues.ocr,
      events: ctx.ocrEvents,
      dataDir: config.dataDir,
      documentId: p.id,
      size: config.ocrFanout,
      waitMs: config.ocrWaitMs,
      signal: ctx.shutdown,
      onPage: (pages) => void job.updateProgress({ stage: 'extract', message: `${pages} page(s) read by OCR`, pages }).catch(() => {}),
    });
    const extractor = createExtractor(config, ocr);
    let outcome;
    try {
      outcome = await extractStage(p.id, bytes, p.file, (b, f) => extractor.extract(b, f));
    } catch (e) {
      if (e instanceof HandBackError) return handBack(job, token); // page images stay for the next run
      // (whatever failed once the worker is shutting down — a render or a page wait cut short — is no attempt spent: the
      // job goes back to wait for the next worker, never to a retry's backoff)
      if (ctx.shutdown.aborted) return handBack(job, token);
      throw e;
    } finally {
      await extractor.close();
    }

    if (ocr.stats().jobs > 0) await removeData(config.dataDir, pagesDir(p.id)); // every page job is done
    const ref = { id: p.id, file: p.file, original_path: p.original_path, actor: p.actor };
    return outcome.ok ? toAnalyse(ctx, job, ref, bytes.length, outcome.extraction) : toStore(ctx, job, ref, outcome.document);
  };
}
