/**
 * Memos of pure functions. Two kinds, for the two ways values recur here:
 * strings (words, titles) seen again across documents, and objects (a parsed
 * name) compared again and again while they live.
 */

/**
 * Memo of a pure function of a string, emptied when it grows past `max`
 * entries (bounded memory on long runs). Kept small: a lookup in a map of
 * 20,000 strings costs ~3× one in a map of 2,000 (cache misses), more than
 * the few extra misses.
 */
export function memo<T>(fn: (s: string) => T, max = 2_048): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/**
 * Memo of a pure function of an object that is never mutated after it is
 * made: the value lives as long as the object (a WeakMap), so nothing is
 * ever emptied by hand.
 */
export function memoByObject<K extends object, T>(fn: (k: K) => T): (k: K) => T {
  const cache = new WeakMap<K, T>();
  return (k: K) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = fn(k);
      cache.set(k, v);
    }
    return v;
  };
}
