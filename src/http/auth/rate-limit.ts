/**
 * Upload rate limit: at most `perMinute` upload requests per key (the
 * token's actor, else the client address) in any fixed one-minute window.
 * In memory, per process: good enough for one server; several servers
 * behind a balancer each count their own share.
 */
import { HttpError } from '../http-error.ts';

export interface RateLimiter {
  /** Counts one request for `key`; throws 429 (with Retry-After) past the limit. */
  take(key: string): void;
}

export function rateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    take(key) {
      const t = now();
      if (t - lastSweep > 60_000) {
        for (const [k, w] of windows) if (t - w.start >= 60_000) windows.delete(k);
        lastSweep = t;
      }
      let w = windows.get(key);
      if (!w || t - w.start >= 60_000) windows.set(key, (w = { start: t, count: 0 }));
      if (w.count >= perMinute) {
        const retry = Math.max(1, Math.ceil((w.start + 60_000 - t) / 1000));
        throw new HttpError(429, 'rate_limited', `Trop de dépôts : au plus ${perMinute} par minute. Réessayez dans ${retry} s.`, undefined, { 'Retry-After': String(retry) });
      }
      w.count++;
    },
  };
}
