/**
 * Generated, invented material for the store benchmark (seeded: the same
 * run gives the same corpus): deliberation extracts as text (for the
 * ingest rate through the real pipeline) and ready-made ProcessedDocuments
 * (to load 100,000 records quickly for search latency).
 */
import { createHash } from 'node:crypto';
import { emptyAttendance, emptyCounts, type Deliberation, type NameRef, type ProcessedDocument } from '../src/domain/index.ts';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const GIVEN = ['Jean', 'Marie', 'Luc', 'Anne', 'Paul', 'Claire', 'Hugo', 'Léa', 'Rémi', 'Inès', 'Yves', 'Odile', 'Karim', 'Nadia', 'Jean-Marc', 'Marie-Hélène', 'Théo', 'Agnès', 'Bruno', 'Sylvie'];
const SURNAMES = ['MARTEL', 'ROUSSEAU', 'GARNIER', 'LEFÈVRE', 'BONNET', 'FAURE', 'MERCIER', 'BLANCHARD', 'GUÉRIN', 'BOYER', 'CHEVALIER', 'LEMAIRE', 'COLLIN', 'VIDAL', 'RENAUD', 'PERRIN', 'MOREL', 'GIRARDOT', 'ARNAUD', 'BARRÉ', 'DUMAS', 'LACROIX', 'BRUN', 'ROY', 'NOËL', 'HUET', 'CARON', 'PICARD', 'MAILLARD', 'AUBERT'];
const TOWNS = ['Valbrune', 'Saint-Orbel', 'Hautval', 'Montrefort', 'Lézignac', 'Brévannes-sur-Loue', 'Corbigny-le-Haut', 'Sainte-Aurore', 'Pradelles', 'Vaudricourt'];
const TOPICS = [
  ['Attribution de subventions aux associations sportives', 'subventions versées aux clubs et associations de la commune'],
  ['Budget primitif', 'équilibre du budget primitif en fonctionnement et en investissement'],
  ['Contrat local des solidarités', "engagements de l'État et de la collectivité en faveur de l'insertion et des solidarités"],
  ['Rénovation énergétique des écoles', 'travaux d’isolation et de chauffage des bâtiments scolaires'],
  ['Tarifs de la restauration scolaire', 'grille des tarifs de la cantine selon le quotient familial'],
  ['Extension du réseau de pistes cyclables', 'aménagement de voies cyclables et stationnement vélo'],
  ['Convention avec le syndicat des eaux', "gestion de l'eau potable et de l'assainissement collectif"],
  ['Cession d’un terrain communal', 'vente d’une parcelle du domaine privé après avis des domaines'],
  ['Création d’un poste d’adjoint technique', 'modification du tableau des effectifs du personnel communal'],
  ['Demande de dotation d’équipement', 'dossier de dotation pour la réhabilitation de la salle des fêtes'],
] as const;

export interface Body {
  name: string;
  roster: string[];
}

export function bodies(r: () => number, n: number, size: number): Body[] {
  return Array.from({ length: n }, (_, i) => {
    const town = `${pick(r, TOWNS)}${i >= TOWNS.length ? ` ${Math.floor(i / TOWNS.length) + 1}` : ''}`;
    const names = new Set<string>();
    while (names.size < size) names.add(`${pick(r, GIVEN)} ${pick(r, SURNAMES)}`);
    return { name: `Conseil municipal de ${town}`, roster: [...names] };
  });
}

const date = (r: () => number) => `${2015 + Math.floor(r() * 10)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** "12 mars 2019", as extracts write the session date. */
const frDate = (iso: string) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const frEuros = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f/g, ' ');

/** One invented extract as text, laid out as councils publish them. */
export function extractText(r: () => number, body: Body, serial: number): string {
  const [subject, gist] = pick(r, TOPICS);
  const absent = body.roster.slice(-3);
  const present = body.roster.slice(0, -3);
  const amount = 1000 * Math.floor(1 + r() * 900);
  const rows: string[] = [];
  for (let i = 0; i < present.length; i += 3) rows.push(present.slice(i, i + 3).map((n) => `Monsieur ${n}`).join('\t'));
  return [
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS', '', `du ${body.name}`, '', `Séance du ${frDate(date(r))}`, '',
    `Président : Monsieur ${present[0]!.split(' ').at(-1)}`, '', `Nombre de membres en exercice : ${body.roster.length}`,
    `Nombre de présents : ${present.length}`, `Nombre de procurations : 1`, '', 'Membres présents :', '', ...rows, '', 'Membres absents :', '',
    `Monsieur ${absent[0]} pouvoir à Monsieur ${present[1]}`, `Monsieur ${absent[1]}`, `Monsieur ${absent[2]}`, '',
    `OBJET : ${subject} (acte n° ${serial})`, '', 'Le Conseil municipal,', '', `Considérant la ${gist} ;`, '',
    `Considérant que le montant prévu s'élève à ${frEuros(amount)} euros ;`, '', 'Après en avoir délibéré,', '', 'DÉCIDE :', '',
    `- d'approuver la ${gist}.`, '', `POUR : ${present.length + 1}`, 'CONTRE : 0', 'ABSTENTION : 0', '',
  ].join('\n');
}

const span = { start: 1, end: 1 };
const ref = (name: string): NameRef => ({ written: `M. ${name}`, name, civility: 'M.', role: null, note: null, repaired_from: null, span });

/** A ready-made document of `perDoc` deliberations (no parsing), for loading many records. */
export function processedDocument(r: () => number, body: Body, serial: number, perDoc: number): ProcessedDocument {
  const delibs: Deliberation[] = Array.from({ length: perDoc }, (_, index) => {
    const [subject, gist] = pick(r, TOPICS);
    const cents = Array.from({ length: 1 + Math.floor(r() * 2) }, () => 100 * 1000 * Math.floor(1 + r() * 900));
    const text = `${subject}\nConsidérant la ${gist} ; le montant s'élève à ${cents.map((c) => frEuros(c / 100)).join(' et ')} euros. Le conseil, après en avoir délibéré, décide d'approuver (acte ${serial}-${index}).`;
    const against = r() < 0.2 ? Math.floor(r() * 8) : 0;
    return {
      index, number: `${serial}-${index}`, rubrique: null, subject: `${subject} (${serial}-${index})`, matiere: null, text, decisions: [],
      amounts: cents.map((c) => ({ cents: c, text: `${frEuros(c / 100)} €`, sentence: text, year: null, currency_stated: true, span })),
      vote: { for: 20, against, abstain: 0, not_voting: null, voters: null, expressed: null, proxies_included: null, unanimous: against === 0, unanimity_wording: null, secret_ballot: false, named: { for: [], against: [], abstain: [], not_voting: [] }, result: null, text: '', span },
      attendance: null, declared: null, actes: null, span, spans: {},
    };
  });
  const text = delibs.map((d) => d.text).join('\n');
  const id = createHash('sha256').update(`${body.name}\n${serial}\n${text}`).digest('hex');
  const present = body.roster.slice(0, -3);
  const [gone, holder] = [body.roster.at(-1)!, present[1]!];
  return {
    id, file: `bench-${serial}.txt`, size: text.length, status: 'parsed', error: null,
    extraction: { kind: 'text', extractor: 'text', extractor_version: '1', notes: [], pages: [{ number: 1, text, method: 'text', confidence: null, ms: 0, rotation: 0 }] },
    parsed: {
      parser_version: 'bench', is_deliberation: true, line_count: delibs.length,
      session: {
        body: { name: body.name, kind: 'conseil_municipal', jurisdiction: 'FR' }, date: date(r), date_mentions: [], place: null,
        president: ref(present[0]!), secretary: null, convocation_date: null, reconvocation: false, declared: emptyCounts(), spans: {},
        attendance: { ...emptyAttendance(), present: present.map(ref), absent: body.roster.slice(-3, -1).map(ref), proxies: [{ giver: ref(gone), holder: ref(holder), scope: null, span }] },
      },
      preamble_amounts: [], deliberations: delibs,
    },
    findings: r() < 0.1 ? [{ code: 'TALLY_MISMATCH', severity: 'error', message: 'bench', evidence: [], expected: 20, actual: 19, deliberation: 0, rule: 'bench' }] : [],
    parser_version: 'bench', processed_at: new Date(0).toISOString(),
  };
}
