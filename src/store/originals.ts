/**
 * Originals, kept untouched and content-addressed:
 * `<dataDir>/originals/ab/cdef…(62 hex).ext`, where `abcdef…` is the sha256
 * of the bytes. The client's file name never reaches the file system (it
 * may hold `..`, slashes or anything); only its extension does, reduced to
 * [a-z0-9]. Writing is atomic (temporary file, then rename) and a file
 * already there is never rewritten, so a signed PDF stays byte-identical.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { InputKind } from '../domain/index.ts';
import { contentHash } from '../pipeline.ts';
import { originalExtension } from './original-name.ts';
import { PACK_REF, readPackedOriginal } from './original-pack.ts';

export { originalExtension };

/** Path relative to the data directory (what the store records). */
export function originalRelativePath(id: string, ext: string): string {
  if (!/^[0-9a-f]{64}$/.test(id)) throw new Error(`not a sha256 id: ${id}`);
  return path.posix.join('originals', id.slice(0, 2), `${id.slice(2)}.${ext}`);
}

/** Directories this process made or found (at most 256 per data directory): no mkdir per file. */
const madeDirs = new Set<string>();
function remember(dir: string): void {
  if (madeDirs.size >= 4096) madeDirs.clear();
  madeDirs.add(dir);
}

/** Stores the bytes (once) and returns the path relative to `dataDir`. */
export async function storeOriginal(dataDir: string, bytes: Uint8Array, clientName: string, kind?: InputKind | null): Promise<string> {
  const id = contentHash(bytes);
  const rel = originalRelativePath(id, originalExtension(clientName, kind));
  const abs = path.join(dataDir, rel);
  try {
    await fs.access(abs);
    return rel;
  } catch {
    // not there yet
  }
  const dir = path.dirname(abs);
  const tmp = `${abs}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    if (!madeDirs.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      remember(dir);
    }
    try {
      await fs.writeFile(tmp, bytes, { flag: 'wx', mode: 0o444 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      // The directory went away since (removed by hand): make it again.
      madeDirs.delete(dir);
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(tmp, bytes, { flag: 'wx', mode: 0o444 });
    }
    await fs.rename(tmp, abs);
  } catch (e) {
    // Disk full or I/O error: leave no partial copy behind (it would fill the disk further
    // and never be cleaned); the caller reports the fault and nothing refers to this file.
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw e;
  }
  return rel;
}

/**
 * Reads a stored original back, from its own file or from a pack entry
 * (original-pack.ts, whose hash is checked); rejects when it is missing.
 */
export async function readOriginal(dataDir: string, relativePath: string): Promise<Buffer> {
  const packed = PACK_REF.exec(relativePath);
  if (packed) return readPackedOriginal(path.join(dataDir, packed[1]!), Number(packed[2]), relativePath);
  const abs = path.resolve(dataDir, relativePath);
  if (!abs.startsWith(path.resolve(dataDir) + path.sep)) throw new Error(`original path outside the data directory: ${relativePath}`);
  return fs.readFile(abs);
}
