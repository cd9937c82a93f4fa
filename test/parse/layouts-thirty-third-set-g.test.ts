/**
 * Layouts the two-hundred-and-fiftieth invented corpus (the text PDF text-layer extraction gives) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');
const keys = (names: string[] | null | undefined) => (names ?? []).map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());

describe('a two-column list whose first row glues the left cell’s commune to the right cell’s civility', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU HAUT-VERNOIS',
    'Conseil communautaire – Séance du 14 mars 2018',
    '',
    'Membres en exercice : 30 | Présents : 8 | Pouvoirs : 1 | Votants : 9',
    '',
    'Étaient présents :',
    'M. Paul ROUSSELOT, Président (Vernois-le-Haut)Mme Anne GIRARDIN (Saint-Vaubert)',
    'Mme Lise MOUROT (Vernois-le-Haut)                  M. Hugues BOILLOT (Saint-Vaubert)',
    'M. Marc JEANNIN (Orvaux)                           Mme Odile PERRIN (Les Fontenelles)',
    'M. Yves COURBET (Orvaux)                           Mme Claire VUILLEMIN (Les Fontenelles)',
    '',
    'Pouvoirs :',
    'M. Henri MONNIER (Orvaux) à M. Marc JEANNIN',
    '',
    'Secrétaire de séance : Mme Lise MOUROT',
    '',
    'Délibération n° 2018-12 – Tarifs de la redevance des ordures ménagères',
    'Adopté à l’unanimité.',
  ]);

  it('reads the two glued cells as two members, and every row after them', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['paul rousselot', 'anne girardin', 'lise mourot', 'hugues boillot', 'marc jeannin', 'odile perrin', 'yves courbet', 'claire vuillemin']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('attendance headings in letter-spaced capitals, a surname hyphenated at a line end', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU PIÉMONT D’ESCALLE',
    'R E G I S T R E   D E S   D É L I B É R A T I O N S',
    'Séance du mardi 9 juin 2015',
    '',
    'En exercice : 20 – Présents : 6 – Pouvoirs : 1 – Votants : 7',
    '',
    'P R É S E N T S : LAFFITTE Jean, CAZAUX Marie, POU-',
    'YANNE Gérard, DUBERN Claire, LAY Henri, MIRANDE-',
    'BORDES Anne.',
    '',
    'P O U V O I R S : SALLES Pierre à LAFFITTE Jean.',
    '',
    'E X C U S É S : BERGÈS Luc, NOGARO Alice.',
    '',
    'Objet : Adhésion au syndicat mixte de la voie verte',
    'Adopté à l’unanimité.',
  ]);

  it('reads each list under its heading', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toHaveLength(6);
    expect(proxyPairs(summary.proxies_list)).toEqual(['SALLES Pierre > LAFFITTE Jean']);
    expect(keys(summary.absent_names)).toEqual(['berges luc', 'nogaro alice']);
  });

  it('rejoins a surname cut at a syllable, and keeps a compound surname’s hyphen', () => {
    const names = keys(analyseText(doc).summary.present_names);
    expect(names).toContain('pouyanne gerard');
    expect(names).toContain('mirande-bordes anne');
  });
});

describe('a decision modificative as a TAB table, the minus sign opening its cell', () => {
  const doc = text([
    'COMMUNE DE BELLEVAUX-SUR-OIGNE',
    'Séance du conseil municipal du 7 novembre 2020',
    '',
    'En exercice : 11 – Présents : 9 – Votants : 9',
    '',
    'Objet : Décision modificative n° 2',
    'Le Conseil municipal adopte la décision modificative suivante :',
    'Chapitre\tArticle\tLibellé\tMontant',
    '011\t60632\tFournitures de petit équipement\t+ 2 400,00 €',
    '022\t022\tDépenses imprévues (section de fonctionnement)\t- 2 400,00 €',
    'Adopté à l’unanimité.',
  ]);

  it('reads the amount signed', () => {
    expect(analyseText(doc).summary.amounts_eur).toEqual([2400, -2400]);
  });
});

describe('a commission permanente’s present list, one member per line with the canton after a TAB', () => {
  const doc = text([
    'DÉPARTEMENT DE LA HAUTE-VÉZÈRE',
    'COMMISSION PERMANENTE – Réunion du 6 février 2023',
    '',
    'Membres : 12 – Présents : 5 – Représentés : 1 – Votants : 6',
    '',
    'Étaient présents :',
    'M. Bernard CHASTANG\tPrésident, canton de Vézère-Amont',
    'Mme Lucie FAYE\tcanton de Vézère-Amont',
    'M. Éric BOUYSSOU\tcanton du Causse-Blanc',
    'Mme Nadine PEYRAT\tcanton des Monts-Froids',
    'M. Henri LACHAUD\tcanton d’Aubrac-Bas',
    '',
    'Était représentée : Mme Sylvie MAZEAU par M. Éric BOUYSSOU',
    '',
    'Absents excusés : M. Paul DELMAS, Mme Irène VERGNE',
    '',
    'Rapport n° 2 – Aide aux communes rurales',
    'Adopté à l’unanimité.',
  ]);

  it('reads every member, not the cantons, and the lists after them', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['bernard chastang', 'lucie faye', 'eric bouyssou', 'nadine peyrat', 'henri lachaud']);
    expect(keys(summary.absent_names)).toEqual(['paul delmas', 'irene vergne']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a tally, then on the next line the member who takes no part in the vote, her office between commas', () => {
  const doc = text([
    'COMMUNE DE SAINT-ANDÉOL-DES-VIGNES',
    'Séance du conseil municipal du 12 mars 2019',
    '',
    'En exercice : 11 – Présents : 9 – Procuration : 1 – Votants : 10',
    '',
    'Présents : M. Luc ARNAUD, Maire, Mme Rose BLANC, M. Paul CHAPUS, Mme Ida DOMERGUE, M. Jean ESPIC, Mme Lou FABRE,',
    'M. Guy GRAS, Mme Léa HUGON, M. Max ISNARD.',
    'Procuration : Mme Eva JOUVE à M. Luc ARNAUD.',
    '',
    'Objet : Subvention au comité des fêtes',
    'Le Conseil municipal attribue une subvention de 800 € au comité des fêtes.',
    'Pour : 9 – Contre : 0 – Abstention : 0',
    'Mme Lou FABRE, trésorière du comité des fêtes, ne prend pas part au vote.',
  ]);

  it('counts her among the voters: no tally mismatch', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.votes).toEqual({ for: 9, against: 0, abstain: 0, not_voting: 1 });
    expect(errorCodes(findings)).not.toContain('TALLY_MISMATCH');
  });
});

describe('a pdf.js text: a surname split between two lines without a hyphen, the excused list cut inside a name', () => {
  const doc = text([
    'COMMUNAUTÉ D’AGGLOMÉRATION DU PAYS DE VERNE',
    'Séance du jeudi 2 octobre 2025',
    'Nombre de membres en exercice :',
    '40',
    'Présents :',
    '6',
    'Votants :',
    '6',
    'Étaient présents :',
    'Mme Hélène MARCHAIS, M. Thomas BLAN',
    'CHARD, Mme Julie POTIER, M. Yann LE',
    'GALL, Mme Inès ROBIN, M. Paul VIAUD.',
    'Absents excusés :',
    'M. Marc TESSIER, Mme Anne GUI',
  ]);

  it('reads the split surname as one word, a particle’s surname as two', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['helene marchais', 'thomas blanchard', 'julie potier', 'yann le gall', 'ines robin', 'paul viaud']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });

  it('leaves out the fragment of the cut name', () => {
    expect(keys(analyseText(doc).summary.absent_names)).toEqual(['marc tessier']);
  });
});

describe('an old register’s count formula, each count in words after its label and a comma', () => {
  const doc = text([
    'COMMUNE DE LAVAUR-LES-COMBES',
    'Séance du douze mars deux mille sept',
    '',
    'Nombre de conseillers : en exercice, onze ; présents, neuf ; votants, dix.',
    '',
    'Présents : MM. Jean ALBERT, Pierre BRU, Louis CALMETTES, Paul DELPY, Henri ESCAFFRE, Marcel FOURNIÉ ;',
    'Mmes Rose GARRIGUES, Alice HÉRAIL, Lucie IZARD.',
    'Absent ayant donné procuration : M. Guy JULIA à M. Jean ALBERT.',
    'Absent : M. René LAFON.',
    '',
    'Objet : Vente d’un délaissé communal',
    'Adopté à l’unanimité.',
  ]);

  it('reads the three counts', () => {
    const { summary } = analyseText(doc);
    expect([summary.members_in_office, summary.present, summary.voters]).toEqual([11, 9, 10]);
  });
});
