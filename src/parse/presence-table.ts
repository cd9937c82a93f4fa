/**
 * Attendance given as a table with a check mark per row, flattened to one
 * line per row ("NOM Prénom  Représentant  X  Suppléé par"):
 *   LOUCHE Alain CA Privas Centre Ardèche X
 *   PAQUELET M. Claire CDC Beaume-Drobie          ← no mark: absent
 * The header row names the columns (NOM, Prénom, Présent…). A table with a
 * column per state, flattened the same way, writes the state in words after
 * the member's body ("… CC Vallée du Tarnon excusé MOUCHEBŒUF Benoît": excused,
 * the proxy given to the member named after), or as the letters of a "P / A"
 * column whose first column is the member's commune ("Méailles COUDERC-VIALA
 * Hugues A"). A name after the mark of a member present is the substitute
 * who sat (the member stays present, as the register reads); after an absence,
 * the proxy's holder when that member is in the table (or the table has no
 * substitute column), else the substitute who sat in the member's place (the
 * member is then present, the seat being filled).
 */
import type { AttendanceSection } from '../domain/index.ts';
import type { PersonText } from './name-parse.ts';
import { isRoleOnly, shapeOf } from './name-tokens.ts';
import { anchored, firstAnchored, zoneOf } from './scan.ts';
import { ATTENDING } from './attendance-headings.ts';
import { BODY_TITLE, OFFICE_TITLE, STATE_TITLE } from './column-titles.ts';
import { foldText, type SourceText } from './source.ts';

export interface PresenceTable {
  present: PersonText[];
  absent: PersonText[];
  excused: PersonText[];
  proxies: Array<{ giver: PersonText; holder: PersonText }>;
  /** A suppléant marked as sitting in the titulaire's seat (the titulaire unmarked, absent). */
  substitutions: Array<{ titular: PersonText; substitute: PersonText }>;
  sections: AttendanceSection[];
  start: number;
  end: number;
}

// tried only at "nom" (scan.ts)
// (or the column named otherwise: "Présence", "Assiduité", "Émargement", "Situation")
const HEADER = anchored(/\bnom\b.{0,20}\bprenom.{0,80}(?:presente?(?:\(e\))?|presence|assiduite|emargement|situation)/, ['nom']);
/** HEADER glued after the cell before it: "CollectivitéNOM PrénomQualitéPrésent(e)" (no word starts at « nom »). */
const GLUED_HEADER = /(?<=[a-z)])nom\s*prenom.{0,80}(?:presente?(?:\(e\))?|presence|assiduite|emargement|situation)/;
/** The same table, its members written given name first ("Prénom NOMCollectivité représentéePrésent(e) ou suppléé(e)…"). */
const HEADER_GIVEN_FIRST = anchored(/\bprenom\s*nom.{0,80}(?:presente?(?:\(e\))?|presence|assiduite|emargement)/, ['prenom']);
/** A "P / A" column after the member's ("CommuneTitulaireP / ASuppléant ayant siégé…": flattened cells run together). */
// (or the letters' legend in the header: "Délégué(e)Collectivité représentéePrésent (P) / Excusé (E)Remplacé(e) par …")
const LETTER_HEADER = /(?:titulaires?|delegue(?:e|s|es)?|conseill(?:er|ere)s?|membres?|nom)[ \t]*p[ \t]?\/[ \t]?a|presente?\s*\(p\)\s*\/\s*(?:excusee?|absente?)\s*\([ea]\)|presence\s*\(\s*p\s*\/\s*[ea](?:\s*\/\s*[ea])?\s*\)/;
/** What every LETTER_HEADER match holds: a « p », blanks or a closing bracket, then the slash (a literal opening: fast). */
const LETTER_HEADER_SLASH = /p[\s)]*\//;
/** A "Présence" column after the member's ("Délégué(e)MembrePrésencePouvoir donné à"), the header opening its line. */
// (or "Présent(e)": "DéléguéStructure représentéePrésent(e) ou remplacé(e)Remplacé(e) par / Pouvoir à")
// (or after the commune's title, glued to it: "CommuneDélégué(e) titulairePrésent(e)Délégué(e) suppléant(e)Siège (avec voix)")
const PRESENCE_HEADER = /(?:^|\n)[ \t]*(?:(?:communes?|collectivites?)[ \t]*)?(?:delegue|conseill|titulaire|membre|elu)[^\n]{0,40}?presen(?:ce|t\s*\([ep]\))/;
const MARK = /(?:^|\s)(?:x|✓|✔|☑|oui)(?=\s|$)/i;
/** The mark's column first: "Présent(e) ou suppléé(e)NOM PrénomStructure représentée…", rows "X COSTE Amélie CC Berg et Vallon". */
const MARK_FIRST_HEADER = /(?:^|\n)[ \t]*presente?(?:\s*\(e\))?[^\n]{0,40}?nom\s*prenom/;
/** A seat without a member in a table's row: "Délégué à désigner", "Siège vacant", "Vacant". */
// (or in brackets: "(siège vacant) CC du Val")
const VACANT_ROW = /^\s*\(?(?:(?:d[ée]l[ée]gu[ée]e?|si[èe]ge|poste|titulaire|membre)\s+)?(?:à\s+d[ée]signer|à\s+pourvoir|vacante?|non\s+pourvue?|non\s+d[ée]sign[ée]e?)(?![a-zà-ÿ])/i;
/** A heading of a college or a group of seats on a line of its own inside a table. */
// (or a board's members by how they were chosen: "MEMBRES ÉLUS PAR LE CONSEIL MUNICIPAL", "Membres nommés par le Maire",
// "Élus du conseil municipal" — a CCAS's or an office's administrators)
const COLLEGE_ROW = /^\s*(?:(?:coll[èe]ge|groupe|repr[ée]sentants)\s+(?:des?|du|d['’])\s[^\n]{2,80}|(?:membres?|administrat(?:eur|rice)s?)\s+(?:[ée]lue?s?|nomm[ée]e?s?|d[ée]sign[ée]e?s?)(?:\s[^\n]{2,80})?|[ée]lue?s?\s+(?:du|au)\s+conseil\b[^\n]{0,80})$/i;
/** A state written in words after the member's body (a table with a column per state). */
const WORD_STATE = /(?:^|\s)(pr[ée]sente?|absente?|excus[ée]e?)(?=\s|$)/i;
/** A state as the letter of a "P / A" column. */
const LETTER_STATE = /(?:^|\s)([PAE])(?=\s|$)/;

/** Leading "NOM Prénom" (or "NOM M. Prénom", "M. le Président") of a row. */
function leadingName(line: string): { name: string; length: number } | null {
  // (Œ and œ too: "MOUCHEBŒUF Benoît")
  // (the given name may open with an initial: "DUMAS M.-Laure", "ROUX J. Pierre")
  const m = /^\s*((?:[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]+\s+)+(?:[A-ZÀ-Þ]\.(?:-|\s*))?[A-ZÀ-ÞŒ][a-zß-ÿœ][\wß-ÿœ'’-]*)/.exec(line);
  if (m && m[1]!.split(/\s+/).some((w) => shapeOf(w) === 'U')) return { name: m[1]!.trim(), length: m[0].length };
  return officeRow(line);
}

/** A row naming its member by the office ("M. le Président", "Mme la Maire", "M. le Délégué"): that office as the name. */
function officeRow(line: string): { name: string; length: number } | null {
  const p = /^\s*(M\.|Mme|Monsieur|Madame)\s+(le|la)\s+((?:[Vv]ice-)?[Pp]r[ée]sidente?|[Mm]aire|[Dd][ée]l[ée]gu[ée]e?|[Dd][ée]l[ée]gu[ée]\(e\))(?![\p{L}-])/u.exec(line);
  return p ? { name: p[0].trim(), length: p[0].length } : null;
}

/** Collectivities' acronyms that open the cell after a member's name ("Alain CHAFFOIS CC du Diois X"): no part of the surname. */
const BODY_ACRONYM = new Set(['CC', 'CA', 'CU', 'CDC', 'CCAS', 'SIVU', 'SIVOM', 'SM', 'SI', 'SIE', 'SIAEP', 'SDE', 'SICTOM', 'SMICTOM', 'EPCI', 'SCOT', 'PETR', 'SDIS', 'SMN', 'SIVOS']);

/** Leading "Prénom NOM" of a row ("Marie-Jo de la BÂTIE CC du Diois X", "J.-Pierre FAURE …"): the given names, particles, the surname in capitals. */
function leadingGivenFirst(line: string): { name: string; length: number } | null {
  const office = officeRow(line);
  if (office) return office;
  const m = /^\s*((?:[A-ZÀ-Þ](?:[a-zß-ÿ'’]+|\.)(?:-[A-ZÀ-Þ](?:[a-zß-ÿ'’]+|\.))*\s+)+(?:(?:de\s+la|de|du|des|le|la|van|von|d['’])\s*)?)((?:[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]*[A-ZÀ-ÞŒ](?:\s+|$))+)/.exec(line);
  if (!m) return null;
  const words = m[2]!.trim().split(/\s+/);
  while (words.length > 1 && BODY_ACRONYM.has(words[words.length - 1]!)) words.pop();
  const name = `${m[1]}${words.join(' ')}`.trim();
  const at = line.indexOf(name);
  return { name, length: at + name.length };
}

/** A row's commune before its member ("Saint-Martin-d'Ubaye LANGLOIS-BERTIN Pierre-Yves P"): the words before the first in capitals. */
function communePrefix(line: string): number {
  const m = /^\s*(?:[\p{L}'’.-]+\s+){1,6}?(?=[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]+\s)/u.exec(line);
  // (a member body's acronym is no surname: "CA du Plateau de Vernade BRUNIAUX Odile")
  const words = m ? m[0].replace(/\b(?:d|l)['’]/g, '').trim().split(/\s+/).filter((w) => !BODY_ACRONYM.has(w)) : [];
  return m && !/\p{Lu}{2}/u.test(words.join(' ')) ? m[0].length : 0;
}

type RowState = 'present' | 'absent' | 'excused';

/** The state a row writes after its member's name, where it is written, and what follows it. */
function rowState(rest: string, letters: boolean): { state: RowState; after: number } | null {
  const mark = MARK.exec(rest);
  const word = WORD_STATE.exec(rest);
  const letter = letters ? LETTER_STATE.exec(rest) : null;
  const first = [mark, word, letter].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  const token = first[1] ?? first[0].trim();
  const folded = foldText(token);
  const state: RowState = /^(?:a|absente?)$/.test(folded) ? 'absent' : /^(?:e|excusee?)$/.test(folded) ? 'excused' : 'present';
  return { state, after: first.index + first[0].length };
}

/** A name "NOM Prénom" ending a row's rest after other cells (a substitute or a proxy's holder), `base` the rest's offset. */
function trailingName(rest: string, base: number): PersonText | null {
  // (or the given name as its initial: "… SIVOM du Val ARSAC P.", "ROUX J.-P.")
  const tail = /([A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]+(?:\s+[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]+)*\s+(?:[A-ZÀ-ÞŒ][a-zß-ÿœ][\wß-ÿœ'’-]*|[A-ZÀ-Þ]\.(?:-[A-ZÀ-Þ]\.)?))\s*$/.exec(rest);
  if (!tail || tail.index === 0) return null;
  const at = base + tail.index;
  return { written: tail[1]!, name: tail[1]!, civility: null, role: null, start: at, end: at + tail[1]!.length };
}

/** A "Prénom NOM" ending a row (the holder under « Pouvoir donné à »): "… Collège des communes Alain CHAFFOIS". */
function trailingGivenFirst(rest: string, base: number): PersonText | null {
  const tail = /(?<=\s)((?:[A-ZÀ-Þ](?:[a-zß-ÿ'’]+|\.)(?:-[A-ZÀ-Þ](?:[a-zß-ÿ'’]+|\.))*\s+)+(?:(?:de\s+la|de|du|des|le|la)\s+)?[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]*[A-ZÀ-ÞŒ](?:\s+[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]*[A-ZÀ-ÞŒ])*)\s*$/.exec(rest);
  if (!tail) return null;
  // (the collectivity's words before it, "Collège des communes", may end with a capitalised word: keep the surname's
  // particles and the one given name before them — "Marie-Jo de la BÂTIE", "Alain CHAFFOIS")
  const words = tail[1]!.split(/\s+/);
  const surnameAt = words.findIndex((w) => /^[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]*[A-ZÀ-ÞŒ]$/.test(w));
  let from = surnameAt;
  while (from > 0 && /^(?:de|du|des|la|le)$/.test(words[from - 1]!)) from--;
  if (from > 0 && /^[A-ZÀ-Þ]/.test(words[from - 1]!)) from--;
  const keep = words.slice(from);
  const name = keep.join(' ');
  const at = base + rest.lastIndexOf(name);
  return { written: name, name, civility: null, role: null, start: at, end: at + name.length };
}

/**
 * A holder written "NOM I." (the given name as its initial, "ARSAC P.", "ROUX J.-P.") who is a member of the table: one
 * row's surname the same and its given name opening with that initial ("ARSAC Pierre"); `members` lower-cased "NOM Prénom".
 */
function initialedMember(name: string, members: Set<string>): boolean {
  const m = /^(.+?)\s+(\p{Lu})\.(?:-(\p{Lu})\.)?$/u.exec(name);
  if (!m) return false;
  const surname = m[1]!.toLowerCase();
  const first = m[2]!.toLowerCase();
  const second = m[3]?.toLowerCase();
  for (const member of members) {
    if (!member.startsWith(`${surname} `)) continue;
    const given = member.slice(surname.length + 1);
    if (given.startsWith(first) && (!second || new RegExp(`^[^\\s-]+-${second}`, 'u').test(given))) return true;
  }
  return false;
}

export function readPresenceTable(src: SourceText, from: number, to: number): PresenceTable | null {
  const zone = zoneOf(src, from, to);
  const surnameFirst = firstAnchored(zone, HEADER) ?? (zone.s.includes('nom prenom') ? GLUED_HEADER.exec(zone.s) : null);
  const givenFirst = surnameFirst ? null : firstAnchored(zone, HEADER_GIVEN_FIRST);
  const named = surnameFirst ?? givenFirst;
  const readName = givenFirst ? leadingGivenFirst : leadingName;
  const head =
    named ??
    (LETTER_HEADER_SLASH.test(zone.s) ? LETTER_HEADER.exec(zone.s) : null) ??
    (zone.s.includes('presen') ? (PRESENCE_HEADER.exec(zone.s) ?? MARK_FIRST_HEADER.exec(zone.s)) : null);
  if (!head) return null;
  // (a match opening with the line break before the header: the header's line)
  const firstLine = src.lineAt(from + head.index + (head[0].startsWith('\n') ? 1 : 0));
  const lineStart = src.lineStarts[firstLine - 1]!;
  // (the heading of a "P / A" table is its whole first line)
  const headStart = named ? from + head.index : Math.max(from, lineStart);
  const headerLine = src.fold.slice(lineStart, lineStart + src.lineText(firstLine).length);
  // a column per state apart by spaces or pipes ("Présent  Excusé  Procuration à") is a grid: readGridTable reads it
  // (flattened, the header's cells run together: "NOM PrénomCollectivitéPrésentExcuséPouvoir à")
  // (or a legend of the letters on the lines just above: "P : présent(e) – E : excusé(e) – A : absent(e)")
  const legendAbove = src.fold.slice(src.lineStarts[Math.max(0, firstLine - 3)]!, lineStart);
  const letters = LETTER_HEADER.test(headerLine) || /(?:^|[\s(])p\s*[:=]\s*presente?/.test(legendAbove);
  const markFirst = /^\s*presente?/.test(headerLine);
  if (!letters && !markFirst && (headerLine.match(/\b(?:presente?s?|absente?s?|excusee?s?|procurations?|pouvoirs?)\b/g)?.length ?? 0) >= 2) return null;
  // the member's commune in the first column ("CommuneTitulaireP / A…")
  const communeFirst = /^\s*(?:communes?|collectivites?|municipalites?|epci|structures?)/.test(headerLine);
  const substituteColumn = /suppl|rempla/.test(headerLine);
  const proxyColumn = /pouvoir|procuration/.test(headerLine);
  const rows: Array<{ person: PersonText; state: RowState | null; other: PersonText | null; power?: boolean; substituteSeat?: boolean; sat?: PersonText; represented?: boolean }> = [];
  let end = headStart;
  /** Line `n` as the readers see it (the normalised text, offsets as the source's). */
  const normLine = (n: number) => src.norm.slice(src.lineStarts[n - 1]!, src.lineStarts[n - 1]! + src.lineLength(n));
  for (let l = firstLine + 1; l <= src.lineCount; l++) {
    const start = src.lineStarts[l - 1]!;
    if (start >= to) break;
    let line = normLine(l);
    if (!line.trim()) {
      if (rows.length > 0) break;
      continue;
    }
    // a surname alone on its line, the rest of the row on the next ("ASTIER" / "Christine Collège des … X"): one row
    // (same length: the line break becomes a space, offsets stay right)
    // (or a given name cut at its hyphen: "DESCHAMPS-VILLARD Marie-" / "Pierre CDC Entre Loire et Eyrieux X")
    if ((/^\s*\p{Lu}[\p{Lu}'’ -]*\p{Lu}\s*$/u.test(line) || /^\s*\p{Lu}[\p{Lu}'’ -]*\p{Lu}\s+\p{Lu}\p{Ll}+-\s*$/u.test(line)) && l < src.lineCount && /^\s*\p{Lu}\p{Ll}/u.test(src.lineText(l + 1))) {
      line = `${line} ${normLine(l + 1)}`;
      l++;
    }
    // (or a surname cut at its hyphen: "BONNET-" / "VIALLON Hélène CDC Val'Eyrieux X": the two halves one surname below)
    let joinedSurname = false;
    if (/^\s*\p{Lu}[\p{Lu}'’]*-\s*$/u.test(line) && l < src.lineCount && /^\s*\p{Lu}{2}/u.test(src.lineText(l + 1))) {
      line = `${line} ${normLine(l + 1)}`;
      joinedSurname = true;
      l++;
    }
    // (the mark before the name: "X COSTE Amélie CC Berg et Vallon", none for a member absent)
    const leadMark = markFirst ? /^\s*(?:x|✓|✔|☑)\s+/i.exec(line) : null;
    const skip = communeFirst ? communePrefix(line) : leadMark ? leadMark[0].length : 0;
    let lead = readName(joinedSurname ? line.slice(skip).replace(/-\s+/, '-') : line.slice(skip));
    // (the halves rejoined: the row's rest read where it stands in the line)
    if (lead && joinedSurname) lead = { name: lead.name, length: lead.length + (line.slice(skip).length - line.slice(skip).replace(/-\s+/, '-').length) };
    // (the given name's second half after the hyphen's line break, now a space: "Marie- Pierre")
    if (lead && lead.name.endsWith('-')) {
      const half = /^ (\p{Lu}\p{Ll}+)/u.exec(line.slice(skip + lead.length));
      if (half) lead = { name: lead.name + half[1], length: lead.length + half[0].length };
    }
    // (a vacant seat's row, "Délégué à désigner Commune de Vallon", names no one: the table goes on)
    if (!lead && rows.length > 0 && VACANT_ROW.test(line)) continue;
    // (a college's heading between the rows, "Collège des élus communautaires (8 sièges)", names no one: the table goes on)
    if (!lead && COLLEGE_ROW.test(line)) continue;
    if (!lead) break;
    let rest = line.slice(skip + lead.length);
    // a row wrapped in its structure's cell: "ROUVIÈRE Josiane Syndicat Départemental d'Énergies de" / "l'Ardèche X" (no
    // state on the first line, a short next line that opens no row and ends with the state): one row
    if (!markFirst && !rowState(rest, letters) && l < src.lineCount) {
      const next = normLine(l + 1);
      // (a next row opening on its commune is no wrapped cell: "CA du Plateau de Vernade FAURIEL Martine suppléante X")
      if (next.trim() && next.length <= 60 && !readName(next.slice(communeFirst ? communePrefix(next) : 0)) && rowState(` ${next}`, letters)) {
        line = `${line} ${next}`;
        rest = line.slice(skip + lead.length);
        l++;
      }
    }
    const nameStart = start + skip + Math.max(0, line.slice(skip).indexOf(lead.name.split('-')[0]!));
    // (an office in brackets after the name, "CHARPENTIER Luc (Président) X": the member's role)
    const office = /^\s*\(([^()\n]{2,40})\)/.exec(rest);
    const person: PersonText = { written: lead.name, name: lead.name, civility: null, role: office && isRoleOnly(office[1]!) ? office[1]! : null, start: nameStart, end: nameStart + lead.name.length };
    let represented = false;
    let found = markFirst ? (leadMark ? { state: 'present' as const, after: rest.length } : null) : rowState(rest, letters);
    // no mark, the last cell saying the seat's state in words: "… CA Rabastel suppléée par MARCELLIN Stéphane" (present,
    // the substitute sat), "… CC X pouvoir donné à MIALON Jacqueline" (absent, the proxy's holder after it)
    if (!found && !markFirst) {
      const sub = /\s(suppl[ée]{2}e?|remplac[ée]e?)\s+par\s+(?=\S)/i.exec(rest);
      // (or "Représenté par BARRAULT Christian": the holder named after « par », not a substitute, "par son suppléant")
      const pow = /\s(?=(?:pouvoir|procuration)(?:\s+donn[ée]e?)?\s+(?:à|a|au)\s+\S|repr[ée]sent[ée]e?\s+par\s+(?!(?:son|sa|leur)\s)\S)/i.exec(rest);
      if (sub) found = { state: 'present', after: sub.index + sub[0].length };
      else if (pow) found = { state: 'absent', after: pow.index + pow[0].length - 1 };
      // (a representation without a word of absence, "… Représenté par X": the giver is in the proxies only, as a « R » code)
      if (!sub && pow && /^\s*repr/i.test(rest.slice(pow.index))) represented = true;
    }
    // (the mark first: a name ending the row is the substitute or the holder)
    if (markFirst) {
      const other = trailingName(rest, start + skip + lead.length);
      if (other) {
        rows.push({ person, state: found?.state ?? null, other });
        end = start + line.length;
        continue;
      }
    }
    // a table by commune, the titulaire then the suppléant, each with a mark's column after it ("Aubrelles MARQUET Alain
    // PONCET Lydie X"): a mark after the suppléant's name is his, he sat in the unmarked titulaire's seat
    if (found?.state === 'present' && communeFirst && substituteColumn && !markFirst) {
      const before = rest.slice(0, found.after).replace(/\s*\S+\s*$/, '');
      const sat = trailingName(before, start + skip + lead.length);
      if (sat) {
        rows.push({ person, state: null, other: null, sat });
        end = start + line.length;
        continue;
      }
    }
    // a name after the state: a substitute or a proxy's holder
    let other: PersonText | null = null;
    let power = false;
    if (found) {
      // (in the state's cell after the state: "excusée – pouvoir à SERVIÈRE Jean-Paul")
      const whole = rest.slice(found.after);
      const said = /^\s*(?:[–—,:-]\s*|\(\s*)?(?:(?:pouvoir|procuration)(?:\s+donn[ée]e?)?\s+(?:à|a|au)|repr[ée]sent[ée]e?\s+par)\s+/i.exec(whole);
      const tail = said ? whole.slice(said[0].length).replace(/\)\s*$/, '') : whole;
      const next = readName(tail);
      if (next && !tail.slice(next.length).trim()) {
        const at = start + skip + lead.length + found.after + whole.indexOf(next.name, said ? said[0].length : 0);
        power = said !== null;
        other = { written: next.name, name: next.name, civility: null, role: null, start: at, end: at + next.name.length };
      }
    }
    // no mark but a name ending the row, under a « Pouvoir donné à » column: the holder (checked below against the members)
    if (!found && proxyColumn) other = (givenFirst ? trailingGivenFirst : trailingName)(rest, start + skip + lead.length);
    // (a « Qualité » cell saying the member is a substitute: "… FAURIEL Martine suppléante X")
    const substituteSeat = /^\s*(?:\S+\s+){0,6}?suppl[ée]ante?s?\b/i.test(found ? rest.slice(0, found.after) : rest);
    rows.push({ person, state: found?.state ?? null, other, power, substituteSeat, represented: represented && other !== null });
    end = start + line.length;
  }
  if (rows.length < 2) return null;
  // (or a row the excerpt cuts: one short line ends the text, "La Mure")
  const rest = src.norm.slice(end).trim();
  const reachedEnd = rest === '' || (!rest.includes('\n') && rest.length < 60 && !/[.:;!?]$/.test(rest));
  const out: PresenceTable = { present: [], absent: [], excused: [], proxies: [], substitutions: [], sections: [], start: headStart, end };
  const members = new Set(rows.map((r) => r.person.name.toLowerCase()));
  const isMember = (name: string) => members.has(name.toLowerCase()) || initialedMember(name, members);
  // (a name read without a mark is a holder only when it is a member of the table: "… CC Haut-Vivarais FAURIAT Odile")
  for (const r of rows) if (r.state === null && r.other && !isMember(r.other.name)) r.other = null;
  rows.forEach((r, i) => {
    // the last row of a cut table may have lost its mark
    if (reachedEnd && i === rows.length - 1 && r.state !== 'present') return;
    // (a mark followed by another name, "X SARTRE Jacques", still marks presence: the substitute sat)
    if (r.state === 'present') return void out.present.push(r.person);
    if (r.sat) {
      out.present.push(r.sat);
      out.substitutions.push({ titular: r.person, substitute: r.sat });
    }
    // (a substitute without the mark did not sit: no member absent)
    if (r.substituteSeat && r.other === null) return;
    const substituted = r.other !== null && !r.power && substituteColumn && !isMember(r.other.name);
    if (substituted) return void out.present.push(r.person);
    if (!r.represented) (r.state === 'excused' ? out.excused : out.absent).push(r.person);
    if (r.other) out.proxies.push({ giver: r.person, holder: r.other });
  });
  const span = src.span(headStart, end);
  const heading = src.norm.slice(headStart, src.lineStarts[firstLine] ?? headStart).trim();
  const kinds: Array<'present' | 'absent' | 'excused' | 'proxies'> = ['present', 'absent'];
  if (out.excused.length) kinds.push('excused');
  if (out.proxies.length) kinds.push('proxies');
  out.sections = kinds.map((kind) => ({ kind, heading, span, complete: !reachedEnd }));
  return out;
}

/** Column headings of an attendance grid ("Conseiller | Présent | Absent | Pouvoir à"). */
const GRID_COLUMNS: Array<{ kind: 'present' | 'absent' | 'excused' | 'holder'; re: RegExp }> = [
  // (or one column for the holder and the substitute: "Pouvoir à / suppléé(e) par")
  // (or the holder's title in brackets after it: "Pouvoir donné à (mandataire)")
  { kind: 'holder', re: /^(?:pouvoirs?|procurations?|mandataire|represente?(?:e|\(e\))?s?\s+par|(?:a\s+)?donne\s+(?:pouvoir|procuration))(?:\s+(?:a|donnee?\s+a|au\s+profit\s+de))?(?:\s*\/\s*(?:supplee?|remplacee?)(?:\(e\))?\s+par)?(?:\s*\((?:mandataire|beneficiaire|titulaire du pouvoir)\))?$/ },
  // (one letter heading a column: "P" / "A" / "E", the legend above saying so)
  { kind: 'excused', re: /^(?:(?:absente?s?\s+)?excusee?s?(?:\s*\(e\))?|e)$/ },
  { kind: 'absent', re: /^(?:absente?s?(?:\s*\(e\))?|a)$/ },
  { kind: 'present', re: /^(?:presente?s?(?:\s*\(e\))?|p)$/ },
];
// (or a board's: "Administrateur(trice)", "Administrateurs")
// (or the elected written with its feminine mark: "Élu(e)", "Élue")
const NAME_COLUMN = /^(?:nom(?:\s*[-–\/]?\s*(?:et\s+)?prenom)?s?|administrat(?:eur|rice)(?:\((?:trice|rice)\))?s?|conseill(?:er|ere)(?:\((?:e|ere)\))?s?(?:\s+\w+)?|membres?|elu(?:\(e\)|e)?s?|delegue(?:\(e\)|e)?s?(?:\s+(?:titulaires?|suppleants?))?|titulaires?|noms?\s+des\s+\w+)$/;
/** A cell marking its column (a checked box "☒" too; an empty box "☐" marks nothing). */
// (or a cross as a scan reads it: a ticked box "[x]", two strokes "><")
const GRID_MARK = /^(?:x|✓|✔|☑|☒|■|▣|oui|p|e|a|\[[xX]\]|><)$/i;
/**
 * A cell that marks its column: the mark alone, or with how the member attended in brackets ("X (visio)",
 * "X (sur place)": present all the same). `lastCell`: the excerpt ends in this cell, its bracket cut ("X (vi"): the mark is
 * written, the note lost.
 */
function markCell(cell: string, lastCell: boolean): boolean {
  const t = cell.trim();
  if (GRID_MARK.test(t)) return true;
  const noted = /^(x|✓|✔|☑|☒)\s*\(([^()]*)(\)?)$/i.exec(t);
  if (!noted) return false;
  if (!noted[3]) return lastCell;
  return ATTENDED_NOTE.test(foldText(noted[2]!));
}
/** A column holding each member's state as a code or a word ("Code", "Présence", "État"): P, E, A, Pv, ✓, "excusé – pouvoir à X". */
// (its codes in brackets after the title, "Présence (P/E/A)": the codes codedState reads)
const CODE_COLUMN = new RegExp(String.raw`^(?:${STATE_TITLE})(?:\s*\(\s*[a-z](?:\s*\/\s*[a-z]){1,4}\s*\))?$`);

export type CodedState = {
  state: 'present' | 'absent' | 'excused' | 'proxy' | 'replaced';
  holder: { text: string; at: number } | null;
  substituted?: boolean;
  /** The substitute the cell names ("excusé – suppléé par Mme X, suppléante"): where the name is in the cell. */
  substitute?: { text: string; at: number };
};

/** A note in a state cell's brackets telling when the member came or left: "à partir du point 2", "arrivée à 20 h 20", "jusqu'au point 4". */
const TIMED_NOTE = /^\s*(?:[àa]\s+partir\s+d|arriv[ée]e?s?\b|parti(?:e|s)?\b|d[ée]part\b|jusqu)/i;
/** How a member attended, in brackets after the state: "Présent (visio)", "Présente (à distance)" — present all the same. */
const ATTENDED_NOTE = new RegExp(String.raw`^\s*${ATTENDING}\s*$`);

/** A proxy's code, an arrow, its holder (folded text): "pv → roques martine", "pouvoir -> x" (group 1 the lead, group 2 the holder). */
const PROXY_ARROW = /^((?:pv|r|rp|pouvoir|procuration|representee?)\s*(?:→|->|=>|⇒)\s*)(\S.*?)\s*$/;

/**
 * The state a cell of a "Code" / "Présence" column writes: a mark or "P" (present), "E" / "excusé(e)",
 * "A" / "absent(e)", "Pv" / "R" / "représenté(e)" (a proxy, its holder in another column), or a state
 * with its holder ("excusée – pouvoir à LACAZE Robert": `holder` is that name and where it starts in the cell).
 */
export function codedState(cell: string): CodedState | null {
  // (the member's office in brackets after the state: "Présente (Maire)", "Présent (président de séance)")
  // (or when the member came or left: "P (à partir du point 2)", "Présent (arrivé à 20 h 20)" — present all the same)
  const office = /^([^()]*?\S)\s*\(([^()]{2,40})\)\s*$/.exec(cell);
  if (office && (isRoleOnly(office[2]!.trim()) || TIMED_NOTE.test(office[2]!) || ATTENDED_NOTE.test(foldText(office[2]!))) && !/suppl|rempla|pouvoir|procuration/i.test(office[2]!)) {
    const inner = codedState(office[1]!);
    if (inner && inner.holder === null) return inner;
  }
  const t = cell.trim();
  const f = foldText(t);
  /** The name after a lead the folded patterns matched: its text as written and where it starts in the cell. */
  const named = (lead: string, name: string) => ({ text: t.slice(lead.length, lead.length + name.length), at: cell.indexOf(t) + lead.length });
  // (or the member's office in the session, "présidente", "secrétaire": present)
  if (/^(?:x|✓|✔|☑|oui|p|presente?|present\(e\)|presidente?|president\(e\)|secretaire(?:\s+de\s+seance)?)$/.test(f)) return { state: 'present', holder: null };
  if (/^(?:e|exc\.?|excusee?|excuse\(e\))$/.test(f)) return { state: 'excused', holder: null };
  if (/^(?:a|abs\.?|absente?|absent\(e\)|non)$/.test(f)) return { state: 'absent', holder: null };
  if (/^(?:pv|r|rp|p\/pv|pouvoir|procuration|representee?|represente\(e\))$/.test(f)) return { state: 'proxy', holder: null };
  // the code, an arrow, then the holder: "Pv → ROQUES Martine"
  const arrow = PROXY_ARROW.exec(f);
  if (arrow && /\p{Lu}/u.test(t.slice(arrow[1]!.length))) return { state: 'proxy', holder: named(arrow[1]!, arrow[2]!) };
  // the code, then the holder or the substitute who sat in brackets: "Pv (ABADIE Jean-Luc)", "S (BERGEZ Lucien)"
  // (a proxy's own words in the brackets, "Représenté (pouvoir à M. X)": read below, the holder after « à »)
  const bracket = /^((pv|r|rp|representee?|s|supplee?e?|remplacee?)\s*\(\s*)(?!(?:pouvoir|procuration|mandat)\s)([^()]+?)\s*\)$/.exec(f);
  if (bracket && /\p{Lu}/u.test(t.slice(bracket[1]!.length))) {
    const who = named(bracket[1]!, bracket[3]!);
    return /^(?:s|supp|rempl)/.test(bracket[2]!) ? { state: 'replaced', holder: null, substituted: true, substitute: who } : { state: 'proxy', holder: who };
  }
  // a member whose substitute sat ("Suppléé", "Remplacée"): the seat is filled by the substitute, listed apart
  // (or "suppléé – le suppléant siège")
  if (/^(?:supplee?|supplee\(e\)|remplacee?|remplace\(e\))(?:\s*[-–—,]\s*(?:(?:le|la|son|sa)\s+suppleante?\s+)?(?:siege|a\s+siege|presente?))?$/.test(f)) return { state: 'replaced', holder: null, substituted: true };
  // "Excusé – suppléé", "Absente (remplacée)": the titulaire excused or absent, the substitute sat
  const sub = /^(excusee?|absente?)\s*(?:[-–—,:(]\s*)?(?:supplee?e?|remplacee?)\)?$/.exec(f);
  if (sub) return { state: sub[1]!.startsWith('excus') ? 'excused' : 'absent', holder: null, substituted: true };
  // "représenté par son suppléant, M. X": the substitute named sat
  const own = /^(representee?\s+par\s+(?:son|sa)\s+suppleante?\s*,?\s*)(\S.*?)\s*$/.exec(f);
  if (own) return { state: 'excused', holder: null, substituted: true, substitute: named(own[1]!, own[2]!) };
  // "excusé – suppléé par Mme X, suppléante", "remplacée par M. Y": the substitute named in the cell sat
  const by = /^((?:(excusee?|absente?)\s*(?:[-–—,:(]\s*)?)?(?:supplee?e?|remplacee?)\s+par\s+)(\S.*?)(?:\s*,\s*(?:sa\s+|son\s+)?suppleante?)?\)?$/.exec(f);
  if (by) {
    const state = by[2]?.startsWith('absent') ? 'absent' : by[2] ? 'excused' : 'replaced';
    // ("suppléé par sa suppléante, qui siège": no name; the substitute in a column of its own, left to the readers of rows)
    if (/^(?:sa|son|leur|un|une)\s/.test(by[3]!)) return null;
    return { state, holder: null, substituted: true, substitute: named(by[1]!, by[3]!) };
  }
  // "Représenté par BARRAULT Christian": a proxy, its holder named (not a substitute: "… par son suppléant", above)
  const rep = /^(representee?\s+par\s+)(\S.*?)\)?$/.exec(f);
  if (rep && !/^(?:son|sa|leur)\s/.test(rep[2]!)) return { state: 'proxy', holder: named(rep[1]!, rep[2]!) };
  const m = /^((?:(excusee?|absente?|representee?)\s*(?:[-–—,:(]\s*)?)?(?:pouvoir|procuration|mandat)(?:\s+donnee?)?\s+(?:a|au)\s+)(\S.*?)\)?$/.exec(f);
  // ("excusée – pouvoir à X": excused, and represented)
  const state = m?.[2]?.startsWith('excus') ? 'excused' : m?.[2]?.startsWith('absent') ? 'absent' : 'proxy';
  if (m) return { state, holder: named(m[1]!, m[3]!) };
  return null;
}

/**
 * The letter "S" alone in the code column of a grid that has a column of substitutes ("Délégué suppléant"): the titulaire
 * suppléé, excused, the substitute of the row sitting in the seat (the letter is the first of « suppléé »; without a column
 * of substitutes it could mean anything and is left to a legend).
 */
function substitutedCode(cell: string): CodedState | null {
  return /^S$/.test(cell.trim()) ? { state: 'excused', holder: null, substituted: true } : null;
}

/** A state a legend gives a one-letter code (see `legendCodes`). */
export type LegendState = 'present' | 'absent' | 'excused' | 'represented' | 'substituted' | 'replaced';

/** Meanings of one-letter codes a legend gives ("T : titulaire présent – S : … suppléé … – P : titulaire représenté"), on folded text. */
export function legendCodes(fold: string): Map<string, LegendState> {
  const out = new Map<string, LegendState>();
  // (a meaning may hold a feminine or plural mark, "P = présent(e) ;", and end before a note, "R = représenté(e) (pouvoir)")
  // (or two letters for both members of a seat: "T/S : titulaire et suppléant présents, le suppléant sans voix")
  for (const m of fold.matchAll(/(?:^|[\s(–—;,-])([a-z](?:\/[a-z])?)\s*[:=]\s*((?:[^–—;:()=\n]|\((?:e|s|es)\)){3,100}?)(?=\s*(?:[–—;)]|\((?!(?:e|s|es)\))|\s[a-z](?:\/[a-z])?\s*[:=]|\n|$))/g)) {
    const meaning = m[2]!;
    // (the titular present comes first: "titulaire présent", "titulaire et suppléant présents")
    // (a substitute sitting: the titular excused when the legend says so, "titulaire excusé, suppléé par …", else in no list)
    const state = /\btitulaire\b[^,;]*\bpresente?s?\b/.test(meaning) ? 'present' : /suppl|remplac/.test(meaning) ? (/excuse|absent/.test(meaning) ? 'substituted' : 'replaced') : /represent|pouvoir|procuration/.test(meaning) ? 'represented' : /excuse/.test(meaning) ? 'excused' : /absent/.test(meaning) ? 'absent' : /present/.test(meaning) ? 'present' : null;
    const letter = m[1]!.toUpperCase();
    if (state && !out.has(letter)) out.set(letter, state);
  }
  return out;
}

/**
 * A member put in the grid's lists by the state its code column writes: present, excused, absent (or represented
 * without a holder read), a proxy to `holder` unless present; a member whose substitute sat ("Suppléé") in none.
 */
function placeCoded(out: GridTable, who: PersonText, coded: CodedState, holder: PersonText | null): void {
  if (coded.state === 'replaced') return;
  if (coded.state === 'present') out.present.push(who);
  else if (coded.state === 'excused') out.excused.push(who);
  else if (coded.state === 'absent' || !holder) out.absent.push(who);
  if (coded.state === 'proxy' && !holder) (out.unheld ??= []).push(who);
  if (holder && coded.state !== 'present') out.proxies.push({ giver: who, holder });
}

/**
 * A cell under a mark column (« Présent ») that writes a state in words instead of its mark: "excusée", "pouvoir à
 * GARNIER Paul", "excusé – suppléé par Mme X", "présente" (a feuille de présence whose only state column is the present
 * one). The cell when `codedState` reads a state from it, else null (an empty cell, a mark, words it cannot read: the marks'
 * reading stands).
 */
function wordedMarkCell<C extends { text: string }>(cell: C | null): C | null {
  if (!cell || GRID_MARK.test(cell.text.trim()) || !/\p{L}{3}/u.test(cell.text)) return null;
  return codedState(cell.text) ? cell : null;
}

/** The substitute a state cell names, present in the titulaire's seat (nothing when the name is unreadable). */
function sitSubstitute(out: GridTable, titular: PersonText, substitute: PersonText | null): void {
  if (!substitute) return;
  out.present.push(substitute);
  out.substitutions.push({ titular, substitute });
}

/** An office standing for a person, its civility before it: "M. le Maire", "la Présidente" (group 1 the lead, group 2 the office). */
export const OFFICE_NAME = /^(\s*(?:M\.|Mme|Monsieur|Madame)?\s*)((?:le|la)\s+(?:maire|pr[ée]sidente?))\b/i;

/**
 * A holder's cell naming an office, "le Président", "M. le Maire": that office as the name (the session's president
 * takes its place once known, as for a proxy written "pouvoir à M. le Maire"), or null.
 */
export function officeHolder(src: SourceText, cell: { start: number; end: number }): PersonText | null {
  const text = src.norm.slice(cell.start, cell.end);
  const m = OFFICE_NAME.exec(text);
  if (!m || text.slice(m[0].length).trim()) return null;
  const start = cell.start + m[1]!.length;
  return { written: m[0].trim(), name: m[2]!, civility: null, role: m[2]!, start, end: start + m[2]!.length };
}

/** A page footer's address (folded): a telephone number, or a street then a postcode. */
// (not attendance.ts ADDRESS_LINE: this one reads folded text and needs no house number, "place de la Fontaine – 04270")
const ADDRESS_FOOTER = /\btel(?:ephone)?\.?\s*:?\s*(?:\+33\s?|0)\d(?:[ .]?\d{2}){4}\b|\b(?:place|rue|avenue|boulevard|chemin|route|allee|cours|quai)\b[^\n]{0,60}\b\d{5}\b/;

/** A line ending with a page number: "… 2/4", "Page 1 sur 4". */
const PAGE_NUMBER_END = /(?:\b\d{1,3}\s*\/\s*\d{1,3}|\bpage\s+\d{1,3}(?:\s*(?:\/|sur)\s*\d{1,3})?)\s*$/i;

export interface GridTable {
  present: PersonText[];
  absent: PersonText[];
  excused: PersonText[];
  proxies: Array<{ giver: PersonText; holder: PersonText | null }>;
  /** Members the grid says represented ("R", "Pouvoir") without naming the holder: listed absent until a proxy names one. */
  unheld?: PersonText[];
  /** Titulaires whose substitute, in the substitutes' column, sat ("Excusé – suppléé"). */
  substitutions: Array<{ titular: PersonText; substitute: PersonText }>;
  headingStart: number;
  headingEnd: number;
  start: number;
  end: number;
  /** True when the states are read from a column of codes ("Code", "Présence": P, E, A, Pv). */
  coded: boolean;
}

/**
 * An attendance grid with a column per state ("feuille d'émargement"):
 *   Conseiller          | Présent | Absent | Pouvoir à
 *   BRUNETOUX Alain     |    X    |        |
 *   JUILLARD-COSTE S.   |         |   X    | BRUNETOUX Alain
 * Columns are cut at pipes, or at runs of spaces when there are none.
 * `person` reads a name cell (the caller's name parser).
 */
export function readGridTable(src: SourceText, from: number, to: number, person: (text: string, start: number) => PersonText | null): GridTable | null {
  const zone = src.fold.slice(from, to);
  // (a heading cell glued to the one before it by the extraction: "…membrePrésent(e)Excusé(e)…")
  // (or a column of codes: "Nom Prénom   Qualité   Code   Pouvoir donné à")
  // (or columns headed by one letter each, cut at TABs or pipes: "Délégué titulaire | Collectivité | P | E | A | R | Pouvoir à";
  // or aligned with spaces: "Conseillers      P      E      A      Procuration à")
  const head = /(?:^|\n)([^\n]*(?:presente?s?(?![a-z])|(?<=\s)(?:code|etat|statut|presence|situation)(?=\s|$)|(?<=\S(?:[ \t|]{2,}|\t))emargement(?=\s|$)|(?<=[\t|][ \t]*)p(?=[ \t]*[\t|][ \t]*[ea][ \t]*(?:[\t|]|$))|(?<=\S {2,})p(?= {2,}[ea](?: {2,}|[ \t]*$)))[^\n]*)/g;
  for (const hm of zone.matchAll(head)) {
    const headStart = from + hm.index! + hm[0].indexOf(hm[1]!);
    const headLine = src.lineAt(headStart);
    // cells between pipes, or between TABs (empty ones kept: columns by index), else apart by runs of spaces
    let piped = hm[1]!.includes('|') || (hm[1]!.includes('\t') && hm[1]!.split('\t').filter((c) => c.trim()).length >= 3);
    let sep: '|' | '\t' = hm[1]!.includes('|') ? '|' : '\t';
    // (runs of TABs align a word processor's columns, "Membre<TAB><TAB><TAB>Fonction<TAB><TAB><TAB>Présence": no cell per TAB,
    // the rows' runs differ from the header's — left to the presence table's reader, which reads cells by their text)
    // (not a table set beside the grid after an empty cell, "Délégué<TAB>Commune<TAB>Code<TAB>Signature<TAB><TAB>Récapitulatif":
    // three cells or more before the run, one TAB apart, the members' title first and a state's among them)
    if (piped && sep === '\t' && /\t\t/.test(hm[1]!) && !tableBeside(hm[1]!)) continue;
    let headerCells = cells(src.fold.slice(headStart, headStart + hm[1]!.length), headStart, piped, sep);
    // a header row the extraction glued ("NOM PrénomCollectivité membrePrésent(e)Excusé(e)Pouvoir donné à") over rows
    // cut at TABs: its cells start where a capital follows a small letter or a bracket
    if (headerCells.length < 3 && !/[|\t]/.test(hm[1]!) && src.lineText(headLine + 1).includes('\t')) {
      const glued = ungluedCells(src.norm.slice(headStart, headStart + hm[1]!.length), headStart).map((c) => ({ ...c, text: src.fold.slice(c.start, c.end) }));
      if (glued.length >= 3) [headerCells, piped, sep] = [glued, true, '\t'];
    }
    // titles wrapped onto the lines under the header row ("Pouvoir" / "donné à", "Présence" / "(P/E/A)"): each line's words
    // joined to the title above them, the rows starting after them
    const wrapped = titleLinesAfter(src, headLine, headerCells, piped, sep);
    headerCells = withWrappedTitles(src, headLine, wrapped, headerCells, piped, sep);
    headerCells = withSpanningTitles(src, headLine, headerCells, piped, sep);
    const bodyLine = headLine + wrapped;
    // (a bilingual council's titles, each with its translation beside it: "Bertan / Présent", "Izen-abizenak / Nom Prénom")
    headerCells = headerCells.map((c) => ({ ...c, text: knownTitle(c.text) }));
    // a first column numbering the rows ("| N° | NOM Prénom | P | … |"): left aside
    // (or naming each row's commune: "Commune   Délégué titulaire   Délégué suppléant   Présence")
    const first = headerCells[0]!.text.trim();
    // (or each row's member body before its delegate: "| Membre | Délégué | Voix | Présence |")
    const communeFirst = /^(?:communes?|collectivites?|municipalites?|membres?(?:\s+adherents?)?|structures?)$/.test(first) && !(/^membres?$/.test(first) && !/^delegue/.test(headerCells[1]?.text.trim() ?? ''));
    // (or any other first column that is no member's and no state's: "Secteur d'énergie", "Canton", "Territoire")
    const otherFirst = /^(?:secteurs?|cantons?|territoires?|villes?|epci|groupes?|colleges?|entites?|adherents?|syndicats?|intercommunalites?|communautes?)\b/.test(first);
    // (two such columns: "| N° | Membre | Délégué titulaire | Présent | …")
    const numbered = /^(?:n\s*°|no|#|rang)$/.test(first);
    const second = headerCells[1]?.text.trim() ?? '';
    const twoAside = numbered && headerCells.length > 4 && /^(?:communes?|collectivites?|membres?(?:\s+adherents?)?|structures?|secteurs?|cantons?|epci)$/.test(second) && NAME_COLUMN.test(headerCells[2]!.text.trim());
    // (three columns aligned with spaces do when the last is the states' column: "Commune   Délégué(e)   Présence"; cut at pipes or
    // TABs such a table is the state table's, status-rows.ts, which reads its states in words)
    const codeLast = !piped && headerCells.length === 3 && CODE_COLUMN.test(headerCells[2]!.text.trim());
    const asideFirst = twoAside || ((headerCells.length > 3 || codeLast) && (numbered || communeFirst || otherFirst) && NAME_COLUMN.test(second));
    /** How many columns stand before the member's. */
    const asideCount = twoAside ? 2 : asideFirst ? 1 : 0;
    /** Rows whose state cell says nothing this reader knows (a legend's own letters: "T", "S"). */
    let unknownStates = 0;
    const nameHeadAt = asideFirst ? headerCells[asideCount]!.start - headStart : 0;
    if (asideFirst) headerCells = headerCells.slice(asideCount);
    // (cut by position when aligned with spaces: a row whose aside cell is empty, "            M. X      X", has no cell to drop,
    // and a cell wrapped under it, "sur-Aubrette   Mme Y   X", is the aside column's)
    const cut = (line: string, base: number) => {
      const all = cells(line, base, piped, sep);
      if (!asideFirst) return all;
      return piped ? all.slice(asideCount) : all.filter((c) => c.end - base > nameHeadAt);
    };
    // two members per row, the header's columns written twice ("| NOM Prénom | Présence | NOM Prénom | Présence |"): each
    // row read as two
    const half = headerCells.length / 2;
    // (or aligned with spaces, "Délégué   Code   Délégué   Code": each row cut where the second half's header starts)
    const twin = headerCells.length >= 4 && Number.isInteger(half) && headerCells.slice(0, half).every((c, i) => c.text.trim() === headerCells[half + i]!.text.trim());
    /** How far right the second half's columns stand from the first's (aligned with spaces). */
    const twinShift = twin ? headerCells[half]!.start - headerCells[0]!.start : 0;
    if (twin) headerCells = headerCells.slice(0, half);
    if ((headerCells.length < 3 && !(twin && headerCells.length >= 2) && !(asideFirst && codeLast)) || !NAME_COLUMN.test(headerCells[0]!.text.trim())) continue;
    const columns: Array<'present' | 'absent' | 'excused' | 'holder' | 'code' | null> = headerCells.map((c) => GRID_COLUMNS.find((g) => g.re.test(c.text.trim()))?.kind ?? (CODE_COLUMN.test(c.text.trim()) ? 'code' : null));
    // "NOM | Prénom | …": the given name has a column of its own
    const givenColumn = headerCells[1] && /^prenoms?$/.test(headerCells[1].text.trim()) ? 1 : -1;
    if (!columns.includes('present') && !columns.includes('code')) continue;
    const roleColumn = headerCells.findIndex((c) => /^(?:fonctions?|qualites?|roles?|mandats?)$/.test(c.text.trim()));
    const noteColumn = headerCells.findIndex((c) => /^(?:observations?|remarques?|commentaires?)$/.test(c.text.trim()));
    // a column of each titulaire's substitute ("Délégué suppléant"): the one who sits when the state says so ("Excusé – suppléé")
    const substituteColumn = headerCells.findIndex((c, i) => i > 0 && /^(?:delegue(?:\(e\)|e)?s?\s+)?suppleante?s?(?:\(e\))?$/.test(c.text.trim()));
    // a column naming who sat in the member's place ("Suppléé par", "Remplacé(e) par"): that one is present
    // (or "Suppléant ayant siégé")
    const sittingColumn = headerCells.findIndex((c, i) => i > 0 && /^(?:(?:supplee?|remplacee?)(?:\(e\))?\s+par|suppleante?s?(?:\(e\))?\s+(?:ayant\s+siege|siegeant|present(?:e|\(e\))?))$/.test(c.text.trim()));
    const out: GridTable = { present: [], absent: [], excused: [], proxies: [], substitutions: [], headingStart: headStart, headingEnd: headStart + hm[1]!.length, start: headStart, end: headStart + hm[1]!.length, coded: columns.includes('code') };
    let rows = 0;
    // a page break inside the grid: its footer and header lines, then the header row again (the grid goes on under it)
    const headerKey = hm[1]!.replace(/\s+/g, ' ').trim();
    const isHeaderRow = (k: number): boolean => src.fold.slice(src.lineStarts[k - 1]!, src.lineStarts[k - 1]! + src.lineLength(k)).replace(/\s+/g, ' ').trim() === headerKey;
    const headerAgain = (l: number): number => {
      for (let k = l; k <= Math.min(src.lineCount, l + 8); k++) {
        const ks = src.lineStarts[k - 1]!;
        if (ks >= to) return -1;
        if (isHeaderRow(k)) return k + titleLinesAfter(src, k, headerCells, piped, sep);
      }
      return -1;
    };
    /** The first row after a page's furniture from line `l` (blank lines and one or two lines ending with a page number), or -1. */
    const rowsAfterPageBreak = (l: number): number => {
      let furniture = 0;
      for (let k = l; k <= Math.min(src.lineCount, l + 6); k++) {
        const ks = src.lineStarts[k - 1]!;
        if (ks >= to) return -1;
        const text = src.norm.slice(ks, ks + src.lineLength(k));
        if (!text.trim()) continue;
        if (PAGE_NUMBER_END.test(text)) {
          if (++furniture > 2) return -1;
          continue;
        }
        // (the header row again after the page's footer, its titles wrapped as on the first page: the rows go on under it)
        if (furniture > 0 && isHeaderRow(k)) return k + titleLinesAfter(src, k, headerCells, piped, sep) + 1;
        const row = cut(text, ks);
        return furniture > 0 && row.length >= 2 && person(row[0]!.text, row[0]!.start) ? k : -1;
      }
      return -1;
    };
    rowsLoop: for (let l = bodyLine + 1; l <= src.lineCount; l++) {
      const start = src.lineStarts[l - 1]!;
      if (start >= to) break;
      const line = src.norm.slice(start, start + src.lineLength(l));
      if (!line.trim()) {
        // an empty line between rows (OCR makes a paragraph of each short row) does not end the grid
        const after = src.lineText(l + 1);
        if (rows > 0 && !(piped && after.includes('|')) && !(!/[|\t]/.test(after) && COLLEGE_ROW.test(after))) {
          const again = headerAgain(l + 1);
          if (again >= 0) {
            l = again;
            continue;
          }
          // a page break without the header again: its footer or header line ("Mairie de X – Conseil du 14 mars 2023   2/4"),
          // then the rows go on
          const resumed = rowsAfterPageBreak(l + 1);
          if (resumed < 0) break;
          l = resumed - 1;
        }
        continue;
      }
      if (/^[\s|+:=_-]+$/.test(line)) continue; // border
      // (a group's heading alone on its line between the rows, "MEMBRES NOMMÉS PAR LE MAIRE", names no one: the grid goes on)
      if (!/[|\t]/.test(line) && COLLEGE_ROW.test(line)) continue;
      // the rule under the header row read by OCR as a few stray letters ("ne Di")
      if (rows === 0 && piped && !line.includes('|') && line.trim().length <= 8) continue;
      // a row the excerpt cuts ("| FRAYSSINET Marielle | Var" where the text ends): its marks are unknown
      if (piped && sep === '|' && !/\|\s*$/.test(line) && src.norm.slice(start + line.length).trim() === '') break;
      // (or cut at TABs before its first state cell: "POUYDEBAT Serge<TAB>Chambre de commerce et d'" where the text ends)
      if (piped && sep === '\t' && line.split('\t').length <= asideCount + columns.findIndex((k) => k !== null) && src.norm.slice(start + line.length).trim() === '') break;
      const whole = cut(line, start);
      // (aligned with spaces, a cell wrapped onto the next line, the row's other cells empty there: "…   Excusé   M. Jean-Baptiste"
      // / "                                  DELACOURTIE-MARTEL"): joined to the cell above it
      if (!piped && l < src.lineCount) {
        const nextStart = src.lineStarts[l]!;
        const more = nextStart < to ? cut(src.norm.slice(nextStart, nextStart + src.lineLength(l + 1)), nextStart) : [];
        const nameEnd = headerCells[0]!.end - headStart;
        const under = more.map((c) => whole.findIndex((w) => Math.abs(w.start - start - (c.start - nextStart)) <= 2));
        // (the member's cell too when it holds one word, the given name below it: "BOURDEAU-VILLEMIN" / "Jean-Christophe")
        // (alone on its line: a row of a « NOM | Prénom » table opens with one word too, other cells beside it)
        // (or, beside a column of communes, the rest of a name or a role in small letters under a name in capitals: "ROUSSET
        // Jean-Baptiste," / "président", "ARNAUD-LAFFONT" / "Marie-Christine" — no surname of its own, so no member's row)
        const nameWraps = (c: { text: string }, i: number) =>
          more.length === 1 && under[i] === 0 && whole[0] !== undefined && ((!/\s/.test(whole[0].text.trim()) && !/\s/.test(c.text.trim())) || (asideFirst && /\p{Lu}{2}/u.test(whole[0].text) && !/\p{Lu}{2}|\d/u.test(c.text)) ||
            // (or a name cell without its surname, "M. Lucien", the surname alone under it: "DOUMERGAL")
            (asideFirst && !/\p{Lu}{2}/u.test(whole[0].text) && /^\p{Lu}{2}[\p{Lu}'’-]*$/u.test(c.text.trim()))) ||
          // (or a compound given name wrapped at its own hyphen, other cells beside it: "FONTAINE Marie-" / "Hélène")
          (under[i] === 0 && whole[0] !== undefined && /\p{Lu}{2}[^\n]*\s\p{Lu}\p{Ll}+-$/u.test(whole[0].text.trim()) && /^\p{Lu}\p{Ll}+$/u.test(c.text.trim()));
        if (more.length > 0 && more.every((c, i) => under[i]! >= 0 && (c.start - nextStart > nameEnd + 2 || nameWraps(c, i)))) {
          more.forEach((c, i) => {
            const w = whole[under[i]!]!;
            // (a word wrapped at its hyphen is joined without a space: "Marie-" / "Hélène" is "Marie-Hélène")
            whole[under[i]!] = { ...w, text: /\p{L}-$/u.test(w.text.trim()) ? `${w.text.trim()}${c.text.trim()}` : `${w.text} ${c.text}` };
          });
          l++;
        }
      }
      // (a commune's name wrapped in its cell, "Eygalayes-sur-" / "Euze", the line's other cells empty: no row)
      if (!piped && asideFirst && rows > 0 && whole.length === 0) continue;
      const secondAt = headStart + twinShift + (headerCells[0]!.start - headStart) - 2;
      const parts = !twin ? [whole] : piped ? [whole.slice(0, headerCells.length), whole.slice(headerCells.length)] : [whole.filter((c) => c.start - start < secondAt - headStart), whole.filter((c) => c.start - start >= secondAt - headStart)];
      for (const [part, row] of parts.entries()) {
        /** Where this part's columns stand right of the header's (the second half of a twin table aligned with spaces). */
        const shift = !piped && part > 0 ? twinShift : 0;
        const given = givenColumn > 0 && row[1] && !GRID_MARK.test(row[1].text.trim()) ? row[1] : null;
        // (a member's row with no mark at all, aligned with spaces in a table whose group column is written on its first row only:
        // the name alone, right under the members' title — a member marked nowhere, read as the rows of marks read it)
        const unmarked = row.length === 1 && !piped && asideFirst && rows > 0 && Math.abs(row[0]!.start - start - nameHeadAt) <= 2;
        const who = row.length < 2 && !unmarked ? null : given ? person(src.norm.slice(row[0]!.start, given.end).replace(/[|\s]+/g, ' '), row[0]!.start) : person(row[0]!.text, row[0]!.start);
        if (!who) {
          // (the second member's cells of a row may be empty: the last row of a table of two members per row)
          if (part > 0) continue;
          // (between pipes, a cell wrapped onto the next line, the member's cell empty there: "| Mme X | … | suppléante de Mme |" /
          // "|   |   |   | MAC KENZIE, voix délibérative |" — no member's row, the rows go on under it)
          if (piped && sep === '|' && rows > 0 && row[0] !== undefined && !row[0].text.trim() && row.some((c) => c.text.trim())) continue rowsLoop;
          // (a page's footer right under a row, no blank line before it, "Mairie de X – 1, place … – page 1/2": the rows go on
          // after it)
          const resumed = rows > 0 && PAGE_NUMBER_END.test(line) ? rowsAfterPageBreak(l) : -1;
          if (resumed >= 0) {
            l = resumed - 1;
            continue rowsLoop;
          }
          const again = rows > 0 ? headerAgain(l) : -1;
          if (again < 0) break rowsLoop;
          l = again;
          continue rowsLoop;
        }
        rows++;
        out.end = start + line.length;
        // cells are matched to columns by position: the header's cell whose span overlaps the row's cell; an empty cell is none
        const cellUnder = (col: number) => {
          const h = headerCells[col]!;
          // (aligned with spaces, of the cells reaching into the title's span the one overlapping it most: a long cell of the column
          // before, "CC Val de Lisle", may end a place into « Présent » beside the mark under it)
          const near = piped ? [] : row.filter((x) => x.start - start < h.end - headStart + shift + 2 && x.end - start > h.start - headStart + shift - 2 && x !== row[0]);
          const overlap = (x: { start: number; end: number }) => Math.min(x.end - start, h.end - headStart + shift) - Math.max(x.start - start, h.start - headStart + shift);
          const c = piped ? row[col] : near.reduce<(typeof near)[number] | undefined>((best, x) => (best === undefined || overlap(x) > overlap(best) ? x : best), undefined);
          return c && c.text.trim() ? c : null;
        };
        const stateOf = (kind: 'present' | 'absent' | 'excused' | 'holder' | 'code') => {
          const col = columns.indexOf(kind);
          return col < 0 ? null : cellUnder(col);
        };
        const mark = (kind: 'present' | 'absent' | 'excused') => {
          const c = stateOf(kind);
          return c !== null && markCell(c.text, src.norm.slice(start + line.length).trim() === '');
        };
        // a "Fonction" / "Qualité" column gives the role ("Président (Maire)")
        if (roleColumn >= 0 && who.role === null) {
          const c = cellUnder(roleColumn);
          if (c && !GRID_MARK.test(c.text.trim())) who.role = c.text.trim();
        }
        const holderCell = stateOf('holder');
        let holder = holderCell && !GRID_MARK.test(holderCell.text.trim()) ? (person(holderCell.text, holderCell.start) ?? officeHolder(src, holderCell)) : null;
        // an « Observations » cell that states the proxy: "pouvoir à M. CALAS", after the member's state too ("excusé – pouvoir
        // à M. CALAS": excused and represented)
        // (or, beside a code that says a proxy, an arrow to its holder: "Pv" then "→ CALAS J.", a legend's « suivi du mandataire »)
        const noteCell = !holder && noteColumn >= 0 && piped ? row[noteColumn] : undefined;
        let notedState: CodedState | null = null;
        if (noteCell) {
          const m = /^(\s*(?:(excus[ée]e?|absente?)\s*[-–—,:]?\s*)?(?:pouvoir|procuration|d[ée]l[ée]gation)(?:\s+donn[ée]e?)?\s+(?:à|a|au)\s+)(\S.*?)\s*$/i.exec(noteCell.text);
          if (m) holder = person(m[3]!, noteCell.start + m[1]!.length);
          if (m && holder && m[2]) notedState = { state: /^excus/i.test(m[2]) ? 'excused' : 'absent', holder: null };
          const arrow = m ? null : /^(\s*(?:→|->|=>|⇒)\s*)(\S.*?)\s*$/.exec(noteCell.text);
          if (arrow && stateOf('code') && codedState(stateOf('code')!.text)?.state === 'proxy') holder = person(arrow[2]!, noteCell.start + arrow[1]!.length);
        }
        // a column of codes: "P", "E", "A", "Pv" (its holder in the « Pouvoir donné à » column), "excusé – pouvoir à X"
        const codeCell = stateOf('code');
        // (or, no column of codes, a state written in words in the « Présent » column instead of its mark: read as a code)
        const stateCell = codeCell ?? (columns.includes('code') ? null : wordedMarkCell(stateOf('present')));
        // (no state cell, the « Observations » cell saying the member excused or absent with the proxy: that state)
        const coded = stateCell ? (codedState(stateCell.text) ?? (substituteColumn >= 0 ? substitutedCode(stateCell.text) : null)) : notedState;
        if (codeCell && !coded) unknownStates++;
        // (a state cell the excerpt cuts, "MULLER Roger<TAB>Vallon<TAB>pré" where the text ends: that member's state is unknown)
        if (codeCell && !coded && !holder && src.norm.slice(start + line.length).trim() === '') continue;
        if (coded?.holder && !holder) holder = person(coded.holder.text, stateCell!.start + coded.holder.at);
        if (coded) {
          // (the member's office in brackets after the state, "présent (Président)", goes with the member, as a status row's does)
          const office = stateCell ? /\(([^()]{2,40})\)\s*$/.exec(stateCell.text) : null;
          if (office && who.role === null && isRoleOnly(office[1]!.trim())) who.role = office[1]!.trim();
          placeCoded(out, who, coded, holder);
          // (the substitute named in the cell sat in the titulaire's place)
          if (coded.substitute) sitSubstitute(out, who, person(coded.substitute.text, stateCell!.start + coded.substitute.at));
          // (the substitute in its column sat in the titulaire's place)
          else if (coded.substituted && substituteColumn >= 0) {
            const c = cellUnder(substituteColumn);
            const sub = c ? person(c.text, c.start) : null;
            if (sub) {
              out.present.push(sub);
              out.substitutions.push({ titular: who, substitute: sub });
            }
          }
          continue;
        }
        // the « Présent » mark noting the substitute sat, "X (suppléant)", in a grid with a column of substitutes: the row's
        // substitute present in the seat, the titulaire away (excused)
        const presentCell = substituteColumn >= 0 ? stateOf('present') : null;
        if (presentCell && /^(?:x|✓|✔|☑|☒)\s*\(\s*(?:le\s+|la\s+)?suppl[ée]ante?(?:\s+si[èe]ge)?\s*\)$/i.test(presentCell.text.trim())) {
          const c = cellUnder(substituteColumn);
          const sub = c ? person(c.text, c.start) : null;
          if (sub) {
            out.excused.push(who);
            out.present.push(sub);
            out.substitutions.push({ titular: who, substitute: sub });
            continue;
          }
        }
        const sitting = sittingColumn >= 0 ? cellUnder(sittingColumn) : null;
        const sitter = sitting && !GRID_MARK.test(sitting.text.trim()) ? person(sitting.text, sitting.start) : null;
        if (sitter && !mark('present')) {
          out.present.push(sitter);
          out.substitutions.push({ titular: who, substitute: sitter });
        }
        if (mark('present')) out.present.push(who);
        else if (mark('excused')) out.excused.push(who);
        else if (mark('absent') || !holder) out.absent.push(who);
        // (a member with a holder and no absence mark is represented: a proxy, not an absence)
        if (holder) out.proxies.push({ giver: who, holder });
        // an « Observations » cell naming the titular a substitute present sits for: "suppléante de JUNG Robert"
        if (noteColumn >= 0 && mark('present')) {
          const c = piped ? row[noteColumn] : cellUnder(noteColumn);
          const m = c ? /^(\s*(?:suppl[ée]ante?|rempla[çc]ante?|en\s+remplacement)\s+(?:de|du|d['’])\s*)(\S.*?)\s*$/i.exec(c.text) : null;
          const titular = m ? person(m[2]!, c!.start + m[1]!.length) : null;
          if (titular) out.substitutions.push({ titular, substitute: who });
        }
      }
    }
    // (a table by commune whose states this reader cannot all tell is left to the readers of legends and rows)
    if (rows >= 2 && !(asideFirst && communeFirst && unknownStates > 0)) return out;
  }
  return null;
}

/**
 * How many lines right under a grid's header row (line `headLine`) carry the rest of its titles, wrapped there by the
 * extraction ("Pouvoir" / "donné à", "Remplacé" / "par son" / "suppléant"): at most three lines, each with words in small
 * letters only (a code's legend in brackets allowed, "(P/E/A)"; or the lone « à » of "Pouvoir" / "à"), no figure, no mark, and nothing under the first column —
 * a row always names its member there, so a row is never taken for a title.
 */
function titleLinesAfter(src: SourceText, headLine: number, headerCells: Array<{ start: number }>, piped: boolean, sep: '|' | '\t'): number {
  let n = 0;
  while (n < 3 && headLine + n + 1 <= src.lineCount) {
    const l = headLine + n + 1;
    const start = src.lineStarts[l - 1]!;
    const line = src.norm.slice(start, start + src.lineLength(l));
    if (!line.trim() || /\d|\p{Lu}{2}/u.test(line.replace(/\([\p{Lu}\s\/]+\)/gu, ''))) break;
    const row = cells(line, start, piped, sep).filter((c) => c.text.trim());
    const firstEnd = headerCells[1]?.start ?? Infinity;
    const firstStart = headerCells[0]?.start ?? 0;
    const underFirst = piped ? cells(line, start, piped, sep)[0]?.text.trim() : row.some((c) => c.start - start < firstEnd - src.lineStarts[headLine - 1]! - 2 && c.end - start > firstStart - src.lineStarts[headLine - 1]!);
    if (!row.length || underFirst || row.some((c) => GRID_MARK.test(c.text.trim()) || !/^(?:[\p{L}()\/.'’ -]{2,}|à)$/u.test(c.text.trim()))) break;
    n++;
  }
  return n;
}

/** The header's cells with the words of its `count` wrapped title lines joined to the title each stands under (by index at TABs or pipes, else by position). */
function withWrappedTitles<C extends { text: string; start: number; end: number }>(src: SourceText, headLine: number, count: number, headerCells: C[], piped: boolean, sep: '|' | '\t'): C[] {
  if (!count) return headerCells;
  const out = headerCells.map((c) => ({ ...c }));
  const headAt = src.lineStarts[headLine - 1]!;
  for (let l = headLine + 1; l <= headLine + count; l++) {
    const start = src.lineStarts[l - 1]!;
    const row = cells(src.fold.slice(start, start + src.lineLength(l)), start, piped, sep);
    row.forEach((c, i) => {
      if (!c.text.trim()) return;
      // (aligned with spaces: the last title starting at most two places right of the words)
      const col = piped ? i : out.reduce((best, h, j) => (h.start - headAt <= c.start - start + 2 ? j : best), -1);
      if (col >= 0 && out[col]) out[col]!.text = `${out[col]!.text.trim()} ${c.text.trim()}`;
    });
  }
  return out;
}

/** A TAB header row whose grid ends at the first run of TABs, another table's title after it (see `readGridTable`; folded). */
function tableBeside(header: string): boolean {
  const grid = header.slice(0, header.indexOf('\t\t')).split('\t').map((c) => c.trim());
  return grid.length >= 3 && grid.every((c) => c.length > 0) && NAME_COLUMN.test(grid[0]!) && grid.some((c) => CODE_COLUMN.test(c) || GRID_COLUMNS.some((g) => g.kind === 'present' && g.re.test(c)));
}

/**
 * The header's cells under a line of merged titles right above the header row, each spanning the columns below it
 * ("|   | Présence | Pouvoir |" over "| Conseiller | P | E | A | donné à | reçu de |"): a title this reader does not know
 * alone ("donné à") is read with the merged title over it ("pouvoir donné à"); a known one ("P") is kept as it is. Pipes
 * only: the merged cell's span is told by the pipes of both lines.
 */
function withSpanningTitles<C extends { text: string; start: number; end: number }>(src: SourceText, headLine: number, headerCells: C[], piped: boolean, sep: '|' | '\t'): C[] {
  if (!piped || sep !== '|' || headLine < 2) return headerCells;
  const upStart = src.lineStarts[headLine - 2]!;
  const upLine = src.fold.slice(upStart, upStart + src.lineLength(headLine - 1));
  const spans = cells(upLine, upStart, true, '|').filter((c) => c.text.trim());
  // (a line of merged titles is words only, fewer cells than the header's)
  if (!spans.length || spans.length >= headerCells.length || spans.some((c) => !/^[\p{L}'’ -]{2,}$/u.test(c.text.trim()))) return headerCells;
  const headAt = src.lineStarts[headLine - 1]!;
  return headerCells.map((c) => {
    if (isKnownTitle(c.text.trim())) return c;
    // (the merged cell over it: the one covering most of its width, over half of it — pipes typed by hand are not aligned)
    const overlap = (u: { start: number; end: number }) => Math.min(u.end - upStart, c.end - headAt) - Math.max(u.start - upStart, c.start - headAt);
    const over = spans.find((u) => 2 * overlap(u) > c.end - c.start);
    return over ? { ...c, text: `${over.text.trim()} ${c.text.trim()}` } : c;
  });
}

/** A grid's column title this reader knows (folded): a member's, a given name's, a state's, a holder's, an office's or a note's. */
function isKnownTitle(t: string): boolean {
  return NAME_COLUMN.test(t) || CODE_COLUMN.test(t) || GRID_COLUMNS.some((g) => g.re.test(t)) || /^(?:prenoms?|fonctions?|qualites?|roles?|mandats?|observations?|remarques?|commentaires?)$/.test(t);
}

/**
 * A header cell written in two languages, the title and its translation apart by a slash, either first ("Bertan / Présent",
 * "Ahalordea / Pouvoir à", "Présence / Attendance"): the side that is a title this reader knows (two letters at least), else
 * the cell unchanged — so is a cell known whole ("Nom / Prénom", "Pouvoir à / suppléé par").
 */
function knownTitle(text: string): string {
  const t = text.trim();
  if (!t.includes('/') || isKnownTitle(t)) return text;
  const side = t.split(/\s+\/\s+/).find((x) => x.length >= 2 && isKnownTitle(x));
  return side ?? text;
}

/** The cells of a header row whose cells were glued: a new cell where a capital follows a small letter or ")". */
function ungluedCells(line: string, base: number): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let start = 0;
  for (const m of line.matchAll(/(?<=[\p{Ll})])(?=\p{Lu})/gu)) {
    out.push({ text: line.slice(start, m.index), start: base + start, end: base + m.index! });
    start = m.index!;
  }
  out.push({ text: line.slice(start), start: base + start, end: base + line.length });
  return out;
}

/**
 * The cells of a table row at offset `base`: between pipes (or TABs), empty ones kept, nothing before a
 * leading border nor after a trailing one; `piped` false: runs of text apart by two spaces or more.
 */
export function cells(line: string, base: number, piped: boolean, sep: '|' | '\t' | ';' = '|'): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  if (!piped) {
    for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ text: m[0], start: base + m.index!, end: base + m.index! + m[0].length });
    return out;
  }
  // every cell between two pipes (or TABs), empty ones included ("NOM || X |": the empty cell keeps the columns aligned)
  // (a cell filled with the table's rule, as OCR reads a drawn table: "|_CROS Yvette___|_présente__|", without it)
  let at = 0;
  for (const part of line.split(sep)) {
    const lead = sep === '|' ? /^_*/.exec(part)![0].length : 0;
    const text = sep === '|' ? part.slice(lead).replace(/_+(?=\s*$)/, '') : part;
    out.push({ text, start: base + at + lead, end: base + at + lead + text.length });
    at += part.length + 1;
  }
  // nothing before a leading border nor after a trailing one
  // (a TAB opening a row is its first cell left empty, "\tCAUSSANEL Irène\tMIQUEL Pascal\tP" under "Commune\tTitulaire…": kept)
  if (out.length && !out[0]!.text.trim() && sep !== '\t') out.shift();
  if (out.length && !out[out.length - 1]!.text.trim()) out.pop();
  return out;
}

/** A column heading naming a list ("Présents", "Absents représentés", "Pouvoirs", "Excusés"). */
const LIST_COLUMNS: Array<{ kind: 'present' | 'absent' | 'excused' | 'proxies'; re: RegExp }> = [
  { kind: 'proxies', re: /^(?:(?:absente?s?|excusee?s?)\s+(?:representee?s?|ayant\s+donne\s+(?:pouvoir|procuration))|pouvoirs?|procurations?|representee?s?)$/ },
  { kind: 'excused', re: /^(?:absente?s?\s+)?excusee?s?(?:\s*\(e\))?$/ },
  { kind: 'absent', re: /^absente?s?(?:\s+non\s+(?:representee?s?|excusee?s?))?$/ },
  { kind: 'present', re: /^(?:membres\s+|conseillers?\s+|delegue(?:e|s|es)?\s+(?:titulaires?\s+)?|titulaires?\s+)?presente?s?$/ },
];

export interface ColumnListTable {
  /** Header row: offsets of the row. */
  headingStart: number;
  headingEnd: number;
  end: number;
  /**
   * Each cell's list; `window`, for a table aligned with spaces, the columns (from the line's start) the cell holds on
   * each line of [start, end): what stands outside is another column's.
   */
  cells: Array<{ kind: 'present' | 'absent' | 'excused' | 'proxies'; start: number; end: number; window?: { from: number; to: number } }>;
}

/**
 * Lists laid out side by side in a table drawn with pipes, one column per
 * list, one person per cell:
 *   | Présents                 | Absents représentés                   | Absents |
 *   |---|---|---|
 *   | Mme A, Maire             | M. B (pouvoir à Mme A)                | M. C    |
 * Returns the non-empty cells with the list of their column.
 */
export function readColumnLists(src: SourceText, from: number, to: number): ColumnListTable | null {
  const zone = src.fold.slice(from, to);
  // (every heading row holds a '|': without one, no search; or the table is aligned with spaces, its rows by commune)
  if (!zone.includes('|')) return readSpacedColumnLists(src, from, zone);
  for (const hm of zone.matchAll(/(?:^|\n)([ \t]*\|[^\n]*\bpresente?s?\b[^\n]*\|[ \t]*)(?=\n)/g)) {
    const headStart = from + hm.index! + hm[0].indexOf(hm[1]!);
    const header = cells(src.fold.slice(headStart, headStart + hm[1]!.length), headStart, true);
    const kinds = header.map((c) => LIST_COLUMNS.find((k) => k.re.test(c.text.trim()))?.kind ?? null);
    if (header.length < 2 || kinds.some((k) => k === null)) continue;
    const out: ColumnListTable = { headingStart: headStart, headingEnd: headStart + hm[1]!.length, end: headStart + hm[1]!.length, cells: [] };
    let rows = 0;
    for (let l = src.lineAt(headStart) + 1; l <= src.lineCount; l++) {
      const start = src.lineStarts[l - 1]!;
      if (start >= to) break;
      const line = src.norm.slice(start, start + src.lineText(l).length);
      if (!/^[ \t]*\|/.test(line)) break;
      out.end = start + line.length;
      if (/^[\s|+:=_-]+$/.test(line)) continue; // border
      // (a group's heading alone on its line between the rows, "MEMBRES NOMMÉS PAR LE MAIRE", names no one: the grid goes on)
      if (!/[|\t]/.test(line) && COLLEGE_ROW.test(line)) continue;
      const row = cells(line, start, true);
      rows++;
      row.forEach((c, i) => {
        const kind = kinds[i];
        if (kind && c.text.trim()) out.cells.push({ kind, start: c.start, end: c.end });
      });
    }
    if (rows > 0) return out;
  }
  return null;
}

/** A header row aligned with spaces, the rows' commune first: "Commune      Délégués présents      Excusés" (folded). */
// (one gap then the rest of the line: a repeated group "(?: {2,}[a-z][^\n]*?)+" matched the same and backtracked
// exponentially on a last line without its newline)
const SPACED_LIST_HEADER = /(?:^|\n)([ \t]*(?:communes?|collectivites?|membres?(?:\s+adherents?)?) {2,}[a-z][^\n]*?)[ \t]*(?=\n)/g;

/**
 * A header row aligned with spaces of list titles only, the present one first: "PRÉSENTS      ABSENTS AYANT DONNÉ POUVOIR
 * ABSENTS" (folded; three titles at least, checked by the reader: two side by side are `sideBySide`'s in attendance.ts).
 */
const SPACED_TITLES_HEADER = /(?:^|\n)([ \t]*presente?s? {2,}[a-z][^\n]*?)[ \t]*(?=\n)/g;

/**
 * The header's titles with the words of the line under it joined to the title they stand under, when that line holds
 * words only under titles a list's kind does not name alone and names with them ("absents ayant donne" + "pouvoir"); else null.
 */
function wrappedListTitles<C extends { text: string; start: number; end: number }>(src: SourceText, headLine: number, header: C[]): C[] | null {
  if (headLine >= src.lineCount) return null;
  const start = src.lineStarts[headLine]!;
  const next = cells(src.fold.slice(start, start + src.lineLength(headLine + 1)), start, false);
  if (!next.length) return null;
  const headAt = src.lineStarts[headLine - 1]!;
  const out = header.map((c) => ({ ...c }));
  for (const c of next) {
    const i = out.findIndex((t) => Math.abs(t.start - headAt - (c.start - start)) <= 2);
    const kindOf = (t: string) => LIST_COLUMNS.some((k) => k.re.test(t));
    if (i < 0 || kindOf(out[i]!.text.trim()) || !kindOf(`${out[i]!.text.trim()} ${c.text.trim()}`)) return null;
    out[i]!.text = `${out[i]!.text.trim()} ${c.text.trim()}`;
  }
  return out;
}

/**
 * The same lists side by side in a table aligned with spaces, each row a commune (its cell first, not read), a cell
 * wrapping over the lines below it in its own column until the next commune's row:
 *   Commune              Délégués présents                 Excusés
 *   Saint-Amans          CROS Jean-Pierre, MAZARS Yvette,  VAYSSIÈRE Marc (pouvoir à CROS
 *                        BOYER Alain                       Jean-Pierre)
 * One cell per list column, spanning the rows (a blank line ends them), read within its window of columns.
 */
function readSpacedColumnLists(src: SourceText, from: number, zone: string): ColumnListTable | null {
  if (!zone.includes('  ')) return null;
  const headers = [...[...zone.matchAll(SPACED_LIST_HEADER)].map((hm) => ({ hm, aside: 1 })), ...[...zone.matchAll(SPACED_TITLES_HEADER)].map((hm) => ({ hm, aside: 0 }))];
  for (const { hm, aside } of headers) {
    const headStart = from + hm.index! + hm[0].indexOf(hm[1]!);
    const header = cells(hm[1]!, headStart, false);
    const headLine = src.lineAt(headStart);
    const lineStart = src.lineStarts[headLine - 1]!;
    // (a title wrapped onto the line under it, "ABSENTS AYANT DONNÉ" / "POUVOIR": read whole, the rows after it)
    const wrapped = aside === 0 ? wrappedListTitles(src, headLine, header) : null;
    const titles = (wrapped ?? header).slice(aside);
    const kinds = titles.map((c) => LIST_COLUMNS.find((k) => k.re.test(c.text.trim()))?.kind ?? null);
    if (titles.length < (aside ? 2 : 3) || kinds.some((k) => k === null) || !kinds.includes('present')) continue;
    const bodyLine = wrapped ? headLine + 1 : headLine;
    let last = bodyLine;
    for (let l = bodyLine + 1; l <= src.lineCount && src.lineText(l).trim(); l++) last = l;
    if (last === bodyLine) continue;
    const start = src.lineStarts[bodyLine]!;
    const end = src.lineStarts[last - 1]! + src.lineText(last).length;
    const out: ColumnListTable = { headingStart: headStart, headingEnd: headStart + hm[1]!.length, end, cells: [] };
    titles.forEach((t, i) => {
      const window = { from: t.start - lineStart - 2, to: i + 1 < titles.length ? titles[i + 1]!.start - lineStart - 2 : Number.MAX_SAFE_INTEGER };
      out.cells.push({ kind: kinds[i]!, start, end, window });
    });
    return out;
  }
  return null;
}

/** Titles of the other columns a presence table may have beside the member's and the state's. */
const OTHER_COLUMN = new RegExp(String.raw`^(?:${BODY_TITLE}|representant(?:\(e\)|e)?s?|${OFFICE_TITLE}|observations?|remarques?|signatures?|emargement|suppl\w*(?:\s+par)?|rempla\w*)$`);

/** A column of the bodies the members sit for, titled alone on its header line: "Commune", "Collectivité". */
const BODY_COLUMN = new RegExp(String.raw`^(?:${BODY_TITLE})$`);

/**
 * How many header lines right above the members' title `l` title a column of bodies (« Commune » / « Délégué titulaire »
 * / « Présence »: a syndicate's delegates by commune), none before `first`; two at most.
 */
function leadingBodyTitles(l: number, first: number, foldOf: (line: number) => string): number {
  let lead = 0;
  while (lead < 2 && l - lead - 1 >= first && BODY_COLUMN.test(foldOf(l - lead - 1).replace(/\s*:$/, ''))) lead++;
  return lead;
}

/**
 * A presence table copied from a web page, one cell per line (the cells of a
 * row on consecutive lines, the header's too):
 *   Délégué / Commune / Présence
 *   ALBAGNAC Pierre / Lantouy / ✓
 *   CAMBOU Didier / Lantouy / excusé – pouvoir à BOYER Martine
 * or "Conseiller / Code / Mandataire" with "ABADIE Roger / Pv / SOUBIRON Jean-Marc".
 * The header is the member's column, then the other columns' titles, one of
 * them a column of states (`CODE_COLUMN`, read by `codedState`); rows follow,
 * as many lines each as the header has, empty cells written "–". The table
 * ends at the first group of lines that is no row (no member first, no state
 * in its column). Null unless three rows or more are read.
 */
export function readCellLineGrid(src: SourceText, from: number, to: number, person: (text: string, start: number) => PersonText | null): GridTable | null {
  const first = src.lineAt(from);
  const last = src.lineAt(Math.max(from, Math.min(to, from + 8000) - 1));
  const lineOf = (l: number) => {
    const start = src.lineStarts[l - 1]!;
    return { start, text: src.norm.slice(start, start + src.lineLength(l)), fold: src.fold.slice(start, start + src.lineLength(l)).trim() };
  };
  for (let l = first; l <= last; l++) {
    if (!NAME_COLUMN.test(lineOf(l).fold)) continue;
    const kinds: Array<'code' | 'holder' | 'other'> = [];
    let k = l + 1;
    for (; k <= last && kinds.length < 5; k++) {
      const t = lineOf(k).fold.replace(/\s*:$/, '');
      if (CODE_COLUMN.test(t)) kinds.push('code');
      else if (GRID_COLUMNS.some((g) => g.kind === 'holder' && g.re.test(t))) kinds.push('holder');
      else if (OTHER_COLUMN.test(t)) kinds.push('other');
      else break;
    }
    const codeAt = kinds.indexOf('code');
    if (codeAt < 0) continue;
    // (the bodies' column before the members', « Commune / Délégué titulaire / Présence »: each row opens with its cell)
    const lead = leadingBodyTitles(l, first, (at) => lineOf(at).fold);
    const width = kinds.length + 1 + lead;
    const headStart = src.lineStarts[l - lead - 1]!;
    const out: GridTable = { present: [], absent: [], excused: [], proxies: [], substitutions: [], headingStart: headStart, headingEnd: lineOf(k - 1).start + lineOf(k - 1).text.length, start: headStart, end: 0, coded: true };
    let rows = 0;
    let r = k;
    // (a legend line between the header and the rows is no row: "(P = présent ; E = excusé …)")
    const headerKeys = new Set(Array.from({ length: width }, (_, j) => lineOf(l - lead + j).fold));
    /** Lines of a page break from r: blank, page number, running header or footer, the header's titles again. */
    const furniture = (at: number) => {
      const t = lineOf(at);
      return (
        !t.text.trim() ||
        headerKeys.has(t.fold) ||
        PAGE_NUMBER_END.test(t.fold) ||
        // (the page footer's address, a telephone number or a street and a postcode: "Mairie de X – place de la Fontaine –
        // 04270 – Tél. 04 92 35 18 60")
        ADDRESS_FOOTER.test(t.fold) ||
        // (an ACTES stamp's lines: "Reçu en préfecture le 24/06/2019", "Affiché le …", "ID : 065-…-DE")
        /^(?:(?:recu|envoye|affiche|publie|transmis|accuse\s+de\s+reception|date\s+de\s+(?:reception|publication|mise\s+en\s+ligne))\b|id\s*:)/.test(t.fold) ||
        (/(?:conseil|seance|proces-verbal|compte[- ]rendu|registre|comite)/.test(t.fold) && /(?:19|20)\d\d/.test(t.fold) && !/[,;]/.test(t.fold))
      );
    };
    while (r <= last) {
      while (r <= last && !lineOf(r).text.trim()) r++;
      // a page break inside the table (its footer, the next page's header, the header row again): the rows go on after it
      if (rows > 0 && furniture(r) && lineOf(r).text.trim()) {
        // (a stamp's three lines, the page number and the header's titles again: a dozen lines at most)
        let k2 = r;
        while (k2 <= last && k2 - r < 12 && furniture(k2)) k2++;
        if (k2 - r < 12) r = k2;
      }
      if (r + width - 1 > last + 1) break;
      const cellsOf = Array.from({ length: width }, (_, j) => lineOf(r + j));
      // (the holder's column last and left empty without a mark, as a PDF's text layer drops empty cells: the row is one
      // line shorter when its last line starts the next row, a member whose next line is no person — a role, a state)
      let rowWidth = width;
      const holderLast = kinds.indexOf('holder') === kinds.length - 1 && kinds.length >= 2;
      if (holderLast) {
        const cand = cellsOf[width - 1]!;
        const after = lineOf(r + width);
        const holderShaped = cand.text.trim() !== '' && (/^[-–—]$/.test(cand.text.trim()) || (!furniture(r + width - 1) && person(cand.text, cand.start) !== null && (!after.text.trim() || person(after.text, after.start) !== null || furniture(r + width))));
        if (!holderShaped) rowWidth = width - 1;
      }
      if (cellsOf.slice(0, rowWidth).some((c) => !c.text.trim())) break;
      const name = cellsOf[lead]!;
      const who = person(name.text.replace(/,\s*[^,]*$/, (m) => ' '.repeat(m.length)), name.start);
      const codeCell = cellsOf[lead + codeAt + 1]!;
      const coded = codedState(codeCell.text);
      if (!who || !coded) break;
      const holderAt = kinds.indexOf('holder');
      const holderCell = holderAt >= 0 && lead + holderAt + 1 < rowWidth ? cellsOf[lead + holderAt + 1]! : null;
      let holder: PersonText | null = null;
      if (coded.holder) holder = person(coded.holder.text, codeCell.start + coded.holder.at);
      else if (holderCell && /\p{L}{2}/u.test(holderCell.text)) holder = person(holderCell.text.trim(), holderCell.start + holderCell.text.indexOf(holderCell.text.trim()));
      placeCoded(out, who, coded, holder);
      if (coded.substitute) sitSubstitute(out, who, person(coded.substitute.text, codeCell.start + coded.substitute.at));
      rows++;
      const lastCell = cellsOf[rowWidth - 1]!;
      out.end = lastCell.start + lastCell.text.length;
      r += rowWidth;
    }
    if (rows >= 3) return out;
  }
  return null;
}
