/**
 * A member present on one item and absent (or represented) on the next, or
 * the reverse, needs an arrival or a departure in the text ("M. X quitte la
 * séance", "arrivée au point 3"). Compared: consecutive items that both list
 * who is present, on different lists (two items sharing one document's
 * attendance block cannot differ).
 */
import { findMember, membersOf, movementMentioned, type ItemStatus } from '../members.ts';
import type { SessionItem, SessionRule } from '../types.ts';

const WORD: Record<ItemStatus, string> = { present: 'présent(e)', represented: 'représenté(e) (procuration)', absent: 'absent(e) ou excusé(e)' };
const SHORT: Record<ItemStatus, string> = { present: 'présent', represented: 'représenté', absent: 'absent' };

export const attendanceChangeExplained: SessionRule = {
  name: 'session-attendance-change',
  description: 'Un membre présent à un point et absent au suivant (ou l’inverse) : arrivée ou départ mentionné.',
  level: 'session',
  check(session, report) {
    let prev: { item: SessionItem; members: NonNullable<ReturnType<typeof membersOf>> } | null = null;
    for (const it of session.items) {
      const members = membersOf(it.attendance);
      if (!members) continue;
      if (prev && prev.item.attendance !== it.attendance) {
        for (const m of members) {
          const before = findMember(prev.members, m.ref.name);
          if (!before || before.status === m.status) continue;
          if (before.status !== 'present' && m.status !== 'present') continue; // absent ↔ represented: no presence change
          if (movementMentioned(it, m.ref.name) || movementMentioned(prev.item, before.ref.name)) continue;
          const arrival = m.status === 'present';
          report(it.doc, {
            code: 'ATTENDANCE_CHANGED',
            severity: 'warning',
            message:
              `${m.ref.name} est ${WORD[before.status]} pour ${prev.item.label} et ${WORD[m.status]} pour ${it.label} (séance du ${session.date}), ` +
              `sans que ${arrival ? 'son arrivée soit mentionnée' : 'son départ soit mentionné'}.`,
            spans: [m.ref.span],
            expected: before.status === 'present' ? 'départ mentionné' : 'arrivée mentionnée',
            actual: `${SHORT[before.status]} → ${SHORT[m.status]}`,
            deliberation: it.deliberation?.index ?? null,
          });
        }
      }
      prev = { item: it, members };
    }
  },
};
