/**
 * Fixed-width tables for the terminal report: columns padded to their
 * widest cell, numbers aligned right.
 */
export type Cell = string | number;

export function textTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<Cell>>, indent = '  '): string {
  const width = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (cells: ReadonlyArray<Cell>) =>
    indent +
    cells
      .map((c, i) => (numeric[i] ? String(c).padStart(width[i]!) : String(c).padEnd(width[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(width.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}
