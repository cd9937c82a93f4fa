/**
 * The report's stylesheet, inlined in the page. Text colours are at least
 * 7:1 (body) and 4.5:1 (badges, muted text) against their background;
 * print rules: A4, no page break inside a finding or a table row, charts
 * kept in colour, the table of contents dropped.
 */
export const REPORT_CSS = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; --soft: #f3f4f6; --error: #b3261e; --warning: #8a5300; --info: #1d4f91; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; line-height: 1.45; }
body { margin: 0 auto; max-width: 64rem; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .4rem; }
p.meta, .doc-meta { color: var(--muted); margin: .2rem 0; }
a { color: var(--info); }
a:focus, a:hover { outline: 2px solid var(--info); outline-offset: 2px; }
nav.toc ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
table#summary-table { width: auto; min-width: 22rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
th[scope=row] { font-weight: 600; background: #fafafa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; margin: .75rem 0 1rem; }
figure { margin: 1rem 0; }
figcaption { font-weight: 600; margin-bottom: .4rem; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
svg.chart text { fill: var(--ink); }
svg.chart text.code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; }
svg.chart .grid { stroke: #d9d9d9; stroke-width: 1; }
svg.chart .axis { stroke: var(--ink); stroke-width: 1; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .25rem 0; }
ul.legend svg.marker { vertical-align: middle; margin-right: .3rem; }
.badge { display: inline-block; font-weight: 700; font-size: .78rem; padding: .05rem .45rem; border-radius: .25rem; color: #fff; letter-spacing: .02em; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
.level { font-size: .8rem; color: var(--muted); border: 1px solid var(--line); border-radius: .25rem; padding: 0 .35rem; }
article.document { border-top: 1px solid var(--line); padding-top: .25rem; }
ol.items { margin: .3rem 0 .6rem; padding-left: 1.4rem; }
ul.findings { list-style: none; padding: 0; margin: .4rem 0; }
li.finding { border-left: 4px solid var(--line); padding: .35rem .6rem; margin: .5rem 0; background: #fcfcfc; break-inside: avoid; }
li.finding.error { border-left-color: var(--error); } li.finding.warning { border-left-color: var(--warning); } li.finding.info { border-left-color: var(--info); }
li.finding p { margin: .15rem 0; }
dl.expect { display: grid; grid-template-columns: max-content 1fr; gap: 0 .6rem; margin: .2rem 0; font-size: .92rem; }
dl.expect dt { color: var(--muted); } dl.expect dd { margin: 0; }
blockquote.evidence { margin: .3rem 0 .1rem; padding: .3rem .6rem; background: var(--soft); border-left: 3px solid #8c8c8c; font-size: .9rem; }
blockquote.evidence p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote.evidence .where { color: var(--muted); margin-right: .5rem; }
p.none { color: #2e6b30; font-weight: 600; }
p.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2 { break-after: avoid; } h3, h4 { break-after: avoid; }
  tr, li.finding, figure, blockquote.evidence { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
