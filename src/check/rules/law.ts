/** Legal thresholds that depend on the date and the body (CGCT, France only). */
import { daysBetween } from '../../parse/dates.ts';
import type { Rule } from '../context.ts';
import { presentCount, presentListed, givers, distinct } from '../derived.ts';
import { convocationDays, quorumRequired } from '../law.ts';

export const quorumMet: Rule = {
  name: 'quorum-met',
  description: 'Assez de membres physiquement présents (quorum), sauf après une seconde convocation.',
  check(ctx, report) {
    const declared = ctx.parsed.session.declared.members_in_office;
    const date = ctx.sessionDate;
    if (!ctx.french || !date || ctx.parsed.session.reconvocation) return;
    // without a declared number in office, the members the complete lists name (present, absent, excused, represented)
    // are a floor of it: fewer present than that floor's quorum is fewer than the real one's
    // (not when a declared number of members present contradicts the list: that is its own finding, and the extract alone
    // cannot say which to trust)
    const consistent = !ctx.parsed.session.declared.present || ctx.parsed.session.declared.present.value === presentListed(ctx);
    const listed = !declared && ctx.presentComplete && ctx.absenceStated && consistent ? listedMembers(ctx) : null;
    const office = declared ?? (listed ? { value: listed, span: ctx.parsed.session.attendance.sections.find((s) => s.kind !== 'present')?.span ?? null } : null);
    if (!office) return;
    const items: Array<{ present: number; span: typeof office.span | null; deliberation: number | null }> = [];
    const p = presentCount(ctx);
    if (p) items.push({ present: p.value, span: p.span, deliberation: null });
    for (const d of ctx.parsed.deliberations) {
      const dp = d.declared?.present;
      if (dp) items.push({ present: dp.value, span: dp.span, deliberation: d.index });
    }
    const { required, rule } = quorumRequired(office.value, date);
    for (const it of items) {
      if (it.present >= required) continue;
      report({
        code: 'QUORUM_NOT_MET',
        severity: 'error',
        message: declared
          ? `${it.present} membres présents pour ${office.value} en exercice : le quorum (${rule}) est de ${required}.`
          : `${it.present} membres présents ; les listes nomment ${office.value} membres, donc au moins autant en exercice : le quorum (${rule}) est d'au moins ${required}.`,
        evidence: ctx.evidence(it.span, office.span),
        expected: `≥ ${required}`,
        actual: it.present,
        deliberation: it.deliberation,
      });
    }
  },
};

/** Members the attendance lists name: present (and the chair listed apart), absent, excused, represented; each once. */
function listedMembers(ctx: Parameters<Rule['check']>[0]): number {
  const att = ctx.parsed.session.attendance;
  return presentListed(ctx) + distinct([...att.absent, ...att.excused, ...givers(ctx)]).length;
}

/** A convocation sent in urgency, as the text says ("convoqué en urgence", "convocation d'urgence", "délai abrégé"). */
const URGENT_CONVOCATION = /convo\w*[^.\n]{0,60}?\b(?:en\s+urgence|d['’]\s?urgence)|(?:urgence|d[ée]lai)[^.\n]{0,60}?\babr[ée]g[ée]|\burgence\s+(?:de\s+la\s+convocation|est\s+reconnue)|reconna[iî]t\s+l['’]\s?urgence/i;

export const convocationInTime: Rule = {
  name: 'convocation-in-time',
  description: 'Convocation envoyée au moins 3 (communes de moins de 3 500 habitants) ou 5 jours francs avant la séance.',
  check(ctx, report) {
    const s = ctx.parsed.session;
    if (!ctx.french || !s.date || !s.convocation_date) return;
    const att = s.attendance;
    const listed = () => (att.present?.length ?? 0) + distinct([...att.absent, ...att.excused, ...givers(ctx)]).length;
    const size = s.declared.members_in_office?.value ?? s.declared.members_afferent?.value ?? (ctx.presentComplete && ctx.absenceStated ? listed() : null);
    const days = convocationDays(s.body.kind, size);
    const clear = daysBetween(s.convocation_date, s.date) - 1;
    const required = days ?? 3; // whatever the size, fewer than 3 clear days is late
    if (clear >= required) return;
    // an urgency convocation (art. L. 2121-11 / L. 2121-12 CGCT): one clear day at least, the council deciding on the urgency
    if (clear >= 1 && URGENT_CONVOCATION.test(ctx.text)) return;
    const mention = s.date_mentions.find((m) => m.role === 'convocation');
    report({
      code: 'CONVOCATION_LATE',
      severity: clear < 0 ? 'error' : 'error',
      message:
        clear < 0
          ? `Convocation datée du ${s.convocation_date}, après la séance du ${s.date}.`
          : `Convocation du ${s.convocation_date} pour la séance du ${s.date} : ${clear} jour(s) franc(s), ${required} requis.`,
      evidence: ctx.evidence(mention?.span, s.spans.date),
      expected: `≥ ${required} jours francs`,
      actual: clear,
    });
  },
};
