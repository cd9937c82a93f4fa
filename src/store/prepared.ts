/**
 * Documents prepared for the store where they were analysed (a parse thread
 * of analyse-pool.ts): validated as the store validates them
 * (ProcessedDocument.parse), free of NUL, serialised once. The thread sends
 * that JSON; `preparedDocument` parses it on the caller's side and keeps it
 * with the object, so the store neither validates nor serialises the
 * document again (sql-store.ts) and writes the very JSON it would have
 * written.
 *
 * Contract: a prepared document is not changed afterwards (the store writes
 * the JSON it was prepared with); a changed document is a new object, as
 * `withBodyRoster` makes one.
 */
import { ProcessedDocument } from '../domain/index.ts';
import { hasNul } from './without-nul.ts';

const prepared = new WeakMap<object, string>();

/**
 * The JSON the store would write for `doc`; null when the store must see the
 * document itself: not valid (the store gives the reason), or holding a NUL
 * (the store replaces it, and a caller may still need the text as read).
 */
export function prepareDocument(doc: ProcessedDocument): string | null {
  const valid = ProcessedDocument.safeParse(doc);
  if (!valid.success || hasNul(valid.data)) return null;
  return JSON.stringify(valid.data);
}

/** The document `prepareDocument` serialised, with its JSON kept for the store. */
export function preparedDocument(json: string): ProcessedDocument {
  const doc = JSON.parse(json) as ProcessedDocument;
  prepared.set(doc, json);
  return doc;
}

/** The JSON kept with a prepared document; undefined for any other. */
export function preparedJson(doc: ProcessedDocument): string | undefined {
  return prepared.get(doc);
}
