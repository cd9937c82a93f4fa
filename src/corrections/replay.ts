/**
 * Corrections over a new reading of a document (pure).
 *
 * `recordCorrections` takes a clerk's new corrections against the document
 * as it stands, one per field, and says for each what it changes (path,
 * before → after) and, for an item's field, which item it was (its number
 * and subject). It throws CorrectionError for a target the document lacks.
 *
 * `replayCorrections` rebuilds the corrected document from what the parser
 * produced: the corrections in their order, each applied only when it
 * still fits — its target exists, the item at that index is the same item,
 * and the new reading gives the value the clerk corrected (or already the
 * clerk's value). Otherwise it is not applied and comes back as a
 * `conflict` with the reason and the value found; it is never dropped.
 * The findings are re-checked over the corrected record. Without
 * corrections the document is returned as it is.
 */
import type { Change, Correction, CorrectionConflict, CorrectionStatus, ItemAnchor, ParsedDocument, ProcessedDocument, StoredCorrection } from '../domain/index.ts';
import { applyOne, CorrectionError, recheck, splitCorrections } from './apply-correction.ts';
import { showValue } from './correction-note.ts';

export interface RecordedCorrection {
  correction: Correction;
  change: Change;
  anchor: ItemAnchor | null;
}

export type Replayable = Pick<StoredCorrection, 'id' | 'correction' | 'from' | 'to' | 'anchor'>;

export interface ReplayOutcome {
  id: number;
  status: CorrectionStatus;
  conflict: CorrectionConflict | null;
}

const NOT_READ = 'ce document n’a pas été lu : rien à corriger (redéposez ou retraitez-le)';
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const squash = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ' ').trim().toLowerCase());

function itemOf(c: Correction): number | null {
  return 'deliberation' in c && typeof c.deliberation === 'number' ? c.deliberation : null;
}

function anchorOf(p: ParsedDocument, c: Correction): ItemAnchor | null {
  const i = itemOf(c);
  const d = i === null ? undefined : p.deliberations[i];
  return d ? { number: d.number, subject: d.subject } : null;
}

/** Why the item at the correction's index is no longer the one corrected; null when it is (or cannot tell). */
function itemMoved(p: ParsedDocument, c: Replayable): string | null {
  const i = itemOf(c.correction);
  const d = i === null ? undefined : p.deliberations[i];
  if (!c.anchor || !d) return null;
  const a = c.anchor;
  const byNumber = a.number !== null && d.number !== null;
  if (byNumber ? squash(a.number) === squash(d.number) : a.subject === null || d.subject === null || squash(a.subject) === squash(d.subject)) return null;
  const was = byNumber ? `n° ${a.number}` : `« ${a.subject} »`;
  const now = byNumber ? `n° ${d.number}` : `« ${d.subject} »`;
  return `le point ${i! + 1} n’est plus le même : corrigé sur ${was}, la nouvelle lecture y trouve ${now}`;
}

export function recordCorrections(doc: ProcessedDocument, corrections: readonly Correction[]): { document: ProcessedDocument; recorded: RecordedCorrection[] } {
  if (!doc.parsed || !doc.extraction) throw new CorrectionError(NOT_READ);
  const parsed = structuredClone(doc.parsed);
  const recorded = splitCorrections(corrections).map((correction) => {
    const anchor = anchorOf(parsed, correction);
    const [change] = applyOne(parsed, correction);
    return { correction, change: change!, anchor };
  });
  return { document: recheck(doc, parsed), recorded };
}

function replayOne(parsed: ParsedDocument, c: Replayable): { parsed: ParsedDocument; outcome: ReplayOutcome } {
  const conflict = (kind: CorrectionConflict['kind'], message: string, found?: unknown) => ({
    parsed,
    outcome: { id: c.id, status: 'conflict' as const, conflict: { kind, message, ...(kind === 'changed' ? { found } : {}) } },
  });
  const moved = itemMoved(parsed, c);
  if (moved) return conflict('missing', moved);
  const trial = structuredClone(parsed);
  let changes: Change[];
  try {
    changes = applyOne(trial, c.correction);
  } catch (e) {
    if (e instanceof CorrectionError) return conflict('missing', `le champ corrigé n’existe plus dans la nouvelle lecture : ${e.message}`);
    throw e;
  }
  const found = changes[0]?.from;
  if (changes.length === 1 && (same(found, c.from) || same(found, c.to))) return { parsed: trial, outcome: { id: c.id, status: 'applied', conflict: null } };
  return conflict('changed', `la nouvelle lecture donne ${showValue(found)} là où la correction attendait ${showValue(c.from)} (corrigé en ${showValue(c.to)})`, found ?? null);
}

export function replayCorrections(base: ProcessedDocument, corrections: readonly Replayable[]): { document: ProcessedDocument; outcomes: ReplayOutcome[] } {
  if (corrections.length === 0) return { document: base, outcomes: [] };
  if (!base.parsed || !base.extraction) {
    return { document: base, outcomes: corrections.map((c) => ({ id: c.id, status: 'conflict', conflict: { kind: 'missing', message: NOT_READ } })) };
  }
  let parsed = structuredClone(base.parsed);
  const outcomes: ReplayOutcome[] = [];
  for (const c of corrections) {
    const r = replayOne(parsed, c);
    parsed = r.parsed;
    outcomes.push(r.outcome);
  }
  return { document: recheck(base, parsed), outcomes };
}
