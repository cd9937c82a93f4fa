/**
 * Decision clauses of a deliberation: after "décide :" the items
 * "- d'autoriser …", "- d'approuver …", "- de prélever …", and the
 * capitalised operative verbs of the dispositif ("APPROUVE …", "AUTORISE …",
 * "DIT que …", "PREND ACTE …").
 */
import type { Decision } from '../domain/index.ts';
import { collapseSpaces, type SourceText } from './source.ts';

const INFINITIVE = /(?:^|\n)[ \t]*[-–•*]?[ \t]*(?:\*\*)?[ \t]*(d'|de |d’)(\p{L}+)(?:\*\*)?[ \t]+([^\n]*)/gu;
const OPERATIVE =
  /(?:^|\n|[ \t])[-–•]?[ \t]*((?:APPROUVE|AUTORISE|DÉCIDE|DECIDE|DIT|PREND ACTE|DÉSIGNE|DESIGNE|ADOPTE|ACCEPTE|CHARGE|DONNE|FIXE|ACCORDE|SOLLICITE|ÉMET|EMET|VALIDE|ATTRIBUE|OCTROIE|PRÉCISE|PRECISE|RAPPELLE|ARRÊTE|ARRETE|CONFIE|RETIENT|REFUSE|RENOUVELLE|CRÉE|CREE|SUPPRIME|INSCRIT|MODIFIE|ABROGE|CONFIRME|OPTE|S'ENGAGE)S?)\b[ \t]+([^\n]*)/g;
const DECIDE = /\b(?:d[ée]cide|d[ée]cident|arr[êe]te|d[ée]lib[èe]re)\s*(?:\*\*)?\s*:/i;

/** A final ';' or '.' and the spaces before it removed (only a text ending with one has any). */
function dropEndMark(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  return last === 59 || last === 46 ? s.replace(/\s*[;.]$/, '') : s;
}

export function findDecisions(src: SourceText, from: number, to: number): Decision[] {
  const text = src.norm.slice(from, to);
  const out: Decision[] = [];
  const decide = DECIDE.exec(text);
  if (decide) {
    const after = decide.index + decide[0].length;
    const tail = text.slice(after);
    for (const m of tail.matchAll(INFINITIVE)) {
      const start = from + after + m.index!;
      const joined = `${m[1]}${m[2]} ${m[3]}`;
      const clause = collapseSpaces(joined.includes('**') ? joined.replace(/\*\*/g, '') : joined).trim();
      out.push({ verb: m[2]!.toLowerCase(), text: dropEndMark(clause), span: src.span(start, start + m[0].length) });
      if (out.length > 40) break;
    }
  }
  if (out.length === 0) {
    for (const m of text.matchAll(OPERATIVE)) {
      const start = from + m.index!;
      out.push({ verb: m[1]!.toLowerCase(), text: dropEndMark(collapseSpaces(`${m[1]} ${m[2]}`).trim()), span: src.span(start, start + m[0].length) });
      if (out.length > 40) break;
    }
  }
  return out;
}
