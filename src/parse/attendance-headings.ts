/**
 * Headings of the attendance block ("Etaient présents :", "Absents excusés :",
 * "Pouvoirs :", "Secrétaire de séance :"…), found anywhere in a line (many
 * published texts lost their line breaks). Matching runs on folded text.
 */
import type { SectionKind } from '../domain/index.ts';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { anchored, matchAnchored, zoneOf, zoneOfString, type Anchored } from './scan.ts';

export type HeadingKind = SectionKind | 'secretary' | 'boundary';

export interface Heading {
  kind: HeadingKind;
  /** Offset of the heading's first character. */
  start: number;
  /** Offset just after the heading (and its colon). */
  end: number;
  text: string;
}

// "Présents :", "Présent(e)s :", "Présents (18) :"
// (Brussels prints the Dutch heading beside the French one: "Présents – Aanwezig :", "Excusés – Verontschuldigd :")
// (or a dash before the names' civility: "PRÉSENTS – Mmes et MM. ACHARD Bruno, …")
// (a Word export's tab for the colon, a member's civility after it, the heading the line's first cell: "Pouvoir<TAB>M. Olivier X
// à M. Arnaud Y" — not a state cell inside a table's row, "Mme X<TAB>Excusée<TAB>M. Y")
// (or a spaced dash after the section's count in brackets, the heading near its line's start: "Présents (16) — BARDET Michel
// — COUDERC Anne …", "Pouvoirs (10) — X à Y — …"; not a line of counts, "Présents (24) – Pouvoirs (14) – Votants (38)", whose
// next piece is another count)
const COUNTED_DASH = String.raw`(?<=(?:^|\n)[ \t]*[^\t\n]{1,60}\(\d{1,3}\))[ \t]+[–—-][ \t]+(?=[a-z])(?![^\n–—]{0,60}\(\d{1,3}\))`;
const COLON = String.raw`\s*(?:\(\s*s?\s*\)|\(e\)|\(es\)|\(s\)|\(\d{1,3}\))*(?:\s*[-–—/]\s*(?:aanwezig(?:en)?|verontschuldigd|afwezig(?:en)?|volmacht(?:en)?|vertegenwoordigd))?(?:\s*:|[ \t]+[–—-][ \t]+(?=(?:mmes|mm\.|messieurs|mesdames)\s)|(?<=(?:^|\n)[ \t]*[^\t\n]{1,60})(?:\t+| {2,})(?=(?:m\.|mme|mmes|mm\.|mlle|mr|mrs|monsieur|madame|messieurs|mesdames)\s)|${COUNTED_DASH})`;
const ENDLINE = String.raw`(?:[ \t]*\(\s*\d{1,3}\s*\))?[ \t]*(?=\n|$)`;
/** How many people the public was, after its heading: "12 personnes", "une quarantaine d'habitants", "environ 30", "néant". */
const HOW_MANY = String.raw`(?=\s*(?:\d|une?\s|des\s|environ\b|quelques\b|aucune?\b|neant\b|[a-z]+aine\s+d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\b))`;
// (or a second heading beside it, after a wide gap, as a table's header row keeps them: "PRÉSENTS        ABSENTS AYANT DONNÉ POUVOIR")
// (or the substitutes who sat: "TITULAIRES PRÉSENTS        SUPPLÉANTS SIÉGEANT AVEC VOIX DÉLIBÉRATIVE")
// (or after a TAB, a word processor's table: "Délégués présents⇥Délégués excusés ou absents")
// (or the Québec nouns: "PRÉSENCES                    ABSENCE")
const BESIDE = String.raw`(?=(?:[ \t]{6,}|[ ]*\t[ \t]*)(?:(?:membres|conseill(?:er|ere)s|elus|delegues)\s+)?(?:absente?s?|absences?|excusee?s?|pouvoirs?|procurations?|representee?s?|suppleants?\s+(?:siegeant|presents?))\b)`;
/** Places a member attends a hybrid session from, folded, part of `ATTENDING`. */
export const SITTING_PLACE = String.raw`sur\s+place|au\s+siege|en\s+mairie|a\s+distance|en\s+distanciel`;
/** The conferences a member attends from afar by, folded: "visioconférence", "audioconférence", "téléconférence". */
export const CONFERENCE = String.raw`visio-?conference|audioconference|teleconference`;
/**
 * How a member present attends a hybrid or remote session, folded, as a status cell or a bracketed note writes it:
 * "en salle", "au siège", "à distance", "en présentiel", "(en) visio", "par visioconférence", "par téléphone".
 * One vocabulary for the presence tables (presence-table.ts) and the status rows (status-rows.ts).
 */
export const ATTENDING = String.raw`(?:en\s+salle|${SITTING_PLACE}|en\s+presentiel|(?:en\s+|par\s+)?(?:${CONFERENCE}|visio\b)|par\s+telephone)`;
/** Where members sit in a hybrid session, after "Présents": "en salle", "sur place", "à distance", "en visioconférence". */
const WHERE_SITTING = String.raw`(?:en\s+salle(?:\s+(?:du\s+conseil|des\s+deliberations))?|${SITTING_PLACE}|(?:en|par)\s+(?:${CONFERENCE}|visio))`;
/** "présent", "présente", "présents", "présent(e)s", "présent(e)(s)" */
const PRESENT = String.raw`present(?:e|s|es|\((?:e|s|es)\))*`;
const ABSENT = String.raw`absent(?:e|s|es|\((?:e|s|es)\))*`;
const EXCUSE = String.raw`excuse(?:e|s|es|\((?:e|s|es)\))*`;

interface Pattern {
  kind: HeadingKind;
  /**
   * Searched only where its keywords are (see scan.ts): every match holds one
   * of `keys` at a word start, at most `back` words after the match start;
   * `lead`: the match may open with blanks ('blanks') or a newline and blanks
   * ('newline') before that word. Checked by hand when a pattern is added.
   */
  a: Anchored;
}

const P = (kind: HeadingKind, source: string, keys: string[], back = 0, lead: Anchored['lead'] = 'none'): Pattern => ({ kind, a: anchored(new RegExp(source, 'g'), keys, back, lead) });

// Order matters: earlier patterns win when two match at overlapping places.
const PATTERNS: Pattern[] = [
  // the members who did not attend, a sentence for a heading: "N'assistaient pas à la séance : M. X, Mme Y", "N'a pas assisté à
  // la séance : M. Z" (an absence section; before the staff's "assisté à la séance :", which its end holds)
  P('absent', String.raw`\bn'\s?(?:assist(?:aient|ait|ent|e)\s+pas|(?:ont|a|avaient|avait)\s+pas\s+assiste)\s+a\s+la\s+(?:seance|reunion)${COLON}`, ['assist'], 3),
  // the members addressed after it: "Assistaient à la séance, Mesdames et Messieurs :" (staff say "Assistaient également")
  P('present', String.raw`\b(?:assist(?:aient|ent)|ont\s+assiste)\s+a\s+la\s+(?:seance|reunion)\s*,\s*(?:mesdames|messieurs)(?:\s+et\s+(?:mesdames|messieurs))?\s*:`, ['assist'], 1),
  // staff / non-members
  // the members with a consultative voice of a board (SDIS, CCAS): attending, not members voting
  // (the verb before it: "Assistent avec voix consultative :", "Assistaient à voix consultative :")
  P('staff', String.raw`\b(?:(?:assist(?:ent|aient|ait)|siegent|siegeaient)\s+)?(?:membres\s+)?(?:avec|a)\s+voix\s+consultative(?:\s+presente?s)?\s*:`, ['consultative'], 4),
  // ("Assistaient sans voix délibérative : X, suppléant ; Y, directeur du Parc")
  P('staff', String.raw`\bassist(?:ent|aient|ait)\s+(?:egalement\s*,?\s*|en\s+outre\s*,?\s*|aussi\s*,?\s*)?sans\s+voix\s+deliberative\s*:`, ['assistent', 'assistaient', 'assistait'], 0),
  P('staff', String.raw`\b(?:delegues\s+)?suppleante?s?\b[^:\n]{0,60}?\bsans\s+voix\s+deliberative\)?(?:\s*\([^)\n]{0,40}\))?${COLON}`, ['suppleant'], 1),
  P('staff', String.raw`\b(?:(?:est|sont|etai(?:en)?t)\s+)?(?:aussi|egalement)\s+${PRESENT}${COLON}`, ['aussi', 'egalement'], 1),
  // a body sitting without a vote, named on a line of its own: "Conseil municipal (sans droit de vote) : M. X, maire ; …"
  P('staff', String.raw`(?:^|\n)[ \t]*[^:\n]{2,40}?\(\s*sans\s+(?:droit\s+de\s+vote|voix\s+deliberative)\s*\)\s*:`, ['sans'], 6, 'newline'),
  // a Swiss conseil général attended by the executive: "Le Conseil municipal est présent in corpore : M. X, président de
  // la commune, …" (the municipality's members, not the conseil's)
  P('staff', String.raw`\b(?:le|la)\s+(?:conseil\s+(?:municipal|communal|administratif)|municipalite)\s+(?:est|etait)\s+presente?\s+in\s+corpore${COLON}`, ['corpore'], 6),
  // "Assistaient également à la séance (sans voix délibérative) :"; without "également", see `membersWhoAttended`
  P('staff', String.raw`\bassist(?:e|ent|aient|ait)\s+(?:egalement\s+|aussi\s+)?(?:a\s+la\s+(?:seance|rencontre|reunion)\s*)?(?:\([^)\n]{0,40}\)\s*)?:`, ['assist']),
  P('staff', String.raw`\b(?:particip(?:e|ent|aient|ait)|ont\s+(?:egalement\s+|aussi\s+)?participe)\s+(?:egalement|aussi)\b[^:\n]{0,60}?:`, ['particip'], 1),
  // "Participaient à la réunion :", "Ont participé à la séance :": the members
  P('present', String.raw`\b(?:particip(?:ent|aient)|ont\s+participe)\s+(?:a\s+la\s+(?:seance|reunion)\s*)?(?:\([^)\n]{0,40}\)\s*)?:`, ['particip'], 1),
  P('staff', String.raw`\binvitee?s?(?:\s+${EXCUSE})?${COLON}`, ['invite']),
  // a Belgian roll by office: "Directrice générale, Secrétaire : COLLARD Martine" after the councillors (staff, who keeps the minutes)
  P('staff', String.raw`(?:^|\n)[ \t]*(?:directeur|directrice)\s+general(?:e)?(?:\s+f\.\s?f\.?)?\s*,\s*secretaire\s*:`, ['directeur', 'directrice'], 0, 'newline'),
  P('staff', String.raw`\b(?:auditeurs?|public)\s+${PRESENT}${COLON}`, ['auditeur', 'public']),
  // "Public : 12 personnes" ends the list before it
  P('boundary', String.raw`(?:^|(?<=[\s.;]))public\s*:${HOW_MANY}`, ['public']),
  // "Public admis dans la salle : 10 personnes", "Auditeurs présents : 63": the public, counted, after the lists
  // (or "Assistance : 34 personnes")
  P('boundary', String.raw`(?:^|(?<=[\s.;]))(?:(?:public|auditeurs?)\s+(?:admis|presents?)\b[^:\n]{0,30}|assistance\s*):${HOW_MANY}`, ['public', 'auditeur', 'auditeurs', 'assistance']),
  P('staff', String.raw`\ben\s+presence\s+de${COLON}`, ['presence'], 1),
  // the executive at a Swiss legislative's session ("Municipalité : M. X, syndic ; …", "Conseil communal : M. X, maire, …"):
  // not members of the assembly: a boundary that ends the list before it (and starts none)
  // (or "Pour le Conseil municipal : M. X, président de la commune, …" at a Valais conseil général)
  P('boundary', String.raw`(?:^|\n)[ \t]*(?:pour\s+(?:le|la)\s+)?(?:municipalite|conseil\s+communal|conseil\s+administratif)\s*:(?=[ \t]*(?:m\.|mme|mmes|mm\.?|monsieur|madame|messieurs|mesdames)\s)`, ['pour', 'municipalite', 'conseil'], 0, 'newline'),
  // (or said in a sentence: "Pour le Conseil communal sont présents : M. X, syndic, et Mmes et MM. …")
  P('boundary', String.raw`(?:^|\n)[ \t]*pour\s+(?:le|la)\s+(?:municipalite|conseil\s+communal|conseil\s+administratif)\s*,?\s+(?:sont|etaient|est|etait)\s+presente?s?\s*:`, ['pour'], 0, 'newline'),
  P('boundary', String.raw`(?:^|\n)[ \t]*pour\s+le\s+conseil\s+municipal\s*:(?=[ \t]*(?:m\.|mme|mmes|mm\.?|monsieur|madame|messieurs|mesdames)\s[^\n]{0,60},\s*(?:president|presidente|vice-presidente?)\s+de\s+la\s+commune\b)`, ['pour'], 0, 'newline'),
  // (or a Bernese-French Conseil de ville's executive, its members said to sit with a consultative voice: "Conseil municipal :
  // M. X, maire ; …, conseillers municipaux (avec voix consultative)"; and the chancellery after it, "Chancellerie : M. Y,
  // chancelier": staff of the town, no member of the assembly)
  P('boundary', String.raw`(?:^|\n)[ \t]*(?:chancellerie|conseil\s+municipal(?=\s*:[^\n]*(?:\n[^\n]+){0,3}?\bvoix\s+consultative\b))\s*:`, ['chancellerie', 'conseil'], 0, 'newline'),
  P('staff', String.raw`\bautres?\s+(?:personnes\s+)?${PRESENT}${COLON}`, ['autre']),
  // proxies (before absent: "Absents ayant donné pouvoir" is a proxy list)
  // "Absents ayant donné pouvoir :", "Excusés représentés :", "Membres ayant donné procuration de vote :"
  // (or one delegate: "DÉLÉGUÉ REPRÉSENTÉ : M. X (pouvoir à M. Y)")
  P('proxies', String.raw`\b(?:(?:membres|conseill(?:er|ere)s?|elus|deleguee?s?|administrat(?:eur|rice)s?)\s+(?:${ABSENT}\s+(?:(?:et\s+)?${EXCUSE}\s+)?|${EXCUSE}\s+)?|${ABSENT}\s+(?:(?:et\s+)?${EXCUSE}\s+)?(?:et\s+)?|${EXCUSE}\s+(?:et\s+)?)(?:ayant\s+donne\s+(?:un\s+|une\s+)?(?:pouvoir|procuration|mandat|delegation)|representee?s?|avec\s+(?:pouvoir|procuration))(?:\s*\((?:e|s|es)\))*(?:\s+[^:\n.]{0,30})?(?:${COLON}|${ENDLINE})`, ['membres', 'conseill', 'elus', 'delegue', 'administrat', 'absent', 'excuse']),
  P('proxies', String.raw`(?:^|(?<=[\n.;]))[ \t]*(?:(?:etai(?:en)?t|sont|est)\s+)?(?:membres\s+)?representee?s?(?:\s*\((?:e|s|es)\))*${COLON}`, ['represente'], 2, 'blanks'),
  // "Se sont fait représenter :", "S'est fait représenter :"
  // "6 se sont fait excuser :" (Switzerland)
  P('excused', String.raw`\b(?:se\s+sont|s'\s?est|s'\s?etaient|s'\s?etait)\s+fait(?:e|s|es)?\s+excuser${COLON}`, ['fait'], 2),
  P('proxies', String.raw`\b(?:se\s+sont|s'\s?est|s'\s?etaient|s'\s?etait)\s+fait(?:e|s|es)?\s+represente(?:r|e|s|es|ee|ees)?(?:\s+par\s+(?:procuration|pouvoir)s?)?${COLON}`, ['fait'], 2),
  P('proxies', String.raw`(?:^|\n)[ \t]*ayant\s+donne\s+(?:un\s+|une\s+)?(?:pouvoir|procuration)(?:\s+[^:\n.]{0,30})?${COLON}`, ['ayant'], 0, 'newline'),
  // (or alone on its line: "ONT DONNÉ POUVOIR", "Ayant donné procuration")
  P('proxies', String.raw`(?:^|\n)[ \t]*(?:ont|ayant|avaient)\s+donne\s+(?:un\s+|une\s+|leur\s+)?(?:pouvoirs?|procurations?)${ENDLINE}`, ['ont', 'ayant', 'avaient'], 0, 'newline'),
  // (also "les membres suivants ont confié une procuration écrite à un collègue :",
  // "les conseillers excusés ont donné procuration de vote comme suit :")
  P('proxies', String.raw`\b(?:ont|a)\s+(?:donne|confie|remis)\s+(?:une\s+|un\s+|leur\s+)?(?:procurations?|pouvoirs?)(?:\s+(?:de\s+vote|ecrite?s?))?(?:\s+a\s+une?\s+collegue)?(?:\s+comme\s+suit)?${COLON}`, ['donne', 'confie', 'remis'], 1),
  // "Délégations de vote (mandant / mandataire) :"
  P('proxies', String.raw`(?:^|(?<=[\s.;,)]))(?<!\bsans\s)(?<!\bpas\s+donne\s+(?:de\s+)?)(?:pouvoirs?|procurations?|mandats?|delegations?\s+de\s+vote)(?:\s*\((?:s)\))?(?:\s+(?:de\s+vote|donnee?s?|ecrits?|recus?))?(?:\s*\((?:mandants?|mandataires?|donneurs?|beneficiaires?)[^)\n]{0,40}\))?${COLON}`, ['pouvoir', 'procuration', 'mandat', 'delegation']),
  // opening its line, a legal note in brackets before the colon: "POUVOIRS (loi n° 2021-1465 du 10 novembre 2021 : deux pouvoirs par membre) :"
  // (or "Procurations de vote (mesures temporaires Covid-19, loi modifiée du 24 juin 2020) :", or a note on the rule,
  // "Pouvoirs (chaque conseiller présent peut détenir deux pouvoirs) :": any note, the heading opening its line)
  // (the note wrapped over a line break: "Procurations (loi modifiée du 24 juin 2020, mesures temporaires pour les organes" /
  // "communaux) :", one break, no blank line)
  P('proxies', String.raw`(?:^|\n)[ \t]*(?:pouvoirs?|procurations?|delegations?)(?:\s+de\s+vote)?\s*\((?:[^()\n]|\n(?![ \t]*\n)){2,160}\)${COLON}`, ['pouvoir', 'procuration', 'delegation'], 0, 'newline'),
  // (on a line of its own: "POUVOIRS", "REPRÉSENTÉS", "Délégués représentés", "ÉTAIENT REPRÉSENTÉS", "ÉTAIENT ABSENTS
  // REPRÉSENTÉS": the keyword two words after the start)
  P('proxies', String.raw`(?:^|\n)[ \t]*(?:pouvoirs?|procurations?|delegations?\s+de\s+vote|(?:etai(?:en)?t\s+)?(?:(?:membres|delegues|conseill(?:er|ere)s|absents?)\s+)?representee?s?(?:\s*\((?:e|s|es)\))*)${ENDLINE}`, ['pouvoir', 'procuration', 'delegation', 'represente'], 2, 'newline'),
  // "Tableau des pouvoirs", "Liste des procurations :" on a line of its own, a table of pairs below
  // a proxies table's header row without a heading above it: "| Délégant | Délégataire |", "Mandant<TAB>Mandataire"
  P('proxies', String.raw`(?<=(?:^|\n)[ \t]*\|?[ \t]*)(?:delegant|mandant|donneur|membre\s+absent)(?:e|\(e\))?s?[ \t]*(?:\||\t)[ \t]*(?:delegataire|mandataire|porteur|beneficiaire)(?:e|\(e\))?s?[ \t]*\|?${ENDLINE}`, ['delegant', 'mandant', 'donneur', 'membre']),
  // (a right column's heading after the left column's first cells: "DEYGAS Noëlle (Orvaize)            POUVOIRS")
  P('proxies', String.raw`(?<=[^\s|][ \t]{8,})(?:pouvoirs|procurations)${ENDLINE}`, ['pouvoir', 'procuration'], 0),
  P('proxies', String.raw`(?:^|\n)[ \t]*(?:tableau|liste|etat|releve)\s+des\s+(?:pouvoirs|procurations|delegations(?:\s+de\s+vote)?)(?:[ \t]*:)?${ENDLINE}`, ['tableau', 'liste', 'etat', 'releve'], 0, 'newline'),
  // "Avaient délégué leur droit de vote :"
  P('proxies', String.raw`\b(?:avai(?:en)?t|ont|a|ayant)\s+delegue\s+(?:leur|son|sa)\s+(?:droit\s+de\s+vote|vote|pouvoir)${COLON}`, ['delegue'], 1),
  // "AVAIENT DONNÉ DÉLÉGATION DE VOTE (loi n° 2021-1465 … : un conseiller peut être porteur de deux délégations) :"
  // (or "ONT DONNÉ MANDAT DE VOTER EN LEUR NOM :")
  P('proxies', String.raw`\b(?:avai(?:en)?t|ont|ayant)\s+donne\s+(?:une\s+|un\s+)?(?:delegation(?:\s+de\s+vote)?|pouvoir|procuration|mandat(?:\s+de\s+voter(?:\s+en\s+(?:leur|son)\s+nom|\s+a\s+(?:leur|sa)\s+place)?)?)(?:\s*\([^()\n]{0,200}\))?${COLON}`, ['donne'], 1),
  // in prose, the pairs in brackets after the clause: "Deux conseillers avaient donné procuration (A à B, C à D) et …"
  P('proxies', String.raw`(?<=\b(?:avai(?:en)?t|ont)\s+donne\s+)(?:procurations?|pouvoirs?)\s*\((?=[^()\n]{3,200}?\s+a\s+[^()\n]{3,200}\))`, ['procuration', 'pouvoir'], 0),
  // … and the excused named after their count and a comma: "… et deux étaient excusés, Sandrine X et Mickaël Y."
  P('excused', String.raw`(?<=\b(?:\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)(?:etai(?:en)?t|sont|est)\s+${EXCUSE}\s*,(?=[ \t]*\S)`, ['excuse'], 1),
  // "les membres ci-après ont chargé un autre conseiller de voter en leur nom :" (Luxembourg)
  P('proxies', String.raw`\b(?:ont|a|avaient|avait)\s+charge\s+(?:un|une)\s+(?:autre\s+)?(?:conseill\w+|membre|collegue)\s+de\s+voter\s+(?:en\s+(?:leur|son)\s+nom|a\s+(?:leur|sa)\s+place)[^:\n]{0,30}${COLON}`, ['charge'], 1),
  // "deux conseillers ont mandaté un collègue pour voter à leur place :"
  P('proxies', String.raw`\b(?:a|ont)\s+mandate\b[^:\n]{0,60}${COLON}`, ['mandate'], 1),
  // "… procuration de vote a été donnée par :" (Luxembourg, the Covid law)
  P('proxies', String.raw`\b(?:pouvoirs?|procurations?)(?:\s+(?:de\s+vote|ecrite?s?|signee?s?))?\s+(?:a|ont)\s+ete\s+donnee?s?\s+par${COLON}`, ['pouvoir', 'procuration']),
  // "… deux procurations de vote ont été établies :", "deux procurations écrites ont été déposées :", "les procurations de
  // vote suivantes ont été données :", "les procurations ci-après ont été présentées au secrétariat :"
  // (… "remises au collège des bourgmestre et échevins :", "déposées auprès du secrétariat :")
  P('proxies', String.raw`\b(?:pouvoirs?|procurations?)(?:\s+(?:de\s+vote|ecrite?s?|signee?s?))?(?:\s+(?:suivante?s?|ci-apres|ci-dessous))?\s+(?:a|ont)\s+ete\s+(?:donnee?s?|remise?s?|accordee?s?|deposee?s?|etablie?s?|presentee?s?|transmise?s?|communiquee?s?)(?:\s+(?:au|a\s+la|aux|aupres\s+(?:du|de\s+la|des))\s[^:\n.]{1,60}(?:\s+avant\s+l'\s?ouverture\s+de\s+la\s+seance)?)?${COLON}`, ['pouvoir', 'procuration']),
  // "la conseillère suivante a donné procuration pour voter en son nom :", "les membres suivants ont donné procuration :" (Luxembourg)
  P('proxies', String.raw`\b(?:le|la|les)\s+(?:conseill\w+|membres?|elue?s?)\s+suivante?s?\s+(?:a|ont)\s+donne\s+(?:une\s+)?(?:procuration|pouvoir|delegation)\b[^:\n.]{0,50}${COLON}`, ['donne'], 5),
  // absent
  // "Absents excusés non représentés :", "Absents n'ayant pas donné délégation :": up to two qualifiers
  P('absent', String.raw`\b(?:(?:etai(?:en)?t|sont|est)\s+)?(?:membres[^\S\n]+|conseill(?:er|ere)s?[^\S\n]+)?${ABSENT}(?:\s*(?:-|–|et|,)?\s*(?:${EXCUSE}|non\s+${EXCUSE}|non\s+representee?s?|sans\s+(?:pouvoir|procuration|delegation)|n'\s?ayant\s+pas\s+donne\s+(?:de\s+)?(?:pouvoir|procuration|delegation)(?:\s+de\s+vote)?)){0,2}(?:${COLON}|${ENDLINE})`, ['absent'], 2),
  // "Appel : 35 membres présents, 4 excusés (Mmes et MM. A, B, C, D)" (Switzerland): the excused named in the brackets after their count
  P('excused', String.raw`(?<=\b\d{1,3}\s)(?:${EXCUSE}|${ABSENT})\s*\((?=\s*(?:mmes?|mm\.?|m\.|mesdames|messieurs|monsieur|madame)\s)`, ['excuse', 'absent'], 0),
  // a roll call's count line with dotted leaders, the names on the lines below it (Switzerland): "Membres excusés ........ 7" /
  // "  Mme Lise X, M. Paul Y, …"
  P('excused', String.raw`(?:^|\n)[ \t]*(?:(?:membres|conseill(?:er|ere)s)\s+)?(?:${EXCUSE}|${ABSENT})(?:\s+et\s+(?:${EXCUSE}|${ABSENT}))?[ \t]*(?:\.{3,}|…+)[ \t.…]*\d{1,3}[ \t]*(?=\n[ \t]*(?:m\.|mme|mmes|mm\.|monsieur|madame|messieurs|mesdames)\s)`, ['membres', 'conseill', 'excuse', 'absent'], 0, 'newline'),
  // (or "Déléguée excusée et suppléée :": the titular whose substitute sits, named among the present)
  // (or "Excusés non représentés :": excused, no proxy)
  // (or the members' word before it, "MEMBRES EXCUSÉS :", "Délégués excusés :", a single one's "Conseillère excusée :"
  // run on after the last name present: no part of the list above)
  // (or "Excusés et remplacés par leur suppléant :" / "Excusés (non remplacés) :" (Switzerland): the titulaires whose
  // substitutes sit, named in each entry, and those whose seats stay empty)
  P('excused', String.raw`\b(?:(?:etai(?:en)?t|sont|est)\s+|(?:membres|conseill(?:er|ere)s?|deleguee?s|administrat(?:eur|rice)s)[^\S\n]+)?${EXCUSE}(?:\s+sans\s+(?:pouvoir|procuration)|\s*\(?\s*non\s+(?:representee?s?|remplacee?s?|supplee?(?:e|s|es)?)\s*\)?|\s+et\s+(?:supplee?(?:e|s|es)?|remplacee?s?)(?:\s+par\s+(?:leur|leurs|son|sa)\s+suppleante?s?)?)?(?:${COLON}|${ENDLINE})`, ['excuse'], 1),
  // a sentence, the names after it without a colon: "Sont excusés sans avoir donné pouvoir M. X et Mme Y." (excused, no proxy)
  P('excused', String.raw`\b(?:sont|est|etai(?:en)?t)\s+${EXCUSE}\s+sans\s+avoir\s+donne\s+(?:de\s+)?(?:pouvoir|procuration)\s*,?(?=\s+(?:m\.|mme|mmes|mm\.|monsieur|madame|messieurs|mesdames)\s)`, ['excuse'], 1),
  P('absent', String.raw`\babsences?\s+(?:motivees?|excusees?)${COLON}`, ['absence']),
  // a grouping's delegates who did not sit: "Délégués n'ayant pas siégé :" (beside "Délégués siégeant :", "Délégués excusés :")
  P('absent', String.raw`\b(?:membres|delegues|conseill(?:er|ere)s|elus|titulaires)\s+(?:titulaires\s+)?n'\s?ayant\s+pas\s+siege${COLON}`, ['ayant'], 3),
  // "N'ont pas pris part à la séance : …" (not "au vote": that is a vote)
  // (… "et n'ont pas donné pouvoir :": absent, no proxy)
  P('absent', String.raw`\bn'\s?(?:ont|a)\s+pas\s+pris\s+part\s+(?:a\s+la\s+(?:seance|reunion)|aux\s+(?:travaux|debats))(?:\s+et\s+n'\s?(?:ont|a)\s+pas\s+donne\s+(?:de\s+)?(?:pouvoir|procuration))?${COLON}`, ['pris'], 3),
  // Québec: "PRÉSENCES :" / "ABSENCE :" at a line start
  P('absent', String.raw`(?:^|\n)[ \t]*absences?\s*(?::|${ENDLINE})`, ['absence'], 0, 'newline'),
  // (the two side by side, the lists in two columns below: "PRÉSENCES                    ABSENCE")
  P('present', String.raw`(?:^|\n)[ \t]*presences\s*(?::|${ENDLINE}|${BESIDE})`, ['presence'], 0, 'newline'),
  P('absent', String.raw`(?<=\S(?:[ \t]{6,}|[ ]*\t[ \t]*))absences?(?=${ENDLINE})`, ['absence'], 0),
  // (or after a sentence in a flattened page: "… salle municipale. Présences : le pro-maire, M. X, qui préside; …",
  // "… conseillers. Absence : le maire, M. Y (congrès)")
  P('present', String.raw`(?<=[.;][ \t]{1,3})presences\s*:`, ['presence']),
  P('absent', String.raw`(?<=[.;][ \t]{1,3})absences?\s*:`, ['absence']),
  // an MRC's council of mayors: "Siègent les maires et représentants suivants :"
  P('present', String.raw`\bsiegent\s+(?:les\s+)?(?:maires|membres|conseill(?:er|ere)s|delegues|elus|representants)\b[^:\n]{0,60}(?:\n[^:\n]{0,30})?${COLON}`, ['siegent']),
  // a table's column of the members present: "| COMMUNES | DELEGUES PRESENTS |"
  P('present', String.raw`(?<=\|[ \t]*)(?:delegues|membres|conseill(?:er|ere)s|elus)\s+${PRESENT}(?=[ \t]*\|[ \t]*\n)`, ['delegues', 'membres', 'conseill', 'elus']),
  // "Absente à l'ouverture de la séance :" (a member arriving later is absent at the opening attendance)
  // (or "Absente en début de séance :", "Absents au début de la réunion :")
  P('absent', String.raw`\b${ABSENT}\s+(?:(?:a|lors\s+de)\s+l'ouverture(?:\s+de\s+la\s+(?:seance|reunion))?|(?:en|au)\s+debut\s+de\s+(?:la\s+)?(?:seance|reunion))${COLON}`, ['absent']),
  // present
  // substitutes sitting with a vote: "Suppléants siégeant avec voix délibérative :", "Délégué(e) suppléant(e) avec voix délibérative :" (2 runs before the keyword)
  // (not a legend's next letter: "S : titulaire suppléé par son suppléant siégeant avec voix délibérative – P :")
  P('present', String.raw`\b(?:delegue(?:e|s|es|\((?:e|s|es)\))*\s+)?suppleant(?:e|s|es|\((?:e|s|es)\))*\s+(?!(?:${PRESENT}\s+)?sans\s+voix)(?:siegeant|${PRESENT}|avec\s+voix|ayant\s+voix)[^:\n]{0,60}?(?<!\s[a-z]\s*)(?:${COLON}|(?<=deliberative)${ENDLINE})`, ['suppleant'], 2),
  // (or in the past, its names one per line below it: "Délégués suppléants ayant siégé avec voix délibérative :" / "M. X (Commune),
  // en l'absence de M. Y ;"; the names on its own line are a note on a table's substitutes, read with the table)
  P('present', String.raw`\b(?:delegue(?:e|s|es|\((?:e|s|es)\))*\s+)?suppleant(?:e|s|es|\((?:e|s|es)\))*\s+ayant\s+siege\s+avec\s+voix\s+deliberative\s*:(?=[ \t]*\n)`, ['suppleant'], 2),
  // (a legend in brackets may come before the colon: "Délégués présents (T : titulaire ; S : suppléant) :")
  P('present', String.raw`\b(?:membres|conseill(?:er|ere)s?(?:\s+(?:municipaux|communautaires|communaux|departementaux|titulaires|delegues))?|delegues(?:\s+titulaires)?|elus)\s+${PRESENT}(?:[\s,]+[^:\n.(]{0,60})?(?:\s*\([^()\n]{0,80}\))?${COLON}`, ['present'], 2),
  // a table's header row, its cells apart by a TAB or a run of spaces: "COMMUNES            DELEGUES PRESENTS" (the
  // commune's column set apart by the list's readers)
  P('present', String.raw`(?:^|\n)[ \t]*(?:communes?|collectivites?|membres?|adherents?)(?:\t+|[ \t]{2,})(?:delegues|representants|elus)(?:\s+titulaires)?\s+${PRESENT}${ENDLINE}`, ['communes', 'commune', 'collectivite', 'membre', 'adherent'], 2, 'newline'),
  // a table's header row, its cells glued by the extraction: "MembreDélégués présents", "CommuneDélégués présents"
  P('present', String.raw`(?:^|\n)[ \t]*(?:membres?|communes?|collectivites?|adherents?|structures?)(?=delegues)delegues(?:\s+titulaires)?\s+${PRESENT}${ENDLINE}`, ['present'], 2, 'newline'),
  // "Étaient présents, outre le Maire :"
  // (the sentence wrapped after a preposition or an article: "Sont présents à cette conférence téléphonique et formant quorum
  // sous la présidence de" / "la mairesse :"; not after a name, which may be a list's first line)
  // (the blanks after the keyword read one way, all of them: else they are shared with the words' run and the colon's
  // blanks in every split, « est présent » then 100 spaces took 9 s)
  P('present', String.raw`\b(?:etai(?:en)?t|sont|est)\s+${PRESENT}(?:[\s,]+(?=[^\s,])(?:[^:\n.]|(?<=\b(?:de|du|des|la|le|les|a|au|aux|et|par|sous|en)[ \t]*)\n){0,100})?${COLON}`, ['present'], 1),
  // ("Présents en salle :", "Présents en visioconférence :", "Présents par visioconférence :")
  // (or in brackets: "Présents (en visioconférence) :", a legend's mark too, "Présents (* : à distance) :"; or with the addressees: "Présents, Mesdames et Messieurs les Conseillers :")
  P('present', String.raw`(?:^|(?<=[\s.;,)]))${PRESENT}(?:\s+(?:ayant|avec|lors|au|a|participant|formant|en|par|sur|dans)\b[^:\n.]{0,70}|\s*\((?:[a-z*]|\d{1,3}\s+(?:des|sur)\s+\d{1,3}\s)[^()\n]{0,60}\)|\s*,\s*(?:mesdames|messieurs)\b[^:\n.]{0,60}|\s*,\s*(?:par|selon)\s[^:\n.]{3,60}|\s*,?\s*outre\s+(?:le|la|m\.\s+le|mme\s+la)\s+(?:president|presidente|maire)(?:\s+de\s+seance)?)?${COLON}`, ['present']),
  // a hybrid session's members by where they sit, each group a line: "En salle : X, Y" / "En visioconférence : Z"
  P('present', String.raw`(?:^|\n)[ \t]*(?:en\s+salle(?:\s+(?:du\s+conseil|des\s+deliberations))?|sur\s+place|(?:en|par)\s+(?:visio-?conference|visio|audioconference|teleconference)|a\s+distance|en\s+distanciel)\s*(?:\(\s*\d{1,3}\s*\))?\s*:(?=[ \t]*(?:m\.|mme|mmes|mm\.|monsieur|madame|[a-z][a-z'-]+\s+[a-z]))`, ['salle', 'place', 'visioconference', 'visio', 'audioconference', 'teleconference', 'distance', 'distanciel'], 2, 'newline'),
  // (a heading line of its own: "PRÉSENTS", "DÉLÉGUÉS TITULAIRES PRÉSENTS", "Délégués présents (par commune membre)")
  // (or where they sit, a hybrid session's room and remote lists: "PRÉSENTS EN SALLE", "PRÉSENTS À DISTANCE (visioconférence)")
  P('present', String.raw`(?:^|\n)[ \t]*(?:(?:membres|delegues(?:\s+titulaires)?|titulaires|administrat(?:eur|rice)s|conseill(?:er|ere)s(?:\s+(?:municipaux|communautaires|titulaires))?|elus)\s+)?${PRESENT}(?:\s+(?:a|lors\s+de)\s+l'\s?ouverture(?:\s+de\s+la\s+seance)?|\s+avec\s+voix\s+deliberative|[ \t]*\((?:par|pour)\s+[a-z][^)\n]{2,40}\)|\s+${WHERE_SITTING}(?:[ \t]*\([a-z][^()\n]{2,40}\))?)?(?:${ENDLINE}|${BESIDE})`, ['present'], 2, 'newline'),
  // a sign-in sheet said to hold the members present, its table below: "Liste d'émargement (présents) :", "Feuille
  // d'émargement des membres présents" (not a sheet alone, "Liste d'émargement :", whose rows may hold the absent too)
  P('present', String.raw`(?:^|\n)[ \t]*(?:liste|feuille|tableau)\s+d'\s?emargement\s*(?:\(\s*(?:(?:membres|conseill(?:er|ere)s|delegues|elus)\s+)?${PRESENT}\s*\)|(?:des\s+|[-–—]\s*)(?:(?:membres|conseill(?:er|ere)s|delegues|elus)\s+)?${PRESENT})[ \t]*:?${ENDLINE}`, ['liste', 'feuille', 'tableau'], 0, 'newline'),
  // "Étaient présents Mesdames et Messieurs …", "Étaient présents, formant la majorité des membres en exercice, Mmes et MM. …"
  P('present', String.raw`\b(?:etai(?:en)?t|sont)\s+${PRESENT}[\s,]+(?:(?:formant|constituant)\s+[^,:\n]{0,70},\s*)?(?=(?:le\s+maire|la\s+maire(?:sse)?|mesdames|messieurs|monsieur|madame|m\.|mm\.?|mmes|mme)(?:\b|\s)|pour\s+(?:la\s+commune\s+d)?[a-z][^,;:\n]{1,40},\s*(?:m\.|mm\.?|mme|mmes|monsieur|madame)\s)`, ['present'], 1),
  // "Se trouvaient réunis autour du Maire, M. X, …", "Siégeaient, dans l'ordre du tableau :", "Ont assisté à la séance Mmes et MM. …"
  P('present', String.raw`\bse\s+(?:trouvaient|trouvent|sont\s+trouvee?s)\s+reunie?s(?:\s+(?:autour\s+du|sous\s+la\s+presidence\s+du)\s+(?:maire|president)e?)?\s*[,:]`, ['trouvaient', 'trouvent', 'trouves', 'trouvees'], 1),
  // "Autour de Patrice X, maire, étaient réunis : A, B, …" (a bulletin's wording; the one named first presides, listed apart)
  P('present', String.raw`\b(?:etaient|sont|etait)\s+reunie?s\s*:`, ['reunis', 'reunies'], 1),
  // (or with no colon, the names right after it: "Autour du maire Bernard X étaient réunis Monique Y, Thibaut Z, …" — not
  // "étaient réunis en séance")
  P('present', String.raw`\bautour\s+d[^.:;\n]{3,80}?\s(?:etaient|sont)\s+reunie?s(?=\s+(?!(?:en|dans|a|au|aux|le|la|les|sous|pour|sur|afin|ce|ces)\b)[a-z])`, ['autour'], 0),
  P('present', String.raw`\b(?:siegeai(?:en)?t|siegent|ont\s+siege)\b[^:\n.]{0,50}?:`, ['siegeaient', 'siegeait', 'siegent', 'siege'], 1),
  // "Délégués siégeant :", "Membres titulaires siégeant :" (a grouping's delegates who sat)
  P('present', String.raw`\b(?:membres|delegues|conseill(?:er|ere)s|elus|titulaires)\s+(?:titulaires\s+)?siegeant${COLON}`, ['siegeant'], 2),
  // (or alone on its line, the lists below it: "ONT ASSISTÉ À LA SÉANCE" / "Pour le conseil communal :" / …)
  P('present', String.raw`\b(?:ont\s+assiste|assistaient)\s+a\s+la\s+(?:seance|reunion)(?=\s+(?:mesdames|messieurs|mmes|mm\.?|m\.|mme)\s|[ \t]*\n)`, ['assiste', 'assistaient'], 1),
  // (Québec: "… séance tenue le 7 juillet 2014 …, et à laquelle assistaient le maire, Monsieur X, les conseillers Madame Y, …")
  P('present', String.raw`\ba\s+laquelle\s+assistaient(?=\s+(?:le\s+maire|la\s+mairesse|les\s+conseill|la\s+conseill|le\s+conseill|mesdames|messieurs|monsieur|madame)\b)`, ['assistaient'], 2),
  // a joint session's other body, its members listed apart ("Pour le conseil de l'action sociale :", "Pour le CPAS :")
  P('staff', String.raw`(?:^|\n)[ \t]*pour\s+le\s+(?:conseil\s+de\s+l'\s?action\s+sociale|c\.?p\.?a\.?s\.?)\s*:`, ['pour'], 0, 'newline'),
  // "Participent à la séance par visioconférence, chacun pouvant s'identifier et entendre clairement les autres :" (Québec)
  P('present', String.raw`\bparticip(?:ent|aient)\s+a\s+la\s+(?:seance|reunion)\b[^:\n]{0,120}(?:\n[^:\n]{0,80})?${COLON}`, ['participent', 'participaient'], 0),
  // "Il est procédé à l'appel nominal, canton par canton :", the members present listed after it
  P('present', String.raw`\b(?:il\s+est|il\s+a\s+ete)\s+procede\s+a\s+l['\s]?\s?appel(?:\s+nominal)?(?:\s*,\s*[^:\n.]{0,40})?${COLON}`, ['procede'], 2),
  // "Appel nominal, canton par canton (Présents) :", "Appel nominal :" opening its line: the members who answered
  P('present', String.raw`(?:^|\n)[ \t]*appel\s+nominal(?:[ \t]*[,(–-][^:\n]{0,60})?[ \t]*:`, ['appel'], 0, 'newline'),
  // "Ont répondu à l'appel :" (a département's roll call)
  P('present', String.raw`\bont\s+repondu\s+a\s+l['\s]?\s?appel(?:\s+nominal|\s+de\s+leurs?\s+noms?)?${COLON}`, ['repondu'], 1),
  // "Ont pris part à la séance, à l'appel de leur nom, les conseillers communautaires X, Y, …"
  P('present', String.raw`\b(?:ont\s+pris\s+part|prenaient\s+part)\s+a\s+la\s+(?:seance|reunion)(?:\s*,\s*a\s+l'\s?appel\s+de\s+leur\s+nom\s*,)?(?:\s*:|\s+(?:les\s+)?(?:conseill\w+(?:\s+(?:municipaux|communautaires|departementaux|metropolitains))?|membres|delegues|elus)(?:\s+suivants)?\s*:?)`, ['pris', 'prenaient'], 2),
  // (a dash for a colon: "Étaient présents –" at the line end)
  // (or "ÉTAIENT PRÉSENTS OU REPRÉSENTÉS" alone on its line)
  P('present', String.raw`\b(?:etai(?:en)?t|sont)\s+${PRESENT}(?:\s+ou\s+representee?s?(?:\s*\((?:e|s|es)\))*)?(?:[ \t]*[-–—])?${ENDLINE}`, ['present'], 1),
  // Québec: "… à laquelle assistaient les conseillers Madame X, Messieurs Y, Z et Madame W."
  P('present', String.raw`\bassist(?:aient|ent)\s+(?:(?:mesdames\s+et\s+messieurs|mesdames|messieurs)\s+)?les\s+(?:conseill(?:er|ere)s(?:\s+et\s+conseill(?:er|ere)s)?|membres|elus|delegues)(?:\s+(?:municipaux|suivants))?(?:\s*:|[\s,]+(?=(?:m\.|mme|mmes|mm\.?|monsieur|madame|mesdames|messieurs)\s))`, ['assistaient', 'assistent']),
  // Québec: "Sont présents les conseillers Mme X, M. Y … formant quorum"
  P('present', String.raw`\b(?:etai(?:en)?t|sont)\s+${PRESENT}\s+(?:(?:mesdames\s+et\s+messieurs|mesdames|messieurs)\s+)?les\s+(?:conseill(?:er|ere)s?(?:\s+et\s+conseill(?:er|ere)s?)?|membres|elus|delegues)(?:\s+(?:municipaux|communautaires|suivants))?(?:\s*:|[\s,]+(?=(?:m\.|mme|mmes|mm\.?|monsieur|madame|mesdames|messieurs)\s)|\s+(?=[a-z'-]{2,}\s+[a-z'-]{2,}\s*,))`, ['present'], 1),
  // secretary: ends a list
  // (not a member's office in a list of two columns, the next name after the gap: "Mme Aline X, secrétaire          Mme Isabelle Y")
  // (the verb before it: "A ÉTÉ ÉLU SECRÉTAIRE DE SÉANCE : M. X" — the verb is no name of the list above)
  P('secretary', String.raw`(?<!,[ \t]{0,3})\b(?:(?:a\s+ete|est|ont\s+ete|sont)\s+(?:nommee?s?|designee?s?|elue?s?)\s+)?secretaire?s?(?:\s+(?:de\s+(?:la\s+)?seance|elue?|designee?))?(?:\s+(?:elue?|designee?|nommee?))?${COLON}`, ['secretair'], 3),
  P('secretary', String.raw`\bsecretaire?s?(?:\s+(?:de\s+(?:la\s+)?seance|elue?|designee?))?(?:\s+(?:elue?|designee?|nommee?))?\s*:`, ['secretair']),
  P('secretary', String.raw`\bsecretariat(?:\s+de\s+(?:la\s+)?seance)?${COLON}`, ['secretariat']),
  P('secretary', String.raw`(?:^|\n)[ \t]*secretaires?\s+de\s+(?:la\s+)?seance${ENDLINE}`, ['secretair'], 0, 'newline'),
  // (a spaced dash for its colon at the line's start, as the lists above write theirs: "Secrétaire de séance — SOULIÉ Martine.")
  P('secretary', String.raw`(?:^|\n)[ \t]*secretaires?\s+de\s+(?:la\s+)?seance[ \t]+[–—-][ \t]+(?=[a-z])`, ['secretair'], 0, 'newline'),
  // other headings that end a list
  // the chair on a line of its own after the lists ("Président : Mme X, maire", a Word export's "Président<TAB>Mme X"): no member of the list above
  P('boundary', String.raw`(?:^|\n)[ \t]*presidente?(?:\s+de\s+(?:la\s+)?seance)?${COLON}`, ['president'], 0, 'newline'),
  // (or inside a flattened line, after a list: "… M. Normand X (raisons familiales) Présidence : M. le Maire Pierre-Luc Y.")
  P('boundary', String.raw`\bpresidence\s*:(?=[ \t]*(?:m\.|mme|monsieur|madame)\s)`, ['presidence']),
  P('boundary', String.raw`\bordre\s+du\s+jour\b`, ['ordre']),
  // a paragraph on the substitutions after the lists: "Suppléance : ROY Michel, délégué titulaire empêché, est remplacé par …"
  // (or the substitutes' count line in a dotted roll call, each named with the member replaced below it: "Suppléants siégeant
  // ........ 4" / "  M. Loïc X (pour Mme Anne Y), …": they are counted apart from the members present, the list above ends)
  P('boundary', String.raw`(?:^|\n)[ \t]*suppleante?s?\s+(?:siegeant|presente?s?)[ \t]*(?:\.{3,}|…+)[ \t.…]*\d{1,3}${ENDLINE}`, ['suppleant', 'suppleants', 'suppleante', 'suppleantes'], 0, 'newline'),
  P('boundary', String.raw`(?:^|\n)[ \t]*suppleances?\s*:`, ['suppleance'], 0, 'newline'),
  P('boundary', String.raw`\bobjet\s*:`, ['objet']),
  // "Rapporteur : M. X, Vice-président …" opens the item, after the lists
  P('boundary', String.raw`\brapporteure?s?\s*:`, ['rapporteur', 'rapporteure', 'rapporteurs']),
  P('boundary', String.raw`\bdate\s+(?:de\s+(?:la\s+)?)?convocation`, ['convocation'], 3),
  P('boundary', String.raw`\bnombre\s+(?:de|d')`, ['nombre']),
  P('boundary', String.raw`\bpresidente?\s+de\s+(?:la\s+)?seance\s*:`, ['president']),
  P('boundary', String.raw`(?:^|(?<=[\n.;]))[ \t]*(?:presidence|presidente?)\s*:`, ['presiden'], 0, 'blanks'),
  P('boundary', String.raw`\ben\s+exercice\s*:`, ['exercice'], 1),
  P('boundary', String.raw`\bvotants\s*:`, ['votants']),
];

/**
 * Headings written without a colon before the names, as in flattened PDFs:
 * "Présent(e)s C. Montin, …", "Excusé(e)s S. Cassagne, …". Accepted only
 * when the heading word is capitalised and a capital follows (checked on the
 * original case by `findHeadings`).
 */
const BARE: Pattern[] = [
  P('present', String.raw`(?<![a-z])(?:etai(?:en)?t\s+)?${PRESENT}(?=\s+(?:m\.|mme|mm\.|monsieur|madame|[a-z]\.\s?[a-z]))`, ['present'], 1),
  P('excused', String.raw`(?<![a-z])(?:etai(?:en)?t\s+)?${EXCUSE}(?=\s+(?:m\.|mme|mm\.|monsieur|madame|[a-z]\.\s?[a-z]))`, ['excuse'], 1),
  P('absent', String.raw`(?<![a-z])(?:etai(?:en)?t\s+)?${ABSENT}(?=\s+(?:m\.|mme|mm\.|monsieur|madame|[a-z]\.\s?[a-z]))`, ['absent'], 1),
];

/**
 * All headings in fold[from, to), sorted, overlaps removed (first pattern wins). `owner`: the SourceText `fold`
 * belongs to (its keyword index is shared).
 */
export function findHeadings(fold: string, from: number, to: number, norm?: string, owner?: { readonly fold: string }): Heading[] {
  const zone = fold.slice(from, to);
  const hits = owner && owner.fold === fold ? zoneOf(owner, from, to, zone) : zoneOfString(zone);
  const found: Array<Heading & { rank: number }> = [];
  PATTERNS.forEach((p, rank) => {
    for (const m of matchAnchored(hits, p.a)) {
      let s = m.index!;
      // leading newline/space captured by (?:^|\n)
      while (s < m.index! + m[0].length && /\s/.test(zone[s]!)) s++;
      const e = m.index! + m[0].length;
      if (e <= s) continue;
      // "Nombre de présents : 19" is a count; "à l'unanimité des membres présents :" is prose
      // (but "Liste des présents :" opening its line heads the list)
      // (or "Nombre des membres présents : 10", the members between)
      if (p.kind === 'present' && /(?:nombre\s+de|\bdes|\baux|\bparmi\s+les)(?:\s*|[ \t]+(?:membres|conseill(?:er|ere)s|delegues|elus)[ \t]*)$/.test(zone.slice(Math.max(0, s - 32), s)) && !/(?:^|\n)[ \t]*(?:liste|tableau|etat|releve)\s+des(?:\s*|[ \t]+(?:membres|conseill(?:er|ere)s|delegues|elus)[ \t]*)$/.test(zone.slice(Math.max(0, s - 36), s))) continue;
      // "le compte administratif présenté par le Président :", "le rapport présenté par M. X :": a participle inside a
      // sentence (a word in small letters before it), what an officer presents, no list of the members present
      if (p.kind === 'present' && /^presentee?s?\s+par\s+(?:le|la|l'\s?|m\.|mme|monsieur|madame)\s/.test(zone.slice(s, e)) && /[a-z0-9][ \t]+$/.test(zone.slice(Math.max(0, s - 12), s))) continue;
      // "Nombre de pouvoirs : trois (3)", "Nombre d'absents : deux": counts, whatever the number is written in
      // (unless the list follows the number: "Nombre de pouvoirs : (4) Jacques X (Commune) à Martine Y, …")
      if ((p.kind === 'proxies' || p.kind === 'absent' || p.kind === 'excused') && /\bnombre\s+(?:de|d')\s*$/.test(zone.slice(Math.max(0, s - 12), s)) && /^\s*(?:[a-z]+(?:-[a-z]+)*\s*)?(?:\(\s*\d{1,3}\s*\))?\s*(?:nombre\b|votants?\b|presents?\b|dont\b|exprimes?\b|absents?\b|en\s+exercice\b|[.;,]|$)/.test(zone.slice(e, e + 40))) continue;
      found.push({ kind: p.kind, start: from + s, end: from + e, text: zone.slice(s, e), rank });
    }
  });
  if (norm) {
    BARE.forEach((p, i) => {
      for (const m of matchAnchored(hits, p.a)) {
        const s = from + m.index!;
        const e = s + m[0].length;
        // capitalised heading word ("Présents", "EXCUSÉS") followed by a capital
        if (!/^[A-ZÀ-Þ]/.test(norm.slice(s, s + 1)) || !/^\s+[A-ZÀ-Þ]/.test(norm.slice(e, e + 3))) continue;
        found.push({ kind: p.kind, start: s, end: e, text: zone.slice(m.index!, m.index! + m[0].length), rank: PATTERNS.length + i });
      }
    });
  }
  found.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const out: Heading[] = [];
  for (const h of found) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) {
      const prevRank = (prev as Heading & { rank: number }).rank;
      // (or of the same kind from the same word, reading further: "étaient présents" / "les conseillers Madame X"
      // is one heading with its lead-in, not a heading ending at the line break)
      if ((h.rank < prevRank && h.end >= prev.end) || (h.kind === prev.kind && h.start === prev.start && h.end > prev.end && /^[ \t]*\n/.test(fold.slice(prev.end, prev.end + 8)))) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  const plain = out.map(({ kind, start, end, text }) => ({ kind, start, end, text }));
  return groupsAsMembers(membersWhoAttended(norm ? withMisspelt(plain, fold, norm, from, to) : plain, fold), fold, from, to);
}

/** Heading words a typist or an OCR engine may misspell ("Présnets :", "Procuraton :", "Pr6sents :"), by kind. */
const SPELLED: Array<[string, HeadingKind]> = [
  ['presents', 'present'], ['presentes', 'present'], ['absents', 'absent'], ['absentes', 'absent'], ['excuses', 'excused'], ['excusees', 'excused'],
  ['procuration', 'proxies'], ['procurations', 'proxies'], ['pouvoirs', 'proxies'], ['representes', 'proxies'],
];
/** A capitalised word of 6+ letters opening a line, a colon after it, a member's name after that. */
const LINE_WORD = /(?:^|\n)[ \t]*([a-z0-9]{6,14})[ \t]*:(?=[ \t]*(?:m\.|mme|mmes|mm\.|mlle|monsieur|madame|[a-z][a-z'-]+\s+[a-z]))/g;

/**
 * Headings misspelt by one edit (two for long words): a line's first word
 * before a colon and a name, capitalised in the text, that no heading
 * pattern read, close to a heading word and to no other.
 */
function withMisspelt(headings: Heading[], fold: string, norm: string, from: number, to: number): Heading[] {
  const added: Heading[] = [];
  const zone = fold.slice(from, to);
  for (const m of zone.matchAll(LINE_WORD)) {
    const word = m[1]!;
    const start = from + m.index! + m[0].indexOf(word);
    if (!/^\p{Lu}/u.test(norm[start] ?? '') || headings.some((h) => h.start <= start && h.end > start)) continue;
    if (SPELLED.some(([w]) => w === word)) continue;
    const near = SPELLED.filter(([w]) => DamerauLevenshteinDistance(word, w) <= (w.length >= 9 ? 2 : 1));
    const kinds = new Set(near.map(([, k]) => k));
    if (kinds.size !== 1) continue;
    const end = from + m.index! + m[0].length;
    added.push({ kind: [...kinds][0]!, start, end, text: fold.slice(start, end) });
  }
  return added.length ? [...headings, ...added].sort((a, b) => a.start - b.start) : headings;
}

/**
 * A group heading at a line start with members right after it ("Collège des représentants des communes :"
 * then "M. X, …" on the line or the next), the body's members listed by group.
 */
// (a political group's members may come without civility: "Groupe PLR : Florian X (président), Mélanie Y, …")
const GROUP_OF_MEMBERS = /(?:^|\n)[ \t]*((?:colleges?|groupes?|representants?|delegues|membres|titulaires|elus)\b[^:\n]{0,90}?:)(?=[ \t]*\n?[ \t]*(?:m\.|mme|mmes|mm\.|mlle|monsieur|madame)\s)|(?:^|\n)[ \t]*(groupe\s[^:\n]{1,60}?:)(?=[ \t]*[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+){1,3}[ \t]*[,(])/g;

/** A line opening with a group's label and a colon, members with their civilities after it ("PLR : Mmes et MM. Yves X, …"). */
const ANY_GROUP_LINE = /\n[ \t]*([^:\n]{2,40}?\s*:)(?=[ \t]*(?:(?:m\.|mme|mmes|mm\.|mlle|monsieur|madame|messieurs|mesdames)(?:\s+et\s+(?:m\.|mme|mmes|mm\.))?)\s)/g;

/**
 * Without any heading of the members present, the groups of members listed
 * before every other attendance heading (proxies, absences, staff, the
 * secretary) are the members present, one section per group.
 */
function groupsAsMembers(headings: Heading[], fold: string, from: number, to: number): Heading[] {
  // (a heading followed by a number is a count: "Présents : 21 – Pouvoirs : 3")
  const listed = headings.filter((h) => !/^[ \t]*\(?\d/.test(fold.slice(h.end, h.end + 8)));
  if (listed.some((h) => h.kind === 'present')) return headings;
  const firstOther = listed.find((h) => h.kind !== 'boundary')?.start ?? to;
  // the members present counted ("Présents : 29 membres (sur 31)"), then listed by group under any label, one per line
  // ("PLR : Mmes et MM. Yves X, …", "Les Vert-e-s : Mmes et M. …"): from the count on, each such line is a group
  const counted = headings.find((h) => h.kind === 'present' && /^[ \t]*\d{1,3}\s+(?:membres|conseill\w+|delegue\w*|elus)\b/.test(fold.slice(h.end, h.end + 30)));
  const zone = fold.slice(from, firstOther);
  if (!counted && !/(?:college|groupe|representant|delegues|membres|titulaires|elus)/.test(zone)) return headings;
  const groups: Heading[] = [];
  if (counted) {
    const after = fold.slice(counted.end, firstOther);
    const lineEnd = after.indexOf('\n');
    for (const m of after.slice(lineEnd < 0 ? after.length : lineEnd).matchAll(ANY_GROUP_LINE)) {
      const start = counted.end + (lineEnd < 0 ? after.length : lineEnd) + m.index! + m[0].length - m[1]!.length;
      if (headings.some((h) => start < h.end && start + m[1]!.length > h.start)) continue;
      groups.push({ kind: 'present', start, end: start + m[1]!.length, text: m[1]! });
    }
    if (groups.length >= 2) return [...headings, ...groups].sort((a, b) => a.start - b.start);
    groups.length = 0;
  }
  for (const m of zone.matchAll(GROUP_OF_MEMBERS)) {
    const label = m[1] ?? m[2]!;
    const start = from + m.index! + m[0].length - label.length;
    if (headings.some((h) => start < h.end && start + label.length > h.start)) continue;
    groups.push({ kind: 'present', start, end: start + label.length, text: label });
  }
  return groups.length ? [...headings, ...groups].sort((a, b) => a.start - b.start) : headings;
}

/**
 * "Assistaient à la séance :", "Ont assisté à la séance :" (plural, without
 * "également"/"aussi") head the members' list when nothing else does; staff lists say "Assistaient
 * également", or come beside a list of present members.
 */
function membersWhoAttended(headings: Heading[], fold: string): Heading[] {
  // "présents : 24 ; pouvoirs : 14" is a count, not a list of members
  const isCount = (h: Heading) => /^\s*\d{1,3}\b(?!\s*[.,]\d)(?!\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)/.test(fold.slice(h.end, h.end + 16));
  if (headings.some((h) => h.kind === 'present' && !isCount(h))) return headings;
  // "Présents : 41 membres sur 45" then "Assistent à la séance : M. X, président de la commune, …": the members are
  // counted, those who attend are others
  if (headings.some((h) => h.kind === 'present' && /^\s*\d{1,3}\s+(?:membres|conseill\w+|delegue\w*|elus)\s+sur\s+\d/.test(fold.slice(h.end, h.end + 40)))) return headings;
  // "Assistaient / Assistent à la séance :", "Ont assisté à la séance :"
  const plural = (h: Heading) => /^assist(?:aient|ent)\s/.test(h.text) || (/^assiste\s/.test(h.text) && /\bont\s+$/.test(fold.slice(Math.max(0, h.start - 8), h.start)));
  const i = headings.findIndex((h) => h.kind === 'staff' && plural(h) && /^assist\w*\s+(?:a\s+la\s+(?:seance|reunion)\s*)?:$/.test(h.text));
  if (i < 0) return headings;
  // (or the roll call's count said in a sentence above it, "Le secrétaire procède à l'appel : 27 membres sur 30 sont
  // présents.": the members are counted there, those who attend are others — the commune's executive, its staff)
  if (/\b\d{1,3}\s+(?:membres|conseill\w+|delegue\w*|elus)\s+sur\s+\d{1,3}\s+(?:sont|etaient)\s+presente?s\b/.test(fold.slice(Math.max(0, headings[i]!.start - 1500), headings[i]!.start))) return headings;
  return headings.map((h, j) => (j === i ? { ...h, kind: 'present' as const } : h));
}
