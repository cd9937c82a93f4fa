/**
 * The unit the parse benchmarks time: one text through parse → check, as
 * `analyse` in src/pipeline.ts runs it for a one-page text extraction (the
 * page text joined as `documentText` does, `parseText`, `checkDocument`).
 */
import { checkDocument } from '../src/check/index.ts';
import type { PageText } from '../src/domain/index.ts';
import { parseText } from '../src/parse/index.ts';

/** Returns the number of error findings. */
export function parseAndCheck(text: string): number {
  const pages: PageText[] = [{ number: 1, text, method: 'text', confidence: null, ms: 0, rotation: 0 }];
  const joined = pages.map((p) => p.text.trimEnd()).join('\n');
  const parsed = parseText(joined, { pages });
  const findings = checkDocument(parsed, { text: joined, pages });
  return findings.filter((f) => f.severity === 'error').length;
}
