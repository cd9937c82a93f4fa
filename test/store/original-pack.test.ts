/**
 * Pack files of originals (src/store/original-pack.ts): entries appended
 * untouched, self-describing, read back through readOriginal with their
 * hash checked; damage and bad references are refused with a clear error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/pipeline.ts';
import { OriginalPack, packEntryHeader, parsePackHeader } from '../../src/store/original-pack.ts';
import { readOriginal } from '../../src/store/originals.ts';
import { tempDir } from './cli-harness.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = tempDir('registre-pack-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('OriginalPack', () => {
  it('appends originals untouched and reads each back by its reference', async () => {
    const dir = tmp();
    const pack = new OriginalPack(dir);
    const originals = [Buffer.from('Séance du 3 mars 2024\r\n'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 255, 10, 13]), Buffer.alloc(0), Buffer.from('\n\nfin')];
    const refs = originals.map((b, i) => pack.add(b, `../../client ${i}.PDF`, 'pdf'));
    await pack.close();
    expect(new Set(refs.map((r) => r.split('#')[0])).size).toBe(1);
    for (const [i, ref] of refs.entries()) {
      expect(ref).toMatch(/^originals\/packs\/\d{8}T\d{6}Z-\d+-[0-9a-f]{8}\.pack#\d+$/);
      expect((await readOriginal(dir, ref)).equals(originals[i]!)).toBe(true);
    }
    // Self-describing: the pack alone lists every entry with its hash, size and extension.
    const bytes = fs.readFileSync(path.join(dir, refs[0]!.split('#')[0]!));
    const entries = [];
    for (let at = 0; at < bytes.length; ) {
      const h = parsePackHeader(bytes.subarray(at))!;
      entries.push({ id: h.id, ext: h.ext, same: contentHash(bytes.subarray(at + h.length, at + h.length + h.size)) === h.id });
      at += h.length + h.size + 1;
    }
    expect(entries).toEqual(originals.map((b) => ({ id: contentHash(b), ext: 'pdf', same: true })));
    // The client's name never reaches the file system.
    expect(fs.readdirSync(path.join(dir, 'originals', 'packs')).join()).not.toMatch(/client/);
  });

  it('starts a new pack past its size limit, and each pack object writes its own file', async () => {
    const dir = tmp();
    const a = new OriginalPack(dir, 200);
    const refs = [1, 2, 3].map((n) => a.add(Buffer.alloc(120, 48 + n), `${n}.txt`));
    const b = new OriginalPack(dir);
    const other = b.add(Buffer.from('autre processus'), 'x.txt');
    await Promise.all([a.close(), b.close()]);
    const files = new Set([...refs, other].map((r) => r.split('#')[0]));
    expect(files.size).toBe(4);
    for (const [i, ref] of refs.entries()) expect(await readOriginal(dir, ref)).toEqual(Buffer.alloc(120, 49 + i));
  });

  it('writes entries gathered in memory in order, big ones (over a megabyte) between them included, before sync resolves', async () => {
    const dir = tmp();
    const pack = new OriginalPack(dir);
    const originals = [Buffer.from('petit'), Buffer.alloc(700_000, 0x61), Buffer.alloc(1_500_000, 0x62), Buffer.from('encore'), Buffer.alloc(900_000, 0x63), Buffer.from('fin')];
    const refs = originals.map((b, i) => pack.add(b, `${i}.txt`));
    await pack.sync();
    for (const [i, ref] of refs.entries()) expect((await readOriginal(dir, ref)).equals(originals[i]!)).toBe(true);
    const later = pack.add(Buffer.from('après la synchronisation'), 'z.txt');
    await pack.close();
    expect((await readOriginal(dir, later)).toString()).toBe('après la synchronisation');
    const last = Buffer.from('après la synchronisation');
    const end = Number(later.split('#')[1]) + packEntryHeader(contentHash(last), last.length, 'txt').length + last.length + 1;
    expect(fs.statSync(path.join(dir, refs[0]!.split('#')[0]!)).size).toBe(end);
  });

  it('refuses a damaged entry, an offset that is not an entry, and a missing pack', async () => {
    const dir = tmp();
    const pack = new OriginalPack(dir);
    pack.add(Buffer.from('premier'), 'a.txt');
    const ref = pack.add(Buffer.from('Présents : M. DUVAL'), 'b.txt');
    await pack.close();
    const [rel, offset] = ref.split('#') as [string, string];
    await expect(readOriginal(dir, `${rel}#${Number(offset) + 3}`)).rejects.toThrow(/not an entry header/);
    await expect(readOriginal(dir, `originals/packs/nope.pack#0`)).rejects.toThrow(/ENOENT/);
    const file = path.join(dir, rel);
    fs.chmodSync(file, 0o644);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 1, bytes.length - 3);
    fs.writeFileSync(file, bytes);
    await expect(readOriginal(dir, ref)).rejects.toThrow(/does not match its sha256/);
    await expect(readOriginal(dir, 'originals/packs/../../../etc/passwd.pack#0')).rejects.toThrow(/outside/);
  });
});
