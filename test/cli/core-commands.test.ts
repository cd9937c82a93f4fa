/** The CLI shell: parse / check / eval on real files, through the real binary. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Summary } from '../../src/domain/index.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const run = async (args: string[], env: Record<string, string> = {}) => {
  try {
    const r = await promisify(execFile)(process.execPath, [path.join(ROOT, 'bin/registre.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
};

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('registre parse', () => {
  it('--view summary prints one JSON line per document with exactly the label fields', async () => {
    const r = await run(['parse', '--view', 'summary', path.join(FIXTURES, 'rules/clean-session.txt'), path.join(FIXTURES, 'rules/tally-mismatch.txt')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(
        ['file', 'session_date', 'convocation_date', 'president', 'secretary', 'members_in_office', 'present', 'proxies', 'voters', 'present_names', 'absent_names', 'proxies_list', 'subject', 'votes', 'amounts_eur', 'findings'].sort(),
      );
      Summary.parse(l);
    }
    expect(lines[0]).toMatchObject({ file: 'clean-session.txt', session_date: '2019-05-14', convocation_date: '2019-05-07', members_in_office: 15, present: 12, proxies: 2, voters: 14, amounts_eur: [1200], findings: [] });
    expect(lines[1].findings).toEqual(['TALLY_MISMATCH']);
  });

  it('a DIR means every document in it, labels excluded; a bad file fails alone with its reason (exit 1)', async () => {
    const dir = path.join(tmp, 'batch');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(FIXTURES, 'rules/clean-session.txt'), path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'a.json'), '{}');
    fs.writeFileSync(path.join(dir, 'notes.md'), '# notes');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Séance du 3 juin 2019\nPrésents : Jean DUPRÉ, Anne LEROY.\n', 'latin1'));
    const r = await run(['parse', '--view', 'summary', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; present_names: string[] | null });
    expect(lines.map((l) => l.file)).toEqual(['a.txt', 'empty.txt', 'latin1.txt']);
    expect(lines[2]!.present_names).toEqual(['Jean DUPRÉ', 'Anne LEROY']);
    expect(r.stderr).toMatch(/empty\.txt: .*empty/);
  });

  it('default view is a human table; --json gives full records', async () => {
    const t = await run(['parse', path.join(FIXTURES, 'rules/clean-session.txt')]);
    expect(t.stdout).toMatch(/séance\s+2019-05-14/);
    const j = await run(['parse', '--json', path.join(FIXTURES, 'rules/clean-session.txt')]);
    const docs = JSON.parse(j.stdout);
    expect(docs[0].parsed.session.attendance.present).toHaveLength(12);
    expect(docs[0].parsed.deliberations[0].decisions).toHaveLength(2);
  });

  it('bad arguments exit 2', async () => {
    expect((await run(['parse', path.join(tmp, 'nope.txt')])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('registre check', () => {
  it('exit 0 on a clean document, 1 with findings and their evidence lines', async () => {
    expect((await run(['check', path.join(FIXTURES, 'rules/clean-session.txt')])).code).toBe(0);
    const r = await run(['check', path.join(FIXTURES, 'rules/proxy-holder-absent.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/PROXY_HOLDER_ABSENT/);
    expect(r.stdout).toMatch(/l\.\d+ │ Mme Odile VASSEUR pouvoir à Mme Nadia COSTE/);
  });
});

describe('registre eval', () => {
  it('scores a labelled folder: exact fields, F1 lists, finding recall and false alarms', async () => {
    const dir = path.join(tmp, 'labelled');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(FIXTURES, 'rules/tally-mismatch.txt'), path.join(dir, 'x.txt'));
    const label = {
      session_date: '2019-05-14', convocation_date: '2019-05-07', president: 'Anne DURAND', secretary: 'Paul LEROUX',
      members_in_office: 15, present: 12, proxies: 2, voters: 14, present_names: ['Anne DURAND', 'WRONG NAME'],
      absent_names: ['Nadia COSTE'], proxies_list: [{ from: 'Odile VASSEUR', to: 'Paul LEROUX' }, { from: 'Thomas GIRAUD', to: 'Claire MOREL' }],
      votes: { for: 12, against: 1, abstain: 0, not_voting: 0 }, amounts_eur: [1200], findings: ['TALLY_MISMATCH'], findings_allowed: [],
    };
    fs.writeFileSync(path.join(dir, 'x.json'), JSON.stringify(label));
    const r = await run(['eval', dir, '--json']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.documents).toBe(1);
    expect(rep.fields.session_date.score).toBe(1);
    expect(rep.fields.present_names.score).toBeCloseTo((2 * 1) / (2 * 1 + 11 + 1), 5);
    expect(rep.fields.proxies_list.score).toBe(1);
    expect(rep.findings).toMatchObject({ required: 1, found: 1, recall: 1, false_alarms: 0 });
    const table = await run(['eval', dir]);
    expect(table.stdout).toMatch(/\| session_date \| exact \| 1 \| 100\.0 % \|/);
  });
});

describe('date options of the store commands', () => {
  it('search, report and export refuse a date that is not a real YYYY-MM-DD day, naming the option (exit 2)', async () => {
    const env = { REGISTRE_DATA_DIR: path.join(tmp, 'dates-store'), DATABASE_URL: '' };
    for (const [cmd, opt, value] of [['search', '--from', '2024-02-30'], ['report', '--to', '12/03/2024'], ['export', '--from', '2023-13-01']] as const) {
      const r = await run([cmd, opt, value], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${opt} wants a date YYYY-MM-DD, got "${value}"`);
    }
  });

  it('accept a real day, 29 February of a leap year included', async () => {
    const env = { REGISTRE_DATA_DIR: path.join(tmp, 'dates-store'), DATABASE_URL: '' };
    const r = await run(['search', '--from', '2024-02-29', '--to', '2024-03-01', '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
