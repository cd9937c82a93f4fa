/**
 * `analyse` job: Extraction → parse + check (pure, src/pipeline.ts
 * `analyse`) → the ProcessedDocument, handed to `store`.
 */
import type { Job } from 'bullmq';
import { AnalysePayload, type StorePayload, type StageResult } from '../src/domain/index.ts';
import { readExtraction, writeDocument } from '../src/queue/derived.ts';
import { stageJobId } from '../src/queue/names.ts';
import { addStageJob } from '../src/queue/producer.ts';
import { analyseStage } from '../src/queue/stages.ts';
import { parsePayload, type WorkerContext } from './context.ts';

export function analyseHandler(ctx: WorkerContext) {
  const { config, queues } = ctx;
  return async (job: Job): Promise<StageResult> => {
    const p = parsePayload(AnalysePayload, job);
    const extraction = await readExtraction(config.dataDir, p.extraction_path);
    const doc = analyseStage(p.id, p.file, p.size, extraction);
    const next: StorePayload = { id: p.id, file: p.file, original_path: p.original_path, actor: p.actor, document_path: await writeDocument(config.dataDir, doc) };
    await addStageJob(queues.store, next, stageJobId('store', p.id), true);
    return { next: 'store', status: doc.status, outcome: null, error: doc.error, findings: doc.findings.length };
  };
}
