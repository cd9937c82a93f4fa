import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createExtractor, createRegistry, EXTRACTORS } from '../../src/extract/index.ts';
import { buildRegistry, ExtractorRegistryError } from '../../src/extract/registry.ts';
import { sniffKind } from '../../src/extract/sniff.ts';
import { readFixture } from './helpers.ts';

const config = loadConfig({});

describe('sniffKind reads magic numbers, not names', () => {
  it.each([
    ['pdf/commune-2025-01-14.text.pdf', 'pdf'],
    ['scans/commune-2025-01-14.p1.png', 'png'],
    ['scans/commune-2025-01-14.p1.degraded.jpg', 'jpeg'],
    ['scans/commune-2025-01-14.tif', 'tiff'],
    ['scan-sources/commune-2025-01-14.txt', 'text'],
  ])('%s → %s', (file, kind) => {
    expect(sniffKind(readFixture(file))).toBe(kind);
  });

  it('recognises big-endian TIFF and a PDF after binary junk', () => {
    expect(sniffKind(Buffer.from('MM\0*\0\0\0\x08', 'latin1'))).toBe('tiff');
    expect(sniffKind(Buffer.concat([Buffer.from([0, 1, 2]), readFixture('pdf/commune-2025-01-14.text.pdf')]))).toBe('pdf');
    expect(sniffKind(Buffer.from('Note : le fichier %PDF-1.4 est joint.'))).toBe('text');
  });

  it('a PDF named .txt is still a PDF', async () => {
    const ex = createExtractor(config);
    const r = await ex.extract(readFixture('pdf/commune-2025-01-14.text.pdf'), 'extrait.txt');
    expect(r.kind).toBe('pdf');
    await ex.close();
  });
});

describe('the registry', () => {
  it('maps every input kind to exactly one extractor', () => {
    const reg = createRegistry();
    expect([...reg.keys()].sort()).toEqual(['jpeg', 'pdf', 'png', 'text', 'tiff']);
  });
  it('fails at start-up when a kind has no extractor or two', () => {
    expect(() => buildRegistry(EXTRACTORS.filter((e) => e.name !== 'pdf'))).toThrow(/no extractor for input kind\(s\): pdf/);
    expect(() => buildRegistry([...EXTRACTORS, { ...EXTRACTORS[0], name: 'other-text' }])).toThrow(ExtractorRegistryError);
  });
});

describe('plain text in every encoding', () => {
  const text = 'Séance du jeudi 19 juin 2025 — Président : Monsieur VALLERAND, 332 500 €\nMembres présents : Madame Aïssata N’DOYE\n';
  const utf16be = (s: string) => Buffer.from(Buffer.from(s, 'utf16le').swap16());
  const cp1252 = Buffer.from(text.replace('—', '-').replace('€', 'EUR').replace('’', "'"), 'latin1');
  const cases: Array<[string, Buffer, string, string]> = [
    ['UTF-8', Buffer.from(text, 'utf8'), text, 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), text, 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text, 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), text, 'utf-16be'],
    ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le'), text, 'utf-16le'],
    ['Windows-1252', cp1252, cp1252.toString('latin1'), 'windows-1252'],
    ['Windows-1252 with € and ’', Buffer.from([0x33, 0x20, 0x80, 0x20, 0x4e, 0x92, 0x44, 0x4f, 0x59, 0x45, 0xe9]), '3 € N’DOYEé', 'windows-1252'],
  ];
  it.each(cases)('%s', async (_name, bytes, expected, encoding) => {
    const ex = createExtractor(config);
    const r = await ex.extract(bytes, 'extrait.txt');
    expect(r.kind).toBe('text');
    expect(r.pages).toHaveLength(1);
    expect(r.pages[0]!.text).toBe(expected);
    expect(r.pages[0]!.method).toBe('text');
    expect(r.notes.join(' ')).toBe(encoding === 'utf-8' ? '' : `decoded as ${encoding}`);
    await ex.close();
  });

  it('CRLF becomes LF', async () => {
    const ex = createExtractor(config);
    const r = await ex.extract(Buffer.from('a\r\nb\rc'), 'x.txt');
    expect(r.pages[0]!.text).toBe('a\nb\nc');
    await ex.close();
  });
});
