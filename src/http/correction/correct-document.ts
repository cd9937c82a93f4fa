/**
 * PATCH /api/documents/:id, behind the handler: the store keeps the
 * corrections (who, when, why, each field before → after) apart from the
 * parser's output and rebuilds the document with them, re-checked, under
 * the document's lock (RecordStore.correct); the store logs `corrected`
 * with the actor and the note (src/corrections/correction-note.ts). The
 * corrections outlive reprocessing: each rebuild replays them.
 *
 * The actor is the token's role and fingerprint (never the token).
 */
import { CorrectionError } from '../../corrections/apply-correction.ts';
import type { Change, ProcessedDocument, StoredCorrection } from '../../domain/index.ts';
import type { DocEvent, RecordStore } from '../../store/record-store.ts';
import { HttpError, notFound } from '../http-error.ts';
import type { CorrectionRequest } from './correction-schema.ts';

export { correctionNote } from '../../corrections/correction-note.ts';

export interface Corrected {
  document: ProcessedDocument;
  changes: Change[];
  corrections: StoredCorrection[];
  events: DocEvent[];
  updated_at: string;
}

export async function correctDocument(store: RecordStore, id: string, req: CorrectionRequest, actor: string): Promise<Corrected> {
  let r;
  try {
    r = await store.correct(id, { corrections: req.corrections, reason: req.reason, author: req.author ?? null, actor, expectedUpdatedAt: req.expected_updated_at });
  } catch (e) {
    if (e instanceof CorrectionError) throw new HttpError(422, 'invalid_correction', `Correction impossible : ${e.message}.`);
    throw e;
  }
  if (r.outcome === 'not_found') throw notFound('Document');
  if (r.outcome === 'stale') {
    throw new HttpError(409, 'conflict', 'Le document a changé depuis votre lecture : rechargez-le avant de corriger.', { updated_at: r.updated_at });
  }
  const after = await store.get(id);
  if (!after) throw notFound('Document');
  return { document: after.document, changes: r.changes, corrections: after.corrections, events: await store.events(id), updated_at: after.updated_at };
}
