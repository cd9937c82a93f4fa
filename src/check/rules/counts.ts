/** Declared counts against each other and against the lists. */
import { foldText } from '../../parse/source.ts';
import type { Rule } from '../context.ts';
import { distinct, presentCount, proxiesListedAgainstDeclared, proxyCount, substitutesListed } from '../derived.ts';

export const presentCountMatchesList: Rule = {
  name: 'present-count-matches-list',
  description: 'Le nombre de présents déclaré correspond aux noms listés présents.',
  check(ctx, report) {
    const d = ctx.parsed.session.declared.present;
    if (!d || !ctx.present || !ctx.presentComplete || ctx.present.length === 0) return;
    const listed = distinct(ctx.present).length;
    if (d.value === listed || (ctx.presidentApart && d.value === listed + 1)) return;
    // substitutes declared apart from the members present
    const subs = substitutesListed(ctx);
    if (subs > 0 && d.value === listed - subs) return;
    // members listed with their late arrival ("Nadia X, conseillère municipale (arrivée au point 3)"), not counted at the
    // opening
    const late = distinct(ctx.present.filter((p) => p.note !== null && /\barriv|\ba\s+partir\s+d(?:u|e\s+la|e\s+l'|es)\s+(?:point|question|delib|dossier|rapport|affaire|item)|\bdes\s+(?:le|la)\s+(?:point|question)/.test(foldText(p.note)))).length;
    if (late > 0 && d.value === listed - late) return;
    const section = ctx.parsed.session.attendance.sections.find((s) => s.kind === 'present');
    report({
      code: 'PRESENT_COUNT_MISMATCH',
      severity: 'error',
      message: `Le document déclare ${d.value} présents mais en liste ${listed}.`,
      evidence: ctx.evidence(d.span, section?.span),
      expected: listed,
      actual: d.value,
    });
  },
};

export const proxyCountMatchesList: Rule = {
  name: 'proxy-count-matches-list',
  description: 'Le nombre de procurations déclaré correspond aux procurations listées.',
  check(ctx, report) {
    const listed = proxiesListedAgainstDeclared(ctx);
    if (listed === null) return;
    const d = ctx.parsed.session.declared.proxies!;
    const att = ctx.parsed.session.attendance;
    report({
      code: 'PROXY_COUNT_MISMATCH',
      severity: 'error',
      message: `Le document déclare ${d.value} procurations mais en liste ${listed}.`,
      evidence: ctx.evidence(d.span, att.sections.find((s) => s.kind === 'proxies')?.span, att.proxies[0]?.span),
      expected: listed,
      actual: d.value,
    });
  },
};

export const votersArePresentPlusProxies: Rule = {
  name: 'voters-are-present-plus-proxies',
  description: 'Votants = présents + procurations.',
  check(ctx, report) {
    const v = ctx.parsed.session.declared.voters;
    const p = presentCount(ctx);
    const q = proxyCount(ctx);
    if (!v || !p || !q) return;
    if (p.how === 'listed' && q.how === 'listed' && !ctx.absenceStated) return;
    if (v.value === p.value + q.value) return;
    // voting substitutes listed present but declared apart from the members present
    const subs = substitutesListed(ctx);
    if (subs > 0 && p.how === 'declared' && ctx.present && p.value + subs === distinct(ctx.present).length && v.value === p.value + q.value + subs) return;
    report({
      code: 'VOTERS_MISMATCH',
      severity: 'error',
      message: `${v.value} votants déclarés, mais ${p.value} présents + ${q.value} procurations = ${p.value + q.value}.`,
      evidence: ctx.evidence(v.span, p.span, q.span),
      expected: p.value + q.value,
      actual: v.value,
    });
  },
};

export const countsWithinOffice: Rule = {
  name: 'counts-within-office',
  description: 'Aucun effectif (présents, votants, voix) ne dépasse les membres en exercice.',
  check(ctx, report) {
    const office = ctx.parsed.session.declared.members_in_office;
    if (!office) return;
    const d = ctx.parsed.session.declared;
    const checks: Array<[string, number | undefined, typeof office.span | undefined]> = [
      ['présents', d.present?.value, d.present?.span],
      ['votants', d.voters?.value, d.voters?.span],
    ];
    const votes: typeof checks = [];
    for (const del of ctx.parsed.deliberations) {
      const v = del.vote;
      if (v && v.for !== null) votes.push([`voix exprimées (délibération ${del.index + 1})`, (v.for ?? 0) + (v.against ?? 0) + (v.abstain ?? 0), v.span]);
    }
    // in a body with weighted votes ("en exercice : 20 (60 voix)") the votes are counted against the votes in office
    const limit = (what: string) => (votes.some((x) => x[0] === what) && office.weight !== undefined ? Math.max(office.value, office.weight) : office.value);
    for (const [what, value, span] of [...checks, ...votes]) {
      if (value === undefined || value <= limit(what)) continue;
      report({
        code: 'COUNT_EXCEEDS_OFFICE',
        severity: 'error',
        message: `${value} ${what} pour ${office.value} membres en exercice.`,
        evidence: ctx.evidence(span, office.span),
        expected: `≤ ${office.value}`,
        actual: value,
      });
    }
  },
};
