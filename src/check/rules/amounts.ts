/**
 * A stated total equals the sum of the parts listed just above it:
 *   - Travaux … : 8.000,00 €
 *   - Curage … : 1.500,00 €
 *   Total : 9.500,00 €
 * Conservative: parts are consecutive lines with one amount each and some
 * words; a total line says "total". Any run of parts ending at the total
 * that sums right is accepted (a list may open with a sub-total).
 */
import type { Amount } from '../../domain/index.ts';
import type { Rule } from '../context.ts';

const TOTAL = /\b(?:total|totaux|montant\s+global|soit\s+au\s+total)\b/i;

export const amountsSum: Rule = {
  name: 'amounts-sum',
  description: 'Un total est égal à la somme des montants qui le précèdent.',
  check(ctx, report) {
    const all: Amount[] = [...ctx.parsed.preamble_amounts, ...ctx.parsed.deliberations.flatMap((d) => d.amounts)];
    const byLine = new Map<number, Amount[]>();
    for (const a of all) {
      const l = a.span.start;
      const list = byLine.get(l) ?? [];
      if (!list.some((x) => x.text === a.text && x.cents === a.cents)) list.push(a);
      byLine.set(l, list);
    }
    const lineText = (l: number) => ctx.lineText(l);
    for (const [line, amounts] of byLine) {
      if (amounts.length !== 1 || !TOTAL.test(lineText(line))) continue;
      const total = amounts[0]!;
      const parts: Amount[] = [];
      for (let l = line - 1; l > 0 && parts.length < 30; l--) {
        const t = lineText(l);
        if (!t) continue; // blank line
        const here = byLine.get(l);
        if (!here || here.length !== 1 || !/[A-Za-zÀ-ÿ]{3}/.test(t.replace(here[0]!.text, '')) || TOTAL.test(t)) break;
        parts.unshift(here[0]!);
      }
      if (parts.length < 2) continue;
      let ok = false;
      for (let i = 0; i < parts.length - 1 && !ok; i++) {
        const sum = parts.slice(i).reduce((s, a) => s + a.cents, 0);
        if (Math.abs(sum - total.cents) <= 1) ok = true;
      }
      if (ok) continue;
      const sum = parts.reduce((s, a) => s + a.cents, 0);
      const eur = (c: number) => (c / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 }) + ' €';
      report({
        code: 'AMOUNT_SUM_MISMATCH',
        severity: 'error',
        message: `Le total ${eur(total.cents)} ne correspond pas à la somme des ${parts.length} montants qui le précèdent (${eur(sum)}).`,
        evidence: ctx.evidence({ start: parts[0]!.span.start, end: line }),
        expected: eur(sum),
        actual: eur(total.cents),
      });
    }
  },
};
