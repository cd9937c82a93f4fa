/**
 * How the server gets uploaded documents processed: one contract, two
 * implementations.
 *
 * - local-runner.ts (no REDIS_URL, the embedded default): in this process,
 *   at most `REGISTRE_CONCURRENCY` documents at once; job ids `local-<sha256>`.
 * - queue-runner.ts (REDIS_URL set): the BullMQ stage chain run by
 *   `registre worker` processes; job ids `extract-<sha256>` (the chain's
 *   first job, src/queue/names.ts).
 *
 * Contract, for both: the original is stored (content-addressed) before
 * `submit` returns; the same bytes submitted while their job is unfinished
 * give the same job; `status` of a job the runner has forgotten (restart,
 * job cleaned up) is answered from the store when the document is there.
 */
import { z } from 'zod';
import { DocumentId, DocumentStatus, type InputKind } from '../../domain/index.ts';
import type { StoredDocument } from '../../store/record-store.ts';

export const JobState = z.enum(['waiting', 'active', 'completed', 'failed']);
export type JobState = z.infer<typeof JobState>;

export const JobId = z.string().regex(/^(local|extract)-[0-9a-f]{64}$/, 'local-<sha256> or extract-<sha256>');

export const JobStatus = z.object({
  id: JobId,
  document_id: DocumentId,
  file: z.string().nullable(),
  runner: z.enum(['local', 'queue']),
  /** `completed`: the chain ended and the document is stored (read `document_status`). */
  state: JobState,
  /** Stage running or last run: extract, ocr, analyse, store; null while waiting. */
  stage: z.string().nullable(),
  /** 0–100, coarse (by stage). */
  progress: z.number().min(0).max(100),
  message: z.string().nullable(),
  error: z.string().nullable(),
  document_status: DocumentStatus.nullable(),
  findings: z.number().int().min(0).nullable(),
  outcome: z.enum(['created', 'replaced', 'unchanged']).nullable(),
});
export type JobStatus = z.infer<typeof JobStatus>;

export interface Submitted {
  document_id: string;
  job_id: string;
  state: JobState;
}

export interface JobRunner {
  readonly kind: 'local' | 'queue';
  submit(bytes: Buffer, file: string, kind: InputKind, actor: string): Promise<Submitted>;
  status(jobId: string): Promise<JobStatus | null>;
  /** Redis reachability (queue runner); null when the runner needs none. */
  health(): Promise<{ ok: boolean; detail: string } | null>;
  /** Stops taking work, lets running documents finish, releases resources. */
  close(): Promise<void>;
}

export function documentIdOfJob(jobId: string): string | null {
  return JobId.safeParse(jobId).success ? jobId.slice(jobId.indexOf('-') + 1) : null;
}

/** The status of a finished job, read back from the store (the runner no longer knows it). */
export function statusFromStore(jobId: string, runner: JobStatus['runner'], stored: StoredDocument): JobStatus {
  const d = stored.document;
  const failed = d.status === 'failed';
  return {
    id: jobId,
    document_id: d.id,
    file: d.file,
    runner,
    state: failed ? 'failed' : 'completed',
    stage: 'store',
    progress: 100,
    message: failed ? 'échec de lecture' : 'enregistré',
    error: d.error,
    document_status: d.status,
    findings: d.findings.length,
    outcome: null,
  };
}
