/**
 * Re-derives a stored document: re-analyses its stored pages with the
 * current parser and checker, or re-extracts from the stored original when
 * there are no pages (extraction had failed) or when asked. The store
 * replaces the derived data and logs `reprocessed` (upsert reason 'reprocess').
 * The clerks' corrections are replayed over the new reading by the store;
 * the outcome says how many applied and how many are now in conflict.
 *
 * Outcomes are values: a missing document or original is reported, not
 * thrown; an infrastructure fault rejects.
 */
import type { DocumentStatus } from '../domain/index.ts';
import { errorMessage } from '../errors.ts';
import { analyse, analysedDocument, processBytes } from '../pipeline.ts';
import { withBodyRoster, type IngestDeps } from './ingest.ts';
import type { CorrectionTally } from './record-store.ts';
import { readOriginal } from './originals.ts';

export interface ReprocessOutcome {
  id: string;
  file: string | null;
  ok: boolean;
  status: DocumentStatus | null;
  from_parser_version: string | null;
  to_parser_version: string | null;
  reextracted: boolean;
  error: string | null;
  /** The document's corrections against the new reading; null when it has none or was not rebuilt. */
  corrections: CorrectionTally | null;
}

export async function reprocessDocument(deps: IngestDeps, id: string, options: { reextract?: boolean } = {}): Promise<ReprocessOutcome> {
  const stored = await deps.store.get(id);
  const fail = (error: string, file: string | null = null): ReprocessOutcome => ({
    id, file, ok: false, status: null, from_parser_version: stored?.document.parser_version ?? null, to_parser_version: null, reextracted: false, error,
    corrections: null,
  });
  if (!stored) return fail(`${id}: no such document`);
  const old = stored.document;
  const reextract = options.reextract === true || old.extraction === null;
  let doc;
  if (reextract) {
    if (!stored.original_path) return fail(`${old.file}: the original was not kept, cannot extract again`, old.file);
    let bytes: Buffer;
    try {
      bytes = await readOriginal(deps.dataDir, stored.original_path);
    } catch (e) {
      return fail(`${old.file}: cannot read the stored original: ${errorMessage(e)}`, old.file);
    }
    doc = await processBytes(bytes, old.file, deps.extract);
    if (doc.id !== old.id) return fail(`${old.file}: the stored original no longer matches its hash`, old.file);
  } else {
    const extraction = old.extraction!;
    doc = analysedDocument(old.id, old.file, old.size, extraction, analyse(extraction));
  }
  doc = await withBodyRoster(deps.store, doc);
  const r = await deps.store.upsert(doc, { actor: deps.actor, reason: 'reprocess' });
  return {
    id, file: old.file, ok: doc.status === 'parsed', status: doc.status, from_parser_version: old.parser_version,
    to_parser_version: doc.parser_version, reextracted: reextract, error: doc.error,
    corrections: r.corrections && r.corrections.applied + r.corrections.conflicts > 0 ? r.corrections : null,
  };
}
