import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'fixtures');

/**
 * The shared labelled corpus (../shared/corpus), when this machine has it.
 * Its texts may not be copied into the repository; tests that read it also
 * have an equivalent on the project's own fixtures.
 */
export function sharedCorpus(): string | null {
  const candidates = [process.env.REGISTRE_CORPUS, path.resolve(ROOT, '../shared/corpus'), '/work/shared/corpus'].filter(Boolean) as string[];
  return candidates.find((c) => fs.existsSync(path.join(c, 'README.md'))) ?? null;
}

export function readFixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}
