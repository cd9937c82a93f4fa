/**
 * Session and convocation dates. Every date of the header is classified by
 * the words just before it: session ("Séance du", "s'est réuni … le",
 * "L'an deux mil onze, le jeudi 12 mai"), convocation ("convoqué le",
 * "Date de convocation :"), or something else (approval of earlier minutes,
 * laws, decrees, publication). Two different session dates are both kept:
 * the checker reports the conflict; nothing is chosen silently.
 */
import type { DateMention } from '../domain/index.ts';
import { findDates, formalYear, iso, type DateMatch } from './dates.ts';
import { foldDigits } from './french-numbers.ts';
import type { SourceText } from './source.ts';

export interface SessionDates {
  mentions: DateMention[];
  /** The session date when all session mentions agree, else null. */
  date: string | null;
  convocation: string | null;
  convocationMention: DateMention | null;
}

/** The first characters of a document: its title, where "Procès-verbal du …" names this session. */
const TITLE_ZONE = 400;

type Role = 'session' | 'weak' | 'convocation' | 'other' | 'none';

// (abbreviated by hand: "Conv. du 8 juin")
// (an assembly's reports sent to its members are its convocation: "Les rapports ont été adressés aux conseillers
// départementaux le 24 septembre", « Les rapports de la session ont été adressés aux conseillers généraux le 6 mars »)
const CONVOCATION = /\b(?:convoqu\w*\b|convocation\w*\b|conv\.|rapports(?=(?:\s+(?:de\s+la|du|des|de)\s+[a-z]+){0,2}\s+(?:ont\s+ete\s+)?(?:adresses|envoyes|transmis)\s+aux\s))/g;
const EXCLUDE =
  /\b(?:approbation|adoption|adopte[rz]?|approuv\w*|precedente?s?|suivantes?|suivants|suivant(?!\s+(?:l'|le\s|la\s|les\s))|anterieure?s?|derniere?s?|rappel\w*|vus?|loi|lois|arrete|decret|ordonnance|circulaire|elections?|elue?s?|installee?s?|creee?s?\s+le|renouvellement|scrutins?|(?:premier|second|deuxieme|1er|2e)\s+tour|operations\s+de\s+vote|courrier|courriel|lettre|prochaine|fixee|depuis|jusqu'au|publiee?|publication|affichee?|affichage|annonce|expedition|transmise?|recue?|prefecture|naissance|poste|postee|mise?\s+en\s+ligne|mise?\s+a\s+jour|modifiee?\s+le|delai|report\w*|lors|quorum|atteint|avant\s+le|apres\s+le|periode|exercice|budget|marche|contrat|convention|bail|facture|mandat|deliberation|decision)\b/g;
/** EXCLUDE, to test a clause (not global). */
const EXCLUDE_ONE = new RegExp(EXCLUDE.source);
/** Verbs that name the meeting itself: they win over an earlier exclusion or convocation word. */
const MEETING_VERB = /\b(?:s'est\s+reuni\w*|se\s+sont\s+reuni\w*|reuni(?:e|s|es)?|tenue?|l'\s?an|s'est\s+tenue?|a\s+siege|ont\s+siege|siegeant|s'est\s+assemblee?|se\s+sont\s+assembles)\b/g;
/** A convocation word, then the participle of its sending and to whom: the date that follows dates the convocation. */
// (an apposition may come between: "la convocation, accompagnée de l'ordre du jour, a été adressée à chaque membre par courrier du …";
// or what it convenes: "L'avis de convocation de la présente séance extraordinaire a été signifié à chacun des membres du conseil le …")
// (the conseillers généraux of a département before 2015 among those it reached)
const SENT_TO = String.raw`(?:a|aux)\s+(?:l'ensemble\s+des\s+|tous\s+les\s+|toutes\s+les\s+|chacun\s+des\s+|chaque\s+)?(?:conseill\w+|delegue\w*|membres?|elue?s?|administrateurs?)(?:\s+(?:municipaux|communautaires|titulaires|syndicaux|departementaux|generaux|regionaux|metropolitains|(?:nouvellement\s+)?elue?s|du\s+(?:conseil|comite|bureau)(?:\s+[a-z]+)?)){0,2}`;
const SENT_BY = String.raw`par\s+(?:courriel|courrier|lettre|mail|e-mail|voie\s+[a-z]+)(?:\s+[a-z]+)?`;
// (and who sent it, before the means: "sur convocation adressée par le Collège des Bourgmestre et Échevins par lettre du …")
const SENT_FROM = String.raw`par\s+(?:le|la|les)\s+[^,.;\d]{1,60}?`;
// (and an aside on whom it reached: "signifié à chacun des membres du conseil, y compris les membres absents, le …")
const SENT_INCLUDING = String.raw`y\s+compris\s+(?:les?|la|ceux|celles)\s+[^,.;\d]{1,40}?`;
const SENT = new RegExp(
  String.raw`^\S+(?:\s+(?:de\s+la|du|de|des)\s+[^,.;]{1,50}?)?(?:\s*,\s*accompagnee?s?\s+[^,.;]{0,80},)?\s+(?:(?:a|ont)\s+ete\s+)?(?:adressee?s?|envoyee?s?|transmise?s?|expediee?s?|notifiee?s?|signifiee?s?|remise?s?|faite?s?)(?:\s+et\s+affichee?s?)?(?:,?\s+(?:${SENT_TO}|${SENT_BY}|${SENT_FROM}|${SENT_INCLUDING})){0,3},?\s+(?:le|du|en\s+date\s+du)\s*$`,
);
/** One means of sending a convocation, with a word qualifying it: "par lettre missive", "par courrier postal", "par voie électronique". */
const MEANS = String.raw`par\s+(?:courriel|courrier|lettre|mail|e-mail|voie\s+\S+)\b(?:\s+(?!et\b|ou\b|le\b|du\b)[a-z]+)?`;
/** A convocation word (or its label's colon), then its means — one, or two joined by "et" / "ou" — and what follows up to the date. */
const CONVOKED_BY_MEANS = new RegExp(
  String.raw`^\S+(?:[ \t]*:)?\s+(?:(?:adressee?s?|envoyee?s?|transmise?s?)\s+)?${MEANS}(?:\s+(?:et|ou)\s+${MEANS})?[^,.;]{0,30}$`,
);
/** A convocation word, its means and who sent it, then its date: "convoqué par lettre de Mme la Présidente en date du", "convocation par courrier du Maire du". */
const MEANS_FROM_SENDER = new RegExp(
  String.raw`^\S+\s+(?:(?:adressee?s?|envoyee?s?|transmise?s?)\s+)?par\s+(?:courriel|courrier|lettre|mail|e-mail)\s+(?:de\s+(?:m\.?|mme|madame|monsieur|son|sa|leur|la|le|l')|du|des)\s*[^,.;\d]{1,50}?\s(?:en\s+date\s+du|du|le)\s*$`,
);
const SESSION = /\b(?:seance|reunion|conseil|comite|session|assemblee|cm|bureau|commission\s+permanente|zitting|vergadering)\b/g;

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index!;
  return at;
}

/** The clause before a date: back to the last sentence end, at most 140 characters. */
function clauseBefore(src: SourceText, start: number, floor: number): string {
  const from = Math.max(0, floor, start - 140);
  let text = src.fold.slice(from, start);
  const norm = src.norm.slice(from, start);
  // (a civility's dot ends no sentence: "sur convocation du Président, M. Raymond X, adressée le …")
  // (a blank line ends a clause, unless a label's colon before it awaits its value: "Date de convocation :" / "" / "17/05/2017")
  const blank = norm.lastIndexOf('\n\n');
  const cut = Math.max(norm.search(/(?:(?<!(?:^|[\s(])(?:M|MM|Dr|Me))\.|[;!?])\s+[A-ZÀ-Þ][^.;!?]*$/), blank >= 0 && /:\s*$/.test(norm.slice(0, blank)) && !norm.slice(blank).trim() ? -1 : blank);
  if (cut > 0) text = text.slice(cut + 1);
  // a line opening with the session word ("Séance du mardi 27 juin") starts its own clause,
  // unless the line above stops mid-phrase ("approbation du procès-verbal de la / séance du …")
  // the right column of a two-column header read line by line ("Conseillers élus : 19        Séance du 20 novembre"):
  // the session word after the gap opens its own clause
  const gap = /[ \t]{3,}(?=(?:seance|reunion|session)\b[^\n]*$)/.exec(text);
  if (gap) text = text.slice(gap.index + gap[0].length);
  // (a title in capitals on the line above the date's opens the clause: a stamp's « * COURRIER * » above it is not its clause,
  // "COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL" / "du jeudi 25 juin 2009")
  const titleAbove = /\n([ \t]*(?:compte[- ]rendu|proces[- ]verbal|seance|reunion|session)\b[^\n]*)\n[^\n]*$/.exec(text);
  if (titleAbove && !/\p{Ll}/u.test(norm.slice(titleAbove.index + 1, titleAbove.index + 1 + titleAbove[1]!.length))) text = text.slice(titleAbove.index + 1);
  const nl = text.lastIndexOf('\n');
  if (nl >= 0 && /^[ \t]*(?:seance|reunion|session|commission\s+permanente|(?:conseil|comite)\s+(?:municipal|communautaire|syndical|metropolitain|departemental|regional)|bureau\s+(?:communautaire|syndical))\b/.test(text.slice(nl + 1)) && !/\b(?:de|du|des|la|le|les|d'|l'|et|a|au|aux|en|sur|pour|par)\s*$/.test(text.slice(0, nl))) text = text.slice(nl + 1);
  return text;
}

// the days of a session held over several days named each with its weekday, the date read being the last of them: "Séance
// des mardi 19, mercredi 20 et jeudi 21 mai 2026", "Session des lundi 3 et mardi 4 février" (the sitting's own day is given
// apart, "réuni le mardi 19 mai 2026"). Bounded runs of day groups, no nested quantifier over the same text.
const SESSION_DAYS_BEFORE_LAST = /\b(?:des|les)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?(?:\s*,\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?){0,5}\s+(?:et|au)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/;

/** Whether the clause before a date names the earlier days of a session held over several days, the date being the last. */
function lastOfSessionDays(before: string): boolean {
  return SESSION_DAYS_BEFORE_LAST.test(before.slice(-120));
}

/**
 * The role of a date from the words before it. A convocation or an
 * exclusion word ("approbation du procès-verbal du …") wins over a weak
 * session word ("conseil", "séance") unless a meeting verb ("s'est réuni …
 * le", "tenue le", "L'an …, le") comes after it.
 */
function classify(src: SourceText, start: number, prevDateEnd: number): Role {
  // a word's scope ends at the next date: "approbation du PV du 28 janvier 2021 Réunion du 21 janvier"
  const before = clauseBefore(src, start, prevDateEnd);
  // "Réunion du 3 mars 2021 EXPOSE N°1 APPROBATION DU PROCÈS-VERBAL DU 28 JANVIER 2021 Réunion du 21 janvier 2021 …":
  // the exposé of a later meeting approves the minutes that follow; the session is theirs (also "… DU COMPTE-RENDU DU 4 MARS")
  if (/^[^\n]{4,25}?\s+expose\s+n\s*°?\s*\d+\s+approbation\s+du\s+(?:proces[- ]verbal|compte[- ]rendu)\b/.test(src.fold.slice(start, start + 90))) return 'other';
  // (or the minutes named by their session: "EXPOSÉ N° 1 APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 5 DÉCEMBRE 2023")
  if (/\bexpose\s+n\s*°?\s*\d+\s+approbation\s+du\s+(?:proces[- ]verbal|compte[- ]rendu)\s+(?:de\s+la\s+(?:seance|reunion)\s+)?du\s*$/.test(before)) return 'session';
  // … and the minutes' own heading right after that date, far from the page's top: "… DE LA SÉANCE DU 5 DÉCEMBRE 2023
  // Procès-verbal de la séance du 12 décembre 2023 Sous la présidence de …"
  if (/\bexpose\s+n\s*°?\s*\d+\s+approbation\s+du\s+(?:proces[- ]verbal|compte[- ]rendu)\s+(?:de\s+la\s+(?:seance|reunion)\s+)?du\s+[^\n]{4,30}?\d{4}\s+(?:proces[- ]verbal|compte[- ]rendu)\s+(?:de\s+la\s+(?:seance|reunion)\s+)?du\s*$/.test(src.fold.slice(Math.max(0, prevDateEnd - 160), start))) return 'session';
  const immediate = before.slice(-40);
  if (/\bau\s*$/.test(immediate)) return 'other';
  // the last day of a session held over several days, "SESSION DES 17 ET 18 OCTOBRE 2024": the sitting's own day is given
  // apart ("Séance du jeudi 17 octobre 2024"), the span is no second date of it
  if (/\b(?:des|les)\s+\d{1,2}(?:er)?\s+(?:et|au)\s*$/.test(immediate) || lastOfSessionDays(before)) return 'other';
  // the first meeting, held without quorum: "réuni une première fois le vendredi 18 septembre sans que le quorum soit atteint"
  if (/\bpremiere\s+fois\s+(?:le|du)\s*$/.test(immediate)) return 'other';
  // the session a first convocation called, held without quorum: "convoqué une première fois le 12 octobre pour le 19 octobre"
  if (/\bpour\s+(?:le|la\s+seance\s+du)\s*$/.test(immediate) && /\bpremiere\s+(?:fois|convocation)\b/.test(src.fold.slice(Math.max(0, start - 120), start))) return 'other';
  // … or told after it: "réuni le jeudi 12 mai 2011, n'ayant pas atteint le quorum, a été de nouveau convoqué … pour le 20 mai"
  if (/^[^,;.\n]{4,40}?,\s*(?:n'\s?ayant\s+pas\s+(?:atteint|reuni)\s+le\s+quorum|faute\s+de\s+quorum|le\s+quorum\s+n'\s?(?:ayant|etant)\s+pas\s+(?:ete\s+)?atteint)/.test(src.fold.slice(start, start + 120)) && !/convoqu\w*\b[^,.;]{0,40}$/.test(before)) return 'other';
  // (… or the clause naming it first: "Réuni le 7 novembre 2024 sur convocation du 31 octobre 2024, le Conseil municipal n'a
  // pu délibérer faute de quorum")
  if (/\breunie?s?\s+(?:le|du)\s*$/.test(immediate) && /^[^.;\n]{4,160}?\b(?:n'\s?a\s+pu\s+(?:valablement\s+)?deliberer|faute\s+de\s+quorum|sans\s+(?:que\s+le\s+)?quorum|le\s+quorum\s+n'\s?(?:ayant|etant|a)\s+pas\s+(?:ete\s+)?atteint)/.test(src.fold.slice(start, start + 220))) return 'other';
  // an event to come: "une élection partielle sera tenue le 16 octobre 2022", "la prochaine séance se tiendra le …"
  if (/\b(?:(?:sera|seront)\s+(?:tenue?s?|organisee?s?)|se\s+tiendra|se\s+tiendront|aura\s+lieu|auront\s+lieu)\s+(?:le|du)\s*$/.test(immediate)) return 'other';
  // the holiday that moved the session, the date the subject of its own clause: "La séance se tient un mardi, le lundi 9
  // octobre 2023 étant le jour de l'Action de grâces", "le lundi 2 juillet ayant été jour férié" (not a date of the session)
  if (/^[^,.;\n]{0,25}?\s+(?:etant|ayant\s+ete|etait)\s+(?:un\s+|le\s+)?(?:jour\s+(?:ferie|de\s+(?:l'|la\s+)?\S+)|ferie|fete\b)/.test(src.fold.slice(start, start + 80))) return 'other';
  // a street named after a date: "Rue du 8 Mai 1945", "place du 11 novembre 1918"
  if (/\b(?:rue|avenue|av\.|place|boulevard|bd|allee|square|impasse|chemin|quai|cours|esplanade|parvis|rond-point|pont|stade|residence)\s+du\s*$/.test(immediate)) return 'other';
  // a web page's byline: "Par le secrétariat | 30 juillet 2020" (the publication, not the session)
  if (/(?:^|\n)[ \t]*par\s+[^|\n.]{2,60}\|[ \t]*$/.test(before.slice(-80))) return 'other';
  // a web page's teaser of another page: "* Conseil municipal du 30 mai 2024 – procès-verbal… Lire la suite"
  const lineEnd = src.fold.indexOf('\n', start);
  if (/\b(?:lire\s+la\s+suite|en\s+savoir\s+plus)\b/.test(src.fold.slice(start, lineEnd < 0 ? undefined : lineEnd))) return 'other';
  // a convocation's second means, by letter to the members, after its publication: "a été convoqué par publication au
  // Bulletin officiel du 11 septembre 2020 et par courrier du 10 septembre 2020" (the letter dates the convocation)
  if (/^\s*,?\s*(?:et|ainsi\s+que)\s+par\s+(?:courriel|courrier|lettre|mail|e-mail)(?:\s+personnel)?\s+(?:du|le|en\s+date\s+du)\s*$/.test(before) && /\bconvoquee?s?\s+(?:\S+\s+){0,2}?par\s+[^.;\d]{3,80}\d[^.;]{0,30}$/.test(src.fold.slice(Math.max(0, prevDateEnd - 140), prevDateEnd))) return 'convocation';
  const verb = lastIndex(MEETING_VERB, before);
  const convoc = lastIndex(CONVOCATION, before);
  let exclude = lastIndex(EXCLUDE, before);
  // "Date de convocation et d'affichage : 9 octobre", "… et de son affichage", "Convocation et affichage :": the posting
  // shares the convocation's date
  if (convoc >= 0 && exclude > convoc && /^\S+\s+et\s+(?:de\s+(?:son|sa|leur)\s+|de\s+l'\s?|d'?\s?)?(?:affichage|publication)\b/.test(before.slice(convoc))) exclude = -1;
  // "convoqués par courriel le …", "convocation adressée par lettre du …": the means of the convocation
  // (or a label, the means after its colon: "Convocation : par courrier du 7 mars 2025 et publication dans la Feuille officielle")
  // (two means joined, each with its word: "convoqué par lettre missive et par voie électronique le …")
  if (convoc >= 0 && exclude > convoc && CONVOKED_BY_MEANS.test(before.slice(convoc))) exclude = -1;
  // (the one who sent it between the means and its date: "convoqué par lettre de Mme la Présidente en date du …")
  if (convoc >= 0 && exclude > convoc && MEANS_FROM_SENDER.test(before.slice(convoc))) exclude = -1;
  // "Convocation transmise aux délégués le …", "convocations adressées à tous les conseillers le …": its sending
  if (convoc >= 0 && exclude > convoc && SENT.test(before.slice(convoc))) exclude = -1;
  // "Délibération n° 2018-03 – Séance du comité syndical du 8 février 2018": the act's own word, then its session named
  if (exclude >= 0 && /^(?:deliberation|decision)\s+(?:n\s*°?|no\.?)\s*\S+\s*[-–—:,]?\s*(?:seance|reunion|session)\b/.test(before.slice(exclude))) exclude = -1;
  // "Procès-verbal du conseil du 12 mars" names this session only in the title
  const pv = before.search(/(?:proces[- ]verbal|compte[- ]rendu)\b[^]*$/);
  // (or in a title of its own past a web page's wrapper: "PROCÈS-VERBAL DE LA SÉANCE DU LUNDI 17 OCTOBRE 2019", a line in
  // capitals that the date ends)
  if (pv >= 0 && start > TITLE_ZONE && !capitalTitle(src, start)) exclude = Math.max(exclude, pv);
  // (nor an item of the agenda, numbered or bulleted: "2. Procès-verbal de la séance du 23 juin 2011")
  else if (pv >= 0 && AGENDA_MINUTES.test(src.fold.slice(src.lineStarts[src.lineAt(start) - 1]!, start))) exclude = Math.max(exclude, pv);
  // … and anywhere, minutes the sentence goes on to approve: "Le procès-verbal de la séance du 7 avril 2015 est approuvé"
  // (the verb right after the date's year: "Compte rendu du … du 5 mai 2021 L'ordre du jour est adopté" is the title, then a sentence)
  else if (pv >= 0 && /^[^.;\n]{0,30}?\d{4}\s+(?:est|sont|a\s+ete|ont\s+ete)\s+(?:approuv|adopt)/.test(src.fold.slice(start, start + 80))) exclude = Math.max(exclude, pv);
  // a box's titles flattened on one line over their values, the date right under its title: "Date de convocation     Nombre
  // de conseillers     Vote" / "18/03/2025              En exercice   19 …"
  if (underBoxTitle(src, start)) return 'convocation';
  // a convocation date follows its word closely: "convoqué le", "convocation du", "Date de convocation :"
  const tail = convoc >= 0 ? before.slice(convoc) : '';
  const convocDate =
    convoc >= 0 &&
    // (dotted leaders for the colon: "Date de la convocation ............. 27 janvier 2006")
    // (the clause may wrap at a line end: "sur convocation du" / "Président en date du 23 juin 2017")
    (/^\S*\s*(?:[^,.;]{0,50}?\s)?(?:le|du|en\s+date\s+du|:|\||\.{3,}|…+)\s*$/.test(tail) ||
      // (the clause wrapped at a line end: "sur la convocation qui lui a été adressée par le" / "Maire le 28 juin 1986")
      /^\S*\s+qui\s+(?:lui|leur)\s+a\s+ete\s+(?:adressee|envoyee|notifiee)[^,.;]{0,30}?\s(?:le|du)\s*$/.test(tail) ||
      // "sur convocation du Président, Madame X, en date du 25 septembre": the one who convoked in apposition
      // (or "sur convocation du Président sortant, M. X, adressée le 6 mai")
      /^\S*\s+(?:du|de\s+(?:la|son|sa))\s+(?:presidente?|maire)(?:\s+sortante?)?\s*,\s*(?:m\.\s*)?[^,.;\n]{2,60},\s*(?:(?:adressee?s?|envoyee?s?|expediee?s?)\s+le|(?:en\s+date\s+)?du)\s*$/.test(tail) ||
      // (or "régulièrement convoqués par le Président, Monsieur Alain X, le 3 juin 2016": by whom, in apposition, then the date)
      /^\S*\s+par\s+(?:le|la|son|sa|leur)\s+(?:presidente?|maire)(?:\s+sortante?)?\s*,\s*(?:m\.|mme|monsieur|madame)\s[^,.;\n]{2,60},\s*le\s*$/.test(tail) ||
      // (or "sur convocation de Mme X, Maire, présidente de droit, adressée le 2 juillet": the one who convoked, her offices)
      /^\S*\s+(?:du|de)\s+(?:m\.|mme|madame|monsieur)\s[^.;\n]{2,100}?,\s*(?:adressee?s?|envoyee?s?|expediee?s?)\s+le\s*$/.test(tail) || /\bdate\s+(?:de\s+(?:la\s+)?|d')$/.test(before.slice(0, convoc)) && /^\S+\s*(?:\||\.{3,}|…+)?\s*$/.test(tail) || SENT.test(tail) || MEANS_FROM_SENDER.test(tail));
  // "convoqués pour la séance du 30 janvier": the date of the session they were called to
  if (convoc > verb && convoc >= exclude && convocDate && /\b(?:pour|a)\s+(?:la|une)\s+(?:seance|reunion|session)\s+(?:\S+\s+){0,2}(?:du|le)\s*$/.test(tail)) return 'session';
  if (convoc > verb && convoc >= exclude && convocDate) return 'convocation';
  if (convoc > verb && convoc >= exclude && !convocDate) {
    // "réunion sur seconde convocation / Lundi 11 septembre": the word does not date the convocation
    if (exclude > verb) return 'other';
    return lastIndex(SESSION, before) >= 0 && start < TITLE_ZONE ? 'session' : 'none';
  }
  if (exclude > verb) return 'other';
  if (verb >= 0) return 'session';
  if (lastIndex(SESSION, before) >= 0) {
    if (start < TITLE_ZONE) return 'session';
    return /(?:\b(?:du|le|en\s+date\s+du)\s*|,\s*|:\s*)$/.test(immediate) ? 'weak' : 'none';
  }
  return 'none';
}

/** Between a meeting's date and the minutes its exposé approves: "… Réunion du 17 février 2009 EXPOSE N°1 APPROBATION DU PROCES-VERBAL DU". */
const EXPOSE_APPROVES = /^\s*expose\s+n\s*°?\s*\d+\s+approbation\s+du\s+(?:proces[- ]verbal|compte[- ]rendu)\s+(?:de\s+la\s+(?:seance|reunion)\s+)?du\s+$/;
/** Between the approved minutes' date and the heading of the minutes the page gives: "… DU 9 DECEMBRE 2008 Réunion du mardi". */
const MINUTES_HEADING = /^\s*(?:reunion|seance)\s+du\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/;

/**
 * A member commune's page of a syndicat's minutes titled by an exposé ("Réunion du 17 février 2009 EXPOSE N°1 APPROBATION
 * DU PROCES-VERBAL DU 9 DECEMBRE 2008 Réunion du mardi 17 février 2009 …"): when the minutes that follow are headed with
 * the date of the meeting whose exposé it is, the page gives that meeting's own minutes, and the minutes its first exposé
 * approves are an earlier meeting's — their date (returned) is no date of this session. (Headed with another date, the
 * minutes given are the approved ones, and the two dates for them conflict.) Null otherwise.
 */
function minutesOfEarlierMeeting(src: SourceText, dates: DateMatch[]): string | null {
  if (!src.fold.includes('expose')) return null;
  for (let i = 0; i + 2 < dates.length; i++) {
    const [meeting, approved, heading] = [dates[i]!, dates[i + 1]!, dates[i + 2]!];
    if (!meeting.iso || !approved.iso || meeting.iso !== heading.iso || approved.iso === meeting.iso) continue;
    if (!/\b(?:reunion|seance)\s+du\s+$/.test(src.fold.slice(Math.max(0, meeting.start - 20), meeting.start))) continue;
    if (EXPOSE_APPROVES.test(src.fold.slice(meeting.end, approved.start)) && MINUTES_HEADING.test(src.fold.slice(approved.end, heading.start))) return approved.iso;
  }
  return null;
}

/** A line of the agenda naming minutes, up to their date: "2. Procès-verbal de la séance du", "- Approbation du compte rendu du". */
const AGENDA_MINUTES = /^[ \t]*(?:\d{1,2}[ \t]*[.)°–-]|[-–•*])[ \t]*(?:(?:approbation|adoption)\s+du\s+)?(?:proces[- ]verbal|compte[- ]rendu)\b[^\n]*$/;

/** The line of the date at `start` is a title in capitals that opens with "Procès-verbal" / "Compte rendu" and ends with the date's year. */
function capitalTitle(src: SourceText, start: number): boolean {
  const l = src.lineAt(start);
  const lineStart = src.lineStarts[l - 1]!;
  const line = src.norm.slice(lineStart, lineStart + src.lineLength(l));
  if (!/\p{Ll}/u.test(line) && /^[ \t]*(?:proces[- ]verbal|compte[- ]rendu)\b[^\n]*\b(?:19|20)\d\d[ \t]*$/.test(src.fold.slice(lineStart, lineStart + line.length))) return true;
  // (or the title's date on the line below it: "COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL" / "du jeudi 25 juin 2009")
  if (l < 2 || !/^[ \t]*(?:du|de\s+la\s+seance\s+du|seance\s+du)\s[^\n]*\b(?:19|20)\d\d[ \t]*$/.test(src.fold.slice(lineStart, lineStart + line.length))) return false;
  const above = src.lineStarts[l - 2]!;
  const title = src.norm.slice(above, above + src.lineLength(l - 1));
  return !/\p{Ll}/u.test(title) && /^[ \t]*(?:proces[- ]verbal|compte[- ]rendu)\b/.test(src.fold.slice(above, above + title.length));
}

/**
 * Whether the date at `start` opens a cell (the line's start or a wide gap before it) right under the title « Date de (la)
 * convocation » of the line above, at its column (three places either way), that title being one of a row of titles (a
 * wide gap after it, another title there): a software's boxes flattened by the extraction, each value under its title.
 */
function underBoxTitle(src: SourceText, start: number): boolean {
  const l = src.lineAt(start);
  if (l < 2) return false;
  const lineStart = src.lineStarts[l - 1]!;
  if (!/(?:^|[ \t]{2})$/.test(src.fold.slice(lineStart, start))) return false;
  const aboveStart = src.lineStarts[l - 2]!;
  const above = src.fold.slice(aboveStart, aboveStart + src.lineLength(l - 1));
  const title = /\bdate\s+de\s+(?:la\s+)?convocation(?=[ \t]{3,}\S)/.exec(above);
  return title !== null && Math.abs(title.index - (start - lineStart)) <= 3;
}

/**
 * Dates of src[from, to). `sessionLimit`: session dates are only read before
 * it (the end of the attendance block): later "conseil du …" are other sessions.
 */
export function findSessionDates(src: SourceText, from: number, to: number, sessionLimit = to): SessionDates {
  // OCR digits read as digits: "05/12/2O23", "1l décembre"
  const zoneFold = foldDigits(src.norm, src.fold).slice(0, to);
  const all = findDates(zoneFold).filter((d) => d.start >= from);
  const formal = formalYear(zoneFold);
  const mentions: DateMention[] = [];
  let convocation: DateMention | null = null;
  const fullDates = all.filter((d) => d.iso);
  const topDates: DateMatch[] = [];
  let prevEnd = 0;
  const weak: Array<{ d: DateMatch; year: number | null }> = [];
  for (const [i, d] of all.entries()) {
    let role = classify(src, d.start, prevEnd);
    prevEnd = d.end;
    // "Le douze mai …, le Conseil municipal s'est réuni": the meeting verb follows the date
    if (role === 'none') {
      // (past the next date when that one dates the convocation in an aside: "…, convoqué le 8 juin, s'est réuni")
      let nextDate = all[i + 1]?.start ?? Infinity;
      // (or by whom: "…, convoqué par son Président le 6 octobre 2008, s'est réuni")
      if (/\bconvoquee?s?(?:\s+par\s+[^,.;\d]{1,40}?)?\s+(?:le|du|en\s+date\s+du)\s*$/.test(src.fold.slice(Math.max(d.end, nextDate - 70), nextDate))) nextDate = all[i + 2]?.start ?? Infinity;
      const after = src.fold.slice(d.end, Math.min(d.end + 220, nextDate));
      const sentence = after.split(/[.;!?]\s/)[0]!;
      // (not a date of another event in the clause before it: "issus des élections municipales des 15 mars et 28 juin 2020 se
      // sont réunis", "la démission …, acceptée par le Préfet le 21 septembre 2009, s'est réuni")
      const before = src.fold.slice(Math.max(0, d.start - 100), d.start);
      const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
      const otherEvent = EXCLUDE_ONE.test(clause) || /\b[a-z]+(?:ee?s?|ue?s?)\s+(?:par\s+[^,]{1,40}?\s+)?(?:le|du)\s*$/.test(clause);
      // (or "s'est assemblé", "a siégé": "Le mardi quinze novembre …, le Conseil Municipal s'est assemblé en séance ordinaire")
      if (!otherEvent && /\b(?:s'est\s+reuni\w*|se\s+sont\s+reuni\w*|se\s+reunit|s'est\s+tenue?|s'est\s+assemblee?|se\s+sont\s+assembles|s'assemble|a\s+siege|ont\s+siege)\b/.test(sentence)) role = 'session';
      // "…, le lundi 5 octobre 2020, à compter de 19 h et à laquelle étaient présents": the hour it opens at, then those present
      else if (/^\s*,?\s*(?:a|des)\s+(?:compter\s+de\s+)?\d{1,2}\s*h[^.;]{0,80}?\b(?:etaient|sont)\s+presents?\b/.test(after)) role = 'session';
      // "Le jeudi 25 janvier 2024, les conseillers ont été convoqués pour …"
      // "Le vendredi 13 juin 2025, une convocation a été adressée à chaque conseiller …"
      else if (/^[^.;]{0,80}?\b(?:(?:ont|a)\s+ete\s+convoquee?s?|(?:a|ont)\s+ete\s+(?:adressee?s?|envoyee?s?)\s+(?:la|les)\s+convocations?|(?:une|la|les)\s+convocations?\s+(?:a|ont)\s+ete\s+(?:adressee?s?|envoyee?s?|transmise?s?|expediee?s?))\b/.test(sentence)) role = 'convocation';
    }
    if (rightColumnConvocation(src, d)) role = 'convocation';
    if ((role === 'session' || role === 'weak') && d.start > sessionLimit) role = 'other';
    if (role === 'none' && d.start < TITLE_ZONE && /^\s*$/.test(src.norm.slice(src.lineStarts[src.lineAt(d.start) - 1]!, d.start).replace(/^[•\-–\s]*/, ''))) {
      topDates.push(d); // a date alone at the top: the title, used only when nothing else names the session
    }
    let year = d.year;
    // "L'an deux mil onze, le jeudi 12 mai": the year is in words before
    if (year === null && formal && d.start >= formal.end && d.start - formal.end < 60) {
      year = formal.year;
      role = role === 'none' || role === 'session' || role === 'weak' ? 'session' : role;
    }
    if (role === 'weak') {
      weak.push({ d, year });
      continue;
    }
    if (year === null) {
      const same = fullDates.find((f) => f.day === d.day && f.month === d.month);
      year = same?.year ?? null;
    }
    if (role !== 'session' && role !== 'convocation') continue;
    if (year === null) {
      if (role === 'convocation') mentions.push(pending(src, d, 'convocation'));
      continue;
    }
    const isoDate = iso(year, d.month, d.day);
    if (!isoDate) continue;
    const m: DateMention = { date: isoDate, role, weekday: d.weekday, text: src.norm.slice(d.start, d.end), span: src.span(d.start, d.end) };
    if (role === 'convocation') {
      // several convocations (a reconvened session): the latest one counts
      if (!convocation || m.date > convocation.date) convocation = m;
      mentions.push(m);
    } else mentions.push(m);
  }
  // "conseil municipal du 12 mai" outside the title counts only when nothing stronger names the session
  if (!mentions.some((m) => m.role === 'session')) {
    for (const { d, year } of weak) {
      const y = year ?? fullDates.find((f) => f.day === d.day && f.month === d.month)?.year ?? null;
      const isoDate = y === null ? null : iso(y, d.month, d.day);
      if (isoDate) mentions.push({ date: isoDate, role: 'session', weekday: d.weekday, text: src.norm.slice(d.start, d.end), span: src.span(d.start, d.end) });
    }
  }
  if (!mentions.some((m) => m.role === 'session')) {
    for (const d of topDates.filter((t) => t.iso).slice(0, 1)) {
      mentions.push({ date: d.iso!, role: 'session', weekday: d.weekday, text: src.norm.slice(d.start, d.end), span: src.span(d.start, d.end) });
    }
  }
  const earlier = minutesOfEarlierMeeting(src, all);
  if (earlier) mentions.splice(0, mentions.length, ...mentions.filter((m) => m.role !== 'session' || m.date !== earlier));
  const sessions = mentions.filter((m) => m.role === 'session');
  const distinct = [...new Set(sessions.map((m) => m.date))];
  const date = distinct.length === 1 ? distinct[0]! : null;
  // a convocation without year takes the session's (the previous year when later in the calendar)
  const resolved: DateMention[] = [];
  for (const m of mentions) {
    if (m.date !== '0000-00-00') {
      resolved.push(m);
      continue;
    }
    const ref = date ?? sessions[0]?.date;
    if (!ref) continue;
    const [y, sm] = ref.split('-').map(Number) as [number, number];
    const [, mm, dd] = m.text.split('|').map(Number) as [number, number, number];
    const isoDate = iso(mm > sm ? y - 1 : y, mm, dd);
    if (isoDate) {
      const fixed = { ...m, date: isoDate, text: m.text.split('|')[0]! };
      resolved.push(fixed);
      if (!convocation) convocation = fixed;
    }
  }
  return { mentions: resolved, date, convocation: convocation?.date ?? null, convocationMention: convocation };
}

/** A closing formula that dates the act's own deliberation, opening its line or sentence: "Fait et délibéré en séance, le", "Délibéré en séance publique le", "Ainsi délibéré à Vaux, le". */
const CLOSING_DELIBERE = /(?:\n|[.!?][ \t]+)[ \t]*(?:ainsi\s+)?(?:fait\s+et\s+)?delibere\s+(?:en\s+seance(?:\s+publique)?\s*|a\s+[^,.;\n\d]{1,40}?)?,?\s*(?:le|du)\s*$/;

/**
 * The session's date from the closing formula alone ("Fait et délibéré en séance, le 14 novembre 2017"), for a page that
 * names it nowhere else (published from its list of the present on). Only when every such formula gives one date; an
 * earlier deliberation recalled in the text ("la commune avait délibéré le …") opens no line.
 */
export function closingFormulaDate(src: SourceText, from: number): DateMention | null {
  if (!/delibere/.test(src.fold)) return null;
  const fold = foldDigits(src.norm, src.fold);
  let found: DateMention | null = null;
  for (const d of findDates(fold)) {
    if (d.start < from || !d.iso || !CLOSING_DELIBERE.test(d.start >= 80 ? fold.slice(d.start - 80, d.start) : `\n${fold.slice(0, d.start)}`)) continue;
    if (found && found.date !== d.iso) return null;
    found ??= { date: d.iso, role: 'session', weekday: d.weekday, text: src.norm.slice(d.start, d.end), span: src.span(d.start, d.end) };
  }
  return found;
}

/** A running line naming the session before its date: "Séance du", "Réunion du conseil communal du", "Procès-verbal de la séance du". */
const RUNNING_SESSION = /^[ \t]*(?:(?:proces[- ]verbal|compte[- ]rendu)\s+(?:de\s+la\s+|du\s+)?)?(?:seance|reunion|session|conseil\s+(?:municipal|communal|communautaire|syndical)|comite\s+syndical)(?:\s+(?:ordinaire|extraordinaire|publique|du\s+conseil(?:\s+(?:municipal|communal|communautaire|syndical))?|du\s+comite(?:\s+syndical)?))*\s+du\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/;

/**
 * The session's date from the page's running line at its foot, the text's last line ("Séance du 12 mars 2021 – Commune de
 * Beaufort"), for a page that names it nowhere else (published from its list of the present on). The line holds that
 * date alone, and after it at most the body's name past a dash, a bar or a comma.
 */
export function footerSessionDate(src: SourceText, from: number): DateMention | null {
  let l = src.lineCount;
  while (l > 1 && src.lineText(l).trim() === '') l--;
  const start = src.lineStarts[l - 1]!;
  if (start < from) return null;
  const line = src.fold.slice(start, start + src.lineLength(l));
  if (line.length > 160 || !/\bdu\b/.test(line)) return null;
  const dates = findDates(line);
  const d = dates[0];
  if (dates.length !== 1 || !d?.iso || !RUNNING_SESSION.test(line.slice(0, d.start))) return null;
  if (!/^[ \t]*(?:[-–—|,][^\n\d]{0,100})?$/.test(line.slice(d.end))) return null;
  return { date: d.iso, role: 'session', weekday: d.weekday, text: src.norm.slice(start + d.start, start + d.end), span: src.span(start + d.start, start + d.end) };
}

/**
 * A two-column page read line by line: "… M. Claude  Date de convocation :" /
 * "… Mme Fabienne  20 juin 2024" — the label ends a line after a gap of
 * spaces, and the date ends the next line after a gap.
 */
function rightColumnConvocation(src: SourceText, d: DateMatch): boolean {
  const l = src.lineAt(d.start);
  if (l < 2) return false;
  const lineStart = src.lineStarts[l - 1]!;
  const line = src.fold.slice(lineStart, lineStart + src.lineLength(l));
  const at = d.start - lineStart;
  if (line.slice(at + (d.end - d.start)).trim() !== '' || !/\S[ \t]{2,}$/.test(line.slice(0, at).replace(/(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*$/, ''))) return false;
  const prevStart = src.lineStarts[l - 2]!;
  const prev = src.fold.slice(prevStart, prevStart + src.lineLength(l - 1));
  return /(?:^|[ \t]{2,})(?:date\s+(?:de\s+(?:la\s+)?|d'\s?)?convocation|convocation|convoque\w*\s+le)\s*:?[ \t]*$/.test(prev);
}

/** A convocation date without a year, completed once the session year is known. */
function pending(src: SourceText, d: DateMatch, role: 'convocation'): DateMention {
  return { date: '0000-00-00', role, weekday: d.weekday, text: `${src.norm.slice(d.start, d.end)}|${d.month}|${d.day}`, span: src.span(d.start, d.end) };
}
