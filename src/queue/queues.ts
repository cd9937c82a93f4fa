/**
 * The BullMQ queues, one per name in src/domain/payloads.ts, under the
 * configured prefix (REGISTRE_QUEUE_PREFIX): two prefixes share nothing,
 * so two deployments (or test runs) on one Redis never see each other's jobs.
 *
 * Job options are set here, once: attempts and exponential backoff from
 * config for transient faults; failed jobs are kept (they stay visible
 * until retried or cleaned); completed stage jobs are kept a week so a
 * re-enqueue of the same bytes finds them (idempotent) and `jobs completed`
 * lists them. OCR page jobs carry word boxes and are kept one hour.
 */
import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { QUEUE_NAMES, type QueueName } from '../domain/index.ts';

export type Queues = Readonly<Record<QueueName, Queue>>;

const DAY_S = 24 * 3600;

export function jobOptions(name: QueueName, config: Pick<Config, 'jobAttempts' | 'jobBackoffMs'>): DefaultJobOptions {
  return {
    attempts: config.jobAttempts,
    backoff: { type: 'exponential', delay: config.jobBackoffMs },
    removeOnComplete: name === 'ocr' ? { age: 3600, count: 2000 } : { age: 7 * DAY_S, count: 100_000 },
    removeOnFail: false,
  };
}

/**
 * Opens every queue on `connection`: a connected producer client (shared,
 * left open by close) or worker connection options.
 */
export function openQueues(config: Pick<Config, 'queuePrefix' | 'jobAttempts' | 'jobBackoffMs'>, connection: Redis | ConnectionOptions): Queues {
  const out = {} as Record<QueueName, Queue>;
  for (const name of QUEUE_NAMES) {
    const q = new Queue(name, { connection, prefix: config.queuePrefix, defaultJobOptions: jobOptions(name, config) });
    q.on('error', () => {}); // connection errors also reject the command that met them: reported there
    out[name] = q;
  }
  return Object.freeze(out);
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}
