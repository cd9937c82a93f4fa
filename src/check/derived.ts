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

/** Whether a civility names women or men ("Mme", "Mmes", "Madame" / "M.", "MM.", "Monsieur"), else null. */
function genderOf(civility: string | null): 'f' | 'm' | null {
  const c = (civility ?? '').trim();
  return /^(?:madame|mme|mmes|mesdames|mademoiselle|mlle|mlles)\b/i.test(c) ? 'f' : /^(?:monsieur|messieurs|m\.|mm\.|mr\b)/i.test(c) ? 'm' : null;
}

/**
 * The gender each entry of a list is written under: its own civility, or the plural one heading its group ("Mmes A, B,
 * C ; MM. D, E": B and C are women, E a man); null when neither says.
 */
function civilityGroups(list: NameRef[]): Array<'f' | 'm' | null> {
  let group: 'f' | 'm' | null = null;
  return list.map((r) => {
    if (r.civility === null) return group;
    const g = genderOf(r.civility);
    group = /^(?:mmes|mesdames|mlles|messieurs|mm\.)/i.test(r.civility.trim()) ? g : null;
    return g;
  });
}

/** Distinct people of a list (same name twice counts once). */
export function distinct(list: NameRef[]): NameRef[] {
  const seen = new Map<string, NameRef[]>();
  const groups = list.some((r) => r.civility !== null) ? civilityGroups(list) : null;
  const genders = new Map<NameRef, 'f' | 'm' | null>(groups ? list.map((r, i) => [r, groups[i]!]) : []);
  // (a surname alone written under a woman's civility and again under a man's is two members: "Mmes AUCLAIR, TOURRET ;
  // MM. DESCHAMPS, TOURRET")
  const otherGender = (a: NameRef, b: NameRef) => {
    const [x, y] = [genders.get(a) ?? null, genders.get(b) ?? null];
    return x !== null && y !== null && x !== y && nameKey(a.name).split(' ').length === 1;
  };
  return list.filter((r) => {
    const k = nameKey(r.name);
    const same = seen.get(k);
    // (the same words with another surname in capitals are another member: "Michel THOMAS", "Thomas MICHEL")
    if (same && same.some((x) => !differentSurnames(x.name, r.name) && !otherGender(x, r))) return false;
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
