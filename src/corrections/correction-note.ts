/**
 * The note a correction leaves in the event log: who (the name the clerk
 * gave, if any), why, and each change "path : before → after", so
 * `registre show` and the document page tell the story without another
 * lookup.
 */
import type { Change } from '../domain/index.ts';

/** A value as people read it in a note: ∅ for nothing, strings as they are. */
export const showValue = (v: unknown) => (v === null || v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v));

export function correctionNote<T extends { reason: string; author?: string | null | undefined }>(req: T, changes: readonly Change[]): string {
  const what = changes.map((c) => `${c.path} : ${showValue(c.from)} → ${showValue(c.to)}`).join(' ; ');
  return `${req.author ? `par ${req.author} — ` : ''}${req.reason} — ${what}`;
}
