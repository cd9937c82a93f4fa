/**
 * Relations stated inside an attendance entry: a proxy ("X pouvoir à Y",
 * "X a donné procuration à Y", "X représenté par Y", "Y (pouvoir de X)"),
 * a substitution ("X remplacé par son suppléant Y", "Y (remplace X)"),
 * or a partial presence ("arrivée au point 2", "jusqu'au point 13").
 * Patterns run on folded text (an entry may be wrapped over lines: `.` matches
 * newlines); offsets index the entry text.
 */

export type Relation =
  | { type: 'proxy'; giver: [number, number]; holder: [number, number] | null }
  | { type: 'substitution'; titular: [number, number]; substitute: [number, number] };

/** The proxy as a noun phrase: "a donné pouvoir", "procuration écrite", "pouvoir de voter en son nom". */
// (or the vote itself handed over, a verb before it: "a délégué son droit de vote à Y")
// (its kind written too, one qualifier after another: "pouvoir écrit de voter en son nom à Y")
const V = String.raw`(?:(?:\b(?:qui\s+)?(?:(?:a|ont|ayant|avait|avaient)\s+(?:egalement\s+|aussi\s+)?)?(?:donne|donnee|remis|confie|delegue|transmis)\s+)?(?:\b(?:un|son|sa|une)\s+)?\b(?:pouvoir|procuration|mandat|delegation)(?:\s+(?:de\s+vote|ecrite?|(?:de|pour)\s+voter(?:\s+en\s+(?:son|leur)\s+nom|\s+a\s+(?:sa|leur)\s+place)?)){0,2}(?:\s+(?:donnee?|remise?|confiee?|transmise?))?|\b(?:qui\s+)?(?:(?:a|ont|ayant|avait|avaient)\s+)?(?:delegue|donne|confie|transmis)\s+(?:son|sa|leur)\s+droit\s+de\s+vote)`;
const TO = String.raw`\s+(?:a|au|aux|en\s+faveur\s+de|pour)\s+`;

const FORWARD = new RegExp(String.raw`^(.+?)[\s,]*(?:\(\s*|:\s*|-\s+|–\s+)?${V}${TO}(.*?)[\s).,;]*$`, 's');
const FORWARD_SHORT = new RegExp(String.raw`^(.+?)[\s,]*(?:\(\s*)?(?<![a-z])(?:donne|a\s+donne|ayant\s+donne)${TO}(.*?)[\s).,;]*$`, 's');
const REPRESENTED = /^(.+?)[\s,]*(?:\(\s*)?(?:est\s+|etait\s+|s'est\s+faite?\s+|se\s+fait\s+|s'etait\s+faite?\s+)?represente[er]?\s+par\s+(.*?)[\s).,;]*$/s;
// ("pouvoir d'Ophélie X à Y": elided before a vowel)
const REVERSE = new RegExp(String.raw`^(?:${V})\s+(?:(?:de|du)\s+|d'\s?(?=[aeiouyh]))(.+?)${TO}(.*?)[\s).,;]*$`, 's');
/** "pouvoir de M. X détenu par Mme Y", "X (procuration tenue par Y)": the holder after a participle and « par ». */
const HELD = String.raw`\s+(?:detenue?|tenue?|portee?|exercee?)\s+par\s+`;
const REVERSE_HELD = new RegExp(String.raw`^(?:${V})\s+(?:(?:de|du)\s+|d'\s?(?=[aeiouyh]))(.+?)${HELD}(.*?)[\s).,;]*$`, 's');
const FORWARD_HELD = new RegExp(String.raw`^(.+?)[\s,]*(?:\(\s*|:\s*|-\s+|–\s+)?${V}${HELD}(.*?)[\s).,;]*$`, 's');
/** The holder first: "M. PICHON détient le pouvoir de Mme LEROUX", "Ronan X a reçu procuration d'Annaïg Y". */
// (or several: "Mme X détient les pouvoirs de M. A et de Mme B")
const HOLDER_FIRST = /^(.+?)[\s,]*(?:\(\s*)?\b(?:detient|a\s+recu|recoit|porte|est\s+porteu(?:r|se)\s+d[eu])\s+(?:(?:le|la|les|un|une|deux|du|de\s+la)\s+)?(?:pouvoirs?|procurations?|mandats?)(?:\s+de\s+vote)?\s+(?:de|du|d'\s?)\s*(.*?)[\s).,;]*$/s;
/** In a proxy list, after a holder-first entry: "Mme BRUNEAU celui de M. TESSIER". */
const CELUI_DE = /^(.+?)\s+celui\s+(?:de|du|d'\s?)\s*(.*?)[\s.,;]*$/s;
/** In a proxy list, the holder first after « à » and the giver after « par »: "- à Jos X / Échevin par Vera Y / Conseillère". */
const TO_BY = /^(?:[-–—•*]\s*)?(?:a|au)\s+((?:m\.|mme|monsieur|madame|[a-zà-ÿ]).+?)\s+par\s+((?:m\.|mme|monsieur|madame|[a-zà-ÿ]).*?)[\s.,;]*$/s;
const ARROW = /^(.+?)\s*(?:→|->|=>|⇒)\s*(.+?)[\s.,;]*$/s;
/** Abbreviated in brackets: "X (pvr Y)", "X (proc. à Y)", "X (pouv. Y)". */
const ABBREVIATED = /^(.+?)[\s,]*\(\s*(?:pvr|pvoir|pouv\.?|proc\.?|procur\.?)(?:\s+(?:a|au))?\s+(.*?)[\s).,;]*$/s;
const BARE_TO = /^(.+?)\s+(?:a|au)\s+((?:m\.|mme|mlle|mr|monsieur|madame|mademoiselle|[a-zà-ÿ]).*?)[\s.,;]*$/s;
/** In a proxy list: "- de Mme X à M. Y", "de Mme X en faveur de M. Y". */
const DE_TO = /^(?:[-–—•*]\s*)?(?:de|du)\s+((?:m\.|mme|mlle|mr|monsieur|madame|mademoiselle|[a-zà-ÿ]).+?)(?:\s+(?:a|au|en\s+faveur\s+(?:de|du))\s+|\s+en\s+faveur\s+d'\s?)((?:m\.|mme|mlle|mr|monsieur|madame|mademoiselle|[a-zà-ÿ]).*?)[\s.,;]*$/s;
const BARE_PAR = /^(.+?)\s+par\s+((?:m\.|mme|mlle|mr|monsieur|madame|mademoiselle|[a-zà-ÿ]).*?)[\s.,;]*$/s;
const SUBST_BY = /^(.+?)[\s,]*(?:\(\s*)?(?:remplacee?|suppleee?|representee?\s+par\s+(?:son|sa)\s+suppleante?)\s+(?:par\s+)?(?:(?:son|sa|le|la)\s+)?(?:suppleante?\s+)?(?:(?:m\.|mme|mr|monsieur|madame)\s+)?(.*?)[\s).,;]*$/s;
// (not "maire suppléant de Saint-Octave": a mayor's office in the town named; nor "délégué suppléant de la commune de X":
// the seat's commune, the member replaced named after it, "… en remplacement de M. Y")
const SUBST_FOR = /^(.+?)[\s,]*(?:\(\s*)?(?:(?:remplacant|remplacante|remplace|supplee|(?<!(?:maires?|mairesses?)[- ])suppleante?\s+de(?!\s+(?:la\s+)?(?:commune|ville|communaute|metropole|syndicat|ccas)\b)|en\s+remplacement\s+de)\s+|(?<!(?:maires?|mairesses?)[- ])suppleante?\s+d'\s?)(?:(?:m\.|mme|mr|monsieur|madame)\s+)?(.*?)[\s).,;]*$/s;

function range(fold: string, m: RegExpExecArray, group: number): [number, number] | null {
  const g = m[group];
  if (g === undefined || !g.trim()) return null;
  const idx = m.index + m[0].indexOf(g, group === 1 ? 0 : (m[1]?.length ?? 0));
  return [idx, idx + g.length];
}

/** Words one of which every relation but the bare "X à Y" of a proxy list contains. */
const RELATION_HINT = /pouvoir|procuration|mandat|delegation|represent|donne|rempla|supple|→|->|=>|⇒|\((?:pvr|pvoir|pouv|proc)\b/;

/** What a proxy is for, written after its holder: "… à M. X pour voter en son nom", "… jusqu'à son arrivée" (folded). */
const PURPOSE = /\s+(?:pour\s+(?:voter|(?:le|la|les)\s+representer|la\s+seance|l'\s?ensemble|toute\s+la|les?\s+points?)|jusqu'|a\s+partir\s+d|des\s+l)/;

/** The holder's range of a match: the group, without the proxy's purpose after the name. */
function holderRange(fold: string, m: RegExpExecArray, group: number): [number, number] | null {
  const r = range(fold, m, group);
  if (!r) return null;
  const purpose = PURPOSE.exec(fold.slice(r[0], r[1]));
  return purpose && purpose.index > 0 ? [r[0], r[0] + purpose.index] : r;
}

/** Finds the relation stated in an entry (folded text). `proxySection`: bare "X à Y" is a proxy. */
export function findRelation(fold: string, proxySection: boolean): Relation | null {
  if (!proxySection && !RELATION_HINT.test(fold)) return null;
  const lead = fold.length - fold.trimStart().length;
  if (lead > 0) {
    const r = findRelation(fold.slice(lead), proxySection);
    if (!r) return null;
    const shift = (x: [number, number]): [number, number] => [x[0] + lead, x[1] + lead];
    return r.type === 'proxy'
      ? { type: 'proxy', giver: shift(r.giver), holder: r.holder ? shift(r.holder) : null }
      : { type: 'substitution', titular: shift(r.titular), substitute: shift(r.substitute) };
  }
  const held = HOLDER_FIRST.exec(fold) ?? (proxySection ? (CELUI_DE.exec(fold) ?? TO_BY.exec(fold)) : null);
  if (held) {
    const holder = range(fold, held, 1);
    const giver = range(fold, held, 2);
    if (giver && holder) return { type: 'proxy', giver, holder };
  }
  let m = REVERSE_HELD.exec(fold) ?? REVERSE.exec(fold);
  if (m) {
    const giver = range(fold, m, 1);
    if (giver) return { type: 'proxy', giver, holder: holderRange(fold, m, 2) };
  }
  for (const re of [FORWARD_HELD, FORWARD, REPRESENTED, FORWARD_SHORT, ARROW, ABBREVIATED]) {
    m = re.exec(fold);
    if (m) {
      const giver = range(fold, m, 1);
      if (giver && !/suppleant/.test(fold)) return { type: 'proxy', giver, holder: holderRange(fold, m, 2) };
    }
  }
  m = SUBST_BY.exec(fold);
  if (m && /remplace|supplee|suppleant/.test(fold)) {
    const a = range(fold, m, 1);
    const b = range(fold, m, 2);
    if (a && b) return { type: 'substitution', titular: a, substitute: b };
  }
  m = SUBST_FOR.exec(fold);
  if (m) {
    const a = range(fold, m, 1);
    const b = range(fold, m, 2);
    if (a && b) return { type: 'substitution', titular: b, substitute: a };
  }
  if (proxySection) {
    m = DE_TO.exec(fold);
    if (m) {
      const giver = range(fold, m, 1);
      if (giver) return { type: 'proxy', giver, holder: range(fold, m, 2) };
    }
    // "Représentés : Mme X par M. Y"
    m = BARE_PAR.exec(fold);
    if (m) {
      const giver = range(fold, m, 1);
      if (giver) return { type: 'proxy', giver, holder: range(fold, m, 2) };
    }
    m = BARE_TO.exec(fold);
    if (m) {
      const giver = range(fold, m, 1);
      if (giver) return { type: 'proxy', giver, holder: range(fold, m, 2) };
    }
  }
  return null;
}

/** A parenthesised note about the entry's person. */
export type NoteMeaning =
  | { type: 'holds-proxy-of'; other: string }
  | { type: 'gives-proxy-to'; other: string }
  | { type: 'replaced-by'; other: string }
  | { type: 'replaces'; other: string }
  | { type: 'partial' }
  | { type: 'excused' }
  | { type: 'other' };

const PARTIAL = /\b(?:arrivee?s?|arrive|parti|partie|quitte|depart|jusqu|a\s+partir|absente?\s+(?:a|lors|pour)|retard|sortie?|point|points|deliberation|avant\s+le\s+vote|apres\s+le\s+vote|prend\s+part)\b/;

export function noteMeaning(fold: string, raw: string): NoteMeaning {
  const meaning = relationOfNote(fold, raw);
  // "(chambres d'hôtes, pouvoir remis à X)": a qualifier, then the relation after a comma
  if (meaning.type === 'other' && fold.includes(',')) {
    const f = fold.lastIndexOf(',');
    const r = raw.lastIndexOf(',');
    const tail = relationOfNote(fold.slice(f + 1), raw.slice(r + 1));
    if (tail.type === 'gives-proxy-to' || tail.type === 'holds-proxy-of' || tail.type === 'replaced-by' || tail.type === 'replaces') return tail;
  }
  return meaning;
}

/** "(+ pouvoirs de Mme A et de M. B)", "(porteur du pouvoir de X)" */
// (or "a reçu mandat de M. X", "reçoit le pouvoir de Mme Y": the holder's verb)
const HOLDS_PROXY_OF = new RegExp(String.raw`^(?:\+\s*)?(?:${V}|pouvoirs|procurations|porteu(?:r|se)\s+(?:du|d'un|des)\s+pouvoirs?|(?:a\s+recu|recoit)\s+(?:le\s+|la\s+|un\s+|une\s+)?(?:pouvoir|procuration|mandat|delegation)(?:\s+de\s+vote)?)\s+(?:de(?!\s+voter?\b)|du|d'|donne\s+par)\s*`);
const GIVES_PROXY_TO = new RegExp(String.raw`^${V}${TO}`);

function relationOfNote(fold: string, raw: string): NoteMeaning {
  const t = fold.trim();
  const cut = (re: RegExp) => raw.slice((re.exec(t)?.index ?? 0) + (re.exec(t)?.[0].length ?? 0)).trim();
  let re = HOLDS_PROXY_OF;
  if (re.test(t)) return { type: 'holds-proxy-of', other: cut(re) };
  re = GIVES_PROXY_TO;
  if (re.test(t)) return { type: 'gives-proxy-to', other: cut(re) };
  // "représenté par son suppléant (M. X)": a substitution, not a proxy
  re = /^(?:(?:representee?|remplacee?)\s+par(?:\s+(?:son|sa))?\s+suppleante?|remplacee?\s+par(?:\s+(?:son|sa))?|suppleee?\s+par)(?:\s+|\s*$)/;
  if (re.test(t)) return { type: 'replaced-by', other: cut(re) };
  re = /^representee?\s+par\s+/;
  // (… or "représenté par M. X, suppléant": the substitute named, then his seat)
  if (re.test(t) && /,\s*(?:son\s+|sa\s+)?(?:delegue\s+)?suppleante?\b[^,]*$/.test(t)) return { type: 'replaced-by', other: cut(re).replace(/\s*,\s*(?:son\s+|sa\s+)?(?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\b[^,]*$/i, '') };
  if (re.test(t)) return { type: 'gives-proxy-to', other: cut(re) };
  // "(par Mme Y, suppléante)" after a titulaire: the substitute who sat in the seat, named with her seat
  re = /^par\s+/;
  if (re.test(t) && /,\s*(?:son\s+|sa\s+)?(?:delegue\s+)?suppleante?\s*$/.test(t)) return { type: 'replaced-by', other: cut(re).replace(/\s*,\s*(?:son\s+|sa\s+)?(?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\s*$/i, '') };
  // abbreviated: "(pvr Y)", "(proc. à Y)", "(pouv. Y)"
  re = /^(?:pvr|pvoir|pouv\.?|proc\.?|procur\.?)(?:\s+(?:a|au))?\s+/;
  if (re.test(t)) return { type: 'gives-proxy-to', other: cut(re) };
  // ("délégué suppléant de M. X, avec voix délibérative")
  re = /^(?:(?:remplace|supplee|(?:(?:delegue|conseill(?:er|ere)|membre)e?\s+)?suppleant(?:e|\(e\))?\s+de|en\s+remplacement\s+de)\s+|(?:(?:delegue|conseill(?:er|ere)|membre)e?\s+)?suppleant(?:e|\(e\))?\s+d'\s?)/;
  if (re.test(t)) return { type: 'replaces', other: cut(re) };
  if (/^excusee?s?\.?$/.test(t)) return { type: 'excused' };
  if (PARTIAL.test(t)) return { type: 'partial' };
  return { type: 'other' };
}
