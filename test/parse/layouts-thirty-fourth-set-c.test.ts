/**
 * Layouts the two-hundred-and-fifty-seventh invented corpus (names of every origin, and how lists write them) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a surname in capitals that is also a French word, then two given names (« LE Thi Hoa », « VU Duc Minh »)', () => {
  const doc = text([
    'VILLE DE MAREUIL-SUR-OSSE',
    'Conseil municipal du lundi 14 novembre 2011',
    '',
    'Nombre de conseillers en exercice : 9 – Présents : 7 – Votants : 7',
    '',
    'Étaient présents : M. Gérard POULAIN, Maire, Mme LE Thi Hoa, M. Thomas BERGER, M. VU Duc Minh, Mme DO Kim Lien, Mme Annick RIVIÈRE, M. LA Van Tien.',
    '',
    'Absents : M. Louis GAUDIN, Mme Sarah MEUNIER.',
    '',
    'Secrétaire de séance : Mme Annick RIVIÈRE.',
  ]);

  it('reads each as one member and goes on with the list', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Gérard POULAIN', 'LE Thi Hoa', 'Thomas BERGER', 'VU Duc Minh', 'DO Kim Lien', 'Annick RIVIÈRE', 'LA Van Tien']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a state cell « Représenté (pouvoir à M. X) » in a presence column', () => {
  const doc = text([
    'MAIRIE DE LOUBRESSAC-LE-HAUT',
    'Réunion du conseil municipal du mardi 8 mars 2022',
    '',
    'Nom Prénom\tQualité\tPrésence',
    'GARRIGUES Paul\tMaire\tPrésent',
    'LACAZE Hélène\tAdjointe\tPrésente',
    'MOURGUES Alain\tConseiller\tReprésenté (pouvoir à M. GARRIGUES)',
    'PRADEL Josiane\tConseillère\tPrésente',
    'SERRES Didier\tConseiller\tPrésent',
  ]);

  it('reads the holder after « pouvoir à », not the bracket as a name', () => {
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['MOURGUES Alain > GARRIGUES']);
    expect(summary.absent_names ?? []).toEqual([]);
  });
});

describe('a count line « absents : 2. » right above a grid of states', () => {
  const doc = text([
    'COMMUNE DE VILLEDIEU-SUR-AUBE',
    'Séance du conseil municipal du vendredi 3 juin 2022',
    '',
    'En exercice : 7 – présents : 5 – absents : 2.',
    '',
    'NOM\tPrénom\tQualité\tPrésence',
    'MARCHAND\tHervé\tMaire\tPrésent',
    'GILLOT\tSandrine\tAdjointe\tPrésente',
    'THIÉBAUT\tAlain\tConseiller\tAbsent',
    'COLLOT\tNadège\tConseillère\tPrésente',
    'PERRIN\tYves\tConseiller\tPrésent',
    'JACQUOT\tÉmilie\tConseillère\tExcusée',
    'RENARD\tPaul\tConseiller\tPrésent',
  ]);

  it('reads the absences from the grid only, the header row naming no one', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.absent_names).toEqual(['THIÉBAUT Alain', 'JACQUOT Émilie']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a TAB table « NOM / Prénom / Fonction / Situation », each state written in words', () => {
  const doc = text([
    'COMMUNE DE SAINT-ALBAN-DES-COMBES',
    'Séance du conseil municipal du jeudi 12 mai 2022',
    '',
    'Conseillers en exercice : 9 ; présents : 6 ; représentés : 1 ; absents : 2.',
    '',
    'NOM\tPrénom\tFonction\tSituation',
    'ROUQUETTE\tMarcel\tMaire\tPrésent',
    'VIGUIER\tAnnie\t1re adjointe\tPrésente',
    'SOULIÉ\tBernard\t2e adjoint\tPrésent',
    'CALMELS\tIrène\tConseillère\tAbsente excusée',
    'FABRE\tGilles\tConseiller\tPrésent',
    'TEULIER\tMonique\tConseillère\tPrésente',
    'ALBOUY\tRémi\tConseiller\tReprésenté (pouvoir à Mme VIGUIER)',
    'BOUSQUET\tLéon\tConseiller\tAbsent',
    'DELMAS\tOdette\tConseillère\tPrésente',
    '',
    'Secrétaire de séance : Mme Monique TEULIER.',
  ]);

  it('reads each member as « NOM Prénom », the state from the « Situation » column, the holder in the state cell', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ROUQUETTE Marcel', 'VIGUIER Annie', 'SOULIÉ Bernard', 'FABRE Gilles', 'TEULIER Monique', 'DELMAS Odette']);
    expect(summary.absent_names).toEqual(['CALMELS Irène', 'BOUSQUET Léon']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['ALBOUY Rémi > VIGUIER']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a grid whose column titles are written in two languages, « Langue / Français »', () => {
  const doc = text([
    'Herriko Etxea – Mairie d’Ibarrolle-Garazi',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Bilkura / Séance du mardi 4 octobre 2016',
    '',
    'Kargudunak / Conseillers en exercice : 7 – Bertan / Présents : 5 – Bozka-emaileak / Votants : 6',
    '',
    'Izen-abizenak / Nom Prénom\tBertan / Présent\tEz bertan / Excusé\tAhalordea / Pouvoir à',
    'OHACO Ximun (Maire)\tX',
    'IRIBARNE Argitxu\tX',
    'LOUSTAU Pierre\t\tX\tIRIBARNE Argitxu',
    'BIDEGAIN Kattalin\tX',
    'HEGUY Manex\t\tX',
    'ELISSALDE Joana\tX',
    'CARRICABURU Beñat\tX',
    '',
    'Idazkaria / Secrétaire de séance : ELISSALDE Joana',
  ]);

  it('reads the French side of each title: the marks, the excused and the proxy', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['OHACO Ximun', 'IRIBARNE Argitxu', 'BIDEGAIN Kattalin', 'ELISSALDE Joana', 'CARRICABURU Beñat']);
    expect(summary.absent_names).toEqual(['LOUSTAU Pierre', 'HEGUY Manex']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['LOUSTAU Pierre > IRIBARNE Argitxu']);
    expect(errorCodes(findings)).toEqual([]);
  });
});
