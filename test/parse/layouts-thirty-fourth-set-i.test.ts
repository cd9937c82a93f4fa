/**
 * Layouts the two-hundred-and-sixty-first invented corpus (PDF text layers with columns) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a list by commune, each commune’s label alone on its line above its delegates (pdftotext without -layout)', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DE LA BASSE-ORVANNE',
    'Séance du 9 octobre 2003',
    'Nombre de délégués en exercice : 10 – présents : 7 – votants : 8',
    'Le Comité syndical s’est réuni sous la présidence de M. Fernand LACOSTE, Président.',
    'Etaient présents :',
    'Orvanne-le-Haut :',
    'M. LACOSTE Fernand',
    'Mme VIGNAL Odile',
    'Saint-Brice-des-Prés :',
    'M. TOURNIER Alain',
    'Vaumoret :',
    'M. ESCOFFIER Paul',
    'Mme BRUNEL Agathe',
    'Lanterne-sur-Orvanne :',
    'M. DUCLOS Henri',
    'Bréval :',
    'M. MAGNE Lucien',
    'Absent excusé ayant donné pouvoir :',
    'M. PEYRARD Louis (Saint-Brice-des-',
    'Prés) à M. TOURNIER Alain',
    'Absents excusés :',
    'M. RIBOT Gilles (Bréval)',
    'Mme SALLES Irène (Vaumoret)',
    'Mme VIGNAL Odile a été désignée secrétaire de séance.',
    '',
    'Objet : Travaux de renouvellement du réseau',
    'Le Comité, après en avoir délibéré, à l’unanimité, APPROUVE le programme.',
  ]);

  it('reads the delegates, the commune labels and the next sections being none of them', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['LACOSTE Fernand', 'VIGNAL Odile', 'TOURNIER Alain', 'ESCOFFIER Paul', 'BRUNEL Agathe', 'DUCLOS Henri', 'MAGNE Lucien']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['PEYRARD Louis > TOURNIER Alain']);
    expect(summary.absent_names).toEqual(['RIBOT Gilles', 'SALLES Irène']);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('keeps a delegate whose surname a hyphen cut at the line end', () => {
    const cut = doc.replace('M. ESCOFFIER Paul', 'M. ESCOF-\nFIER Paul');
    const { summary } = analyseText(cut);
    expect(summary.present_names).toEqual(['LACOSTE Fernand', 'VIGNAL Odile', 'TOURNIER Alain', 'ESCOF-FIER Paul', 'BRUNEL Agathe', 'DUCLOS Henri', 'MAGNE Lucien']);
    expect(summary.absent_names).toEqual(['RIBOT Gilles', 'SALLES Irène']);
  });
});

describe('a surname hyphenated at a line end, written whole under the signature', () => {
  const doc = text([
    'COMMUNE DE SAINT-VÉRAN-DU-LOT',
    'Séance du 3 mars 2009',
    'Le conseil municipal s’est réuni sous la présidence de M. Hervé MARCHE-',
    'TEAU, Maire.',
    'Etaient présents :',
    'M. MARCHE-',
    'TEAU Hervé',
    'Mme FAURE-',
    'VIDAL Lucie',
    'M. COSTES Jean',
    'Mme PRADEL Sylvie',
    '',
    'Objet : Cantine scolaire',
    'Le conseil, après en avoir délibéré, à l’unanimité, FIXE le tarif du repas.',
    'Le Maire,',
    'H. MARCHETEAU',
  ]);

  it('joins it, and keeps the hyphen of a compound surname never written whole', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['MARCHETEAU Hervé', 'FAURE-VIDAL Lucie', 'COSTES Jean', 'PRADEL Sylvie']);
    expect(summary.president).toBe('Hervé MARCHETEAU');
  });
});

describe('titulaires and suppléants in two titled columns under the present heading, the right entry wrapped', () => {
  const doc = text([
    'SYNDICAT MIXTE DU BASSIN DE LA SOURDÈNE',
    'Séance du 15 mai 2004',
    'Délégués en exercice : 10 – Présents : 7 (dont 1 suppléant) – Votants : 7',
    'Le Comité syndical s’est réuni sous la présidence de M. Alain ROCHER, Président.',
    '',
    'Étaient présents :',
    '  Délégués titulaires                          Délégués suppléants avec voix délibérative',
    '  M. Alain ROCHER (Vernas)                     Mme Lise PONCET (Moulins-Neufs), suppléante de',
    '  Mme Claire FABRE (Vernas)                    M. Joël GRANGER',
    '  M. Pierre LAMY (Moulins-Neufs)',
    '  M. Denis VIALA (Cressac)',
    '  Mme Rose ARNAL (Cressac)',
    '  M. Yves BOREL (Tarnac-le-Bas)',
    '',
    'Absents excusés : M. Joël GRANGER (Moulins-Neufs), représenté par sa suppléante ; M. Marc OLLIER (Tarnac-le-Bas) ;',
    'Mme Anne VIDAL (Lordat) ; M. Paul SERRE (Lordat)',
    '',
    'Objet : Compte administratif 2003',
    'Le Comité syndical, après en avoir délibéré, à l’unanimité, APPROUVE le compte administratif.',
  ]);

  it('reads each column to its end: the wrapped titular is no member present, the member beside him is', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Alain ROCHER', 'Claire FABRE', 'Pierre LAMY', 'Denis VIALA', 'Rose ARNAL', 'Yves BOREL', 'Lise PONCET']);
    expect(summary.absent_names).toEqual(['Joël GRANGER', 'Marc OLLIER', 'Anne VIDAL', 'Paul SERRE']);
    expect(errorCodes(findings)).not.toContain('PROXY_GIVER_PRESENT');
  });
});
