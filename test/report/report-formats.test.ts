/**
 * `registre report` over a store filled by the real pipeline from
 * fixtures/report/: the text, Markdown, CSV and JSON reports, their content
 * (summary figures, findings with expected/read and evidence, the ACTES
 * section, session and cross-session findings), filters and bad options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../src/export/rfc4180.ts';
import { REPORT_CSV_COLUMNS } from '../../src/report/render-csv.ts';
import type { ReportData } from '../../src/report/report-data.ts';
import { cli } from '../store/cli-harness.ts';
import { fixtureStore, type FixtureStore } from './fixture-store.ts';

describe('registre report', () => {
  let fx: FixtureStore;
  beforeAll(async () => {
    fx = await fixtureStore();
  });
  afterAll(() => fx?.cleanup());

  it('text: summary first, then the ACTES section, then each document with its findings and evidence', async () => {
    const r = await cli(fx.dir, 'report');
    expect(r.code).toBe(0);
    const out = r.out;
    expect(out.indexOf('SYNTHÈSE')).toBeLessThan(out.indexOf('ACTES (transmission'));
    expect(out.indexOf('ACTES (transmission')).toBeLessThan(out.indexOf('DOCUMENTS'));
    expect(out).toContain('Période : 18/01/2024 → 30/05/2024');
    expect(out).toContain('Documents : 7 (7 lus, 0 pas une délibération, 0 en échec)');
    expect(out).toContain('Séances : 6 · Délibérations : 8');
    expect(out).toContain('Constats : 5 (1 erreur, 4 alertes, 0 information)');
    expect(out).toMatch(/TALLY_MISMATCH\s+Décompte des voix ≠ votants\s+1\s+0\s+0\s+1/);
    expect(out).toMatch(/Commune de Bréval-sur-Ormance\s+6\s+5\s+7\s+0\s+3\s+0/);
    expect(out).toMatch(/mars 2024\s+3\s+3\s+1\s+2\s+0/);
    expect(out).toMatch(/18\/01\/2024\s+Commune de Bréval-sur-Ormance\s+13\s+15\s+86,7 %/);
    // ACTES stamps and findings
    expect(out).toMatch(/breval-cm-2024-04-25\.txt\s+1\s+099-219990017-20240425-DCM2024_018-DE\s+219990017\s+29\/04\/2024\s+29\/04\/2024\s+3\.2/);
    expect(out).toContain('[ALERTE] ACTES_ID_DATE_MISMATCH — L’identifiant ACTES 099-249990029-20240311-CC2024_027-DE porte la date 2024-03-11');
    // a document-level error with expected vs read and evidence lines
    const cc = out.slice(out.indexOf('val-ormance-cc-2024-03-12.txt — '));
    expect(cc).toContain('[ERREUR] TALLY_MISMATCH — Délibération 1 : 8 pour + 1 contre + 1 abstentions = 10, pour 11 votants.');
    expect(cc).toContain('attendu : 11 · lu : 10');
    expect(cc).toContain('l.45 │ POUR : 8');
    expect(cc).toContain('l.16 │ Nombre de votants : 11');
    // session and cross-session findings, marked as such
    expect(out).toContain('[ALERTE · séance] ATTENDANCE_CHANGED — Gaël PRIOUX est présent(e) pour n° 2024-011');
    expect(out).toContain('l.18 │ Absents excusés : M. Gaël PRIOUX');
    expect(out).toContain('[ALERTE · entre séances] PROXY_RENEWED — Hélène ROCHAS donne procuration à Yvon TESTARD pour la 4e séance consécutive');
    expect(out).toContain('[ALERTE · entre séances] OFFICE_COUNT_CHANGED — 14 membres en exercice le 2024-05-30, 15 à la séance précédente');
    expect(out).toMatch(/breval-cm-2024-01-18\.txt — Commune de Bréval-sur-Ormance — séance du 18\/01\/2024 .*\n {2}point 1 : Attribution d'une subvention au comité des fêtes\n {2}aucune incohérence relevée/);
  });

  it('filters by body and dates, and still sees the sessions before the period for cross-session checks', async () => {
    const r = await cli(fx.dir, 'report', '--body', 'BREVAL', '--from', '2024-03-01', '--to', '2024-04-30');
    expect(r.code).toBe(0);
    expect(r.out).toContain('organe : BREVAL · séances du 01/03/2024 au 30/04/2024');
    expect(r.out).toContain('Documents : 3 (3 lus');
    expect(r.out).toContain('PROXY_RENEWED'); // needs January and February, outside the period
    expect(r.out).not.toContain('TALLY_MISMATCH');
    expect(r.out).not.toContain('OFFICE_COUNT_CHANGED'); // May, outside the period
  });

  it('md: headings and tables, document text escaped (no raw HTML, no Markdown injection)', async () => {
    const r = await cli(fx.dir, 'report', '--format', 'md');
    expect(r.code).toBe(0);
    const md = r.out;
    expect(md.startsWith('# Rapport de cohérence des délibérations\n')).toBe(true);
    for (const h of ['## Synthèse', '### Constats par code', '### Par organe', '### Par mois', '### Taux de présence par séance', '## ACTES (transmission au contrôle de légalité)', '## Documents']) expect(md).toContain(`\n${h}\n`);
    expect(md).toContain('| Constats | 5 (1 erreur, 4 alertes, 0 information) |');
    expect(md).toContain('| `TALLY_MISMATCH` | Décompte des voix ≠ votants | 1 | 0 | 0 | 1 |');
    expect(md).toContain('| 30/05/2024 | Commune de Bréval-sur-Ormance | 12 | 14 | 85,7 % |');
    expect(md).toContain('- **Alerte (séance)** `ATTENDANCE_CHANGED` — Gaël PRIOUX');
    expect(md).toContain('  > l. 45 : POUR : 8');
    expect(md).toContain('&lt;script&gt;window.\\_\\_registreXss = 1&lt;/script&gt;');
    expect(md).not.toContain('<script');
  });

  it('csv: one RFC 4180 row per finding with its document, deliberation, expected/read and evidence', async () => {
    const r = await cli(fx.dir, 'report', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out.split('\r\n')[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    const rows = parseCsvObjects(r.out);
    expect(rows).toHaveLength(5);
    expect(rows.map((x) => x.code).sort()).toEqual(['ACTES_ID_DATE_MISMATCH', 'ATTENDANCE_CHANGED', 'OFFICE_COUNT_CHANGED', 'PROXY_RENEWED', 'TALLY_MISMATCH']);
    const tally = rows.find((x) => x.code === 'TALLY_MISMATCH')!;
    expect(tally).toMatchObject({
      fichier: 'val-ormance-cc-2024-03-12.txt',
      organe: "Conseil communautaire de la Communauté de communes du Val d'Ormance",
      date_seance: '2024-03-12',
      point: '1',
      niveau: 'document',
      gravite: 'error',
      attendu: '11',
      lu: '10',
      regle: 'tally-matches-voters',
    });
    expect(tally.preuves!.split('\n')).toEqual(['l.45: POUR : 8', 'l.46: CONTRE : 1', 'l.47: ABSTENTION : 1', 'l.16: Nombre de votants : 11']);
    const change = rows.find((x) => x.code === 'ATTENDANCE_CHANGED')!;
    expect(change).toMatchObject({ niveau: 'session', numero: '2024-012', objet: 'Travaux de voirie rue des Tanneurs – demande de subvention au titre de la DETR', lu: 'présent → absent' });
    expect(rows.find((x) => x.code === 'PROXY_RENEWED')).toMatchObject({ niveau: 'body', point: '', lu: '4' });
  });

  it('json: the report data (summary, documents with findings and levels, ACTES section)', async () => {
    const r = await cli(fx.dir, 'report', '--format', 'json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as ReportData;
    expect(data.summary.documents).toEqual({ total: 7, parsed: 7, not_deliberation: 0, failed: 0 });
    expect(data.summary.findings).toEqual({ error: 1, warning: 4, info: 0, total: 5 });
    expect(data.summary.by_code.map((c) => [c.code, c.total])).toEqual([
      ['TALLY_MISMATCH', 1],
      ['ACTES_ID_DATE_MISMATCH', 1],
      ['ATTENDANCE_CHANGED', 1],
      ['OFFICE_COUNT_CHANGED', 1],
      ['PROXY_RENEWED', 1],
    ]);
    expect(data.summary.by_month.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
    expect(data.summary.attendance.map((a) => [a.date, a.present, a.in_office])).toEqual([
      ['2024-01-18', 13, 15],
      ['2024-02-22', 14, 15],
      ['2024-03-12', 10, 12],
      ['2024-03-28', 14, 15],
      ['2024-04-25', 12, 15],
      ['2024-05-30', 12, 14],
    ]);
    const levels = data.documents.flatMap((d) => d.findings.map((f) => `${f.code}:${f.level}`)).sort();
    expect(levels).toEqual(['ACTES_ID_DATE_MISMATCH:document', 'ATTENDANCE_CHANGED:session', 'OFFICE_COUNT_CHANGED:body', 'PROXY_RENEWED:body', 'TALLY_MISMATCH:document']);
    expect(data.actes.stamps.map((s) => [s.file, s.siren, s.received, s.matiere_code])).toEqual([
      ['breval-cm-2024-04-25.txt', '219990017', '2024-04-29', '3.2'],
      ['val-ormance-cc-2024-03-12.txt', '249990029', '2024-03-15', null],
    ]);
    expect(data.actes.findings.map((a) => a.finding.code)).toEqual(['ACTES_ID_DATE_MISMATCH']);
  });

  it('--out writes the file and says so; bad options exit 2', async () => {
    const out = path.join(fx.dir, 'out', 'rapport.md');
    const r = await cli(fx.dir, 'report', '--format', 'md', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`rapport md écrit dans ${out} : 7 document(s), 8 délibération(s), 5 constat(s)`);
    expect(fs.readFileSync(out, 'utf8')).toContain('## Synthèse');
    expect((await cli(fx.dir, 'report', '--format', 'pdf')).code).toBe(2);
    expect((await cli(fx.dir, 'report', '--from', '28/03/2024')).code).toBe(2);
    expect((await cli(fx.dir, 'report', 'extra')).code).toBe(2);
  });
});
