/**
 * When an upsert writes, and what it logs (pure, shared by both backends).
 *
 * - New id: insert; logs ingested, then extracted / parsed / checked / failed
 *   as the document shows them.
 * - Known id, reason 'ingest': replaced only when the incoming parser version
 *   is newer, or the same parser with another extractor version; otherwise
 *   unchanged and nothing is logged (idempotent by content hash). An older
 *   parser never overwrites a newer result.
 * - Known id, reason 'reprocess' or 'correct': always replaced, logged as
 *   reprocessed / corrected with the versions before and after.
 * - A replaced document with corrections: the head event says how many
 *   applied and how many are in conflict; each correction that becomes a
 *   conflict (or whose conflicting value changes) is logged as
 *   `correction_conflict` with what it expected and what the reading gives.
 */
import type { ProcessedDocument, StoredCorrection } from '../domain/index.ts';
import type { ReplayOutcome } from '../corrections/replay.ts';
import type { EventType, UpsertOptions } from './record-store.ts';

export interface StoredVersions {
  parser_version: string;
  extractor_version: string | null;
  status: string;
}

export type Decision = 'insert' | 'replace' | 'unchanged';

/** Compares dotted versions numerically where both parts are numbers ("1.10" > "1.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (c !== 0) return Math.sign(c);
  }
  return 0;
}

export function decide(stored: StoredVersions | null, doc: ProcessedDocument, options: UpsertOptions): Decision {
  if (!stored) return 'insert';
  const reason = options.reason ?? 'ingest';
  if (reason !== 'ingest') return 'replace';
  const byParser = compareVersions(doc.parser_version, stored.parser_version);
  if (byParser > 0) return 'replace';
  const extractorVersion = doc.extraction?.extractor_version ?? null;
  if (byParser === 0 && extractorVersion !== null && extractorVersion !== stored.extractor_version) return 'replace';
  return 'unchanged';
}

export interface PlannedEvent {
  type: EventType;
  detail: Record<string, unknown>;
}

function outcomeEvents(doc: ProcessedDocument): PlannedEvent[] {
  const out: PlannedEvent[] = [];
  const x = doc.extraction;
  if (x) {
    const methods = [...new Set(x.pages.map((p) => p.method))];
    out.push({ type: 'extracted', detail: { extractor: x.extractor, extractor_version: x.extractor_version, kind: x.kind, pages: x.pages.length, methods } });
  }
  if (doc.parsed) {
    out.push({ type: 'parsed', detail: { parser_version: doc.parser_version, is_deliberation: doc.parsed.is_deliberation, deliberations: doc.parsed.deliberations.length } });
    out.push({ type: 'checked', detail: { findings: doc.findings.length, codes: [...new Set(doc.findings.map((f) => f.code))] } });
  }
  if (doc.status === 'failed') out.push({ type: 'failed', detail: { error: doc.error } });
  return out;
}

export function plannedEvents(decision: Decision, stored: StoredVersions | null, doc: ProcessedDocument, options: UpsertOptions): PlannedEvent[] {
  if (decision === 'unchanged') return [];
  if (decision === 'insert') {
    return [{ type: 'ingested', detail: { file: doc.file, size: doc.size, original_path: options.originalPath ?? null } }, ...outcomeEvents(doc)];
  }
  const reason = options.reason ?? 'ingest';
  const head: PlannedEvent = {
    type: reason === 'correct' ? 'corrected' : 'reprocessed',
    detail: {
      trigger: reason,
      from_parser_version: stored?.parser_version ?? null,
      to_parser_version: doc.parser_version,
      from_status: stored?.status ?? null,
      to_status: doc.status,
      ...(options.note ? { note: options.note } : {}),
    },
  };
  return [head, ...outcomeEvents(doc)];
}

/** One `correction_conflict` per correction that is newly in conflict, or in conflict over a new value. */
export function conflictEvents(before: readonly StoredCorrection[], outcomes: readonly ReplayOutcome[]): PlannedEvent[] {
  const was = new Map(before.map((c) => [c.id, c]));
  return outcomes.flatMap((o): PlannedEvent[] => {
    const c = was.get(o.id);
    if (!c || o.status !== 'conflict' || !o.conflict) return [];
    if (c.status === 'conflict' && JSON.stringify(c.conflict) === JSON.stringify(o.conflict)) return [];
    return [{
      type: 'correction_conflict',
      detail: { correction: c.id, path: c.path, from: c.from, to: c.to, at: c.at, author: c.author, kind: o.conflict.kind, found: o.conflict.found ?? null, note: o.conflict.message },
    }];
  });
}
