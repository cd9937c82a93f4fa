/** The extension a kept original is stored with (originals.ts, original-pack.ts). */
import path from 'node:path';
import type { InputKind } from '../domain/index.ts';

const KIND_EXT: Record<InputKind, string> = { text: 'txt', pdf: 'pdf', png: 'png', jpeg: 'jpg', tiff: 'tif' };

/** Extension kept for a stored original: the client's when sane, else from the kind, else "bin". */
export function originalExtension(clientName: string, kind?: InputKind | null): string {
  const ext = path.extname(clientName).slice(1).toLowerCase();
  if (/^[a-z0-9]{1,8}$/.test(ext)) return ext;
  return kind ? KIND_EXT[kind] : 'bin';
}

