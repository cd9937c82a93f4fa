/**
 * President and secretary of the session, as the text names them:
 * "Président : Monsieur REBSAMEN", "sous la présidence de Madame GENERMONT
 * Annie, Maire", "Secrétaire de séance : Madame MONTEIRO", "Monsieur X est
 * désigné secrétaire de séance", "Mme BAHIER Marie Laure a été élue secrétaire".
 */
import type { NameRef } from '../domain/index.ts';
import { parseEntry, type NameOrder, type PersonText } from './name-parse.ts';
import { isRoleOnly, NOT_NAME_WORDS } from './name-tokens.ts';
import { anchored, matchAnchored, zoneOf, type Anchored } from './scan.ts';
import { foldText, type SourceText } from './source.ts';

/** Where a name stops: punctuation, a sentence end, or a role/verb word after it. */
const STOP =
  /[,;(]|(?<!-)\n|\s[-–—/]\s|(?<=[a-z\u00e0-\u00ff]{2})\.(?:\s|$)|\s+(?:maire|president|presidente|premier|premiere|vice|bourgmestre|doyen|qui|et\s+(?:a|secreta[il1]re)|assiste|a\s+ete|est\s|delegue|conseill|adjoint|directeur|directrice|secreta[il1]re|monsieur\s+le|madame\s+la|madame\s+le|ouvre|declare|constate|etaient|sont|en\s+qualite|comme|pour\s+(?:assurer|remplir|exercer))\b|\s+\d/g;

/**
 * Each pattern is tried only at its keywords (scan.ts): `back` words may
 * precede the keyword ("sous la presidence", "par le president"); 'breaks':
 * the match may open with a line break (and spaces) before the keyword.
 */
const PRESIDENT_AFTER: Anchored[] = [
  // (a note in brackets before the colon: "Président de séance (doyen d'âge jusqu'à l'élection du Président) : M. X")
  anchored(/\bpresidente?\s+de\s+(?:la\s+)?seance\s*(?:\([^()\n]{1,80}\)\s*)?:\s*/g, ['president']),
  // (or elided before a given name: "sous la présidence d'Antoine X, Maire")
  anchored(/\bsous\s+la\s+presidence\s+(?:effective\s+)?(?:de\s+|d'\s?(?=[a-z]))/g, ['presidence'], 2),
  // a heading line of the minutes: "PRÉSIDENCE DE M. YVES X, PRÉSIDENT DU CONSEIL RÉGIONAL"
  anchored(/(?:^|\n)[ \t]*presidence\s+de\s+(?=(?:m\.|mme|monsieur|madame)\s)/g, ['presidence'], 0, 'breaks'),
  // "sous la présidence du maire, M. X" (Québec), "de la mairesse, Mme Y"
  anchored(/\bsous\s+la\s+presidence\s+(?:du|de\s+la)\s+(?:mairesse|maire|prefete?|presidente?|bourgmestre)\b\s*,?\s*/g, ['presidence'], 2),
  // ("Présidence de séance : M. X, premier vice-président, en l'absence de …")
  anchored(/\bpresidence(?:\s+de\s+(?:la\s+)?seance)?\s*:\s*/g, ['presidence']),
  // « Présidence » alone on its line, the one presiding on the next (Luxembourg: "Présidence" / "Carole X / Bourgmestre")
  anchored(/(?:^|\n)[ \t]*presidence(?:\s+de\s+(?:la\s+)?seance)?[ \t]*\n[ \t]*(?=[a-z])/g, ['presidence'], 0, 'newline'),
  anchored(/(?:^|\n)\s*presidente?\s*:\s*/g, ['president'], 0, 'breaks'),
  // a Word export's tab for the colon, a civility after it: "Président<TAB>Mme Nadège X, maire<TAB>Secrétaire<TAB>…"
  anchored(/(?:^|\n)[ \t]*presidente?(?:\s+de\s+(?:la\s+)?seance)?\t+(?=(?:m\.|mme|monsieur|madame)\s)/g, ['president'], 0, 'breaks'),
  anchored(/\bpresidee?\s+par\s+/g, ['preside']),
  // "convoqué par le Président, M. X", "la convocation adressée par son Président, M. X"
  // (or the delegates' own: "Convoqués le 6 décembre par leur Président, Monsieur X, les délégués …")
  anchored(/\bpar\s+(?:le|la|son|sa|leur)\s+presidente?(?:\s+sortante?)?\s*,\s*/g, ['president'], 2),
  // "sur convocation du Président, Madame X, en date du …"
  // (or "du Président sortant, M. X")
  // (or "à l'invitation du Président sortant, Monsieur X")
  // (or "sur convocation de leur Président, M. X", the delegates named before)
  anchored(/\b(?:convocation|convoquee?s?|invitation)\s+(?:du|de\s+(?:la|son|sa|leur))\s+presidente?(?:\s+sortante?)?\s*,\s*/g, ['convocation', 'convoque', 'convoquee', 'convoques', 'convoquees', 'invitation']),
  // (not a signature's title alone on its line, the signer below: "Le Maire," / "G. X" closing the minutes names the one who
  // signs, often the maire elected during the session, not the one who opened it)
  anchored(/(?!(?<=(?:^|\n)[ \t]*)(?:le|la)\s+maire(?:\s+suppleante?)?[ \t]*,[ \t]*\n)\b(?:le|la)\s+maire(?:\s+suppleante?)?\s*,\s*/g, ['maire'], 1),
  // a bulletin's "Autour de Patrice X, maire, étaient réunis : …" (the name, then the office)
  anchored(/\bautour\s+d(?:e\s+|u\s+|'\s?)(?=[^,\n]{3,60},\s*(?:maire|mairesse|presidente?)\s*,\s*(?:etaient|sont|se\s+sont)\s+(?:reuni|present))/g, ['autour'], 0),
  anchored(/\bautour\s+(?:du\s+maire|de\s+la\s+maire(?:sse)?|du\s+president|de\s+la\s+presidente)\s*,\s*(?=[^,\n]{3,60},\s*(?:etaient|sont|se\s+sont)\s+(?:reuni|present))/g, ['autour'], 0),
  // (or with no commas: "Autour du maire Bernard X étaient réunis …")
  anchored(/\bautour\s+(?:du\s+maire|de\s+la\s+maire(?:sse)?|du\s+president|de\s+la\s+presidente)\s+(?=[^,\n]{3,60}?\s(?:etaient|sont|se\s+sont)\s+(?:reuni|present))/g, ['autour'], 0),
  anchored(/\b(?:seance|reunion)\s+(?:est\s+|a\s+ete\s+)?ouverte\s+(?:a\s+[^,.;\n]{1,20}?\s+)?par\s+/g, ['ouverte'], 3),
  // (or the noun: "Ouverture de la séance à 19 h 00 par Mme X, Maire du 12e arrondissement")
  anchored(/\bouverture\s+de\s+la\s+(?:seance|reunion)\s+(?:a\s+[^,.;\n]{1,20}?\s+)?par\s+(?=(?:m\.|mme|monsieur|madame|le\s+maire|la\s+maire|le\s+president|la\s+presidente)\b)/g, ['ouverture'], 0),
  // a roll call by seat (Québec): "Mairesse : Mme X", "Préfet : M. Y" opening a line
  anchored(/(?:^|\n)\s*(?:maire|mairesse|prefete?)\s*:\s*/g, ['maire', 'mairesse', 'prefet', 'prefete'], 0, 'breaks'),
];

/** "M. X, Maire, présidant la séance", "Mme Y assure la présidence de la séance". */
// (or the participle alone closing the clause, the minutes' formula: "…, salle de la Mairie, Mme X, Maire, présidant.")
const PRESIDENT_BEFORE = anchored(
  /\b(?:presidant|preside|assurant\s+la\s+presidence|assure\s+la\s+presidence)(?:\s+de)?\s+(?:(?:la\s+)?(?:seance|reunion)|le\s+(?:comite|conseil|bureau))\b|(?<=,\s*)presidant(?=\s*(?:[.;]|\n|$))/g,
  ['presidant', 'preside', 'assur'],
);
/** "M. X, Maire, ouvre (a ouvert) la séance": the one who opens the session presides it. */
// (4 runs may come before "ouvre": "constate le quorum et ouvre la séance")
const OPENS = anchored(/\b(?:constate\s+le\s+quorum\s+et\s+)?(?:ouvre|a\s+ouvert)\s+la\s+(?:seance|reunion)\b/g, ['ouvre', 'ouvert'], 4);

const SECRETARY_AFTER: Anchored[] = [
  // "A été nommé secrétaire : M. X" (the name after the colon, not before the verb)
  anchored(/\b(?:a\s+ete|est|ont\s+ete|sont)\s+(?:nommee?s?|designee?s?|elue?s?|choisie?s?)\s+(?:comme\s+|en\s+qualite\s+de\s+)?secreta[il1]re?s?(?:\s+de\s+(?:la\s+)?seance)?\s*:\s*/g, ['nomme', 'designe', 'elu', 'choisi'], 2),
  // (or the secretary of a Swiss legislative's Bureau, a member who keeps the minutes: "Secrétaire du Bureau : Mme X")
  anchored(/\bsecreta[il1]re?s?\s+(?:de\s+(?:la\s+)?seance|du\s+bureau|elue?|designee?)(?:\s+(?:elue?|designee?|nommee?))?\s*:\s*/g, ['secreta']),
  // (a label, not "… déposées auprès du secrétariat :")
  anchored(/(?<!\b(?:du|au|le|ce|son|leur)\s)\bsecretariat\s+(?:de\s+(?:la\s+)?seance)?\s*:\s*/g, ['secretariat']),
  // (or the verb for a label: "Assure le secrétariat de séance : MIALHE C.")
  anchored(/(?:^|\n)[ \t]*(?:assurent|assure|a\s+assure)\s+le\s+secretariat(?:\s+de\s+(?:la\s+)?seance)?\s*:\s*/g, ['assure', 'assurent'], 1, 'newline'),
  // "propose de confier le secrétariat de séance à Mme X", "le secrétariat de séance est assuré par M. Y"
  anchored(/\bconfi(?:er|e|ee)\s+(?:le\s+)?secretariat\s+(?:de\s+(?:la\s+)?seance\s+)?a\s+(?=(?:m\.|mme|mlle|mr|monsieur|madame)\s)/g, ['confie', 'confier'], 0),
  // (or in the past: "Le secrétariat de séance a été assuré par Audrey X")
  anchored(/\bsecretariat\s+(?:de\s+(?:la\s+)?seance\s+)?(?:est\s+|a\s+ete\s+|etait\s+)?(?:assuree?|tenue?)\s+par\s+/g, ['secretariat']),
  // (a Québec heading: "Est aussi présente et agit comme secrétaire d'assemblée : Mme X, directrice générale", the name after
  // the colon)
  anchored(/\bagit\s+(?:comme|a\s+titre\s+de|en\s+tant\s+que)\s+secreta[il1]re(?:\s+(?:d'\s?assemblee|de\s+(?:la\s+|l'\s?)?(?:seance|reunion|assemblee)))?\s*:\s*(?=(?:m\.|mme|mlle|me|monsieur|madame)\s)/g, ['agit']),
  // Belgium, Luxembourg: "Secrétaire communal : M. Yves BRAUN" (the one who keeps the minutes)
  anchored(/\bsecreta[il1]re\s+communale?\s*:\s*/g, ['secreta']),
  anchored(/(?:^|\n|[.;]\s)\s*secreta[il1]re\s*:\s*/g, ['secreta'], 0, 'breaks'),
  // (a tab for the colon, at a line start or after a tab: "…, maire<TAB>Secrétaire<TAB>Mme Élodie X"; a label after the
  // chair's in the same line, past tabs or a dash: "Présidence :<TAB>X<TAB><TAB>Secrétaire :<TAB>Y", "Président : M. X – Secrétaire : M. Y")
  // (or two spaces at a line start: "Secrétaire  Mme Sabrina X")
  anchored(/(?<=(?:^|[\n\t])[ \t]*)secreta[il1]re(?:\s+de\s+(?:la\s+)?seance)?(?:\t+|(?<=(?:^|\n)[ \t]*secreta[il1]re(?:\s+de\s+(?:la\s+)?seance)?) {2,})(?=(?:m\.|mme|mr|mrs|monsieur|madame)\s)/g, ['secreta']),
  anchored(/(?<=(?:\t|\s[–—-]\s)[ \t]*)secreta[il1]re(?:\s+de\s+(?:la\s+)?seance)?\s*:\s*/g, ['secreta']),
  // (after the office, in a Belgian roll by office: "Directrice générale, Secrétaire : COLLARD Martine")
  anchored(/(?<=\b(?:directeur|directrice)\s+generale?\s*,\s*)secreta[il1]re\s*:\s*/g, ['secreta']),
  // (a bullet before it: "• Secrétaire : Gérard LAURENS")
  anchored(/(?<=(?:^|\n)[ \t]*[•·▪►➢*–-][ \t]*)secreta[il1]re\s*:\s*/g, ['secreta']),
  // (or "désigne à l'unanimité Mme X comme secrétaire de séance")
  // (the office said in the sentence: "désigne M. X comme représentant" names no secretary)
  anchored(/\b(?:designe|designer|elit|nomme|nommer|choisit)\s+(?:a\s+l'\s?unanimite\s+)?(?=(?:m\.|mme|mr|monsieur|madame)\s[^;]{2,80}?\bsecreta)/g, ['designe', 'elit', 'nomme', 'choisit']),
  // (an installation's bureau in one sentence, the verb said once: "M. X et Mme Y sont désignés assesseurs, M. Z secrétaire.")
  anchored(/\b(?:sont|ont\s+ete)\s+designee?s\s+(?:comme\s+)?assesseu(?:r|se)s\s*,\s*(?=(?:m\.|mme|mlle|mr|monsieur|madame)\s[^,;.:]{2,60}?\ssecreta[il1]re\b)/g, ['assesseurs', 'assesseuses'], 5),
  // a Swiss roll's « Procès-verbal : Mme X, chancelière communale » (the one who keeps the minutes)
  anchored(/(?:^|\n)[ \t]*proces[- ]verbal\s*:\s*(?=(?:m\.|mme|mlle|monsieur|madame)\s)/g, ['verbal'], 1, 'newline'),
  // (a spaced dash for the colon, the label opening its line: "Secrétaire de séance — SOULIÉ Martine."; not an e-mail's signature,
  // "Secrétaire de mairie – Commune de X")
  anchored(/(?:^|\n)[ \t]*secreta[il1]res?\s+de\s+(?:la\s+)?seance[ \t]+[–—-][ \t]+(?=[a-z])/g, ['secreta'], 0, 'newline'),
  // "SECRÉTAIRE DE SÉANCE" alone on its line, the name on the next one
  anchored(/(?:^|\n)[ \t]*secreta[il1]res?\s+de\s+(?:la\s+)?seance[ \t]*(?=\n)/g, ['secreta'], 0, 'newline'),
];

/** "Monsieur X est désigné secrétaire", "X a été élue secrétaire", "X, secrétaire de séance", "X a accepté d'assurer le secrétariat de séance" */
// (or "M. Hugues X, secrétaire de séance, procède à l'appel nominal"; not the staff's "assure le secrétariat administratif")
// (or a roll's "Name / Role" line, Luxembourg: "Tom X / Secrétaire communal")
// (or who writes the minutes, Switzerland: "Mme Lise X tient la plume en qualité de secrétaire du Conseil")
// (or the office said filled: "Mme X, la plus jeune des membres présents, remplit les fonctions de secrétaire")
// (or called to fill it: "M. X, benjamin, est appelé à remplir les fonctions de secrétaire et procède à l'appel nominal")
// (the participle as OCR reads a typed « m »: « M. X a ete nornme secretaire »)
const SECRETARY_BEFORE =
  /(?<=,\s*)secretaire\s+de\s+(?:la\s+)?seance(?=\s*,)|(?<=[^\s\/][ \t]*\/[ \t]*)secretaire(?:\s+communale?|\s+de\s+(?:la\s+)?seance)?(?=[ \t]*(?:\n|$|,|;))|(?:(?:(?:a\s+accepte\s+d'\s?|accepte\s+d'\s?)?assur(?:e|er|ant)|(?:a\s+)?(?:tenu|tient|tenait))\s+(?:le\s+)?secretariat\b(?!\s+(?:administratif|technique|de\s+(?:la\s+)?mairie))|(?:a\s+)?(?:tenu|tient|tenait|redige|a\s+redige)\s+le\s+proces[- ]verbal\b|(?:a\s+)?(?:tenu|tient|tenait)\s+la\s+plume\b|(?:(?:est|a\s+ete|sont|ont\s+ete|etant)\s+(?:designee?s?|elue?s?|no(?:m|rn)(?:m|rn)ee?s?|choisie?s?)(?:\((?:e|s|es)\))*\s+(?:a\s+l'unanimite\s+)?(?:pour\s+remplir\s+les\s+fonctions\s+de\s+|comme\s+|en\s+qualite\s+de\s+|en\s+tant\s+que\s+|pour\s+)?|,[^,.;]{0,60}?\b(?:a\s+titre\s+de|faisant\s+fonction\s+de|agissant\s+(?:a\s+titre\s+de|comme)|(?:qui\s+)?agit\s+(?:a\s+titre\s+de|comme|en\s+tant\s+que))\s+|(?:qui\s+)?(?:remplit|remplissait|a\s+rempli|remplira|(?:est|a\s+ete|etant)\s+(?:appelee?|invitee?|chargee?)\s+(?:a|de)\s+remplir)\s+les\s+fonctions\s+de\s+)secreta[il1]re)/g;

function nameAt(src: SourceText, at: number, order: NameOrder, max = 80): NameRef | null {
  // "M. le Maire Denis Charron", "Madame le Maire, Corinne DUCROCQ": the office, then the name
  const office = /^\s*(?:m\.|mme|monsieur|madame|mon-\s*sieur|ma-\s*dame)?\s*(?:le|la)\s+(?:maire(?:sse)?|presidente?)\b[\s,]*/.exec(src.fold.slice(at, at + 40));
  const start = office && /^[A-ZÀ-Þ]/.test(src.norm.slice(at + office[0].length, at + office[0].length + 1)) ? at + office[0].length : at;
  const slice = src.norm.slice(start, start + max);
  const foldSlice = src.fold.slice(start, start + max);
  STOP.lastIndex = 0;
  // the name ends at the line end, unless a hyphen cut it there ("Mon-\nsieur")
  let nl = slice.search(/(?<!-)\n/);
  // a civility (or nothing yet) at the line end: the name is on the next line ("…, Mme\nChristine DELATTRE")
  // or a civility and a given name, the surname in capitals on the next line ("M. Lionel\nCASSAGNES, Maire")
  // or a surname cut after its particle ("Monsieur Yannick LE" / "GUENNEC.")
  const givenOnly =
    nl >= 0 &&
    (/^\s*(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?\s*$/.test(slice.slice(0, nl)) ||
      // (or a given name alone after the office named first: "Présidence : Madame la Maire, Marie-Jeanne" / "ARROZPIDE.")
      (start > at && /^\s*[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?\s*$/.test(slice.slice(0, nl))) ||
      /^\s*(?:(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+)?[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?\s+(?:LE|LA|DE|DU|DES|DI|DA|VAN|VON|MAC|MC|BEN|EL)\s*$/.test(slice.slice(0, nl)) ||
      // (or the surname after the civility, the given name on the next line: "sous la présidence de M. RAUTUREAU" / "Joseph, Président.")
      // (or a second given name: "sous la présidence de M. LEVEQUE Jean" / "Marie, Président.")
      (/^\s*(?:M\.|Mme|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’-]*(?:\s+[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)?\s*$/.test(slice.slice(0, nl)) && /^[ \t]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]*[,.]/u.test(slice.slice(nl + 1)))) &&
    // (or a surname in small letters ending its clause: "… sous la présidence de Monsieur Clément" / "Bérubé, maire.")
    /^[ \t]*(?:[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’-]*\b|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]*[,.])/u.test(slice.slice(nl + 1));
  let crossed = -1;
  if (nl >= 0 && (givenOnly || /^\s*(?:(?:m\.|mme|mlle|melle|mr\.?|monsieur|madame)\s*)?$/i.test(slice.slice(0, nl)))) {
    crossed = nl;
    const next = slice.slice(nl + 1).search(/(?<!-)\n/);
    nl = next < 0 ? -1 : nl + 1 + next;
  }
  let cut = nl < 0 ? slice.length : nl;
  for (const m of foldSlice.matchAll(STOP)) {
    if (m.index === crossed) continue;
    // not inside a leading civility
    if (/^\s*(?:m|mme|mlle|mr|monsieur|madame|mon-|ma-|mon-\s*sieur|ma-\s*dame)?\.?\s*$/.test(foldSlice.slice(0, m.index!))) continue;
    cut = Math.min(cut, m.index!);
    break;
  }
  const text = slice.slice(0, cut);
  const p = civilitySurnameOnly(text, start) ?? parseEntry(text, start, order).people[0] ?? nameBeforeSentence(text, start, order) ?? smallGivenName(text, start);
  return p ? personRef(src, p) : null;
}

/**
 * A civility and one capitalised word ending the clause: "Secrétaire de séance : Mme Abadie.", a member written by surname
 * alone (the word is the surname; "M." there is the civility, not an initial). Only with the clause's stop or the end after it.
 */
function civilitySurnameOnly(text: string, start: number): PersonText | null {
  const m = /^(\s*(?:M\.|Mme|Mlle|Melle|Monsieur|Madame)\s+)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s*(?:[.,;]|$))/u.exec(text);
  if (!m || NOT_NAME_WORDS.has(foldText(m[2]!))) return null;
  const lead = m[1]!.length - m[1]!.trimStart().length;
  const end = start + m[1]!.length + m[2]!.length;
  return { written: text.slice(lead, m[1]!.length + m[2]!.length), name: m[2]!, civility: m[1]!.trim(), role: null, start: start + lead, end };
}

/**
 * A given name typed in small letters after a civility, the surname capitalised: "Monsieur julien Dormoy". Only
 * after a civility, two words and the text's end or a stop after them.
 */
function smallGivenName(text: string, start: number): PersonText | null {
  const m = /^(\s*(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)([a-zß-ÿ][a-zß-ÿ'’-]+\s+\p{Lu}[\p{L}'’-]+)(?=\s*(?:[.,;]|$))/u.exec(text);
  if (!m) return null;
  const lead = m[1]!.length - m[1]!.trimStart().length;
  const end = start + m[1]!.length + m[2]!.length;
  return { written: text.slice(lead, m[1]!.length + m[2]!.length), name: m[2]!, civility: m[1]!.trim(), role: null, start: start + lead, end };
}

/**
 * A sentence written on after the name without a full stop (flattened minutes:
 * "SECRETAIRE DE SEANCE : PRADEILLES Hélène En application de la loi …"): the
 * name before a capitalised word that opens a sentence.
 */
const SENTENCE_OPENER = /\s(?=(?:En|Le|La|Les|L['’]|Il|Elle|Ils|Après|Conformément|Vu|Au|Aux|À|Sur|Dans|Lors|Par|Pour|Ce|Cette|Considérant|Nombre|Date|Ordre|Monsieur|Madame)\s)/;
function nameBeforeSentence(text: string, start: number, order: NameOrder): PersonText | null {
  const m = SENTENCE_OPENER.exec(text);
  if (!m || m.index === 0) return null;
  const head = text.slice(0, m.index);
  if (head.trim().split(/\s+/).length > 5) return null;
  const parsed = parseEntry(head, start, order);
  return !parsed.prose && parsed.people.length === 1 ? parsed.people[0]! : null;
}

/** How many patterns at the head of a list name the office outright ("Secrétaire de séance :"). */
const EXPLICIT_FORMS = 3;

/**
 * Where the name of a label that is the right cell of its line (« M. Claude X      Secrétaire de séance : », two columns of a
 * PDF's text layer) stands when it follows on the next line: the cell of that line in the label's column, not the line's
 * start (the left column's entry). `labelStart` is where the label starts, `at` where its match ends; `at` itself otherwise.
 */
function rightCellBelow(src: SourceText, labelStart: number, at: number): number {
  const lineStart = src.norm.lastIndexOf('\n', labelStart - 1) + 1;
  if (!/\S[ \t]{3,}$/.test(src.norm.slice(lineStart, labelStart))) return at;
  const breakAt = src.norm.indexOf('\n', labelStart);
  if (breakAt < 0 || breakAt >= at || src.norm.slice(breakAt + 1, at).includes('\n')) return at;
  const col = labelStart - lineStart;
  const next = breakAt + 1;
  const lineEnd = src.norm.indexOf('\n', next);
  const line = src.norm.slice(next, lineEnd < 0 ? src.norm.length : lineEnd);
  for (const c of line.matchAll(/(?:^|[ \t]{2,})(?=\S)/g)) {
    const cell = c.index! + c[0].length;
    if (cell > 0 && Math.abs(cell - col) <= 4) return next + cell;
  }
  return at;
}

/** A Québec head's style with no name after it: "Son Honneur le maire.", "Son Honneur la mairesse," (folded). */
const STYLE_WITHOUT_NAME = /^(?:son|sa)\s+honneur\s+(?:le|la)\s+(?:maire|mairesse|prefete?)\s*(?:[.,;]|$)/;

function firstAfter(src: SourceText, patterns: Anchored[], from: number, to: number, order: NameOrder): NameRef | null {
  const z = zoneOf(src, from, to);
  let best: { at: number; ref: NameRef } | null = null;
  for (const re of patterns) {
    for (const m of matchAnchored(z, re)) {
      const at = from + m.index! + m[0].length;
      if (best && at > best.at) break;
      // (an office named by its style, no name after it: "sous la présidence de Son Honneur le maire." — the maire listed
      // presides, read from the lists)
      if (STYLE_WITHOUT_NAME.test(src.fold.slice(at, at + 40))) continue;
      const ref = nameAt(src, rightCellBelow(src, from + m.index! + (m[0].length - m[0].trimStart().length), at), order);
      if (ref) {
        best = { at, ref };
        break;
      }
    }
    if (best && patterns.indexOf(re) < EXPLICIT_FORMS) break; // the explicit forms (first in each list) win
  }
  return best?.ref ?? null;
}

export function findPresident(src: SourceText, from: number, to: number, order: NameOrder): NameRef | null {
  return firstAfter(src, PRESIDENT_AFTER, from, to, order) ?? nameBefore(src, PRESIDENT_BEFORE, from, to, order) ?? subjectBefore(src, OPENS, from, to, order);
}

/** The comma-separated parts of the sentence that ends at `end`, last first, each with its offset. */
function* partsBefore(src: SourceText, end: number): Generator<{ text: string; at: number }> {
  const sentenceStart = Math.max(src.norm.lastIndexOf('. ', end - 1) + 2, src.norm.lastIndexOf('\n', end - 1) + 1, end - 160);
  const parts = src.norm.slice(sentenceStart, end).split(',');
  let at = end;
  for (let i = parts.length - 1; i >= 0; i--) {
    at -= parts[i]!.length + (i < parts.length - 1 ? 1 : 0);
    yield { text: parts[i]!, at };
  }
}

/** A person read in the text, as the record's name reference (no role or note of its own). */
export function personRef(src: SourceText, p: PersonText): NameRef {
  return { written: src.norm.slice(p.start, p.end), name: p.name, civility: p.civility, role: null, note: null, repaired_from: null, span: src.span(p.start, p.end) };
}

/** The eldest member named in apposition: "le plus âgé des membres du conseil", "doyenne d'âge", "doyen de l'assemblée". */
const ELDEST = /^(?:(?:le|la)\s+plus\s+âg[ée]e?(?:\s+des\s+(?:membres|conseill\w+|élu\w*|délégu\w+)(?:\s+(?:du|de\s+la|de\s+l['’])\s*\p{L}+(?:\s+\p{Ll}+)?)?(?:\s+présents)?)?|(?:le\s+|la\s+)?doyen(?:ne)?(?:\s+d['’]âge|\s+de\s+l['’]assemblée|\s+du\s+conseil(?:\s+\p{Ll}+)?)?)$/iu;

/**
 * The person right before the verb, only roles between them ("M. X, Maire,
 * ouvre la séance"); null when the subject is a role ("Monsieur le Président
 * ouvre la séance") or anything else.
 */
function subjectBefore(src: SourceText, re: Anchored, from: number, to: number, order: NameOrder): NameRef | null {
  for (const m of matchAnchored(zoneOf(src, from, to), re)) {
    // (or the antecedent of a relative clause: "sur convocation de Mme X, maire sortante, qui a ouvert la séance")
    let relative = false;
    for (const part of partsBefore(src, from + m.index!)) {
      const text = part.text.trim();
      if (/^qui$/i.test(text)) {
        relative = true;
        continue;
      }
      // (a relative clause of the subject's between commas: "M. X, maire sortant, qui ne se représentait pas, ouvre la séance")
      if (/^qui\s[\p{Ll}\s'’-]+$/u.test(text)) continue;
      if (text === '' || isRoleOnly(text)) continue;
      // (or the eldest's apposition: "M. X, le plus âgé des membres du conseil, ouvre la séance", "Mme Y, doyenne d'âge, …")
      if (ELDEST.test(text)) continue;
      const parsed = parseEntry(part.text, part.at, order);
      if (parsed.people.length === 1 && !parsed.prose) return personRef(src, parsed.people[0]!);
      // (an item's heading before the subject, a spaced dash between them: "1. Installation – Mme X, doyenne d'âge, ouvre
      // la séance"): the words after the last dash
      const dash = [...part.text.matchAll(/\s[–—-]\s+/g)].at(-1);
      if (dash) {
        const after = dash.index! + dash[0].length;
        const named = parseEntry(part.text.slice(after), part.at + after, order);
        if (named.people.length === 1 && !named.prose) return personRef(src, named.people[0]!);
      }
      const tail = relative ? /(?:M\.|Mme|Monsieur|Madame)\s+\S+(?:\s+\S+){0,3}\s*$/.exec(part.text) : null;
      if (tail) {
        const named = parseEntry(tail[0], part.at + tail.index, order);
        if (named.people.length === 1 && !named.prose) return personRef(src, named.people[0]!);
      }
      break;
    }
  }
  return null;
}

/** The name a sentence gives before the verb `re` matches: the last comma-separated part of the sentence that is a person. */
function nameBefore(src: SourceText, re: Anchored, from: number, to: number, order: NameOrder): NameRef | null {
  for (const m of matchAnchored(zoneOf(src, from, to), re)) {
    for (const part of partsBefore(src, from + m.index!)) {
      const parsed = parseEntry(part.text, part.at, order);
      const p = parsed.people.at(-1);
      if (p && !parsed.prose) return personRef(src, p);
      // (the name closing a clause of prose, a relative clause after it: "… réunis sur convocation de Monsieur X, Maire,
      // qui préside la séance")
      const tail = parsed.prose ? /(?:M\.|Mme|Monsieur|Madame)\s+\S+(?:\s+\S+){0,3}\s*$/.exec(part.text) : null;
      if (tail) {
        const named = parseEntry(tail[0], part.at + tail.index, order);
        if (named.people.length === 1 && !named.prose) return personRef(src, named.people[0]!);
      }
    }
  }
  return null;
}

// (a qualifier between commas may follow the name: "demande à Mme X, benjamine de l'Assemblée, de faire l'appel")
// ("invite Mme X, benjamine, à procéder à l'appel nominal")
// (or a young member called « Mademoiselle »: "Il demande à Mademoiselle X, benjamine de l'Assemblée, de procéder à l'appel")
const ROLL_CALLER = /\b(?:demande\s+a|invite(?:\s+a)?|prie)\s+(?=((?:m\.|mme|mlle|monsieur|madame|mademoiselle)\s[^,.;]{3,60}?)(?:\s*,[^,.;]{1,60},)?\s+(?:de\s+|a\s+|d'\s?|d\s+)(?:proceder\s+a|faire|effectuer)\s+l.?\s?appel)/g;

/**
 * Where a role in apposition starts when it ends with the comma at `commaEnd` (just past ", "): the clause between the
 * comma before it and this one, a role or words in small letters ("benjamine de l'assemblée"), the name before it. Null
 * otherwise.
 */
function appositionBefore(src: SourceText, commaEnd: number): number | null {
  const end = commaEnd - 2;
  if (end <= 0 || src.norm.slice(end, commaEnd) !== ', ') return null;
  const start = src.norm.lastIndexOf(', ', end - 1);
  if (start < 0 || end - start > 62) return null;
  const role = src.norm.slice(start + 2, end);
  return isRoleOnly(role.trim()) || /^[\s\p{Ll}'’-]+$/u.test(role) ? start + 2 : null;
}

/**
 * The label's usual holder said absent, a stand-in named after the comma: "Secrétaire de séance : Mme X étant absente, Mme Y
 * est désignée." (folded). The stand-in keeps the minutes: the name after the comma.
 */
const STAND_IN = /\bsecreta[il1]re(?:\s+de\s+(?:la\s+)?seance)?\s*:\s*[^,;.:\n]{3,60}?\s(?:etant\s+)?(?:absente?|excusee?|empechee?)\s*,\s*(?=(?:m\.|mme|mlle|monsieur|madame)\s)/;

export function findSecretary(src: SourceText, from: number, to: number, order: NameOrder): NameRef | null {
  const standIn = STAND_IN.exec(src.fold.slice(from, to));
  const replaced = standIn ? nameAt(src, from + standIn.index + standIn[0].length, order) : null;
  if (replaced) return replaced;
  const direct = firstAfter(src, SECRETARY_AFTER, from, to, order);
  if (direct) return direct;
  const zone = src.fold.slice(from, to);
  SECRETARY_BEFORE.lastIndex = 0;
  for (const m of zone.matchAll(SECRETARY_BEFORE)) {
    // the name is the subject of the sentence: back to the previous sentence end
    const end = from + m.index!;
    const sentenceStart = Math.max(
      src.norm.lastIndexOf('. ', end - 1) + 2,
      src.norm.lastIndexOf('\n', end - 1) + 1,
      src.norm.lastIndexOf(', ', end - 1) + 2,
      src.norm.lastIndexOf('; ', end - 1) + 2,
      end - 80,
    );
    // (the last of two named in one sentence: "M. X, directeur général, et Me Y, greffière, qui agit comme secrétaire")
    let and = /^\s*(?:et|&)\s+/.exec(src.norm.slice(sentenceStart, end))?.[0].length ?? 0;
    // (a page flattened to one paragraph runs the list above into the sentence, no stop between them: "Excusé : M. Paul X
    // Mme Odile Y est désignée pour assurer le secrétariat": the subject opens at the civility after a surname in capitals)
    const runOn = [...src.norm.slice(sentenceStart + and, end).matchAll(/(?<=\p{Lu}{2,}[ \t]+)(?:M\.|Mme|Mlle|Monsieur|Madame)\s+\p{Lu}/gu)].at(-1);
    if (runOn) and += runOn.index!;
    const text = src.norm.slice(sentenceStart + and, end);
    let p = parseEntry(text, sentenceStart + and, order).people.at(-1);
    // (a role in apposition between the name and the clause: "Yves X, directeur général, qui agit comme secrétaire"): the
    // part before it
    // (… its closing comma right before the clause: "Émilie X, benjamine de l'assemblée, a été désignée secrétaire")
    const apposed = !p && !text.trim() ? appositionBefore(src, sentenceStart) : null;
    if (!p && (isRoleOnly(text.trim()) || /^[\s\p{Ll}'’-]+$/u.test(text) || apposed !== null)) {
      const upTo = apposed ?? sentenceStart;
      const from = Math.max(0, upTo - 100);
      const before = src.norm.slice(from, upTo).replace(/,\s*$/, '');
      const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf('. '), before.lastIndexOf('\n'));
      p = parseEntry(before.slice(cut + 1), from + cut + 1, order).people.at(-1);
    }
    if (!p) {
      // "Mme Chantal Dufresne, directrice générale et greffière, agissant comme secrétaire": the last civility + name before
      // (a lawyer's title is a civility: "M. X, directeur général, et Maître Sophie Y, greffière, qui agit comme secrétaire")
      const back = runOn ? sentenceStart + and : Math.max(0, end - 160);
      // (an initial's dot inside the name: "Le secrétaire-trésorier, M. C. Rioux, est présent et tient le procès-verbal")
      const named = [...src.norm.slice(back, end).matchAll(/(?:\bM\.|\bMme|\bMlle|\bMe|\bMa[îi]tre|\bMonsieur|\bMadame|\bMademoiselle)\s+[A-ZÀ-Þ](?:[^,;:.()\n]|(?<=(?:^|[\s.-])[A-ZÀ-Þ])\.){1,40}/g)].at(-1);
      if (named) p = parseEntry(named[0], back + named.index!, order).people[0];
      // (… up to the last word in capitals: "Mme Elodie X accepte et est désignée secrétaire")
      if (!p && named) {
        const words = /^(?:M\.|Mme|Mlle|Me|Ma[îi]tre|Monsieur|Madame)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}/u.exec(named[0]);
        if (words) p = parseEntry(words[0], back + named.index!, order).people[0];
      }
    }
    // (a surname in small letters after the civility, alone: "Mme Touzé est nommée secrétaire")
    if (!p) {
      const civ = /^\s*(M\.|Mme|Mlle|Monsieur|Madame)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*,?\s*$/u.exec(text);
      if (civ) {
        const at = sentenceStart + and + text.indexOf(civ[2]!, civ[1]!.length);
        p = { written: text.trim(), name: civ[2]!, civility: civ[1]!, role: null, start: at, end: at + civ[2]!.length };
      }
    }
    if (p) return personRef(src, p);
  }
  // no secretary named as such: the member the president asks to call the roll
  // acts as secretary (departmental councils: "demande à Mme X de procéder à l'appel")
  ROLL_CALLER.lastIndex = 0;
  const call = ROLL_CALLER.exec(zone);
  if (call) return nameAt(src, from + call.index! + call[0].length, order, call[1]!.length);
  // (or said in the passive: "Monsieur Kévin X, benjamin de l'assemblée, est invité à procéder à l'appel nominal")
  const passive = ROLL_CALLER_PASSIVE.exec(zone);
  return passive ? nameAt(src, from + passive.index! + passive[0].indexOf(passive[1]!), order, passive[1]!.length) : null;
}

// (or said actively of the benjamin: "M. Thierry X, benjamin de l'Assemblée, procède à l'appel nominal")
const ROLL_CALLER_PASSIVE = /((?:m\.|mme|mlle|monsieur|madame|mademoiselle)\s[^,.;]{3,60}?)(?:\s*,[^,.;]{1,60},)?\s+(?:(?:est|a\s+ete)\s+(?:invitee?|priee?|chargee?)\s+(?:de\s+|a\s+|d'\s?)(?:proceder\s+a|faire|effectuer)|procede\s+a)\s+l.?\s?appel/;

/**
 * The secretary named under a signature block at the end ("La secrétaire de
 * séance,          Le Maire," over "Estelle RIGAL          Hélène MARCHETTI"):
 * the name in the column of the title. Null unless the line after the title
 * holds a person there.
 */
export function secretaryFromSignature(src: SourceText, order: NameOrder): NameRef | null {
  const lines = src.norm.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const title = /(?:^|\s{2,})((?:la\s+|le\s+)?secr[ée]taire(?:\s+de\s+(?:la\s+)?s[ée]ance)?)\s*,?\s*(?:\s{2,}|$)/i.exec(lines[i]!);
    if (!title) continue;
    const column = title.index + title[0].indexOf(title[1]!);
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    if (j >= lines.length || j - i > 3) return null;
    const cells = [...lines[j]!.matchAll(/\S+(?: \S+)*/g)];
    const cell = cells.find((c) => Math.abs(c.index! - column) <= 6) ?? (cells.length === 1 ? cells[0] : undefined);
    if (!cell) return null;
    const start = src.lineStarts[j]! + cell.index!;
    const parsed = parseEntry(cell[0], start, order);
    const p = parsed.people.length === 1 && !parsed.prose ? parsed.people[0]! : null;
    return p ? personRef(src, p) : null;
  }
  return null;
}

/**
 * A Québec extract's certificate, its officer named as the one who certifies the copy (« Je, soussignée, Me Annie X,
 * greffière de la Ville de Y, certifie que l'extrait qui précède est une copie conforme … »): the greffier, greffière or
 * secrétaire-trésorier who keeps the register, the secretary when nothing else names one (as the labels of 11414, 17412, 4701).
 */
export function secretaryCertifying(src: SourceText, order: NameOrder): NameRef | null {
  const m = /\bJe,?\s+soussign[ée]e?,?\s+((?:(?:M\.|Mme|Me|Monsieur|Madame)\s+)?\p{Lu}[^,;\n]{2,50}),\s*(?:greffi[eè]re?|secr[ée]taire|directeur|directrice)\b[^;\n]{0,160}?\bcertifie\b/u.exec(src.norm);
  if (!m) return null;
  const parsed = parseEntry(m[1]!, m.index + m[0].indexOf(m[1]!), order);
  const p = parsed.people.length === 1 && !parsed.prose ? parsed.people[0]! : null;
  return p ? personRef(src, p) : null;
}

/**
 * Nothing else naming who presided, the signature closing the extract: "Pour extraits conformes, le Président, Jacques X",
 * "Le Maire, Anne Y" (in the last 400 characters, the office and then the name on the same line).
 */
export function presidentFromSignature(src: SourceText, order: NameOrder): NameRef | null {
  const from = Math.max(0, src.norm.length - 400);
  const m = [...src.norm.slice(from).matchAll(/(?:^|[\n,.;])[ \t]*(?:pour\s+(?:extraits?\s+conformes?|copie\s+conforme)\s*,\s*)?(?:le|la)\s+(?:pr[ée]sidente?|maire(?:sse)?)\s*,\s*((?:M\.|Mme|Monsieur|Madame)?\s*\p{Lu}[^,;\n]{2,50}?)[ \t]*[.]?[ \t]*(?=\n|$)/giu)].at(-1);
  if (!m) return null;
  const at = from + m.index! + m[0].lastIndexOf(m[1]!);
  const parsed = parseEntry(m[1]!, at, order);
  const p = parsed.people.length === 1 && !parsed.prose ? parsed.people[0]! : null;
  return p ? personRef(src, p) : null;
}

/**
 * The officers a « Bureau : » line names by their role after the name (Geneva councils):
 * "Bureau : Mme Valérie X, présidente ; M. Pierre Y, vice-président ; Mme Delphine Z, secrétaire."
 */
export function bureauOfficers(src: SourceText, from: number, to: number, order: NameOrder): { president: NameRef | null; secretary: NameRef | null } {
  const none = { president: null, secretary: null };
  const m = /(?:^|\n)[ \t]*bureau\s*:\s*/.exec(src.fold.slice(from, to));
  if (!m) return none;
  const start = from + m.index + m[0].length;
  const stop = src.fold.slice(start, Math.min(to, start + 400)).search(/(?<!\b(?:m|mm|mme|mlle|mmes))\.(?:\s|$)|\n[ \t]*\n/);
  const body = src.norm.slice(start, stop < 0 ? Math.min(to, start + 400) : start + stop);
  let president: NameRef | null = null;
  let secretary: NameRef | null = null;
  let at = start;
  // (one officer per line, the roles aligned after the label: "Bureau :   M. X, président" / "   M. Y, secrétaire")
  for (const part of body.split(/;|\n(?=[ \t]*(?:M\.|Mme|Mlle|Monsieur|Madame)\s)/)) {
    const role = /,\s*((?:vice-)?pr[ée]sidente?|secr[ée]taire)\s*$/i.exec(part.trim());
    if (role) {
      const lead = part.length - part.trimStart().length;
      // (another role may come between: "Mme Corinne SAVARY, secrétaire communale, secrétaire")
      const parsed = parseEntry(part.trim().slice(0, role.index).split(',')[0]!, at + lead, order);
      const p = parsed.people.length === 1 && !parsed.prose ? personRef(src, parsed.people[0]!) : null;
      const r = role[1]!.toLowerCase();
      if (p && /^pr/.test(r)) president ??= p;
      else if (p && /^secr/.test(r)) secretary ??= p;
    }
    at += part.length + 1;
  }
  return { president, secretary };
}

