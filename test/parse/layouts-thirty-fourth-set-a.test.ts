/**
 * Layouts the two-hundred-and-fifty-sixth invented corpus (text as word processors, web pages and exports leave it,
 * character by character) found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a whole file whose accents are combining marks (NFD, a Mac export)', () => {
  const doc = text([
    'Commune de Saint-Élix-du-Térond',
    'Extrait du registre des délibérations du Conseil municipal',
    '',
    'Séance du jeudi 9 mars 2006',
    '',
    'Membres en exercice : 9 — Présents : 7 — Votants : 8',
    'Date de la convocation : 3 mars 2006',
    '',
    'Présents : PÉLISSIER André, Maire ; BÉNAZET Hélène ; CÈBE Jérôme ; DÉLÉRIS Noémie ; GRÈZES Félix ; MÉRIC Irène ; SÉNÉGAS Aimé.',
    'Absents excusés : RÉGNIER Bérénice (pouvoir à PÉLISSIER André) ; VÉZIAT Gérard.',
    'Secrétaire de séance : MÉRIC Irène.',
    '',
    '1) Tarifs de la cantine scolaire',
    '',
    'Le Conseil municipal, après en avoir délibéré, approuve les tarifs proposés.',
    'Votes : pour 8 ; contre 0 ; abstention 0.',
  ]).normalize('NFD');

  it('reads the headings and the names as if the accents were composed', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present).toBe(7);
    expect(summary.secretary).toBe('MÉRIC Irène');
    expect(summary.present_names).toEqual(['PÉLISSIER André', 'BÉNAZET Hélène', 'CÈBE Jérôme', 'DÉLÉRIS Noémie', 'GRÈZES Félix', 'MÉRIC Irène', 'SÉNÉGAS Aimé']);
    expect(summary.absent_names).toEqual(['RÉGNIER Bérénice', 'VÉZIAT Gérard']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['RÉGNIER Bérénice > PÉLISSIER André']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a web page’s source writing « Mme » with a superscript tag', () => {
  const doc = text([
    '<h1>Délibération n°&nbsp;2021-044 – Éclairage public</h1>',
    '<p><strong>COMMUNE DE VAL-D’ORSENNE</strong><br />',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL<br />',
    'Séance du mardi 6&nbsp;juillet 2021</p>',
    '<p>Conseillers en exercice&nbsp;: 11<br />',
    'Présents&nbsp;: 5<br />',
    'Votants&nbsp;: 5</p>',
    '<p><strong>Étaient présents&nbsp;:</strong> M.&nbsp;Loïc TERRASSE, Maire&nbsp;; M<sup>me</sup>&nbsp;Ondine CALMEL&nbsp;; M.&nbsp;Yvon BRIAL&nbsp;; M<sup>me</sup>&nbsp;Perrine DOUMENC&nbsp;; M<sup>lle</sup>&nbsp;Zoé FALGAS.</p>',
    '<p>Le conseil municipal, après en avoir délibéré, à l&#039;unanimité, approuve le programme.</p>',
  ]);

  it('reads each woman’s civility and name', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Loïc TERRASSE', 'Ondine CALMEL', 'Yvon BRIAL', 'Perrine DOUMENC', 'Zoé FALGAS']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('ranks whose superscript a PDF export flattened into a word of its own (« 1 re adjointe », « 2 e adjoint »)', () => {
  const doc = text([
    'MAIRIE DE LOUBRESSAC-LE-HAUT',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
    'Conseil municipal du vendredi 8 février 2019',
    '',
    'Membres en exercice : 7 ; présents : 6 ; votants : 6',
    '',
    'Présents : M. CAZALS, M me VERDIER, 1 re adjointe, M. FONTANILLE, 2 e adjoint, M me TRÉMOUILLE, M. LAPORTE, 3 ème adjoint, M me ASTRUC.',
    'Absent : M. CONDAMINE.',
    'Secrétaire de séance : M. LAPORTE.',
    '',
    'Objet : Location de la salle communale',
    'Le conseil municipal, après en avoir délibéré, à l’unanimité, fixe le tarif de location.',
  ]);

  it('takes the ranks for roles, not for the list’s end', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['CAZALS', 'VERDIER', 'FONTANILLE', 'TRÉMOUILLE', 'LAPORTE', 'ASTRUC']);
    expect(summary.absent_names).toEqual(['CONDAMINE']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('the excerpt cut after a civility, inside the given name of a list written « M. Prénom NOM »', () => {
  const doc = text([
    'VILLE DE MONTBRIAC-SUR-LOUYRE',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du jeudi 14 novembre 2019',
    '',
    'Conseillers en exercice : 29',
    'Présents : 24',
    'Votants : 27',
    '',
    'Étaient présents : M. Gérald FOURCADE, Maire ; Mme Nadia BELKACEM ; M. Hugo LESPINASSE ; Mme Armelle COSTE ; M. Tristan VIGNAL ; Mme Fanny ROUQUETTE ; M. Fréd',
  ]);

  it('drops the fragment and raises no mismatch against the declared count', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Gérald FOURCADE', 'Nadia BELKACEM', 'Hugo LESPINASSE', 'Armelle COSTE', 'Tristan VIGNAL', 'Fanny ROUQUETTE']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('sections headed with their count in brackets and an em dash for the colon (« Présents (7) — X — Y »)', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU DE VERDALLE',
    'Extrait du registre des délibérations du comité syndical',
    'Séance du jeudi 4 mars 2021 — salle des fêtes de Cassagnoles',
    '',
    'Délégués en exercice : 12 — Présents : 7 — Pouvoirs : 2 — Votants : 9',
    '',
    'Présents (7) — MONTEILS Régis, président — CAUSSE Line, vice-présidente — PRADAL Joël — ROUVIÈRE Anne — BOURREL Luc — SABATIER Inès — CABANEL Marc.',
    'Pouvoirs (2) — FAGES Odile à MONTEILS Régis — VALAT Jean à CAUSSE Line.',
    'Absents excusés (3) — DURAND Paul, GAL Suzanne, ROQUES Yves.',
    'Secrétaire de séance — PRADAL Joël.',
    '',
    'N° 2021-07 — Programme de renouvellement des canalisations',
    '',
    'Le comité syndical, après en avoir délibéré, à l’unanimité, approuve le programme.',
  ]);

  it('reads every list, the proxies and the secretary', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.president).toBe('MONTEILS Régis');
    expect(summary.secretary).toBe('PRADAL Joël');
    expect(summary.present_names).toEqual(['MONTEILS Régis', 'CAUSSE Line', 'PRADAL Joël', 'ROUVIÈRE Anne', 'BOURREL Luc', 'SABATIER Inès', 'CABANEL Marc']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['FAGES Odile > MONTEILS Régis', 'VALAT Jean > CAUSSE Line']);
    expect(summary.absent_names).toEqual(['DURAND Paul', 'GAL Suzanne', 'ROQUES Yves']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a line of counts each in brackets between dashes is no list', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU VAL D’ESTRAGE',
    'Extrait du registre des délibérations du conseil communautaire',
    'Séance du lundi 15 mars 2021',
    '',
    'Conseillers en exercice (30) – Présents (21) – Pouvoirs (4) – Votants (25)',
    '',
    'Présents : M. Denis ALBOUY, Mme Claire BOYER, M. Henri CAMPS.',
  ]);

  it('keeps the counts and reads no name from them', () => {
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(21);
    expect(summary.proxies).toBe(4);
    expect(summary.voters).toBe(25);
    expect(summary.present_names).toEqual(['Denis ALBOUY', 'Claire BOYER', 'Henri CAMPS']);
    expect(summary.proxies_list ?? []).toEqual([]);
  });
});
