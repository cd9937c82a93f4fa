/**
 * Hashes what parse + check make of every text of the corpora, one line per
 * file ("<hash> <path>"), to show that a change of the parser's speed
 * changes none of its output: run it before and after, then `diff` the two
 * files. Each text goes the way `registre eval` takes it (text-decode.ts,
 * line breaks made LF, `documentText`, `parseText`, `checkDocument`); the
 * hash covers the JSON of the parsed document and of the findings.
 *
 * node bin/run-ts.js bench/output-hashes.ts [SRC_ROOT=src] [OUT=-] [DIR…]
 * (default DIRs: fixtures/corpus, fixtures/corpus-pending, fixtures/corpus-ocr/*, ../shared/corpus)
 * SRC_ROOT lets an older copy of src/ (git archive) be hashed by the same script.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [rootArg = 'src', out = '-', ...dirArgs] = process.argv.slice(2);
const root = path.resolve(rootArg);
const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(path.join(root, rel)).href)) as T;
type Parse = (text: string, options: { pages: unknown[] }) => unknown;
type Check = (parsed: unknown, options: { text: string; pages: unknown[] }) => unknown[];
const { parseText } = await load<{ parseText: Parse }>('parse/index.ts');
const { checkDocument } = await load<{ checkDocument: Check }>('check/index.ts');
const { decodeText } = await load<{ decodeText: (b: Buffer) => { text: string } }>('extract/text-decode.ts');

function defaultDirs(): string[] {
  const ocr = 'fixtures/corpus-ocr';
  const sub = fs.existsSync(ocr) ? fs.readdirSync(ocr).map((d) => path.join(ocr, d)).filter((d) => fs.statSync(d).isDirectory()) : [];
  return ['fixtures/corpus', 'fixtures/corpus-pending', ...sub, '../shared/corpus'].filter((d) => fs.existsSync(d));
}

const lines: string[] = [];
const all = crypto.createHash('sha256');
for (const dir of dirArgs.length ? dirArgs : defaultDirs()) {
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const file = path.join(dir, name);
    const text = decodeText(fs.readFileSync(file)).text.replace(/\r\n?/g, '\n');
    const pages = [{ number: 1, text, method: 'text', confidence: null, ms: 0, rotation: 0 }];
    const joined = pages.map((p) => p.text.trimEnd()).join('\n');
    let h: string;
    try {
      const parsed = parseText(joined, { pages });
      const findings = checkDocument(parsed, { text: joined, pages });
      h = crypto.createHash('sha256').update(JSON.stringify(parsed)).update('\0').update(JSON.stringify(findings)).digest('hex').slice(0, 16);
    } catch (e) {
      h = `THROW:${String((e as Error).message).slice(0, 60).replace(/\s+/g, ' ')}`;
    }
    lines.push(`${h} ${file}`);
    all.update(`${h} ${file}\n`);
  }
}
const body = lines.join('\n') + '\n';
if (out === '-') process.stdout.write(body);
else fs.writeFileSync(out, body);
console.error(`${lines.length} files, all: ${all.digest('hex').slice(0, 16)}`);
