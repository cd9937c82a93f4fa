/**
 * Replaying corrections over a new reading (pure): applied when the target
 * is the same and reads what the clerk corrected (or already the clerk's
 * value); otherwise a conflict with its reason, never forced, never lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Correction, ProcessedDocument } from '../../src/domain/index.ts';
import { CorrectionError, splitCorrections } from '../../src/corrections/apply-correction.ts';
import { recordCorrections, replayCorrections, type Replayable } from '../../src/corrections/replay.ts';
import { analyse, analysedDocument, contentHash } from '../../src/pipeline.ts';
import { FIXTURES } from '../helpers/paths.ts';

function processed(fixture: string): ProcessedDocument {
  const text = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const extraction = { kind: 'text' as const, extractor: 'text', extractor_version: '1', notes: [], pages: [{ number: 1, text, method: 'text' as const, confidence: null, ms: 0, rotation: 0 }] };
  return analysedDocument(contentHash(Buffer.from(text)), fixture, text.length, extraction, analyse(extraction));
}

/** Corrections recorded against `doc`, as the store would keep them. */
function kept(doc: ProcessedDocument, corrections: Correction[]): Replayable[] {
  return recordCorrections(doc, corrections).recorded.map((r, i) => ({ id: i + 1, correction: r.correction, from: r.change.from, to: r.change.to, anchor: r.anchor }));
}

describe('replayCorrections', () => {
  const doc = processed('rules/tally-mismatch.txt');

  it('without corrections returns the document as it is', () => {
    expect(replayCorrections(doc, [])).toEqual({ document: doc, outcomes: [] });
  });

  it('applies corrections that still fit, in order, and re-checks', () => {
    const v = doc.parsed!.deliberations[0]!.vote!;
    const c = kept(doc, [{ field: 'vote', deliberation: 0, value: { for: (v.for ?? 0) + 1, against: v.against } }]);
    expect(c).toHaveLength(2);
    const r = replayCorrections(doc, c);
    expect(r.outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
    expect(r.document.parsed!.deliberations[0]!.vote!.for).toBe((v.for ?? 0) + 1);
    expect(r.document.findings).not.toEqual(doc.findings);
  });

  it('counts a reading that already gives the clerk’s value as applied', () => {
    const c = kept(doc, [{ field: 'session.place', value: 'Salle des fêtes' }]);
    const newer = structuredClone(doc);
    newer.parsed!.session.place = 'Salle des fêtes';
    expect(replayCorrections(newer, c).outcomes).toEqual([{ id: 1, status: 'applied', conflict: null }]);
  });

  it('an item correction whose item is now another one is a conflict, even with the same value there', () => {
    const c = kept(doc, [{ field: 'vote', deliberation: 0, value: { against: 5 } }]);
    const newer = structuredClone(doc);
    const d = newer.parsed!.deliberations[0]!;
    if (d.number !== null) d.number = `${d.number}-bis`;
    d.subject = 'Un tout autre point';
    const r = replayCorrections(newer, c);
    expect(r.outcomes[0]).toMatchObject({ status: 'conflict', conflict: { kind: 'missing' } });
    expect(r.outcomes[0]!.conflict!.message).toMatch(/n’est plus le même/);
    expect(r.document.parsed!.deliberations[0]!.vote!.against).toBe(doc.parsed!.deliberations[0]!.vote!.against);
  });

  it('a document that was not read puts every correction in conflict, kept', () => {
    const c = kept(doc, [{ field: 'session.place', value: 'Mairie' }]);
    const failed = { ...doc, status: 'failed' as const, parsed: null, extraction: null, findings: [] };
    expect(replayCorrections(failed, c)).toMatchObject({ document: failed, outcomes: [{ id: 1, status: 'conflict', conflict: { kind: 'missing' } }] });
  });

  it('recording refuses a target the document lacks; one vote correction is one per field', () => {
    expect(() => recordCorrections(doc, [{ field: 'name', deliberation: null, list: 'absent', index: 40, value: 'X' }])).toThrow(CorrectionError);
    expect(splitCorrections([{ field: 'vote', deliberation: 0, value: { for: 1, against: 2 } }])).toEqual([
      { field: 'vote', deliberation: 0, value: { for: 1 } },
      { field: 'vote', deliberation: 0, value: { against: 2 } },
    ]);
  });
});
