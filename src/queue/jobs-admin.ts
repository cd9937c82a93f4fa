/**
 * Looking at and re-running jobs, for `registre jobs` (and the HTTP admin).
 * Lists read every queue under the configured prefix; retries give a job a
 * fresh set of attempts.
 */
import type { Job } from 'bullmq';
import { QUEUE_NAMES, type QueueName } from '../domain/index.ts';
import type { Queues } from './queues.ts';

export const LIST_STATES = ['failed', 'active', 'waiting', 'delayed', 'completed'] as const;
export type ListState = (typeof LIST_STATES)[number];

export interface JobRow {
  id: string;
  queue: QueueName;
  state: ListState;
  /** The document's name as enqueued (ocr jobs: the page image). */
  file: string | null;
  attempts: string;
  /** Failure reason, or progress message. */
  note: string | null;
  /** ISO time of the last change. */
  at: string;
}

function fileOf(job: Job): string | null {
  const d = job.data as Record<string, unknown> | undefined;
  return typeof d?.file === 'string' ? d.file : typeof d?.page_path === 'string' ? d.page_path : null;
}

function noteOf(job: Job, state: ListState): string | null {
  const file = fileOf(job);
  if (state === 'failed' || state === 'delayed') return job.failedReason ? (file ? job.failedReason.replace(`${file}: `, '') : job.failedReason) : null;
  const p = job.progress as { message?: unknown } | number | undefined;
  if (p && typeof p === 'object' && typeof p.message === 'string') return p.message;
  return null;
}

export async function listJobs(queues: Queues, state: ListState, options: { queues?: readonly QueueName[]; limit?: number } = {}): Promise<JobRow[]> {
  const limit = options.limit ?? 100;
  const rows: JobRow[] = [];
  for (const name of options.queues ?? QUEUE_NAMES) {
    const jobs = await queues[name].getJobs([state === 'waiting' ? 'wait' : state, ...(state === 'waiting' ? (['prioritized'] as const) : [])], 0, limit - 1);
    for (const job of jobs) {
      if (!job?.id) continue;
      const when = job.finishedOn ?? job.processedOn ?? job.timestamp;
      rows.push({ id: job.id, queue: name, state, file: fileOf(job), attempts: `${job.attemptsMade}/${job.opts.attempts ?? 1}`, note: noteOf(job, state), at: new Date(when).toISOString() });
    }
  }
  return rows.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}

export async function countJobs(queues: Queues): Promise<Record<QueueName, Record<ListState, number>>> {
  const out = {} as Record<QueueName, Record<ListState, number>>;
  for (const name of QUEUE_NAMES) {
    const c = await queues[name].getJobCounts('failed', 'active', 'wait', 'prioritized', 'delayed', 'completed');
    out[name] = { failed: c.failed ?? 0, active: c.active ?? 0, waiting: (c.wait ?? 0) + (c.prioritized ?? 0), delayed: c.delayed ?? 0, completed: c.completed ?? 0 };
  }
  return out;
}

async function retryOne(job: Job): Promise<boolean> {
  if ((await job.getState()) !== 'failed') return false;
  await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
  return true;
}

/**
 * Re-runs failed jobs matching `ref`: a job id (`store-<sha256>`), or a
 * document id or its prefix (8+ hex digits: its failed stage jobs).
 */
export async function retryJob(queues: Queues, ref: string): Promise<string[]> {
  const retried: string[] = [];
  for (const name of QUEUE_NAMES) {
    const direct = await queues[name].getJob(ref);
    if (direct && (await retryOne(direct))) retried.push(direct.id!);
  }
  if (retried.length > 0 || !/^[0-9a-f]{8,64}$/.test(ref)) return retried;
  for (const name of QUEUE_NAMES) {
    if (name === 'ocr') continue;
    for (const job of await queues[name].getFailed(0, -1)) {
      if (job?.id?.startsWith(`${name}-${ref}`) && (await retryOne(job))) retried.push(job.id);
    }
  }
  return retried;
}

/** Re-runs every failed job (of the given queues); returns their ids. */
export async function retryAllFailed(queues: Queues, only: readonly QueueName[] = QUEUE_NAMES): Promise<string[]> {
  const retried: string[] = [];
  for (const name of only) {
    for (;;) {
      const batch = await queues[name].getFailed(0, 499);
      if (batch.length === 0) break;
      let n = 0;
      for (const job of batch) if (job && (await retryOne(job).catch(() => false))) retried.push(job.id!), n++;
      if (n === 0) break; // whatever is left cannot be moved (locked, just changed)
    }
  }
  return retried;
}
