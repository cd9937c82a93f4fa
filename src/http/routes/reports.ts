/**
 * The consistency report (every format of src/report) and the SCDL export
 * (src/export), over the stored records, with the same filters as the CLI.
 */
import { scdlCsv } from '../../export/scdl-csv.ts';
import { scdlRows } from '../../export/scdl-rows.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../report/formats.ts';
import { loadReport } from '../../report/load-report.ts';
import { selectDocuments } from '../../report/select-documents.ts';
import { ReportQuery, ScdlQuery } from '../api-schemas.ts';
import type { AppContext } from '../app-context.ts';
import { ErrorBody } from '../http-error.ts';
import type { RouteCatalogue } from '../route.ts';
import { REPORT_CSP } from '../security-headers.ts';

const TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

export function reportRoutes(api: RouteCatalogue, ctx: AppContext): void {
  api.add(
    {
      method: 'GET', url: '/api/report', operationId: 'getReport', tag: 'rapport', permission: 'read', query: ReportQuery,
      summary: 'Rapport de cohérence (json, csv, html autonome avec graphiques, md, text)',
      responses: {
        200: { description: 'le rapport dans le format demandé', contentType: Object.values(TYPES).join(', ') },
        400: { description: 'filtre invalide', schema: ErrorBody },
      },
    },
    async ({ query, reply }) => {
      const { format, ...filter } = query;
      const report = await loadReport(ctx.store, filter, new Date().toISOString());
      reply.type(TYPES[format]);
      if (format === 'html') reply.header('Content-Security-Policy', REPORT_CSP);
      if (format === 'csv') reply.header('Content-Disposition', 'attachment; filename="rapport-coherence.csv"');
      return reply.send(REPORT_FORMATS[format](report));
    },
  );

  api.add(
    {
      method: 'GET', url: '/api/export/scdl.csv', operationId: 'exportScdl', tag: 'export', permission: 'export', query: ScdlQuery,
      summary: 'Export SCDL « Délibérations » 2.1.5 (CSV, virgule, UTF-8)',
      description: 'Les lignes qui ne passeraient pas les règles SCDL ne sont pas écrites ; leur nombre est dans l’en-tête `X-Registre-Rejected-Rows`. Sans SIRET (`siret`), aucune ligne n’est valide.',
      responses: { 200: { description: 'le fichier CSV', contentType: 'text/csv; charset=utf-8' }, 400: { description: 'filtre invalide', schema: ErrorBody } },
    },
    async ({ query, reply }) => {
      const docs = (await selectDocuments(ctx.store, { body: query.body, from: query.from, to: query.to })).shown;
      const result = scdlRows(docs, { siret: query.siret, collNom: query.coll_nom });
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="deliberations-scdl.csv"')
        .header('X-Registre-Rejected-Rows', String(result.rejected.length))
        .send(scdlCsv(result.rows));
    },
  );
}
