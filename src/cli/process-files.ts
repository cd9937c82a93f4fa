/**
 * Runs the in-process pipeline (extract → analyse) over files, with bounded
 * concurrency, yielding each outcome in input order. A bad file becomes a
 * `failed` outcome; the batch goes on.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { ProcessedDocument } from '../domain/index.ts';
import { createExtractor } from '../extract/index.ts';
import { contentHash, failedDocument, processBytes } from '../pipeline.ts';

export interface FileOutcome {
  path: string;
  doc: ProcessedDocument;
}

export async function* processFiles(files: string[], config: Config, concurrency = config.concurrency): AsyncGenerator<FileOutcome> {
  const extractor = createExtractor(config);
  try {
    const results = new Map<number, FileOutcome>();
    let next = 0;
    let emitted = 0;
    const running = new Set<Promise<void>>();
    const start = (i: number) => {
      const p = (async () => {
        const file = files[i]!;
        const name = path.basename(file);
        let doc: ProcessedDocument;
        try {
          const bytes = await fs.readFile(file);
          doc = await processBytes(bytes, name, (b, n) => extractor.extract(b, n));
        } catch (e) {
          doc = failedDocument(contentHash(Buffer.from(file)), name, 0, e);
        }
        results.set(i, { path: file, doc });
      })();
      running.add(p);
      void p.finally(() => running.delete(p));
    };
    while (emitted < files.length) {
      while (next < files.length && running.size < Math.max(1, concurrency)) start(next++);
      if (!results.has(emitted)) await Promise.race(running);
      while (results.has(emitted)) {
        const r = results.get(emitted)!;
        results.delete(emitted);
        emitted++;
        yield r;
      }
    }
  } finally {
    await extractor.close();
  }
}
