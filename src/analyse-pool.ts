/**
 * The analyse stage (parse → check) on worker threads, so a batch ingest
 * parses on the other cores while the main thread reads files and writes
 * the store. The stage is pure (pipeline.ts `analyse`): a thread gives the
 * same Analysis the main thread would.
 *
 * Once ready, threads take every document, queued on the least busy one:
 * the caller keeps to reading and writing. (Letting the caller analyse when
 * the threads had a backlog was measured worse: results arrive in bursts
 * between the caller's store writes, so the threads always look backlogged
 * and the caller ended up parsing nearly everything itself.)
 *
 * Told which document it is (`processBytes` says), a thread that is not
 * behind (few documents waiting for it) also builds the document and
 * prepares it for the store (store/prepared.ts: validated, serialised once);
 * the caller gets it back as JSON and the store neither validates nor
 * serialises it again. That moves work from the caller's thread (the store
 * writer) to a parse thread: worth it only while the parse threads keep up.
 * When they are behind, the caller's thread has time to spare and does it
 * (measured on the store bench: a parse thread that also prepared every
 * document was the slower side, 10% fewer documents a second).
 *
 * Contract: `analyse` never loses a document to the pool. Until a thread
 * has loaded its modules (about half a second), and after a thread fails
 * (crash, out of memory), the document is analysed inline on the calling
 * thread instead, with the same result as without a pool.
 */
import { Worker } from 'node:worker_threads';
import { analyse as analyseInline, type Analysis, type AnalyseOptions, type DocumentIdentity } from './pipeline.ts';
import type { Extraction } from './domain/index.ts';
import { preparedDocument } from './store/prepared.ts';

export interface AnalysePool {
  /** Given `document`, a thread may give the whole document too (Analysis.document). */
  analyse(extraction: Extraction, options?: AnalyseOptions, document?: DocumentIdentity): Promise<Analysis>;
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

/** What a thread posts back. */
interface Reply {
  ready?: true;
  id?: number;
  /** The document prepared for the store (when asked for it and it could be). */
  json?: string;
  analysis?: Analysis;
  error?: string;
}

const THREAD_SCRIPT = new URL('./analyse-thread.mjs', import.meta.url);

/** A thread prepares the document for the store when fewer than this many documents wait for it. */
const PREPARE_BELOW = 3;

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
    t.worker.on('message', (m: Reply) => {
      if (m.ready) {
        t.ready = true;
        return;
      }
      const job = t.pending.get(m.id!);
      if (!job) return;
      t.pending.delete(m.id!);
      // The stage threw on the thread: it throws the same inline, where the caller sees its own error.
      if (m.error !== undefined) return inline(job);
      analysed.threaded++;
      if (m.json !== undefined) {
        const document = preparedDocument(m.json);
        job.resolve({ parsed: document.parsed!, findings: document.findings, document });
      } else job.resolve(m.analysis!);
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
    analyse(extraction, analyseOptions = {}, document) {
      return new Promise<Analysis>((resolve, reject) => {
        const job: Job = { extraction, options: analyseOptions, resolve, reject };
        let best: Thread | null = null;
        for (const t of threads) if (t.ready && !t.dead && (!best || t.pending.size < best.pending.size)) best = t;
        if (!best || closing) return inline(job);
        const id = nextId++;
        const prepare = best.pending.size < PREPARE_BELOW ? document : undefined;
        best.pending.set(id, job);
        best.worker.postMessage({ id, extraction, options: analyseOptions, document: prepare });
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
