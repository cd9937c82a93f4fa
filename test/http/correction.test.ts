/**
 * Corrections as a pure function: the changed fields, the findings
 * re-checked, the input untouched, what was read kept beside the value;
 * and the web form's targets mapped onto the same corrections.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProcessedDocument } from '../../src/domain/index.ts';
import { applyCorrections, CorrectionError } from '../../src/corrections/apply-correction.ts';
import { correctionNote } from '../../src/http/correction/correct-document.ts';
import { Correction, CorrectionRequest } from '../../src/http/correction/correction-schema.ts';
import { analysedDocument, analyse, contentHash } from '../../src/pipeline.ts';
import { correctionFromForm, correctionTargets, targetCorrection } from '../../src/web/correction-form.ts';
import { FIXTURES } from '../helpers/paths.ts';

function processed(fixture: string): ProcessedDocument {
  const text = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const extraction = { kind: 'text' as const, extractor: 'text', extractor_version: '1', notes: [], pages: [{ number: 1, text, method: 'text' as const, confidence: null, ms: 0, rotation: 0 }] };
  return analysedDocument(contentHash(Buffer.from(text)), fixture, text.length, extraction, analyse(extraction));
}
const codes = (d: ProcessedDocument) => d.findings.map((f) => f.code);
const fix = (c: unknown) => Correction.parse(c);

describe('applyCorrections', () => {
  it('a count: new value, words and span as read, findings re-checked, input untouched', () => {
    const doc = processed('rules/present-count-mismatch.txt');
    const frozen = structuredClone(doc);
    expect(codes(doc)).toContain('PRESENT_COUNT_MISMATCH');
    const { document, changes } = applyCorrections(doc, [fix({ field: 'count', key: 'present', value: 12 })]);
    expect(changes).toEqual([{ path: 'session.declared.present', from: 13, to: 12 }]);
    expect(document.parsed!.session.declared.present).toEqual({ ...doc.parsed!.session.declared.present!, value: 12 });
    expect(codes(document)).not.toContain('PRESENT_COUNT_MISMATCH');
    expect(doc).toEqual(frozen);
  });

  it('the session date settles a DATE_CONFLICT: other "session" mentions become "other"', () => {
    const doc = processed('rules/date-conflict-two-dates.txt');
    expect(codes(doc)).toContain('DATE_CONFLICT');
    const dates = doc.parsed!.session.date_mentions.filter((m) => m.role === 'session').map((m) => m.date);
    const { document } = applyCorrections(doc, [fix({ field: 'session.date', value: dates[0] })]);
    expect(document.parsed!.session.date).toBe(dates[0]);
    expect(codes(document)).not.toContain('DATE_CONFLICT');
    expect(document.parsed!.session.date_mentions.map((m) => m.text)).toEqual(doc.parsed!.session.date_mentions.map((m) => m.text));
  });

  it('a vote tally: TALLY_MISMATCH goes when the tally matches the voters', () => {
    const doc = processed('rules/tally-mismatch.txt');
    expect(codes(doc)).toContain('TALLY_MISMATCH');
    const finding = doc.findings.find((f) => f.code === 'TALLY_MISMATCH')!;
    const v = doc.parsed!.deliberations[0]!.vote!;
    const missing = Number(finding.expected) - ((v.for ?? 0) + (v.against ?? 0) + (v.abstain ?? 0));
    const { document, changes } = applyCorrections(doc, [fix({ field: 'vote', deliberation: 0, value: { for: (v.for ?? 0) + missing } })]);
    expect(changes).toEqual([{ path: 'deliberations[0].vote.for', from: v.for, to: (v.for ?? 0) + missing }]);
    expect(codes(document)).not.toContain('TALLY_MISMATCH');
  });

  it('a name: the display name changes, the written form stays', () => {
    const doc = processed('rules/clean-session.txt');
    const { document, changes } = applyCorrections(doc, [fix({ field: 'name', list: 'present', index: 1, value: 'Paul LE ROUX' })]);
    const ref = document.parsed!.session.attendance.present![1]!;
    expect(ref.name).toBe('Paul LE ROUX');
    expect(ref.written).toBe(doc.parsed!.session.attendance.present![1]!.written);
    expect(changes[0]!.path).toBe('session.present[1].name');
  });

  it('a target the document does not have is a CorrectionError', () => {
    const doc = processed('rules/clean-session.txt');
    expect(() => applyCorrections(doc, [fix({ field: 'subject', deliberation: 4, value: 'x' })])).toThrow(CorrectionError);
    expect(() => applyCorrections(doc, [fix({ field: 'name', list: 'absent', index: 9, value: 'X' })])).toThrow(/pas d’entrée 10/);
    expect(() => applyCorrections({ ...doc, parsed: null }, [fix({ field: 'session.place', value: 'x' })])).toThrow(CorrectionError);
  });

  it('the request schema refuses unknown fields, impossible dates and an empty vote', () => {
    const base = { reason: 'vérifié' };
    expect(CorrectionRequest.safeParse({ ...base, corrections: [{ field: 'session.date', value: '2024-02-30' }] }).success).toBe(false);
    expect(CorrectionRequest.safeParse({ ...base, corrections: [{ field: 'vote', deliberation: 0, value: {} }] }).success).toBe(false);
    expect(CorrectionRequest.safeParse({ ...base, corrections: [{ field: 'status', value: 'parsed' }] }).success).toBe(false);
    expect(CorrectionRequest.safeParse({ ...base, corrections: [], extra: 1 }).success).toBe(false);
    const note = correctionNote({ ...base, author: 'M. Martin', corrections: [] }, [{ path: 'session.date', from: null, to: '2024-02-29' }]);
    expect(note).toBe('par M. Martin — vérifié — session.date : ∅ → 2024-02-29');
  });
});

describe('the correction form of the document page', () => {
  it('offers the document’s own fields, each with its current value', () => {
    const targets = correctionTargets(processed('rules/present-count-mismatch.txt'));
    expect(targets.find((t) => t.value === 'count:s:present')).toMatchObject({ current: '13', group: 'Séance' });
    expect(targets.find((t) => t.value === 'vote:0:for')).toMatchObject({ current: '14', group: 'Point 1' });
    expect(targets.filter((t) => t.value.startsWith('name:s:present:'))).toHaveLength(12);
  });

  it('maps a target and a value onto the API’s corrections', () => {
    expect(targetCorrection('count:s:present', '12')).toEqual({ field: 'count', deliberation: null, key: 'present', value: 12 });
    expect(targetCorrection('vote:0:unanimous', 'Oui')).toEqual({ field: 'vote', deliberation: 0, value: { unanimous: true } });
    expect(targetCorrection('session.date', '')).toEqual({ field: 'session.date', value: null });
    expect(() => targetCorrection('count:s:present', 'douze')).toThrow(/nombre entier/);
    expect(() => targetCorrection('parsed.status', 'x')).toThrow(/inconnu/);
    const req = correctionFromForm({ cible: 'name:s:present:2', valeur: 'Claire MORELLE', raison: 'orthographe', auteur: '', version: '2025-01-01T00:00:00Z' });
    expect(req).toEqual({ corrections: [{ field: 'name', deliberation: null, list: 'present', index: 2, value: 'Claire MORELLE' }], reason: 'orthographe', expected_updated_at: '2025-01-01T00:00:00Z' });
    expect(() => correctionFromForm({ cible: 'session.place', valeur: 'Mairie', raison: '' })).toThrow(/raison/);
  });
});
