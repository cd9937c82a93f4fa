/**
 * Parts of the document page built from the record: the findings (each
 * linked to the lines it cites), the fields read (each linked to its
 * line), the attendance lists (names link to the member pages) and the
 * votes of each item.
 */
import type { Attendance, Finding, NameRef, ProcessedDocument } from '../../domain/index.ts';
import { CODE_LABELS, SEVERITY_LABELS } from '../../report/labels.ts';
import { html, qs, type SafeHtml } from '../html.ts';
import { euros } from '../labels.ts';
import { voteText, type FieldMark } from './document-marks.ts';

const lineLink = (line: number, page?: number) => html`<a href="#L${line}">${page ? `p. ${page}, ` : ''}l. ${line}</a>`;

export function findingsPanel(findings: readonly Finding[]): SafeHtml {
  if (findings.length === 0) return html`<p class="none">Aucune incohérence relevée.</p>`;
  return html`<ol class="findings">${findings.map(
    (f, i) => html`<li id="constat-${i}" class="finding ${f.severity}" data-code="${f.code}">
      <p><span class="badge ${f.severity}">${SEVERITY_LABELS[f.severity]}</span> <code>${f.code}</code> — ${CODE_LABELS[f.code]}${f.deliberation !== null ? html` <span class="where">(point ${f.deliberation + 1})</span>` : ''}</p>
      <p>${f.message}</p>
      ${f.expected !== null || f.actual !== null ? html`<p class="expect">attendu : <strong>${f.expected ?? '—'}</strong> · lu : <strong>${f.actual ?? '—'}</strong></p>` : ''}
      ${f.evidence.length ? html`<p class="evidence">Lu ${f.evidence.map((e, k) => html`${k ? ', ' : ''}${lineLink(e.line, e.page)}`)}</p>` : ''}
    </li>`,
  )}</ol>`;
}

export function fieldsPanel(fields: readonly FieldMark[]): SafeHtml {
  const groups = [...new Set(fields.map((f) => f.group))];
  return html`${groups.map(
    (g) => html`<h3>${g}</h3><dl class="fields">${fields
      .filter((f) => f.group === g)
      .map((f) => html`<div data-field="${f.key}"><dt>${f.label}</dt><dd>${f.value || '—'}${f.span ? html` <span class="where">${lineLink(f.span.start, f.span.page)}</span>` : ''}</dd></div>`)}</dl>`,
  )}`;
}

function nameLink(n: NameRef, body: string | null): SafeHtml {
  const repaired = n.repaired_from ? html` <span class="note">(lu « ${n.repaired_from} »)</span>` : '';
  const role = n.role ? html` <span class="note">${n.role}</span>` : '';
  return html`<a href="/membres${qs({ nom: n.name, organe: body ?? undefined })}">${n.name}</a>${role}${repaired}`;
}

function names(title: string, list: readonly NameRef[] | null, body: string | null, key: string): SafeHtml {
  const content = list === null ? html`<p class="none">liste non donnée</p>` : list.length === 0 ? html`<p class="none">aucun</p>` : html`<ul>${list.map((n) => html`<li>${nameLink(n, body)}</li>`)}</ul>`;
  return html`<div class="names" data-list="${key}"><h4>${title} ${list ? html`<span class="count">(${list.length})</span>` : ''}</h4>${content}</div>`;
}

export function attendanceSection(a: Attendance, body: string | null): SafeHtml {
  const proxies = a.proxies.length
    ? html`<ul>${a.proxies.map((p) => html`<li>${nameLink(p.giver, body)} → ${p.holder ? nameLink(p.holder, body) : html`<span class="note">mandataire non lu</span>`}${p.scope ? html` <span class="note">(${p.scope})</span>` : ''}</li>`)}</ul>`
    : html`<p class="none">aucune</p>`;
  return html`<div class="attendance">
    ${names('Présents', a.present, body, 'present')}
    ${names('Excusés', a.excused, body, 'excused')}
    ${names('Absents', a.absent, body, 'absent')}
    <div class="names" data-list="proxies"><h4>Procurations <span class="count">(${a.proxies.length})</span></h4>${proxies}</div>
    ${a.substitutions.length ? html`<div class="names"><h4>Suppléances</h4><ul>${a.substitutions.map((s) => html`<li>${nameLink(s.titular, body)} suppléé par ${nameLink(s.substitute, body)}</li>`)}</ul></div>` : ''}
    ${a.staff.length ? names('Autres personnes citées', a.staff, body, 'staff') : ''}
    ${a.partial.length ? html`<div class="names"><h4>Présence partielle</h4><ul>${a.partial.map((p) => html`<li>${p.name} — ${p.note}</li>`)}</ul></div>` : ''}
  </div>`;
}

export function votesTable(doc: ProcessedDocument): SafeHtml {
  const items = doc.parsed?.deliberations ?? [];
  if (items.length === 0) return html`<p class="none">Aucun point lu.</p>`;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));
  return html`<table class="votes"><caption>Vote de chaque point, tel qu’écrit</caption>
  <thead><tr><th scope="col">Point</th><th scope="col">Objet</th><th scope="col" class="num">Pour</th><th scope="col" class="num">Contre</th><th scope="col" class="num">Abst.</th><th scope="col" class="num">NPPV</th><th scope="col" class="num">Votants</th><th scope="col">Résultat</th><th scope="col">Montants</th></tr></thead>
  <tbody>${items.map((d) => {
    const v = d.vote;
    return html`<tr id="point-${d.index + 1}"><th scope="row">${d.index + 1}${d.number ? html`<br><span class="note">n° ${d.number}</span>` : ''}</th><td>${d.subject ?? '(objet non lu)'}${v ? html` <span class="where">${lineLink(v.span.start, v.span.page)}</span>` : ''}</td>
      <td class="num">${n(v?.for)}</td><td class="num">${n(v?.against)}</td><td class="num">${n(v?.abstain)}</td><td class="num">${n(v?.not_voting)}</td><td class="num">${n(v?.voters)}</td>
      <td>${v ? voteText(v) : 'vote non lu'}</td><td>${d.amounts.map((a) => euros(a.cents / 100)).join(' ; ') || '—'}</td></tr>`;
  })}</tbody></table>`;
}
