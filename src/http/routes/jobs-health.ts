/** Job status (either runner) and the health check for load balancers and monitoring. */
import { z } from 'zod';
import { errorMessage } from '../../errors.ts';
import { HealthResponse } from '../api-schemas.ts';
import type { AppContext } from '../app-context.ts';
import { ErrorBody, notFound } from '../http-error.ts';
import { JobId, JobStatus } from '../jobs/job-runner.ts';
import type { RouteCatalogue } from '../route.ts';

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);

export function jobAndHealthRoutes(api: RouteCatalogue, ctx: AppContext): void {
  api.add(
    {
      method: 'GET', url: '/api/jobs/:id', operationId: 'getJob', tag: 'tâches', permission: 'read', params: z.object({ id: JobId }),
      summary: 'État d’une tâche de traitement (attente, en cours, terminée, échec), progression, erreur',
      responses: { 200: { description: 'état de la tâche', schema: JobStatus }, 404: { description: 'tâche inconnue', schema: ErrorBody } },
    },
    async ({ params }) => {
      const s = await ctx.jobs.status(params.id);
      if (!s) throw notFound('Tâche');
      return s;
    },
  );

  api.add(
    {
      method: 'GET', url: '/healthz', operationId: 'health', tag: 'service', permission: null,
      summary: 'Base de données joignable ; Redis aussi quand REDIS_URL est défini',
      responses: { 200: { description: 'tout répond', schema: HealthResponse }, 503: { description: 'un service ne répond pas', schema: HealthResponse } },
    },
    async ({ reply }) => {
      const database = await within(ctx.store.list({ limit: 1 }), 3000).then(
        () => ({ ok: true, detail: ctx.store.backend }),
        (e) => ({ ok: false, detail: `${ctx.store.backend}: ${errorMessage(e)}` }),
      );
      const redis = await ctx.jobs.health();
      const ok = database.ok && (redis?.ok ?? true);
      const body: z.infer<typeof HealthResponse> = { status: ok ? 'ok' : 'unavailable', checks: { database, ...(redis ? { redis } : {}) } };
      return reply.code(ok ? 200 : 503).send(body);
    },
  );
}
