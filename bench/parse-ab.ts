/**
 * Old against new parse + check, taking turns in one process (a loaded machine's noise hits both alike): each round
 * times both on the same documents, in CPU time, the order swapped every round; prints each round's ratio
 * old/new and the median. Two sets: generated 5 KB extracts (generate-extracts.ts, as the parse bench makes them)
 * and a sample of fixtures/corpus.
 *
 * node bin/run-ts.js bench/parse-ab.ts OLD_SRC NEW_SRC [ROUNDS=10] [N_5KB=300] [N_CORPUS=300]
 * (OLD_SRC: a copy of an older src/, e.g. `git archive <commit> src | tar -x -C /tmp/old`, then /tmp/old/src)
 *
 * Caution: the copy imported first may run faster or slower for reasons of its own (on 2026-12-02, the same src/ twice
 * gave old/new 0.87 on the 5 KB extracts, and two different ones 0.80 one way round and 0.81 the other): run it a
 * second time with the two roots swapped and take sqrt(ratio₁ / ratio₂), or time each in a process of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateExtract } from './generate-extracts.ts';

const [oldRoot, newRoot, roundsArg = '10', n5Arg = '300', ncArg = '300'] = process.argv.slice(2);
if (!oldRoot || !newRoot) {
  console.error('usage: parse-ab.ts OLD_SRC NEW_SRC [ROUNDS] [N_5KB] [N_CORPUS]');
  process.exit(2);
}
type Parse = (text: string, options: { pages: unknown[] }) => unknown;
type Check = (parsed: unknown, options: { text: string; pages: unknown[] }) => unknown[];

async function analyser(root: string): Promise<(text: string) => number> {
  const { parseText } = (await import(pathToFileURL(path.resolve(root, 'parse/index.ts')).href)) as { parseText: Parse };
  const { checkDocument } = (await import(pathToFileURL(path.resolve(root, 'check/index.ts')).href)) as { checkDocument: Check };
  return (text) => {
    const pages = [{ number: 1, text, method: 'text', confidence: null, ms: 0, rotation: 0 }];
    const joined = pages.map((p) => p.text.trimEnd()).join('\n');
    return checkDocument(parseText(joined, { pages }), { text: joined, pages }).length;
  };
}

const impls = { old: await analyser(oldRoot), new: await analyser(newRoot) };
const five = Array.from({ length: Number(n5Arg) }, (_, i) => generateExtract(8 * 1_000_003 + 500_000 + i, { targetBytes: 4800 }).text);
const corpusDir = 'fixtures/corpus';
const names = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const step = Math.max(1, Math.floor(names.length / Number(ncArg)));
const corpus = names.filter((_, i) => i % step === 0).slice(0, Number(ncArg)).map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').replace(/\r\n?/g, '\n'));
const sets: Record<string, string[]> = { '5kb': five, corpus };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
// warm-up: every pattern compiled and tiered up, the JIT settled
for (const f of Object.values(impls)) for (const docs of Object.values(sets)) for (const t of docs) f(t);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ratios: Record<string, number[]> = {};
const rates: Record<string, { old: number[]; new: number[] }> = {};
for (let r = 0; r < Number(roundsArg); r++) {
  const line: string[] = [];
  for (const [name, docs] of Object.entries(sets)) {
    const t = { old: 0, new: 0 };
    for (const k of r % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) {
      const c0 = cpu();
      for (const d of docs) impls[k](d);
      t[k] = cpu() - c0;
      ((rates[name] ??= { old: [], new: [] })[k]).push(docs.length / t[k]);
    }
    (ratios[name] ??= []).push(t.old / t.new);
    line.push(`${name} ${(t.old / t.new).toFixed(3)}`);
  }
  console.error(`round ${r + 1}: ${line.join('  ')}`);
}
for (const name of Object.keys(sets)) {
  const rs = ratios[name]!;
  console.log(`${name}: median old/new ${median(rs).toFixed(3)} (rounds ${rs.map((x) => x.toFixed(3)).join(' ')}); docs/CPU s old ${median(rates[name]!.old).toFixed(0)}, new ${median(rates[name]!.new).toFixed(0)}`);
}
