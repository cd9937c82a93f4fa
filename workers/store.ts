/**
 * `store` job (when analysis ran on a process not serving store): the
 * ProcessedDocument → the record store (roster repair for OCR names, then
 * an idempotent upsert). A document that is not a parsed deliberation is
 * stored, then the job fails without retry (hand-off.ts); its derived file
 * is kept in that case so that `jobs retry` can run the job again.
 */
import type { Job } from 'bullmq';
import { StorePayload, type StageResult } from '../src/domain/index.ts';
import { readDocument, removeData } from '../src/queue/derived.ts';
import { parsePayload, type WorkerContext } from './context.ts';
import { storeDocument } from './hand-off.ts';

export function storeHandler(ctx: WorkerContext) {
  return async (job: Job): Promise<StageResult> => {
    const p = parsePayload(StorePayload, job);
    const doc = await readDocument(ctx.config.dataDir, p.document_path);
    const result = await storeDocument(ctx, job, { id: p.id, file: p.file, original_path: p.original_path, actor: p.actor }, doc);
    await removeData(ctx.config.dataDir, p.document_path);
    return result;
  };
}
