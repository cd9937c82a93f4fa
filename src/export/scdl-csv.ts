/** SCDL rows → the CSV file: header of the 17 columns in order, comma, UTF-8, RFC 4180 (CRLF). */
import { toCsv } from './rfc4180.ts';
import { SCDL_COLUMNS, type ScdlRow } from './scdl-columns.ts';

export function scdlCsv(rows: readonly ScdlRow[]): string {
  return toCsv([[...SCDL_COLUMNS], ...rows.map((r) => SCDL_COLUMNS.map((c) => r[c]))]);
}
