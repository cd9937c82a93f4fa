/**
 * The document page's correction form, without JavaScript: one target
 * (a <select> built from the document), one value, a reason and an
 * optional name. The form's fields become the same CorrectionRequest the
 * API takes (then the same code path: src/http/correction).
 *
 * Targets: `session.date`, `session.convocation_date`, `session.body.name`,
 * `session.place`, `count:s:<key>`, `count:<item>:<key>`, `subject:<item>`,
 * `number:<item>`, `vote:<item>:<for|against|abstain|not_voting|unanimous>`,
 * `name:s:<list>:<index>`.
 */
import { COUNT_KEYS, type ProcessedDocument } from '../domain/index.ts';
import { CorrectionRequest, NAME_LISTS, type Correction } from '../http/correction/correction-schema.ts';
import { HttpError, zodDetails } from '../http/http-error.ts';
import { COUNT_LABELS, VOTE_LABELS } from './labels.ts';

export interface TargetOption {
  value: string;
  label: string;
  group: string;
  current: string;
}

const VOTE_KEYS = ['for', 'against', 'abstain', 'not_voting'] as const;
const LIST_LABELS: Record<(typeof NAME_LISTS)[number], string> = {
  president: 'président', secretary: 'secrétaire', present: 'présent', absent: 'absent', excused: 'excusé', staff: 'autre personne',
  proxy_giver: 'mandant', proxy_holder: 'mandataire',
};

const show = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function correctionTargets(doc: ProcessedDocument): TargetOption[] {
  const p = doc.parsed;
  if (!p) return [];
  const s = p.session;
  const g = 'Séance';
  const out: TargetOption[] = [
    { value: 'session.date', label: 'date de séance (AAAA-MM-JJ)', group: g, current: show(s.date) },
    { value: 'session.convocation_date', label: 'date de convocation (AAAA-MM-JJ)', group: g, current: show(s.convocation_date) },
    { value: 'session.body.name', label: 'organe', group: g, current: show(s.body.name) },
    { value: 'session.place', label: 'lieu', group: g, current: show(s.place) },
    ...COUNT_KEYS.map((k) => ({ value: `count:s:${k}`, label: `nombre de ${COUNT_LABELS[k]}`, group: g, current: show(s.declared[k]?.value) })),
  ];
  if (s.president) out.push({ value: 'name:s:president:0', label: 'nom du président', group: 'Noms', current: s.president.name });
  if (s.secretary) out.push({ value: 'name:s:secretary:0', label: 'nom du secrétaire', group: 'Noms', current: s.secretary.name });
  for (const list of ['present', 'excused', 'absent'] as const) {
    (list === 'present' ? (s.attendance.present ?? []) : s.attendance[list]).forEach((n, i) =>
      out.push({ value: `name:s:${list}:${i}`, label: `${LIST_LABELS[list]} : ${n.name}`, group: 'Noms', current: n.name }),
    );
  }
  for (const d of p.deliberations) {
    const gd = `Point ${d.index + 1}`;
    out.push({ value: `subject:${d.index}`, label: 'objet', group: gd, current: show(d.subject) });
    out.push({ value: `number:${d.index}`, label: 'numéro', group: gd, current: show(d.number) });
    for (const k of VOTE_KEYS) out.push({ value: `vote:${d.index}:${k}`, label: `vote : ${VOTE_LABELS[k]}`, group: gd, current: show(d.vote?.[k]) });
    out.push({ value: `vote:${d.index}:unanimous`, label: 'vote : unanimité (oui/non)', group: gd, current: d.vote ? (d.vote.unanimous ? 'oui' : 'non') : '' });
  }
  return out;
}

const bad = (message: string) => new HttpError(400, 'invalid_correction', message);

function number(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 0) throw bad(`« ${value} » n’est pas un nombre entier positif.`);
  return n;
}

/** One target and its value → a correction (400 when the value does not fit). */
export function targetCorrection(target: string, value: string): Correction {
  const v = value.trim();
  const parts = target.split(':');
  const item = (s: string | undefined) => (s === 's' ? null : Number(s));
  if (target === 'session.date' || target === 'session.convocation_date' || target === 'session.body.name' || target === 'session.place') {
    return { field: target, value: v || null } as Correction;
  }
  switch (parts[0]) {
    case 'count':
      return { field: 'count', deliberation: item(parts[1]), key: parts[2], value: number(v) } as Correction;
    case 'subject':
    case 'number':
      return { field: parts[0], deliberation: Number(parts[1]), value: v || null } as Correction;
    case 'vote': {
      const key = parts[2]!;
      if (key === 'unanimous') {
        if (!/^(oui|non)$/i.test(v)) throw bad('Unanimité : répondez « oui » ou « non ».');
        return { field: 'vote', deliberation: Number(parts[1]), value: { unanimous: v.toLowerCase() === 'oui' } } as Correction;
      }
      return { field: 'vote', deliberation: Number(parts[1]), value: { [key]: number(v) } } as Correction;
    }
    case 'name':
      return { field: 'name', deliberation: item(parts[1]), list: parts[2], index: Number(parts[3]), value: v } as Correction;
  }
  throw bad(`Champ à corriger inconnu : « ${target} ».`);
}

/** The posted form → a validated CorrectionRequest (400 with the issues otherwise). */
export function correctionFromForm(form: Record<string, unknown>): CorrectionRequest {
  const f = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
  const request = {
    corrections: [targetCorrection(f('cible'), f('valeur'))],
    reason: f('raison'),
    ...(f('auteur').trim() ? { author: f('auteur') } : {}),
    ...(f('version') ? { expected_updated_at: f('version') } : {}),
  };
  const r = CorrectionRequest.safeParse(request);
  if (!r.success) {
    const details = zodDetails(r.error, 'formulaire');
    const reason = details.some((d) => d.path === 'reason');
    throw new HttpError(400, 'invalid_correction', reason ? 'Indiquez la raison de la correction (3 caractères au moins).' : `Correction invalide : ${details.map((d) => `${d.path} ${d.message}`).join(' ; ')}.`, details);
  }
  return r.data;
}
