/**
 * The report's two charts as inline SVG (no script, no external asset):
 * findings by code (horizontal bars stacked by severity) and attendance rate
 * of each session over time (one line per body, a distinct marker shape per
 * body so colour is not the only cue). Each chart has a <title> and <desc>
 * for screen readers; the same figures are in a table next to it.
 */
import { CODE_LABELS, frenchDate, percent, SEVERITIES, SEVERITY_PLURAL } from '../labels.ts';
import type { AttendancePoint } from '../attendance-series.ts';
import type { ReportSummary } from '../report-summary.ts';
import { esc } from './escape.ts';

/** Severity colours: each ≥ 4.5:1 against white. */
export const SEVERITY_COLOURS = { error: '#b3261e', warning: '#8a5300', info: '#1d4f91' } as const;
/** Body colours for the attendance lines (≥ 3:1 against white). */
const BODY_COLOURS = ['#1d4f91', '#b3261e', '#2e6b30', '#6a3d9a', '#8a5300', '#00606b'];

const n = (x: number) => (Math.round(x * 10) / 10).toString();

export function findingsByCodeChart(rows: ReportSummary['by_code']): string {
  if (rows.length === 0) return '<p class="empty">Aucun constat : pas de graphique.</p>';
  const labelW = 250;
  const barW = 380;
  const rowH = 26;
  const top = 34;
  const width = labelW + barW + 60;
  const height = top + rows.length * rowH + 8;
  const max = Math.max(...rows.map((r) => r.total));
  const legend = SEVERITIES.map((s, i) => `<rect x="${labelW + i * 110}" y="8" width="12" height="12" fill="${SEVERITY_COLOURS[s]}"/><text x="${labelW + i * 110 + 18}" y="18">${SEVERITY_PLURAL[s]}</text>`).join('');
  const bars = rows
    .map((r, i) => {
      const y = top + i * rowH;
      let x = labelW;
      const parts = SEVERITIES.filter((s) => r[s] > 0).map((s) => {
        const w = (r[s] / max) * barW;
        const rect = `<rect x="${n(x)}" y="${y + 4}" width="${n(w)}" height="${rowH - 8}" fill="${SEVERITY_COLOURS[s]}" data-severity="${s}"><title>${esc(r.code)} : ${r[s]} ${SEVERITY_PLURAL[s].toLowerCase()}</title></rect>`;
        x += w;
        return rect;
      });
      return (
        `<g class="bar" data-code="${esc(r.code)}" data-total="${r.total}">` +
        `<text class="code" x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end">${esc(r.code)}</text>` +
        parts.join('') +
        `<text class="count" x="${n(x + 6)}" y="${y + rowH / 2 + 4}">${r.total}</text></g>`
      );
    })
    .join('');
  const desc = rows.map((r) => `${r.code} (${CODE_LABELS[r.code]}) : ${r.total}`).join(' ; ');
  return (
    `<svg id="chart-codes" class="chart" role="img" aria-labelledby="chart-codes-title chart-codes-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="chart-codes-title">Constats par code et par gravité</title><desc id="chart-codes-desc">${esc(desc)}</desc>` +
    legend +
    bars +
    '</svg>'
  );
}

const days = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

function marker(shape: number, x: number, y: number, colour: string, label: string): string {
  const t = `<title>${esc(label)}</title>`;
  switch (shape % 4) {
    case 0:
      return `<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="${colour}">${t}</circle>`;
    case 1:
      return `<rect x="${n(x - 4)}" y="${n(y - 4)}" width="8" height="8" fill="${colour}">${t}</rect>`;
    case 2:
      return `<path d="M${n(x)} ${n(y - 5)} L${n(x + 5)} ${n(y + 4)} L${n(x - 5)} ${n(y + 4)} Z" fill="${colour}">${t}</path>`;
    default:
      return `<path d="M${n(x)} ${n(y - 5)} L${n(x + 5)} ${n(y)} L${n(x)} ${n(y + 5)} L${n(x - 5)} ${n(y)} Z" fill="${colour}">${t}</path>`;
  }
}

/** Body → colour and marker shape, in first-seen order (the legend uses the same). */
export function bodyStyles(points: readonly AttendancePoint[]): Array<{ body: string; colour: string; shape: number }> {
  const bodies = [...new Set(points.map((p) => p.body))];
  return bodies.map((body, i) => ({ body, colour: BODY_COLOURS[i % BODY_COLOURS.length]!, shape: i }));
}

export function legendMarker(shape: number, colour: string): string {
  return `<svg class="marker" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">${marker(shape, 7, 7, colour, '')}</svg>`;
}

export function attendanceChart(points: readonly AttendancePoint[]): string {
  if (points.length === 0) return '<p class="empty">Aucune séance ne déclare à la fois ses présents et ses membres en exercice : pas de graphique.</p>';
  const width = 720;
  const height = 300;
  const m = { l: 84, r: 24, t: 16, b: 70 };
  const first = days(points[0]!.date);
  const last = days(points[points.length - 1]!.date);
  const span = Math.max(1, last - first);
  const x = (iso: string) => (last === first ? (m.l + width - m.r) / 2 : m.l + ((days(iso) - first) / span) * (width - m.l - m.r));
  const y = (rate: number) => m.t + (1 - rate) * (height - m.t - m.b);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((g) => `<line x1="${m.l}" x2="${width - m.r}" y1="${n(y(g))}" y2="${n(y(g))}" class="grid"/><text x="${m.l - 6}" y="${n(y(g) + 4)}" text-anchor="end">${g * 100} %</text>`)
    .join('');
  const dates = [...new Set(points.map((p) => p.date))];
  const step = Math.ceil(dates.length / 10);
  const ticks = dates
    .filter((_, i) => i % step === 0)
    .map((d) => `<text x="${n(x(d))}" y="${height - m.b + 16}" text-anchor="end" transform="rotate(-35 ${n(x(d))} ${height - m.b + 16})">${frenchDate(d)}</text>`)
    .join('');
  const series = bodyStyles(points)
    .map(({ body, colour, shape }) => {
      const pts = points.filter((p) => p.body === body);
      const line = pts.length > 1 ? `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts.map((p) => `${n(x(p.date))},${n(y(p.rate))}`).join(' ')}"/>` : '';
      const marks = pts.map((p) => marker(shape, x(p.date), y(p.rate), colour, `${body} — ${frenchDate(p.date)} : ${p.present}/${p.in_office} (${percent(p.rate)})`)).join('');
      return `<g class="series" data-body="${esc(body)}" data-points="${pts.length}">${line}${marks}</g>`;
    })
    .join('');
  const desc = points.map((p) => `${p.body}, ${frenchDate(p.date)} : ${percent(p.rate)}`).join(' ; ');
  return (
    `<svg id="chart-attendance" class="chart" role="img" aria-labelledby="chart-attendance-title chart-attendance-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="chart-attendance-title">Taux de présence par séance</title><desc id="chart-attendance-desc">${esc(desc)}</desc>` +
    grid +
    `<line x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${height - m.b}" class="axis"/><line x1="${m.l}" x2="${width - m.r}" y1="${height - m.b}" y2="${height - m.b}" class="axis"/>` +
    ticks +
    series +
    '</svg>'
  );
}
