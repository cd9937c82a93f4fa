/**
 * Comma-separated values as RFC 4180 writes them: fields quoted when they
 * hold a comma, a quote, CR or LF (quotes doubled), records ended by CRLF.
 * `parseCsv` reads the same format back (and plain LF endings), so data
 * files and exports share one codec.
 */

export type CsvValue = string | number | null | undefined;

/** One field, quoted only when it must be. null/undefined → empty field. */
export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Records → text, CRLF after every record (the last one included). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Text → records. Accepts CRLF or LF, quoted fields spanning lines, a UTF-8
 * BOM. A blank final line is not a record. Throws on a quote left open.
 */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && s[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Records with a header line → objects keyed by the header. */
export function parseCsvObjects(text: string): Array<Record<string, string>> {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}
