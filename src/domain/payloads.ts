/**
 * Queue vocabulary and job payloads, defined once (zod). Payloads carry
 * references only — the document id (sha256 of the original), paths
 * relative to REGISTRE_DATA_DIR — never file bytes; every handler parses its
 * payload with these schemas before doing anything.
 *
 *   extract ──► analyse ──► store        (one job per document and stage)
 *      └──► ocr (one job per page image; the extract job waits for them)
 */
import { z } from 'zod';
import { DocumentStatus } from './codes.ts';

/** One BullMQ queue per name. `extract`, `analyse`, `store` are the pipeline's stages. */
export const QueueName = z.enum(['extract', 'ocr', 'analyse', 'store']);
export type QueueName = z.infer<typeof QueueName>;
export const QUEUE_NAMES = QueueName.options;

export const DocumentId = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lower-case hex');

/** A path inside the data directory: relative, no `..`. */
export const DataPath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'a relative path inside the data directory');

/** What every stage job of a document carries. */
export const DocumentRef = z.object({
  id: DocumentId,
  /** The name shown to people (the path as given to `enqueue`). */
  file: z.string().min(1),
  /** The stored original, content-addressed (src/store/originals.ts). */
  original_path: DataPath,
  /** Who enqueued it, for the store's event log. */
  actor: z.string().min(1),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

export const ExtractPayload = DocumentRef;
export type ExtractPayload = z.infer<typeof ExtractPayload>;

export const AnalysePayload = DocumentRef.extend({
  size: z.number().int().min(0),
  /** The Extraction as JSON (derived data, written by the extract stage). */
  extraction_path: DataPath,
});
export type AnalysePayload = z.infer<typeof AnalysePayload>;

export const StorePayload = DocumentRef.extend({
  /** The ProcessedDocument as JSON (derived data, written by analyse, or extract for a bad input). */
  document_path: DataPath,
});
export type StorePayload = z.infer<typeof StorePayload>;

export const OcrPayload = z.object({
  document_id: DocumentId,
  /** One page image (PGM or PNG), written by the extract stage. */
  page_path: DataPath,
  /** Also return word boxes. */
  words: z.boolean(),
  /** The image's resolution when the file does not carry it (PGM). */
  dpi: z.number().int().min(10).max(2400).optional(),
});
export type OcrPayload = z.infer<typeof OcrPayload>;

/**
 * What a stage job returns: `next` names the stage the document went on
 * to (its job id is derived the same way), null when this job ended it.
 */
export const StageResult = z.object({
  next: QueueName.nullable(),
  status: DocumentStatus.nullable(),
  /** The store's verdict, set by the job that ended the chain. */
  outcome: z.enum(['created', 'replaced', 'unchanged']).nullable(),
  error: z.string().nullable(),
  findings: z.number().int().min(0),
});
export type StageResult = z.infer<typeof StageResult>;

const OcrWord = z.object({ text: z.string(), confidence: z.number(), x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });

/** An OCR page job's value: the engine's result, or a bad-image verdict (not retried). */
export const OcrJobResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    text: z.string(),
    confidence: z.number(),
    ms: z.number(),
    paragraphs: z.array(z.array(z.array(OcrWord))).optional(),
  }),
  z.object({ ok: z.literal(false), kind: z.enum(['bad-image', 'timeout']), message: z.string() }),
]);
export type OcrJobResult = z.infer<typeof OcrJobResult>;

/** `job.updateProgress` value, shown by `enqueue --wait`. */
export const JobProgress = z.object({
  stage: QueueName,
  message: z.string(),
  /** Pages read by OCR so far (extract stage). */
  pages: z.number().int().min(0).optional(),
  /** Set when the job ended the chain by storing a document that is not a parsed deliberation. */
  status: DocumentStatus.optional(),
});
export type JobProgress = z.infer<typeof JobProgress>;
