/**
 * A total whose label names its parts in brackets, joined by « + », equals the row above that states the same thing
 * once per part:
 *                             Service ordinaire     Service extraordinaire
 *   Total des recettes           8.412.300,00 €           2.105.600,00 €
 *   …
 *   Recettes totales de l'exercice 2016 (ordinaire + extraordinaire) : 10.527.900,00 €
 * The row is the nearest line above (12 lines at most) whose label, before its first amount, holds the total's noun
 * (« recettes », « dépenses »…) and that holds as many amounts as the parts named. Conservative: one amount on the
 * total's line, every amount in euros.
 */
import { foldText } from '../../parse/source.ts';
import type { Rule } from '../context.ts';
import { amountsByLine, eur } from '../amount-lines.ts';

/** The total's noun opening its line, then its parts in brackets joined by « + » (group 1 the noun, group 2 the parts). */
const NAMED_TOTAL = /^\s*(recettes|d[ée]penses|charges|produits)\b[^(\n:]{0,60}\(\s*([\p{L} '’-]{3,30}(?:\+[\p{L} '’-]{3,30})+)\)\s*:/iu;
/** How far above the total its row may stand. */
const ROW_REACH = 12;

export const amountsNamedParts: Rule = {
  name: 'amounts-named-parts',
  description: 'Un total qui nomme ses parties (« ordinaire + extraordinaire ») égale la ligne du tableau qui les donne.',
  check(ctx, report) {
    // (the « + » between words in brackets: most documents have none)
    if (!/\(\s*[\p{L} '’-]{3,30}\+/u.test(ctx.text)) return;
    const byLine = amountsByLine(ctx.parsed);
    const lines = ctx.rawLines();
    for (const [line, here] of byLine) {
      const m = NAMED_TOTAL.exec(lines[line - 1] ?? '');
      if (!m || here.length !== 1 || !here[0]!.currency_stated) continue;
      const parts = m[2]!.split('+').length;
      const noun = new RegExp(`\\b${foldText(m[1]!)}\\b`);
      for (let l = line - 1; l >= Math.max(1, line - ROW_REACH); l--) {
        const row = byLine.get(l);
        const text = lines[l - 1] ?? '';
        const at = row && row.length > 0 ? text.indexOf(row[0]!.text) : -1;
        if (!row || at < 0) continue;
        if (!noun.test(foldText(text.slice(0, at)))) continue;
        if (row.length !== parts || !row.every((a) => a.currency_stated)) break;
        const sum = row.reduce((s, a) => s + a.cents, 0);
        const total = here[0]!.cents;
        if (sum !== total) {
          report({
            code: 'AMOUNT_SUM_MISMATCH',
            severity: 'error',
            message: `Le total ${eur(total)} ne correspond pas à la somme des ${parts} parties qu'il nomme, données ligne ${l} (${eur(sum)}).`,
            evidence: ctx.evidence({ start: l, end: l }, { start: line, end: line }),
            expected: eur(sum),
            actual: eur(total),
          });
        }
        break;
      }
    }
  },
};
