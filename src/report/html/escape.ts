/**
 * HTML escaping: every piece of document text goes through `esc` before it
 * reaches the page (element content and quoted attribute values alike), so
 * a subject holding `<script>` is shown as text and never run.
 */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[&<>"']/g, (c) => MAP[c]!);
}

/** An id usable in an attribute and a #fragment, derived from any text. */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
