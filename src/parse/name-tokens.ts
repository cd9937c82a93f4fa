/**
 * Word-level knowledge about members' names as French documents write them:
 * civilities, particles, roles, and the shape of each word
 *   U  = upper-case surname word ("REBSAMEN", "HUON-SAVINA", "N'DIAYE")
 *   C  = capitalised given name or mixed-case name ("Jean-Marc", "Poiré")
 *   I  = initial(s) ("R.", "J.P.", "B")
 *   P  = particle ("de", "DE", "d'", "van", "den", "LE", "dit")
 *   X  = anything else (lower-case word, digit, punctuation)
 */
import { foldText } from './source.ts';
import { memo } from '../memo.ts';

export type Shape = 'U' | 'C' | 'I' | 'P' | 'X';

// any alphabet's capitals and small letters ("VŨ", "ŞAHIN", "Łucja"), not only Latin-1
const UP = '\\p{Lu}';
const LOW = '\\p{Ll}';
// (ß has no capital in use: "WEIß" is a surname in capitals)
// (… and letters a photo's glare wiped, read as "~": "FAU~~ER")
const U_RE = new RegExp(`^[${UP}](?:[${UP}ß'\\-]|~(?=[${UP}~])|\\.(?=[${UP}]))*[${UP}ß]\\.?$|^[${UP}]['][${UP}][${UP}'\\-]*$`, 'u');
// (a Scottish or Irish surname in capitals keeps its prefix small: "McNEIL", "MacLEOD")
const MC_UPPER_RE = new RegExp(`^(?:Mc|Mac)[${UP}]{2}[${UP}'\\-]*$`, 'u');
const C_RE = new RegExp(`^(?:[${UP}]['])?[${UP}][${LOW}][${LOW}${UP}'\\-]*\\.?$|^(?:Mc|Mac)[${UP}][${LOW}]+$`, 'u');
const I_RE = new RegExp(`^(?:[${UP}]\\.[\\-]?){1,3}(?:[${UP}]\\.?)?$|^[${UP}]$`, 'u');
// "d" and "l" alone: the particle of "Sylvie d ALZON" once the apostrophe was lost
// married names: "LEBLANC épouse MOREAU", "PERROT née CHARPENTIER"
const PARTICLES = new Set(['épouse', 'epouse', 'ép.', 'née', 'nee', 'veuve', 'vve', 'de', 'du', 'des', "d'", 'd', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'di', 'da', 'dos', 'das', 'dit', 'el', 'al', 'ben', 'bin', 'y', "l'"]);
const UPPER_PARTICLES = new Set(['DE', 'DU', 'DES', "D'", 'DEL', 'LA', 'LE', 'VAN', 'VON', 'DER', 'DEN', 'DI', 'DA', 'DOS', 'DIT', 'EL', 'AL', 'BEN', 'TER', 'TEN']);

export const shapeOf: (word: string) => Shape = memo(shapeOfWord);

function shapeOfWord(word: string): Shape {
  if (PARTICLES.has(word) || /^d'$/i.test(word)) return 'P';
  // OCR reads O as 0 and I as 1 inside capitals ("PEYR0T", "C0UDERT"): still a surname
  if (/[01]/.test(word) && /^[A-ZÀ-Þ01'’-]{3,}$/.test(word) && (word.match(/[A-ZÀ-Þ]/g)?.length ?? 0) >= 2) return 'U';
  // ... and I as a lower-case l ("VEYSSlERE", "ASTlER")
  if (/^[A-ZÀ-Þ01][A-ZÀ-Þ01'’-]*l[A-ZÀ-Þ01l'’-]*$/.test(word) && (word.match(/[A-ZÀ-Þ]/g)?.length ?? 0) >= 3) return 'U';
  // Réunion surnames written with a slash after an initial: "K/BIDI", "M/BAREK"
  if (/^[A-ZÀ-Þ]{1,2}\/[A-ZÀ-Þ][A-ZÀ-Þ'’-]+$/.test(word)) return 'U';
  const elided = /^(?:[dl]|t)'(.{2,})$/i.exec(word); // "d'YVES", "l'Hermite", Flemish "t'SERSTEVENS"
  if (elided && /^[A-ZÀ-Þ]/.test(elided[1]!)) {
    const inner = shapeOfWord(elided[1]!);
    if (inner === 'U' || inner === 'C') return inner;
  }
  if (/^\p{Lu}[\p{Lu}'’-]+ a \p{Lu}[\p{Lu}'’-]+$/u.test(word)) return 'U';
  if (I_RE.test(word)) return 'I';
  if (UPPER_PARTICLES.has(word)) return 'P';
  if (U_RE.test(word) || MC_UPPER_RE.test(word)) return 'U';
  if (C_RE.test(word)) return 'C';
  // a given name after the initial of the first, joined by a hyphen (Québec registers: "J.-Albert", "M.-Claude"): a given name
  if (/^\p{Lu}\.-\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(word)) return 'C';
  return 'X';
}

/** An upper-case particle ("DE", "LE") that belongs to a surname when followed by a U word. */
export function isUpperParticle(word: string): boolean {
  return UPPER_PARTICLES.has(word);
}

/**
 * Civilities and titles that may open a name (case-insensitive, at the
 * start). A word is followed by a space or the end; only a dotted
 * abbreviation ("M.DUPONT") or a long word ("MonsieurDUPONT", glued by
 * extraction) may touch the name: "DROUINEAU", "MRAZEK" are names.
 */
export const CIVILITY_RE =
  /^(?:(?:mon-\s*sieur|ma-\s*dame|monsieur|madame|mademoiselle|messieurs|mesdames|mesdemoiselles|mme?s?|mlles?|melles?|mrs?|mm|m|ma[iî]tre|docteur|dr|professeur|commandant|colonel|capitaine|lieutenant|g[ée]n[ée]ral|amiral|abb[ée]|chanoine)(?:\s+|$)|(?:mme?s?|mlles?|melles?|mrs?|mm|m|me|dr|pr)\.(?:\s+|$|(?=[A-ZÀ-Þ]))|(?:monsieur|madame|mademoiselle)(?=[A-ZÀ-Þ]))/i;

/**
 * Source strings (not regexes) of the civility and the given name that other modules' patterns write before a member's
 * name; each is one group, to be built into a regex once, at module level, with `new RegExp(String.raw`…`, 'u')` (\p needs
 * the 'u' flag). One spelling each, so that the patterns that mean the same civility or given name stay the same; a
 * pattern that needs another set (with "MM.", "Mmes", "Maître"; a given name hyphenated more than once) keeps its own.
 */
/** The civility of one member, "M.", "Mme", "Monsieur", "Madame" (case-sensitive; no "Mlle"). */
export const CIVILITY_WORD = String.raw`(?:M\.|Mme|Monsieur|Madame)`;
/** CIVILITY_WORD and "Mlle". */
export const CIVILITY_WORD_MLLE = String.raw`(?:M\.|Mme|Mlle|Monsieur|Madame)`;
/** CIVILITY_WORD, "Mlle" and a lawyer's or notary's "Me". */
export const CIVILITY_WORD_MLLE_ME = String.raw`(?:M\.|Mme|Mlle|Me|Monsieur|Madame)`;
/** The abbreviated civilities only, "M.", "Mme", "Mlle": the ones a text layer glues to the next word ("M.Gérard"). */
export const CIVILITY_ABBREV = String.raw`(?:M\.|Mme|Mlle)`;
/** A capitalised given name, hyphenated once at most: "Jean", "Jean-Marc" (not "Marie-Anne-Sophie", not "Jean-pierre"). */
export const GIVEN_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;

// (… or before a surname in capitals, "Me DARRICAU Lucien", a notary in a "NOM Prénom" list; still case-sensitive)
const MAITRE_RE = /^Me\s+(?=\p{Lu}\p{Ll}|\p{Lu}{2})/u;
/**
 * A widow's title before her surname, « Mme Vve X », « Madame veuve X », « Vve X »: a civility, not part of the name (the
 * corpus convention). Only at the start of an entry and before a capital: « DEVOS veuve CAPPELAERE » keeps its married
 * name whole, and the word stays a particle there (name-tokens' PARTICLES).
 */
const WIDOW_RE = /^(?:[Vv]euve|VEUVE|V[Vv]e\.?)\s+(?=\p{Lu})/u;
/** Titles that are also surnames ("CAPITAINE", "LIEUTENANT", "MAÎTRE"), and a given name alone after one (no surname in capitals follows). */
const TITLE_AS_SURNAME = /^(?:ma[iî]tre|docteur|professeur|commandant|colonel|capitaine|lieutenant|g[ée]n[ée]ral|amiral|abb[ée]|chanoine)\s/i;
const GIVEN_NAME_ALONE = /^\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)?(?![\p{L}'’-])(?!\s+\p{Lu}{2})/u;

/** Strips leading civilities (several: "MM. et Mmes"); returns the civility read. */
export function stripCivility(text: string): { rest: string; civility: string | null } {
  let rest = text.trimStart();
  let civility: string | null = null;
  // (the civilities joined by "et": "MM. et Mmes", "Mme et M. Dupont")
  let joined = false;
  for (let i = 0; i < 3; i++) {
    // ("Me Annie Lachance": Maître, written without its dot; case-sensitive, before a name; "Mme Vve X": a widow's title)
    const m = CIVILITY_RE.exec(rest) ?? MAITRE_RE.exec(rest) ?? WIDOW_RE.exec(rest);
    if (!m) break;
    // a title in capitals before a given name alone is a surname written first: "CAPITAINE Anne", "LIEUTENANT Paul-Henri"
    if (TITLE_AS_SURNAME.test(m[0]) && m[0] === m[0].toUpperCase() && GIVEN_NAME_ALONE.test(rest.slice(m[0].length))) break;
    // after a civility, "M." before a surname in capitals is the given name's initial: "M. M. PONCELET", "Mmes M. DEVILLE"
    // (or before a capitalised surname ending the entry, the civility just before it: "M. M. Lessard" among "Mme D. Vachon,
    // M. G. Cloutier" — not "Mme et M. Dupont", the couple's second civility)
    if (civility !== null && (/^M\.\s+\p{Lu}{2}/u.test(rest) || (!joined && /^M\.\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t.]*$/u.test(rest)))) break;
    // "M" followed by a single capital and a dot is an initial, not a civility ("M. Claire" after a surname is handled by callers)
    civility = civility ? `${civility} ${m[0].trim()}` : m[0].trim();
    rest = rest.slice(m[0].length);
    // ("MM. et Mmes": the rest opens with "et" or "&"; the pattern is tried only then)
    const c = rest.charCodeAt(0);
    if (c === 101 || c === 69 || c === 38) {
      const before = rest.length;
      rest = rest.replace(/^(?:et|&)\s+/i, '');
      joined = rest.length !== before;
    }
  }
  return { rest, civility };
}

/** True when the text is only civilities ("Messieurs", "M."). */
export function isOnlyCivility(text: string): boolean {
  const { rest, civility } = stripCivility(text);
  return civility !== null && rest.trim() === '';
}

// (a board's member by how chosen: « membre nommée », « membre élu(e) »; a body's representative after « d' »:
// « représentante d'Habitat X »)
const ROLE_WORDS = String.raw`(?:(?:1er|1ere|1re|ler|lere|lre|premier|premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|\d+ ?(?:e|eme|ere|re|er))\s+)?(?:(?:maires?|mairesses?|tavana)(?:[- ]+(?:suppleante?|deleguee?|adjointe?|honoraire|sortante?))*|pro-maires?|prefete?s?(?:\s+suppleante?)?|adjointe?s?(?:\s+au\s+maire)?(?:\s+deleguee?s?)?|adj\.?|cons\.?\s?mun(?:\.|icipa(?:l|le|ux|les))?|vice-maires?|vice-syndics?|syndics?|consei[il1]?l(?:er|ere|ers|eres)(?:\s*\((?:e|ere|eres)\)s?|\(eres\)|\(e\)s|\(s\))*(?:\s+(?:municipa(?:l|le|ux|les)|communa(?:l|le|ux|les)|communautaires?|deleguee?s?|departementa(?:l|le|ux|les)|provincia(?:l|le|ux|les)|metropolitaine?s?|regiona(?:l|le|ux|les)|titulaires?|suppleante?s?|generaux|general|de\s+quartier|d'arrondissement|elue?s?))*|echevins?(?:\s*\(e\)s|e|es)?|echevin\(e\)s|bourgmestres?(?:[- ]+(?:presidente?|sortante?|f\.\s?f\.?|ff|faisant\s+fonctions?))*|(?:conseill(?:er|ere)-)?presidente?s?(?:\s+sortante?s?|\s+(?:f\.\s?f\.?|ff|faisant\s+fonctions?))?(?:\s+(?:du\s+cpas|de\s+seance|de\s+la\s+commission|du\s+conseil(?:\s+\w+)?|de\s+l'?\w+|d'\s?assemblee))?|vice-presidente?s?|vice-pres\.?|vp|v\.\s?-?p\.|premiere?\s+vice-presidente?|secretaires?-tresorier(?:e|s|es)?(?:\s+adjointe?s?)?|secretaires?(?:\s+(?:communale?|de\s+seance|de\s+mairie|generale?|d'assemblee))?|deleguee?s?(?:\s+(?:titulaires?|suppleante?s?|communautaires?))*|doyenn?e?\s+d'age|membres?(?:\s+(?:titulaires?|suppleante?s?|(?:elu|nomme|designe)(?:e|s|es|\((?:e|s|es)\))*|du\s+bureau|de\s+droit))?|titulaires?|suppleante?s?|substituts?(?:\s+du\s+(?:maire|prefet))?|elue?s?|questeur|rapporteur|rapporteure|administrat(?:eur|rice)s?|deputee?s?(?:\s+(?:provincia(?:l|le|ux|les)|permanente?s?))?|(?:siege|district|quartier)\s*(?:no\.?|n°|nº|numero|#)?\s*\d{1,2}|personnalites?\s+qualifiees?|representante?s?\s+(?:du|des|de\s+la|de\s+l'|de|d')\s*[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})`;

/** "… de Saint-Oréal-du-Lac": the commune a role is held in (Québec MRC mayors, delegates of a syndicate). */
// (not after "suppléant(e)": "suppléante de Bruno ROUFFIAC" names the member replaced; but "maire suppléant de
// Saint-Octave", "mairesse suppléante de …" are a mayor's office in its town)
const OF_PLACE = String.raw`(?<!(?<!(?:maires?|mairesses?)[- ])suppleante?s?|remplacante?s?)(?:\s+(?:de|du|des)\s+|\s+d'\s?)[a-z][a-z'-]*(?:[ -][a-z][a-z'-]*){0,5}`;
/** "conseillère au siège no 4", "conseiller du district #2": a seat (Québec councils) after the role. */
const SEAT = String.raw`(?:\s+(?:au|du|de)\s+(?:siege|district|quartier)\s*(?:no\.?|n°|nº|numero|#)?\s*\d{1,2})`;
export const ROLE_ONLY_RE = new RegExp(`^(?:(?:le|la|les)\\s+|l')?${ROLE_WORDS}(?:${OF_PLACE}|${SEAT})?(?:\\s*(?:,|et|/)\\s*${ROLE_WORDS}(?:${OF_PLACE}|${SEAT})?)*\\s*[.;:]*$`);

/** Roles of people who attend without being members: their names are not counted. */
// (a syndicate's « secrétaire du syndicat » is its employee who keeps the minutes, "Claude X / secrétaire du syndicat"; an
// office opening with « responsable » is a service's head, "M. Kevin X, responsable collecte", not a member's delegation)
export const STAFF_ROLE_RE =
  /^[ \t]*(?:(?:le|la)[ \t]+)?responsable\b|\b(?:secretaire\s+(?:communale?|de\s+mairie|generale?|de\s+zone|du\s+syndicat)|(?:avec\s+)?voix\s+consultative|commissaire|chef\s+de\s+corps|greffiere?|directeur|directrice|d\.?g\.?s\.?|d\.?g\.?a\.?|tresoriere?|receveur|receveuse|comptable\s+public|agent|attachee?|redacteur|redactrice|urbaniste|invitee?s?|auditeur|auditrice|public|stagiaire|technicien|technicienne|chargee?\s+de\s+mission|responsable\s+(?:du|de\s+la|des)\s+service)\b/;

/** Given-name-first role phrases that precede the name ("la conseillère", "le maire suppléant"). */
/** A council role in English, capitalised (Canadian bilingual councils: "Mme la mairesse / Mayor X"). */
export const ENGLISH_ROLE = String.raw`(?:(?:Deputy|Acting)\s+)?(?:Mayor|Council(?:l)?or|Alderman|Warden|Prefect|Reeve|Chair(?:man|woman|person)?)`;
export const ROLE_PREFIX_RE = new RegExp(`^(?:(?:le|la|les)\\s+|l')${ROLE_WORDS}\\s+`, 'i');

/** A whole entry that is only a role ("Maire", "Adjoints", "Conseillers communaux"). */
export const isRoleOnly: (text: string) => boolean = memo(roleOnly);

/**
 * How a text ROLE_ONLY_RE accepts may open, once folded, spaces collapsed
 * and trimmed: its two first characters are those of an article (le, la,
 * les, l'), of an ordinal (a digit, premier, deuxième… huitième) or of a
 * role word (maire, tāvana (a Polynesian maire), adjoint, conseiller, échevin, bourgmestre, président,
 * vice-président (VP), secrétaire, délégué, doyen, membre, titulaire, suppléant,
 * élu, substitut (du maire), questeur, rapporteur, représentant de…, personnalité qualifiée) or of a
 * seat (siège, district, quartier no N).
 */
const ROLE_OPENINGS = new Set(['le', 'la', "l'", 'ta', 'di', 'pr', 'de', 'do', 'tr', 'ti', 'qu', 'ci', 'co', 'si', 'se', 'su', 'hu', 'ma', 'me', 'ad', 'ec', 'el', 'bo', 'vi', 'vp', 'v.', 'ra', 're', 'pe']);
const SPACE = /\s/;

/**
 * False when the normalised text cannot open as ROLE_ONLY_RE requires: its
 * first character (the first that does not fold to a space: "¨" does) and
 * the next one (a space when it folds to one) are checked.
 */
function mayBeRole(text: string): boolean {
  let first = '';
  for (const c of text) {
    const f = foldText(c);
    if (first === '') {
      if (!SPACE.test(f[0]!)) first = f[0]!;
      else if (f.length > 1 && !SPACE.test(f[1]!)) return true; // a code point outside the BMP: checked in full
      if (first === '') continue;
      if (first >= '0' && first <= '9') return true;
      if (f.length > 1) return true;
      continue;
    }
    return ROLE_OPENINGS.has(first + (SPACE.test(f[0]!) ? ' ' : f[0]!));
  }
  return false; // at most one character: no role
}

function roleOnly(text: string): boolean {
  // most names stop here, before the text is normalised
  if (!mayBeRole(text)) return false;
  const folded = foldText(text).replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').trim().replace(/[\s.]+$/, '');
  if (ROLE_ONLY_RE.test(folded)) return true;
  // a role word hyphenated at a line end ("2ème Ad-" / "jointe")
  if (/-\s*\n/.test(text) && ROLE_ONLY_RE.test(foldText(text).replace(/(?<=[a-z])-\s*\n\s*(?=[a-z])/g, '').replace(/\s+/g, ' ').trim().replace(/[\s.]+$/, ''))) return true;
  // a role word as OCR reads it: "Bourgrnestre" (rn for m), "Consei1lers" (1 for l); an acronym with dots ("C.P.A.S.")
  const ocr = folded.replace(/rn/g, 'm').replace(/(?<=[a-z])1(?=[a-z])/g, 'l').replace(/\b(?:[a-z]\.){2,}[a-z]?\.?/g, (m) => m.replace(/\./g, ''));
  return ocr !== folded && ROLE_ONLY_RE.test(ocr);
}

/**
 * Capitalised words that open prose rather than name a person. Checked on the
 * folded form of C and U words of an entry.
 */
export const NOT_NAME_WORDS = new Set(
  (
    'le la les un une il elle ils elles on nous vous ce cet cette ces et ou mais donc car ni que qui quoi dont est sont etait etaient ' +
    'a ont avait pour par sur sous dans avec sans apres avant vu considerant monsieur madame maire mairie conseil conseils conseillers ' +
    'municipal municipaux communautaire communal seance seances ordre jour objet date dates nombre vote votes contre abstention abstentions ' +
    'unanimite procuration procurations pouvoir pouvoirs absent absents absente absentes present presents presente presentes excuse excuses ' +
    'excusee excusees secretaire secretariat president presidente deliberation deliberations commune communes ville communaute syndicat ' +
    'departement region total totaux article budget annexe rapport approbation questions diverses affaires membres membre ' +
    'assemblee quorum ouverture cloture lecture proces verbal compte rendu election elections installation designation adoption ' +
    'approuve approuvee adopte adoptee decide decision decisions propose proposition ayant donne represente representee representes ' +
    'suppleant suppleante remplace remplacee arrivee arrive depart departs parti partie sortie retour heure heures minutes etaient ' +
    'formant majorite exercice afferents titulaires votants exprimes suffrages prend part ne pas acte informe informations rappelle ' +
    'expose demande demandes precise indique ajoute souligne remercie accueille salue ouvre leve levee transcription ' +
    'telecharger download imprimer texte copied partager protected academic year aucun resultat trouve continuer lire commencer ' +
    'dimension balayer accueil actualites archives prefecture recu envoye ' +
    'affiche publie publication conformement application loi code general collectivites territoriales cgct cpas ' +
    'agglomeration metropole intercommunalite collectivite republique'
  ).split(/\s+/),
);

/** Splits an entry into words, keeping hyphenated and apostrophe'd names whole. */
export function words(text: string): string[] {
  return text
    .replace(/([A-Za-zÀ-ÿ])-\s+(?=[A-Za-zÀ-ÿ])/g, '$1-\u0001') // "Jean- Marc" stays one word
    // a Polynesian surname of two joined by "a" ("TEHAAMOANA a TAUTU") stays one word
    .replace(/(?<=\p{Lu}{3}) a (?=\p{Lu}{3})/gu, '\u0001a\u0001')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/\u0001/g, ' '));
}
