/**
 * The legal calendar and thresholds the checker applies (French CGCT),
 * keyed by session date and kind of body. A rule that needs a fact the
 * document does not give (date, size of the commune) says nothing.
 */
import type { BodyKind, Jurisdiction } from '../domain/index.ts';

/** Emergency periods (covid): quorum one third, two proxies per member. */
export const EMERGENCY_PERIODS: ReadonlyArray<readonly [string, string]> = [
  ['2020-03-24', '2020-08-30'],
  ['2020-10-30', '2021-09-30'],
  ['2021-11-11', '2022-07-31'],
];

export function inEmergency(date: string): boolean {
  return EMERGENCY_PERIODS.some(([a, b]) => date >= a && date <= b);
}

/** Members physically present required for a valid deliberation. */
export function quorumRequired(inOffice: number, date: string): { required: number; rule: string } {
  if (inEmergency(date)) return { required: Math.ceil(inOffice / 3), rule: 'un tiers des membres en exercice (période d’urgence sanitaire)' };
  return { required: Math.floor(inOffice / 2) + 1, rule: 'plus de la moitié des membres en exercice (art. L2121-17 CGCT)' };
}

/** Proxies one member may hold. */
export function proxyLimit(date: string): number {
  return inEmergency(date) ? 2 : 1;
}

/**
 * Clear days (jours francs) of convocation required: 3 for communes under
 * 3,500 inhabitants, 5 for larger communes and for groupings of communes.
 * A commune's size is read from its council size (L2121-2: 27 seats and more
 * from 3,500 inhabitants; 23 and fewer below). null: unknown.
 */
export function convocationDays(kind: BodyKind | null, councilSize: number | null): number | null {
  switch (kind) {
    case 'conseil_communautaire':
    case 'conseil_metropolitain':
    case 'comite_syndical':
    case 'bureau':
      return 5;
    case 'conseil_municipal':
      if (councilSize === null) return null;
      if (councilSize >= 27) return 5;
      if (councilSize <= 23) return 3;
      return null;
    default:
      return null;
  }
}

/** French law applies (CGCT rules). Unknown jurisdiction with a known French body kind counts as France. */
export function frenchLaw(j: Jurisdiction | null): boolean {
  return j === 'FR';
}
