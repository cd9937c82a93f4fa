/**
 * Putting documents on the queue: the original is stored first
 * (content-addressed, untouched), then the `extract` job is added with an
 * id derived from the content hash. Enqueuing the same bytes again adds no
 * job: a waiting or running one is left alone; a finished one runs again,
 * and its first step finds the document in the store and ends the chain
 * (`unchanged`) — so the store, not Redis, decides what is done. Used by `registre enqueue`; the HTTP server can call
 * `enqueueBytes` the same way.
 */
import type { Job, Queue } from 'bullmq';
import type { ExtractPayload } from '../domain/index.ts';
import { sniffKind } from '../extract/sniff.ts';
import { contentHash } from '../pipeline.ts';
import { storeOriginal } from '../store/originals.ts';
import { stageJobId } from './names.ts';
import type { Queues } from './queues.ts';

export interface Enqueued {
  file: string;
  id: string;
  jobId: string;
  /** State of the extract job before this add: 'unknown' when it is new. */
  state: string;
}

/**
 * Adds a job under a derived id. A job already there is left alone while
 * waiting or running; a failed one (or, with `rerunCompleted`, a completed
 * one from an earlier run) gets the new data and runs again.
 */
export async function addStageJob(queue: Queue, data: object, jobId: string, rerunCompleted: boolean): Promise<{ job: Job; state: string }> {
  const state = await queue.getJobState(jobId); // 'unknown' when new
  const job = await queue.add(queue.name, data, { jobId });
  if (state === 'failed' || (rerunCompleted && state === 'completed')) {
    await job.updateData(data);
    // Another worker may have re-run it a moment ago: that is the same outcome.
    await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true }).catch(() => {});
  }
  return { job, state };
}

export interface ProducerDeps {
  queues: Queues;
  dataDir: string;
  actor: string;
}

export async function enqueueBytes(deps: ProducerDeps, bytes: Buffer, file: string): Promise<Enqueued> {
  const id = contentHash(bytes);
  const original_path = await storeOriginal(deps.dataDir, bytes, file, bytes.length > 0 ? sniffKind(bytes) : null);
  const data: ExtractPayload = { id, file, original_path, actor: deps.actor };
  const jobId = stageJobId('extract', id);
  // A finished extract job runs again: it ends at once when the store already has the document
  // (no extraction, no record), and redoes the work when the store lost it or it had failed.
  const { state } = await addStageJob(deps.queues.extract, data, jobId, true);
  return { file, id, jobId, state };
}
