/** Member pages: the members a name may designate, and one member's attendance over the sessions. */
import { frenchDate, percent } from '../../report/labels.ts';
import type { MemberAttendance, MemberSummary } from '../../store/record-store.ts';
import { html, qs } from '../html.ts';
import { MEMBER_STATUS_LABELS } from '../labels.ts';
import { page, type PageCtx } from '../layout.ts';

export function memberListPage(ctx: PageCtx, name: string, body: string | undefined, members: MemberSummary[]): string {
  const content = members.length
    ? html`<ul class="members">${members.map((m) => html`<li><a href="/membres/${encodeURIComponent(m.id)}">${m.name}</a> — ${m.body ?? 'organe inconnu'} — ${m.sessions} séance(s)${m.variants.length > 1 ? html` <span class="note">(écrit : ${m.variants.join(' · ')})</span>` : ''}</li>`)}</ul>`
    : html`<p class="none">Aucun membre ne correspond à « ${name} »${body ? ` dans « ${body} »` : ''}.</p>`;
  const form = html`<form method="get" action="/membres" class="inline" role="search" aria-label="Chercher un membre">
    <div class="row"><label for="m-nom">Nom</label><input id="m-nom" name="nom" value="${name}" required></div>
    <div class="row"><label for="m-organe">Organe (facultatif)</label><input id="m-organe" name="organe" value="${body ?? ''}"></div>
    <button type="submit">Chercher</button></form>`;
  return page({ title: `Membres : ${name || 'recherche'}`, ctx, body: html`<h1>Membres</h1>${form}${name ? content : ''}`, section: null });
}

export function memberPage(ctx: PageCtx, a: MemberAttendance): string {
  const m = a.member;
  const rows = a.sessions.map(
    (s) => html`<tr data-status="${s.status}"><th scope="row">${frenchDate(s.session_date)}</th><td>${MEMBER_STATUS_LABELS[s.status]}${s.represented_by ? ` (procuration à ${s.represented_by})` : ''}</td>
      <td>${s.holds_proxies_of.join(', ') || '—'}</td><td>${s.written.join(' · ')}</td>
      <td>${s.documents.map((d, i) => html`${i ? ', ' : ''}<a href="/documents/${d}">${d.slice(0, 8)}</a>`)}</td></tr>`,
  );
  const body = html`<h1>${m.name}</h1>
  <p class="meta">${m.body ?? 'organe inconnu'} — ${a.sessions.length} séance(s), présent à ${a.present} (${percent(a.rate)})</p>
  ${m.variants.length > 1 ? html`<p>Formes écrites dans les documents : ${m.variants.join(' · ')}</p>` : ''}
  <p><a href="/recherche${qs({ member: m.name, body: m.body ?? undefined })}">Délibérations de ses séances</a></p>
  <table class="attendance-history"><caption>Présence séance par séance</caption>
  <thead><tr><th scope="col">Séance</th><th scope="col">Statut</th><th scope="col">Procurations détenues</th><th scope="col">Nom écrit</th><th scope="col">Documents</th></tr></thead>
  <tbody>${rows}</tbody></table>`;
  return page({ title: m.name, ctx, body, section: null });
}
