/**
 * The upload page: a drop zone holding a real, labelled file input (so the
 * keyboard and screen readers use it as any input), and the list of files
 * being sent and processed, announced politely. The behaviour is in
 * /static/upload.js: one request per file (upload progress), then the job
 * polled until the document is stored. Without JavaScript the form still
 * posts the files to the API.
 */
import { html } from '../html.ts';
import { page, type PageCtx } from '../layout.ts';

const KIND_WORDS = { text: 'texte', pdf: 'PDF', png: 'PNG', jpeg: 'JPEG', tiff: 'TIFF' } as const;

export function uploadPage(ctx: PageCtx, o: { maxBytes: number; maxFiles: number; kinds: ReadonlyArray<keyof typeof KIND_WORDS> }): string {
  const mb = Math.floor(o.maxBytes / 1024 / 1024) || (o.maxBytes / 1024 / 1024).toFixed(1);
  const body = html`<h1>Déposer des extraits de délibérations</h1>
  <form id="depot" method="post" action="/api/documents" enctype="multipart/form-data" data-max-bytes="${o.maxBytes}">
    <div id="dropzone" class="dropzone">
      <p class="drop-title">Glissez-déposez vos fichiers ici</p>
      <label for="files">ou choisissez-les : fichiers à déposer</label>
      <input type="file" id="files" name="files" multiple aria-describedby="depot-aide" accept=".txt,.text,.pdf,.png,.jpg,.jpeg,.tif,.tiff,text/plain,application/pdf,image/png,image/jpeg,image/tiff">
      <p id="depot-aide" class="hint">Types acceptés : ${o.kinds.map((k) => KIND_WORDS[k]).join(', ')} (reconnus au contenu du fichier). ${mb} Mo au plus par fichier, ${o.maxFiles} fichiers au plus par envoi. Un même fichier déposé deux fois n’est lu qu’une fois.</p>
    </div>
    <noscript><button type="submit">Envoyer</button></noscript>
  </form>
  <section aria-labelledby="h-suivi"><h2 id="h-suivi">Suivi des dépôts</h2>
    <p id="uploads-empty" class="none">Aucun fichier déposé pour l’instant.</p>
    <ul id="uploads" class="uploads" aria-live="polite" aria-relevant="additions text"></ul>
  </section>`;
  return page({ title: 'Dépôt', ctx, body, section: 'depot', scripts: ['/static/upload.js'] });
}
