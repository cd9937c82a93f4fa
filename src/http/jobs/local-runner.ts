/**
 * The embedded runner: uploads are processed in this process by the same
 * in-process ingestion as `registre ingest` (src/store/ingest.ts), at most
 * `concurrency` at once, the others waiting in order. Waiting jobs hold a
 * path to the stored original, not the bytes, so a burst of uploads does
 * not fill the memory; past `maxWaiting` the server answers 503.
 *
 * Job records live in memory (the last `keep` finished ones); after a
 * restart `status` answers from the store. close() lets running documents
 * finish and drops the waiting ones: their originals are kept, and
 * uploading the same files again processes them.
 */
import type { InputKind } from '../../domain/index.ts';
import { errorMessage } from '../../errors.ts';
import type { ExtractorHandle } from '../../extract/index.ts';
import { contentHash } from '../../pipeline.ts';
import { ingestBytes, type IngestOutcome } from '../../store/ingest.ts';
import { readOriginal, storeOriginal } from '../../store/originals.ts';
import type { RecordStore } from '../../store/record-store.ts';
import { HttpError } from '../http-error.ts';
import { documentIdOfJob, statusFromStore, type JobRunner, type JobStatus } from './job-runner.ts';

export interface LocalRunnerOptions {
  store: RecordStore;
  extractor: ExtractorHandle;
  dataDir: string;
  concurrency: number;
  maxWaiting?: number;
  keep?: number;
  /** Infrastructure faults (the message shown to clients stays generic). */
  onError?: (e: unknown, file: string) => void;
}

interface LocalJob {
  status: JobStatus;
  originalPath: string;
  actor: string;
}

export function localRunner(o: LocalRunnerOptions): JobRunner {
  const jobs = new Map<string, LocalJob>();
  const waiting: LocalJob[] = [];
  const running = new Set<Promise<void>>();
  const maxWaiting = o.maxWaiting ?? 1000;
  const keep = o.keep ?? 5000;
  let closing = false;

  const forget = () => {
    if (jobs.size <= keep) return;
    for (const [id, j] of jobs) {
      if (jobs.size <= keep) break;
      if (j.status.state === 'completed' || j.status.state === 'failed') jobs.delete(id);
    }
  };

  const finish = (job: LocalJob, r: IngestOutcome) => {
    const bad = r.status !== 'parsed' && r.status !== 'not_deliberation';
    Object.assign(job.status, {
      state: bad ? 'failed' : 'completed',
      stage: 'store',
      progress: 100,
      message: bad ? 'échec de lecture' : r.outcome === 'unchanged' ? 'déjà enregistré' : 'enregistré',
      error: r.error,
      document_status: r.status === 'unreadable' ? 'failed' : r.status,
      findings: r.findings.length,
      outcome: r.outcome,
    } satisfies Partial<JobStatus>);
  };

  const run = async (job: LocalJob) => {
    Object.assign(job.status, { state: 'active', stage: 'extract', progress: 50, message: 'lecture, analyse et enregistrement' });
    try {
      const bytes = await readOriginal(o.dataDir, job.originalPath);
      finish(job, await ingestBytes({ store: o.store, extract: (b, f) => o.extractor.extract(b, f), dataDir: o.dataDir, actor: job.actor }, bytes, job.status.file ?? 'document'));
    } catch (e) {
      o.onError?.(e, job.status.file ?? '');
      Object.assign(job.status, { state: 'failed', progress: 100, message: 'erreur du serveur', error: `Erreur du serveur pendant le traitement (${errorMessage(e).slice(0, 200)}) : redéposez le fichier plus tard.` });
    }
    forget();
  };

  const pump = () => {
    while (running.size < Math.max(1, o.concurrency) && waiting.length > 0) {
      const p = run(waiting.shift()!);
      running.add(p);
      void p.finally(() => {
        running.delete(p);
        pump();
      });
    }
  };

  return {
    kind: 'local',
    async submit(bytes, file, kind: InputKind, actor) {
      if (closing) throw new HttpError(503, 'shutting_down', 'Le serveur s’arrête : redéposez dans un instant.');
      const id = contentHash(bytes);
      const jobId = `local-${id}`;
      const known = jobs.get(jobId);
      if (known && (known.status.state === 'waiting' || known.status.state === 'active')) return { document_id: id, job_id: jobId, state: known.status.state };
      if (waiting.length >= maxWaiting) throw new HttpError(503, 'busy', 'Trop de documents en attente : réessayez dans quelques minutes.', undefined, { 'Retry-After': '60' });
      const originalPath = await storeOriginal(o.dataDir, bytes, file, kind);
      const status: JobStatus = {
        id: jobId, document_id: id, file, runner: 'local', state: 'waiting', stage: null, progress: 0, message: 'en attente',
        error: null, document_status: null, findings: null, outcome: null,
      };
      const job: LocalJob = { status, originalPath, actor };
      jobs.delete(jobId); // re-inserted last: the most recent job is forgotten last
      jobs.set(jobId, job);
      waiting.push(job);
      pump();
      return { document_id: id, job_id: jobId, state: status.state };
    },
    async status(jobId) {
      const j = jobs.get(jobId);
      if (j) return structuredClone(j.status);
      const id = documentIdOfJob(jobId);
      const stored = id ? await o.store.get(id) : null;
      return stored ? statusFromStore(jobId, 'local', stored) : null;
    },
    async health() {
      return null;
    },
    async close() {
      closing = true;
      waiting.length = 0;
      await Promise.allSettled([...running]);
    },
  };
}
