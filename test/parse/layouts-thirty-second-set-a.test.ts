/**
 * Layouts the two-hundred-and-thirty-ninth invented corpus (councils outside France writing in French) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');
const keys = (names: string[] | null | undefined) => (names ?? []).map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());

describe('a Belgian convocation sent by the Collège, then by letter, its date in words', () => {
  const doc = text([
    'COMMUNE DE FAYS-LES-HÊTRES',
    '',
    'EXTRAIT DU REGISTRE AUX DÉLIBÉRATIONS DU CONSEIL COMMUNAL',
    '',
    'Séance du mardi 17 mars 1997.',
    '',
    "L'an mil neuf cent nonante-sept, le dix-sept mars, le Conseil communal s'est réuni sur convocation",
    'adressée par le Collège des Bourgmestre et Échevins par lettre du sept mars mil neuf cent nonante-sept.',
    '',
    'Présents : MM. Paul DELHEZ, Bourgmestre-Président ; Jean MOTTET, Échevin ; Mme Rose LAMBIN, Conseillère ;',
    '           M. Louis GÉRARD, Secrétaire communal.',
    '',
    'SÉANCE PUBLIQUE',
    '',
    'Objet : Vente de bois de chauffage.',
    'Le Conseil, à l’unanimité, approuve le cahier des charges de la vente.',
  ]);

  it('dates the convocation by the letter, the sender named before it', () => {
    expect(analyseText(doc).summary.convocation_date).toBe('1997-03-07');
  });
});

describe('the convocation named only where the first item adopts the agenda sent with it', () => {
  const doc = text([
    'COMMUNE DE MORLENS-SUR-BROYE',
    'CONSEIL COMMUNAL',
    '',
    'PROCÈS-VERBAL DE LA SÉANCE DU MARDI 21 OCTOBRE 2014',
    '',
    'Présidence : M. Alain Crausaz, président',
    'Secrétaire : Mme Odile Pache, secrétaire du Conseil',
    '',
    'Présents : Mmes et MM. Alain Crausaz, Odile Pache, Marc Jomini, Lise Bovet, Henri Cuany',
    'Excusés : M. Paul Dériaz, Mme Irène Chollet',
    '',
    '1. Adoption de l’ordre du jour',
    "L'ordre du jour, tel qu'envoyé avec la convocation du 2 octobre 2014, est adopté à l'unanimité.",
    '',
    '2. Préavis municipal n° 5/2014 – Réfection du chemin des Prés',
    'Le préavis est accepté à l’unanimité.',
  ]);

  it('dates the convocation from the agenda item', () => {
    expect(analyseText(doc).summary.convocation_date).toBe('2014-10-02');
  });
});

describe('a list in two columns of spaces, a member’s office before the gap', () => {
  const doc = text([
    'COMMUNE DES VERNETS-DESSOUS',
    'CONSEIL GÉNÉRAL',
    '',
    'Procès-verbal de la séance du lundi 13 mars 2017',
    '',
    'Présidence : M. Yves Sandoz-Petit, président',
    'Secrétaire : Mme Alice Duvanel, secrétaire du bureau',
    '',
    'Présents (8) :',
    '   M. Yves Sandoz-Petit, président          M. Loïc Perrottet',
    '   Mme Alice Duvanel, secrétaire            Mme Joëlle Matile',
    '   M. Hugo Racine-dit-Chappuis              Mme Lara Monnet',
    '   Mme Clara Jeanrenaud                     M. Simon Béguelin',
    '',
    'Excusés (2) : M. Noé Gacond, Mme Iris Vaucher',
    '',
    'Conseil communal : M. Luc Sandoz, président, Mme Eva Monnet, conseillers communaux.',
    '',
    'Le président constate que 8 membres sur 10 sont présents.',
    '',
    '1. Procès-verbal de la séance du 23 janvier 2017',
    'Le procès-verbal est accepté à l’unanimité.',
  ]);

  it('reads both columns, and the excused after them', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(expect.arrayContaining(['joelle matile', 'hugo racine-dit-chappuis', 'simon beguelin']));
    expect(summary.present_names).toHaveLength(8);
    expect(keys(summary.absent_names)).toEqual(['noe gacond', 'iris vaucher']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a Swiss roll call in dotted leaders, the excused named on the lines below their count', () => {
  const doc = text([
    'COMMUNE DE VERNAZ-LE-HAUT – CONSEIL GÉNÉRAL',
    '',
    'PROCÈS-VERBAL DE LA SÉANCE DU MARDI 10 MARS 2026',
    '',
    'Présidence : M. Pascal Zufferey, président du Conseil général',
    '',
    '1. Appel',
    'Membres élus ............................... 30',
    'Membres présents ........................... 27',
    'Membres excusés ............................  3',
    '  Mme Gaëlle Rey, M. Olivier Bruttin, Mme Lucie Fournier',
    'Suppléants siégeant .........................  2',
    '  M. Tom Pralong (pour Mme Gaëlle Rey), Mme Ana Favre (pour M. Olivier Bruttin)',
    '',
    'Le président constate que le Conseil général peut délibérer valablement.',
    '',
    '2. Règlement sur les taxes de séjour',
    'Le règlement est accepté à l’unanimité.',
  ]);

  it('reads the members elected, and the excused under their count', () => {
    const { summary } = analyseText(doc);
    expect(summary.members_in_office).toBe(30);
    expect(keys(summary.absent_names)).toEqual(['gaelle rey', 'olivier bruttin', 'lucie fournier']);
  });
});

describe('a Fribourg count box: the members of the Conseil général in dotted leaders', () => {
  const doc = text([
    'COMMUNE DE PRAZ-DESSOUS',
    'Conseil général',
    '',
    'Procès-verbal – Séance du mardi 7 décembre 2010',
    '',
    'Membres du Conseil général ..................... 20',
    'Présents ....................................... 18',
    'Excusés ........................................  2',
    '',
    'Présidence : Mme Anne BUGNON, présidente du Conseil général',
    '',
    'Sont présents : BUGNON Anne, CLERC Paul, DEMIERRE Luc, EGGER Rita, FRAGNIÈRE Jean, GENDRE Lise, HAYOZ Marc, JUNGO Eva,',
    'KOLLY Max, LAUPER Ida, MAGNIN Léa, NIDEGGER Tim, OBERSON Zoé, PILLER Noé, QUARTENOUD Yann, RIGOLET Alba, SUDAN Guy, TERCIER Axel',
    'Sont excusés : UDRY Joël, VIAL Marie',
    '',
    '1. Budget 2011',
    'Le budget est approuvé par 16 voix contre 1, avec 1 abstention.',
  ]);

  it('reads the members in office', () => {
    expect(analyseText(doc).summary.members_in_office).toBe(20);
  });
});

describe('a Vaud conseil général in prose: its strength, the excused in brackets after their count, the absent counted', () => {
  const doc = text([
    'Conseil général de Bretonnens',
    '',
    'Procès-verbal de la séance du lundi 13 juin 2005',
    '',
    'La séance est ouverte à 20 h, sous la présidence de M. Luc Mottaz, président. Mme Irène Cherpillod tient la plume en qualité de secrétaire du Conseil.',
    '',
    '1. Assermentation',
    'Mme Léa Bovey est assermentée. L’effectif du Conseil général est ainsi porté à 40 membres.',
    '',
    '2. Appel',
    'L’appel fait constater la présence de 30 membres ; 4 membres se sont excusés (Mme Ada Favez, MM. Noël Cornu, Yves Jaquier et Paul Reymond) ; 6 membres sont absents. Le Conseil peut valablement délibérer.',
    '',
    '3. Comptes 2004',
    'Les comptes 2004 sont acceptés à l’unanimité.',
  ]);

  it('reads the strength, the excused named and the one keeping the pen', () => {
    const { summary } = analyseText(doc);
    expect(summary.members_in_office).toBe(40);
    expect(keys(summary.absent_names)).toEqual(['ada favez', 'noel cornu', 'yves jaquier', 'paul reymond']);
    expect(keys([summary.secretary ?? ''])).toEqual(['irene cherpillod']);
  });

  it('counts the absent said only by their number, and still reports a roll call that does not add up', () => {
    expect(errorCodes(analyseText(doc).findings)).not.toContain('ATTENDANCE_INCOMPLETE');
    expect(errorCodes(analyseText(doc.replace('6 membres sont absents', '5 membres sont absents')).findings)).toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('Belgian lots, their total then the same with VAT on its line; a signature with its particle', () => {
  const doc = text([
    'COMMUNE DE WAREMBAIX',
    'CONSEIL COMMUNAL – Séance du 10 juin 2008',
    '',
    'Présents : LEBRUN Paul, Bourgmestre-Président ; MARTIN Anne ; DUCHÊNE Luc ; PIRON Ida, Conseillers communaux ;',
    'DE VOS Marc, Secrétaire communal.',
    '',
    'SÉANCE PUBLIQUE',
    '',
    'Travaux – Réfection de la salle des fêtes – Approbation.',
    'LE CONSEIL,',
    'Considérant que le marché est divisé en deux lots, estimés comme suit :',
    '- Lot 1 (toiture) : 40.000,00 € HTVA ;',
    '- Lot 2 (chauffage) : 25.000,00 € HTVA ;',
    'soit un montant total estimé de 66.000,00 € HTVA, ou 79.860,00 € TVA 21 % comprise ;',
    'DÉCIDE, à l’unanimité, d’approuver le cahier des charges.',
    '',
    'Par ordonnance :',
    'Le Secrétaire communal,',
    'G. DE VOS',
    'Le Bourgmestre-Président,',
    'P. LEBRUN',
  ]);

  it('checks the total before VAT against its lots', () => {
    const { findings } = analyseText(doc);
    expect(errorCodes(findings)).toContain('AMOUNT_SUM_MISMATCH');
    expect(errorCodes(analyseText(doc.replace('66.000,00 € HTVA, ou 79.860,00', '65.000,00 € HTVA, ou 78.650,00')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });

  it('reads the vote of the act, not a signature as an item', () => {
    expect(analyseText(doc).summary.votes).toMatchObject({ unanimous: true });
  });
});

describe('a Luxembourg register: the members present counted after « Nombre des membres », a given name abbreviated', () => {
  const doc = text([
    'ADMINISTRATION COMMUNALE DE KEHLBUR',
    '',
    'Séance publique du 9 juin 1999.',
    'Nombre des membres du conseil : 7 ; nombre des membres présents : 6.',
    '',
    'Présents : MM. Nic. Thill, bourgmestre ; Paul Kayser, échevin ; Mme Lina Hoss, MM. Tom Ries,',
    'Carlo Welter, conseillers ; Mme Anne Beck, secrétaire.',
    'Absent : M. Roby Feltes, conseiller.',
    '',
    'Objet : Approbation d’un devis.',
    'Le conseil communal décide à l’unanimité d’approuver le devis.',
  ]);

  it('reads the list under the heading, not the count before it', () => {
    expect(keys(analyseText(doc).summary.present_names)).toEqual(expect.arrayContaining(['nic. thill', 'paul kayser', 'lina hoss', 'tom ries', 'carlo welter']));
  });
});

describe('a Québec council of mayors: a conseillère sitting as substitute of her maire', () => {
  const doc = text([
    'PROVINCE DE QUÉBEC',
    'MRC DES COTEAUX-BLEUS',
    '',
    'Procès-verbal de la séance ordinaire du conseil de la MRC, tenue le mercredi 20 novembre 2013, à 19 h 30.',
    '',
    'SONT PRÉSENTS :',
    'M. Réal Pouliot, préfet et maire de Saint-Omer-du-Lac',
    'Mme Diane Roy, mairesse de Lac-aux-Perdrix',
    'Mme Nancy Dion, conseillère et substitut de M. Guy Caron, maire de Sainte-Luce-des-Bois',
    'M. Marc Tanguay, maire de Val-Brûlé',
    'M. Yvon Leclerc, maire de Saint-Isidore-Nord',
    '',
    'EST ABSENT :',
    'M. Paul Morin, maire de Rivière-Grise',
    '',
    'Le préfet, M. Réal Pouliot, préside la séance.',
    '',
    'RÉSOLUTION CM-2013-11-150',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. Marc Tanguay et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads the members after the substitute', () => {
    expect(keys(analyseText(doc).summary.present_names)).toEqual(['real pouliot', 'diane roy', 'nancy dion', 'marc tanguay', 'yvon leclerc']);
  });
});

describe('a Québec register in prose: the maire presiding named after « formant quorum », run on after the list', () => {
  const doc = text([
    'PROVINCE DE QUÉBEC',
    'MUNICIPALITÉ DE SAINT-ALBÉRIC',
    '',
    'À une séance régulière du conseil de la municipalité, tenue le lundi 6 mars 1995, à 20 heures, à laquelle sont présents :',
    'messieurs les conseillers Jean Pelletier, Marcel Côté, Rémi Gagnon et madame la conseillère Lise Ouellet, formant',
    'quorum sous la présidence de monsieur le maire Henri Lavoie.',
    '',
    'Est absent : monsieur le conseiller Roger Dumont.',
    '',
    '95-03-041      ADOPTION DU PROCÈS-VERBAL',
    '               Il est proposé par monsieur Jean Pelletier et résolu unanimement que le procès-verbal soit adopté.',
  ]);

  it('counts the maire among the present', () => {
    expect(keys(analyseText(doc).summary.present_names)).toContain('henri lavoie');
  });
});

describe('a Québec roll-call vote naming who voted each way, no count written', () => {
  const doc = text([
    'VILLE DE SAINT-ÉLOI-DES-PINS',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 15 septembre 2008, à 19 h 30.',
    '',
    'Sont présents : M. Jacques Breton, maire, Mme Anne Gosselin, M. Rémi Fortin, M. Denis Lapierre, Mme Lucie Paquet, M. Éric Roy.',
    '',
    '2008-09-201',
    'ADOPTION DU PROCÈS-VERBAL DE LA SÉANCE DU 2 SEPTEMBRE 2008',
    'Il est proposé par M. Rémi Fortin,',
    'appuyé par Mme Anne Gosselin,',
    'd’adopter le procès-verbal de la séance du 2 septembre 2008.',
    'Ont voté pour : Mme Anne Gosselin, M. Rémi Fortin et Mme Lucie Paquet.',
    'Ont voté contre : MM. Denis Lapierre et Éric Roy.',
    'Le maire n’exerce pas son droit de vote.',
    'ADOPTÉE À LA MAJORITÉ',
    '',
    '2008-09-202',
    'LEVÉE DE LA SÉANCE',
    'Il est proposé par Mme Lucie Paquet et résolu unanimement de lever la séance.',
  ]);

  it('counts each option by its names', () => {
    expect(analyseText(doc).summary.votes).toMatchObject({ for: 3, against: 2 });
  });
});
