/**
 * Layouts the two-hundred-and-fifty-third and fifty-ninth invented corpora (ticked attendance tables) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a pipe table of X marks whose member column is headed « Élu(e) »', () => {
  const doc = text([
    'COMMUNE DE BREVILLE-LES-ORMES',
    'Conseil municipal – Séance du 12 mars 2024',
    '',
    'Membres en exercice : 7 | Présents : 5 | Pouvoirs : 1 | Votants : 6',
    '',
    'Le mardi douze mars deux mille vingt-quatre, à 19 h, le Conseil municipal s’est réuni sous la présidence de M. Paul ROUSSELIN, Maire.',
    '',
    '| Élu(e) | Présent | Excusé | Absent | Pouvoir à |',
    '| ROUSSELIN Paul, Maire | X | | | |',
    '| GARNIER Odile, 1re adjointe | X | | | |',
    '| BLONDEL Hugues | X | | | |',
    '| CORDIER Maëlle | | X | | GARNIER Odile |',
    '| FOUQUET Line | X | | | |',
    '| JOUBERT Marc | X | | | |',
    '| LAUNAY Rémi | | | X | |',
    '',
    'Objet : Travaux de voirie',
    'Pour : 6 | Contre : 0 | Abstention : 0',
    '',
    'Pour extrait certifié conforme, le Maire.',
  ]);

  it('reads the marks: the present, the excused giver and her holder, the absent', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ROUSSELIN Paul', 'GARNIER Odile', 'BLONDEL Hugues', 'FOUQUET Line', 'JOUBERT Marc']);
    expect(summary.proxies_list).toEqual([{ from: 'CORDIER Maëlle', to: 'GARNIER Odile' }]);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['LAUNAY Rémi']));
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });

  it('finds a declared present count the marks do not bear out', () => {
    const { findings } = analyseText(doc.replace('Présents : 5 | Pouvoirs : 1 | Votants : 6', 'Présents : 6 | Pouvoirs : 1 | Votants : 7'));
    expect(errorCodes(findings)).toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a flattened ticked table whose « Pouvoir donné à » cell names the holder by surname and initial', () => {
  const doc = text([
    'Compte-rendu du Comité syndical du 14 mai 2012',
    '',
    'Les délégués du comité syndical se sont réunis le lundi 14 mai 2012 à 18 h sous la présidence de M. Henri VALADE.',
    '',
    'NOM PrénomCollectivité membrePrésent(e)Pouvoir donné à',
    'VALADE Henri CC des Deux Rives X',
    'PEYRE Colette CC des Deux Rives X',
    'TOURNIER Marcel CA du Val Brun X',
    'SERRE Josiane CA du Val Brun TOURNIER M.',
    'BONNAL Lucien Syndicat des eaux du Brun X',
    'ROQUES Agnès Syndicat des eaux du Brun',
    '',
    'Le comité approuve le budget à l’unanimité.',
  ]);

  it('keeps the holder as written when a member of the table bears that surname and initial', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['VALADE Henri', 'PEYRE Colette', 'TOURNIER Marcel', 'BONNAL Lucien']);
    expect(summary.proxies_list).toEqual([{ from: 'SERRE Josiane', to: 'TOURNIER M.' }]);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['ROQUES Agnès']));
  });

  it('reads no holder from an initial no member of the table bears', () => {
    const { summary } = analyseText(doc.replace('TOURNIER M.', 'TOURNIER J.'));
    expect(summary.proxies_list ?? []).toEqual([]);
  });
});

describe('a legend’s letter before a substitution in a pipe table’s state cell: « E – suppléé par X »', () => {
  const doc = text([
    'SIVU DES ÉCOLES DU HAUT-LIGNOU',
    'Séance du comité syndical du jeudi 4 avril 2019',
    '',
    'Le comité syndical s’est réuni sous la présidence de M. Alain FABRE.',
    '',
    'Situation des délégués (P : présent – E : excusé – A : absent – R : représenté)',
    '| Commune          | Délégué titulaire | Situation',
    '| Lignou-le-Bas    | Alain FABRE       | P',
    '|                  | Irène COMBAL      | P',
    '| Vabres-Hautes    | Paul TEISSÈDRE    | E – suppléé par Louis MAUREL (suppléant)',
    '|                  | Rose CALMELS      | A',
    '| Saint-Jory-d’Olt | Luc BRAS          | R – pouvoir à Alain FABRE',
    '|                  | Anne VIGUIÉ       | P',
    '',
    'Le comité adopte le budget primitif à l’unanimité.',
  ]);

  it('keeps the titular excused and makes his substitute present', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(expect.arrayContaining(['Alain FABRE', 'Irène COMBAL', 'Louis MAUREL', 'Anne VIGUIÉ']));
    expect(summary.present_names).not.toContain('Paul TEISSÈDRE');
    expect(summary.absent_names).toEqual(expect.arrayContaining(['Paul TEISSÈDRE', 'Rose CALMELS']));
    expect(summary.proxies_list).toEqual([{ from: 'Luc BRAS', to: 'Alain FABRE' }]);
  });
});

describe('a presence column in words whose cell says « Représenté par X » (no word of absence)', () => {
  const doc = text([
    'BUREAU SYNDICAL DU SMICTOM DES COTEAUX DE L’AUVÈZE',
    'Séance du lundi 7 octobre 2024',
    '',
    'Membre\t\t\tFonction\t\t\tPrésence',
    'ROUFFIAC Gérard\t\tPrésident\t\t\tPrésent',
    'LAGARDE Sylvie\t\t1re vice-présidente\t\tPrésente',
    'BESSE Thierry\t\t2e vice-président\t\tReprésenté par ROUFFIAC Gérard',
    'MONTEIL Agnès\t\tMembre du bureau\t\tExcusée',
    'CROS Laurent\t\tMembre du bureau\t\tPrésent',
    '',
    'Le bureau attribue la subvention à l’unanimité.',
  ]);

  it('puts the giver in the proxies only, the excused member in the absences', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ROUFFIAC Gérard', 'LAGARDE Sylvie', 'CROS Laurent']);
    expect(summary.proxies_list).toEqual([{ from: 'BESSE Thierry', to: 'ROUFFIAC Gérard' }]);
    expect(summary.absent_names).toEqual(['MONTEIL Agnès']);
  });
});
