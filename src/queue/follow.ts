/**
 * Follows documents through the stage chain until each one ends, for
 * `enqueue --wait` (and anything else that must report outcomes).
 *
 * A document's outcome: start at its `extract` job; a completed stage job
 * names the next stage in its StageResult; the chain ends at a completed
 * job with `next: null` (success, or already stored) or at a failed job (its
 * reason: a bad input, or a transient fault that used up its attempts).
 *
 * Job state is read from Redis whenever a queue event names one of our
 * jobs, and once after subscribing (jobs that finished before we listened).
 * A finished job older than the start of the stage before it belongs to an
 * earlier run and is not taken as this run's outcome.
 */
import { Job, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { JobProgress, StageResult, type DocumentStatus, type QueueName } from '../domain/index.ts';
import { STAGES, type Stage } from '../pipeline.ts';
import { workerConnection } from './connection.ts';
import { isStage, parseJobId, stageJobId } from './names.ts';
import type { Queues } from './queues.ts';

/** Clock skew tolerated between machines when ordering runs. */
const SKEW_MS = 2000;
/** How late a queue event may arrive: a job seen through an event started at most this long before. */
const EVENT_LAG_MS = 10_000;

export interface DocumentOutcome {
  file: string;
  id: string;
  /** True when the document is stored as a parsed deliberation. */
  ok: boolean;
  /** null when the chain ended in a failed job before anything was stored. */
  status: DocumentStatus | null;
  outcome: StageResult['outcome'];
  error: string | null;
  findings: number;
  /** The stage whose job ended the chain. */
  stage: Stage;
}

interface Seen {
  state: 'completed' | 'failed' | 'other';
  processedOn: number;
  finishedOn: number;
  value: StageResult | null;
  reason: string;
  /** For a failed job: the document was stored with this status (bad input, not a deliberation). */
  stored: DocumentStatus | null;
}

export interface FollowOptions {
  onProgress?: (file: string, text: string) => void;
  /** Give up after this long; unfinished documents are returned as `pending`. */
  timeoutMs?: number;
}

export async function followDocuments(
  config: Config,
  queues: Queues,
  docs: ReadonlyArray<{ id: string; file: string }>,
  options: FollowOptions = {},
): Promise<{ done: DocumentOutcome[]; pending: Array<{ id: string; file: string }> }> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const seen = new Map<string, Seen>(); // by job id
  const done = new Map<string, DocumentOutcome>();
  let wake: () => void = () => {};

  const settle = (id: string) => {
    if (done.has(id)) return;
    let before = 0;
    let stage: Stage = 'extract';
    for (;;) {
      const s = seen.get(stageJobId(stage, id));
      if (!s || s.state === 'other' || s.finishedOn < before - SKEW_MS) return;
      before = s.processedOn;
      const base = { file: byId.get(id)!.file, id, stage };
      if (s.state === 'failed') {
        done.set(id, { ...base, ok: false, status: s.stored, outcome: null, error: s.reason, findings: 0 });
        return wake();
      }
      if (s.value?.next && isStage(s.value.next)) {
        stage = s.value.next;
        continue;
      }
      const v = s.value;
      done.set(id, { ...base, ok: v?.status === 'parsed', status: v?.status ?? null, outcome: v?.outcome ?? null, error: v?.error ?? null, findings: v?.findings ?? 0 });
      return wake();
    }
  };

  const storedStatus = (progress: unknown) => JobProgress.safeParse(progress).data?.status ?? null;

  /** Reads a job's state from Redis (first look, and failures: rare). */
  const look = async (stage: Stage, id: string) => {
    const started = Date.now();
    const job = await Job.fromId(queues[stage], stageJobId(stage, id));
    if (!job) return;
    const st = await job.getState();
    const parsed = StageResult.safeParse(job.returnvalue);
    const state = st === 'failed' ? 'failed' : st === 'completed' && parsed.success ? 'completed' : 'other';
    const known = seen.get(job.id!);
    if (state === 'other' && known && known.state !== 'other' && known.finishedOn >= started) return; // an event overtook this read
    seen.set(job.id!, {
      state,
      processedOn: job.processedOn ?? 0,
      finishedOn: job.finishedOn ?? 0,
      value: parsed.success ? parsed.data : null,
      reason: job.failedReason ?? '',
      stored: storedStatus(job.progress),
    });
    settle(id);
  };

  /** A completion event carries the job's value: no read needed (the common case, once per document). */
  const completed = (stage: Stage, id: string, returnvalue: unknown) => {
    const value = StageResult.safeParse(typeof returnvalue === 'string' ? JSON.parse(returnvalue) : returnvalue);
    if (!value.success) return void look(stage, id).catch(() => {});
    const now = Date.now();
    seen.set(stageJobId(stage, id), { state: 'completed', processedOn: now - EVENT_LAG_MS, finishedOn: now, value: value.data, reason: '', stored: null });
    settle(id);
  };

  // Read events from now on Redis's clock, not from whenever each reader's first XREAD lands:
  // an event between our first look and that XREAD would otherwise be lost.
  const clock = new Redis(workerConnection(config));
  clock.on('error', () => {});
  const [sec, usec] = await clock.time().finally(() => clock.disconnect());
  const lastEventId = `${Number(sec) * 1000 + Math.floor(Number(usec) / 1000) - 1}-0`;
  const events = STAGES.map((stage) => new QueueEvents(stage, { connection: workerConnection(config), prefix: config.queuePrefix, lastEventId }));
  try {
    const ours = (jobId: string) => {
      const ref = parseJobId(jobId);
      return ref?.documentId && byId.has(ref.documentId) ? ref.documentId : null;
    };
    events.forEach((ev, i) => {
      const stage = STAGES[i]!;
      ev.on('error', () => {});
      ev.on('completed', ({ jobId, returnvalue }) => {
        const id = ours(jobId);
        if (id) completed(stage, id, returnvalue);
      });
      ev.on('failed', ({ jobId }) => {
        const id = ours(jobId);
        if (id) void look(stage, id).catch(() => {});
      });
      ev.on('progress', ({ jobId, data }) => {
        const ref = parseJobId(jobId);
        const p = JobProgress.safeParse(data);
        const d = ref?.documentId ? byId.get(ref.documentId) : undefined;
        if (d && p.success && !done.has(d.id)) options.onProgress?.(d.file, `${p.data.stage}: ${p.data.message}`);
      });
      ev.on('delayed', ({ jobId }) => {
        const ref = parseJobId(jobId);
        const d = ref?.documentId ? byId.get(ref.documentId) : undefined;
        if (d && !done.has(d.id)) options.onProgress?.(d.file, `${stage}: retrying after a transient fault`);
      });
    });
    await Promise.all(events.map((e) => e.waitUntilReady()));
    const lookAll = async () => {
      const todo = docs.filter((d) => !done.has(d.id));
      for (let i = 0; i < todo.length; i += 100) await Promise.all(todo.slice(i, i + 100).flatMap((d) => STAGES.map((stage) => look(stage, d.id))));
    };
    await lookAll();

    const deadline = options.timeoutMs ? Date.now() + options.timeoutMs : Infinity;
    while (done.size < byId.size && Date.now() < deadline) {
      const byTimer = await new Promise<boolean>((resolve) => {
        wake = () => resolve(false);
        // Events can be missed across a Redis reconnect: look again now and then.
        setTimeout(() => resolve(true), Math.min(5000, Math.max(0, deadline - Date.now()))).unref();
      });
      if (byTimer) await lookAll();
    }
  } finally {
    await Promise.all(events.map((e) => e.close()));
  }
  return { done: docs.filter((d) => done.has(d.id)).map((d) => done.get(d.id)!), pending: docs.filter((d) => !done.has(d.id)) };
}
