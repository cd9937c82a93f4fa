import { z } from 'zod';
import { Span } from './span.ts';

/**
 * A member as named by the document. `written` is the text as read (after
 * whitespace clean-up); `name` is the display form without civility or role;
 * `repaired_from` keeps the form read when an OCR repair changed it.
 */
export const NameRef = z.object({
  written: z.string(),
  name: z.string().min(1),
  civility: z.string().nullable(),
  role: z.string().nullable(),
  note: z.string().nullable(),
  repaired_from: z.string().nullable().default(null),
  span: Span,
});
export type NameRef = z.infer<typeof NameRef>;

export const Proxy = z.object({
  giver: NameRef,
  /** null when the holder's name is cut (truncated document). */
  holder: NameRef.nullable(),
  /** Points of the agenda the proxy is limited to, when stated. */
  scope: z.string().nullable(),
  span: Span,
});
export type Proxy = z.infer<typeof Proxy>;

/** A titular delegate replaced by a substitute (suppléant): not a proxy. */
export const Substitution = z.object({
  titular: NameRef,
  substitute: NameRef,
  span: Span,
});
export type Substitution = z.infer<typeof Substitution>;
