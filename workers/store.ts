/**
 * `store` job: the ProcessedDocument → the record store (roster repair for
 * OCR names, then an upsert, idempotent by content hash). Ends the chain.
 *
 * A document that is not a stored success (failed: bad input; or not a
 * deliberation) is stored with its reason, then the job fails with
 * UnrecoverableError carrying that reason: visible in `jobs failed`, shown
 * by `enqueue --wait`, never retried. Its derived file is kept so that
 * `jobs retry` can run the job again.
 */
import { UnrecoverableError, type Job } from 'bullmq';
import { StorePayload, type StageResult } from '../src/domain/index.ts';
import { readDocument, removeData } from '../src/queue/derived.ts';
import { storeStage } from '../src/queue/stages.ts';
import { needStore, parsePayload, type WorkerContext } from './context.ts';

export function storeHandler(ctx: WorkerContext) {
  const { config } = ctx;
  return async (job: Job): Promise<StageResult> => {
    const p = parsePayload(StorePayload, job);
    const doc = await readDocument(config.dataDir, p.document_path);
    const r = await storeStage(needStore(ctx), doc, p.actor, p.original_path);
    if (r.document.status !== 'parsed') throw new UnrecoverableError(r.document.error ?? `${p.file}: ${r.document.status}`);
    await removeData(config.dataDir, p.document_path);
    return { next: null, status: r.document.status, outcome: r.outcome, error: null, findings: r.document.findings.length };
  };
}
