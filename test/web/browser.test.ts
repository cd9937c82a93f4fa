/**
 * The web pages in headless Chromium (Debian `chromium`, playwright-core)
 * against the real server (in-process processing, SQLite), on a
 * 1366×768 laptop screen: sign in, upload through the drop zone's input
 * and watch each file's progress, open a document and see its findings
 * highlighted on the lines they cite, correct a count through the form,
 * search by member, open a member's page and the report. Along the way:
 * no script error, no CSP violation, no dialog (a `<script>` subject stays
 * text), labelled fields, landmarks, no horizontal scrolling. Screenshots
 * go to test-results/ (gitignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import { startServer, TOKENS, type TestServer } from '../http/helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const SHOTS = path.join(ROOT, 'test-results');

describe.skipIf(!fs.existsSync(CHROMIUM))('web pages in headless Chromium', () => {
  let s: TestServer;
  let browser: Browser;
  let page: Page;
  let tmp: string;
  const problems: string[] = [];
  const shot = (name: string, fullPage = false) => page.screenshot({ path: path.join(SHOTS, `web-${name}.png`), fullPage });

  /** Every visible form field has a label; the page has its landmarks and does not scroll sideways. */
  async function checkAccessible() {
    // A string: it runs in the page (this file is type-checked without the DOM library).
    const report = (await page.evaluate(`(() => {
      const unlabelled = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter((e) => !e.labels?.length && !e.getAttribute('aria-label'))
        .map((e) => e.outerHTML.slice(0, 80));
      return {
        unlabelled,
        landmarks: ['header', 'nav', 'main', 'footer'].filter((t) => document.querySelector(t)),
        lang: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    })()`)) as { unlabelled: string[]; landmarks: string[]; lang: string; h1: number; overflow: number };
    expect(report.unlabelled).toEqual([]);
    expect(report.landmarks).toEqual(['header', 'nav', 'main', 'footer']);
    expect(report.lang).toBe('fr');
    expect(report.h1).toBe(1);
    expect(report.overflow).toBeLessThanOrEqual(0);
  }

  /** WCAG contrast of each selector's text against its (first opaque ancestor's) background. */
  async function contrasts(selectors: string[]): Promise<Record<string, number>> {
    return (await page.evaluate(`((selectors) => {
      const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const bg = (e) => {
        for (let n = e; n; n = n.parentElement) {
          const c = rgb(getComputedStyle(n).backgroundColor);
          if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out = {};
      for (const sel of selectors) {
        const e = document.querySelector(sel);
        if (!e) { out[sel] = 0; continue; }
        const [a, b] = [lum(rgb(getComputedStyle(e).color).slice(0, 3)), lum(bg(e))].sort((x, y) => y - x);
        out[sel] = Math.round(((a + 0.05) / (b + 0.05)) * 10) / 10;
      }
      return out;
    })(${JSON.stringify(selectors)})`)) as Record<string, number>;
  }

  beforeAll(async () => {
    s = await startServer();
    fs.mkdirSync(SHOTS, { recursive: true });
    tmp = fs.mkdtempSync(path.join(s.dir, 'uploads-'));
    const hostile = fs
      .readFileSync(path.join(FIXTURES, 'rules/clean-session.txt'), 'utf8')
      .replace('OBJET : Subvention à l’association des parents d’élèves', 'OBJET : Subvention <script>alert("x")</script> aux parents d’élèves');
    fs.writeFileSync(path.join(tmp, 'objet-hostile.txt'), hostile);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'fr-FR' });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('signs in with a clerk token (the sign-in page sends back to the page asked for)', async () => {
    await page.goto(`${s.url}/depot`);
    expect(new URL(page.url()).pathname).toBe('/connexion');
    await checkAccessible();
    await page.getByLabel('Jeton d’accès').fill(TOKENS.clerk);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${s.url}/depot`);
    await expect(page.locator('header nav .who').textContent()).resolves.toContain('greffe');
  });

  it('uploads three files through the drop zone’s input and shows each one’s progress to the end', async () => {
    await checkAccessible();
    const files = [path.join(FIXTURES, 'rules/present-count-mismatch.txt'), path.join(FIXTURES, 'pdf/commune-2025-01-14.text.pdf'), path.join(tmp, 'objet-hostile.txt')];
    await page.locator('#dropzone input[type=file]').setInputFiles(files);
    const rows = page.locator('#uploads li');
    await expect.poll(() => rows.count()).toBe(3);
    // Each row has a progress bar that moves and a state that ends "completed".
    const states = new Set<string>();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const now = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state') ?? ''));
      now.forEach((x) => states.add(x));
      if (now.every((x) => x === 'completed' || x === 'failed')) break;
      await page.waitForTimeout(100);
    }
    const final = await rows.evaluateAll((lis) => lis.map((li) => ({ state: li.getAttribute('data-state'), value: (li.querySelector('progress') as unknown as { value: number }).value, text: li.textContent })));
    expect(final.map((r) => r.state), JSON.stringify(final)).toEqual(['completed', 'completed', 'completed']);
    expect(final.every((r) => r.value === 100)).toBe(true);
    expect(final[0]!.text).toMatch(/Terminé — \d+ constat\(s\)/);
    expect([...states].some((x) => x !== 'completed')).toBe(true); // progress was shown before the end
    await expect(page.locator('#uploads-empty').isHidden()).resolves.toBe(true);
    await shot('upload');
  });

  it('opens the document: findings highlighted on the lines they cite, fields on theirs', async () => {
    await page.locator('#uploads li[data-file="present-count-mismatch.txt"] a', { hasText: 'Voir le document' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f]{64}$/);
    await checkAccessible();
    const finding = page.locator('.side-pane li.finding[data-code="PRESENT_COUNT_MISMATCH"]');
    await expect(finding.isVisible()).resolves.toBe(true);
    const marked = page.locator('ol.source li.mark-error[data-findings~="PRESENT_COUNT_MISMATCH"]');
    await expect(marked.count()).resolves.toBeGreaterThan(0);
    await expect(marked.first().locator('.tag.error').allTextContents()).resolves.toContainEqual(expect.stringContaining('PRESENT_COUNT_MISMATCH'));
    const bg = await marked.first().evaluate('(e) => getComputedStyle(e).backgroundColor');
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await expect(page.locator('ol.source li[data-fields~="session.date"]').count()).resolves.toBeGreaterThan(0);
    // The finding's evidence link jumps to its line.
    const link = finding.locator('.evidence a').first();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    expect(new URL(page.url()).hash).toBe(target);
    await expect(page.locator(`${target}:target`).count()).resolves.toBe(1);
    await expect(page.locator('#h-attendance').isVisible()).resolves.toBe(true);
    await expect(page.locator('table.votes tbody tr').count()).resolves.toBe(1);
    // Text stays readable on the highlighted lines and in the tags and badges (WCAG AA: 4.5:1).
    const ratios = await contrasts(['ol.source li.mark-error .tx', 'ol.source li.mark-error .ln', 'ol.source li.mark-field .tx', '.tag.error', '.tag.field', '.badge.error', 'header.site nav a', '.meta', 'dl.fields dd .where a']);
    for (const [sel, ratio] of Object.entries(ratios)) expect(ratio, sel).toBeGreaterThanOrEqual(4.5);
    await page.evaluate('window.scrollTo(0, 0)');
    await shot('document');
  });

  it('corrects the present count through the form: logged, re-checked, finding gone', async () => {
    await page.getByLabel('Champ à corriger').selectOption('count:s:present');
    await page.getByLabel(/Nouvelle valeur/).fill('12');
    await page.getByLabel('Raison').fill('liste des présents recomptée');
    await page.getByLabel(/Votre nom/).fill('Mme Greffière');
    await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await page.waitForURL(/\?corrige=1#journal$/);
    await expect(page.locator('.flash').textContent()).resolves.toContain('Correction enregistrée');
    await expect(page.locator('li.finding[data-code="PRESENT_COUNT_MISMATCH"]').count()).resolves.toBe(0);
    const row = page.locator('table.events tr[data-type="corrected"]');
    await expect(row.textContent()).resolves.toMatch(/corrigé.*http:clerk:[0-9a-f]{10}.*Mme Greffière.*13 → 12/s);
  });

  it('searches by member and status: both sessions listing her, her part in each shown', async () => {
    await page.goto(`${s.url}/recherche`);
    await checkAccessible();
    await page.getByLabel('Nom du membre').fill('BENALI');
    await page.getByLabel('Participation').selectOption('present');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/member=BENALI/);
    await expect(page.locator('#result-count').textContent()).resolves.toBe('2 résultat(s)');
    const members = await page.locator('.hit .member').allTextContents();
    expect(members).toHaveLength(2);
    for (const m of members) expect(m).toMatch(/Inès BENALI : présent/);
    await shot('search-member');
    // Words are highlighted in the snippets.
    await page.goto(`${s.url}/recherche?q=subvention`);
    await expect(page.locator('.hit .snippet mark').first().textContent()).resolves.toMatch(/subvention/i);
    await expect(page.locator('.hit h3').allTextContents()).resolves.toContain('Subvention <script>alert("x")</script> aux parents d’élèves');
  });

  it('opens a member’s page from a document’s attendance list', async () => {
    await page.goto(`${s.url}/recherche?member=BENALI`);
    await page.locator('.hit h3 a').first().click();
    await page.locator('.names[data-list="present"] a', { hasText: 'Inès BENALI' }).first().click();
    await page.waitForURL(/\/membres\//);
    await checkAccessible();
    await expect(page.locator('h1').textContent()).resolves.toBe('Inès BENALI');
    await expect(page.locator('table.attendance-history tbody tr').count()).resolves.toBeGreaterThan(0);
    await shot('member');
  });

  it('shows the consistency report with its charts', async () => {
    await page.goto(`${s.url}/rapport`);
    await checkAccessible();
    await expect(page.locator('#summary-table td[data-key="documents"]').textContent()).resolves.toBe('3');
    await expect(page.locator('svg#chart-attendance, #figure-codes svg, #figure-codes p.empty').count()).resolves.toBeGreaterThan(0);
    await shot('report', true);
  });

  it('keyboard: the skip link comes first and the focus is visible', async () => {
    await page.goto(`${s.url}/recherche`);
    await page.keyboard.press('Tab');
    const focused = `({ id: document.activeElement?.id, text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement).outlineStyle })`;
    const first = (await page.evaluate(focused)) as { id: string; text: string; outline: string };
    expect(first.text).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = (await page.evaluate(focused)) as { id: string; text: string; outline: string };
    expect(next.id).toBe('f-q');
    expect(next.outline).not.toBe('none');
  });

  it('met no script error, no CSP violation and no dialog on the way', () => {
    expect(problems).toEqual([]);
  });
});
