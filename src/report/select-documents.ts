/**
 * Which stored documents a report or an export covers, composed from the
 * store's listing and `get` (no SQL here).
 *
 * - `shown`: documents of the bodies matching `body` (part of the name, any
 *   case or accents, like `registre search --body`) whose session date is in
 *   [from, to]; a document without a date is shown only when no date bound
 *   is given.
 * - `context`: every document of those bodies, whatever the date: the
 *   cross-session rules need the sessions around the period shown.
 * Both in session-date order (undated last), then body, then file.
 */
import type { ProcessedDocument } from '../domain/index.ts';
import type { DocumentListing, RecordStore } from '../store/record-store.ts';
import { bodyKeyOf } from '../store/projection.ts';
import type { ReportFilter } from './report-data.ts';

const PAGE = 500;

export interface Selection {
  shown: ProcessedDocument[];
  context: ProcessedDocument[];
}

async function listAll(store: RecordStore): Promise<DocumentListing[]> {
  const out: DocumentListing[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.list({ limit: PAGE, offset });
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

export function bodyMatches(body: string | null, wanted: string | undefined): boolean {
  if (!wanted) return true;
  const w = bodyKeyOf(wanted);
  return w === '' || (body !== null && bodyKeyOf(body).includes(w));
}

export function dateMatches(date: string | null, filter: ReportFilter): boolean {
  if (!filter.from && !filter.to) return true;
  if (!date) return false;
  return (!filter.from || date >= filter.from) && (!filter.to || date <= filter.to);
}

export async function selectDocuments(store: RecordStore, filter: ReportFilter): Promise<Selection> {
  const listings = (await listAll(store)).filter((l) => bodyMatches(l.body, filter.body));
  const context: ProcessedDocument[] = [];
  for (const l of listings) {
    const stored = await store.get(l.id);
    if (stored) context.push(stored.document);
  }
  context.sort(
    (a, b) =>
      (a.parsed?.session.date ?? '9999').localeCompare(b.parsed?.session.date ?? '9999') ||
      (a.parsed?.session.body.name ?? '').localeCompare(b.parsed?.session.body.name ?? '', 'fr') ||
      a.file.localeCompare(b.file, 'fr') ||
      a.id.localeCompare(b.id),
  );
  const shown = context.filter((d) => dateMatches(d.parsed?.session.date ?? null, filter));
  return { shown, context };
}
