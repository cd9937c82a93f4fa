/**
 * Clerks' corrections outlive re-processing, on every store (run by
 * corrections.test.ts on SQLite and PostgreSQL): kept as data apart from
 * the parser's output, replayed by `reprocess` (from the stored pages or
 * the original), by a re-ingest after a parser version bump and by the
 * queue's store stage, the checks re-run on the corrected record and the
 * search index updated; a correction that no longer fits the new reading
 * is kept, marked `conflict`, shown and logged.
 *
 * Real pipeline over fixtures/rules/present-count-mismatch.txt (« Présents :
 * 13 », twelve names). An older parser is played by a stored document
 * whose parser_version is 0.9.0 (and, for conflicts, whose reading differs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { ProcessedDocument } from '../../src/domain/index.ts';
import { createExtractor, type ExtractorHandle } from '../../src/extract/index.ts';
import { documentView } from '../../src/http/document-view.ts';
import { processBytes } from '../../src/pipeline.ts';
import { analyseStage, storeStage } from '../../src/queue/stages.ts';
import { ingestBytes, type IngestDeps } from '../../src/store/ingest.ts';
import { storeOriginal } from '../../src/store/originals.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import { reprocessDocument } from '../../src/store/reprocess.ts';
import { PARSER_VERSION } from '../../src/version.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { tempDir } from './cli-harness.ts';

export interface CorrectionsHarness {
  store: RecordStore;
  /** Raw SQL on the same database. */
  exec(sql: string): Promise<void>;
  /** One value of raw SQL (to look at what is stored beside the record). */
  value(sql: string, params: string[]): Promise<unknown>;
  close(): Promise<void>;
}

const TEXT = fs.readFileSync(path.join(FIXTURES, 'rules/present-count-mismatch.txt'));
/** The same extract with one more line: another document (another hash), same reading. */
const variant = (n: number) => Buffer.concat([TEXT, Buffer.from(`\nCopie n° ${n} certifiée conforme.\n`)]);
const codes = (d: ProcessedDocument) => d.findings.map((f) => f.code);
const CLERK = 'http:clerk:0123456789';

export function correctionsSuite(label: string, open: () => Promise<CorrectionsHarness>): void {
  describe(`corrections survive re-processing: ${label}`, () => {
    let h: CorrectionsHarness;
    let store: RecordStore;
    let dir: string;
    let extractor: ExtractorHandle;
    let deps: IngestDeps;

    /** Stores `bytes` as an older parser read them (`change` plays its different reading). */
    const storeAsOlderParser = async (bytes: Buffer, name: string, change: (d: ProcessedDocument) => void = () => {}) => {
      const doc = await processBytes(bytes, name, deps.extract);
      const older = structuredClone({ ...doc, parser_version: '0.9.0' });
      change(older);
      const originalPath = await storeOriginal(dir, bytes, name, 'text');
      await store.upsert(older, { actor: 'cli:old', originalPath });
      return { id: doc.id, originalPath };
    };

    beforeAll(async () => {
      h = await open();
      store = h.store;
      dir = tempDir('registre-corrections-');
      extractor = createExtractor(loadConfig({ REGISTRE_DATA_DIR: dir, REGISTRE_OCR_WORKERS: '1' }));
      deps = { store, extract: (b, f) => extractor.extract(b, f), dataDir: dir, actor: 'cli:test' };
    });
    afterAll(async () => {
      await extractor?.close();
      await h?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('survives reprocess (stored pages, then the original): re-applied, re-checked, re-indexed; the parser output kept apart', async () => {
      const { id } = await ingestBytes(deps, TEXT, 'vernoux-2019-05-14.txt');
      expect(codes((await store.get(id!))!.document)).toContain('PRESENT_COUNT_MISMATCH');

      const r = await store.correct(id!, {
        corrections: [{ field: 'count', deliberation: null, key: 'present', value: 12 }, { field: 'name', deliberation: null, list: 'present', index: 1, value: 'Paul LE ROUX' }],
        reason: 'registre papier vérifié', author: 'Mme Greffière', actor: CLERK,
      });
      expect(r).toMatchObject({ outcome: 'corrected', changes: [{ path: 'session.declared.present', from: 13, to: 12 }, { path: 'session.present[1].name', from: 'Paul LEROUX', to: 'Paul LE ROUX' }] });
      const corrected = (await store.get(id!))!;
      expect(corrected.corrections.map((c) => [c.path, c.from, c.to, c.status, c.author, c.reason, c.actor])).toEqual([
        ['session.declared.present', 13, 12, 'applied', 'Mme Greffière', 'registre papier vérifié', CLERK],
        ['session.present[1].name', 'Paul LEROUX', 'Paul LE ROUX', 'applied', 'Mme Greffière', 'registre papier vérifié', CLERK],
      ]);
      expect(codes(corrected.document)).not.toContain('PRESENT_COUNT_MISMATCH');
      expect((await store.search({ finding: 'PRESENT_COUNT_MISMATCH' })).hits.map((x) => x.id)).not.toContain(id);

      for (const reextract of [false, true]) {
        const out = await reprocessDocument(deps, id!, { reextract });
        expect(out).toMatchObject({ ok: true, reextracted: reextract, corrections: { applied: 2, conflicts: 0 } });
        const after = (await store.get(id!))!;
        expect(after.document.parsed!.session.declared.present).toMatchObject({ value: 12, text: 'Présents : 13' });
        expect(after.document.parsed!.session.attendance.present![1]).toMatchObject({ name: 'Paul LE ROUX', written: 'M. Paul LEROUX' });
        expect(codes(after.document)).not.toContain('PRESENT_COUNT_MISMATCH');
        expect(after.corrections.map((c) => c.status)).toEqual(['applied', 'applied']);
        expect((await store.search({ finding: 'PRESENT_COUNT_MISMATCH' })).hits.map((x) => x.id)).not.toContain(id);
        expect((await store.search({ member: 'Paul LE ROUX' })).hits.map((x) => x.id)).toContain(id);
      }
      // What the document says is kept beside the record: 13 present, as read.
      const asParsed = await h.value('SELECT as_parsed FROM document_json WHERE id = ?', [id!]);
      const parsed = typeof asParsed === 'string' ? JSON.parse(asParsed) : asParsed;
      expect((parsed as ProcessedDocument).parsed!.session.declared.present!.value).toBe(13);
      const events = await store.events(id!);
      expect(events.filter((e) => e.type === 'reprocessed').map((e) => e.detail.corrections)).toEqual([{ applied: 2, conflicts: 0 }, { applied: 2, conflicts: 0 }]);
      expect(events.filter((e) => e.type === 'correction_conflict')).toEqual([]);
    });

    it('survives a re-ingest after a parser version bump, and the queue store stage', async () => {
      const older = await storeAsOlderParser(variant(1), 'vernoux-copie-1.txt');
      await store.correct(older.id, { corrections: [{ field: 'count', deliberation: null, key: 'present', value: 12 }], reason: 'vérifié', actor: CLERK });
      const out = await ingestBytes(deps, variant(1), 'vernoux-copie-1.txt');
      expect(out.outcome).toBe('replaced');
      expect(out.findings.map((f) => f.code)).not.toContain('PRESENT_COUNT_MISMATCH');
      const stored = (await store.get(older.id))!;
      expect(stored.document.parser_version).toBe(PARSER_VERSION);
      expect(stored.document.parsed!.session.declared.present!.value).toBe(12);
      expect(stored.corrections.map((c) => [c.status, c.checked_parser_version])).toEqual([['applied', PARSER_VERSION]]);
      expect((await store.events(older.id)).at(-4)).toMatchObject({ type: 'reprocessed', detail: { trigger: 'ingest', from_parser_version: '0.9.0', corrections: { applied: 1, conflicts: 0 } } });

      const queued = await storeAsOlderParser(variant(2), 'vernoux-copie-2.txt');
      await store.correct(queued.id, { corrections: [{ field: 'vote', deliberation: 0, value: { for: 15, against: 0 } }], reason: 'tableau des votes', actor: CLERK });
      const doc = await processBytes(variant(2), 'vernoux-copie-2.txt', deps.extract);
      const r = await storeStage(store, analyseStage(doc.id, doc.file, doc.size, doc.extraction!), 'queue:test', queued.originalPath);
      expect(r).toMatchObject({ outcome: 'replaced', corrections: { applied: 2, conflicts: 0 } });
      expect(r.document.parsed!.deliberations[0]!.vote).toMatchObject({ for: 15, against: 0 });
      expect((await store.get(queued.id))!.document.parsed!.deliberations[0]!.vote).toMatchObject({ for: 15, against: 0 });
    });

    it('keeps a correction that no longer fits, marked as a conflict, visible in the document JSON and the log', async () => {
      // The older parser read « 14 » present and split off a second item.
      const older = await storeAsOlderParser(variant(3), 'vernoux-copie-3.txt', (d) => {
        d.parsed!.session.declared.present!.value = 14;
        d.parsed!.deliberations.push({ ...structuredClone(d.parsed!.deliberations[0]!), index: 1, subject: 'Point lu en trop' });
      });
      const r = await store.correct(older.id, {
        corrections: [
          { field: 'count', deliberation: null, key: 'present', value: 12 },
          { field: 'subject', deliberation: 1, value: 'Classe de découverte' },
          { field: 'name', deliberation: null, list: 'secretary', index: 0, value: 'Paul LE ROUX' },
        ],
        reason: 'relecture', actor: CLERK,
      });
      expect(r.outcome).toBe('corrected');

      const out = await ingestBytes(deps, variant(3), 'vernoux-copie-3.txt');
      expect(out.outcome).toBe('replaced');
      const stored = (await store.get(older.id))!;
      const [count, subject, secretary] = stored.corrections;
      expect(count).toMatchObject({ status: 'conflict', from: 14, to: 12, conflict: { kind: 'changed', found: 13 } });
      expect(count!.conflict!.message).toMatch(/13.*14/);
      expect(subject).toMatchObject({ status: 'conflict', conflict: { kind: 'missing' } });
      expect(secretary).toMatchObject({ status: 'applied', conflict: null });
      // Not forced: the record says what the new reading says, and the check speaks again.
      expect(stored.document.parsed!.session.declared.present!.value).toBe(13);
      expect(codes(stored.document)).toContain('PRESENT_COUNT_MISMATCH');
      expect(stored.document.parsed!.session.secretary!.name).toBe('Paul LE ROUX');

      const events = await store.events(older.id);
      const conflicts = events.filter((e) => e.type === 'correction_conflict');
      expect(conflicts.map((e) => [e.detail.correction, e.detail.path, e.detail.kind])).toEqual([
        [count!.id, 'session.declared.present', 'changed'],
        [subject!.id, 'deliberations[1].subject', 'missing'],
      ]);
      expect(events.find((e) => e.type === 'reprocessed' && e.detail.trigger === 'ingest')?.detail.corrections).toEqual({ applied: 1, conflicts: 2 });
      const view = documentView(stored, events);
      expect(view.corrections.filter((c) => c.status === 'conflict').map((c) => c.path)).toEqual(['session.declared.present', 'deliberations[1].subject']);

      // Still kept, still flagged after another reprocess; logged once, when it became a conflict.
      expect(await reprocessDocument(deps, older.id)).toMatchObject({ ok: true, corrections: { applied: 1, conflicts: 2 } });
      expect((await store.get(older.id))!.corrections.map((c) => c.status)).toEqual(['conflict', 'conflict', 'applied']);
      expect((await store.events(older.id)).filter((e) => e.type === 'correction_conflict')).toHaveLength(2);

      // The clerk settles it with a new correction against the current reading.
      await store.correct(older.id, { corrections: [{ field: 'count', deliberation: null, key: 'present', value: 12 }], reason: 'relecture, suite', actor: CLERK });
      expect(await reprocessDocument(deps, older.id)).toMatchObject({ corrections: { applied: 2, conflicts: 2 } });
      const settled = (await store.get(older.id))!;
      expect(settled.document.parsed!.session.declared.present!.value).toBe(12);
      expect(codes(settled.document)).not.toContain('PRESENT_COUNT_MISMATCH');
    });

    it('refuses a correction of something the document lacks, and a stale version; keeps nothing then', async () => {
      const { id } = await ingestBytes(deps, variant(4), 'vernoux-copie-4.txt');
      await expect(store.correct(id!, { corrections: [{ field: 'subject', deliberation: 5, value: 'x' }], reason: 'essai', actor: CLERK })).rejects.toThrow(/pas de point/);
      const stored = (await store.get(id!))!;
      expect(stored.corrections).toEqual([]);
      expect(await store.correct(id!, { corrections: [{ field: 'session.place', value: 'Salle des fêtes' }], reason: 'essai', actor: CLERK, expectedUpdatedAt: '2000-01-01T00:00:00.000Z' }))
        .toEqual({ outcome: 'stale', id, updated_at: stored.updated_at });
      expect(await store.correct('0'.repeat(64), { corrections: [{ field: 'session.place', value: 'x' }], reason: 'essai', actor: CLERK })).toEqual({ outcome: 'not_found', id: '0'.repeat(64) });
      expect((await store.get(id!))!.corrections).toEqual([]);
    });

    it('keeps corrections as written: no delete, no rewrite of what the clerk said', async () => {
      const { id } = await ingestBytes(deps, variant(5), 'vernoux-copie-5.txt');
      await store.correct(id!, { corrections: [{ field: 'session.place', value: 'Salle des fêtes' }], reason: 'lieu', actor: CLERK });
      await expect(h.exec('DELETE FROM corrections')).rejects.toThrow(/kept/);
      await expect(h.exec("UPDATE corrections SET to_value = '\"ailleurs\"'")).rejects.toThrow(/kept/);
      expect((await store.get(id!))!.corrections.map((c) => c.to)).toEqual(['Salle des fêtes']);
    });
  });
}
