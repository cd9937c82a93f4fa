import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { originalExtension, readOriginal, storeOriginal } from '../../src/store/originals.ts';
import { contentHash } from '../../src/pipeline.ts';
import { openStore } from '../../src/store/open-store.ts';
import { loadConfig } from '../../src/config.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-originals-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('originals', () => {
  it('stores bytes content-addressed with the extension only, never the client name', async () => {
    const dir = tmp();
    const bytes = Buffer.from('%PDF-1.7 signé\n');
    const rel = await storeOriginal(dir, bytes, '../../etc/Délibération finale.PDF');
    const id = contentHash(bytes);
    expect(rel).toBe(`originals/${id.slice(0, 2)}/${id.slice(2)}.pdf`);
    expect(fs.readFileSync(path.join(dir, rel)).equals(bytes)).toBe(true);
    expect(await readOriginal(dir, rel)).toEqual(bytes);
    expect(fs.readdirSync(path.join(dir, 'originals', id.slice(0, 2)))).toEqual([`${id.slice(2)}.pdf`]);
  });

  it('keeps the first copy untouched and is idempotent', async () => {
    const dir = tmp();
    const bytes = Buffer.from('texte');
    const a = await storeOriginal(dir, bytes, 'a.txt');
    const stat = fs.statSync(path.join(dir, a));
    expect(await storeOriginal(dir, bytes, 'b.txt')).toBe(a);
    expect(fs.statSync(path.join(dir, a)).mtimeMs).toBe(stat.mtimeMs);
  });

  it('falls back to the input kind for odd extensions and refuses paths outside the data dir', async () => {
    expect(originalExtension('scan', 'png')).toBe('png');
    expect(originalExtension('x.t$t', null)).toBe('bin');
    await expect(readOriginal(tmp(), '../outside.txt')).rejects.toThrow(/outside/);
  });
});

describe('openStore', () => {
  it('opens SQLite at <REGISTRE_DATA_DIR>/registre.db when DATABASE_URL is unset', async () => {
    const dir = tmp();
    const config = loadConfig({ REGISTRE_DATA_DIR: dir });
    const store = await openStore(config);
    expect(store.backend).toBe('sqlite');
    await store.close();
    expect(fs.existsSync(path.join(dir, 'registre.db'))).toBe(true);
  });
});
