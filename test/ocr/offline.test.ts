/**
 * OCR needs no network: the language data comes from the npm packages.
 * The OCR runs in a child process where every way out is cut — a preloaded
 * guard that makes net/tls/http(s)/dns/fetch throw in the main thread and
 * in worker threads, HTTP(S)_PROXY pointing at a closed port, and, where the
 * machine allows it (root), an empty network namespace (`unshare -n`).
 * Canaries in the child prove the guard is active where tesseract.js runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../extract/helpers.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const guard = path.join(root, 'test/ocr/no-network.cjs');
const child = ['--require', guard, path.join(root, 'bin/run-ts.js'), path.join(root, 'test/ocr/offline-child.ts'), path.join(FIXTURES, 'scans/commune-2025-01-14.p1.png')];
const env = { ...process.env, HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9', NO_PROXY: '' };

const canUnshare = spawnSync('unshare', ['-n', 'true']).status === 0;

function runChild(prefix: string[], langs?: string) {
  const [cmd, ...args] = [...prefix, process.execPath, ...child, ...(langs ? [langs] : [])];
  const out = execFileSync(cmd!, args, { cwd: root, env, encoding: 'utf8', timeout: 90_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out.trim().split('\n').pop()!) as { text: string; confidence: number; mainCanary: string; workerCanary: string };
}

describe('OCR offline', () => {
  it('reads French text with the network blocked in every thread', () => {
    const r = runChild([]);
    expect(r.mainCanary).toMatch(/NETWORK BLOCKED: fetch/);
    expect(r.workerCanary).toMatch(/NETWORK BLOCKED: http\.get/);
    expect(r.text).toContain('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS');
    expect(r.text).toContain('Saint-Aubin-des-Prés');
  });

  it('also with fra+eng (both models linked from the npm packages)', () => {
    const r = runChild([], 'fra+eng');
    expect(r.text).toContain('Séance du mardi 14 janvier 2025');
  });

  it('control: under the same guard, a tesseract.js language download fails (so the test above would catch one)', () => {
    const script = `
      import { createWorker } from 'tesseract.js';
      setTimeout(() => { console.log('no error'); process.exit(0); }, 20000);
      createWorker('fra', 1, { langPath: 'https://tessdata.invalid/4.0.0', cacheMethod: 'none',
        errorHandler: (e) => { console.log(String(e)); process.exit(0); } }).catch(() => {});`;
    const out = execFileSync(process.execPath, ['--require', guard, '--input-type=module', '-e', script], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
    expect(out).toMatch(/NETWORK BLOCKED: fetch https:\/\/tessdata\.invalid\/4\.0\.0\/fra\.traineddata\.gz/);
  });

  it.runIf(canUnshare)('and inside an empty network namespace (no interface at all)', () => {
    const r = runChild(['unshare', '-n']);
    expect(r.text).toContain('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS');
  });
});
