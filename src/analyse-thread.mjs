// One analysis thread (analyse-pool.ts): runs the pure `analyse` stage of
// pipeline.ts on the extractions it is sent and posts the results back.
// Plain JavaScript so a worker thread can start it without a TypeScript
// loader; it registers tsx itself to load the stage's modules.
//
// Told the document's identity, the thread builds the document and posts it
// prepared for the store (store/prepared.ts) as JSON; the analysis as a
// structured clone when it cannot be (the store says why).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { analyse, analysedDocument } = await import('./pipeline.ts');
const { prepareDocument } = await import('./store/prepared.ts');

parentPort.on('message', ({ id, extraction, options, document }) => {
  try {
    const analysis = analyse(extraction, options);
    const json = document ? prepareDocument(analysedDocument(document.id, document.file, document.size, extraction, analysis)) : null;
    parentPort.postMessage(json !== null ? { id, json } : { id, analysis });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
parentPort.postMessage({ ready: true });
