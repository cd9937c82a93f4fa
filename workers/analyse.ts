/**
 * `analyse` job (when extraction ran on a process not serving analyse):
 * Extraction → parse + check (pure, src/pipeline.ts `analyse`) → store.
 */
import type { Job } from 'bullmq';
import { AnalysePayload, type StageResult } from '../src/domain/index.ts';
import { readExtraction } from '../src/queue/derived.ts';
import { analyseStage } from '../src/queue/stages.ts';
import { parsePayload, type WorkerContext } from './context.ts';
import { toStore } from './hand-off.ts';

export function analyseHandler(ctx: WorkerContext) {
  return async (job: Job): Promise<StageResult> => {
    const p = parsePayload(AnalysePayload, job);
    const extraction = await readExtraction(ctx.config.dataDir, p.extraction_path);
    const ref = { id: p.id, file: p.file, original_path: p.original_path, actor: p.actor };
    return toStore(ctx, job, ref, analyseStage(p.id, p.file, p.size, extraction));
  };
}
