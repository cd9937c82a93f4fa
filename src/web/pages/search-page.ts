/**
 * The search page: a GET form with every filter of the store (labelled
 * fields, grouped), the results with the matching words highlighted
 * (<mark>) and pagination. The query string uses the API's names, so a
 * results URL can be shared and `/api/search` + the same query gives the
 * JSON.
 */
import type { z } from 'zod';
import { FindingCode } from '../../domain/index.ts';
import type { SearchQuery } from '../../http/api-schemas.ts';
import { CODE_LABELS, frenchDate } from '../../report/labels.ts';
import { MEMBER_STATUSES, OUTCOMES, type SearchPage } from '../../store/record-store.ts';
import { html, qs, snippetHtml, type SafeHtml } from '../html.ts';
import { euros, MEMBER_FILTER_LABELS, MEMBER_STATUS_LABELS, OUTCOME_LABELS } from '../labels.ts';
import { page, type PageCtx } from '../layout.ts';

type Query = z.infer<typeof SearchQuery>;
type Form = Partial<Record<keyof Query, string>>;

function field(id: keyof Query, label: string, form: Form, attrs: SafeHtml | string = '', full = false): SafeHtml {
  return html`<div class="row${full ? ' full' : ''}"><label for="f-${id}">${label}</label><input id="f-${id}" name="${id}" value="${form[id] ?? ''}" ${attrs}></div>`;
}

function select(id: keyof Query, label: string, form: Form, options: ReadonlyArray<readonly [string, string]>, full = false): SafeHtml {
  return html`<div class="row${full ? ' full' : ''}"><label for="f-${id}">${label}</label><select id="f-${id}" name="${id}"><option value="">—</option>${options.map(
    ([v, l]) => html`<option value="${v}"${form[id] === v ? html` selected` : ''}>${l}</option>`,
  )}</select></div>`;
}

function searchForm(form: Form): SafeHtml {
  return html`<form method="get" action="/recherche" class="search" role="search" aria-label="Rechercher des délibérations">
    <div class="row wide"><label for="f-q">Mots</label><input id="f-q" name="q" type="search" value="${form.q ?? ''}" placeholder="subvention école, budget…"></div>
    <fieldset><legend>Organe et dates de séance</legend>
      ${field('body', 'Organe (partie du nom)', form, '', true)}${field('from', 'Du', form, html`type="date"`)}${field('to', 'Au', form, html`type="date"`)}
    </fieldset>
    <fieldset><legend>Membre</legend>
      ${field('member', 'Nom du membre', form, html`autocomplete="off"`, true)}${select('member_status', 'Participation', form, MEMBER_STATUSES.map((s) => [s, MEMBER_FILTER_LABELS[s]] as const), true)}
    </fieldset>
    <fieldset><legend>Montants (euros) et résultat</legend>
      ${field('amount_min', 'Montant minimal', form, html`type="number" min="0" step="any" inputmode="decimal"`)}${field('amount_max', 'Montant maximal', form, html`type="number" min="0" step="any" inputmode="decimal"`)}
      ${select('outcome', 'Issue du vote', form, OUTCOMES.map((o) => [o, OUTCOME_LABELS[o]] as const))}
      ${select('finding', 'Constat', form, FindingCode.options.map((c) => [c, `${c} — ${CODE_LABELS[c]}`] as const))}
    </fieldset>
    <div class="buttons"><button type="submit">Rechercher</button> <a href="/recherche">Effacer les filtres</a></div>
  </form>`;
}

function hit(h: SearchPage['hits'][number]): SafeHtml {
  const anchor = h.deliberation === null ? '' : `#point-${h.deliberation + 1}`;
  const outcome = h.unanimous ? 'adoptée à l’unanimité' : h.outcome === 'adopted' ? 'adoptée' : h.outcome === 'rejected' ? 'rejetée' : null;
  return html`<li class="hit" data-document="${h.id}">
    <h3><a href="/documents/${h.id}${anchor}">${h.subject ?? h.file}</a></h3>
    <p class="meta">${h.body ?? 'organe non identifié'} — séance du ${frenchDate(h.session_date)}${h.number ? ` — n° ${h.number}` : ''}${outcome ? ` — ${outcome}` : ''}${h.amounts_eur.length ? ` — ${h.amounts_eur.map(euros).join(', ')}` : ''}</p>
    <p class="snippet">${snippetHtml(h.snippet)}</p>
    ${h.member ? html`<p class="member">${h.member.name} : <strong>${MEMBER_STATUS_LABELS[h.member.status]}</strong>${h.member.represented_by ? ` (procuration à ${h.member.represented_by})` : ''}${h.member.holds_proxies_of.length ? ` — détient la procuration de ${h.member.holds_proxies_of.join(', ')}` : ''}</p>` : ''}
    ${h.findings.length ? html`<p class="codes">Constats : ${h.findings.map((c) => html`<code title="${CODE_LABELS[c]}">${c}</code> `)}</p>` : ''}
  </li>`;
}

export function searchPage(ctx: PageCtx, form: Form, result: SearchPage | null, error: string | null): string {
  let results: SafeHtml = html``;
  if (error) results = html`<p class="error-box" role="alert">${error}</p>`;
  else if (result) {
    const { total, limit, offset } = result;
    const link = (o: number) => `/recherche${qs({ ...form, offset: o || undefined })}`;
    const pager = total > limit
      ? html`<nav class="pager" aria-label="Pages de résultats">${offset > 0 ? html`<a href="${link(Math.max(0, offset - limit))}" rel="prev">← Précédents</a>` : ''} <span>${offset + 1}–${Math.min(total, offset + limit)} sur ${total}</span> ${offset + limit < total ? html`<a href="${link(offset + limit)}" rel="next">Suivants →</a>` : ''}</nav>`
      : '';
    results = html`<p id="result-count" role="status">${total} résultat(s)</p>${result.hits.length ? html`<ol class="hits">${result.hits.map(hit)}</ol>` : html`<p class="none">Aucune délibération ne correspond.</p>`}${pager}`;
  }
  const body = html`<h1>Rechercher des délibérations</h1>${searchForm(form)}<section aria-labelledby="h-results" class="results"><h2 id="h-results">Résultats</h2>${results}</section>`;
  return page({ title: 'Recherche', ctx, body, section: 'recherche' });
}
