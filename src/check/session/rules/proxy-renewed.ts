/**
 * Art. L2121-20 CGCT: "Sauf cas de maladie dûment constatée, [le pouvoir]
 * ne peut être valable pour plus de trois séances consécutives." The same
 * giver → holder proxy in four consecutive sessions of a body (as stored)
 * is a warning: a new written proxy, or an illness, should be on file.
 * Reported once per run, at the first session beyond the third.
 * A session where the proxy is not listed (or not read) ends the run.
 */
import type { Proxy } from '../../../domain/index.ts';
import { sameName } from '../../names.ts';
import type { SessionDocument, SessionGroup, SessionRule } from '../types.ts';

const LIMIT = 3;

interface Used {
  proxy: Proxy;
  doc: SessionDocument;
}

function proxiesOf(session: SessionGroup): Used[] {
  const out: Used[] = [];
  for (const it of session.items) {
    for (const p of it.attendance.proxies) {
      if (!p.holder) continue;
      if (out.some((u) => sameName(u.proxy.giver.name, p.giver.name) && sameName(u.proxy.holder!.name, p.holder!.name))) continue;
      out.push({ proxy: p, doc: it.doc });
    }
  }
  return out;
}

interface Run {
  first: Proxy;
  uses: Array<Used & { date: string }>;
}

export const proxyNotRenewedTooLong: SessionRule = {
  name: 'proxy-renewed',
  description: 'Une même procuration n’est pas utilisée plus de trois séances consécutives (art. L2121-20 CGCT).',
  level: 'body',
  check(body, report) {
    let runs: Run[] = [];
    for (const session of body.sessions) {
      const used = proxiesOf(session);
      const next: Run[] = [];
      for (const u of used) {
        const run = runs.find((r) => sameName(r.first.giver.name, u.proxy.giver.name) && sameName(r.first.holder!.name, u.proxy.holder!.name));
        next.push(run ? { first: run.first, uses: [...run.uses, { ...u, date: session.date }] } : { first: u.proxy, uses: [{ ...u, date: session.date }] });
      }
      runs = next;
      for (const r of runs) {
        if (r.uses.length !== LIMIT + 1) continue;
        const last = r.uses[r.uses.length - 1]!;
        report(last.doc, {
          code: 'PROXY_RENEWED',
          severity: 'warning',
          message:
            `${last.proxy.giver.name} donne procuration à ${last.proxy.holder!.name} pour la ${r.uses.length}e séance consécutive ` +
            `(${r.uses.map((x) => x.date).join(', ')}) ; un pouvoir ne vaut pas plus de trois séances consécutives, sauf maladie dûment constatée (art. L2121-20 CGCT).`,
          spans: [last.proxy.span],
          expected: `≤ ${LIMIT} séances consécutives`,
          actual: r.uses.length,
          deliberation: null,
        });
      }
    }
  },
};
