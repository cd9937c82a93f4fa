/**
 * A financing plan set as a two-sided table and extracted one cell per line, the expenses on the left, the receipts on
 * the right, a spacer cell between (a line of no-break spaces):
 *
 *   DÉPENSES / MONTANT HT / (spacer) / RECETTES / MONTANT          (the head)
 *   Couverture / 41 200,00 € / (spacer) / DETR (35 %) / 24 150,00 €   (a row: a label and its amount on each side)
 *   …
 *   TOTAL / 69 000,00 € / (spacer) / TOTAL / 69 600,00 €            (each side's total)
 *
 * Each side's rows make its total. Read only when every row has its five cells in that order (a side may be empty: a
 * spacer-only label and no amount, the other side going on); any other shape leaves the table unread.
 */
import { amountCell, amountsByLine, EMPTY_CELL, eur } from '../amount-lines.ts';
import type { Rule } from '../context.ts';

const SIDE = { expenses: /^d[ée]penses?(?:\s+(?:ht|ttc|pr[ée]visionnelles?))?\s*:?$/i, receipts: /^recettes?(?:\s+(?:pr[ée]visionnelles?))?\s*:?$/i };
const AMOUNT_HEAD = /^(?:montants?(?:\s+(?:ht|ttc|h\.t\.|t\.t\.c\.|en\s+(?:€|euros)))?|co[uû]ts?(?:\s+ht)?|en\s+(?:€|euros))\s*:?$/i;
const TOTAL = /^(?:total|totaux)(?:\s+(?:g[ée]n[ée]ral|des\s+(?:d[ée]penses|recettes)|ht|ttc))?\s*:?$/i;

export const planTable: Rule = {
  name: 'plan-table',
  description: "Dans un plan de financement en deux colonnes (dépenses, recettes), chaque total égale la somme de sa colonne.",
  check(ctx, report) {
    if (!/d[ée]penses?/i.test(ctx.text) || !/recettes?/i.test(ctx.text) || !/total/i.test(ctx.text)) return;
    const byLine = amountsByLine(ctx.parsed);
    const lines = ctx.rawLines();
    const raw = (l: number) => lines[l - 1] ?? '';
    // the non-blank lines from l on (a plain blank line is no cell), each with its number
    const cellsFrom = (l: number): Array<{ l: number; t: string }> => {
      const out: Array<{ l: number; t: string }> = [];
      for (let k = l; k <= lines.length && out.length < 400; k++) if (raw(k).trim() || EMPTY_CELL.test(raw(k))) out.push({ l: k, t: raw(k) });
      return out;
    };
    /** An amount alone on its line, with its currency: its cents, else undefined. */
    const amountAt = (l: number): number | undefined => amountCell(raw(l), byLine.get(l));
    for (let head = 1; head <= lines.length; head++) {
      if (!SIDE.expenses.test(raw(head).trim())) continue;
      const c = cellsFrom(head);
      // the head: DÉPENSES, MONTANT, (spacer), RECETTES, MONTANT
      if (c.length < 10 || !AMOUNT_HEAD.test(c[1]!.t.trim()) || !EMPTY_CELL.test(c[2]!.t) || !SIDE.receipts.test(c[3]!.t.trim()) || !AMOUNT_HEAD.test(c[4]!.t.trim())) continue;
      const left: number[] = [];
      const right: number[] = [];
      let i = 5;
      while (i + 4 < c.length) {
        const [la, aa, sp, lb, ab] = [c[i]!, c[i + 1]!, c[i + 2]!, c[i + 3]!, c[i + 4]!];
        const a = amountAt(aa.l);
        const b = amountAt(ab.l);
        if (!EMPTY_CELL.test(sp.t) || a === undefined || b === undefined || EMPTY_CELL.test(la.t) || EMPTY_CELL.test(lb.t)) break;
        const leftTotal = TOTAL.test(la.t.trim());
        const rightTotal = TOTAL.test(lb.t.trim());
        if (leftTotal !== rightTotal) break;
        if (leftTotal) {
          for (const [side, rows, stated, at] of [['dépenses', left, a, la.l], ['recettes', right, b, lb.l]] as const) {
            if (rows.length < 2) continue;
            const sum = rows.reduce((s, x) => s + x, 0);
            if (Math.abs(sum - stated) <= 1) continue;
            report({
              code: 'AMOUNT_SUM_MISMATCH',
              severity: 'error',
              message: `Plan de financement : le total des ${side} (${eur(stated)}) ne correspond pas à la somme de ses ${rows.length} lignes (${eur(sum)}).`,
              evidence: ctx.evidence({ start: head, end: at + 1 }),
              expected: eur(sum),
              actual: eur(stated),
            });
          }
          break;
        }
        left.push(a);
        right.push(b);
        i += 5;
      }
    }
  },
};
