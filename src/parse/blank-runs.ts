/**
 * The longest run of spaces and TABs the parser reads: a longer one is cut to this length (its first characters kept).
 *
 * Why: a page laid out by `pdftotext -layout` sets its columns apart by runs of at most a page's width (under 100 in
 * every text the project has measured); a longer run says nothing more about the layout, while many of the parser's
 * patterns try a run of blanks split by split (a label, its blanks, then a colon's blanks or a column's gap), which
 * grows faster than the run: « Présents » then 3,000 spaces took 0.8 s, 6,000 took 4 s. Cut here, every such run costs
 * what 400 blanks cost, whatever the input. Lines are kept (only blanks inside a line go), so line numbers and pages
 * still point at the document's lines.
 */
export const MAX_BLANK_RUN = 400;

const LONG_BLANK_RUN = new RegExp(`[ \\t]{${MAX_BLANK_RUN + 1},}`, 'g');

export function capBlankRuns(text: string): string {
  return text.replace(LONG_BLANK_RUN, (run) => run.slice(0, MAX_BLANK_RUN));
}
