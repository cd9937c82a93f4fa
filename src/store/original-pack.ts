/**
 * Originals of a batch ingest, appended to one pack file instead of one file
 * each: creating a small file (and renaming it into place) costs this VM's
 * file system 0.3–1 ms of kernel time per document, appending to an open
 * file a few microseconds. Archives do the same (WARC, git packs).
 *
 * A pack is `<dataDir>/originals/packs/<time>-<pid>-<random>.pack`, created
 * exclusively and read-only for everyone, written only by the process that
 * created it (no lock between processes). Each entry is self-describing, so
 * a pack can be checked or unpacked without the database:
 *
 *   registre-original sha256=<64 hex> size=<bytes> ext=<ext>\n
 *   <the original's bytes, untouched>\n
 *
 * The store records `originals/packs/<name>.pack#<offset of the header>`;
 * `readOriginal` (originals.ts) reads the entry back and checks its hash.
 * (Documents stored one at a time — an upload, a queued job — keep one file
 * each: originals.ts.)
 *
 * Contract: `sync()` makes every entry added so far durable (fdatasync); the
 * caller syncs before committing rows that refer to them, so a committed
 * document never points at bytes a crash could lose. After a write error
 * the pack refuses further entries (its offsets could be wrong).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { InputKind } from '../domain/index.ts';
import { contentHash } from '../pipeline.ts';
import { originalExtension } from './original-name.ts';

/** A pack is closed and a new one started past this size (default). */
const MAX_PACK_BYTES = 1 << 30;

const HEADER = /^registre-original sha256=([0-9a-f]{64}) size=(\d{1,12}) ext=([a-z0-9]{1,8})\n/;
/** Longest header: fixed words, 64 hex, 12 digits, 8 letters. */
export const MAX_HEADER_BYTES = 128;

export function packEntryHeader(id: string, size: number, ext: string): string {
  return `registre-original sha256=${id} size=${size} ext=${ext}\n`;
}

/** Parses an entry header at the start of `head`; null when it is not one. */
export function parsePackHeader(head: Buffer): { id: string; size: number; ext: string; length: number } | null {
  const m = HEADER.exec(head.toString('latin1', 0, Math.min(head.length, MAX_HEADER_BYTES)));
  return m ? { id: m[1]!, size: Number(m[2]), ext: m[3]!, length: m[0].length } : null;
}

/** `originals/packs/<name>.pack#<offset>`: the reference the store keeps. */
export const PACK_REF = /^(originals\/packs\/[0-9A-Za-z-]{1,80}\.pack)#(\d{1,15})$/;

/** Entries are gathered in memory up to this many bytes, then written to the pack in one call. */
const STAGED_BYTES = 1 << 20;

export class OriginalPack {
  private fd: number | null = null;
  private rel = '';
  /** Bytes of the pack, staged ones included (the next entry's offset). */
  private size = 0;
  /** Bytes of the pack already handed to the file system. */
  private written = 0;
  /** Entries added but not yet written: `staged[0, used)` goes at offset `written`. */
  private staged: Buffer | null = null;
  private used = 0;
  private broken: Error | null = null;
  /** Entries written since the last sync. */
  private dirty = false;

  /** `maxBytes`: a pack is closed and a new one started past this size. */
  constructor(
    private readonly dataDir: string,
    private readonly maxBytes = MAX_PACK_BYTES,
  ) {}

  /**
   * Appends the bytes; returns the reference to store. Synchronous: the entry is
   * copied to memory, and written with the ones before it once they fill a
   * megabyte, or at `sync` (a write to the page cache per megabyte, not per entry).
   * `id`: their sha256 (contentHash), when the caller has it already.
   */
  add(bytes: Uint8Array, clientName: string, kind?: InputKind | null, id = contentHash(bytes)): string {
    if (this.broken) throw this.broken;
    const header = packEntryHeader(id, bytes.length, originalExtension(clientName, kind));
    const length = header.length + bytes.length + 1; // the header is ASCII: one byte a character
    if (this.fd === null || (this.size > 0 && this.size + length > this.maxBytes)) this.open();
    const offset = this.size;
    if (this.used + length > STAGED_BYTES) this.write();
    if (length > STAGED_BYTES) {
      this.writeAt(Buffer.concat([Buffer.from(header, 'latin1'), bytes, NEWLINE]), offset);
    } else {
      this.staged ??= Buffer.allocUnsafe(STAGED_BYTES);
      let at = this.used + this.staged.write(header, this.used, 'latin1');
      this.staged.set(bytes, at);
      at += bytes.length;
      this.staged[at++] = 0x0a;
      this.used = at;
    }
    this.size += length;
    this.dirty = true;
    return `${this.rel}#${offset}`;
  }

  /** Makes every entry added so far durable. */
  async sync(): Promise<void> {
    if (this.fd === null || !this.dirty) return;
    this.write();
    this.dirty = false;
    const fd = this.fd;
    await new Promise<void>((resolve, reject) => fs.fdatasync(fd, (e) => (e ? reject(e) : resolve())));
  }

  /** Syncs and closes the current pack (a later `add` starts a new one). */
  async close(): Promise<void> {
    if (this.fd === null) return;
    await this.sync();
    fs.closeSync(this.fd);
    this.fd = null;
  }

  /** Writes the staged entries. */
  private write(): void {
    if (this.used === 0) return;
    const used = this.used;
    this.used = 0;
    this.writeAt(this.staged!.subarray(0, used), this.written);
  }

  private writeAt(bytes: Buffer, offset: number): void {
    if (this.broken) throw this.broken;
    try {
      let done = 0;
      while (done < bytes.length) done += fs.writeSync(this.fd!, bytes, done, bytes.length - done, offset + done);
    } catch (e) {
      this.broken = e instanceof Error ? e : new Error(String(e));
      throw e;
    }
    this.written = offset + bytes.length;
  }

  private open(): void {
    if (this.fd !== null) {
      // Rolled over: what the old pack holds must be durable before its file goes.
      this.write();
      fs.fdatasyncSync(this.fd);
      fs.closeSync(this.fd);
      this.fd = null;
    }
    const dir = path.join(this.dataDir, 'originals', 'packs');
    fs.mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const name = `${stamp}-${process.pid}-${randomBytes(4).toString('hex')}.pack`;
    this.fd = fs.openSync(path.join(dir, name), 'wx', 0o444);
    this.rel = path.posix.join('originals', 'packs', name);
    this.size = 0;
    this.written = 0;
  }
}

const NEWLINE = Buffer.from('\n');

/**
 * Reads the entry at `offset` of the pack `abs`; rejects when it is not an
 * entry or its bytes do not hash to the sha256 its header names.
 */
export async function readPackedOriginal(abs: string, offset: number, ref: string): Promise<Buffer> {
  const fh = await fs.promises.open(abs, 'r');
  try {
    const head = Buffer.alloc(MAX_HEADER_BYTES);
    const { bytesRead } = await fh.read(head, 0, MAX_HEADER_BYTES, offset);
    const entry = parsePackHeader(head.subarray(0, bytesRead));
    if (!entry) throw new Error(`no original at ${ref} (not an entry header)`);
    const bytes = Buffer.alloc(entry.size);
    const { bytesRead: got } = entry.size > 0 ? await fh.read(bytes, 0, entry.size, offset + entry.length) : { bytesRead: 0 };
    if (got !== entry.size) throw new Error(`original at ${ref} is cut (${got} of ${entry.size} bytes)`);
    if (contentHash(bytes) !== entry.id) throw new Error(`original at ${ref} does not match its sha256 (damaged pack)`);
    return bytes;
  } finally {
    await fh.close();
  }
}
