import type { Finding, ParsedDocument, Summary } from '../../src/domain/index.ts';
import { analyse } from '../../src/pipeline.ts';
import { toSummary } from '../../src/report/summary.ts';

/** Runs parse + check on a text, as the pipeline does for a .txt file. */
export function analyseText(text: string, file = 'test.txt'): { parsed: ParsedDocument; findings: Finding[]; summary: Summary } {
  const { parsed, findings } = analyse({
    kind: 'text',
    extractor: 'text',
    extractor_version: '1',
    notes: [],
    pages: [{ number: 1, text, method: 'text', confidence: null, ms: 0, rotation: 0 }],
  });
  return { parsed, findings, summary: toSummary(file, parsed, findings) };
}

/** The codes of the error findings, in order. */
export const errorCodes = (findings: Array<{ code: string; severity: string }>): string[] => findings.filter((f) => f.severity === 'error').map((f) => f.code);

/** Proxy pairs as "giver > holder" strings. */
export const proxyPairs = (list: Array<{ from: string; to: string | null }> | null): string[] => (list ?? []).map((p) => `${p.from} > ${p.to}`);
