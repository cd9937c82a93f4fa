/**
 * Counts the checker compares, each with where it comes from: what the
 * document declares, else what its complete lists give.
 */
import type { NameRef, Span } from '../domain/index.ts';
import type { RuleContext } from './context.ts';
import { foldText } from '../parse/source.ts';
import { civilityGender, differentSurnames, nameKey, type Gender } from './names.ts';

export interface Count {
  value: number;
  how: 'declared' | 'listed';
  span: Span | null;
}

/** Distinct people of a list (same name twice counts once). */
export function distinct(list: NameRef[]): NameRef[] {
  const seen = new Map<string, Array<{ r: NameRef; g: Gender }>>();
  const genders = gendersInList(list);
  return list.filter((r, i) => {
    const k = nameKey(r.name);
    const same = seen.get(k);
    const g = genders[i] ?? null;
    // (the same words with another surname in capitals are another member: "Michel THOMAS", "Thomas MICHEL")
    // (a surname alone twice is two members when the text tells them apart: "ROBIN (de X), …, ROBIN (de Y)", "Messieurs …,
    // AUGER ; Mesdames …, AUGER")
    if (same && same.some((x) => !differentSurnames(x.r.name, r.name) && !toldApart(x.r, x.g, r, g))) return false;
    if (same) same.push({ r, g });
    else seen.set(k, [{ r, g }]);
    return true;
  });
}

/** Each entry's gender, by its own civility or else by the plural civility opening its group ("Messieurs A, B ; Mesdames C, D"). */
function gendersInList(list: NameRef[]): Gender[] {
  let group: Gender = null;
  return list.map((r) => {
    const own = civilityGender(r.civility);
    if (own !== null && /^(?:messieurs|mesdames|mm\.?|mmes)(?:\s|$)/i.test(r.civility!.trim())) group = own;
    return own ?? group;
  });
}

/** Two entries of one surname alone that the text tells apart: each its commune in a note, or a man and a woman. */
function toldApart(a: NameRef, ga: Gender, b: NameRef, gb: Gender): boolean {
  if (/\s/.test(a.name.trim()) || /\s/.test(b.name.trim())) return false;
  if (a.note !== null && b.note !== null && foldText(a.note) !== foldText(b.note)) return true;
  return ga !== null && gb !== null && ga !== gb;
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
 * The number of proxies the complete proxy list writes when it contradicts the declared figure (the case of
 * PROXY_COUNT_MISMATCH: "Procurations : 03" over two written); null when nothing is declared, the list is cut, there is
 * no proxy list, or the two agree.
 */
export function proxiesListedAgainstDeclared(ctx: RuleContext): number | null {
  const declared = ctx.parsed.session.declared.proxies;
  const att = ctx.parsed.session.attendance;
  if (!declared || !ctx.proxiesComplete || !(att.proxies.length > 0 || att.sections.some((s) => s.kind === 'proxies'))) return null;
  const listed = distinct(att.proxies.map((p) => p.giver)).length;
  return listed === declared.value ? null : listed;
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
