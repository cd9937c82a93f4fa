/**
 * What the amount rules read: the document's amounts by the line they start on (each written amount once per line),
 * where each stands in a line's text, and euros as the messages write them.
 */
import type { Amount, ParsedDocument } from '../domain/index.ts';
import { parseNumber } from '../parse/amounts.ts';

/** A table's cell left empty, as a PDF extraction keeps it: no-break spaces only (a plain blank line separates cells, it is not one). */
export const EMPTY_CELL = /^[ \t]*[\u00a0\u202f][\u00a0\u202f \t]*$/;

/** The amounts of the preamble and of every deliberation by their first line; an amount read twice on a line is one. */
export function amountsByLine(parsed: ParsedDocument): Map<number, Amount[]> {
  const byLine = new Map<number, Amount[]>();
  for (const a of [...parsed.preamble_amounts, ...parsed.deliberations.flatMap((d) => d.amounts)]) {
    const list = byLine.get(a.span.start) ?? [];
    if (!list.some((x) => x.text === a.text && x.cents === a.cents)) list.push(a);
    byLine.set(a.span.start, list);
  }
  return byLine;
}

/**
 * A table's cell holding one amount: the line `line` (its text) with the amounts read on it, `here`; the amount's cents
 * when it is the only one, its currency stated, and nothing else is written beside it but its currency and tax words
 * and punctuation; else undefined (a label, two amounts, a bare number).
 */
export function amountCell(line: string, here: readonly Amount[] | undefined): number | undefined {
  if (!here || here.length !== 1 || !here[0]!.currency_stated) return undefined;
  const squash = (x: string) => x.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  const rest = squash(line).replace(squash(here[0]!.text), '').replace(/\b(?:HT|TTC|H\.T\.|T\.T\.C\.|euros?|EUR)\b|€/gi, '');
  return /[\p{L}\d]/u.test(rest) ? undefined : here[0]!.cents;
}

/** An amount where it stands in a line: its offset and the offset just past its text. */
export interface WrittenAmount {
  at: number;
  end: number;
  amount: Amount;
}

/** Each of `amounts` wherever `text` writes it, as often as it does, in reading order. */
export function writtenAmounts(text: string, amounts: readonly Amount[]): WrittenAmount[] {
  const written: WrittenAmount[] = [];
  for (const a of amounts) {
    for (let i = text.indexOf(a.text); i >= 0; i = text.indexOf(a.text, i + a.text.length)) written.push({ at: i, end: i + a.text.length, amount: a });
  }
  return written.sort((x, y) => x.at - y.at);
}

/** A number as a regular expression caught it ("84 312.40", "21 608,15"): its cents, or null. */
export function writtenCents(n: string): number | null {
  return parseNumber(n.replace(/[.,](\d{1,2})$/, ''), /[.,](\d{1,2})$/.exec(n)?.[1]);
}

/** Cents as the messages write euros: "346 724,48 €". */
export const eur = (c: number) => (c / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 }) + ' €';
