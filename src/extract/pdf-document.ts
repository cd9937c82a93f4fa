/**
 * Opening a PDF with pdfjs-dist (the build pdf-parse 2 ships) and reading a
 * page's positioned text. Every way a file can be bad becomes an InputError
 * with the cause in plain words: password, truncated, corrupt, no page.
 *
 * pdfjs is used directly rather than through PDFParse.getText() because the
 * text needs item positions (see pdf-text-layout.ts) and the page sizes (for
 * the pixel limit) from the same loaded document.
 */
import { getDocument, OPS, VerbosityLevel, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../errors.ts';
import type { PositionedItem } from './pdf-text-layout.ts';

/** True when "%%EOF" appears in the last KB (a cut download lacks it). */
export function hasEofMarker(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF', 0, 'latin1');
}

export async function openPdf(bytes: Buffer, file: string): Promise<PDFDocumentProxy> {
  const truncated = !hasEofMarker(bytes);
  const task = getDocument({
    // pdfjs takes ownership of (and may detach) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    const name = e instanceof Error ? e.name : '';
    const msg = e instanceof Error ? e.message : String(e);
    if (name === 'PasswordException') throw new InputError(file, 'encrypted PDF: a password is needed to open it');
    if (truncated) throw new InputError(file, `truncated PDF (no %%EOF end marker; ${msg})`);
    if (name === 'InvalidPDFException') throw new InputError(file, `corrupt PDF: ${msg}`);
    throw new InputError(file, `unreadable PDF: ${msg}`);
  }
}

export async function getPdfPage(doc: PDFDocumentProxy, n: number, file: string): Promise<PDFPageProxy> {
  try {
    return await doc.getPage(n);
  } catch (e) {
    throw new InputError(file, `corrupt PDF: page ${n} cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Page size in points, after the page's /Rotate. */
export function pageSize(page: PDFPageProxy): { width: number; height: number } {
  const vp = page.getViewport({ scale: 1 });
  return { width: vp.width, height: vp.height };
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function pageItems(page: PDFPageProxy, file: string): Promise<PositionedItem[]> {
  let items: RawItem[];
  try {
    items = (await page.getTextContent()).items as RawItem[];
  } catch (e) {
    throw new InputError(file, `corrupt PDF: text of page ${page.pageNumber} cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
  const vp = page.getViewport({ scale: 1 });
  const out: PositionedItem[] = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || !it.transform) continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = it.transform;
    const [x, y] = vp.convertToViewportPoint(e, f) as [number, number];
    // Horizontal on the rendered page: the text direction after /Rotate has no y component.
    const [dx, dy] = [vp.transform[0]! * a + vp.transform[2]! * b, vp.transform[1]! * a + vp.transform[3]! * b];
    const size = Math.hypot(c, d) || it.height || 10;
    out.push({ str: it.str, x, y, width: it.width ?? 0, size, horizontal: Math.abs(dy) < 0.01 * Math.abs(dx) && dx > 0 });
  }
  return out;
}

/** True when the page paints at least one image (a scan, possibly under a thin text layer). */
const IMAGE_OPS: number[] = [OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObject];

export async function pagePaintsImage(page: PDFPageProxy): Promise<boolean> {
  try {
    const ops = await page.getOperatorList();
    return ops.fnArray.some((fn) => IMAGE_OPS.includes(fn));
  } catch {
    return false;
  }
}
