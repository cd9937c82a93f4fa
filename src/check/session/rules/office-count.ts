/**
 * Across sessions of a body: the number of members in office changes only
 * for a reason the documents give (resignation, death, installation of a
 * new member, merger…) or a general election between the two sessions
 * (municipal and community councils are renewed together). A change with
 * no such reason is a warning on the later session.
 */
import type { DeclaredNumber } from '../../../domain/index.ts';
import { membershipChangeMentioned } from '../members.ts';
import type { SessionDocument, SessionGroup, SessionRule } from '../types.ts';

/** General municipal elections (first round; 2020 also its delayed second round): councils of communes and EPCI renewed. */
const MUNICIPAL_ELECTIONS = ['2001-03-11', '2008-03-09', '2014-03-23', '2020-03-15', '2020-06-28', '2026-03-15'];

function electionBetween(a: string, b: string): boolean {
  return MUNICIPAL_ELECTIONS.some((d) => a < d && d <= b);
}

interface Office {
  session: SessionGroup;
  doc: SessionDocument;
  declared: DeclaredNumber;
}

/** The session's members in office, when its items state one value. */
function officeOf(session: SessionGroup): Office | null {
  const stated = session.items.filter((i) => i.declared.members_in_office);
  const values = new Set(stated.map((i) => i.declared.members_in_office!.value));
  if (values.size !== 1) return null; // none, or a disagreement reported by session-office-agrees
  const first = stated[0]!;
  return { session, doc: first.doc, declared: first.declared.members_in_office! };
}

export const officeCountExplained: SessionRule = {
  name: 'office-count-explained',
  description: 'Le nombre de membres en exercice ne change d’une séance à l’autre qu’avec une explication.',
  level: 'body',
  check(body, report) {
    let last: Office | null = null;
    for (const session of body.sessions) {
      const now = officeOf(session);
      if (!now) continue;
      if (last && now.declared.value !== last.declared.value) {
        const explained =
          electionBetween(last.session.date, now.session.date) || [...now.session.documents, ...last.session.documents].some((d) => membershipChangeMentioned(d.text));
        if (!explained) {
          report(now.doc, {
            code: 'OFFICE_COUNT_CHANGED',
            severity: 'warning',
            message:
              `${now.declared.value} membres en exercice le ${now.session.date}, ${last.declared.value} à la séance précédente (${last.session.date}) : ` +
              `aucune démission, aucun décès ni aucune installation n’est mentionné.`,
            spans: [now.declared.span],
            expected: last.declared.value,
            actual: now.declared.value,
            deliberation: null,
          });
        }
      }
      last = now;
    }
  },
};
