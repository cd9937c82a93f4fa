/** Search over the records (every filter of the store) and members' attendance. */
import type { SearchQuery as StoreQuery } from '../../store/record-store.ts';
import { MemberAttendanceSchema, MemberParams, MembersQuery, MembersResponse, SearchPageSchema, SearchQuery, type SearchQueryIn } from '../api-schemas.ts';
import type { AppContext } from '../app-context.ts';
import { ErrorBody, notFound } from '../http-error.ts';
import type { RouteCatalogue } from '../route.ts';

/** API query names (snake_case, as in the URL) → the store's query. */
export function storeQuery(q: SearchQueryIn): StoreQuery {
  return {
    text: q.q?.trim() || undefined,
    body: q.body?.trim() || undefined,
    from: q.from,
    to: q.to,
    member: q.member?.trim() || undefined,
    memberStatus: q.member_status,
    amountMin: q.amount_min,
    amountMax: q.amount_max,
    finding: q.finding,
    severity: q.severity,
    outcome: q.outcome,
    status: q.status,
    limit: q.limit,
    offset: q.offset,
  };
}

export function searchRoutes(api: RouteCatalogue, ctx: AppContext): void {
  api.add(
    {
      method: 'GET', url: '/api/search', operationId: 'search', tag: 'recherche', permission: 'read', query: SearchQuery,
      summary: 'Rechercher les délibérations (mots, organe, dates, membre et statut, montants, constat, issue du vote)',
      responses: { 200: { description: 'une page de résultats', schema: SearchPageSchema }, 400: { description: 'filtre invalide', schema: ErrorBody } },
    },
    async ({ query }) => ctx.store.search(storeQuery(query)),
  );

  api.add(
    {
      method: 'GET', url: '/api/members', operationId: 'findMembers', tag: 'membres', permission: 'read', query: MembersQuery,
      summary: 'Les membres qu’un nom peut désigner (nom seul, initiales, tout ordre, variantes OCR)',
      responses: { 200: { description: 'membres trouvés', schema: MembersResponse } },
    },
    async ({ query }) => ({ members: await ctx.store.findMembers(query.name, query.body?.trim() || undefined) }),
  );

  api.add(
    {
      method: 'GET', url: '/api/members/:id', operationId: 'getMember', tag: 'membres', permission: 'read', params: MemberParams,
      summary: 'La présence d’un membre, séance par séance',
      responses: { 200: { description: 'présences', schema: MemberAttendanceSchema }, 404: { description: 'membre inconnu', schema: ErrorBody } },
    },
    async ({ params }) => {
      const a = await ctx.store.memberAttendance(params.id);
      if (!a) throw notFound('Membre');
      return a;
    },
  );
}
