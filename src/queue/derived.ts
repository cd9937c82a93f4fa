/**
 * Derived data handed between stage jobs, as files under the data directory
 * (so payloads stay references; several machines share the data directory
 * like they share the originals):
 *
 *   work/extractions/ab/cdef….json   Extraction (extract → analyse)
 *   work/documents/ab/cdef….json     ProcessedDocument (analyse → store)
 *   work/pages/<document id>/<page sha256>.img   one page image, PGM (extract → ocr)
 *
 * Writes are atomic (temporary file, then rename): a reader sees a whole
 * file or none, and a stage re-run after a crash simply rewrites it. Reads
 * validate with the domain schemas.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Extraction, ProcessedDocument } from '../domain/index.ts';

const shard = (id: string) => path.posix.join(id.slice(0, 2), `${id.slice(2)}.json`);

export const extractionPath = (id: string) => path.posix.join('work', 'extractions', shard(id));
export const documentPath = (id: string) => path.posix.join('work', 'documents', shard(id));
export const pagesDir = (id: string) => path.posix.join('work', 'pages', id);
export const pagePath = (id: string, pageHash: string) => path.posix.join(pagesDir(id), `${pageHash}.img`);

/** Absolute path of a data-directory path; refuses to leave the directory. */
export function resolveData(dataDir: string, rel: string): string {
  const root = path.resolve(dataDir);
  const abs = path.resolve(root, rel);
  if (!abs.startsWith(root + path.sep)) throw new Error(`path outside the data directory: ${rel}`);
  return abs;
}

export async function writeAtomic(dataDir: string, rel: string, data: string | Uint8Array): Promise<void> {
  const abs = resolveData(dataDir, rel);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  const tmp = `${abs}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, abs);
}

export async function writeExtraction(dataDir: string, id: string, extraction: Extraction): Promise<string> {
  const rel = extractionPath(id);
  await writeAtomic(dataDir, rel, JSON.stringify(extraction));
  return rel;
}

export async function readExtraction(dataDir: string, rel: string): Promise<Extraction> {
  return Extraction.parse(JSON.parse(await fs.readFile(resolveData(dataDir, rel), 'utf8')));
}

export async function writeDocument(dataDir: string, doc: ProcessedDocument): Promise<string> {
  const rel = documentPath(doc.id);
  await writeAtomic(dataDir, rel, JSON.stringify(doc));
  return rel;
}

export async function readDocument(dataDir: string, rel: string): Promise<ProcessedDocument> {
  return ProcessedDocument.parse(JSON.parse(await fs.readFile(resolveData(dataDir, rel), 'utf8')));
}

export async function removeData(dataDir: string, rel: string): Promise<void> {
  await fs.rm(resolveData(dataDir, rel), { recursive: true, force: true });
}
