/**
 * A « relevé de décisions » laid out as a table, one item per row: its number,
 * its subject, then its vote — in one cell ("| 2019-087 | Approbation du PV |
 * Unanimité |", Markdown or plain pipes) or in columns of figures
 * ("N°  Objet  Pour  Contre  Abst." / "2022-48  Approbation du PV  17  0  0",
 * aligned with spaces). Each row is a deliberation; the lines under a row that
 * open with no number (a member leaving before the next vote) belong to it.
 */
import type { Vote } from '../domain/index.ts';
import { cells } from './presence-table.ts';
import type { Segment } from './segment.ts';
import { SourceText } from './source.ts';
import { findVote } from './votes.ts';

export interface TableItem {
  seg: Segment;
  /** The row's vote, null when its cells state none. */
  vote: Vote | null;
}

type Column = 'number' | 'subject' | 'vote' | 'for' | 'against' | 'abstain' | 'not_voting' | 'voters' | 'other';

const HEADER_CELL: Array<[Column, RegExp]> = [
  ['number', /^(?:n°|no|n\s*°|num[ée]ro|d[ée]lib[ée]ration(?:\s+n°)?|r[ée]f(?:[ée]rence)?\.?)$/],
  ['subject', /^(?:objet|intitul[ée]|sujet|libell[ée])$/],
  ['vote', /^(?:vote|votes|r[ée]sultat(?:\s+du\s+vote)?|d[ée]cision|scrutin)$/],
  ['for', /^pour$/],
  ['against', /^contre$/],
  ['abstain', /^(?:abst\.?|abstentions?)$/],
  // ("NPPV": ne prend pas part au vote)
  ['not_voting', /^(?:n\.?\s?p\.?\s?p\.?\s?v\.?|ne\s+prend(?:nent)?\s+pas\s+part(?:\s+au\s+vote)?)$/i],
  ['voters', /^(?:nombre\s+de\s+)?votants$/],
];

/** An item number opening a row: "2022-48", "2019-087", "12", "DEL-2023-04", "CP-2025-06-114". */
const ROW_NUMBER = /^(?:[A-Z]{1,5}[-_ ]?)?\d{1,4}(?:[-/._]\d{1,4}){0,3}[a-z]?$/;

/** The row's cells, trimmed, each with its offset in the line (presence-table.ts `cells`: pipes, else runs of spaces). */
function cellsOf(line: string, piped: boolean): Array<{ text: string; at: number }> {
  return cells(line, 0, piped).map((c) => ({ text: c.text.trim(), at: c.start + c.text.length - c.text.trimStart().length }));
}

function columnOf(text: string): Column {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [c, re] of HEADER_CELL) if (re.test(t)) return c;
  return 'other';
}

function emptyVote(src: SourceText, start: number, end: number): Vote {
  return {
    for: null,
    against: null,
    abstain: null,
    not_voting: null,
    voters: null,
    expressed: null,
    proxies_included: null,
    unanimous: false,
    unanimity_wording: null,
    secret_ballot: false,
    named: { for: [], against: [], abstain: [], not_voting: [] },
    result: null,
    text: src.norm.slice(start, end).trim(),
    span: src.span(start, end),
  };
}

/**
 * The table of decisions in src[from, to), or null: a header row naming the
 * subject column and a vote column (or the Pour / Contre columns), then two
 * rows or more opening with an item number.
 */
export function findDecisionTable(src: SourceText, from: number, to: number): TableItem[] | null {
  const fold = src.fold;
  if (!/\bobjet\b|\bintitule\b/.test(fold.slice(from, to))) return null;
  const norm = src.norm;
  let lineStart = from === 0 ? 0 : norm.lastIndexOf('\n', from - 1) + 1;
  while (lineStart < to) {
    const lineEnd = norm.indexOf('\n', lineStart) < 0 ? norm.length : norm.indexOf('\n', lineStart);
    const line = norm.slice(lineStart, lineEnd);
    const piped = (line.match(/\|/g)?.length ?? 0) >= 2;
    if (piped || /\S {2,}\S|\t/.test(line)) {
      const cells = cellsOf(line.replace(/\t/g, '  '), piped);
      const cols = cells.map((c) => columnOf(c.text));
      const subject = cols.indexOf('subject');
      const numeric = cols.includes('for') && (cols.includes('against') || cols.includes('abstain'));
      if (subject >= 0 && (cols.includes('vote') || numeric)) {
        // (where the vote column starts, in a table aligned with spaces: its cells are read there on each line of a row)
        const voteAt = !piped && cols.includes('vote') ? cells[cols.indexOf('vote')]!.at : -1;
        const items = readRows(src, lineEnd + 1, to, piped, cols, voteAt);
        if (items.length >= 2) return items;
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/** The vote cell of a line of a table aligned with spaces whose vote column starts near `voteAt`: its offsets in the line. */
function spacedVoteCell(line: string, voteAt: number): { start: number; end: number } | null {
  if (voteAt < 0 || line.length <= voteAt - 4) return null;
  const from = Math.max(0, voteAt - 4);
  const m = /(?:^|\s{2,})(\S.*?)\s*$/.exec(line.slice(from));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  // (the cell opens near the column: not a subject running on past it)
  if (Math.abs(start - voteAt) > 4 && !(start > voteAt && /^\s{2,}/.test(line.slice(start - 2, start)))) return null;
  return { start, end: start + m[1]!.length };
}

function readRows(src: SourceText, from: number, to: number, piped: boolean, cols: Column[], voteAt = -1): TableItem[] {
  const norm = src.norm;
  const items: TableItem[] = [];
  const numberCol = cols.indexOf('number');
  const subjectCol = cols.indexOf('subject');
  const voteCol = cols.indexOf('vote');
  const figures = cols.filter((c): c is 'for' | 'against' | 'abstain' | 'not_voting' | 'voters' => c === 'for' || c === 'against' || c === 'abstain' || c === 'not_voting' || c === 'voters');
  /** The vote cells read on each row's lines (a table aligned with spaces). */
  const voteCells = new Map<TableItem, Array<{ start: number; end: number }>>();
  let at = from;
  let blank = 0;
  while (at < to) {
    const end = norm.indexOf('\n', at) < 0 ? norm.length : norm.indexOf('\n', at);
    let line = norm.slice(at, end);
    // (a table aligned with spaces with a vote column: the vote cell read apart, kept with its row)
    const cell = voteAt >= 0 ? spacedVoteCell(line, voteAt) : null;
    if (cell) line = line.slice(0, cell.start).trimEnd();
    if (!line.trim() && cell && items.length > 0) {
      voteCells.get(items[items.length - 1]!)!.push({ start: at + cell.start, end: at + cell.end });
      items[items.length - 1]!.seg.end = end;
      at = end + 1;
      continue;
    }
    if (!line.trim()) {
      if (++blank > 1 || items.length === 0) break;
      at = end + 1;
      continue;
    }
    blank = 0;
    if (/^[\s|:+=-]+$/.test(line)) {
      at = end + 1;
      continue;
    }
    const row = piped ? cellsOf(line, true) : null;
    let number: string | null = null;
    let subject: { text: string; at: number } | null = null;
    let voteCell: { text: string; at: number } | null = null;
    let counts: number[] | null = null;
    if (row) {
      if ((line.match(/\|/g)?.length ?? 0) < 2) break;
      const num = numberCol >= 0 ? row[numberCol]?.text ?? '' : '';
      // a row's cells wrapped onto the line under it, its number and figures cells empty there ("| 2022-061 | Approbation du
      // procès-verbal de la séance du 7 juillet | 27 | 27 |…" / "|  | 2022 |  |  |…"): the words go on that row's subject
      // (its vote cell wrapped too, "| 2020-031 | Budget primitif 2020 – | Pour : 14 |" / "|  | budget principal … | Contre : 2 |":
      // the row's vote is read from its vote cells together, below)
      const last = items[items.length - 1];
      if (last && numberCol >= 0 && !num && figures.every((c) => !row[cols.indexOf(c)]?.text)) {
        const more = row[subjectCol]?.text ?? '';
        if (more) last.seg.titles = [`${last.seg.titles[0] ?? ''} ${more}`.trim()];
        const wrapped = voteCol >= 0 ? row[voteCol] : undefined;
        if (wrapped?.text) voteCells.get(last)!.push({ start: at + wrapped.at, end: at + wrapped.at + wrapped.text.length });
        last.seg.end = end;
        at = end + 1;
        continue;
      }
      if (numberCol >= 0 && !ROW_NUMBER.test(num)) break;
      number = numberCol >= 0 ? num : null;
      subject = row[subjectCol] ?? null;
      voteCell = voteCol >= 0 ? (row[voteCol] ?? null) : null;
      if (figures.length >= 2) {
        const nums = figures.map((c) => row[cols.indexOf(c)]?.text ?? '');
        if (nums.every((n) => /^\d{1,3}$/.test(n))) counts = nums.map(Number);
      }
    } else {
      // "2022-48   Approbation du procès-verbal …   17       0       0"
      // (or, the table having no number column, the subject then the figures: "Budget primitif 2016 (…)\t10\t0\t0")
      const unnumbered = numberCol < 0 && figures.length >= 2 ? /^(\s*)(.*?\S)(?: {2,}|\t)[ \t]*(\d{1,3}(?:[ \t]+\d{1,3}){1,5})[ \t]*$/.exec(line) : null;
      if (unnumbered) {
        const nums = unnumbered[3]!.split(/[ \t]+/).map(Number);
        if (nums.length === figures.length) {
          subject = { text: unnumbered[2]!, at: unnumbered[1]!.length };
          counts = nums;
        }
      }
      if (!subject) {
        const m = /^(\s*)(\S+)(\s{2,})(.*?\S)(?:\s{2,}(\d{1,3}(?:\s+\d{1,3}){1,5}))?\s*$/.exec(line);
        if (!m || (numberCol >= 0 && !ROW_NUMBER.test(m[2]!))) {
          // a line under a row, opening with no number, is part of that row's item
          if (items.length > 0 && /^\s{2,}\S/.test(line)) {
            items[items.length - 1]!.seg.end = end;
            if (cell) voteCells.get(items[items.length - 1]!)!.push({ start: at + cell.start, end: at + cell.end });
            at = end + 1;
            continue;
          }
          break;
        }
        number = m[2]!;
        subject = { text: m[4]!, at: m[1]!.length + m[2]!.length + m[3]!.length };
        if (m[5]) {
          const nums = m[5].split(/\s+/).map(Number);
          if (nums.length === figures.length) counts = nums;
        }
      }
    }
    if (!subject || !subject.text) break;
    const seg: Segment = { start: at, end, bodyStart: at, number, titles: [subject.text], objet: true };
    let vote: Vote | null = null;
    if (counts) {
      vote = emptyVote(src, at, end);
      figures.forEach((c, i) => (vote![c] = counts![i]!));
      vote.for ??= 0;
      vote.result = vote.for > (vote.against ?? 0) ? 'adopted' : 'rejected';
    } else if (voteCell && voteCell.text) {
      vote = findVote(src, at + voteCell.at, at + voteCell.at + voteCell.text.length);
      if (!vote && /^unanimit[ée]/i.test(voteCell.text)) {
        vote = { ...emptyVote(src, at + voteCell.at, at + voteCell.at + voteCell.text.length), unanimous: true, unanimity_wording: voteCell.text, result: 'adopted' };
      }
    }
    const item = { seg, vote };
    items.push(item);
    voteCells.set(item, cell ? [{ start: at + cell.start, end: at + cell.end }] : voteCell?.text ? [{ start: at + voteCell.at, end: at + voteCell.at + voteCell.text.length }] : []);
    at = end + 1;
  }
  // each row's vote from its cells: a tally first ("Pour 11 – Contre 0 – Abstention 1" under "Adoptée"), else the first
  // statement ("Adoptée à l'unanimité")
  for (const item of items) {
    const parts = voteCells.get(item) ?? [];
    // (a vote cell wrapped over the row's lines, one figure a line — "Pour : 14" / "Contre : 2" / "Abstention : 0" —: its
    // lines read together; a one-line cell's own reading stands)
    if (parts.length > 1 && piped) {
      const joined = cellsVote(src, parts);
      if (joined && joined.for !== null) {
        item.vote = joined;
        continue;
      }
    }
    if (item.vote) continue;
    const votes = parts.map((c) => findVote(src, c.start, c.end)).filter((v): v is Vote => v !== null);
    item.vote = votes.find((v) => v.for !== null) ?? votes[0] ?? null;
  }
  return items;
}

/** The vote stated by the cells `parts` of one row read as one text, one line each; its span covers them, or null. */
function cellsVote(src: SourceText, parts: Array<{ start: number; end: number }>): Vote | null {
  const text = parts.map((c) => src.raw.slice(c.start, c.end)).join('\n');
  const own = new SourceText(text);
  const vote = findVote(own, 0, text.length);
  if (!vote) return null;
  const first = parts[0]!.start;
  const last = parts[parts.length - 1]!.end;
  const span = src.span(first, last);
  // (names read in the cells point at the cells, the joined text being no line of the document)
  const named = Object.fromEntries(Object.entries(vote.named).map(([k, names]) => [k, names.map((n) => ({ ...n, span }))])) as Vote['named'];
  return { ...vote, named, text: src.norm.slice(first, last).trim(), span };
}
