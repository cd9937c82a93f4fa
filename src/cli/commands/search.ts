/**
 * `registre search [QUERY] [filters]`: records from the store, ranked when
 * there is a query, newest first otherwise. `--json` prints an array of
 * hits (id, file, body, session_date, subject, findings codes, snippet…).
 * Exit 0 (even with no hit), 2 for bad options or an unavailable store.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { FindingCode, Severity } from '../../domain/index.ts';
import { openStore } from '../../store/open-store.ts';
import { MEMBER_STATUSES, OUTCOMES, type SearchHit, type SearchQuery } from '../../store/record-store.ts';
import { dateOption, UsageError, type Command } from '../command.ts';

const USAGE = `usage: registre search [QUERY…] [options]

Full text over subjects and bodies of the stored deliberations (any case or
accents; "subventions" finds "subvention"). Without QUERY: every record
matching the filters, newest session first.

  --body TEXT            part of the body's name ("dijon")
  --from DATE --to DATE  session dates, YYYY-MM-DD, inclusive
  --member NAME          a member named in the session ("GIRARD", "Jean-Marc GONCALVES")
  --member-status S      ${MEMBER_STATUSES.join(' | ')} (default any)
  --amount-min EUR --amount-max EUR   an amount of the deliberation in range
  --finding CODE         e.g. TALLY_MISMATCH
  --severity S           error | warning | info
  --outcome O            ${OUTCOMES.join(' | ')}
  --status S             parsed | not_deliberation | failed
  --limit N --offset N   page (default 20, from 0)
  --json                 array of hits as JSON`;

const OPTIONS = {
  body: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, member: { type: 'string' },
  'member-status': { type: 'string' }, 'amount-min': { type: 'string' }, 'amount-max': { type: 'string' },
  finding: { type: 'string' }, severity: { type: 'string' }, outcome: { type: 'string' }, status: { type: 'string' },
  limit: { type: 'string' }, offset: { type: 'string' }, json: { type: 'boolean', default: false },
} as const;

/** "300000", "300 000", "300000,50", "1.5e6" → euros. */
function euros(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.'));
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} wants an amount in euros, got "${v}"`);
  return n;
}

function int(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} wants a whole number, got "${v}"`);
  return Number(v);
}

function oneOf<T extends string>(v: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (v === undefined) return undefined;
  const x = (name === 'finding' ? v.toUpperCase() : v.toLowerCase().replace(/-/g, '_')) as T;
  if (!allowed.includes(x)) throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}`);
  return x;
}

export function parseSearchArgs(args: string[]): { query: SearchQuery; json: boolean } {
  let p;
  try {
    p = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = p.values;
  const query: SearchQuery = {
    text: p.positionals.join(' ') || undefined,
    body: v.body, from: dateOption(v.from, 'from'), to: dateOption(v.to, 'to'), member: v.member,
    memberStatus: oneOf(v['member-status'], MEMBER_STATUSES, 'member-status'),
    amountMin: euros(v['amount-min'], 'amount-min'), amountMax: euros(v['amount-max'], 'amount-max'),
    finding: oneOf(v.finding, FindingCode.options, 'finding'), severity: oneOf(v.severity, Severity.options, 'severity'),
    outcome: oneOf(v.outcome, OUTCOMES, 'outcome'), status: oneOf(v.status, ['parsed', 'not_deliberation', 'failed'] as const, 'status'),
    limit: int(v.limit, 'limit'), offset: int(v.offset, 'offset'),
  };
  return { query, json: v.json ?? false };
}

const eur = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 2 }).replace(/\u202f/g, ' ') + ' €';

function memberLine(h: SearchHit): string | null {
  const m = h.member;
  if (!m) return null;
  const parts = [`${m.name}: ${m.status}`];
  if (m.represented_by) parts.push(`proxy to ${m.represented_by}`);
  if (m.holds_proxies_of.length) parts.push(`holds the proxy of ${m.holds_proxies_of.join(', ')}`);
  return parts.join(', ');
}

function render(h: SearchHit, n: number): string {
  const where = `[${h.id.slice(0, 12)}${h.deliberation === null ? '' : '#' + h.deliberation}]`;
  const lines = [`${n}. ${h.session_date ?? '????-??-??'}  ${h.body ?? '(body unknown)'}  ${where}  ${h.file}`];
  lines.push(`   ${h.subject ?? (h.status === 'parsed' ? '(no subject)' : `(${h.status})`)}`);
  if (h.snippet) lines.push(`   ${h.snippet}`);
  const facts = [
    h.outcome ? `${h.outcome}${h.unanimous ? ' (unanimous)' : ''}` : null,
    h.amounts_eur.length ? h.amounts_eur.map(eur).join(', ') : null,
    h.findings.length ? `findings: ${h.findings.join(', ')}` : null,
    memberLine(h),
  ].filter(Boolean);
  if (facts.length) lines.push(`   ${facts.join(' · ')}`);
  return lines.join('\n');
}

export const command: Command = {
  name: 'search',
  summary: 'search stored deliberations (full text and filters)',
  usage: USAGE,
  async run(args, io) {
    const { query, json } = parseSearchArgs(args);
    const store = await openStore(loadConfig());
    try {
      const page = await store.search(query);
      if (json) {
        io.out(JSON.stringify(page.hits, null, 2));
        return 0;
      }
      if (page.total === 0) {
        io.out('no record matches');
        return 0;
      }
      const last = page.offset + page.hits.length;
      io.out(`${page.total} record(s)${page.hits.length < page.total ? `, ${page.offset + 1}–${last} shown` : ''}\n`);
      io.out(page.hits.map((h, i) => render(h, page.offset + i + 1)).join('\n\n'));
      return 0;
    } finally {
      await store.close();
    }
  },
};
