/**
 * `registre show ID [--json]`: one stored document (ID or a unique prefix of
 * it) with its records, findings and event log. Exit 0 found, 1 no such
 * document, 2 ambiguous prefix or bad arguments.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { showValue } from '../../corrections/correction-note.ts';
import type { Attendance, NameRef, ProcessedDocument, StoredCorrection, Vote } from '../../domain/index.ts';
import { openStore } from '../../store/open-store.ts';
import type { DocEvent } from '../../store/record-store.ts';
import { UsageError, type Command } from '../command.ts';

const USAGE = `usage: registre show ID [--json]

Shows a stored document: ID is its sha256 or a unique prefix (8+ characters
are usually enough). --json prints {document, corrections, original_path,
events…}. Corrections a clerk made are listed, each applied or in conflict
with the latest reading (kept, with the reason).`;

const names = (refs: NameRef[]) => refs.map((r) => r.name).join(', ');

function attendanceLines(a: Attendance): string[] {
  const out: string[] = [];
  if (a.present) out.push(`  present (${a.present.length}): ${names(a.present)}`);
  else if (a.all_present_unnamed) out.push('  present: all (not named)');
  if (a.excused.length) out.push(`  excused (${a.excused.length}): ${names(a.excused)}`);
  if (a.absent.length) out.push(`  absent (${a.absent.length}): ${names(a.absent)}`);
  for (const p of a.proxies) out.push(`  proxy: ${p.giver.name} → ${p.holder?.name ?? '(name cut)'}`);
  for (const s of a.substitutions) out.push(`  substitute: ${s.substitute.name} for ${s.titular.name}`);
  return out;
}

function voteLine(v: Vote | null): string | null {
  if (!v) return null;
  if (v.unanimous) return `vote: ${v.unanimity_wording ?? 'unanimous'}`;
  const n = (x: number | null) => (x === null ? '?' : String(x));
  return `vote: for ${n(v.for)}, against ${n(v.against)}, abstain ${n(v.abstain)}${v.result ? ` → ${v.result}` : ''}`;
}

function correctionLines(corrections: readonly StoredCorrection[]): string[] {
  if (corrections.length === 0) return [];
  const conflicts = corrections.filter((c) => c.status === 'conflict').length;
  const out = ['', `corrections (${corrections.length}${conflicts ? `, ${conflicts} IN CONFLICT with the latest reading` : ''}):`];
  for (const c of corrections) {
    out.push(`  #${c.id} ${c.status === 'conflict' ? 'CONFLICT' : 'applied '} ${c.path}: ${showValue(c.from)} → ${showValue(c.to)} — ${c.at} ${c.author ?? c.actor}: ${c.reason}`);
    if (c.conflict) out.push(`      ${c.conflict.message}`);
  }
  return out;
}

export function renderDocument(d: ProcessedDocument, originalPath: string | null, events: DocEvent[], corrections: readonly StoredCorrection[] = []): string {
  const lines = [`${d.file}`, `  id ${d.id}`, `  status ${d.status}${d.error ? ` — ${d.error}` : ''}`];
  if (originalPath) lines.push(`  original ${originalPath}`);
  const x = d.extraction;
  if (x) {
    const methods = [...new Set(x.pages.map((p) => p.method))].join('+');
    const conf = x.pages.filter((p) => p.confidence !== null).map((p) => p.confidence!);
    lines.push(`  extracted ${x.kind}, ${x.pages.length} page(s) by ${methods} (${x.extractor} ${x.extractor_version})${conf.length ? `, OCR confidence ${Math.min(...conf).toFixed(0)}–${Math.max(...conf).toFixed(0)}` : ''}`);
  }
  lines.push(`  parser ${d.parser_version}, processed ${d.processed_at}`);
  const p = d.parsed;
  if (p) {
    const s = p.session;
    lines.push('', `${s.body.name ?? '(body unknown)'} — session ${s.date ?? '(date unknown)'}`);
    if (s.president) lines.push(`  president: ${s.president.name}`);
    if (s.secretary) lines.push(`  secretary: ${s.secretary.name}`);
    if (s.convocation_date) lines.push(`  convocation: ${s.convocation_date}`);
    const declared = Object.entries(s.declared).filter(([, v]) => v !== null).map(([k, v]) => `${k} ${v!.value}`);
    if (declared.length) lines.push(`  declared: ${declared.join(', ')}`);
    lines.push(...attendanceLines(s.attendance));
    for (const del of p.deliberations) {
      lines.push('', `#${del.index}${del.number ? ` (${del.number})` : ''} ${del.subject ?? '(no subject)'}`);
      const v = voteLine(del.vote);
      if (v) lines.push(`  ${v}`);
      if (del.amounts.length) lines.push(`  amounts: ${del.amounts.map((a) => a.text).join(', ')}`);
    }
  }
  lines.push('', d.findings.length ? `findings (${d.findings.length}):` : 'findings: none');
  for (const f of d.findings) {
    lines.push(`  ${f.severity.toUpperCase()} ${f.code}${f.deliberation !== null ? ` #${f.deliberation}` : ''}: ${f.message}`);
    for (const e of f.evidence.slice(0, 3)) lines.push(`      l.${e.line}${e.page ? ` p.${e.page}` : ''}: ${e.text}`);
  }
  lines.push(...correctionLines(corrections));
  lines.push('', 'events:');
  for (const e of events) lines.push(`  ${e.at}  ${e.type.padEnd(11)} ${e.actor}`);
  return lines.join('\n');
}

export const command: Command = {
  name: 'show',
  summary: 'show a stored document, its records, findings and history',
  usage: USAGE,
  async run(args, io) {
    let p;
    try {
      p = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (p.positionals.length !== 1) throw new UsageError('give one document ID (or a unique prefix)');
    const prefix = p.positionals[0]!.toLowerCase();
    if (!/^[0-9a-f]{1,64}$/.test(prefix)) throw new UsageError(`"${prefix}" is not a document id (hexadecimal)`);
    const store = await openStore(loadConfig());
    try {
      const ids = await store.resolveId(prefix, 5);
      if (ids.length === 0) {
        io.err(`registre show: no document ${prefix}`);
        return 1;
      }
      if (ids.length > 1) {
        io.err(`registre show: "${prefix}" is ambiguous:\n${ids.map((i) => '  ' + i).join('\n')}`);
        return 2;
      }
      const stored = (await store.get(ids[0]!))!;
      const events = await store.events(ids[0]!);
      if (p.values.json) io.out(JSON.stringify({ ...stored, events }, null, 2));
      else io.out(renderDocument(stored.document, stored.original_path, events, stored.corrections));
      return 0;
    } finally {
      await store.close();
    }
  },
};
