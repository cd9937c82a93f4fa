/** The report as JSON: the report data itself (report-data.ts), indented. */
import type { ReportData } from './report-data.ts';

export function renderJson(r: ReportData): string {
  return JSON.stringify(r, null, 2) + '\n';
}
