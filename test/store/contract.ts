/**
 * The contract every RecordStore passes (run by sqlite.test.ts and
 * postgres.test.ts). Documents are hand-made (make-document.ts), so the
 * suite does not depend on the parser's progress.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordStore, SearchQuery } from '../../src/store/record-store.ts';
import { emptyAttendance } from '../../src/domain/index.ts';
import { makeDoc, ref } from './make-document.ts';

/** A parser version newer than the current one (PARSER_VERSION), whatever it is. */
const NEWER_PARSER = '99.0.0';

export interface Harness {
  store: RecordStore;
  /** Runs raw SQL on the same database (to prove the event log refuses changes). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

const VAL = 'Conseil municipal de Valbrune';
const LORN = 'Conseil communautaire du Pays de Lorn';

export const A1 = makeDoc({
  file: 'valbrune-2024-01-18.txt', body: VAL, date: '2024-01-18',
  present: ['M. Jean-Marc GONÇALVES', 'Mme Josiane MARTY', 'LOUCHE Alain', 'LOUCHE Barnabé', 'Yves GAUCHER'],
  proxies: [['Mme Claire FONTAINE', 'LOUCHE Alain']], absent: ['M. Paul RIVIÈRE'],
  deliberations: [
    { subject: 'Attribution de subventions aux associations sportives', amounts: [12000, 3500], vote: { unanimous: true } },
    { subject: 'Budget primitif 2024', text: 'Budget primitif 2024\nContrat local des solidarités : 665 000 € en 2024.', amounts: [665000], vote: { for: 20, against: 3 } },
  ],
  findings: [{ code: 'TALLY_MISMATCH', deliberation: 1 }],
});
export const A2 = makeDoc({
  file: 'valbrune-2024-03-07-ecole.txt', body: VAL, date: '2024-03-07',
  present: ['Jean-marc GONCALVES', 'MARTY Josiane', 'GAUCHER Alain', 'Claire FONTAINE', 'LOUCHE Alain'],
  proxies: [['Yves GAUCHER', 'GAUCHER Alain']], excused: ['LOUCHE Barnabé'],
  deliberations: [
    { subject: "Rénovation de l'école Jules Ferry", text: "Rénovation de l'école Jules Ferry\nUne subvention de l'État est sollicitée pour 300 000 €.", amounts: [300000], vote: { for: 5, against: 10, result: 'rejected' } },
  ],
  findings: [{ code: 'PRESENT_COUNT_MISMATCH', severity: 'warning' }],
});
/** A second extract of the same session as A2. */
export const A3 = makeDoc({
  file: 'valbrune-2024-03-07-cantine.txt', body: VAL, date: '2024-03-07',
  present: ['Jean-marc GONCALVES', 'MARTY Josiane', 'GAUCHER Alain', 'Claire FONTAINE', 'LOUCHE Alain'],
  proxies: [['Yves GAUCHER', 'GAUCHER Alain']], excused: ['LOUCHE Barnabé'],
  deliberations: [{ subject: 'Tarifs de la cantine scolaire', amounts: [2.5], vote: { unanimous: true } }],
});
/** Read by OCR: "LOUCHF" is a slip for LOUCHE. */
export const A4 = makeDoc({
  file: 'valbrune-2024-05-02.png', body: VAL, date: '2024-05-02', ocr: true,
  present: ['Jean-Marc GONCALVES', 'Alain LOUCHF', 'MARTY'], absent: ['Claire FONTAINE'],
  deliberations: [{ subject: 'Dénomination de la place des Tilleuls' }],
});
export const B1 = makeDoc({
  file: 'lorn-2023-11-20.txt', body: LORN, date: '2023-11-20', present: ['Jean-Marc GONCALVES', 'Odile BERNARD'],
  deliberations: [{ subject: 'Subvention au club de rugby', amounts: [50000], vote: { for: 30, against: 0 } }],
});
export const FAILED = makeDoc({ file: 'scan-illisible.pdf', status: 'failed' });

export function storeContract(label: string, open: () => Promise<Harness>): void {
  describe(`RecordStore contract: ${label}`, () => {
    let h: Harness;
    let store: RecordStore;
    const find = async (q: SearchQuery) => (await store.search({ limit: 100, ...q })).hits.map((x) => `${x.file}#${x.deliberation}`).sort();

    beforeAll(async () => {
      h = await open();
      store = h.store;
      for (const d of [A1, A2, A3, A4, B1, FAILED]) await store.upsert(d, { actor: 'test' });
    });
    afterAll(async () => {
      await h?.close();
    });

    it('stores and returns the full document', async () => {
      const got = await store.get(A1.id);
      expect(got?.document).toEqual(A1);
      expect(await store.get('0'.repeat(64))).toBeNull();
      expect(await store.resolveId(A1.id.slice(0, 8))).toEqual([A1.id]);
    });

    it('is idempotent by content hash: the same document twice is one document, logged once', async () => {
      const before = await store.events(A1.id);
      expect(await store.upsert(A1, { actor: 'test' })).toEqual({ id: A1.id, outcome: 'unchanged' });
      expect(await store.events(A1.id)).toEqual(before);
      expect(before.map((e) => e.type)).toEqual(['ingested', 'extracted', 'parsed', 'checked']);
      expect((await store.list()).filter((d) => d.id === A1.id)).toHaveLength(1);
      expect((await store.findMembers('GONCALVES', 'valbrune'))).toHaveLength(1);
    });

    it('stores failed documents and lists them with their reason', async () => {
      const failed = await store.list({ status: 'failed' });
      expect(failed.map((d) => [d.file, d.error])).toEqual([['scan-illisible.pdf', 'scan-illisible.pdf: not a supported document']]);
      expect(await find({ status: 'failed' })).toEqual(['scan-illisible.pdf#null']);
      expect((await store.events(FAILED.id)).map((e) => e.type)).toEqual(['ingested', 'failed']);
    });

    it('replaces derived data for a newer parser and logs it; never goes back to an older one', async () => {
      const v1 = makeDoc({ file: 'sorne.txt', body: 'Syndicat des eaux de la Sorne', date: '2022-06-01', deliberations: [{ subject: 'Ancien objet du marché', amounts: [999] }], findings: [{ code: 'TALLY_MISMATCH' }] });
      const v2 = { ...makeDoc({ file: 'sorne.txt', body: 'Syndicat des eaux de la Sorne', date: '2022-06-01', deliberations: [{ subject: 'Nouvel objet du marché' }], parserVersion: NEWER_PARSER }), id: v1.id };
      expect((await store.upsert(v1, { actor: 'test' })).outcome).toBe('created');
      expect((await store.upsert(v2, { actor: 'newer-parser' })).outcome).toBe('replaced');
      expect(await find({ text: 'ancien' })).toEqual([]);
      expect(await find({ text: 'nouvel' })).toEqual(['sorne.txt#0']);
      expect(await find({ amountMin: 999, amountMax: 999 })).toEqual([]);
      expect(await find({ finding: 'TALLY_MISMATCH', body: 'sorne' })).toEqual([]);
      expect((await store.upsert(v1, { actor: 'old-parser' })).outcome).toBe('unchanged');
      expect((await store.get(v1.id))?.document.parser_version).toBe(NEWER_PARSER);
      const types = (await store.events(v1.id)).map((e) => e.type);
      expect(types).toEqual(['ingested', 'extracted', 'parsed', 'checked', 'reprocessed', 'extracted', 'parsed', 'checked']);
      expect((await store.upsert(v2, { actor: 'clerk', reason: 'reprocess' })).outcome).toBe('replaced');
      expect((await store.upsert(v2, { actor: 'archivist', reason: 'correct', note: 'date fixed' })).outcome).toBe('replaced');
      const events = await store.events(v1.id);
      expect(events.slice(-8).map((e) => [e.type, e.actor]).filter(([t]) => t === 'reprocessed' || t === 'corrected')).toEqual([
        ['reprocessed', 'clerk'],
        ['corrected', 'archivist'],
      ]);
      expect(events.at(-4)?.detail).toMatchObject({ note: 'date fixed', from_parser_version: NEWER_PARSER });
      expect(await find({ text: 'nouvel' })).toEqual(['sorne.txt#0']);
    });

    it('keeps the event log append-only', async () => {
      await store.appendEvent(B1.id, 'corrected', 'archivist', { field: 'subject' });
      const events = await store.events(B1.id);
      expect(events.at(-1)).toMatchObject({ type: 'corrected', actor: 'archivist', detail: { field: 'subject' } });
      expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => a - b));
      await expect(h.exec("UPDATE events SET actor = 'someone else'")).rejects.toThrow(/append-only/);
      await expect(h.exec('DELETE FROM events')).rejects.toThrow(/append-only/);
      expect(await store.events(B1.id)).toEqual(events);
      await expect(store.appendEvent(B1.id, 'erased' as never, 'x')).rejects.toThrow();
    });

    it('searches accent- and case-insensitively with French stemming, over subject and body', async () => {
      expect(await find({ text: 'subventions' })).toEqual(['lorn-2023-11-20.txt#0', 'valbrune-2024-01-18.txt#0', 'valbrune-2024-03-07-ecole.txt#0']);
      expect(await find({ text: 'SUBVENTION' })).toEqual(await find({ text: 'subventions' }));
      expect(await find({ text: 'solidarites' })).toEqual(['valbrune-2024-01-18.txt#1']);
      expect(await find({ text: 'ÉCOLE rénovation' })).toEqual(['valbrune-2024-03-07-ecole.txt#0']);
      expect(await find({ text: 'subvention inexistantmot' })).toEqual([]);
    });

    it('ranks subject matches first and returns a snippet around the match', async () => {
      const page = await store.search({ text: 'subvention' });
      expect(page.total).toBe(3);
      expect(page.hits.at(-1)?.file).toBe('valbrune-2024-03-07-ecole.txt');
      expect(page.hits[0]!.score).toBeGreaterThan(page.hits.at(-1)!.score!);
      expect(page.hits.at(-1)?.snippet).toContain('**subvention**');
      const hit = (await store.search({ text: 'solidarités' })).hits[0]!;
      expect(hit).toMatchObject({ id: A1.id, body: VAL, session_date: '2024-01-18', subject: 'Budget primitif 2024', findings: ['TALLY_MISMATCH'], amounts_eur: [665000], outcome: 'adopted' });
      expect(hit.snippet).toContain('**solidarités**');
    });

    it('filters by body, date range, amount, finding, severity and outcome', async () => {
      expect(await find({ text: 'subvention', body: 'VALBRUNE' })).toEqual(['valbrune-2024-01-18.txt#0', 'valbrune-2024-03-07-ecole.txt#0']);
      expect(await find({ from: '2024-03-01', to: '2024-03-31' })).toEqual(['valbrune-2024-03-07-cantine.txt#0', 'valbrune-2024-03-07-ecole.txt#0']);
      expect(await find({ amountMin: 300000 })).toEqual(['valbrune-2024-01-18.txt#1', 'valbrune-2024-03-07-ecole.txt#0']);
      expect(await find({ amountMax: 10000, body: 'valbrune' })).toEqual(['valbrune-2024-01-18.txt#0', 'valbrune-2024-03-07-cantine.txt#0']);
      expect(await find({ finding: 'TALLY_MISMATCH', body: 'valbrune' })).toEqual(['valbrune-2024-01-18.txt#1']);
      expect(await find({ finding: 'PRESENT_COUNT_MISMATCH' })).toEqual(['valbrune-2024-03-07-ecole.txt#0']);
      expect(await find({ severity: 'warning' })).toEqual(['valbrune-2024-03-07-ecole.txt#0']);
      expect(await find({ outcome: 'rejected' })).toEqual(['valbrune-2024-03-07-ecole.txt#0']);
      expect(await find({ outcome: 'unanimous' })).toEqual(['valbrune-2024-01-18.txt#0', 'valbrune-2024-03-07-cantine.txt#0']);
      expect(await find({ outcome: 'adopted', body: 'lorn' })).toEqual(['lorn-2023-11-20.txt#0']);
    });

    it('filters by member and status, showing the member part in the session', async () => {
      expect(await find({ member: 'FONTAINE', memberStatus: 'gave_proxy' })).toEqual(['valbrune-2024-01-18.txt#0', 'valbrune-2024-01-18.txt#1']);
      const hit = (await store.search({ member: 'Claire Fontaine', memberStatus: 'gave_proxy', limit: 1 })).hits[0]!;
      expect(hit.member).toMatchObject({ status: 'represented', represented_by: 'LOUCHE Alain' });
      expect(await find({ member: 'LOUCHE Alain', memberStatus: 'held_proxy' })).toEqual(['valbrune-2024-01-18.txt#0', 'valbrune-2024-01-18.txt#1']);
      expect(await find({ member: 'LOUCHE Barnabé', memberStatus: 'absent' })).toEqual(['valbrune-2024-03-07-cantine.txt#0', 'valbrune-2024-03-07-ecole.txt#0']);
      expect(await find({ member: 'gonçalves', memberStatus: 'present', body: 'lorn' })).toEqual(['lorn-2023-11-20.txt#0']);
      expect(await find({ member: 'Nobody HERE' })).toEqual([]);
    });

    it('paginates: pages are disjoint and add up to the total', async () => {
      const all = await store.search({ limit: 1000 });
      expect(all.total).toBe(all.hits.length);
      const seen: string[] = [];
      for (let offset = 0; offset < all.total; offset += 3) {
        const page = await store.search({ limit: 3, offset });
        expect(page.total).toBe(all.total);
        seen.push(...page.hits.map((x) => `${x.id}#${x.deliberation}`));
      }
      expect(seen).toEqual(all.hits.map((x) => `${x.id}#${x.deliberation}`));
      expect(all.hits[0]!.session_date! >= all.hits[1]!.session_date!).toBe(true);
    });

    it('counts every match whatever the page, with or without text, one filter or several', async () => {
      const queries: SearchQuery[] = [
        { text: 'subvention' }, { text: 'subvention', body: 'valbrune' }, { text: 'subvention', from: '2024-01-01' }, { text: 'subvention', amountMin: 20000 },
        { amountMin: 300000 }, { finding: 'TALLY_MISMATCH' }, { severity: 'warning' }, { member: 'LOUCHE Alain', memberStatus: 'held_proxy' },
        { member: 'GONCALVES' }, { member: 'LOUCHE' }, { member: 'GAUCHER', memberStatus: 'present' }, { member: 'MARTY', memberStatus: 'absent' },
        { body: 'valbrune', outcome: 'unanimous' }, { body: 'nowhere at all' }, { text: 'subvention', body: 'nowhere at all' }, { text: 'inexistantmot' },
      ];
      for (const q of queries) {
        const all = await store.search({ ...q, limit: 1000 });
        expect(all.total, JSON.stringify(q)).toBe(all.hits.length);
        const past = await store.search({ ...q, limit: 5, offset: all.total + 2 });
        expect([past.total, past.hits.length], JSON.stringify(q)).toEqual([all.total, 0]);
        const pages = [];
        for (let offset = 0; offset < all.total; offset += 2) pages.push(...(await store.search({ ...q, limit: 2, offset })).hits);
        expect(pages.map((x) => `${x.id}#${x.deliberation}#${x.score}`), JSON.stringify(q)).toEqual(all.hits.map((x) => `${x.id}#${x.deliberation}#${x.score}`));
      }
      expect((await store.search({ text: 'subvention', body: 'valbrune' })).total).toBe(2);
      expect((await store.search({ body: 'nowhere at all' })).total).toBe(0);
    });

    it('counts a member named in one deliberation only on that record, and once when also named session-wide', async () => {
      const base = makeDoc({
        file: 'brenne.txt', body: 'Conseil municipal de Brenne', date: '2017-05-04', present: ['Odile FERRAND'],
        deliberations: [{ subject: 'Premier objet' }, { subject: 'Second objet' }, { subject: 'Troisième objet' }],
      });
      const late = { ...emptyAttendance(), present: [ref('Zoé LAFARGE'), ref('Odile FERRAND')] };
      const doc = { ...base, parsed: { ...base.parsed!, deliberations: base.parsed!.deliberations.map((d) => (d.index === 1 ? { ...d, attendance: late } : d)) } };
      await store.upsert(doc, { actor: 'test' });
      for (const [q, expected] of [[{ member: 'LAFARGE' }, ['brenne.txt#1']], [{ member: 'FERRAND' }, ['brenne.txt#0', 'brenne.txt#1', 'brenne.txt#2']], [{ member: 'LAFARGE', memberStatus: 'absent' }, []]] as const) {
        const page = await store.search({ ...q, limit: 100 });
        expect([page.total, page.hits.map((x) => `${x.file}#${x.deliberation}`).sort()], JSON.stringify(q)).toEqual([expected.length, expected]);
      }
    });

    it('resolves names to members of a body across documents, never merging two people', async () => {
      const gon = await store.findMembers('Jean-marc GONÇALVES');
      expect(gon.map((m) => m.body).sort()).toEqual([LORN, VAL]);
      const val = gon.find((m) => m.body === VAL)!;
      expect(val.sessions).toBe(3);
      expect(val.variants).toEqual(expect.arrayContaining(['M. Jean-Marc GONÇALVES', 'Jean-marc GONCALVES', 'Jean-Marc GONCALVES']));
      expect(val.name).toBe('Jean-Marc GONÇALVES');
      expect((await store.findMembers('GAUCHER', VAL)).map((m) => m.name).sort()).toEqual(['GAUCHER Alain', 'Yves GAUCHER']);
      expect((await store.findMembers('LOUCHE', VAL)).map((m) => m.name).sort()).toEqual(['LOUCHE Alain', 'LOUCHE Barnabé']);
      const alain = await store.findMembers('Alain LOUCHE', VAL);
      expect(alain).toHaveLength(1);
      expect(alain[0]!.variants.sort()).toEqual(['Alain LOUCHF', 'LOUCHE Alain']);
      const marty = await store.findMembers('marty', VAL);
      expect(marty.map((m) => [m.name, m.sessions])).toEqual([['Josiane MARTY', 3]]);
    });

    it('reports a member attendance: status per session, proxies and rate', async () => {
      const [claire] = await store.findMembers('FONTAINE', VAL);
      const a = (await store.memberAttendance(claire!.id))!;
      expect(a.sessions.map((s) => [s.session_date, s.status, s.represented_by, s.documents.length])).toEqual([
        ['2024-01-18', 'represented', 'LOUCHE Alain', 1],
        ['2024-03-07', 'present', null, 2],
        ['2024-05-02', 'absent', null, 1],
      ]);
      expect(a.present).toBe(1);
      expect(a.rate).toBeCloseTo(1 / 3);
      const [alain] = await store.findMembers('LOUCHE Alain', VAL);
      const b = (await store.memberAttendance(alain!.id))!;
      expect(b.sessions[0]).toMatchObject({ status: 'present', holds_proxies_of: ['Claire FONTAINE'] });
      expect(b.rate).toBe(1);
      expect(await store.memberAttendance('no-such-member')).toBeNull();
    });

    it("gives a body's roster over time", async () => {
      const r = (await store.bodyRoster('valbrune'))!;
      expect(r.body).toBe(VAL);
      expect(r.sessions.map((s) => [s.date, s.documents.length, s.present, s.represented])).toEqual([
        ['2024-01-18', 1, 5, 1],
        ['2024-03-07', 2, 5, 1],
        ['2024-05-02', 1, 3, 0],
      ]);
      expect(r.members.find((m) => m.name === 'Yves GAUCHER')).toMatchObject({ first_seen: '2024-01-18', last_seen: '2024-03-07', sessions: 2, present: 1 });
      expect(await store.rosterNames(VAL)).toContain('Paul RIVIÈRE');
      expect(await store.bodyRoster('nowhere at all')).toBeNull();
    });

    it('resolves members consistently under concurrent writes', async () => {
      const docs = Array.from({ length: 6 }, (_, i) =>
        makeDoc({ file: `orvin-${i}.txt`, body: 'Conseil municipal d’Orvin', date: `2021-0${i + 1}-10`, present: ['Lucie ANDRÉ', 'Marc TISSOT'], salt: String(i) }),
      );
      const results = await Promise.all(docs.map((d) => store.upsert(d, { actor: 'test' })));
      expect(results.every((r) => r.outcome === 'created')).toBe(true);
      const lucie = await store.findMembers('ANDRE', 'orvin');
      expect(lucie.map((m) => m.sessions)).toEqual([6]);
    });

    it('resolves the same names the same way again, and sees members added since', async () => {
      const body = 'Conseil municipal de Mirvaux';
      const doc = (i: number, present: string[]) => makeDoc({ file: `mirvaux-${i}.txt`, body, date: `2020-0${i}-01`, present, salt: String(i) });
      const names = ['Anne BLOT', 'Paul CRUZ'];
      for (const [i, present] of [[1, names], [2, names], [3, [...names, 'Léa DURAND']], [4, names], [5, ['A. BLOT', 'Paul CRUZ', 'DURAND']]] as const) {
        await store.upsert(doc(i, [...present]), { actor: 'test' });
      }
      expect((await store.findMembers('BLOT', 'mirvaux')).map((m) => [m.name, m.sessions])).toEqual([['Anne BLOT', 5]]);
      expect((await store.findMembers('DURAND', 'mirvaux')).map((m) => [m.name, m.sessions])).toEqual([['Léa DURAND', 2]]);
      expect(await store.rosterNames(body)).toEqual(['Anne BLOT', 'Léa DURAND', 'Paul CRUZ']);
    });

    it('stores NUL characters as U+FFFD, one for one, and the rest as given', async () => {
      const clean = makeDoc({ file: 'nul.txt', body: 'Conseil municipal de Nulle', date: '2020-01-01', deliberations: [{ subject: 'Objet', text: 'Objet\nMontant de 12 € ; fin.' }] });
      const dirty = { ...clean, extraction: { ...clean.extraction!, pages: clean.extraction!.pages.map((p) => ({ ...p, text: `${p.text}\u0000x` })) } };
      await store.upsert(dirty, { actor: 'test' });
      const got = (await store.get(dirty.id))!.document;
      expect(got.extraction!.pages[0]!.text).toBe(`${clean.extraction!.pages[0]!.text}\ufffdx`);
      expect({ ...got, extraction: null }).toEqual({ ...clean, extraction: null });
    });

    it('writes a batch in one transaction: a document that fails is rolled back alone, the others are stored', async () => {
      const body = 'Conseil municipal de Lotte';
      const doc = (i: number, present: string[]) =>
        makeDoc({ file: `lotte-${i}.txt`, body, date: `2019-0${i}-01`, present, deliberations: [{ subject: `Objet du lot ${i}`, amounts: [1234] }], salt: String(i) });
      const first = doc(1, ['Ana LOTIER', 'Marc VIGNAL']);
      const base = doc(2, ['Ana LOTIER', 'Bob REFUSÉ']);
      // Valid for the schema, refused by the database (page 1 twice) after its document row is written.
      const refused = { ...base, extraction: { ...base.extraction!, pages: [base.extraction!.pages[0]!, base.extraction!.pages[0]!] } };
      const invalid = { ...doc(3, ['Ana LOTIER']), id: 'not-a-hash' };
      const last = doc(4, ['Ana LOTIER', 'Marc VIGNAL']);
      const out = await store.upsertMany([first, refused, invalid, last, first].map((d) => ({ doc: d, options: { actor: 'test' } })));
      expect(out.map((o) => (o.ok ? o.result.outcome : 'error'))).toEqual(['created', 'error', 'error', 'created', 'unchanged']);
      expect(out[1]!.ok ? null : out[1]!.error).toBeInstanceOf(Error);
      expect(await store.get(refused.id)).toBeNull();
      expect(await store.events(refused.id)).toEqual([]);
      expect(await store.findMembers('REFUSÉ', 'lotte')).toEqual([]);
      expect((await store.get(last.id))?.document).toEqual(last);
      expect((await store.events(first.id)).map((e) => e.type)).toEqual(['ingested', 'extracted', 'parsed', 'checked']);
      expect((await store.findMembers('LOTIER', 'lotte')).map((m) => m.sessions)).toEqual([2]);
      expect(await find({ body: 'lotte' })).toEqual(['lotte-1.txt#0', 'lotte-4.txt#0']);
      expect(await find({ text: 'objet lot', amountMin: 1234, amountMax: 1234 })).toEqual(['lotte-1.txt#0', 'lotte-4.txt#0']);
      expect(await store.upsertMany([])).toEqual([]);
    });

    it('runs batches and single writes of the same bodies side by side, without deadlock or duplicate members', async () => {
      const doc = (body: string, i: number) => makeDoc({ file: `${body}-${i}.txt`, body: `Conseil municipal de ${body}`, date: `2018-01-${String(i + 1).padStart(2, '0')}`, present: ['Eva NOYER', 'Luc ORME'], salt: `${body}${i}` });
      const docs = Array.from({ length: 12 }, (_, i) => doc(i % 2 ? 'Sauve' : 'Ribes', i));
      const batch = (xs: typeof docs) => store.upsertMany(xs.map((d) => ({ doc: d, options: { actor: 'test' } })));
      const [a, b, ...singles] = await Promise.all([
        batch(docs.slice(0, 6)),
        batch([...docs.slice(3, 9)].reverse()),
        ...docs.slice(6).map((d) => store.upsert(d, { actor: 'test' })),
        ...docs.slice(0, 3).map((d) => store.upsert(d, { actor: 'reprocess', reason: 'reprocess' })),
      ]);
      expect([...a!, ...b!].filter((s) => !s.ok)).toEqual([]);
      expect(singles).toHaveLength(9);
      for (const body of ['sauve', 'ribes']) expect((await store.findMembers('NOYER', body)).map((m) => m.sessions)).toEqual([6]);
    });

    it('rejects an invalid document', async () => {
      await expect(store.upsert({ ...A1, id: 'not-a-hash' }, { actor: 'test' })).rejects.toThrow();
    });
  });
}
