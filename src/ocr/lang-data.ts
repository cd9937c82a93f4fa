/**
 * Where Tesseract's language data comes from: the npm packages
 * @tesseract.js-data/<lang> (4.0.0_best_int, the small LSTM model), never a
 * download. For several languages ("fra+eng") the .traineddata.gz files are
 * linked into one folder, since tesseract.js takes a single langPath.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, symlinkSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const MODEL_FOLDER = '4.0.0_best_int';

export class OcrSetupError extends Error {}

/** Path of one language's gzipped model; throws OcrSetupError when missing. */
export function traineddataPath(lang: string): string {
  let pkg: string;
  try {
    pkg = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch {
    throw new OcrSetupError(`OCR language "${lang}" is not installed: add the npm package @tesseract.js-data/${lang}`);
  }
  const file = path.join(pkg, MODEL_FOLDER, `${lang}.traineddata.gz`);
  if (!existsSync(file)) throw new OcrSetupError(`OCR language data missing: ${file}`);
  return file;
}

/** A folder holding `<lang>.traineddata.gz` for every language of "fra+eng". */
export function langPathFor(langs: string): string {
  const list = langs.split('+').filter(Boolean);
  const files = list.map(traineddataPath);
  if (files.length === 1) return path.dirname(files[0]!);
  const key = createHash('sha1').update(files.join('\n')).digest('hex').slice(0, 12);
  const dir = path.join(os.tmpdir(), `registre-tessdata-${key}`);
  mkdirSync(dir, { recursive: true });
  list.forEach((lang, i) => {
    const target = path.join(dir, `${lang}.traineddata.gz`);
    if (existsSync(target)) return;
    try {
      symlinkSync(files[i]!, target);
    } catch {
      copyFileSync(files[i]!, target);
    }
  });
  return dir;
}
