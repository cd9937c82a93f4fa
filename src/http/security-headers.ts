/**
 * Headers on every response. The default Content-Security-Policy allows
 * scripts and styles from this server only — no inline script, no inline
 * style, no external resource — and no framing (frame-ancestors 'none').
 * A route that serves something else (the self-contained HTML report with
 * its inline <style>, an original file) sets its own, stricter-or-equal
 * policy before sending; this hook never overrides it.
 */
import type { FastifyInstance } from 'fastify';

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The report module's self-contained HTML: inline style and SVG, never a script. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Originals: never run as a page, whatever they contain. */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('Content-Security-Policy', PAGE_CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    // same-origin: nothing leaks to other sites, and our own form posts keep a real Origin header.
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    if (!reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store');
    if (req.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=31536000');
    return payload;
  });
}
