/**
 * Which body deliberates: its kind (conseil municipal, communautaire,
 * métropolitain, départemental, comité syndical…), its legal system (France,
 * Belgium, Luxembourg, Switzerland, Québec: French CGCT rules only apply to
 * France) and its name as the header gives it.
 */
import type { Body, BodyKind, Jurisdiction } from '../domain/index.ts';
import { anchored, firstAnchored, guard, passes, zoneOf, type Anchored } from './scan.ts';
import { foldText, type SourceText } from './source.ts';

// tried only at their keywords (scan.ts): the first word of each alternative ("conseil", "comite"…),
// or "metropol" after "conseil de la"
const KINDS: Array<{ kind: BodyKind; re: Anchored }> = [
  { kind: 'conseil_metropolitain', re: anchored(/\bconseil\s+(?:de\s+la\s+)?metropol\w*/g, ['metropol'], 3) },
  // (a district, the grouping of communes of 1959–1999: "Conseil de District", "le Conseil du District de X")
  { kind: 'conseil_communautaire', re: anchored(/\bconseil\s+(?:communautaire|de\s+communaute|d'agglomeration|de\s+territoire|d[eu]\s+district)\b/g, ['conseil']) },
  { kind: 'conseil_departemental', re: anchored(/\bconseil\s+(?:departemental|general)\b/g, ['conseil']) },
  { kind: 'conseil_regional', re: anchored(/\bconseil\s+regional\b/g, ['conseil']) },
  { kind: 'comite_syndical', re: anchored(/\bcomite\s+(?:syndical|du\s+syndicat)\b|\bsyndicat\s+(?:mixte|intercommunal|d'|de\s)/g, ['comite', 'syndicat']) },
  { kind: 'bureau', re: anchored(/\bbureau\s+(?:communautaire|metropolitain|syndical)\b/g, ['bureau']) },
  { kind: 'conseil_communal', re: anchored(/\bconseil\s+communal\b/g, ['conseil']) },
  // (or in a bulletin's heading: "COMPTES RENDUS DES CONSEILS MUNICIPAUX")
  { kind: 'conseil_municipal', re: anchored(/\bconseil\s+municipal\b|\bconseils\s+municipaux\b|\bconseillers?\s+municipaux\b/g, ['conseil', 'conseils']) },
  // abbreviated by hand: "le Cons. mun.", "Cons. municipal"
  { kind: 'conseil_municipal', re: anchored(/\bcons\.\s?mun(?:\.|icipal\b)/g, ['cons']) },
  // a commune's social action centre (CASF: its board deliberates with a quorum of the majority of its members in office)
  { kind: 'autre', re: anchored(/\bccas\b|\bcentre\s+communal\s+d'\s?action\s+sociale\b/g, ['ccas', 'centre']) },
];

/** A commune's council named otherwise: the town hall or the commune, and its maire. */
const COMMUNE = /\b(?:mairie|commune)\s+(?:de|d'|des|du)\b/;
const MAIRE = /\bmaire\b/;

/**
 * `keys`: every match holds one of these words at a word start, or (`also`)
 * one of these strings: the pattern runs only on texts that have one.
 * "m.r.c" and "c.p.a.s" have no 3-letter word when dotted: "mrc"/"cpa" or the dotted pairs.
 */
const J = (j: Jurisdiction, re: RegExp, keys: string[], also: RegExp | null) => ({ j, re, keys: guard(re, keys), also });
const JURISDICTIONS: Array<{ j: Jurisdiction; re: RegExp; keys: Anchored; also: RegExp | null }> = [
  J('QC', /\bprovince\s+de\s+quebec\b|\bquebec\b|\bm\.?r\.?c\.?\s+d|\bil\s+est\s+resolu\b|\bappuye\s+par\b/, ['quebec', 'mrc', 'resolu', 'appuye'], /m\.r|mr\./),
  J('LU', /\bgrand-duche\b|\bluxembourg\b|\bcollege\s+des\s+bourgmestre\s+et\s+echevins\b.*\bloi\s+communale\b/, ['duche', 'luxembourg', 'college'], null),
  // (a CPAS named in full, its council too: "Centre public d'aide sociale", "Conseil de l'aide sociale", Belgian only)
  J('BE', /\bbourgmestre\b|\bechevins?\b|\bc\.?p\.?a\.?s\.?\b|\bwallon\w*|\bbruxelles\b|\bprovince\s+(?:du|de)\s+(?:brabant|liege|namur|hainaut|luxembourg)|\bcode\s+de\s+la\s+democratie\s+locale\b|\bcentre\s+public\s+d'\s?aide\s+sociale\b|\bconseil\s+de\s+l'\s?aide\s+sociale\b/, ['bourgmestre', 'echevin', 'cpa', 'wallon', 'bruxelles', 'province', 'democratie', 'sociale'], /c\.p|cp\./),
  J('CH', /\bcanton\s+(?:de|du)\s+(?:vaud|geneve|fribourg|neuchatel|valais|jura|berne)\b|\bconseil\s+general\s+de\s+la\s+commune\b|\bsyndic\b/, ['canton', 'general', 'syndic'], null),
];

export function findBody(src: SourceText, from: number, to: number): Body {
  const z = zoneOf(src, from, to);
  let kind: BodyKind | null = null;
  let at = Infinity;
  for (const k of KINDS) {
    const m = firstAnchored(z, k.re);
    if (m && m.index < at) {
      at = m.index;
      kind = k.kind;
    }
  }
  const whole = src.fold.slice(0, Math.min(src.fold.length, to + 4000));
  const wz = zoneOf(src, 0, whole.length, whole);
  let jurisdiction: Jurisdiction | null = null;
  for (const j of JURISDICTIONS) {
    if (passes(wz, j.keys, j.also !== null && j.also.test(whole)) && j.re.test(whole)) {
      // (a surname in capitals after a given name is no role: "Mme Catherine ECHEVIN")
      if (j.j === 'BE' && !j.re.test(foldText(src.norm.slice(0, whole.length).replace(/(?<=\p{Lu}\p{Ll}+[ \t]+)\p{Lu}{3,}\b/gu, (w) => ' '.repeat(w.length))))) continue;
      jurisdiction = j.j;
      break;
    }
  }
  if (jurisdiction === 'BE' && /\bgrand-duche|\bluxembourg\b(?!\s*\))/.test(whole) && !/province\s+de\s+luxembourg/.test(whole)) jurisdiction = 'LU';
  if (kind === null && jurisdiction === null && COMMUNE.test(whole) && MAIRE.test(whole)) kind = 'conseil_municipal';
  // (or a page headed by its commune and never naming the maire: "COMMUNE DE X" / "Compte rendu sommaire de la séance du …")
  if (kind === null && (jurisdiction === null || jurisdiction === 'FR') && /^(?:[^\n]*\n){0,3}[ \t]*(?:commune|mairie|ville)\s+(?:de|d'|du|des)\b[^\n]*\n/.test(src.fold.slice(0, 400)) && /\bseance\b/.test(whole)) kind = 'conseil_municipal';
  // the grouping named in the header, its council only called "le conseil": "COMMUNAUTÉ URBAINE — Pays de X" / "… DU CONSEIL"
  if (kind === null && jurisdiction === null) {
    const head = src.fold.slice(from, Math.min(to, from + 400));
    if (/\bcommunaute\s+(?:urbaine|de\s+communes|d'agglomeration)\b/.test(head) && /\bconseil\b/.test(head)) kind = 'conseil_communautaire';
    else if (/\bmetropole\b/.test(head) && /\bconseil\b/.test(head)) kind = 'conseil_metropolitain';
  }
  if (jurisdiction === null && kind !== null) jurisdiction = 'FR';
  // (no body named at all, a page starting at its lists: euros and the French council's words, no other country's mark)
  if (jurisdiction === null && kind === null && /€|\beuros?\b/.test(whole) && /\b(?:procurations?|secretaire\s+de\s+seance|compte\s+rendu)\b/.test(whole)) jurisdiction = 'FR';
  if (jurisdiction === 'QC') kind = kind === null || kind === 'conseil_municipal' ? 'conseil_quebec' : kind;
  if ((jurisdiction === 'BE' || jurisdiction === 'LU') && (kind === null || kind === 'conseil_municipal')) kind = 'conseil_communal';
  return { name: bodyName(src, from, to), kind, jurisdiction };
}

// tried only at their first words (scan.ts); "du" may precede "conseil"
// (not "le Conseil municipal de cette commune", "… de la commune": no name; the header's « Commune de X » names it)
// (its name may wrap after « de » at a line end: "le Conseil municipal de la commune de" / "Trébérien-sur-Aulne, …")
const NAME_PATTERNS: Anchored[] = [
  anchored(/\b((?:du\s+)?conseil\s+(?:municipal|communautaire|metropolitain|departemental|regional|communal|de\s+communaute)\s+(?:de\s+(?:la\s+)?|du\s+|d'|des\s+)(?![\s\d]|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|cette|notre|ladite)\b|commune\b(?!\s+(?:de|d'|du|des)\b))[^\n,.;:]{2,60}(?:(?<=\s(?:de|du|des|d'))[ \t]*\n[ \t]*[^\n,.;:]{2,40})?)/, ['conseil'], 1),
  anchored(/\b(comite\s+syndical\s+(?:du|de\s+la|de|des)\s+[^\n,.;:]{2,80})/, ['comite']),
  anchored(/\b((?:commune|ville|mairie|municipalite)\s+(?:de\s+(?:la\s+)?|du\s+|d'\s?|des\s+)[^\n,.;:()]{2,40})/, ['commune', 'ville', 'mairie', 'municipalite']),
  // (its name on the same line or the next: "MÉTROPOLE" ending its line is no name with the next line's title, "EXTRAIT DU
  // REGISTRE …", "CONSEIL MÉTROPOLITAIN")
  anchored(/\b((?:communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|metropole|syndicat\s+(?:mixte|intercommunal)|departement)(?:[ \t]+|[ \t]*\n[ \t]*(?!(?:extrait|conseil|bureau|comite|proces|compte|seance|session|registre|deliberation|transcription|demande|reunion)\b))(?:de[ \t]+|du[ \t]+|d'|des[ \t]+)?[^\n,.;:]{2,80})/, ['communaute', 'metropole', 'syndicat', 'departement']),
  // (or before the word, a line of its own: "RIVES D'AURANCE MÉTROPOLE")
  anchored(/(?:^|\n)[ \t]*([a-z][^\n,.;:]{2,60}?[ \t](?:metropole|agglomeration))[ \t]*(?=\n)/, ['metropole', 'agglomeration'], 8, 'newline'),
];

/** The body's name as written in the header ("Conseil métropolitain de Dijon métropole"), trimmed. */
function bodyName(src: SourceText, from: number, to: number): string | null {
  const z = zoneOf(src, from, Math.min(to, from + 3000));
  for (const re of NAME_PATTERNS) {
    const m = firstAnchored(z, re);
    if (!m) continue;
    const start = from + m.index + (m[0].length - m[1]!.length);
    let name = src.norm.slice(start, start + m[1]!.length).replace(/^du\s+/i, '');
    name = name.replace(/\s+(?:s'est|se\s+sont|sous|en\s+s[ée]ance|à|réuni\w*|reuni\w*|dûment|d[ûu]ment|legalement|légalement|régulièrement|reguli[eè]rement|convoqu\w*|séance|seance|tenue|lors|du\s+\d+|le\s+\d+|pour|qui|dont)\b.*$/i, '').trim();
    name = name.replace(/\s+\d.*$/, '').replace(/[\s\-–]+$/, '').replace(/\s+(?:le|la|les|du|de|des|au|aux)$/i, '');
    // (not the weekday of the date that follows: "COMITÉ SYNDICAL DU LUNDI 15 FÉVRIER 2021")
    name = name.replace(/\s+(?:du|de|le)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i, '').trim();
    if (name.length >= 5) return name.replace(/\s+/g, ' ');
  }
  return null;
}
