/**
 * The attendance block: who is listed present, absent, excused, represented
 * (proxy giver → holder), substituted, and who attends without being a
 * member. Lists are read as written; counts are never inferred here.
 */
import type { Attendance, AttendanceSection, NameRef, SectionKind } from '../domain/index.ts';
import { emptyAttendance } from '../domain/index.ts';
import { ATTENDING, findHeadings, type Heading } from './attendance-headings.ts';
import { ATTENDANCE_MODE_TITLE, BODY_TITLE, MEMBER_TITLE, OFFICE_TITLE, STATE_TITLE } from './column-titles.ts';
import { namesSomeone } from './margin-column.ts';
import { blankCountRows, countRowInList, listGoesOnAcross } from './count-rows.ts';
import { MASK_RE, repairEarlyCommas, resolveLineBreaks, splitPieces, superscriptFigures, type Piece } from './list-split.ts';
import { matchesAfterClass, matchesAfterLower } from './regex-gates.ts';
import { detectOrder, parseEntry, type NameOrder, type PersonText } from './name-parse.ts';
import { CIVILITY_WORD, CIVILITY_WORD_MLLE, CIVILITY_WORD_MLLE_ME, GIVEN_NAME, isOnlyCivility, isRoleOnly, NOT_NAME_WORDS, STAFF_ROLE_RE, stripCivility } from './name-tokens.ts';
import { findRelation, noteMeaning } from './relations.ts';
import { anchored, guard, lineStarts, matchAnchored, matchLines, passes, zoneOf, type LinePattern } from './scan.ts';
import { collapseSpaces, foldText, isSpace, type SourceText } from './source.ts';
import { NUMBER_WORD, normDigits } from './french-numbers.ts';
import { OFFICE_NAME, readCellLineGrid, readColumnLists, readGridTable, readPresenceTable, type GridTable } from './presence-table.ts';
import { PAGE_LINE } from './page-lines.ts';
import { readSeatMarkGrid } from './seat-mark-grid.ts';
import { readBoxGrid, readGluedRows, readPairTable, readStateTable, readStatusRows, type StatusRows } from './status-rows.ts';
import { findHeads } from './segment.ts';

export interface AttendanceResult {
  attendance: Attendance;
  /** Offsets of the block (first heading → end of the last list), or null when none. */
  block: { start: number; end: number } | null;
  order: NameOrder;
  /** People whose role says they preside / are secretary ("Bourgmestre-Président", "Secrétaire communal"). */
  roleHints: {
    president: NameRef | null;
    secretary: NameRef | null;
    mayor: NameRef | null;
    /** The bourgmestre listed (Belgium, Luxembourg): the president only when the text says that office opens or chairs the session. */
    bourgmestre?: NameRef | null;
    /** The secretary read in its column of two columns extracted line by line: surer than a plain reading of the lines. */
    columnSecretary?: NameRef | null;
  };
}

const LIST_KINDS = new Set(['present', 'absent', 'excused', 'proxies', 'staff']);
/**
 * A late present list under a clause of signing, its heading mid-line: "Ont signé au registre les membres présents :"
 * (folded: what the heading's line holds before it, from the line's start).
 */
const SIGNED_BY = /^[ \t]*ont\s+signe(?:\s+au\s+registre)?(?:\s+les)?[ \t]+$/;
/** Largest gap (characters) between two attendance sections of one block. */
const MAX_GAP = 700;
/**
 * A header row of a table of members or proxies, its titles apart by spaces, slashes or pipes: blanked before the list is read.
 * The members' titles are MEMBER_TITLE's written so that a row reads one way only (the same rows match): no "delegue …
 * titulaire" nor "nom prenom" as one title, the titles "delegue" and "titulaire", "nom" and "prenom" read in turn; no "es"
 * after "delegue" beside "e" and "s" repeated. Each title read two ways doubled the tries at every title of a row that
 * fails at its end ("delegues " 20 times then "x": 90 ms; 40 times: over a minute).
 */
const TABLE_HEADER_ROW_MEMBER = String.raw`noms?(?:\s+et\s+prenoms?)?|prenoms?|conseill(?:er|ere)s?|membres?|elus?|titulaires?`;
const TABLE_HEADER_ROW = new RegExp(
  String.raw`^\s*(?:(?:mandants?|mandataires?|donneurs?|beneficiaires?|suppleants?|${TABLE_HEADER_ROW_MEMBER}|delegue(?:e|s|\((?:e|s|es)\))*|absente?s?|pouvoir\s+(?:a|donne\s+a)|represente(?:e|s|es)?\s+par|${OFFICE_TITLE}|${ATTENDANCE_MODE_TITLE}|emargement|signature|${BODY_TITLE}|representant(?:e|\(e\))?s?|secteurs?|colleges?|cantons?|groupes?|territoires?)[\s/|]*){2,}$`,
);
/**
 * A footnote stating a proxy (see `findFootnotes`): group 1 the mark, group 2 the relation up to the line's end or the next
 * mark after a semicolon. Every repeat is bounded by the line.
 */
// (the mark a number, stars, or stars in brackets: "(1)", "*", "(**)"; or a superscript figure, "¹", read as "1")
const FOOTNOTE = /(?:^|\n|;)[ \t]*(?:renvois?[ \t]*:[ \t]*)?(\(\*?\d{1,2}\)|\(\*{1,3}\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})[ \t]+((?:porteu(?:r|se)|d[ée]tent(?:eur|rice)|a\s+donn[ée]|ayant\s+donn[ée]|a\s+re[çc]u|re[çc]oit|repr[ée]sent[ée]|pouvoir|procuration)(?:[^\n;]|;(?![ \t]*\((?:\*?\d{1,2}|\*{1,3})\)))*)/gi;
/** Proxies in sentences (see `readProxySentences`): any of them holds one of the gate's words. */
const PROXY_SENTENCE_GATE = guard(
  /\b(?:donne|remis|confie)\s+(?:un\s+|une\s+|son\s+|sa\s+|leurs?\s+)?(?:pouvoir|procuration|delegation)|\bdelegue\s+(?:son|sa|leur)\s+droit\s+de\s+vote\b|\bfaite?s?\s+represente(?:r|e|s|es|ee|ees)?\s+par\b|\best\s+representee?\s+par\s+(?:m\.|mme|madame|monsieur)\s|\b(?:le|un|son|du|des|les|ses)\s+(?:pouvoirs?|procurations?|mandats?)\s+(?:de\b|d')|(?:^|[.;\n])\s*(?:[-–—•*]\s*)?(?:pouvoirs?|procurations?|mandats?)\s+(?:donnee?s?\s+)?(?:de|du|par)\s/,
  ['donne', 'remis', 'confie', 'fait', 'faite', 'faits', 'faites', 'pouvoir', 'procuration', 'mandat', 'represente', 'representee', 'delegue'],
);
/**
 * "M. X, absent, a donné pouvoir à Mme Y", "M. A et Mme B ont confié leur
 * pouvoir à M. C", "M. D s'est fait représenter par Mme E", "M. F a donné pouvoir de voter en son nom à M. G", "M. H a délégué son
 * droit de vote à M. I". Tried only at
 * sentence starts before the verb (scan.ts 'clause': no ';' or ':' between).
 * Groups: 1 giver(s), 2 or 3 the verb, 4 the holder.
 */
const PROXY_SENTENCE = anchored(
  /(?:^|[.;:\n]\s*)((?=\S)(?:\bm\.|\bmme\.?|\bmlle\.?|[^.;:\n]){3,80}?(?<=\S))\s*,?\s*(?:(?:absente?s?|excusee?s?|empechee?s?)(?:\s+excusee?s?)?\s*,?\s*)?(?<=[\s,])(?:(a|ayant|qui\s+a|avait|ont|avaient)\s+(?:(?:donne|remis|confie)\s+(?:un\s+|une\s+|son\s+|sa\s+|leurs?\s+)?(?:pouvoirs?|procurations?|delegations?)(?:\s+(?:de\s+vote|ecrite?s?|(?:de|pour)\s+voter(?:\s+en\s+(?:son|leur)\s+nom|\s+a\s+(?:sa|leur)\s+place)?))?|delegue\s+(?:son|sa|leur)\s+droit\s+de\s+vote)\s+(?:a|au|en\s+faveur\s+de)|(s'\s?est|s'\s?etait|se\s+sont|s'\s?etaient)\s+fait(?:e|s|es)?\s+represente(?:r|e|s|es|ee|ees)?\s+par)\s+((?:\bm\.|\bmme\.?|\bmlle\.?|[^.;\n]){3,60})/g,
  ['donne', 'remis', 'confie', 'fait', 'delegue'],
  0,
  'clause',
);
/**
 * A giver named with civility (and office) after a long clause, where PROXY_SENTENCE's giver (80 characters
 * from the sentence's start) cannot reach: "En application de la loi … du 24 juin 2020 …, Madame Anne X, conseillère,
 * a donné procuration de vote à Monsieur Jos Y, conseiller, …", "…, Mme A a donné procuration de vote à M. B pour
 * l'ensemble de la séance et M. C a donné procuration de vote à Mme D pour les points 1 et 2". The match opens at the
 * civility, a few runs before « donne » (scan.ts `back`). Groups: 1 giver, 2 holder.
 */
const PROXY_APPOSED = anchored(
  /((?:madame|monsieur|mme|m\.)[ \t]+[a-z'’ -]{2,50}?)(?:[ \t]*,[ \t]*(?:conseill(?:er|ere)|echevine?|adjointe?)[ \t]*,)?[ \t]+a[ \t]+donne[ \t]+(?:sa[ \t]+|une[ \t]+)?(?:procuration|pouvoir)(?:[ \t]+de[ \t]+vote)?[ \t]+a[ \t]+((?:madame|monsieur|mme|m\.)[ \t]+[a-z'’ -]{2,50}?)(?=[ \t]*[,.;]|[ \t]+pour\b)/g,
  ['donne'],
  9,
);
/**
 * A giver said represented by a holder named with civility, in the passive, after a long clause: "En application de la loi
 * modifiée du 24 juin 2020 …, M. Paul X (Commune) est représenté par M. Tom Y (Commune)." (Luxembourg, the Covid law's
 * proxy). Not "est représenté par son suppléant": the holder must open with a civility. Groups: 1 giver, 2 holder.
 */
const PROXY_PASSIVE = anchored(
  /((?:madame|monsieur|mme|m\.)[ \t]+[a-z'’ -]{2,50}?)(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*(?:absente?|excusee?|empechee?|conseill(?:er|ere)|echevine?|deleguee?)[ \t]*,)?[ \t]+est[ \t]+representee?[ \t]+par[ \t]+((?:madame|monsieur|mme|m\.)[ \t]+[a-z'’ -]{2,50}?)(?=[ \t]*[,.;(]|[ \t]+pour\b)/g,
  ['represente', 'representee'],
  14,
);
/**
 * Holder first: "Madame X a le pouvoir de Madame Y (pour la représenter)",
 * "M. X est porteur des pouvoirs de M. A et de Mme B" (givers over a line break too).
 */
const PROXY_REVERSE = anchored(
  /(?:^|[.;:\n]\s*)((?=\S)(?:\bm\.|\bmme\.?|\bmlle\.?|[^.;:\n]){3,80}?(?<=\S))\s+(?:a|detient|a\s+recu|est\s+porteu(?:r|se)|est\s+detenteur|est\s+detentrice)\s+(?:le|un|son|du|des|les|ses)\s+(?:pouvoirs?|procurations?|mandats?)\s+(?:de|d')\s*((?:\bm\.|\bmme\.?|\bmlle\.?|[^.;\n]|\n(?![ \t]*\n)){3,120}?)(?=\s+pour\b|[.;]|\n[ \t]*\n|$)/g,
  ['pouvoir', 'procuration', 'mandat'],
  0,
  'clause',
);
/** A line of its own: "Pouvoir de M. X à Mme Y", "Procuration donnée par X à Y". */
const PROXY_LINE = anchored(
  /(?:^|[.;\n])[ \t]*(?:[-–—•*][ \t]*)?(?:pouvoirs?|procurations?|mandats?)\s+(?:donnee?s?\s+)?(?:de|du|par)\s+((?:\bm\.|\bmme\.?|\bmlle\.?|[^.;:\n]){3,80}?)\s+(?:a|au)\s+((?:\bm\.|\bmme\.?|\bmlle\.?|[^.;\n]){3,60})/g,
  ['pouvoir', 'procuration', 'mandat'],
  0,
  'clause',
);
/**
 * "RAYSSAC Gilbert – Lescalède (Président)": one member per line, the commune
 * after a spaced dash. A place is Title-case words joined by hyphens or
 * particles, without a capitalised surname; the name before it has one.
 */
// (a short article between hyphens too: "Saint-Quay-ar-Roc'h", "Bourg-lès-Valence")
const PLACE = String.raw`\p{Lu}[\p{Ll}'’]+(?:(?:-|\s)(?:\p{Lu}[\p{Ll}'’]+|de|du|des|le|la|les|lès|sur|sous|en|aux?|[dl]['’]\p{Lu}[\p{Ll}]+)|-\p{Ll}{1,4}(?=-\p{Lu}))*`;
/** A place in capitals ("SAINT-HILAIRE-D'AUBRETTE", "LA BRETONNIÈRE-HAUTE", "PUYROBIN"). */
// (each word one run of capitals, no two ways to cut it: the pattern backtracks linearly)
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’]+(?:[-\s](?:[DL]['’])?\p{Lu}[\p{Lu}'’]+)*`;
/** A grouping named by its kind's acronym: "CA de Lorvange", "CC du Pays d'Arzelle", "SIVOM de la Basse-Orbise". */
const EPCI_PLACE = String.raw`(?:CA|CC|CU|CCA|EPT|SIVU|SIVOM|SIAEP|SM)[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|des[ \t]+|du[ \t]+|de[ \t]+|d['’])?(?:${PLACE}|${CAPS_PLACE})`;
/** The end of such a line: a spaced dash, the place, a note in brackets at most. (Tried only at spaced dashes: no scan of the name before.) */
// (the line may end with the group's separator: "BIGOT Alain, GIRAUD Pascal – VÉRONE-LE-MARCHÉ ;")
// (one run of blanks at a time, each after its token: three optional runs side by side were tried split by split on a long
// run of TABs, cubic)
const DASH_PLACE_END = new RegExp(String.raw`([ \t]+[–—-][ \t]+)(${EPCI_PLACE}|${PLACE}|${CAPS_PLACE})[ \t]*(?:\([^()\n]*\)[ \t]*)?(?:[;.][ \t]*)?$`, 'u');

/**
 * A column of communes in capitals before their delegates ("ARJAC      Pierre-Jean MOULY, Monique CAYROU"):
 * the commune, then a run of spaces, then a name with its given name and surname. Blanked (offsets kept)
 * when two lines at least are written so; "DUPONT      Jean" (a surname then a given name alone) is not one.
 * Also with a dotted leader before a civility ("MARCHEVAL ........ MM. PERRAUDIN Gaston, Mme …").
 */
// (after a TAB or a dash the member may be written surname first: "VERNAY-SUR-ANCE<TAB>LABORDERIE Xavier", "ORBRAC – DEDIEU Jean-Marc";
// so after one space before a civility: "ARCIZAC Mme ALBARET Josiane, Mme GAILLAGUET Yvette")
const COMMUNE_COLUMN =
  /^([ \t]*)(\p{Lu}[\p{Lu}'’ -]{1,40}?\p{Lu})(?:([ \t]{2,}(?=(?:(?:M\.|Mme|Mlle)\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*\s+\p{Lu}{2,})|(?:\t|[ \t]+[–—-])[ \t]*(?=\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+)*\s+\p{Lu}\p{Ll}))|[ \t]*(?:\.{3,}|…+)[ \t]*(?=(?:MM?\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+\p{Lu}{2})|[ \t]+(?=(?:M\.|Mme|Mlle)\s+\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}'’-]*\p{Lu})*\s+\p{Lu}\p{Ll}))/gmu;
/** COMMUNE_COLUMN tried at the lines' starts only (scan.ts `matchLines`): a match opens a line, a capital after its blanks. */
const COMMUNE_COLUMN_LINES: LinePattern = { re: COMMUNE_COLUMN, sticky: new RegExp(COMMUNE_COLUMN.source, 'muy'), first: (c) => (c >= 65 && c <= 90) || c >= 128 };

/** A cell naming a person by a surname in capitals and a given name ("FERRÉ Benoît", "Anne-Marie LE CORRE"), not a commune. */
const NAME_CELL_SHAPE = /^(?=[^\n]*\p{Lu}{2})(?=[^\n]*\p{Lu}\p{Ll})[ \t]*[\p{L}'’ -]+[ \t]*$/u;

/** A member grouping's label before its delegates, after a list's start or a semicolon: "pour Lézert Agglomération :", "Communauté de communes du X :". */
const GROUPING_LABEL =
  /(?<=^|\n|;[ \t]*)[ \t]*(?:[Pp]our[ \t]+)?(?:(?:la|le|les)[ \t]+|l['’])?(?:(?:Communaut[ée]|Syndicat|D[ée]partement|R[ée]gion)(?!\p{L})[^:;\n]{0,80}?|\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}[ \t]+(?:Agglom[ée]ration|M[ée]tropole|Communaut[ée]))[ \t]*:(?=[ \t]*(?:M\.|MM\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s)/gu;

/** `text` with each range replaced by as many spaces (offsets kept); ranges in order, apart. */
/** An office of some body after a member's name, the body named in capitals: "représentant permanent de la Caisse d'Épargne X". */
const OFFICE_OF_BODY = /^[ \t]*(?:repr[ée]sentante?s?(?:\s+permanente?s?)?|administrat(?:eur|rice)|pr[ée]sidente?|directeur|directrice|d[ée]l[ée]gu[ée]e?|membre|mandataire)\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*[^,\n]{2,90}$/u;

/** The electoral list a member comes from, after a dash: " — liste « Agir pour X »", " - Liste “Y”". */
const LIST_OF_ORIGIN = /[ \t]+[—–-][ \t]+[Ll]iste[ \t]+[«“"][^»”"\n]{1,80}[»”"]/g;

/** The titular named in a seated substitute's note: "suppléante, siégeant … en remplacement de Mme Y", "remplace M. Z". */
const NOTED_TITULAR = /(?:en\s+remplacement\s+(?:de|du)|rempla[çc]ante?\s+(?:de|du)|remplace|suppl[ée]ante?\s+(?:de|du)|si[èe]ge(?:ant)?\s+pour|en\s+l['’]\s?absence\s+(?:de|du))\s+((?:M\.|Mme|Monsieur|Madame)\s[^,;()]+?)\s*$/i;

function blankRanges(text: string, ranges: ReadonlyArray<{ at: number; len: number }>): string {
  let out = '';
  let from = 0;
  for (const r of ranges) {
    out += text.slice(from, r.at) + ' '.repeat(r.len);
    from = r.at + r.len;
  }
  return out + text.slice(from);
}

/** "Albarède-Haute ............. MM. Georges CAYLA, Henri VAYSSIÈRE": a commune in small letters, dotted leaders, its members. */
// (two dots are leaders too, one line in a typed list: "LA CHAPELLE-SAINT-ORBIN .. MM. X J., Y A.")
// (or the delegates' names with no civility: "Aubrecourt ........ Jean-François COLLIN, Martine HENRIOT")
// (or a typed line whose leaders the scan read as one dot, alone between spaces: "Le Bourg-d'Ambrenne . MM. X P.")
const COMMUNE_LEADERS = /^([ \t]*)(\p{Lu}[\p{L}'’ -]{1,40}?[ \t]*(?:\.{2,}|(?<=[ \t])\.(?=[ \t])|…+)[ \t]*)(?=(?:MM?\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+\p{Lu}|\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)?[ \t]+\p{Lu}{2}|\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll})/gmu;

/**
 * Beside COMMUNE_LEADERS' lines (two or more in the same list), a label the typist wrote too long for its leaders: the
 * commune in small letters, a gap of two blanks or more, then a civility ("Commune de Saint-Pardoux-des-Monts  MM. A, B"; the
 * gap's second blank may be the no-break space `typedDoubleSpaces` made of it). Only tried where the leaders' lines were
 * found, so a gap inside some other list is never taken for a label's end.
 */
const COMMUNE_GAP_LABEL = /^([ \t]*)(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,6}[ \t\u00A0]{2,})(?=(?:MM?\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+\p{Lu})/gmu;

/** "– SÉGUIER Sandrine – ARGENT-SUR-SAULDRE (donne pouvoir à X)": the member "NOM Prénom", then a dash and the commune in capitals. */
const COMMUNE_AFTER = /^([ \t]*(?:[–—-][ \t]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?)([ \t]+[–—-][ \t]+\p{Lu}[\p{Lu}'’ -]{1,40}\p{Lu})(?=[ \t]*(?:\([^()\n]*\))?[ \t]*$)/gmu;

/** "Guy PONS – Brayes ; Christian CLAVEL – Saint-Priest-la-Roche ;": the commune in small letters after a dash, ending the entry. */
const COMMUNE_AFTER_TITLE = /(?<=\p{Lu}{2}[\p{Lu}'’-]*)[ \t]+[–—][ \t]+(?!(?:Mme|Mmes|Mlle|Melle|Madame|Monsieur|Messieurs|Mesdames|Mr)\b)\p{Lu}[\p{Ll}'’]+(?:[- ](?:\p{Lu}[\p{Ll}'’]+|la|le|les|de|du|des|sur|sous|en|lès|aux?|d['’]\p{Lu}\p{Ll}+))*(?=[ \t]*(?:[;,]|\n(?![ \t]*\p{Lu}{2})|$))/gu;

/** "- VIDALENC Danielle, Roquefixade-Basse" one per line: the commune after the comma, in small letters, ending the line. */
// (or « Prénom NOM, Commune »: "André DE LA VERGNE, Lembrac")
const COMMUNE_AFTER_COMMA_LINE = /^([ \t]*(?:[-–•*][ \t]+)?(?:\p{Lu}[\p{Lu}'’ -]*\p{Lu}[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?|\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)+))(,[ \t]*\p{Lu}[\p{L}'’ -]{1,40}?)[ \t]*$/gmu;

/** A commune's name as a label opening a line: "Kirchtal", "La Plaine-Cafrine", "Saint-Aubin-des-Anses". */
const COMMUNE_LABEL_NAME = String.raw`[ \t]*(?:(?:Saint|Sainte|Le|La|Les|L['’])[ -])?\p{Lu}\p{Ll}[\p{Ll}'’]*(?:[- ](?:\p{Lu}\p{Ll}[\p{Ll}'’]*|le|la|les|de|du|des|sur|sous|en|lès|aux?|d['’](?:\p{Lu}\p{Ll}+|en)))*`;
/** What follows such a label: a member with a civility, or a surname in capitals. */
const MEMBER_AFTER_LABEL = String.raw`(?:MM\.?|Mmes?|M\.|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s|\p{Lu}{2}`;

/** A commune's label opening a line, a dash, then its members ("Kirchtal – MM. et Mmes ERNST Joseph, …", "Wendelsheim – M. X"). */
const COMMUNE_DASH_LABEL = new RegExp(String.raw`(^|\n)(${COMMUNE_LABEL_NAME}[ \t]+[–—-][ \t]+)(?=${MEMBER_AFTER_LABEL})`, 'gu');

/** … or one delegate per line in « Prénom NOM », the line ending after the name or its office ("Belvézis – Odile MARCHAND (Présidente)"). */
// (a whole line: a list of « NOM Prénom » wrapped between a surname and its given name, "… – TRÉMOLET" / "Nicolas – COSTES
// Jocelyne", has its surname in capitals right after the dash)
const COMMUNE_DASH_LINE = new RegExp(String.raw`(^|\n)(${COMMUNE_LABEL_NAME}[ \t]+[–—-][ \t]+)(?=\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,2}[ \t]+(?:(?:de|du|d['’])[ \t]*)?\p{Lu}{2}[\p{Lu}'’-]*(?:[ \t]+\p{Lu}{2}[\p{Lu}'’-]*)*(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:\n|$))`, 'gu');

/** A commune's label opening a line, a colon, then its members on that line ("Bras-Mahot : Serge X, Marie-Lise Y, …", "La Plaine-Cafrine : …"). */
// (the member after it with a civility, surname first, or « Prénom NOM »: "Jean-Paul Eugène X")
// (or « Prénom Nom » in small letters, Swiss delegates: "Vuarrens-le-Bourg : Jean-Marc Cornaz, Lise Pidoux", a given name
// and a surname, then a comma, « et » or the line's end)
const COMMUNE_COLON_LABEL = new RegExp(String.raw`(^|\n)(${COMMUNE_LABEL_NAME}[ \t]*:[ \t]+)(?=${MEMBER_AFTER_LABEL}|\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,3}[ \t]+(?:(?:de|du|d['’])[ \t]*)?\p{Lu}{2}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]*(?:,|[ \t]et[ \t]|\n|$))`, 'gu');

/** A municipality in a present list, then « représentée par » and its head's civility: "La Ville de X, représentée par M. Y". */
const BODY_REPRESENTED_BY = new RegExp(String.raw`(?<=^|\n|;)[ \t]*(?:La|Le|L['’])[ \t]*(?:Municipalit[ée]|Ville|Village|Paroisse|Cit[ée]|Canton)(?!\p{L})[^,;:\n]{0,80}?,[ \t]*repr[ée]sent[ée]e?[ \t]+par[ \t]+(?=${CIVILITY_WORD}\s+\p{Lu})`, 'gu');
/**
 * An office written before a surname alone (a capitalised word, then a comma, « et », a semicolon or the end); not an
 * office's own capitalised qualifier, "le conseiller Délégué", "le maire Honoraire", "la conseillère Municipale".
 */
const OFFICE_SURNAME = new RegExp(String.raw`(?<=(?:^|[;:,\n])[ \t]*)(le[ \t]+maire|la[ \t]+mairesse|le[ \t]+conseiller|la[ \t]+conseillère|les[ \t]+conseillers|les[ \t]+conseillères)(?=[ \t]+(?!(?:D[ée]l[ée]gu|Municip|Communaut|D[ée]partement|R[ée]gion|G[ée]n[ée]ra|Adjoint|Honorair|Sortant|Suppl[ée]ant|Titulaire|Pr[ée]sident|Suivant)\p{Ll}*)${GIVEN_NAME}[ \t]*(?:[,;.]|et[ \t]|\n|$))`, 'gu');
/** The civility each such office stands for. */
const OFFICE_CIVILITY: Record<string, string> = { 'le maire': 'M.', 'la mairesse': 'Mme', 'le conseiller': 'M.', 'la conseillère': 'Mme', 'les conseillers': 'MM.', 'les conseillères': 'Mmes' };
/** A seat's label (with its district's name) or the mayor's "Mairie", then dotted leaders to its member, opening a line. */
const SEAT_LEADERS = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:(?:[Ss]i[èe]ge|SI[ÈE]GE|[Dd]istrict|DISTRICT|[Qq]uartier|QUARTIER)[ \t]*(?:no\.?|n°|nº|#)?[ \t]*\d{1,2}(?:[ \t]*[–—-][ \t]*[^.…:\n]{1,40}?)?|[Mm]airie|MAIRIE)[ \t]*(?:\.{2,}|…+)[ \t]*(?=${CIVILITY_WORD_MLLE_ME}\s+\p{Lu})`, 'gu');
/** A seat's label opening a line, then a dash before its member: "Siège no 2 – M. X" (the dash is group 2's end). */
const SEAT_LABEL_DASH = new RegExp(String.raw`(?<=^|\n)([ \t]*(?:[Ss]i[èe]ge|SI[ÈE]GE|[Dd]istrict|DISTRICT|[Qq]uartier|QUARTIER)[ \t]*(?:no\.?|n°|nº|#)?[ \t]*\d{1,2}[ \t]*)[–—-](?=[ \t]+(?:${CIVILITY_WORD_MLLE_ME}|\p{Lu}))`, 'gu');
/** The chair named above a present list: "Présidence : M. le maire Jean X" ending the lines before the heading. */
const CHAIR_ABOVE_LIST = new RegExp(String.raw`(?:^|\n)[ \t]*Pr[ée]sidence[ \t]*:[ \t]*(${CIVILITY_WORD}[ \t]+(?:le[ \t]+maire|la[ \t]+mairesse|le[ \t]+préfet|la[ \t]+préfète)[ \t]+\p{Lu}[^,.;:\n]+?)[ \t]*\.?[ \t]*(?:\n[ \t]*)+$`, 'u');
/** A holder written as a given name (after a civility at most), then a surname in capitals of three letters or fewer (holderCutAtExcerptEnd). */
const HOLDER_SURNAME_CUT = new RegExp(String.raw`^(?:${CIVILITY_WORD}\s+)?${GIVEN_NAME}\s+\p{Lu}{1,3}$`, 'u');
/**
 * A civility then a given name alone (givenNameCutAtExcerptEnd); its part after a hyphen may itself be cut, "Jean-" or
 * "Jean-p" (its own given-name pattern for that, not GIVEN_NAME), and "Mlle" counts.
 */
const CIVILITY_AND_GIVEN_NAME_CUT = new RegExp(String.raw`^${CIVILITY_WORD_MLLE}\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}*)?$`, 'u');
/** A member commune's label alone on its line, the next line a delegate's name ("Commune de Pont-de-Vesline :", "Pont-de-Vesline :"). */
const COMMUNE_LABEL_LINE = /(^|\n)([ \t]*(?:(?:[Cc]ommune|[Vv]ille|[Mm]airie)\s+(?:de\s+la\s+|de\s+l['’]\s?|de\s+|d['’]\s?|du\s+|des\s+))?\p{Lu}[\p{L}'’ -]{1,60}?[ \t]*:[ \t]*)(?=\n[ \t]*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?\p{Lu})/gu;

/** A commune after a « Prénom NOM »'s comma, before the entry's end or a proxy's « à » (see its use in readList). */
// (a hyphenated place at a line's end too, "…, Louignolles-Haut"; never a civility and a given name, "…, Mme Nathalie")
const COMMUNE_AFTER_SURNAME = /(?<=\p{Lu}{2}[\p{Lu}'’-]*),[ \t]*(?!(?:Mmes?|Mlle|Melle|MM?|Mr|Monsieur|Madame|Messieurs|Mesdames)\b)\p{Lu}\p{Ll}[\p{L}'’ -]{1,40}?(?=[ \t]*(?:;|,[ \t]*(?:à|au)[ \t])|(?<=-\p{Lu}?\p{Ll}+)[ \t]*(?:\n|$))/gu;

/** A line of capitals alone naming a place ("SAINT-GÉRY-DE-LÈBRE", "LA BASTIDE-D'ESPERT"). */
const PLACE_HEADING_LINE = /^[ \t]*\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]*)*[ \t]*$/u;
/** A line whose entry runs on to the next: a given name, a civility or a separator last ("…, M. Paul-Henri", "…, QUEYREL Roselyne,"). */
const ENTRY_RUNS_ON = /(?:\p{Lu}\p{Ll}+[\p{Ll}'’-]*|M\.|Mme|Monsieur|Madame|[,;–—-])[ \t]*$/u;
/** A line of names in mixed case ("Christian ARGUEL, Valérie BALSSA", "Marc PERBOST"). */
const MIXED_NAMES_LINE = /\p{Lu}\p{Ll}+[\p{L}'’-]*[ \t]+\p{Lu}{2}|\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll}/u;

/**
 * Member communes as headings of their own lines, in capitals, each above its delegates ("SAINT-GÉRY-DE-LÈBRE" /
 * "Christian ARGUEL, Valérie BALSSA" / "MONTCABRAS" / "Régis LESCALE, …"): the headings blanked (offsets kept). Only
 * with two such headings or more, each followed by a line of names in mixed case.
 */
export function blankPlaceHeadings(content: string): string {
  if (!/\n[ \t]*\p{Lu}{3}[\p{Lu}'’ -]*\n/u.test(content)) return content;
  const lines = content.split('\n');
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!PLACE_HEADING_LINE.test(lines[i]!) || lines[i]!.replace(/[^\p{L}]/gu, '').length < 4) continue;
    // (every such line is a heading: a line of capitals above another is a list of surnames, "ESCOULA" / "BAZEROUE")
    if (i + 1 >= lines.length || !MIXED_NAMES_LINE.test(lines[i + 1]!)) return content;
    // (not a surname wrapped after its given name: "…, M. Paul-Henri" / "BOISSONNADE")
    // (or after a line running on, "…, QUEYREL Roselyne," / "KOEHLER" / "Elise, LE ROUZIC Yves": the surname wrapped before its
    // given name)
    if (i > 0 && ENTRY_RUNS_ON.test(lines[i - 1]!)) continue;
    if (/^[ \t]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]*(?:[,;]|$)/u.test(lines[i + 1]!)) continue;
    heads.push(i);
  }
  if (heads.length < 2) return content;
  for (const i of heads) lines[i] = ' '.repeat(lines[i]!.length);
  return lines.join('\n');
}

/**
 * A list ending on a commune's heading in capitals that opens the next commune's own lists, indented under it
 * ("  Présents : Mme A, M. B" / "PRADASSE-D'AGOUTEL" / "  Présent : M. C"): the heading blanked (offsets kept). Only a
 * compound name (a hyphen, an apostrophe or two words), after a line that ends its entry, with an indented line after the
 * list.
 */
export function blankTrailingPlaceHeading(content: string, after: string): string {
  // (the next line indented: its indent ends the content, or opens what follows it)
  if (!/\n[ \t]+$/.test(content) && !/^\n?[ \t]+\S/.test(after)) return content;
  const m = /\n([ \t]*(\p{Lu}[\p{Lu}'’]+(?:[-'’ ]+\p{Lu}[\p{Lu}'’]*)+)[ \t]*)\s*$/u.exec(content);
  if (!m || !PLACE_HEADING_LINE.test(m[1]!) || m[2]!.replace(/[^\p{L}]/gu, '').length < 6) return content;
  const before = content.slice(0, m.index);
  if (ENTRY_RUNS_ON.test(before) && !/\p{Lu}{2}[\p{Lu}'’-]*[ \t]*$/u.test(before)) return content;
  const at = m.index + 1;
  return content.slice(0, at) + ' '.repeat(m[1]!.length) + content.slice(at + m[1]!.length);
}

/**
 * "BOUISSET Gérard              Brézonne-le-Château           Président": a delegate in « NOM Prénom » opening the line, then
 * after a gap their commune in small letters (and maybe after another gap their office): the commune's cell.
 */
const COMMUNE_CELL_AFTER_NAME = /^([ \t]*\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)*[ \t]\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:-\p{Lu}\p{Ll}+)*[ \t]{2,})(\p{Lu}[\p{Ll}'’]+(?:[- ](?:\p{Lu}[\p{Ll}'’]+|la|le|les|de|du|des|sur|sous|en|lès|aux?|d['’]\p{Lu}\p{Ll}+))*)(?=[ \t]*$|[ \t]{2,}\S)/gmu;

/**
 * A scan's boxes around each commune's group read as brackets ("[ BELMONT-SUR-AYROLLE : ALCOUFFE Jean, … ]"): the brackets
 * go, a group's closing one ending its last entry, and the communes' labels in capitals are blanked, one wrapped at its
 * hyphen too ("… ] [ SAINT-VICTOR-" / "DE-RAVEL : VABRE Jacques"). Offsets kept.
 */
function unbracketCommuneGroups(content: string): string {
  if (!content.includes('[') || !/(?:^|\n|\])[ \t]*\[[ \t]*\p{Lu}[\p{Lu}'’ -]{2,}[ \t]*:/u.test(content)) return content;
  return content
    .replace(/\[/g, ' ')
    .replace(/\]/g, ',')
    .replace(/(^|\n|[ \t]{2,}|,[ \t]+)(\p{Lu}[\p{Lu}'’-]+-[ \t]*\n[ \t]*)?((?!(?:ABSENT|EXCUS|POUVOIR|PROCURATION|SECR|PR[ÉE]SENT|REPR)\p{Lu})\p{Lu}[\p{Lu}'’ -]{2,40}?[ \t]*:)(?=[ \t]*(?:\n|\p{Lu}))/gu, (_m, lead: string, cut: string | undefined, label: string) => lead + (cut ?? '').replace(/[^\n]/g, ' ') + ' '.repeat(label.length));
}

/**
 * Communes' labels before their members, twice or more, blanked (offsets kept): opening a line before a dash ("Kirchtal –
 * MM. et Mmes ERNST Joseph, …"; not a given name wrapped after its surname, "… – TRÉMOLET" / "Nicolas – COSTES Jocelyne"),
 * or alone on a line above its delegates one per line ("Commune de Pont-de-Vesline :" / "    Olivier LAFON").
 */
function blankCommuneLabels(content: string): string {
  if (/[–—-]/.test(content)) {
    const labels = [...content.matchAll(COMMUNE_DASH_LABEL)].filter((m) => !isRoleOnly(m[2]!.replace(/[ \t]*[–—-][ \t]*$/, '')) && !/\p{Lu}{2}[\p{Lu}'’-]*[ \t]*$/u.test(content.slice(Math.max(0, m.index! - 60), m.index!)));
    // (or « Prénom NOM » alone after the dash, each line a delegate, the line before ending on a surname or not)
    const lines = labels.length >= 2 ? [] : [...content.matchAll(COMMUNE_DASH_LINE)].filter((m) => !isRoleOnly(m[2]!.replace(/[ \t]*[–—-][ \t]*$/, '')));
    if (lines.length >= 2) labels.splice(0, labels.length, ...lines);
    if (labels.length >= 2) content = blankRanges(content, labels.map((m) => ({ at: m.index! + m[1]!.length, len: m[2]!.length })));
  }
  if (content.includes(':')) {
    // (or before a colon, its members on the same line, each line a commune)
    const inline = [...content.matchAll(COMMUNE_COLON_LABEL)].filter((m) => !isRoleOnly(m[2]!.replace(/[ \t]*:[ \t]*$/, '')) && !STAFF_ROLE_RE.test(foldText(m[2]!)));
    if (inline.length >= 2) content = blankRanges(content, inline.map((m) => ({ at: m.index! + m[1]!.length, len: m[2]!.length })));
    // (not a member's cell and, after a column's gap, the next list's heading: "Mme Julie X          ABSENTS :")
    const labels = [...content.matchAll(COMMUNE_LABEL_LINE)].filter((m) => !isRoleOnly(m[2]!.replace(/[ \t]*:[ \t]*$/, '')) && !STAFF_ROLE_RE.test(foldText(m[2]!)) && !(CIVILITY.test(m[2]!) && ATTENDANCE_LABEL.test(m[2]!.replace(CIVILITY, ''))));
    if (labels.length >= 2) content = blankRanges(content, labels.map((m) => ({ at: m.index! + m[1]!.length, len: m[2]!.length })));
  }
  return content;
}

/**
 * A commune after a « Prénom NOM »'s comma, before the entry's end or the proxy's « à », twice or more ("Agnès X,
 * Saint-Sornin ; Franck Y, Louignolles-Haut", "Yannick Z, Lembrac, à André W"): blanked with the comma before the « à »
 * ("X, Lembrac, à Y" reads "X à Y"), offsets kept.
 */
/** A member body named after a delegate's comma and office, ending its line: ", CC de Haute-Auvézère", ", Commune de X". */
const BODY_AFTER_COMMA = /,[ \t]*(?:CC|CA|CU|Communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)|Commune\s+(?:de|d['’]|du)|Ville\s+(?:de|d['’]|du)|M[ée]tropole|Syndicat|SIVOM|SIVU|SI[A-Z]{2,6}|SM[A-Z]{1,6})(?![\p{L}])[^,;\n]{0,60}(?=[ \t]*(?:\n|$))/gu;

function blankCommunesAfterSurname(content: string): string {
  if (!content.includes(',')) return content;
  // (a member body after the name on each of two lines or more: "Robert X, CC de Haute-Auvézère" / "Hélène Y, 2e vice-présidente,
  // CC du Causse")
  if ((content.match(BODY_AFTER_COMMA)?.length ?? 0) >= 2) content = content.replace(BODY_AFTER_COMMA, (m) => ' '.repeat(m.length));
  const places = [...content.matchAll(COMMUNE_AFTER_SURNAME)].filter((m) => !/\p{Lu}{2}/u.test(m[0]) && !isRoleOnly(m[0].replace(/^,\s*/, '')) && !STAFF_ROLE_RE.test(foldText(m[0])));
  if (places.length < 2) return content;
  return blankRanges(content, places.map((m) => ({ at: m.index!, len: m[0].length + (/^[ \t]*,(?=[ \t]*(?:à|au)[ \t])/.exec(content.slice(m.index! + m[0].length))?.[0].length ?? 0) })));
}

/** What follows a small letter (GAP_BEFORE_NAME) or two capitals (DASH_BEFORE_NAME) in blankCommuneColumn's gates. */
const GAP_BEFORE_NAME = /[ \t]{2,}\p{Lu}\p{Ll}/gu;
const DASH_BEFORE_NAME = /[ \t]+[–—][ \t]+\p{Lu}\p{Ll}/gu;
const UPPER_LETTER = /^\p{Lu}$/u;

function blankCommuneColumn(content: string): string {
  // the commune in a cell after its delegate's, on two lines or more (not an office, "Président")
  // (tested from the gap: `/\p{Ll}[ \t]{2,}\p{Lu}\p{Ll}/u`, see matchesAfterLower)
  if (matchesAfterLower(content, GAP_BEFORE_NAME)) {
    const cells = [...content.matchAll(COMMUNE_CELL_AFTER_NAME)].filter((m) => !isRoleOnly(m[2]!) && !STAFF_ROLE_RE.test(foldText(m[2]!)));
    if (cells.length >= 2) content = blankRanges(content, cells.map((m) => ({ at: m.index! + m[1]!.length, len: m[2]!.length })));
  }
  // the commune after its delegate's comma, one delegate per line, on three lines or more
  if (content.includes(',')) {
    // (no surname in capitals after the comma — "DUPONT Jean, MARTIN Paul" is two members — nor a role, "…, Vice-président")
    const after = [...content.matchAll(COMMUNE_AFTER_COMMA_LINE)].filter((m) => !/\p{Lu}{2}/u.test(m[2]!) && !isRoleOnly(m[2]!.replace(/^,\s*/, '')) && !STAFF_ROLE_RE.test(foldText(m[2]!)));
    if (after.length >= 3) content = blankRanges(content, after.map((m) => ({ at: m.index! + m[1]!.length, len: m[2]!.length })));
  }
  // the commune after its delegate, on two lines or more
  if (/[–—-][ \t]+\p{Lu}{2}/u.test(content)) {
    const after = [...content.matchAll(COMMUNE_AFTER)];
    if (after.length >= 2) content = blankRanges(content, after.map((m) => ({ at: m.index! + m[1]!.length, len: m[2]!.length })));
  }
  // … or in small letters after a dash, twice or more
  // (tested from the dash: `/\p{Lu}{2}[ \t]+[–—][ \t]+\p{Lu}\p{Ll}/u`, see matchesAfterClass)
  if (matchesAfterClass(content, DASH_BEFORE_NAME, UPPER_LETTER, 2)) {
    // (not a role: "M. Thierry X – Président")
    const after = [...content.matchAll(COMMUNE_AFTER_TITLE)].filter((m) => !isRoleOnly(m[0].replace(/^[\s–—]+/, '')));
    if (after.length >= 2) content = blankRanges(content, after.map((m) => ({ at: m.index!, len: m[0].length })));
  }
  if (/\.{3,}|…/.test(content) && (content.match(COMMUNE_LEADERS)?.length ?? 0) >= 2) {
    content = content.replace(COMMUNE_LEADERS, (_m, ws: string, label: string) => ws + ' '.repeat(label.length));
    // (a label too long for its leaders, only a gap left before the civility: "Commune de Saint-X-des-Y  MM. A, B")
    content = content.replace(COMMUNE_GAP_LABEL, (_m, ws: string, label: string) => ws + ' '.repeat(label.length));
  }
  const lines = matchLines(content, lineStarts(content), COMMUNE_COLUMN_LINES).filter((m) => !isRoleOnly(m[2]!));
  // (one line is enough with a dotted leader: "CHAMPRENAULT ...... Mr SIMONNOT Bernard" under its own heading)
  if (lines.length < 2 && !lines.some((m) => m[3] === undefined)) return content;
  const out = blankRanges(content, lines.map((m) => ({ at: m.index! + m[1]!.length, len: m[0].length - m[1]!.length })));
  // the column headings above ("COMMUNE      DÉLÉGUÉS")
  return out.replace(/^(\s*\n)?([^\n]*\S[ \t]{2,}\S[^\n]*)(?=\n)/, (m, lead: string | undefined, row: string) => (TABLE_HEADER_ROW.test(foldText(row.replace(/\s+/g, ' '))) ? (lead ?? '') + ' '.repeat(row.length) : m));
}

/**
 * A name, dotted leaders, then its commune or group ("VARENNE Jean-Pierre ........ C.A. de Lurzac-Ville"):
 * the leaders and what follows are blanked (offsets kept) when two lines at least are written so and what
 * follows is no state of the member (those are status rows: "… présent", "… P", "… pouvoir à X").
 */
function blankLeaderTails(content: string): string {
  if (!/\.{4}|…/.test(content)) return content;
  const hits: Array<{ at: number; len: number }> = [];
  const roles: Array<{ at: number; len: number }> = [];
  const communes: Array<{ at: number; len: number }> = [];
  let lineStart = 0;
  for (const line of content.split('\n')) {
    const m = /^([ \t]*\S.*?\S)([ \t]*(?:\.{4,}|…{2,})[ \t]*)(\S.*?)[ \t]*$/.exec(line);
    // (a role after the leaders, "Mme X ........ Présidente", stays the member's role: the leaders become a comma)
    // (a commune in capitals before the leaders, its members after them, "IGÉ-SUR-MÊME ......... ROYER Valérie, BASTIDE Fabienne":
    // the commune and the leaders are blanked, the names kept)
    if (m && !/\p{Ll}/u.test(m[1]!) && /\p{L}{4}/u.test(m[1]!) && /\p{Lu}{2}[^\n]*\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+\s+\p{Lu}{2}/u.test(m[3]!) && !LEADER_STATE.test(foldText(m[3]!)) && !isRoleOnly(m[3]!)) {
      const lead = m[1]!.length - m[1]!.trimStart().length;
      communes.push({ at: lineStart + lead, len: m[1]!.length - lead + m[2]!.length });
    } else if (m && /\p{Lu}{2}/u.test(m[1]!) && !/[.…]\s*$/.test(m[1]!) && isRoleOnly(m[3]!.replace(/\s*\([^()]*\)\s*$/, ''))) roles.push({ at: lineStart + m[1]!.length, len: m[2]!.length });
    // (the name may end with its given name's initial, "ROUZIES J.-P. ........ Bournazel-Vieux": that dot is no leader)
    else if (m && /\p{Lu}{2}/u.test(m[1]!) && (!/[.…]\s*$/.test(m[1]!) || INITIAL_END.test(m[1]!)) && !LEADER_STATE.test(foldText(m[3]!))) hits.push({ at: lineStart + m[1]!.length, len: m[2]!.length + m[3]!.length });
    lineStart += line.length + 1;
  }
  // (communes before their members: a roll by commune, each line a group)
  if (communes.length >= 2 && communes.length > hits.length) return blankRanges(content, communes);
  if (roles.length + hits.length < 2) return content;
  let out = hits.length ? blankRanges(content, hits) : content;
  for (const r of roles) out = out.slice(0, r.at) + ',' + ' '.repeat(r.len - 1) + out.slice(r.at + r.len);
  return out;
}
/** A name ending with a given name's initial: "LACOMBE R.", "ROUZIES J.-P." (a capital alone before the dot). */
const INITIAL_END = /\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\.(?:-\p{Lu}\.)?$/u;
/** What a status row writes after its leaders: a state word, a one-letter code, a proxy or a substitution. */
const LEADER_STATE = /^(?:present|absent|excuse|represente|[paer](?:$|[\s(])|pouvoir|procuration|supplee|remplace|\d{1,3}\b|(?:m|mme|mlle|mr|monsieur|madame)\.?\s)/;

/**
 * Brussels lists give each role in Dutch after the French one ("Bourgmestre-Présidente - Burgemeester-Voorzitster ;",
 * "Échevins - Schepenen ;"): the Dutch part is blanked (offsets kept), the French role stays with its names.
 */
// (after " - " or " / ", the Dutch word possibly wrapped to the next line: "Conseillère /" / "Raadslid")
const DUTCH_ROLE = /[ \t]*(?:[ \t][-–]|\/)[ \t]*(?:\n[ \t]*)?(?:Burgemeester|Voorzitter|Voorzitster|Schepen|Schepenen|Gemeenteraadslid|Gemeenteraadsleden|Gemeentesecretaris|Secretaris|Raadslid|Raadsleden|OCMW|Ondervoorzitter|Algemeen\s+directeur|Algemene\s+directeur|Financieel\s+directeur)\b[\p{L}' -]*?(?=[ \t]*(?:[;,.(]|\n|$))/gu;
function blankDutchRoles(content: string): string {
  if (!/Burgemeester|Voorzitt|Schepen|Gemeente|Secretaris|Raadsl|OCMW|directeur/.test(content)) return content;
  return content.replace(DUTCH_ROLE, (m) => ' '.repeat(m.length));
}

/**
 * Blanks the communes of such lines (offsets kept) when two lines at least are written so, or when each
 * commune was already blanked so in an earlier list (`known`: "Délégué absent : BOUTET Alain – PUYROBIN"
 * after "… – PUYROBIN" among the excused); roles after a dash stay. Adds the communes blanked to `known`.
 */
function blankCommunesAfterDash(content: string, known: Set<string>): string {
  // ("CHAUVET Pascale, SAINT-JUST-D'ESSART": the commune after a comma, one member per line; three lines at least, each
  // commune a compound name in capitals — a surname alone in capitals after a comma may be the next member)
  if (/,[ \t]+\p{Lu}[\p{Lu}'’]+[-' ’]/u.test(content)) {
    const hits: Array<{ at: number; len: number; place: string }> = [];
    let at = 0;
    for (const line of content.split('\n')) {
      const m = COMMA_PLACE_END.exec(line);
      if (m && /[-'’ ]/.test(m[2]!) && /\p{Lu}{2}[^,]*\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+[ \t]+\p{Lu}{2}/u.test(line.slice(0, m.index))) hits.push({ at: at + m.index, len: m[1]!.length + m[2]!.length, place: m[2]! });
      at += line.length + 1;
    }
    if (hits.length >= 3) {
      for (const h of hits) known.add(h.place);
      return blankRanges(content, hits);
    }
  }
  if (!/[ \t][–—-][ \t]/.test(content)) return content;
  const hits: Array<{ at: number; len: number; place: string }> = [];
  let lineStart = 0;
  for (const line of content.split('\n')) {
    let m = /[ \t][–—-][ \t]/.test(line) ? DASH_PLACE_END.exec(line) : null;
    // (or the member's office after the place, "GOSSELIN Annick - Brezelle - Présidente": the place before the office is
    // blanked, the office stays the member's)
    if (m && isRoleOnly(m[2]!)) m = DASH_PLACE_END.exec(line.slice(0, m.index)) ?? m;
    // (one dash on the line: "… – Mme Laetitia" ending a line of a dash-separated list is a name cut by the line break)
    const head = m ? line.slice(0, m.index) : '';
    // (roles between the name and the place: "KERBRAT Anne-Marie – 1re vice-présidente – Plounérin-Vras")
    const between = head.split(/[ \t][–—-][ \t]/);
    if (m && (between.length === 1 ? !/[–—]/.test(head) : between.slice(1).every((x) => isRoleOnly(x.trim()))) && /\p{Lu}{2}/u.test(head) && !isRoleOnly(m[2]!) && !/^(?:M|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\b/.test(m[2]!)) hits.push({ at: lineStart + m.index, len: m[1]!.length + m[2]!.length, place: m[2]! });
    lineStart += line.length + 1;
  }
  if (hits.length === 0 || (hits.length < 2 && !hits.every((h) => known.has(h.place)))) return content;
  for (const h of hits) known.add(h.place);
  return blankRanges(content, hits);
}
const COMMA_PLACE_END = new RegExp(String.raw`(,[ \t]+)(${CAPS_PLACE})[ \t]*[;.]?[ \t]*$`, 'u');

/** A group's label before its members: an acronym ("CAPV :", "CC3V :"), or one naming its body ("CC des Portes de l'Eurette :", "CA Portes de l'Yvrette :"). */
// (or a group of member communes: "Communes isolées : X, Y")
const ACRONYM_LABEL = /^(?:[A-Z][A-Z0-9]{1,9}(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[^:\n]{2,40}?)?|(?:CA|CC|CU|CCA|SM|SIVU|SIVOM|SIAEP|SMICTOM|SICTOM|SDE|PETR|EPT)\s+\p{Lu}[^:\n]{2,40}?|[Cc]ommunes\s+(?:isolées|membres|adhérentes|associées|déléguées))\s*:/u;

/**
 * Two consecutive lines (an empty line between allowed) with a pipe between two texts: a table drawn only between its
 * columns. Line by line (a pattern spanning "text | text" was quadratic on a long line without a pipe).
 */
function innerPipeRows(content: string): boolean {
  const row = (line: string) => {
    const bar = line.indexOf('|');
    if (bar < 0) return false;
    const next = line.indexOf('|', bar + 1);
    return /\S/.test(line.slice(0, bar)) && /\S/.test(line.slice(bar + 1, next < 0 ? line.length : next));
  };
  const lines = content.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!row(lines[i]!)) continue;
    if (row(lines[i + 1]!) || (!lines[i + 1]!.trim() && i + 2 < lines.length && row(lines[i + 2]!))) return true;
  }
  return false;
}

function blankWrappedColumnNotes(content: string): string {
  const lines = content.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const open = /\((?=[^()]*$)[^()]*?(?=[ \t]{4,}\S)/.exec(lines[i]!);
    const close = /^[ \t]*[^()\n]*\)/.exec(lines[i + 1]!);
    if (!open || !close) continue;
    lines[i] = lines[i]!.slice(0, open.index) + ' '.repeat(open[0].length) + lines[i]!.slice(open.index + open[0].length);
    lines[i + 1] = ' '.repeat(close[0].length) + lines[i + 1]!.slice(close[0].length);
  }
  return lines.join('\n');
}

/**
 * A left column's surname cut at its hyphen before the gap to the right column, its end alone on the next line:
 * "Mme Nathalie DURAND-        M. Paul ROCHE (Vergnes)" / "MARTEL (Lanvieux)".
 */
const CUT_LEFT_CELL = /^([ \t]*\S.*?\p{Lu}{2,}-)([ \t]{4,})(?=\S)/u;
/** That end: the rest of the surname in capitals, its place in brackets possibly, nothing after ("MARTEL (Lanvieux)"). */
const CUT_CELL_END = /^[ \t]*(\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})*(?:[ \t]+\([^()\n]{1,40}\))?)[ \t]*[,;.]?[ \t]*$/u;

/**
 * The end of a left cell's surname cut at its hyphen moved back after the hyphen, into the gap before the right column
 * (which it must fit, two spaces left), and its line blanked: the left entry is whole and the right one is no part of
 * it (offsets kept but for the moved end, which stays inside the line).
 */
function joinCutLeftCells(content: string): string {
  const lines = content.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const cut = CUT_LEFT_CELL.exec(lines[i]!);
    if (!cut) continue;
    const end = CUT_CELL_END.exec(lines[i + 1]!);
    if (!end || end[1]!.length + 2 > cut[2]!.length) continue;
    lines[i] = cut[1]! + end[1]! + ' '.repeat(cut[2]!.length - end[1]!.length) + lines[i]!.slice(cut[0].length);
    lines[i + 1] = ' '.repeat(lines[i + 1]!.length);
  }
  return lines.join('\n');
}

/**
 * A right column's compound given name cut at its own hyphen at the line's end, its second part alone in the same column on
 * the next line, beside that line's left cell: "BOUTET Alain          RIVAULT Marie-" / "GIRET Stéphane         Laure".
 */
const CUT_RIGHT_CELL = /^([ \t]*\S.*?\S)([ \t]{4,})(\p{Lu}{2,}[\p{Lu}'’ -]*[ \t]+\p{Lu}\p{Ll}+-)[ \t]*$/u;
/** That part: one given name in small letters after its capital, after a wide gap ("GIRET Stéphane      Laure"). */
const CUT_RIGHT_END = /^([ \t]*\S.*?\S[ \t]{4,})(\p{Lu}\p{Ll}+)[ \t]*$/u;

/**
 * The part moved up after the hyphen, the right cell shifted left into the gap to make room (which must leave four spaces),
 * and blanked on its own line: the right entry is whole and the next row's left entry no part of it. Only when the part
 * starts within three places of the cut cell's start (a cell wrapped in its column). Offsets kept but for the moved cell.
 */
function joinCutRightCells(content: string): string {
  const lines = content.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const cut = CUT_RIGHT_CELL.exec(lines[i]!);
    if (!cut) continue;
    const end = CUT_RIGHT_END.exec(lines[i + 1]!);
    if (!end) continue;
    const cellAt = cut[1]!.length + cut[2]!.length;
    // (the content's first line starts after its heading, "Présents :  BOUTET Alain …": its columns are read on the row under
    // the part instead)
    const below = i === 0 && i + 2 < lines.length ? /^[ \t]*\S.*?\S[ \t]{4,}(?=\S)/.exec(lines[i + 2]!) : null;
    const columnAt = below ? below[0].length : cellAt;
    if (Math.abs(end[1]!.length - columnAt) > 3 || cut[2]!.length - end[2]!.length < 4) continue;
    const moved = cut[1]! + cut[2]!.slice(end[2]!.length) + cut[3]! + end[2]!;
    lines[i] = moved + lines[i]!.slice(moved.length);
    lines[i + 1] = end[1]! + ' '.repeat(lines[i + 1]!.length - end[1]!.length);
  }
  return lines.join('\n');
}

/** Words describing a member after the name's comma: small letters first, or an ordinal ("1re vice-présidente déléguée à …", "qui préside la séance", "à l'enfance et aux familles"). */
const QUALIFIER = /^\s*(?:\d{1,2}(?:er|re|e|ème|eme)\s+|[a-zà-ÿ])[^;]*$/;

/**
 * What is said after a member of the list of the present who does not sit: "suppléant sans voix délibérative" (staff),
 * "est absente", "est excusé"; null otherwise.
 */
function notSittingState(text: string, bare: boolean): 'staff' | 'absent' | 'excused' | null {
  // (or "…, suppléante, assiste sans voix délibérative", "…, qui siège sans voix délibérative")
  if (/^\s*(?:suppl[ée]ante?\s*,?\s*)?(?:(?:qui\s+)?(?:assiste|si[èe]ge|est\s+pr[ée]sente?)(?:\s+[àa]\s+la\s+s[ée]ance)?\s+)?sans\s+(?:voix\s+d[ée]lib[ée]rative|droit\s+de\s+vote)\s*[.;]?\s*$/i.test(text) && /suppl|assiste|si[èe]ge|pr[ée]sent/i.test(text)) return 'staff';
  // (or "…, siégeant avec voix consultative": a member of the board who does not vote, the bourgmestre at a CPAS)
  if (/^\s*(?:(?:qui\s+)?(?:assiste|si[èe]ge|si[ée]geant|est\s+pr[ée]sente?|pr[ée]sente?)(?:\s+[àa]\s+la\s+s[ée]ance)?\s+)avec\s+voix\s+consultative\s*[.;]?\s*$/i.test(text)) return 'staff';
  // ("…, est absente.", or, when `bare`, the state alone after the name: "FOURNIÉ Lucette, absente", "X, absent excusé")
  const m = /^\s*((?:est|[ée]tait)\s+)?(absente?|excus[ée]e?|absente?\s+excus[ée]e?)\s*[.;]?\s*$/i.exec(text);
  if (!m || (!m[1] && !bare)) return null;
  return /^absente?$/i.test(m[2]!) ? 'absent' : 'excused';
}

/**
 * A member's state written after the name without a comma ("BOUYSSOU Alain absent excusé représenté par M. ARNAL",
 * "Mme Coralie VIDAL absente excusée", "FOURNIÉ Lucette absente"): set apart as a note of its own, the space before it
 * (and before a relation after it) becoming a comma, offsets kept. Only after a capitalised word, and only when the state
 * ends the entry or a relation follows it.
 */
const STATE_TAIL = /(?<=\p{Lu}[\p{L}'’-]*)[ \t]+(?=(?:absente?s?(?:[ \t]+excus[ée]e?s?)?|excus[ée]e?s?)(?:[ \t]*(?:[,;.]|\bet\b|\n|$)|[ \t]+(?:repr[ée]sent|pouvoir|procuration|donne|a[ \t]+donn)))/gu;
const RELATION_AFTER_STATE = /(?<=\b(?:absente?s?|excus[ée]e?s?))[ \t]+(?=(?:repr[ée]sent[ée]e?s?\s+par|pouvoir|procuration|donne|a[ \t]+donn))/gu;
function separateStateTails(content: string): string {
  if (!/absent|excus/i.test(content)) return content;
  const comma = (m: string) => ',' + m.slice(1);
  const out = content.replace(STATE_TAIL, comma);
  return out === content ? content : out.replace(RELATION_AFTER_STATE, comma);
}

/** A count in words after a heading, up to the next field or the line's end: "présents : cinq ;", "présents : vingt-deux". */
const COUNT_IN_WORDS = new RegExp(`^[ \\t]*${NUMBER_WORD}(?:[ -]+${NUMBER_WORD})*[ \\t]*(?:[;,.|/–—-]|\\n|$)`);

/** A row's last cell holding its member's weighted votes, after a TAB or a wide gap: "…<TAB>M. Paul X<TAB>3 voix". */
const VOIX_CELL = /(?:\t|[ \t]{3,})[ \t]*\d{1,3}[ \t]+voix[ \t]*$/gm;

/**
 * The weighted votes each member carries written in a column of their own, at the end of each row (a syndicat whose
 * delegates hold several voix): blanked, offsets kept; they are no part of the name nor an entry.
 */
function blankVoixCells(content: string): string {
  return content.includes('voix') ? content.replace(VOIX_CELL, (m) => ' '.repeat(m.length)) : content;
}

/**
 * Each line's first cell (text from the line's start up to a TAB or two spaces, before more text) blanked with the TABs
 * after it, and the TABs opening a row's next line (the second cell wrapped: "…, CASTA-" / "<TAB>GNÉ Pierre"); rules of
 * dashes too. Offsets kept.
 */
function blankFirstCells(content: string): string {
  return content.replace(/^(?:[-_=]{3,}(?:[ \t]+[-_=]{3,})*[ \t]*$|[^\s\t][^\t\n]*?(?:\t+|(?=  +\S))|\t+)/gm, (m) => ' '.repeat(m.length));
}

/** A TAB table's column of members: "Représentant(e)", "Délégué", "Nom et prénom". */
const MEMBER_COLUMN = new RegExp(String.raw`^(?:${MEMBER_TITLE}|representant(?:e|\(e\))?s?)$`);
/** An aside column of the members' offices: "Qualité", "Fonction". */
const OFFICE_COLUMN = new RegExp(String.raw`^(?:${OFFICE_TITLE})$`);
/** Its other columns, whose cells are no names: "Municipalité", "Titre", "Fonction". */
const ASIDE_COLUMN = new RegExp(String.raw`^(?:${BODY_TITLE}|${OFFICE_TITLE})$`);
/** A column of how each member attends a mixed session: "Participation", "Mode de participation". */
const MODE_COLUMN = new RegExp(String.raw`^(?:${ATTENDANCE_MODE_TITLE})$`);
/** A cell of that column saying only how the member attends: « présentiel », « en visioconférence », « par téléphone ». */
const ATTENDING_CELL = new RegExp(String.raw`^(?:${ATTENDING}|presentiel|distanciel|a\s+distance)$`);

/**
 * True when every row's cell of column `col` is a way of attending (or empty): the column is then aside, no state. A
 * « Participation » column that also writes « excusé », « pouvoir à X » is the members' states, read as such elsewhere.
 */
function onlyWaysOfAttending(lines: string[], header: number, col: number, columns: number): boolean {
  let seen = 0;
  for (let i = header + 1; i < lines.length; i++) {
    const cells = lines[i]!.split(/\t+/);
    if (cells.length !== columns) continue;
    const cell = foldText(cells[col]!.trim());
    if (cell === '') continue;
    if (!ATTENDING_CELL.test(cell)) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * A TAB table of the members by the body each sits for, its header row naming the columns (an MRC's council of mayors:
 * "Municipalité<TAB>Représentant(e)<TAB>Titre" / "Saint-X<TAB>GAUTHIER, Nicole<TAB>mairesse et préfète"): the other columns'
 * cells are blanked and a "NOM, Prénom" cell is read "NOM Prénom" (the given name moved onto the comma), offsets kept;
 * rows of another number of cells are left as they are. The header row itself is blanked by TABLE_HEADER_ROW.
 */
function memberColumnOnly(content: string): string {
  const lines = content.split('\n');
  const h = lines.findIndex((l) => l.trim() !== '');
  if (h < 0 || !lines[h]!.includes('\t')) return content;
  const titles = lines[h]!.split(/\t+/).map((c) => foldText(c.trim()));
  // (the name may take two columns next to each other, "Commune<TAB>Prénom<TAB>Nom": both kept, the TAB between them read
  // as a space, "Gérard LHERITIER")
  const m = titles.findIndex((t) => MEMBER_COLUMN.test(t));
  const n = m >= 0 && m + 1 < titles.length && MEMBER_COLUMN.test(titles[m + 1]!) ? m + 1 : m;
  // (a column of how each attends, « présentiel » / « visioconférence » only, is aside too)
  const aside = (t: string, i: number) => ASIDE_COLUMN.test(t) || (MODE_COLUMN.test(t) && onlyWaysOfAttending(lines, h, i, titles.length));
  if (titles.length < 2 || m < 0 || n - m + 1 >= titles.length || !titles.every((t, i) => (i >= m && i <= n) || aside(t, i))) return content;
  // (an office column right after the member's, "Nom Prénom<TAB>Qualité": its cell kept with the TAB before it, the member's
  // office read as a role, "DUPONT Marc<TAB>Président" — the other columns still blanked)
  const o = n + 1 < titles.length && OFFICE_COLUMN.test(titles[n + 1]!) ? n + 1 : -1;
  for (let i = h + 1; i < lines.length; i++) {
    const cells = lines[i]!.split(/(\t+)/);
    if ((cells.length + 1) / 2 !== titles.length) continue;
    // (a name cell kept, the TABs between two blanked; a single column's "NOM, Prénom" read "NOM Prénom")
    const named = (k: number) => (k >= 2 * m && k <= 2 * n && k % 2 === 0) || (o > 0 && (k === 2 * o || k === 2 * o - 1) && cells[2 * o]!.trim() !== '');
    lines[i] = cells
      .map((c, k) => (!named(k) ? ' '.repeat(c.length) : n > m ? c : c.replace(/^(\s*\p{Lu}[\p{Lu}'’ -]*\p{Lu}),[ \t](?=\p{Lu}\p{Ll})(\S.*)$/u, (_x, a: string, b: string) => `${a} ${b} `)))
      .join('');
  }
  return lines.join('\n');
}

/** A member's office or seat written after the name, in small letters: "maire de Vaurs", "1re adjointe", "siégeant avec voix …". */
const MEMBER_OFFICE = /^\s*(?:\d{1,2}(?:er|re|e|ème)\s+)?(?:maire|adjointe?|conseill(?:er|ère)|vice-pr[ée]sidente?|pr[ée]sidente?|d[ée]l[ée]gu[ée]e?|suppl[ée]ante?|si[ée]geant|repr[ée]sentante?|membre|[ée]lue?)(?![\p{L}])/u;

/** A proxies table's column titles: the giver's and the holder's (the others, a commune's, set aside). */
const GIVER_TITLE = /^(?:mandants?|d[ée]l[ée]gants?|donneurs?(?:\s+de\s+(?:pouvoir|procuration))?|(?:d[ée]l[ée]gu[ée]|membre|conseill(?:er|ère)|[ée]lu)(?:\(e\)|e)?s?\s+absent(?:\(e\)|e)?s?)$/i;
// (the holder's in the giver's words too: "Donne pouvoir à")
const HOLDER_TITLE = /^(?:mandataires?|d[ée]l[ée]gataires?|porteurs?(?:\s+du\s+pouvoir)?|b[ée]n[ée]ficiaires?|(?:(?:a\s+donn[ée]|donne)\s+)?(?:pouvoir|procuration)(?:\s+donn[ée](?:\(e\)|e)?)?\s+[àa]|repr[ée]sent[ée](?:\(e\)|e)?\s+par)$/i;

/**
 * A proxies table cut at TABs, its header row naming the columns ("Mandant<TAB>Commune<TAB>Mandataire"): each row becomes
 * "giver à holder", the cells between blanked (offsets kept: the « à » written in their room, no-break spaces before it), the
 * header blanked. Rows with another number of cells are left as they are.
 */
function tabbedProxyRows(content: string): string {
  const lines = content.split('\n');
  const h = lines.findIndex((l) => l.trim() !== '');
  if (h < 0 || !lines[h]!.includes('\t')) return content;
  const titles = lines[h]!.split('\t').map((c) => c.trim());
  const g = titles.findIndex((t) => GIVER_TITLE.test(t));
  const k = titles.findIndex((t) => HOLDER_TITLE.test(t));
  if (g < 0 || k <= g) return content;
  lines[h] = ' '.repeat(lines[h]!.length);
  for (let i = h + 1; i < lines.length; i++) {
    const cells = lines[i]!.split('\t');
    if (cells.length !== titles.length) continue;
    // (where the giver's cell ends and the holder's starts, in the line)
    const giverEnd = cells.slice(0, g + 1).join('\t').length;
    const holderStart = cells.slice(0, k).join('\t').length + 1;
    const room = holderStart - giverEnd;
    if (room < 3 || !cells[g]!.trim() || !cells[k]!.trim()) continue;
    // (no-break spaces fill the room: a run of spaces would cut the entry, no separator matches them)
    lines[i] = ' '.repeat(cells.slice(0, g).join('\t').length + (g > 0 ? 1 : 0)) + cells[g]! + '\u00a0'.repeat(room - 3) + ' à ' + cells.slice(k).join('\t');
  }
  return lines.join('\n');
}

/** A name that is a table's column titles: "NOM Prénom", "Nom et prénom", "NOM – PRÉNOM". */
const COLUMN_TITLES = /^(?:nom|pr[ée]nom)(?:\s*(?:[-–—/]|et)?\s*(?:nom|pr[ée]nom))?$/i;

/** A role after a dash, before the « à » of a proxy pair or ending its line (or its scope in brackets). */
const DASH_ROLE_IN_PAIR = /[ \t]+[–—][ \t]+(?:conseill(?:er|ère)s?|bourgmestre|[ée]chevine?s?|maire|adjointe?s?|pr[ée]sidente?|vice-pr[ée]sidente?)(?=[ \t]+à[ \t]|[ \t]*\(|[ \t]*$)/gimu;
/** A member's note saying a substitute sits without a vote: "suppléante, présente sans droit de vote", "suppléant sans voix délibérative". */
const NO_VOTE_SUBSTITUTE = /suppl[ée]ante?\b[^()]*\bsans\s+(?:droit\s+de\s+vote|voix\s+d[ée]lib[ée]rative)/i;

/** A commune in capitals, its members in brackets after it, the group ending at a semicolon, a full stop or the end. */
const COMMUNE_GROUP = /(^[ \t]*|[;:][ \t]*|\n[ \t]*)([A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’ -]{2,50}?)[ \t]*\(([^()]{3,600})\)(?=\s*(?:[;.]|$))/g;
/** A state or a relation said in brackets: no group of members. */
const BRACKET_NOTE = /pouvoir|procuration|repr[ée]sent|suppl|rempla|arriv|parti|excus|absent|d[ée]l[ée]gu/i;

/**
 * "ESTRELLE (Thierry X, Corinne Y) ; SAINT-MAUR (Hubert Z, Laurent W) ; …": each commune's members in brackets after
 * it. The communes and the brackets are blanked (offsets kept), the names read as the list. Only with two groups or
 * more, each naming a "Prénom NOM" and stating nothing ("(pouvoir à …)" is a note).
 */
function unwrapCommuneGroups(content: string): string {
  if (!content.includes('(')) return content;
  const groups = [...content.matchAll(COMMUNE_GROUP)].filter((m) => /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}/u.test(m[3]!) && !BRACKET_NOTE.test(m[3]!));
  if (groups.length < 2) return content;
  let out = '';
  let at = 0;
  for (const m of groups) {
    const lead = m[1]!.length;
    const inner = m[3]!;
    out += content.slice(at, m.index! + lead) + ' '.repeat(m[0].length - lead - inner.length - 1) + inner + ' ';
    at = m.index! + m[0].length;
  }
  return out + content.slice(at);
}

/** An entry that is a civility and one capitalised word: "M. Letellier", "Mme Marie", "MM. Lefebvre" (a typed form's "M Coste", its dot left out). */
const CIVILITY_SURNAME = /^\s*(?:et\s+)?(M\.?|Mme|Mlle|Melle|MM\.?|Mmes|Monsieur|Madame|Messieurs|Mesdames)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*\.?\s*$/u;
/**
 * A plural civility, then within its sentence an entry that is one capitalised word ("MM. Roux Émile, maire, Roux Joseph,
 * Bessou, Carles.", "MM. Gaborit Louis, Gaborit René, Jamet, formant la majorité"): the list writes some members by surname
 * alone.
 */
const PLURAL_CIVILITY_BARE_RUN = /(?:^|[,;:])\s*(?:MM\.|Mmes|Messieurs|Mesdames)\s+\p{Lu}[^.;:\n]{0,200}?,\s*(?:et\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:[,.]|\bet\b|$)/mu;
/**
 * A group of members named by their office, then the members in brackets, each with a civility: "les deux adjoints (Mme
 * Nadine X, M. Paul Y)", "les conseillers délégués (M. Z et Mme W)". Group 1 is the office up to the bracket, 2 the names.
 */
const OFFICE_GROUP_NAMED = /(?<![\p{L}])((?:les|ses|leurs)\s+(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+)?(?:adjoint|conseill(?:er|ère)|délégu[ée]|vice-présid(?:ent|ente)|membre|élu|maire)e?s(?:\s+(?:municipa(?:ux|les)|délégu[ée]e?s|titulaires|suppléant(?:e?s)?|communautaires|élu(?:e?s)))?\s*\()((?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)\s[^()\n]{2,300}?)\)/gu;
/** The chair's office alone: "le Maire", "la Présidente". */
const CHAIR_OFFICE = /^(?:le|la)\s+(?:maire|pr[ée]sidente?)$/i;
/** An entry opening with a group of members named by their office: "les deux adjoints (…)", "et les conseillers X, Y". */
const OFFICE_GROUP_OPENS = /^[\s,;]*(?:et\s+)?(?:les|ses|leurs)\s+(?:\p{Ll}+\s+)?(?:adjoint|conseill|délégu|vice-présid|membre|élu)/iu;
const CIVILITY_SURNAMES_G = /(?:^|[,;:]|\bet)\s*(?:M\.|Mme|Mlle|Melle|MM\.|Mmes)\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?=[,;.(]|\bet\b|$)/gmu;

/** A name's letters alone, folded: the key that tells the same member written twice ("Josée Laflamme" / "JOSÉE LAFLAMME"). */
const letterKey = (r: { readonly name: string }): string => foldText(r.name).replace(/[^a-z]/g, '');

/**
 * A list extracted from a table « NOM / Prénom [/ Qualité] » one cell per line, the empty cells (an ordinary councillor's
 * Qualité) gone, so that rows are two lines or three: "GAUTHIER" / "Marcel" / "Maire" / "AUZIÈRE" / "Claudette" / … Each
 * row becomes one entry, "GAUTHIER Marcel,Maire" (the line breaks inside it a space and a comma; the titles blanked;
 * offsets kept); the rows end at the first line that is neither a surname in capitals followed by a given name nor a role.
 * Unchanged unless three rows are read.
 */
function joinCellPerLineRows(content: string): string {
  const head = /^\s*(?:NOM|Nom)[ \t]*\n[ \t]*(?:Pr[ée]nom|PR[ÉE]NOM)[ \t]*\n(?:[ \t]*(?:Qualit[ée]|QUALIT[ÉE]|Fonction|FONCTION|R[ôo]le|Mandat)[ \t]*\n)?/.exec(content)!;
  const lines = content.slice(head[0].length).split('\n');
  const surname = /^[ \t]*\p{Lu}[\p{Lu}'’ -]*\p{Lu}[ \t]*$/u;
  const given = /^[ \t]*\p{Lu}\p{Ll}[\p{L}'’ -]*$/u;
  const joins: string[] = [];
  let i = 0;
  let rows = 0;
  while (i + 1 < lines.length && surname.test(lines[i]!) && given.test(lines[i + 1]!) && !isRoleOnly(lines[i + 1]!.trim())) {
    joins.push(lines[i]! + ' ');
    if (i + 2 < lines.length && lines[i + 2]!.trim() && !surname.test(lines[i + 2]!) && isRoleOnly(lines[i + 2]!.trim())) {
      joins.push(lines[i + 1]! + ',', lines[i + 2]! + '\n');
      i += 3;
    } else {
      joins.push(lines[i + 1]! + '\n');
      i += 2;
    }
    rows++;
  }
  if (rows < 3) return content;
  return head[0].replace(/[^\n]/g, ' ').replace(/\n/g, ' ') + joins.join('') + lines.slice(i).join('\n');
}

/** An officer's label alone in a column's cell, the name on the line below: "Secrétaire de séance :", "Assistaient également :". */
const OFFICER_CELL = /^(?:secr[ée]taires?|pr[ée]sidente?\s+de\s+s[ée]ance|assistai(?:en)?t|[ée]galement\s+pr[ée]sente?s?)\b[^:\n]{0,40}:$/i;

/** A name's words, whatever their order ("BÉGUIN Carole", "Carole BÉGUIN"). */
const wordsKey = (r: { readonly name: string }): string => foldText(r.name).split(/[^a-z]+/).filter(Boolean).sort().join(' ');

/** Words that name someone: a surname in capitals or a civility. */
const NAMES_SOMEONE = /\p{Lu}{2}|\b(?:M\.|Mmes?|Mlle|Monsieur|Madame)\s/u;

/** A note saying the name was struck out of the list: "(rayé)", "(rayée)", "(barré)". */
const STRUCK_OUT = /^\s*(?:ray[ée]e?|barr[ée]e?|biff[ée]e?)\s*$/i;

/** The way a member attends, after the name: "– à distance", "(en visioconférence)". */
const REMOTE_ATTENDANCE = /^\s*(?:à|a|en|par)\s+(?:distance|visio\S*|distanciel|audio\S*|téléconférence)\s*[.;]?\s*$/i;

/**
 * A label inside a list opening the members who attend from afar, the connector left before it ("…, Maire, en mairie ;
 * et, participant par visioconférence : M. X, …", "; en visioconférence : Mme Y"): no member, blanked.
 */
const REMOTE_GROUP_LABEL = /^(\s*)((?:et\s*,?\s*)?(?:(?:participant|participants|siégeant|présente?s?)\s+)?(?:à|a|en|par)\s+(?:distance|visio\S*|distanciel|audio\S*|téléconférence)\s*:\s*)(?=\S)/i;

/** A table cell stating a member's presence ("Présente", "Excusé – pouvoir à M. X", "Absent"). */
const STATE_CELL = /^\s*(?:presente?s?|absente?s?|excusee?s?|representee?s?|p|a|e|x)\s*(?:$|[-–—,(])/;

/** A table cell naming a member with a civility ("Mme Anne-Marie VIDEAU"). */
const CIVILITY_CELL = /^\s*(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+\S/;

/** A commune's name: "Brousse-le-Haut", "Peyrusse-d'Olt", "Salles-Vieilles", "Lunac-sur-Viaur" (one hyphenated token). */
/** A commune's cell in small letters after capitals, its words joined by spaces, hyphens or apostrophes: "Les Cazals", "Peyrebrune-d'Olt". */
const COMMUNE_CELL = /^\s*\p{Lu}[\p{Ll}'’]+(?:[ '’-]{1,2}\p{L}[\p{Ll}'’]*){0,6}\s*$/u;
/** A member written surname first in capitals, then the given name: "TEYSSIER Marc", "DELMAS-RIGAL Odile". */
const SURNAME_FIRST_CELL = /^\s*\p{Lu}{2}[\p{Lu}'’-]*(?: \p{Lu}{2}[\p{Lu}'’-]*){0,2} \p{Lu}\p{Ll}/u;
const PLACE_NAME = /^\s*(?:Saint|Sainte|Le|La|Les|L')?[-\s]?[A-ZÀ-Þ][a-zß-ÿœæ'’]+(?:-(?:[A-ZÀ-Þ][a-zß-ÿœæ'’]+|le|la|les|sur|sous|en|de|du|des|d'[A-ZÀ-Þ][a-zß-ÿ]+|l'[A-ZÀ-Þ][a-zß-ÿ]+|lès|lez|aux|et))+\s*[.;,]?\s*$/;

/** A person with a civility, in folded text, up to the next comma, full stop, colon or semicolon. */
// (not a clause naming a proxy: "M. X ayant donné pouvoir à Mme Y, Mme Z et M. W étant excusés")
const CIVIL_NAME = String.raw`(?:m\.|mme|mlle|monsieur|madame)\s+(?![^,;.:\n]*?\b(?:ayant|avait|donne|pouvoir|procuration)\b)[^,;.:\n]{2,60}?`;
/**
 * Absences stated in the attendance sentence itself (folded text), group 1
 * the people, group 2 the state: "Mme A et M. B étant excusés", "M. C était
 * absent", "M. D absent." closing a clause, "… et de M. F, excusé" (after
 * "à l'exception de"). ("Mme E, absente, avait donné procuration à …" is a
 * proxy only, as a giver in a proxy sentence.)
 */
const ABSENCE_CLAUSES: RegExp[] = [
  // (a role in apposition may come before the verb: "Madame X, conseillère au siège # 6, est absente")
  new RegExp(String.raw`(?:^|[,;.:]\s*|\bet\s+)(${CIVIL_NAME}(?:\s*(?:,|\bet\b)\s*${CIVIL_NAME})*)(?:\s*,\s*(?:conseill|delegue|adjoint|echevin|membre)[^,;.\n]{0,50},)?\s*,?\s+(?:etant|etaient|sont|est|etait)\s+(excusee?s?|absente?s?)\b`, 'g'),
  new RegExp(String.raw`(?:^|[,;:]\s*)(${CIVIL_NAME})\s+(absente?|excusee?)\s*(?=[.;]|$)`, 'g'),
  new RegExp(String.raw`\bet\s+de\s+(${CIVIL_NAME})\s*,\s*(excusee?|absente?)\b`, 'g'),
];

/** A pair after a proxy sentence, both written "Prénom Nom" without civility: ", Pascale Y à Isabelle Z", " et Denis W à Patrice V". */
const PLAIN_NAME = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?:de\s+|d['’]|le\s+|la\s+)?\p{Lu}[\p{L}'’-]+){1,2}`;
const PLAIN_PAIR = new RegExp(String.raw`^\s*(?:,|et)\s+(${PLAIN_NAME})\s+(?:à|au)\s+(${PLAIN_NAME})(?=\s*(?:,|\.|;|\set\s|$))`, 'u');

/** ABSENCE_CLAUSES' first form with names written "Prénom Nom" and no civility, at a sentence's start (text as written). */
const PLAIN_ABSENCE = new RegExp(String.raw`(?:^|[.;]\s+|\n)(${PLAIN_NAME}(?:\s*(?:,|\bet\b)\s*${PLAIN_NAME})*)\s+(?:étaient|était|sont|est|étant)\s+(absente?s?|excusée?s?)\b`, 'gu');

/** "…, porteur du pouvoir d'Anne-Marie Y", "…, détentrice de la procuration de M. Z": the holder's qualifier, the giver after it. */
const HOLDS_AFTER_COMMA = /^\s*(?:qui\s+(?:est\s+)?)?(?:porteu(?:r|se)|d[ée]tent(?:eur|rice)|titulaire)\s+(?:du|d['’]un|de\s+la|d['’]une)\s+(?:pouvoir|procuration|mandat)\s+(?:de\s+|du\s+|d['’]\s?)/i;
/** A proxy's relation opening a piece, its giver in the piece before: "qui donne procuration à", "ayant donné pouvoir à", "représenté par". */
// (typed or read without accents too: "…, empeche, a donne pouvoir a Monsieur X")
const GIVES_AFTER_COMMA = /^\s*(?:(?:qui\s+)?(?:(?:a|ayant|avait)\s+(?:[ée]galement\s+|aussi\s+)?(?:donn[ée]|confi[ée])|donne)\s+(?:(?:un|une|son|sa)\s+)?(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)|(?:pouvoir|procuration|d[ée]l[ée]gation\s+de\s+vote)(?:\s+(?:donn[ée]e?|remise?))?)\s+(?:[àa]|au|en\s+faveur\s+de)\s+(?=\S)|^\s*(?:qui\s+est\s+)?repr[ée]sent[ée]e?\s+par\s+(?=\S)|^\s*(?:qui\s+)?s['’]\s?(?:est|[ée]tait)\s+fait(?:e)?\s+repr[ée]senter\s+par\s+(?=\S)/i;

/** « et » before a second pair after a proxy sentence's holder, the verb left out: "… à Sophie X et Julie Y à Gilles Z", "… à M. X et M. Y à Mme Z". */
// (typed without accents, « a » before the holder's civility: "… a M. X et M. Y a M. Z")
const HOLDER_THEN_PAIR = /\s+et\s+(?=(?:[^,.;\n]|(?<=\bM)\.)*\s(?:à|au|a(?=\s+(?:M\.|Mme|Mlle|Monsieur|Madame)\s))\s)/;
const HOLDER_THEN_PAIR_SPLIT = new RegExp(String.raw`,|\n|${HOLDER_THEN_PAIR.source}`);

/** A place's label before a member (see its use in readList): at a line's start or after a gap of two spaces or a TAB. */
const PLACE_LABEL = /(^|\n|[ \t]{2,}|\t)((?!(?:Secr|Pr[ée]sid|Absent|Excus|Pouvoir|Procuration|Repr|Suppl|Invit|Assist|Public|Objet|Ordre|Vote|Pour\s|Contre|Quorum|Mandat|Membres|Conseill|D[ée]l[ée]gu|Titulaire|Coll[èe]ge|Groupe)\p{L})\p{Lu}[\p{L}'’ -]{1,40}?[ \t]*:[ \t]*)(?=(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)\s)/gu;

/** A delegate's seat after a dash, ending the entry or before its comma: "titulaire", "suppléante", "délégué titulaire". */
const SEAT_AFTER_DASH = /^\s*(?:d[ée]l[ée]gu[ée]e?\s+)?(?:titulaire|suppl[ée]ante?)s?\s*(?:[,;(]|\n|$)/i;

/** "…, de même que M. B à …" after a proxy sentence: more pairs follow. */
const LIKEWISE = /^\s*,?\s*(?:de\s+même\s+que|ainsi\s+que|et\s+de\s+même)\s+/i;
/** "…, conseiller, et Mme C à Mme D, conseillère.": a second pair after a proxy sentence, the verb left out. */
const PAIR_CIVILITY = String.raw`(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s`;
// (or « a » typed without its accent: "… et M. B a M. C")
// (the giver's name may wrap once, never over an empty line: "…, et M. Olivier" / "LEBLANC à M. Christophe GOBERT.")
const PAIR_GIVER = String.raw`(?:[^,.;\n]|\n(?![ \t]*\n)){2,60}?`;
const SECOND_PAIR = new RegExp(String.raw`^\s*,?\s*(?:[\p{L}' -]{2,40},\s*)?et\s+(?=${PAIR_CIVILITY}${PAIR_GIVER}\s(?:à|au|a)\s+${PAIR_CIVILITY})`, 'u');
/** "M. A avait donné pouvoir à M. B, Mme C à M. D et M. E à Mme F.": the next pair after a comma alone, the verb left out. */
const COMMA_PAIR = new RegExp(String.raw`^\s*,\s*(?=${PAIR_CIVILITY}${PAIR_GIVER}\s(?:à|au|a)\s+${PAIR_CIVILITY})`, 'u');

/** A college's title on a line of its own: "Collège de la Région (2 délégués)", "Collège des EPCI :" (group 0 with its line start). */
// (or ending the list's content before the next college's heading: "absent : M. X." / "Collège des EPCI – présents : …")
const COLLEGE_LINE = /(?<=^|\n)[ \t]*Coll[èe]ge +(?:de +la +|de +l['’] ?|du +|des +|de +)[^\n\t:()]{2,60}?(?:\s*\(\s*\d{1,3}\s+(?:délégués?|membres?|sièges?|représentants?)\s*\))?[ \t]*(?::|[–—-])?[ \t]*(?=\n|$)/giu;

/** A group's title alone in a column's cell: "Collège des communes rurales", "Collège des EPCI", "Groupe des élus du canton". */
const GROUP_TITLE = /^(?:Coll[èe]ge|COLL[ÈE]GE|Groupe|GROUPE)[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|DE[ \t]+LA|DE[ \t]+L['’]|DU|DES|DE)[ \t]*[^\s:,;()][^\n:,;()]{1,58}$/u;

/** A college's label before its members on the same line: "Collège du Département : LAPORTE-VIGNAL Jacques, Président ; …". */
const COLLEGE_INLINE = /(?<=^|\n)[ \t]*Coll[èe]ge +(?:de +la +|de +l['’] ?|du +|des +|de +)[^\n\t:()]{2,60}?[ \t]*:[ \t]*(?=(?:M\.|Mme|MM\.|Mmes)\s|\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll})/gu;

/** A college's label after a line's start or a semicolon, its members after its colon: "; Collège du Plateau : Guy X, …". */
const COLLEGE_LABEL_RUN = /(?<=(?:^|\n|;)[ \t]*)Coll[èe]ge[ \t]+[^\n:;,()]{2,50}?[ \t]*:/gu;

/** A holders' column title on the line under a heading, the cells of a two-column proxies table one per line below. */
const HOLDER_COLUMN_TITLE = /^[ \t]*\n?[ \t]*(?:a\s+donn[ée]\s+(?:pouvoir|procuration)\s+à|pouvoir\s+(?:donn[ée]\s+)?à|procuration\s+(?:donn[ée]e\s+)?à|mandataire|repr[ée]sent[ée]e?\s+par)[ \t]*(?=\n)/i;

/**
 * A givers' column title on the line under a proxies heading, when a PDF's text layer gives the table column by column:
 * "Mandant" / the givers one per line / "Mandataire" / the holders one per line (group 0 with its line's end).
 */
const GIVER_COLUMN_TITLE = /^[ \t]*\n?[ \t]*(?:mandants?|donneurs?\s+(?:de\s+)?(?:pouvoir|procuration)|(?:conseill(?:er|ère)s?|d[ée]l[ée]gu[ée]e?s?|membres?|[ée]lue?s?)\s+absente?s?(?:\s+repr[ée]sent[ée]e?s?)?|absente?s?\s+repr[ée]sent[ée]e?s?)[ \t]*(?=\n)/i;
/** The holders' column title after the givers of a proxies table read column by column. */
const HOLDERS_COLUMN_LINE = /^[ \t]*(?:mandataires?|porteurs?\s+(?:du|de\s+la|des)\s+(?:pouvoirs?|procurations?)|(?:a\s+donn[ée]\s+)?(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?à|repr[ée]sent[ée]e?s?\s+par)[ \t]*$/i;

/** Between givers of one holder: "A et de B", "A, B". */
const GIVERS_SEPARATOR = /\s(?:et\s+(?:de\s+|d'\s?)|,\s*(?:de\s+|d'\s?)?)/;

/** A status table's header row alone on its line, its cells' titles apart by TABs, pipes or runs of spaces ("Commune⇥Délégué⇥Participation"). */
// (a seat column first, the members' title naming the council: "Siège<TAB>Membre du conseil<TAB>Statut" — Québec)
const STATUS_HEADER_ROW = new RegExp(
  String.raw`^\s*\n[ \t|]*(?:(?:sieges?|districts?|postes?|quartiers?)(?:\s+(?:no|n°))?(?:\t|[ \t]*\|[ \t]*|[ \t]{2,}))?(?:${BODY_TITLE}|(?:${MEMBER_TITLE})(?:\s+du\s+conseil)?)(?:(?:\t|[ \t]*\|[ \t]*|[ \t]{2,})(?:${BODY_TITLE}|${MEMBER_TITLE}|${OFFICE_TITLE}|participations?|${STATE_TITLE}))+[ \t|]*\n\s*$`,
);

/** The words that tie a proxy's giver to its holder. */
const RELATION_WORD = /\s(?:par|à|au)\s|pouvoir|procuration/i;

export class AttendanceReader {
  private readonly out: Attendance = emptyAttendance();
  private hints: AttendanceResult['roleHints'] = { president: null, secretary: null, mayor: null };
  private order: NameOrder = 'unknown';
  /** Communes blanked after a dash in the lists read so far ("… – PUYROBIN"). */
  private readonly communes = new Set<string>();
  /** Lines of the list being read that open with a role as their label ("Échevins : A, B"): line → role. */
  private labelRoles = new Map<number, string>();
  /** Two columns read line by line (see `findInterleaved`): lines of each column, by line number. */
  private interleaved: { start: number; end: number; left: Set<number>; right: Set<number>; rightHeading?: Heading; skip?: Set<number> } | null = null;
  /** A list of the document writes its surnames in small letters after civilities ("M. Letellier, Mme Marie"): so may its proxies. */
  private civilitySurnames = false;
  /** Communes' cells read before their delegates after a TAB in an earlier list (a table by commune): the next lists' rows are read so too. */
  private communeCellsSeen = false;
  /** The text up to its last line of words or figures, once computed (see `excerptText`). */
  private excerpt: string | null = null;
  /** The lines of the status rows or of the table of states read, once read (see `dedupe`). */
  private statusBlock: { start: number; end: number } | null = null;
  /** Members a grid says represented without naming the holder (see `GridTable.unheld`), by name. */
  private unheldGivers = new Set<string>();
  /** The lines of the attendance grid read (see `takeGrid`, `dedupe`). */
  private gridBlock: { start: number; end: number } | null = null;
  /** Two list headings side by side on one line, their lists in two columns below (see `sideBySide`). */
  /** Lines of one-seat communes' rows set apart from the lists above them (see cutAtSeatRows). */
  private seatRows = new Set<number>();
  /** The column of a table aligned with spaces that the list being read holds (see blankOtherColumn). */
  private columnWindow: { heading: Heading; from: number; to: number } | null = null;
  private sideBySideBlock: { leftHeading: Heading; rightHeading: Heading; col: number; end: number; subHeadings?: Heading[] } | null = null;

  constructor(private readonly src: SourceText) {}

  ref(p: PersonText, note: string | null = null): NameRef {
    const written = collapseSpaces(this.src.norm.slice(p.start, p.end)).trim();
    const name = collapseSpaces(p.name);
    const last = name.charCodeAt(name.length - 1);
    return {
      written,
      // (trailing spaces and punctuation: only when the name ends with one)
      name: last === 44 || last === 59 || last === 58 || isSpace(last) ? name.replace(/[\s,;:]+$/, '') : name,
      civility: p.civility,
      role: p.role,
      note,
      repaired_from: null,
      span: this.src.span(p.start, p.end),
    };
  }

  read(from: number, to: number): AttendanceResult {
    const table = readPresenceTable(this.src, from, to);
    const columns = readColumnLists(this.src, from, to);
    // headings that are the right column glued to a list line's end ("…, M. Pascal DARCOS, en exercice : 80") are not headings
    let headings = findHeadings(this.src.fold, from, to, this.src.norm, this.src).filter((h) => !this.inRightColumnTail(h) && !this.isRowState(h));
    headings = this.threadedCounts(headings);
    headings = this.countRowsInLists(headings);
    // "PRÉSENTS\nPrésident : M. X\nVice-présidents : …": a group label of the list, not a heading that ends it
    headings = headings.filter((h, i) => !(h.kind === 'boundary' && /^presid/.test(h.text) && i > 0 && headings[i - 1]!.kind === 'present' && !this.src.norm.slice(headings[i - 1]!.end, h.start).trim()));
    headings = this.countedThenGroups(headings, from, to);
    headings = this.communeRoll(headings, from, to);
    headings = this.collegeRoll(headings, from, to);
    headings = this.presentByGroupGoesOn(headings);
    // a flattened presence table's rows end with their state ("… CC Vallée du Tarnon excusé"): no headings
    // (the header row, "…PrésentExcuséPouvoir à", is none either)
    if (table) headings = headings.filter((h) => h.end <= table.start || h.start >= table.end);
    this.order = this.detectOrder(headings, to);
    let blockStart = -1;
    let blockEnd = -1;
    // one row per member with its state ("M. X : présent", "Y ..... R (par Z)"): the state words
    // inside it are no headings; used unless a list of present members is headed elsewhere
    // a grid whose states are codes in a column of their own ("Nom Prénom   Qualité   Code   Pouvoir donné à" / "X  Maire  P"):
    // read as a grid (its rows' roles and holders by column), before the rows are read as status rows
    const gridZone = this.src.fold.slice(from, Math.min(to, from + 8000));
    // (or one word per state, "CONSEILLERS MUNICIPAUX      PRÉSENT      ABSENT      POUVOIR À", the rows marking theirs with a cross)
    const lettered = LETTER_GRID_HEADER.test(gridZone) || STATE_WORD_GRID_HEADER.test(gridZone);
    /** Where a grid read first starts (its rows end the lists headed above it: « absents : 2. » right over the grid). */
    let gridStart = -1;
    // (an émargement by seat first, its mark columns titled « Présent » after the titulaire's and after the suppléant's: the
    // grid's reader would read the titulaire's only)
    const codedGrid = codedGridHeader(gridZone) || lettered ? (readSeatMarkGrid(this.src, from, to, (text, start) => this.gridPerson(text, start)) ?? readGridTable(this.src, from, to, (text, start) => this.gridPerson(text, start)) ?? readCellLineGrid(this.src, from, to, (text, start) => this.gridPerson(text, start))) : null;
    // (or any grid whose header row is cut by TABs or pipes: its state headings, "Présent(e)  Représenté(e) par  Excusé(e)", are no lists)
    const tabbed = () => /[\t|]/.test(this.src.norm.slice(codedGrid!.headingStart, codedGrid!.headingEnd));
    // (or a header of one letter per state aligned with spaces, "Conseillers   P   E   A   Procuration à": a row with no letter and a
    // name under the holders' column is a proxy, which the status rows' reader, reading letters, would not see)
    if (codedGrid && (codedGrid.coded || tabbed() || lettered) && codedGrid.present.length + codedGrid.absent.length + codedGrid.excused.length >= 3) {
      this.takeGrid(codedGrid, to);
      headings = headings.filter((h) => h.end <= codedGrid.start || h.start >= codedGrid.end);
      // ("Assistaient :" after the grid names who else attended, its staff, not the members: as after status rows, below)
      headings = headings.map((h) => (h.kind === 'present' && h.start >= codedGrid.end && /^assist/i.test(h.text) ? { ...h, kind: 'staff' as const } : h));
      gridStart = codedGrid.start;
      blockStart = codedGrid.start;
      blockEnd = codedGrid.end;
    }
    // (nor rows inside lists side by side, read as columns: "AYMARD Louis     pouvoir à M. POUGET     DURAND Michel" is three
    // columns' pieces, no member's row)
    const rowsRead = this.out.present !== null ? null : this.statusRows(from, to);
    const status = rowsRead && columns && rowsRead.start >= columns.headingStart && rowsRead.start < columns.end ? null : rowsRead;
    const outside = (h: Heading) => status !== null && (h.end <= status.start || h.start >= status.end);
    // (in the OCR-digit view: "Pouvoirs : O5" is a count)
    // (or in words: "présents : cinq ; votants : six")
    const isCount = (h: Heading) => /^[ \t]*\(?\d/.test(normDigits(this.src.norm).slice(h.end, h.end + 8)) || COUNT_IN_WORDS.test(this.src.fold.slice(h.end, h.end + 40));
    // ("Assistaient :" after the rows names who else attended, not the members)
    const after = (h: Heading) => status !== null && h.start >= status.end && /^assist/i.test(h.text);
    // (a heading right above the rows is theirs: "Il est procédé à l'appel nominal :" / "M. X : présent" …)
    // (a table's header row between them too: "Ont pris part à la réunion :" / "Commune<TAB>Délégué<TAB>Participation" / …)
    const ownHeading = (h: Heading) => status !== null && h.end <= status.start && (!this.src.norm.slice(h.end, status.start).trim() || STATUS_HEADER_ROW.test(this.src.fold.slice(h.end, status.start)));
    // (nor a legend's line above a table: "(T : titulaire présent – S : suppléant siégeant avec voix délibérative – E : …)")
    const inLegend = (h: Heading) => (this.src.lineText(this.src.lineAt(h.start)).match(/(?:^|[\s(–—;,-])[A-Z](?:\/[A-Z])?\s*[:=]\s/g)?.length ?? 0) >= 2;
    if (status && !headings.some((h) => h.kind === 'present' && outside(h) && !isCount(h) && !after(h) && !ownHeading(h) && !inLegend(h))) {
      // (a legend's states, "Légende : P = présent, E = excusé, A = absent", head no list of their own either)
      headings = headings.filter((h) => outside(h) && !inLegend(h)).map((h) => (h.kind === 'present' && after(h) ? { ...h, kind: 'staff' as const } : h));
      this.takeStatusRows(status, to);
      blockStart = status.heading?.start ?? status.start;
      blockEnd = status.end;
    }
    if (columns) {
      // each cell is read as a list of its own (notes, roles, relations), then one section per column
      for (const c of columns.cells) {
        const before = this.out.sections.length;
        const h: Heading = { kind: c.kind, start: c.start, end: c.start, text: '' };
        this.columnWindow = c.window ? { heading: h, ...c.window } : null;
        this.readList(h, c.kind, c.end, to);
        this.columnWindow = null;
        this.out.sections.splice(before);
      }
      const heading = this.src.norm.slice(columns.headingStart, columns.headingEnd).replace(/[|\s]+/g, ' ').trim();
      for (const kind of new Set(columns.cells.map((c) => c.kind))) {
        this.out.sections.push({ kind, heading, span: this.src.span(columns.headingStart, columns.end), complete: !this.reachedEnd(columns.end, to) });
      }
      if (this.out.present === null && columns.cells.some((c) => c.kind === 'present')) this.out.present = [];
      blockStart = columns.headingStart;
      blockEnd = columns.end;
    }
    // list headings side by side on one line, their columns given one after the other below (a PDF's text layer)
    const successive = this.out.present === null ? this.successiveColumns(headings, to) : null;
    if (successive) {
      headings = headings.filter((h) => h.start < successive.start || h.start >= successive.end);
      blockStart = blockStart < 0 ? successive.start : Math.min(blockStart, successive.start);
      blockEnd = Math.max(blockEnd, successive.end);
    }
    const footnotes = this.findFootnotes(from, to);
    /** The first heading past the session's block (the lists stop before it). */
    let lateFrom = -1;
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i]!;
      if (!LIST_KINDS.has(h.kind)) continue;
      if (columns && h.start >= columns.headingStart && h.start < columns.end) continue;
      if (blockEnd >= 0 && h.start - blockEnd > MAX_GAP) {
        lateFrom = i;
        break;
      }
      // a deliberation heading in between: this list belongs to an item, not to the session
      if (blockEnd >= 0 && findHeads(this.src, blockEnd, h.start).some((x) => x.strength >= 2)) {
        lateFrom = i;
        break;
      }
      // a count line interleaved in a list ("Présents : 13" from a column read out of order) does not end it
      const next = headings.slice(i + 1).find((x) => x.start >= h.end && !this.insideParens(h.end, x.start) && !this.isCountLine(x));
      let contentEnd = next ? next.start : to;
      if (gridStart >= 0 && h.end <= gridStart && contentEnd > gridStart) contentEnd = gridStart;
      // footnotes under the lists ("(1) porteur du pouvoir de Mme X") are no entries
      const note = footnotes.find((f) => f.start > h.end && f.start < contentEnd);
      if (note) contentEnd = note.start;
      // the left column of two read line by line runs past the right column's headings
      // (not from a count, "Présents : 12", whose "list" would run over the page)
      if (h.kind === 'present' && !this.interleaved && !this.isCountLine(h)) {
        this.interleaved = this.findInterleaved(h, to);
        if (this.interleaved) contentEnd = this.interleaved.end;
      }
      // the two headings side by side on one line, each one's list in its column below
      // (the right one may be the substitutes who sat: "TITULAIRES PRÉSENTS        SUPPLÉANTS SIÉGEANT AVEC VOIX DÉLIBÉRATIVE")
      // (any two list headings on one line, the lists under them side by side: "Absents représentés :      Absents :", the
      // pouvoirs' pairs in the left column, the absent members in the right)
      const sameLine = next !== undefined && this.src.lineAt(next.start) === this.src.lineAt(h.start);
      const side =
        next && LIST_KINDS.has(next.kind) && ((h.kind === 'present' && (next.kind !== 'present' || sameLine)) || (h.kind !== 'present' && sameLine))
          ? this.sideBySide(h, next, to)
          : // (or the list's two columns titled on the line under it, "Délégués titulaires      Délégués suppléants avec voix
            // délibérative": the left title heads the left column)
            h.kind === 'present' && next?.kind === 'present'
            ? this.titledLeftColumn(h, next, to)
            : // (or two group titles side by side under it, "Collège des communes rurales      Collège des communes urbaines")
              h.kind === 'present' && !this.isCountLine(h)
              ? this.titledGroupColumns(h, to)
              : null;
      if (side) {
          const right = side.rightHeading;
          // the right column's own headings below its first ("ABSENTS AYANT DONNÉ POUVOIR" … "ABSENTS EXCUSÉS"): each one's list
          // runs in that column to the next
          const subs = headings.filter((x) => x.start > right.end && x.start < side.end && LIST_KINDS.has(x.kind) && this.startsColumn(x, side.col));
          this.sideBySideBlock = { ...side, subHeadings: subs };
          const endLeft = this.readList(side.leftHeading, side.leftHeading.kind as SectionKind, side.end, to);
          const rights = [right, ...subs];
          let endRight = 0;
          rights.forEach((r, k) => {
            endRight = Math.max(endRight, this.readList(r, r.kind as SectionKind, k + 1 < rights.length ? rights[k + 1]!.start : side.end, to));
          });
          blockStart = blockStart < 0 ? h.start : blockStart;
          blockEnd = Math.max(blockEnd, endLeft, endRight, side.end);
          // (the next heading was the right column's, unless the two titles were read under the heading)
          if (right === next) i++;
          while (i + 1 < headings.length && headings[i + 1]!.start < side.end) i++;
          continue;
      }
      // "étaient présents : Absence motivée : A B C": a flattened two-column block
      if (h.kind === 'present' && next && next.kind !== 'present' && LIST_KINDS.has(next.kind) && !this.src.norm.slice(h.end, next.start).trim()) {
        // one entry per line, the two columns alternating: each list reads its own lines
        const alt = this.alternatingColumns(h, next, to);
        if (alt) {
          this.interleaved = { start: next.end, end: alt.end, left: alt.left, right: alt.right, rightHeading: next, skip: alt.skip };
          const endLeft = this.readList(h, 'present', alt.end, to);
          const endRight = this.readList(next, next.kind as SectionKind, alt.end, to);
          if (alt.secretary) this.hints.columnSecretary = alt.secretary;
          blockStart = blockStart < 0 ? h.start : blockStart;
          blockEnd = Math.max(blockEnd, endLeft, endRight, alt.end);
          i++;
          while (i + 1 < headings.length && headings[i + 1]!.start < alt.end) i++;
          continue;
        }
        const after = headings.slice(i + 2).find((x) => x.start >= next.end);
        const before = this.out.unattributed.length;
        const end = this.readList(next, 'unattributed', after ? after.start : to, to);
        // "… Siège no 6 M. Benoît X aucune Sous la présidence …": the second column's « aucune » ends the names, all of the first
        // (the last name glued before it: "…, M. Benoît X aucune")
        const none = /^[\s.,;]*((?:M\.|Mme|Monsieur|Madame)\s+\p{Lu}[\p{L}'’ -]{1,40}?\s+)?(?:aucune?|n[ée]ant)(?=\s*(?:$|[.;,]|\s\p{Lu}))/u.exec(this.src.norm.slice(end, end + 80));
        if (this.out.unattributed.length > before && none) {
          const moved = this.out.unattributed.splice(before);
          if (none[1]) {
            const at = end + none[0].indexOf(none[1]);
            const last = parseEntry(none[1].trim(), at, this.order);
            if (!last.prose && last.people.length === 1) moved.push(this.ref(last.people[0]!));
          }
          this.out.present = [...(this.out.present ?? []), ...moved];
          this.out.sections.push(this.section('present', h, end, to), this.section(next.kind as SectionKind, next, end, to));
          blockStart = blockStart < 0 ? h.start : blockStart;
          blockEnd = Math.max(blockEnd, end);
          i++;
          continue;
        }
        this.out.sections.push(this.section('unattributed', h, end, to));
        blockStart = blockStart < 0 ? h.start : blockStart;
        blockEnd = Math.max(blockEnd, end);
        i++;
        continue;
      }
      const sectionsBefore = this.out.sections.length;
      const end = this.readList(h, h.kind as SectionKind, contentEnd, to);
      // (or after the absence list that follows it: "Sont présents : … Est absent : … Formant quorum sous la présidence de …")
      if ((h.kind === 'present' || ((h.kind === 'absent' || h.kind === 'excused') && (this.out.present?.length ?? 0) > 0)) && this.out.sections.length > sectionsBefore) this.chairAfterList(end, contentEnd, h.end);
      if (h.kind === 'present' && this.out.sections.length > sectionsBefore) this.chairAboveList(h.start);
      // "… et Monsieur Claude Y." / "Madame la mairesse X et Monsieur Z, conseiller au siège # 3, sont absents.": the
      // absences said in the sentence right after the members present
      const absentEnd = h.kind === 'present' && this.out.sections.length > sectionsBefore && !headings.some((x) => x.start >= end && x.start < end + 300 && (x.kind === 'absent' || x.kind === 'excused')) ? this.absentSentenceAfter(end) : -1;
      if (absentEnd > 0) blockEnd = Math.max(blockEnd, absentEnd);
      // a heading that gave no list ("à l'unanimité des membres présents :") does not extend the block
      if (this.out.sections.length === sectionsBefore) continue;
      if (blockStart < 0) blockStart = h.start;
      blockEnd = Math.max(blockEnd, end, h.end);
    }
    if (this.out.present === null && lateFrom >= 0) this.readLatePresentList(headings.slice(lateFrom), to);
    this.markCountedPresentPart(headings);
    // "Appel : 45 présents, 5 excusés (Mmes A, B, MM. C et D)": the absentees named in brackets after their count
    if (!this.out.sections.some((x) => x.kind === 'absent' || x.kind === 'excused')) {
      const counted = this.readCountedAbsences(from, Math.min(to, from + 4000));
      if (counted) {
        blockStart = blockStart < 0 ? counted.start : Math.min(blockStart, counted.start);
        blockEnd = Math.max(blockEnd, counted.end);
      }
    }
    // (a list of other members present beside the table, naming none of its members, adds to it: "Collège des communes
    // isolées – délégués présents : …" under the intercommunalities' table)
    const tableKeys = table ? new Set([...table.present, ...table.absent, ...table.excused].map(letterKey)) : null;
    const besides = table && this.out.present !== null && this.out.present.length > 0 && !this.out.present.some((p) => tableKeys!.has(letterKey(p)));
    // (not over the rows a status reader took: the same lines read twice)
    const tableLines = table ? this.src.span(table.start, table.end) : null;
    const overStatus = tableLines !== null && this.statusBlock !== null && tableLines.start <= this.statusBlock.end && tableLines.end >= this.statusBlock.start;
    if (table && !overStatus && (this.out.present === null || this.out.present.length === 0 || besides)) {
      this.out.present = [...table.present.map((p) => this.ref(p)), ...(besides ? this.out.present! : [])];
      // (an office written in the row, "CHARPENTIER Luc (Président) X": who chairs)
      for (const p of this.out.present) if (p.role) this.noteRoleHint(p);
      this.out.absent.push(...table.absent.map((p) => this.ref(p)));
      this.out.excused.push(...table.excused.map((p) => this.ref(p)));
      for (const x of table.proxies) this.out.proxies.push({ giver: this.ref(x.giver), holder: this.ref(x.holder), scope: null, span: this.src.span(x.giver.start, x.holder.end) });
      for (const x of table.substitutions) this.out.substitutions.push({ titular: this.ref(x.titular), substitute: this.ref(x.substitute), span: this.src.span(x.titular.start, x.substitute.end) });
      this.out.sections.push(...table.sections);
      blockStart = blockStart < 0 ? table.start : Math.min(blockStart, table.start);
      blockEnd = Math.max(blockEnd, table.end);
    }
    if (this.out.present === null) {
      const g = this.readRoleGroups(from, Math.min(to, blockStart >= 0 ? blockStart + 200 : from + 3000));
      if (g) {
        blockStart = blockStart < 0 ? g.start : Math.min(blockStart, g.start);
        blockEnd = Math.max(blockEnd, g.end);
      }
    }
    if (this.out.present === null) {
      const b = this.readBracketStates(from, Math.min(to, blockStart >= 0 ? Math.max(blockStart + 3000, blockEnd + 200) : from + 4000));
      if (b) {
        blockStart = blockStart < 0 ? b.start : Math.min(blockStart, b.start);
        blockEnd = Math.max(blockEnd, b.end);
      }
    }
    if (this.out.present === null) {
      const ex = this.readExceptions(from, Math.min(to, from + 3000));
      if (ex) {
        blockStart = blockStart < 0 ? ex.start : Math.min(blockStart, ex.start);
        blockEnd = Math.max(blockEnd, ex.end);
      }
    }
    if (this.out.present === null || this.out.present.length === 0) {
      // (or an émargement by seat, an X after the titulaire or after the suppléant who sat)
      const grid = readGridTable(this.src, from, to, (text, start) => this.gridPerson(text, start)) ?? readSeatMarkGrid(this.src, from, to, (text, start) => this.gridPerson(text, start));
      if (grid) {
        this.takeGrid(grid, to);
        blockStart = blockStart < 0 ? grid.start : Math.min(blockStart, grid.start);
        blockEnd = Math.max(blockEnd, grid.end);
      }
    }
    this.readSeatRows();
    this.readFootnoteProxies(footnotes);
    this.readNotedSubstitutions();
    this.dropCutFragment();
    if (blockStart >= 0) this.readAbsenceClauses(blockStart, Math.min(to, blockEnd + 400));
    if (blockStart >= 0) this.readChairGathering(Math.max(from, blockStart - 200), blockStart);
    this.readProxySentences(from, blockEnd >= 0 ? Math.min(to, blockEnd + 500) : Math.min(to, from + 2500));
    // (a table's header row read with the next line as a sentence, "NOM Prénom … A donné pouvoir à" / "RIVIÈRE Paul …": its
    // column titles are no giver)
    if (this.out.proxies.some((p) => COLUMN_TITLES.test(p.giver.name))) this.out.proxies = this.out.proxies.filter((p) => !COLUMN_TITLES.test(p.giver.name));
    this.dedupe();
    this.dropSubstitutesNamedAgain();
    return {
      attendance: this.out,
      block: blockStart >= 0 ? { start: blockStart, end: blockEnd } : null,
      order: this.order,
      roleHints: this.hints,
    };
  }

  /**
   * Two or three list headings side by side on a line of their own ("Délégués titulaires présents      Pouvoirs      Absents
   * excusés"), then their columns one after the other, one entry per line (a PDF's text layer reads a column to its end
   * before the next): the runs of entries are told apart by their shape — a proxy column's lines are pairs ("X à Y"), the
   * others names — and read in the headings' order. Null (nothing read) unless there are as many runs as headings, the
   * pair runs under the proxy headings only. Returns where the headings' line starts and the last run ends.
   */
  private successiveColumns(headings: Heading[], to: number): { start: number; end: number } | null {
    for (let i = 0; i + 1 < headings.length; i++) {
      const line = this.src.lineAt(headings[i]!.start);
      // (a line's group is tried once, from its first heading; a lone heading has none)
      if (this.src.lineAt(headings[i + 1]!.start) !== line) continue;
      const found = headings.filter((h) => this.src.lineAt(h.start) === line);
      if (found.length < 2 || found[0] !== headings[i] || !found.every((h) => LIST_KINDS.has(h.kind))) continue;
      const lineStart = this.src.lineStarts[line - 1]!;
      const lineText = this.src.norm.slice(lineStart, lineStart + this.src.lineLength(line));
      // (the line holds the headings only, apart by wide gaps: each cell a heading, one the finder missed — "Pouvoirs" between
      // two others — known by its word)
      const cells = [...lineText.matchAll(/\S+(?: \S+)*/g)];
      if (cells.length < 2 || !/\S[ \t]{3,}\S/.test(lineText)) continue;
      const group: Heading[] = [];
      for (const c of cells) {
        const at = lineStart + c.index!;
        const h = found.find((x) => x.start >= at && x.start < at + c[0].length);
        const word = foldText(c[0]);
        const kind = h?.kind ?? (/pouvoir|procuration|represent/.test(word) ? 'proxies' : /excus/.test(word) ? 'excused' : /absent/.test(word) ? 'absent' : /present/.test(word) ? 'present' : null);
        if (!kind || !LIST_KINDS.has(kind)) break;
        group.push(h ?? { kind: kind as Heading['kind'], start: at, end: at + c[0].length, text: word });
      }
      if (group.length !== cells.length) continue;
      const runs: Array<{ pairs: boolean; start: number; end: number }> = [];
      let end = lineStart + lineText.length;
      for (let l = line + 1; l <= this.src.lineCount; l++) {
        const start = this.src.lineStarts[l - 1]!;
        if (start >= to) break;
        const text = this.src.norm.slice(start, start + this.src.lineLength(l));
        if (!text.trim() || text.includes(':') || !this.personFrom(text.trim().replace(/\s(?:à|au)\s.*$/, ''), start)) break;
        const pairs = /\S\s+(?:à|au)\s+\S/.test(text);
        const last = runs[runs.length - 1];
        if (last && last.pairs === pairs) last.end = start + text.length;
        else runs.push({ pairs, start, end: start + text.length });
        end = start + text.length;
      }
      if (runs.length !== group.length || !runs.every((r, k) => r.pairs === (group[k]!.kind === 'proxies'))) continue;
      runs.forEach((r, k) => {
        const kind = group[k]!.kind as SectionKind;
        this.readList({ ...group[k]!, end: r.start }, kind, r.end, to);
        if (kind === 'present' && this.out.present === null) this.out.present = [];
      });
      return { start: lineStart, end };
    }
    return null;
  }

  /**
   * A page of two columns extracted line by line: under "Présents :", one
   * member per line (left column) alternates with the right column's lines
   * (counts, "Pouvoirs :", "X à Y", "Absents excusés : …", "Secrétaire : …").
   * Recognised when, before the first blank line, at least three right-column
   * lines sit between member lines.
   */
  private findInterleaved(h: Heading, to: number): { start: number; end: number; left: Set<number>; right: Set<number> } | null {
    const first = this.src.lineAt(h.end) + (this.src.norm.slice(h.end, this.src.lineStarts[this.src.lineAt(h.end)] ?? to).trim() ? 0 : 1);
    const left = new Set<number>();
    const right = new Set<number>();
    let sandwiched = 0;
    let last: 'L' | 'R' | null = null;
    let pendingRight = false;
    let end = h.end;
    for (let l = first; l <= this.src.lineCount; l++) {
      const start = this.src.lineStarts[l - 1]!;
      if (start >= to) break;
      const line = this.src.norm.slice(start, start + this.src.lineLength(l));
      if (!line.trim()) break;
      // (a group's label alone on its line, "Mervaux :", or the rest of a name cut at a line end, "M. CHAM-" / "PION Robert":
      // no cell of a right column)
      if (groupLabelOrCutRest(line, l > first ? this.src.norm.slice(this.src.lineStarts[l - 2]!, start) : '')) {
        end = start + line.length;
        continue;
      }
      // (one member: a line naming several, "M. A - Mme B - M.", is a wrapped list, not a column)
      const person =
        // (its office after a comma may be long: "M. X, conseillère générale du canton d'Aubrac-le-Vieux")
        /^\s*(?:[-–•*]\s*)?(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+[^:,;]+?(?:,\s*[\p{L}\d'’ -]{2,90})?\s*$/u.test(line) &&
        !/\s(?:à|au|par)\s/.test(line) &&
        // (not a sentence opening with a member, "M. X regrette l'étendue des délégations et annonce son abstention.")
        // (the two dashes between a member's name, office and commune are no words: "M. X Paul – Président – Saônelle")
        !/^\s*(?:[-–•*]\s*)?\S+\s+(?:[^\s,]+\s+){5}[^\s,]/.test(line.replace(/\([^()]*\)/g, '').replace(/^([^–—]*?)\s[–—-]\s([^–—]+?)\s[–—-]\s(?=[^–—]*$)/, '$1 $2 ')) &&
        (line.match(/(?:^|\s)(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)(?=\s|$)/g)?.length ?? 0) === 1;
      if (person) {
        if (pendingRight && last === 'R') sandwiched++;
        left.add(l);
        last = 'L';
        pendingRight = false;
      } else {
        // (a plural civility opens a group whose next lines are its surnames alone, "MM. LE GOFF" / "JOSSO" / "Mme EVENO":
        // one column, not two)
        if (/^\s*(?:MM\.?|Mmes|Messieurs|Mesdames)\s/.test(line)) return null;
        if (last === 'L') pendingRight = true;
        right.add(l);
        last = 'R';
      }
      end = start + line.length;
    }
    // members indented under their commune ("▪ Marols-le-Haut" / "    ◦ Mme Odette CHAZAL"): an outline, not two columns
    const indent = (l: number) => /^[ \t]*/.exec(this.src.norm.slice(this.src.lineStarts[l - 1]!, this.src.lineStarts[l - 1]! + this.src.lineLength(l)))![0].replace(/\t/g, '    ').length;
    const leftIndent = left.size > 0 ? Math.min(...[...left].map(indent)) : 0;
    if (leftIndent > 0 && [...right].filter((l) => indent(l) < leftIndent).length >= 3) return null;
    return sandwiched >= 3 && left.size >= 3 ? { start: h.end, end, left, right } : null;
  }

  /**
   * Two list headings one above the other ("Étaient présents :" /
   * "Absents excusés :"), then one entry per line, the two columns of a table
   * extracted line by line: lines alternate left, right. A heading met in the
   * right column ("Secrétaire de séance :") is followed there by its value,
   * and that column ends with it: the lines after are the left column's.
   * Null unless every line holds one entry and both columns hold two or more.
   */
  private alternatingColumns(h: Heading, next: Heading, to: number): { end: number; left: Set<number>; right: Set<number>; skip: Set<number>; secretary: NameRef | null } | null {
    const first = this.src.lineAt(next.end) + 1;
    const left = new Set<number>();
    const right = new Set<number>([this.src.lineAt(next.start)]);
    /** The secretary's heading and name: neither list's. */
    const skip = new Set<number>();
    let rightOpen = true;
    let pendingValue: 'secretary' | null = null;
    let secretary: NameRef | null = null;
    let slot = 0;
    let end = next.end;
    for (let l = first; l <= this.src.lineCount; l++) {
      const start = this.src.lineStarts[l - 1]!;
      if (start >= to) break;
      const line = this.src.norm.slice(start, start + this.src.lineLength(l));
      if (!line.trim()) break;
      const isRight = rightOpen && slot % 2 === 1;
      slot++;
      if (isRight && /^\s*secr[ée]taire(?:\s+de\s+s[ée]ance)?\s*:\s*$/i.test(line)) {
        skip.add(l);
        pendingValue = 'secretary';
        end = start + line.length;
        continue;
      }
      // (a proxy or a role after a comma is the entry's own: "Mme X, pouvoir à M. Y", "Mme Z, 1re adjointe")
      const bare = line.replace(/,\s*(?:pouvoir|procuration)\s+(?:donnée?\s+)?(?:à|au)\s+.*$/i, '').replace(/,\s*([^,]+)$/, (m, role: string) => (isRoleOnly(role.trim()) ? '' : m));
      const entry = parseEntry(bare, start, this.order);
      if (entry.prose || entry.people.length !== 1) return null;
      if (isRight && pendingValue === 'secretary') {
        secretary = this.ref(entry.people[0]!);
        skip.add(l);
        rightOpen = false;
        pendingValue = null;
      } else if (isRight) right.add(l);
      else left.add(l);
      end = start + line.length;
    }
    return left.size >= 2 && right.size >= 3 ? { end, left, right, skip, secretary } : null;
  }

  /**
   * "Présents :                    Absents ou excusés :" on one line, then the
   * two lists in two columns, line by line, as a layout extraction or OCR
   * keeps a table ("M. Jean X (Saint-Aurin)         M. Alain Y, pouvoir à M. X"):
   * the right column starts where its heading does (give or take a few
   * characters), after three spaces or more; a line indented that far holds
   * the right column only. The block ends at a blank line.
   * Null unless the right heading stands alone after six spaces or more and
   * two lines or more below hold both columns.
   */
  private sideBySide(h: Heading, next: Heading, to: number): { leftHeading: Heading; rightHeading: Heading; col: number; end: number } | null {
    const lh = this.src.lineAt(h.start);
    let l = lh;
    // (the right heading may open with words its pattern does not take: "Absents ou excusés :")
    let between = this.src.norm.slice(h.end, next.start);
    let gapAt = h.end;
    // (or the right heading one line lower, beside the left list's first entry, the left heading alone on its line: "ÉTAIENT
    // PRÉSENTS :" / "M. X, Maire          EXCUSÉS AYANT DONNÉ POUVOIR :": the gap after that entry's cell)
    const lowerRight = /^[ \t]*\n([ \t]*\S(?:[^\n](?! {6}))*\S)(?=[ \t]{6,}[^\n]{0,30}$)/.exec(between);
    if (lowerRight && this.src.lineAt(next.start) === lh + 1) {
      l = lh + 1;
      gapAt = h.end + lowerRight[0].length;
      between = this.src.norm.slice(gapAt, next.start);
    }
    // (or a TAB: a word processor's table, "Délégués présents⇥Délégués excusés ou absents", whose rows a TAB cuts)
    const spaces = /^[ \t]{6,}(?=[^\n]{0,30}$)/.exec(between);
    const gap = spaces ?? (l === lh ? /^ *\t[ \t]*(?=[^\n\t]{0,30}$)/.exec(between) : null);
    if (this.src.lineAt(next.start) !== l || !gap) return null;
    const lineStart = this.src.lineStarts[l - 1]!;
    if (/\S/.test(this.src.norm.slice(next.end, lineStart + this.src.lineLength(l)))) return null;
    const col = spaces ? gapAt + gap[0].length - lineStart : TAB_COLUMN;
    let both = 0;
    let end = lineStart + this.src.lineLength(l);
    for (let k = l + 1; k <= this.src.lineCount; k++) {
      const start = this.src.lineStarts[k - 1]!;
      if (start >= to) break;
      const line = this.src.norm.slice(start, start + this.src.lineLength(k));
      if (!line.trim()) {
        // (a page break inside the columns, its furniture between — "________ Initiales de la mairesse", the page's number, the
        // running header —: the block goes on with the members named on the next page)
        const over = this.pageBreakOver(k, to);
        if (over < 0) break;
        k = over - 1;
        continue;
      }
      const cut = splitAtColumn(line, col);
      if (cut > 0 && /\S/.test(line.slice(0, cut))) both++;
      end = start + line.length;
    }
    // (one row with both may do when the left column runs on below it, one absence beside four members present)
    const rows = this.src.lineAt(end) - l;
    return both >= 2 || (both === 1 && rows >= 3) ? { leftHeading: h, rightHeading: next, col, end } : null;
  }

  /**
   * Under the present list's heading, a line of two column titles, a members' one on the left and a heading of present
   * members on the right ("Étaient présents :" / "Délégués titulaires      Délégués suppléants avec voix délibérative"):
   * the two columns side by side, the left title as the left one's heading. Null unless the heading's line holds nothing
   * else and the rows below fill both columns (see `sideBySide`).
   */
  private titledLeftColumn(h: Heading, next: Heading, to: number): ReturnType<AttendanceReader['sideBySide']> {
    const l = this.src.lineAt(next.start);
    if (this.src.lineAt(h.start) !== l - 1) return null;
    const lineStart = this.src.lineStarts[l - 1]!;
    if (this.src.norm.slice(h.end, lineStart).trim()) return null;
    const title = /^([ \t]*)(\S+(?: \S+){0,3})[ \t]{6,}$/.exec(this.src.norm.slice(lineStart, next.start));
    if (!title || !LEFT_MEMBERS_TITLE.test(foldText(title[2]!))) return null;
    const start = lineStart + title[1]!.length;
    const left: Heading = { kind: 'present', start, end: start + title[2]!.length, text: foldText(title[2]!) };
    return this.sideBySide(left, next, to);
  }

  /**
   * Under the present list's heading, a line of two group titles side by side and nothing else ("Étaient présents :" /
   * "Collège des communes rurales      Collège des communes urbaines"), each group's members in its column below: the two
   * columns side by side, each title its column's heading (see `sideBySide`). Null unless the rows below fill both columns.
   */
  private titledGroupColumns(h: Heading, to: number): ReturnType<AttendanceReader['sideBySide']> {
    const l = this.src.lineAt(h.end) + 1;
    if (l > this.src.lineCount) return null;
    const lineStart = this.src.lineStarts[l - 1]!;
    if (this.src.norm.slice(h.end, lineStart).trim()) return null;
    const row = /^([ \t]*)(\S+(?: \S+){1,7})([ \t]{6,})(\S+(?: \S+){1,7})[ \t]*$/.exec(this.src.norm.slice(lineStart, lineStart + this.src.lineLength(l)));
    if (!row || !GROUP_TITLE.test(row[2]!) || !GROUP_TITLE.test(row[4]!)) return null;
    const ls = lineStart + row[1]!.length;
    const rs = ls + row[2]!.length + row[3]!.length;
    const left: Heading = { kind: 'present', start: ls, end: ls + row[2]!.length, text: foldText(row[2]!) };
    const right: Heading = { kind: 'present', start: rs, end: rs + row[4]!.length, text: foldText(row[4]!) };
    return this.sideBySide(left, right, to);
  }

  /**
   * From the blank line `k`: the line where a member's entry resumes ("Mme X, …") past blank lines and page furniture only (a
   * page number, a register's initials foot, a running header), at least one such piece of furniture between; else -1.
   */
  private pageBreakOver(k: number, to: number): number {
    let furniture = 0;
    for (let j = k; j <= this.src.lineCount && j < k + 12; j++) {
      const start = this.src.lineStarts[j - 1]!;
      if (start >= to) return -1;
      const line = this.src.norm.slice(start, start + this.src.lineLength(j));
      if (!line.trim()) continue;
      if (/^[ \t]*(?:M\.|Mme|Mlle|Monsieur|Madame)\s+\p{Lu}/u.test(line)) return furniture > 0 ? j : -1;
      if (CIVILITY.test(line) || !((/\d/.test(line) && (PAGE_LINE.test(line) || ADDRESS_LINE.test(line))) || INITIALS_LINE.test(line) || RUNNING_LINE.test(line))) return -1;
      furniture++;
    }
    return -1;
  }

  /** True when the heading opens the right column of its line: at `col` (give or take four), after three spaces or more or an indent. */
  private startsColumn(h: Heading, col: number): boolean {
    const l = this.src.lineAt(h.start);
    const lineStart = this.src.lineStarts[l - 1]!;
    return splitAtColumn(this.src.norm.slice(lineStart, lineStart + this.src.lineLength(l)), col) === h.start - lineStart;
  }

  /** In an interleaved block, the lines of the other column are blanked (offsets kept). */
  private blankOtherColumn(content: string, h: Heading): string {
    // a column of a table aligned with spaces (readColumnLists): on each line, only what stands in its window
    const w = this.columnWindow;
    if (w && w.heading === h) {
      let offset = h.end;
      return content
        .split('\n')
        .map((part) => {
          const col = offset - this.src.lineStarts[this.src.lineAt(offset) - 1]!;
          offset += part.length + 1;
          // (by UTF-16 unit, as the columns are counted: offsets kept whatever the characters)
          return part.split('').map((ch, i) => (col + i >= w.from && col + i < w.to ? ch : ' ')).join('');
        })
        .join('\n');
    }
    const side = this.sideBySideBlock;
    if (side && (h === side.leftHeading || h === side.rightHeading || side.subHeadings?.includes(h))) {
      let offset = h.end;
      /** The right column's list has ended at an officer's label in its cell ("Secrétaire de séance :"). */
      let ended = false;
      return content
        .split('\n')
        .map((part, k) => {
          if (ended) return ' '.repeat(part.length);
          const lineStart = this.src.lineStarts[this.src.lineAt(offset) - 1]!;
          const from = offset - lineStart; // (the heading's line: the part starts after the heading)
          offset += part.length + 1;
          // (the headings' line: what follows the left heading is the right one; past the block, nothing to cut)
          if (k === 0) return h === side.leftHeading ? ' '.repeat(part.length) : part;
          if (offset - 1 > side.end + 1) return part;
          const line = ' '.repeat(from) + part;
          const cut = splitAtColumn(line, side.col);
          const kept = h === side.leftHeading ? (cut < 0 ? line : line.slice(0, cut) + ' '.repeat(line.length - cut)) : cut < 0 ? ' '.repeat(line.length) : ' '.repeat(cut) + line.slice(cut);
          // (a group's title in the column, "Collège des EPCI" under the urban communes' members: its members follow, no name)
          if (GROUP_TITLE.test(kept.trim())) return ' '.repeat(part.length);
          // (a right column going on under its list with an officer's label, its name below: "Secrétaire de séance :" / "Mme X")
          if (h !== side.leftHeading && OFFICER_CELL.test(kept.trim())) {
            ended = true;
            return ' '.repeat(part.length);
          }
          return kept.slice(from);
        })
        .join('\n');
    }
    const il = this.interleaved;
    if (!il || h.end < il.start - 200 || h.start > il.end) return content;
    const own = h === il.rightHeading ? il.right : h.end <= il.start ? il.left : il.right;
    const lineOfHeading = this.src.lineAt(h.start);
    let out = '';
    let offset = h.end;
    for (const part of content.split('\n')) {
      const l = this.src.lineAt(offset);
      const keep = l === lineOfHeading || (!il.skip?.has(l) && (own.has(l) || (!il.left.has(l) && !il.right.has(l))));
      out += (out ? '\n' : '') + (keep ? part : ' '.repeat(part.length));
      offset += part.length + 1;
    }
    return out;
  }

  /**
   * A state ending a table row read line by line, "SOULES Pierre      Conseiller      Excusé" (the name in capitals
   * first, runs of spaces between the cells): the row's cell, not a heading over the lines below.
   */
  private isRowState(h: Heading): boolean {
    if (h.kind !== 'absent' && h.kind !== 'excused' && h.kind !== 'present') return false;
    const l = this.src.lineAt(h.start);
    const lineStart = this.src.lineStarts[l - 1]!;
    const before = this.src.norm.slice(lineStart, h.start);
    // (a heading in capitals and plural is a right column's, "HILAIRE Sandrine (Orvaize)        EXCUSÉS": no member's state)
    if (/^\p{Lu}[\p{Lu} ]*\p{Lu}S$/u.test(this.src.norm.slice(h.start, h.end).trim())) return false;
    // (or a group's row naming no one: "Commune de Vernassal-Haut : absents")
    if (/^[ \t]*\p{Lu}[^:\n]{1,60}:[ \t]*$/u.test(before) && !/pr[ée]sent|absent|excus|pouvoir|procuration/i.test(before) && /^[ \t.]*(?:\n|$)/.test(this.src.norm.slice(h.end, h.end + 40))) return true;
    return /^[ \t]*\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\S+)*?[ \t]{3,}$/u.test(before);
  }

  /** Line `l`'s normalised text, '' outside the text (the lines around a heading, read by threadedCounts, countRowsInLists). */
  private normLine(l: number): string {
    return l >= 1 && l <= this.src.lineCount ? this.src.norm.slice(this.src.lineStarts[l - 1]!, this.src.lineStarts[l - 1]! + this.src.lineLength(l)) : '';
  }

  /**
   * A count box threaded line by line through a list by a skewed page's OCR, its two columns read in turn ("Etaient
   * présents : X Alain," / "Nombre de délégués" / "Y Hélène, Z Didier," / "en exercice : 30" / "…, FAUCHIER" / "présents : 22"
   * / "Sandrine, …"): each count line between two lines of the list, the one above ending inside it (a comma or a name), the one
   * below going on with names, is no heading; two such lines at least under a list's heading. The count lines are blanked
   * with the list's (blankCountLines), so a name they split reads whole.
   */
  private threadedCounts(headings: Heading[]): Heading[] {
    if (headings.length < 3) return headings;
    const digits = normDigits(this.src.norm);
    const threaded = (h: Heading): boolean => {
      const l = this.src.lineAt(h.start);
      const start = this.src.lineStarts[l - 1]!;
      const line = digits.slice(start, start + this.src.lineLength(l));
      if (!THREADED_COUNT_LINE.test(line)) return false;
      return listGoesOnAcross(this.normLine(l - 1), this.normLine(l + 1));
    };
    const out: Heading[] = [];
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i]!;
      if (h.kind !== 'present' || THREADED_COUNT_LINE.test(this.src.norm.slice(h.start, h.end + 8))) {
        out.push(h);
        continue;
      }
      // (the list's heading, then the count lines threaded under it)
      let j = i + 1;
      while (j < headings.length && threaded(headings[j]!)) j++;
      out.push(h);
      if (j - i - 1 < 2) continue;
      i = j - 1;
    }
    return out;
  }

  /**
   * A box of counts given as one row between two lines of a list (« …, Mme Rose Z, » / « Nombre de membres afférents : 19
   * En exercice : 19   Présents : 15   Votants : 17 » / « M. Louis W, … »; pdf-parse's long lines): its labels are no
   * headings under a list's heading, so the list reads on across the row (blanked with the list's, blankCountRows).
   */
  private countRowsInLists(headings: Heading[]): Heading[] {
    if (headings.length < 2 || !headings.some((h) => h.kind === 'present')) return headings;
    const rowLines = new Map<number, boolean>();
    const inRow = (h: Heading): boolean => {
      const l = this.src.lineAt(h.start);
      if (!rowLines.has(l)) rowLines.set(l, countRowInList(this.normLine(l), this.normLine(l - 1), this.normLine(l + 1)));
      return rowLines.get(l)!;
    };
    // (only under a list's heading, on a line of its own: the heading's own line is the list's)
    const firstList = headings.findIndex((h) => h.kind === 'present');
    return headings.filter((h, i) => i <= firstList || this.src.lineAt(h.start) === this.src.lineAt(headings[firstList]!.start) || !inRow(h));
  }

  private inRightColumnTail(h: Heading): boolean {
    const l = this.src.lineAt(h.start);
    const lineStart = this.src.lineStarts[l - 1]!;
    const line = this.src.norm.slice(lineStart, lineStart + this.src.lineLength(l));
    const at = h.start - lineStart;
    if (!/\S/.test(line.slice(0, at))) return false;
    const blanked = blankRightColumn(line);
    return blanked.length === line.length && blanked[at] === ' ' && line[at] !== ' ';
  }

  /** The sentence right after a list of the members present that says who is absent ("X et Y, …, sont absents."); its end, or -1. */
  private absentSentenceAfter(listEnd: number): number {
    const after = this.src.norm.slice(listEnd, listEnd + 300);
    // (the office before the civility: "Le conseiller Monsieur Denis X est absent.")
    const m = /^[ \t.]*\n?[ \t]*(?:(?:Le|La)\s+(?:conseill(?:er|ère)|maire(?:sse)?)\s+)?((?:Madame|Monsieur|M\.|Mme|Mlle)\s[^.;:\n]{2,120}(?:\n[^.;:\n]{1,120})?)\s+(sont|est)\s+(absente?s?|excusée?s?)(?:\s+et\s+excusée?s?)?\s*\./.exec(after);
    if (!m) return -1;
    const start = listEnd + m.index + m[0].indexOf(m[1]!);
    const kind: SectionKind = /^excus/.test(m[3]!) ? 'excused' : 'absent';
    const people: NameRef[] = [];
    for (const piece of splitPieces(m[1]!, start)) {
      // ("Madame la mairesse Denise X": the office between the civility and the name)
      const text = piece.text.replace(/^(\s*(?:Madame|Monsieur|M\.|Mme)\s+)(?:(?:le|la)\s+(?:maire(?:sse)?|pr[ée]sidente?)(?:\s+suppl[ée]ante?)?\s+)(?=\p{Lu})/u, (all, civ: string) => civ + ' '.repeat(all.length - civ.length));
      const parsed = parseEntry(text, piece.start, this.order);
      if (parsed.people.length === 1) people.push(this.ref(parsed.people[0]!));
      else if (!parsed.suffixRole && !isRoleOnly(text.trim())) return -1;
    }
    if (people.length === 0) return -1;
    this.listFor(kind).push(...people);
    const end = listEnd + m.index + m[0].length;
    this.out.sections.push({ kind, heading: m[0].trim(), span: this.src.span(start, end), complete: true });
    return end;
  }

  /** True when the members present already hold this one (same letters, case and accents aside). */
  private listsPresent(p: NameRef): boolean {
    const k = letterKey(p);
    return this.out.present?.some((x) => letterKey(x) === k) ?? false;
  }

  /**
   * "Sont présents : … (list) … formant quorum sous la présidence de M. X":
   * the one presiding, named in a paragraph right after the list, is
   * present too (Québec minutes).
   */
  private chairAfterList(listEnd: number, limit: number, listStart = listEnd): void {
    // (from the list's last lines: the clause run on after the last name may have been read with the list)
    const from = Math.max(listStart, listEnd - 200);
    const after = this.src.norm.slice(from, Math.min(limit, listEnd + 300));
    // (or run on after the last name, the office before the name: "…, Jeannine X, formant quorum sous la présidence de monsieur
    // le maire Rosaire Y.")
    // (or "tous formant quorum sous la présidence de Mme X, mairesse.")
    const m = /(?:^|\n|,)[ \t]*(?:tous\s+|toutes\s+)?formant\s+(?:le\s+)?quorum\s+sous\s+la\s+présidence\s+(?:de\s+(?:(?:M\.|Mme|monsieur|madame)\s+(?:le\s+maire|la\s+mairesse),?\s+)?|du\s+maire,?\s+|de\s+la\s+mairesse,?\s+)((?:M\.|Mme|Monsieur|Madame)\s+(?!le\s+maire\b|la\s+mairesse\b)[^,.;\n]+|(?<=(?:\bM\.|\bMme|\bmonsieur|\bmadame)\s+(?:le\s+maire|la\s+mairesse),?\s+)\p{Lu}[^,.;\n]+)/iu.exec(after);
    if (!m) return;
    const p = this.personFrom(m[1]!, from + m.index + m[0].length - m[1]!.length);
    if (!p || !this.out.present) return;
    if (this.listsPresent(p)) return; // named in the list already
    p.role = p.role ?? 'président';
    this.out.present.push(p);
  }

  /**
   * "Présidence : M. le maire X" on its own line right above "Sont présents les conseillers suivants :" (Québec minutes):
   * the maire (mairesse, préfet) presiding is a member present too, first, as written above the list. Only the office
   * of the body's head: a "Présidence : M. X" without it may name a chair who is no member.
   */
  private chairAboveList(headingStart: number): void {
    const from = Math.max(0, headingStart - 200);
    const m = CHAIR_ABOVE_LIST.exec(this.src.norm.slice(from, headingStart));
    if (!m || !this.out.present) return;
    const p = this.personFrom(m[1]!, from + m.index + m[0].indexOf(m[1]!));
    if (!p || this.listsPresent(p)) return;
    p.role = p.role ?? 'président';
    this.out.present.unshift(p);
  }

  /**
   * A proxy table, one pair per line: "Mme A (Commune)<TAB>M. B",
   * "Pierre Vergé / Joël Barbaza" (mandant, then mandataire; the other way
   * when the heading says "Mandataire … Mandant"). Each pair is recorded and
   * its line blanked (offsets kept); other lines are left to the list reader.
   */
  private readProxyPairs(content: string, h: Heading): { content: string; end: number } {
    if (!/\t| {2,}| \/ /.test(content)) return { content, end: h.end };
    const heading = foldText(this.src.norm.slice(h.start, h.end) + content.slice(0, 120));
    const reversed = /mandataire[^\n]*mandant/.test(heading) && !/mandant[^\n]*mandataire/.test(heading);
    const scoped = /\b(?:mandante?s?|donneurs?)\b[^\n]*\b(?:mandataires?|beneficiaires?)\b[^\n]*\b(?:points?|deliberations?|observations?|duree|periode)\b/.test(heading);
    let offset = h.end;
    let pairs = 0;
    let end = h.end;
    const rows = content.split('\n');
    /** The row's lines that are the holders' line of a stacked pair in two columns (see stackedPairs). */
    const stacked = new Set<number>();
    /**
     * Set at the first item heading or line of prose after the first line of the list (its pairs, in a table or one a line):
     * the list ended there, and a signature line below is no pair.
     */
    let ended = false;
    let seen = false;
    const lines = rows.map((line, i) => {
      if (stacked.has(i)) {
        offset += line.length + 1;
        return ' '.repeat(line.length);
      }
      const at = offset;
      offset += line.length + 1;
      if (ended) return line;
      if (seen && PROSE_AFTER_PAIRS.test(line)) {
        ended = true;
        return line;
      }
      seen ||= line.trim() !== '';
      let cells = [...line.matchAll(/[^\t/]+?(?=\t| {2,}| \/ |$)/g)].filter((m) => m[0].trim() !== '' && !/^ *\/? *$/.test(m[0]));
      // a third column saying for which items ("Mandant  Mandataire  Points" / "… tous les points"): a proxy
      // given from an item on (a member leaving: "à partir du point 7 (départ)") is no proxy of the opening
      // (read on the line as written: the third cell may have been blanked as a margin note)
      if (scoped) {
        const third = [...this.src.norm.slice(at, at + line.length).matchAll(/[^\t/]+?(?=\t| {2,}| \/ |$)/g)].filter((m) => m[0].trim() !== '')[2];
        if (third && /\ba\s+partir\s+d|\bdepart\b|\bquitte/.test(foldText(third[0]))) {
          end = at + line.length;
          return ' '.repeat(line.length);
        }
        if (cells.length === 3) cells = cells.slice(0, 2);
      }
      if (cells.length !== 2) return line;
      // two pairs side by side, each over two lines: the givers' row, then the holders' row, each cell opening with « à »
      // ("M. X          M. Y" / "à Mme Z          à Mme Z"): each column is a pair, read down, not the row across
      if (i + 1 < rows.length && !scoped && !reversed) {
        const pairsDown = this.stackedPairs(cells, rows[i + 1]!, at, at + line.length + 1);
        if (pairsDown) {
          for (const pair of pairsDown) this.out.proxies.push({ ...pair, scope: null, span: this.src.span(at, at + line.length + 1 + rows[i + 1]!.length) });
          pairs += pairsDown.length;
          stacked.add(i + 1);
          end = at + line.length + 1 + rows[i + 1]!.length;
          return ' '.repeat(line.length);
        }
      }
      // (a cell holding its own pair in a note, "Mme X (pouvoir à M. Y)      M. Z (pouvoir à Mme W)": two entries side by
      // side, each read with its note by the list reader, not a giver and a holder)
      if (cells.some((m) => PAIR_IN_NOTE.test(foldText(m[0])))) return line;
      const people = cells.map((m, k) => {
        // "MARIE Gérard<TAB>par LEGRAND Didier": the holder's cell may open with "par" / "à"
        const text = m[0].replace(/\([^)]*\)/g, (x) => ' '.repeat(x.length)).replace(k === 1 ? /^(\s*)(?:par|à|au)(\s+)/i : /^$/, (x) => ' '.repeat(x.length));
        const parsed = parseEntry(text, at + m.index!, this.order);
        return !parsed.prose && parsed.people.length === 1 ? this.ref(parsed.people[0]!) : null;
      });
      if (!people[0] || !people[1]) return line;
      const [giver, holder] = reversed ? [people[1], people[0]] : [people[0], people[1]];
      // (the last row cut by the excerpt inside the holder's name, "Mme X<TAB>M. Cl" ending the text: the pair is left out)
      if (this.cutAtExcerptEnd(holder, false)) {
        end = at + line.length;
        return ' '.repeat(line.length);
      }
      this.out.proxies.push({ giver, holder, scope: null, span: this.src.span(at, at + line.length) });
      pairs++;
      end = at + line.length;
      return ' '.repeat(line.length);
    });
    return pairs > 0 ? { content: lines.join('\n'), end } : { content, end: h.end };
  }

  /**
   * The two pairs of a proxies' list in two columns whose pairs each take two lines, the givers' row (`cells`, at `at`) then
   * the holders' (`below`, at `belowAt`), each holder's cell opening with « à » / « au » / « par » under its giver's: the
   * pairs read down each column; null when the row below is no such row of holders or a cell names no one person.
   */
  private stackedPairs(cells: RegExpMatchArray[], below: string, at: number, belowAt: number): Array<{ giver: NameRef; holder: NameRef }> | null {
    if (cells.some((m) => /^\s*(?:à|au|par)\s/i.test(m[0]))) return null;
    const holders = [...below.matchAll(/[^\t/]+?(?=\t| {2,}| \/ |$)/g)].filter((m) => m[0].trim() !== '');
    if (holders.length !== 2 || !holders.every((m) => /^\s*(?:à|au|par)\s/i.test(m[0]))) return null;
    const person = (text: string, from: number): NameRef | null => {
      const parsed = parseEntry(text.replace(/\([^)]*\)/g, (x) => ' '.repeat(x.length)).replace(/^(\s*)(?:par|à|au)(\s+)/i, (x) => ' '.repeat(x.length)), from, this.order);
      return !parsed.prose && parsed.people.length === 1 ? this.ref(parsed.people[0]!) : null;
    };
    const out: Array<{ giver: NameRef; holder: NameRef }> = [];
    for (let k = 0; k < 2; k++) {
      const giver = person(cells[k]![0], at + cells[k]!.index!);
      const holder = person(holders[k]![0], belowAt + holders[k]!.index!);
      if (!giver || !holder) return null;
      out.push({ giver, holder });
    }
    return out;
  }

  /**
   * A roll call by commune whose communes of one seat are one line each, the commune in capitals, its member, the state
   * after a comma ("CUQUEILLES-LES-VIGNES : M. Raymond X, présent", "MASSALÈS-BAS : Mme Paulette Y, absente",
   * "MONTCABROL : M. Paul Z, excusé, suppléé par Mme Élise W, suppléante, présente"), after the communes with lists of their
   * own ("Présents : …" / "Pouvoir : …"): two such lines or more in a row end the list above them (`to` cut at the first),
   * and are kept for readSeatRows.
   */
  private cutAtSeatRows(from: number, to: number): number {
    if (!this.src.norm.slice(from, to).includes(':')) return to;
    const first = this.src.lineAt(from) + 1;
    for (let l = first; l <= this.src.lineCount && this.src.lineStarts[l - 1]! < to; l++) {
      if (!SEAT_ROW.test(this.src.lineText(l))) continue;
      if (l >= this.src.lineCount || !SEAT_ROW.test(this.src.lineText(l + 1))) continue;
      for (let k = l; k <= this.src.lineCount && SEAT_ROW.test(this.src.lineText(k)); k++) this.seatRows.add(k);
      return this.src.lineStarts[l - 1]!;
    }
    return to;
  }

  /** The one-seat communes' rows set apart by cutAtSeatRows, each member in the list its state says. */
  private readSeatRows(): void {
    for (const l of [...this.seatRows].sort((a, b) => a - b)) {
      const start = this.src.lineStarts[l - 1]!;
      const m = SEAT_ROW.exec(this.src.lineText(l));
      if (!m) continue;
      const who = this.personFrom(m[1]!, start + m[0].indexOf(m[1]!));
      if (!who) continue;
      const state = foldText(m[2]!);
      if (state.startsWith('present')) (this.out.present ??= []).push(who);
      else if (state.startsWith('absent')) this.out.absent.push(who);
      else this.out.excused.push(who);
      const substitute = m[3] ? this.personFrom(m[3], start + m[0].lastIndexOf(m[3])) : null;
      if (substitute && !state.startsWith('present')) this.recordSubstitution((this.out.present ??= []), who, substitute, start, start + m[0].length);
    }
    this.seatRows.clear();
  }

  /**
   * « excusé, suppléé par M. X »: the substitute sat in the titular's seat, so is present (in `present`, the list the
   * caller is filling: readBracketStates builds its own before adopting it) and the pair is a substitution spanning
   * [start, end). The caller has already filed the titular absent or excused and resolved both names.
   */
  private recordSubstitution(present: NameRef[], titular: NameRef, substitute: NameRef, start: number, end: number): void {
    present.push(substitute);
    this.out.substitutions.push({ titular, substitute, span: this.src.span(start, end) });
  }

  /**
   * Lines "(1) porteur du pouvoir de Mme X" (a mark, then a relation) in [from, to). The mark may hold a star, "(*1) a reçu
   * mandat de M. X", several notes may share a line apart by semicolons ("(*1) … ; (*2) …"), and the first may follow the
   * notes' title ("Renvois : (1) a donné pouvoir …", a register's renvois).
   */
  private findFootnotes(from: number, to: number): Array<{ mark: string; start: number; end: number; text: string }> {
    const out: Array<{ mark: string; start: number; end: number; text: string }> = [];
    const zone = this.src.norm.slice(from, Math.min(to, from + 8000));
    if (!zone.includes('(') && !/[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(zone)) return out;
    for (const m of zone.matchAll(FOOTNOTE)) {
      const start = from + m.index! + m[0].indexOf(m[1]!);
      out.push({ mark: superscriptFigures(m[1]!.replace(/[()]/g, '')), start, end: start + m[0].length - m[0].indexOf(m[1]!), text: m[2]! });
    }
    return out;
  }

  /** Each footnote's relation applied to the listed member carrying its mark ("M. X (1)"). */
  private readFootnoteProxies(notes: Array<{ mark: string; start: number; end: number; text: string }>): void {
    if (notes.length === 0) return;
    const people = [...(this.out.present ?? []), ...this.out.absent, ...this.out.excused];
    // (one mark may be carried by several givers, each giving to the same holder: "Mme A (*)" / "M. B (*)" / "(*) a donné
    // pouvoir à M. C"; a holder's mark stays the first member's: one proxy has one holder)
    for (const n of notes) for (const [i, who] of people.filter((p) => p.note !== null && p.note.split(/;\s*/).includes(n.mark)).entries()) {
      const textStart = n.end - n.text.length;
      const meaning = noteMeaning(foldText(n.text), n.text);
      if (meaning.type !== 'gives-proxy-to' && (meaning.type !== 'holds-proxy-of' || i > 0)) continue;
      const otherStart = textStart + n.text.lastIndexOf(meaning.other);
      // (without the member's commune in brackets: "porteur du pouvoir de M. Jean-Marc X (Ucelas)")
      const otherText = meaning.other.replace(/[.;]\s*$/, '').replace(/\s*\([^()]*\)\s*$/, '');
      const others = this.giversOf(otherText, otherStart);
      const list = others ?? [this.personFrom(otherText, otherStart)].filter((x): x is NameRef => x !== null);
      const span = this.src.span(n.start, n.end);
      for (const other of list) {
        // (a member the rows say represented, the holder left to the note: "M. Jean-Marc X … pouvoir, voir (1)")
        const open = this.out.proxies.find((x) => x.holder === null && x.giver.name === (meaning.type === 'holds-proxy-of' ? other : who).name);
        if (open) open.holder = meaning.type === 'holds-proxy-of' ? who : other;
        else if (meaning.type === 'holds-proxy-of') this.out.proxies.push({ giver: other, holder: who, scope: null, span });
        else this.out.proxies.push({ giver: who, holder: other, scope: null, span });
      }
    }
  }

  /** Present, absent, excused and proxies from an attendance grid (presence-table.ts). */
  private takeGrid(grid: GridTable, to: number): void {
    this.out.present = grid.present.map((p) => this.ref(p));
    this.out.absent.push(...grid.absent.map((p) => this.ref(p)));
    this.out.excused.push(...grid.excused.map((p) => this.ref(p)));
    for (const p of grid.unheld ?? []) this.unheldGivers.add(this.ref(p).name);
    for (const x of grid.proxies) this.out.proxies.push({ giver: this.ref(x.giver), holder: x.holder ? this.ref(x.holder) : null, scope: null, span: this.src.span(x.giver.start, x.holder?.end ?? x.giver.end) });
    for (const x of grid.substitutions) {
      const substitute = this.out.present.find((p) => p.name === x.substitute.name) ?? this.ref(x.substitute);
      this.out.substitutions.push({ titular: this.ref(x.titular), substitute, span: this.src.span(x.titular.start, x.substitute.end) });
    }
    const span = this.src.span(grid.start, grid.end);
    this.gridBlock = span;
    const heading = this.src.norm.slice(grid.headingStart, grid.headingEnd).replace(/\s+/g, ' ').trim();
    for (const kind of ['present', 'absent', 'proxies'] as const) this.out.sections.push({ kind, heading, span, complete: !this.reachedEnd(grid.end, to) });
    for (const p of this.out.present) this.noteRoleHint(p);
  }

  /**
   * A roll by commune with no heading of its own, under the counts: "Commune de Pradelle : M. Lucien X (Président),
   * Mme Y" / "Commune de Vernassal-Haut : absents", three lines at least, one of them naming someone. Read as the
   * present list (the communes' labels and their states naming no one are blanked by `blankGroupLabels`), when no
   * list of present members is headed before it.
   */
  private communeRoll(headings: Heading[], from: number, to: number): Heading[] {
    const zone = this.src.norm.slice(from, Math.min(to, from + 6000));
    if (!/\n[ \t]*(?:Commune|Ville|Mairie|CC|CA|CU|Communaut|M[ée]tropole|Syndicat|SI[A-Z]|SM|Canton|Secteur|Coll[èe]ge|Territoire)\b[^:\n]{0,60}:[ \t]*(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s/.test(zone)) return headings;
    // (a member body too: "CC du Vallon de l'Aumance : M. Jean-Claude X, Mme …"; not a heading of the attendance)
    const ROW = /^[ \t]*((?:Commune|Ville|Mairie|CC|CA|CU|Communaut[ée]|M[ée]tropole|Syndicat|SI[A-Z]{1,6}|SM[A-Z]{0,6}|Canton|Secteur|Coll[èe]ge|Territoire)\b[^:\n]{1,60}):[ \t]*(?:(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s|(?:absente?s?|excusée?s?|non\s+représentée?s?)[ \t]*\.?[ \t]*$)[^\n]*$/gmu;
    let run: RegExpExecArray[] = [];
    const runs: RegExpExecArray[][] = [];
    for (const m of zone.matchAll(ROW)) {
      if (ATTENDANCE_LABEL.test(m[1]!)) continue;
      const prev = run[run.length - 1];
      if (prev && zone.slice(prev.index! + prev[0].length, m.index!).trim() === '') run.push(m);
      else {
        if (run.length) runs.push(run);
        run = [m];
      }
    }
    if (run.length) runs.push(run);
    const roll = runs.find((r) => r.length >= 3 && r.some((m) => CIVILITY.test(m[0])));
    if (!roll) return headings;
    const start = from + roll[0]!.index! + (/^[ \t]*/.exec(roll[0]![0])?.[0].length ?? 0);
    // (a count is no list: "Présents : 6")
    if (headings.some((h) => h.kind === 'present' && h.start < start + roll.reduce((n, m) => n + m[0].length, 0) && !/^[ \t]*\(?\d/.test(normDigits(this.src.norm).slice(h.end, h.end + 8)))) return headings;
    return [...headings, { kind: 'present' as const, start, end: start, text: '' }].sort((a, b) => a.start - b.start);
  }

  /**
   * A roll of the present by group (commune, collège), its labels on lines of their own ("Cormeilles-sur-Lizouret :" /
   * "MM. Roger X,"), whose second column the extraction gives after the first under « Étaient également présents : »
   * ("Le-Mesnil-Ancelin :" / "MM. Jacques Y,"): that heading goes on with the present list, not with the guests — the
   * guests of a session are named with their office, never laid out by the members' groups. Told by the groups' labels
   * opening both the present list and the part under the heading.
   */
  private presentByGroupGoesOn(headings: Heading[]): Heading[] {
    /** A group's label alone on the line starting at `at` (after blanks): "Commune de X :", "Bréauté-la-Vieille :". */
    const groupLabelAt = (at: number) => /^\s*[\p{Lu}][^\n:,;.()]{1,60}[ \t]*:[ \t]*\n/u.test(this.src.norm.slice(at, at + 80));
    return headings.map((h, i) => {
      const before = headings[i - 1];
      if (h.kind !== 'staff' || !before || before.kind !== 'present' || !/\begalement\s+presente?s?\b/.test(h.text)) return h;
      return groupLabelAt(before.end) && groupLabelAt(h.end) ? { ...h, kind: 'present' as const } : h;
    });
  }

  /**
   * A board's roll by college with no heading of its own: "Collège de la Région (2 délégués)" / "M. Jean-Marc X,
   * Président" / "Collège du Département (4 délégués)" / "Mme A, M. B" …, two colleges at least, the first followed by a
   * member with a civility. Read as the present list from the first college (the colleges' titles are blanked in the
   * list, `COLLEGE_LINE`), when no list of present members is headed before the absences.
   */
  private collegeRoll(headings: Heading[], from: number, to: number): Heading[] {
    const zone = this.src.norm.slice(from, Math.min(to, from + 6000));
    if (!/coll[èe]ge/i.test(zone)) return headings;
    let lines = [...zone.matchAll(COLLEGE_LINE)];
    // (or each college's members after its label on the same line: "Collège du Département : LAPORTE-VIGNAL Jacques, Président ; …")
    const inline = lines.length < 2 ? [...zone.matchAll(COLLEGE_INLINE)] : [];
    if (inline.length >= 2) lines = inline;
    else if (lines.length < 2 || !/^\s*(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s/.test(zone.slice(lines[0]!.index! + lines[0]![0].length))) return headings;
    const start = from + lines[0]!.index! + (lines[0]![0].length - lines[0]![0].trimStart().length);
    if (headings.some((h) => h.kind === 'present' && h.start < start + 200 && !this.isCountLine(h) && !/^[ \t]*\(?\d/.test(this.src.fold.slice(h.end, h.end + 8)))) return headings;
    return [...headings, { kind: 'present' as const, start, end: start, text: '' }].sort((a, b) => a.start - b.start);
  }

  /**
   * "Nombre de présents : (41) Dont (38) titulaires et (3) suppléants avec voix délibérative Nombre de
   * pouvoirs : (6) Nombre de votants : (47) CAVO : Nadège X et Antoine Y (Avrainville), …": the members
   * present are the groups after the count and its clauses (other counts, a bracket), the first group's
   * label ("CAVO :", "CA Portes de l'Yvrette :") opening the list. A heading of the members present is put
   * there (those read inside the clauses, "présent(e)s … Nombre de pouvoirs :", go).
   */
  private countedThenGroups(headings: Heading[], from: number, to: number): Heading[] {
    const zone = this.src.fold.slice(from, to);
    // (or the count alone, other counts and the substitutes without a vote after it: "Nombre de présents : (29) Nombre de
    // pouvoirs : (2) Suppléants présents sans voix délibérative : A et B. CC Brie des Rivières : …")
    // (or "Délégués présents : vingt-sept (27) CC de l'Orée : …", the count in words with its figures)
    // (its tail from « presents » on looked for first: a literal opening, found fast; every match holds one)
    const m = COUNT_IN_BRACKETS_TAIL.test(zone) ? /\b(?:nombre\s+de\s+presents|(?:(?:delegues|membres|conseillers)(?:\s+titulaires)?\s+)?presents)\s*:\s*(?:[a-z]+(?:[\s-]+[a-z]+){0,3}\s*)?\(\s*\d{1,3}\s*\)(?:\s*dont\b)?/.exec(zone) : null;
    if (!m) return headings;
    const at = from + m.index + m[0].length;
    // (the grouping's name may go on in small letters, "CC de l'Orée de la Brie :", its delegates "NOM Prénom" too)
    // (on one line: a list's last surname then the next heading, "MAZET\n\nAbsents ayant donné pouvoir :", is no label)
    const label = /(?:^|[\s.)])((?:[A-Z][A-Z0-9]{1,9}|[A-Z]{2,6}[ \t]+[\p{L}'’][^:\n.]{2,40}?)[ \t]*:\s+)(?=(?:M\.|Mme)?\s*(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\s+\p{Lu}{2}|\p{Lu}{2}[\p{Lu}'’-]*\s+\p{Lu}\p{Ll}))/u.exec(this.src.norm.slice(at, Math.min(to, at + 600)));
    if (!label || ATTENDANCE_LABEL.test(label[1]!)) return headings;
    const start = at + label.index + label[0].indexOf(label[1]!);
    // (no other list between: the clauses hold counts only)
    if (headings.some((h) => h.start > at && h.start < start && LIST_KINDS.has(h.kind) && h.kind !== 'present' && h.kind !== 'staff' && !/^[ \t]*\(?\d/.test(this.src.fold.slice(h.end, h.end + 8)))) return headings;
    const kept = headings.filter((h) => !(h.kind === 'present' && h.start < start && h.end > at - 40));
    // (the heading runs from the count to the list: "Nombre de présents : (48) Dont (48) présent(e)s … quorum")
    const headStart = from + m.index;
    return [...kept, { kind: 'present' as const, start: headStart, end: start, text: this.src.fold.slice(headStart, start) }].sort((a, b) => a.start - b.start);
  }

  /**
   * The members present listed apart, past the act's text and signature (a
   * register's margin column that OCR read after the page: "Etaient présents :"
   * opening a line, one name per line), when the session's block named no one
   * present: the first such heading from `headings` (those past the block). Read as the present list; the block stays where it was (the
   * items in between are items). Fewer than three names: nothing is kept.
   */
  private readLatePresentList(headings: Heading[], to: number): void {
    // (the heading opens its line, or follows « Ont signé au registre les » there: what its line holds before it)
    const opensLine = (h: Heading) => {
      const lineStart = this.src.lineStarts[this.src.lineAt(h.start) - 1]!;
      return /^[ \t]*$/.test(this.src.norm.slice(lineStart, h.start)) || SIGNED_BY.test(this.src.fold.slice(lineStart, h.start));
    };
    const late = headings.find((h) => h.kind === 'present' && opensLine(h) && !this.isCountLine(h));
    if (!late) return;
    const next = headings.find((x) => x.start >= late.end && LIST_KINDS.has(x.kind));
    const sections = this.out.sections.length;
    this.readList(late, 'present', next ? next.start : to, to);
    if ((this.out.present?.length ?? 0) >= 3) {
      // after an act closed and signed ("Fait et délibéré…", "Pour extrait conforme"), a column ending the page is whole
      if (/\b(?:pour\s+extrait\s+conforme|fait\s+et\s+delibere)\b/.test(this.src.fold.slice(0, late.start))) for (const s of this.out.sections.slice(sections)) s.complete = true;
      return;
    }
    this.out.present = null;
    this.out.sections.splice(sections);
  }

  /**
   * The rows of a status list ("M. X : présent", "X – excusé"), of a table with a state column, of a grid of checkboxes
   * or of a table whose cells the extraction glued: a table when it reads more rows than the list (its coded states, "R"
   * and its holder, "S" and the substitute, are rows the list reader skips).
   */
  private statusRows(from: number, to: number): StatusRows | null {
    const end = Math.min(to, from + 8000);
    const grid = (text: string, start: number) => this.gridPerson(text, start);
    // (the list reader first: another wins only with more rows)
    let best = readStatusRows(this.src, from, end, (text, start) => this.rowPerson(text, start));
    for (const other of [readStateTable(this.src, from, end, grid), readPairTable(this.src, from, end, grid), readBoxGrid(this.src, from, end, grid), readGluedRows(this.src, from, end, grid)]) {
      if (other && (!best || other.rows.length > best.rows.length)) best = other;
    }
    return best;
  }

  /** Present, absent, excused and proxies from a status list (status-rows.ts). */
  private takeStatusRows(status: StatusRows, to: number): void {
    this.out.present ??= [];
    this.statusBlock = this.src.span(status.start, status.end);
    for (const r of status.rows) {
      // (a footnote's call after the name, "M. Rémi X (1)": the note it points to, read with the footnotes)
      const call = /^[ \t]*\((\d{1,2})\)/.exec(this.src.norm.slice(r.person.end, r.person.end + 8));
      const who = this.ref(r.person, call ? call[1]! : null);
      if (r.state === 'present') this.out.present.push(who);
      else if (r.state === 'excused') this.out.excused.push(who);
      else if (r.state === 'absent') this.out.absent.push(who);
      if (r.holder || r.state === 'represented') {
        this.out.proxies.push({ giver: who, holder: r.holder ? this.ref(r.holder) : null, scope: null, span: this.src.span(r.person.start, r.holder?.end ?? r.person.end) });
      }
      if (r.substitute) {
        const substitute = this.ref({ ...r.substitute, role: null });
        // (listed present in a row of their own too, "ROUX Ginette (suppléante)  P": once)
        if (!status.rows.some((x) => x.state === 'present' && x.person.name.replace(/\s*\([^()]*\)\s*$/, '') === substitute.name)) this.out.present.push(substitute);
        this.out.substitutions.push({ titular: who, substitute, span: this.src.span(r.person.start, r.substitute.end) });
      }
      if (r.state === 'present') this.noteRoleHint(who);
    }
    const heading = status.heading ? collapseSpaces(this.src.norm.slice(status.heading.start, status.heading.end)).trim() : '';
    const span = this.src.span(status.heading?.start ?? status.start, status.end);
    const kinds = new Set<SectionKind>(['present']);
    if (this.out.absent.length > 0) kinds.add('absent');
    if (this.out.excused.length > 0) kinds.add('excused');
    if (this.out.proxies.length > 0) kinds.add('proxies');
    for (const kind of kinds) this.out.sections.push({ kind, heading, span, complete: !this.reachedEnd(status.end, to) });
  }

  /** The person of a status row's name: "CHOLLET Bernard, Maire", "M. Christophe ANDRAL", "AUBOUIN Gérard (Président)". */
  private rowPerson(text: string, start: number): PersonText | null {
    // a column before the member's (a canton, a commune: "Aubrac-la-Vieille           M. Michel UGOLINI")
    const column = /^[ \t]*\S[^\t\n]*?\S(?:[ \t]{2,}|\t)(?=(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s)/.exec(text);
    if (column) return this.rowPerson(' '.repeat(column[0].length) + text.slice(column[0].length), start);
    // (or glued to the member's « NOM Prénom » by the extraction, no gap left: "Vaudreuge-la-VilleAUBOUIN Gérard   présent"; four
    // letters at least, not a surname's particle, "McBRIDE")
    const glued = /^[ \t]*\p{Lu}[\p{L}'’ -]{2,}\p{Ll}(?=\p{Lu}[\p{Lu}'’-]+[ \t]+\p{Lu}\p{Ll})/u.exec(text);
    if (glued) return this.rowPerson(' '.repeat(glued[0].length) + text.slice(glued[0].length), start);
    // (or the member's office as the row's label: "2e vice-présidente : Mme Martine X ........ pouvoir à M. Y")
    const label = /^[ \t]*(\S[^:\n]{1,40}?)[ \t]*:[ \t]*(?=\S)/.exec(text);
    if (label && isRoleOnly(label[1]!)) {
      const p = this.rowPerson(' '.repeat(label[0].length) + text.slice(label[0].length), start);
      return p ? { ...p, role: p.role ?? label[1]! } : null;
    }
    const comma = text.lastIndexOf(',');
    // (or what the member stands for, in small letters: "Mme Sylvie CROZAT, hôtellerie (Vice-Présidente)"; or an office
    // opening in small letters with the body's own name after it: "Marc X, représentant permanent de la Caisse d'Épargne Y")
    if (comma > 0 && (isRoleOnly(text.slice(comma + 1).trim()) || /^[ \t]*\p{Ll}[\p{Ll}'’ -]{2,60}(?:\([^()]{2,40}\))?[ \t]*$/u.test(text.slice(comma + 1)) || OFFICE_OF_BODY.test(text.slice(comma + 1)))) {
      const p = this.gridPerson(text.slice(0, comma), start);
      return p ? { ...p, role: p.role ?? text.slice(comma + 1).trim() } : null;
    }
    return this.gridPerson(text, start);
  }

  /** The person of a grid's name cell: "BRUNETOUX Alain (Maire)", "CORNU Bastien, maire" (the parenthesis, or the office after a comma, is a role). */
  private gridPerson(text: string, start: number): PersonText | null {
    let role = /\(([^)]*)\)/.exec(text)?.[1] ?? null;
    let clean = text.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length));
    const comma = clean.lastIndexOf(',');
    if (comma > 0 && isRoleOnly(clean.slice(comma + 1).trim())) {
      role = clean.slice(comma + 1);
      clean = clean.slice(0, comma) + ' '.repeat(clean.length - comma);
    }
    const parsed = parseEntry(clean, start, this.order);
    if (parsed.prose || parsed.people.length !== 1) return null;
    const p = parsed.people[0]!;
    return role && isRoleOnly(role) ? { ...p, role: role.trim() } : p;
  }

  /**
   * Members present listed by office without a "Présents" heading, one line
   * per group: "Le Maire : X." / "Les Adjoints : A, B." / "Les Conseillers
   * municipaux : C, D." At least two such lines in a row are needed.
   */
  private readRoleGroups(from: number, to: number): { start: number; end: number } | null {
    const zone = this.src.fold.slice(from, to);
    // (or the offices alone, "Président : M. X" / "Vice-présidents : …" / "Conseillers départementaux : …", a run of three
    // such lines at least: a header's "Président :" and "Secrétaire :" are no roll)
    const re = /(?:^|\n)[ \t]*((?:(?:le|la|les)\s+)?(?:maire|presidente?|vice-presidente?s?|adjointe?s?(?:\s+au\s+maire)?|conseill(?:er|ere)s?(?:\s+(?:municipa(?:l|ux)|communautaires?|delegue(?:e|s|es)?|departementa(?:l|ux)|regiona(?:l|ux)))?|delegue(?:e|s|es)?(?:\s+titulaires?)?|membres))[ \t]*:/g;
    const lines = [...zone.matchAll(re)].map((m) => ({ start: from + m.index! + m[0].indexOf(m[1]!), end: from + m.index! + m[0].length, label: m[1]! }));
    // a run of consecutive lines
    let run: typeof lines = [];
    for (const l of lines) {
      const prev = run[run.length - 1];
      if (prev && this.src.lineAt(l.start) === this.src.lineAt(prev.start) + 1) run.push(l);
      else if (run.length < 2) run = [l];
      else break;
    }
    if (run.length < 2 || (run.length < 3 && run.some((l) => !/^(?:le|la|les)\s/.test(l.label)))) return null;
    let end = run[0]!.start;
    for (const l of run) {
      const lineEnd = this.src.lineStarts[this.src.lineAt(l.start)] ?? this.src.norm.length;
      const h: Heading = { kind: 'present', start: l.start, end: l.end, text: this.src.norm.slice(l.start, l.end) };
      const before = this.out.present?.length ?? 0;
      end = Math.max(end, this.readList(h, 'present', Math.min(lineEnd, to), to));
      const role = this.src.norm.slice(l.start, l.end - 1).trim().replace(/^(?:le|la|les)\s+/i, '');
      for (const p of (this.out.present ?? []).slice(before)) {
        p.role = p.role ?? role;
        this.noteRoleHint(p);
      }
    }
    return { start: run[0]!.start, end };
  }

  /**
   * A table of the members with each one's state in brackets after the name, no heading of states, often glued cell to
   * cell by the extraction: "Lézat-HautM. Jean X, Président (présent)" / "Mme Eve Y (présente)M. Rémi Z (présent, sans
   * voix délibérative)" / "Mme Marie W (pouvoir à M. Jean X)–". Four such entries at least, on three lines or more, two
   * states at least. Under a header naming a column of suppléants ("Délégués titulaires / Délégués suppléants"), the
   * second entry of a line is a suppléant: present with a vote only when the note says whom it sits for, otherwise in
   * no list (a suppléant is no member in office). « sans voix délibérative » is in no list either.
   */
  private readBracketStates(from: number, to: number): { start: number; end: number } | null {
    const zone = this.src.norm.slice(from, to);
    if (!/\((?:pr[ée]sente?|absente?|excus[ée]e?|pouvoir\s+[àa])\b/i.test(zone)) return null;
    const ENTRY = /(?:M\.|Mme|Mlle|Monsieur|Madame)\s[^()\n]{2,70}?\s*\(\s*(pr[ée]sente?|absente?(?:\s+(?:non\s+)?excus[ée]e?)?|excus[ée]e?|pouvoir\s+(?:donn[ée]\s+)?[àa]\s+([^()\n]{3,60}?)|représentée?\s+par\s+([^()\n]{3,60}?))(?:(?:\s*[,;]\s*|\s+[–-]\s+)((?:[^()\n]|\n(?![ \t]*\n)){0,80}?))?\s*\)/giu;
    const found = [...zone.matchAll(ENTRY)];
    if (found.length < 4 || new Set(found.map((m) => this.src.lineAt(from + m.index!))).size < 3) return null;
    const states = new Set(found.map((m) => m[1]!.toLowerCase().replace(/e$/, '').slice(0, 5)));
    if (states.size < 2) return null;
    // a header naming the columns of titulaires and suppléants, above the first entry
    const firstLine = this.src.lineAt(from + found[0]!.index!);
    const head = this.src.norm.slice(this.src.lineStarts[Math.max(0, firstLine - 3)]!, from + found[0]!.index!);
    const supplColumn = /titulaires?/i.test(head) && /suppl[ée]ante?s/i.test(head);
    const lines = new Map<number, number>();
    const present: NameRef[] = [];
    for (const m of found) {
      const at = from + m.index!;
      const line = this.src.lineAt(at);
      const rank = (lines.get(line) ?? 0) + 1;
      lines.set(line, rank);
      const nameText = m[0].slice(0, m[0].indexOf('('));
      // (a role after a comma: "M. Jean X, Président (présent)")
      const p = this.rowPerson(nameText, at);
      if (!p) continue;
      const who = this.ref(p);
      const state = m[1]!.toLowerCase().replace(/^present/, 'présent');
      const note = (m[4] ?? '').toLowerCase();
      if (/sans\s+voix/.test(note)) continue;
      const substitute = supplColumn && rank >= 2;
      if (state.startsWith('présent')) {
        if (substitute && !/si[èe]ge|pour\s|rempla|avec\s+voix/.test(note)) continue;
        present.push(who);
        // "(présente, siège pour M. ROQUES)": the titular she replaces holds no second seat
        const sits = /(?:si[èe]ge\s+pour|pour|remplace|en\s+remplacement\s+de)\s+((?:M\.|Mme|Monsieur|Madame)\s[^,;()]+)/i.exec(m[4] ?? '');
        const titular = sits ? this.gridPerson(sits[1]!, at + m[0].lastIndexOf(sits[1]!)) : null;
        if (titular) this.out.substitutions.push({ titular: this.ref(titular), substitute: who, span: this.src.span(at, at + m[0].length) });
      } else if (substitute) {
        continue;
      } else if (m[2] !== undefined || m[3] !== undefined) {
        const holderText = m[2] ?? m[3]!;
        const hp = this.gridPerson(holderText, at + m[0].indexOf(holderText));
        this.out.proxies.push({ giver: who, holder: hp ? this.ref(hp) : null, scope: null, span: this.src.span(at, at + m[0].length) });
      } else {
        if (state.startsWith('absent')) this.out.absent.push(who);
        else this.out.excused.push(who);
        // "(excusée, suppléée par M. X, délégué suppléant)": the substitute named in the note sat in the member's seat
        // (the note may wrap onto the next line)
        const sat = SUBSTITUTE_NOTE.exec(m[4] ?? '');
        const substitute = sat ? this.gridPerson(sat[1]!.replace(/\s+/g, ' ').trim(), at + m[0].lastIndexOf(sat[1]!)) : null;
        if (substitute) this.recordSubstitution(present, who, this.ref(substitute), at, at + m[0].length);
      }
    }
    if (present.length === 0) return null;
    this.out.present = present;
    for (const p of present) this.noteRoleHint(p);
    const start = from + found[0]!.index!;
    const last = found[found.length - 1]!;
    const end = from + last.index! + last[0].length;
    const heading = firstLine > 1 ? this.src.norm.slice(this.src.lineStarts[firstLine - 2]!, this.src.lineStarts[firstLine - 2]! + this.src.lineLength(firstLine - 1)).trim() : '';
    for (const kind of ['present', 'absent', 'excused', 'proxies'] as const) this.out.sections.push({ kind, heading, span: this.src.span(start, end), complete: !this.reachedEnd(end, to) });
    return { start, end };
  }

  /**
   * Attendance given by exception: "Tous les conseillers en exercice étaient
   * présents, à l'exception de M. X, excusé, qui n'a pas donné de pouvoir."
   * Everyone is present without being named; the exceptions are absent.
   */
  private readExceptions(from: number, to: number): { start: number; end: number } | null {
    const zone = this.src.fold.slice(from, to);
    // (or "Étaient présents : tous les conseillers en exercice sauf M. X, …")
    const m =
      /\b(?:tous\s+les|l'ensemble\s+des)\s+(?:membres|conseill\w+|elus|delegues)\b[^.;\n]{0,60}?\bpresente?s?\b[^.;\n]{0,30}?\b(?:a\s+l'\s?exception\s+de|sauf|excepte)\s+/.exec(zone) ??
      /\bpresente?s?\s*:?\s*(?:tous\s+les|l'ensemble\s+des)\s+(?:membres|conseill\w+|elus|delegues)\b[^.;:\n]{0,40}?\b(?:a\s+l'\s?exception\s+de|sauf|excepte)\s+/.exec(zone);
    if (!m) return null;
    this.out.all_present_unnamed = true;
    const start = from + m.index;
    const h: Heading = { kind: 'absent', start, end: start + m[0].length, text: m[0] };
    const rest = this.src.norm.slice(h.end, to);
    // the sentence ends at a full stop that closes no civility or initial ("M.", "J.")
    const stop = rest.search(/(?<!\b(?:MM|Mmes?|Mlle|Dr|Me|[A-ZÀ-Þ]))\.(?=\s|$)|\n\s*\n/);
    const contentEnd = stop < 0 ? to : h.end + stop + 1;
    const end = this.readList(h, 'absent', contentEnd, to);
    return { start, end: Math.max(end, contentEnd) };
  }

  /**
   * Proxies stated in a sentence outside any list: "M. X, absent, a donné
   * pouvoir à Mme Y." Both sides must read as names.
   */
  /** "Mmes A et B ont respectivement donné pouvoir à MM. C et D" in `zone` (folded, from `from`): A to C, B to D. */
  private readRespectiveProxies(from: number, zone: string): void {
    // (the givers' civilities keep their dots: "Mme A et M. B avaient respectivement donné pouvoir à M. C et à Mme D")
    for (const m of zone.matchAll(/(?<=^|[.;:\n]\s*)((?:\bm\.|\bmm\.|\bmme\.|\bmlle\.|[^.;:\n]){3,160}?)\s+(?:ont|avaient)\s+respectivement\s+donne\s+(?:leur\s+|un\s+)?(?:pouvoirs?|procurations?)\s+(?:a|aux?)\s+([^;:\n]{3,160}?)(?<!\bm|\bmm)(?=\.(?:\s|$)|[;\n]|$)/g)) {
      const side = (text: string, at: number) => {
        const out: NameRef[] = [];
        let off = 0;
        for (const part of text.split(/,|\s+et\s+/)) {
          const start = at + text.indexOf(part, off);
          off = text.indexOf(part, off) + part.length;
          // (each holder after its own « à »: "… donné pouvoir à M. C et à Mme D")
          const p = parseEntry(this.src.norm.slice(start, start + part.length).replace(/^\s*(?:(?:à|a|au)\s+)?(?:(?:Mmes|MM\.|Messieurs|Mesdames)\s+)?/, (c) => ' '.repeat(c.length)), start, this.order).people[0];
          if (p) out.push(this.ref(p));
        }
        return out;
      };
      const gAt = from + m.index! + m[0].indexOf(m[1]!);
      const hAt = from + m.index! + m[0].lastIndexOf(m[2]!);
      const givers = side(m[1]!, gAt);
      const holders = side(m[2]!, hAt);
      if (givers.length < 2 || givers.length !== holders.length) continue;
      givers.forEach((g, i) => this.out.proxies.push({ giver: g, holder: holders[i]!, scope: null, span: this.src.span(gAt, hAt + m[2]!.length) }));
    }
  }

  private readProxySentences(from: number, to: number): void {
    // bullets opening a line are blanked (same length): "- M. X a donné pouvoir à …"
    const folded = this.src.fold.slice(from, to);
    const zone = /^[ \t]*[-–—•*]|\n[ \t]*[-–—•*]/.test(folded) ? folded.replace(/(^|\n)([ \t]*)([-–—•*]+)/g, (_m, nl: string, ws: string, b: string) => nl + ws + ' '.repeat(b.length)) : folded;
    // (bullets blanked: only characters that are no letters changed, the keyword index stays valid)
    const z = zoneOf(this.src, from, to, zone);
    // "Mmes A et B ont respectivement donné pouvoir à MM. C et D": the givers and the holders paired in order
    if (zone.includes('respectivement')) this.readRespectiveProxies(from, zone);
    // the sentence patterns are costly: run them only where their verbs occur
    if (!passes(z, PROXY_SENTENCE_GATE) || !PROXY_SENTENCE_GATE.re.test(zone)) return;
    for (const m of matchAnchored(z, PROXY_LINE)) {
      const gStart = from + m.index! + m[0].indexOf(m[1]!);
      const hStart = from + m.index! + m[0].lastIndexOf(m[2]!);
      const giver = parseEntry(unbullet(this.src.norm.slice(gStart, gStart + m[1]!.length)), gStart, this.order);
      const holder = parseEntry(unbullet(this.src.norm.slice(hStart, hStart + m[2]!.length)), hStart, this.order);
      const g = giver.people.length === 1 && !giver.prose ? giver.people[0] : undefined;
      const h = holder.people[0];
      if (g && h) this.out.proxies.push({ giver: this.ref(g), holder: this.ref(h), scope: null, span: this.src.span(gStart, hStart + m[2]!.length) });
    }
    for (const m of matchAnchored(z, PROXY_REVERSE)) {
      const hStart = from + m.index! + m[0].indexOf(m[1]!);
      const gStart = from + m.index! + m[0].lastIndexOf(m[2]!);
      const holder = parseEntry(unbullet(this.src.norm.slice(hStart, hStart + m[1]!.length)), hStart, this.order).people.at(-1);
      if (!holder) continue;
      const givenText = this.src.norm.slice(gStart, gStart + m[2]!.length);
      const several = this.giversOf(givenText.replace(/\n/g, ' '), gStart);
      const giver = parseEntry(unbullet(givenText), gStart, this.order).people[0];
      const givers = several ?? (giver ? [this.ref(giver)] : []);
      for (const g of givers) this.out.proxies.push({ giver: g, holder: this.ref(holder), scope: null, span: this.src.span(hStart, gStart + m[2]!.length) });
    }
    for (const m of matchAnchored(z, PROXY_SENTENCE)) {
      let gStart = from + m.index! + m[0].indexOf(m[1]!);
      const hStart = from + m.index! + m[0].lastIndexOf(m[4]!);
      // (a giver whose civility and given name end the line before, after a pair closed by « ; » or « . »: "… à M. X ; M. Firmin" /
      // "ROUVIÈRE a donné pouvoir à …": the sentence starts at the civility; the match anchored at the line break only saw the surname)
      const cutGiver = /^[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’-]*(?:[ \t]+[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’-]*)*\s*$/.test(this.src.norm.slice(gStart, gStart + m[1]!.length))
        ? /(?:^|[.;][ \t]+)((?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?[ \t]*\n[ \t]*)$/.exec(this.src.norm.slice(Math.max(from, gStart - 80), gStart))
        : null;
      const gEnd = gStart + m[1]!.length;
      if (cutGiver) gStart -= cutGiver[1]!.length;
      // (a note after the giver, "M. X (Aulès)", is no part of the name: blanked, offsets kept)
      // (… nor a state in apposition: "Mme X, empêchée, a donné pouvoir à …")
      let giverText = this.src.norm
        .slice(gStart, gEnd)
        .replace(/\([^()\n]{1,60}\)\s*$/, (n) => ' '.repeat(n.length))
        .replace(/,\s*(?:empêch[ée]e?s?|excus[ée]e?s?|absente?s?|retenue?s?(?:\s+(?:par|pour)\s+[^,\n]{2,50})?|en\s+d[ée]placement|indisponibles?|souffrante?s?|conseill(?:er|[èe]re)s?(?:\s+(?:municipale?s?|communale?s?|communautaires?))?|[ée]chevine?s?|adjointe?s?)\s*,?\s*$/i, (n) => ' '.repeat(n.length));
      // (pairs run on after dashes, the holder's given name wrapped before one: "… à BERTIN" / "Rose – TARDIEU Julien a donné
      // procuration à …": the giver is what follows the last dash, blanked before it, offsets kept)
      // (only a given name alone opening its line before the dash: "LE DREAU – SIMON" is one double surname)
      const dashed = /(?:^|\n)[ \t]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+[–—][ \t](?=[^–—]*$)/u.exec(giverText);
      if (dashed) giverText = ' '.repeat(dashed.index + dashed[0].length) + giverText.slice(dashed.index + dashed[0].length);
      let giver = parseEntry(unbullet(giverText), gStart, this.order);
      // "En application de la loi du 24 juin 2020, Mme X a donné procuration à …": the giver after the clause's last comma
      if (giver.people.length === 0) {
        const comma = giverText.lastIndexOf(',');
        const after = comma > 0 ? parseEntry(unbullet(giverText.slice(comma + 1)), gStart + comma + 1, this.order) : null;
        if (after && !after.prose && after.people.length === 1) giver = after;
      }
      let holderText = this.src.norm.slice(hStart, hStart + m[4]!.length);
      // "… à M. Daniel\nRENAUDOT ;": the surname on the next line (or after an empty line: a text double-spaced)
      const wrapped = /^\s*(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?\s*$/.test(holderText)
        ? /^\n(?:[ \t]*\n)?[ \t]*[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’-]*(?:[ \t]+[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’-]*)*/.exec(this.src.norm.slice(hStart + holderText.length))
        : null;
      if (wrapped) holderText += wrapped[0];
      // (what the proxy is for, after the holder, is no part of the name: "… à M. Guy X pour voter en son nom", "… pour
      // l'ensemble de la séance", "… jusqu'à son arrivée"; blanked, offsets kept)
      holderText = holderText.replace(/\s+(?:pour\s+(?:voter|(?:le|la|les)\s+repr[ée]senter|la\s+s[ée]ance|l['’]ensemble|toute\s+la|les?\s+points?)|jusqu['’]|à\s+partir\s+d|d[èe]s\s+l)[\s\S]*$/i, (n) => ' '.repeat(n.length));
      const holder = parseEntry(unbullet(holderText), hStart, this.order);
      // "M. X et Mme Y ont confié leur pouvoir à …": every giver named; "… , M. X a donné …": the last one
      const plural = /^(?:ont|avaient|se\s+sont|s'\s?etaient)$/.test(m[2] ?? m[3]!) ? this.namesJoined(giverText, gStart) : null;
      const last = giver.people[giver.people.length - 1];
      const gs = plural ?? (last ? [this.ref(last)] : []);
      // "M. Y, de même que M. B à …": the holder alone when the whole is read as prose
      // (or before « et » and a second pair: "… à Sophie X et Julie Y à Gilles Z.")
      // (… or not read as a name at all, the second pair cut by the holder's length: "… à M. X et M. Y à Mme Z.")
      const firstPart = holderText.split(HOLDER_THEN_PAIR_SPLIT)[0]!;
      let h = holder.people[0] ?? (holder.prose || HOLDER_THEN_PAIR.test(holderText) ? parseEntry(unbullet(firstPart), hStart, this.order).people[0] : undefined);
      // (the holder named by the office before more pairs: "… à M. le Maire, de même que M. X", resolved to the president later)
      const office = h === undefined && holder.prose ? OFFICE_NAME.exec(firstPart) : null;
      if (office && !firstPart.slice(office[0].length).trim()) h = { written: office[0].trim(), name: office[2]!, civility: office[1]!.trim() || null, role: office[2]!, start: hStart + office[0].search(/\S/), end: hStart + office[0].trimEnd().length };
      if (gs.length === 0 || !h) continue;
      for (const g of gs) this.out.proxies.push({ giver: g, holder: this.ref(h), scope: null, span: this.src.span(gStart, hStart + holderText.length) });
      this.readLikewise(h.end, to, h);
    }
    // (after the other forms: the givers they did not read, the passive form's then the apposed form's, each in the text's order)
    for (const m of [...matchAnchored(z, PROXY_PASSIVE), ...matchAnchored(z, PROXY_APPOSED)]) {
      const gStart = from + m.index! + m[0].indexOf(m[1]!);
      const hStart = from + m.index! + m[0].lastIndexOf(m[2]!);
      const g = parseEntry(this.src.norm.slice(gStart, gStart + m[1]!.length), gStart, this.order).people[0];
      const h = parseEntry(this.src.norm.slice(hStart, hStart + m[2]!.length), hStart, this.order).people[0];
      if (g && h && !this.out.proxies.some((p) => p.giver.name === g.name)) this.out.proxies.push({ giver: this.ref(g), holder: this.ref(h), scope: null, span: this.src.span(gStart, hStart + m[2]!.length) });
    }
  }

  /**
   * "…, de même que M. B à Mme C et Mme D à M. E.": more giver → holder
   * pairs after a proxy sentence, up to the sentence's end; a giver alone
   * ("…, de même que M. B.") gave to the same `holder`.
   */
  private readLikewise(at: number, to: number, holder: PersonText): void {
    const rest = this.src.norm.slice(at, Math.min(to, at + 400));
    // "… a donné procuration à Madame X ; Madame Annie Y également.": a second giver to the same holder
    const also = /^\s*[;,]\s*((?:M\.|Mme|Mlle|Melle|Monsieur|Madame)\s[^;.,\n]{2,60}?)\s+(?:[ée]galement|aussi|de\s+m[êe]me)\s*(?:[.;]|$)/.exec(rest);
    if (also) {
      const g = this.personFrom(also[1]!, at + also[0].indexOf(also[1]!));
      if (g) this.out.proxies.push({ giver: g, holder: this.ref(holder), scope: null, span: this.src.span(at, at + also[0].length) });
      return;
    }
    const open = LIKEWISE.exec(rest) ?? SECOND_PAIR.exec(rest) ?? COMMA_PAIR.exec(rest);
    if (!open) {
      // (names without civility, each a given name and a surname: "… à Jean-Marc X, Pascale Y à Isabelle Z et Denis W à
      // Patrice V.", a bulletin's sentence)
      let offset = at;
      for (let m = PLAIN_PAIR.exec(rest); m; m = PLAIN_PAIR.exec(rest.slice(offset - at))) {
        const gAt = offset + m[0].indexOf(m[1]!);
        const hAt = offset + m[0].lastIndexOf(m[2]!);
        const g = this.personFrom(m[1]!, gAt);
        const h = this.personFrom(m[2]!, hAt);
        if (!g || !h) return;
        this.out.proxies.push({ giver: g, holder: h, scope: null, span: this.src.span(gAt, hAt + m[2]!.length) });
        offset += m[0].length;
      }
      return;
    }
    const end = rest.search(/(?<!\b(?:M|MM|Mme|Mlle|Mmes))\.(?:\s|$)|;|\n[ \t]*\n/);
    const body = rest.slice(open[0].length, end < 0 ? rest.length : end);
    let offset = at + open[0].length;
    for (const pair of body.split(/(\s*,\s*|\s+et\s+)(?=(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s)/)) {
      // (« a » without its accent before the holder's civility)
      const cut = /\s+(?:à|au|a(?=\s+(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s))\s+/.exec(pair);
      // "…, de même que M. B." alone: B gave a proxy to the same holder
      if (!cut && !/^\s*(?:,|et)\s*$/.test(pair)) {
        const g = this.personFrom(pair, offset);
        if (!g) return;
        this.out.proxies.push({ giver: g, holder: this.ref(holder), scope: null, span: this.src.span(offset, offset + pair.length) });
      }
      if (cut && !/^\s*(?:,|et)\s*$/.test(pair)) {
        const g = this.personFrom(pair.slice(0, cut.index), offset);
        const h = this.personFrom(pair.slice(cut.index + cut[0].length), offset + cut.index + cut[0].length);
        if (!g || !h) return;
        this.out.proxies.push({ giver: g, holder: h, scope: null, span: this.src.span(offset, offset + pair.length) });
      }
      offset += pair.length;
    }
  }

  /**
   * A suppléant a table seats by its titular's state cell (« Excusé – suppléé par M. X »), named again under the table
   * (« Délégué suppléant ayant voix délibérative : M. X (Commune) »): one member present, the table's entry. A name the
   * table does not seat, written twice, stays twice (a DUPLICATE_MEMBER to report).
   */
  private dropSubstitutesNamedAgain(): void {
    const table = this.gridBlock ?? this.statusBlock;
    if (!table || !this.out.present || this.out.substitutions.length === 0) return;
    const inTable = (n: NameRef) => n.span.start >= table.start && n.span.start <= table.end;
    const seated = new Set(this.out.substitutions.filter((x) => inTable(x.substitute)).map((x) => letterKey(x.substitute)));
    if (seated.size === 0) return;
    this.out.present = this.out.present.filter((n) => inTable(n) || !seated.has(letterKey(n)));
  }

  /** The same proxy or substitution stated twice ("X (pouvoir à Y)" and "Y (pouvoir de X)") is one. */
  private dedupe(): void {
    const key = (a: NameRef | null) => (a ? letterKey(a) : '');
    // the same entry of the same line read twice (a roll call read as status rows, then under its heading): once
    // (a name written twice on its line is two entries: a DUPLICATE_MEMBER to report)
    // (only entries of one line that share it are compared)
    const lineShared = this.out.present !== null && new Set(this.out.present.map((p) => p.span.start)).size < this.out.present.length;
    if (this.out.present && lineShared) {
      const read = new Map<string, number>();
      this.out.present = this.out.present.filter((p) => {
        const k = `${key(p)}@${p.span.start}-${p.span.end}`;
        const n = (read.get(k) ?? 0) + 1;
        read.set(k, n);
        if (n === 1 || p.span.start !== p.span.end) return true;
        const line = foldText(this.src.lineText(p.span.start)).replace(/[^a-z]/g, '');
        return line.split(key(p)).length - 1 >= n;
      });
    }
    const seen = new Set<string>();
    this.out.proxies = this.out.proxies.filter((p) => {
      const k = `${key(p.giver)}>${key(p.holder)}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    // a giver cut by a line break ("RI-\nGAUD a donné procuration à Y" also read as "GAUD"): the fragment goes
    this.out.proxies = this.out.proxies.filter((p) => {
      const g = key(p.giver);
      return !this.out.proxies.some((q) => q !== p && key(q.holder) === key(p.holder) && key(q.giver).length > g.length && key(q.giver).endsWith(g));
    });
    // a giver a table pairs with the name beside its code ("BOYER Marcel   R   PIGEYRE René", the suppléants' column), and a
    // proxy line under the table naming the holder ("Pouvoir : M. BOYER Marcel à M. CHAMBON Pierre"): the line's holder
    {
      const blocks = [this.statusBlock, this.gridBlock].filter((t) => t !== null);
      const tabled = (p: (typeof this.out.proxies)[number]) => blocks.some((t) => p.span.start >= t.start && p.span.start <= t.end);
      if (blocks.length > 0 && this.out.proxies.length > 1)
        this.out.proxies = this.out.proxies.filter((p) => !p.holder || !tabled(p) || !this.out.proxies.some((q) => q !== p && q.holder && !tabled(q) && key(q.giver) === key(p.giver)));
    }
    // a holder-less entry duplicates a full one for the same giver
    this.out.proxies = this.out.proxies.filter((p) => p.holder || !this.out.proxies.some((q) => q !== p && q.holder && key(q.giver) === key(p.giver)));
    // a member a grid says represented, its holder named by a proxy list under it ("BÉGUIN Carole   R" / "Pouvoirs : Carole BÉGUIN à
    // Alain X"): a proxy giver, no absence
    // (the sheet writes « NOM Prénom », the list « Prénom NOM »: the same words)
    if (this.unheldGivers.size > 0) this.out.absent = this.out.absent.filter((a) => !this.unheldGivers.has(a.name) || !this.out.proxies.some((p) => p.holder && wordsKey(p.giver) === wordsKey(a)));
    // a giver named in an absence list, then again in that list's proxy sentence ("Mme X a donné
    // délégation de vote à M. Y" read on after "Était absente :"): one absence (a name written
    // twice without a proxy stays twice: that is a DUPLICATE_MEMBER to report)
    const givers = new Set(this.out.proxies.map((p) => key(p.giver)));
    // (… and a member a table of states lists excused or absent, named again in a list under it: "Excusé : M. X")
    // (or a grid's row with no mark, "| Département | Hervé X | | |", then "Absents excusés : Hervé X" under it)
    const tables = [this.statusBlock, this.gridBlock].filter((t) => t !== null);
    const inTable = (n: NameRef) => tables.some((t) => n.span.start >= t.start && n.span.start <= t.end);
    for (const list of ['absent', 'excused'] as const) {
      const seenA = new Set<string>();
      const tabled = new Set(this.out[list].filter(inTable).map(key));
      this.out[list] = this.out[list].filter((n) => {
        const k = key(n);
        // (the table's entry kept, whichever was read first)
        if ((seenA.has(k) && givers.has(k)) || (tabled.has(k) && !inTable(n))) return false;
        seenA.add(k);
        return true;
      });
    }
    // (… the list under the grid saying excused whom its row left unmarked: excused, not absent too)
    if (this.gridBlock !== null && this.out.absent.length > 0 && this.out.excused.length > 0) {
      const excusedBelow = new Set(this.out.excused.filter((n) => !inTable(n)).map(key));
      this.out.absent = this.out.absent.filter((n) => !(inTable(n) && excusedBelow.has(key(n))));
    }
    const seenS = new Set<string>();
    this.out.substitutions = this.out.substitutions.filter((x) => {
      const k = `${key(x.titular)}>${key(x.substitute)}`;
      if (seenS.has(k)) return false;
      seenS.add(k);
      return true;
    });
  }

  /** The heading's line is only "Label : number" (a count), e.g. "Membres en exercice : 15". */
  private isCountLine(h: Heading): boolean {
    const l = this.src.lineAt(h.start);
    const start = this.src.lineStarts[l - 1]!;
    const line = normDigits(this.src.norm).slice(start, start + this.src.lineText(l).length);
    return /^\s*[^\n:]{2,60}:\s*\(?\d{1,4}\)?\s*$/.test(line) && !/\d/.test(line.split(':')[0]!);
  }

  /** True when `pos` sits inside a parenthesis opened after `from` ("(… de l'ordre du jour)"). */
  private insideParens(from: number, pos: number): boolean {
    const t = this.src.norm.slice(from, pos);
    let depth = 0;
    for (const c of t) {
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
    }
    return depth > 0;
  }

  /** Name order from the first entries of each list (a light split: enough to count "Prénom NOM" vs "NOM Prénom"). */
  private detectOrder(headings: Heading[], to: number): NameOrder {
    const samples: string[] = [];
    for (const [i, h] of headings.entries()) {
      if (!LIST_KINDS.has(h.kind)) continue;
      const end = Math.min(to, h.end + 800, headings[i + 1]?.start ?? Infinity);
      const content = this.src.norm.slice(h.end, end).replace(/\([^)]*\)?/g, ' ');
      for (const part of content.split(/[,;\t\n•]| {2,}|\s[-–]\s|\s(?:et)\s|(?:^|\s)\d{1,3}[.)](?=\s)/)) {
        const t = part.replace(/\s(?:pouvoir|procuration|repr[ée]sent[ée]e?|a donn[ée]|donne).*$/i, '').trim();
        if (t) samples.push(t);
        if (samples.length >= 60) return detectOrder(samples);
      }
    }
    return detectOrder(samples);
  }

  /**
   * "Étaient présents : 44 délégués (liste d'émargement annexée), dont un délégué suppléant siégeant avec
   * voix délibérative : M. X": the members present are counted, not named; the substitutes named after
   * « dont » are a part of them. The present list read is then incomplete (no count is checked against it).
   */
  private markCountedPresentPart(headings: Heading[]): void {
    const counted = headings.find((h) => h.kind === 'present' && /^[ \t]*\(?\d{1,3}\s+(?:membres|conseill|delegue|elus|titulaires)/.test(this.src.fold.slice(h.end, h.end + 24)));
    if (!counted) return;
    const part = headings.find((h) => h.kind === 'present' && h.start > counted.end && h.start - counted.end < 400 && /\bdont\b/.test(this.src.fold.slice(counted.end, h.start)) && /suppl/.test(h.text));
    if (!part) return;
    for (const s of this.out.sections) if (s.kind === 'present') s.complete = false;
  }

  /**
   * The pairs of a proxies table that the extraction gave column by column (the text layer of a PDF): the givers'
   * title ("Mandant") and the givers one per line, then the holders' title ("Mandataire") and as many holders, the
   * n-th holder holding the n-th giver's proxy. Returns where the holders end, or `h.end` when the two columns are not
   * two runs of whole names of the same length (nothing read).
   */
  private readProxyColumns(h: Heading, content: string, to: number): number {
    const title = GIVER_COLUMN_TITLE.exec(content)!;
    let at = h.end + title[0].length + 1;
    const columns: NameRef[][] = [[]];
    let end = at;
    for (const line of this.src.norm.slice(at, to).split('\n')) {
      const lead = line.length - line.trimStart().length;
      if (columns.length === 1 && columns[0]!.length > 0 && HOLDERS_COLUMN_LINE.test(line)) {
        columns.push([]);
      } else {
        const who = line.trim() && !line.includes(':') ? this.personFrom(line.trim(), at + lead) : null;
        if (!who) break;
        columns[columns.length - 1]!.push(who);
        end = at + line.length;
      }
      at += line.length + 1;
      if (columns.length === 2 && columns[1]!.length === columns[0]!.length) break;
    }
    const [givers, holders] = columns;
    if (!holders || holders.length !== givers!.length) return h.end;
    givers!.forEach((giver, i) => this.out.proxies.push({ giver, holder: holders[i]!, scope: null, span: this.src.span(giver.span.start, holders[i]!.span.end) }));
    this.out.sections.push(this.section('proxies', h, end, to));
    return end;
  }

  /**
   * The pairs of a two-column table of proxies whose cells the extraction put one per line under its two titles
   * ("Délégué absent" — the heading — then "A donné pouvoir à"): the giver, then the holder, each a whole name on its
   * line, up to the first line that is no name. Returns where they end, or `h.end` when they are not an even run of two
   * names or more (nothing read).
   */
  private readStackedProxyPairs(h: Heading, content: string, kind: SectionKind, to: number): number {
    const title = HOLDER_COLUMN_TITLE.exec(content)!;
    // (from the line under the titles)
    let at = h.end + title[0].length + 1;
    const names: NameRef[] = [];
    let end = at;
    for (const line of this.src.norm.slice(at, to).split('\n')) {
      const lead = line.length - line.trimStart().length;
      const who = line.trim() && !line.includes(':') ? this.personFrom(line.trim(), at + lead) : null;
      if (!who) break;
      names.push(who);
      end = at + line.length;
      at += line.length + 1;
    }
    if (names.length < 2 || names.length % 2 !== 0) return h.end;
    for (let i = 0; i < names.length; i += 2) this.out.proxies.push({ giver: names[i]!, holder: names[i + 1]!, scope: null, span: this.src.span(names[i]!.span.start, names[i + 1]!.span.end) });
    this.out.sections.push(this.section('proxies', h, end, to));
    return end;
  }

  private section(kind: SectionKind, h: Heading, end: number, to: number): AttendanceSection {
    return { kind, heading: this.src.norm.slice(h.start, h.end).trim(), span: this.src.span(h.start, Math.max(h.end, end)), complete: !this.reachedEnd(end, to) };
  }

  /**
   * A substitute among the present whose note names the titular she sits for ("Mme X (suppléante, siégeant avec voix
   * délibérative en remplacement de Mme Y)"), Y listed absent or excused: a substitution, so that Y's seat is counted
   * once. Only a titular found in those lists, name for name, is taken.
   */
  private readNotedSubstitutions(): void {
    const away = [...this.out.absent, ...this.out.excused];
    if (!this.out.present || away.length === 0) return;
    const key = (name: string) => foldText(stripCivility(name).rest).replace(/[^a-z]+/g, ' ').trim();
    for (const p of this.out.present) {
      const m = p.note ? NOTED_TITULAR.exec(p.note) : null;
      if (!m || this.out.substitutions.some((s) => s.substitute === p)) continue;
      const written = key(m[1]!.replace(/\s+/g, ' '));
      const titular = away.find((a) => key(a.name) === written);
      if (titular && !this.out.substitutions.some((s) => s.titular === titular)) this.out.substitutions.push({ titular, substitute: p, span: p.span });
    }
  }

  /**
   * The excerpt cut inside the last member's name ("…, Alain GOU", "…, SIMONET Ré" ending the text): a
   * fragment, no name. Dropped when the text ends with the entry, its last word of three letters or fewer (four in capitals)
   * and no full stop after it (a whole short name, "Luc ROY.", has its punctuation or more text after it).
   * So is the last of the excused or the absent when their list ends the text, cut inside its surname in capitals after the
   * given name ("Absents excusés : …, M. Thierry GOU"; not a short given name after the surname, "…, GRANGEON Léa").
   */
  private dropCutFragment(): void {
    for (const list of [this.out.present, this.out.excused, this.out.absent]) {
      const last = list?.[list.length - 1];
      if (!last) continue;
      // (two columns side by side, read one after the other: the text may end inside the left column's last entry, "Mme Arlette
      // HA" under a left column one line longer than the right one, the list's last entry the right column's)
      const others = this.sideBySideBlock ? list!.filter((p) => p !== last && p.span.end > last.span.end) : [];
      const cut = [last, ...others].find((p) => this.cutAtExcerptEnd(p, list !== this.out.present) || this.givenNameCutAtExcerptEnd(p, list!));
      if (cut) list!.splice(list!.indexOf(cut), 1);
    }
  }

  /**
   * Whether a list's last entry is a fragment of a name cut by the excerpt: it ends the text, on the text's last line, and
   * its last word is too short to be a whole name — three letters at most, or four in capitals ("…\n- Mme Odile VACH"; a
   * given name of four, "Lise", and a surname of five, "VARLE", end whole names in real lists). In a list of the absent or
   * the excused the cut must fall in a surname in capitals after a given name ("…; Mme Jeanine CO"): a given name there may
   * be whole ("Absents excusés : ARNOUX Pierre, GRANGEON Léa").
   */
  private cutAtExcerptEnd(last: NameRef, inAbsenceList: boolean): boolean {
    const written = last.written.trimEnd();
    // (the entry itself on the text's last line: the same name signing the act below, "Le Secrétaire de séance," / "Laurence
    // X", is whole)
    if (!written || !this.endsText(last, written, this.excerptText())) return false;
    const word = /(\p{L}+)$/u.exec(written)?.[1] ?? '';
    if (inAbsenceList && !(/^\p{Lu}+$/u.test(word) && /\p{Lu}\p{Ll}+[ \t]+\p{Lu}+$/u.test(written))) return false;
    // (not the conjunction before the next name, "…, Patrick GODEMENT et" where the text ends: that name is whole)
    return word.length > 0 && (word.length <= 3 || (word.length === 4 && /^\p{Lu}+$/u.test(word))) && !/^(?:M|Mme|Dr|et|ET|ou)$/.test(word);
  }

  /**
   * A proxy's holder cut by the excerpt inside the civility written in full: the text ends with it, on its last line ("… a
   * donné pouvoir à Mada", "… à Monsi"): a fragment, the pair is not read. A given name cut after the civility ("… à M.
   * Chr") is kept as written, as the real labels keep it (their `to_truncated` holder), and so is a short surname ending
   * the text ("… à M. Gérard PONS"), which may be whole. A surname in capitals cut to three letters or fewer after the
   * given name ("… René FOURNEL à Louis MÉJ" ending the text) is a fragment, as a list's last entry is (cutAtExcerptEnd).
   */
  private holderCutAtExcerptEnd(holder: NameRef): boolean {
    const written = holder.written.trim();
    if (HOLDER_SURNAME_CUT.test(written)) return this.endsText(holder, written, this.excerptText());
    if (this.surnameCutAtExcerptEnd(holder, written)) return true;
    if (!/^\p{Lu}\p{Ll}{1,10}$/u.test(written) || !this.endsText(holder, written, this.src.norm.trimEnd())) return false;
    const w = written.toLowerCase();
    return ['monsieur', 'madame', 'mademoiselle'].some((c) => c.length > w.length && c.startsWith(w));
  }

  /**
   * A holder ending the text whose surname in capitals is the start of the surname of a member listed present with the
   * same given name ("… Christian PIN" ending the excerpt, "Christian PINAULT" present): the excerpt cut inside that
   * member's name, a fragment. A short surname ending the text with no such member stays as written (it may be whole), and
   * so does a surname alone ("… à RIE", "RIEU Alain" present: kept as written, as the real labels keep a holder cut).
   */
  private surnameCutAtExcerptEnd(holder: NameRef, written: string): boolean {
    const name = holder.name;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*\s+\p{Lu}{2,}$/u.test(name) || !/\p{Lu}{2}$/u.test(written) || !this.endsText(holder, written, this.excerptText())) return false;
    return (this.out.present ?? []).some((p) => p.name.length > name.length && p.name.startsWith(name) && /^\p{Lu}/u.test(p.name.slice(name.length)));
  }

  /**
   * The excerpt cut after a member's civility and inside the given name, before the surname ("…&nbsp;; M. Raym" ending the
   * text): the civility then one word in small letters, on the text's last line, where every other entry of the list names
   * its member with a surname in capitals ("M. Karim BENALI ; Mme Sabrina AZOUZ ; …"). Such a list writes no member by a
   * given name alone: the entry is a fragment.
   */
  private givenNameCutAtExcerptEnd(last: NameRef, list: NameRef[]): boolean {
    const written = last.written.trim();
    if (!CIVILITY_AND_GIVEN_NAME_CUT.test(written) || !this.endsText(last, written, this.excerptText())) return false;
    const others = list.slice(0, -1);
    return others.length >= 3 && others.every((p) => /\p{Lu}{2}/u.test(p.name));
  }

  /**
   * The text up to its last line that holds words or figures: the marks a scan's stamp or signature leaves after an
   * excerpt's cut ("Mme MONTA" / "  ~ ' ,.") are no text, so that the list is still cut where the excerpt ends.
   */
  private excerptText(): string {
    if (this.excerpt !== null) return this.excerpt;
    let text = this.src.norm.trimEnd();
    for (let nl = text.lastIndexOf('\n'); nl >= 0 && !/\p{L}{2}|\d/u.test(text.slice(nl + 1)); nl = text.lastIndexOf('\n')) text = text.slice(0, nl).trimEnd();
    return (this.excerpt = text);
  }

  /** Whether `ref`, written `written`, ends `text` on its last line (an entry of the list the excerpt cuts, if any). */
  private endsText(ref: NameRef, written: string, text: string): boolean {
    return text.endsWith(written) && ref.span.end === this.src.lineAt(Math.max(0, text.length - 1));
  }

  /**
   * A list that runs to the end of the text (or is cut by an open parenthesis) is incomplete;
   * so is one whose unread rest is an entry cut by the excerpt ("… ; M. Florent PONSOT a donné pou").
   */
  private reachedEnd(end: number, to: number): boolean {
    const text = this.excerptText();
    if (to < text.length) return false;
    const rest = this.src.norm.slice(end, Math.min(to, text.length)).trim();
    return rest.length === 0 || (rest.length < 120 && !/[.!?)»]$/.test(rest) && !/\n[ \t]*\n/.test(rest));
  }

  /**
   * A line that repeats one of the document's first lines (its title), case and accents aside; only lines
   * above `before` (the list's heading) count as the title. Called for the few lines beside a page number.
   * (or the title the first page wraps over two lines, on one line in the running header: "COMMUNAUTÉ D'AGGLOMÉRATION" /
   * "DU BASSIN DE X" above, "Communauté d'agglomération du Bassin de X" on the next page)
   */
  private isTitleLine(line: string, before: number): boolean {
    const key = collapseSpaces(foldText(line)).trim();
    if (key.length < 8 || /[,;:]/.test(key)) return false;
    const head = this.src.fold.slice(0, Math.min(1200, before)).split('\n').slice(0, 12).map((l) => collapseSpaces(l).trim());
    return head.some((l, i) => l === key || (i > 0 && l !== '' && head[i - 1] !== '' && `${head[i - 1]} ${l}` === key));
  }

  /**
   * A page's running header glued inside a one-paragraph list (document-site
   * transcriptions lose the line breaks): "…, GINESTET Pascal (X), 2 Compte
   * rendu du conseil communautaire 9 février 2021 JULIEN Marie-Pierre (X), …".
   * A page number then words that the document's first lines also hold (its
   * title), up to a date, are blanked (offsets kept).
   */
  private blankInlineHeaders(content: string): string {
    // a page number between two entries, the comma lost ("Mme GAUTHERON Régine 2 M. GEOFFROY Jean-Louis"): a gap
    if (/\p{L}[ \t]+\d{1,3}[ \t]+(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)[ \t]/u.test(content)) {
      content = content.replace(/(?<=\p{L}[ \t]+)\d{1,3}(?=[ \t]+(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)[ \t]+\p{Lu})/gu, (n) => ' '.repeat(n.length));
    }
    // (a running title: words the document's first 800 characters hold too, case, accents and spaces aside)
    let head: string | null = null;
    const inTitle = (words: string) => (head ??= collapseSpaces(this.src.fold.slice(0, 800))).includes(collapseSpaces(foldText(words)).trim());
    // a page marker and the running title up to its date ("…, Josette X, p. 2/16 Procès-verbal du conseil municipal du
    // 12/10/2016 Thierry Y, …"): blanked when the document's first lines hold the same title
    if (/[,;]\s*(?:p\.\s*)?\d{1,3}\s*\/\s*\d{1,3}\s+\p{Lu}/u.test(content)) {
      content = content.replace(/(?<=[,;]\s*)((?:p\.\s*)?\d{1,3}\s*\/\s*\d{1,3}\s+(\p{Lu}[^,;:()]{5,90}?\s\d{1,2}\/\d{1,2}\/\d{2,4}))\s+(?=\p{Lu})/gu, (m, all: string, words: string) =>
        inTitle(words) ? ' '.repeat(all.length) + m.slice(all.length) : m,
      );
    }
    if (!/[,;]\s*\d{1,3}\s+\p{Lu}/u.test(content)) return content;
    // a page number alone before the next entry ("…, MM. F. FALGUIERE (…), 2 J.-L. GANDILHON (…)")
    // (or before a civility and a « Prénom NOM »: "…, Mme Aline X, 2 M. Olivier Y (Commune), …")
    content = content.replace(/(?<=[,;][ \t]*)\d{1,3}(?=[ \t]+(?:(?:MM?\.|Mmes?|Mr\.?|Mlle|Melle)[ \t]+)?(?:\p{Lu}\.(?:-\p{Lu}\.)?[ \t]+)?\p{Lu}{2,}[\p{Lu}'’-]*[ \t]+(?:\p{Lu}|\())/gu, (n) => ' '.repeat(n.length));
    content = content.replace(/(?<=[,;][ \t]*)\d{1,3}(?=[ \t]+(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \t]*[,;(.]|[ \t]+\p{Lu}{2,}))/gu, (n) => ' '.repeat(n.length));
    // (… or before a « Prénom NOM » entry: "…, Josiane OZOUF, 4 Pascal PAYEN, …")
    content = content.replace(/(?<=[,;][ \t]*)\d{1,3}(?=[ \t]+\p{Lu}\p{Ll}+(?:-[ \t]?\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \t]*[,;.]|[ \t]+et[ \t]|[ \t]*$))/gmu, (n) => ' '.repeat(n.length));
    // (the title may end with its kind after a dash, "2 Conseil de Communauté du 27 juin 2016 – Procès-verbal Mme X, …")
    return content.replace(/(?<=[,;]\s*)(\d{1,3}\s+(\p{Lu}[^,;:()\d]{14,90}?)(?:\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|\s+\d{1,2}\/\d{1,2}\/\d{2,4})?(?:\s+[–—-]\s+\p{Lu}[\p{L}-]{2,30})?)\s+(?=\p{Lu}{2}|(?:M\.|Mme|Mlle|Monsieur|Madame)\s)/gu, (m, all: string, words: string) =>
      inTitle(words) ? ' '.repeat(all.length) + m.slice(all.length) : m,
    );
  }

  /** Reads one section's list; returns the offset where the list stops. */
  private readList(h: Heading, kind: SectionKind, contentEnd: number, to: number): number {
    const excusedHeading = /excus/.test(h.text) && !/non[\s-]+excus/.test(h.text);
    // a heading that opens a bracket ("4 excusés (Mmes et MM. A, B)"): the list ends with the bracket
    if (h.text.endsWith('(')) {
      const close = this.src.norm.indexOf(')', h.end);
      if (close > h.end && close < contentEnd) contentEnd = close;
    }
    // a list never runs into a paragraph of prose: the content stops before the first one
    // (bounds the work on long documents where the last heading's content is the rest of the text)
    contentEnd = h.end + proseParagraphAt(this.src.norm, h.end, contentEnd);
    // nor into the one-seat communes' rows after the last commune's lists ("CUQUEILLES : M. X, présent"): read apart
    contentEnd = this.cutAtSeatRows(h.end, contentEnd);
    // nor into a paragraph designating an officer ("…" / "" / "Mme X, benjamine de l'assemblée, est désignée secrétaire de
    // séance.")
    const designation = /\n[ \t]*\n[ \t]*((?:M\.|Mme|Mlle|Monsieur|Madame)\s[^.\n]{2,100}?,?\s(?:est|a\s+été)\s+(?:désignée?|élue?|nommée?|invitée?|chargée?)\b)/.exec(this.src.norm.slice(h.end, contentEnd));
    if (designation) contentEnd = h.end + designation.index + designation[0].indexOf(designation[1]!);
    // (or on the next line, the one who keeps the minutes: "Mme X, secrétaire administrative du syndicat, tient le procès-verbal.")
    const keeper = /\n[ \t]*((?:M\.|Mme|Mlle|Monsieur|Madame)\s[^.\n]{2,100}?,?\s(?:tient|assure|r[ée]dige)\s+(?:le\s+)?(?:proc[èe]s[- ]verbal|secr[ée]tariat)\b)/.exec(this.src.norm.slice(h.end, contentEnd));
    if (keeper) contentEnd = h.end + keeper.index + keeper[0].indexOf(keeper[1]!);
    // nor, after a blank line, into the line that sums the lists up in figures ("" / "soit : 27 conseillers en exercice,
    // 22 présents, 3 pouvoirs, 25 votants."): the counts are read as counts, the last name before it stays whole
    const recap = /\n[ \t]*\n[ \t]*(?:(?:soit|total|au\s+total)\s*:?\s*\d|\d{1,3}\s+(?:conseill|membres|délégués|présents|votants))/i.exec(this.src.norm.slice(h.end, contentEnd));
    if (recap) contentEnd = h.end + recap.index;
    // nor, in a flattened page, into the next item after the last name ("…, Valérie X. 1 – BUDGET PRIMITIF …")
    contentEnd = h.end + nextItemAt(this.src.norm.slice(h.end, contentEnd));
    // nor past a line saying what the members listed make ("DOUMENJOU Claudine" / "formant la majorité des membres en exercice.")
    // (or run on after the last name in one paragraph: "… Mmes A et B formant la majorité des membres en exercice.")
    const forming = /(?<!\p{L})(?:formant|constituant)\s+(?:ainsi\s+)?la\s+majorit[ée]/iu.exec(this.src.norm.slice(h.end, contentEnd));
    if (forming) contentEnd = h.end + forming.index;
    // nor, for the members present, into a paragraph of proxy sentences after the list's full stop
    // ("… et M. Z.\n\nMme A et M. B avaient donné procuration à M. C ; …")
    // (the block still runs over that paragraph: its proxies are read as sentences, the lists after it are the block's)
    let proxyParagraphEnd = 0;
    if (kind === 'present') {
      const cut = h.end + proxyParagraphAt(this.src.fold, h.end, contentEnd);
      if (cut < contentEnd) proxyParagraphEnd = endOfProxyLines(this.src.fold, cut, to);
      contentEnd = cut;
    }
    let content = this.src.norm.slice(h.end, contentEnd);
    // a table « NOM / Prénom / Qualité » extracted one cell per line, its empty cells gone: one entry a row
    if (/^\s*(?:NOM|Nom)[ \t]*\n[ \t]*(?:Pr[ée]nom|PR[ÉE]NOM)[ \t]*\n/.test(content)) content = joinCellPerLineRows(content);
    // a table of proxies read column by column: "Mandant" / givers … / "Mandataire" / holders …
    if (kind !== 'present' && GIVER_COLUMN_TITLE.test(content)) {
      const end = this.readProxyColumns(h, content, to);
      if (end > h.end) return end;
    }
    // a two-column table of proxies read one cell per line: "Délégué absent" / "A donné pouvoir à" / giver / holder / …
    if (kind !== 'present' && HOLDER_COLUMN_TITLE.test(content)) {
      const end = this.readStackedProxyPairs(h, content, kind, to);
      if (end > h.end) return end;
    }
    // a proxy table saved as text, one TAB on each side of the relation ("BOUTONNET Fabrice<TAB>à<TAB>LACOMBE Véronique",
    // "X<TAB>pouvoir à<TAB>Y"): one entry "X à Y" (the TABs become spaces, offsets kept)
    if (content.includes('\t')) content = content.replace(/(?<=\S)\t(à|au|pouvoir\s+(?:donn[ée]\s+)?à|procuration\s+(?:donn[ée]e\s+)?à|repr[ée]sent[ée]e?\s+par)\t(?=\S)/gi, ' $1 ');
    // (or runs of spaces, a table aligned with spaces: "FENOUILLET Roger (Lacapelle)        à   BOUISSET Gérard"; the runs become
    // no-break spaces but one, which no separator matches, offsets kept)
    if (kind === 'proxies' && /\S {2,}(?:à|au) {2,}\S/.test(content)) content = content.replace(/(?<=\S)( {2,})(à|au)( {2,})(?=\S)/g, (_m, a: string, rel: string, b: string) => '\u00A0'.repeat(a.length - 1) + ' ' + rel + ' ' + '\u00A0'.repeat(b.length - 1));
    // a legend's mark after a name ("JANNIN Fabienne*" under "Présents (* : à distance) :"): no part of it (offsets kept)
    if (content.includes('*')) content = content.replace(/(?<=[\p{L}.)])\*{1,3}(?=[ \t,;.]|\n|$)/gu, (m) => ' '.repeat(m.length));
    // a college's title on its own line inside the list ("Au titre du Département :", "Au titre des communes et des EPCI :")
    if (/au\s+titre\s+d/i.test(content)) content = content.replace(/^([ \t]*)(au\s+titre\s+d[^\n:]{2,100}:)[ \t]*$/gim, (_m, ws: string, label: string) => ws + ' '.repeat(label.length));
    // a member body's heading with its seats on a line of its own ("CA du Grand Arnac (12 délégués)"): no entry (offsets kept)
    if (content.includes('(') && /\(\s*\d{1,3}\s+(?:d[ée]l[ée]gu|membres|si[èe]ges|conseill|[ée]lu)/i.test(content)) content = content.replace(/^[ \t]*[^\n():,;]{2,80}\(\s*\d{1,3}\s+(?:d[ée]l[ée]gu[ée]s?|membres|si[èe]ges|conseill(?:er|ère)s?|[ée]lu(?:e|s|es)?)(?:\s+titulaires)?\s*\)[ \t]*$/gim, (m) => ' '.repeat(m.length));
    // (or an electoral list's or a group's label on a line of its own: "Liste « Pont-Saint-Léger, l'avenir ensemble » (27 sièges) :")
    if (/(?:^|\n)[ \t]*(?:[Ll]iste|[Gg]roupe)\b/.test(content)) content = content.replace(/^[ \t]*(?:[Ll]iste|[Gg]roupe)[ \t]+(?:«[^»\n]{2,80}»|[^:\n]{2,80}?)[ \t]*(?:\([^()\n]{2,40}\))?[ \t]*:[ \t]*$/gm, (m) => ' '.repeat(m.length));
    // (or "Collège des EPCI (6 délégués)")
    if (/coll[èe]ge/i.test(content)) content = content.replace(COLLEGE_LINE, (m) => m.replace(/\S/g, ' '));
    // (or each college's label before its members, the colleges apart by semicolons in one paragraph: "Collège Vézère-Haute :
    // Alain X, Rose Y ; Collège du Plateau : Guy Z, …"; twice at least)
    if (/Coll[èe]ge/.test(content) && (content.match(COLLEGE_LABEL_RUN)?.length ?? 0) >= 2) content = content.replace(COLLEGE_LABEL_RUN, (m) => ' '.repeat(m.length));
    // a page number printed twice by a transcription, inline between two names ("… Véronique X 4 4 Jean-Michel Y, …"): blanked
    // (the gap left parts the names)
    if (/\d[ \t]+\d/.test(content)) content = content.replace(/(?<=\p{L})[ \t]+(\d{1,3})[ \t]+\1(?=[ \t]+\p{Lu})/gu, (m) => ' '.repeat(m.length));
    // (or once, between the list's closing full stop and the next heading: "… à Geneviève X. 4 Absents excusés : …")
    if (/\.[ \t]+\d{1,3}[ \t]*$/.test(content)) content = content.replace(/(?<=[\p{L})]\.[ \t]+)\d{1,3}(?=[ \t]*$)/u, (n) => ' '.repeat(n.length));
    // a role after a dash on each side of a proxy, "Yolande X – conseillère à Gilles Y – conseiller (ensemble de la séance)"
    // (Luxembourg): the roles blanked, the pair read
    if (kind !== 'present' && /[–—]/.test(content) && /\sà\s/.test(content)) content = content.replace(DASH_ROLE_IN_PAIR, (m) => ' '.repeat(m.length));
    // a member body in a TAB column after the delegate ("\tVIOLETTE Paul\tCA du Grand Sorbier"): no name (blanked, offsets kept)
    if (content.includes('\t')) content = content.replace(/(?<=\S\t+)(?:CA|CC|CU|CAPE|CAPI|Communauté|Commune(?![ \t]*(?:\t|\n|$))|Ville|Mairie|Métropole|Syndicat|SIVOM|SIVU|SIAEP|SDE|SMICTOM|SICTOM)\b[^\t\n]*/g, (m) => ' '.repeat(m.length));
    // (or a councillor's canton, after the member's office or alone: "M. Luc X<TAB>canton du Plateau-Vert", "Mme Y<TAB>Présidente,
    // canton de Z"; the office stays the member's)
    if (content.includes('\t') && /\t[^\t\n]{0,40}[Cc]anton\s/.test(content)) content = content.replace(/(?<=\S\t+(?:[^\t\n,]{1,40})?)(?:,[ \t]*)?[Cc]anton[ \t]+(?:de[ \t]+(?:la[ \t]+|l['’])?|du[ \t]+|des[ \t]+|d['’])[^\t\n]*/g, (m) => ' '.repeat(m.length));
    // a Québec maire's style ("Son Honneur le maire, Monsieur X"): no part of a name (offsets kept)
    // "… et les conseillers et conseillères Réjean X (siège no 1), …": the addressees before the names, no entry (offsets kept)
    if (/conseill(?:ers|ères)\s+et\s+conseill/i.test(content)) content = content.replace(/\b(?:les\s+)?conseill(?:ers|ères)\s+et\s+conseill(?:ères|ers)(?=\s+\p{Lu})/giu, (m) => ' '.repeat(m.length));
    // (also in lower case inside a typed register's sentence: "sont présents : son honneur le maire X et les conseillers …")
    if (/honneur/i.test(content)) content = content.replace(/\b[Ss]on\s+[Hh]onneur\s+(?=(?:le|la)\s+(?:[Mm]aire|[Mm]airesse|[Pp]r[ée]f[eè]te?)\b)/g, (m) => ' '.repeat(m.length));
    // a typed register's members by office and surname only ("le maire Bélanger; les conseillers Ménard, Boisvert et Plante",
    // "ABSENT : le conseiller Riendeau"): the office read as the civility it stands for ("M.", "MM.", "Mme"; offsets kept), so
    // that each surname is a member as after a civility (the maire's office kept as his role below)
    if (/\b(?:le|la|les)[ \t]+(?:maire|conseill)/.test(content)) content = content.replace(OFFICE_SURNAME, (m, office: string) => OFFICE_CIVILITY[office.replace(/[ \t]+/g, ' ')]!.padStart(m.length));
    // a Québec seat's label with the district's name, dotted leaders to its member ("District 4 – Du Vieux-Moulin ........ Mme
    // X", the mayor's "Mairie ........ M. Y, maire"): blanked (offsets kept), before the dash below would read the district's name
    if (/\.{2,}|…/.test(content)) content = content.replace(SEAT_LEADERS, (m) => ' '.repeat(m.length));
    // a Québec seat's label before its member after a dash, "Siège no 2 – M. X", "District 4 - Mme Y": read as the label's
    // colon ("Siège no 2 : M. X"; offsets kept)
    if (/(?:^|\n)[ \t]*(?:Si[èe]ge|District|Quartier)\b/i.test(content)) content = content.replace(SEAT_LABEL_DASH, '$1:');
    // a note wrapped inside the left column of two ("Gilles PASQUER (arrivé à 20 h 25,      Laurence VÉRON" / "avant le
    // vote du point 3)"): blanked (offsets kept), so that the right column's name is no part of it
    if (content.includes('(')) content = blankWrappedColumnNotes(content);
    // a left cell's surname cut at its hyphen ("Mme Nathalie DURAND-      M. Paul ROCHE" / "MARTEL"): whole again, offsets kept
    if (/\p{Lu}-[ \t]{4,}\S/u.test(content)) content = joinCutLeftCells(content);
    // a right cell's compound given name cut at its hyphen ("BOUTET Alain      RIVAULT Marie-" / "GIRET Stéphane      Laure"):
    // whole again
    if (/\p{Ll}-[ \t]*\n/u.test(content)) content = joinCutRightCells(content);
    // a surname a pdf.js extraction split between two lines without a hyphen ("…, M. Guillaume GIRAU" / "DEAU, Mme …"): one word
    if (/\p{Lu}{2}\n\p{Lu}{2}/u.test(content)) content = joinSplitSurnames(content);
    // an outline's letter opening the next line ("   d) Procurations (2) : …"): no part of the last entry (offsets kept)
    // (or the outline's number of the next part: "II. OBJET : …")
    content = content.replace(/(\n[ \t]*)([a-h]\)|[IVX]{1,5}[.)]|\d{1,2}[.)])([ \t]*)$/, (_m, a: string, b: string, c: string) => a + ' '.repeat(b.length) + c);
    // "Excusés : 5 – Mmes et MM. A, B": a count, then the list
    // (or "Présents : 23 membres, soit Mmes et MM. X, …", "Présents : 42 membres sur 45, à savoir Mmes et MM. :")
    // (or a count in brackets before the names: "Pouvoirs : (5) Jean-Luc X à …", "Absents excusés : (15) Laurent Y, …")
    // (or those present of the seats, the names on the next lines: "Sont présents : 9 des 9 membres du conseil")
    const counted = /^(\s*(?:\(\d{1,3}\)(?=\s)|\d{1,3}\s+des\s+\d{1,3}\s+(?:membres|conseill\S*|délégué\S*|élu\S*)(?:\s+(?:du|de\s+la)\s+(?:conseil|commission|comité)(?:\s+(?:municipal|des\s+maires))?)?\s*:?(?=[ \t]*\n)|\(?\d{1,3}\)?\s*(?:[-–—:]|(?:membres|conseill\S*|délégué\S*|élu\S*)(?:\s+sur\s+\d{1,3})?\s*,?\s*(?:soit|à\s+savoir|savoir)\s*(?:(?:Mmes|Mesdames)\s+et\s+(?:MM\.|Messieurs)\s*)?:?))\s*)(?=(?:M\.|MM\.|Mme|Mmes|Mlle|Melle|Mr\.?|Monsieur|Madame|Messieurs|Mesdames)\s|[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?\s+[A-ZÀ-Þ]{2})/.exec(content);
    if (counted) content = ' '.repeat(counted[1]!.length) + content.slice(counted[1]!.length);
    // (or the members counted in words in a sentence closed by « savoir : », the names on the lines below: "Présents : les
    // vingt-trois conseillers communaux élus le 10 octobre 1976, savoir :" — blanked, offsets kept)
    const announced = kind === 'present' ? /^\s*les\s+[^:\n]{0,40}?\b(?:membres|conseill\S*|délégué\S*|élu\S*)\b[^:\n]{0,80}?,?\s*(?:à\s+)?savoir\s*:[ \t]*(?=\n)/i.exec(content) : null;
    if (announced) content = ' '.repeat(announced[0].length) + content.slice(announced[0].length);
    // a count ("Présents : 19"), not a list ("Présents : 1. DUPONT Jean")
    // (also an OCR'd number: "Pouvoirs : O5")
    // (nor the numbers of a list whose names come after them: "Conseillers présents : 1. 2. 3. … Sylvie X Bernard Y")
    const isNumber = (t: string) => /^\s*\(?\d{1,3}\)?(?!\s*[.)]\s*(?:[A-ZÀ-Þ]|\d{1,2}\s*[.)]))(?:\s|$|[.,;])/.test(t);
    // (not the first letter of a name after a count read above: "Absents excusés : (11) Odette X, …")
    // (its letter may come after a digit: "Nombre de pouvoirs : 1l", "présents : 3l")
    const ocrNumber = () => !counted && /^\s*\(?\d?[OolI]/.test(content) && isNumber(normDigits(this.src.norm).slice(h.end, h.end + 12));
    // (a numbered line naming members, "01 – Canton de X : Mme A et M. B", is a list)
    const numberedMembers = /^\s*\d{1,3}\s*[-–—.)][^\n]*(?:M\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s/.test(content);
    if ((isNumber(content) || ocrNumber()) && !numberedMembers && kind !== 'unattributed') return h.end;
    if (/^\s*[-–—]\s*(?:\n|$)/.test(content) || /^\s*(?:n[ée]ant|aucun(?:e)?|personne|0)\s*[.;]?\s*(?:\n|$)/i.test(content)) {
      if (kind === 'present') this.out.present = this.out.present ?? [];
      this.out.sections.push(this.section(kind, h, contentEnd, to));
      return h.end + content.search(/\S/) + 1;
    }
    // (unless names follow: "Présents : les conseillers M. Réjean X, Mme Lise Y …" is the list, its role before it)
    // (or a sub-heading, its colon, then the names: "Présents :" / "Les Conseillers Municipaux suivants :" / "- A,- B")
    if (kind === 'present' && /^\s*(?:tous\s+les|l'ensemble\s+des|les)\s+(?:membres|conseillers|élus|délégués)/i.test(content) && !/^\s*les\s+(?:membres|conseillers|élus|délégués)(?:\s+(?:municipaux|communautaires|suivants))?\s*,?\s*(?:M\.|MM\.|Mmes?|Monsieur|Madame|[Mm]essieurs|[Mm]esdames)\s+\p{Lu}/u.test(content) && !/^\s*les\s+(?:membres|conseillers|élus|délégués)(?:\s+(?:municipaux|communautaires|suivants))*\s*:[ \t]*\n/i.test(content)) {
      this.out.all_present_unnamed = /^\s*(?:tous|l'ensemble)/i.test(content);
      return h.end;
    }
    // a sub-heading after the heading: "Mesdames et Messieurs les Conseillers Municipaux :"
    let skip = 0;
    // (or on a line of its own ending with a comma: "Mesdames, Messieurs les Conseillers," then "- Josette RABILLER,- …")
    // (or the body the list is of, in a joint session: "Pour le conseil communal :")
    // (not across a wide gap: "MM. X, Y, Z,        OBJET :" is the list, a margin's heading glued after it)
    const sub = /^\s*(?:(?:mesdames|messieurs|mm\.?|mmes)\b(?:(?! {4})[^:\n]){0,60}|(?:les\s+)?(?:conseill\w+|membres|délégués|élus)\b[^:\n]{0,50}|pour\s+(?:le|la)\s+(?:conseil|commune|ville)\b[^:\n]{0,40})(?::|(?<=\b(?:conseill\w+|membres|délégués|élus)),[ \t]*(?=\n))/i.exec(content);
    if (sub && !/[A-ZÀ-Þ]{2,}[a-zß-ÿ]*\s+[A-ZÀ-Þ]{2,}/.test(sub[0].replace(/^\s*(?:MM|MMES)\b/i, ''))) skip = sub[0].length;
    // (or on a line of its own after the first entry: "Étaient présents : Monsieur X, Maire," / "" / "Mesdames et Messieurs les
    // Conseillers Municipaux :" / "- A,- B"; blanked, offsets kept)
    if (skip === 0 && /\n[ \t]*(?:mesdames|messieurs)\b/i.test(content)) content = content.replace(/(?<=\n)[ \t]*(?:mesdames|messieurs)\b[^:\n]{0,40}\b(?:conseill\w+|membres|d[ée]l[ée]gu[ée]s|[ée]lus)\b[^:\n]{0,30}:[ \t]*(?=\n)/gi, (m) => ' '.repeat(m.length));
    // (page furniture first: a margin note must not take the page number of a footer line, "… du 10/12/2015      p. 1/2")
    const unblanked = content;
    content = blankMarginNotes(this.blankInlineHeaders(blankPageFurniture(content, (line) => this.isTitleLine(line, h.start))));
    // a page break blanked inside an entry or after a comma ("…, Mme MONNIER" / footer, rule, running header / "Annick (…), M. …"):
    // the list reads on across it (its line breaks become spaces but the last: offsets kept)
    if (content !== unblanked) content = joinAcrossBlankedBreaks(content, unblanked);
    // a transcribed page's break inside an entry list: the next page opens with its number twice ("… M. Serge X -" /
    // "" / "4 4 Mme Brigitte Y - …"): the list reads on (the numbers blanked, line breaks kept as spaces but the last)
    if (/\n[ \t]*\n\d{1,3}[ \t]+\d{1,3}[ \t]+(?:M\.|Mme|MM\.|Monsieur|Madame)\s/.test(content)) {
      content = content.replace(/(?<=[,;\-–—][ \t]*)\n([ \t]*)\n(\d{1,3}[ \t]+\d{1,3}[ \t]+)(?=(?:M\.|Mme|MM\.|Monsieur|Madame)\s)/g, (_m, ws: string, nums: string) => ' ' + ws + '\n' + ' '.repeat(nums.length));
    }
    this.labelRoles = this.rolesOfLineLabels(content, h.end);
    content = unbracketCommuneGroups(content);
    if (kind !== 'proxies') content = blankCommuneLabels(content);
    content = typedDoubleSpaces(blankGroupLabels(blankRightColumn(blankCountRows(blankCountLines(blankTitledColumns(' '.repeat(skip) + content.slice(skip)))))));
    if (content.includes('.')) content = blankRoleAbbreviationStops(content);
    // an empty line after a dangling word ("… par Mme" / "COLOMBO Annick"; OCR and page breaks) does not end the entry
    // (the two line breaks become spaces: the entry reads on, offsets kept)
    content = content.replace(/(\b(?:M\.|MM\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame|par|à|au|de)[ \t]*)\n([ \t]*)\n/g, (_m, a: string, ws: string) => `${a} ${ws}\n`);
    content = this.blankOtherColumn(content, h);
    if (content.includes('|') && (/^[ \t]*\|.*\|[ \t]*$/m.test(content) || innerPipeRows(content))) {
      const end = this.readPipeTable(content, h.end, kind);
      if (end > h.end) {
        this.out.sections.push(this.section(kind, h, end, to));
        if (kind === 'present' && this.out.present === null) this.out.present = [];
        return end;
      }
    }
    // (a member's political group after the office: "conseiller municipal – groupe « Authie citoyenne »")
    if (content.includes('groupe')) content = content.replace(/[ \t]*[–—-][ \t]*groupe[ \t]+«[^»\n]{1,80}»/g, (m) => ' '.repeat(m.length));
    // (or its title before its members: "Groupe « Union républicaine » : Jacques X, …")
    if (content.includes('roupe')) content = content.replace(/(?<=^|[;\n])[ \t]*[Gg]roupe[ \t]+«[^»\n]{1,80}»[ \t]*:/g, (m) => ' '.repeat(m.length));
    // (the list each member was elected on, after a dash: "SALLES Didier — liste « Lacaze, un avenir commun »", offsets kept)
    if (content.includes('iste')) content = content.replace(LIST_OF_ORIGIN, (m) => ' '.repeat(m.length));
    content = content.replace(/[»«¦]|(?<=\s)\|(?=\s)/g, ' '); // stray marks of a scan or a flattened table
    // (… and a scan's marks ending a line after a gap, "… (Fontrieu-Haut) ;   ¦ '": no part of the next entry)
    if (/ {3}[|'‘’`~^¦]/.test(content)) content = content.replace(/(?<= {3,})[|'‘’`~^¦]{1,3}(?:[ \t]+[|'‘’`~^¦]{1,3})*[ \t]*$/gm, (m) => ' '.repeat(m.length));
    // ("… assiste sans voix" / "délibérative": the words read on across the line break, offsets kept)
    if (/sans\s+voix\s*\n/i.test(content)) content = content.replace(/(sans[ \t]+voix[ \t]*)\n(?=[ \t]*d[ée]lib[ée]rative)/gi, '$1 ');
    // (a bullet OCR reads as a letter before a civility opening the line: "e Mme Nicole X", "o M. Serge Y")
    if (/\n[ \t]*[eoc¢©][ \t]+(?:M\.|Mme)/.test(content)) content = content.replace(/(?<=^|\n)([ \t]*)[eoc¢©](?=[ \t]+(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s)/g, '$1 ');
    // (or before a name without civility, "e Muriel X" / "e DUPRAT Anne", when two lines or more of the list open so)
    if (/\n[ \t]*[eoc¢©][ \t]+\p{Lu}/u.test(content)) content = blankLetterBullets(content);
    // (or a roll call's box before each name, ticked "X", "[x]", "><" or left empty "☐": see blankRollCallBoxes)
    if (kind === 'present' && /\n[ \t]*(?:[xX✓✔☒☑☐□]|\[[xX ]?\]|><)[ \t]/.test(content)) content = blankRollCallBoxes(content);
    content = blankTrailingPlaceHeading(content, this.src.norm.slice(contentEnd, contentEnd + 40));
    content = unwrapCommuneGroups(blankCommuneColumn(blankCommunesAfterDash(blankDutchRoles(blankPlaceHeadings(blankVoixCells(content))), this.communes)));
    content = blankCommunesAfterSurname(content);
    content = separateStateTails(content);
    if (kind === 'proxies' && content.includes('\t')) content = tabbedProxyRows(content);
    // a table headed by its columns' titles, the commune's first ("COMMUNES            DELEGUES PRESENTS"): each row's first
    // cell, up to the TAB or the run of spaces, is the commune (blanked, offsets kept), the rules under the titles too
    if (/^(?:communes?|collectivites?|membres?|adherents?)(?:\t|  )/.test(h.text)) content = blankFirstCells(content);
    // (in a proxy list what follows the leaders is the holder)
    if (kind !== 'proxies') content = blankLeaderTails(content);
    // (in a proxy list, a line saying that someone gave none names no pair: "M. Tom X / Conseiller, excusé, n'a pas
    // donné de procuration.")
    else if (/n['’]\s?(?:a|ont|avait|avaient)\s+pas\s+donn/i.test(content)) content = content.replace(/(?<=^|\n)[^\n]*\bn['’]\s?(?:a|ont|avait|avaient)\s+pas\s+donn[ée]e?s?\s+(?:de\s+|d['’]\s?)?(?:pouvoir|procuration|mandat|délégation)[^\n]*/gi, (line) => ' '.repeat(line.length));
    // (a pair's scope after its comma, ", jusqu'à son arrivée": no piece of its own, offsets kept)
    if (kind === 'proxies' && /jusqu/i.test(content)) content = content.replace(/,[ \t]*jusqu['’][ \t]?(?:à|au)[ \t]+(?:son|sa|leur)[ \t]+(?:arriv[ée]e|d[ée]part)(?=[ \t]*(?:\n|;|$))/gi, (m) => ' '.repeat(m.length));
    // (the pairs read there end the list no earlier than the last one: a page break may sit between them)
    let pairsEnd = h.end;
    if (kind === 'proxies') ({ content, end: pairsEnd } = this.readProxyPairs(content, h));
    // (a table of the members by the body they sit for, its header naming its columns: only the members' column read)
    if (kind !== 'proxies' && content.includes('\t')) content = memberColumnOnly(content);
    // a table's header row under the heading ("Municipalité<TAB>Représentant(e)"): no entry
    content = content.replace(/^(\s*\n)?([^\n]*\t[^\n]*)(?=\n)/, (m, lead: string | undefined, row: string) => (TABLE_HEADER_ROW.test(foldText(row.replace(/\t+/g, ' '))) ? (lead ?? '') + ' '.repeat(row.length) : m));
    // a member commune's label before its delegate, at the line's start or after a column's gap ("Aubrelongue : M. Gaston X,
    // Président    Les Fages-Hautes : Mme Nicole Y"): blanked (offsets kept), the names read as the list; not a role's label
    // ("Maire : M. X", read with the roles) nor another heading's ("Secrétaire de séance : Mme Y")
    if (kind !== 'proxies' && content.includes(':')) content = content.replace(PLACE_LABEL, (m, lead: string, label: string) => (isRoleOnly(label.replace(/[ \t]*:[ \t]*$/, '')) || STAFF_ROLE_RE.test(foldText(label)) ? m : lead + ' '.repeat(label.length)));
    // a member body represented by its head, one per line (Québec MRC): "La Municipalité de X, représentée par M. Y, maire;" —
    // the body blanked (offsets kept), the member read; its « représentée par » names the one sitting, no proxy
    if (kind === 'present' && /repr[ée]sent/.test(content)) content = content.replace(BODY_REPRESENTED_BY, (m) => ' '.repeat(m.length));
    // a group named by its office, its members in brackets after it ("les deux adjoints (Mme X, M. Y)"): the office and the
    // brackets blanked (offsets kept), the members read as the list's entries
    if (content.includes('(')) content = content.replace(OFFICE_GROUP_NAMED, (_m, office: string, names: string) => ' '.repeat(office.length) + names + ' ');
    let stop = contentEnd;
    let pendingRole: string | null = null;
    let lastPeople: NameRef[] = [];
    let count = 0;
    /** Communes' cells read so far before their delegates after a TAB ("Auradou-Ville<TAB>Mme X, M. Y"). */
    let communeCells = 0;
    // in a proxy list, "M. X\nPrénom (Commune) par Mme\nY" is one entry: its relation comes after the line break
    const oneEntry = (p: Piece) => {
      if (kind !== 'proxies' || !p.text.includes('\n')) return false;
      const firstLine = p.text.slice(0, p.text.indexOf('\n'));
      return firstLine.trim() !== '' && !RELATION_WORD.test(firstLine) && RELATION_WORD.test(p.text);
    };
    const pieces: Piece[] = repairEarlyCommas(splitPieces(content, h.end).flatMap((p) => (oneEntry(p) ? [p] : resolveLineBreaks(p, this.order))), this.order);
    // (three entries or more written "civility + one word in small letters": the list's surnames are written so)
    // (or one or two in a later list of a document whose earlier list was written so: "Absents : MM. Devillers, Lenglet")
    const civilityCount = content.match(CIVILITY_SURNAMES_G)?.length ?? 0;
    // (or a plural civility before a run of such words: "MM. Berthier, Marchand, Thiébaut, Mmes Gauthier et Didier")
    const pluralRun = civilityCount >= 1 && /(?:^|[,;:])\s*(?:MM\.|Mmes|Messieurs|Mesdames)\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*,\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:,|\bet\b)/u.test(content);
    // (or a plural civility whose run holds two such words in a row after names written surname first: "MM. Roux Émile, maire,
    // Roux Joseph, Bessou, Carles" — a register's members, a surname alone where no given name tells them apart)
    const pluralBareRun = !pluralRun && PLURAL_CIVILITY_BARE_RUN.test(content);
    const civilitySurnames = civilityCount >= 3 || pluralRun || pluralBareRun || (this.civilitySurnames && civilityCount >= 1);
    if (civilitySurnames) this.civilitySurnames = true;
    let pluralCivility = false;
    /** Pieces read as the description of the entry before them (an acronym in "urbanisme et ADS"). */
    const described = new Set<number>();
    for (const [i, piece] of pieces.entries()) {
      if (described.has(i)) continue;
      // after a sentence end the list goes on only if the whole next sentence is names
      if (piece.sep === '.' && count > 0 && this.sentenceIsProse(pieces, i, kind)) {
        stop = piece.start;
        break;
      }
      // a group label before the names ("CAPV : Philippe FEUGERE")
      // a group label before the names ("CAPV : …", "Conseillers communautaires : …")
      let text = piece.text.replace(MASK_RE, ' ');
      // (each step below tried only when the text holds what its pattern needs: a colon, « que », a line break; none of
      // them adds one)
      if (text.includes(':')) {
        text = text
          // (the label opens on a non-blank: a long blank run before a piece without a colon is not tried split by split)
          .replace(/^(\s*)(?=\S)([^:\n]{2,40}?\s*:\s*)/, (m, a: string, b: string) => (ACRONYM_LABEL.test(b) || isRoleOnly(b.replace(/:\s*$/, '')) ? a + ' '.repeat(b.length) : m))
          // (a member commune's label: "– pour Taimāroa : X (tāvana), …", "– pour la commune associée de Faretai : Y (maire délégué), …")
          .replace(/^(\s*)(pour\s+(?:la\s+(?:commune|ville)(?:\s+(?:associée|déléguée))?\s+(?:de\s+|d['’]\s?)|le\s+|la\s+|les\s+|l['’]\s?)?\p{Lu}[^:\n,;]{1,50}?\s*:\s*)(?=\p{Lu})/u, (_m, a: string, b: string) => a + ' '.repeat(b.length))
          .replace(REMOTE_GROUP_LABEL, (_m, a: string, b: string) => a + ' '.repeat(b.length));
      }
      // (a connector before the next names: "le maire, Monsieur X, ainsi que les conseillers Madame Y, …" — Québec)
      if (text.includes('que')) text = text.replace(/^(\s*)((?:ainsi|de\s+m[êe]me)\s+que\s+(?:(?:les|la|le)\s+conseill(?:ers|ères|er|ère)\s+)?)(?=(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame|Messieurs|Mesdames)\s|\p{Lu}\p{Ll})/u, (_m, a: string, b: string) => a + ' '.repeat(b.length));
      // (a group's label cut at its « et »: "Représentants des communes et des EPCI : M. X", "… de la CAF et de l'UDAF : Mme Y")
      if (text.includes(':')) text = text.replace(/^(\s*)((?:de|des|du|d['’])\s?[^:\n]{1,40}?\s*:\s*)(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)/, (m, a: string, b: string) => (piece.sep.trim() === 'et' ? a + ' '.repeat(b.length) : m));
      // a given name a photographed line broke ("Mme Ma" / "      rie-Claude LIMOUSIN"): the word whole, the line break after it (same length)
      if (text.includes('\n')) text = text.replace(/(?<=(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)(\p{Lu}\p{Ll}{0,3})\n([ \t]*)(\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s+\p{Lu}{2})/u, (_m, a: string, ws: string, b: string) => a + b + '\n' + ws);
      const fold = foldText(text);
      // "Étaient présents : pour Alzac, M. X et Mme Y ; pour Bérigny, …": the commune before its members
      if (/^\s*pour\s+(?:la\s+(?:commune|ville)\s+(?:de\s+|d'\s?))?\p{Lu}[\p{L}'’ -]{1,40}$/u.test(text) && !/\b(?:m|mme|mlle|monsieur|madame)\b/.test(fold)) continue;
      // stray marks from scans or layout ("»", "|") between names
      // (or a connector left alone by the semicolon before it: "…, Maire, en mairie ; et, participant par visioconférence : …")
      // (any piece without a letter or a figure, its notes aside: a stamp's marks over a list line, "- ~'~ |: :(…) ,,")
      if (/^[^\p{L}\p{N}]*$/u.test(text) || isOnlyCivility(text) || /^\s*et\s*$/.test(text)) continue;
      // "Alain X, suppléant sans voix délibérative (Orméval)": a substitute who does not sit, listed among the present: staff
      // "Madame X, conseillère au siège # 6, est absente." run on after a list of the present: that member is absent
      // (said on its line, the next line's names after it: "…, suppléante, assiste sans voix délibérative" / "BERGERON Michel")
      const firstLine = text.includes('\n') ? text.slice(0, text.indexOf('\n')) : text;
      // (not when a proxy follows the state, "HERSENT Gisèle, excusée, a donné pouvoir à …": a giver, read as such below)
      const relationNext = /^[\s,]*(?:repr[ée]sent|pouvoir|procuration|donne|a\s+donn|qui\s+a\s+donn|ayant\s+donn)/i.test(pieces[i + 1]?.text ?? '');
      // (the state alone is the member's when the member's piece said nothing else: in "M. Y, suppléant siégeant en
      // remplacement de M. Z, excusé" it is Z's)
      const bare = !/remplac|suppl|pouvoir|procuration|repr[ée]sent|\bpar\s/i.test(pieces[i - 1]?.text ?? '');
      const notSitting = kind === 'present' && lastPeople.length === 1 && !relationNext ? notSittingState(firstLine, bare) : null;
      if (notSitting && firstLine !== text && text.slice(firstLine.length).trim()) {
        const cut = firstLine.length + 1;
        pieces.splice(i + 1, 0, { ...piece, text: piece.text.slice(cut), start: piece.start + cut, sep: '\n', notes: piece.notes.filter((n) => n.start >= piece.start + cut) });
      }
      if (notSitting) {
        if (this.movePresent(lastPeople[0]!, notSitting)) {
          if (notSitting !== 'staff') this.out.sections.push({ kind: notSitting, heading: text.trim(), span: this.src.span(piece.start, piece.end), complete: true });
          count--;
        }
        lastPeople = [];
        continue;
      }
      // "Mme X, excusée, qui a donné pouvoir à …", "et M. Y, absent.": a state after the name names no one
      // (or "suppléé", "remplacée": the substitute named elsewhere)
      // (its note read as the member's: "M. BAZIN, excusé (pouvoir à M. PIEL)")
      // (or "empêché": "Monsieur X, empêché, a donné pouvoir à Monsieur Y")
      if (lastPeople.length > 0 && /^\s*(?:absente?s?|excus[ée]e?s?|emp[êe]ch[ée]e?s?|suppl[ée][ée]e?s?|remplac[ée]e?s?)(?:\s+(?:et\s+)?(?:absente?s?|excus[ée]e?s?))?\s*[.;]?\s*$/i.test(text)) {
        if (piece.notes.length) this.applyNotes(piece, lastPeople[lastPeople.length - 1]!, h.text);
        // (in the list of the present, a member said excused and giving a proxy is no member present: "Mme X, excusée, a
        // donné pouvoir à Mme Y." in a paragraph after the names)
        const next = pieces[i + 1];
        if (kind === 'present' && lastPeople.length === 1 && piece.sep === ',' && /^\s*(?:absente?s?|excus[ée]e?s?|emp[êe]ch[ée]e?s?|absente?s?\s+excus[ée]e?s?)\s*$/i.test(text) && next?.sep === ',' && GIVES_AFTER_COMMA.test(next.text)) {
          if (this.dropPresent(lastPeople[0]!)) count--;
        }
        continue;
      }
      // "Madame la conseillère X, district no 1 – Du Lac": the district's name after its number (Québec)
      // (on the number's line: a dash opening the next line is the next member's bullet, "…, district no 1" / "– M. Y, …")
      if (i > 0 && /^\s*[-–—]\s*$/.test(piece.sep) && /\b(?:district|quartier|si[èe]ge)\s*(?:no\.?|n°|nº|#)?\s*\d{1,2}\s*$/i.test(pieces[i - 1]!.text) && !/\p{Lu}{2}/u.test(text) && !this.src.norm.slice(pieces[i - 1]!.start + pieces[i - 1]!.text.trimEnd().length, piece.start + piece.text.length - piece.text.trimStart().length).includes('\n')) continue;
      // "M. X (ÉSR) – à distance": the way a member attends
      if (lastPeople.length > 0 && REMOTE_ATTENDANCE.test(text)) continue;
      // in a list whose entries end with semicolons, what follows a name's comma in small letters, up to the semicolon,
      // describes that member ("Mme X, 1re vice-présidente déléguée à l'action sociale, à l'enfance et aux familles ;",
      // "M. Y, Président du Conseil départemental, qui préside la séance ;")
      const inEntry = (p: Piece) => p.sep === ',' || p.sep.trim() === 'et';
      // (not a substitution or a proxy said there: "…, représentée par son suppléant", "…, pouvoir à M. Y", read below; but
      // the body a board's member stands for is a description, "…, représentant l'association des familles")
      if (lastPeople.length > 0 && inEntry(piece) && QUALIFIER.test(text) && !/suppl|rempla|repr[ée]sent(?!ante?s?\s+(?:l['’]|la\s|le\s|les\s|de\s|du\s|des\s|d['’]))|pouvoir|procuration|mandat|d[ée]l[ée]gation/i.test(text) && !NAMES_SOMEONE.test(text) && !isRoleOnly(text.trim()) && !STAFF_ROLE_RE.test(foldText(text)) && parseEntry(text, piece.start, this.order).people.length === 0) {
        // (up to the entry's end: a semicolon, or the end of the line)
        // (every part up to there in small letters too: "…, formant la majorité des membres en exercice, M. X ayant …" is prose)
        let j = i + 1;
        // (an acronym joined by "et" goes on the description: "…, 4e vice-présidente, urbanisme et ADS (Pradinas-Haut)")
        const acronym = (p: Piece) => p.sep.trim() === 'et' && /^\s*\p{Lu}{2,8}\s*$/u.test(p.text.replace(MASK_RE, ' '));
        while (j < pieces.length && inEntry(pieces[j]!) && ((QUALIFIER.test(pieces[j]!.text) && !NAMES_SOMEONE.test(pieces[j]!.text)) || acronym(pieces[j]!))) j++;
        const rest = pieces[j];
        // (or the end of its line, the next entry on the next: "M. X, délégué départemental de l'Éducation nationale" / "Mme Y, …")
        const between = this.src.norm.slice(piece.end, rest?.start ?? piece.end);
        // (or a line break alone, the next member's whole name on the next line: "…, 1re vice-présidente chargée des finances" /
        // "Marc RIGAL, …")
        const nextLine = () => {
          const e = parseEntry(rest!.text, rest!.start, this.order);
          return !e.prose && e.people.length === 1;
        };
        if (rest === undefined || (!inEntry(rest) && /;|\n/.test(between)) || (/\n/.test(between) && CIVILITY_CELL.test(rest.text)) || (/\n/.test(between) && !/[,;]/.test(between) && nextLine())) {
          for (let k = i + 1; k < j; k++) if (acronym(pieces[k]!)) described.add(k);
          continue;
        }
      }
      // the header row of a flattened table ("Mandant Mandataire", "Nom Prénom Pouvoir à")
      if (TABLE_HEADER_ROW.test(fold)) continue;
      // "HOURCADE Li" cut by the end of the excerpt inside a proxy list: nothing can be said
      // (a relation in its note is whole: "M. X (pouvoir à M. Y)." ending the text)
      if (kind === 'proxies' && this.reachedEnd(piece.end, to) && !findRelation(foldText(text), true) && !piece.notes.some((n) => /\)\s*$/.test(n.text) || this.src.norm[n.end - 1] === ')')) continue;
      // "Pouvoir : M. X, Maire, à M. Y": the holder cut from its giver by commas
      const lastProxy = this.out.proxies[this.out.proxies.length - 1];
      // (… or after the giver's role: "– M. X, vice-président chargé des transports (section …) à M. Y")
      const cont =
        kind === 'proxies' && lastProxy && lastProxy.holder === null
          ? // (« à » typed or read without its accent after the proxy's words: "…, donne pouvoir a" / "Mme Y")
            (/^\s*(?:(?:(?:a\s+donn[ée]|donne|ayant\s+donn[ée])\s+)?(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)(?:\s+(?:donn[ée]e?|remise?))?\s+(?:[àa]|au)|(?:à|au))\s+(?=\S)|^\s*(?:repr[ée]sent[ée]e?\s+)?par\s+(?=\S)/i.exec(text) ??
            /^\s*\p{Ll}[^,;:\p{Lu}]{0,100}?\s(?:à|au)\s+(?=(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s)/u.exec(text) ??
            // (… or after its offices, the last one capitalised: "M. X, Maire, Président à Mme Y")
            roleThenHolder(text))
          : null;
      if (lastProxy && cont) {
        const at = cont[0].length;
        lastProxy.holder = this.personFrom(text.slice(at), piece.start + at);
        if (lastProxy.holder) {
          count++;
          continue;
        }
      }
      // "Ronan X, porteur du pouvoir d'Anne-Marie Y,": the member before the comma holds the proxy of the one named after
      // (in a proxy list the member before was read as a giver without holder: that entry is the holder's)
      const holds = lastPeople.length === 1 ? HOLDS_AFTER_COMMA.exec(text) : null;
      if (holds) {
        const at = holds[0].length;
        // (the giver ends its line: a next line in small letters run into the piece, "procuration de M. X à …", is another entry)
        const giver = this.personFrom(text.slice(at).replace(/\n[\s\S]*$/, '').replace(/[.;,]\s*$/, ''), piece.start + at);
        if (giver) {
          const holder = lastPeople[0]!;
          const open = this.out.proxies.findIndex((p) => p.giver === holder && p.holder === null);
          if (open >= 0) this.out.proxies.splice(open, 1);
          this.out.proxies.push({ giver, holder, scope: null, span: this.src.span(holder.span.start, piece.end) });
          if (open < 0) count++;
          lastPeople = [];
          continue;
        }
      }
      // "Absents excusés : Rémi TAURAN, qui donne procuration à Claudine FERRAGUT": the relation after a comma
      const gives = kind !== 'proxies' && lastPeople.length === 1 ? GIVES_AFTER_COMMA.exec(text) : null;
      if (gives) {
        const at = gives[0].length;
        const holder = this.personFrom(text.slice(at).replace(/[.;]\s*$/, ''), piece.start + at);
        if (holder) {
          this.out.proxies.push({ giver: lastPeople[0]!, holder, scope: null, span: this.src.span(lastPeople[0]!.span.start, piece.end) });
          count++;
          continue;
        }
      }
      // "M. X, délégué suppléant de la commune de Y, siégeant … en remplacement de M. Z": the seat's commune names no one
      if (lastPeople.length === 1 && /^\s*(?:d[ée]l[ée]gu[ée](?:e|\(e\))?(?:\s+(?:titulaire|suppl[ée]ant(?:e|\(e\))?))?|suppl[ée]ant(?:e|\(e\))?)\s+(?:de|du|pour)\s+(?:la\s+)?(?:commune|ville)\s+(?:de\s+|d['’]\s?|du\s+)\S[^,;()]*$/i.test(text)) continue;
      // "M. X, délégué suppléant, siégeant avec voix délibérative en remplacement de M. Y": the seat's qualifier names no one
      const seated = lastPeople.length === 1 ? /^\s*(?:si[ée]geant\s+)?(?:(?:avec|ayant)\s+voix\s+d[ée]lib[ée]rative|si[ée]geant)(?![\p{L}])\s*/iu.exec(text) : null;
      if (seated && !text.slice(seated[0].length).trim()) continue;
      const lead = seated ? seated[0].length : 0;
      // "Mme X (Praz), suppléée par M. Y": the titular's substitute cut from it by a comma
      // (or "représenté par son suppléant M. Y": a substitute, not a proxy)
      const substBy = lastPeople.length === 1 ? /^\s*(?:suppl[ée][ée]e?|remplac[ée]e?|repr[ée]sent[ée]e?(?=\s+par\s+(?:son|sa)\s+suppl[ée]ant))\s+par\s+(?:son\s+|sa\s+)?(?:suppl[ée]ante?\s+)?(?=\S)/i.exec(text) : null;
      if (substBy) {
        const substitute = this.personFrom(text.slice(substBy[0].length).replace(/[.;]\s*$/, ''), piece.start + substBy[0].length);
        if (substitute) {
          this.out.substitutions.push({ titular: lastPeople[0]!, substitute, span: { start: lastPeople[0]!.span.start, end: this.src.span(piece.start, piece.end).end } });
          continue;
        }
        // "M. X (Commune), remplacé par son suppléant": the substitute named elsewhere (among the present)
        if (/^\s*(?:suppl[ée][ée]e?|remplac[ée]e?|repr[ée]sent[ée]e?)\s+par\s+(?:son|sa)\s+suppl[ée]ante?[\s.,;)]*$/i.test(text)) {
          // (kept as the member's note: the seat is the substitute's, counted once)
          const who = lastPeople[0]!;
          for (const p of [who, ...this.listFor(kind).filter((x) => x !== who && x.name === who.name && x.span.start === who.span.start)]) p.note = p.note ? `${p.note}; ${text.trim()}` : text.trim();
          continue;
        }
      }
      // "M. X, suppléant de M. Y": the substitute's titular cut from it by a comma (or "…, suppléant, remplaçant M. Y")
      // (accents as written or lost: "suppleant de LABAT Henri")
      // (or "…, représentant Monsieur Y": an MRC's substitute sitting for a maire, named with its civility)
      // ("délégué suppléant siégeant en remplacement de M. X", "… siégeant avec voix délibérative en l'absence de X")
      // (or a Québec MRC's « substitut » of a maire: "Mme X, conseillère et substitut de M. Y, maire de Z")
      const substOf = lastPeople.length === 1 ? /^\s*(?:(?:(?:(?:conseill[eè]re?|d[ée]l[ée]gu[ée](?:e|\(e\))?|membre)\s+)?suppl[ée]ant(?:e|\(e\))?|(?:(?:conseill[eè]re?|d[ée]l[ée]gu[ée]e?|membre)\s+(?:et\s+)?)?substitute?|(?:(?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\s+)?(?:si[ée]geant\s+)?(?:(?:avec|ayant)\s+voix\s+d[ée]lib[ée]rative\s+)?(?:en\s+remplacement|en\s+l['’]\s?absence))\s+(?:de|du)|rempla[çc]ante?(?:\s+(?:de|du))?|(?:qui\s+)?remplace|repr[ée]sentante?(?=\s+(?:M\.|Mme|Monsieur|Madame)\s))\s+(?=\S)/i.exec(text.slice(lead)) : null;
      if (substOf) {
        const at = lead + substOf[0].length;
        // (the titular on the seat's line; the next line's name after it is the next entry: "…, suppléant, remplace X (excusée)" /
        // "SARRAMÉA Pierre – …")
        // (not a titular's name wrapped over the line: "…, suppléante de Bruno" / "ROUFFIAC ; …")
        const onLine = text.includes('\n') && at < firstLine.length ? this.personFrom(text.slice(at, firstLine.length), piece.start + at) : null;
        const own = onLine && /\s/.test(onLine.name) ? firstLine.length : text.length;
        const titular = this.personFrom(text.slice(at, own), piece.start + at);
        if (titular && own < text.length && text.slice(own).trim()) {
          const cut = own + 1;
          pieces.splice(i + 1, 0, { ...piece, text: piece.text.slice(cut), start: piece.start + cut, sep: '\n', notes: piece.notes.filter((n) => n.start >= piece.start + cut) });
        }
        if (titular) {
          this.out.substitutions.push({ titular, substitute: lastPeople[0]!, span: { start: lastPeople[0]!.span.start, end: this.src.span(piece.start, piece.end).end } });
          continue;
        }
      }
      // "Jakes ITHURRALDE-k Peio ETCHEVERRY-ri (pouvoir de Jakes ITHURRALDE à Peio ETCHEVERRY)": in a proxy list, an entry
      // in another language whose note states the proxy in French
      if (kind === 'proxies' && !findRelation(fold, true)) {
        const stated = piece.notes.map((n) => ({ n, r: findRelation(foldText(n.text), true) })).find((x) => x.r?.type === 'proxy' && x.r.holder);
        if (stated && this.readRelation(stated.r!, stated.n.text, { ...piece, text: stated.n.text, start: stated.n.start + 1, notes: [] }, kind, excusedHeading)) {
          count++;
          lastPeople = [];
          continue;
        }
      }
      const rel = findRelation(fold, kind === 'proxies');
      if (rel) {
        if (!this.readRelation(rel, text, piece, kind, excusedHeading)) {
          stop = piece.start;
          break;
        }
        count++;
        lastPeople = [];
        continue;
      }
      // "Marie-Bernard DEL VALLE – MARZIN": a dash inside a surname
      // (not past a blank line, nor after the member's role: "Mme X – Conseillère" / "" / "SÉANCE PUBLIQUE" is a heading)
      if (/^\s*[-–—]\s*$/.test(piece.sep) && lastPeople.length === 1 && this.order !== 'surname-first' && /^\s*[A-ZÀ-Þ'’ -]+[.]?\s*$/.test(text) && text.trim().length > 1 && !/\n[ \t]*\n/.test(text) && !lastPeople[0]!.role) {
        const p = lastPeople[0]!;
        const tail = text.trim().replace(/\.$/, '');
        p.name = `${p.name} ${piece.sep.trim()} ${tail}`;
        p.written = `${p.written} ${piece.sep.trim()} ${tail}`;
        p.span = { ...p.span, end: this.src.lineAt(piece.start + text.trimEnd().length) };
        continue;
      }
      // "Saint-Cyprien-des-Monts<TAB>M. Réjean Gagnon, préfet": the commune's cell before its member's
      // (or a group's cell: "Secteur d'énergie de Sarvèze-Ville<TAB>M. Julien LOUVEL, …", "Collège des EPCI<TAB>Mme …")
      // "▪ Marols-le-Haut" / "    ◦ Mme Odette CHAZAL": a commune on its line above its members
      if (
        PLACE_NAME.test(text) &&
        !isRoleOnly(text.trim()) &&
        /^\s*(?:M\.|MM\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s/.test(pieces[i + 1]?.text ?? '') &&
        this.src.norm.slice(piece.end, pieces[i + 1]!.start).includes('\n') &&
        (i === 0 || this.src.norm.slice(pieces[i - 1]!.end, piece.start).includes('\n'))
      )
        continue;
      // "CASTAINGS Michel – Montbrun – titulaire": a one-word commune between the name and its seat, dashes on each side
      if (
        /^\s*[-–—]\s*$/.test(piece.sep) &&
        lastPeople.length === 1 &&
        /^\s*\p{Lu}\p{Ll}+(?:[ '’-]\p{Lu}?[\p{Ll}'’]+){0,3}\s*$/u.test(text) &&
        /^\s*[-–—]\s*$/.test(pieces[i + 1]?.sep ?? '') &&
        SEAT_AFTER_DASH.test(pieces[i + 1]!.text) &&
        this.src.lineAt(piece.start + text.search(/\S/)) === lastPeople[0]!.span.end
      )
        continue;
      // (after one such cell, a commune of one word is one too: "Labéraudie<TAB>M. Raymond X")
      if (
        (PLACE_NAME.test(text) || /^\s*(?:Secteur|Coll[èe]ge|Canton|Commune|Communauté|Territoire|P[ôo]le|Groupe|Bassin|Section)\b[^\t\n]{0,80}$/.test(text) || ((communeCells > 0 || this.communeCellsSeen) && /^\s*\p{Lu}\p{Ll}[\p{Ll}'’]+\s*$/u.test(text))) &&
        pieces[i + 1]?.sep.includes('\t') &&
        /^\s*(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s/.test(pieces[i + 1]!.text)
      ) {
        communeCells++;
        // (… in the later lists too: "Absents excusés :" / "<TAB>Luttange<TAB>M. André X")
        if (communeCells >= 2) this.communeCellsSeen = true;
        continue;
      }
      // (or a commune's cell without a word in capitals opening its line before delegates written surname first in capitals:
      // "Les Cazals<TAB>TEYSSIER Marc ; BOUDOU Claudine")
      if (
        pieces[i + 1]?.sep.includes('\t') &&
        COMMUNE_CELL.test(text) &&
        !/\p{Lu}{2}/u.test(text) &&
        SURNAME_FIRST_CELL.test(pieces[i + 1]!.text) &&
        // (not the last row where the excerpt cuts its name: "Tinchebray-la-Vée<TAB>MARIE Jean-Fran" is left as it was read)
        this.src.norm.slice(pieces[i + 1]!.end).trim() !== '' &&
        (i === 0 || this.src.norm.slice(pieces[i - 1]!.end, piece.start + Math.max(0, text.search(/\S/))).includes('\n'))
      ) {
        communeCells++;
        if (communeCells >= 2) this.communeCellsSeen = true;
        continue;
      }
      // "Région – Mme A (12), M. B (12)" / "CC du Haut-Val – M. C (6)": the member body opening its line, a dash, its delegates
      if (
        /^\s*[-–—]\s*$/.test(pieces[i + 1]?.sep ?? '') &&
        /^\s*(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s/.test(pieces[i + 1]!.text) &&
        !/(?:^|\s)(?:M\.|Mmes?|Mlle|Monsieur|Madame)\s/.test(text) &&
        (PLACE_NAME.test(text) || /^\s*(?:CC|CA|CU|EPCI|SI\w*|R[ée]gion|D[ée]partement|M[ée]tropole|Communaut[ée]|Commune|Ville|Syndicat|Coll[èe]ge|Groupe|Secteur|Canton)\b[^\t\n,;]{0,60}$/.test(text)) &&
        (i === 0 || this.src.norm.slice(pieces[i - 1]!.end, piece.start + Math.max(0, text.search(/\S/))).includes('\n'))
      )
        continue;
      // "BESSIÈRE Jean-Louis – Brousse-le-Haut – Président": the member's commune after a dash, on its line
      // (not a hyphenated role, "– Bourgmestre-Président")
      if (/^\s*[-–—]\s*$/.test(piece.sep) && lastPeople.length === 1 && PLACE_NAME.test(text) && !isRoleOnly(text.trim()) && this.src.lineAt(piece.start + text.search(/\S/)) === lastPeople[0]!.span.end) continue;
      // (or after a comma, ending the member's line: "M. Yvan X, préfet, Saint-Isidore-des-Monts" / "Mme Rachel Y, mairesse, …")
      if (piece.sep.trim() === ',' && lastPeople.length === 1 && PLACE_NAME.test(text) && /-/.test(text) && !isRoleOnly(text.trim()) && this.src.lineAt(piece.start + text.search(/\S/)) === lastPeople[0]!.span.end && (i === pieces.length - 1 || this.src.norm.slice(piece.end, pieces[i + 1]!.start).includes('\n') || /\n\s*$/.test(text))) continue;
      // "Mme la Maire, Véronique X": the office with its civility, the name after it
      const office = /^\s*(?:M\.|Mme|Monsieur|Madame)\s+((?:le|la)\s+\S.*?)\s*$/.exec(text);
      if (office && isRoleOnly(office[1]!) && pieces[i + 1] && pieces[i + 1]!.sep === ',') {
        pendingRole = office[1]!;
        continue;
      }
      // "Michel X (Commune), arrivé à 9 h 20 avant le vote du point 1, Sylvie Y …": the last member's arrival or departure
      // in a clause of its own, a note of that member (the list reads on)
      // (or after a dash, on the member's line: "M. Thierry X (CC Y) – arrivée à la délibération n° 3")
      if (lastPeople.length > 0 && /^[,–—-]$/.test(piece.sep.trim()) && /^\s*(?:arrivée?s?|partie?s?|sortie?s?|retardée?s?)\s+(?:à|a|au|avant|après|apres|dès|des|en)\s[^,;:]{0,80}$/i.test(text)) {
        const last = lastPeople[lastPeople.length - 1]!;
        last.note = last.note ? `${last.note}; ${text.trim()}` : text.trim();
        continue;
      }
      let parsed = parseEntry(text.replace(/^\s*[-–—•·*]+\s*/, (m) => ' '.repeat(m.length)), piece.start, this.order);
      // a list of surnames in small letters after their civilities ("M. Letellier, Mme Marie, M. Jouan", "MM. Lefebvre,
      // Caron"): each civility and its one word is a member (a given name alone is no surname elsewhere)
      if (civilitySurnames) {
        const civ = CIVILITY_SURNAME.exec(text);
        // (a word alone after a plural civility's entry: "MM. Lefebvre, Caron")
        // (a handwritten l read as a figure one inside it, "B1anc": the word as written)
        const bare = !civ && pluralCivility ? /^\s*(?:et\s+)?(\p{Lu}(?:\p{Ll}|1(?=\p{Ll})){1,30}(?:-\p{Lu}\p{Ll}+)?)\s*\.?\s*$/u.exec(text) : null;
        if (civ) pluralCivility = /^(?:MM\.?|Mmes|Messieurs|Mesdames)$/.test(civ[1]!);
        else if (/^\s*(?:M\.|Mme|Mlle|Melle|Monsieur|Madame)\s/.test(text)) pluralCivility = false;
        // (a plural civility before a surname and its given name opens the run too: "MM. Lafon Marcel, maire, …, Delrieu")
        else if (/^\s*(?:et\s+)?(?:MM\.?|Mmes|Messieurs|Mesdames)\s+\p{Lu}/u.test(text)) pluralCivility = true;
        const at = bare ? piece.start + bare[0].indexOf(bare[1]!) : 0;
        const person = civ ? this.civilitySurname(text, piece.start) : bare && !NOT_NAME_WORDS.has(foldText(bare[1]!)) && !isRoleOnly(bare[1]!) ? { written: text.trim(), name: bare[1]!, civility: null, role: null, start: at, end: at + bare[1]!.length } : null;
        // (the maire written by his office only, "le maire Bélanger": his office is his role)
        const mayor = person && /^\s*(?:[Ss]on\s+[Hh]onneur\s+)?(?:le\s+maire|la\s+mairesse)\s/.exec(this.src.norm.slice(piece.start, piece.end));
        if (person && mayor && !person.role) person.role = /mairesse/.test(mayor[0]) ? 'mairesse' : 'maire';
        if (person) parsed = { people: [person], prefixRole: null, suffixRole: null, prose: false };
      }
      if (parsed.prose) {
        // prose after a list ends it; a role word opening the prose still belongs to the last name.
        // An unreadable last entry that runs to the end of the text was cut ("Monsieur Franç"): the list is incomplete.
        stop = this.reachedEnd(piece.end, to) && text.trim().split(/\s+/).length <= 6 ? contentEnd : piece.start;
        // "…, formant quorum sous la présidence du maire, M. X.": the one presiding is present too
        const next = pieces[i + 1];
        // (the name after a comma: a sentence's end closes the clause, "… sous la présidence de Monsieur le maire X." / "Me Y,
        // greffière, et M. Z, directeur général, sont également présents.")
        if (next && next.sep === ',' && /sous\s+la\s+pr[ée]sidence\s+(?:du|de\s+la|de)\b/i.test(text) && !/\p{Lu}{2}/u.test(text.replace(/^.*pr[ée]sidence/isu, ''))) {
          const chair = parseEntry(next.text.replace(MASK_RE, ' '), next.start, this.order);
          if (!chair.prose && chair.people.length === 1) {
            const ref = this.ref(chair.people[0]!);
            ref.role = ref.role ?? 'président';
            // (not twice: the chair named in the list above too, "Mme X, mairesse" … "sous la présidence de la mairesse, Mme X")
            if (!this.listsPresent(ref)) this.listFor('present').push(ref);
            count++;
            stop = chair.people[0]!.end;
            break;
          }
        }
        // (with the office it names, "GILLET Chantal, Secrétaire communale Monsieur le Président ouvre la séance": staff, whom
        // the role takes out of the list)
        const role = /^\s*(secrétaire(?:\s+(?:communale?|générale?|de\s+mairie)\b)?|président(?:e)?|maire)\b(?!-)/i.exec(text);
        if (role && lastPeople.length && parsed.people.length === 0) this.applySuffixRole(kind, lastPeople, role[1]!);
        if (parsed.people.length > 0 && kind !== 'proxies') {
          this.addPeople(kind, parsed.people.map((p) => this.ref(p)), piece, pendingRole, h.text);
          count++;
          stop = parsed.people[parsed.people.length - 1]!.end;
        }
        break;
      }
      if (parsed.prefixRole) {
        // "le Maire, les deux adjoints (…) et MM. X": the chair's office alone, another office's group after it — no name
        // in apposition: the chair sits, named by the presidency; an entry the office names, resolved to the session's
        // president (index.ts resolveOfficeHolders)
        if (kind === 'present' && CHAIR_OFFICE.test(parsed.prefixRole.trim()) && pieces[i + 1] && OFFICE_GROUP_OPENS.test(this.src.norm.slice(piece.end, pieces[i + 1]!.end))) {
          const at = piece.start + text.search(/\S/);
          const office = parsed.prefixRole.trim();
          this.addPeople(kind, [this.ref({ written: office, name: office, civility: null, role: office.replace(/^(?:le|la)\s+/i, '').toLowerCase(), start: at, end: at + office.length })], piece, null, h.text);
          count++;
          continue;
        }
        pendingRole = parsed.prefixRole;
        continue;
      }
      if (parsed.suffixRole) {
        this.applySuffixRole(kind, lastPeople, parsed.suffixRole);
        if (piece.notes.length && lastPeople.length) this.applyNotes(piece, lastPeople[lastPeople.length - 1]!, h.text);
        continue;
      }
      if (parsed.people.length === 0) continue;
      // a flattened proxy table row: "M. Jérôme BARASCUD M. Jacques DAMBRINE" (giver, then holder)
      if (kind === 'proxies' && parsed.people.length === 2 && parsed.people.every((p) => p.civility)) {
        const [g, hd] = parsed.people.map((p) => this.ref(p)) as [NameRef, NameRef];
        this.out.proxies.push({ giver: g, holder: hd, scope: null, span: this.src.span(piece.start, piece.end) });
        count++;
        lastPeople = [];
        continue;
      }
      const refs = parsed.people.map((p) => this.ref(p));
      // a lone word where the text is cut, in a list of full names ("…, BOUGEARD Élise    VILL"): a fragment
      if (count >= 3 && refs.length === 1 && !/\s/.test(refs[0]!.name) && this.reachedEnd(piece.end, to) && lastPeople.every((p) => /\s/.test(p.name))) continue;
      // "…, Mme Chantal ESCAFFRE, M. Da" where the text ends: a civility before one or two letters is a name the excerpt
      // cut (whatever the list's length; a whole name has more)
      if (refs.length === 1 && /^(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)?\p{L}{1,2}$/u.test(refs[0]!.name) && (refs[0]!.civility || /^(?:M\.|Mme|Mlle|Monsieur|Madame)\s/.test(refs[0]!.name)) && this.src.norm.slice(piece.end, to).trim() === '' && this.reachedEnd(piece.end, to)) continue;
      // "…, Sébastien GR" where the text ends: a surname cut to capitals without a vowel, or to its particle ("Michel DU")
      if (count >= 3 && refs.length === 1 && /\s(?:[BCDFGHJ-NP-TV-XZÇ]+|DU|DE|DES|LE|LA|LES|DI|DA|DEL|VAN|VON|MAC|BEN|EL)$/.test(refs[0]!.name) && this.src.norm.slice(piece.end, to).trim() === '' && this.reachedEnd(piece.end, to)) continue;
      if (pendingRole) {
        for (const r of refs) r.role = r.role ?? pendingRole;
        // (a role for one, "La mairesse, Madame X ;", names no one after X; a plural one, "Adjoints, …", goes on)
        if (!/^les\b|[sx]$/.test(foldText(pendingRole).trim())) pendingRole = null;
      }
      // ("Les conseillers messieurs A, B, C": the role opening the entry goes on to the names after it)
      if (refs[0]?.role && /^\s*les\s/i.test(text) && /^les\s/.test(foldText(refs[0].role).trim())) pendingRole = refs[0].role;
      this.addPeople(kind, refs, piece, null, h.text);
      lastPeople = refs;
      count++;
    }
    if (count === 0 && kind === 'present') return h.end;
    // the list ends before a numbered line that is not a name ("1. Pacte Logement 2.0"): the number opens the item
    const stopPiece = pieces.find((p) => p.start === stop);
    if (stopPiece && /^\d{1,3}[.)]$/.test(stopPiece.sep)) {
      const numAt = stop - stopPiece.sep.length;
      if (/(?:^|\n)[ \t]*$/.test(this.src.norm.slice(Math.max(0, numAt - 200), numAt))) stop = numAt;
    }
    stop = Math.max(stop, pairsEnd);
    this.out.sections.push(this.section(kind, h, stop, to));
    if (kind === 'present' && this.out.present === null) this.out.present = [];
    return Math.max(h.end, stop, proxyParagraphEnd);
  }

  /**
   * A table drawn with pipes ("| Mandant | Mandataire |", or only between
   * the columns: "Mandant | Mandataire"): each row is a person, or a proxy
   * giver → holder in a proxy section. Header and border rows are skipped.
   * Returns where the table ends (or `base` when none).
   */
  private readPipeTable(content: string, base: number, kind: SectionKind): number {
    let end = base;
    let off = 0;
    let rows = 0;
    const lines = content.split('\n');
    // a row whose rule OCR lost, between two rows that have it ("M. Yannick X  Mme Gisèle Y"): the rule put back at the gap
    // before the civility (same length)
    const ruled = (l: string | undefined) => l !== undefined && /\S[^|\n]*\|[^|\n]*\S|\S[ \t]*\|[ \t]*$/.test(l);
    for (let i = 1; i + 1 < lines.length; i++) {
      if (lines[i]!.includes('|') || !ruled(lines[i - 1]) || !ruled(lines[i + 1])) continue;
      const gap = / {2,}(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)/.exec(lines[i]!);
      if (gap && /\S/.test(lines[i]!.slice(0, gap.index))) lines[i] = lines[i]!.slice(0, gap.index + gap[0].length - 1) + '|' + lines[i]!.slice(gap.index + gap[0].length);
    }
    for (let [i, line] of lines.entries()) {
      const lineStart = base + off;
      off += line.length + 1;
      if (!line.trim()) {
        // an empty line between two rows (OCR makes a paragraph of each short row) does not end the table
        const nextLine = lines.slice(i + 1).find((l) => l.trim());
        if (rows > 0 && !(nextLine && /\S[^|\n]*\|[^|\n]*\S|^[ \t]*\|/.test(nextLine))) break;
        continue;
      }
      // (a right border OCR read as a bracket or a letter after the last cell's gap, "| Mme Sabrina X    ]": the border)
      if (/ {2}[\][lI][ \t]*$/.test(line) && /^[ \t]*\|/.test(line)) line = line.replace(/(?<= {2})[\][lI](?=[ \t]*$)/, '|');
      const framed = /^[ \t]*[|+]/.test(line);
      // (a last row whose right cell is empty, "M. Cédric X        |", is a row too)
      if (!framed && !/\S[^|\n]*\|[^|\n]*\S/.test(line) && !(rows > 0 && /\S[ \t]*\|[ \t]*$/.test(line))) {
        if (rows > 0) break;
        continue;
      }
      end = lineStart + line.length;
      if (/^[ \t]*\+[-+=]*\+?[ \t]*$/.test(line) || /^[ \t]*\|[\s|:=-]*\|[ \t]*$/.test(line)) continue; // border
      const cells: Array<{ text: string; start: number }> = [];
      // a row drawn only between its columns gets its outer borders
      // (or its right border lost, "| M. X      | Mme Y      | M. Z": closed)
      const row = framed ? (/\|[ \t]*$/.test(line) || line.trimStart().startsWith('+') ? line : `${line}|`) : `|${line}|`;
      const shift = framed ? 0 : -1;
      let at = row.indexOf('|');
      while (at >= 0) {
        const next = row.indexOf('|', at + 1);
        if (next < 0) break;
        cells.push({ text: row.slice(at + 1, next), start: lineStart + at + 1 + shift });
        at = next;
      }
      // a table with a column of states ("| … | M. X | Présent |"): a presence table, read as one (presence-table.ts)
      if (kind !== 'proxies' && cells.some((c) => STATE_CELL.test(foldText(c.text)))) return base;
      // header row ("Mandant | Mandataire", "MANDANT | MANDATAIRE")
      if (TABLE_HEADER_ROW.test(foldText(cells.map((c) => c.text).join(' ').replace(/\s+/g, ' ')))) continue;
      // (a cell's note in brackets, "MOKRANI Youssef (arrivé à 18 h 50, au point 2)", is kept as the member's note)
      // (a cell holding two members, the rule between them lost, "Mme X BOURDIN  M. Frédéric COLAS": two cells)
      if (kind !== 'proxies') {
        for (let k = cells.length - 1; k >= 0; k--) {
          // (or a list of them apart by commas: "Mme Patricia X, M. Olivier Y")
          const gap = /(?: {2,}|,[ \t]*|[ \t]+et[ \t]+)(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)/.exec(cells[k]!.text);
          if (!gap || !/(?:M\.|Mme|Mlle|Monsieur|Madame)\s/.test(cells[k]!.text.slice(0, gap.index))) continue;
          const cut = gap.index + gap[0].length;
          cells.splice(k, 1, { text: cells[k]!.text.slice(0, gap.index), start: cells[k]!.start }, { text: cells[k]!.text.slice(cut), start: cells[k]!.start + cut });
          k += 2; // (the second part may hold more)
        }
      }
      const notes = cells.map((c) => /\(([^()]+)\)/.exec(c.text)?.[1]?.trim() ?? null);
      const people = cells.map((c, k) => {
        // (a role after the name's comma, "Mme X, 1re adjointe": the name alone, offsets kept)
        // (not a comma inside a note in brackets: "X (départ à 20 h 15, procuration à Y)")
        const comma = c.text.replace(/\([^()]*\)?/g, (m) => ' '.repeat(m.length)).indexOf(',');
        // (nor a note opened in the cell and closed on the next row's, "M. Bruno X (suppléant" / "de Mme Y)": left out here)
        const open = c.text.replace(/\([^()]*$/, (m) => ' '.repeat(m.length));
        const text = comma > 0 && QUALIFIER.test(open.slice(comma + 1)) && !open.slice(comma + 1).includes('(') ? open.slice(0, comma) + ' '.repeat(open.length - comma) : open;
        const e = parseEntry(text, c.start, this.order);
        if (!e.prose || !notes[k]) return e.prose ? undefined : e.people[0];
        const bare = parseEntry(text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)), c.start, this.order);
        return bare.prose ? undefined : bare.people[0];
      });
      if (people.every((p) => !p)) continue;
      const refOf = (k: number) => {
        const r = this.ref(people[k]!);
        const note = notes[k];
        const meaning = note ? noteMeaning(foldText(note), note).type : 'other';
        if (note && meaning !== 'other') {
          r.note = note;
          if (meaning === 'partial') this.out.partial.push({ name: r.name, note });
        }
        return r;
      };
      rows++;
      if (kind === 'proxies' && people[0] && people[1]) {
        this.out.proxies.push({ giver: this.ref(people[0]), holder: this.ref(people[1]), scope: null, span: this.src.span(lineStart, end) });
      } else if (kind !== 'proxies') {
        // a list laid out in columns of a table ("| M. A, Maire | Mme B |"): every cell written with a civility is a
        // member, and only those when one is ("| VERNAY-LE-HAUT | M. Lucien X |": the commune's cell names no one)
        const civil = cells.map((c, k) => people[k] !== undefined && CIVILITY_CELL.test(c.text));
        if (civil.some(Boolean)) cells.forEach((_c, k) => civil[k] && this.listFor(kind).push(refOf(k)));
        // (or every cell a "NOM Prénom", a surname in capitals beside a given name: "FERRÉ Benoît | VALADE Camille | …")
        // (a role after the comma, "MASSOL Jean-Pierre, Maire", is no part of the shape)
        else if (cells.filter((c) => c.text.trim()).length >= 2 && cells.every((c, k) => !c.text.trim() || (people[k] && NAME_CELL_SHAPE.test(c.text.replace(/\([^()]*\)/g, '').replace(/,([^,]*)$/, (m, r: string) => (isRoleOnly(r.trim()) || QUALIFIER.test(r) ? '' : m)))))) {
          cells.forEach((_c, k) => people[k] && this.listFor(kind).push(refOf(k)));
        } else if (people[0]) this.listFor(kind).push(refOf(0));
      }
    }
    return rows > 0 ? end : base;
  }

  private sentenceIsProse(pieces: Piece[], from: number, kind: SectionKind): boolean {
    /** The sentence from `k` cuts its entries at semicolons. */
    const semicolons = (k: number) => {
      for (let j = k + 1; j < pieces.length && pieces[j]!.sep !== '.'; j++) if (pieces[j]!.sep === ';') return true;
      return false;
    };
    for (let j = from; j < pieces.length; j++) {
      if (j > from && pieces[j]!.sep === '.') break;
      // (a group label opening the sentence, "CC3V : Didier MAROLLEAU", is read as the list reads it)
      const text = pieces[j]!.text.replace(MASK_RE, ' ').replace(/^(\s*)(?=\S)([^:\n]{2,40}?\s*:\s)/, (m, _a: string, b: string) => (ACRONYM_LABEL.test(b) ? ' '.repeat(m.length) : m));
      if (!text.trim() || isOnlyCivility(text) || REMOTE_ATTENDANCE.test(text)) continue;
      if (findRelation(foldText(text), kind === 'proxies')) continue;
      // (a member's office after the name's comma: "MAGNE Lucien, maire de Vaurs", "…, siégeant avec voix délibérative" —
      // read as the list reads it)
      // (in a list whose entries end with semicolons: "MAGNE Lucien, maire de Vaurs ; COUDERC Irène ; …")
      if (j > from && pieces[j]!.sep === ',' && MEMBER_OFFICE.test(text) && text.trim().length <= 60 && semicolons(from)) continue;
      // "Lucien FERRAND, suppléant de Marc JOUANNEAU", "…, suppléée par M. X": a substitution, read as the list reads it
      if (/^\s*(?:(?:(?:conseill[eè]re?|d[ée]l[ée]gu[ée](?:e|\(e\))?|membre)\s+)?suppl[ée]ant(?:e|\(e\))?|rempla[çc]ante?|en\s+remplacement)\s+(?:(?:de|du)\s+|d['’]\s?)\S|^\s*(?:suppl[ée]{1,2}e?|remplac[ée]e?)\s+par\s+\S/i.test(text)) continue;
      // (a fragment the excerpt cuts ending the text, "… et Ro", says nothing of the sentence)
      if (j === pieces.length - 1 && text.trim().split(/\s+/).length <= 2 && this.src.norm.slice(pieces[j]!.end).trim() === '') continue;
      if (parseEntry(text, pieces[j]!.start, this.order).prose) return true;
    }
    return false;
  }

  /** `heading`: the folded heading of the list the entry is in (its notes may depend on it, see `applyNotes`). */
  private addPeople(kind: SectionKind, refs: NameRef[], piece: Piece, role: string | null, heading: string): void {
    if (role) for (const r of refs) r.role = r.role ?? role;
    for (const r of refs) r.role = r.role ?? this.labelRoles.get(r.span.start) ?? null;
    const main = refs[refs.length - 1]!;
    const substitutionsBefore = this.out.substitutions.length;
    const proxyNoted = this.applyNotes(piece, main, heading);
    // "M. X (par Mme Y, suppléante)", "M. X (représenté par son suppléant M. Y)" in a list of those present or substituted: Y
    // sat in X's seat, so Y is the one present (X kept in the substitution only); "X (suppléée par Y)" keeps the titulaire
    // listed, as the labels of that wording do
    const sat = kind === 'present' && piece.notes.some((n) => /^\s*(?:par|repr[ée]sent[ée]e?\s+par)\s/i.test(n.text)) ? this.out.substitutions.slice(substitutionsBefore).find((x) => x.titular === main) : undefined;
    for (const r of refs) {
      if (sat && r === main) {
        this.listFor(kind).push(sat.substitute);
        continue;
      }
      // "ROUGIER (rayé)": a name struck out of the register's list of the present (that member did not come): not present
      if (kind === 'present' && STRUCK_OUT.test(r.note ?? '')) this.out.absent.push(r);
      else if (STAFF_ROLE_RE.test(foldText(r.role ?? ''))) this.out.staff.push(r);
      // "Anne-Sophie X (Moigny, suppléante, présente sans droit de vote)": a substitute who does not sit, no member present
      else if (kind === 'present' && r === main && NO_VOTE_SUBSTITUTE.test(r.note ?? '')) this.out.staff.push(r);
      else if (kind === 'proxies') {
        // a name alone in a proxy list: represented, holder not stated
        // (unless it is the next giver after « et de » of a holder named first: "Mme X détient les pouvoirs de M. A et de
        // Mme B": B's holder is X too)
        const last = this.out.proxies[this.out.proxies.length - 1];
        const nextGiver = /^\s*(?:et|&)\s*$/i.test(piece.sep) && /^\s*(?:de|d['’])\s*/i.test(piece.text) && last?.holder ? last.holder : null;
        if (!(r === main && proxyNoted)) this.out.proxies.push({ giver: r, holder: nextGiver, scope: null, span: r.span });
      } else this.listFor(kind).push(r);
      this.noteRoleHint(r);
    }
  }

  /**
   * "Bourgmestre-Président : DUBRULLE Jean-Marc", "Échevins : A, B", "Directrice générale : C": a line
   * whose label is a role (a member's, or staff's) gives it to the names on that line (the label itself
   * is blanked later as a group's). Offsets of `content` start at `base`.
   */
  private rolesOfLineLabels(content: string, base: number): Map<number, string> {
    const out = new Map<number, string>();
    if (!content.includes(':')) return out;
    for (const m of content.matchAll(/(?<=^|\n)[ \t]*(\p{Lu}[^:\n]{2,40}?)[ \t]*:(?=[ \t]*\S)/gu)) {
      const label = m[1]!.trim();
      if (isRoleOnly(label) || STAFF_ROLE_RE.test(foldText(label))) out.set(this.src.lineAt(base + m.index!), label);
    }
    return out;
  }

  /**
   * Applies parenthesised notes to the entry's person; returns true when they state a proxy of that person (given or held).
   * `heading`: the folded heading of the list the entry is in.
   */
  private applyNotes(piece: Piece, main: NameRef, heading: string): boolean {
    let gave = false;
    const span = this.src.span(piece.start, piece.end);
    // "(arrivée au point 3 ; pouvoir à M. X jusqu'à son arrivée)": each part of a note apart by semicolons
    const notes = piece.notes.flatMap((n) => {
      if (!n.text.includes(';')) return [n];
      let at = 0;
      return n.text.split(';').map((part) => {
        const sub = { ...n, text: part, start: n.start + at };
        at += part.length + 1;
        return sub;
      });
    });
    for (const n of notes) {
      const meaning = noteMeaning(foldText(n.text), n.text);
      if (meaning.type === 'other' && isRoleOnly(n.text)) {
        // "M. Marc JOUVENEL (Maire)"
        main.role = main.role ? `${main.role}, ${n.text.trim()}` : n.text.trim();
        this.noteRoleHint(main);
        continue;
      }
      // "(pour Jean X)" after a substitute listed under a heading of substitutes ("Délégués suppléants présents avec voix
      // délibérative : Pierre Y (pour Jean X) ; …"): the titular the substitute sits for
      if (meaning.type === 'other' && /suppl/.test(heading) && /^\s*pour\s+\S/i.test(n.text)) {
        const rest = n.text.replace(/^\s*pour\s+/i, '');
        const titular = this.personFrom(rest, n.start + 1 + n.text.lastIndexOf(rest));
        if (titular) {
          this.out.substitutions.push({ titular, substitute: main, span });
          continue;
        }
      }
      if (meaning.type === 'other' || meaning.type === 'partial' || meaning.type === 'excused') {
        main.note = main.note ? `${main.note}; ${n.text.trim()}` : n.text.trim();
        if (meaning.type === 'partial') this.out.partial.push({ name: main.name, note: n.text.trim() });
        continue;
      }
      const otherStart = n.start + 1 + n.text.lastIndexOf(meaning.other);
      // (a seat's qualifier after the name: "suppléant de M. X, avec voix délibérative", "pouvoir à M. Y, suppléant siégeant")
      // (… nor its scope: "pouvoir à M. X jusqu'à son arrivée", "… à partir du point 4")
      const other = this.personFrom(
        meaning.other
          .replace(/\s*,\s*(?:(?:avec|ayant|sans)\s+voix\s+(?:d[ée]lib[ée]rative|consultative)|si[ée]geant\b|(?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\b)[\s\S]*$/i, '')
          .replace(/,?\s+(?:jusqu'\s?(?:à|au)|à\s+partir\s+d|pour\s+les?\s+points?|dès\s+l)[\s\S]*$/i, '')
          // (or the giver's movement after it: "représentée par Mme X, a quitté la séance au point 5")
          .replace(/\s*,\s*(?:(?:qui\s+)?a\s+quitt[ée]|(?:est\s+)?partie?\s+(?:au|à|avant|après)|(?:est\s+)?arriv[ée]e?\s+(?:au|à|avant|après))[\s\S]*$/i, ''),
        otherStart,
      );
      if (meaning.type === 'holds-proxy-of') {
        // "(+ pouvoirs de Mme A et de M. B)": each giver
        const givers = this.giversOf(meaning.other, otherStart);
        if (givers) for (const g of givers) this.out.proxies.push({ giver: g, holder: main, scope: null, span });
        else if (other) this.out.proxies.push({ giver: other, holder: main, scope: null, span });
        // (the entry is a proxy's holder: in a list of proxies, "Mme X (pouvoir de M. Y)" is no giver)
        if (givers || other) gave = true;
      } else if (meaning.type === 'gives-proxy-to') {
        // (or to an office, "(procuration à M. le Maire)": the session's president, once known)
        const office = other ? null : OFFICE_NAME.exec(meaning.other);
        this.out.proxies.push({ giver: main, holder: other ?? (office ? this.bareName(office[0], otherStart) : null), scope: null, span });
        gave = true;
      } else if (meaning.type === 'replaced-by') {
        if (other) this.out.substitutions.push({ titular: main, substitute: other, span });
      } else if (meaning.type === 'replaces') {
        if (other) this.out.substitutions.push({ titular: other, substitute: main, span });
      }
    }
    return gave;
  }

  /**
   * "Autour de Patrice X, maire, étaient réunis : A, B, …" (a bulletin's wording; or « étaient présents »): the one the others gathered around
   * is present too, first in the list, in [from, to) just before the list.
   */
  private readChairGathering(from: number, to: number): void {
    if (!this.out.present) return;
    // (or "Autour du maire, Gilles X, étaient réunis : …")
    const m =
      /\bautour\s+d(?:e\s+|u\s+|['’]\s?)([^,\n]{3,60}),\s*(?:maire|mairesse|pr[ée]sidente?)\s*,\s*(?:[ée]taient|sont|se\s+sont)\s+(?:r[ée]uni|pr[ée]sent)/i.exec(this.src.norm.slice(from, to + 120)) ??
      /\bautour\s+(?:du\s+maire|de\s+la\s+maire(?:sse)?|du\s+pr[ée]sident|de\s+la\s+pr[ée]sidente)\s*,\s*([^,\n]{3,60}),\s*(?:[ée]taient|sont|se\s+sont)\s+(?:r[ée]uni|pr[ée]sent)/i.exec(this.src.norm.slice(from, to + 120)) ??
      // (or with no commas: "Autour du maire Bernard X étaient réunis …")
      /\bautour\s+(?:du\s+maire|de\s+la\s+maire(?:sse)?|du\s+pr[ée]sident|de\s+la\s+pr[ée]sidente)\s+(\p{Lu}[^,\n]{2,60}?)\s+(?:[ée]taient|sont|se\s+sont)\s+(?:r[ée]uni|pr[ée]sent)/iu.exec(this.src.norm.slice(from, to + 120));
    if (!m) return;
    const chair = this.personFrom(m[1]!, from + m.index + m[0].indexOf(m[1]!));
    if (chair && !this.out.present.some((p) => letterKey(p) === letterKey(chair))) this.out.present.unshift(chair);
  }

  /**
   * Absences written in the attendance sentence rather than listed under a
   * heading (ABSENCE_CLAUSES), in [from, to): each person named there who is
   * in no list yet becomes excused or absent, as the word says.
   */
  private readAbsenceClauses(from: number, to: number): void {
    const zone = this.src.fold.slice(from, to);
    if (!/absent|excuse/.test(zone)) return;
    const known = new Set([...(this.out.present ?? []), ...this.out.absent, ...this.out.excused].map(letterKey));
    // the first pattern (a list of names before its verb) is tried only in a window ending at each
    // verb: tried along a long list of names, it would walk the rest of the list at every name
    const verbs: Array<[number, number]> = [];
    for (const v of zone.matchAll(/\b(?:etant|etaient|sont|est|etait)\s+(?:excusee?s?|absente?s?)\b/g)) verbs.push([Math.max(0, v.index! - 400), v.index! + v[0].length]);
    for (const [k, re] of ABSENCE_CLAUSES.entries()) {
      for (const [a, b] of k === 0 ? verbs : [[0, zone.length] as [number, number]]) {
        for (const m of zone.slice(a, b).matchAll(re)) {
          const start = from + a + m.index! + m[0].indexOf(m[1]!);
          const text = this.src.norm.slice(start, start + m[1]!.length);
          const people = this.namesJoined(text, start) ?? [this.personFrom(text, start)].filter((p): p is NameRef => p !== null);
          const list = m[2]!.startsWith('excuse') ? this.out.excused : this.out.absent;
          for (const p of people) {
            if (known.has(letterKey(p))) continue;
            known.add(letterKey(p));
            list.push(p);
          }
        }
      }
    }
    // (names without civility opening a sentence, each a given name and a surname, read on the text as written:
    // "Benoît X et Laëtitia Y étaient absents.")
    for (const m of this.src.norm.slice(from, to).matchAll(PLAIN_ABSENCE)) {
      const start = from + m.index! + m[0].indexOf(m[1]!);
      const people = this.namesJoined(m[1]!, start) ?? [this.personFrom(m[1]!, start)].filter((p): p is NameRef => p !== null);
      const list = /^excus/i.test(foldText(m[2]!)) ? this.out.excused : this.out.absent;
      for (const p of people) {
        if (known.has(letterKey(p))) continue;
        known.add(letterKey(p));
        list.push(p);
      }
    }
  }

  /** "Mme A et de M. B", "A, B et C": each person of a list of two or more proxy givers; null for one person, or when one part is not a person. */
  private giversOf(text: string, start: number): NameRef[] | null {
    if (!GIVERS_SEPARATOR.test(text)) return null;
    return this.peopleBetween(text, start, /(\s+et\s+(?:de\s+|d'\s?)?|\s*,\s*(?:de\s+|d'\s?)?)/, (part) => /^\s*(?:et|,)/.test(part) || part.trim() === '' || /^\s+et\s/.test(part));
  }

  /**
   * The parts of `text` cut by `separator` (a capturing pattern), each read
   * as one person; the parts `skip` accepts are passed over. Null unless
   * every other part is one person and there are two or more.
   */
  private peopleBetween(text: string, start: number, separator: RegExp, skip: (part: string) => boolean): NameRef[] | null {
    const out: NameRef[] = [];
    let offset = 0;
    for (const part of text.split(separator)) {
      if (!skip(part)) {
        const p = this.personFrom(part, start + offset);
        if (!p) return null;
        out.push(p);
      }
      offset += part.length;
    }
    return out.length >= 2 ? out : null;
  }

  /** A name too short to parse (cut by the end of the excerpt: "M. Cyril"), or "M. le Maire", kept as written. */
  private bareName(text: string, start: number): NameRef | null {
    const office = OFFICE_NAME.exec(text);
    if (office) {
      return { written: text.trim(), name: office[2]!, civility: null, role: office[2]!, note: null, repaired_from: null, span: this.src.span(start, start + text.length) };
    }
    const { rest, civility } = stripCivility(text.trim());
    const name = rest.trim().replace(/[.,;]+$/, '');
    if (!/^[A-ZÀ-Þ][\p{L}'’ -]{1,40}$/u.test(name)) return null;
    return { written: text.trim(), name, civility, role: null, note: null, repaired_from: null, span: this.src.span(start, start + text.length) };
  }

  /** "5 excusés (Mmes A, B, MM. C et D)": a count of absentees, their names in brackets; where they were read, else null. */
  private readCountedAbsences(from: number, to: number): { start: number; end: number } | null {
    const zone = this.src.fold.slice(from, to);
    if (!zone.includes('(') || !/excus|absent/.test(zone)) return null;
    let first = -1;
    let last = -1;
    // (or told in a sentence: "9 membres se sont excusés (Mmes A, B, MM. C et D)", "2 conseillers sont absents (M. E, Mme F)")
    for (const m of zone.matchAll(/(?<![\d,.])\b\d{1,3}\s+(?:(?:membres|conseill(?:er|ere)s|delegue(?:e)?s)\s+)?(?:se\s+sont\s+(?:fait\s+)?|sont\s+)?(excusee?s?|excuser|absente?s?)\s*\(([^()\n]{3,400}(?:\n[^()\n]{0,400}){0,3})\)/g)) {
      const at = from + m.index!;
      const start = at + m[0].indexOf('(') + 1;
      const people = this.namesJoined(this.src.norm.slice(start, start + m[2]!.length).replace(/\n/g, ' '), start);
      if (!people || people.length === 0) continue;
      const kind: SectionKind = m[1]!.startsWith('excus') ? 'excused' : 'absent';
      this.listFor(kind).push(...people);
      const end = start + m[2]!.length + 1;
      this.out.sections.push({ kind, heading: collapseSpaces(this.src.norm.slice(at, start - 1)).trim(), span: this.src.span(at, end), complete: true });
      if (first < 0) first = at;
      last = end;
    }
    return first < 0 ? null : { start: first, end: last };
  }

  /** "M. A, Mme B et M. C": every person, or null unless each part is one. */
  private namesJoined(text: string, start: number): NameRef[] | null {
    return this.peopleBetween(text, start, /(\s*,\s*|\s+et\s+)/, (part) => /^\s*,\s*$|^\s+et\s+$/.test(part) || part.trim() === '');
  }

  /** In a document whose lists write surnames in small letters after civilities, "Mme Hamel" is a member: else null. */
  private civilitySurname(text: string, start: number): PersonText | null {
    const civ = this.civilitySurnames ? CIVILITY_SURNAME.exec(text.replace(/[).,;]+\s*$/, '')) : null;
    if (!civ || NOT_NAME_WORDS.has(foldText(civ[2]!))) return null;
    const at = start + text.indexOf(civ[2]!, text.indexOf(civ[1]!) + civ[1]!.length);
    return { written: text.trim(), name: civ[2]!, civility: civ[1]!, role: null, start: at, end: at + civ[2]!.length };
  }

  private personFrom(text: string, start: number): NameRef | null {
    // (in a document whose lists write surnames in small letters after civilities: "pouvoir à Mme Hamel")
    const civ = this.civilitySurname(text, start);
    if (civ) return this.ref(civ);
    const p = parseEntry(text, start, this.order);
    const first = p.people[0];
    return first ? this.ref(first) : null;
  }

  /** Moves a member read among the present to another list; false when it is not among them. */
  private movePresent(who: NameRef, to: 'staff' | 'absent' | 'excused'): boolean {
    if (!this.dropPresent(who)) return false;
    this.listFor(to).push(who);
    return true;
  }

  /** Takes a member read among the present out of that list; false when it is not among them. */
  private dropPresent(who: NameRef): boolean {
    const present = this.listFor('present');
    const at = present.lastIndexOf(who);
    if (at < 0) return false;
    present.splice(at, 1);
    return true;
  }

  private listFor(kind: SectionKind): NameRef[] {
    switch (kind) {
      case 'present':
        return (this.out.present = this.out.present ?? []);
      case 'absent':
        return this.out.absent;
      case 'excused':
        return this.out.excused;
      case 'staff':
        return this.out.staff;
      case 'unattributed':
        return this.out.unattributed;
      case 'proxies':
        return this.out.absent; // a plain name in a proxy list: absent (holder unknown)
    }
  }

  private applySuffixRole(kind: SectionKind, people: NameRef[], role: string): void {
    const staff = STAFF_ROLE_RE.test(foldText(role));
    for (const p of people) {
      p.role = p.role ? `${p.role}, ${role}` : role;
      if (staff) {
        const list = this.listFor(kind);
        const i = list.indexOf(p);
        if (i >= 0) list.splice(i, 1);
        if (!this.out.staff.includes(p)) this.out.staff.push(p);
      }
      this.noteRoleHint(p);
    }
  }

  private noteRoleHint(p: NameRef): void {
    const role = foldText(p.role ?? '');
    if (!role) return;
    if (/\bpresidente?\b|bourgmestre-president/.test(role) && !/vice|cpas|commission/.test(role) && !this.hints.president) this.hints.president = p;
    // (the one said to chair this session wins, a vice-president too: "Vice-présidente, présidente de séance")
    if (/\bpresidente?\s+de\s+(?:la\s+)?seance\b/.test(role) && !/\bpresidente?\s+de\s+(?:la\s+)?seance\b/.test(foldText(this.hints.president?.role ?? ''))) this.hints.president = p;
    // (a Québec « secrétaire-trésorière » holds an office, she is the session's secretary only when the text says she acts as one)
    if (/secretaire(?!-tresor)/.test(role) && !this.hints.secretary) this.hints.secretary = p;
    if (/\b(?:maire|mairesse|tavana)\b/.test(role) && !/adjoint|delegue|honoraire/.test(role) && !this.hints.mayor) this.hints.mayor = p;
    if (/^bourgmestre$/.test(role.trim()) && !this.hints.bourgmestre) this.hints.bourgmestre = p;
  }

  /** Reads "X pouvoir à Y" / "X remplacé par Y" entries. Returns false when the giver is not a name. */
  private readRelation(rel: NonNullable<ReturnType<typeof findRelation>>, text: string, piece: Piece, kind: SectionKind, excusedHeading = false): boolean {
    const scope = piece.notes.map((n) => n.text.trim()).filter((t) => /point|vote|jusqu|partir|délib/i.test(t)).join('; ') || null;
    const span = this.src.span(piece.start, piece.end);
    if (rel.type === 'proxy') {
      const giverEntry = parseEntry(text.slice(rel.giver[0], rel.giver[1]), piece.start + rel.giver[0], this.order);
      const giverCivility = this.civilitySurname(text.slice(rel.giver[0], rel.giver[1]), piece.start + rel.giver[0]);
      const giverText = giverCivility ?? giverEntry.people[giverEntry.people.length - 1];
      if (!giverText || (giverEntry.prose && !giverCivility)) return false;
      const giver = this.ref(giverText);
      let holder: NameRef | null = null;
      if (rel.holder) {
        // (without the proxy's scope after the name: "à Mme Y jusqu'à son arrivée", "… pour les points 1 à 3")
        const scoped = /\s+(?:jusqu['’]\s?(?:à|au)|à\s+partir\s+d|pour\s+les?\s+points?|dès\s+l)[\s\S]*$/i.exec(text.slice(rel.holder[0], rel.holder[1]));
        if (scoped) rel = { ...rel, holder: [rel.holder[0], rel.holder[1] - scoped[0].length] };
        const holderEntry = parseEntry(text.slice(rel.holder![0], rel.holder![1]), piece.start + rel.holder![0], this.order);
        const first = this.civilitySurname(text.slice(rel.holder![0], rel.holder![1]), piece.start + rel.holder![0]) ?? holderEntry.people[0];
        const holderText = text.slice(rel.holder![0], rel.holder![1]);
        if (!first && !/^\s*[A-ZÀ-Þ]/.test(holderText) && !/^\s*(?:le|la)\s+(?:maire|pr[ée]sident)/i.test(holderText)) return false;
        holder = first ? this.ref(first) : this.bareName(holderText, piece.start + rel.holder![0]);
        // several proxies run together: "X à Y Mme Z à W"
        const restStart = first ? first.end - piece.start : rel.holder![1];
        const rest = text.slice(restStart);
        const more = findRelation(foldText(rest), kind === 'proxies');
        if (first && more && more.type === 'proxy' && rest.trim()) {
          this.readRelation(more, rest, { ...piece, text: rest, start: piece.start + restStart, notes: [] }, kind, excusedHeading);
        }
      }
      // (its holder cut by the excerpt, "Pouvoirs : … / M. X a donné pouvoir à Mada" ending the text: a fragment, the pair
      // not read and its giver in no list)
      if (holder && this.holderCutAtExcerptEnd(holder)) return true;
      // "X et Y à Z": the giver before "et", read alone without a holder, gave it to the same member
      const before = this.out.proxies[this.out.proxies.length - 1];
      if (holder && kind === 'proxies' && /^\s*(?:et|&)\s*$/i.test(piece.sep) && before && before.holder === null) before.holder = holder;
      this.out.proxies.push({ giver, holder, scope, span });
      // a giver written in an absence list is listed absent ("Absents : X (pouvoir à Y)", "X pouvoir à Y"); one written among
      // the present is not present. A clause of its own inside a list of the excused ("Absents excusés : M. X donne pouvoir à
      // M. Y, …", "M. Z représenté par M. W") states the proxy, not the excuse: as the labels read it, the giver is no
      // excused member (under « Membres absents », "X donne pouvoir à Y" lines are the absent members)
      // (in the past tense too, the giver's commune in brackets between: "M. X (Coupelac) a donné pouvoir à M. Y"; not a
      // relative clause, "M. X, qui a donné pouvoir à M. Y", which tells why the excused member is counted)
      const link = foldText(text.slice(rel.giver[1], rel.holder ? rel.holder[0] : text.length));
      if ((kind === 'absent' || kind === 'excused') && !(excusedHeading && /^[\s,]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:a\s+)?(?:donne|represente)\b/.test(link))) this.listFor(kind).push(giver);
      return true;
    }
    const titular = this.personFrom(text.slice(rel.titular[0], rel.titular[1]), piece.start + rel.titular[0]);
    const substitute = this.personFrom(text.slice(rel.substitute[0], rel.substitute[1]), piece.start + rel.substitute[0]);
    // "M. X (Commune), remplacé par son suppléant": the substitute unnamed here (named among the present)
    if (titular && !substitute && /\b(?:remplac[ée]e?|suppl[ée][ée]e?)\s+par\s+(?:son|sa)\s+suppl[ée]ante?[\s).,;]*$/i.test(text)) {
      if (kind !== 'proxies') this.listFor(kind).push(titular);
      return true;
    }
    if (!titular || !substitute) return false;
    this.out.substitutions.push({ titular, substitute, span });
    // the list keeps the name written first
    const first = rel.titular[0] < rel.substitute[0] ? titular : substitute;
    if (kind !== 'proxies') this.listFor(kind).push(first);
    return true;
  }
}

/** Bullets opening a text become spaces (offsets kept). */
function unbullet(text: string): string {
  return text.replace(/^(\s*)([-–—•*]+)/, (_m, ws: string, b: string) => ws + ' '.repeat(b.length));
}

/**
 * Offset (from `from`) of the first paragraph of prose in norm[from, to): a
 * line after a blank line with at least 12 words, three in four starting in
 * lower case. `to - from` when there is none.
 */
const PROXY_VERB = /^(?:\bm\.|\bmm\.|[^.;\n]){0,120}?\b(?:a|ont|avait|avaient|ayant)\s+(?:respectivement\s+)?(?:donne|remis|confie)\s+(?:(?:un|une|son|sa|leurs?)\s+)?(?:pouvoirs?|procurations?|delegations?)\b|^(?:\bm\.|\bmm\.|[^.;\n]){0,120}?\bs'\s?(?:est|etait)\s+fait\s+represente/;

/**
 * Offset (from `from`) of the first paragraph in fold[from, to) that follows
 * a full stop and a blank line and opens with a proxy sentence; `to - from`
 * when there is none.
 */
export function proxyParagraphAt(fold: string, from: number, to: number): number {
  const para = /\.[ \t]*\n[ \t]*\n\s*/g;
  para.lastIndex = from;
  for (let m = para.exec(fold); m !== null && m.index < to; m = para.exec(fold)) {
    const start = m.index + m[0].length;
    if (start < to && PROXY_VERB.test(fold.slice(start, Math.min(to, start + 240)))) return m.index + 1 - from;
  }
  return to - from;
}

/**
 * In a list separated by commas or semicolons (no TAB, no wider gap anywhere), two spaces
 * between two words are a typist's slip inside a name ("Jocelyne  RAUTUREAU"),
 * not a column gap: the second becomes a no-break space (offsets kept), which
 * no separator matches and names read as a space.
 */
export function typedDoubleSpaces(content: string): string {
  if (!content.includes('  ') || content.includes('\t') || /\S {3,}\S/.test(content)) return content;
  if ((content.match(/[,;]/g)?.length ?? 0) < 3) return content;
  // (before a note too: "LOISEAU  (pouvoir  à  M.  THIBAULT)" keeps its note)
  return content.replace(/(?<=[\p{L}.'’-]) {2}(?=[\p{L}(])/gu, ' \u00A0');
}

/** A relation in a note, naming the holder inside the brackets: "(pouvoir à M. Y)", "(procuration donnée à Y)", "(représentée par Y)". */
const PAIR_IN_NOTE = /\([^)]*\b(?:pouvoir|procuration|mandat|represente?e?)\b[^)]*\b(?:a|au|par)\s+\S/;

/** A column title of a members' table aligned with spaces: the name's, or one whose cells name no one. */
// (a proxies table's columns too: the giver's, "Délégué(e) absent(e)", "Mandant", and the holder's, "Pouvoir donné à", "Mandataire")
const NAME_TITLE = /^(?:nom(?:\s+et)?\s+pr[ée]nom|nom|pr[ée]nom|nom\s*-\s*pr[ée]nom|membres?|d[ée]l[ée]gu[ée]e?s?|conseill(?:er|ère)s?|[ée]lu(?:e|s|es)?|(?:d[ée]l[ée]gu[ée]|membre|conseill(?:er|ère)|[ée]lu)(?:\(e\)|e)?s?\s+absent(?:\(e\)|e)?s?|mandants?|mandataires?|(?:pouvoir|procuration)(?:\s+donn[ée](?:\(e\)|e)?)?\s+[àa]|repr[ée]sent[ée](?:\(e\)|e)?\s+par)$/i;
const OTHER_TITLE = /^(?:communes?|communaut[ée]s?|intercommunalit[ée]s?|epci|collectivit[ée]s?(?:\s+repr[ée]sent[ée]es?)?|qualit[ée]s?|fonctions?|groupes?|secteurs?|cantons?|mandats?)$/i;

/**
 * A members' table aligned with spaces under the heading, its header row naming the columns ("NOM Prénom   Commune
 * NOM Prénom   Commune"): the header and the cells of the columns that name no one (commune, function, group) are
 * blanked (offsets kept), the names kept. Only when the header row's every cell is such a title, a name column
 * among them and another column beside it.
 */
export function blankTitledColumns(content: string): string {
  // (read on every list: its first line of text is looked at before the content is cut into lines)
  const text = content.search(/\S/);
  if (text < 0) return content;
  const headStart = content.lastIndexOf('\n', text) + 1;
  const headEnd = content.indexOf('\n', text);
  const header = content.slice(headStart, headEnd < 0 ? content.length : headEnd);
  if (!/ {2,}/.test(header)) return content;
  const cells = [...header.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], at: m.index! }));
  if (cells.length < 2 || !cells.every((c) => NAME_TITLE.test(c.text) || OTHER_TITLE.test(c.text)) || !cells.some((c) => NAME_TITLE.test(c.text)) || !cells.some((c) => OTHER_TITLE.test(c.text))) return content;
  const blankCols = cells.map((c, i) => ({ from: c.at, to: cells[i + 1]?.at ?? Infinity, blank: OTHER_TITLE.test(c.text) })).filter((c) => c.blank);
  const lines = content.split('\n');
  const k = content.slice(0, headStart).split('\n').length - 1;
  const out = lines.map((line, i) => {
    if (i === k) return ' '.repeat(line.length);
    if (i < k) return line;
    let l = line;
    for (const col of blankCols) {
      // (a cell starts at its column, give or take two characters, after a space — one when the name before it fills
      // its column: "RESSEGUIER Marie-Hélène LE PAS-SUR-VARENNE" — and runs to two spaces or the line's end)
      let p = -1;
      for (let q = Math.max(0, col.from - 2); q <= col.from + 2 && q < line.length; q++) {
        if (line[q] !== ' ' && (q === 0 || line[q - 1] === ' ')) {
          p = q;
          break;
        }
      }
      if (p < 0) continue;
      const gap = line.indexOf('  ', p);
      const e = gap < 0 ? line.length : gap;
      l = l.slice(0, p) + ' '.repeat(e - p) + l.slice(e);
    }
    return l;
  });
  // (the blank line ends the table: the lines after it are left as they are)
  const end = out.findIndex((l, i) => i > k && lines[i]!.trim() === '');
  return (end < 0 ? out : [...out.slice(0, end), ...lines.slice(end)]).join('\n');
}

/** End of the lines of proxy sentences from `at` (blank lines before them skipped), in fold[at, to). */
function endOfProxyLines(fold: string, at: number, to: number): number {
  let end = at;
  let i = at;
  while (i < to && /\s/.test(fold[i]!)) i++;
  while (i < to) {
    const nl = fold.indexOf('\n', i);
    const lineEnd = nl < 0 || nl > to ? to : nl;
    if (!PROXY_VERB.test(fold.slice(i, lineEnd))) break;
    end = lineEnd;
    i = lineEnd + 1;
  }
  return end;
}

/**
 * A note written in the right margin of a list line and read with it, far
 * from the entry ("Mme X, 4e adjointe                 vu le Maire", a
 * stamp "~ ‘. ,."): after twelve spaces or more, a short tail opening in
 * lower case or with a sign and naming nobody (no civility, no word in
 * capitals) is blanked (offsets kept). A right column of names opens with a capital.
 */
export function blankMarginNotes(content: string): string {
  if (/\n {24,}\S/.test(content)) content = blankLoneMarginNotes(content);
  if (!/\S {12,}\S/.test(content)) return content;
  // (the tail opens in lower case or with a sign, as a note or a stamp does; a name opens with a capital)
  return content.replace(/(?<=\S) {12,}([a-zß-ÿ~‘’'`^_][^\n]{0,30})(?=\n|$)/g, (m, tail: string) =>
    /(?:^|\s)(?:M\.|MM\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)(?:\s|$)|\p{Lu}{2}/u.test(tail) ? m : ' '.repeat(m.length),
  );
}

/**
 * A round bullet the OCR read as a letter ("e", "o", "c", "©") opening a list line before a name written without civility,
 * a given name and a surname in capitals or the reverse ("e Muriel SANS", "o DUPRAT Anne"): blanked (offsets kept) when
 * two lines or more open so, as one line might open with a word of the language.
 */
const LETTER_BULLET_NAME = /(?<=^|\n)([ \t]*)[eoc¢©](?=[ \t]+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2}|\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll}))/gu;
// (or one such line among lines that open with a true bullet: "• Loïc X" / "e Annaig LE ROUX" / "• Ronan Y")
const BULLET_LINE = /(?<=^|\n)[ \t]*[•\-–][ \t]+\p{Lu}/gu;
function blankLetterBullets(content: string): string {
  const letters = content.match(LETTER_BULLET_NAME)?.length ?? 0;
  if (letters === 0 || (letters === 1 && (content.match(BULLET_LINE)?.length ?? 0) < 2)) return content;
  return content.replace(LETTER_BULLET_NAME, '$1 ');
}

/** A roll call's ticked box opening a line before the member's name: "X", "[x]", "><" (a scan's cross), "✓", "☒". */
const TICKED_BOX_LINE = /(?<=^|\n)([ \t]*)(?:[xX✓✔☒☑]|\[[xX]\]|><)(?=[ \t]+(?:\p{Lu}{2}|\p{Lu}\p{Ll}+[ \t]+\p{Lu}{2}))/gu;
/** The same box left empty, "☐" or "[ ]", and its line up to the end. */
const EMPTY_BOX_LINE = /(?<=^|\n)[ \t]*(?:[☐□▢]|\[[ \t]?\])[ \t]+[^\n]*/gu;
/**
 * A printed roll call ticked by hand, one member a line after their box ("  X   DUPONT Jean, Maire" / " [x]  MARTIN Paul" /
 * "  ☐   DURAND Luc (excusé)"), two ticked lines or more: the ticks are blanked (offsets kept) and the members read as
 * present; an empty box leaves its member unticked, no member present: its line is blanked (a bracket's note saying why,
 * "(excusé)", is not read as an absence: the list is of the present).
 */
function blankRollCallBoxes(content: string): string {
  if ((content.match(TICKED_BOX_LINE)?.length ?? 0) < 2) return content;
  return content
    .replace(TICKED_BOX_LINE, (m, ws: string) => ws + ' '.repeat(m.length - ws.length))
    .replace(EMPTY_BOX_LINE, (m) => ' '.repeat(m.length));
}

/**
 * A note handwritten in the margin and read on a line of its own under a list line, far right ("l9/4", "vu", "copie"): a
 * short piece indented 24 spaces or more, opening in lower case, with a sign or as a day/month, naming nobody (no civility,
 * no word in capitals), is blanked (offsets kept), so that the list's last entry does not run on into it. A right column's
 * name opens with a capital.
 */
const LONE_MARGIN_NOTE = /(?<=\n) {24,}(?:[a-zß-ÿ~‘’'`^_]|\d{1,2}\/)[^\n]{0,14}(?=\n|$)/g;
function blankLoneMarginNotes(content: string): string {
  return content.replace(LONE_MARGIN_NOTE, (m) => (/(?:^|\s)(?:M\.|MM\.|Mmes?|Mlle|Mr\.?|Monsieur|Madame)(?:\s|$)|\p{Lu}{2}/u.test(m) ? m : ' '.repeat(m.length)));
}

/**
 * Where the right column starts on a line of two columns whose right one
 * starts near `col`: the end of a run of three spaces or more (or the line's
 * own indentation) reaching within four characters of `col`; -1 when the
 * line holds the left column only.
 */
export function splitAtColumn(line: string, col: number): number {
  if (col === TAB_COLUMN) {
    const tab = /\t+/.exec(line);
    return tab ? tab.index + tab[0].length : -1;
  }
  const re = / {3,}(?=\S)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const at = m.index + m[0].length;
    if (at >= col - 4 && at <= col + 4) return at;
    if (at > col + 4) break;
  }
  const indent = /^ */.exec(line)![0].length;
  return indent >= col - 4 && indent < line.length ? indent : -1;
}

/** The right column of a table whose cells a TAB separates ("Délégués présents⇥Délégués excusés"): after a line's first TABs, at no fixed position. */
export const TAB_COLUMN = -1;

/**
 * `content` with page furniture blanked (`blankPageFurniture`), `before` the
 * same before: where an entry runs on over a blanked page break (the text
 * before it ends with neither '.' nor ';' nor ':'), the break's line breaks
 * become spaces, but the last (same length: offsets kept).
 */
export function joinAcrossBlankedBreaks(content: string, before: string): string {
  return content.replace(/(?<=[^\s.;:])[ \t]*\n(?:[ \t]*\n)+/g, (gap, at: number) => {
    if (!/\S/.test(before.slice(at, at + gap.length))) return gap;
    const last = gap.lastIndexOf('\n');
    return gap.slice(0, last).replace(/\n/g, ' ') + gap.slice(last);
  });
}

/** True when `line` holds `n` words or more (runs of characters other than `\s`: `line.split(/\s+/)` without the empty ends). */
function wordCountReaches(line: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/**
 * Offset (from `from`) of the first paragraph in norm[from, to) whose first
 * line reads as prose (12 words or more, three in four opening in lower
 * case); `to - from` when there is none.
 */
export function proseParagraphAt(norm: string, from: number, to: number): number {
  let at = norm.indexOf('\n\n', from);
  while (at >= 0 && at < to) {
    let start = at + 2;
    while (start < to && /\s/.test(norm[start]!)) start++;
    const lineEnd = norm.indexOf('\n', start);
    const line = norm.slice(start, lineEnd < 0 || lineEnd > to ? to : lineEnd);
    // (a line of fewer than 12 words is no prose: most lines of a header, counted without the costly word patterns)
    if (wordCountReaches(line, 12)) {
      const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
      if (words.length >= 12 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= words.length * 0.75) return start - from;
    }
    at = norm.indexOf('\n\n', start);
  }
  return to - from;
}

/** Lines of the ACTES transmission stamp printed across a page. */
// (or a reception stamp's lines set apart in the list, indented: "SOUS-PREFECTURE DE X" / "- 2 AVR. l985" / "ARRIVEE")
const STAMP_LINE = /^[ \t]{4,}(?:s[o0]us-pr[ée]fecture|pr[ée]fecture|arriv[ée]e?|re[çc]ue?|courrier)\b[^\n]*$|^[ \t]{4,}[-–]?[ \t]*[\dlIO]{1,2}[ \t]+(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept|oct|nov|d[ée]c)[a-zé]*\.?[ \t]+[\dlIO]{4}[ \t]*[-–]?[ \t]*$|^[\f \t]*(?:[-–•·.][ \t]*)?(?:accus[ée]\s+de\s+r[ée]ception|date\s+de\s+(?:t[ée]l[ée]transmission|r[ée]ception)|(?:envoy[ée]|re[çc]u)\s+en\s+pr[ée]fecture|publi[ée]\s+le|affich[ée]\s+le|id\s*:\s*\d{3}-|\d{3}-\d{9}-\d{8}-[\w.-]+-(?:DE|AI|AR|CC|AU)\b)/i;
/**
 * « suppléé(e) par » / « remplacé(e) par » up to « par »: the words naming who sat in an absent member's seat, one source
 * for SEAT_ROW and SUBSTITUTE_NOTE. Each pattern keeps its own spacing, civilities, name shape and flags around it
 * (SEAT_ROW: one line, case as written; SUBSTITUTE_NOTE: a bracket's note that may wrap, any case).
 */
const SUBSTITUTED_BY = String.raw`(?:suppl[ée]{1,2}e?|remplac[ée]e?)`;
/** A one-seat commune's row: the commune in capitals, its member, the state after a comma, the substitute who sat at most. */
const SEAT_ROW = new RegExp(
  String.raw`^[ \t]*\p{Lu}[\p{Lu}'’ -]{2,60}?[ \t]*:[ \t]*((?:M\.|Mme|Mlle|Monsieur|Madame)\s[^,\n]{2,60}?),[ \t]*(pr[ée]sente?|absente?|excus[ée]e?)` +
    String.raw`(?:,[ \t]*${SUBSTITUTED_BY}[ \t]+par[ \t]+((?:M\.|Mme|Mlle|Monsieur|Madame)\s[^,\n]{2,60}?)(?:,[^\n]*)?)?[ \t]*\.?[ \t]*$`,
  'u',
);
/** In a bracket's note ("(excusée, suppléée par M. X, délégué suppléant)"), the substitute named after « suppléé par ». */
const SUBSTITUTE_NOTE = new RegExp(String.raw`\b${SUBSTITUTED_BY}\s+par\s+((?:M\.|Mme|Monsieur|Madame)\s[^,;()]+)`, 'i');
/** The stamp's date alone on its line right under « Reçu en préfecture », as OCR reads it: "Ie 04 0CT. 2012". */
const STAMP_DATE_LINE = /^[\f \t]*[lI1]e[ \t]+[\dlIO]{1,2}[ \t]+(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept|[o0]ct|nov|d[ée]c)[a-zé]*\.?[ \t]+[\dlIO]{4}[ \t]*$/i;
/** A Québec register's page foot, the officers' initials on their rules: "________ Initiales de la mairesse      ________ Initiales de la d.g.". */
const INITIALS_LINE = /^[ \t]*_{3,}[ \t]*initiales\s+d[ue]\b[^\n]*$/i;
/** A page footer's address: a phone number, or a street and a postcode ("Mairie – 1 place de l'Église – 26340 X – Tél. 04 75 …"). */
// (or a Belgian phone number, its zone before a slash: "Administration communale de X – Place Communale, 1 – 5380 X – Tél. 081/58.70.10")
// (not presence-table.ts ADDRESS_FOOTER: this one reads raw text and wants a house number before the street, as a list line may name a street)
// (or the street between the footer's dashes, the town after it with no postcode: "Conseil général de X – Hôtel du Département –
// 2, rue du Présidial – 24 PÉRIZAC")
const ADDRESS_LINE = /\bt[ée]l(?:[ée]phone)?\.?\s*:?\s*(?:\+33\s?|0)\d(?:[ .]?\d{2}){4}\b|\bt[ée]l(?:[ée]phone)?\.?\s*:?\s*(?:\+32\s?|0)\d{1,3}\/\d{2,3}(?:[ .]?\d{2}){2,3}\b|\b\d{1,4}(?:\s+(?:bis|ter))?,?\s+(?:place|rue|avenue|boulevard|chemin|route|allée|cours|quai)\b[^\n]{0,60}\b\d{5}\b|[–—][ \t]\d{1,4}(?:\s+(?:bis|ter))?,?\s+(?:place|rue|avenue|boulevard|chemin|route|allée|cours|quai)\b[^\n–—]{1,60}[ \t][–—][ \t]/i;
/** A running header or footer beside a page number: the body's name and the date, no civility (its year's zeros read by OCR as O: "2OOO"). */
// (or, no year, the body and its minutes after a dash: "Municipalité de X – Procès-verbal du conseil")
const RUNNING_LINE = /(?:conseil|s[ée]ance|proc[èe]s-verbal|registre|d[ée]lib[ée]ration|comit[ée]|commission|bureau)[^\n]*(?:19|2[0O])[\dO]{2}|(?:19|20)\d\d[^\n]*(?:conseil|s[ée]ance|proc[èe]s-verbal|registre)|^[ \t]*(?:municipalit[ée]|ville|mrc|canton|village|paroisse)(?=[ \t])[^\n]{2,60}[ \t][-–—][ \t]+proc[èe]s-verba(?:l|ux)\b[^\n]{0,30}$/i;
const CIVILITY = /\b(?:M\.|MM\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s/;

/** A rule line, or a stamp's garbage far right (OCR: "~", "‘", "^", "`"). */
// (or a margin's stroke far right, read as a bar: "                    |")
const PAGE_SIDE_LINE = /^[ \t]*[_=\-–—~.]{5,}[ \t]*$|^[ \t]{20,}\S.{0,40}$(?<=[~‘`^].{0,40})|^[ \t]{20,}[|¦][ \t]*$/;

/**
 * Page furniture inside a list (footer "… – Page 1/9", "Délibération n° … – 1/5",
 * a page number alone) is blanked so the list runs on across the page break.
 */
export function blankPageFurniture(content: string, isTitleLine: (line: string) => boolean = () => false): string {
  const lines = content.split('\n');
  // (every alternative of PAGE_LINE holds a digit: a line without one is not tried, most list lines)
  const numbered = lines.map((l) => /[0-9]/.test(l) && PAGE_LINE.test(l));
  const stamp = lines.map((l) => STAMP_LINE.test(l));
  const page = lines.map((l, i) => numbered[i]! || stamp[i]! || INITIALS_LINE.test(l) || (i > 0 && stamp[i - 1]! && STAMP_DATE_LINE.test(l)));
  // nothing to blank: the content as it is (what the join below would give)
  if (!page.includes(true)) return content;
  const blank = page.slice();
  // the running header or footer next to a page number (blank lines and stamp lines between allowed)
  for (let i = 0; i < lines.length; i++) {
    if (!numbered[i]) continue;
    for (const dir of [-1, 1]) {
      let j = i + dir;
      // (and the rule drawn between the footer and the next page's header: "_____")
      // (or a stray stroke far right: "                    |")
      while (j >= 0 && j < lines.length && (!lines[j]!.trim() || (page[j] && !numbered[j]) || /^[ \t]*[_=\-–—]{5,}[ \t]*$|^[ \t]{20,}[|¦~][ \t]*$/.test(lines[j]!))) j += dir;
      // (or the document's title again: "Syndicat mixte des eaux du Bas-Orlène" under "SMEBO – Comité syndical du 11/02/2021 … 1/9")
      if (j >= 0 && j < lines.length && !page[j] && (RUNNING_LINE.test(lines[j]!) || isTitleLine(lines[j]!)) && !CIVILITY.test(lines[j]!) && !/:/.test(lines[j]!)) {
        blank[j] = true;
        // (a running header of two lines, the body's title then the session's: "CONSEIL GÉNÉRAL DE X" / "Commission permanente
        // – Réunion du 14 juin 2012"; the second must read as a running line itself)
        const k = j + dir;
        if (k >= 0 && k < lines.length && !page[k] && RUNNING_LINE.test(lines[k]!) && !CIVILITY.test(lines[k]!) && !/:/.test(lines[k]!)) blank[k] = true;
      }
      // (or the address line of the footer: "Mairie – 1 place de l'Église – 26340 X – Tél. 04 75 21 60 18")
      else if (j >= 0 && j < lines.length && !page[j] && ADDRESS_LINE.test(lines[j]!) && !CIVILITY.test(lines[j]!)) {
        blank[j] = true;
        // (the running header beyond it)
        let k = j + dir;
        while (k >= 0 && k < lines.length && !lines[k]!.trim()) k += dir;
        // (or the footer's other address line first, street and phone on two lines: "Hôtel de ville – 3 rue X – 62000 Y" /
        // "Tél. 03 21 … – www.y.fr")
        if (k >= 0 && k < lines.length && !page[k] && ADDRESS_LINE.test(lines[k]!) && !CIVILITY.test(lines[k]!)) {
          blank[k] = true;
          k += dir;
          while (k >= 0 && k < lines.length && !lines[k]!.trim()) k += dir;
        }
        if (k >= 0 && k < lines.length && !page[k] && RUNNING_LINE.test(lines[k]!) && !CIVILITY.test(lines[k]!) && !/:/.test(lines[k]!)) blank[k] = true;
      }
    }
  }
  // beside a page break: the rule under a running header ("_____") and a stamp read by OCR far
  // right ("   ,~ ‘ MAIRIE" / "   . D'ARRENS ~."), up to three lines away, each such line
  // extending the break
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < lines.length; i++) {
      if (blank[i] || !PAGE_SIDE_LINE.test(lines[i]!)) continue;
      let near = false;
      for (let d = -3; d <= 3 && !near; d++) near = d !== 0 && i + d >= 0 && i + d < lines.length && blank[i + d]! && lines[i + d]!.trim() !== '';
      if (near) blank[i] = changed = true;
    }
  }
  return lines.map((l, i) => (blank[i] ? ' '.repeat(l.length) : l)).join('\n');
}

/** A date as a margin writes it: "20/06/2024", "1er juin 2024". */
const MARGIN_DATE = String.raw`(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4})`;

/**
 * A surname in capitals split between two lines without a hyphen by an extraction that cuts a line into fragments (pdf.js):
 * "…, M. Guillaume GIRAU" / "DEAU, Mme Isabelle X, …". The line ends with a civility, a given name and a word in capitals,
 * the next opens with one word in capitals closed by the list's comma or full stop: the two are one word, the line break
 * moved after it (same length, offsets kept). Not after a particle ("Mme Karine LE" / "BAIL": two words, read as such).
 */
const SPLIT_SURNAME = /(?<=(?:^|[,;:]|\n)[ \t]*(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+)(\p{Lu}{2,})\n([ \t]*)(\p{Lu}{2,})(?=[,.;])/gu;
function joinSplitSurnames(content: string): string {
  return content.replace(SPLIT_SURNAME, (m, a: string, ws: string, b: string) =>
    /^(?:LE|LA|LES|DE|DU|DES|DI|DA|VAN|VON|DEL|EL|AL|BEN|SAINT|SAINTE)$/.test(a) ? m : a + b + '\n' + ws,
  );
}

/**
 * The right column of a two-column page glued to the ends of list lines by
 * the extraction ("M. Pascal DARCOS, en exercice : 80", "Mme Fabienne  20 juin
 * 2024"): count labels with their number, "Nombre de membres", "Date de
 * convocation :" (with its date or without), "Date d'affichage :", a margin's count after a wide gap ("qui ont pris part à
 * la délibération : 9") and a lone date ending a line are blanked, offsets kept.
 */
const RIGHT_COLUMN_TAIL = new RegExp(
  String.raw`(?<=\S)(?:[ \t]{2,}|[ \t](?=(?:en\s+exercice|pr[ée]sents?|pouvoirs?|procurations?|votants|absents?|exprim[ée]s|repr[ée]sent[ée]s)\s*:\s*\d))(?:nombre\s+de\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s)(?:[ \t]*:)?|(?:en\s+exercice|pr[ée]sents?|pouvoirs?|procurations?|votants|absents?|exprim[ée]s|repr[ée]sent[ée]s)\s*:\s*\d{1,4}|date\s+de\s+(?:la\s+)?convocation\s*:?(?:[ \t]*${MARGIN_DATE})?|date\s+d'\s?affichage\s*:?(?:[ \t]*${MARGIN_DATE})?|(?<=[ \t]{4})objet\s*:|(?<=[ \t]{6})[A-Za-zÀ-ÿ'’](?:[^\n:,;\s]|[ \t](?![ \t])){2,60}?\s*:\s*\d{1,4}|${MARGIN_DATE})[ \t]*$`,
  'gim',
);

/**
 * A box drawn in characters to the right of a list's lines (pdftotext -layout): its border "+-----+" or a bordered cell
 * "| Présents   16 |" after a wide gap at a line's end, the line not itself a table's row (it opens with no pipe).
 */
const DRAWN_BOX_TAIL = /^(?![ \t]*\|)([^\n]*[^\s|])([ \t]{6,})(\+[-=+]{3,}\+|\|[^|\n]+\|)[ \t]*$/gm;

export function blankRightColumn(content: string): string {
  // (a box of counts drawn beside the list: its borders and cells are blanked, offsets kept; its counts are read elsewhere)
  if (content.includes('|') || content.includes('+-')) content = content.replace(DRAWN_BOX_TAIL, (m, head: string, gap: string) => head + gap + ' '.repeat(m.length - head.length - gap.length));
  // (the box's title on the heading's own line, after a wide gap: "Étaient présents :          Nombre de délégués")
  if (/^[ \t]{6,}nombre/i.test(content)) content = content.replace(/^[ \t]{6,}nombre\s+de\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s)(?:[ \t]*:)?[ \t]*(?=\n)/i, (m) => ' '.repeat(m.length));
  // (every tail opens on a gap of two blanks or more, or on one blank before a count's colon: none without them)
  if (!content.includes('  ') && !content.includes('\t') && !content.includes(':')) return blankMarginTails(content);
  return blankMarginTails(content.replace(RIGHT_COLUMN_TAIL, (m) => ' '.repeat(m.length)));
}

/** An office, then « à » and the holder's civility ("Président à Mme Y"): the match up to the holder, when the words before « à » are an office only. */
function roleThenHolder(text: string): RegExpExecArray | null {
  const m = /^\s*(\p{Lu}[^,;:()]{1,60}?)\s(?:à|au)\s+(?=(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s)/u.exec(text);
  return m && isRoleOnly(m[1]!) ? m : null;
}

/** A list line's names (a comma or a semicolon among them), then a wide gap and a piece without one ending the line: the margin's text moved after it. */
const MARGIN_TAIL = /^([^\n]*[,;][^\n]*\S)( {6,})(\S[^,;\n]{0,40})$/gm;

/**
 * A register's margin column read beside a list written as a sentence (the margin moved after each line, see
 * margin-column.ts): "DALMAS Rayrnond, ESTOURNEL Pierre, GRANIER Louis, JULIA        Chernin rural n° 4 -". The
 * pieces after the wide gap are blanked (offsets kept) when two lines or more of the list end so.
 */
function blankMarginTails(content: string): string {
  if (!/ {6}/.test(content)) return content;
  // (a register's margin mark after the columns, a word of two or three letters in small letters: "… M. VUILLAUME Denis      Vu")
  if (/\S {8,}\p{Lu}?\p{Ll}{1,2}\.?[ \t]*(?:\n|$)/u.test(content)) content = content.replace(/(?<=\S {8,})\p{Lu}?\p{Ll}{1,2}\.?(?=[ \t]*(?:\n|$))/gu, (m) => ' '.repeat(m.length));
  // (a tail that names someone, in capitals or after a civility, is a second column of names: kept)
  const tails = [...content.matchAll(MARGIN_TAIL)].filter((m) => !namesSomeone(m[3]!));
  if (tails.length < 2) return content;
  return content.replace(MARGIN_TAIL, (m, head: string, gap: string, tail: string) => (namesSomeone(tail) ? m : head + gap + ' '.repeat(tail.length)));
}

/**
 * A flattened page's next item after the list's last name, on its line: "…, Valérie GILLET. 1 – BUDGET PRIMITIF …" (the
 * name's full stop, the item's number and dash, a title: a word of four capitals or more, no comma for forty characters).
 * Where the list's content ends: the item's number, or the content's length.
 */
function nextItemAt(content: string): number {
  if (!/\.[ \t]+\d/.test(content)) return content.length;
  const m = /(?<=\p{L}\)?\.)[ \t]+\d{1,3}[ \t]*[–—-][ \t]+(?=\p{Lu}{4}|\p{Lu}\p{Ll}{3})(?![^,\n]{0,40},)/u.exec(content);
  return m ? m.index + 1 : content.length;
}

/** Count lines interleaved in a list ("Votants : 14") are blanked, offsets kept. */
export function blankCountLines(content: string): string {
  // (a count line holds a colon, or is the box's title)
  if (!content.includes(':') && !/nombre\s+de/i.test(content)) return content;
  // (its figures as OCR reads them, "en exercice : 3O"; or the box's title alone, "Nombre de délégués", threaded through a list)
  // (not a member's line with the box's count beside it: blankRightColumn takes that tail, the name stays)
  return content.replace(/^[ \t]*(?:(?:nombre\s+de\s+)?[A-Za-zÀ-ÿ' ]{3,40}(?:\([a-z]{1,3}\))*[ \t]*:[ \t]*\(?(?=[\dOlI]*\d)[\dOlI]{1,4}\)?|nombre\s+de\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s))[ \t]*$/gim, (m) => (nameBesideCount(m) ? m : ' '.repeat(m.length)));
}

/**
 * A member's name, a wide gap, then a count of the box beside the list (« Agnès MARTEL        En exercice : 19 »: a box
 * of counts laid side by side with the first names of a list one per line): the name is the list's. The piece before the
 * gap is two words or more, each opening with a capital; a box's label wrapped wide (« Membres en   exercice : 9 ») is not.
 */
function nameBesideCount(line: string): boolean {
  const gap = /\S( {3,}|\t)\S/.exec(line);
  return gap !== null && /^[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)+$/u.test(line.slice(0, gap.index + 1));
}

/** A count box's line alone: a label and its count ("présents : 22", "en exercice : 30"), or its title ("Nombre de délégués"). */
const THREADED_COUNT_LINE = /^[ \t]*(?:nombre\s+de\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s)|(?:[A-Za-zÀ-ÿ']+[ \t]){0,3}[A-Za-zÀ-ÿ']+[ \t]*:[ \t]*\d{1,3})[ \t]*$/i;

/**
 * A line of a list one member per line that is no member of a second column: a group's (commune's, sector's) label alone
 * before its colon ("Mervaux :", "Bussy-les-Prés :"; not an attendance heading), or the rest of a word the line before cut at
 * its end with a hyphen ("M. CHAM-" / "PION Robert").
 */
function groupLabelOrCutRest(line: string, before: string): boolean {
  if (/\p{L}-[ \t]*\n?$/u.test(before) && /^[ \t]*\p{L}/u.test(line)) return true;
  return /^[ \t]*\p{Lu}[\p{L}'’ -]{1,60}?[ \t]*:[ \t]*$/u.test(line) && !ATTENDANCE_LABEL.test(line) && !isRoleOnly(line.replace(/[ \t]*:[ \t]*$/, ''));
}

/** A column title of members (folded): "Délégués titulaires", "Conseillers", "Membres présents". */
const LEFT_MEMBERS_TITLE = new RegExp(String.raw`^(?:${MEMBER_TITLE})(?:\s+presente?s?)?$`);

/** Labels of the attendance's own lines ("Présidence : M. X", "Pouvoirs : …"), never a group of members. */
const ATTENDANCE_LABEL = /pr[ée]sen|absen|excus|pouvoir|procuration|mandat|d[ée]l[ée]gation|secr[ée]tari|suppl[ée]ant|repr[ée]sent|invit|assist|rapporteu|objet|vote|pr[ée]sid|ordre|public|personnel|services?\b|direct|\b(?:M\.|Mme|Monsieur|Madame)\s/i;

/** A group's name alone on a line, or one per column: "Commune de X", "Ville d'Y", "Canton de Z" (single spaces inside a name). */
const GROUP_LABEL = String.raw`(?:Commune|Ville|Canton)\s(?:de\s(?:la\s|l['’])?|d['’]\s?|du\s|des\s)\p{Lu}[\p{L}'’-]*(?: (?! )[\p{L}'’-]+){0,6}`;
const GROUP_HEADING_LINE = new RegExp(String.raw`(?<=\n)[ \t]*${GROUP_LABEL}(?:(?: {2,}|\t+)${GROUP_LABEL})*[ \t]*(?=\n)`, 'gu');

/**
 * Group labels at the start of a line before names ("Castelfort : M. Pierre
 * LAUTARD", "Communauté de communes X : Mme …") are blanked: a commune or a
 * group, not a person.
 */
/**
 * In a list of « NOM Prénom » one per line, a board's college titles on lines of their own, in small letters, above
 * their members ("Désignés par le conseil communautaire parmi ses membres", "Personnalités qualifiées", "Représentants des
 * locataires"): blanked, offsets kept. Only with three name lines or more, each title followed by a name line.
 */
function blankCollegeTitles(content: string): string {
  const lines = content.split('\n');
  const isName = (l: string) => /^[ \t]*(?:[-–•*][ \t]*)?\p{Lu}{2,}[\p{Lu}'’ -]*[ \t]+\p{Lu}\p{Ll}/u.test(l);
  if (lines.filter(isName).length < 3) return content;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // (one phrase: not a table's header row, "Nom Prénom      Fonction      Présence")
    if (!/^[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+[\p{L}'’-]+){0,12}[ \t]*$/u.test(l) || /\p{Lu}{3}|[,;:\d]|\S(?: {2,}|\t)\S/u.test(l) || CIVILITY.test(l) || isRoleOnly(l.trim())) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    if (j < lines.length && isName(lines[j]!)) {
      lines[i] = ' '.repeat(l.length);
      changed = true;
    }
  }
  return changed ? lines.join('\n') : content;
}

/** A political group's title alone on its line (group 2), no colon nor civility in it, a member's civility opening the next line. */
const GROUP_TITLE_ABOVE_MEMBERS = /(\n[ \t]*)((?:Groupe|Non[- ]inscrit(?:e|\(e\))?s?)\b(?![^\n]*\b(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s)[^\n:;]{0,100}?)(?=[ \t]*\n[ \t]*(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s)/gu;

/**
 * The full stop of a role abbreviated after a member's name, a column's gap or the line's end after it ("M. Jean X,
 * Vice-Prés.      Mme Anne Y, Vice-Présidente"): an abbreviation's, no sentence's end (blanked, offsets kept), so that the
 * list reads on to the next cell.
 */
function blankRoleAbbreviationStops(content: string): string {
  return content.replace(/(,[ \t]*)(\p{Lu}[\p{L}-]{1,11})\.(?=[ \t]{2,}\S|[ \t]*\n)/gu, (m, lead: string, word: string) => (isRoleOnly(`${word}.`) ? `${lead}${word} ` : m));
}

export function blankGroupLabels(content: string): string {
  content = blankCollegeTitles(content);
  // a group's title repeated on the next page with its continuation mark, "COLLÈGE DES COMMUNES URBAINES (suite)": the mark
  // blanked, so that the title reads as on the first page (below)
  if (content.includes('(suite')) content = content.replace(/(?<=\p{Lu}{3}[ \t]*)\((?:suite(?:\s+et\s+fin)?)\)(?=[ \t]*(?:\n|$)|[ \t]{2,}\S)/gu, (m) => ' '.repeat(m.length));
  // a group's title alone on its line, in capitals: "COLLÈGE NORD", "GROUPE MAJORITAIRE", "SECTEUR EST"
  // (the blanks after it aside: a continuation mark blanked above leaves them, "COLLÈGE DES COMMUNES RURALES (suite)")
  // (or a member body's name: "COMMUNAUTÉ DE COMMUNES DU QUERCY DES SERRES", its delegates on the lines below)
  if (/\n[ \t]*(?:COLL[ÈE]GE|GROUPE|SECTEUR|TERRITOIRE|CANTON|SECTION|P[ÔO]LE|BASSIN|COMMUNAUT[ÉE] D|M[ÉE]TROPOLE|SYNDICAT)/.test(content)) {
    content = content.replace(/(\n[ \t]*)((?:COLL[ÈE]GE|GROUPE|SECTEUR|TERRITOIRE|CANTON|SECTION|P[ÔO]LE|BASSIN|COMMUNAUT[ÉE](?= D)|M[ÉE]TROPOLE|SYNDICAT)(?![\p{L}])[^\n:a-zß-ÿ]{0,70}?)(?=[ \t]*(?:\n|$))/gu, (_m, nl: string, label: string) => nl + ' '.repeat(label.length));
  }
  // (or a board's members by how they were chosen, in capitals, one such title or two side by side over two columns:
  // "ÉLUS DU CONSEIL MUNICIPAL          MEMBRES NOMMÉS PAR LE MAIRE")
  if (/\n[ \t]*(?:[ÉE]LU|MEMBRES|REPR[ÉE]SENTANTS|ADMINISTRATEURS|PERSONNALIT[ÉE]S)/.test(content)) {
    content = content.replace(/(\n[ \t]*)((?:[ÉE]LU(?:E|S|ES)?|MEMBRES|REPR[ÉE]SENTANTS|ADMINISTRATEURS|PERSONNALIT[ÉE]S)[ \t]+(?:DU|DE|DES|D['’]|PAR|[ÉE]LU(?:E|S|ES)?|NOMM[ÉE](?:E|S|ES)?|D[ÉE]SIGN[ÉE](?:E|S|ES)?|QUALIFI[ÉE]ES)(?![\p{L}])[^\n:a-zß-ÿ]{0,100})(?=\n|$)/gu, (_m, nl: string, label: string) => nl + ' '.repeat(label.length));
  }
  // (or a sector's, a canton's, a college's name in small letters, alone on its line above its delegates written with their
  // civilities: "Secteur de la Cure" / "MM. Marcel X, Pierre Y, Mme Yvonne" …)
  if (/\n[ \t]*(?:Secteur|Canton|Coll[èe]ge|Territoire|P[ôo]le|Bassin)\s/.test(content)) {
    content = content.replace(/(\n[ \t]*)((?:Secteur|Canton|Coll[èe]ge|Territoire|P[ôo]le|Bassin)[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’])[ \t]*[^\n:,;()]{1,60}?)(?=[ \t]*\n[ \t]*(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame|Messieurs|Mesdames)[ \t])/gu, (_m, nl: string, label: string) => nl + ' '.repeat(label.length));
  }
  // (or in small letters, alone on its line above its delegates' bullets: "CC du Pays d'Ollière" / "- Gérard X (Saint-Ours), Président")
  if (/\n[ \t]*(?:CC|CA|CU|Communaut|Commune|Ville|M[ée]tropole|Syndicat|SI[A-Z]|SM)/.test(content)) {
    content = content.replace(/(\n[ \t]*)((?:CC|CA|CU|Communaut[ée]\s+(?:de|d['’]|urbaine)|Commune\s+(?:de|d['’]|du)|Ville\s+(?:de|d['’]|du)|M[ée]tropole|Syndicat|SI[A-Z]{1,6}|SM[A-Z]{0,6})(?![\p{L}])[^\n:,;()]{0,70})(?=\n[ \t]*[-–—•*][ \t])/gu, (_m, nl: string, label: string) => nl + ' '.repeat(label.length));
  }
  // (or a cell of a list in two columns flattened with spaces, its delegates under it in its column: "CA de Lurzac
  // Agglomération        CC du Val d'Ormont" above the first names, "Paul X              CC des Hautes-Terres" where the left
  // column's body ends and the right's next body starts; the cell alone between the line's edge and a gap of two spaces)
  if (/(?:^|\n|[ \t]{2})[ \t]*(?:CC|CA|CU|Communaut)[ \t]+\S[^\n]*?(?:[ \t]{2}|$)/m.test(content) && /\S[ \t]{2,}\S/.test(content)) {
    content = content.replace(/(?<=(?:^|\n)[ \t]*|\S[ \t]{2,})(?:CC|CA|CU|Communaut[ée][ \t]+(?:de[ \t]+communes|d['’][ \t]?agglom[ée]ration|urbaine))(?:[ \t](?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le|les|l['’]\p{Lu}[\p{L}'’-]*|d['’]\p{Lu}[\p{L}'’-]*|et|en|sur|sous)){1,7}(?=[ \t]{2}|[ \t]*(?:\n|$))/gu, (cell, at: number, all: string) =>
      // (a column's cell, the line in columns: a gap on the line, before or after the cell)
      /\S[ \t]{2,}\S/.test(all.slice(all.lastIndexOf('\n', at) + 1, (all.indexOf('\n', at) + 1 || all.length + 1) - 1)) ? ' '.repeat(cell.length) : cell,
    );
  }
  // a political group's title on its line, with its size: "Groupe Socialiste, Radical, Citoyen et apparentés (29 élus)",
  // "Non-inscrits (3 élus) :"
  // (or a board's college with its seats: "Collège des représentants des communes (4 sièges)")
  // (or the size a bare figure: "Groupe « Montravel Ensemble » (30)" — seats, no count of the present)
  if (/\n[ \t]*(?:Groupe|Coll[èe]ge|Non[- ]inscrits?|Élus?\s+non\s+inscrits?)\b/.test(content)) {
    content = content.replace(/(\n[ \t]*)((?:Groupe|Coll[èe]ge|Non[- ]inscrits?|Élus?\s+non\s+inscrits?)\b[^\n]{0,120}?\(\s*\d{1,3}(?:\s+(?:élu\(?e?\)?s?|membres?|conseill\w+|si[èe]ges?|d[ée]l[ée]gu[ée]s?|repr[ée]sentants?|titulaires?))?\s*\)[ \t]*:?)(?=[ \t]*(?:\n|$))/gu, (_m, nl: string, label: string) => nl + ' '.repeat(label.length));
  }
  // (or without its size, in small letters, alone on its line above its members one per line with their civilities:
  // "Groupe Union de la droite et du centre" / "M. Christophe X, Président" / "Mme Nadia Y")
  if (/\n[ \t]*(?:Groupe|Non[- ]inscrits?)\b/.test(content)) content = content.replace(GROUP_TITLE_ABOVE_MEMBERS, (_m, nl: string, label: string) => nl + ' '.repeat(label.length));
  // a political group's title after the previous group's last name in a flattened page: "… Jean-François X. Groupe Gauche,
  // écologie et solidarités (21 élus) : Robert Y, …"
  if (/[.;][ \t]+(?:Groupe|Non[- ]inscrits?)\b/.test(content)) {
    content = content.replace(/(?<=[.;][ \t]+)(?:Groupe|Non[- ]inscrits?)\b[^\n:]{0,120}?\(\s*\d{1,3}\s+(?:élu\(?e?\)?s?|membres?|conseill\w+)\s*\)[ \t]*:/gu, (label: string) => ' '.repeat(label.length));
  }
  // (or a board's college: "… Mme Évelyne X. Membres nommés par le Maire : Mme Thérèse Y (UDAF), …")
  if (/[.;][ \t]+Membres\s+(?:élu|nommé|désigné)/.test(content)) {
    content = content.replace(/(?<=[.;][ \t]+)Membres\s+(?:élu|nommé|désigné)e?s?\b[^\n:.]{0,60}:/gu, (label: string) => ' '.repeat(label.length));
  }
  // a board's group title alone on its line, ending with a colon, its members on the lines below: "Représentants du Département :",
  // "Représentants des communes et des EPCI :" / "— Patrice X" (its « et » joins no two members)
  if (/\n[ \t]*(?:Repr[ée]sentants?|Coll[èe]ge|Membres|D[ée]l[ée]gu[ée]s|Titulaires)\s/.test(content)) {
    content = content.replace(/(?<=\n)[ \t]*(?:Repr[ée]sentant(?:e|\(e\))?s?|Coll[èe]ge|Membres|D[ée]l[ée]gu[ée]s|Titulaires)\s+(?:des?|du|d['’]|de\s+la|de\s+l['’]|[ée]lue?s|nomm[ée]e?s|d[ée]sign[ée]e?s)\s[^\n:;,()]{2,80}?[ \t]*:[ \t]*(?=\n)/gu, (label) => ' '.repeat(label.length));
  }
  // "Commune de Vernassal-Haut : absents": a group's row naming no one
  if (/:[ \t]*(?:absente?s?|excus[ée]e?s?|non\s+repr[ée]sent[ée]e?s?)[ \t]*\.?[ \t]*(?:\n|$)/i.test(content)) {
    content = content.replace(/(?<=^|\n)[ \t]*\p{Lu}[^:\n]{1,60}:[ \t]*(?:absente?s?|excus[ée]e?s?|non\s+repr[ée]sent[ée]e?s?)[ \t]*\.?[ \t]*(?=\n|$)/giu, (line) =>
      /pr[ée]sent|absent|excus|pouvoir|procuration/i.test(line.slice(0, line.indexOf(':'))) ? line : ' '.repeat(line.length),
    );
  }
  // "Siège no 3 : vacant": a seat without a member
  if (/vacant/i.test(content)) content = content.replace(/(?<=^|\n)[^:\n]{2,40}:[ \t]*(?:si[èe]ge[ \t]+|poste[ \t]+)?vacante?[ \t]*\.?[ \t]*(?=\n|$)/gi, (line) => ' '.repeat(line.length));
  // "01 – Canton de Beaulac : Mme A et M. B": a numbered group label before its members (or a dash: none present)
  if (/(?:^|\n)[ \t]*\d{1,3}[ \t]*[-–—.)]/.test(content)) {
    content = content.replace(/(?<=^|\n)[ \t]*\d{1,3}[ \t]*[-–—.)][ \t]*\p{Lu}[^:\n]{2,70}?[ \t]*:(?=[ \t]*(?:M\.|MM\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame|[—–-][ \t]*(?:\n|$)))/gu, (label) => ' '.repeat(label.length));
    content = content.replace(/(?<=^|\n)([ \t]*)[—–-]([ \t]*)(?=\n|$)/g, (_m, a: string, b: string) => a + ' ' + b);
  }
  // "…(Montigny). CA Blésoise du Val : Catherine X et Olivier Y (…)": a grouping's label (its acronym first) inside a one-paragraph list
  if (/(?:^|[\n;.)])[ \t]*(?:CC|CA|CU|CCI|SM|SIVOM|SIVU|EPCI|EPT)[ \t]/.test(content)) {
    // (or after the previous group's last member's commune in brackets, the full stop lost: "… (Charmoy) CC des Monts : …")
    content = content.replace(/(?<=^|\n|[;.][ \t]*|\)[ \t]+)[ \t]*(?:CC|CA|CU|CCI|SM|SIVOM|SIVU|EPCI|EPT)(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le|les|l['’]|d['’]|et|en|sur|sous)){1,7}[ \t]*:(?=[ \t]*(?:(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s|\p{Lu}\p{Ll}+[ \t]+\p{Lu}{2}|\p{Lu}{2,}[ \t]+\p{Lu}\p{Ll}))/gu, (label) => ' '.repeat(label.length));
  }
  // "… (Marval). CAPO : Nadia X et …": a grouping's bare acronym as the label after the previous group's full stop
  // (or after its last member's commune in brackets, the full stop lost: "… Jacques X (Villemareuil) CCPMF : Sylvie Y")
  if (/(?:[.;]|\))[ \t]+[A-Z]{2,6}[ \t]*:/.test(content)) {
    content = content.replace(/(?<=(?:[.;]|\))[ \t]+)(?!(?:PRESENTS?|ABSENTS?|EXCUSES?|POUVOIRS?)\b)[A-Z]{2,6}[ \t]*:(?=[ \t]*(?:(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2}))/gu, (label) => ' '.repeat(label.length));
  }
  // "…; Canton n° 2 – Bastide : M. Patrice X et Mme Y ; Canton n° 3 – …": a canton or sector label inside a one-paragraph list
  // (or a region's departmental section: "; Section du Haut-Cher (14 sièges) : Mme …")
  if (/\b(?:Canton|Secteur|Coll[èe]ge|Circonscription|Section)\b/.test(content)) {
    content = content.replace(/(?<=^|\n|[;.][ \t]*)[ \t]*(?:Canton|Secteur|Coll[èe]ge|Circonscription|Section)\b[^:;\n]{0,70}?[ \t]*:(?=[ \t]*(?:M\.|MM\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s)/g, (label) => ' '.repeat(label.length));
  }
  // "…, Mme Camille X ; pour Lézert Agglomération : M. Jean-Luc Y, …", "; Communauté de communes des Collines du Vermois : M. …":
  // the member grouping (a body's kind or a name ending with one) labelling its delegates inside a one-paragraph list
  if (/(?:Communaut[ée]|Agglom[ée]ration|M[ée]tropole|Syndicat|D[ée]partement|R[ée]gion)(?![a-zà-ÿ])[^:;\n]{0,80}:/.test(content)) {
    content = content.replace(GROUPING_LABEL, (label) => ' '.repeat(label.length));
  }
  // "PLOUVENEC (8 sièges)": a commune in capitals and its seats, alone on a line
  // (or a section, a canton in small letters: "Section départementale de l'Allier-Haut (9 élus)")
  if (/\(\d{1,3}\s+(?:si[èe]ges?|d[ée]l[ée]gu[ée]s?|membres?|conseillers?|[ée]lus?)\)/.test(content)) {
    content = content.replace(/(?<=^|\n)[ \t]*(?:[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’ -]{2,60}|(?:Canton|Secteur|Coll[èe]ge|Circonscription|Section|Groupe)\b[^\n:;()]{0,70}?)[ \t]*\(\d{1,3}\s+(?:si[èe]ges?|d[ée]l[ée]gu[ée]s?|membres?|conseillers?|[ée]lus?)\)[ \t]*:?[ \t]*(?=\n|$)/g, (line) => ' '.repeat(line.length));
  }
  // "Commune d'Arvel", "Ville de Bézac", "Canton de Belcourt" alone on a line, the delegates below; or one
  // heading per column ("Canton d'Arvignol        Canton de Belcourt"), a table extracted with its layout
  if (/\n[ \t]*(?:Commune|Ville|Canton)\s/.test(content)) {
    content = content.replace(GROUP_HEADING_LINE, (line) => ' '.repeat(line.length));
  }
  // "CC du Val de ViouneM. Alain X, Mme …": a member body's cell glued to its first delegate's civility by the extraction
  // (a lower-case letter right before the civility, at the start of a line)
  if (/[\p{Ll}](?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s/u.test(content)) {
    content = content.replace(/(?<=^|\n)([ \t]*)(\p{Lu}[^\n,;:()]{1,60}?\p{Ll})(?=(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s)/gu, (m, ws: string, label: string) =>
      /\b(?:M\.|Mme|Monsieur|Madame)\s|pr[ée]sent|absent|excus|pouvoir|procuration/i.test(label) ? m : ws + ' '.repeat(label.length),
    );
  }
  // "SOULANE-LA-VILLE – M. Marc X – Mme Isabelle Y": a commune in capitals opening its line, a dash, its delegates
  if (/(?:^|\n)[ \t]*[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’ -]{1,50}?[ \t]+[–—-][ \t]+(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s/.test(content)) {
    // (not a surname wrapped to the next line: the line before ends with a surname in capitals or opens the list, and two
    // lines at least are written so)
    // (a single such line opening the list, right under its heading, is one too: "DÉLÉGUÉS SUPPLÉANTS" / "X-LE-HAUT – M. Y")
    const LABEL = /(?<=^|\n)([ \t]*)([A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’ -]{1,50}?[ \t]+[–—-])(?=[ \t]+(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s)/g;
    const labels = [...content.matchAll(LABEL)].filter((m) => {
      if (/PR[ÉE]SENT|ABSENT|EXCUS|SUPPL[ÉE]ANT|POUVOIR|PROCURATION|SECR[ÉE]TAIRE|REPR[ÉE]SENT/.test(m[2]!)) return false;
      const before = content.slice(0, m.index!).trimEnd();
      const prev = before.slice(before.lastIndexOf('\n') + 1);
      // (a surname cut at its hyphen or after its particle is no whole surname: "Mme Hélène LAGARDE-" / "SOULIÉ – M. X",
      // "Mme Dominique VAN DER" / "BEKEN – M. Y")
      return prev === '' || (/(?:^|[\s(])\p{Lu}[\p{Lu}'’-]+[ \t]*(?:\([^()\n]*\))?$/u.test(prev) && !/-[ \t]*$/.test(prev) && !/(?:^|[\s(])(?:LE|LA|DE|DU|DES|DI|DA|VAN|VON|DER|DEN|TER|TEN|DEL|DOS|DAS|MAC|MC|BEN|EL|AL)[ \t]*$/.test(prev));
    });
    const first = labels.length === 1 && content.slice(0, labels[0]!.index!).trim() === '';
    if (labels.length >= 2 || first) content = blankRanges(content, labels.map((m) => ({ at: m.index! + m[1]!.length, len: m[2]!.length })));
  }
  // (the other labels end with a colon)
  if (!content.includes(':')) return content;
  // "Commune de Bessac : Gérard LAPORTE, …", "Communauté de communes du Val : Jean-Pierre MARTINEAU (Président), …":
  // a group at the start of a line, names without civility after it ("Prénom NOM" or "NOM Prénom")
  // (a dash may open the line: "– Groupe Union pour la Région (21 membres) : Thierry X, …")
  content = content.replace(/(^|\n)([ \t]*(?:[-–—•][ \t]*)?)(\p{Lu}[^:\n]{2,70}?[ \t]*:)(?=[ \t]*(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?[ \t]+\p{Lu}{2,}|\p{Lu}{2,}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll}))/gu, (m, nl: string, ws: string, label: string) =>
    // (not a heading of the attendance: "Représentés :", "Suppléants :"; "Représentants des locataires :" is a group)
    // (a note in brackets is no such label: "Département du Haut-Lot (6 délégués – 4 voix chacun) :")
    /pr[ée]sent(?!ant)|absent|excus|suppl[ée]ant|voix|pouvoir|procuration|secr[ée]taire|invit|d[ée]l[ée]gation|mandat|\b(?:M\.|Mme|Monsieur|Madame)\s/i.test(label.replace(/\([^()\n]*\)/g, '')) ? m : nl + ws + ' '.repeat(label.length),
  );
  // a commune in capitals at the start of a line: "SORGUINE-LA-VILLE : KACI René"
  // (or after a semicolon in a list run on one paragraph: "… M. David FORGERON ; BELLECOMBE-SUR-SORVE : Mme …")
  content = content.replace(/(^|\n|;)([ \t]*)([A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’ -]{1,50}[ \t]*:)(?=\s*\S)/g, (m, nl: string, ws: string, label: string) =>
    /PR[ÉE]SENT|ABSENT|EXCUS|SUPPL[ÉE]ANT|POUVOIR|PROCURATION|SECR[ÉE]TAIRE|REPR[ÉE]SENT|VOTANT|EXERCICE|OBJET|CONVOCATION/.test(label) ? m : nl + ws + ' '.repeat(label.length),
  );
  // "…, Mme Ludivine X ; Warnicourt : M. Bernard Y, …": a commune's name as the label after a semicolon, in a list run on
  // one paragraph (Title-case words and particles, a civility or a name after the colon: "; Baillet-les-Saules : Monique X")
  if (content.includes(';') || content.includes('. ')) {
    // (or after a sentence's end, a grouping then its commune: ". CA Plaine de France — Fosses : Jean-Marc X")
    // (a civility's stop ends no sentence: in "Bernadou : M. Yvan X      Malemort : M. Gilles Y", two columns, "Yvan X …
    // Malemort :" is no label)
    content = content.replace(/(?<=[;.][ \t]*)(?<!(?:^|[\s(])MM?\.[ \t]*)\p{Lu}[\p{L}'’]*(?:(?:[ \t]+[—–][ \t]+|[ \t]+|-)(?:\p{Lu}[\p{L}'’]*|(?<=-)(?:\d{1,2}|et)|de|du|des|la|le|les|sur|sous|en|lès|aux?|[dl]['’]\p{Lu}\p{L}*)){0,8}[ \t]*:(?=[ \t]*(?:(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)\s|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\s+\p{Lu}{2}|\p{Lu}{2}[\p{Lu}'’-]*\s+\p{Lu}\p{Ll}))/gu, (label) =>
      /pr[ée]sent|absent|excus|suppl[ée]ant|pouvoir|procuration|secr[ée]taire/i.test(label) ? label : ' '.repeat(label.length),
    );
  }
  // (the members on the label's line, or on the next: "Métropole de Rive-Longue (18 délégués) :" / "M. X, Mme Y")
  // (the members may be bulleted: "Les vice-présidents :" / "– Mme Martine X, …")
  return content.replace(/(^|\n)([ \t]*)([^:\n]{2,90}?[ \t]*:)(?=[ \t]*\n?[ \t]*(?:[-–—•*][ \t]*)?(?:M\.|MM\.|Mme|Mmes|Mlle|Melle|Mr\.?|Monsieur|Madame|Messieurs|Mesdames)\s)/g, (m, nl: string, ws: string, label: string) =>
    // a label about attendance itself ("Délégué suppléant présent sans voix délibérative :") is a heading, not a group
    // (a note in brackets is no such label: "Saint-Vérand (3 voix par délégué) :")
    /\b(?:M\.|Mme|Monsieur|Madame)\s/.test(label) || /pr[ée]sent|absent|excus|suppl[ée]ant|voix|pouvoir|procuration|secr[ée]taire|invit/i.test(label.replace(/\([^()\n]*\)/g, ''))
      ? m
      : nl + ws + ' '.repeat(label.length),
  );
}

/**
 * After a table of proxy pairs, a line that ends it: an item's numbered heading ("1. Compte administratif …") or a line of
 * prose (six words in a row, single spaces). A signature line below ("Nicolas X          Georges Y") is then no pair.
 */
const PROSE_AFTER_PAIRS = /^[ \t]*(?:\d{1,3}[.)][ \t]+\p{L}|(?:[\p{L}'’,;-]+ ){5}[\p{L}'’,;-]+)/u;

/** The count in brackets after « presents : » (countedThenGroups), from the keyword on. */
const COUNT_IN_BRACKETS_TAIL = /presents\s*:\s*(?:[a-z]+(?:[\s-]+[a-z]+){0,3}\s*)?\(\s*\d{1,3}\s*\)/;

/**
 * A grid's header naming a column of codes or states (see `read`): the pattern tried only when one of its words is in
 * the text (each of its branches holds one: code, etat, statut, presence, situation, emargement, a TAB then present).
 */
// (the « Présent » column the header's last too, its row ending there: "Commune<TAB>Titulaire<TAB>Suppléant<TAB>Présent")
const CODED_GRID_HEADER = /\s(?:code|etat|statut|presence|situation)(?:\s|$)|\S(?:[ \t|]{2,}|\t)emargement(?:\s|$)|\tpresente?s?(?:\s*\(e\))?(?:\t|[ \t]*(?:\n|$))/;
/** A grid's header row whose state columns are one letter each, aligned with spaces: the members' title, then « P », « E » / « A » (folded). */
const LETTER_GRID_HEADER = /(?:^|\n)[ \t]*(?:conseill\w*|noms?(?:[ \t]+(?:et[ \t]+)?prenoms?)?|membres?|elue?s?|delegue\w*|titulaires?)[ \t]{2,}p[ \t]{2,}[ea](?:[ \t]{2,}[ea])?(?:[ \t]{2,}[^\n]*)?[ \t]*(?=\n|$)/;

/** A grid's header row aligned with spaces whose state columns are words: the members' title, then « présent », « absent » or « excusé » (folded). */
const STATE_WORD_GRID_HEADER = /(?:^|\n)[ \t]*(?:conseill\w*(?:[ \t]\w+)?|noms?(?:[ \t]+(?:et[ \t]+)?prenoms?)?|membres?|elue?s?|delegue\w*|titulaires?)[ \t]{2,}presente?s?[ \t]{2,}(?:absente?s?|excusee?s?)(?:[ \t]{2,}[^\n]*)?[ \t]*(?=\n|$)/;

function codedGridHeader(fold: string): boolean {
  if (!fold.includes('code') && !fold.includes('etat') && !fold.includes('statut') && !fold.includes('presence') && !fold.includes('situation') && !fold.includes('emargement') && !fold.includes('\tpresent')) return false;
  return CODED_GRID_HEADER.test(fold);
}

/** Reads the attendance block found in src[from, to). */
export function parseAttendance(src: SourceText, from: number, to: number): AttendanceResult {
  return new AttendanceReader(src).read(from, to);
}
