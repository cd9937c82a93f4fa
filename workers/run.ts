/**
 * Starts BullMQ workers for the chosen stages in this process, and stops
 * them gracefully. Several processes, on one machine or many (same Redis,
 * same prefix, same data directory and database), share the work.
 *
 * Why the event loop stays free (so job locks are renewed and a live
 * worker's job is never taken as stalled): PDF pages are rendered by
 * pdftoppm in a child process, OCR runs in tesseract.js worker threads, and
 * parse/check take milliseconds. The lock is still generous
 * (REGISTRE_LOCK_MS, default 60 s) for slow disks and big documents.
 *
 * close(): stops taking jobs, puts extract jobs still waiting for OCR pages
 * back in `wait` (their finished pages are kept), lets running page, analyse
 * and store jobs finish, then closes connections, the OCR pool and the store.
 */
import { QueueEvents, Worker, type Processor } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../src/config.ts';
import { QUEUE_NAMES, type QueueName } from '../src/domain/index.ts';
import { createOcrPool, warmOcrPool } from '../src/ocr/ocr-pool.ts';
import { workerConnection } from '../src/queue/connection.ts';
import { closeQueues, openQueues } from '../src/queue/queues.ts';
import { openStore } from '../src/store/open-store.ts';
import type { RecordStore } from '../src/store/record-store.ts';
import { analyseHandler } from './analyse.ts';
import type { WorkerContext } from './context.ts';
import { extractHandler } from './extract.ts';
import { ocrHandler } from './ocr.ts';
import { storeHandler } from './store.ts';

/** Every queue has exactly one handler (checked at load). */
const HANDLERS: Record<QueueName, (ctx: WorkerContext) => Processor> = {
  extract: extractHandler,
  ocr: ocrHandler,
  analyse: analyseHandler,
  store: storeHandler,
};
for (const q of QUEUE_NAMES) if (!HANDLERS[q]) throw new Error(`queue "${q}" has no handler in workers/run.ts`);

export interface StartOptions {
  config: Config;
  /** Default: every queue. */
  stages?: readonly QueueName[];
  /** Jobs at once per stage queue (extract, analyse, store); ocr runs as many as the OCR pool has workers. */
  concurrency?: number;
  /** Injected store (tests); otherwise opened from config, when a stage needs it, and closed by close(). */
  store?: RecordStore;
  log?: (line: string) => void;
}

export interface WorkerHandle {
  readonly stages: readonly QueueName[];
  readonly workers: readonly Worker[];
  /** Resolves once every worker is connected (tests; a worker waits for Redis on its own). */
  waitUntilReady(): Promise<void>;
  close(): Promise<void>;
}

export async function startWorkers(o: StartOptions): Promise<WorkerHandle> {
  const { config } = o;
  const stages = o.stages ?? QUEUE_NAMES;
  const log = o.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const concurrency = o.concurrency ?? config.concurrency;
  const has = (s: QueueName) => stages.includes(s);

  const shutdown = new AbortController();
  const redis = new Redis(workerConnection(config));
  redis.on('error', () => {}); // reconnects; the workers report the outage
  const queues = openQueues(config, redis);
  // Each OCR page awaited by an extract job listens for the queue closing.
  queues.ocr.setMaxListeners(config.ocrFanout * concurrency + 10);
  const ownStore = !o.store && (has('extract') || has('store'));
  const store = o.store ?? (ownStore ? await openStore(config) : null);
  const ocrEvents = has('extract') ? new QueueEvents('ocr', { connection: workerConnection(config), prefix: config.queuePrefix }) : null;
  const localOcr = has('ocr') ? createOcrPool({ workers: config.ocrWorkers, langs: config.ocrLangs, pageTimeoutMs: config.limits.ocrPageTimeoutMs }) : null;
  const ctx: WorkerContext = { config, queues, store, ocrEvents, localOcr, serves: new Set(stages), shutdown: shutdown.signal };
  // Engines up before the first OCR job is taken (a failure is reported; the pool retries on use).
  if (localOcr) await warmOcrPool(localOcr).catch((e: unknown) => log(`OCR engines not started: ${e instanceof Error ? e.message : String(e)}`));

  // A Redis outage repeats the same error on every reconnect attempt: say it once per source.
  const lastError = new Map<string, string>();
  const reportError = (where: string) => (e: Error) => {
    if (lastError.get(where) !== e.message) log(`${where}: ${e.message}`);
    lastError.set(where, e.message);
  };
  redis.on('ready', () => {
    if (lastError.size > 0) log(`worker ${process.pid}: Redis reachable again, resuming`);
    lastError.clear();
  });
  ocrEvents?.on('error', reportError('ocr events'));

  const workers = stages.map((stage) => {
    const w = new Worker(stage, HANDLERS[stage](ctx), {
      connection: workerConnection(config),
      prefix: config.queuePrefix,
      concurrency: stage === 'ocr' ? localOcr!.size : concurrency,
      lockDuration: config.lockMs,
      stalledInterval: config.stalledIntervalMs,
      maxStalledCount: 2,
    });
    w.on('error', reportError(`${stage} worker`));
    w.on('failed', (job, err) => {
      if (!job) return;
      const left = (job.opts.attempts ?? 1) - job.attemptsMade;
      const final = err.name === 'UnrecoverableError' || left <= 0;
      log(`${job.id}: ${final ? 'failed' : `will retry (${left} attempt(s) left)`}: ${err.message}`);
    });
    w.on('stalled', (jobId) => log(`${jobId}: stalled (its worker stopped), back in the queue`));
    return w;
  });

  let closing: Promise<void> | null = null;
  return {
    stages,
    workers,
    async waitUntilReady() {
      await Promise.all([...workers.map((w) => w.waitUntilReady()), ocrEvents?.waitUntilReady()]);
    },
    close() {
      closing ??= (async () => {
        shutdown.abort();
        // Without Redis nothing can be finished or handed back: stop now (the locks expire and
        // another worker takes the jobs over). With Redis, wait for the running jobs.
        const force = redis.status !== 'ready';
        await Promise.all(workers.map((w) => w.close(force)));
        await localOcr?.close();
        // QueueEvents.close() never settles while Redis is unreachable.
        if (ocrEvents) await Promise.race([ocrEvents.close(), new Promise((r) => setTimeout(r, 2000).unref())]);
        await closeQueues(queues);
        redis.disconnect();
        if (ownStore) await store?.close();
      })();
      return closing;
    },
  };
}
