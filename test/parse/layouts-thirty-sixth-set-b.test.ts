/**
 * Layouts the two-hundred-and-seventy-fourth invented corpus found missing (PDF text layers). Every case is written anew
 * here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a box of counts laid side by side with the first names of a list one per line (pdftotext -layout)', () => {
  const doc = text([
    'Commune de Valbrune-sur-Lèze',
    'Conseil municipal – séance du jeudi 6 mars 2025',
    '',
    'Convoqué le 28 février 2025, le Conseil municipal s’est réuni à la mairie sous la présidence de',
    'M. Gérard TOULOUSE, Maire.',
    '',
    'Nombre de membres :              Présents :',
    'En exercice : 11                 Gérard TOULOUSE',
    'Présents : 8                     Simone ARNAUDIN',
    'Votants : 9                      Benoît CASTAGNÉ',
    '                                 Laure DEVÈZE',
    '                                 Marius ESCAFFRE',
    '                                 Odile FOURCADE',
    '                                 Paul GAILLAC',
    '                                 Rose HÉRAIL',
    'Absents ayant donné mandat : M. Yves ICHÉ a donné mandat à M. Gérard TOULOUSE.',
    'Absents : Mme Anne JALABERT, M. Luc LABATUT.',
    'Secrétaire de séance : Mme Laure DEVÈZE.',
    '',
    '1. Travaux de voirie',
    'Le Conseil municipal, après en avoir délibéré, approuve le programme.',
    'Pour : 9 – Contre : 0 – Abstention : 0',
  ]);

  it('reads the whole list, the box’s title and counts beside it no names', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Gérard TOULOUSE', 'Simone ARNAUDIN', 'Benoît CASTAGNÉ', 'Laure DEVÈZE', 'Marius ESCAFFRE', 'Odile FOURCADE', 'Paul GAILLAC', 'Rose HÉRAIL']);
    expect(summary.members_in_office).toBe(11);
    expect(summary.present).toBe(8);
    expect(summary.voters).toBe(9);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a box of three counts, no title, beside a list of members with their civilities', () => {
  const doc = text([
    'Commune de Montaigut-le-Blanc',
    'Conseil municipal – séance du mardi 9 septembre 2025',
    '',
    'Convoqué le 2 septembre 2025, le Conseil municipal s’est réuni à la mairie sous la présidence de',
    'Mme Claire VIDAL, Maire.',
    '',
    '                                 Présents :',
    'En exercice : 11                 Mme Claire VIDAL',
    'Présents : 7                     M. Bruno AYMARD',
    'Votants : 8                      Mme Denise BARTHE',
    '                                 M. Étienne COMBES',
    '                                 Mme Fanny DELPECH',
    '                                 M. Gilles ESPIÉ',
    '                                 Mme Hélène FAURE',
    'Pouvoirs : M. Ivan GARRIGUES à Mme Claire VIDAL.',
    'Absents : M. Jacques LAFON, Mme Karine MAUREL, M. Lucien NOGUÈS.',
    'Secrétaire de séance : Mme Fanny DELPECH.',
    '',
    '1. Travaux de l’école',
    'Le Conseil municipal, après en avoir délibéré, approuve les travaux.',
    'Pour : 8 – Contre : 0 – Abstention : 0',
  ]);

  it('reads the list, the counts a margin beside it', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Claire VIDAL', 'Bruno AYMARD', 'Denise BARTHE', 'Étienne COMBES', 'Fanny DELPECH', 'Gilles ESPIÉ', 'Hélène FAURE']);
    expect(summary.present).toBe(7);
    expect(summary.voters).toBe(8);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a box of counts given as one row between two lines of a comma list (pdf-parse’s long lines)', () => {
  const doc = text([
    'COMMUNE DE SAINT-OBRE-LES-VIGNES',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS – SÉANCE DU LUNDI 14 OCTOBRE 2024',
    'Date de convocation : 7 octobre 2024',
    'Le Conseil municipal, régulièrement convoqué, s’est réuni sous la présidence de M. Henri BOUSQUET, Maire.',
    'Étaient présents : M. Henri BOUSQUET, Maire, Mme Agathe CROS, M. Fabien DELMAS, Mme Inès',
    'ESTÈVE, M. Jules FABRE, Mme Noémie GRAS,',
    'Nombre de membres afférents au Conseil : 15   En exercice : 15   Présents : 11   Votants : 12',
    'M. Olivier HUGON, Mme Pauline ISSARTEL, M. Quentin JOUVE, Mme Rosa LAUZE, M. Simon',
    'MAZEL.',
    'Pouvoirs : Mme Thérèse NAVARRE à M. Henri BOUSQUET.',
    'Absents : M. Ugo ORTIZ, Mme Vanessa PAGÈS, M. Xavier RIEU.',
    'Secrétaire de séance : Mme Agathe CROS.',
    '',
    'Objet : Tarifs de la cantine',
    'Le Conseil municipal, après en avoir délibéré, adopte les tarifs.',
    'Pour : 12 – Contre : 0 – Abstention : 0',
  ]);

  it('reads the list on across the row', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Henri BOUSQUET', 'Agathe CROS', 'Fabien DELMAS', 'Inès ESTÈVE', 'Jules FABRE', 'Noémie GRAS', 'Olivier HUGON', 'Pauline ISSARTEL', 'Quentin JOUVE', 'Rosa LAUZE', 'Simon MAZEL']);
    expect(summary.present).toBe(11);
    expect(summary.voters).toBe(12);
    expect(summary.absent_names).toEqual(['Ugo ORTIZ', 'Vanessa PAGÈS', 'Xavier RIEU']);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('reads it on across a row whose counts slashes part', () => {
    const slashed = doc.replace('Nombre de membres afférents au Conseil : 15   En exercice : 15   Présents : 11   Votants : 12', 'En exercice : 15 / Présents : 11 / Votants : 12');
    const { summary } = analyseText(slashed);
    expect(summary.present_names).toHaveLength(11);
    expect(summary.present_names?.slice(-2)).toEqual(['Rosa LAUZE', 'Simon MAZEL']);
  });
});

/** A syndicate's table « Commune / Délégué titulaire / Présence » one cell per line. */
const syndicateTable = (suppleantLine: boolean) =>
  text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU DE MORVILLE',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    'Séance du mardi 3 juin 2014',
    '',
    'Délégués en exercice : 8    Présents : 6    Votants : 7',
    'Date de convocation : 23 mai 2014',
    'Le Comité syndical s’est réuni sous la présidence de M. Alain BRUNEAU, Président.',
    '',
    'Commune',
    'Délégué titulaire',
    'Présence',
    'Aubeville',
    'M. Alain BRUNEAU',
    'Présent',
    'Aubeville',
    'Mme Céline CORDIER',
    'Excusée – pouvoir à M. Alain BRUNEAU',
    'Bernay-le-Sec',
    'M. Denis DUMONT',
    'Présent',
    'Bernay-le-Sec',
    'Mme Élise FOUCHER',
    'Présente',
    'Crouy-sur-Ource',
    'M. Gaston GIRARD',
    'Excusé – suppléé par M. Hervé HAMELIN',
    'Crouy-sur-Ource',
    'Mme Irène JOLY',
    'Présente',
    'Dampierre-en-Brie',
    'M. Karim LEROUX',
    'Absent',
    'Dampierre-en-Brie',
    'Mme Lucie MARCHAL',
    'Présente',
    ...(suppleantLine ? ['Délégué suppléant ayant voix délibérative : M. Hervé HAMELIN (Crouy-sur-Ource)'] : []),
    'Secrétaire de séance : Mme Irène JOLY',
    '',
    'Objet : Prix de l’eau 2015',
    'Après en avoir délibéré, le Comité syndical adopte les tarifs.',
    'Vote : Pour 7 – Contre 0 – Abstention 0',
  ]);

describe('a presence table one cell per line whose first column is the commune', () => {
  it('reads each row’s state from its third cell: present, absent, proxy and suppléant', () => {
    const { summary, findings } = analyseText(syndicateTable(false));
    expect(summary.present_names).toEqual(['Alain BRUNEAU', 'Denis DUMONT', 'Élise FOUCHER', 'Hervé HAMELIN', 'Irène JOLY', 'Lucie MARCHAL']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['Céline CORDIER', 'Gaston GIRARD', 'Karim LEROUX']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Céline CORDIER > Alain BRUNEAU']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('the suppléant a table seats by the titular’s cell, named again under the table', () => {
  it('is one member present', () => {
    const { summary, findings } = analyseText(syndicateTable(true));
    expect(summary.present_names).toEqual(['Alain BRUNEAU', 'Denis DUMONT', 'Élise FOUCHER', 'Hervé HAMELIN', 'Irène JOLY', 'Lucie MARCHAL']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a name cut by a hyphen at a line’s end in the left of two columns interleaved line by line (pdftotext -layout)', () => {
  const doc = text([
    'COMMUNE DE KERVÉNEC',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du lundi 8 avril 2019',
    '',
    'L’an deux mille dix-neuf, le huit avril à dix-huit heures, le Conseil Municipal, dûment convoqué le 2 avril 2019,',
    's’est réuni sous la présidence de M. Goulven LE ROUX, Maire.',
    'En exercice : 11   Présents : 8   Votants : 9',
    'Étaient présents :                                Absents excusés :',
    'M. Goulven LE ROUX, Maire                         Mme Katell PRIGENT (pouvoir à',
    'Mme Anne-Sophie BRAS, 1re adjointe                M. Yann GOURVES)',
    'M. Yann GOURVES, 2e adjoint                       M. Tanguy RIOU',
    'Mme Élodie CADIOU                                 Absent :',
    'M. Mikaël DERRIEN                                 M. Loïc SALAÜN',
    'Mme Françoise-Domi-',
    'nique FLOCH                                       Secrétaire de séance :',
    'M. Gwénaël HÉNAFF                                 Mme Élodie CADIOU',
    'M. Pierre-Yves JAOUEN',
    '',
    'Objet : Vote des taux d’imposition 2019',
    'Le Conseil municipal, après en avoir délibéré, maintient les taux.',
    'Pour : 9 – Contre : 0 – Abstention : 0',
  ]);

  it('keeps the right column where it stood: the secretary’s label ends the absences', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Goulven LE ROUX', 'Anne-Sophie BRAS', 'Yann GOURVES', 'Élodie CADIOU', 'Mikaël DERRIEN', 'Françoise-Dominique FLOCH', 'Gwénaël HÉNAFF', 'Pierre-Yves JAOUEN']);
    expect(summary.absent_names).toEqual(['Katell PRIGENT', 'Tanguy RIOU', 'Loïc SALAÜN']);
    expect(summary.secretary).toBe('Élodie CADIOU');
    expect(errorCodes(findings)).toEqual([]);
  });
});
