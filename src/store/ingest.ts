/**
 * In-process ingestion of files into the store: the pipeline (pipeline.ts)
 * then the original kept content-addressed, then the upsert. Used by
 * `registre ingest`; a worker can call `ingestBytes` the same way.
 *
 * Contract:
 * - A bad input becomes a stored `failed` document (with its original) and an
 *   outcome with its reason; an unreadable path is an outcome, not stored.
 * - An infrastructure fault (database, disk full) rejects: the caller stops.
 * - A file already stored by this parser version is not processed again
 *   (no second OCR run); `registre reprocess` re-derives on purpose.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentStatus, Finding, ProcessedDocument } from '../domain/index.ts';
import { errorMessage } from '../errors.ts';
import { analyse, analysedDocument, contentHash, processBytes, type ExtractFn } from '../pipeline.ts';
import { PARSER_VERSION } from '../version.ts';
import { storeOriginal } from './originals.ts';
import type { RecordStore, UpsertResult } from './record-store.ts';
import { compareVersions } from './upsert-policy.ts';

export interface IngestDeps {
  store: RecordStore;
  extract: ExtractFn;
  dataDir: string;
  actor: string;
}

export interface IngestOutcome {
  /** The name shown to people (the path as given). */
  file: string;
  id: string | null;
  /** 'unreadable': the file could not be read; nothing stored. */
  status: DocumentStatus | 'unreadable';
  outcome: UpsertResult['outcome'] | null;
  error: string | null;
  findings: Finding[];
}

/** True when the outcome counts as a failure for the exit code. */
export function isFailure(o: IngestOutcome): boolean {
  return o.status !== 'parsed';
}

/**
 * Re-analyses a document read by OCR with its body's roster, so garbled
 * names are repaired against members already known. Other documents pass.
 */
export async function withBodyRoster(store: RecordStore, doc: ProcessedDocument): Promise<ProcessedDocument> {
  const body = doc.parsed?.session.body.name;
  if (!doc.extraction || !body || !doc.extraction.pages.some((p) => p.method === 'ocr')) return doc;
  const roster = await store.rosterNames(body);
  if (roster.length === 0) return doc;
  return analysedDocument(doc.id, doc.file, doc.size, doc.extraction, analyse(doc.extraction, { roster }));
}

export async function ingestBytes(deps: IngestDeps, bytes: Buffer, file: string): Promise<IngestOutcome> {
  const id = contentHash(bytes);
  const known = await deps.store.get(id);
  if (known && known.document.status !== 'failed' && compareVersions(known.document.parser_version, PARSER_VERSION) >= 0) {
    const d = known.document;
    return { file, id, status: d.status, outcome: 'unchanged', error: d.error, findings: d.findings };
  }
  const doc = await withBodyRoster(deps.store, await processBytes(bytes, file, deps.extract));
  const originalPath = await storeOriginal(deps.dataDir, bytes, file, doc.extraction?.kind);
  const r = await deps.store.upsert(doc, { actor: deps.actor, originalPath });
  // The stored document has the clerks' corrections replayed: report its findings.
  const stored = r.document ?? doc;
  return { file, id: doc.id, status: stored.status, outcome: r.outcome, error: stored.error, findings: stored.findings };
}

export async function ingestFile(deps: IngestDeps, filePath: string, file: string): Promise<IngestOutcome> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (e) {
    return { file, id: null, status: 'unreadable', outcome: null, error: `${file}: cannot read: ${errorMessage(e)}`, findings: [] };
  }
  return ingestBytes(deps, bytes, file);
}

export interface InputFile {
  path: string;
  /** The path as the user gave it, joined with the path inside a directory. */
  name: string;
}

/** Labels and notes that sit beside inputs in a folder: never ingested from a directory walk. */
const SKIPPED = /\.(json|md)$/i;

/**
 * Expands FILE|DIR arguments: a directory gives every file under it
 * (recursively, sorted, skipping *.json, *.md and hidden entries); a file
 * named explicitly is always taken. Missing paths are returned apart.
 */
export async function collectInputs(args: readonly string[]): Promise<{ files: InputFile[]; missing: IngestOutcome[] }> {
  const files: InputFile[] = [];
  const missing: IngestOutcome[] = [];
  const walk = async (dir: string, shown: string) => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      const n = path.join(shown, e.name);
      if (e.isDirectory()) await walk(p, n);
      else if (e.isFile() && !SKIPPED.test(e.name)) files.push({ path: p, name: n });
    }
  };
  for (const arg of args) {
    try {
      const st = await fs.stat(arg);
      if (st.isDirectory()) await walk(arg, arg);
      else files.push({ path: arg, name: arg });
    } catch (e) {
      missing.push({ file: arg, id: null, status: 'unreadable', outcome: null, error: `${arg}: ${errorMessage(e)}`, findings: [] });
    }
  }
  return { files, missing };
}

/**
 * Runs `fn` over `items` with at most `limit` at once; results in input order.
 * On the first rejection no new item starts; the items already running are
 * let finish (so nothing runs on after the caller closes its store or its
 * extractor), then it rejects with that first error.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!, i);
      } catch (e) {
        failure ??= { error: e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
  return out;
}
