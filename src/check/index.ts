/**
 * ParsedDocument → findings. Runs the rulebook in order; a rule that fails
 * (a bug) is caught and recorded, never thrown: the document still gets the
 * other rules' findings.
 */
import type { Finding, PageText, ParsedDocument } from '../domain/index.ts';
import { buildContext, ruleFailed } from './context.ts';
import { decodeHtml } from '../parse/html-text.ts';
import { composeAccents } from '../parse/composed-text.ts';
import { RULEBOOK } from './rulebook.ts';

export interface CheckContext {
  /** The text the parser read (line numbers of spans refer to it). */
  text?: string;
  pages?: PageText[];
}

export function checkDocument(parsed: ParsedDocument, options: CheckContext = {}): Finding[] {
  // (the text as the parser read it: accents composed, a web page's entities decoded, its inline tags removed; lines unchanged)
  const text = decodeHtml(composeAccents(options.text ?? options.pages?.map((p) => p.text.trimEnd()).join('\n') ?? ''));
  const ctx = buildContext(parsed, text, options.pages ?? []);
  const findings: Finding[] = [];
  for (const rule of RULEBOOK) {
    try {
      rule.check(ctx, (f) => findings.push({ ...f, deliberation: f.deliberation ?? null, rule: rule.name }));
    } catch (e) {
      findings.push(ruleFailed(rule.name, e));
    }
  }
  return findings;
}

export { RULEBOOK };
