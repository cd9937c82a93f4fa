/**
 * Layouts the two-hundred-and-seventy-eighth invented corpus found missing (syndicats and small public bodies). Every case
 * is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a typed register by commune with dotted leaders, one commune’s label too long for its dots', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DE VOIRIE DU CANTON DE MARSOLLES',
    'Séance du mardi 12 mars 1974',
    "L'an mil neuf cent soixante-quatorze, le douze mars, le Comité, régulièrement convoqué le 4 mars 1974, s'est réuni sous la présidence de M. GRANIER Marcel.",
    'Nombre de délégués en exercice : 8',
    'Nombre de délégués présents : 7',
    'Nombre de votants : 7',
    '',
    'Etaient présents :',
    'Commune de Marsolles ............ MM. GRANIER Marcel, TEULIER André',
    'Commune de Pujols ............... MM. BESSIERE Louis, CALMETTES Roger',
    'Commune de Saint-Amans-des-Cots-le-Haut  M. VIDALENC Emile',
    'Commune de Rouffiac ............. MM. SOULIE Henri, ALIBERT Paul',
    '',
    'Absent excusé : M. CASSAGNE Jean (Saint-Amans-des-Cots-le-Haut).',
    '',
    'M. ALIBERT Paul a été désigné pour remplir les fonctions de secrétaire.',
    '',
    'OBJET : Programme de voirie 1974',
    'Le Comité, après en avoir délibéré, à l’unanimité, approuve le programme.',
  ]);

  it('reads the members after the gap as it reads those after the leaders', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['GRANIER Marcel', 'TEULIER André', 'BESSIERE Louis', 'CALMETTES Roger', 'VIDALENC Emile', 'SOULIE Henri', 'ALIBERT Paul']);
    expect(summary.absent_names).toEqual(['CASSAGNE Jean']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a TAB feuille de présence by commune whose only state column, « Présent », writes the other states in words', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU DE LORMIÈRES',
    'Compte rendu du Comité syndical du mardi 8 juin 2021',
    'Le Comité syndical, convoqué le 31 mai 2021, s’est réuni sous la présidence de M. Henri DESCOMBES.',
    'Délégués en exercice : 8 – Présents : 4 (dont 1 suppléant) – Pouvoirs : 2 – Votants : 6',
    '',
    'Feuille de présence :',
    'Commune\tTitulaire\tSuppléant\tPrésent',
    'Lormières\tDESCOMBES Henri\tPASCAL Yves\tX',
    'Lormières\tGIRAUDON Léa\t\tpouvoir à DESCOMBES Henri',
    'Cassagnoles\tREBOUL Marc\tTHIBON Annie\texcusé – suppléé par THIBON Annie',
    'Cassagnoles\tVERNET Odette\t\tX',
    'Les Fumades\tMALAVAL Jean\tCOSTE Rémi\texcusé',
    'Les Fumades\tBOISSIN Claire\t\tpouvoir à VERNET Odette',
    'Brouzet\tMAZOYER Paul\tRIGAL Eva\tX',
    'Brouzet\tSABATIER Lise\t\texcusée',
    '',
    'Secrétaire de séance : Mme Odette VERNET.',
    '',
    '1. Tarifs de l’eau 2021',
    'Après en avoir délibéré, le Comité adopte les tarifs à l’unanimité.',
  ]);

  it('reads a proxy, a seated substitute and the excused from the words, the marks as before', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['DESCOMBES Henri', 'THIBON Annie', 'VERNET Odette', 'MAZOYER Paul']);
    expect(summary.absent_names).toEqual(['REBOUL Marc', 'MALAVAL Jean', 'SABATIER Lise']);
    expect(summary.proxies_list).toEqual([
      { from: 'GIRAUDON Léa', to: 'DESCOMBES Henri' },
      { from: 'BOISSIN Claire', to: 'VERNET Odette' },
    ]);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('an émargement by seat, an X after the titulaire or after the suppléant who sat, cut inside a row', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL D’ASSAINISSEMENT DE LA HAUTE-BRIANCE',
    'Compte rendu du Comité syndical du lundi 6 octobre 2008 à 20 h 00',
    'Convocation envoyée le 26 septembre 2008.',
    'Délégués titulaires en exercice : 10 – Délégués présents ou suppléés : 8 – Votants : 8',
    'Président : M. Roger FAUCHER',
    '',
    'Liste d’émargement (X = présent) :',
    'Commune\tTitulaire\t\tSuppléant\t',
    'Aubignac\tFAUCHER Roger\tX\tLAMY Odile\t',
    'Aubignac\tPERRIN Claude\t\tPERRIN Jacques\tX',
    'Vézenac\tGOUDARD Lucie\tX\tMONTEIL Yves\t',
    'Vézenac\tBRUNEL Paul\t\tTHOLLET Anne\t',
    'Saint-Prix\tCHARRAS Marc\tX\tVEYRE Denis\t',
    'Saint-Prix\tLAFONT Hélène\tX\tRIOU Gilles\t',
    'Chadron\tMOURIER Jean\t\tDELHOMME Rose\tX',
    'Chadron\tPRAT Gi',
  ]);

  it('reads the titulaires and the suppléants marked present, the unmarked titulaires absent, the cut row not at all', () => {
    const { parsed, summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['FAUCHER Roger', 'PERRIN Jacques', 'GOUDARD Lucie', 'CHARRAS Marc', 'LAFONT Hélène', 'DELHOMME Rose']);
    expect(summary.absent_names).toEqual(['PERRIN Claude', 'BRUNEL Paul', 'MOURIER Jean']);
    expect(parsed.session.attendance.substitutions.map((s) => `${s.titular.name} > ${s.substitute.name}`)).toEqual(['PERRIN Claude > PERRIN Jacques', 'MOURIER Jean > DELHOMME Rose']);
  });
});

describe('a grid with X marks and, after it, « Assistaient : » naming staff, one with a role the staff list does not know', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU PAYS DE LANTERNE',
    'BUREAU COMMUNAUTAIRE DU JEUDI 10 AVRIL 2025',
    'Date de convocation : 3 avril 2025',
    'Membres du Bureau en exercice : 5 – Présents : 4 – Votants : 4',
    '',
    'NOM Prénom\tFonction\tPrésent\tExcusé',
    'ROCHAIS Denis\tPrésident\tX\t',
    'LEBRUN Carole\t1re Vice-Présidente\tX\t',
    'MORTIER Alain\t2e Vice-Président\tX\t',
    'CAILLAUD Sylvie\tmembre\t\tX',
    'GUILBAUD Henri\tmembre\tX\t',
    '',
    'Secrétaire de séance : Mme Carole LEBRUN',
    'Assistaient : M. Kévin ROUSSEL, DGS ; Mme Julie MORTIER, chargée de la communication.',
    '',
    'Décision n° DB-2025-03',
    'OBJET : Subvention au comité des fêtes',
    'Pour : 4 – Contre : 0 – Abstention : 0',
  ]);

  it('reads the grid’s members only: those who attended after it are no members present', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ROCHAIS Denis', 'LEBRUN Carole', 'MORTIER Alain', 'GUILBAUD Henri']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a TAB grid by commune whose « Présent » column ends the header row, with no heading above it', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DE LA BASSE-CÈZE',
    'Compte rendu du Comité syndical du jeudi 17 juin 2021',
    'Le Comité syndical, convoqué le 9 juin 2021, s’est réuni sous la présidence de M. Lucien ROUVIÈRE.',
    'Délégués en exercice : 8 – Présents : 5 (dont 1 suppléant) – Pouvoirs : 2 – Votants : 7',
    '',
    'Commune\tTitulaire\tSuppléant\tPrésent',
    'Bagnols-le-Vieux\tROUVIÈRE Lucien\tCHAMBON Elsa\tX',
    'Bagnols-le-Vieux\tFABRE Nicole\t\tpouvoir à ROUVIÈRE Lucien',
    'Tresques\tGAUTHIER Alain\tPONS Mireille\tX',
    'Tresques\tROUX Danièle\t\texcusée',
    'Connaux\tVIGNE Pierre\tBOYER Luc\texcusé – suppléé par BOYER Luc',
    'Connaux\tMALIGE Sophie\t\tX',
    'Sabran\tTEISSIER Marc\tARNAL Joël\tpouvoir à GAUTHIER Alain',
    'Sabran\tDURAND Inès\t\tX',
    '',
    'Secrétaire de séance : Mme Sophie MALIGE.',
    '',
    '1. Rapport sur le prix et la qualité du service',
    'Après en avoir délibéré, le Comité prend acte du rapport à l’unanimité.',
  ]);

  it('is read as a grid, its states in words too, not as rows whose state ends the line', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ROUVIÈRE Lucien', 'GAUTHIER Alain', 'BOYER Luc', 'MALIGE Sophie', 'DURAND Inès']);
    expect(summary.absent_names).toEqual(['ROUX Danièle', 'VIGNE Pierre']);
    expect(summary.proxies_list).toEqual([
      { from: 'FABRE Nicole', to: 'ROUVIÈRE Lucien' },
      { from: 'TEISSIER Marc', to: 'GAUTHIER Alain' },
    ]);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('an émargement by seat whose two mark columns are titled « Présent », one after the titulaire, one after the suppléant', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL D’ÉLECTRIFICATION DU VAL D’ORGEVAL',
    'Compte rendu du Comité syndical du mercredi 12 mars 2003',
    'Convocation envoyée le 4 mars 2003.',
    'Délégués en exercice : 8 – Délégués présents ou suppléés : 6 – Votants : 6',
    'Président : M. André CLAVEL',
    '',
    'Commune\tTitulaire\tPrésent\tSuppléant\tPrésent',
    'Orgeval\tCLAVEL André\tX\tBESSON Marie\t',
    'Orgeval\tRAYNAUD Louis\t\tFERRIER Anne\tX',
    'Lunel-Viel\tMAUREL Guy\tX\tPAGÈS Éric\t',
    'Lunel-Viel\tSALLES Irène\t\tSALLES Bernard\tX',
    'Boisset\tGRAS Pierre\tX\tTEISSIER Ange\t',
    'Boisset\tCOMBES Rose\t\tVIDAL Hugo\t',
    'Mudaison\tPONSOT Gilles\tX\tROCHE Léon\t',
    'Mudaison\tFABRE Odile\t\tBRUN Nadia\t',
    '',
    'Secrétaire de séance : M. Guy MAUREL.',
  ]);

  it('reads the suppléants marked under their own « Présent » as sitting for their titulaires', () => {
    const { parsed, summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['CLAVEL André', 'FERRIER Anne', 'MAUREL Guy', 'SALLES Bernard', 'GRAS Pierre', 'PONSOT Gilles']);
    expect(summary.absent_names).toEqual(['RAYNAUD Louis', 'SALLES Irène', 'COMBES Rose', 'FABRE Odile']);
    expect(parsed.session.attendance.substitutions.map((s) => `${s.titular.name} > ${s.substitute.name}`)).toEqual(['RAYNAUD Louis > FERRIER Anne', 'SALLES Irène > SALLES Bernard']);
  });
});
