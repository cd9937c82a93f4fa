/**
 * The agenda changed at the chair's request, in a sentence of the opening rather than under a heading of its own: "M. le
 * maire demande l'accord du conseil municipal pour retirer le point n° 7 (convention de servitude) de l'ordre du jour, le
 * dossier n'étant pas complet. Le conseil municipal accepte à l'unanimité." That vote is the session's first; its subject
 * is the change, named as a heading would: « Retrait du point n° 7 (convention de servitude) de l'ordre du jour ».
 * Pure over the folded text (`fold` has the same offsets as `norm`).
 */
import type { SourceText } from './source.ts';

/** The request, its verb, then what it changes up to a stop (a comma, a semicolon or a sentence end outside brackets). */
const AGENDA_REQUEST =
  /\b(?:demande|propose|sollicite)\s+(?:(?:l['’]\s?accord|l['’]\s?autorisation|l['’]\s?avis)\s+(?:du|au)\s+conseil(?:\s+(?:municipal|communautaire|syndical|communal))?\s+|au\s+conseil(?:\s+(?:municipal|communautaire|syndical|communal))?\s+(?:l['’]\s?accord\s+|l['’]\s?autorisation\s+)?)(?:pour\s+|de\s+|d['’]\s?)(retirer|ajouter|reporter|inscrire|rajouter)\s+((?:le|un|les|deux|trois)\s+points?\b(?:[^.;,()\n]|\([^()\n]{0,160}\)){0,240}?)(?=\s*(?:[.;,]|$))/g;

/** The council's assent after the request ("Le conseil municipal accepte à l'unanimité", "… donne son accord"). */
const ASSENT = /\b(?:accepte|approuve|adopte|donne\s+son\s+accord|emet\s+un\s+avis\s+favorable|autorise)\b/;

const NOUN: Record<string, string> = { retirer: 'Retrait', ajouter: 'Ajout', rajouter: 'Ajout', reporter: 'Report', inscrire: 'Inscription' };
/** The article after the noun: « retirer le point » → « Retrait du point », « ajouter un point » → « Ajout d'un point ». */
const ARTICLE: Record<string, string> = { le: 'du', un: "d'un", les: 'des', deux: 'de deux', trois: 'de trois' };

/**
 * The first agenda change asked for in [from, to) and assented to within the 400 characters after it: its subject as a
 * heading would write it, and where the request's words start. Null when none.
 */
export function agendaChangeAsked(src: SourceText, from: number, to: number): { title: string; at: number } | null {
  const zone = src.fold.slice(from, to);
  if (!zone.includes('point')) return null;
  AGENDA_REQUEST.lastIndex = 0;
  for (const m of zone.matchAll(AGENDA_REQUEST)) {
    const end = m.index + m[0].length;
    if (!ASSENT.test(zone.slice(end, end + 400))) continue;
    const objectAt = from + m.index + m[0].length - m[2]!.length;
    const written = src.norm.slice(objectAt, from + end).replace(/\s+/g, ' ').trim();
    const article = /^(\S+)\s+/.exec(written)!;
    const rest = written.slice(article[0].length);
    return { title: `${NOUN[m[1]!]} ${ARTICLE[article[1]!.toLowerCase()] ?? article[1]} ${rest}`, at: from + m.index };
  }
  return null;
}
