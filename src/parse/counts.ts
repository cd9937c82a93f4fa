/**
 * Counts the document DECLARES for the session: "Nombre de membres en
 * exercice : 86", "En exercice : 15 Présents : 12 Votants : 14",
 * "Nombre de présents : (48)", "Procurations : 02", run-together lines
 * ("86Nombre de présents"), "Conseillers en exercice ........ 23".
 * Never computed from lists: what is not written stays null.
 */
import type { CountKey, DeclaredCounts, DeclaredNumber } from '../domain/index.ts';
import { emptyCounts } from '../domain/index.ts';
import { digitViewKeys, foldDigits, normDigits, NUMBER_RUN_WORDS, numberRun, ocrDigits, parseFrenchNumber } from './french-numbers.ts';
import { anchored, matchAnchored, numberBefore, zoneOf, type Anchored } from './scan.ts';
import { collapseSpaces, foldText, type SourceText } from './source.ts';

/** Counts written in words ("présents : douze", "dix-neuf", "vingt et un"), read whole. */
const WORDS = numberRun();
// the number may follow on the next line only after a colon ("Présents :\n 12")
// or in the next cell of a table row ("| Conseillers présents |   18   |")
// (inflection marks: "Présent(e)s", "Procuration(s)", "Votant(e)s")
// (no two runs of blanks side by side: on a long run of TABs each split of it would be tried, cubic time)
// (or a comma, the count closed by a semicolon or a full stop: "Nombre de conseillers : en exercice, quinze ; présents, douze ;
// votants, treize.", an old register's formula)
const NUM = String.raw`[ \t]*(?:\(\s*(?:e|s|es)\s*\)s?[ \t]*)*(?:[:=][ \t]*(?:\n[ \t]*)?|\.{2,}[ \t]*(?:[:=][ \t]*)?|…+[ \t]*(?:[:=][ \t]*)?|-[ \t]*|\|[ \t]*|,[ \t]*(?=(?:\d{1,3}|${WORDS})[ \t]*[;.](?:\s|$)))?(?:\([ \t]*)?(\d{1,4}|${WORDS})(?!\d)[ \t]*\)?(?![\d/,.\-]\d|\s*(?:h\b|heures?|%|€|euros?|ans?\b|mn|min)|\.[ \t]+\d{1,2}\.[ \t])`;

/** A count in words followed, after a comma or dash, by another label and its count in words ("quinze, présents douze"). */
// (or a comma between that label and its count, the counts apart by semicolons: "en exercice, quinze ; présents, douze")
const WORDS_SERIES_NEXT = new RegExp(String.raw`^[ \t]*[,;–—-][ \t]*(?:en\s+exercice|presente?s?|representee?s?|votants?|absente?s?|excusee?s?|pouvoirs?|procurations?)(?:[ \t]+|(?<=[,;][^,]*)[ \t]*,[ \t]*)(?:${WORDS})\b`);
/** … or preceded by one: "…, présents douze, représentés deux" (the count before, in words, then a comma or dash). */
const WORDS_SERIES_PREV = new RegExp(String.raw`(?<![a-z])(?:${WORDS})[ \t]*[,;–—-][ \t]*$`);

/** A cell of a number then its label after a bar: "| 3 pouvoirs", "| 16 votants". */
const NUMBER_THEN_LABEL_CELL = /^\d{1,4}[ \t]+[a-z]/;

/** A movement in the session (folded), then counts in brackets in the same sentence. */
const MOVEMENT_COUNTS = /\b(?:arrivees?|arrive(?:nt)?|departs?|quitte(?:nt)?|rejoin(?:t|ent)|sorties?|sort(?:ent)?|retour)\b[^\n()]{0,200}\([^()\n]*\d[^()\n]*\)/g;

/**
 * The last movement told with its counts in brackets in src.fold[from, to) (MOVEMENT_COUNTS): where the sentence starts
 * and where its brackets open and close (absolute offsets), or null.
 */
export function lastMovementCounts(src: SourceText, from: number, to: number): { start: number; open: number; end: number } | null {
  const zone = src.fold.slice(from, to);
  if (!zone.includes('(')) return null;
  const last = [...zone.matchAll(MOVEMENT_COUNTS)].at(-1);
  if (!last) return null;
  const start = from + last.index!;
  return { start, open: start + last[0].lastIndexOf('('), end: start + last[0].length };
}

// (or a board's administrators: "17 administrateurs en exercice")
/** The kind of council after « conseillers », optional: "conseillers généraux", "conseillers municipaux". */
const COUNCIL_KIND = String.raw`(?:\s+(?:generaux|municipaux|communautaires|communaux|departementaux|metropolitains|regionaux))?`;
const WHO = String.raw`(?:membres|administrat(?:eur|rice)s|conseill(?:er|ere)s?(?:\s+(?:municipaux|communautaires|communaux|departementaux|metropolitains|regionaux|delegues))?|delegues|elus|titulaires)`;

/** The body after the members: "du conseil", "du conseil municipal", "de la commission". */
const OF_COUNCIL = String.raw`(?:\s+(?:du|de\s+la|de\s+l')\s*(?:conseil|comite|commission|assemblee|bureau)(?:\s+(?:municipal|communal|des\s+maires))?)?`;
/** "des 21 membres du conseil sont présents": the seats, then the verb saying the count before them is of those present. */
const OF_SEATS_PRESENT = String.raw`des\s+(?:\d{1,3}|${WORDS})\s+${WHO}${OF_COUNCIL}\s+(?:sont|etaient|etant)\s+presente?s\b`;

interface Label {
  key: CountKey;
  re: Anchored;
}

/**
 * Each pattern is searched only where its keywords are (scan.ts), in the
 * OCR-digit view (french-numbers.ts `digitViewKeys`): every match holds one
 * of `keys` at a word start, at most `back` words (runs of letters or digits)
 * after the match start. The words before a label's keyword are whole words
 * (one run each: opening with `(?<![a-z])` or after `\s+` or "d'"):
 * "nombre", "de" or "d'", WHO (at most 2 words: "conseillers municipaux"),
 * "titulaires", "absents", "en", "suffrages"… as counted next to each.
 */
const L = (key: CountKey, label: string, keys: string[], back: number): Label => ({ key, re: anchored(new RegExp(label + NUM, 'g'), digitViewKeys(keys), back) });
/**
 * A count written before its label ("86 membres en exercice"): as `L`, the
 * number (digits or words, however many: "quatre-vingt-six") opening the
 * match just before the first word reached (scan.ts `numberBefore`).
 */
const B = (key: CountKey, re: RegExp, keys: string[], back: number): Label => ({ key, re: numberBefore(anchored(re, digitViewKeys(keys), back), NUMBER_RUN_WORDS) });
/** A count after a keyword opening the match ("dont 2 représentés", "présence de 53 conseillers"). */
const K = (key: CountKey, re: RegExp, keys: string[]): Label => ({ key, re: anchored(re, digitViewKeys(keys)) });

// Most specific first: one position gives at most one count.
const LABELS: Label[] = [
  // the present members' total after its parts, "Délégués titulaires présents : 12" / "Suppléants présents avec voix
  // délibérative : 2" / "Total des présents : 14": the total is the body's present count (not "… présents et représentés")
  L('present', String.raw`(?<![a-z])(?:nombre\s+)?total\s+(?:des\s+|de\s+)?(?:${WHO}\s+)?presente?s(?:\s+avec\s+voix\s+deliberative)?`, ['total'], 1),
  // WHO (2 words) before "afferents"
  L('members_afferent', String.raw`(?<![a-z])${WHO}\s+afferents(?:\s+au\s+conseil(?:\s+[a-z]+)?)?`, ['afferents'], 2),
  L('members_afferent', String.raw`(?<![a-z])nombre\s+(?:de\s+)?(?:membres|conseillers|delegues|sieges)\s+(?:du|au)\s+(?:conseil|comite|bureau)(?:\s+[a-z']+){0,2}`, ['nombre'], 0),
  // nombre, de, WHO (2), titulaires, en before "exercice" / "fonction(s)"
  L('members_in_office', String.raw`(?<!suppleants\s)(?<!suppleantes\s)(?<![a-z])(?:nombre\s+(?:de\s+)?)?(?:${WHO}\s+)?(?:titulaires\s+)?en\s+(?:exercice|fonctions?)`, ['exercice', 'fonction'], 6),
  // "Nombre de membres : 11", "Membres ayant voix délibérative : 22": the seats (a colon right after)
  // (or the elected alone heading a count line: "Élus : 23 – Présents : 20 – Représentés : 2 – Votants : 22")
  // (not the seats counted before it, "15 élus : 6 présents")
  L('members_in_office', String.raw`(?<![a-z])(?<!\d[ \t]{0,3})(?:nombre\s+d'\s?)?elus(?=\s*:\s*\d{1,3}\b)`, ['elus'], 0),
  // (or dotted leaders for the colon: "Nombre de conseillers généraux ............ 43")
  L('members_in_office', String.raw`(?<![a-z])nombre\s+(?:de\s+)?(?:membres|conseillers(?:\s+(?:municipaux|communautaires|generaux|departementaux|regionaux|metropolitains))?|delegues|elus)(?=\s*(?:[:=]|\.{3,}|…))`, ['nombre'], 0),
  // "Nombre de conseillers composant le conseil : 27" (a conseil d'arrondissement's seats)
  L('members_in_office', String.raw`(?<![a-z])(?:nombre\s+(?:de\s+)?)?(?:membres|conseillers|delegues|administrateurs)\s+composant\s+(?:le|la|l')\s*(?:conseil|comite|assemblee|bureau|commission)(?:\s+[a-z']+){0,2}(?=\s*[:=])`, ['composant'], 3),
  // a count box's first cell: "Membres : 53 | Présents : 40 | …"
  L('members_in_office', String.raw`(?<![a-z])(?<!\d[ \t]*)membres(?=\s*[:=|]\s*\d{1,3}\s*[|;,–-])`, ['membres'], 0),
  // (or the board's members by their title, a present count in the next cell: "Administrateurs : 10 – présents : 7 – …")
  L('members_in_office', String.raw`(?<![a-z])(?<!\d[ \t]*)(?:administrateurs|delegues|conseillers)(?=\s*[:=|]\s*\d{1,3}\s*[|;,–-]\s*presente?s?\b)`, ['administrateurs', 'delegues', 'conseillers'], 0),
  L('members_in_office', String.raw`(?<![a-z])(?:nombre\s+(?:de\s+|d'\s?))?(?:membres|conseillers|delegues|administrateurs)\s+(?:ayant|avec)\s+voix\s+deliberative(?=\s*[:=])`, ['deliberative'], 5),
  // "Membres titulaires : 16", "Délégués titulaires : 24": a board's seats (a colon right after)
  L('members_in_office', String.raw`(?<![a-z])(?:membres|delegues|administrateurs)\s+titulaires(?=\s*[:=])`, ['titulaires'], 2),
  // "Effectif du Conseil départemental : 46 membres"
  L('members_in_office', String.raw`(?<![a-z])effectif(?:\s+(?:du|de\s+la|de\s+l')\s*(?:conseil|commission|comite|assemblee|bureau)(?:\s+[a-z']+){0,2})?(?=\s*[:=])`, ['effectif'], 0),
  // (or its composition, the seats counted in members: "Composition du Conseil : 11 membres.")
  L('members_in_office', String.raw`(?<![a-z])composition\s+(?:du|de\s+la|de\s+l')\s*(?:conseil|commission|comite|assemblee|bureau)(?:\s+[a-z']+){0,3}?(?=\s*:\s*\d{1,3}\s+(?:membres|conseill(?:er|ere)s|delegues|sieges)\b)`, ['composition'], 0),
  // (or in a sentence: "L'effectif du Conseil général est ainsi porté à 48 membres", "L'effectif du Conseil est de 60 membres")
  L('members_in_office', String.raw`(?<![a-z])effectif(?:\s+(?:du|de\s+la|de\s+l')\s*(?:conseil|commission|comite|assemblee|bureau)(?:\s+[a-z']+){0,2})?\s+(?:est|etait)\s+(?:ainsi\s+|donc\s+|desormais\s+|maintenant\s+)?(?:porte\s+a|de)(?=\s+\d{1,3}\s+(?:membres|conseill(?:er|ere)s|delegues)\b)`, ['effectif'], 0),
  // an installation session: "Conseillers élus : 15"
  // (or dotted leaders for the colon, a Swiss roll call: "Membres élus ........ 45")
  L('members_in_office', String.raw`(?<![a-z])(?:conseillers(?:\s+(?:municipaux|departementaux|regionaux|communautaires|metropolitains))?|membres)\s+elus(?=\s*(?:[:=]|\.{3,}|…))`, ['elus'], 2),
  // "Membres de la Commission permanente : 24", "Membres du comité syndical : 16", "Membres du conseil de la commune déléguée : 7"
  // (a Swiss commune's legislative: "Membres du Conseil général ........ 30")
  L('members_in_office', String.raw`(?<![a-z])membres\s+(?:de\s+la|du)\s+(?:commission(?:\s+permanente)?|comite(?:\s+(?:syndical|de\s+direction|directeur))?|bureau(?:\s+communautaire)?|conseil(?:\s+(?:municipal|general|communautaire|syndical|metropolitain|departemental|d'administration|d'exploitation|de\s+surveillance|de\s+direction|d'arrondissement|de\s+territoire|de\s+(?:la\s+)?commune\s+deleguee))?)(?=\s*(?:[:=|]|\.{3,}|…+)[\s.…:]*\d)`, ['membres'], 0),
  // nombre, d' or de, WHO (2) before "absent(s)" / "excuse(s)"
  L('excused', String.raw`(?<![a-z])(?:nombre\s+(?:d'\s?|de\s+))?(?:${WHO}\s+)?absents?\s+excuses?`, ['absent'], 4),
  L('excused', String.raw`(?<![a-z])(?:nombre\s+(?:d'\s?|de\s+))?(?:${WHO}\s+)?excuses?`, ['excuse'], 4),
  // nombre, de, WHO (2), absents before "representes" / "ayant"
  // ("Communes représentées : 12" counts communes, not proxies)
  L('proxies', String.raw`(?<![a-z])(?<!communes\s{1,3})(?:nombre\s+(?:de\s+)?)?(?:${WHO}\s+)?(?:absents?\s+)?(?:(?<!presents?\s+(?:et|ou)\s+)(?<!\bnon\s+)represente(?:e?s|e?(?=\s*[(:=]))|ayant\s+donne\s+(?:pouvoir|procuration))`, ['represente', 'ayant'], 5),
  // nombre, de before the word
  L('proxies', String.raw`(?<![a-z])(?:nombre\s+(?:de\s+)?)?(?:procurations?|pouvoirs?|mandats?|delegations?(?=\s+de\s+vote|\s*[:=]\s*\d))(?:\s*\(s\))?(?:\s+de\s+vote)?`, ['procuration', 'pouvoir', 'mandat', 'delegation'], 2),
  L('absent', String.raw`(?<![a-z])(?:nombre\s+(?:d'\s?|de\s+))?(?:${WHO}\s+)?absents?(?:\s+non\s+representes?)?`, ['absent'], 4),
  // a session by videoconference: "Membres participant à la réunion : 22"
  L('present', String.raw`(?<![a-z])(?:nombre\s+(?:de\s+)?)?(?:${WHO}\s+)?participant\s+a\s+la\s+(?:reunion|seance)`, ['participant'], 4),
  L('voters', String.raw`(?<!suppleants\s)(?<!suppleantes\s)(?<![a-z])(?:nombre\s+(?:de\s+)?)?(?:${WHO}\s+)?votant(?:s|(?=\())`, ['votant'], 4),
  L('voters', String.raw`(?<![a-z])(?:${WHO}\s+)?qui\s+ont\s+pris\s+part\s+(?:a\s+la\s+delib\w*|au\s+vote)`, ['qui'], 2),
  // the same label cut over two lines of a right-hand count box, the left column's text between its halves:
  // "…, sous la présidence de      Qui ont pris part" / "Date de la convocation : 6 mars 2009      à la délibération : 14"
  L('voters', String.raw`(?<![a-z])qui\s+ont\s+pris\s+part[ \t]*\n[^\n]{0,100}?[ \t]{3,}(?:a\s+la\s+delib\w*|au\s+vote)`, ['qui'], 0),
  // "ayant pris part à la délibération : 10", "prenant part au vote : 10"
  // (not "présents prenant part au vote : 32": the members present)
  L('voters', String.raw`(?<![a-z])(?<!presents\s)(?<!presentes\s)(?:${WHO}\s+)?(?:ayant\s+pris|prenant)\s+part\s+(?:a\s+la\s+delib\w*|au\s+vote)(?=\s*[:=])`, ['ayant', 'prenant'], 2),
  L('expressed', String.raw`(?<![a-z])(?:nombre\s+(?:de\s+)?)?(?:suffrages\s+)?exprimes`, ['exprimes'], 3),
  // nombre, de, WHO (2), formant, le before "quorum"
  L('quorum', String.raw`(?<![a-z])(?:nombre\s+de\s+${WHO}\s+formant\s+le\s+)?quorum(?:\s+minimum)?(?:\s+requis)?(?:\s+(?:fixe\s+)?a)?`, ['quorum'], 6),
  // "Le nombre des membres présents étant de 14, le quorum est atteint"
  L('present', String.raw`(?<![a-z])nombre\s+des?\s+(?:${WHO}\s+)?presents?\s+(?:etant|est|s'eleve\s+a)(?:\s+de)?`, ['nombre'], 0),
  // nombre, de, WHO (2), titulaires before "present(s)" ("présents ou suppléés : 21": a substitute sits)
  L('present', String.raw`(?<!auditeurs\s)(?<!public\s)(?<![a-z])(?:nombre\s+(?:de\s+)?)?(?:${WHO}\s+)?(?:titulaires\s+)?presents?(?:\s+(?:participant|prenant\s+part)\s+au\s+vote|\s+(?:avec|ayant)\s+voix\s+deliberative|\s+ou\s+representes|\s+ou\s+(?:supplee?s?|remplacee?s?)|\s+a\s+l'\s?ouverture(?:\s+de\s+la\s+seance)?|\s+(?:lors\s+du|au\s+moment\s+du)\s+vote(?:\s+de\s+(?:la\s+presente|cette)\s+deliberation)?|\s+(?:en\s+salle|sur\s+place)(?:\s+(?:ou|et)\s+(?:a|en)\s+(?:distance|visio\w*))?|\s+(?:a|en)\s+distance|\s+ou\s+(?:participant|connectee?s?|presente?s?)\s+(?:a|en)\s+(?:distance|visio\w*)|\s*\((?:en|a|sur|par|dont)\s[^)\n]{0,40}\)|\s*\(\s*(?:total|au\s+total)\s*\)|\s*\((?:titulaires|delegues|membres)(?:\s+ou\s+suppleants|\s+et\s+suppleants)?\))?`, ['present'], 5),
];

/** "86 membres en exercice", "19 présents", "composé de dix-neuf membres en exercice", "soit vingt-cinq votants" */
const BEFORE: Label[] = [
  // "Membres absents : 3 dont 2 représentés"
  K('proxies', /\bdont\s+(\d{1,3})\s+(?:representee?s?|ayant\s+donne\s+(?:pouvoir|procuration)|avec\s+(?:pouvoir|procuration))\b/g, ['dont']),
  // the number, WHO (2 words), "en" before "exercice"
  B('members_in_office', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})[ \t]+(?:${WHO}[ \t]+)?(?:titulaires[ \t]+)?en[ \t]+exercice\b`, 'g'), ['exercice'], 4),
  // "vingt-deux délégués ayant voix délibérative sont présents", "dix-sept conseillers étaient présents"
  B('present', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})[ \t]+${WHO}(?:\s+titulaires)?(?:\s+(?:ayant|avec)\s+voix\s+deliberative)?\s+(?:sont|etaient|etant)\s+presents\b`, 'g'), ['presents'], 8),
  // the seats heading a count line: "15 élus : 6 présents, 4 pouvoirs, 10 votants" (a present count right after the colon),
  // or its first cell: "19 conseillers | 14 présents | 3 pouvoirs | 16 votants"
  B('members_in_office', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3})[ \t]+${WHO}[ \t]*[:|](?=[ \t]*(?:\d{1,3}|${WORDS})[ \t]+presente?s?\b)`, 'g'), ['membres', 'conseillers', 'conseilleres', 'delegues', 'elus', 'titulaires'], 3),
  // a presence table's heading: "Tableau des présences (27 délégués titulaires)"
  B('members_in_office', /(?<=\([ \t]*)(\d{1,3})[ \t]+(?:delegues|membres|conseillers)[ \t]+titulaires[ \t]*\)/g, ['titulaires'], 1),
  // "le conseil comptait 12 présents : A, B, …" (the count, then the list after the colon)
  K('present', new RegExp(String.raw`\b(?:comptait|compte|comptant)\s+(\d{1,3})\s+(?:${WHO}\s+)?presente?s\b`, 'g'), ['comptait', 'compte', 'comptant']),
  // the number, WHO (2 words) before "present(s)"
  // (not a seat's or district's number before a status cell: "Conseiller, district 1        Présent")
  B('present', new RegExp(String.raw`(?<![\d/.-])(?<!\b(?:district|siege|quartier|secteur|poste|arrondissement)[ \t]*(?:no\.?|n°|#)?[ \t]*)\b(\d{1,3})[ \t]+(?:${WHO}[ \t]+)?presents?\b(?!\s*:)`, 'g'), ['present'], 2),
  // in words, the members named: "dix-sept conseillers présents" (not "les deux présents")
  B('present', new RegExp(String.raw`(?<!\b(?:les|des|ces|aux)\s+)\b(${WORDS})[ \t]+${WHO}[ \t]+presents?\b(?!\s*:)`, 'g'), ['present'], 2),
  // (not an election's result, "élu avec 8 voix sur 8 votants": the ballot's voters, not the session's)
  B('voters', new RegExp(String.raw`(?<![\d/.-])(?<!\b(?:voix|suffrages)[ \t]+sur[ \t]+)\b(\d{1,3}|${WORDS})[ \t]+(?:${WHO}[ \t]+)?votants\b`, 'g'), ['votants'], 2),
  // "48 en exercice – 36 présents – 7 pouvoirs – 43 votants": the number before the word, a separator after it
  B('proxies', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3})[ \t]+(?:pouvoirs?|procurations?)\b(?=[ \t]*(?:[–—,;|-]|\n|$))`, 'g'), ['pouvoir', 'procuration'], 0),
  // "deux procurations de vote ont été établies :" (Luxembourg, the Covid law)
  B('proxies', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})[ \t]+(?:procurations?|pouvoirs?)(?:[ \t]+de[ \t]+vote)?[ \t]+(?:ont|a)[ \t]+ete[ \t]+(?:etablie?s?|donnee?s?|remise?s?|accordee?s?|deposee?s?)\b`, 'g'), ['procuration', 'procurations', 'pouvoir', 'pouvoirs'], 0),
  // "deux membres du conseil se sont fait représenter par procuration :"
  B('proxies', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})[ \t]+(?:membres|conseill\w+|delegue\w*)(?:[ \t]+(?:du|de\s+la)[ \t]+(?:conseil|commission|comite|assemblee))?[ \t]+se[ \t]+sont[ \t]+fait(?:e|s|es)?[ \t]+represente(?:r|s|es)?\b`, 'g'), ['fait', 'faits', 'faites'], 5),
  // "16 en exercice, 12 présents, 2 représentés, 14 votants"
  B('proxies', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3})[ \t]+(?:${WHO}[ \t]+)?representee?s?\b(?![ \t]*(?::|par\b))`, 'g'), ['represente'], 2),
  // roll call: "L'appel fait constater la présence de 53 conseillères et conseillers sur les 60 membres que compte le Conseil"
  K('present', new RegExp(String.raw`\bpresence\s+de\s+(\d{1,3}|${WORDS})\s+(?:conseill\w+(?:\s+et\s+conseill\w+)?|membres|delegue\w*|elue?s?)\b`, 'g'), ['presence']),
  // "L'appel fait constater la présence de 61 conseillères et conseillers sur 70.": the seats after "sur"
  // (or "… la présence de 13 membres sur les 15 en fonction.")
  K('members_in_office', new RegExp(String.raw`(?<=\bpresence\s+de\s+(?:\d{1,3}|${WORDS})\s+(?:conseill\w+(?:\s+et\s+conseill\w+)?|membres|delegue\w*|elue?s?)\s+)sur\s+(?:les\s+)?(\d{1,3}|${WORDS})\b(?!\s+(?:presents?|votants|representes))`, 'g'), ['sur']),
  // "quinze conseillers présents sur dix-neuf": the seats after "sur" (the match holds "sur dix-neuf" only: the present
  // count before it is read by its own pattern)
  K('members_in_office', new RegExp(String.raw`(?<=\b(?:\d{1,3}|${WORDS})\s+${WHO}\s+presents?\s+)sur\s+(\d{1,3}|${WORDS})\b(?!\s+(?:presents?|votants|representes))`, 'g'), ['sur']),
  // "avec 28 conseillers présents et 4 délégations, soit 32 votants": the proxies after the present, as délégations (de vote),
  // pouvoirs or procurations
  // (the number inside the lookbehind: the match opens at the keyword)
  K('proxies', new RegExp(String.raw`(?<=\b(?:\d{1,3}|${WORDS})\s+(?:${WHO}\s+)?presents?\s+et\s+(\d{1,3}|${WORDS})\s+)(?:delegations?(?:\s+de\s+vote)?|pouvoirs?|procurations?)\b(?!\s+(?:de|du|d'|des)\s+(?!vote\b))`, 'g'), ['delegation', 'delegations', 'pouvoir', 'pouvoirs', 'procuration', 'procurations']),
  // "huit membres sont présents et trois représentés"
  K('proxies', new RegExp(String.raw`(?<=\b(?:sont|etaient)\s+presents?\s+et\s+(\d{1,3}|${WORDS})\s+(?:sont\s+|etaient\s+)?)representes\b`, 'g'), ['representes']),
  // Québec: "formant quorum (six membres sur sept)"
  K('present', new RegExp(String.raw`\bformant\s+quorum\s*\(\s*(\d{1,3}|${WORDS})\s+(?:membres|conseill\w+|elus)\b`, 'g'), ['formant']),
  K('members_in_office', new RegExp(String.raw`(?<=\bformant\s+quorum\s*\(\s*(?:\d{1,3}|${WORDS})\s+(?:membres|conseill\w+|elus)\s+)sur\s+(\d{1,3}|${WORDS})\s*\)`, 'g'), ['sur']),
  // (or the quorum stated after the roll: "Le quorum est constaté : 9 membres sur 10, représentant 17 voix sur 19")
  K('present', new RegExp(String.raw`\bquorum\s+(?:est\s+)?(?:constate|atteint|verifie)\s*:?\s*(\d{1,3}|${WORDS})\s+(?:membres|conseill\w+|delegue\w*|elue?s?)(?=\s+sur\s+(?:\d{1,3}|${WORDS})\b)`, 'g'), ['quorum']),
  K('members_in_office', new RegExp(String.raw`(?<=\bquorum\s+(?:est\s+)?(?:constate|atteint|verifie)\s*:?\s*(?:\d{1,3}|${WORDS})\s+(?:membres|conseill\w+|delegue\w*|elue?s?)\s+)sur\s+(\d{1,3}|${WORDS})\b(?!\s+(?:presents?|votants|representes))`, 'g'), ['sur']),
  // (or the quorum said reached, the counts in brackets after it: "le quorum de présence étant atteint (8 membres sur 9)")
  K('present', new RegExp(String.raw`(?<!formant\s)\bquorum\b[^().;]{0,40}?\(\s*(\d{1,3}|${WORDS})\s+(?:membres|conseill\w+|elus|delegue\w*)(?=\s+sur\s+(?:\d{1,3}|${WORDS})\s*\))`, 'g'), ['quorum']),
  K('members_in_office', new RegExp(String.raw`(?<=(?<!formant\s)\bquorum\b[^().;]{0,40}?\(\s*(?:\d{1,3}|${WORDS})\s+(?:membres|conseill\w+|elus|delegue\w*)\s+)sur\s+(\d{1,3}|${WORDS})\s*\)`, 'g'), ['sur']),
  // Switzerland: "Le Conseil, fort de 7 membres sur 9, peut valablement délibérer" (those present, then the seats)
  K('present', new RegExp(String.raw`\bforte?\s+de\s+(\d{1,3}|${WORDS})\s+(?:membres|conseill\w+|elue?s|delegue\w*)(?=\s+sur\s+(?:\d{1,3}|${WORDS})\b)`, 'g'), ['fort', 'forte']),
  K('members_in_office', new RegExp(String.raw`(?<=\bforte?\s+de\s+(?:\d{1,3}|${WORDS})\s+(?:membres|conseill\w+|elue?s|delegue\w*)\s+)sur\s+(\d{1,3}|${WORDS})\b(?!\s+(?:presents?|votants|representes))`, 'g'), ['sur']),
  // a list of the present closed by its number: "Sont présents Mmes A, B et C, MM. D et E, soit neuf conseillers."
  K('present', new RegExp(String.raw`(?<=\b(?:sont|etaient)\s+presente?s\b(?:[^;.]|\.(?<=\b(?:m|mm|mme|mmes|mlle)\.)){3,700}?,\s*)soit\s+(\d{1,3}|${WORDS})\s+(?:conseill\w+|membres|delegue\w*|elue?s)(?:\s+presente?s)?(?=\s*[.;])`, 'g'), ['soit']),
  // "Présents : les vingt-trois conseillers communaux élus le 10 octobre 1976, savoir :" (the names on the lines below)
  K('present', new RegExp(String.raw`\bpresente?s\s*:\s*les\s+(\d{1,3}|${WORDS})\s+(?:conseill\w+|membres|delegue\w*|elue?s)\b(?=[^:\n]{0,80}?\bsavoir\s*:)`, 'g'), ['present', 'presents', 'presente', 'presentes']),
  // "Sont présents les 27 membres suivants :"
  K('present', new RegExp(String.raw`\b(?:sont|etaient)\s+presente?s\s+les\s+(\d{1,3}|${WORDS})\s+(?:conseill\w+|membres|delegue\w*|elue?s?)\b`, 'g'), ['sont', 'etaient']),
  // (or without the noun: "… de 87 conseillères et conseillers sur les 100 que compte le Conseil")
  K('members_in_office', new RegExp(String.raw`\bsur\s+(?:les\s+)?(\d{1,3})\s+(?:(?:membres|conseill\w+|delegue\w*|sieges)\s+)?(?:titulaires\s+)?(?:que\s+compte|composant|en\s+exercice|en\s+fonctions?|du\s+conseil)`, 'g'), ['sur']),
  // (or the members alone ending the sentence: "Appel : 44 présents, 6 excusés (…), sur les 50 membres.")
  K('members_in_office', new RegExp(String.raw`\bsur\s+les\s+(\d{1,3})\s+membres(?=\s*[.;])`, 'g'), ['sur']),
  // … then those present: "Sur les 34 conseillers titulaires en exercice, 29 sont présents et 3 ont donné procuration"
  // (or after a semicolon: "Le bureau compte sept membres en exercice ; cinq sont présents.")
  // (or the seats' voice said before it: "… compte 24 membres en exercice avec voix délibérative ; 11 sont présents")
  B('present', new RegExp(String.raw`(?<=\ben\s+exercice(?:\s+(?:avec|ayant)\s+voix\s+deliberative)?\s*[,;]\s*)(\d{1,3}|${WORDS})(?=\s+(?:sont|etaient)\s+presente?s?\b)`, 'g'), ['sont', 'etaient'], 0),
  // … or a series of counts in words: "Six délégués en exercice, cinq présents, un pouvoir, six votants."
  B('present', new RegExp(String.raw`(?<=\ben\s+exercice\s*,\s*)(${WORDS})(?=\s+presente?s\s*[,;.])`, 'g'), ['presents', 'presentes'], 0),
  B('proxies', new RegExp(String.raw`(?<=\bpresente?s\s*,\s*)(${WORDS})(?=\s+(?:pouvoirs?|procurations?)\s*[,;.])`, 'g'), ['pouvoir', 'pouvoirs', 'procuration', 'procurations'], 0),
  // a title with the seats: "CONSEIL DE VILLE (41 membres)", "Comité syndical (27 délégués)"
  B('members_in_office', new RegExp(String.raw`(?<=\b(?:conseil|comite|assemblee)(?:\s+[a-z']+){0,3}\s*\(\s*)(\d{1,3})\s+(?:membres|sieges|conseill\w+|delegue\w*)\s*\)`, 'g'), ['membres', 'sieges', 'conseillers', 'conseilleres', 'delegues'], 0),
  // "Le comité syndical, composé de 30 délégués titulaires, …": the seats
  K('members_in_office', new RegExp(String.raw`\bcomposee?\s+de\s+(\d{1,3}|${WORDS})\s+(?:delegues|membres|conseillers(?:\s+(?:municipaux|communautaires))?|elus)(?:\s+titulaires)?(?![\s,]+(?:presents?|absents?|excuses?|suppleants?|dont|votants?)\b)`, 'g'), ['composee', 'compose']),
  // an installation: "Je déclare installés dans leurs fonctions les 57 conseillers régionaux proclamés élus"
  B('members_in_office', new RegExp(String.raw`(?<=\binstallee?s\s+dans\s+leurs\s+fonctions\s+(?:les\s+)?)(\d{1,3}|${WORDS})\s+(?:conseill\w+|membres|delegue\w*|elue?s)\b`, 'g'), ['conseillers', 'conseilleres', 'membres', 'delegues', 'elus', 'elues'], 0),
  // the seats as the subject of a sentence on whom they stand for: "Les 31 délégués représentent les 14 communes du
  // territoire", "les 45 conseillers communautaires composent l'assemblée" (not the members present: "les 12 délégués
  // présents représentent …")
  B('members_in_office', new RegExp(String.raw`(?<=\bles\s+)(\d{1,3}|${WORDS})\s+(?:delegues|membres|conseill(?:er|ere)s|elue?s)(?:\s+(?:communautaires|municipaux|syndicaux|titulaires))?\s+(?:representent|composent)\b`, 'g'), ['delegues', 'membres', 'conseillers', 'conseilleres', 'elus', 'elues'], 0),
  // "Le Conseil comptant 75 membres, le quorum est atteint"
  // ("Le comité syndical compte 19 délégués titulaires disposant ensemble de 60 voix")
  K('members_in_office', new RegExp(String.raw`(?<=\b(?:conseil|comite|assemblee|bureau)(?:\s+(?:syndical|municipal|communautaire|metropolitain|general|communal|departemental|regional|d'administration|de\s+direction))?\s+)(?:comptant|compte|comptait)\s+(\d{1,3}|${WORDS})\s+(?:membres|conseill\w+|delegue\w*|sieges)\b(?!\s+presents?)`, 'g'), ['comptant', 'compte', 'comptait']),
  // "Avec 44 membres présents sur 50": those in office after the members present
  K('members_in_office', new RegExp(String.raw`(?<=\b\d{1,3}\s+(?:membres|conseill\w+|delegue\w*|elus)\s+presente?s\s+)sur\s+(\d{1,3})\b(?!\s*(?:presents?|votants))`, 'g'), ['sur']),
  // "68 conseillères et conseillers répondent à l'appel" (Switzerland): the members present
  B('present', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})[ \t]+(?:conseill\w+(?:[ \t]+et[ \t]+conseill\w+)?(?:[ \t]+(?:generaux|municipaux|communaux|communautaires))?|membres|delegue\w*|elue?s?)[ \t]+(?:repondent|ont[ \t]+repondu)[ \t]+a\s+l'\s?appel\b`, 'g'), ['repondent', 'ont'], 4),
  // "Présence : 15 membres sur 17" (Luxembourg): the members present, then those in office
  K('present', new RegExp(String.raw`\bpresence\s*:\s*(\d{1,3})(?=\s+(?:membres|conseill\w+|delegue\w*|elus)\s+sur\s+\d{1,3}\b)`, 'g'), ['presence']),
  // (Québec, the noun left out: "PRÉSENCES : 7 sur 7", the members present, then the seats)
  K('present', /\bpresences?\s*:\s*(\d{1,3})(?=\s+sur\s+\d{1,3}\b(?!\s*(?:presents?|votants|[.,]\d)))/g, ['presence']),
  K('members_in_office', /(?<=\bpresences?\s*:\s*\d{1,3}\s+)sur\s+(\d{1,3})\b(?!\s*(?:presents?|votants|[.,]\d))/g, ['sur']),
  // "Présents : 41 membres sur 45": those in office after the present count
  // (or the seats in brackets: "Présents : 38 membres (sur 41)")
  K('members_in_office', new RegExp(String.raw`(?<=\b(?:presents?|presence)\s*:\s*\d{1,3}\s+(?:membres|conseill\w+|delegue\w*|elus)\s+(?:(?:du|de\s+la|de\s+l')\s*(?:conseil|commission|comite|assemblee)(?:\s+[a-z]+)?\s+)?\(?\s*)sur\s+(\d{1,3})\b(?!\s*(?:presents?|votants))`, 'g'), ['sur']),
  // a roll call's result: "27 membres sur 30 sont présents" (two counts side by side: "27 membres", "sur 30 … présents")
  // (in words too: "six conseillers sur quinze sont présents")
  // (the councillors named with their council's kind: "29 conseillers généraux sur 35 sont présents")
  B('present', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})\s+(?:membres|conseill\w+${COUNCIL_KIND}|delegue\w*|elue?s?)(?=\s+sur\s+(?:\d{1,3}|${WORDS})\s+(?:sont|etaient|etant)\s+presente?s?\b)`, 'g'), ['membres', 'conseill', 'delegues', 'delegue', 'elus', 'elu'], 0),
  // "Sont présents par visioconférence 14 des 16 membres du conseil :" (Québec): the members present, then those in office
  // (or in brackets after the heading: "PRÉSENTS (7 des 9 membres du conseil) :")
  K('present', new RegExp(String.raw`\bpresente?s?\b[^.\n:]{0,40}?[\s(](\d{1,3})(?=\s+des\s+\d{1,3}\s+${WHO})`, 'g'), ['present']),
  // (or a colon after the heading: "Sont présents : 9 des 9 membres du conseil")
  K('members_in_office', new RegExp(String.raw`(?<=\bpresente?s?\b(?:[ \t]*:)?[^.\n:]{0,40}?[\s(]\d{1,3}\s+)des\s+(\d{1,3})\s+${WHO}`, 'g'), ['des']),
  // (the verb after the counts: "19 des 21 membres du conseil sont présents", "quatre des sept membres du conseil sont présents")
  B('present', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})(?=\s+${OF_SEATS_PRESENT})`, 'g'), ['des'], 0),
  K('members_in_office', new RegExp(String.raw`(?<=(?<![\d/.-])\b(?:\d{1,3}|${WORDS})\s+)des\s+(\d{1,3}|${WORDS})(?=\s+${WHO}${OF_COUNCIL}\s+(?:sont|etaient|etant)\s+presente?s\b)`, 'g'), ['des']),
  // (each count in words, its figure in brackets: "sont présents, formant quorum, huit (8) des neuf (9) membres du conseil")
  K('present', new RegExp(String.raw`\bpresente?s?\b[^.\n:]{0,40}?\s(?:${WORDS})\s*\(\s*(\d{1,3})\s*\)(?=\s+des\s+(?:${WORDS})\s*\(\s*\d{1,3}\s*\)\s+${WHO})`, 'g'), ['present']),
  K('members_in_office', new RegExp(String.raw`(?<=\bpresente?s?\b[^.\n:]{0,40}?\s(?:${WORDS})\s*\(\s*\d{1,3}\s*\)\s+)des\s+(?:${WORDS})\s*\(\s*(\d{1,3})\s*\)\s+${WHO}`, 'g'), ['des']),
  // "Étaient présents sept délégués sur les huit en exercice" (a count in words without a colon, bound by its total)
  K('present', new RegExp(String.raw`\bpresente?s?\s+(\d{1,3}|${WORDS})\s+${WHO}(?=\s+sur\s+(?:les\s+)?(?:\d{1,3}|${WORDS})\s+(?:${WHO}\s+)?(?:en\s+exercice|en\s+fonctions?)\b)`, 'g'), ['present']),
  K('members_in_office', new RegExp(String.raw`(?<=(?:membres|conseill\w+${COUNCIL_KIND}|delegue\w*|elue?s?)\s+)sur\s+(\d{1,3}|${WORDS})\s+(?:sont|etaient|etant)\s+presente?s?\b`, 'g'), ['sur']),
  // in prose: "Quatorze conseillers étaient présents et 3 pouvoirs avaient été remis" (the number before WHO's first word)
  B('present', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})\s+${WHO}\s+(?:etaient|sont|etant)\s+presents?\b`, 'g'), ['membres', 'conseill', 'delegues', 'elus', 'titulaires'], 0),
  // (and those absent, said the same way: "… 9 membres se sont excusés (…) ; 8 membres sont absents.")
  B('absent', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})\s+${WHO}\s+(?:etaient|sont|etant)\s+absents?\b`, 'g'), ['membres', 'conseill', 'delegues', 'elus', 'titulaires'], 0),
  // "sept délégués siégeaient avec voix délibérative et huit ont pris part aux votes"
  B('present', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})\s+(?:${WHO}\s+)?(?:siegeaient|siegent|siegeant)\s+avec\s+voix\s+deliberative\b`, 'g'), ['siegeaient', 'siegent', 'siegeant'], 2),
  B('voters', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})\s+(?:${WHO}\s+)?ont\s+pris\s+part\s+(?:aux\s+votes|au\s+vote|a\s+la\s+deliberation|aux\s+deliberations)\b`, 'g'), ['pris'], 4),
  // (after the total's clause, the members left out: "Sur les 12 délégués composant le comité, 9 étaient présents et 1 était
  // représenté")
  B('present', new RegExp(String.raw`(?<=\bsur\s+les\s+\d{1,3}\s+[^,;.\n]{3,80},\s*)(\d{1,3}|${WORDS})\s+(?:etaient|sont)\s+presents?\b`, 'g'), ['presents', 'present'], 2),
  B('proxies', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})\s+(?:pouvoirs?|procurations?)\s+(?:(?:avaient|ont|ayant)\s+ete|etaient|sont)\s+(?:remise?s?|donnee?s?|deposee?s?|transmise?s?|recue?s?)\b`, 'g'), ['pouvoir', 'procuration'], 0),
  // "… et trois s'étaient fait représenter", "2 conseillers ont donné pouvoir", "quatre étaient représentés":
  // WHO (2 words), then "s'etaient" (2 runs), "se sont" or "fait" before "fait" / "donne" / "represente(e)s"
  B('proxies', new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${WORDS})\s+(?:${WHO}\s+)?(?:(?:s'etaient|se\s+sont|s'etant|s'etait|s'est)\s+fait\s+represent\w*|(?:avaient|ont|ayant)\s+donne\s+(?:pouvoir|procuration|delegation)|(?:etaient|sont|etant)\s+representee?s|(?<=\b(?:1|un|une)\s+)(?:etait|est)\s+representee?)\b`, 'g'), ['fait', 'donne', 'represente'], 4),
];

/** Column headings of a count table ("En exercice   Présents   Votants" over "15   12   14"). */
// whole words: "présents" is not read inside "représentés"
const TABLE_LABELS: Array<{ key: CountKey; re: RegExp }> = [
  { key: 'excused', re: /(?<![a-z])absents?\s+excuses?(?![a-z])/g },
  { key: 'members_in_office', re: /(?<![a-z])en\s+exercice(?![a-z])/g },
  { key: 'members_afferent', re: /(?<![a-z])afferents?(?![a-z])/g },
  { key: 'present', re: /(?<![a-z])presents?(?![a-z])/g },
  { key: 'voters', re: /(?<![a-z])votants(?![a-z])/g },
  { key: 'expressed', re: /(?<![a-z])exprimes(?![a-z])/g },
  { key: 'proxies', re: /(?<![a-z])(?:procurations?|pouvoirs?|representes)(?![a-z])/g },
  { key: 'absent', re: /(?<![a-z])absents?(?![a-z])/g },
  { key: 'excused', re: /(?<![a-z])excuses?(?![a-z])/g },
];

/**
 * A column that breaks a count down ("En exercice  Présents  dont suppléants  Pouvoirs  Votants" over "24  17  1  3  21"):
 * part of the figure on its left, never a count of its own, but a cell of the row all the same (the values pair by place).
 */
const PART_COLUMN = /(?<![a-z])dont\s+(?:suppleante?s?|titulaires?)(?![a-z])/g;

/** A date alone in the last cell of a line, after a gap of three spaces or more. */
const TRAILING_DATE_CELL = /(?<=\S {3,})\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t]*$/;

/** Words of a count table's heading row (readCountTable needs two of them on the row). */
const LABEL_WORD = String.raw`(?:presents?|votants|exercice|excuses?|absents?|procurations?|pouvoirs?|representes|exprimes|afferents?)`;
/**
 * Two such words on one line, apart: the rows readCountTable reads are lines of `first` up to `last` (excluded) holding
 * two of them at least, after a date cell was blanked (which adds none). Linear: from each word the next one is sought
 * to the line's end, and a line holding two is found at its first.
 */
const TWO_LABEL_WORDS = new RegExp(`${LABEL_WORD}[^\n]*?${LABEL_WORD}`);

function readCountTable(src: SourceText, from: number, to: number, record: (key: CountKey, value: number, start: number, end: number) => void): void {
  const first = src.lineAt(from);
  const last = src.lineAt(Math.max(from, to - 1));
  // (no row of labels, no line tried: see TWO_LABEL_WORDS)
  if (!TWO_LABEL_WORDS.test(src.fold.slice(src.lineStarts[first - 1]!, src.lineStarts[last - 1]!))) return;
  for (let l = first; l < last; l++) {
    const start = src.lineStarts[l - 1]!;
    // (a date ending the row after a wide gap is another column's cell, the page's second column: "En exercice   Présents
    // Votants          10/09/2019" under "Nombre de conseillers          Date de convocation")
    // (a line with a digit and no gap of three spaces has no such cell and is no row of labels: not cut out; one without a
    // digit has no date to blank)
    const raw = src.fold.slice(start, start + src.lineLength(l));
    const digit = /\d/.test(raw);
    if (digit && !raw.includes('   ')) continue;
    const line = digit ? raw.replace(TRAILING_DATE_CELL, (m) => ' '.repeat(m.length)) : raw;
    if ((digit && /\d/.test(line)) || line.trim().length < 8) continue;
    if ((line.match(/presents?|votants|exercice|excuses?|absents?|procurations?|pouvoirs?|representes|exprimes|afferents?/g)?.length ?? 0) < 2) continue;
    const labels: Array<{ key: CountKey | null; at: number; end: number }> = [];
    for (const { key, re } of TABLE_LABELS) {
      re.lastIndex = 0;
      for (const m of line.matchAll(re)) {
        if (labels.some((x) => m.index! < x.end && m.index! + m[0].length > x.at)) continue;
        labels.push({ key, at: m.index!, end: m.index! + m[0].length });
      }
    }
    if (labels.length < 2) continue;
    for (const m of line.matchAll(PART_COLUMN)) labels.push({ key: null, at: m.index!, end: m.index! + m[0].length });
    labels.sort((a, b) => a.at - b.at);
    let next = l + 1;
    // blank lines and the rule under a table's heading row ("|---|---|", "+----+----+")
    while (next <= last && /^[\s|:+=_-]*$/.test(src.lineText(next))) next++;
    // (a row per group, then their total: "| Département | 4 | 2 | 1 |" … "| Total | 18 | 10 | 3 |": the total is the body's)
    for (let k = next + 1; k <= last && k <= next + 12 && /\d/.test(src.lineText(k)); k++) {
      if (/^\s*\|?\s*(?:total|totaux|ensemble)\b/i.test(src.lineText(k))) {
        next = k;
        break;
      }
    }
    const nextStart = src.lineStarts[next - 1]!;
    // (a first cell naming the row, "| Nombre | 104 | 86 |", is no value; same length, offsets kept)
    // (nor a date under a « Date de convocation » column, "| 19 | 15 | 17 | 08/12/2015 |": no count)
    const valueLine = src
      .lineText(next)
      .replace(/^(\s*\|\s*)(\p{L}[\p{L} ]{1,28})(?=\s*\|)/u, (_m, a: string, w: string) => a + ' '.repeat(w.length))
      .replace(/(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/.-])/g, (d) => (/(?<![a-z])date(?![a-z])/.test(line) ? ' '.repeat(d.length) : d));
    // (a cell may be filled with the table's rule: "|_________23__________|_____9______|")
    const values = [...valueLine.matchAll(/(?<![\p{L}\d])\d{1,4}(?![\p{L}\d])/gu)];
    if (values.length !== labels.length || /[a-z]{4,}/i.test(valueLine)) continue;
    labels.forEach((lab, i) => lab.key !== null && record(lab.key, Number(values[i]![0]), start - from + lab.at, nextStart - from + values[i]!.index! + values[i]![0].length));
  }
}

/** Words that may stand beside a count's label on its own line ("Nombre de conseillers en exercice"). */
// (or the body the members belong to: "Nombre de membres afférents au comité")
const CELL_FILLER = /^(?:\s|nombre|de|d'|des|les|au|du|membres|conseill(?:er|ere)s?|municipaux|communautaires|departementaux|delegues|titulaires|elus|suffrages|comite|conseil|syndical|:)*$/;

/** The longest line `cellLabel` reads as a label (readStackedCells joins no more pieces past it). */
const MAX_CELL_LABEL = 48;

/** The count a line holding only a label names ("Présents", "Membres en exercice :"), else null. */
function cellLabel(line: string): CountKey | null {
  if (line.length > MAX_CELL_LABEL || /\d/.test(line)) return null;
  let found: { key: CountKey; rest: string } | null = null;
  for (const { key, re } of TABLE_LABELS) {
    re.lastIndex = 0;
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length);
    if (!CELL_FILLER.test(rest)) continue;
    if (found) return null;
    found = { key, rest };
  }
  return found?.key ?? null;
}

/**
 * A line that may be a value cell of readStackedCells: its cell text (cellText: the line trimmed, one '|' dropped at
 * each end) is a number of 1 to 4 digits or their OCR look-alikes (ocrDigits changes no other character, and
 * `/^\d{1,4}$/` must hold after it). A superset; every pairing there needs such a cell (k values after k labels, or
 * a value after each label), so a zone with no such line records nothing. (One blank run before each optional '|':
 * linear at each line start.)
 */
const VALUE_CELL_LINE = /(?:^|\n)[^\S\n]*(?:\|[^\S\n]*)?[\dOolI]{1,4}[^\S\n]*(?:\|[^\S\n]*)?(?=\n|$)/;

/**
 * A count table whose cells came out one per line (a PDF table extracted
 * cell by cell): by columns, every label then every value ("Membres en
 * exercice / Présents / Votants / 18 / 8 / 15"), or by rows, each label then
 * its value ("en exercice / 54 / présents / 43"). Labels and values pair in
 * order, and only when their numbers agree (at least two counts).
 */
function readStackedCells(src: SourceText, from: number, to: number, record: (key: CountKey, value: number, start: number, end: number) => void): void {
  const first = src.lineAt(from);
  const last = src.lineAt(Math.max(from, to - 1));
  // (nothing is recorded without a value cell, and a value cell's line is one number in its box: see VALUE_CELL_LINE)
  if (!VALUE_CELL_LINE.test(src.raw.slice(src.lineStarts[first - 1]!, (src.lineStarts[last] ?? src.raw.length + 1) - 1))) return;
  type Cell = { line: number; key: CountKey | null; value: number | null };
  const cells: Cell[] = [];
  /** A line's cell text: its box's borders dropped ("| Délégués   |" → "Délégués"); a rule line ("+-----+") holds none. */
  // (the borders' pattern needs a '|': a line without one is only trimmed)
  const cellText = (text: string) => (/^[\s|+=_-]*$/.test(text) ? '' : text.includes('|') ? text.replace(/^\s*\|\s*|\s*\|\s*$/g, '').trim() : text.trim());
  /** Line `l`'s cell text in the folded view, each line's computed once (the pieces below read a line up to five times). */
  const foldedCells = new Map<number, string>();
  const foldedCell = (l: number): string => {
    let cell = foldedCells.get(l);
    if (cell === undefined) {
      const ls = src.lineStarts[l - 1]!;
      cell = cellText(src.fold.slice(ls, ls + src.lineText(l).length));
      foldedCells.set(l, cell);
    }
    return cell;
  };
  for (let l = first; l <= last; l++) {
    const text = cellText(src.lineText(l));
    if (text === '') continue;
    // (OCR digits read as digits: "1O"; ocrDigits, not normDigits, whose one-slot memo holds the whole text's and would be evicted)
    const digits = /^[\dOolI]{1,4}$/.test(text) && /\d/.test(text) ? ocrDigits(text) : text;
    const value = /^\d{1,4}$/.test(digits) ? Number(digits) : null;
    let key = value === null ? cellLabel(foldedCell(l)) : null;
    // a label wrapped in its cell, one line per piece ("Nombre de" / "membres" / "afférents au" / "comité" / "9", "| Délégués |"
    // / "| en exercice |"), its first piece no label alone: the most pieces before the value that join into a label
    if (value === null && key === null) {
      const pieces: Array<{ text: string; line: number }> = [];
      // (the pieces joined so far: once longer than a label may be, no more of them can join into one, see cellLabel)
      let joinedLength = -1;
      for (let k = l; k <= last && pieces.length < 5; k++) {
        const piece = foldedCell(k);
        if (piece === '') {
          // (a box's rule between two pieces; a blank line ends the cell)
          if (src.lineText(k).trim()) continue;
          break;
        }
        if (/^\d{1,4}$/.test(piece)) break;
        joinedLength += 1 + piece.length;
        if (joinedLength > MAX_CELL_LABEL) break;
        pieces.push({ text: piece, line: k });
      }
      const labelOf = (n: number) => cellLabel(pieces.slice(0, n).map((p) => p.text).join(' '));
      let n = pieces.length;
      let joined = n >= 2 ? labelOf(n) : null;
      while (n > 2 && joined === null) joined = labelOf(--n);
      if (joined !== null) {
        cells.push({ line: l, key: joined, value: null });
        l = pieces[n - 1]!.line;
        continue;
      }
    }
    cells.push({ line: l, key, value });
  }
  const at = (l: number) => src.lineStarts[l - 1]! - from;
  const endOf = (l: number) => at(l) + src.lineText(l).length;
  for (let i = 0; i < cells.length; ) {
    if (!cells[i]!.key) {
      i++;
      continue;
    }
    // by columns: k labels, then k values
    let k = 0;
    while (cells[i + k]?.key) k++;
    let v = 0;
    while (v < k && cells[i + k + v]?.value !== null && cells[i + k + v]?.value !== undefined) v++;
    if (k >= 2 && v === k && cells[i + 2 * k]?.value == null) {
      for (let j = 0; j < k; j++) record(cells[i + j]!.key!, cells[i + k + j]!.value!, at(cells[i + j]!.line), endOf(cells[i + k + j]!.line));
      i += 2 * k;
      continue;
    }
    // by rows: label, value, label, value…
    let pairs = 0;
    while (cells[i + 2 * pairs]?.key && cells[i + 2 * pairs + 1]?.value != null) pairs++;
    if (pairs >= 2) {
      for (let j = 0; j < pairs; j++) record(cells[i + 2 * j]!.key!, cells[i + 2 * j + 1]!.value!, at(cells[i + 2 * j]!.line), endOf(cells[i + 2 * j + 1]!.line));
      i += 2 * pairs;
      continue;
    }
    i += Math.max(1, k);
  }
}

/**
 * The counts declared in src[from, to). Counts restated in brackets after a movement ("Arrivée de M. X avant le vote
 * (présents : 63 – votants : 75)") are no opening counts and are skipped; with `afterMovement` (an item's own counts)
 * the last such restatement in the zone is the item's.
 */
export function parseCounts(src: SourceText, from: number, to: number, options: { afterMovement?: boolean } = {}): DeclaredCounts {
  // (an item's counts: those restated after the last movement before its vote come first)
  const moved = options.afterMovement ? lastMovementCounts(src, from, to) : null;
  if (moved) {
    const restated = parseCounts(src, moved.open + 1, moved.end - 1);
    if (restated.present !== null || restated.voters !== null) return restated;
  }
  const out = emptyCounts();
  // OCR digits read as digits: "Présents : l2"
  const fold = foldDigits(src.norm, src.fold);
  const zone = fold.slice(from, to);
  const z = zoneOf(src, from, to, zone);
  const taken: Array<[number, number]> = [];
  // a table of contents holds no count: "SOMMAIRE Appel nominal 3 Délégations de vote 3 Rapport n° 1 4" (page numbers)
  // (not a summary's name: "COMPTE RENDU SOMMAIRE – SÉANCE DU …", "procès-verbal sommaire")
  const contents = zone.includes('sommaire') ? /(?<!\b(?:compte[- ]rendus?|proces[- ]verbal|releve)\s+)\bsommaire\b/.exec(zone) : null;
  if (contents) {
    const stop = zone.slice(contents.index).search(/\n[ \t]*\n/);
    taken.push([contents.index, stop < 0 ? Math.min(zone.length, contents.index + 600) : contents.index + stop]);
  }
  // two groups' present members counted in their headings, "Conseillers de Paris présents (7) :" / "Conseillers
  // d'arrondissement présents (16) :": each a part, not the body's present count
  if (zone.includes('presen')) {
    const parts = [...zone.matchAll(/(?<![a-z])presente?s?\s*\(\s*\d{1,3}\s*\)\s*:/g)];
    // (each heading naming its group before the word, the groups different: not one list's count written twice)
    const groups = parts.map((m) => zone.slice(zone.lastIndexOf('\n', m.index!) + 1, m.index!).trim());
    if (parts.length >= 2 && groups.every((g) => g.length >= 3) && new Set(groups).size === groups.length) for (const m of parts) taken.push([m.index!, m.index! + m[0].length]);
  }
  // counts restated after a movement, "Arrivées de Mme X … avant le vote de la délibération 2022-11-01 (présents : 74 –
  // représentés : 14 – votants : 88)": the attendance at that vote, not the opening one
  if (zone.includes('(')) for (const m of zone.matchAll(MOVEMENT_COUNTS)) taken.push([m.index! + m[0].lastIndexOf('('), m.index! + m[0].length]);
  // a count table with a column of weighted votes: "                Délégués    Voix"
  const voixColumn = zone.includes('voix') && /(?:^|\n)[ \t]*(?:delegues|membres|conseillers|sieges|representants)(?:[ \t]{2,}|\t)voix[ \t]*(?=\n)/.test(zone);
  /**
   * The weighted votes written after a count, for a body whose members carry several: "Votants : 16 (51 voix)",
   * or the second column under a heading row "Délégués    Voix" ("Votants      15      32").
   */
  const weightAfter = (at: number): number | null => {
    // (or said after it: "Délégués présents : 11, représentant 34 voix", "compte 19 délégués titulaires disposant ensemble de 60 voix")
    const m =
      /^[ \t]*\([ \t]*(\d{1,4})[ \t]+voix[ \t]*\)/.exec(src.fold.slice(at, at + 24)) ??
      // (the sentence wrapped at a line end: "… disposant" / "ensemble de 60 voix")
      /^(?:[ \t]+titulaires)?[ \t]*,?[ \t]*(?:representant|disposant(?:\s+ensemble)?\s+de|totalisant|soit)\s+(\d{1,4})[ \t]+voix\b/.exec(src.fold.slice(at, at + 60)) ??
      // (or the members' word, then the voix after a comma: "votants : 13 délégués, 48 voix")
      /^[ \t]*(?:delegues|membres|conseillers|sieges)[ \t]*,[ \t]*(\d{1,4})[ \t]+voix\b/.exec(src.fold.slice(at, at + 40)) ??
      (voixColumn ? /^[ \t]+(\d{1,4})[ \t]*(?=\n|$)/.exec(src.fold.slice(at, at + 16)) : null);
    return m ? Number(m[1]) : null;
  };
  const record = (key: CountKey, value: number, start: number, end: number) => {
    if (out[key] !== null) return;
    if (taken.some(([a, b]) => start < b && end > a)) return;
    // a photographed line's last digit pushed alone onto the next line ("Votants : 3" / "          2")
    const pushed = /^\d$/.test(src.norm.slice(from + end - 1, from + end)) ? /^[ \t]*\n[ \t]{8,}(\d)[ \t]*(?=\n|$)/.exec(src.norm.slice(from + end, from + end + 120)) : null;
    if (pushed && value < 10) {
      value = value * 10 + Number(pushed[1]);
      end += pushed[0].length;
    }
    // "presents ou representes" counts present + proxies: not the present count
    const text = collapseSpaces(src.norm.slice(from + start, from + end)).trim();
    const n: DeclaredNumber = { value, text, span: src.span(from + start, from + end) };
    const weight = weightAfter(from + end);
    if (weight !== null) n.weight = weight;
    out[key] = n;
    taken.push([start, end]);
  };
  // a table's cells pair by their places, not by nearness (its spans may overlap: label 1 … value 1 over label 2 … value 2)
  const fromTable = (key: CountKey, value: number, start: number, end: number) => {
    if (out[key] !== null) return;
    out[key] = { value, text: collapseSpaces(src.norm.slice(from + start, from + end)).trim(), span: src.span(from + start, from + end) };
    const weight = weightAfter(from + end);
    if (weight !== null) out[key].weight = weight;
    taken.push([start, end]);
  };
  // (labels then values one per line first: "Votants :" over the first value of the column, "15", is not its count)
  readStackedCells(src, from, to, fromTable);
  for (const label of LABELS) {
    for (const m of matchAnchored(z, label.re)) {
      const value = /^\d+$/.test(m[1]!) ? Number(m[1]) : (parseFrenchNumber(m[1]!) ?? NaN);
      if (Number.isNaN(value)) continue;
      // a count in words needs a colon before it ("présents : douze") or a verb saying it is one ("le nombre des présents
      // étant de vingt et un"), not prose ("présents, deux adjoints")
      // (or a series of counts in words, one after the other: "en exercice quinze, présents douze, représentés deux, votants
      // quatorze")
      const inSeries = () => WORDS_SERIES_NEXT.test(zone.slice(m.index! + m[0].length, m.index! + m[0].length + 60)) || WORDS_SERIES_PREV.test(zone.slice(Math.max(0, m.index! - 40), m.index!));
      if (!/^\d/.test(m[1]!) && !/[:=|…]|\.{2}|\b(?:etant|est)\s+de\s|\bs'eleve\s+a\s/.test(m[0]) && !inSeries()) continue;
      if (label.key === 'present' && /ou\s+representes/.test(m[0])) continue;
      // "Présents : 1. DUPONT Jean 2. …" is a numbered list, not a count
      if (value === 1 && /^[.)]\s+\S[^\n]{0,80}?\s2[.)]\s/.test(zone.slice(m.index! + m[0].length))) continue;
      // … and so is "Conseiller absent représenté : 15. STOECKLIN Julien" (the number of a list's line, a surname after it)
      if (/^[.)][ \t]+[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’-]*[ \t]+[A-ZÀ-Þ][a-zß-ÿ]/.test(src.norm.slice(from + m.index! + m[0].length, from + m.index! + m[0].length + 40))) continue;
      if (value > 1500) continue;
      // a fraction of the count, not the count: "le quorum est fixé au tiers des membres en exercice (11)", "la moitié des
      // membres en exercice, soit 12"
      // (or "… lorsque le tiers de ses membres en exercice est présent (11)")
      const before = zone.slice(Math.max(0, m.index! - 60), m.index!);
      if (/\b(?:tiers|moitie|majorite|quart|deux\s+tiers)\s+(?:des|de\s+ses|de\s+leurs)\s*$/.test(before) || /\b(?:tiers|moitie|majorite|quart)\s+(?:des|de\s+ses|de\s+leurs)\s+(?:membres|conseill\w+|delegues|elus)(?:\s+en\s+exercice)?\s+(?:est|sont|etant)\s*$/.test(before)) continue;
      // a count of weighted votes, not of members: "Votants : 40 voix"
      if (/^[ \t]*voix\b/.test(zone.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
      // cells each holding a number then its label, "19 conseillers | 14 présents | 3 pouvoirs | 16 votants": the number after
      // the bar opens the next cell (read by BEFORE with its own label)
      if (m[0].includes('|') && /(?:^|[|\n])[ \t]*\d{1,4}[ \t]+$/.test(zone.slice(Math.max(0, m.index! - 12), m.index!)) && NUMBER_THEN_LABEL_CELL.test(zone.slice(m.index! + m[0].lastIndexOf(m[1]!), m.index! + m[0].length + 30))) continue;
      record(label.key, value, m.index!, m.index! + m[0].length);
    }
  }
  for (const label of BEFORE) {
    for (const m of matchAnchored(z, label.re)) {
      const value = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseFrenchNumber(m[1]!);
      if (value !== null) record(label.key, value, m.index!, m.index! + m[0].length);
    }
  }
  readCountTable(src, from, to, fromTable);
  const sitting = substitutesSitting(src, from, zone, out.present);
  if (sitting) out.present = sitting;
  return out;
}

/** A count's label and its figure apart: a colon, an equals sign, or dotted leaders ("Titulaires présents ........ 17"). */
const LABEL_TO_FIGURE = String.raw`[ \t]*(?:[:=]|\.{3,}|…+)[ \t]*`;
/** A count of the titulaires present: "Délégués titulaires présents : 19". */
const TITULARS_PRESENT = new RegExp(String.raw`(?<![a-z])titulaires\s+presente?s${LABEL_TO_FIGURE}(\d{1,3})(?!\d)`);
/** A count of the substitutes sitting with a vote: "Délégués suppléants présents avec voix délibérative : 2", "Suppléants siégeant : 2". */
const SUBSTITUTES_SITTING = new RegExp(String.raw`(?<![a-z])(?:(?:delegue|membre|conseill(?:er|ere))e?s\s+)?suppleante?s\s+(?:presente?s\s+)?(?:(?:avec|ayant)\s+voix\s+deliberative|siegeant(?:\s+avec\s+voix\s+deliberative)?)${LABEL_TO_FIGURE}(\d{1,3})(?![\d/,.]\d|[ \t]*(?:\(|voix\b))`);

/**
 * The present count when the document declares the titulaires present and the substitutes sitting with a vote apart,
 * with no total ("Délégués titulaires présents : 19" / "Délégués suppléants présents avec voix délibérative : 2"):
 * both sit and vote, so those present are their sum (21, as "Votants : 26" = 21 + 5 pouvoirs confirms). Null when the
 * present count read is not the titulaires' alone, when a total of those present is written, or with weighted voix.
 */
function substitutesSitting(src: SourceText, from: number, zone: string, present: DeclaredNumber | null): DeclaredNumber | null {
  if (!present || present.weight !== undefined || !zone.includes('suppleant')) return null;
  const titulars = TITULARS_PRESENT.exec(zone);
  if (!titulars || Number(titulars[1]) !== present.value || !/titulaires/i.test(foldText(present.text))) return null;
  if (/\btotal\s+(?:des\s+)?(?:membres\s+|delegues\s+)?presents\b|\bpresents\s*\(?\s*(?:au\s+)?total\b/.test(zone)) return null;
  const m = SUBSTITUTES_SITTING.exec(zone);
  if (!m) return null;
  const end = m.index + m[0].length;
  const text = `${present.text} ; ${collapseSpaces(src.norm.slice(from + m.index, from + end)).trim()}`;
  return { value: present.value + Number(m[1]), text, span: src.span(from + Math.min(titulars.index, m.index), from + Math.max(titulars.index + titulars[0].length, end)) };
}
