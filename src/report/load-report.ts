/**
 * The report from a store: select the documents, run the session rulebook
 * over every document of the bodies concerned, keep the findings of the
 * documents shown, build the report data. The only async step of `report`.
 */
import { checkSessions } from '../check/session/index.ts';
import type { RecordStore } from '../store/record-store.ts';
import { buildReport, type ReportData, type ReportFilter } from './report-data.ts';
import { selectDocuments } from './select-documents.ts';

export async function loadReport(store: RecordStore, filter: ReportFilter, generatedAt: string): Promise<ReportData> {
  const { shown, context } = await selectDocuments(store, filter);
  const ids = new Set(shown.map((d) => d.id));
  const sessionFindings = checkSessions(context).filter((f) => ids.has(f.document_id));
  return buildReport(shown, sessionFindings, { filter, generatedAt });
}
