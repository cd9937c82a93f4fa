/**
 * Layouts the two-hundred-and-forty-first invented corpus found missing (headings worded beyond the commonest forms).
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');
const keys = (names: string[] | null | undefined) => (names ?? []).map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());

describe('inclusive writing with a middle dot in the counts and the headings', () => {
  const doc = text([
    'MAIRIE DE SAINT-ALBAN-DES-COMBES',
    'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 9 AVRIL 2026',
    '',
    'Convocation adressée le vendredi 3 avril 2026',
    'Conseillères et conseillers en exercice : 11',
    'Présent·es : 8',
    'Représenté·es : 2',
    'Votant·es : 10',
    '',
    'Présent·es :',
    '▪ MARTEL Odile, maire',
    '▪ BRUNEAU Cyril, 1er adjoint',
    '▪ DAVAL Irène',
    '▪ FOUCHÉ Loïc',
    '▪ GARNIER Salomé',
    '▪ HERVIEU Paul',
    '▪ JAMET Lina',
    '▪ LORIN Hugo',
    '',
    'Représenté·es :',
    '▪ NOYER Agathe a donné procuration à MARTEL Odile',
    '▪ PELLAN Rémi a donné procuration à DAVAL Irène',
    '',
    'Excusé·e : TOUZAIN Marc',
    '',
    'Secrétariat de séance : JAMET Lina',
    '',
    '1. Tarifs de la cantine',
    'Le prix du repas est porté à 3,10 €.',
    'Vote : unanimité (10 voix).',
  ]);

  it('reads the lists and the counts under « Présent·es », « Représenté·es », « Excusé·e »', () => {
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(8);
    expect(summary.proxies).toBe(2);
    expect(summary.voters).toBe(10);
    expect(summary.present_names).toHaveLength(8);
    expect(summary.proxies_list).toContainEqual({ from: 'NOYER Agathe', to: 'MARTEL Odile' });
    expect(keys(summary.absent_names)).toEqual(keys(['TOUZAIN Marc']));
  });
});

describe('a tally, the member standing aside named after it in the same sentence', () => {
  const doc = text([
    'COMMUNE DE VERLHAC-SUR-DOURBIE',
    'Séance du conseil municipal du mardi 12 mai 2026',
    'Convocation du 5 mai 2026',
    'En exercice : 11 – Présents : 9 – Pouvoirs : 1 – Votants : 10',
    'Présents : MM. ARNAL Jean, BOYER Luc, CROS Anne, DELMAS Paul, ESPINASSE Rose, FABRE Léo, GAZAGNE Ida, HUGON Marc, ISSERT Eve',
    'Pouvoir : JOUVE Noël à ARNAL Jean',
    'Absent : LAFON Guy',
    'Secrétaire de séance : CROS Anne',
    '',
    '1. Subventions aux associations',
    'Le conseil attribue 800 € au comité des fêtes.',
    'Vote : 9 pour – 0 contre – 0 abstention ; ne prend pas part au vote : HUGON Marc, président du comité.',
  ]);

  it('counts the one named as not taking part, and the tally makes the votants', () => {
    const { parsed, findings } = analyseText(doc);
    expect(parsed.deliberations[0]!.vote).toMatchObject({ for: 9, not_voting: 1 });
    expect(errorCodes(findings)).not.toContain('TALLY_MISMATCH');
  });
});

describe('absence sections said in a sentence: « N’assistaient pas à la séance », « N’a pas assisté à la séance »', () => {
  const doc = (absence: string) =>
    text([
      'COMMUNE DE BRAMEJEAN',
      'COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU SAMEDI 8 JUIN 1996',
      'Le conseil municipal s’est réuni sous la présidence de Julien ROUBAUD, Maire, sur convocation du 1er juin 1996.',
      'Présents à la séance : Julien ROUBAUD, Marthe GIRAUD, Félix ALLÈGRE, Nina BOSC, Aimé CAYOL, Rose DURBEC.',
      'Avait donné procuration : Louis ESCOFFIER à Marthe GIRAUD.',
      `${absence} : Paul FERAUD, Lucie GASTAUD.`,
      'Madame Nina BOSC a été désignée pour remplir les fonctions de secrétaire.',
      '',
      '1/ Travaux de voirie : le devis est adopté à l’unanimité des votants (7 voix).',
    ]);

  it('reads the names after them as absent, not as proxies', () => {
    for (const heading of ['N’assistaient pas à la séance', 'N’ont pas assisté à la séance']) {
      const { summary } = analyseText(doc(heading));
      expect(keys(summary.absent_names)).toEqual(keys(['Paul FERAUD', 'Lucie GASTAUD']));
      expect(summary.proxies_list).toEqual([{ from: 'Louis ESCOFFIER', to: 'Marthe GIRAUD' }]);
    }
  });
});

describe('« Assistaient à la séance, Mesdames et Messieurs : », the members addressed, two per line', () => {
  const doc = text([
    'Compte rendu du conseil municipal du 16 mars 2010',
    '',
    'L’an deux mil dix, le mardi 16 mars, le Conseil Municipal de LAVERGNE-DU-CAUSSE, dûment convoqué le 10 mars, s’est réuni sous la présidence de Monsieur Alain PUECH, Maire.',
    '',
    'Assistaient à la séance, Mesdames et Messieurs :',
    '',
    '- Sophie AUGÉ,- Bernard CALMELS,',
    '- Denis FABRE,- Lise GINESTE,',
    '- Marc JULIEN,- Rose LACOMBE.',
    '',
    'Absent excusé : Monsieur MAZARS.',
    '',
    'Secrétaire désignée : Madame Lise GINESTE.',
    '',
    'I – Tarifs de la salle des fêtes :',
    'Le Conseil Municipal adopte les tarifs à l’unanimité.',
  ]);

  it('reads the names below as the members present', () => {
    const { summary } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(keys(['Sophie AUGÉ', 'Bernard CALMELS', 'Denis FABRE', 'Lise GINESTE', 'Marc JULIEN', 'Rose LACOMBE']));
  });
});

describe('« Excusés non représentés : » after the proxies', () => {
  const doc = text([
    'COMMUNE DE LACAPELLE-DU-VERN – PROCES-VERBAL DE LA SEANCE DU 11 FÉVRIER 2021',
    'Nombre de conseillers en exercice : 11 Présents : 8 Pouvoirs : 1 Votants : 9',
    'Conseillers présents : ALBOUY Jean, BRU Anne, CANCE Paul, DELPECH Rose, ESCUDIÉ Marc, FALIP Lise, GRES Hugo, HEBRARD Ida',
    'Délégations de vote : M. IZARD Guy à M. ALBOUY Jean.',
    'Excusés non représentés : M. JOUANY Noël, Mme LAVAL Eve.',
    'Mme BRU Anne est désignée secrétaire de séance.',
    'POINT 1 - Vote des taux',
    'Les taux sont adoptés à l’unanimité.',
  ]);

  it('reads the names after it as excused, not as more proxies', () => {
    const { summary } = analyseText(doc);
    expect(keys(summary.absent_names)).toEqual(keys(['JOUANY Noël', 'LAVAL Eve']));
    expect(summary.proxies_list).toHaveLength(1);
  });
});

describe('« ONT DONNÉ MANDAT DE VOTER EN LEUR NOM : », one pair per line', () => {
  const doc = text([
    'VILLE DE SAINT-CÉRÉ-LES-EAUX',
    'PROCES-VERBAL DU CONSEIL MUNICIPAL SEANCE DU 12 MARS 2009',
    'Par suite d’une convocation en date du 5 mars 2009, le Conseil municipal s’est réuni sous la présidence de Monsieur Paul VIDAL, Maire.',
    'Conseillers en exercice : 11 – Présents : 8 – Mandats : 2 – Votants : 10',
    'MEMBRES PRÉSENTS : M. Paul VIDAL – Mme Anne BRU – M. Guy CROS – Mme Ida DAUDÉ – M. Léo ESCAT – Mme Rose FAUR – M. Noé GAYRAL – Mme Lise HUC.',
    '',
    'ONT DONNÉ MANDAT DE VOTER EN LEUR NOM :',
    '',
    'Mme Odile IZARD à M. Paul VIDAL',
    'M. Marc JAMME à Mme Anne BRU',
    '',
    'ABSENT NON REPRÉSENTÉ : M. Hugo LAGARDE.',
    'SECRÉTAIRE DE SÉANCE : Mme Lise HUC.',
    '',
    '1 – Budget',
    'Le budget est adopté à l’unanimité.',
  ]);

  it('reads the pairs below it as proxies', () => {
    const { summary } = analyseText(doc);
    expect(summary.proxies_list).toEqual([
      { from: 'Odile IZARD', to: 'Paul VIDAL' },
      { from: 'Marc JAMME', to: 'Anne BRU' },
    ]);
  });
});

describe('a page flattened to one paragraph, the list of the excused run into the secretary’s sentence', () => {
  const doc = text([
    'Conseil communautaire du 6 octobre 2016 PROCÈS VERBAL L’an deux mille seize, le jeudi 6 octobre à 18 h 30, les membres du Conseil Communautaire se sont réunis sur la convocation qui leur a été adressée par le Président le 27 septembre 2016. La séance a été ouverte sous la présidence de Monsieur Yves KERGOAT. Nombre de conseillers titulaires en exercice : 8 Nombre de conseillers titulaires présents : 6 Nombre de votants : 7 Pouvoirs : 01 Ont pris part à la séance : M. Yves KERGOAT, Mme Anne LE DUFF, M. Paul MORVAN, Mme Rose NICOL, M. Guy OLLIVIER, Mme Lise PRIGENT. Pouvoirs écrits : M. Hugo QUÉRÉ à M. Yves KERGOAT Excusé : M. Jean-Marc RIOU Mme Rose NICOL est désignée pour assurer le secrétariat de la séance. 2016 10 n°01 - Procès-verbal Les membres du Conseil, après en avoir délibéré, adoptent à l’unanimité le procès-verbal.',
  ]);

  it('reads the one the sentence designates, not the last excused', () => {
    expect(analyseText(doc).summary.secretary).toBe('Rose NICOL');
  });
});

describe('a grouping’s delegates « siégeant » / « n’ayant pas siégé », and « Assure le secrétariat de séance : »', () => {
  const doc = text([
    'COMMUNAUTE DE COMMUNES DES COTEAUX DU LAURAC',
    'Séance du 9 octobre 2003',
    'L’an deux mille trois, le neuf octobre, le Conseil de Communauté, dûment convoqué le 1er octobre 2003, s’est réuni sous la présidence de Monsieur Paul BARTHE.',
    'Délégués siégeant : BARTHE P. – CAZALS R. – DOUMENC M. – ESTIBAL J. – FONTAN A. – GALY B.',
    'Délégués n’ayant pas siégé : HOMS L. – ICHER D.',
    'Délégués excusés : JAMMES O.',
    'Assure le secrétariat de séance : DOUMENC M.',
    'ORDRE DU JOUR',
    'I. FINANCES',
    'Le conseil adopte la décision modificative à l’unanimité.',
  ]);

  it('reads the delegates who sat as present, those who did not as absent, and the secretary', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toHaveLength(6);
    expect(keys(summary.absent_names)).toEqual(keys(['HOMS L.', 'ICHER D.', 'JAMMES O.']));
    expect(summary.secretary).toBe('DOUMENC M.');
  });
});

describe('capitalised headings: « DÉLÉGUÉ REPRÉSENTÉ : » and « A ÉTÉ ÉLU SECRÉTAIRE DE SÉANCE : »', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL D’ADDUCTION D’EAU DU HAUT-ARROS',
    'COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL DU MARDI 15 OCTOBRE 2013',
    'Date de convocation : 7 octobre 2013',
    'Délégués en exercice : 9 – Présents : 6 – Pouvoir : 1 – Votants : 7',
    'DÉLÉGUÉS PRÉSENTS : Mmes AUGÉ Rose, BAYLE Anne, MM. CAZES Paul, DUFFAU Guy, ESQUERRE Léo, FOURCADE Marc.',
    'DÉLÉGUÉ REPRÉSENTÉ : M. GASSION Noël (pouvoir à M. CAZES Paul).',
    'ABSENTS – EXCUSÉS : MM. HOURCADE Jean, LASSUS Yves.',
    'A ÉTÉ ÉLU SECRÉTAIRE DE SÉANCE : M. DUFFAU Guy.',
    '',
    '1 – RAPPORT ANNUEL',
    'Le Comité syndical, à l’unanimité (7 voix), adopte le rapport.',
  ]);

  it('reads the represented delegate as a proxy, not a member present, and no verb as an absent name', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(6);
    expect(summary.proxies_list).toEqual([{ from: 'GASSION Noël', to: 'CAZES Paul' }]);
    expect(keys(summary.absent_names)).toEqual(keys(['HOURCADE Jean', 'LASSUS Yves']));
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
    expect(errorCodes(findings)).not.toContain('PROXY_GIVER_PRESENT');
  });
});

describe('a TAB attendance table the excerpt cuts inside its last row', () => {
  const doc = text([
    'Compte rendu du Comité syndical du 19 novembre 2020',
    '',
    'Délégués titulaires en exercice : 12 – Présents : 6 – Pouvoirs : 2 – Votants : 8',
    '',
    'Secrétaire de séance : Mme Rose BAYLAC',
    '',
    'NOM Prénom\tCollectivité représentée\tPrésent(e)\tPouvoir donné à',
    'ABADIE Paul\tCC Gimone\tX\t',
    'BAYLAC Rose\tCC Gimone\tX\t',
    'CAZAUX Jean\tCC Gimone\t\tABADIE Paul',
    'DARROUY Lise\tCC Arrats\tX\t',
    'ESPIAU Marc\tCC Arrats\t\t',
    'FITTE Anne\tCC Arrats\tX\t',
    'GARROS Hugo\tDépartement\tX\t',
    'HOURCADE Léa\tChambre d\'agri',
  ]);

  it('leaves the cut row unread (its marks are unknown), the rows above read', () => {
    const { summary } = analyseText(doc);
    expect(keys(summary.absent_names)).toEqual(keys(['ESPIAU Marc']));
    expect(keys(summary.present_names)).not.toContain('hourcade lea');
  });
});

describe('the president asks « Mademoiselle X », the youngest member, to call the roll and keep the minutes', () => {
  const doc = text([
    'CONSEIL GENERAL DU HAUT-LIGNON. Séance du 27 juin 2011',
    'Le Conseil Général s est réuni en séance publique le lundi 27 juin 2011, sous la présidence de Monsieur Pierre ARSAC, Président du Conseil Général. Il demande à Mademoiselle Julie BONNEFOY, benjamine de l Assemblée, de procéder à l appel nominal et d assurer le secrétariat de la séance. Nombre de conseillers généraux en exercice : 8 Ont répondu à l appel de leur nom : Pierre ARSAC, Julie BONNEFOY, Marc CHAPUIS, Anne DELORME, Paul ESCOFFIER, Rose FAYARD, Guy GIRAUD, Lise HILAIRE.',
    'Le Conseil adopte la décision modificative à l unanimité.',
  ]);

  it('names her secretary', () => {
    expect(analyseText(doc).summary.secretary).toBe('Julie BONNEFOY');
  });
});
