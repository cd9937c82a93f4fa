/** Pages read by OCR with a low confidence deserve a human look. */
import type { Rule } from '../context.ts';

export const OCR_MIN_CONFIDENCE = 60;

export const ocrConfidence: Rule = {
  name: 'ocr-confidence',
  description: 'Les pages lues par OCR ont une confiance suffisante.',
  check(ctx, report) {
    for (const p of ctx.pages) {
      if (p.method !== 'ocr' || p.confidence === null || p.confidence >= OCR_MIN_CONFIDENCE) continue;
      report({
        code: 'OCR_LOW_CONFIDENCE',
        severity: 'warning',
        message: `Page ${p.number} lue par OCR avec une confiance de ${Math.round(p.confidence)} % : relire les noms et les nombres.`,
        evidence: p.text.trim() ? [{ line: 1, page: p.number, text: p.text.trim().split('\n')[0]!.slice(0, 200) }] : [],
        expected: `≥ ${OCR_MIN_CONFIDENCE}`,
        actual: Math.round(p.confidence),
      });
    }
  },
};
