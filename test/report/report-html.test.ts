/**
 * The HTML report opened in headless Chromium (Debian `chromium`,
 * playwright-core): self-contained (no request leaves the file), French and
 * accessible (headings, table headers, contrast), summary numbers and both
 * charts in the DOM, a `<script>` in a subject shown as text and never run,
 * print rules applied. A screenshot of the summary (table and charts) is
 * saved under test-results/ (gitignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../store/cli-harness.ts';
import { ROOT } from '../helpers/paths.ts';
import { fixtureStore, type FixtureStore } from './fixture-store.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const SHOTS = path.join(ROOT, 'test-results');

/** WCAG relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((x) => Number(x) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.skipIf(!fs.existsSync(CHROMIUM))('HTML report in headless Chromium', () => {
  let fx: FixtureStore;
  let browser: Browser;
  let page: Page;
  let html: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    fx = await fixtureStore(undefined, 'registre-report-html-');
    const file = path.join(fx.dir, 'rapport.html');
    const r = await cli(fx.dir, 'report', '--format', 'html', '--out', file);
    expect(r.code).toBe(0);
    html = fs.readFileSync(file, 'utf8');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
    fx?.cleanup();
  });

  it('is one self-contained file: inline style and SVG, no script, no external resource', async () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
    expect(html).not.toMatch(/href="(?!#)/);
    expect(html).toContain('Content-Security-Policy');
    expect(await page.locator('style').count()).toBe(1);
    expect(requests).toEqual([]);
  });

  it('shows the summary numbers in the key-figures table', async () => {
    const cell = (key: string) => page.locator(`#summary-table td[data-key="${key}"]`).textContent();
    expect(await cell('documents')).toBe('7');
    expect(await cell('sessions')).toBe('6');
    expect(await cell('deliberations')).toBe('8');
    expect(await cell('findings')).toBe('5');
    expect(await cell('error')).toBe('1');
    expect(await cell('warning')).toBe('4');
    const codes = await page.locator('#by-code-table tbody th').allTextContents();
    expect(codes).toEqual(['TALLY_MISMATCH', 'ACTES_ID_DATE_MISMATCH', 'ATTENDANCE_CHANGED', 'OFFICE_COUNT_CHANGED', 'PROXY_RENEWED']);
    const rate = await page.locator('#attendance-table tbody tr').first().locator('td').allTextContents();
    expect(rate).toEqual(['Commune de Bréval-sur-Ormance', '13', '15', '86,7 %']);
  });

  it('draws the findings-by-code chart and the attendance chart as inline SVG', async () => {
    const bars = page.locator('svg#chart-codes g.bar');
    expect(await bars.count()).toBe(5);
    expect(await page.locator('svg#chart-codes g.bar[data-code="TALLY_MISMATCH"] rect[data-severity="error"]').count()).toBe(1);
    expect(await page.locator('svg#chart-codes g.bar[data-code="PROXY_RENEWED"] rect[data-severity="warning"]').count()).toBe(1);
    const box = await page.locator('svg#chart-codes').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const series = page.locator('svg#chart-attendance g.series');
    expect(await series.count()).toBe(2);
    expect(await page.locator('svg#chart-attendance g.series[data-body="Commune de Bréval-sur-Ormance"]').getAttribute('data-points')).toBe('5');
    expect(await page.locator('svg#chart-attendance g.series polyline').count()).toBe(1); // one point only for the communauté
    expect(await page.locator('svg#chart-attendance title').first().textContent()).toBe('Taux de présence par séance');
    expect(await page.locator('#figure-attendance ul.legend li').allTextContents()).toEqual(['Commune de Bréval-sur-Ormance', "Conseil communautaire de la Communauté de communes du Val d'Ormance"]);
  });

  it('shows a <script> in a subject as text and runs no script', async () => {
    const subject = page.locator('span.subject', { hasText: 'Fête de la musique' });
    expect(await subject.textContent()).toBe("Fête de la musique <script>window.__registreXss = 1</script> – convention avec l'association Ormance Musiques");
    // (page code as strings: the project's TypeScript has no DOM library)
    expect(await page.evaluate('document.querySelectorAll("script").length')).toBe(0);
    expect(await page.evaluate('typeof window.__registreXss')).toBe('undefined');
    expect(errors).toEqual([]);
  });

  it('lists each document with its findings, expected vs read and quoted evidence', async () => {
    const tally = page.locator('li.finding[data-code="TALLY_MISMATCH"]');
    expect(await tally.locator('.badge').textContent()).toBe('Erreur');
    expect(await tally.locator('dl.expect dd').allTextContents()).toEqual(['11', '10']);
    expect(await tally.locator('blockquote.evidence p').first().textContent()).toBe('l. 45POUR : 8');
    const change = page.locator('li.finding[data-code="ATTENDANCE_CHANGED"]');
    expect(await change.getAttribute('data-level')).toBe('session');
    expect(await change.locator('.level').textContent()).toBe('contrôle séance');
    expect(await page.locator('#actes li.finding[data-code="ACTES_ID_DATE_MISMATCH"]').count()).toBe(1);
    expect(await page.locator('#actes-table tbody tr').count()).toBe(2);
    expect(await page.locator('article.document').count()).toBe(7);
  });

  it('is accessible: French, one h1, sections in order, table headers with scope, contrast', async () => {
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h2').evaluateAll((hs) => hs.map((h) => h.id))).toEqual(['h-synthese', 'h-actes', 'h-documents']);
    expect(await page.locator('table:not(:has(caption))').count()).toBe(0);
    expect(await page.locator('thead th:not([scope="col"])').count()).toBe(0);
    expect(await page.locator('svg.chart:not([role="img"])').count()).toBe(0);
    type Pair = { color: string; background: string };
    const colours = (await page.evaluate(`(() => {
      const style = (el) => { const s = getComputedStyle(el); return { color: s.color, background: s.backgroundColor }; };
      return {
        body: { color: getComputedStyle(document.body).color, background: getComputedStyle(document.documentElement).backgroundColor },
        error: style(document.querySelector('.badge.error')),
        warning: style(document.querySelector('.badge.warning')),
        meta: style(document.querySelector('p.meta')),
      };
    })()`)) as Record<'body' | 'error' | 'warning' | 'meta', Pair>;
    expect(contrast(colours.body.color, colours.body.background)).toBeGreaterThanOrEqual(7);
    expect(contrast(colours.error.color, colours.error.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.warning.color, colours.warning.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.meta.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);
  });

  it('saves a screenshot of the summary with its table and charts, and prints (print rules, PDF)', async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const shot = path.join(SHOTS, 'report-summary.png');
    await page.locator('#synthese').screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate('getComputedStyle(document.querySelector("nav.toc")).display')).toBe('none');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });
});
