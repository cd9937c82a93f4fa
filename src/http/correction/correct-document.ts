/**
 * PATCH /api/documents/:id, behind the handler: read the stored document,
 * apply the corrections (pure, re-checked), store it with reason 'correct'
 * (the store logs a `corrected` event with the actor and the note), and
 * return the new document with its event log.
 *
 * The note says who (the name the clerk gave, if any), why, and each
 * change "path : before → after", so `registre show` and the document page
 * tell the story without another lookup. The actor is the token's role and
 * fingerprint (never the token).
 */
import type { ProcessedDocument } from '../../domain/index.ts';
import type { DocEvent, RecordStore } from '../../store/record-store.ts';
import { HttpError, notFound } from '../http-error.ts';
import { applyCorrections, CorrectionError } from './apply-correction.ts';
import type { Change, CorrectionRequest } from './correction-schema.ts';

export interface Corrected {
  document: ProcessedDocument;
  changes: Change[];
  events: DocEvent[];
  updated_at: string;
}

const show = (v: unknown) => (v === null || v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v));

export function correctionNote(req: CorrectionRequest, changes: readonly Change[]): string {
  const what = changes.map((c) => `${c.path} : ${show(c.from)} → ${show(c.to)}`).join(' ; ');
  return `${req.author ? `par ${req.author} — ` : ''}${req.reason} — ${what}`;
}

export async function correctDocument(store: RecordStore, id: string, req: CorrectionRequest, actor: string): Promise<Corrected> {
  const stored = await store.get(id);
  if (!stored) throw notFound('Document');
  if (req.expected_updated_at && req.expected_updated_at !== stored.updated_at) {
    throw new HttpError(409, 'conflict', 'Le document a changé depuis votre lecture : rechargez-le avant de corriger.', { updated_at: stored.updated_at });
  }
  let result;
  try {
    result = applyCorrections(stored.document, req.corrections);
  } catch (e) {
    if (e instanceof CorrectionError) throw new HttpError(422, 'invalid_correction', `Correction impossible : ${e.message}.`);
    throw e;
  }
  await store.upsert(result.document, { actor, reason: 'correct', note: correctionNote(req, result.changes), originalPath: stored.original_path });
  const after = await store.get(id);
  return { document: after?.document ?? result.document, changes: result.changes, events: await store.events(id), updated_at: after?.updated_at ?? stored.updated_at };
}
