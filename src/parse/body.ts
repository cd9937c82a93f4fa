/**
 * Which body deliberates: its kind (conseil municipal, communautaire,
 * métropolitain, départemental, comité syndical…), its legal system (France,
 * Belgium, Luxembourg, Switzerland, Québec: French CGCT rules only apply to
 * France) and its name as the header gives it.
 */
import type { Body, BodyKind, Jurisdiction } from '../domain/index.ts';
import type { SourceText } from './source.ts';

const KINDS: Array<{ kind: BodyKind; re: RegExp }> = [
  { kind: 'conseil_metropolitain', re: /\bconseil\s+(?:de\s+la\s+)?metropol\w*/g },
  { kind: 'conseil_communautaire', re: /\bconseil\s+(?:communautaire|de\s+communaute|d'agglomeration|de\s+territoire)\b/g },
  { kind: 'conseil_departemental', re: /\bconseil\s+(?:departemental|general)\b/g },
  { kind: 'conseil_regional', re: /\bconseil\s+regional\b/g },
  { kind: 'comite_syndical', re: /\bcomite\s+(?:syndical|du\s+syndicat)\b|\bsyndicat\s+(?:mixte|intercommunal|d'|de\s)/g },
  { kind: 'bureau', re: /\bbureau\s+(?:communautaire|metropolitain|syndical)\b/g },
  { kind: 'conseil_communal', re: /\bconseil\s+communal\b/g },
  { kind: 'conseil_municipal', re: /\bconseil\s+municipal\b|\bconseillers?\s+municipaux\b/g },
];

const JURISDICTIONS: Array<{ j: Jurisdiction; re: RegExp }> = [
  { j: 'QC', re: /\bprovince\s+de\s+quebec\b|\bquebec\b|\bm\.?r\.?c\.?\s+d|\bil\s+est\s+resolu\b|\bappuye\s+par\b/ },
  { j: 'LU', re: /\bgrand-duche\b|\bluxembourg\b|\bcollege\s+des\s+bourgmestre\s+et\s+echevins\b.*\bloi\s+communale\b/ },
  { j: 'BE', re: /\bbourgmestre\b|\bechevins?\b|\bc\.?p\.?a\.?s\.?\b|\bwallon\w*|\bbruxelles\b|\bprovince\s+(?:du|de)\s+(?:brabant|liege|namur|hainaut|luxembourg)|\bcode\s+de\s+la\s+democratie\s+locale\b/ },
  { j: 'CH', re: /\bcanton\s+(?:de|du)\s+(?:vaud|geneve|fribourg|neuchatel|valais|jura|berne)\b|\bconseil\s+general\s+de\s+la\s+commune\b|\bsyndic\b/ },
];

export function findBody(src: SourceText, from: number, to: number): Body {
  const zone = src.fold.slice(from, to);
  let kind: BodyKind | null = null;
  let at = Infinity;
  for (const k of KINDS) {
    k.re.lastIndex = 0;
    const m = k.re.exec(zone);
    if (m && m.index < at) {
      at = m.index;
      kind = k.kind;
    }
  }
  const whole = src.fold.slice(0, Math.min(src.fold.length, to + 4000));
  let jurisdiction: Jurisdiction | null = null;
  for (const j of JURISDICTIONS) {
    if (j.re.test(whole)) {
      jurisdiction = j.j;
      break;
    }
  }
  if (jurisdiction === 'BE' && /\bgrand-duche|\bluxembourg\b(?!\s*\))/.test(whole) && !/province\s+de\s+luxembourg/.test(whole)) jurisdiction = 'LU';
  if (jurisdiction === null && kind !== null) jurisdiction = 'FR';
  if (jurisdiction === 'QC') kind = kind === null || kind === 'conseil_municipal' ? 'conseil_quebec' : kind;
  if ((jurisdiction === 'BE' || jurisdiction === 'LU') && (kind === null || kind === 'conseil_municipal')) kind = 'conseil_communal';
  return { name: bodyName(src, from, to), kind, jurisdiction };
}

const NAME_PATTERNS: RegExp[] = [
  /\b((?:du\s+)?conseil\s+(?:municipal|communautaire|metropolitain|departemental|regional|communal|de\s+communaute)\s+(?:de\s+(?:la\s+)?|du\s+|d'|des\s+)(?![\s\d]|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)[^\n,.;:]{2,60})/,
  /\b(comite\s+syndical\s+(?:du|de\s+la|de|des)\s+[^\n,.;:]{2,80})/,
  /\b((?:commune|ville|mairie|municipalite)\s+(?:de\s+(?:la\s+)?|du\s+|d'\s?|des\s+)[^\n,.;:()]{2,40})/,
  /\b((?:communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|metropole|syndicat\s+(?:mixte|intercommunal)|departement)\s+(?:de\s+|du\s+|d'|des\s+)?[^\n,.;:]{2,80})/,
];

/** The body's name as written in the header ("Conseil métropolitain de Dijon métropole"), trimmed. */
function bodyName(src: SourceText, from: number, to: number): string | null {
  const zone = src.fold.slice(from, Math.min(to, from + 3000));
  for (const re of NAME_PATTERNS) {
    const m = re.exec(zone);
    if (!m) continue;
    const start = from + m.index + (m[0].length - m[1]!.length);
    let name = src.norm.slice(start, start + m[1]!.length).replace(/^du\s+/i, '');
    name = name.replace(/\s+(?:s'est|se\s+sont|sous|en\s+s[ée]ance|à|réuni\w*|reuni\w*|dûment|d[ûu]ment|legalement|légalement|régulièrement|reguli[eè]rement|convoqu\w*|séance|seance|tenue|lors|du\s+\d|le\s+\d|pour|qui|dont)\b.*$/i, '').trim();
    name = name.replace(/\s+\d.*$/, '').replace(/[\s\-–]+$/, '');
    if (name.length >= 5) return name.replace(/\s+/g, ' ');
  }
  return null;
}
