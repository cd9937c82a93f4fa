/**
 * The pipeline of src/pipeline.ts cut at its stage boundaries, so each
 * stage can run as its own job. Only pipeline.ts functions are called, in
 * the order `processBytes` uses: extract (a bad input becomes a failed
 * document), then analyse; `storeStage` is `ingestBytes`'s tail (roster
 * repair, then upsert). The queue test checks that records stored through
 * the queue equal `processBytes` output.
 */
import type { Extraction, ProcessedDocument } from '../domain/index.ts';
import { isInputError } from '../errors.ts';
import { analyse, analysedDocument, failedDocument, type ExtractFn } from '../pipeline.ts';
import { withBodyRoster } from '../store/ingest.ts';
import type { RecordStore, UpsertResult } from '../store/record-store.ts';
import { compareVersions } from '../store/upsert-policy.ts';
import { PARSER_VERSION } from '../version.ts';

export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; document: ProcessedDocument };

/** First half of processBytes: InputError → a failed document; other errors are thrown (retried). */
export async function extractStage(id: string, bytes: Buffer, file: string, extract: ExtractFn): Promise<ExtractOutcome> {
  try {
    return { ok: true, extraction: await extract(bytes, file) };
  } catch (e) {
    if (isInputError(e)) return { ok: false, document: failedDocument(id, file, bytes.length, e) };
    throw e;
  }
}

/** Second half of processBytes: pure, never throws on odd text. */
export function analyseStage(id: string, file: string, size: number, extraction: Extraction): ProcessedDocument {
  return analysedDocument(id, file, size, extraction, analyse(extraction));
}

/**
 * Repairs OCR names against the body's roster, then upserts (idempotent by
 * content hash). The document returned is the one stored: the clerks'
 * corrections replayed over the new reading (the store does it).
 */
export async function storeStage(store: RecordStore, doc: ProcessedDocument, actor: string, originalPath: string): Promise<UpsertResult & { document: ProcessedDocument }> {
  const final = await withBodyRoster(store, doc);
  const r = await store.upsert(final, { actor, originalPath });
  return { ...r, document: r.document ?? final };
}

/**
 * The stored document when it needs no work: same rule as ingestBytes
 * (stored, not failed, by this parser version or a newer one).
 */
export async function alreadyStored(store: RecordStore, id: string): Promise<ProcessedDocument | null> {
  const known = await store.get(id);
  if (known && known.document.status !== 'failed' && compareVersions(known.document.parser_version, PARSER_VERSION) >= 0) return known.document;
  return null;
}
