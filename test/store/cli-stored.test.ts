/**
 * `registre search | member | show` over a store filled with hand-made
 * documents (independent of the parser's progress).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/open-store.ts';
import type { MemberAttendance, SearchHit } from '../../src/store/record-store.ts';
import { cli, json, tempDir } from './cli-harness.ts';
import { A1, A2, A3, A4, B1, FAILED } from './contract.ts';

describe('CLI over stored documents', () => {
  let data: string;
  beforeAll(async () => {
    data = tempDir('registre-cli-stored-');
    const store = openSqliteStore(path.join(data, 'registre.db'));
    for (const d of [A1, A2, A3, A4, B1, FAILED]) await store.upsert(d, { actor: 'test' });
    await store.close();
  });
  afterAll(() => fs.rmSync(data, { recursive: true, force: true }));

  it('search --json gives hits with id, file, body, session_date, subject, findings and snippet', async () => {
    const hits = json<SearchHit[]>(await cli(data, 'search', 'subventions', '--json'));
    expect(hits).toHaveLength(3);
    for (const h of hits) expect(Object.keys(h)).toEqual(expect.arrayContaining(['id', 'file', 'body', 'session_date', 'subject', 'findings', 'snippet']));
    const a1 = hits.find((h) => h.file === A1.file)!;
    expect(a1).toMatchObject({ id: A1.id, body: 'Conseil municipal de Valbrune', session_date: '2024-01-18', subject: 'Attribution de subventions aux associations sportives' });
  });

  it('search filters: member proxy, amount, finding, date, body; plain text output', async () => {
    const proxy = json<SearchHit[]>(await cli(data, 'search', '--member', 'FONTAINE', '--member-status', 'gave-proxy', '--json'));
    expect(proxy.map((h) => h.member?.represented_by)).toEqual(['LOUCHE Alain', 'LOUCHE Alain']);
    const rich = json<SearchHit[]>(await cli(data, 'search', '--amount-min', '300 000', '--json'));
    expect(rich.map((h) => h.file).sort()).toEqual([A1.file, A2.file]);
    const tally = json<SearchHit[]>(await cli(data, 'search', '--finding', 'tally_mismatch', '--json'));
    expect(tally.map((h) => [h.file, h.findings])).toEqual([[A1.file, ['TALLY_MISMATCH']]]);
    const dated = json<SearchHit[]>(await cli(data, 'search', '--from', '2024-03-01', '--to', '2024-03-31', '--body', 'valbrune', '--json'));
    expect(dated).toHaveLength(2);
    const text = await cli(data, 'search', '--member', 'FONTAINE', '--member-status', 'gave_proxy');
    expect(text.out).toMatch(/^2 record\(s\)/);
    expect(text.out).toContain('proxy to LOUCHE Alain');
  });

  it('search without query lists every record, paginated', async () => {
    const all = json<SearchHit[]>(await cli(data, 'search', '--limit', '100', '--json'));
    expect(all).toHaveLength(7);
    const page = json<SearchHit[]>(await cli(data, 'search', '--limit', '2', '--offset', '2', '--json'));
    expect(page.map((h) => h.id)).toEqual(all.slice(2, 4).map((h) => h.id));
    expect(json<SearchHit[]>(await cli(data, 'search', '--status', 'failed', '--json')).map((h) => h.file)).toEqual([FAILED.file]);
  });

  it('search rejects bad options with exit 2', async () => {
    expect((await cli(data, 'search', '--finding', 'NOT_A_CODE')).code).toBe(2);
    expect((await cli(data, 'search', '--from', '28/03/2024')).code).toBe(2);
    expect((await cli(data, 'search', '--amount-min', 'beaucoup')).code).toBe(2);
    expect((await cli(data, 'search', '--frobnicate')).code).toBe(2);
  });

  it('member lists each person the name designates, with sessions and rate', async () => {
    const both = json<MemberAttendance[]>(await cli(data, 'member', 'gonçalves', '--json'));
    expect(both.map((a) => a.member.body).sort()).toEqual(['Conseil communautaire du Pays de Lorn', 'Conseil municipal de Valbrune']);
    const val = both.find((a) => a.member.body === 'Conseil municipal de Valbrune')!;
    expect(val.sessions.map((s) => [s.session_date, s.status])).toEqual([
      ['2024-01-18', 'present'],
      ['2024-03-07', 'present'],
      ['2024-05-02', 'present'],
    ]);
    const text = await cli(data, 'member', 'Claire Fontaine');
    expect(text.out).toContain('represented by LOUCHE Alain');
    expect(text.out).toContain('3 session(s), present at 1 (33 %)');
    expect((await cli(data, 'member', 'GAUCHER', '--json')).out).toContain('GAUCHER Alain');
    expect((await cli(data, 'member', 'Personne INCONNUE')).code).toBe(1);
    expect((await cli(data, 'member')).code).toBe(2);
  });

  it("member --body gives the body's roster over time", async () => {
    const r = await cli(data, 'member', '--body', 'valbrune');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Conseil municipal de Valbrune: 3 session(s)');
    expect(r.out).toMatch(/Yves GAUCHER\s+2024-01-18 → 2024-03-07\s+present 1\/2/);
  });

  it('show prints a document by id prefix, with its events; --json gives it whole', async () => {
    const text = await cli(data, 'show', A1.id.slice(0, 10));
    expect(text.code).toBe(0);
    expect(text.out).toContain(A1.file);
    expect(text.out).toContain('ERROR TALLY_MISMATCH #1');
    expect(text.out).toMatch(/ingested\s+test/);
    const full = json<{ document: { id: string }; events: unknown[] }>(await cli(data, 'show', A1.id, '--json'));
    expect(full.document.id).toBe(A1.id);
    expect(full.events).toHaveLength(4);
    expect((await cli(data, 'show', 'ffffffffffff')).code).toBe(1);
    expect((await cli(data, 'show', 'not-hex')).code).toBe(2);
  });
});
