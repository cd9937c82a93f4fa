/** Terminal and Markdown tables of a bench run (bench/main.ts). */
import type { BenchFigure, MachineHeader } from './figure.ts';

interface Run {
  machine: MachineHeader & { seconds?: Record<string, number>; total_seconds?: number; total_cpu_seconds?: number; quick?: boolean };
  figures: BenchFigure[];
  errors: Array<{ section: string; message: string }>;
}

const num = (x: number | undefined) => (x === undefined ? '' : Number.isInteger(x) ? x.toLocaleString('en-US') : String(x));

export function machineLine(m: Run['machine']): string {
  const load = (l?: number[]) => (l ? l.join(' / ') : '?');
  const secs = m.total_seconds;
  return `${m.date.slice(0, 16).replace('T', ' ')} UTC · ${m.cores} cores (${m.cpu}) · ${m.memory_gb} GB · Node ${m.node} · ${m.platform} · load average (1/5/15 min) ${load(m.load_start)} at start, ${load(m.load_end)} at end${secs !== undefined ? ` · ${Math.round(secs)} s in all` : ''}${m.total_cpu_seconds !== undefined ? ` (${m.total_cpu_seconds} CPU s in the bench's processes)` : ''}${m.quick ? ' · --quick sizes' : ''}`;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

export function formatTable(run: Run, inputWidth = 90): string {
  const rows = run.figures.map((f) => [f.name, num(f.value), f.unit, num(f.reference), num(f.ratio), clip(f.input, inputWidth)]);
  const head = ['figure', 'value', 'unit', 'reference', 'ratio', 'input'];
  const right = new Set([1, 3, 4]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [machineLine(run.machine), '', line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  for (const e of run.errors) out.push(`FAILED ${e.section}: ${e.message}`);
  return `${out.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README table: one row per figure, input clipped to stay readable. */
export function formatMarkdown(run: Run, inputWidth = 160): string {
  const out = [`Measured ${machineLine(run.machine)}.`, '', '| figure | value | unit | reference | ratio | input |', '|---|---:|---|---:|---:|---|'];
  for (const f of run.figures) out.push(`| ${f.name} | ${num(f.value)} | ${cell(f.unit)} | ${num(f.reference)} | ${num(f.ratio)} | ${cell(clip(f.input, inputWidth))} |`);
  for (const e of run.errors) out.push('', `Not measured — ${e.section}: ${cell(e.message)}`);
  return `${out.join('\n')}\n`;
}
