/**
 * RecordStore over any SqlRunner: the one implementation both backends
 * share, so they cannot drift apart; the contract suite runs it on each.
 */
import { ProcessedDocument, type DocumentStatus } from '../../domain/index.ts';
import type { DocEvent, DocumentListing, EventType, RecordStore, SearchQuery, StoredDocument, UpsertOptions, UpsertSettled } from '../record-store.ts';
import { EVENT_TYPES } from '../record-store.ts';
import { bodyRoster, findMemberIds, findMembers, memberAttendance, rosterNames } from './sql-members.ts';
import { correctDocument } from './sql-correct.ts';
import { loadCorrections } from './sql-corrections.ts';
import type { SqlRunner, SqlValue, Tx } from './sql-runner.ts';
import { searchRecords } from './sql-search.ts';
import { docLock, writeDocument } from './sql-write.ts';
import { bodyKeyOf } from '../projection.ts';
import { preparedJson } from '../prepared.ts';
import { withoutNul } from '../without-nul.ts';

interface EventRow {
  seq: number;
  document_id: string;
  type: EventType;
  at: string;
  actor: string;
  detail: string;
}

const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

export { withoutNul };

export function sqlStore(db: SqlRunner): RecordStore {
  return {
    backend: db.dialect,

    async upsert(doc, options: UpsertOptions) {
      const json = preparedJson(doc);
      const valid = json ? doc : withoutNul(ProcessedDocument.parse(doc));
      return db.transaction((tx) => writeDocument(tx, valid, options, json));
    },

    async upsertMany(items) {
      const out: UpsertSettled[] = new Array(items.length);
      const valid: Array<{ at: number; doc: ProcessedDocument; json: string | undefined; options: UpsertOptions }> = [];
      items.forEach(({ doc, options }, at) => {
        try {
          // A document prepared where it was analysed (prepared.ts) is valid and NUL-free already.
          const json = preparedJson(doc);
          valid.push({ at, doc: json ? doc : withoutNul(ProcessedDocument.parse(doc)), json, options });
        } catch (e) {
          out[at] = { ok: false, error: asError(e) };
        }
      });
      // Every document lock first (in the runner's fixed order), then body by body in key order,
      // each document's body row then its members' lock as a single write takes them: a batch
      // and single writers never wait on each other in a cycle. Input order within a body.
      const bodies = new Map(valid.map((v) => [v, bodyKeyOf(v.doc.parsed?.session.body.name)])); // folded once per document, not per comparison
      const bodyOf = (v: (typeof valid)[number]) => bodies.get(v)!;
      valid.sort((a, b) => (bodyOf(a) < bodyOf(b) ? -1 : bodyOf(a) > bodyOf(b) ? 1 : a.at - b.at));
      const settled = await db.transactionEach(
        valid.map((v) => (tx: Tx) => writeDocument(tx, v.doc, v.options, v.json)),
        [valid.map((v) => docLock(v.doc.id))],
      );
      settled.forEach((s, k) => (out[valid[k]!.at] = s.ok ? { ok: true, result: s.value } : { ok: false, error: asError(s.error) }));
      return out;
    },

    correct: (id, input) => db.transaction((tx) => correctDocument(tx, id, withoutNul(input))),

    async get(id) {
      const row = await db.get<{ json: unknown; original_path: string | null; created_at: string; updated_at: string }>(
        'SELECT j.json, d.original_path, d.created_at, d.updated_at FROM documents d JOIN document_json j ON j.id = d.id WHERE d.id = ?',
        [id],
      );
      if (!row) return null;
      const stored: StoredDocument = {
        document: ProcessedDocument.parse(parseJson(row.json)),
        corrections: await loadCorrections(db, id),
        original_path: row.original_path,
        created_at: row.created_at,
        updated_at: row.updated_at,
      };
      return stored;
    },

    async resolveId(prefix, limit = 10) {
      const p = prefix.toLowerCase();
      if (!/^[0-9a-f]{1,64}$/.test(p)) return [];
      const rows = await db.all<{ id: string }>('SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?', [p, p + 'g', limit]);
      return rows.map((r) => r.id).filter((id) => id.startsWith(p));
    },

    async list(filter = {}) {
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (filter.status) where.push('status = ?'), params.push(filter.status);
      const rows = await db.all<DocumentListing & { body_name: string | null }>(
        `SELECT id, file, status, error, body_name, session_date, parser_version, deliberations, findings FROM documents
         ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY session_date DESC NULLS LAST, id LIMIT ? OFFSET ?`,
        [...params, filter.limit ?? 100, filter.offset ?? 0],
      );
      return rows.map(({ body_name, ...r }) => ({ ...r, body: body_name, status: r.status as DocumentStatus }));
    },

    async ids(filter = {}) {
      const rows = filter.notParserVersion
        ? await db.all<{ id: string }>('SELECT id FROM documents WHERE parser_version <> ? ORDER BY id', [filter.notParserVersion])
        : await db.all<{ id: string }>('SELECT id FROM documents ORDER BY id');
      return rows.map((r) => r.id);
    },

    async events(id) {
      const rows = await db.all<EventRow>('SELECT seq, document_id, type, at, actor, detail FROM events WHERE document_id = ? ORDER BY seq', [id]);
      return rows.map((r): DocEvent => ({ ...r, seq: Number(r.seq), detail: parseJson(r.detail) as Record<string, unknown> }));
    },

    async appendEvent(id, type, actor, detail = {}) {
      if (!EVENT_TYPES.includes(type)) throw new Error(`unknown event type: ${type}`);
      await db.run('INSERT INTO events (document_id, type, at, actor, detail) VALUES (?, ?, ?, ?, ?)', [id, type, new Date().toISOString(), actor, JSON.stringify(detail)]);
    },

    async search(query: SearchQuery) {
      const memberIds = query.member ? await findMemberIds(db, query.member, query.body) : null;
      return searchRecords(db, query, memberIds);
    },

    findMembers: (name, body) => findMembers(db, name, body),
    memberAttendance: (id) => memberAttendance(db, id),
    bodyRoster: (body) => bodyRoster(db, body),
    rosterNames: (body) => rosterNames(db, body),
    close: () => db.close(),
  };
}
