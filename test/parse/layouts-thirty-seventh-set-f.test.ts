/**
 * Layouts the two-hundred-and-eighty-sixth invented corpus found missing (tables and exports flattened to text). Every
 * case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a semicolon export whose surname and given name stand in cells of their own (NOM;Prénom)', () => {
  const doc = text([
    'Communauté de communes des Monts de Sarrance',
    'Conseil communautaire – séance du mardi 9 mars 2021',
    'Convocation adressée le 2 mars 2021',
    'Président de séance : M. Hugo BARRÈRE',
    '',
    'Membres en exercice : 9 – Présents : 6 – Pouvoirs : 1 – Votants : 7',
    '',
    'Commune;NOM;Prénom;Qualité;Présence;Pouvoir donné à',
    'Arette-Basse;BARRÈRE;Hugo;Président;Présent;',
    'Arette-Basse;CAZAUX;Mireille;Conseillère;Présente;',
    'Issor-le-Haut;LASSALLE;Pierre;Conseiller;Pouvoir;BARRÈRE Hugo',
    'Issor-le-Haut;POEY;Josette;Conseillère;Excusée;',
    'Lourdios;ARRIAU;Jean-Luc;Conseiller;Présent;',
    'Lourdios;MIRANDE;Suzanne;Conseillère;Absente;',
    'Osse;CASTETS;Rémy;Conseiller;Présent;',
    'Osse;LABARTHE;Odile;Conseillère;Présente;',
    'Sarrance;BORDENAVE;Alain;Conseiller;Présent;',
    '',
    '1. Fonds de concours',
    'Le conseil communautaire, après en avoir délibéré, approuve à l’unanimité (7 voix).',
  ]);

  it('reads each member as “NOM Prénom”, the Commune and Qualité cells no part of the name', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['BARRÈRE Hugo', 'CAZAUX Mireille', 'ARRIAU Jean-Luc', 'CASTETS Rémy', 'LABARTHE Odile', 'BORDENAVE Alain']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['LASSALLE Pierre > BARRÈRE Hugo']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['MIRANDE Suzanne', 'POEY Josette']);
  });
});

describe('a TAB grid by commune with a code column and a column of substitutes, the code “S” for a titulaire suppléé', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU VAL DE BRÉMONT',
    'Séance du comité syndical du jeudi 12 mars 2020',
    'Date de convocation : 4 mars 2020',
    'Le comité syndical s’est réuni sous la présidence de M. Hervé DANJOU.',
    '',
    'Commune\tDélégué titulaire\tCode\tDélégué suppléant',
    'Brémont-le-Bas\tDANJOU Hervé\tP\tPASQUET Louis',
    '\tRIOLLET Mireille\tS\tCHAMBARD Yvette',
    'Corbel\tMAGNIN Paul\tP\tTRONCHET Alain',
    '\tVERNAY Lucie\tE\tBOUVARD Rémi',
    'Saint-Ours-du-Val\tPERRET Gilles\tA\tCLAVEL Nadine',
    '\tGONIN Sylvie\tP\tROSSET Marc',
    'Codes : P présent – S suppléé – E excusé – A absent',
    '',
    'Délégués en exercice : 6 – Présents : 4 (dont 1 suppléant) – Votants : 4',
    '',
    'Délibération n° 2020-04 – Tarifs de l’eau',
    'Le comité syndical, à l’unanimité, approuve les tarifs.',
  ]);

  it('puts the titulaire suppléé among the excused and the substitute of the row among the present', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['DANJOU Hervé', 'CHAMBARD Yvette', 'MAGNIN Paul', 'GONIN Sylvie']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['PERRET Gilles', 'RIOLLET Mireille', 'VERNAY Lucie']);
  });
});

describe('a pipe table whose header spans two lines, a merged « Pouvoir » cell over « donné à » and « reçu de »', () => {
  const doc = text([
    'Commune de Saint-Aubin-des-Landelles',
    'Conseil municipal – séance du 9 novembre 2010',
    '',
    'Le neuf novembre deux mille dix, le conseil municipal, convoqué le 2 novembre 2010, s’est réuni sous la présidence de M. Yves GODEFROY, maire.',
    '',
    'Membres en exercice : 7 ; Présents : 5 ; Votants : 6',
    '',
    '|                      |    Présence     |            Pouvoir              |',
    '| Conseiller           |  P  |  E  |  A  | donné à          | reçu de      |',
    '|----------------------|-----|-----|-----|------------------|--------------|',
    '| GODEFROY Yves, maire |  X  |     |     |                  | LEBRETON Ana |',
    '| DUVAL Marcel         |  X  |     |     |                  |              |',
    '| LEBRETON Ana         |     |  X  |     | GODEFROY Yves    |              |',
    '| HAMELIN Rose         |  X  |     |     |                  |              |',
    '| PORÉE Gaston         |  X  |     |     |                  |              |',
    '| TRAVERS Noël         |     |     |  X  |                  |              |',
    '| VAUTIER Odette       |  X  |     |     |                  |              |',
    '',
    'Secrétaire de séance : Mme Rose HAMELIN',
    '',
    '1. Tarifs communaux',
    'Le conseil municipal, après en avoir délibéré, à l’unanimité, fixe les tarifs.',
  ]);

  it('reads the « donné à » column as the holder, the « reçu de » column as no proxy of its own', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['LEBRETON Ana > GODEFROY Yves']);
    expect(summary.present_names).toEqual(['GODEFROY Yves', 'DUVAL Marcel', 'HAMELIN Rose', 'PORÉE Gaston', 'VAUTIER Odette']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a box of counts drawn with « + », « - » and « | » to the right of a list one per line (pdftotext -layout)', () => {
  const doc = text([
    'COMMUNE DE MONTCLAR-SUR-GERVANNE                         Conseil municipal',
    '                                                  Séance du 14 avril 2015',
    '',
    'L’an deux mille quinze, le mardi quatorze avril à 20 h, le conseil municipal, convoqué le 8 avril 2015, s’est réuni.',
    '',
    'Présents :',
    'M. Paul ROCHAS, Maire                         +-----------------------+',
    'Mme Hélène BOISSY                             | En exercice         9 |',
    'M. Denis CHAUVIN                              | Présents            6 |',
    'Mme Lise DORIER                               | Votants             7 |',
    'M. Marc ESPENEL                               +-----------------------+',
    'Mme Julie FAYARD',
    '',
    'Pouvoirs :',
    'M. Régis GIRARD à M. Paul ROCHAS',
    '',
    'Absents :',
    'Mme Anne HUGUES, M. Luc IMBERT',
    '',
    'Secrétaire de séance : Mme Lise DORIER',
    '',
    '1. Voirie communale',
    'Après en avoir délibéré : Pour : 7 – Contre : 0 – Abstention : 0',
  ]);

  it('reads every name of the list, the box’s borders and cells beside them no part of it', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Paul ROCHAS', 'Hélène BOISSY', 'Denis CHAUVIN', 'Lise DORIER', 'Marc ESPENEL', 'Julie FAYARD']);
    expect(summary.present).toBe(6);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('fixed-width columns « Commune / Délégué(e) / Présence », communes and names wrapped inside their cells', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU PAYS DE VALGORGE',
    'Conseil communautaire – séance du mardi 16 juin 2009',
    'Date de convocation : 8 juin 2009',
    'Délégués en exercice : 7 – Présents : 5 – Pouvoirs : 1 – Votants : 6',
    'Président de séance : M. Olivier CHAMBON',
    '',
    'Commune                  Délégué(e)                      Présence',
    '------------------------------------------------------------------------',
    'Laboule-en-Valgorge      CHAMBON Olivier,                Présent',
    '                         président',
    'Loubaresse               DEVÈZE-MARTIN                   Présente',
    '                         Anne-Laure',
    'Saint-Mélany-sur-        FAURE Bruno                     Présent',
    'Valgorge',
    'Beaumont-le-Bas          GARNIER Lucie                   Pouvoir à M. CHAMBON',
    'Dompnac                  HILAIRE Denis                   Présent',
    'Sablières                JOUVE Marthe                    Excusée',
    'Valgorge                 LAFONT Rémi                     Présent',
    '',
    'Délibération n° 2009-12 – Voirie intercommunale',
    'Le conseil communautaire, à l’unanimité, approuve le programme.',
  ]);

  it('rejoins the wrapped names, leaves the wrapped commune and the role out, and reads every row after them', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['CHAMBON Olivier', 'DEVÈZE-MARTIN Anne-Laure', 'FAURE Bruno', 'HILAIRE Denis', 'LAFONT Rémi']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['GARNIER Lucie > CHAMBON']);
    expect(summary.absent_names).toEqual(['JOUVE Marthe']);
  });
});

describe('a TAB feuille de présence with a table of counts set beside it after an empty cell', () => {
  const T = '\t';
  const doc = text([
    'SIVU DES ÉCOLES DU HAUT-SERRAN',
    'Comité syndical – séance du mardi 3 février 2026',
    'Date de convocation : 26 janvier 2026',
    'Présidence : M. Hugues PELLETIER.',
    '',
    'FEUILLE DE PRÉSENCE',
    ['Délégué', 'Commune', 'Code', 'Signature', '', 'Totaux'].join(T),
    ['PELLETIER Hugues, président', 'Serran-le-Haut', 'P', '[signé]', '', 'En exercice', '6'].join(T),
    ['ARNOULD Claire', 'Serran-le-Haut', 'P', '[signé]', '', 'Présents', '4'].join(T),
    ['BOUCHET Yann', 'Vireux', 'Pv (PELLETIER)', '', '', 'Votants', '5'].join(T),
    ['CLÉMENT Rose', 'Vireux', 'P', '[signé]'].join(T),
    ['DUFOUR Marc', 'Auzay', 'Exc', ''].join(T),
    ['ÉTIENNE Lou', 'Auzay', 'P', '[signé]'].join(T),
    'Codes : P présent – Exc excusé – Pv (X) pouvoir donné à X',
    '',
    'Délibération n° 2026-02 – Participations communales',
    'Le comité syndical, à l’unanimité, fixe les participations.',
  ]);

  it('reads the grid’s rows by their codes, the table beside them no part of any row', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['PELLETIER Hugues', 'ARNOULD Claire', 'CLÉMENT Rose', 'ÉTIENNE Lou']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['BOUCHET Yann > PELLETIER']);
    expect(summary.absent_names).toEqual(['DUFOUR Marc']);
  });
});

describe('three typed lists side by side under their titles, the middle title wrapped onto a second line', () => {
  const doc = text([
    'MAIRIE DE SAINT-PONS-DES-OLIVETTES',
    'Séance du jeudi 9 mars 1989',
    'Date de convocation : 2 mars 1989',
    'Membres en exercice : 9 – Présents : 6 – Votants : 7',
    '',
    'L’an mil neuf cent quatre-vingt-neuf, le neuf mars, le Conseil Municipal s’est réuni sous la présidence de M. Henri BOUSQUET, Maire.',
    '',
    'PRÉSENTS                  ABSENTS AYANT DONNÉ       ABSENTS',
    '                          POUVOIR',
    'BOUSQUET Henri, maire     CABANEL Rose              MAURY Paul (excusé)',
    'ALIBERT Jean                pouvoir à M. BOUSQUET   VIDAL Yvette',
    'BRUNEL Odette',
    'CROS Lucien',
    'FABRE Louise',
    'GAUJAL Pierre',
    '',
    'OBJET : Éclairage public',
    'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, approuve le projet.',
  ]);

  it('reads each column as its list, the rows of the lines no members’ rows', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['BOUSQUET Henri', 'ALIBERT Jean', 'BRUNEL Odette', 'CROS Lucien', 'FABRE Louise', 'GAUJAL Pierre']);
    expect(summary.absent_names).toEqual(['MAURY Paul', 'VIDAL Yvette']);
  });
});

describe('a pipe table of votes by item whose Objet cells wrap onto a line of their own, the other cells empty there', () => {
  const doc = text([
    'VILLE DE SAINT-AMBROIX-LES-CÈDRES',
    'Conseil municipal du mardi 11 octobre 2022',
    'Liste des délibérations examinées',
    '',
    'Convocation adressée le 4 octobre 2022.',
    'Conseillers en exercice : 27 – présents : 25 – votants : 25',
    '',
    '| N°       | Objet                                         | Votants | Pour | Contre | Abst. |',
    '|----------|-----------------------------------------------|---------|------|--------|-------|',
    '| 2022-071 | Approbation du procès-verbal de la séance du  | 25      | 25   | 0      | 0     |',
    '|          | 13 septembre 2022                             |         |      |        |       |',
    '| 2022-072 | Tarifs de la médiathèque                      | 25      | 20   | 3      | 2     |',
    '| 2022-073 | Adhésion au groupement de commandes pour      | 25      | 24   | 0      | 1     |',
    '|          | l’achat d’électricité                         |         |      |        |       |',
  ]);

  it('reads one item a numbered row, its subject rejoined, its vote from its figures', () => {
    const { parsed } = analyseText(doc);
    const items = parsed.deliberations.map((d) => [d.subject, d.vote?.for, d.vote?.against, d.vote?.abstain]);
    expect(items).toEqual([
      ['Approbation du procès-verbal de la séance du 13 septembre 2022', 25, 0, 0],
      ['Tarifs de la médiathèque', 20, 3, 2],
      ["Adhésion au groupement de commandes pour l'achat d'électricité", 24, 0, 1],
    ]);
  });
});

describe('fixed-width columns by commune, a name cell holding the civility and given name, the surname wrapped under it', () => {
  const doc = text([
    'SIVU SCOLAIRE DES TROIS PUECHS',
    'Réunion du comité syndical du mardi 22 juin 2010',
    'Date de la convocation : 15 juin 2010',
    'Délégués en exercice : 4',
    'Présents : 3        Votants : 3',
    '',
    'Commune               Délégués titulaires           Présence',
    'SÉNERGUES             M. Henri CAUSSE               présent',
    '                      (Président)',
    '                      M. Rémi                       présent',
    '                      LAVERNHE',
    'ESPEYRAC              Mme Odile MAURY               présente',
    '                      M. Noël DELPUECH              excusé',
    '',
    'Secrétaire de séance : Mme Odile MAURY.',
    '',
    '1 - Participation des communes',
    'Le comité syndical, à l’unanimité, fixe la participation.',
  ]);

  it('joins the surname to its row, no row of its own', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Henri CAUSSE', 'Rémi LAVERNHE', 'Odile MAURY']);
    expect(summary.absent_names).toEqual(['Noël DELPUECH']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a note under a table of votes by item, naming an amount', () => {
  const doc = text([
    'VILLE DE SAINT-AMBROIX-LES-CÈDRES',
    'Conseil municipal du mardi 8 novembre 2022',
    'Liste des délibérations examinées',
    '',
    'Convocation adressée le 2 novembre 2022.',
    'Conseillers en exercice : 27 – présents : 25 – votants : 25',
    '',
    '| N°       | Objet                                 | Votants | Pour | Contre | Abst. |',
    '|----------|---------------------------------------|---------|------|--------|-------|',
    '| 2022-081 | Budget principal – décision           | 25      | 21   | 4      | 0     |',
    '|          | modificative n° 3                     |         |      |        |       |',
    '| 2022-082 | Tarifs du cimetière                   | 25      | 25   | 0      | 0     |',
    '',
    'La décision modificative n° 3 s’équilibre en dépenses et en recettes à 18 400 €.',
    '',
    'Le Maire, Paul VIGUIER',
  ]);

  it('keeps the note’s amount with the table’s items', () => {
    const { summary } = analyseText(doc);
    expect(summary.amounts_eur).toEqual([18400]);
    expect(summary.votes).toMatchObject({ for: 21, against: 4, abstain: 0 });
  });
});
