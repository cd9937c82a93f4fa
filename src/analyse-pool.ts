/**
 * The analyse stage (parse → check) on worker threads, so a batch ingest
 * parses on the other cores while the main thread reads files and writes
 * the store. The stage is pure (pipeline.ts `analyse`): a thread gives the
 * same Analysis the main thread would, as a structured clone.
 *
 * Once ready, threads take every document, queued on the least busy one:
 * the caller keeps to reading and writing. (Letting the caller analyse when
 * the threads had a backlog was measured worse: results arrive in bursts
 * between the caller's store writes, so the threads always look backlogged
 * and the caller ended up parsing nearly everything itself.)
 *
 * Contract: `analyse` never loses a document to the pool. Until a thread
 * has loaded its modules (about half a second), and after a thread fails
 * (crash, out of memory), the document is analysed inline on the calling
 * thread instead, with the same result as without a pool.
 */
import { Worker } from 'node:worker_threads';
import { analyse as analyseInline, type Analysis, type AnalyseOptions } from './pipeline.ts';
import type { Extraction } from './domain/index.ts';

export interface AnalysePool {
  analyse(extraction: Extraction, options?: AnalyseOptions): Promise<Analysis>;
  /** Threads still alive. */
  readonly threads: number;
  /** Documents analysed so far on a thread, and on the calling thread. */
  readonly analysed: { threaded: number; inline: number };
  close(): Promise<void>;
}

interface Job {
  extraction: Extraction;
  options: AnalyseOptions;
  resolve(a: Analysis): void;
  reject(e: unknown): void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  pending: Map<number, Job>;
}

const THREAD_SCRIPT = new URL('./analyse-thread.mjs', import.meta.url);

export interface AnalysePoolOptions {
  /** The thread's script (tests give one that fails); default analyse-thread.mjs. */
  script?: URL;
}

export function startAnalysePool(size: number, options: AnalysePoolOptions = {}): AnalysePool {
  const analysed = { threaded: 0, inline: 0 };
  let nextId = 0;
  let closing = false;
  const threads: Thread[] = [];

  /** A job its thread could not finish: analysed inline, as without a pool. */
  const inline = (job: Job) => {
    analysed.inline++;
    try {
      job.resolve(analyseInline(job.extraction, job.options));
    } catch (e) {
      job.reject(e);
    }
  };

  const spawn = (): Thread => {
    const t: Thread = { worker: new Worker(options.script ?? THREAD_SCRIPT), ready: false, dead: false, pending: new Map() };
    const fail = () => {
      if (t.dead) return;
      t.dead = true;
      const jobs = [...t.pending.values()];
      t.pending.clear();
      for (const job of jobs) inline(job);
    };
    t.worker.on('message', (m: { ready?: true; id?: number; analysis?: Analysis; error?: string }) => {
      if (m.ready) {
        t.ready = true;
        return;
      }
      const job = t.pending.get(m.id!);
      if (!job) return;
      t.pending.delete(m.id!);
      // The stage threw on the thread: it throws the same inline, where the caller sees its own error.
      if (m.error !== undefined) inline(job);
      else {
        analysed.threaded++;
        job.resolve(m.analysis!);
      }
    });
    t.worker.on('error', fail);
    t.worker.on('exit', fail);
    return t;
  };
  for (let i = 0; i < Math.max(1, size); i++) threads.push(spawn());

  return {
    analysed,
    get threads() {
      return threads.filter((t) => !t.dead).length;
    },
    analyse(extraction, options = {}) {
      return new Promise<Analysis>((resolve, reject) => {
        const job: Job = { extraction, options, resolve, reject };
        let best: Thread | null = null;
        for (const t of threads) if (t.ready && !t.dead && (!best || t.pending.size < best.pending.size)) best = t;
        if (!best || closing) return inline(job);
        const id = nextId++;
        best.pending.set(id, job);
        best.worker.postMessage({ id, extraction, options });
      });
    },
    async close() {
      closing = true;
      // Jobs in flight finish first: a caller may still be awaiting them.
      while (threads.some((t) => !t.dead && t.pending.size > 0)) await new Promise((r) => setTimeout(r, 5));
      await Promise.all(threads.map((t) => (t.dead ? undefined : t.worker.terminate())));
    },
  };
}
