/**
 * The transaction behind RecordStore.correct (shared by both backends).
 */
import { ProcessedDocument } from '../../domain/index.ts';
import { correctionNote } from '../../corrections/correction-note.ts';
import { recordCorrections } from '../../corrections/replay.ts';
import type { CorrectionInput, CorrectResult } from '../record-store.ts';
import { json, loadCorrections } from './sql-corrections.ts';
import type { Tx } from './sql-runner.ts';
import { docLock, rebuildDocument, type StoredRow } from './sql-write.ts';

const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * Inside one transaction, under the document's lock: refuses a stale
 * version, checks the new corrections against the document as it stands
 * (CorrectionError rolls everything back), keeps them, and rebuilds the
 * document from its parser output with all its corrections.
 */
export async function correctDocument(tx: Tx, id: string, input: CorrectionInput): Promise<CorrectResult> {
  const now = new Date().toISOString();
  await tx.lock(docLock(id));
  const stored = await tx.get<StoredRow & { updated_at: string }>(
    'SELECT parser_version, extractor_version, status, original_path, updated_at FROM documents WHERE id = ?',
    [id],
  );
  if (!stored) return { outcome: 'not_found', id };
  if (input.expectedUpdatedAt && input.expectedUpdatedAt !== stored.updated_at) return { outcome: 'stale', id, updated_at: stored.updated_at };
  const row = await tx.get<{ json: unknown; as_parsed: unknown }>('SELECT json, as_parsed FROM document_json WHERE id = ?', [id]);
  const current = ProcessedDocument.parse(parseJson(row!.json));
  const base = row!.as_parsed === null || row!.as_parsed === undefined ? current : ProcessedDocument.parse(parseJson(row!.as_parsed));
  const { recorded } = recordCorrections(current, input.corrections);
  for (const r of recorded) {
    await tx.run(
      `INSERT INTO corrections (document_id, at, actor, author, reason, correction, path, from_value, to_value, anchor, status, conflict, checked_at, checked_parser_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied', NULL, ?, ?)`,
      [id, now, input.actor, input.author ?? null, input.reason, json(r.correction), r.change.path, json(r.change.from), json(r.change.to), r.anchor ? json(r.anchor) : null, now, base.parser_version],
    );
  }
  const changes = recorded.map((r) => r.change);
  await rebuildDocument(tx, base, stored, 'replace', { actor: input.actor, reason: 'correct', note: correctionNote(input, changes) }, now);
  return { outcome: 'corrected', id, changes, corrections: await loadCorrections(tx, id) };
}
