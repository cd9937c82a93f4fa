/**
 * What every job handler gets, and the helpers they share. A handler is
 * thin: parse the payload, call the stage (src/queue/stages.ts), persist,
 * hand the document to the next stage, return a StageResult.
 *
 * Error contract for handlers (BullMQ turns it into retry or not):
 * - UnrecoverableError: never retried — a bad input (after its failed
 *   document is stored) or a payload that cannot be valid;
 * - any other Error: transient (Redis, database, disk), retried with the
 *   configured exponential backoff; after the last attempt the job stays in
 *   `failed`, visible to `registre jobs failed`;
 * - HandBackError (worker shutting down): the job goes back to `wait` without
 *   spending an attempt, for another worker or the next start.
 */
import { UnrecoverableError, WaitingError, type Job, type QueueEvents } from 'bullmq';
import type { z } from 'zod';
import type { Config } from '../src/config.ts';
import type { QueueName } from '../src/domain/index.ts';
import type { OcrPool } from '../src/ocr/ocr-pool.ts';
import type { Queues } from '../src/queue/queues.ts';
import type { RecordStore } from '../src/store/record-store.ts';

export interface WorkerContext {
  config: Config;
  /** To add the next stage's job (and OCR page jobs). */
  queues: Queues;
  /** Opened only in processes running extract or store. */
  store: RecordStore | null;
  /** Events of the `ocr` queue (processes running extract). */
  ocrEvents: QueueEvents | null;
  /** This process's tesseract pool (processes running ocr). */
  localOcr: OcrPool | null;
  /** The queues this process serves (a stage it serves runs inline, see hand-off.ts). */
  serves: ReadonlySet<QueueName>;
  /** Aborts when the worker starts shutting down. */
  shutdown: AbortSignal;
}

export function parsePayload<T extends z.ZodType>(schema: T, job: Job): z.infer<T> {
  const r = schema.safeParse(job.data);
  if (!r.success) throw new UnrecoverableError(`invalid ${job.name} payload for job ${job.id}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

export function needStore(ctx: WorkerContext): RecordStore {
  if (!ctx.store) throw new Error('this worker process has no store open (internal: stage started without it)');
  return ctx.store;
}

/** Puts the active job back in `wait` (no attempt spent) and ends the handler. */
export async function handBack(job: Job, token: string | undefined): Promise<never> {
  await job.moveToWait(token);
  throw new WaitingError();
}
