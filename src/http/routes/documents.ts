/**
 * Documents: upload (202 + job ids), read (record, findings, pages, event
 * log), the original file, and a clerk's correction.
 */
import { z } from 'zod';
import { DocumentStatus, type InputKind } from '../../domain/index.ts';
import { sniffKind } from '../../extract/sniff.ts';
import { decodeText } from '../../extract/text-decode.ts';
import { readOriginal } from '../../store/originals.ts';
import { DocumentResponse, IdParams, UploadResponse } from '../api-schemas.ts';
import type { AppContext } from '../app-context.ts';
import { correctDocument } from '../correction/correct-document.ts';
import { Change, CorrectionRequest } from '../correction/correction-schema.ts';
import { contentDisposition, documentView } from '../document-view.ts';
import { ErrorBody, notFound } from '../http-error.ts';
import type { RouteCatalogue } from '../route.ts';
import { DOWNLOAD_CSP } from '../security-headers.ts';
import { readUploads } from '../upload/read-uploads.ts';

const MIME: Record<Exclude<InputKind, 'text'>, string> = { pdf: 'application/pdf', png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' };
const err = (description: string) => ({ description, schema: ErrorBody });

const ListQuery = z.object({
  status: DocumentStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const Listing = z.object({
  id: z.string(), file: z.string(), status: DocumentStatus, error: z.string().nullable(), body: z.string().nullable(),
  session_date: z.string().nullable(), parser_version: z.string(), deliberations: z.number().int(), findings: z.number().int(),
});

export function documentRoutes(api: RouteCatalogue, ctx: AppContext): void {
  api.add(
    {
      method: 'POST', url: '/api/documents', operationId: 'uploadDocuments', tag: 'documents', permission: 'upload',
      summary: 'Déposer un ou plusieurs fichiers (texte, PDF, scan)',
      description: 'multipart/form-data, champ `files` (répété). Type reconnu aux octets, pas au nom. Mêmes octets → même document et même tâche.',
      multipart: { field: 'files', description: 'fichiers à lire' },
      responses: {
        202: { description: 'acceptés : identifiants des documents et des tâches', schema: UploadResponse },
        400: err('aucun fichier, fichier vide'), 401: err('jeton manquant ou invalide'), 403: err('rôle sans droit de dépôt'),
        413: err('fichier trop volumineux, trop de fichiers'), 415: err('type de fichier non accepté'), 429: err('trop de dépôts'), 503: err('file de traitement indisponible'),
      },
    },
    async ({ req, reply, principal }) => {
      ctx.uploads.take(principal.kind === 'token' ? principal.actor : `ip:${req.ip}`);
      const files = await readUploads(req, { maxBytes: ctx.config.limits.maxBytes, maxFiles: ctx.config.uploadMaxFiles, kinds: ctx.config.uploadKinds });
      const documents = [];
      for (const f of files) {
        const s = await ctx.jobs.submit(f.bytes, f.file, f.kind, `http:${principal.actor}`);
        documents.push({ file: f.file, document_id: s.document_id, job_id: s.job_id, state: s.state, job_url: `/api/jobs/${s.job_id}`, document_url: `/api/documents/${s.document_id}` });
      }
      return reply.code(202).send({ documents } satisfies z.infer<typeof UploadResponse>);
    },
  );

  api.add(
    {
      method: 'GET', url: '/api/documents', operationId: 'listDocuments', tag: 'documents', permission: 'read', query: ListQuery,
      summary: 'Documents enregistrés (séance la plus récente d’abord)',
      responses: { 200: { description: 'une page de documents', schema: z.object({ documents: z.array(Listing) }) } },
    },
    async ({ query }) => ({ documents: await ctx.store.list(query) }),
  );

  api.add(
    {
      method: 'GET', url: '/api/documents/:id', operationId: 'getDocument', tag: 'documents', permission: 'read', params: IdParams,
      summary: 'Un document : enregistrement, constats, pages, journal',
      responses: { 200: { description: 'le document', schema: DocumentResponse }, 404: err('document inconnu') },
    },
    async ({ params }) => {
      const stored = await ctx.store.get(params.id);
      if (!stored) throw notFound('Document');
      return documentView(stored, await ctx.store.events(params.id));
    },
  );

  api.add(
    {
      method: 'GET', url: '/api/documents/:id/file', operationId: 'getOriginal', tag: 'documents', permission: 'read', params: IdParams,
      summary: 'Le fichier original, octet pour octet',
      responses: { 200: { description: 'le fichier (type selon son contenu)', contentType: 'application/octet-stream' }, 404: err('document ou original inconnu') },
    },
    async ({ params, reply }) => {
      const stored = await ctx.store.get(params.id);
      if (!stored?.original_path) throw notFound('Original');
      const bytes = await readOriginal(ctx.config.dataDir, stored.original_path).catch(() => null);
      if (!bytes) throw notFound('Original');
      const kind = sniffKind(bytes);
      const type = kind === 'text' ? `text/plain; charset=${decodeText(bytes.subarray(0, 64 * 1024)).encoding}` : MIME[kind];
      return reply
        .type(type)
        .header('Content-Disposition', contentDisposition(stored.document.file.split(/[\\/]/).pop() ?? 'document'))
        .header('Content-Security-Policy', DOWNLOAD_CSP)
        .header('Cache-Control', 'private, max-age=3600, immutable')
        .send(bytes);
    },
  );

  api.add(
    {
      method: 'PATCH', url: '/api/documents/:id', operationId: 'correctDocument', tag: 'documents', permission: 'correct', params: IdParams, body: CorrectionRequest,
      summary: 'Corriger des champs lus (date, comptes, noms, vote…) ; les contrôles sont refaits',
      description:
        'Chaque correction est gardée à part de la lecture (qui, quand, pourquoi, champ, avant → après) et journalisée (événement `corrected`). ' +
        'Elle est réappliquée à chaque retraitement ; si la nouvelle lecture ne correspond plus, elle reste dans `corrections` avec le statut `conflict` et un événement `correction_conflict`.',
      responses: {
        200: { description: 'le document corrigé, les changements et le journal', schema: DocumentResponse.extend({ changes: z.array(Change) }) },
        400: err('correction mal formée'), 401: err('jeton manquant ou invalide'), 403: err('rôle sans droit de correction'), 404: err('document inconnu'),
        409: err('document modifié depuis'), 422: err('la correction vise un élément absent'),
      },
    },
    async ({ params, body, principal }) => {
      const r = await correctDocument(ctx.store, params.id, body, `http:${principal.actor}`);
      const stored = await ctx.store.get(params.id);
      return { ...documentView(stored!, r.events), changes: r.changes };
    },
  );
}
