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
import { analyse, analysedDocument, contentHash, processBytes, type Analyser, type ExtractFn } from '../pipeline.ts';
import { PARSER_VERSION } from '../version.ts';
import { OriginalPack } from './original-pack.ts';
import { storeOriginal } from './originals.ts';
import type { RecordStore, UpsertResult } from './record-store.ts';
import { compareVersions } from './upsert-policy.ts';

export interface IngestDeps {
  store: RecordStore;
  extract: ExtractFn;
  dataDir: string;
  actor: string;
  /** Where documents are analysed (default: inline); `registre ingest` passes an analyse pool's for big batches. */
  analyse?: Analyser;
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

/** A document read (in part) by OCR, of a known body: its names are repaired against the roster. */
function needsRoster(doc: ProcessedDocument): boolean {
  return Boolean(doc.parsed?.session.body.name && doc.extraction?.pages.some((p) => p.method === 'ocr'));
}

/**
 * Re-analyses a document read by OCR with its body's roster, so garbled
 * names are repaired against members already known. Other documents pass.
 */
export async function withBodyRoster(store: RecordStore, doc: ProcessedDocument): Promise<ProcessedDocument> {
  const body = doc.parsed?.session.body.name;
  if (!body || !doc.extraction || !needsRoster(doc)) return doc;
  const roster = await store.rosterNames(body);
  if (roster.length === 0) return doc;
  return analysedDocument(doc.id, doc.file, doc.size, doc.extraction, analyse(doc.extraction, { roster }));
}

/** The outcome of a file already stored by this parser version (or a newer one), or null. */
async function alreadyStored(deps: IngestDeps, id: string, file: string): Promise<IngestOutcome | null> {
  const known = await deps.store.get(id);
  if (known && known.document.status !== 'failed' && compareVersions(known.document.parser_version, PARSER_VERSION) >= 0) {
    const d = known.document;
    return { file, id, status: d.status, outcome: 'unchanged', error: d.error, findings: d.findings };
  }
  return null;
}

function written(file: string, doc: ProcessedDocument, r: UpsertResult): IngestOutcome {
  // The stored document has the clerks' corrections replayed: report its findings.
  const stored = r.document ?? doc;
  return { file, id: doc.id, status: stored.status, outcome: r.outcome, error: stored.error, findings: stored.findings };
}

const unreadable = (file: string, e: unknown): IngestOutcome => ({ file, id: null, status: 'unreadable', outcome: null, error: `${file}: cannot read: ${errorMessage(e)}`, findings: [] });

export async function ingestBytes(deps: IngestDeps, bytes: Buffer, file: string): Promise<IngestOutcome> {
  const known = await alreadyStored(deps, contentHash(bytes), file);
  if (known) return known;
  const doc = await withBodyRoster(deps.store, await processBytes(bytes, file, deps.extract, {}, deps.analyse));
  const originalPath = await storeOriginal(deps.dataDir, bytes, file, doc.extraction?.kind);
  return written(file, doc, await deps.store.upsert(doc, { actor: deps.actor, originalPath }));
}

export async function ingestFile(deps: IngestDeps, filePath: string, file: string): Promise<IngestOutcome> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (e) {
    return unreadable(file, e);
  }
  return ingestBytes(deps, bytes, file);
}

/** One input of `ingestMany`. */
export interface IngestInput {
  /** The name shown to people (the path as given). */
  name: string;
  /** The bytes; a rejection makes the outcome 'unreadable' (nothing stored). */
  read(): Promise<Buffer>;
}

export interface IngestManyOptions {
  /** Files read and processed (extract → parse → check) at once. */
  concurrency: number;
  /** Documents written per transaction at most (default 64). */
  batchSize?: number;
  /** A processed document waits this long at most for its batch to fill before it is written (default 100 ms). */
  maxWaitMs?: number;
  /** Originals up to this many bytes go to the batch's pack (default PACKED_MAX), bigger ones to a file each. */
  packOriginalsUpTo?: number;
  /** Each input's outcome once final (its document committed, or nothing to store), in completion order. */
  onOutcome?(outcome: IngestOutcome, index: number): void;
}

/** Originals kept in the batch's pack up to this size; bigger ones (scans, long PDFs) get their own file. */
const PACKED_MAX = 8 << 20;

/**
 * `ingestBytes` for many files, the documents written in batches: one
 * transaction (one commit) per batch (RecordStore.upsertMany), each document
 * in its own savepoint, so one that fails never takes another down. A batch is
 * written when full, or once its first document has waited `maxWaitMs` (slow
 * OCR documents are not held back), or before a document read by OCR takes its
 * body's roster (so it sees the members of the documents before it).
 *
 * Originals up to `packOriginalsUpTo` bytes are appended to one pack file
 * (original-pack.ts), made durable before the batch that refers to them
 * commits; bigger ones get a file each, as `ingestBytes` keeps them.
 *
 * Outcomes are the ones `ingestBytes` gives, in input order; unreadable files
 * are outcomes too. On the first fault (database, disk, a document the store
 * refused) no new file starts; the documents already processed are still
 * written (each reported once committed), then it rejects with that first
 * fault, as `ingestBytes` would have for that file.
 */
export async function ingestMany(deps: IngestDeps, inputs: readonly IngestInput[], options: IngestManyOptions): Promise<IngestOutcome[]> {
  const batchSize = Math.max(1, options.batchSize ?? 64);
  const maxWaitMs = options.maxWaitMs ?? 100;
  const out = new Array<IngestOutcome>(inputs.length);
  let failure: { error: unknown } | null = null;
  const report = (i: number, o: IngestOutcome) => {
    out[i] = o;
    options.onOutcome?.(o, i);
  };

  interface Pending {
    index: number;
    file: string;
    doc: ProcessedDocument;
    originalPath: string;
  }
  const pack = new OriginalPack(deps.dataDir);
  const packedMax = options.packOriginalsUpTo ?? PACKED_MAX;
  const keepOriginal = async (bytes: Buffer, id: string, file: string, doc: ProcessedDocument): Promise<string> =>
    bytes.length <= packedMax ? pack.add(bytes, file, doc.extraction?.kind, id) : storeOriginal(deps.dataDir, bytes, file, doc.extraction?.kind);
  let queue: Pending[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  let inFlight = 0;
  const write = (batch: Pending[]) => {
    inFlight++;
    writing = writing
      .then(async () => {
        await pack.sync();
        const settled = await deps.store.upsertMany(batch.map((p) => ({ doc: p.doc, options: { actor: deps.actor, originalPath: p.originalPath } })));
        settled.forEach((s, k) => {
          const p = batch[k]!;
          if (s.ok) report(p.index, written(p.file, p.doc, s.result));
          else failure ??= { error: s.error };
        });
      })
      .catch((e: unknown) => {
        failure ??= { error: e };
      })
      .finally(() => inFlight--);
    return writing;
  };
  /** Writes what is queued; resolves once every batch so far is written. */
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer), (timer = null);
    if (queue.length === 0) return writing;
    const batch = queue;
    queue = [];
    return write(batch);
  };
  const enqueue = async (p: Pending) => {
    queue.push(p);
    if (queue.length >= batchSize) void flush();
    else timer ??= setTimeout(() => void flush(), maxWaitMs);
    // Bounded memory: a writer behind by two batches holds the readers back.
    if (inFlight > 2) await writing;
  };

  /** Reads, skips a file already stored, processes, keeps the original; the document to write, or null. */
  const prepare = async (i: number): Promise<Pending | null> => {
    const { name: file } = inputs[i]!;
    let bytes: Buffer;
    try {
      bytes = await inputs[i]!.read();
    } catch (e) {
      report(i, unreadable(file, e));
      return null;
    }
    const id = contentHash(bytes);
    const known = await alreadyStored(deps, id, file);
    if (known) {
      report(i, known);
      return null;
    }
    let doc = await processBytes(bytes, file, deps.extract, {}, deps.analyse, id);
    if (needsRoster(doc)) {
      await flush();
      doc = await withBodyRoster(deps.store, doc);
    }
    const originalPath = await keepOriginal(bytes, id, file, doc);
    return { index: i, file, doc, originalPath };
  };

  let next = 0;
  const worker = async () => {
    while (next < inputs.length && !failure) {
      const i = next++;
      try {
        const p = await prepare(i);
        if (p) await enqueue(p);
      } catch (e) {
        failure ??= { error: e };
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, inputs.length)) }, worker));
    await flush();
  } finally {
    await pack.close();
  }
  if (failure) throw (failure as { error: unknown }).error;
  return out;
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
