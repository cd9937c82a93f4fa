/**
 * Command-line inputs → document files. A directory means every document
 * file under it (recursively, sorted); label files (.json, .md) and hidden
 * files are not documents.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './command.ts';

const NOT_DOCUMENTS = /\.(?:json|md|markdown|ya?ml)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && !NOT_DOCUMENTS.test(e.name)) out.push(p);
  }
}

export async function collectInputs(args: string[]): Promise<string[]> {
  if (args.length === 0) throw new UsageError('no FILE or DIR given');
  const out: string[] = [];
  for (const a of args) {
    let st;
    try {
      st = await fs.stat(a);
    } catch {
      throw new UsageError(`${a}: no such file or directory`);
    }
    if (st.isDirectory()) await walk(a, out);
    else out.push(a);
  }
  return out;
}
