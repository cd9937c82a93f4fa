/**
 * Quorum per item, with what the whole session tells: an extract that does
 * not state the members in office is judged with the number the other
 * extracts of the session state (when they agree). A shortfall the
 * per-document rule already recorded is not repeated.
 */
import { quorumRequired } from '../../law.ts';
import type { SessionRule } from '../types.ts';

export const sessionQuorum: SessionRule = {
  name: 'session-quorum',
  description: 'Quorum atteint à chaque point, avec le nombre de membres en exercice de la séance.',
  level: 'session',
  check(session, report) {
    const stated = new Set(session.items.flatMap((i) => (i.declared.members_in_office ? [i.declared.members_in_office.value] : [])));
    const sessionOffice = stated.size === 1 ? [...stated][0]! : null;
    for (const it of session.items) {
      const s = it.doc.parsed.session;
      if (s.body.jurisdiction !== 'FR' || s.reconvocation) continue;
      const present = it.declared.present;
      const office = it.declared.members_in_office?.value ?? sessionOffice;
      if (!present || office === null) continue;
      const { required, rule } = quorumRequired(office, session.date);
      if (present.value >= required) continue;
      const index = it.deliberation?.index ?? null;
      const already = it.doc.findings.some((f) => f.code === 'QUORUM_NOT_MET' && (f.deliberation === null || f.deliberation === index));
      if (already) continue;
      const borrowed = !it.declared.members_in_office;
      report(it.doc, {
        code: 'QUORUM_NOT_MET',
        severity: 'error',
        message:
          `${it.label} : ${present.value} membres présents pour ${office} en exercice${borrowed ? ' (nombre déclaré par les autres extraits de la séance)' : ''} ; ` +
          `le quorum (${rule}) est de ${required}.`,
        spans: [present.span, it.declared.members_in_office?.span],
        expected: `≥ ${required}`,
        actual: present.value,
        deliberation: index,
      });
    }
  },
};
