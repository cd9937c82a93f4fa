/**
 * `npm run bench` entry point: the JSON it prints (machine header and
 * figures with their input), on tiny sizes. No timing is asserted: the
 * figures' values depend on the machine.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const run = promisify(execFile);
const bench = (args: string[]) => run(process.execPath, [path.join(ROOT, 'bin/run-ts.js'), path.join(ROOT, 'bench/main.ts'), ...args], { cwd: ROOT, maxBuffer: 1 << 24 });

describe('npm run bench', () => {
  it('--only parse --json --quick prints the machine header and figures that state their input', async () => {
    const { stdout } = await bench(['--only', 'parse', '--json', '--quick']);
    const out = JSON.parse(stdout) as {
      machine: { cores: number; cpu: string; node: string; date: string; load_start: number[]; load_end: number[]; sections: string[]; quick: boolean };
      figures: Array<{ name: string; value: number; unit: string; input: string; reference?: number; ratio?: number }>;
      errors: unknown[];
    };
    expect(out.errors).toEqual([]);
    expect(out.machine).toMatchObject({ cores: os.availableParallelism(), node: process.version, sections: ['parse'], quick: true });
    expect(out.machine.cpu).toEqual(expect.any(String));
    expect(Number.isNaN(Date.parse(out.machine.date))).toBe(false);
    expect(out.machine.load_start).toHaveLength(3);
    expect(out.machine.load_end).toHaveLength(3);
    for (const f of out.figures) {
      expect(Object.keys(f).every((k) => ['name', 'value', 'unit', 'input', 'reference', 'ratio'].includes(k)), f.name).toBe(true);
      expect(f.name).toMatch(/^parse\.[a-z0-9_.]+$/);
      expect(Number.isFinite(f.value), f.name).toBe(true);
      expect(f.unit.length, f.name).toBeGreaterThan(0);
      expect(f.input, f.name).toMatch(/\d/); // an input size
      if (f.reference !== undefined) expect(Number.isFinite(f.reference), f.name).toBe(true);
      if (f.ratio !== undefined) expect(Number.isFinite(f.ratio), f.name).toBe(true);
    }
    const names = out.figures.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining([
      'parse.corpus.docs_per_sec_cpu', 'parse.corpus.mb_per_sec_cpu', 'parse.corpus.peak_rss_mb',
      'parse.5kb.docs_per_sec_cpu', 'parse.linearity.per_name_100x_vs_10x', 'parse.memory.rss_growth_pct',
    ]));
    expect(out.figures.find((f) => f.name === 'parse.5kb.docs_per_sec_cpu')).toMatchObject({ reference: 2000, ratio: expect.any(Number) });
    expect(out.figures.find((f) => f.name === 'parse.memory.rss_growth_pct')).toMatchObject({ reference: 10 });

    // the same output renders as the README's Markdown table
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-bench-test-'));
    try {
      fs.writeFileSync(path.join(dir, 'run.json'), stdout);
      const md = (await bench(['--from', path.join(dir, 'run.json'), '--md'])).stdout;
      expect(md).toContain('| figure | value | unit | reference | ratio | input |');
      expect(md.split('\n').filter((l) => l.startsWith('| parse.'))).toHaveLength(out.figures.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('refuses an unknown section', async () => {
    await expect(bench(['--only', 'nope'])).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});
