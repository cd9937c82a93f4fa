/**
 * PDFs, page by page: a page with a real text layer is read from it
 * ('pdf-text', columns kept as TABs); a page with no or too little text
 * (a scan, maybe under a thin stamp layer) is rendered at 300 dpi and OCRed
 * ('ocr'). A mixed PDF therefore mixes methods.
 *
 * Limits are checked before the expensive work: compressed streams before
 * opening (pdf-streams.ts), page count right after opening, each scanned
 * page's pixel count before it is rendered.
 */
import type { PageText } from '../domain/index.ts';
import { InputError } from '../errors.ts';
import { checkPixels } from './image-decode.ts';
import { ocrPages } from './ocr-pages.ts';
import { getPdfPage, hasEofMarker, openPdf, pageItems, pagePaintsImage, pageSize } from './pdf-document.ts';
import { createPdftoppmRenderer, RENDER_DPI, type PageRenderer } from './pdf-render.ts';
import { checkCompressedStreams } from './pdf-streams.ts';
import { layoutPageText } from './pdf-text-layout.ts';
import { checkTextChars } from './text-limit.ts';
import type { Extractor } from './types.ts';

/** Fewer inked characters than this: the page is a scan (or blank). */
export const MIN_TEXT_CHARS = 16;
/** Fewer than this over a painted image: a thin layer (stamp) over a scan. */
export const THIN_TEXT_CHARS = 200;

const inked = (s: string) => s.replace(/\s+/g, '').length;

export const pdfExtractor: Extractor = {
  name: 'pdf',
  version: '1',
  kinds: ['pdf'],
  async extract(bytes, file, _kind, ctx) {
    checkCompressedStreams(bytes, file);
    const doc = await openPdf(bytes, file);
    let renderer: PageRenderer | null = null;
    try {
      if (doc.numPages === 0) throw new InputError(file, 'PDF has no pages (0-page document)');
      if (doc.numPages > ctx.limits.maxPages) throw new InputError(file, `too many pages: ${doc.numPages} (limit maxPages ${ctx.limits.maxPages})`);
      const notes: string[] = [];
      if (!hasEofMarker(bytes)) notes.push('no %%EOF end marker: the file may be truncated');
      const pages = new Map<number, PageText>();
      const toOcr: number[] = [];
      let textChars = 0;
      for (let n = 1; n <= doc.numPages; n++) {
        const started = performance.now();
        const page = await getPdfPage(doc, n, file);
        const text = layoutPageText(await pageItems(page, file));
        textChars += text.length;
        checkTextChars(file, textChars, ctx.limits);
        const chars = inked(text);
        const scanned = chars < MIN_TEXT_CHARS || (chars < THIN_TEXT_CHARS && (await pagePaintsImage(page)));
        if (scanned) {
          const size = pageSize(page);
          const px = { width: Math.ceil((size.width * RENDER_DPI) / 72), height: Math.ceil((size.height * RENDER_DPI) / 72) };
          checkPixels(file, n, px, ctx.limits);
          toOcr.push(n);
        } else {
          pages.set(n, { number: n, text, method: 'pdf-text', confidence: null, ms: Math.round(performance.now() - started), rotation: 0 });
        }
        page.cleanup();
      }
      if (toOcr.length > 0) {
        notes.push(`page${toOcr.length > 1 ? 's' : ''} ${toOcr.join(', ')} read by OCR (no usable text layer)`);
        const r = await createPdftoppmRenderer(bytes, file, ctx.limits.ocrPageTimeoutMs);
        renderer = r;
        const done = await ocrPages(file, toOcr, (n) => r.render(n), ctx, notes);
        for (const [n, p] of done) pages.set(n, p);
      }
      return {
        kind: 'pdf',
        pages: [...pages.values()].sort((a, b) => a.number - b.number),
        extractor: this.name,
        extractor_version: this.version,
        notes,
      };
    } finally {
      await renderer?.close();
      await doc.destroy().catch(() => {});
    }
  },
};
