/**
 * ParsedDocument → findings. Runs the rulebook; a rule never throws.
 */
import type { Finding, PageText, ParsedDocument } from '../domain/index.ts';

export interface CheckContext {
  pages?: PageText[];
}

export function checkDocument(_parsed: ParsedDocument, _ctx: CheckContext = {}): Finding[] {
  return [];
}
