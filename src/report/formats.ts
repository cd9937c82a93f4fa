/** Every report format, once: name → pure renderer. The CLI lists these names. */
import { renderHtml } from './html/render-html.ts';
import { renderCsv } from './render-csv.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderText } from './render-text.ts';
import type { ReportData } from './report-data.ts';

export const REPORT_FORMATS = {
  text: renderText,
  md: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
  json: renderJson,
} as const satisfies Record<string, (r: ReportData) => string>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export function isReportFormat(f: string): f is ReportFormat {
  return Object.hasOwn(REPORT_FORMATS, f);
}
