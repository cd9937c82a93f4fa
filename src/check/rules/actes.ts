/** The ACTES stamp agrees with the session: same date in the ID, sent after the session. */
import type { Rule } from '../context.ts';

export const actesStamp: Rule = {
  name: 'actes-stamp',
  description: 'Le tampon ACTES (identifiant, dates de préfecture) est cohérent avec la séance.',
  check(ctx, report) {
    const date = ctx.sessionDate;
    if (!date) return;
    for (const d of ctx.parsed.deliberations) {
      const a = d.actes;
      if (!a) continue;
      if (a.id_date && a.id_date !== date) {
        report({
          code: 'ACTES_ID_DATE_MISMATCH',
          severity: 'warning',
          message: `L’identifiant ACTES ${a.id} porte la date ${a.id_date}, la séance est du ${date}.`,
          evidence: ctx.evidence(a.span),
          expected: date,
          actual: a.id_date,
          deliberation: d.index,
        });
      }
      for (const [what, when] of [['Envoi', a.sent], ['Réception', a.received]] as const) {
        if (when && when < date) {
          report({
            code: 'PREFECTURE_BEFORE_SESSION',
            severity: 'error',
            message: `${what} en préfecture le ${when}, avant la séance du ${date}.`,
            evidence: ctx.evidence(a.span),
            expected: `≥ ${date}`,
            actual: when,
            deliberation: d.index,
          });
        }
      }
    }
  },
};
