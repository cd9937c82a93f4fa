import type { GrayImage } from '../../src/ocr/gray-image.ts';

/** Names compared as the corpus does: no case, accents, civility or punctuation. */
export function nameKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^(monsieur|madame|mme|mlle|m\.|mm\.)\s+/i, '')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toUpperCase();
}

export function f1(expected: string[], got: string[]): { f1: number; missing: string[]; extra: string[] } {
  const want = expected.map(nameKey);
  const have = got.map(nameKey);
  const pool = [...have];
  let tp = 0;
  const missing: string[] = [];
  want.forEach((w, i) => {
    const k = pool.indexOf(w);
    if (k >= 0) {
      tp++;
      pool.splice(k, 1);
    } else missing.push(expected[i]!);
  });
  const extra = got.filter((g) => !want.includes(nameKey(g)));
  const p = have.length ? tp / have.length : 0;
  const r = want.length ? tp / want.length : 1;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, missing, extra };
}

/** The top `fraction` of a page (a cheap page for rotation tests). */
export function topOf(img: GrayImage, fraction: number): GrayImage {
  const height = Math.round(img.height * fraction);
  return { width: img.width, height, data: img.data.slice(0, img.width * height) };
}
