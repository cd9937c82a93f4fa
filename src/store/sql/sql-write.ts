/**
 * Writing one document, inside the caller's transaction (shared by both
 * backends). Follows upsert-policy.ts: insert, replace every derived row, or
 * leave alone; a replaced document gets its corrections replayed
 * (rebuildDocument); members of the body are resolved under a per-body lock so
 * two writers never create the same person twice.
 */
import { randomUUID } from 'node:crypto';
import type { ProcessedDocument } from '../../domain/index.ts';
import { resolutionKey, resolveNames, type Resolution, type RosterMember } from '../../members/resolve-names.ts';
import { memberNameKey } from './sql-members.ts';
import { sessionKey } from '../attendance.ts';
import { project, type Projection } from '../projection.ts';
import type { UpsertOptions, UpsertResult } from '../record-store.ts';
import { indexText } from '../text-index.ts';
import { conflictEvents, decide, plannedEvents, type Decision, type StoredVersions } from '../upsert-policy.ts';
import { replayCorrections } from '../../corrections/replay.ts';
import { loadCorrections, saveOutcomes } from './sql-corrections.ts';
import type { SqlValue, Tx } from './sql-runner.ts';

const DOC_COLUMNS = [
  'file', 'size', 'original_path', 'status', 'error', 'input_kind', 'extractor', 'extractor_version', 'parser_version',
  'processed_at', 'updated_at', 'body_name', 'body_key', 'session_date', 'deliberations', 'findings',
] as const;

function documentValues(doc: ProcessedDocument, p: Projection, originalPath: string | null, now: string): SqlValue[] {
  const x = doc.extraction;
  return [
    doc.file, doc.size, originalPath, doc.status, doc.error, x?.kind ?? null, x?.extractor ?? null, x?.extractor_version ?? null,
    doc.parser_version, doc.processed_at, now, p.bodyName, p.bodyKey, p.sessionDate, doc.parsed?.deliberations.length ?? 0,
    doc.findings.length,
  ];
}

async function deleteDerived(tx: Tx, id: string): Promise<void> {
  await tx.run('DELETE FROM pages WHERE document_id = ?', [id]);
  await tx.run('DELETE FROM findings WHERE document_id = ?', [id]);
  await tx.run('DELETE FROM participations WHERE document_id = ?', [id]);
  await tx.deleteRecords(id);
}

/** Lock keys: a document's writers wait on each other; so do the writers of a body's members. */
export const docLock = (id: string) => `registre-doc:${id}`;
export const bodyLock = (bodyKey: string) => `registre-body:${bodyKey}`;

const resolved = new Map<string, Resolution>();
/** Rosters kept in Tx.cache, each with a key of its own (the rows are not compared again). */
const rosterKeys = new WeakMap<readonly RosterMember[], string>();
let rosterCount = 0;

/**
 * resolveNames, remembered: a body's sessions list the same members again and
 * again, and matching every name against the roster is the costliest part of
 * a write. resolveNames is a pure function of the roster, the names and `ocr`
 * when it creates no member (no new id drawn), so an outcome that creates or
 * renames none is kept under that exact input and given again for the same
 * input. The roster is read in the transaction (or taken from Tx.cache, which
 * the backend keeps only while nothing else changed the database), so a change
 * by any writer (another process included) is a new input.
 */
function resolveRemembered(roster: readonly RosterMember[], written: readonly string[], ocr: boolean): Resolution {
  const rosterKey = rosterKeys.get(roster) ?? JSON.stringify(roster.map((m) => [m.id, m.name]));
  const key = `${ocr}\n${rosterKey}\n${JSON.stringify(written)}`;
  const known = resolved.get(key);
  if (known) return known;
  const r = resolveNames(roster, written, { ocr, newId: randomUUID });
  if (r.created.length === 0 && r.renamed.length === 0) {
    if (resolved.size >= 2000) resolved.clear();
    resolved.set(key, r);
  }
  return r;
}

/** A written name's member under a resolution, remembered with it (names recur as often as rosters). */
const memberIds = new WeakMap<Resolution, Map<string, string | null>>();
function memberIdOf(r: Resolution, name: string): string | null {
  let ids = memberIds.get(r);
  if (!ids) memberIds.set(r, (ids = new Map()));
  let id = ids.get(name);
  if (id === undefined) ids.set(name, (id = r.byName.get(resolutionKey(name))?.memberId ?? null));
  return id;
}

/** Rosters kept in Tx.cache at most (then it starts again). */
const CACHED_ROSTERS = 5000;

/** The body's members, as stored (from Tx.cache while it holds them). */
async function rosterOf(tx: Tx, bodyKey: string): Promise<readonly RosterMember[]> {
  const key = `roster:${bodyKey}`;
  const cached = tx.cache?.get(key) as readonly RosterMember[] | undefined;
  if (cached) return cached;
  const roster = await tx.all<{ id: string; name: string }>('SELECT id, name FROM members WHERE body_key = ?', [bodyKey]);
  if (tx.cache) {
    if (tx.cache.size >= CACHED_ROSTERS) tx.cache.clear();
    tx.cache.set(key, roster);
    rosterKeys.set(roster, `#${rosterCount++}`);
  }
  return roster;
}

async function writeMembers(tx: Tx, doc: ProcessedDocument, p: Projection, now: string): Promise<void> {
  if (p.names.length === 0) return;
  await tx.lock(bodyLock(p.bodyKey));
  const roster = await rosterOf(tx, p.bodyKey);
  const written = p.names.flatMap((n) => (n.other ? [n.ref.name, n.other.name] : [n.ref.name]));
  const r = resolveRemembered(roster, written, p.ocr);
  if (r.created.length > 0 || r.renamed.length > 0) tx.cache?.delete(`roster:${p.bodyKey}`);
  await tx.insertMany(
    'members',
    ['id', 'body_key', 'body_name', 'name', 'name_key', 'created_at', 'updated_at'],
    r.created.map((m) => [m.id, p.bodyKey, p.bodyName, m.name, memberNameKey(m.name), now, now]),
  );
  for (const m of r.renamed) await tx.run('UPDATE members SET name = ?, name_key = ?, updated_at = ? WHERE id = ?', [m.name, memberNameKey(m.name), now, m.id]);
  const memberOf = (name: string) => memberIdOf(r, name);
  const session = sessionKey({ body_key: p.bodyKey, session_date: p.sessionDate, document_id: doc.id });
  await tx.insertMany(
    'participations',
    ['document_id', 'deliberation', 'role', 'member_id', 'name', 'written', 'other_member_id', 'other_name', 'session_key'],
    p.names.map((n) => [doc.id, n.deliberation, n.role, memberOf(n.ref.name), n.ref.name, n.ref.written, n.other ? memberOf(n.other.name) : null, n.other?.name ?? null, session]),
  );
}

async function writeDerived(tx: Tx, doc: ProcessedDocument, p: Projection, now: string): Promise<void> {
  await tx.insertMany(
    'pages',
    ['document_id', 'number', 'method', 'confidence', 'ms', 'rotation', 'text'],
    (doc.extraction?.pages ?? []).map((pg) => [doc.id, pg.number, pg.method, pg.confidence, pg.ms, pg.rotation, pg.text]),
  );
  await tx.insertMany(
    'findings',
    ['document_id', 'seq', 'deliberation', 'code', 'severity', 'message', 'rule'],
    doc.findings.map((f, i) => [doc.id, i, f.deliberation, f.code, f.severity, f.message, f.rule]),
  );
  const amounts: SqlValue[][] = [];
  const findings: SqlValue[][] = [];
  const wholeDocument = p.records.length === 1 && p.records[0]!.idx === -1;
  for (const rec of p.records) {
    const id = await tx.insertRecord({
      document_id: doc.id, idx: rec.idx, number: rec.number, subject: rec.subject, text: rec.text, outcome: rec.outcome,
      unanimous: rec.unanimous ? 1 : 0, status: doc.status, file: doc.file, body_name: p.bodyName, body_key: p.bodyKey,
      session_date: p.sessionDate, subject_stems: indexText(rec.subject ?? ''), text_stems: indexText(rec.text),
    });
    for (const c of new Set(rec.cents)) amounts.push([id, c]);
    // A session-wide finding concerns every record; a deliberation's, its own record.
    for (const f of doc.findings) if (f.deliberation === null || f.deliberation === rec.idx || wholeDocument) findings.push([id, f.code, f.severity]);
  }
  await tx.insertMany('record_amounts', ['record_id', 'cents'], amounts);
  await tx.insertMany('record_findings', ['record_id', 'code', 'severity'], findings);
  await writeMembers(tx, doc, p, now);
}

export type StoredRow = StoredVersions & { original_path: string | null };

const UPDATE_DOCUMENT = `UPDATE documents SET ${DOC_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;
const INSERT_DOCUMENT = `INSERT INTO documents (id, created_at, ${DOC_COLUMNS.join(', ')}) VALUES (?, ?, ${DOC_COLUMNS.map(() => '?').join(', ')})`;

/** `json`: the document's JSON when it was prepared for the store (prepared.ts): not serialised again. */
export async function writeDocument(tx: Tx, doc: ProcessedDocument, options: UpsertOptions, json?: string): Promise<UpsertResult> {
  const now = new Date().toISOString();
  await tx.lock(docLock(doc.id));
  const stored = await tx.get<StoredRow>('SELECT parser_version, extractor_version, status, original_path FROM documents WHERE id = ?', [doc.id]);
  const decision = decide(stored ?? null, doc, options);
  if (decision === 'unchanged') {
    if (options.originalPath && !stored?.original_path) {
      await tx.run('UPDATE documents SET original_path = ? WHERE id = ?', [options.originalPath, doc.id]);
    }
    return { id: doc.id, outcome: 'unchanged' };
  }
  return rebuildDocument(tx, doc, stored ?? null, decision, options, now, json);
}

/**
 * Writes a document from `base`, what the pipeline produced: its stored
 * corrections are replayed over it (src/corrections/replay.ts), and the result — the
 * record as it stands — replaces every derived row (records, findings,
 * attendance, full-text index). `base` is kept beside it while the
 * document has corrections, so the next correction replays over the
 * parser's output and not over an earlier correction.
 */
export async function rebuildDocument(
  tx: Tx,
  base: ProcessedDocument,
  stored: StoredRow | null,
  decision: Exclude<Decision, 'unchanged'>,
  options: UpsertOptions,
  now: string,
  /** JSON.stringify(base), when the caller has it. */
  baseJson?: string,
): Promise<UpsertResult> {
  const kept = stored ? await loadCorrections(tx, base.id) : [];
  const { document: doc, outcomes } = replayCorrections(base, kept);
  const asParsed = kept.length ? (baseJson ?? JSON.stringify(base)) : null;
  // Without corrections the document is `base` itself.
  const json = doc === base && baseJson !== undefined ? baseJson : JSON.stringify(doc);
  const p = project(doc);
  const originalPath = options.originalPath ?? stored?.original_path ?? null;
  const values = documentValues(doc, p, originalPath, now);
  if (stored) {
    await deleteDerived(tx, doc.id);
    await tx.run(UPDATE_DOCUMENT, [...values, doc.id]);
    await tx.run('UPDATE document_json SET json = ?, as_parsed = ? WHERE id = ?', [json, asParsed, doc.id]);
  } else {
    await tx.run(INSERT_DOCUMENT, [doc.id, now, ...values]);
    await tx.run('INSERT INTO document_json (id, json, as_parsed) VALUES (?, ?, ?)', [doc.id, json, asParsed]);
  }
  await tx.run('INSERT INTO bodies (key, name) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET name = coalesce(excluded.name, bodies.name)', [p.bodyKey, p.bodyName]);
  await writeDerived(tx, doc, p, now);
  await saveOutcomes(tx, outcomes, now, doc.parser_version);
  const tally = { applied: outcomes.filter((o) => o.status === 'applied').length, conflicts: outcomes.filter((o) => o.status === 'conflict').length };
  const events = plannedEvents(decision, stored, doc, options);
  if (kept.length && events[0]) events[0].detail.corrections = tally;
  events.push(...conflictEvents(kept, outcomes));
  await tx.insertMany(
    'events',
    ['document_id', 'type', 'at', 'actor', 'detail'],
    events.map((e) => [doc.id, e.type, now, options.actor, JSON.stringify(e.detail)]),
  );
  return { id: doc.id, outcome: stored ? 'replaced' : 'created', document: doc, corrections: tally };
}
