/**
 * Generated deliberation extracts for the parse benchmark: the layouts the
 * parser knows (fixtures/corpus, fixtures/rules) recombined with invented
 * names and parts. Seeded and pure: `generateExtract(seed, …)` always gives
 * the same text, so a corpus of 10,000 is regenerated on demand instead of
 * held in memory. Sizes grow by more names and more deliberation items.
 * Declared counts, lists and votes agree with each other, so a document with
 * an error finding points at the parser (or at this generator), not at noise.
 */
import { rng } from './store-corpus.ts';
import {
  BODY_KINDS, FUNDERS, SUBJECTS, TOWNS, dayPlus, dayWords, euros, frDate, int, numDate, people, pick, weekday, yearWords,
  type Day, type Person, type Rng,
} from './generate-words.ts';

export const LIST_STYLES = ['comma-civ', 'comma-plain', 'tab-columns', 'bullets', 'numbered', 'semicolon-nom', 'dash-nom', 'one-per-line'] as const;
export const COUNT_STYLES = ['lines', 'dash', 'spaces', 'tabs', 'parens', 'semicolon', 'pipes'] as const;
export const PROXY_STYLES = ['pouvoir', 'procuration', 'represente', 'de-a', 'arrow', 'a', 'delegation'] as const;
export const HEADING_STYLES = ['objet', 'numero', 'dcm', 'numbered', 'plain'] as const;
export const VOTE_STYLES = ['colon', 'slash', 'caps', 'unanimity', 'voix', 'resultat'] as const;

export interface Layout {
  list: (typeof LIST_STYLES)[number];
  counts: (typeof COUNT_STYLES)[number];
  proxy: (typeof PROXY_STYLES)[number];
  heading: (typeof HEADING_STYLES)[number];
  vote: (typeof VOTE_STYLES)[number];
  /** The session sentence with the date in words. */
  wordsPreamble: boolean;
}

export interface ExtractOptions {
  /** Size to reach, in UTF-8 bytes (items are added until it is reached). */
  targetBytes?: number;
  /** Members in office (default: grows with targetBytes). */
  names?: number;
  /** Exactly this many deliberation items (default: as many as targetBytes needs, at least 1). */
  items?: number;
  layout?: Partial<Layout>;
}

export interface GeneratedExtract {
  text: string;
  bytes: number;
  names: number;
  items: number;
  layout: Layout;
}

type NameStyle = 'civ' | 'long' | 'plain' | 'nom';
const civ = (p: Person) => (p.female ? 'Mme' : 'M.');
function nameOf(p: Person, style: NameStyle): string {
  if (style === 'civ') return `${civ(p)} ${p.given} ${p.surname}`;
  if (style === 'long') return `${p.female ? 'Madame' : 'Monsieur'} ${p.given} ${p.surname}`;
  if (style === 'nom') return `${p.surname} ${p.given}`;
  return `${p.given} ${p.surname}`;
}

/** The name style each list layout writes (proxies, absents and secretary follow it). */
const NAME_STYLE: Record<Layout['list'], NameStyle> = {
  'comma-civ': 'civ', 'comma-plain': 'plain', 'tab-columns': 'long', bullets: 'nom', numbered: 'civ', 'semicolon-nom': 'nom', 'dash-nom': 'nom', 'one-per-line': 'civ',
};

/** Joins with `sep`, breaking the line after a separator near `width` characters. */
function wrapJoin(parts: string[], sep: string, width: number): string {
  let line = '';
  const lines: string[] = [];
  for (const [i, p] of parts.entries()) {
    const piece = p + (i < parts.length - 1 ? sep : '');
    if (line.length + piece.length > width && line) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

function presentBlock(r: Rng, layout: Layout, present: Person[], chair: string): string {
  const style = NAME_STYLE[layout.list];
  const names = present.map((p) => nameOf(p, style));
  const width = r() < 0.5 ? 100 : 10_000;
  switch (layout.list) {
    case 'comma-civ': return `Présents : ${wrapJoin([`${names[0]}, ${chair}`, ...names.slice(1)], ', ', width)}.`;
    case 'comma-plain': return `Étaient présents : ${wrapJoin(names, ', ', width)}.`;
    case 'tab-columns': {
      const rows: string[] = [];
      for (let i = 0; i < names.length; i += 3) rows.push(names.slice(i, i + 3).join('\t'));
      return `Membres présents :\n\n${rows.join('\n')}`;
    }
    case 'bullets': {
      const rows: string[] = [];
      for (let i = 0; i < names.length; i += 2) rows.push(`  • ${names[i]}${names[i + 1] ? `, - ${names[i + 1]}` : ''}`);
      return `Présents :\n${rows.join(',\n')}`;
    }
    case 'numbered': return `Conseillers présents :\n${names.map((n, i) => `${i + 1}. ${n}`).join('\n')}`;
    case 'semicolon-nom': return `Présents : ${wrapJoin(names, ' ; ', width)}.`;
    case 'dash-nom': return `Étaient présents : ${wrapJoin(names, ' – ', width)}`;
    case 'one-per-line': return `PRÉSENTS :\n${names[0]}, ${chair}\n${names.slice(1).join('\n')}`;
  }
}

function proxyBlock(layout: Layout, pairs: Array<[Person, Person]>, style: NameStyle): string {
  if (pairs.length === 0) return 'Procuration : –';
  const n = (p: Person) => nameOf(p, style);
  switch (layout.proxy) {
    case 'pouvoir': return `Absents ayant donné pouvoir :\n${pairs.map(([g, h]) => `${n(g)} pouvoir à ${n(h)}`).join('\n')}`;
    case 'procuration': return `Procurations : ${pairs.map(([g, h]) => `${n(g)} a donné procuration à ${n(h)}`).join(' ; ')}.`;
    case 'represente': return `Absents représentés : ${pairs.map(([g, h]) => `${n(g)} représenté${g.female ? 'e' : ''} par ${n(h)}`).join(', ')}.`;
    case 'de-a': return `Procurations :\n${pairs.map(([g, h]) => `Procuration de ${n(g)} à ${n(h)}`).join('\n')}`;
    case 'arrow': return `Pouvoirs : ${pairs.map(([g, h]) => `${n(g)} → ${n(h)}`).join(' ; ')}.`;
    case 'a': return `Pouvoirs : ${pairs.map(([g, h]) => `${n(g)} à ${n(h)}`).join(', ')}.`;
    case 'delegation': return pairs.map(([g, h]) => `${n(g)} a donné délégation de vote à ${n(h)}.`).join('\n');
  }
}

function countBlock(layout: Layout, office: number, present: number, proxies: number): string {
  const voters = present + proxies;
  switch (layout.counts) {
    case 'lines': return `Nombre de membres en exercice : ${office}\nNombre de présents : ${present}\nNombre de procurations : ${proxies}\nNombre de votants : ${voters}`;
    case 'dash': return `Nombre de membres en exercice : ${office}\nPrésents : ${present} – Procurations : ${proxies} – Votants : ${voters}`;
    case 'spaces': return `Nombre de conseillers :\nEn exercice : ${office}   Présents : ${present}   Votants : ${voters}`;
    case 'tabs': return `Membres en exercice :\t${office}\nPrésents :\t${present}\nReprésentés :\t${proxies}\nVotants :\t${voters}`;
    case 'parens': return `Conseillers en exercice : (${office}) – Présents : (${present}) – Votants : (${voters})`;
    case 'semicolon': return `Nombre de conseillers : en exercice : ${office} ; présents : ${present} ; pouvoirs : ${proxies} ; votants : ${voters}`;
    case 'pipes': return `Conseillers en exercice : ${office} | Présents : ${present} | Pouvoir(s) de vote : ${proxies} | Votants : ${voters}`;
  }
}

function item(r: Rng, layout: Layout, k: number, day: Day, council: string, voters: number): string {
  const [subject, gist] = pick(r, SUBJECTS);
  const serial = `${day.y}-${String(k + 1).padStart(3, '0')}`;
  const heading = {
    objet: `${r() < 0.5 ? `Délibération n° ${serial}\n` : ''}OBJET : ${subject}`,
    numero: `N° ${serial} – ${pick(r, ['FINANCES', 'URBANISME', 'PERSONNEL', 'ENVIRONNEMENT'])} – ${subject}`,
    dcm: `DCM ${serial} – ${subject}`,
    numbered: `${k + 1}. ${subject.toUpperCase()}`,
    plain: `${serial} – ${subject}`,
  }[layout.heading];
  const total = 1000 * int(r, 1, 900);
  const lines = [heading, '', `Le rapporteur rappelle le dossier relatif à ${gist}. Le coût de l'opération s'élève à ${euros(r, total)}.`];
  if (r() < 0.5) {
    const n = int(r, 2, 4);
    const parts = Array.from({ length: n }, () => Math.floor(total / n));
    lines.push('', 'Le plan de financement proposé est le suivant :', ...parts.map((v, i) => `- ${FUNDERS[i % FUNDERS.length]} : ${euros(r, v)}`));
  }
  if (r() < 0.6) lines.push('', `Considérant que les crédits nécessaires sont inscrits au budget de l'exercice ${day.y} ;`, `Vu l'avis favorable de la commission compétente réunie le ${frDate(dayPlus(day, -int(r, 8, 20)))} ;`);
  const against = r() < 0.3 ? int(r, 1, Math.max(1, Math.floor(voters / 5))) : 0;
  const abstain = r() < 0.3 ? int(r, 1, Math.max(1, Math.floor(voters / 6))) : 0;
  const forV = voters - against - abstain;
  let style = layout.vote;
  if (forV <= against) style = 'colon';
  if (style === 'unanimity' && (against || abstain)) style = 'colon';
  if (style === 'resultat' && against) style = 'slash';
  lines.push('', `Après en avoir délibéré, ${council} DÉCIDE :`, `- d'approuver le dossier relatif à ${gist} ;`, "- d'autoriser l'exécutif à signer toute pièce s'y rapportant.", '');
  lines.push({
    colon: `Vote : Pour : ${forV} – Contre : ${against} – Abstention : ${abstain}`,
    slash: `Vote : Pour ${forV} / Contre ${against} / Abstention ${abstain}`,
    caps: `POUR : ${forV}   CONTRE : ${against}   ABSTENTIONS : ${abstain}`,
    unanimity: "Adopté à l'unanimité des membres présents et représentés.",
    voix: `Adopté par ${forV} voix pour, ${against} voix contre et ${abstain} abstentions.`,
    resultat: `Résultat : ${forV} pour, ${abstain} abstentions.`,
  }[style]);
  return lines.join('\n');
}

export function randomLayout(r: Rng): Layout {
  return { list: pick(r, LIST_STYLES), counts: pick(r, COUNT_STYLES), proxy: pick(r, PROXY_STYLES), heading: pick(r, HEADING_STYLES), vote: pick(r, VOTE_STYLES), wordsPreamble: r() < 0.6 };
}

export function generateExtract(seed: number, options: ExtractOptions = {}): GeneratedExtract {
  const r = rng(seed * 3 + 1);
  const rNames = rng(seed * 3 + 2);
  const rItems = rng(seed * 3 + 3);
  const layout = { ...randomLayout(r), ...options.layout };
  const target = options.targetBytes ?? 0;
  const office = options.names ?? Math.min(160, 7 + Math.floor((target / 1024) * (0.5 + 2.5 * r())));
  const kind = pick(r, BODY_KINDS);
  const town = pick(r, TOWNS);
  let day: Day = { y: int(r, 2015, 2025), m: int(r, 1, 12), d: int(r, 1, 28) };
  if (weekday(day) === 'dimanche') day = dayPlus(day, 1);
  const convocation = dayPlus(day, -int(r, 7, 14));
  const roster = people(rNames, office);
  // a tenth gave a proxy, a tenth is absent (at least one each from 3 members on)
  const nProxies = office >= 3 ? Math.max(1, Math.floor(office / 10)) : 0;
  const nAbsent = nProxies;
  const present = roster.slice(0, office - nProxies - nAbsent);
  const givers = roster.slice(present.length, present.length + nProxies);
  const absent = roster.slice(present.length + nProxies);
  const pairs = givers.map((g, i): [Person, Person] => [g, present[(i + 1) % present.length]!]);
  const style = NAME_STYLE[layout.list];
  const chairP = present[0]!;
  const chair = chairP.female ? kind.chair.f : kind.chair.m;
  const secretary = present[Math.min(present.length - 1, 1 + Math.floor(r() * (present.length - 1)))]!;
  const council = kind.council;

  const out = [...kind.header(town), '', `Séance du ${r() < 0.7 ? `${weekday(day)} ` : ''}${frDate(day)}`, ''];
  const presides = `sous la présidence de ${chairP.female ? 'Madame' : 'Monsieur'} ${chairP.given} ${chairP.surname}, ${chair}`;
  if (layout.wordsPreamble) {
    const cap = council.charAt(0).toUpperCase() + council.slice(1);
    out.push(`L'an ${yearWords(day.y)}, ${dayWords(day)} à vingt heures, ${cap}, légalement convoqué, s'est réuni à la salle du conseil ${presides}.`, '');
  } else out.push(`Sous la présidence de ${presides.slice('sous la présidence de '.length)}.`, '');
  out.push(pick(r, [`Date de convocation : ${frDate(convocation)}`, `Date de convocation : ${numDate(convocation)}`, `Convocation du ${frDate(convocation)}`, `Convoqué le ${frDate(convocation)}`]));
  out.push(countBlock(layout, office, present.length, nProxies), '');
  out.push(presentBlock(r, layout, present, chair), '');
  out.push(proxyBlock(layout, pairs, style), '');
  const absentNames = absent.map((p) => nameOf(p, style));
  out.push(absent.length ? `${pick(r, ['Absents', 'Absents excusés', 'Excusés'])} : ${absentNames.join(', ')}.` : 'Absents : néant', '');
  out.push(r() < 0.8 ? `Secrétaire de séance : ${nameOf(secretary, style)}` : `${nameOf(secretary, style)} a été désigné${secretary.female ? 'e' : ''} secrétaire de séance.`, '');

  let text = out.join('\n');
  let items = 0;
  const voters = present.length + nProxies;
  while (options.items !== undefined ? items < options.items : items === 0 || Buffer.byteLength(text) < target) {
    text += `\n${item(rItems, layout, items, day, council, voters)}\n`;
    items++;
  }
  text += '\nFait et délibéré les jour, mois et an susdits.\nPour extrait certifié conforme.\n';
  return { text, bytes: Buffer.byteLength(text), names: office, items, layout };
}

/** Sizes of the benchmark corpus: 1–50 KB, log-uniform (as many 1–7 KB documents as 7–50 KB ones). */
export function corpusSize(seed: number, minBytes = 1024, maxBytes = 50 * 1024): number {
  const u = rng(seed * 7 + 5)();
  return Math.round(minBytes * Math.pow(maxBytes / minBytes, u));
}

/** The `i`-th document of the corpus of seed `seed`. */
export function corpusExtract(seed: number, i: number): GeneratedExtract {
  const s = seed * 1_000_003 + i;
  return generateExtract(s, { targetBytes: corpusSize(s) });
}
