/**
 * The document page: the source text (line-numbered, page by page) beside
 * the findings and the fields read, each highlighted where it was read;
 * then attendance, votes, the clerks' corrections (those in conflict with
 * the latest reading first), the event log and — for clerks — the
 * correction form. Two columns on a laptop screen (the text scrolls on its own), one
 * below the other on narrow screens.
 */
import type { z } from 'zod';
import type { DocumentResponse } from '../../http/api-schemas.ts';
import { frenchDate, STATUS_LABELS } from '../../report/labels.ts';
import { correctionTargets } from '../correction-form.ts';
import { html, type SafeHtml } from '../html.ts';
import { EVENT_LABELS, frenchTime } from '../labels.ts';
import { page, type PageCtx } from '../layout.ts';
import { documentFields, lineMarks } from './document-marks.ts';
import { attendanceSection, fieldsPanel, findingsPanel, votesTable } from './record-sections.ts';
import { sourceView } from './source-view.ts';

type View = z.infer<typeof DocumentResponse>;

function eventDetail(e: View['events'][number]): string {
  const d = e.detail;
  if (typeof d.note === 'string') return d.note;
  if (e.type === 'checked') return `${d.findings ?? 0} constat(s)${Array.isArray(d.codes) && d.codes.length ? ` : ${d.codes.join(', ')}` : ''}`;
  if (e.type === 'extracted') return `${d.pages ?? '?'} page(s), ${Array.isArray(d.methods) ? d.methods.join(', ') : ''}`;
  if (e.type === 'failed') return String(d.error ?? '');
  if (e.type === 'ingested') return String(d.file ?? '');
  if (e.type === 'parsed') return `${d.deliberations ?? 0} point(s), analyseur ${d.parser_version ?? ''}`;
  return Object.entries(d).map(([k, v]) => `${k} : ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' · ');
}

function eventLog(events: View['events']): SafeHtml {
  return html`<table class="events"><caption>Journal du document (le plus ancien d’abord)</caption>
  <thead><tr><th scope="col">Date</th><th scope="col">Événement</th><th scope="col">Par</th><th scope="col">Détail</th></tr></thead>
  <tbody>${events.map((e) => html`<tr data-type="${e.type}"><td>${frenchTime(e.at)}</td><td>${EVENT_LABELS[e.type] ?? e.type}</td><td><code>${e.actor}</code></td><td>${eventDetail(e)}</td></tr>`)}</tbody></table>`;
}

const shown = (v: unknown) => (v === null || v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v));

function correctionList(corrections: View['corrections']): SafeHtml {
  const ordered = [...corrections.filter((c) => c.status === 'conflict'), ...corrections.filter((c) => c.status !== 'conflict')];
  return html`<table class="events corrections"><caption>Corrections gardées et réappliquées à chaque retraitement</caption>
  <thead><tr><th scope="col">Date</th><th scope="col">Champ</th><th scope="col">Avant → après</th><th scope="col">Par, raison</th><th scope="col">État</th></tr></thead>
  <tbody>${ordered.map(
    (c) => html`<tr data-status="${c.status}"><td>${frenchTime(c.at)}</td><td><code>${c.path}</code></td><td>${shown(c.from)} → ${shown(c.to)}</td><td>${c.author ?? c.actor} : ${c.reason}</td><td>${c.status === 'conflict' ? html`<strong>en conflit</strong> — ${c.conflict?.message ?? ''}` : 'appliquée'}</td></tr>`,
  )}</tbody></table>`;
}

function correctionForm(v: View): SafeHtml {
  const targets = correctionTargets(v.document);
  const groups = [...new Set(targets.map((t) => t.group))];
  return html`<form method="post" action="/documents/${v.document.id}/correction" class="correct">
    <input type="hidden" name="version" value="${v.updated_at}">
    <p class="hint">La valeur lue reste visible dans le texte ; la correction est enregistrée avec votre rôle, votre nom si vous le donnez, la raison et la date, puis réappliquée à chaque retraitement du document. Les contrôles sont refaits aussitôt.</p>
    <div class="row"><label for="cible">Champ à corriger</label>
    <select id="cible" name="cible" required>${groups.map(
      (g) => html`<optgroup label="${g}">${targets.filter((t) => t.group === g).map((t) => html`<option value="${t.value}">${t.label}${t.current ? ` (actuel : ${t.current})` : ''}</option>`)}</optgroup>`,
    )}</select></div>
    <div class="row"><label for="valeur">Nouvelle valeur <span class="hint">(vide : effacer)</span></label><input id="valeur" name="valeur" autocomplete="off"></div>
    <div class="row"><label for="raison">Raison</label><input id="raison" name="raison" required minlength="3" maxlength="1000"></div>
    <div class="row"><label for="auteur">Votre nom <span class="hint">(facultatif)</span></label><input id="auteur" name="auteur" autocomplete="name" maxlength="200"></div>
    <button type="submit">Enregistrer la correction</button>
  </form>`;
}

export function documentPage(ctx: PageCtx, v: View, flash: string | null): string {
  const d = v.document;
  const s = d.parsed?.session;
  const fields = documentFields(d);
  const lineCount = v.text ? v.text.split('\n').length : 0;
  const marks = lineMarks(fields, d.findings, lineCount);
  const errors = d.findings.filter((f) => f.severity === 'error').length;
  const body = html`
  <h1>${d.file}</h1>
  <p class="meta">${s?.body.name ?? 'organe non identifié'} — séance du ${frenchDate(s?.date ?? null)} — <span class="status ${d.status}">${STATUS_LABELS[d.status]}</span> — ${d.findings.length} constat(s) dont ${errors} erreur(s) — <code title="identifiant (sha256 du fichier)">${d.id.slice(0, 12)}</code></p>
  <p class="actions">${v.has_original ? html`<a href="/api/documents/${d.id}/file">Télécharger l’original</a> · ` : ''}<a href="/api/documents/${d.id}">Données (JSON)</a></p>
  ${flash ? html`<p class="flash" role="status">${flash}</p>` : ''}
  ${d.error ? html`<p class="error-box">${d.error}</p>` : ''}
  <div class="doc-grid">
    <section class="source-pane" aria-labelledby="h-source"><h2 id="h-source">Texte lu</h2>
      ${v.text ? sourceView(v.text, v.pages, marks, d.findings) : html`<p class="none">Aucun texte extrait.</p>`}
    </section>
    <aside class="side-pane" aria-label="Constats et champs lus">
      <section aria-labelledby="h-findings"><h2 id="h-findings">Constats (${d.findings.length})</h2>${findingsPanel(d.findings)}</section>
      <section aria-labelledby="h-fields"><h2 id="h-fields">Champs lus</h2>${fields.length ? fieldsPanel(fields) : html`<p class="none">Aucun champ lu.</p>`}</section>
    </aside>
  </div>
  ${s ? html`<section aria-labelledby="h-attendance"><h2 id="h-attendance">Présences</h2>${attendanceSection(s.attendance, s.body.name)}</section>` : ''}
  ${d.parsed ? html`<section aria-labelledby="h-votes"><h2 id="h-votes">Votes</h2>${votesTable(d)}</section>` : ''}
  ${v.corrections.length ? html`<section id="corrections" aria-labelledby="h-corrections"><h2 id="h-corrections">Corrections (${v.corrections.length}${v.corrections.some((c) => c.status === 'conflict') ? `, dont ${v.corrections.filter((c) => c.status === 'conflict').length} en conflit` : ''})</h2>${correctionList(v.corrections)}</section>` : ''}
  <section id="journal" aria-labelledby="h-journal"><h2 id="h-journal">Journal</h2>${eventLog(v.events)}</section>
  ${d.parsed && ctx.can('correct') ? html`<section id="corriger" aria-labelledby="h-correct"><h2 id="h-correct">Corriger un champ</h2>${correctionForm(v)}</section>` : ''}`;
  return page({ title: d.file, ctx, body, section: null });
}
