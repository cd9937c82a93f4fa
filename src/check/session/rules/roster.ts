/** Between the items of one session: the same members in office, the same council. */
import { sameName } from '../../names.ts';
import { membersOf, membershipChangeMentioned } from '../members.ts';
import type { SessionItem, SessionRule } from '../types.ts';

/** The value most items state (ties: the first item's). */
function usual(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, n] of counts) if (n > counts.get(best)!) best = v;
  return best;
}

export const sessionOfficeAgrees: SessionRule = {
  name: 'session-office-agrees',
  description: 'Tous les points d’une séance déclarent le même nombre de membres en exercice.',
  level: 'session',
  check(session, report) {
    const stated = session.items.filter((i) => i.declared.members_in_office);
    if (stated.length < 2) return;
    const ref = usual(stated.map((i) => i.declared.members_in_office!.value));
    if (session.documents.some((d) => membershipChangeMentioned(d.text))) return; // an installation during the session
    const seen = new Set<string>();
    for (const it of stated) {
      const n = it.declared.members_in_office!;
      if (n.value === ref || seen.has(it.doc.id + n.span.start)) continue;
      seen.add(it.doc.id + n.span.start);
      report(it.doc, {
        code: 'ROSTER_CHANGED',
        severity: 'error',
        message: `${it.label} : ${n.value} membres en exercice, alors que les autres points de la séance du ${session.date} en déclarent ${ref}.`,
        spans: [n.span],
        expected: ref,
        actual: n.value,
        deliberation: it.deliberation?.index ?? null,
      });
    }
  },
};

/** Items whose lists name the whole council (as many people as members in office). */
function wholeRoster(it: SessionItem) {
  const members = membersOf(it.attendance);
  const office = it.declared.members_in_office?.value;
  return members && office && members.length === office ? members : null;
}

export const sessionRosterAgrees: SessionRule = {
  name: 'session-roster-agrees',
  description: 'Quand deux points nomment tout le conseil, ils nomment les mêmes membres.',
  level: 'session',
  check(session, report) {
    let previous: { item: SessionItem; names: string[] } | null = null;
    for (const it of session.items) {
      const members = wholeRoster(it);
      if (!members) continue;
      const names = members.map((m) => m.ref.name);
      if (previous && previous.item.doc.id !== it.doc.id) {
        const before = previous.names;
        const gone = before.filter((n) => !names.some((m) => sameName(n, m)));
        const added = names.filter((n) => !before.some((m) => sameName(n, m)));
        if (gone.length || added.length) {
          const spans = members.filter((m) => added.includes(m.ref.name)).map((m) => m.ref.span);
          report(it.doc, {
            code: 'ROSTER_CHANGED',
            severity: 'warning',
            message:
              `${it.label} ne nomme pas les mêmes membres que ${previous.item.label} (même séance)` +
              `${gone.length ? ` ; absents de la liste : ${gone.join(', ')}` : ''}${added.length ? ` ; nouveaux : ${added.join(', ')}` : ''}.`,
            spans: spans.length ? spans : [it.doc.parsed.session.spans.attendance],
            expected: before.length,
            actual: `${gone.length} en moins, ${added.length} en plus`,
            deliberation: it.deliberation?.index ?? null,
          });
        }
      }
      previous = { item: it, names };
    }
  },
};
