/**
 * The files of a multipart upload, checked before any work is queued:
 * each at most `maxBytes` (413 naming the file), not empty (400), and of
 * an accepted kind judged from the BYTES (sniffKind: PDF, PNG, JPEG, TIFF
 * signatures; text must decode to readable text) — never from the file
 * name or the Content-Type the client claims (415 otherwise). One bad file
 * refuses the whole request, so a request is processed all or nothing.
 *
 * The client's file name is reduced to its last path segment without
 * control characters (it is shown to people and stored as `file`; it never
 * reaches the file system, see src/store/originals.ts).
 */
import type {} from '@fastify/multipart'; // its request decorations (parts, isMultipart)
import type { FastifyRequest } from 'fastify';
import type { InputKind } from '../../domain/index.ts';
import { sniffKind } from '../../extract/sniff.ts';
import { decodeText, looksLikeText } from '../../extract/text-decode.ts';
import { HttpError, toHttpError } from '../http-error.ts';

export interface Upload {
  file: string;
  bytes: Buffer;
  kind: InputKind;
}

export interface UploadLimits {
  maxBytes: number;
  maxFiles: number;
  kinds: readonly InputKind[];
}

const KIND_NAMES: Record<InputKind, string> = { text: 'texte', pdf: 'PDF', png: 'PNG', jpeg: 'JPEG', tiff: 'TIFF' };

export function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim().slice(0, 200);
  return clean || 'document';
}

/** The kind of an upload's bytes, or a 4xx telling the clerk what is wrong. */
export function checkUpload(file: string, bytes: Buffer, limits: UploadLimits): InputKind {
  if (bytes.length === 0) throw new HttpError(400, 'empty_file', `« ${file} » est vide (0 octet).`);
  if (bytes.length > limits.maxBytes) throw tooLarge(file, limits.maxBytes);
  const kind = sniffKind(bytes);
  if (kind === 'text' && !looksLikeText(decodeText(bytes.subarray(0, 64 * 1024)).text)) {
    throw new HttpError(415, 'unsupported_type', `« ${file} » n’est ni un texte, ni un PDF, ni une image PNG, JPEG ou TIFF.`, { file, accepted: limits.kinds });
  }
  if (!limits.kinds.includes(kind)) {
    throw new HttpError(415, 'unsupported_type', `« ${file} » est un fichier ${KIND_NAMES[kind]}, type non accepté par ce serveur (acceptés : ${limits.kinds.map((k) => KIND_NAMES[k]).join(', ')}).`, { file, kind, accepted: limits.kinds });
  }
  return kind;
}

function tooLarge(file: string, maxBytes: number): HttpError {
  const mb = (maxBytes / 1024 / 1024).toFixed(maxBytes < 10 * 1024 * 1024 ? 1 : 0);
  return new HttpError(413, 'file_too_large', `« ${file} » dépasse la taille maximale (${mb} Mo).`, { file, max_bytes: maxBytes });
}

export async function readUploads(req: FastifyRequest, limits: UploadLimits): Promise<Upload[]> {
  if (!req.isMultipart()) throw new HttpError(415, 'not_multipart', 'Envoyez les fichiers en multipart/form-data (champ « files »).');
  const out: Upload[] = [];
  const parts = req.parts({ limits: { fileSize: limits.maxBytes, files: limits.maxFiles, fields: 20, fieldSize: 10_000, parts: limits.maxFiles + 20 } });
  try {
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      const file = safeFileName(part.filename);
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (e) {
        const he = toHttpError(e);
        throw he.code === 'file_too_large' ? tooLarge(file, limits.maxBytes) : he;
      }
      out.push({ file, bytes, kind: checkUpload(file, bytes, limits) });
    }
  } catch (e) {
    const he = toHttpError(e);
    if (he.code === 'too_many_files') throw new HttpError(413, 'too_many_files', `Au plus ${limits.maxFiles} fichier(s) par dépôt.`, { max_files: limits.maxFiles });
    throw he;
  }
  if (out.length === 0) throw new HttpError(400, 'no_file', 'Aucun fichier reçu (champ « files » du formulaire multipart).');
  return out;
}
