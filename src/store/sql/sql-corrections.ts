/**
 * A document's corrections in SQL (shared by both backends): the rows of
 * `corrections`, read in their order, and their fit with the latest
 * reading saved (the transaction behind RecordStore.correct is
 * sql-correct.ts). What a correction says (who,
 * when, why, path, before → after, the item) is written once and never
 * changed (the schema refuses it); only its fit with the latest reading
 * (status, conflict, when and by which parser it was checked) is updated
 * each time the document is rebuilt.
 */
import { StoredCorrection } from '../../domain/index.ts';
import type { ReplayOutcome } from '../../corrections/replay.ts';
import type { Queryable, Tx } from './sql-runner.ts';

interface CorrectionRow {
  id: number | string;
  document_id: string;
  at: string;
  actor: string;
  author: string | null;
  reason: string;
  correction: string;
  path: string;
  from_value: string;
  to_value: string;
  anchor: string | null;
  status: string;
  conflict: string | null;
  checked_at: string;
  checked_parser_version: string;
}

const COLUMNS = 'id, document_id, at, actor, author, reason, correction, path, from_value, to_value, anchor, status, conflict, checked_at, checked_parser_version';
export const json = (v: unknown) => JSON.stringify(v ?? null);

export async function loadCorrections(db: Queryable, documentId: string): Promise<StoredCorrection[]> {
  const rows = await db.all<CorrectionRow>(`SELECT ${COLUMNS} FROM corrections WHERE document_id = ? ORDER BY id`, [documentId]);
  return rows.map((r) =>
    StoredCorrection.parse({
      id: Number(r.id), document_id: r.document_id, at: r.at, actor: r.actor, author: r.author, reason: r.reason,
      correction: JSON.parse(r.correction), path: r.path, from: JSON.parse(r.from_value), to: JSON.parse(r.to_value),
      anchor: r.anchor === null ? null : JSON.parse(r.anchor), status: r.status, conflict: r.conflict === null ? null : JSON.parse(r.conflict),
      checked_at: r.checked_at, checked_parser_version: r.checked_parser_version,
    }),
  );
}

/** Records how each correction fits the reading just written. */
export async function saveOutcomes(tx: Tx, outcomes: readonly ReplayOutcome[], now: string, parserVersion: string): Promise<void> {
  for (const o of outcomes) {
    await tx.run('UPDATE corrections SET status = ?, conflict = ?, checked_at = ?, checked_parser_version = ? WHERE id = ?', [
      o.status, o.conflict ? json(o.conflict) : null, now, parserVersion, o.id,
    ]);
  }
}
