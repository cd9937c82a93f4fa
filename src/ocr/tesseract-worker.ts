/**
 * One tesseract.js worker, set up the only safe way (STACK.md): language data
 * from the npm packages, gzip, no cache written to the working directory, an
 * errorHandler (without it a worker-side error crashes the process), and a
 * timeout (createWorker never settles when data is missing or corrupt).
 * Page segmentation: PSM 6 (one uniform block) with preserved inter-word
 * spaces keeps every row of a 3-column member list; measured against PSM 3
 * in fixtures/scans/README.md.
 */
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { langPathFor, OcrSetupError } from './lang-data.ts';

export interface WorkerSetup {
  langs: string;
  /** Page segmentation mode; '6' by default. */
  psm?: string;
  createTimeoutMs?: number;
  /** Called with worker-side errors (already turned into rejections). */
  onError?: (e: unknown) => void;
}

export async function createTesseractWorker(setup: WorkerSetup): Promise<Worker> {
  const langPath = langPathFor(setup.langs);
  const timeoutMs = setup.createTimeoutMs ?? 60_000;
  const pending = createWorker(setup.langs.split('+'), OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none',
    errorHandler: (e: unknown) => setup.onError?.(e),
    logger: () => {},
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OcrSetupError(`tesseract.js worker did not start within ${timeoutMs} ms (langs ${setup.langs}, data ${langPath})`)), timeoutMs);
  });
  try {
    const worker = await Promise.race([pending, timeout]);
    await worker.setParameters({
      tessedit_pageseg_mode: (setup.psm ?? PSM.SINGLE_BLOCK) as PSM,
      preserve_interword_spaces: '1',
    });
    return worker;
  } catch (e) {
    // A late start must not leak a thread.
    pending.then((w) => w.terminate()).catch(() => {});
    throw e instanceof Error ? e : new OcrSetupError(`tesseract.js worker failed to start: ${String(e)}`);
  } finally {
    clearTimeout(timer);
  }
}
