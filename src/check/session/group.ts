/**
 * Stored documents → sessions (body + date) → bodies' histories.
 *
 * - A session is keyed like the store keys it: the folded body name and the
 *   session date. Documents without a body name or a date belong to no
 *   session: the session rules say nothing about them.
 * - Items are ordered by deliberation number when every item has one
 *   ("2024-011" < "2024-012", numeric-aware), else by file then position.
 * - An item's counts: the deliberation's own declared value where stated,
 *   else the document's.
 */
import type { DeclaredCounts, ProcessedDocument } from '../../domain/index.ts';
import { COUNT_KEYS } from '../../domain/index.ts';
import { documentText } from '../../pipeline.ts';
import { bodyKeyOf } from '../../store/projection.ts';
import type { BodyHistory, SessionDocument, SessionGroup, SessionItem } from './types.ts';

export function sessionDocument(doc: ProcessedDocument): SessionDocument | null {
  if (doc.status !== 'parsed' || !doc.parsed) return null;
  const pages = doc.extraction?.pages ?? [];
  return { id: doc.id, file: doc.file, parsed: doc.parsed, findings: doc.findings, text: doc.extraction ? documentText(doc.extraction) : '', pages };
}

/** The counts that apply to a deliberation: its own where stated, else its document's. */
export function mergeCounts(session: DeclaredCounts, own: DeclaredCounts | null): DeclaredCounts {
  if (!own) return session;
  const out = { ...session };
  for (const k of COUNT_KEYS) if (own[k]) out[k] = own[k];
  return out;
}

function itemsOf(doc: SessionDocument): SessionItem[] {
  const s = doc.parsed.session;
  if (doc.parsed.deliberations.length === 0) {
    return [{ doc, deliberation: null, attendance: s.attendance, declared: s.declared, label: doc.file }];
  }
  const many = doc.parsed.deliberations.length > 1;
  return doc.parsed.deliberations.map((d) => ({
    doc,
    deliberation: d,
    attendance: d.attendance ?? s.attendance,
    declared: mergeCounts(s.declared, d.declared),
    label: d.number ? `n° ${d.number}` : many ? `point ${d.index + 1} de ${doc.file}` : doc.file,
  }));
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

function orderItems(items: SessionItem[]): SessionItem[] {
  const numbered = items.every((i) => i.deliberation?.number);
  return [...items].sort((a, b) => {
    if (numbered) {
      const c = collator.compare(a.deliberation!.number!, b.deliberation!.number!);
      if (c !== 0) return c;
    }
    return collator.compare(a.doc.file, b.doc.file) || (a.deliberation?.index ?? 0) - (b.deliberation?.index ?? 0);
  });
}

/** A body's name that is only its kind (folded, as bodyKeyOf gives it), or its kind "de la commune" (no commune named). */
const GENERIC_BODY = /^(?:le |la )?(?:comite syndical|conseil (?:municipal|communautaire|metropolitain|departemental|general|regional|communal|syndical|de communaute|d administration)|bureau(?: communautaire| syndical)?|commission permanente|assemblee generale|departement|region|commune|ville|mairie|metropole|syndicat(?: mixte| intercommunal)?|communaute(?: de communes| d agglomeration| urbaine)?)(?: de la (?:commune|ville|collectivite))?$/;

/** Sessions of the documents (documents without body or date, or with a body named by its kind alone, are left out). */
export function groupSessions(docs: readonly SessionDocument[]): SessionGroup[] {
  const groups = new Map<string, SessionGroup>();
  for (const doc of docs) {
    const s = doc.parsed.session;
    const bodyKey = bodyKeyOf(s.body.name);
    // (a body named by its kind alone, "Comité syndical", names no one: two syndicates may meet the same day)
    if (!bodyKey || !s.date || GENERIC_BODY.test(bodyKey)) continue;
    const key = `${bodyKey}|${s.date}`;
    const g = groups.get(key) ?? { bodyKey, body: s.body.name!, date: s.date, documents: [], items: [] };
    g.documents.push(doc);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    g.documents.sort((a, b) => collator.compare(a.file, b.file) || a.id.localeCompare(b.id));
    g.items = orderItems(g.documents.flatMap(itemsOf));
  }
  return [...groups.values()].sort((a, b) => a.bodyKey.localeCompare(b.bodyKey) || a.date.localeCompare(b.date));
}

export function bodyHistories(sessions: readonly SessionGroup[]): BodyHistory[] {
  const bodies = new Map<string, BodyHistory>();
  for (const s of sessions) {
    const b = bodies.get(s.bodyKey) ?? { bodyKey: s.bodyKey, body: s.body, sessions: [] };
    b.sessions.push(s);
    bodies.set(s.bodyKey, b);
  }
  for (const b of bodies.values()) b.sessions.sort((x, y) => x.date.localeCompare(y.date));
  return [...bodies.values()];
}
