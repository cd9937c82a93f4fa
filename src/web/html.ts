/**
 * HTML built by a tagged template that escapes every interpolated value
 * (element content and quoted attributes alike) unless it is already
 * SafeHtml — the output of another `html` template or of a renderer known
 * to escape (the report module's sections). A document's subject holding
 * `<script>` therefore reaches the page as text. Arrays are joined;
 * null, undefined and false render nothing.
 */
import { esc } from '../report/html/escape.ts';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks a string as already-safe HTML. Only for output of escaping renderers. */
export const trusted = (s: string): SafeHtml => new SafeHtml(s);

function render(v: unknown): string {
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return esc(String(v));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** A query string from defined, non-empty values (already encoded). */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

/** The store marks matches with **…**: escape the text, then turn those into <mark>. */
export function snippetHtml(snippet: string): SafeHtml {
  return new SafeHtml(esc(snippet).replace(/\*\*(.+?)\*\*/g, '<mark>$1</mark>'));
}
