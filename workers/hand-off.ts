/**
 * Passing a document to its next stage. When this process serves that
 * stage too (the default: every stage), the stage runs at once inside the
 * current job — no Redis round trip, no derived file — so the usual cost
 * of the queue is one job per document. When it does not (`--stages`
 * splits the work across machines), the data goes to a derived file and
 * the next stage's job is added under its derived id.
 *
 * Either way the chain ends in `storeDocument`: a document that is not a
 * parsed deliberation is stored with its reason, then the job fails with
 * UnrecoverableError carrying that reason (never retried); its last
 * progress says the document was stored as such, for `enqueue --wait`.
 */
import { UnrecoverableError, type Job } from 'bullmq';
import type { DocumentRef, Extraction, JobProgress, ProcessedDocument, StageResult } from '../src/domain/index.ts';
import { writeDocument, writeExtraction } from '../src/queue/derived.ts';
import { stageJobId } from '../src/queue/names.ts';
import { addStageJob } from '../src/queue/producer.ts';
import { analyseStage, storeStage } from '../src/queue/stages.ts';
import { needStore, type WorkerContext } from './context.ts';

export async function storeDocument(ctx: WorkerContext, job: Job, ref: DocumentRef, doc: ProcessedDocument): Promise<StageResult> {
  const r = await storeStage(needStore(ctx), doc, ref.actor, ref.original_path);
  const d = r.document;
  if (d.status !== 'parsed') {
    const progress: JobProgress = { stage: 'store', message: `stored as ${d.status}`, status: d.status };
    await job.updateProgress(progress);
    throw new UnrecoverableError(d.error ?? `${ref.file}: ${d.status}`);
  }
  return { next: null, status: d.status, outcome: r.outcome, error: null, findings: d.findings.length };
}

export async function toStore(ctx: WorkerContext, job: Job, ref: DocumentRef, doc: ProcessedDocument): Promise<StageResult> {
  if (ctx.serves.has('store')) return storeDocument(ctx, job, ref, doc);
  const document_path = await writeDocument(ctx.config.dataDir, doc);
  await addStageJob(ctx.queues.store, { ...ref, document_path }, stageJobId('store', ref.id), true);
  return { next: 'store', status: doc.status, outcome: null, error: doc.error, findings: doc.findings.length };
}

export async function toAnalyse(ctx: WorkerContext, job: Job, ref: DocumentRef, size: number, extraction: Extraction): Promise<StageResult> {
  if (ctx.serves.has('analyse')) return toStore(ctx, job, ref, analyseStage(ref.id, ref.file, size, extraction));
  const extraction_path = await writeExtraction(ctx.config.dataDir, ref.id, extraction);
  await addStageJob(ctx.queues.analyse, { ...ref, size, extraction_path }, stageJobId('analyse', ref.id), true);
  return { next: 'analyse', status: null, outcome: null, error: null, findings: 0 };
}
