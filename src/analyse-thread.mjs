// One analysis thread (analyse-pool.ts): runs the pure `analyse` stage of
// pipeline.ts on the extractions it is sent and posts the results back.
// Plain JavaScript so a worker thread can start it without a TypeScript
// loader; it registers tsx itself to load the stage's modules.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { analyse } = await import('./pipeline.ts');
parentPort.on('message', ({ id, extraction, options }) => {
  try {
    parentPort.postMessage({ id, analysis: analyse(extraction, options) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
parentPort.postMessage({ ready: true });
