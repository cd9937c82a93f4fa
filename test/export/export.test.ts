/**
 * `registre export` over a store filled by the real pipeline from
 * fixtures/report/: the SCDL file passes the validator re-implemented in
 * test/export/scdl-validator.ts and holds the expected values (matière
 * stated or classified, ACTES dates, vote tallies); rows that would fail are
 * reported and not written; the JSON and CSV exports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../src/export/rfc4180.ts';
import { RECORDS_CSV_COLUMNS } from '../../src/export/records.ts';
import { scdlRows } from '../../src/export/scdl-rows.ts';
import { cli } from '../store/cli-harness.ts';
import { fixtureStore, fixtureTexts, processTexts, REPORT_FIXTURES, type FixtureStore } from '../report/fixture-store.ts';
import { COLUMNS, validateScdlFile } from './scdl-validator.ts';

const COLLECTIVITES = path.join(REPORT_FIXTURES, 'collectivites.csv');

describe('registre export', () => {
  let fx: FixtureStore;
  beforeAll(async () => {
    fx = await fixtureStore(undefined, 'registre-export-');
  });
  afterAll(() => fx?.cleanup());

  it('scdl: every row of the fixtures passes the SCDL validator, in the 17 columns, with the expected values', async () => {
    const file = path.join(fx.dir, 'deliberations.csv');
    const r = await cli(fx.dir, 'export', '--format', 'scdl', '--collectivites', COLLECTIVITES, '--out', file);
    expect(r.err).toContain('SCDL : 8 ligne(s) écrite(s), 0 refusée(s)');
    expect(r.code).toBe(0);
    const bytes = fs.readFileSync(file);
    expect(validateScdlFile(bytes)).toEqual([]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(COLUMNS.join(','));
    const rows = parseCsvObjects(text);
    expect(rows).toHaveLength(8);
    const by = (id: string) => rows.find((x) => x.DELIB_ID === id)!;
    // stated matière (ACTES stamp), prefecture registration date, tally
    expect(by('2024-018')).toMatchObject({
      COLL_NOM: 'Commune de Bréval-sur-Ormance', COLL_SIRET: '21999001700010', DELIB_DATE: '2024-04-25',
      DELIB_MATIERE_CODE: '3.2', DELIB_MATIERE_NOM: 'Domaine et patrimoine/Alienations', DELIB_OBJET: "Cession d'un délaissé de voirie chemin des Aulnes",
      PREF_ID: 'PREF099', PREF_DATE: '2024-04-29', VOTE_EFFECTIF: '15', VOTE_REEL: '13', VOTE_POUR: '13', VOTE_CONTRE: '0', VOTE_ABSTENTION: '0', BUDGET_ANNEE: '', DELIB_URL: '',
    });
    // unanimity: POUR = the voters declared for the session
    expect(by('2024-019')).toMatchObject({ DELIB_MATIERE_CODE: '7.5', VOTE_REEL: '13', VOTE_POUR: '13', VOTE_CONTRE: '0', VOTE_ABSTENTION: '0', PREF_DATE: '' });
    expect(by('2024-019').DELIB_OBJET).toContain('<script>window.__registreXss = 1</script>'); // data, kept as written
    // classified matières, a split tally
    expect(by('2024-011')).toMatchObject({ DELIB_MATIERE_CODE: '7.1', DELIB_MATIERE_NOM: 'Finances locales/Decisions budgetaires', VOTE_REEL: '15', VOTE_POUR: '12', VOTE_CONTRE: '2', VOTE_ABSTENTION: '1' });
    expect(by('2024-012')).toMatchObject({ DELIB_MATIERE_CODE: '8.3', DELIB_MATIERE_NOM: 'Domaines de competences par themes/Voirie' });
    // the communauté: its own COLL_NOM/SIRET, ID from the ACTES identifier, VOTE_REEL = the tally as written
    expect(by('CC2024_027')).toMatchObject({
      COLL_NOM: "Communauté de communes du Val d'Ormance", COLL_SIRET: '24999002900012', DELIB_DATE: '2024-03-12', DELIB_MATIERE_CODE: '7.4',
      PREF_ID: 'PREF099', PREF_DATE: '2024-03-15', VOTE_EFFECTIF: '12', VOTE_REEL: '10', VOTE_POUR: '8', VOTE_CONTRE: '1', VOTE_ABSTENTION: '1',
    });
    // undated numbers become unique ids: date + document + position
    expect(rows.map((x) => x.DELIB_ID ?? "").filter((id) => /^2024-0[125]-\d\d_[0-9a-f]{8}_1$/.test(id))).toHaveLength(3);
    expect(rows.find((x) => x.DELIB_DATE === '2024-02-22')).toMatchObject({ DELIB_MATIERE_CODE: '3.1', VOTE_POUR: '15', VOTE_REEL: '15' });
    expect(rows.map((x) => x.DELIB_DATE)).toEqual([...rows.map((x) => x.DELIB_DATE)].sort());
  });

  it('scdl: a row that would fail is reported with its reason on stderr, exit 1, and not written', async () => {
    // a SIRET whose SIREN is not the one on the ACTES stamp
    const file = path.join(fx.dir, 'breval.csv');
    const r = await cli(fx.dir, 'export', '--body', 'bréval', '--siret', '21999000900017', '--out', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ligne refusée — breval-cm-2024-04-25.txt, point 1 (DELIB_ID 2024-018) : SIREN 219990017 du tampon ACTES différent de celui de COLL_SIRET 21999000900017');
    expect(r.err).toContain('SCDL : 6 ligne(s) écrite(s), 1 refusée(s)');
    const written = fs.readFileSync(file);
    expect(validateScdlFile(written)).toEqual([]);
    expect(parseCsvObjects(written.toString()).map((x) => x.DELIB_ID)).not.toContain('2024-018');
    // no SIRET at all: nothing can be valid
    const none = await cli(fx.dir, 'export');
    expect(none.code).toBe(1);
    expect(none.err).toContain('COLL_SIRET obligatoire et vide');
    expect(none.err).toContain('SCDL : 0 ligne(s) écrite(s), 8 refusée(s)');
    expect(none.out.trim()).toBe(COLUMNS.join(','));
    expect((await cli(fx.dir, 'export', '--siret', '123')).code).toBe(2);
    expect((await cli(fx.dir, 'export', '--format', 'xml')).code).toBe(2);
  });

  it('scdl: a prefecture registration before the session is refused (PREF_DATE ≥ DELIB_DATE)', async () => {
    const texts = fixtureTexts().map((t) => (t.name === 'breval-cm-2024-04-25.txt' ? { ...t, text: t.text.replace('Reçu en préfecture le 29/04/2024', 'Reçu en préfecture le 20/04/2024') } : t));
    const docs = await processTexts(texts);
    const out = scdlRows(docs, { siret: '21999001700010' });
    const refused = out.rejected.find((x) => x.delib_id === '2024-018')!;
    expect(refused.reasons).toContain('PREF_DATE 2024-04-20 antérieure à DELIB_DATE 2024-04-25');
    expect(out.rows.map((x) => x.DELIB_ID)).not.toContain('2024-018');
  });

  it('json: the full records, each deliberation with its resolved matière, no page text', async () => {
    const r = await cli(fx.dir, 'export', '--format', 'json');
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.out) as Array<{ file: string; session: { date: string; attendance: { proxies: unknown[] } }; extraction: { pages: number }; deliberations: Array<{ subject: string; vote: unknown; matiere_resolved: { code: string; source: string; confidence: number } | null }>; findings: Array<{ code: string }> }>;
    expect(docs).toHaveLength(7);
    const april = docs.find((d) => d.file === 'breval-cm-2024-04-25.txt')!;
    expect(april.extraction.pages).toBe(1);
    expect(april.session.attendance.proxies).toHaveLength(1);
    expect(april.deliberations.map((d) => [d.matiere_resolved?.code, d.matiere_resolved?.source])).toEqual([
      ['3.2', 'actes'],
      ['7.5', 'classifier'],
    ]);
    expect(april.deliberations[1]!.matiere_resolved!.confidence).toBeGreaterThan(0.5);
    expect(docs.find((d) => d.file === 'val-ormance-cc-2024-03-12.txt')!.findings.map((f) => f.code)).toEqual(['TALLY_MISMATCH', 'ACTES_ID_DATE_MISMATCH']);
  });

  it('csv: one row per deliberation with the main fields', async () => {
    const r = await cli(fx.dir, 'export', '--format', 'csv', '--from', '2024-04-01');
    expect(r.code).toBe(0);
    expect(r.out.split('\r\n')[0]).toBe(RECORDS_CSV_COLUMNS.join(','));
    const rows = parseCsvObjects(r.out);
    expect(rows.map((x) => [x.date_seance, x.point, x.numero])).toEqual([
      ['2024-04-25', '1', '2024-018'],
      ['2024-04-25', '2', '2024-019'],
      ['2024-05-30', '1', ''],
    ]);
    expect(rows[0]).toMatchObject({ organe: 'Commune de Bréval-sur-Ormance', matiere_code: '3.2', matiere_source: 'actes', en_exercice: '15', presents: '12', procurations: '1', votants: '13', pour: '13', actes_id: '099-219990017-20240425-DCM2024_018-DE', prefecture_reception: '2024-04-29', montants_eur: '1700.00;1700.00' });
    expect(rows[1]).toMatchObject({ unanimite: 'oui', pour: '13', matiere_source: 'classifier' });
    expect(rows[2]).toMatchObject({ en_exercice: '14', pour: '11', contre: '0', abstention: '2', matiere_code: '7.10', matiere_nom: 'Finances locales/Divers' });
  });
});

describe('the test SCDL validator itself', () => {
  const good = [COLUMNS.join(','), "Commune de Bréval-sur-Ormance,21999001700010,2024-018,2024-04-25,3.2,Domaine et patrimoine/Alienations,Cession,,,PREF099,2024-04-29,15,13,13,0,0,"].join('\r\n') + '\r\n';
  const check = (t: string) => validateScdlFile(Buffer.from(t, 'utf8'));

  it('accepts a valid file and rejects each broken rule', () => {
    expect(check(good)).toEqual([]);
    expect(check(good.replace(',13,13,0,0,', ',12,13,0,0,'))).toEqual(['ligne 2, VOTE_REEL : 12 ≠ 13 + 0 + 0']);
    expect(check(good.replace('2024-04-29', '2024-04-20'))).toEqual(['ligne 2, PREF_DATE : 2024-04-20 < DELIB_DATE 2024-04-25']);
    expect(check(good.replace('Domaine et patrimoine/Alienations', 'Domaine et patrimoine/Acquisitions'))[0]).toContain('≠ « Domaine et patrimoine/Alienations »');
    expect(check(good.replace('Domaine et patrimoine/Alienations', 'Patrimoine/Alienations')).join()).toContain('nomenclature-actes-value');
    expect(check(good.replace(',3.2,', ',3.9,')).join()).toContain('hors nomenclature ACTES');
    expect(check(good.replace('21999001700010', '21999001700011')).join()).toContain("n’est pas un SIRET");
    expect(check(good.replace('2024-04-25', '2024-02-30')).join()).toContain("n’est pas une date ISO");
    expect(check(good.replace('COLL_NOM,COLL_SIRET', 'COLL_SIRET,COLL_NOM')).join()).toContain('en-tête');
    expect(check(good.replace(/\r\n/g, '\n')).join()).toContain('CRLF');
    expect(check(good + good.split('\r\n')[1] + '\r\n').join()).toContain('DELIB_ID : déjà utilisé');
  });
});
