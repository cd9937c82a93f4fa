/** Home (recent documents), sign-in, and the error page. */
import type { HttpError } from '../../http/http-error.ts';
import { frenchDate, STATUS_LABELS } from '../../report/labels.ts';
import type { DocumentListing } from '../../store/record-store.ts';
import { html } from '../html.ts';
import { page, type PageCtx } from '../layout.ts';

export function homePage(ctx: PageCtx, docs: DocumentListing[]): string {
  const rows = docs.map(
    (d) => html`<tr><th scope="row"><a href="/documents/${d.id}">${d.file}</a></th><td>${d.body ?? '—'}</td><td>${frenchDate(d.session_date)}</td><td>${STATUS_LABELS[d.status]}</td><td class="num">${d.deliberations}</td><td class="num">${d.findings}</td></tr>`,
  );
  const body = html`<h1>Délibérations enregistrées</h1>
  <form method="get" action="/recherche" class="inline" role="search" aria-label="Recherche rapide"><div class="row"><label for="h-q">Rechercher</label><input id="h-q" name="q" type="search"></div><button type="submit">Rechercher</button></form>
  ${ctx.can('upload') ? html`<p><a href="/depot">Déposer des extraits</a></p>` : ''}
  ${docs.length ? html`<table><caption>Dernières séances</caption><thead><tr><th scope="col">Fichier</th><th scope="col">Organe</th><th scope="col">Séance</th><th scope="col">État</th><th scope="col" class="num">Points</th><th scope="col" class="num">Constats</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="none">Aucun document enregistré pour l’instant.</p>`}`;
  return page({ title: 'Accueil', ctx, body, section: 'accueil' });
}

export function loginPage(ctx: PageCtx | null, next: string, error: string | null): string {
  const body = html`<h1>Se connecter</h1>
  <p>Collez le jeton d’accès que l’administrateur vous a remis (rôle greffe, archives ou administration). Il est gardé par votre navigateur dans un cookie réservé à ce site et n’apparaît jamais dans une adresse.</p>
  ${error ? html`<p class="error-box" role="alert">${error}</p>` : ''}
  <form method="post" action="/connexion" class="login">
    <input type="hidden" name="suite" value="${next}">
    <div class="row"><label for="jeton">Jeton d’accès</label><input id="jeton" name="jeton" type="password" autocomplete="current-password" required></div>
    <button type="submit">Se connecter</button>
  </form>`;
  return page({ title: 'Connexion', ctx, body, section: 'connexion' });
}

const TITLES: Record<number, string> = { 400: 'Requête invalide', 401: 'Connexion nécessaire', 403: 'Accès refusé', 404: 'Page introuvable', 413: 'Fichier trop volumineux', 429: 'Trop de requêtes', 503: 'Service indisponible' };

export function errorPage(ctx: PageCtx | null, e: HttpError): string {
  const title = TITLES[e.status] ?? (e.status >= 500 ? 'Erreur du serveur' : 'Erreur');
  const body = html`<h1>${title}</h1><p class="error-box" role="alert">${e.message}</p>
  ${e.status === 401 ? html`<p><a href="/connexion">Se connecter</a></p>` : ''}<p><a href="/">Retour à l’accueil</a></p>`;
  return page({ title, ctx, body, section: null });
}
