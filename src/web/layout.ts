/**
 * The page shell: language, skip link, header with the main navigation,
 * one <main>, footer; stylesheets and scripts from /static only (the
 * Content-Security-Policy forbids inline ones). Navigation shows what the
 * visitor's role allows; the current page is marked with aria-current.
 */
import type { Permission, Principal } from '../http/auth/access.ts';
import { html, type SafeHtml } from './html.ts';

export interface PageCtx {
  principal: Principal;
  can(perm: Permission): boolean;
  /** Path and query of the request (for the sign-in return). */
  path: string;
  /** The server accepts no upload or correction (no token configured). */
  readOnly: boolean;
}

export type Section = 'accueil' | 'depot' | 'recherche' | 'rapport' | 'connexion' | null;

export interface PageSpec {
  title: string;
  ctx: PageCtx | null;
  body: SafeHtml;
  section?: Section;
  styles?: string[];
  scripts?: string[];
}

const ROLE_LABELS = { clerk: 'greffe', archivist: 'archives', admin: 'administration' } as const;

function nav(ctx: PageCtx | null, section: Section): SafeHtml {
  // Shown when the visitor can upload, or could after signing in.
  const canUpload = !ctx || ctx.can('upload') || (!ctx.principal.role && !ctx.readOnly);
  const item = (href: string, label: string, key: Section) =>
    html`<li><a href="${href}"${key === section ? html` aria-current="page"` : ''}>${label}</a></li>`;
  const who = ctx?.principal.role
    ? html`<li class="who">Connecté : ${ROLE_LABELS[ctx.principal.role]}</li><li><form method="post" action="/deconnexion"><button type="submit" class="link">Se déconnecter</button></form></li>`
    : ctx?.readOnly
      ? html`<li class="who">Lecture seule</li>`
      : item(`/connexion?suite=${encodeURIComponent(ctx?.path ?? '/')}`, 'Se connecter', 'connexion');
  return html`<nav aria-label="Navigation principale"><ul>
    ${item('/', 'Accueil', 'accueil')}${canUpload ? item('/depot', 'Déposer', 'depot') : ''}${item('/recherche', 'Rechercher', 'recherche')}${item('/rapport', 'Rapport', 'rapport')}${who}
  </ul></nav>`;
}

export function page(p: PageSpec): string {
  // Page-specific sheets first: the site's own rules win where both set something.
  const styles = [...(p.styles ?? []), '/static/site.css'];
  return (
    '<!DOCTYPE html>\n' +
    html`<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} — registre</title>
${styles.map((s) => html`<link rel="stylesheet" href="${s}">`)}
</head><body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="site"><p class="brand"><a href="/">registre</a> <span>délibérations lues et contrôlées</span></p>${nav(p.ctx, p.section ?? null)}</header>
<main id="contenu" tabindex="-1">${p.body}</main>
<footer class="site"><p>registre — les constats viennent des règles de cohérence (CGCT) appliquées au texte des extraits ; chaque constat cite les lignes lues. <a href="/api/openapi.json">API (OpenAPI)</a></p></footer>
${(p.scripts ?? []).map((s) => html`<script src="${s}" defer></script>`)}
</body></html>`.value +
    '\n'
  );
}
