/**
 * `registre member NAME [--body BODY] [--json]`: the members the name
 * designates (surname alone, any order, accents, initials, OCR variants),
 * each with every session and their status, and their attendance rate.
 * `registre member --body BODY`: that body's roster over time.
 * Exit 0 found, 1 nothing matches, 2 bad arguments or store unavailable.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/open-store.ts';
import type { BodyRoster, MemberAttendance, SessionStatus } from '../../store/record-store.ts';
import { UsageError, type Command } from '../command.ts';

const USAGE = `usage: registre member NAME [--body BODY] [--json]
       registre member --body BODY [--json]

NAME: "GONCALVES", "Jean-Marc Gonçalves", "J.-M. GONCALVES"… Every member it
may designate is listed (two people of one surname are never merged), with
each session: present, excused, absent, represented (by whom), proxies held.
With --body only: the body's roster over time.`;

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)} %`);

function statusText(s: SessionStatus): string {
  let t = s.status === 'represented' && s.represented_by ? `represented by ${s.represented_by}` : s.status;
  if (s.holds_proxies_of.length) t += `, holds the proxy of ${s.holds_proxies_of.join(', ')}`;
  return t;
}

function renderMember(a: MemberAttendance): string {
  const m = a.member;
  const lines = [
    `${m.name} — ${m.body ?? '(body unknown)'}  [member ${m.id.slice(0, 8)}]`,
    `  ${a.sessions.length} session(s), present at ${a.present} (${pct(a.rate)})`,
  ];
  const others = m.variants.filter((v) => v !== m.name);
  if (others.length) lines.push(`  written as: ${others.join(' · ')}`);
  for (const s of a.sessions) {
    lines.push(`  ${s.session_date ?? '????-??-??'}  ${statusText(s).padEnd(12)}  ${s.documents.map((d) => d.slice(0, 12)).join(' ')}`);
  }
  return lines.join('\n');
}

function renderRoster(r: BodyRoster): string {
  const lines = [`${r.body}: ${r.sessions.length} session(s), ${r.members.length} member(s)`, '', 'sessions:'];
  for (const s of r.sessions) lines.push(`  ${s.date ?? '????-??-??'}  present ${s.present}, represented ${s.represented}, absent ${s.absent}  (${s.documents.length} document(s))`);
  lines.push('', 'members:');
  const w = Math.max(...r.members.map((m) => m.name.length), 4);
  for (const m of r.members) {
    lines.push(`  ${m.name.padEnd(w)}  ${m.first_seen ?? '?'} → ${m.last_seen ?? '?'}  present ${m.present}/${m.sessions} (${pct(m.sessions ? m.present / m.sessions : null)})`);
  }
  return lines.join('\n');
}

export const command: Command = {
  name: 'member',
  summary: "a member's attendance across sessions, or a body's roster",
  usage: USAGE,
  async run(args, io) {
    let p;
    try {
      p = parseArgs({ args, options: { body: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: true });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const name = p.positionals.join(' ').trim();
    const body = p.values.body;
    if (!name && !body) throw new UsageError('give a NAME, or --body BODY for a roster');
    const store = await openStore(loadConfig());
    try {
      if (!name) {
        const roster = await store.bodyRoster(body!);
        if (!roster) {
          io.err(`registre member: no body matches "${body}"`);
          return 1;
        }
        io.out(p.values.json ? JSON.stringify(roster, null, 2) : renderRoster(roster));
        return 0;
      }
      const found = await store.findMembers(name, body);
      const attendance = (await Promise.all(found.map((m) => store.memberAttendance(m.id)))).filter((a): a is MemberAttendance => a !== null);
      if (p.values.json) {
        io.out(JSON.stringify(attendance, null, 2));
        return attendance.length ? 0 : 1;
      }
      if (attendance.length === 0) {
        io.err(`registre member: no member matches "${name}"${body ? ` in "${body}"` : ''}`);
        return 1;
      }
      io.out(attendance.map(renderMember).join('\n\n'));
      return 0;
    } finally {
      await store.close();
    }
  },
};
