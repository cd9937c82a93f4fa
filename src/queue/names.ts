/**
 * Job ids and the stage chain. Job ids derive from the content hash and the
 * stage, so enqueuing the same bytes twice, or a worker re-running a stage
 * after a crash, adds nothing: BullMQ keeps one job per id.
 */
import { QUEUE_NAMES, type QueueName } from '../domain/index.ts';
import { STAGES, type Stage } from '../pipeline.ts';

// Fail at load, not at 3 a.m.: every pipeline stage has its queue.
for (const s of STAGES) {
  if (!(QUEUE_NAMES as readonly string[]).includes(s)) throw new Error(`pipeline stage "${s}" has no queue in src/domain/payloads.ts`);
}

/** The stage a document goes to after `stage`, in the order pipeline.ts writes once. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

/** `extract-<sha256>`: BullMQ ids may not contain ':'. */
export function stageJobId(stage: Stage, documentId: string): string {
  return `${stage}-${documentId}`;
}

/** OCR page jobs are keyed by document and page image, so a re-run of the extract stage finds them done. */
export function ocrJobId(documentId: string, pageHash: string, words: boolean): string {
  return `ocr-${documentId.slice(0, 16)}-${pageHash}-${words ? 'w' : 't'}`;
}

export function parseJobId(jobId: string): { queue: QueueName; documentId: string | null } | null {
  const m = /^(extract|analyse|store|ocr)-([0-9a-f]{16,64})/.exec(jobId);
  if (!m) return null;
  const queue = m[1] as QueueName;
  return { queue, documentId: queue === 'ocr' ? null : m[2]! };
}

export function isStage(name: string): name is Stage {
  return (STAGES as readonly string[]).includes(name);
}
