/**
 * A table of accounts extracted one cell per line, its columns grouped by section and closed by their sum:
 *
 *   LIBELLE / FONCTIONNEMENT / INVESTISSEMENT / ENSEMBLE            (the groups, the last one the sum)
 *   DEPENSE OU DEFICIT / RECETTES OU EXCEDENT / …                   (sub-columns, optional)
 *   Résultats reportés / 184 512.37 € / 42 318.90 € / - € / …       (a row: its label, then its cells)
 *   Opérations de l'exercice / …
 *   Totaux / …                                                      (the rows above, summed column by column)
 *
 * Two sums are read, each only where every cell it needs is read for sure:
 *   - across a row: the last group's cell equals the other groups' cells of its sub-column ("ensemble" = fonctionnement
 *     + investissement); a row of results may instead state the balance (recettes − dépenses) in its last group;
 *   - down the columns: the first "Totaux" row equals the rows above it (a run of them ending at it, as a sub-total).
 * Cells: an amount alone on its line, a dash for zero ("- €"), a line of no-break spaces for an empty cell (the PDF kept
 * it; the plain blank lines between cells are not cells). A row whose cells cannot be placed in the columns is not read.
 */
import { amountCell, amountsByLine, EMPTY_CELL, eur } from '../amount-lines.ts';
import type { Rule } from '../context.ts';

/** A group's name in the table's head. */
const GROUP = /^(?:section\s+d['’]\s?)?(?:fonctionnement|investissement)$/i;
/** The group that sums the others. */
const SUM_GROUP = /^(?:ensemble|total|totaux|cumul(?:[ée]s?)?)$/i;
/** The row that sums the rows above it. */
const TOTAL_ROW = /^(?:total|totaux)(?:\s+(?:g[ée]n[ée]ral|de\s+l['’]\s?exercice))?\s*:?$/i;
/** A row whose last group may state a balance rather than a sum. */
const RESULT_ROW = /r[ée]sultat|solde|cl[ôo]ture|exc[ée]dent|d[ée]ficit|besoin|affectation/i;
/** A dash for a zero cell: "-", "- €", "– €". */
const DASH = /^[-–—]\s*(?:€|euros?)?$/i;

type Cell = number | null; // cents, or null for an empty cell
interface Row {
  label: string;
  line: number;
  /** Last line of the row's cells. */
  end: number;
  cells: Cell[];
}

export const amountsTable: Rule = {
  name: 'amounts-table',
  description: "Dans un tableau de comptes, la colonne d'ensemble et la ligne des totaux égalent la somme de leurs parts.",
  check(ctx, report) {
    // (the groups' names head every such table: most documents have none)
    if (ctx.parsed.preamble_amounts.length + ctx.parsed.deliberations.reduce((n, d) => n + d.amounts.length, 0) < 4 || !/fonctionnement|investissement/i.test(ctx.text)) return;
    const byLine = amountsByLine(ctx.parsed);
    const lines = ctx.rawLines();
    const raw = (l: number) => lines[l - 1] ?? '';

    /** The cell on line `l`: cents, null (empty), or undefined when the line is no cell. */
    const cell = (l: number): Cell | undefined => {
      const t = raw(l);
      if (EMPTY_CELL.test(t)) return null;
      const s = t.trim();
      if (DASH.test(s)) return 0;
      return amountCell(t, byLine.get(l));
    };
    const blank = (l: number) => raw(l).trim() === '' && !EMPTY_CELL.test(raw(l));

    for (let l = 1; l <= lines.length; l++) {
      if (/^d[ée]penses?$/i.test(raw(l).trim())) {
        const end = changeTable(l);
        if (end > l) l = end;
        continue;
      }
      if (!GROUP.test(raw(l).trim())) continue;
      // the head: two groups at least, then the summing group, one per line (empty cells between them)
      let groups = 1;
      let k = l + 1;
      for (; k <= lines.length && k < l + 30; k++) {
        const t = raw(k).trim();
        if (!t) continue;
        if (GROUP.test(t)) groups++;
        else break;
      }
      if (groups < 2 || !SUM_GROUP.test(raw(k).trim())) continue;
      const g = groups + 1;
      const rows = readRows(k + 1);
      l = rows.length ? rows[rows.length - 1]!.end : k;
      checkTable(rows, g);
    }

    /** The rows after the head: a short label line, then its cells, until a line that is neither. */
    function readRows(from: number): Row[] {
      const rows: Row[] = [];
      let current: Row | null = null;
      for (let l = from; l <= lines.length; l++) {
        if (blank(l)) continue;
        const c = cell(l);
        if (c !== undefined) {
          if (current) {
            current.cells.push(c);
            current.end = l;
          }
          continue;
        }
        const t = raw(l).trim();
        // (a label: a few words without a figure; the sub-columns' headings are labels without cells, dropped)
        if (t.length > 60 || /\d/.test(t.replace(/\b(?:19|20)\d\d\b/g, '')) || /[.;]$/.test(t)) break;
        // (a row holds a figure; empty cells under the sub-columns' headings are not one)
        const filled = current !== null && current.cells.some((c) => c !== null);
        if (current && !filled && rows.length > 0) break; // a second label without figures: the table ended
        if (current && filled) rows.push(current);
        current = { label: t, line: l, end: l, cells: [] };
      }
      if (current && current.cells.some((c) => c !== null)) rows.push(current);
      return rows;
    }

    /**
     * The row's cells placed in the g groups of s sub-columns each, or null. Empty cells kept by the PDF also fill the
     * spacer column drawn between groups (one after each group but the last); a row cut by the excerpt's end is placed
     * as far as it goes.
     */
    function place(row: Row, g: number, s: number, spacers: boolean, cut: boolean): Cell[] | null {
      const width = g * s + (spacers ? g - 1 : 0);
      // (empty cells after the last column: the space before the next row's label)
      let cells = row.cells;
      while (cells.length > width && cells[cells.length - 1] === null) cells = cells.slice(0, -1);
      if (cells.length !== width && !(cut && cells.length < width)) return null;
      const out: Cell[] = [];
      for (let i = 0; i < cells.length; i++) {
        if (spacers && (i + 1) % (s + 1) === 0) {
          if (cells[i] !== null) return null; // a spacer holds a figure: not this layout
          continue;
        }
        out.push(cells[i]!);
      }
      return out;
    }

    function checkTable(rows: Row[], g: number): void {
      if (rows.length === 0) return;
      // (a row cut by the excerpt: nothing follows its cells but, at most, a fragment of the next figure)
      const cutAfter = (end: number) => {
        const rest = lines.slice(end).filter((x) => x.trim());
        return rest.length === 0 || (rest.length === 1 && rest[0]!.trim().length <= 12);
      };
      const spacers = rows.some((r) => r.cells.includes(null));
      // the sub-columns per group: two when a whole row fills two in each group, else one
      const s = [2, 1].find((n) => rows.some((r) => place(r, g, n, spacers, false)));
      if (s === undefined) return;
      const placed = rows.map((r) => place(r, g, s, spacers, cutAfter(r.end)));
      // down the columns: the first "Totaux" row against the rows above it, every one of them placed
      const t = rows.findIndex((r) => TOTAL_ROW.test(r.label));
      const total = t >= 2 && placed.slice(0, t + 1).every(Boolean) ? placed[t]! : [];
      for (let j = 0; j < total.length; j++) {
        if (total[j] === null) continue;
        const column = placed.slice(0, t).map((c) => c![j] ?? 0);
        // (a run of the rows ending at the total: the first ones may be a sub-total's parts)
        if (column.some((_, from) => Math.abs(column.slice(from).reduce((a, b) => a + b, 0) - total[j]!) <= 1)) continue;
        const sum = column.reduce((a, b) => a + b, 0);
        report({
          code: 'AMOUNT_SUM_MISMATCH',
          severity: 'error',
          message: `Ligne « ${rows[t]!.label} » : ${eur(total[j]!)} ne correspond pas à la somme des ${t} lignes qui la précèdent (${eur(sum)}).`,
          evidence: ctx.evidence({ start: rows[t]!.line, end: rows[t]!.end }),
          expected: eur(sum),
          actual: eur(total[j]!),
        });
        return; // one finding per table
      }

      // across each row: the last group against the others
      for (const [i, row] of rows.entries()) {
        const c = placed[i];
        if (!c || c.length < g * s) continue;
        const sums: number[] = [];
        const stated: Cell[] = [];
        for (let j = 0; j < s; j++) {
          let sum = 0;
          for (let grp = 0; grp < g - 1; grp++) sum += c[grp * s + j] ?? 0;
          sums.push(sum);
          stated.push(c[(g - 1) * s + j]!);
        }
        if (sums.every((sum, j) => stated[j] === null || Math.abs(sum - stated[j]!) <= 1)) continue;
        if (RESULT_ROW.test(row.label) && balanced(sums, stated, s)) continue;
        const j = sums.findIndex((sum, jj) => stated[jj] !== null && Math.abs(sum - stated[jj]!) > 1);
        report({
          code: 'AMOUNT_SUM_MISMATCH',
          severity: 'error',
          message: `Ligne « ${row.label} » : la colonne d'ensemble ${eur(stated[j]!)} ne correspond pas à la somme des sections (${eur(sums[j]!)}).`,
          evidence: ctx.evidence({ start: row.line, end: row.end }),
          expected: eur(sums[j]!),
          actual: eur(stated[j]!),
        });
        return;
      }
    }

    /**
     * A budget change's table, one cell per line: the head « DEPENSES » / « RECETTES », rows of a section, an account,
     * a label and one amount (in either column: which one, the flattened text no longer says), closed by « TOTAL
     * INVESTISSEMENT » and its two totals. The rows of that section, both columns together, make the two totals together.
     * Returns the table's last line.
     */
    function changeTable(head: number): number {
      let l = head + 1;
      while (l <= lines.length && l < head + 4 && !/^recettes?$/i.test(raw(l).trim())) l++;
      if (!/^recettes?$/i.test(raw(l).trim())) return head;
      let section: string | null = null;
      let rows: Array<{ section: string | null; cents: number; line: number }> = [];
      for (l++; l <= lines.length; l++) {
        const t = raw(l).trim();
        if (!t) continue;
        const c = cell(l);
        if (c !== undefined) {
          if (c !== null) rows.push({ section, cents: c, line: l });
          continue;
        }
        const total = /^total\b[\s:]*(?:(?:de\s+la\s+)?section\s+(?:de\s+|d['’]\s?))?(fonctionnement|investissement)?\b(?:\s+(?:g[ée]n[ée]ral))?\s*:?$/i.exec(t);
        if (total) {
          const sums: number[] = [];
          let k = l + 1;
          for (; k <= lines.length && sums.length < 3; k++) {
            if (blank(k)) continue;
            const c2 = cell(k);
            if (c2 === undefined) break;
            if (c2 !== null) sums.push(c2);
          }
          const which = total[1]?.toLowerCase() ?? null;
          const parts = rows.filter((r) => which === null || r.section === null || r.section === which);
          if (sums.length === 2 && parts.length >= 2) {
            const sum = parts.reduce((a, r) => a + r.cents, 0);
            const stated = sums[0]! + sums[1]!;
            if (Math.abs(sum - stated) > 1) {
              report({
                code: 'AMOUNT_SUM_MISMATCH',
                severity: 'error',
                message: `« ${t} » : les totaux ${eur(sums[0]!)} et ${eur(sums[1]!)} (${eur(stated)}) ne correspondent pas aux ${parts.length} lignes de la section (${eur(sum)}).`,
                evidence: ctx.evidence({ start: l, end: k - 1 }),
                expected: eur(sum),
                actual: eur(stated),
              });
            }
          }
          rows = which === null ? [] : rows.filter((r) => r.section !== which);
          l = k - 1;
          continue;
        }
        const sec = /^(?:section\s+(?:de\s+|d['’]\s?))?(fonctionnement|investissement)$/i.exec(t);
        if (sec) {
          section = sec[1]!.toLowerCase();
          continue;
        }
        // (the row's other cells: an account number, a label; a sentence ends the table)
        if (t.length > 80 || /[.;]$/.test(t)) break;
      }
      return l;
    }

    /** A results row's last group stating the balance: its receipts minus its expenses, as the sections' are. */
    function balanced(sums: number[], stated: Cell[], s: number): boolean {
      // (one column per group: the sign of each section's result is not written, the row is not judged)
      if (s === 1) return true;
      const net = sums[1]! - sums[0]!;
      return Math.abs((stated[1] ?? 0) - (stated[0] ?? 0) - net) <= 1;
    }
  },
};
