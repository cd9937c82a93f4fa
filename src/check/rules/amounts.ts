/**
 * A stated total equals the sum of the parts listed just above it:
 *   - Travaux … : 8.000,00 €
 *   - Curage … : 1.500,00 €
 *   Total : 9.500,00 €
 * Conservative: parts are consecutive lines with one amount each and some
 * words; a total line says "total". Any run of parts ending at the total
 * that sums right is accepted (a list may open with a sub-total).
 * Also a table extracted one cell per line ("Région" / "880 000 €" / "22 %"
 * … "Total" / "4 000 000 €"): the parts are the amounts alone on their line
 * since the table's start (the blank line above), each row with one amount,
 * the total the amount alone on the line after "Total".
 */
import type { Amount } from '../../domain/index.ts';
import type { Rule } from '../context.ts';
import { parseNumber } from '../../parse/amounts.ts';
import { amountsByLine, eur, writtenAmounts, writtenCents } from '../amount-lines.ts';

/** A total's line ("Total", "Montant global", "Enveloppe mensuelle totale ..... 4 291,02 €"). */
const TOTAL = /\b(?:total|totaux|montant\s+global|soit\s+au\s+total)\b|\b(?:enveloppe|somme|d[ée]pense|montant)(?:\s+[a-zé]+)?\s+totale\b/i;
/** After a total, the same total on another tax basis in brackets, ending the sentence: "… € HT (85 866,00 € TTC)." */
const TAX_RESTATED = /^\s*(?:h\.?\s?t\.?|ttc|t\.t\.c\.)?\s*\(\s*[\d\s.,\u00a0\u202f]+\s*(?:€|euros?)\s*(?:h\.?\s?t\.?|ttc|t\.t\.c\.)\s*\)\s*[.;]?\s*$/i;
/** A rule drawn across a table or above a total: "-----", "=====", "|____|____|". */
const RULE_LINE = /^[-–—_=.|+\s]+$/;
/** A table's total row: its label opens the line ("Total", "TOTAL GÉNÉRAL", "Totaux"). */
const TOTAL_ROW_LABEL = /^[\s|]*(?:total|totaux)(?:\s+(?:g[ée]n[ée]ral|ht|ttc))?\b/i;
/** A page's running footer or header: its page number closes it ("… – 3/11", "Page 2 sur 5", "- 4 -"). */
const PAGE_FOOTER = /(?:\bpage\s*\d{1,3}(?:\s*(?:\/|sur)\s*\d{1,3})?|(?:^|\s)\d{1,3}\s*(?:\/|sur)\s*\d{1,3}|^\s*[-–—]\s*\d{1,3}\s*[-–—])\s*$/i;

/** A cost stated before the plan that finances it. */
const COST = /(?:^|[^\p{L}])(?:co[uû]t|montant|d[ée]pense)(?![\p{L}])[^.]*?(?:estim[ée]e?|[ée]valu[ée]e?|s'[ée]l[èe]ve|arr[êe]t[ée]e?|fix[ée]e?)(?![\p{L}])/iu;
/** COST, tried only on a line holding one of its nouns (its Unicode classes are costly at every position). */
const hasCost = (line: string) => /co[uû]t|montant|d[ée]pense/i.test(line) && COST.test(line);


/** A cost's financing announced in its sentence: "…, financés par la DETR (…)", "financé comme suit : …". */
const FINANCED_BY = /\bfinanc[ée]e?s?\s+(?:par|comme\s+suit|ainsi|de\s+la\s+fa[çc]on\s+suivante)\b\s*:?/i;
/** A financing plan that leaves a part unnamed or gives examples: no sum to check. */
const NOT_WHOLE_PLAN = /\b(?:reste|solde|compl[ée]ment|notamment|partiellement|en\s+partie|dont|environ|entre\s+autres|au\s+moins|maximum|plafonn[ée]e?s?)\b/i;

/** A breakdown announced: "se répartissent comme suit", "se décomposent ainsi", "ventilé comme suit", "propose de répartir comme suit". */
const BREAKDOWN = /\b(?:se\s+r[ée]partiss?(?:ent|ait|aient)?|se\s+d[ée]compos\w*|se\s+ventil\w*|r[ée]partie?s?|r[ée]partir|d[ée]compos[ée]e?s?|ventil[ée]e?s?)\s+(?:comme\s+suit|ainsi|de\s+la\s+fa[çc]on\s+suivante|selon\s+le\s+d[ée]tail\s+suivant)\b/i;

/** An accounts' overall result ("excédent global", "déficit global", "résultat global"). */
const GLOBAL_RESULT = /\b(?:exc[ée]dent|d[ée]ficit|r[ée]sultat)\s+global\b/i;
/** A section's result: "excédent de fonctionnement", "déficit d'investissement", "résultat de la section d'investissement". */
// (or the result qualified: "résultat excédentaire de fonctionnement", "résultat déficitaire d'investissement")
const SECTION_RESULT = /\b(exc[ée]dent|d[ée]ficit|r[ée]sultat(?:\s+(?:exc[ée]dentaire|d[ée]ficitaire))?)\s+(?:de\s+la\s+section\s+)?(?:de\s+|d['’]\s?)(fonctionnement|investissement)\b/i;

/** A number in euros as written in a sentence: "387 412.56 €", "1 245 800,00 €". */
const NUMBER = String.raw`(\d{1,3}(?:[ .\u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?)`;
const EUROS = String.raw`${NUMBER}\s*(?:€|euros?\b)`;
/** The year's result, the result carried over, the closing result, in one sentence (see the check). */
const CLOSING = new RegExp(
  String.raw`\b(exc[ée]dent|d[ée]ficit)\s+(?:de\s+l['’]\s?exercice|de\s+l['’]\s?ann[ée]e)(?:\s+\d{4})?\s*(?:de|:)?\s*${EUROS}[^.]{0,40}?\b((?:le\s+|l['’]\s?)?(?:r[ée]sultat|exc[ée]dent|d[ée]ficit))\s+report[ée]\s*(?:de|:)?\s*${EUROS}[^.]{0,60}?\b(exc[ée]dent|d[ée]ficit|r[ée]sultat)\s+de\s+cl[ôo]ture\s*(?:à|a|de|:)?\s*${EUROS}`,
  'i',
);

/** The carried result, "auquel s'ajoute" the year's result, "d'où" the closing one (see the check). */
const CARRIED_THEN_CLOSING = new RegExp(
  String.raw`\br[ée]sultat\b[^.;€]{0,40}?(?:de|:)\s*([-–]\s*)?${NUMBER}\s*(?:€|euros?)?[^.;\d]{0,20}?\bauquel\s+(?:s['’]\s?ajoute|(?:on\s+)?ajoute)\s+(?:l['’]\s?|le\s+|un\s+)?(exc[ée]dent|d[ée]ficit|r[ée]sultat)[^.;\d]{0,30}?(?:\d{4}\s+)?(?:de|:)\s*${NUMBER}\s*(?:€|euros?)?[^.;\d]{0,20}?\b(?:d['’]\s?o[ùu]|soit)(?=\s)[^.;\d]{0,40}?cl[ôo]ture[^.;\d]{0,15}?(?:\d{4}\s*)?:?\s*(exc[ée]dent|d[ée]ficit|r[ée]sultat)[^.;\d]{0,40}?(?:de|:)\s*([-–]\s*)?${NUMBER}`,
  'gi',
);

/** A budget's section named after its amount, "… pour la section de fonctionnement" (the first one before « et »). */
// (or without its article: "… en section de fonctionnement et … en section d'investissement")
// (a budget annexe of a service, water, port, moorings, names its running section « exploitation »)
const SECTION = String.raw`\s*(?:pour|en|au\s+titre\s+de)\s+(?:(?:la\s+)?section\s+(?:de\s+|d['’]\s?))?(fonctionnement|exploitation|investissement)\b`;
const FIRST_SECTION = new RegExp(`^${SECTION}\\s+et\\s*$`, 'i');
const SECOND_SECTION = new RegExp(`^${SECTION}`, 'i');

/** A part's label: three letters, an acronym written with dots too ("D.E.T.R. (35 %)"). */
const LABEL = /(?:[A-Za-zÀ-ÿ]\.?){3}/;

/**
 * The parts read are a section's expenses and its receipts ("Dépenses 642 300,00 €" / "Recettes 642 300,00 €" above
 * "Total du budget …"): a total never adds the two sides of a budget; it sums the sections, one side each, so the lines
 * just above it are not its parts. So too for a decision modificative's bullets, each opening on its side ("- Recette :
 * virement … : 18 400,00 €" / "- Dépenses : remplacement … : 12 150,00 €" above "… s'équilibre … à la somme totale de …").
 */
const EXPENSES_LINE = /^\s*(?:[-–—•·*]\s*)?d[ée]penses?\b/i;
const RECEIPTS_LINE = /^\s*(?:[-–—•·*]\s*)?recettes?\b/i;
const expensesAndReceipts = (lines: readonly string[]) => lines.some((x) => EXPENSES_LINE.test(x)) && lines.some((x) => RECEIPTS_LINE.test(x));

/** The total's label alone in its cell. */
const TOTAL_CELL = /^\s*(?:total|totaux|montant\s+total)(?:\s+(?:g[ée]n[ée]ral|ht|ttc|h\.t\.))?\s*:?\s*$/i;

/** A line whose amount is each member's: "… chacun", "Chaque adjoint", "par adjoint", "Adjoints (8)", "Vice-présidents (six)". */
const PER_HEAD = /\bchacune?s?\b|\bchaque\b|\bpar\s+(?:adjoint|vice-pr[ée]sident|conseill[eè]re?|d[ée]l[ée]gu[ée]|membre|[ée]lu|b[ée]n[ée]ficiaire|agent)e?s?\b|\p{L}s\s*\(\s*(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze)\s*\)/iu;

/** Between a sum before VAT and the same with VAT: "… € HTVA, ou", "… € HT, soit". */
const VAT_BETWEEN = /^\s*(?:€|euros?)?\s*(?:h\.?\s?t\.?(?:v\.?a\.?)?|htva|hors\s+tva)?\s*[,;]?\s*(?:ou|soit)\s*$/i;
/** After the sum with VAT: "€ TVA 21 % comprise", "€ TVAC", "€ TTC". */
const VAT_AFTER = /^\s*(?:€|euros?)?\s*(?:tvac\b|t\.?v\.?a\.?c\.?(?!\p{L})|ttc\b|t\.t\.c\.|tva\s+(?:de\s+)?(?:\d{1,2}(?:[.,]\d{1,2})?\s*%\s+)?(?:comprise|incluse))/iu;

/**
 * The first of a line's two amounts when the second restates it on another tax basis, else null: with its VAT after « ou » /
 * « soit » ("352.000,00 € HTVA, ou 425.920,00 € TVA 21 % comprise", read on `raw`, the line as written), or in brackets
 * ending the sentence ("71 555,00 € HT (85 866,00 € TTC).", read on `line`, the line the rules read).
 */
function taxRestated(raw: string, line: string, amounts: readonly Amount[]): Amount | null {
  if (amounts.length !== 2) return null;
  const w = writtenAmounts(raw, amounts);
  if (w.length === 2 && w[0]!.amount !== w[1]!.amount && w[1]!.amount.cents > w[0]!.amount.cents && VAT_BETWEEN.test(raw.slice(w[0]!.end, w[1]!.at)) && VAT_AFTER.test(raw.slice(w[1]!.end, w[1]!.end + 30))) return w[0]!.amount;
  return TAX_RESTATED.test(line.slice(line.indexOf(amounts[0]!.text) + amounts[0]!.text.length)) ? amounts[0]! : null;
}

export const amountsSum: Rule = {
  name: 'amounts-sum',
  description: 'Un total est égal à la somme des montants qui le précèdent.',
  check(ctx, report) {
    const byLine = amountsByLine(ctx.parsed);
    const lineText = (l: number) => ctx.lineText(l);
    // (the whole line, where a sentence may run past the 300 characters `lineText` quotes)
    const rawLine = (l: number) => ctx.rawLines()[l - 1] ?? '';
    /**
     * Line `l` opens a table's row that wraps onto the next line, where the row's amount (the part read last) stands:
     * "Sieurat     voie communale n° 3 et" / "             parking de l'école     12 500,00 €" — two cells apart on `l`, the
     * next line indented further (its first cell empty).
     */
    const indent = (x: string) => /^[ \t]*/.exec(x)![0].replace(/\t/g, '    ').length;
    const wrappedRowStart = (l: number, below: Amount | undefined): boolean => {
      if (!below || below.span.start !== l + 1) return false;
      const a = rawLine(l);
      return /\S(?:[ ]{2,}|\t)\S/.test(a) && indent(rawLine(l + 1)) > indent(a) + 2;
    };
    /** The amounts written on line `l`, one per cell, left to right (an amount inside a longer one is no cell). */
    const cellsOf = (l: number): Amount[] => {
      const w = writtenAmounts(rawLine(l), byLine.get(l) ?? []);
      return w.filter((x) => !w.some((y) => y !== x && y.at <= x.at && y.end >= x.end && y.end - y.at > x.end - x.at)).map((x) => x.amount);
    };
    /**
     * A table whose total line sums each of its columns ("Association   2022   2023" … "Total   35 800 €   37 950 €"):
     * the rows above, each with as many amounts, summed column by column. A page's running footer between the rows is
     * passed over, and so is the table's head repeated under it, when it is the line above the first row.
     */
    const columnTotals = (line: number): void => {
      const totals = cellsOf(line);
      const k = totals.length;
      if (k < 2 || !TOTAL_ROW_LABEL.test(rawLine(line))) return;
      const rows: Amount[][] = [];
      const skipped: Array<{ text: string; rows: number }> = [];
      let head = '';
      for (let l = line - 1; l > 0 && rows.length < 30; l--) {
        const t = rawLine(l);
        if (!t.trim() || RULE_LINE.test(t)) continue;
        const cells = byLine.has(l) ? cellsOf(l) : [];
        if (cells.length === k && !TOTAL.test(t) && LABEL.test(cells.reduce((x, a) => x.replace(a.text, ''), t))) {
          rows.unshift(cells);
          continue;
        }
        if (cells.length > 0 || rows.length === 0) break;
        if (PAGE_FOOTER.test(t)) continue;
        const text = t.replace(/\s+/g, ' ').trim();
        // (the head, or a line that may be the head repeated: decided when the head is reached)
        if (skipped.length < 3 && rows.length > 0 && cellsBelowAre(l, k)) {
          skipped.push({ text, rows: rows.length });
          continue;
        }
        head = text;
        break;
      }
      // (the topmost line set aside, right above the first row, is the head itself)
      if (skipped.length > 0 && skipped[skipped.length - 1]!.rows === rows.length) head = skipped.pop()!.text;
      // (any other line between the rows — a row wrapped over two lines, a sub-heading — leaves the rows uncertain: no check)
      if (rows.length < 2 || skipped.some((x) => x.text !== head)) return;
      for (let c = 0; c < k; c++) mismatch(rows.map((r) => r[c]!), totals[c]!, line);
    };
    /** The next non-blank line below `l` holds `k` amounts (a row of the table). */
    const cellsBelowAre = (l: number, k: number): boolean => {
      for (let m = l + 1; m < l + 4; m++) {
        const t = rawLine(m);
        if (!t.trim()) continue;
        return byLine.has(m) && cellsOf(m).length === k;
      }
      return false;
    };
    for (const [line, amounts] of byLine) {
      if (!TOTAL.test(lineText(line))) continue;
      // (the total then itself on another tax basis, "soit un montant total estimé de 352.000,00 € HTVA, ou 425.920,00 € TVA
      // 21 % comprise", "… de 71 555,00 € HT (85 866,00 € TTC).": the total is the first, no second column)
      const restated = taxRestated(rawLine(line), lineText(line), amounts);
      // a total per column ("Total    35 800 €    37 950 €", "Total    + 24 000,00 €    + 24 000,00 €"): each column's
      // rows when every row above has as many amounts (see columnTotals), no check otherwise
      if (!restated && (amounts.length !== 1 || (lineText(line).match(/€|\beuros?\b/gi)?.length ?? 0) >= 2)) {
        columnTotals(line);
        continue;
      }
      const total = restated ?? amounts[0]!;
      const parts: Amount[] = [];
      const partLines: string[] = [];
      /** The list goes on above its parts in an item with more amounts than one: the parts read are not the whole list. */
      let cutList = false;
      for (let l = line - 1; l > 0 && parts.length < 30; l--) {
        const t = lineText(l);
        if (!t || RULE_LINE.test(t)) continue; // a blank line, the rule drawn above a total (a table's too: "|____|____|")
        const here = byLine.get(l);
        if (!here && wrappedRowStart(l, parts[0])) continue;
        // (a page's running footer between the rows, "SIVU X – Comité syndical du 01/10/2015      p. 1/2": the list goes on
        // above it, as in columnTotals)
        if (!here && parts.length > 0 && PAGE_FOOTER.test(t)) continue;
        // (a bullet of the same list holding two amounts, "- Maison du bois : FEADER 64 000 € pour une dépense éligible de
        // 160 000 €, soit 40 % ;" above "- Itinéraire : FEADER 48 500 € ;": which of them is the part is not told)
        const bullet = /^\s*([-–—•·*])\s/.exec(t)?.[1];
        if (here && here.length > 1 && bullet !== undefined && partLines.length > 0 && partLines[0]!.trimStart().startsWith(bullet)) cutList = true;
        if (!here || here.length !== 1 || !LABEL.test(t.replace(here[0]!.text, '')) || TOTAL.test(t)) break;
        // (a sentence announcing the list, "… l'indice brut terminal étant de 3 870,66 €, le conseil fixe les indemnités comme
        // suit :", is none of its parts)
        if (/:\s*$/.test(t) && parts.length > 0) break;
        parts.unshift(here[0]!);
        partLines.unshift(t);
      }
      // (an amount given per person, "Adjoints (six) : 17 % chacun, soit 698,79 €", "Chaque adjoint : 646,25 €", is no part:
      // the total counts it as many times)
      if (parts.length >= 2 && !cutList && !partLines.some((x) => PER_HEAD.test(x)) && !expensesAndReceipts(partLines)) mismatch(parts, total, line);
    }
    // parts and their total in one sentence: "pour le lot 1 : 42.318,50 € H.T. et pour le lot n°2 : 57.905,20 € H.T., soit un
    // montant total de 101.223,70 € H.T." (the parts, two at least, from the sentence's start; none in « dont »)
    // (each amount where it is written, as often as it is: the sum broken down is often repeated as the total)
    for (const [line, amounts] of byLine) {
      if (amounts.length < 2) continue;
      const t = rawLine(line);
      const written = writtenAmounts(t, amounts);
      if (written.length < 3) continue;
      const { at: totalAt, amount: total } = written[written.length - 1]!;
      const before = written.slice(0, -1);
      const prevEnd = before[before.length - 1]!.end;
      if (totalAt < prevEnd || !/,?\s*soit\s+(?:un\s+)?(?:montant\s+)?(?:au\s+)?total(?:\s+(?:g[ée]n[ée]ral|affect[ée]|r[ée]parti))?\s*(?:de\s*|:\s*)?$/i.test(t.slice(prevEnd, totalAt).replace(/\s*(?:h\.?\s?t\.?|ttc|t\.t\.c\.)\s*/gi, ' '))) continue;
      // (the sentence's parts: after its last full stop before the total)
      let sentenceStart = 0;
      for (const m of t.slice(0, prevEnd).matchAll(/[.;!?](?=\s+\p{Lu})/gu)) sentenceStart = m.index! + 1;
      // (a sentence wrapped from the line above, which holds amounts of its own: "… Comité des fêtes 1 200 €, Club des aînés
      // 450 €," / "Amicale 300 €, Patrimoine 650 €, soit un total de 2 600 €." — its first parts are there, not judged)
      if (sentenceStart === 0 && sentenceGoesOnFrom(line - 1)) continue;
      const inSentence = before.filter((w) => w.at >= sentenceStart);
      let parts = inSentence.filter((w) => !/\bdont\s*$/i.test(t.slice(Math.max(0, w.at - 12), w.at))).map((w) => w.amount);
      if (parts.length !== inSentence.length) continue;
      // (the sum announced before its breakdown, "affecter l'excédent de 201 655.80 € comme suit : …": not a part)
      const announced = parts.map((a) => a.cents).lastIndexOf(total.cents);
      if (announced >= 0) parts = parts.slice(announced + 1);
      if (parts.length >= 2) mismatch(parts, total, line);
    }
    // a cost and its financing in one sentence: "Coût des travaux : 108 000 € HT, financés par la DETR (42 000 €), le
    // Département (25 200 €) et l'autofinancement (38 800 €)." — the parts, two at least, each in brackets or after a colon,
    // the last after « et »; none left to a rest ("le solde", "le reste") or given as an example ("notamment")
    for (const [line, amounts] of byLine) {
      if (amounts.length < 3) continue;
      const t = rawLine(line);
      const financed = FINANCED_BY.exec(t);
      if (!financed) continue;
      const written = writtenAmounts(t, amounts);
      const sentenceStart = Math.max(0, ...[...t.slice(0, financed.index).matchAll(/[.;!?](?=\s+\p{Lu})/gu)].map((m) => m.index! + 1));
      const afterEnd = /[.;!?](?=\s+\p{Lu})|[.;!?]?\s*$/u.exec(t.slice(financed.index + financed[0].length).replace(/\d[.,]\d/g, '0_0'));
      const sentenceEnd = financed.index + financed[0].length + (afterEnd?.index ?? t.length);
      const cost = written.filter((w) => w.at >= sentenceStart && w.end <= financed.index).at(-1);
      const parts = written.filter((w) => w.at >= financed.index && w.end <= sentenceEnd);
      if (!cost || parts.length < 2) continue;
      const plan = t.slice(financed.index, sentenceEnd);
      if (NOT_WHOLE_PLAN.test(plan) || !/\bet\b[^,;]*$/.test(t.slice(parts[parts.length - 2]!.end, parts[parts.length - 1]!.at))) continue;
      if (!parts.every((w) => /\(\s*$|:\s*$/.test(t.slice(Math.max(0, w.at - 3), w.at)))) continue;
      const sum = parts.reduce((a, w) => a + w.amount.cents, 0);
      if (Math.abs(sum - cost.amount.cents) <= 1) continue;
      report({
        code: 'AMOUNT_SUM_MISMATCH',
        severity: 'error',
        message: `Le coût ${eur(cost.amount.cents)} ne correspond pas à la somme des ${parts.length} financements qui le suivent (${eur(sum)}).`,
        evidence: ctx.evidence({ start: line, end: line }),
        expected: eur(sum),
        actual: eur(cost.amount.cents),
      });
    }
    // a cost, then the plan that finances it below ("Le coût … est estimé à 2 480 000 € HT. Il est proposé
    // de le financer selon le plan suivant :" / "- État … : 620 000 €" …): the parts are the bulleted lines
    // under it, one amount each, three at least
    for (const [line, amounts] of byLine) {
      if (amounts.length !== 1 || !hasCost(lineText(line))) continue;
      let l = line;
      const opening = `${lineText(line)} ${lineText(line + 1)}`;
      if (!/financ\w*[^.]*:\s*$/i.test(lineText(line).trim()) && !(/financ/i.test(opening) && /:\s*$/.test(lineText(line + 1)))) continue;
      if (!/:\s*$/.test(lineText(line).trim())) l++;
      const parts: Amount[] = [];
      let blanks = 0;
      let unread = false;
      for (l++; parts.length < 30; l++) {
        const t = lineText(l);
        if (!t.trim()) {
          // (one or two blank lines before the first part; the list ends at the next one)
          if (parts.length === 0 && ++blanks <= 2) continue;
          break;
        }
        const here = byLine.get(l);
        // (a part whose amount was not read, its leaders then a scrap or nothing: "- Autofinancement ........ 78 l" where the
        // text is cut: the parts are not all known)
        if (!here && /^\s*[-–—•·*]\s*\p{L}[^\n]*?(?:\.{3,}|…+)[ \t]*\S{0,6}(?:[ \t]\S{0,3})?[ \t]*$/u.test(t)) unread = true;
        // (the plan's own total line ends its parts: "* Total : 248 600 € HT", checked against them by the total's rule)
        if (!here || here.length !== 1 || !/^\s*[-–—•·*]/.test(t) || !LABEL.test(t.replace(here[0]!.text, '')) || TOTAL.test(t)) break;
        parts.push(here[0]!);
      }
      const sum = parts.reduce((s, a) => s + a.cents, 0);
      if (parts.length >= 3 && !unread && Math.abs(sum - amounts[0]!.cents) > 1) mismatch(parts, amounts[0]!, line);
    }
    // an amount, then its breakdown below ("… s'élèvent à 612 400,00 €." / "Ces dépenses se répartissent comme suit :" /
    // "- Les charges à caractère général : 214 600,00 € (dont 38 500,00 € d'électricité) ;" …): the parts are the bulleted
    // lines under it, the first amount of each (not one inside "(dont …)"), three at least
    for (const [line, amounts] of byLine) {
      if (amounts.length !== 1) continue;
      // (the breakdown of that amount, not of another sum named in a clause of its own after it: "les dépenses
      // s'élèvent à 6.874.310,00 € et que les dotations communales sont réparties comme suit :")
      const lt = lineText(line);
      const between = lt.slice(lt.indexOf(amounts[0]!.text) + amounts[0]!.text.length, Math.max(0, lt.search(BREAKDOWN)));
      const own = BREAKDOWN.test(lt) && /:\s*$/.test(lt.trim()) && !/\b(?:et\s+que|tandis\s+que|alors\s+que)\b|;/.test(between);
      if (!own && !(BREAKDOWN.test(lineText(line + 1)) && /:\s*$/.test(lineText(line + 1).trim()) && !byLine.has(line + 1))) continue;
      const parts: Amount[] = [];
      for (let l = own ? line + 1 : line + 2; parts.length < 30; l++) {
        const t = lineText(l);
        if (/^\s*[-–—•·*]?\s*$/.test(t) && parts.length === 0 && l <= line + 3) continue; // a blank line or an empty bullet before the first part
        const here = (byLine.get(l) ?? []).filter((a) => !/\(\s*dont\s*$/i.test(t.slice(0, t.indexOf(a.text))));
        if (here.length !== 1 || !/^\s*[-–—•·*]/.test(t) || !LABEL.test(t.replace(here[0]!.text, ''))) break;
        parts.push(here[0]!);
      }
      const sum = parts.reduce((sm, a) => sm + a.cents, 0);
      if (parts.length >= 3 && Math.abs(sum - amounts[0]!.cents) > 1) mismatch(parts, amounts[0]!, line);
    }
    // an accounts' global result against the results of its two sections, a few lines above it:
    // "Soit un excédent de fonctionnement … de 310 811.75€" / "Soit un excédent d'investissement … de 35 462.73€" /
    // "D'où un excédent global de l'exercice 2008 de 346 724.48€" (a deficit counts negative)
    for (const [line, amounts] of byLine) {
      if (amounts.length !== 1 || !GLOBAL_RESULT.test(lineText(line))) continue;
      const sections = new Map<string, { amount: Amount; sign: number }>();
      for (let l = line - 1; l > 0 && l >= line - 8; l--) {
        const here = byLine.get(l);
        const m = SECTION_RESULT.exec(lineText(l));
        if (!m || !here || here.length !== 1) continue;
        const which = /fonct/i.test(m[2]!) ? 'fonctionnement' : 'investissement';
        // (a "résultat" carries its own sign: "résultat de fonctionnement : - 12 000 €")
        if (!sections.has(which)) sections.set(which, { amount: here[0]!, sign: /d[ée]ficit/i.test(m[1]!) ? -1 : /exc[ée]dent/i.test(m[1]!) ? 1 : Math.sign(here[0]!.cents) || 1 });
      }
      if (sections.size !== 2) continue;
      const total = amounts[0]!;
      // (a "résultat global" may say which it is after it: "Résultat global de l'exercice 2004 : déficit de 12 000 €")
      const totalSign = /d[ée]ficit\s+global|r[ée]sultat\s+global[^€\d]{0,40}\bd[ée]ficit/i.test(lineText(line)) ? -1 : /r[ée]sultat\s+global/i.test(lineText(line)) ? Math.sign(amounts[0]!.cents) || 1 : 1;
      const parts = [...sections.values()];
      const sum = parts.reduce((s, p) => s + p.sign * Math.abs(p.amount.cents), 0);
      // (within a euro: centimes rounded between the sections' figures and the total are not judged — the real 005 label
      // leaves a 0,10 € gap unreported)
      if (Math.abs(sum - totalSign * Math.abs(total.cents)) < 100) continue;
      const first = Math.min(...parts.map((p) => p.amount.span.start));
      report({
        code: 'AMOUNT_SUM_MISMATCH',
        severity: 'error',
        message: `Le résultat global ${eur(totalSign * Math.abs(total.cents))} ne correspond pas aux résultats des deux sections (${eur(sum)}).`,
        evidence: ctx.evidence({ start: first, end: line }),
        expected: eur(sum),
        actual: eur(totalSign * Math.abs(total.cents)),
      });
    }
    // a section's closing result told in one sentence: the year's result, the result carried over, the closing result
    // ("… soit un excédent de l'exercice de 68 490.56 € ; le résultat reporté de 102 337.40 € porte l'excédent de clôture
    // à 171 827.96 €"): the year's plus the carried over (a "résultat reporté" of either sign) make the closing one
    for (const line of byLine.keys()) {
      const text = lineText(line);
      if (!/cl[ôo]ture/i.test(text) || !/report[ée]/i.test(text)) continue;
      const m = CLOSING.exec(text);
      if (!m) continue;
      const [year, carried, closing] = [writtenCents(m[2]!), writtenCents(m[4]!), writtenCents(m[6]!)];
      if (year === null || carried === null || closing === null) continue;
      const sign = (word: string) => (/d[ée]ficit/i.test(word) ? -1 : 1);
      const e = sign(m[1]!) * year;
      const z = sign(m[5]!) * closing;
      const options = /d[ée]ficit/i.test(m[3]!) ? [e - carried] : /exc[ée]dent/i.test(m[3]!) ? [e + carried] : [e + carried, e - carried];
      if (options.some((o) => Math.abs(o - z) < 100)) continue;
      report({
        code: 'AMOUNT_SUM_MISMATCH',
        severity: 'error',
        message: `Le résultat de clôture ${eur(z)} ne correspond pas au résultat de l'exercice (${eur(e)}) et au résultat reporté (${eur(carried)}) : ${eur(options[0]!)}.`,
        evidence: ctx.evidence({ start: line, end: line }),
        expected: eur(options[0]!),
        actual: eur(z),
      });
    }
    // the closing result told from the result carried over: "résultat 2004 de - 84 312.40€, auquel s'ajoute l'excédent
    // 2005 de 21 608.15, d'où un résultat de clôture 2005 : déficit d'investissement de 72 704.25€" (the carried result
    // signed as written, the year's by its word, the closing one by its word)
    for (const line of byLine.keys()) {
      const text = rawLine(line);
      if (!/cl[ôo]ture/i.test(text) || !/ajout/i.test(text)) continue;
      for (const m of text.matchAll(CARRIED_THEN_CLOSING)) {
        const [a, b, c] = [writtenCents(m[2]!), writtenCents(m[4]!), writtenCents(m[7]!)];
        if (a === null || b === null || c === null) continue;
        const carried = (m[1] || /d[ée]ficit/i.test(m[0].slice(0, 30)) ? -1 : 1) * a;
        const year = (/d[ée]ficit/i.test(m[3]!) ? -1 : 1) * b;
        const closing = (/d[ée]ficit/i.test(m[5]!) || m[6] ? -1 : 1) * c;
        if (Math.abs(carried + year - closing) < 100) continue;
        report({
          code: 'AMOUNT_SUM_MISMATCH',
          severity: 'error',
          message: `Le résultat de clôture ${eur(closing)} ne correspond pas au résultat reporté (${eur(carried)}) et au résultat de l'exercice (${eur(year)}) : ${eur(carried + year)}.`,
          evidence: ctx.evidence({ start: line, end: line }),
          expected: eur(carried + year),
          actual: eur(closing),
        });
      }
    }
    // an amount and its breakdown in brackets on the same line, every part labelled: "Montant : 28.640 €,
    // (Participation des familles : 16.320,00 € – Prise en charge de la Commune : 12.420,00 €)"
    for (const [line, amounts] of byLine) {
      // (the total and one part at least written with their sign)
      if (amounts.length < 2) continue;
      const text = lineText(line);
      const m = /\b(?:montant|co[uû]t|total)\b[^()\d]{0,20}?(\d[\d .,]*\s*(?:€|euros?))[\s,]*\(([^()]+)\)/i.exec(text);
      if (!m) continue;
      const entries = m[2]!.split(/\s[–—-]\s|\s*;\s*|\s+et\s+/).map((e) => e.trim()).filter(Boolean);
      // (each entry "label : amount", no "dont" nor share: the whole breakdown; a part may have lost its sign,
      // "Participation des familles : 11.052,00 – Prise en charge de la Commune : 7.638,00 €", when another keeps it)
      const read = entries.map((e) => /^[^\d:]{3,60}:\s*(\d[\d .,]*?)\s*(€|euros?)?$/i.exec(e));
      if (entries.length < 2 || /\bdont\b|%/i.test(m[2]!) || !read.every(Boolean) || !read.some((r) => r![2])) continue;
      const total = amounts.find((a) => m[1]!.includes(a.text.trim()) || a.text.trim().includes(m[1]!.trim()));
      if (!total) continue;
      const parts: Amount[] = [];
      for (const [k, e] of entries.entries()) {
        const found = amounts.find((a) => a !== total && e.includes(a.text.trim()));
        if (found) {
          parts.push(found);
          continue;
        }
        // (the part without its sign, read as written: "11.052,00")
        const written = read[k]![1]!.trim();
        const n = /^(\d{1,3}(?:[ .]\d{3})*|\d+)(?:,(\d{1,2}))?$/.exec(written);
        const cents = n ? parseNumber(n[1]!, n[2]) : null;
        if (cents === null) break;
        parts.push({ ...total, cents, text: written });
      }
      if (parts.length !== entries.length) continue;
      const sum = parts.reduce((s, a) => s + a.cents, 0);
      if (Math.abs(sum - total.cents) > 1) mismatch(parts, total, line);
    }
    // parts listed in one line, "label : amount ;" each, closed by their total: "Comité des fêtes : 9 500 € ; Tennis club :
    // 4 200 € ; … ; soit un total de 43 400 €."
    // (the whole line: the quotes for evidence are cut at 300 characters)
    for (const [line, amounts] of byLine) {
      if (amounts.length < 4) continue;
      const text = rawLine(line);
      const ordered = [...amounts].sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
      const total = ordered[ordered.length - 1]!;
      const at = text.lastIndexOf(total.text);
      if (at < 0 || !/(?:^|[;,.]\s*)(?:soit\s+(?:un\s+)?(?:total|montant\s+total)\s+de|total\s*:)\s*$/i.test(text.slice(0, at))) continue;
      const parts = ordered.slice(0, -1);
      // (each part after its own label and colon, the parts apart by semicolons; no "dont", share or second figure)
      let from = 0;
      const labelled = parts.every((a) => {
        const i = text.indexOf(a.text, from);
        const before = text.slice(from, i);
        from = i + a.text.length;
        return i >= 0 && /\p{L}{3}[^;]*:\s*$/u.test(before) && !/\bdont\b|%/i.test(before);
      });
      if (!labelled || /\bdont\b/i.test(text.slice(0, at))) continue;
      const sum = parts.reduce((sm, a) => sm + a.cents, 0);
      if (Math.abs(sum - total.cents) > 1) mismatch(parts, total, line);
    }
    // the same list inside a longer line (a page flattened to one line): "… : Amicale laïque : 3 200 € Comité des fêtes :
    // 2 500 € … Sou des écoles : 2 150 € TOTAL : 14 650 €": the parts are the "label : amount" pieces right before the
    // "TOTAL :", three at least, each label a few words without a figure or a sentence's end
    for (const [line, amounts] of byLine) {
      if (amounts.length < 4) continue;
      const text = rawLine(line);
      if (!/total\s*:/i.test(text)) continue;
      const written = writtenAmounts(text, amounts);
      for (let k = 3; k < written.length; k++) {
        if (!/^\s*(?:€|euros?)?\s*[.;,]?\s*(?:total|TOTAL|Total)(?:\s+g[ée]n[ée]ral)?\s*:\s*$/.test(text.slice(written[k - 1]!.end, written[k]!.at))) continue;
        const parts: Amount[] = [];
        for (let j = k - 1; j >= 0; j--) {
          const gap = text.slice(j > 0 ? written[j - 1]!.end : 0, written[j]!.at);
          // (a label: words and a colon, no figure, no sentence's end, no share)
          const label = /(?:^|[\s,;])([\p{L}«»"'’()][^\d.:;!?€%]{1,60}?)\s*:\s*$/u.exec(gap);
          if (!label || /\bdont\b/i.test(label[1]!)) break;
          parts.unshift(written[j]!.amount);
          // (the gap is the label alone: the list goes on before it)
          if (!/^\s*(?:€|euros?)?\s*[,;]?\s*$/.test(gap.slice(0, label.index))) break;
        }
        if (parts.length >= 3) mismatch(parts, written[k]!.amount, line);
      }
    }
    // a budget and its two sections told in one sentence: "Le budget primitif 2022 s'élève à 524,6 millions d'euros, dont 401,3
    // millions d'euros pour la section de fonctionnement et 121,3 millions d'euros pour la section d'investissement" (the two
    // sections make the whole; rounded figures in millions may differ by their last decimal)
    for (const [line, amounts] of byLine) {
      if (amounts.length < 3) continue;
      // (apostrophes as the amounts' text writes them: "millions d’euros" is read "millions d'euros"; same length)
      const text = rawLine(line).replace(/[’‘]/g, "'");
      if (!/fonctionnement|exploitation/i.test(text) || !/investissement/i.test(text)) continue;
      const written = writtenAmounts(text, amounts);
      for (let k = 0; k + 2 < written.length; k++) {
        const [w0, w1, w2] = [written[k]!, written[k + 1]!, written[k + 2]!];
        // (or « soit » before the sections: "s'équilibre à la somme totale de 1 240 000 €, soit 700 000 € en section
        // d'exploitation et 540 000 € en section d'investissement")
        if (!/^[^.;\d]{0,20}?,?\s*(?:dont|soit)\s*$/i.test(text.slice(w0.end, w1.at))) continue;
        const first = FIRST_SECTION.exec(text.slice(w1.end, w2.at));
        const second = SECOND_SECTION.exec(text.slice(w2.end, w2.end + 60));
        if (!first || !second || first[1]!.toLowerCase() === second[1]!.toLowerCase()) continue;
        const sum = w1.amount.cents + w2.amount.cents;
        const total = w0.amount.cents;
        if (Math.abs(sum - total) <= Math.max(1, Math.round(Math.abs(total) * 0.0005))) continue;
        mismatch([w1.amount, w2.amount], w0.amount, line);
      }
      // (or the sections first, the whole after them: "… s'équilibre en section de fonctionnement à 84,6 millions d'euros et en
      // section d'investissement à 31,9 millions d'euros, soit un budget total de 115,5 millions d'euros")
      for (let k = 0; k + 2 < written.length; k++) {
        const [w0, w1, w2] = [written[k]!, written[k + 1]!, written[k + 2]!];
        const firstSection = /(fonctionnement|exploitation|investissement)\b[^.;\d]{0,20}$/i.exec(text.slice(Math.max(0, w0.at - 60), w0.at));
        const secondSection = /^[^.;\d]{0,20}\bet\b[^.;\d]{0,40}?\b(fonctionnement|exploitation|investissement)\b[^.;\d]{0,20}$/i.exec(text.slice(w0.end, w1.at));
        if (!firstSection || !secondSection || firstSection[1]!.toLowerCase() === secondSection[1]!.toLowerCase()) continue;
        if (!/^[^.;\d]{0,20}?,?\s*soit\s+(?:un\s+)?(?:budget\s+|montant\s+)?(?:global|total)(?:\s+de)?\s*:?\s*$/i.test(text.slice(w1.end, w2.at))) continue;
        const sum = w0.amount.cents + w1.amount.cents;
        const total = w2.amount.cents;
        if (Math.abs(sum - total) <= Math.max(1, Math.round(Math.abs(total) * 0.0005))) continue;
        mismatch([w0.amount, w1.amount], w2.amount, line);
      }
    }
    // tables extracted cell by cell
    for (const line of byLine.keys()) {
      let label = line - 1;
      while (label > line - 3 && label > 0 && !lineText(label).trim()) label--;
      if (label < 1 || byLine.has(label) || !TOTAL_CELL.test(lineText(label))) continue;
      const cells = cellTable(label);
      if (cells) mismatch(cells.parts, cells.total, cells.totalLine);
    }

    /** The parts above the "Total" cell on `label` and the total below it, or null when the table is not one amount per row. */
    function cellTable(label: number): { parts: Amount[]; total: Amount; totalLine: number } | null {
      let after = label + 1;
      while (after < label + 3 && !lineText(after).trim()) after++;
      const total = alone(after);
      // a second amount cell in the total row (HT and TTC columns): not judged
      if (!total || alone(after + 1)) return null;
      const parts: Amount[] = [];
      let previousAlone = false;
      for (let l = label - 1; l > 0; l--) {
        const t = lineText(l);
        if (!t.trim()) break; // the table's start
        const a = alone(l);
        if (a) {
          if (previousAlone) return null; // two amount columns
          parts.unshift(a);
        } else if (byLine.has(l)) return null; // an amount inside words: not a cell table
        previousAlone = Boolean(a);
      }
      return parts.length >= 2 ? { parts, total, totalLine: after } : null;
    }

    /** Line `l` holds amounts and its sentence goes on to the next line (no full stop, colon or semicolon at its end). */
    function sentenceGoesOnFrom(l: number): boolean {
      return byLine.has(l) && /[\p{L}\d€,]\s*$/u.test(rawLine(l));
    }

    /** The amount written alone on line `l` (with "HT", "TTC", "euros" at most), else null. */
    function alone(l: number): Amount | null {
      const here = byLine.get(l);
      if (!here || here.length !== 1) return null;
      const rest = lineText(l).replace(here[0]!.text, '').replace(/\b(?:HT|TTC|H\.T\.|T\.T\.C\.|euros?|EUR)\b/gi, '');
      return /\p{L}{2}/u.test(rest) ? null : here[0]!;
    }

    /** Reports a total that no run of the parts ending at it sums to. */
    function mismatch(parts: Amount[], total: Amount, line: number): void {
      for (let i = 0; i < parts.length - 1; i++) {
        if (Math.abs(parts.slice(i).reduce((s, a) => s + a.cents, 0) - total.cents) <= 1) return;
      }
      const sum = parts.reduce((s, a) => s + a.cents, 0);
      // (a total written above its breakdown, "… s'élèvent à 298 400,00 €." then "se répartissent ainsi :" and its lines: the
      // total's line, then the parts' — a span from the first part up to the total would run backwards and quote nothing)
      const below = parts[0]!.span.start > line;
      report({
        code: 'AMOUNT_SUM_MISMATCH',
        severity: 'error',
        message: `Le total ${eur(total.cents)} ne correspond pas à la somme des ${parts.length} montants ${below ? 'qui le détaillent' : 'qui le précèdent'} (${eur(sum)}).`,
        evidence: below
          ? ctx.evidence({ start: line, end: line }, { start: parts[0]!.span.start, end: parts[parts.length - 1]!.span.end })
          : ctx.evidence({ start: parts[0]!.span.start, end: line }),
        expected: eur(sum),
        actual: eur(total.cents),
      });
    }
  },
};
