/**
 * Layouts the two-hundred-and-ninety-seventh invented corpus found missing (a « P / E / A / Pouvoir à » grid aligned with
 * spaces whose holder's title wraps its « à » onto the next line, a compound given name and a holder wrapped under their
 * row). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a « Délégué / Commune / P / E / A / Pouvoir à » grid aligned with spaces, its cells wrapped', () => {
  const doc = text([
    'SIVU DES ÉCOLES DU VAL DE LIZONNE',
    '          EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    '                       Séance du mardi 9 avril 2024',
    '',
    'Délégués en exercice : 8    Présents : 5    Pouvoir : 1    Votants : 6',
    '',
    'Le Comité syndical s’est réuni à la mairie de Vendoire sous la présidence de M. Lionel BOUCHAREL, Président.',
    '',
    '  Délégué                     Commune                  P     E     A     Pouvoir',
    '                                                                          à',
    '  BOUCHAREL Lionel            Vendoire                 X',
    '  CHASTANET Irène             Vendoire                 X',
    '  DUTHEIL Marc                Cherval                  X',
    '  ESCLAFFER Anne-             Cherval                        X           DUTHEIL',
    '  Sophie                                                                  Marc',
    '  FAUGÈRE Denis               Nanteuil-sur-Lizonne     X',
    '  GRANET Yvette               Nanteuil-sur-Lizonne     X',
    '  LABROUSSE Paul              Bouteilles                     X',
    '  MAZIÈRE Odette              Bouteilles                           X',
    '  P : présent – E : excusé – A : absent',
    '',
    'Secrétaire de séance : Mme Irène CHASTANET',
    '',
    '1 – Tarifs de la cantine scolaire',
    'Le Comité syndical, après en avoir délibéré, fixe le prix du repas à 3,40 €.',
    'Pour : 6 – Contre : 0 – Abstention : 0',
  ]);

  it('reads each row by its marks, the wrapped given name and holder joined to their row', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['BOUCHAREL Lionel', 'CHASTANET Irène', 'DUTHEIL Marc', 'FAUGÈRE Denis', 'GRANET Yvette']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['ESCLAFFER Anne-Sophie > DUTHEIL Marc']);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['ESCLAFFER Anne-Sophie', 'LABROUSSE Paul', 'MAZIÈRE Odette']));
    expect(summary.absent_names).toHaveLength(3);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('columns emitted one after the other, the page footer between them on two address lines', () => {
  const names = ['ALLARD Hugo', 'BERTOUX Maëlle', 'CARLIER Noé', 'DUCROCQ Irène', 'ESCOFFIER Jules', 'FAUQUEMBERGUE Lina'];
  const doc = text([
    'Communauté de communes du Val de Sélune',
    'Séance du jeudi 6 mars 2025',
    'Nombre de conseillers en exercice : 8',
    'Présents : 6',
    'Pouvoirs : 1',
    'Votants : 7',
    'Étaient présents :',
    ...names.slice(0, 3),
    'Maison de la communauté – 4 rue des Halles – BP 40012 – 50640 SAINT-AUBRAY',
    'Tél. 02 33 51 20 00 – www.cc-val-selune.fr',
    'Page 1/3',
    ...names.slice(3),
    'Pouvoirs : GOUBET Anne à CARLIER Noé',
    'Absent : HUCHON Marc',
    '1 – Tarifs de la piscine communautaire',
    'Le Conseil communautaire, après en avoir délibéré, adopte les tarifs à l’unanimité.',
  ]);

  it('reads the list across the footer, its address and phone lines no names', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(names);
    expect(proxyPairs(summary.proxies_list)).toEqual(['GOUBET Anne > CARLIER Noé']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('two columns read row by row, a compound given name in the right column wrapped at its own hyphen', () => {
  const doc = text([
    'Commune de Vaux-sur-Ligrie – séance du conseil municipal du 11 février 2025',
    'En exercice : 7    Présents : 7    Votants : 7',
    '',
    'Présents :  LAMBERT Odile                         CORNUAU Anne-',
    '            BERTHOMÉ Gilles                       Sophie',
    '            DAGUENET Rémi                         FOUCHER Yann',
    '            ÉPAUD Chantal                         GUILBAUD Théo',
    'Secrétaire de séance : Mme Chantal ÉPAUD',
    '',
    '1 – Tarifs communaux 2025',
    'Le Conseil municipal, après en avoir délibéré, adopte les tarifs à l’unanimité.',
  ]);

  it('joins the given name to its row, the next row’s left cell no part of it', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['LAMBERT Odile', 'CORNUAU Anne-Sophie', 'BERTHOMÉ Gilles', 'DAGUENET Rémi', 'FOUCHER Yann', 'ÉPAUD Chantal', 'GUILBAUD Théo']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a deliberation software’s boxes flattened on the same lines, each value under its title', () => {
  it('reads the date under « Date de convocation » as the convocation’s', () => {
    const doc = text([
      'Commune de Brélon-sur-Aize                                     Délibération n° DE_2024_044',
      '',
      '                     EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
      '                     DU CONSEIL MUNICIPAL – SÉANCE DU 14 MAI 2024',
      '',
      'Date de convocation     Nombre de conseillers                 Vote',
      '07/05/2024              En exercice   11                      Pour          9',
      '                        Présents       9                      Contre        0',
      '                        Votants        9                      Abstention    0',
      '',
      'Le mardi quatorze mai deux mille vingt-quatre, le Conseil municipal s’est réuni à la mairie.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.session_date).toBe('2024-05-14');
    expect(summary.convocation_date).toBe('2024-05-07');
  });
});

describe('a Belgian administration’s footer, its phone number written with the zone before a slash, inside the list', () => {
  it('reads the councillors on both sides of the footer', () => {
    const doc = text([
      'COMMUNE DE HERBECHAMPS – Séance du conseil communal du 12 mars 2019',
      '',
      'Présents : M. Luc DEMARET, Bourgmestre-Président ;',
      '           MM. Arnaud LEJEUNE, Carine BODART, Échevins ;',
      'Administration communale de Herbechamps – Rue du Centre, 4 – 6940 Herbechamps – Tél. 086/32.14.50',
      '                                                                                          1/3',
      '',
      '           Hélène CORNET, Fabrice DOYEN, Conseillers ;',
      '           Mme Nadia PIRSON, Directrice générale.',
      'Excusé :   M. Marc THIRY, Conseiller.',
      '',
      '1. Budget communal 2019',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(expect.arrayContaining(['Hélène CORNET', 'Fabrice DOYEN', 'Luc DEMARET', 'Carine BODART']));
  });
});

describe('an émargement aligned with spaces whose structure cells reach into the « Présent » title', () => {
  it('reads the mark under « Présent », not the long structure cell beside it', () => {
    const doc = text([
      'SYNDICAT MIXTE DU BASSIN DE LA VÈZERANE – Comité syndical du 3 juin 2015',
      '',
      '  Nom                  Structure       Présent   Excusé   Pouvoir à',
      '  AUBRY Lucien         CC Val de Lisle    X',
      '  BOISSEAU Marthe      CC Val de Lisle    X',
      '  CLÉMENT Yves         CC Val de Lisle              X',
      '  DROUET Agathe        CA Pays Vert       X',
      '  ÉVRARD Simon         CA Pays Vert                 X       DROUET Agathe',
      '',
      '1 – Programme de travaux 2015',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['AUBRY Lucien', 'BOISSEAU Marthe', 'DROUET Agathe']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['ÉVRARD Simon > DROUET Agathe']);
  });
});
