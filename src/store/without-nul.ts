/**
 * NUL characters out of a document before it is stored (shared by both
 * backends and by the parse threads that prepare documents, prepared.ts).
 */

/**
 * NUL characters (a text file or a PDF text layer may hold some) replaced by
 * U+FFFD everywhere in a document: PostgreSQL refuses them in text and jsonb,
 * which turned one odd file into an endlessly retried "database error". One
 * character for one, so every span offset stays right; both backends store
 * the same.
 */
export function withoutNul<T>(value: T): T {
  return hasNul(value) ? replaceNul(value) : value;
}

/** True when some string in `value` holds a NUL (a walk that copies nothing: most documents hold none). */
export function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') {
    for (const k in value) if (hasNul((value as Record<string, unknown>)[k])) return true;
  }
  return false;
}

function replaceNul<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replace(/\u0000/g, '\ufffd') : value) as T;
  if (Array.isArray(value)) return value.map(replaceNul) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceNul(v)])) as T;
  }
  return value;
}
