/**
 * Invented vocabulary for the generated extracts (bench/generate-extracts.ts):
 * names with the particles, hyphens and apostrophes real rosters have,
 * bodies, subjects, French numbers and dates in words. Nothing here is
 * taken from a real document.
 */

export type Rng = () => number;

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

export const GIVEN_M = ['Jean', 'Paul', 'Luc', 'Hugo', 'Rémi', 'Yves', 'Karim', 'Théo', 'Bruno', 'Didier', 'Gérard', 'Hervé', 'Jean-Marc', 'Jean-Luc', 'Pierre-Yves', 'Thierry', 'Mathieu', 'Olivier', 'Pascal', 'Régis', 'Serge', 'Thibault', 'Amadou', 'Yannick', 'Gwenaël', 'Loïc', 'Cédric', 'Franck', 'Noël', 'Anthony'];
export const GIVEN_F = ['Marie', 'Anne', 'Claire', 'Léa', 'Inès', 'Odile', 'Nadia', 'Agnès', 'Sylvie', 'Hélène', 'Marie-Hélène', 'Anne-Sophie', 'Josiane', 'Élodie', 'Chloé', 'Brigitte', 'Nathalie', 'Sandrine', 'Karine', 'Martine', 'Aurélie', 'Fatou', 'Rozenn', 'Annaïg', 'Cécile', 'Véronique', 'Delphine', 'Laure', 'Émilie', 'Françoise'];
const SURNAME_ROOTS = ['MARTEL', 'ROUSSEAU', 'GARNIER', 'LEFÈVRE', 'BONNET', 'FAURE', 'MERCIER', 'BLANCHARD', 'GUÉRIN', 'BOYER', 'CHEVALIER', 'LEMAIRE', 'COLLIN', 'VIDAL', 'RENAUD', 'PERRIN', 'MOREL', 'GIRARDOT', 'ARNAUD', 'BARRÉ', 'DUMAS', 'LACROIX', 'BRUN', 'ROY', 'HUET', 'CARON', 'PICARD', 'MAILLARD', 'AUBERT', 'ESTIVAL', 'FABRE', 'PAGÈS', 'ROUQUETTE', 'VIGUIER', 'CASTANIER', 'DELSOL', 'GINESTE', 'KERBRAT', 'QUÉRÉ', 'SALAÜN', 'THIÉBAUT', 'MANGIN', 'WEBER', 'MULLER', 'SCHMITT', 'BESSIÈRE', 'TEYSSIER', 'RAMBAUD', 'ESCOFFIER', 'CHASSAGNE', 'MONTEIL', 'AZÉMAR', 'SOULIÉ', 'LAGADEC', 'POUPARD', 'TESSIER', 'GALLOIS', 'REGNAULT', 'HADDAD', 'BENALI', 'CARRÉ', 'JÉGOU', 'VERNHET', 'MAZET', 'CROS', 'ALIBERT'];
const PARTICLES = ['LE ', 'DE ', 'DE LA ', 'DU ', 'VAN ', 'DA '];
const APOSTROPHE = ["N'DIAYE", "D'ALZON", "D'ESPARBÈS", "L'HOSTIS", "D'ESTAING"];

/** A surname: mostly a plain root, sometimes with a particle or hyphenated. */
export function surname(r: Rng): string {
  const x = r();
  if (x < 0.04) return pick(r, APOSTROPHE);
  if (x < 0.12) return pick(r, PARTICLES) + pick(r, SURNAME_ROOTS);
  if (x < 0.22) return `${pick(r, SURNAME_ROOTS)}-${pick(r, SURNAME_ROOTS)}`;
  return pick(r, SURNAME_ROOTS);
}

export interface Person {
  given: string;
  surname: string;
  female: boolean;
}

/** `n` distinct invented people (distinct also without the particle). */
export function people(r: Rng, n: number): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  while (out.length < n) {
    const female = r() < 0.5;
    const p = { given: pick(r, female ? GIVEN_F : GIVEN_M), surname: surname(r), female };
    // "DU GIRARDOT Karim" and "GIRARDOT Karim" would read as one member: keep such pairs apart
    const key = `${p.given} ${p.surname.replace(/^(?:DE LA|LE|DE|DU|VAN|DA) /, '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

export const TOWNS = ['Vernoux-sur-Loue', 'Saint-Orbel', 'Hautval', 'Montrefort', 'Lézignac', 'Brévannes-sur-Loue', 'Corbigny-le-Haut', 'Sainte-Aurore', 'Pradelles', 'Vaudricourt', "Lavergne-d'Olt", 'Mauvezin-la-Roche', 'Champfleury-la-Côte', 'Port-Ravel', 'Fontclaire', 'Bellerive-sur-Aize'];

export interface BodyKind {
  header: (town: string) => string[];
  council: string;
  chair: { m: string; f: string };
  members: string;
}

export const BODY_KINDS: BodyKind[] = [
  { header: (t) => [`Commune de ${t}`, 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL'], council: 'le Conseil municipal', chair: { m: 'Maire', f: 'Maire' }, members: 'conseillers municipaux' },
  { header: (t) => [`COMMUNE DE ${t.toUpperCase()}`, 'PROCÈS-VERBAL DU CONSEIL MUNICIPAL'], council: 'le Conseil municipal', chair: { m: 'Maire', f: 'Maire' }, members: 'membres' },
  { header: (t) => [`COMMUNAUTÉ DE COMMUNES DU PAYS DE ${t.toUpperCase()}`, 'Conseil communautaire'], council: 'le Conseil communautaire', chair: { m: 'Président', f: 'Présidente' }, members: 'délégués' },
  { header: (t) => [`SYNDICAT INTERCOMMUNAL DES EAUX DE ${t.toUpperCase()}`, 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL'], council: 'le Comité syndical', chair: { m: 'Président', f: 'Présidente' }, members: 'délégués' },
  { header: (t) => [`VILLE DE ${t.toUpperCase()}`, 'Extrait du registre des délibérations du Conseil municipal'], council: 'le Conseil municipal', chair: { m: 'Maire', f: 'Maire' }, members: 'conseillers' },
  { header: (t) => [`MÉTROPOLE ${t.toUpperCase()}`, 'Délibérations du Conseil de la Métropole'], council: 'le Conseil de la Métropole', chair: { m: 'Président', f: 'Présidente' }, members: 'conseillers métropolitains' },
];

export const SUBJECTS: ReadonlyArray<readonly [string, string]> = [
  ['Subvention à l’association des parents d’élèves', "l'organisation de la classe de découverte"],
  ['Budget primitif – décision modificative n° 2', 'l’ajustement des crédits de la section de fonctionnement'],
  ['Réfection de la toiture de l’église – demande de subvention au titre de la DETR', 'la couverture de l’église et ses infiltrations'],
  ['Tarifs de la restauration scolaire', 'la grille des tarifs de la cantine selon le quotient familial'],
  ['Cession d’une parcelle communale au lieu-dit « Les Combettes »', 'la vente d’une parcelle du domaine privé après avis des Domaines'],
  ['Création d’un poste d’adjoint technique territorial', 'la modification du tableau des effectifs'],
  ['Attribution des fonds de concours aux communes membres', 'le règlement d’attribution des fonds de concours'],
  ['Convention avec le syndicat départemental d’énergie', 'la rénovation de l’éclairage public en LED'],
  ['Extension du réseau de pistes cyclables', 'l’aménagement de voies cyclables et du stationnement vélo'],
  ['Acquisition d’un véhicule électrique pour les services techniques', 'le remplacement d’un fourgon diesel ancien'],
  ['Redevance d’enlèvement des ordures ménagères – tarifs', 'la part fixe par foyer et la part variable par levée'],
  ['Rapport annuel sur le prix et la qualité du service de l’eau', 'le rendement du réseau et le prix du mètre cube'],
];

export const FUNDERS = ['DETR (30 %)', 'Conseil départemental', 'Région', 'Autofinancement communal', 'Fonds de concours', 'Agence de l’eau', 'Emprunt'];

const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** 0–99 in French words (1990 spelling without hyphenated "et"). */
export function words(n: number): string {
  if (n < 20) return UNITS[n]!;
  if (n < 70) {
    const t = TENS[Math.floor(n / 10)]!;
    const u = n % 10;
    return u === 0 ? t : u === 1 ? `${t} et un` : `${t}-${UNITS[u]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${UNITS[n - 60]}`;
  if (n === 80) return 'quatre-vingts';
  return `quatre-vingt-${UNITS[n - 80]}`;
}

export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** A calendar date as the extracts write it. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export const dayPlus = (x: Day, days: number): Day => {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
export const weekday = (x: Day) => WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;
/** "14 mai 2019" / "1er mai 2019". */
export const frDate = (x: Day) => `${x.d === 1 ? '1er' : x.d} ${MONTHS[x.m - 1]} ${x.y}`;
export const numDate = (x: Day) => `${String(x.d).padStart(2, '0')}/${String(x.m).padStart(2, '0')}/${x.y}`;
/** "le quatorze mai" and "deux mille dix-neuf". */
export const dayWords = (x: Day) => `le ${x.d === 1 ? 'premier' : words(x.d)} ${MONTHS[x.m - 1]}`;
export const yearWords = (y: number) => `deux mille${y % 100 ? ` ${words(y % 100)}` : ''}`;

/** Euro amounts as councils write them: "1 200 €", "48 600,00 €", "EUR 3 125", "12 500 euros". */
export function euros(r: Rng, value: number): string {
  const cents = r() < 0.3 ? `,${String(int(r, 0, 99)).padStart(2, '0')}` : '';
  const sep = r() < 0.2 ? '\u00a0' : ' ';
  const digits = Math.round(value).toLocaleString('fr-FR').replace(/[\u202f\u00a0]/g, sep);
  const x = r();
  if (x < 0.1) return `EUR ${digits}${cents}`;
  if (x < 0.3) return `${digits}${cents} euros`;
  return `${digits}${cents} €${r() < 0.25 ? ' HT' : ''}`;
}
