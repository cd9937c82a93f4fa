/**
 * The queue runner (REDIS_URL set): uploads go through the producer
 * (src/queue/producer.ts — original stored, `extract-<sha256>` job added,
 * idempotent by content), and `registre worker` processes do the work.
 *
 * A job's status walks the document's stage chain the way
 * src/queue/follow.ts does, once: from the extract job, each completed
 * stage names the next one in its StageResult; the chain's state is that
 * of the first job not completed, or the last job's outcome. A stage job
 * finished before the previous stage started belongs to an earlier run and
 * counts as not yet there.
 */
import { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../../config.ts';
import { JobProgress, StageResult, type InputKind } from '../../domain/index.ts';
import { errorMessage } from '../../errors.ts';
import type { Stage } from '../../pipeline.ts';
import { connectProducer } from '../../queue/connection.ts';
import { isStage, stageJobId } from '../../queue/names.ts';
import { enqueueBytes } from '../../queue/producer.ts';
import { closeQueues, openQueues, type Queues } from '../../queue/queues.ts';
import type { RecordStore } from '../../store/record-store.ts';
import { HttpError } from '../http-error.ts';
import { documentIdOfJob, statusFromStore, type JobRunner, type JobState, type JobStatus } from './job-runner.ts';

const SKEW_MS = 2000;
/** Coarse progress when a stage starts (extract holds the slow OCR). */
const STAGE_PROGRESS: Record<Stage, number> = { extract: 10, analyse: 70, store: 85 };

function stateOf(bullState: string): JobState {
  if (bullState === 'active') return 'active';
  if (bullState === 'completed') return 'completed';
  if (bullState === 'failed') return 'failed';
  return 'waiting'; // wait, prioritized, delayed (retry backoff), waiting-children, unknown
}

export async function chainStatus(queues: Queues, documentId: string, jobId: string): Promise<JobStatus | null> {
  let stage: Stage = 'extract';
  let before = 0;
  let file: string | null = null;
  let previous: StageResult | null = null;
  const base = { id: jobId, document_id: documentId, runner: 'queue' as const, document_status: null, findings: null, outcome: null, error: null };
  for (;;) {
    const job = await Job.fromId(queues[stage], stageJobId(stage, documentId));
    const stale = job && (job.finishedOn ?? Infinity) < before - SKEW_MS;
    if (!job || stale) {
      if (stage === 'extract') return null;
      return { ...base, file, state: 'waiting', stage, progress: STAGE_PROGRESS[stage], message: `${stage} : en attente` };
    }
    file ??= typeof job.data?.file === 'string' ? job.data.file : null;
    before = job.processedOn ?? before;
    const bull = await job.getState();
    const state = stateOf(bull);
    if (state === 'failed') {
      // A bad input fails its store job on purpose, after the stage before said what it was.
      const status = previous?.status && previous.status !== 'parsed' ? previous.status : null;
      return { ...base, file, state, stage, progress: 100, message: 'échec', error: job.failedReason || 'échec du traitement', document_status: status };
    }
    if (state !== 'completed') {
      const p = JobProgress.safeParse(job.progress);
      const message = p.success ? p.data.message : bull === 'delayed' ? 'nouvel essai après un incident' : state === 'active' ? 'en cours' : 'en attente';
      return { ...base, file, state, stage: p.success ? p.data.stage : stage, progress: state === 'active' ? STAGE_PROGRESS[stage] + 5 : STAGE_PROGRESS[stage], message: `${stage} : ${message}` };
    }
    // the job read just before it completed has no value yet while its state (read after) says completed:
    // read it again (a status of "completed" with no document status was the race's symptom under load)
    let r = StageResult.safeParse(job.returnvalue);
    if (!r.success) r = StageResult.safeParse((await Job.fromId(queues[stage], stageJobId(stage, documentId)))?.returnvalue);
    if (r.success && r.data.next && isStage(r.data.next)) {
      previous = r.data;
      stage = r.data.next;
      continue;
    }
    const v = r.success ? r.data : null;
    const bad = v?.status === 'failed';
    return {
      ...base, file, state: bad ? 'failed' : 'completed', stage, progress: 100, message: bad ? 'échec de lecture' : 'enregistré',
      error: v?.error ?? null, document_status: v?.status ?? null, findings: v?.findings ?? null, outcome: v?.outcome ?? null,
    };
  }
}

export interface QueueRunnerOptions {
  config: Config;
  store: RecordStore;
}

/** Connects to Redis first: rejects with RedisUnavailableError when it cannot (fail at boot). */
export async function queueRunner(o: QueueRunnerOptions): Promise<JobRunner> {
  const redis: Redis = await connectProducer(o.config);
  const queues = openQueues(o.config, redis);
  const unavailable = (e: unknown) => new HttpError(503, 'queue_unavailable', `File de traitement indisponible (Redis) : ${errorMessage(e)}`, undefined, { 'Retry-After': '30' });
  return {
    kind: 'queue',
    async submit(bytes, file, _kind: InputKind, actor) {
      let q;
      try {
        q = await enqueueBytes({ queues, dataDir: o.config.dataDir, actor }, bytes, file);
      } catch (e) {
        throw unavailable(e);
      }
      const s = await chainStatus(queues, q.id, q.jobId).catch(() => null);
      return { document_id: q.id, job_id: q.jobId, state: s?.state ?? 'waiting' };
    },
    async status(jobId) {
      const id = documentIdOfJob(jobId);
      if (!id || !jobId.startsWith('extract-')) {
        const stored = id ? await o.store.get(id) : null;
        return stored ? statusFromStore(jobId, 'queue', stored) : null;
      }
      let s: JobStatus | null;
      try {
        s = await chainStatus(queues, id, jobId);
      } catch (e) {
        throw unavailable(e);
      }
      if (s) return s;
      const stored = await o.store.get(id);
      return stored ? statusFromStore(jobId, 'queue', stored) : null;
    },
    async health() {
      try {
        const pong = await Promise.race([redis.ping(), new Promise<string>((_, rej) => setTimeout(() => rej(new Error('no answer in 2 s')), 2000).unref())]);
        return { ok: pong === 'PONG', detail: pong === 'PONG' ? 'ok' : String(pong) };
      } catch (e) {
        return { ok: false, detail: errorMessage(e) };
      }
    },
    async close() {
      await closeQueues(queues);
      redis.disconnect();
    },
  };
}
