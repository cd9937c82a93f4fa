/**
 * Splits the body of a document into deliberations. A deliberation starts
 * at a heading: "OBJET :", "Délibération n° 2024-12", a deliberation code
 * ("2011-02-001", "2017 04 n°01 -", "176-06-09", "2015-01-A3019"), a numbered
 * item ("1. Mayenne Communauté", "I – Port de plaisance", "POINT 1 -") or a
 * title line in capitals. Headings with almost nothing under them (a rubric
 * above a title, an agenda line) merge into the next one: their titles chain
 * into the subject ("Finances – I – Port de plaisance – Budget primitif").
 */
import { memo } from '../memo.ts';
import { normDigits } from './french-numbers.ts';
import { PAGE_LINE } from './page-lines.ts';
import { ocrFigures } from './ocr-letters.ts';
import { linePattern, lineStarts, matchLines, type LinePattern } from './scan.ts';
import { foldText, isSpace, type SourceText } from './source.ts';

export interface Segment {
  start: number;
  end: number;
  /** Where the body text starts (after the heading lines). */
  bodyStart: number;
  number: string | null;
  /** Heading titles, outermost first. */
  titles: string[];
  objet: boolean;
}

interface Head {
  start: number;
  end: number;
  number: string | null;
  title: string;
  objet: boolean;
  strength: number;
  /** A title in capitals run into its text on the same line (CAPS_LEAD). */
  lead?: boolean;
}

const CODE = String.raw`(?:\d{4}-[A-Z]{1,4}-\d{1,5}(?![-_/.]?\d)|[A-Z]{1,4}-?\d{4}[-_/.]\d{2}[-_/.]\d{1,5}[A-Z]?(?![-_/.]?\d)|[A-Z]{1,4}-?\d{4}[-_/.]\d{1,5}(?![-_/.]?\d)|\d{2}-\d{2}-\d{3}(?!\d)|\d{4}[-_/.]\d{2}[-_/.](?:n°\s*)?[A-Z]?\d{1,5}[A-Z]?|\d{4}[-_/.][A-Z]?\d{1,5}[A-Z]{0,3}(?![-_/.]\d)|\d{4}\s\d{2}\s+n°\s*\d{1,4}|\d{1,4}-\d{2}-\d{2}|[A-Z]{1,3}\d{4,}|DCM[\s_-]?\d{4}[-_]\d{1,5}|[A-Z]{1,4}-\d{1,4}\/(?:19|20)\d\d(?![-_/.]?\d))`;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/**
 * Line headings, each tried only on lines whose first character (after
 * blanks) can open it (`linePattern`, scan.ts).
 */
const LINE_PATTERNS: Array<{ re: LinePattern; strength: number; objet?: boolean }> = [
  // (or a spaced dash for the colon: "OBJET - ACQUISITION AMIABLE …")
  { re: linePattern(/^[ \t]*(?:\*\*)?[o0]bjet(?:[ \t]+unique)?[ \t]*(?:\*\*)?(?:[ \t]*:|[ \t]+[-–—](?=[ \t]))[ \t]*(.*)$/gim, (c) => c === 42 || c === 111 || c === 79 || c === 48), strength: 3, objet: true },
  // a numbered object of a Belgian council ("Objet n° 7 : Marché public de travaux", "Objet n° 5 – Régie foncière")
  { re: linePattern(/^[ \t]*objet[ \t]+n[°º][ \t]*(\d{1,3})[ \t]*[-–:][ \t]*(.*)$/gim, (c) => c === 111 || c === 79), strength: 3 },
  // (a number of hyphenated groups without a year is whole, its title on the line below: "DÉLIBÉRATION N° 18-412-1",
  // "Délibération n° 9-2014-041"; not the number "18" and a title "412-1")
  { re: linePattern(new RegExp(String.raw`^[ \t]*(?:-\s*)?d[ée]lib[ée]ration\s*(?:n\s*°|n°|no\.?|nº|n(?=[ \t]+\d))?\s*(${CODE}|\d{1,4}(?:\/\d{2,4}|(?:-\d{1,5}){1,3}(?![-\d]))?|[A-Z]\d+)\b[ \t]*(?:[-–:][ \t]*)?(.*)$`, 'gim'), (c) => c === 45 || c === 100 || c === 68), strength: 3 },
  // a short prefix then a number: "N° 2023-041 – Tarifs", "DEL 2021-09-112 : Fonds de concours", "Délib. n° 12 - Budget", "Affaire n° 2015-04-01 – …"
  // (after a bullet or a table's rule: "| N° 2001-38 – Tarifs", "➢ 2026-002 – Réhabilitation")
  { re: linePattern(new RegExp(String.raw`^[ \t]*(?:[|➢►•▪][ \t]*)?(?:n[°º]|no\.|d[ée]lib\.|(?:del|dcm|dcc|dcs|dcp|dc)(?:\.|(?=[ \t]))|affaire(?=[ \t]))[ \t]*(?:n[°º][ \t]*)?(${CODE}|\d{1,4}(?:\/\d{2,4})?)[ \t]*(?:$|[-–:][ \t]*(\S.{2,200})$)`, 'gim'), (c) => c === 110 || c === 78 || c === 100 || c === 68 || c === 97 || c === 65 || c === 124 || c > 0x2000), strength: 3 },
  // a numbered report of a departmental assembly: "RAPPORT N° CP-2024-06-014", "Rapport n° 24-06-101 – Budget"
  // ("Rapport n° 1.03 – Aide aux communes", "RAPPORT N° CP 24-05-017 – ÉDUCATION", "Rapport n° 1-01 – …"; the degree sign
  // dropped by a document site: "RAPPORT N 3 – Collèges")
  { re: linePattern(new RegExp(String.raw`^[ \t]*rapport[ \t]+n(?:[°º][ \t]*|[ \t]+(?=\d))(${CODE}|[A-Z]{1,4}[ -]\d{2}-\d{2}-\d{1,4}|\d{1,4}(?:[\/.-]\d{1,4})?)[ \t]*(?:$|[-–:][ \t]*(.*)$)`, 'gim'), (c) => c === 114 || c === 82), strength: 3 },
  // an item number then the deliberation's own number: "2 – Délibération n° C2023-202 – Eau potable"
  { re: linePattern(new RegExp(String.raw`^[ \t]*\d{1,2}[ \t]*(?:[.)–-]|\t)[ \t]*d[ée]lib[ée]ration\s*(?:n\s*°|n°|no\.?|nº)\s*(${CODE}|\d{1,4}(?:\/\d{2,4})?)\b[ \t]*(?:[-–:][ \t]*)?(.*)$`, 'gim'), isDigit), strength: 3 },
  // an item number then a code: "1. 2024-061 – Contrat de concession"
  // (or a dash after the item number, the title in sentence case right after the code: "2 – 2018-09 Vote des taux
  // d'imposition"; never a year range, "3 – 2019-2020 …")
  { re: linePattern(new RegExp(String.raw`^[ \t]*\d{1,2}[ \t]*(?:[.)]|[ \t]?[-–])[ \t]*(?!(?:19|20)\d\d-(?:19|20)\d\d\b)(${CODE})[ \t]*(?:$|(?:[-–:][ \t]*|(?<=[ \t])(?=[A-ZÀ-Þ][a-zß-ÿ]))(.*)$)`, 'gm'), isDigit), strength: 3 },
  // a code alone, or followed by a separator and a title ("2019-12-01 : PLAN…"); never a year range ("2025-2028")
  { re: linePattern(new RegExp(String.raw`^[ \t]*(?:[➢►•▪][ \t]*)?(?!(?:19|20)\d\d-(?:19|20)\d\d\b)(${CODE})[ \t]*(?:$|[-–:][ \t]*(.*)$)`, 'gm'), (c) => isDigit(c) || isUpperAscii(c) || c > 0x2000), strength: 3 },
  // a year and a number, then a title in sentence case, no separator: "2023-014 Budget communal – Vote des taux 2023"
  // (or a list of acts' row, its cells apart by TABs: the object's cell up to 140 characters, the decision's after it)
  { re: linePattern(/^[ \t]*((?:19|20)\d\d[-_/.]\d{2,4})(?![-_/.]?\d)[ \t]+(\p{Lu}\p{Ll}[^\n\t]{3,140}(?:\t[^\n]*)?)$/gmu, isDigit), strength: 3 },
  // a code then a title in capitals, no separator: "2023-15 SUBVENTIONS AUX ASSOCIATIONS 2023"
  // (a spaced dash inside the title: "2005-02-036   VENTE DU LOT 3 412 887 – PARC INDUSTRIEL")
  { re: linePattern(new RegExp(String.raw`^[ \t]*(?!(?:19|20)\d\d-(?:19|20)\d\d\b)(${CODE})[ \t]+([A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’]+(?:[ \t]+[A-ZÀ-ÞŒ0-9'’,()«»/–—-]+){1,20})[ \t]*:?[ \t]*$`, 'gm'), (c) => isDigit(c) || isUpperAscii(c)), strength: 3 },
  { re: linePattern(/^[ \t]*(?:point|question)[ \t]+(?:n°[ \t]*)?([\dIVX]+(?:\.[ \t]?\d+)?)[ \t]*(?:[-–:.][ \t]*)?(.*)$/gim, (c) => c === 112 || c === 80 || c === 113 || c === 81), strength: 2 },
  // (after the part of the session it opens: "SÉANCE PUBLIQUE 1- PROCES-VERBAL …", "Séance à huis clos – 12- …")
  // (a long line, its topic up to a colon or a spaced dash, its body after: "3. Nombre des vice-présidents – Sur proposition …")
  // (or a 1 that OCR read as a small l: "l. BUDGET PRIMITIF", "l - Approbation du procès-verbal", "l°) Budget", "l2 - Tarifs")
  {
    re: linePattern(
      /^[ \t]*(?:[Ss][ÉEée](?:ANCE|ance)[ \t]+(?:PUBLIQUE|publique|[ÀAàa][ \t]+(?:HUIS|huis)[ \t-]+(?:CLOS|clos))[ \t]*[-–:]?[ \t]*)?(\d{1,2}(?:[-.]\d{1,2})?|[IVX]{1,5}|l[l\d]?|\dl)[ \t]*(?:°\)?|[.)/]|[ \t]?[-–]|(?<=\d[-.]\d{1,2})(?=[ \t]+[A-ZÀ-Þ]))[ \t]*([A-ZÀ-Þa-zß-ÿ](?:.{2,160}|[^:\n]{2,80}?[ \t]+[:–—][ \t]+.+))$/gm,
      (c) => isDigit(c) || c === 73 || c === 86 || c === 88 || c === 83 || c === 115 || c === 108,
    ),
    strength: 2,
  },
];
const INLINE_PATTERNS: Array<{ re: RegExp; strength: number }> = [
  { re: new RegExp(String.raw`(?<=\s)(\d{4}\s\d{2}\s+n°\s*\d{1,4})\s*[-–]\s*([^.]{3,120}?)(?=\s+(?:Les?|La|Il|Elle|Monsieur|Madame|M\.|Mme|Après|Vu|Considérant|Sur)\s|\s+\d{4}\s\d{2}\s+n°|$)`, 'g'), strength: 3 },
  { re: /(?<=\s)(\d{4}-\d{2}-A\d+)\s+([^.]{3,80}?)(?=\s+(?:il\s+est|[A-Z][a-z]+\s+(?:propos|expos)))/gi, strength: 3 },
  // a Québec resolution's number wherever it stands, its title, then « Il est proposé / résolu » ("… 1.1 Vérification du
  // quorum 2018-05-0112 Ouverture de l assemblée Il est proposé par …")
  { re: /(?<=\s)((?:19|20)\d{2}-\d{2}-\d{3,4})\s+(\p{Lu}[^.;]{3,120}?)(?=\s+Il\s+est\s+(?:propos|résolu|resolu))/gu, strength: 3 },
  // (up to the sentence's end, or where its body opens: "… collectif Mme Odile X, vice-présidente, présente …")
  { re: /(?<=\s)(?:OBJET|Objet)\s*:\s*([^.]{3,160}?)(?=\s+(?:Monsieur|Madame|M\.|Mme|MM\.|Vu|Considérant|Après\s+en\s+avoir|(?:Le|La)\s+(?:Maire|Président|Présidente|Conseil|Comité|Bureau|Rapporteur|Rapporteure)|Il\s+est|Sous\s+la\s+présidence)\s|[.]|$)/g, strength: 3 },
  // one-paragraph minutes (document sites): an item's number or code after a sentence end, a year, the
  // agenda's last line or a page number opening a paragraph, its title (up to another item's heading), then the first words of its body ("… 2019. 1. Approbation du procès-verbal de la séance du 5 février 2019 M. X demande …",
  // "DCC 2021-001 – Approbation du … Le procès-verbal est adopté …", "Point 1 – Budget primitif 2016 M. Y …")
  {
    re: new RegExp(
      String.raw`(?<=(?:^|[.;!?»)]|\d{4}|[Qq]uestions\s+diverses|QUESTIONS\s+DIVERSES|\n[ \t]*\d{1,3})\s+)((?:(?:D[ée]lib[ée]ration|Affaire|Point|DCM|DCC|DEL|DCS)\s+(?:n[°º]\s*)?)?(?:${CODE}|D-\d{1,4}\/(?:19|20)\d\d|\d{1,4}\/(?:19|20)\d\d)|(?:Point\s+)?\d{1,2}(?:\.|\)|°\)|\s[–-]))(?:\s+[–-]|(?<=\d)\s*:)?\s+(\p{Lu}(?:(?!\s(?:D[ée]lib[ée]ration|DCM|DCC|DEL|Point\s+\d)\s)[^.;]){3,140}?)(?=\s+(?:Le|La|Les|L['’]|Il|Elle|Monsieur|Madame|M\.|Mme|MM\.|Aucune?|Après|Vu|Considérant|Sur|Pour|En|Dans|Par|Lors|Suite|Conformément|Rapporteure?|Exposé|Sous\s+la\s+présidence)\s|\s*$)`,
      'gu',
    ),
    strength: 2,
  },
  // an item named by the word « Point » in a paragraph, wherever it stands ("… Election des adjoints POINT 1 - Installation des
  // conseillers municipaux élus le 23 mars 2014 La séance est ouverte …"): the word, its number and a dash tell it
  {
    re: /(?<=\s)((?:POINT|Point)\s+(?:n[°º]\s*)?\d{1,2})\s*[-–]\s+(\p{Lu}(?:(?!\s(?:POINT|Point)\s+\d)[^.;]){3,140}?)(?=\s+(?:Le|La|Les|L['’]|Il|Elle|Monsieur|Madame|M\.|Mme|MM\.|Après|Vu|Considérant|Sur|Conformément|Rapporteure?|Exposé|Sous\s+la\s+présidence)\s|\s*$)/gu,
    strength: 2,
  },
  // a report of a large assembly by its number in a paragraph ("… 4 4 RAPPORT N° 1.01 DIRECTION DES FINANCES …
  // DECISION MODIFICATIVE N° 1 DE L EXERCICE 2019 Monsieur Bruno X, rapporteur, présente …"; the degree sign dropped with
  // the apostrophes by a document site: "RAPPORT N 2 VOIRIE DEPARTEMENTALE Rapporteur : …")
  {
    re: /(?<=\s)((?:RAPPORT|Rapport)\s+[Nn](?:[°º]\s*|\s+(?=\d))\d{1,3}(?:\.\d{1,3})?)\s+(?:[–-]\s+)?(\p{Lu}[^.;]{3,160}?)(?=\s+(?:Le|La|Les|L['’]|Il|Elle|Monsieur|Madame|M\.|Mme|MM\.|Après|Vu|Considérant|Sur|Rapporteure?|Exposé|Sous\s+la\s+présidence)\s|\s*$)/gu,
    strength: 2,
  },
  // … a code after its word whose title could not be told from its body ("Délibération 48/2010 – Tarifs communaux
  // 2011 Concession trentenaire …"): the item still starts there (no title)
  {
    re: new RegExp(String.raw`(?<=(?:^|[.;!?»)]|\d{4})\s+)((?:D[ée]lib[ée]ration|Affaire|DCM|DCC|DEL|DCS)\s+(?:n[°º]\s*)?(?:${CODE}|\d{1,4}\/(?:19|20)\d\d))()(?=\s+[–-]\s+\p{Lu})`, 'gu'),
    strength: 2,
  },
];

/** A title line in capitals: at least two words, few digits, not a known non-item heading. */
const CAPS_LINE = linePattern(/^[ \t]*([A-ZÀ-ÞŒ][A-ZÀ-ÞŒ0-9'’ ,\-–()/&°.]{4,120}?)[ \t]*:?[ \t]*$/gm, (c) => isUpperAscii(c) || (c >= 0xc0 && c <= 0xde) || c === 0x152);
/**
 * A title in capitals run into its text on one line, the line break lost ("FINANCES I – BUDGET PRINCIPAL -
 * AFFECTATION DU RÉSULTAT 2022 Il est proposé au Conseil …"): three words at least, then a sentence's usual opening.
 */
const CAPS_LEAD = linePattern(
  /^[ \t]*([A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]+(?:[ \t]+(?:[A-ZÀ-ÞŒ0-9][A-ZÀ-ÞŒ0-9'’,()/&°.-]*|[–-])){2,20})[ \t]+(?=(?:Il|Elle|Le|La|Les|L['’]|Monsieur|Madame|Vu|Considérant|Après|Sur)[ \t])/gm,
  (c) => isUpperAscii(c) || (c >= 0xc0 && c <= 0xde) || c === 0x152,
);
/** The whole title of a part of one act: its vote, decision, exposé, constitution of the session. */
const ACT_PART = /^(?:resultats?\s+du\s+(?:vote|scrutin)|vote|decision|expose(?:\s+des\s+motifs)?|constitution\s+de\s+la\s+seance)\s*:?$/;
// (nor an outcome in capitals on its line, closing the item above: "LA RÉSOLUTION EST ADOPTÉE À L'UNANIMITÉ.")
const NOT_ITEM =
  /^(?:extrait|registre|proces[- ]verbal|compte[- ]rendu|ordre du jour|seance|session|assemblee|commission permanente|ont repondu|repondent|etaient|etait|assistaient|appel nominal|conseil|republique|departement|commune|mairie|ville|prefecture|presents?|absents?|excuses?|pouvoirs?|procurations?|secretaire|le conseil|scrutin|vote|pour|contre|abstentions?|transcription|sommaire|questions diverses|divers|fin|la seance|decide|decident|delibere|arrete|approuvee?s?|autorise|adopte|dit|vu|considerant|pour extrait|fait et delibere|ainsi fait|certifie|le president|le maire|apres en avoir|expose|rapport|annexe|signe|le secretaire|nombre(?!\s+(?:des?\s+|d')(?:adjoints|vice))|membres|en exercice|votants|resultat|province|municipalite|canada|republique|region|arrondissement|canton|communaute|metropole|syndicat|sivom|sivu|siaep|mrc|comite|bureau|reunion|departement|dont|soit|total|totaux|ne se prononce|ne prend|adoptee?s?|rejetee?s?|unanimite|resolue?s?|copie\s+certifiee|(?:la|cette)\s+(?:resolution|proposition|motion)\s+(?:est|a\s+ete)\s+(?:adoptee|rejetee|battue|retiree))\b/;

/** A title's words: lower case, no diacritics, runs of other characters as one space (whole length). */
const titleWords = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** A title's key: its words, 40 characters (memoised: titles recur). */
const foldTitle = memo((s: string): string => titleWords(s).slice(0, 40));

/** True when one of the four non-blank lines above line `l` is a page's footer (PAGE_LINE). */
function underFooter(src: SourceText, l: number): boolean {
  for (let k = l - 1, seen = 0; k >= 1 && seen < 4; k--) {
    const t = src.lineText(k);
    if (!t.trim()) continue;
    seen++;
    if (/[0-9]/.test(t) && PAGE_LINE.test(t)) return true;
  }
  return false;
}

/**
 * True when the line at `start`, right under a page's footer, repeats a line that heads a page too (the text's first
 * lines, or another line under a footer): the act's heading printed at the top of every page ("… – 1 –" / "" /
 * "Délibération n° CM-2022-003" again), no new item. (An agenda's line repeated as its item's heading is no page head.)
 */
function runningHeader(src: SourceText, start: number): boolean {
  const l = src.lineAt(start);
  const text = src.lineText(l).trim();
  if (text.length < 6 || !underFooter(src, l)) return false;
  for (let j = 1, nonBlank = 0; j < l; j++) {
    const t = src.lineText(j).trim();
    if (!t) continue;
    nonBlank++;
    if (t === text && (nonBlank <= 3 || underFooter(src, j))) return true;
  }
  return false;
}

export function findHeads(src: SourceText, from: number, to: number): Head[] {
  // (a page's form feed before a heading, "\f- Délibération D202322 – …" from pdftotext, is a blank: the heading opens its line)
  // (matched in the OCR-digit view, french-numbers.ts ocrDigits: "Délibération n° 2Ol3-38 - Décision modificative" is act 2013-38;
  // titles are cut from the text as written)
  const norm = normDigits(src.norm);
  const zone = norm.includes('\f') ? norm.slice(from, to).replace(/\f/g, ' ') : norm.slice(from, to);
  const rawZone = src.raw.slice(from, to);
  // titles are cut from the raw text (apostrophes and spaces as written)
  const asWritten = (m: RegExpMatchArray, g: string | undefined) => {
    if (!g) return '';
    const at = m.index! + m[0].lastIndexOf(g);
    return rawZone.slice(at, at + g.length).trim();
  };
  const heads: Head[] = [];
  const add = (h: Head) => {
    if (heads.some((x) => Math.abs(x.start - h.start) < 3 || (h.start >= x.start && h.start < x.end))) return;
    if (runningHeader(src, h.start)) return;
    heads.push(h);
  };
  // "^" also matches where the zone starts: a heading must start a line of the text
  const midLine = (m: RegExpMatchArray) => m.index === 0 && from > 0 && src.norm.charCodeAt(from - 1) !== 10;
  const starts = lineStarts(zone);
  for (const p of LINE_PATTERNS) {
    for (const m of matchLines(zone, starts, p.re)) {
      if (midLine(m)) continue;
      const objet = Boolean(p.objet);
      // (an item's number OCR read with a small l for its 1: "l." is item 1, "l2 -" item 12)
      const number = objet ? null : /^(?:l[l\d]?|\dl)$/.test(m[1]!.trim()) ? ocrFigures(m[1]!.trim()) : m[1]!.trim();
      // (a numbered report's object written after its number: "Rapport n° 1.03 – OBJET : Aide …")
      let title = asWritten(m, objet ? m[1] : m[2]).replace(/^(?:\*\*)?objet\s*(?:\*\*)?\s*:\s*/i, '');
      let end = from + m.index! + m[0].length;
      // (a row of a list of acts, its cells apart by TABs, "2025-003<TAB>Garantie d'emprunt …<TAB>Pour 21 – Contre 4": the
      // object's cell is the title, the decision's cell the item's body)
      if (!objet && title.includes('\t')) {
        const cell = title.slice(0, title.indexOf('\t')).trimEnd();
        const at = m[0].lastIndexOf(title);
        if (cell && at >= 0) {
          end = from + m.index! + at + title.indexOf('\t');
          title = cell;
        }
      }
      // an « Objet : » title wrapped onto the lines under it (see objetWrap)
      if (objet && title !== '') {
        const wrap = objetWrap(rawZone, m.index! + m[0].length, title, m[0].length - m[0].trimStart().length + m[0].trim().indexOf(title.trim()));
        if (wrap) {
          title = `${title.trim()} ${wrap.more}`;
          end = from + wrap.end;
        }
      }
      // "OBJET :" alone, its title on the lines below (a register's margin: "OBJET :" / "Location du logement" / "de l'ancienne école")
      if (objet && title === '') {
        const below = titleBelow(rawZone, m.index! + m[0].length);
        if (below) {
          title = below.title;
          end = from + below.end;
        }
      }
      // (a heading's line that runs into its exposé: "1/ Délibération portant création d'une régie … : le Maire expose")
      // (or a clause of the body after the colon: "1/ Procès-verbal du 17 février 2018 : après lecture par le Maire, Madame",
      // "1/ Procès-verbal du 14 janvier 2017 : il est approuvé sans observation.")
      if (!objet && /\s:\s/.test(title)) title = title.replace(/\s+:\s+(?:(?:il|elle)s?\s+(?:est|sont|a\s+été|ont\s+été)\s+(?:approuv|adopt)é|(?:le|la)\s+(?:maire|pr[ée]sidente?|rapporteure?)\s+(?:expose|pr[ée]sente|rappelle|indique|informe)|(?:M\.|Mme|Monsieur|Madame)\s+\p{Lu}[^\n]*\s(?:expose|pr[ée]sente|rappelle|indique|informe)|apr[èe]s\s+(?:lecture|en\s+avoir|discussion|pr[ée]sentation|examen)(?![\p{L}])|sur\s+proposition\s+d(?:e|u|['’]))[^\n]*$/iu, '');
      // (a posted summary's line, the item and its outcome after a colon: "3 – Demande de DETR 2025 (…) : adopté à l'unanimité.")
      // (the outcome is the item's body: the heading ends before it, so that the item does not chain into the next)
      if (!objet && OUTCOME_AFTER_TITLE.test(title)) {
        title = title.replace(OUTCOME_AFTER_TITLE_REST, '');
        const at = m[0].search(OUTCOME_AFTER_TITLE);
        if (at > 0) end = from + m.index! + at;
      }
      // (a numbered paragraph whose topic ends at a colon, its body after it on the same line: "1. Compte financier 2018 :
      // présenté par la directrice, il fait apparaître … est adopté par 12 voix pour": the topic is the title)
      // (or at a spaced dash: "3. Nombre des vice-présidents – Sur proposition du président, le conseil fixe …")
      if (!objet && p.strength === 2 && title.length > 140) {
        const topic = /^([^:–—\n]{3,80}?)[ \t]+[:–—][ \t]+\S/.exec(title);
        const colon = /^[^:–—\n]*?[ \t]+[:–—][ \t]+/.exec(m[0]);
        if (!topic || !colon) continue;
        end = from + m.index! + colon[0].length;
        title = topic[1]!.trim();
      }
      // a part of the act numbered as the outline numbers it ("III. RÉSULTAT DU VOTE", "b) Décision"): no item of its own
      if (!objet && ACT_PART.test(foldTitle(title))) continue;
      // "Délibération n° 1906201901 du 19 juin 2019" names another act
      if (/^du\s+\d/i.test(title)) continue;
      // a tally table's row naming its act ("Délibération 2011-27      21      17      3      2"): its counts, no title
      if (!objet && /^\d{1,4}(?:\s+\d{1,4})+$/.test(title)) continue;
      // an article of the decision numbered under « DÉCIDE : » ("1. D'approuver le cahier des charges", "2. De choisir …"):
      // part of the act, not an item
      if (!objet && /^(?:d['’]\s?|de\s+)[a-zà-ÿ]+(?:er|ir|re)\b/i.test(title) && /\bd[ée]cide\b[^]{0,400}$/i.test(src.norm.slice(Math.max(0, from + m.index! - 400), from + m.index!))) continue;
      // a numbered title cut after a word that ends no phrase, its rest on the line right under it ("N° 2025-188 – … et
      // approbation du procès-verbal du" / "6 novembre 2025")
      if (!objet && title !== '') {
        const rest = danglingWrap(rawZone, m.index! + m[0].length, title);
        if (rest) {
          title = `${title.trim()} ${rest.more}`;
          end = from + rest.end;
        }
      }
      // "Point n° II. 5 de l'ordre du jour": the item's place, its title on a line below
      const place = /^de\s+l['’]\s?ordre\s+du\s+jour\s*[.:]?$/i.test(title);
      add({ start: from + m.index!, end, number, title: place ? '' : title, objet, strength: p.strength });
    }
  }
  let newlines = 0;
  for (let i = zone.indexOf('\n'); i >= 0; i = zone.indexOf('\n', i + 1)) newlines++;
  const avgLine = zone.length / Math.max(1, newlines + 1);
  if (avgLine > 200) {
    for (const p of INLINE_PATTERNS) {
      p.re.lastIndex = 0;
      for (const m of zone.matchAll(p.re)) {
        const objet = m.length === 2;
        // (the number without the word before it nor its punctuation: "DCC 2021-001", "1." → "2021-001", "1")
        // a part of the act numbered as the outline numbers it ("III. RÉSULTAT DU VOTE", "b) Décision"): no item of its own
        if (!objet && ACT_PART.test(foldTitle(asWritten(m, m[2])))) continue;
        const number = objet ? null : m[1]!.replace(/^(?:(?:D[ée]lib[ée]ration|Affaire|Point|DCM|DCC|DEL|DCS)\s+(?:n[°º]\s*)?)/i, '').replace(/[\s.°)–-]+$/, '');
        add({ start: from + m.index!, end: from + m.index! + m[0].length, number, title: asWritten(m, objet ? m[1] : m[2]), objet, strength: p.strength });
      }
    }
  }
  // a line the page set in bold ("**Tarifs de la salle des fêtes au 1er janvier 2017**", its marks removed): a title
  // (a title of a few words that names a part of the page, "**Divers**", "**Ordre du jour**", is none; "**Rapport de la
  // CLECT – attribution de compensation 2017**" is one)
  for (const l of src.titleLines) {
    const at = src.lineStarts[l - 1];
    if (at === undefined || at < from || at >= to) continue;
    const t = src.raw.slice(at, at + src.lineLength(l)).trim().replace(/\s*:$/, '');
    if (t.replace(/[^A-Za-zÀ-ÿ]/g, '').length < 6 || t.length > 160 || (NOT_ITEM.test(foldTitle(t)) && titleWords(t).split(' ').length <= 3) || ACT_PART.test(foldTitle(t))) continue;
    // (nor a sentence or a label set in bold: "**Le Conseil, après en avoir délibéré, décide :**", "**Vu le code …**")
    if (NOT_TITLE_START.test(titleWords(t)) || /[.;]$/.test(t)) continue;
    add({ start: at, end: at + src.lineLength(l), number: null, title: t, objet: false, strength: 1 });
  }
  for (const b of bulletedItems(src, from, to)) add(b);
  for (const b of topicParagraphs(src, from, to)) add(b);
  for (const m of matchLines(zone, starts, CAPS_LINE)) {
    if (midLine(m)) continue;
    const t = asWritten(m, m[1]);
    const letters = t.replace(/[^A-Za-zÀ-ÿ]/g, '');
    if (letters.length < 6 || /\d{5,}|\d[\s.]\d{3}/.test(t) || t.split(/\s+/).length > 18) continue;
    if (NOT_ITEM.test(foldTitle(t))) continue;
    if (/^(?:M\.|MM\.|MME|MONSIEUR|MADAME)\s/.test(t)) continue;
    // a signature ("R. LAPLAUD", or a surname with its particle: "F. DE BACKER", "J. VAN DER ELST")
    if (/^(?:[A-ZÀ-Þ]\.[-\s]?)+\s*(?:(?:DE|DU|DES|DI|DA|DEL|DELLA|LE|LA|VAN|VON|DER|DEN|TER|EL)\s+){0,2}[A-ZÀ-Þ'’-]+$/.test(t)) continue;
    add({ start: from + m.index!, end: from + m.index! + m[0].length, number: null, title: t.replace(/\s*:$/, ''), objet: false, strength: 1 });
  }
  for (const m of matchLines(zone, starts, CAPS_LEAD)) {
    if (midLine(m)) continue;
    const t = asWritten(m, m[1]);
    const words = t.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
    if (words.length < 3 || t.replace(/[^A-Za-zÀ-ÿ]/g, '').length < 12 || /\d{5,}|\d[\s.]\d{3}/.test(t)) continue;
    if (NOT_ITEM.test(foldTitle(t)) || /^(?:M\.|MM\.|MME|MONSIEUR|MADAME)\s/.test(t)) continue;
    add({ start: from + m.index!, end: from + m.index! + m[0].length, number: null, title: t, objet: false, strength: 1, lead: true });
  }
  heads.sort((a, b) => a.start - b.start);
  // agenda: a title announced earlier and repeated later is the later one
  const seen = new Map<string, number>();
  heads.forEach((h, i) => {
    const k = foldTitle(h.title);
    if (k.length >= 8) {
      const j = seen.get(k);
      if (j !== undefined) heads[j]!.strength = -1;
      seen.set(k, i);
    }
  });
  return heads.filter((h) => h.strength >= 0);
}

/** A paragraph opened by a bullet, a capital after it: "• ÉGLISE SAINT-MARTIN : réfection …", "- Le compte rendu … est approuvé". */
// (or a pointer a post or a newsletter uses: "👉 Budget primitif 2021 : Pour 8 / Contre 2.", "✅", "▶", "➡", "🔹")
const BULLET = String.raw`(?:[-–•▪◦►➢▶➡→◆■]|👉|✅|✔️?|🔹|🔸|📌)`;
const BULLET_LINE = new RegExp(String.raw`^[ \t]*${BULLET}[ \t]+(\p{Lu}[^\n]{3,})$`, 'u');
/** A bulleted paragraph after a blank line, a capital opening it (bulletedItems' gate). */
const BULLET_AFTER_BLANK = new RegExp(String.raw`\n[ \t]*\n[ \t]*${BULLET}[ \t]+\p{Lu}`, 'u');
/** A topic in capitals before a colon, opening a bullet: "BUDGET PRIMITIF 2008 : il s'équilibre …". */
const BULLET_TOPIC = /^([A-ZÀ-ÞŒ][A-ZÀ-ÞŒ0-9'’ ,\-–()/&°.]{3,80}?)[ \t]*:[ \t]/;
/** A sentence bullet's subject, before its verb of decision: "Le compte rendu de la séance du 9 décembre 2021 | est adopté …". */
// (or a colon for the verb: "Approbation du compte rendu du 16 décembre 2014 : approuvé à l'unanimité.")
const BULLET_VERB = /\s+(?:est|sont|a\s+été|ont\s+été)\s+(?:approuvée?s?|adoptée?s?|validée?s?|acceptée?s?|votée?s?|reportée?s?|retirée?s?|rejetée?s?)(?!\p{L})|\s*:\s*(?:approuvée?s?|adoptée?s?|validée?s?|acceptée?s?|votée?s?|rejetée?s?)(?!\p{L})/iu;
/** A topic as written before a colon, opening a bullet: "Fête du 14 juillet : buvette tenue par …". */
const BULLET_TOPIC_WRITTEN = /^(\p{Lu}[^:\n]{3,100}?)[ \t]+:[ \t]/u;
/** An outcome opening the text after a topic's colon: "Pour 8 / Contre 2.", "unanimité.", "adopté par 12 voix", "pas de vote". */
const OUTCOME_FIRST = /^\s*(?:pour\s*:?\s*\d|unanimit|[àa]\s+l['’]\s?unanimit|adopt[ée]|approuv[ée]|rejet[ée]|\d{1,3}\s+(?:voix\s+)?pour\b|pas\s+de\s+vote)/i;
/** A paragraph ending with its outcome: "… Unanimité.", "… 9 pour, 1 contre.", "… adopté." */
const OUTCOME_ENDS = /(?:unanimit[ée]|\d{1,3}\s+(?:voix\s+)?(?:pour|contre|abstentions?)|adopt[ée]e?s?|approuv[ée]e?s?|rejet[ée]e?s?)\s*[.!]?\s*$/i;
/** A numbered bullet's title: "Point 1 – Vente de la coupe de bois n° 12". */
const BULLET_NUMBERED = /^(?:(?:[Pp]oint|POINT|[Qq]uestion)\s+)?(?:n°\s*)?\d{1,2}\s*[-–—:.)]\s*(\p{Lu}[^\n]{3,140}?)\s*$/u;

/**
 * A bulletin's or a web page's short minutes, one bulleted paragraph per item, each after a blank line
 * ("• ÉGLISE SAINT-MARTIN : réfection … Vote : 6 pour, 2 contre." / "" / "• TERRAIN COMMUNAL : … Adopté à l'unanimité."):
 * each bullet is an item, titled by its topic in capitals, its number's title ("• Point 1 – Vente de la coupe de bois")
 * or the subject of its sentence. Only when two titled bullets or more decide; a decision's own bullets ("- d'approuver …",
 * "- Décide …") open with no topic, no number and no subject.
 */
function bulletedItems(src: SourceText, from: number, to: number): Head[] {
  if (!BULLET_AFTER_BLANK.test(src.norm.slice(Math.max(0, from - 8), to))) return [];
  const first = src.lineAt(from);
  const last = src.lineAt(Math.max(from, to - 1));
  const found: Array<Head & { decides: boolean }> = [];
  /** The last line of the bullet paragraph before (a bullet right under it opens the next item too). */
  let paragraphEnd = -1;
  for (let l = first; l <= last; l++) {
    const at = src.lineStarts[l - 1]!;
    // (a zone may start right after the line's bullet, where the list before it stopped: the bullet's line is the zone's)
    if (at < from && src.norm.slice(at, from).trim().length > 2) continue;
    const line = src.norm.slice(at, at + src.lineLength(l));
    const m = BULLET_LINE.exec(line);
    if (!m) continue;
    const afterBullet = paragraphEnd === l - 1;
    // (the paragraph: up to the next blank line or bullet)
    let end = at + line.length;
    let k = l + 1;
    for (; k <= last && src.lineText(k).trim() !== '' && !BULLET_LINE.test(src.lineText(k)); k++) end = src.lineStarts[k - 1]! + src.lineLength(k);
    paragraphEnd = k - 1;
    if (l > 1 && src.lineText(l - 1).trim() !== '' && !afterBullet) continue;
    const lead = /^[ \t]*\S+[ \t]+/.exec(line)![0].length;
    const text = src.raw.slice(at + lead, at + line.length);
    const topic = BULLET_TOPIC.exec(text);
    const numbered = BULLET_NUMBERED.exec(text);
    let title: string | null = null;
    // (the heading ends with its topic or its subject: the rest of the line is the item's body)
    let headEnd = at + line.length;
    if (numbered && !NOT_ITEM.test(foldTitle(numbered[1]!))) {
      title = numbered[1]!.trim();
    } else if (topic && topic[1]!.replace(/[^A-Za-zÀ-ÿ]/g, '').length >= 5 && !NOT_ITEM.test(foldTitle(topic[1]!))) {
      title = topic[1]!.trim();
      headEnd = at + lead + topic[0].length;
    } else {
      const verb = BULLET_VERB.exec(text);
      const subject = verb ? text.slice(0, verb.index).trim() : '';
      if (subject.length >= 8 && !NOT_TITLE_START.test(titleWords(subject).replace(/^(?:le|la|les|l)\s+/, '')) && !NOT_ITEM.test(foldTitle(subject))) {
        title = subject;
        headEnd = at + lead + verb!.index;
      }
    }
    // (or a topic in small letters before a colon, the paragraph ending with its outcome: "• Restauration de la toiture de
    // l'église : devis … retenu pour 23 480 € HT. 9 pour, 1 contre.", "• Bibliothèque : convention … renouvelée. Unanimité.")
    const written = !title ? BULLET_TOPIC_WRITTEN.exec(text) : null;
    // (or its outcome right after the colon: "👉 Budget primitif 2021 : Pour 8 / Contre 2. Fonctionnement 742 000 €, …")
    // (the minutes approved are an item too when the bullet says so: "• Procès-verbal du 10 décembre 2024 : approuvé, …")
    const decidedFirst = written !== null && OUTCOME_FIRST.test(text.slice(written[0].length));
    // (or an outcome inside the paragraph, a remark after it: "✔ Compte administratif 2018 : le maire s'étant retiré, 9 voix
    // pour. Excédent reporté : 64 320 €.")
    const decidedInside = written !== null && OUTCOME.test(src.norm.slice(at + lead + written[0].length, end));
    if (written && (OUTCOME_ENDS.test(src.norm.slice(at, end)) || decidedFirst || decidedInside || OUTCOME.test(lastSentence(src.norm.slice(at, end)))) && (decidedFirst || !NOT_ITEM.test(foldTitle(written[1]!)))) {
      title = written[1]!.trim();
      headEnd = at + lead + written[0].length;
    }
    if (!title) continue;
    found.push({ start: Math.max(at, from), end: headEnd, number: null, title, objet: false, strength: 1, decides: DECIDES.test(src.norm.slice(at, end)) });
  }
  if (found.filter((h) => h.decides).length < 2) return [];
  return found.map(({ decides: _d, ...h }) => h);
}

/** A paragraph opening on its topic as a sentence of a few words: "Licence IV. Le café du bourg sera loué …". */
const TOPIC_SENTENCE = /^[ \t]*(\p{Lu}[^.:;!?\n]{1,50}?)\.[ \t]+(?=\p{Lu})/u;
/** A topic in capitals before a dash: "BUDGET ANNEXE DE LA ZONE ARTISANALE – Une décision modificative …". */
const TOPIC_DASH = /^[ \t]*([A-ZÀ-ÞŒ][A-ZÀ-ÞŒ0-9'’ ,()/&°.-]{2,60}?)[ \t]+[–—-][ \t]+(?=\p{Lu})/u;
/** A paragraph's first line opening on its topic before a colon: "Cantine : nouveaux tarifs à la rentrée". */
const TOPIC_LINE = /^[ \t]*(\p{Lu}[^:\n]{2,60}?)[ \t]+:[ \t]+\S/u;
/** An outcome in a paragraph's last sentence: "… Unanimité.", "Adopté à l'unanimité (15 voix pour, 2 contre : …)." */
const OUTCOME = /unanimit|\b\d{1,3}\s+(?:voix\s+)?(?:pour|contre)\b|\bpour\s*:?\s*\d{1,3}\b|\badopt[ée]e?s?\b|\bapprouv[ée]e?s?\b|\brejet[ée]e?s?\b/i;

/** A paragraph's last sentence, its spaces collapsed ("… pour la réfection. Adopté par 13 voix pour et une abstention."). */
function lastSentence(paragraph: string): string {
  return paragraph.replace(/\s+/g, ' ').trim().replace(/[.!\s]+$/, '').split(/(?<=[.!])\s+(?=\p{Lu})/u).at(-1) ?? '';
}

/**
 * A bulletin's « Échos du conseil »: the session's items as paragraphs after a blank line, each opening on its topic
 * before a colon and closing with its outcome ("Salle omnisports : les entreprises retenues" / "… Unanimité."). Each
 * such paragraph is an item titled by its topic; only when two of them or more close so (a paragraph whose last sentence
 * states no outcome, "Questions diverses : …", is none: it stays in the item before it).
 */
function topicParagraphs(src: SourceText, from: number, to: number): Head[] {
  const zone = src.norm.slice(from, to);
  if (!/\n[ \t]*\n[ \t]*\p{Lu}(?:[^:\n]{2,60}?[ \t]+:[ \t]+\S|[^.:;!?\n]{1,50}?\.[ \t]+\p{Lu}|[^\p{Ll}:\n]{2,60}?[ \t]+[–—-][ \t]+\p{Lu})/u.test(zone) || !OUTCOME.test(zone)) return [];
  const found: Head[] = [];
  const first = src.lineAt(from);
  const last = src.lineAt(Math.max(from, to - 1));
  for (let l = Math.max(2, first); l <= last; l++) {
    const at = src.lineStarts[l - 1]!;
    if (at < from || src.lineText(l - 1).trim() !== '') continue;
    const line = src.norm.slice(at, at + src.lineLength(l));
    // (or a topic standing as a sentence of its own, a few words before a full stop: "Cantine. Le prix du repas passe à
    // 3,10 €. 13 voix pour, 1 contre.")
    // (or in capitals before a dash: "TARIFS 2020 – La salle des fêtes reste à 250 € le week-end. Unanimité.")
    const topic = TOPIC_LINE.exec(line);
    const sentence = topic ? null : (TOPIC_SENTENCE.exec(line) ?? TOPIC_DASH.exec(line));
    if (sentence && sentence[1]!.trim().split(/\s+/).length > 6) continue;
    const m = sentence ?? topic;
    // (nor a vote's label: "Votes : Pour : 25 – Contre : 2", "Résultat du vote : …")
    // (the minutes approved are an item too when the sentence after the topic says so: "Compte rendu du 4 avril. Approuvé à
    // l'unanimité.")
    const decidedFirst = sentence !== null && OUTCOME_FIRST.test(line.slice(sentence.index + sentence[0].length));
    if (!m || (!decidedFirst && NOT_ITEM.test(foldTitle(m[1]!))) || NOT_TITLE_START.test(titleWords(m[1]!)) || /^(?:votes?|vote\s+\w+|scrutin|resultats?(?:\s+du\s+(?:vote|scrutin))?|decisions?)$/.test(titleWords(m[1]!))) continue;
    let end = at + line.length;
    for (let k = l + 1; k <= last && src.lineText(k).trim() !== ''; k++) end = src.lineStarts[k - 1]! + src.lineLength(k);
    if (!OUTCOME.test(lastSentence(src.norm.slice(at, end)))) continue;
    // (the whole line when it is a title, short and standing alone above a sentence: "Cantine : nouveaux tarifs à la
    // rentrée" / "Le prix du repas …"; else the topic: "Chemin de Kergoat : une servitude … au profit de la parcelle")
    if (sentence) {
      const start = at + line.indexOf(sentence[1]!);
      found.push({ start: at, end: start + sentence[1]!.length, number: null, title: src.raw.slice(start, start + sentence[1]!.length).trim(), objet: false, strength: 1 });
      continue;
    }
    const whole = line.trim().length <= 70 && !/[.;,!?]\s*$/.test(line) && /^[ \t]*\p{Lu}\p{Ll}/u.test(src.lineText(l + 1));
    const title = whole ? src.raw.slice(at, at + line.length).trim() : src.raw.slice(at, at + line.length).trim().replace(/[ \t]+:[ \t]+[^]*$/, '');
    found.push({ start: at, end: whole ? at + line.length : at + line.indexOf(m[1]!) + m[1]!.length, number: null, title, objet: false, strength: 1 });
  }
  return found.length >= 2 ? found : [];
}

/**
 * The title written on the lines right below a bare "OBJET :" (from `at`, the
 * end of that line in `s`): up to three short lines of text, up to a blank
 * line, a label ("Rapporteur :"), a line that is no text ("»", "| SÉANCE …")
 * or a sentence's end. Null when the next line is none of the title's.
 */
function titleBelow(s: string, at: number): { title: string; end: number } | null {
  const parts: string[] = [];
  let end = at;
  let p = at;
  for (let k = 0; k < 3 && p < s.length && s.charCodeAt(p) === 10; k++) {
    const nl = s.indexOf('\n', p + 1);
    const lineEnd = nl < 0 ? s.length : nl;
    const line = s.slice(p + 1, lineEnd).trim();
    if (line.length < 3 || line.length > 100 || !/^[\p{L}«(\d]/u.test(line) || /^[\p{L}' ’]{2,30}\s*:/u.test(line)) break;
    parts.push(line);
    end = lineEnd;
    p = lineEnd;
    if (/[.;:]$/.test(line)) break;
  }
  const title = parts.join(' ').replace(/\s*[.:;]$/, '');
  return title.length >= 6 ? { title, end } : null;
}

/**
 * The lines an « Objet : » title wraps onto, from `at` (its line's end) in `s`: up to three lines, none blank, each
 * aligned under the title's first word (`col`, "║ OBJET : Tarifs d'entrée … –" / "║         saison estivale 2026"), or
 * in capitals under a title in capitals ("OBJET : CONVENTION DE MISE À DISPOSITION DES" / "ÉQUIPEMENTS SPORTIFS …"), or
 * opening in lower case ("… au lieu-dit" / "de la Caze"). A label ("Rapporteur : …"), a sentence's end or a heading's
 * number stops it; a title ending in a full stop or a colon does not wrap. Null when nothing wraps.
 */
function objetWrap(s: string, at: number, title: string, col: number): { more: string; end: number } | null {
  const parts: string[] = [];
  let last = title.trim();
  let end = at;
  let p = at;
  for (let k = 0; k < 3 && p < s.length && s.charCodeAt(p) === 10; k++) {
    if (/[.;:!?]$/.test(last) || last.length > 200) break;
    const nl = s.indexOf('\n', p + 1);
    const lineEnd = nl < 0 ? s.length : nl;
    const raw = s.slice(p + 1, lineEnd);
    const line = raw.trim();
    if (line.length < 2 || line.length > 140 || /^[\p{L}' ’.]{2,40}\s*:/u.test(line) || /^(?:[-–•*]|\d{1,4}\s*[-–./)]\s|[IVX]{1,4}\s*[-–.)]\s)/.test(line)) break;
    const indent = raw.length - raw.trimStart().length;
    const aligned = col >= 4 && Math.abs(indent - col) <= 1;
    const capitals = mostlyUpper(last) && mostlyUpper(line);
    if (!aligned && !capitals && !/^[a-zß-ÿ«(]/.test(line)) break;
    // (the page's next part in capitals or the item's text: "LE CONSEIL MUNICIPAL,", "SÉANCE DU 12 MAI 2015", "VU le code …")
    if (!aligned && (/[.;:]$/.test(line) || NOT_WRAP.test(foldText(line)))) break;
    parts.push(line);
    last = line;
    end = lineEnd;
    p = lineEnd;
  }
  return parts.length ? { more: parts.join(' '), end } : null;
}

/**
 * The line right under a title that stops on a preposition or an article ("… approbation du procès-verbal du"): the
 * title's rest, when short and itself no heading, label or sentence of the body. Null otherwise (a blank line between).
 */
function danglingWrap(s: string, at: number, title: string): { more: string; end: number } | null {
  if (s.charCodeAt(at) !== 10 || !/\s(?:du|de|des|la|le|les|au|aux|à|a|en|et|pour|sur|par|d['’]|l['’])$/i.test(title.trimEnd())) return null;
  const nl = s.indexOf('\n', at + 1);
  const lineEnd = nl < 0 ? s.length : nl;
  const line = s.slice(at + 1, lineEnd).trim();
  if (line.length < 2 || line.length > 80 || /^[\p{L}' ’.]{2,40}\s*:/u.test(line) || /^(?:[-–•*]|\d{1,4}\s*[-–./)]\s|[IVX]{1,4}\s*[-–.)]\s)/.test(line)) return null;
  if (/[;:]$/.test(line) || NOT_WRAP.test(foldText(line))) return null;
  return { more: line.replace(/\.$/, ''), end: lineEnd };
}

/** First words (folded) of a line that is no part of a wrapped title. */
const NOT_WRAP = /^(?:objet|article|vu|considerant|apres|le\s+conseil|la\s+commission|le\s+comite|le\s+bureau|decide|seance|session|extrait|registre|deliberation|compte[- ]rendu|proces|nombre|date|membres|presents?|absents?|excuses?|pouvoirs?|etaient|l'an|le\s+maire|le\s+president|la\s+presidente|monsieur|madame|rapporteu)(?![a-z])/;

/** Letters in capitals for 3 in 4 or more (six letters at least). */
function mostlyUpper(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length >= 0.75;
}

/** `s.replace(/\s+/g, ' ').length < n`, counted without building the string (stops at n). */
function collapsedShorterThan(s: string, n: number): boolean {
  if (s.length < n) return true;
  let len = 0;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      while (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) i++;
    }
    if (++len >= n) return false;
  }
  return true;
}

// (a posted summary's bare tally too: "Pour 9 / Contre 2 / Abstention 1")
const DECIDES = /unanimit|vot[ée]|adopt|approuv|d[ée]cide|\bpour\s*:\s*\d|\bpour\s+\d{1,3}\s*[/–—,-]\s*contre\s+\d/i;

/** An item's outcome written on its heading's line after a colon (a posted summary): "… : adopté à l'unanimité.", "… : Pour 11 / Contre 1." */
const OUTCOME_AFTER_TITLE = /\s:\s+(?:(?:adopt|approuv|rejet|accept|refus)[ée]e?s?(?=[\s.,;]|$)|pour\s*:?\s*\d|vot[ée]e?s?\s+[àa]\s+l|[àa]\s+l['’]\s?unanimit)/i;
const OUTCOME_AFTER_TITLE_REST = new RegExp(OUTCOME_AFTER_TITLE.source + '[^]*$', 'i');

/** A decision's cell after a TAB on a list of acts' row: "\tAdopté à l'unanimité", "\tPour 21 – Contre 4", "\tRetiré de l'ordre du jour". */
const OUTCOME_CELL = /\t[ \t]*(?:adopt[ée]e?s?|approuv[ée]e?s?|rejet[ée]e?s?|refus[ée]e?s?|retir[ée]e?s?|pour\s*:?\s*\d|\d{1,3}\s+(?:voix\s+)?pour|[àa]\s+l['’]\s?unanimit|unanimit|pas\s+de\s+vote|ajourn[ée]e?s?)/i;

/**
 * A numbered item written as one paragraph, its heading's line running on after the topic and a colon into the item's
 * body, a clause in small letters up to a full stop that decides or is a body's length ("2/ Déneigement … : le Maire
 * expose que … le Conseil approuve la convention à l'unanimité …", "1/ Procès-verbal du 14 janvier 2017 : il est approuvé
 * sans observation."): an item, no agenda line — an agenda announces its items by their titles alone.
 */
// (the clause: from the first « : » followed by a word in small letters to the line's end, a full stop closing it; found
// in one pass, a lazy pattern over the whole line cost a quadratic time on a page flattened into one line)
const COLON_BEFORE_CLAUSE = /\s:\s+(?=\p{Ll})/u;
function runsIntoBody(src: SourceText, h: Head): boolean {
  if (!h.number) return false;
  const nl = src.norm.indexOf('\n', h.start);
  const line = src.norm.slice(h.start, nl < 0 ? src.norm.length : nl).replace(/[ \t]+$/, '');
  if (!/[.!]$/.test(line)) return false;
  const colon = COLON_BEFORE_CLAUSE.exec(line);
  if (!colon) return false;
  const clause = line.slice(colon.index + colon[0].length);
  return clause.length > 100 || DECIDES.test(clause);
}

/** The session's counts or attendance right under an agenda's last line: that line has no body of its own. */
const OPENS_ATTENDANCE = /^\s*(?:nombre\s+de\s+(?:conseillers|membres|d[ée]l[ée]gu[ée]s)|(?:conseillers|membres|d[ée]l[ée]gu[ée]s)\s+(?:municipaux\s+)?en\s+exercice|en\s+exercice\s*:|pr[ée]sents?\s*:|[ée]taient\s+pr[ée]sents|secr[ée]taire\s+de\s+s[ée]ance)/i;

/**
 * The words "ordre du jour" in the text right before a run of headings, announcing them as the agenda ("ORDRE DU JOUR",
 * "Ordre du jour :", "L'ordre du jour est le suivant :") — not a sentence that goes on past them and ends
 * ("La secrétaire fait lecture de l'ordre du jour, dont copie a été remise à chaque membre." above "2002-08-164" /
 * "DEMANDE DE DÉROGATION MINEURE": the agenda read, the items that follow are the minutes' own).
 */
function agendaAnnounced(before: string): boolean {
  const words = [...before.matchAll(/ordre\s+du\s+jour/gi)].at(-1);
  if (!words) return false;
  return !/^[^\n]*?\p{L}[^\n]*[.!?][ \t]*(?:\n[ \t]*)*$/u.test(before.slice(words.index! + words[0].length));
}

/**
 * An agenda ("Ordre du jour : 1. … 2. … 3. …"): headings on consecutive lines
 * with nothing under them, three or more, or two after the words "ordre du
 * jour". They announce the items, they are none: dropped, so that their titles
 * do not chain into the first item's subject; their titles written again as
 * plain lines below are the items' headings. When the last one has a body of
 * its own and no title is written again (the agenda was not repeated), it stays.
 */
function withoutAgenda(src: SourceText, heads: Head[], to: number): Head[] {
  const drop = new Set<Head>();
  const added: Head[] = [];
  let agendaEnd = -1;
  let i = 0;
  while (i < heads.length) {
    let j = i;
    // (a heading whose line states the item's outcome, a posted summary's "3 – … : adopté à l'unanimité.", is an item, no agenda line)
    // (or in its own cell after a TAB, a list of acts: "2025-003<TAB>Garantie d'emprunt …<TAB>Pour 21 – Contre 4")
    const decided = (h: Head) => {
      const line = src.norm.slice(h.start, Math.max(h.end, src.norm.indexOf('\n', h.start) < 0 ? to : src.norm.indexOf('\n', h.start)));
      return OUTCOME_AFTER_TITLE.test(line) || OUTCOME_CELL.test(line) || runsIntoBody(src, h);
    };
    while (j + 1 < heads.length && !decided(heads[j]!) && !decided(heads[j + 1]!)) {
      const gap = src.norm.slice(heads[j]!.end, heads[j + 1]!.start);
      // the next line, or a wrapped line between (not a blank line: the items may follow the agenda)
      const lines = gap.split('\n');
      const filled = lines.filter((l) => l.trim() !== '');
      if (lines.length - filled.length > 2 || filled.length > 1 || (filled.length === 1 && (filled[0]!.length > 100 || DECIDES.test(filled[0]!)))) break;
      j++;
    }
    const run = heads.slice(i, j + 1);
    // after "Ordre du jour", or right after an agenda's lines (a line no heading pattern reads between them)
    const before = src.norm.slice(Math.max(0, run[0]!.start - 80), run[0]!.start);
    const announced = agendaAnnounced(before) || (agendaEnd >= 0 && !/\n[ \t]*\n/.test(src.norm.slice(agendaEnd, run[0]!.start)) && src.norm.slice(agendaEnd, run[0]!.start).split('\n').filter((l) => l.trim()).length <= 1);
    if (run.length >= 3 || (run.length >= 2 && announced) || (run.length === 1 && announced && agendaEnd >= 0)) {
      agendaEnd = run[run.length - 1]!.end;
      const last = run[run.length - 1]!;
      const repeats = repeatedTitles(src, run, heads, last.end, to);
      added.push(...repeats);
      const lastBody = src.norm.slice(last.end, heads[j + 1]?.start ?? to);
      const keepLast = repeats.length === 0 && !OPENS_ATTENDANCE.test(lastBody) && (!collapsedShorterThan(lastBody.trim(), 60) || DECIDES.test(lastBody));
      for (const h of keepLast ? run.slice(0, -1) : run) drop.add(h);
    }
    i = j + 1;
  }
  // every heading inside an "Ordre du jour :" block (its lines up to a blank line, numbers rising)
  for (const m of src.norm.matchAll(/^[ \t]*ordre\s+du\s+jour\b[^\n]*$/gim)) {
    const blockStart = m.index! + m[0].length;
    const blank = src.norm.slice(blockStart, blockStart + 4000).search(/\n[ \t]*\n/);
    const blockEnd = blank < 0 ? Math.min(to, blockStart + 4000) : blockStart + blank;
    let lastNumber = -1;
    for (const [k, h] of heads.entries()) {
      if (h.start < blockStart || h.start >= blockEnd) continue;
      const n = h.number && /^\d{1,2}$/.test(h.number) ? Number(h.number) : null;
      if (n !== null && n <= lastNumber) break; // the items start again: the agenda ended before
      // an item with a body of its own (more than a wrapped line, or a decision) is no agenda line
      const body = src.norm.slice(h.end, heads[k + 1]?.start ?? to);
      // (numbered lines under it are the agenda's other items, announced again further down)
      const prose = body.split('\n').filter((l) => l.trim() && !/^\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)–-]/.test(l));
      // (the items numbered from 1 again right after it: the agenda's last line, whatever comes between)
      const next = heads[k + 1]?.number;
      const restarts = n !== null && next !== undefined && next !== null && /^\d{1,2}$/.test(next) && Number(next) <= n;
      if ((prose.length > 1 || DECIDES.test(prose.join('\n')) || runsIntoBody(src, h)) && !OPENS_ATTENDANCE.test(body) && !restarts) break;
      if (n !== null) lastNumber = n;
      drop.add(h);
    }
  }
  if (drop.size === 0 && added.length === 0) return heads;
  return [...heads.filter((h) => !drop.has(h)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * The agenda's items written again as plain lines further down ("Compte
 * administratif 2008" under "2. Compte administratif 2008"), where no
 * heading pattern finds them: a line that is the agenda title, or most of it
 * (a title shortened: "Compte rendu de la séance du 12 février" for
 * "Approbation du compte rendu de la séance du 12 février"). Lines already
 * read as headings, and sentences (a full stop at the end), are not.
 */
function repeatedTitles(src: SourceText, agenda: Head[], heads: Head[], from: number, to: number): Head[] {
  const titles = agenda.map((h) => ({ h, k: titleWords(h.title) })).filter((t) => t.k.length >= 8);
  if (titles.length === 0) return [];
  const out: Head[] = [];
  const used = new Set<Head>();
  let at = src.norm.indexOf('\n', from);
  while (at >= 0 && at < to) {
    const start = at + 1;
    const nl = src.norm.indexOf('\n', start);
    const end = nl < 0 || nl > to ? to : nl;
    at = nl;
    const line = src.norm.slice(start, end).trim();
    if (line.length < 6 || line.length > 160 || /[.;,]$/.test(line) || heads.some((h) => h.start <= start && h.end >= end)) continue;
    const k = titleWords(line);
    const words = k.split(' ');
    const hit = titles.find((t) => {
      if (used.has(t.h)) return false;
      if (k === t.k || (k.length >= 12 && k.length >= t.k.length * 0.5 && (t.k.includes(k) || k.startsWith(t.k)))) return true;
      // the same words, a few left out ("Approbation du procès-verbal du 9 septembre" for "… de la séance du 9 septembre")
      const tw = new Set(t.k.split(' '));
      return words.length >= 3 && words.length >= tw.size * 0.6 && words.every((w) => tw.has(w));
    });
    if (!hit) continue;
    used.add(hit.h);
    out.push({ start: start + src.norm.slice(start, end).search(/\S/), end, number: hit.h.number, title: line, objet: false, strength: 2 });
  }
  return out;
}

/** Cuts the body [from, to) into deliberation segments (empty when no heading). */
export function segmentBody(src: SourceText, from: number, to: number): Segment[] {
  let heads = withoutAgenda(src, findHeads(src, from, to), to);
  // where items are numbered, a line in capitals is a sub-heading ("SECTION DE FONCTIONNEMENT")
  // unless it sits right above a numbered heading (a rubric: "FINANCES" / "I – PORT DE PLAISANCE")
  // (and a title in capitals before the first numbered heading, run into a text that decides, is the first item:
  // "FINANCES I – BUDGET PRINCIPAL - AFFECTATION DU RÉSULTAT 2022 Il est proposé … Vote : 22 pour" / "II – …")
  const firstNumbered = heads.findIndex((h) => h.strength >= 2);
  if (firstNumbered >= 0) {
    heads = heads.filter((h, i) => {
      if (h.strength >= 2) return true;
      const next = heads[i + 1];
      if (i === firstNumbered - 1 && h.lead && DECIDES.test(src.norm.slice(h.end, next!.start))) return true;
      return next !== undefined && next.strength >= 2 && src.norm.slice(h.end, next.start).replace(/\s+/g, ' ').trim().length < 60;
    });
  }
  const segments: Segment[] = [];
  let pending: Head[] = [];
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i]!;
    const next = heads[i + 1];
    const end = next ? next.start : to;
    const body = src.norm.slice(h.end, end).trim();
    pending.push(h);
    // little text under it: a rubric or agenda line, merged into the next heading
    // (not a heading that holds its own decision: "1/ Procès-verbal du 29 janvier 2022 : approuvé à l'unanimité des membres présents et" / "représentés.")
    // (nor one whose line runs on into its body: "2/ Déneigement … : le Maire expose … approuve la convention à l'unanimité")
    if (next && collapsedShorterThan(body, 60) && !DECIDES.test(body) && !DECIDES.test(h.title) && !runsIntoBody(src, h)) continue;
    const first = pending[0]!;
    const objetHead = pending.find((p) => p.objet);
    const numbered = pending.find((p) => p.number);
    segments.push({
      start: first.start,
      end,
      bodyStart: h.end,
      number: numbered?.number ?? null,
      titles: pending.map((p) => p.title).filter(Boolean),
      objet: Boolean(objetHead),
    });
    pending = [];
  }
  return segments;
}

/** The first words of a line that is a sentence or a label, not a title. */
const NOT_TITLE_START = /^(?:le|la|les|l'|il|elle|ils|elles|on|monsieur|madame|mesdames|messieurs|m|mme|mm|mlle|apres|vu|considerant|sur|par|pour|contre|abstentions?|votants?|exprimes|presents?|absents?|excuses?|pouvoirs?|procurations?|secretaire|rapporteurs?|candidats?|premier|second|deuxieme|resultat|nombre\s+de\s+(?:bulletins|votants|suffrages)|suffrages|bulletins|majorite|ont|a|ayant|fait|pour\s+extrait|certifie|signe|en\s+exercice)\b/;

/** A line opening as a title, not as a sentence or a label (NOT_TITLE_START), and naming no part of the page (NOT_ITEM). */
export function readsAsTitle(line: string): boolean {
  return !NOT_TITLE_START.test(foldText(line).replace(/’/g, "'")) && !NOT_ITEM.test(foldTitle(line));
}

/**
 * The title of an unheaded act: the last line before its vote, in [from, to),
 * that reads as a title on a line of its own ("Détermination du nombre des
 * adjoints" / "Sur proposition de M. le Maire, le conseil municipal, par 18
 * voix pour …"): a blank line (or the zone's start) above it, text right
 * below it, 6 to 110 characters opening with a capital, no sentence or
 * label (no final punctuation, no "Label :" opening, no columns of names).
 */
export function titleLineAbove(src: SourceText, from: number, to: number): string | null {
  const lines = src.norm.slice(from, to).split('\n');
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line.length < 6 || line.length > 110 || !/^\p{Lu}/u.test(line) || /[.,;:]$/.test(line) || /\S(?: {2,}|\t)\S/.test(lines[i]!)) continue;
    if ((i > 0 && lines[i - 1]!.trim() !== '') || lines[i + 1]!.trim() === '') continue;
    if (/^[\p{L}' ’]{2,30}\s*:/u.test(line) || line.split(/\s+/).length > 14) continue;
    if (!readsAsTitle(line)) continue;
    return line;
  }
  return null;
}

/** "Approbation du compte rendu du 14 mai 2019 – voté à l'unanimité": a title, a dash, at most three words before the vote. */
const TITLE_DASH_VOTE = /^[ \t]*(\p{Lu}[^\n.;:–—]{5,110}?)[ \t]+[–—-][ \t]+(?:[\p{L}'’]+[ \t]+){0,3}$/u;
/**
 * A run of words in capitals followed by a sentence ("… APPROBATION DU PROCÈS-VERBAL Il est proposé par …"):
 * two to fourteen words, the first of two letters at least, ending on a word of two letters at least.
 */
const CAPS_RUN = /(?<![\p{L}'’.-])([A-ZÀ-ÞŒ]{2}[A-ZÀ-ÞŒ'’-]*(?:[ \t]+[A-ZÀ-ÞŒ0-9][A-ZÀ-ÞŒ0-9'’-]*){1,13})(?=[ \t]+\p{Lu}\p{Ll})/gu;

/**
 * The title of an unheaded act read on the line of its vote, when no line
 * of its own stands above it: the words before a dash that runs into the
 * vote ("Approbation du compte rendu du 14 mai 2019 – voté à l'unanimité"),
 * or, in a page flattened into one paragraph, the last run of capitals
 * before the vote that opens a sentence ("… APPROBATION DU PROCÈS-VERBAL Il
 * est proposé par …"): ten letters at least, one word of four, not a
 * heading of the page, the body or the session (NOT_ITEM) nor a name.
 * `from`: where the act's body starts; `at`: where its vote is written.
 */
export function titleBeforeVote(src: SourceText, from: number, at: number): string | null {
  const lineStart = src.lineStarts[src.lineAt(at) - 1]!;
  const head = src.norm.slice(Math.max(from, lineStart), at);
  const dash = TITLE_DASH_VOTE.exec(head);
  if (dash && readsAsTitle(dash[1]!)) return dash[1]!.trim();
  if (src.lineLength(src.lineAt(at)) < 400) return null;
  const start = Math.max(from, lineStart, at - 1500);
  const zone = src.norm.slice(start, at);
  let best: string | null = null;
  for (const m of zone.matchAll(CAPS_RUN)) {
    const run = m[1]!;
    const letters = run.replace(/[^\p{L}]/gu, '');
    if (letters.length < 10 || !/[A-ZÀ-ÞŒ]{4}/.test(run) || NOT_ITEM.test(foldTitle(run))) continue;
    // a name in capitals after a civility or a given name ("M. Jean DUPONT DE LA TOUR")
    if (/(?:\b(?:M|MM|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs|Mesdames|Me|Dr)\.?|\p{Lu}\p{Ll}+)[ \t]*$/u.test(zone.slice(Math.max(0, m.index - 30), m.index))) continue;
    best = run;
  }
  return best;
}
