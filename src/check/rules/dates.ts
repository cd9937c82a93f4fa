/** The session date is one date, and its weekday is right. */
import { weekdayOf } from '../../parse/dates.ts';
import type { Rule } from '../context.ts';

export const oneSessionDate: Rule = {
  name: 'one-session-date',
  description: 'Une seule date de séance, et le jour de la semaine correspond à la date.',
  check(ctx, report) {
    const mentions = ctx.parsed.session.date_mentions.filter((m) => m.role === 'session');
    const dates = [...new Set(mentions.map((m) => m.date))];
    if (dates.length > 1) {
      const spans = dates.map((d) => mentions.find((m) => m.date === d)!.span);
      report({
        code: 'DATE_CONFLICT',
        severity: 'error',
        message: `Le document donne plusieurs dates pour la séance : ${dates.join(', ')}.`,
        evidence: ctx.evidence(...spans),
        expected: 'une seule date',
        actual: dates.join(', '),
      });
    }
    for (const m of mentions) {
      if (!m.weekday) continue;
      const real = weekdayOf(m.date);
      if (real === m.weekday) continue;
      report({
        code: 'DATE_CONFLICT',
        severity: 'error',
        message: `« ${m.text} » : le ${m.date} était un ${real}, pas un ${m.weekday}.`,
        evidence: ctx.evidence(m.span),
        expected: real,
        actual: m.weekday,
      });
    }
  },
};
