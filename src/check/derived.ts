/**
 * Counts the checker compares, each with where it comes from: what the
 * document declares, else what its complete lists give.
 */
import type { NameRef, Span } from '../domain/index.ts';
import type { RuleContext } from './context.ts';
import { differentSurnames, nameKey } from './names.ts';

export interface Count {
  value: number;
  how: 'declared' | 'listed';
  span: Span | null;
}

/** Distinct people of a list (same name twice counts once). */
export function distinct(list: NameRef[]): NameRef[] {
  const seen = new Map<string, NameRef[]>();
  return list.filter((r) => {
    const k = nameKey(r.name);
    const same = seen.get(k);
    // (the same words with another surname in capitals are another member: "Michel THOMAS", "Thomas MICHEL")
    if (same && same.some((x) => !differentSurnames(x.name, r.name))) return false;
    if (same) same.push(r);
    else seen.set(k, [r]);
    return true;
  });
}

export function presentCount(ctx: RuleContext): Count | null {
  const d = ctx.parsed.session.declared.present;
  if (d) return { value: d.value, how: 'declared', span: d.span };
  if (ctx.present && ctx.presentComplete && ctx.present.length > 0) {
    const span = ctx.parsed.session.attendance.sections.find((s) => s.kind === 'present')?.span ?? null;
    return { value: presentListed(ctx), how: 'listed', span };
  }
  return null;
}

/** The members the present list names (each once), and the president when listed apart; 0 without a list. */
export function presentListed(ctx: RuleContext): number {
  return ctx.present ? distinct(ctx.present).length + (ctx.presidentApart ? 1 : 0) : 0;
}

/** Givers of a proxy (distinct). */
export function givers(ctx: RuleContext): NameRef[] {
  return distinct(ctx.parsed.session.attendance.proxies.map((p) => p.giver));
}

export function proxyCount(ctx: RuleContext): Count | null {
  const d = ctx.parsed.session.declared.proxies;
  if (d) return { value: d.value, how: 'declared', span: d.span };
  const att = ctx.parsed.session.attendance;
  if (!ctx.proxiesComplete) return null;
  const span = att.sections.find((s) => s.kind === 'proxies')?.span ?? null;
  if (att.proxies.length || att.sections.some((s) => s.kind === 'proxies') || (ctx.presentComplete && ctx.absenceStated)) {
    return { value: givers(ctx).length, how: 'listed', span };
  }
  return null;
}

/**
 * Substitutes sitting in the present list ("M. X (suppléant votant)"): some
 * bodies declare them apart from the members present ("Délégués présents :
 * 14 – Suppléants votants : 2").
 */
export function substitutesListed(ctx: RuleContext): number {
  if (!ctx.present) return 0;
  return distinct(ctx.present).filter((r) => /suppl[ée]ant|rempla[cç]ant/i.test(`${r.role ?? ''} ${r.note ?? ''}`)).length;
}
