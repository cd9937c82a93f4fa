/**
 * Layouts the two-hundred-and-thirty-seventh invented corpus and the sets after it found missing, and those left from the
 * sets before (fixtures/corpus-pending). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');
const keys = (names: string[] | null | undefined) => (names ?? []).map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());

describe('a roll call naming who voted against, then who abstained, each count in brackets', () => {
  const doc = text([
    'COMMUNAUTÉ D’AGGLOMÉRATION DU PAYS DE LORVEZE',
    'Extrait du registre des délibérations – séance du mardi 14 mars 2023',
    '',
    'Conseillers en exercice : 30 – Présents : 24 – Pouvoirs : 4 – Votants : 28',
    'Présents : BARDOU Alain, CASSE Marie, DELPY Jean, ESCAICH Rose, FABIÉ Guy, GALTIÉ Anne, HUC Paul, IZARN Lise,',
    'JOUANY Marc, LACAN Zoé, MALET Noël, NEGRE Inès, OULES Yves, PAGÈS Léa, QUINTARD Éric, ROUCH Ida, SABY Luc,',
    'TEULIÉ Hugo, URBAIN Nadia, VAISSE Rémi, VIALA Odile, VIDAL Marc, VIGUIÉ Rose, VIRE Paul',
    'Pouvoirs : ALIBERT Marc à BARDOU Alain ; BOUSQUET Lise à CASSE Marie ; COSTES Jean à DELPY Jean ; DAURES Anne à HUC Paul',
    'Absents : ESTRADE Yvon, FRAYSSE Léon',
    '',
    'OBJET : Schéma de mobilité – avenant n° 1',
    'Il est procédé au vote par appel nominal :',
    'Ont voté contre (4) : IZARN Lise – JOUANY Marc – LACAN Zoé – MALET Noël',
    'Se sont abstenus (2) : NEGRE Inès – OULES Yves',
    'Ont voté pour (22) : tous les autres membres présents et représentés',
    '',
    'Le conseil APPROUVE l’avenant n° 1.',
  ]);

  it('reads the abstentions as the next option, not as names of the opponents’ list', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.votes).toMatchObject({ for: 22, against: 4, abstain: 2 });
    expect(errorCodes(findings)).not.toContain('TALLY_MISMATCH');
  });

  it('still reports a roll call whose counts do not make the votants', () => {
    const { findings } = analyseText(doc.replace('Ont voté pour (22)', 'Ont voté pour (20)'));
    expect(errorCodes(findings)).toContain('TALLY_MISMATCH');
  });
});

describe('two lists side by side in a word processor’s table, a TAB between the headings and between the cells', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU HAUT-VALDOYE',
    'Conseil communautaire – séance du mardi 9 février 2016',
    'Extrait du registre des délibérations',
    '',
    'Délégués en exercice : 16',
    'Délégués présents : 11',
    'Pouvoirs : 2',
    'Votants : 13',
    '',
    'Délégués présents\tDélégués excusés ou absents',
    'ARNOULD Michel, Président\tBERTIN Gérard',
    'BAUDOIN Simone\tCOLLOT Marcel',
    'CHEVRIER Paul\tDUMAS Lydie',
    'DIDELOT Anne\tERHARD Joël',
    'ETIENNE Xavier\tFRANÇOIS Claude',
    'FRESSE Sabine',
    'GRANDIDIER Roger',
    'HOUOT Agnès',
    'JEANDEL Pierre',
    'LAHEURTE Josette',
    'MANGIN Bernard',
    '',
    'Pouvoirs : COLLOT Marcel à ARNOULD Michel ; DUMAS Lydie à CHEVRIER Paul.',
    'Secrétaire de séance : HOUOT Agnès.',
    '',
    'Délibération n° 2016-04 – Adhésion au syndicat mixte du SCoT',
    'Le conseil communautaire, à l’unanimité, approuve l’adhésion.',
  ]);

  it('reads the left column as the present and the right one as the excused', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(keys(['ARNOULD Michel', 'BAUDOIN Simone', 'CHEVRIER Paul', 'DIDELOT Anne', 'ETIENNE Xavier', 'FRESSE Sabine', 'GRANDIDIER Roger', 'HOUOT Agnès', 'JEANDEL Pierre', 'LAHEURTE Josette', 'MANGIN Bernard']));
    expect(keys(summary.absent_names)).toEqual(keys(['BERTIN Gérard', 'COLLOT Marcel', 'DUMAS Lydie', 'ERHARD Joël', 'FRANÇOIS Claude']));
    expect(errorCodes(findings)).toEqual([]);
  });

  it('still finds a holder written in the right column (not present)', () => {
    const { findings } = analyseText(doc.replace('DUMAS Lydie à CHEVRIER Paul', 'DUMAS Lydie à ERHARD Joël'));
    expect(errorCodes(findings)).toContain('PROXY_HOLDER_ABSENT');
  });
});

describe('members by commune, each commune a cell before a TAB, one of them a single word', () => {
  const doc = text([
    'COMMUNAUTÉ D’AGGLOMÉRATION DU CAUSSE DE LIMARGUE',
    'PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE',
    'Séance du mercredi 23 avril 2014',
    '',
    'Délégués en exercice : 12 – Présents : 10 – Pouvoirs : 1 – Votants : 11',
    '',
    'Étaient présents :',
    'Limargue-Ville\tMme Nicole ALBERT, M. Jean-Claude BESSE, Mme Sandrine CAMBON',
    'Le Bourg-Sainte-Foy\tM. Bernard DELON, Mme Hélène ESTRADE',
    'Marsac-le-Haut\tM. Alain FOURNIÉ',
    'Rignac\tM. Raymond GARRIGUES',
    'Cazals-la-Forêt\tMme Agnès HÉBRARD, M. Luc ISSALY',
    'Labastide\tM. Kévin JOUCLA',
    '',
    'Pouvoirs :',
    'Mme Danielle LACAZE (Limargue-Ville) à M. Jean-Claude BESSE',
    'Absente : Mme Sylvie MARTY (Rignac)',
    '',
    'OBJET : Élection du président',
    'M. Bernard DELON est élu président par 11 voix.',
  ]);

  it('reads the delegates of every commune, a one-word commune’s too', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(10);
    expect(keys(summary.present_names)).toContain('raymond garrigues');
    expect(keys(summary.present_names)).toContain('kevin joucla');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a table of delegates by commune, a TAB between the cells, the way each took part in the last one', () => {
  const doc = text([
    'SIVU SCOLAIRE DES QUATRE FONTAINES',
    'DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    'Réunion du mardi 16 juin 2020 (audioconférence)',
    '',
    'Délégués en exercice : 8 ; présents : 4 ; représentés : 3 ; votants : 7',
    'Date de convocation : 9 juin 2020',
    '',
    'Le comité syndical s’est réuni par audioconférence, le Président se trouvant au siège. Ont pris part à la réunion :',
    '',
    'Commune\tDélégué\tParticipation',
    'Auzelle\tBOUSQUET Marc\tau siège (Président)',
    'Auzelle\tCANCE Rose\tpar téléphone',
    'Vernhes\tDELMAS Paul\tpouvoir à BOUSQUET Marc',
    'Vernhes\tESTIVAL Anne\tpar téléphone',
    'Crozals\tFABRE Jean\tpouvoir à BOUSQUET Marc',
    'Crozals\tGALZIN Léa\tpar téléphone',
    'Mayran\tHUGONENC Guy\tpouvoir à ESTIVAL Anne',
    'Mayran\tIZARD Lise\texcusée',
    '',
    'Secrétaire : Mme CANCE Rose.',
    '',
    'Délibération 2020-11 – Tarifs de la cantine',
    'Le comité syndical, à l’unanimité des 7 votants, fixe le prix du repas à 3,10 €.',
  ]);

  it('reads the present, the proxies in their cells and the excused', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(keys(['BOUSQUET Marc', 'CANCE Rose', 'ESTIVAL Anne', 'GALZIN Léa']));
    expect(summary.proxies_list).toHaveLength(3);
    expect(summary.proxies_list).toContainEqual({ from: 'HUGONENC Guy', to: 'ESTIVAL Anne' });
    expect(keys(summary.absent_names)).toEqual(keys(['IZARD Lise']));
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('a status list whose rows open with the member’s office as their label', () => {
  const doc = text([
    'MÉTROPOLE DU VAL D’ARGENSE',
    'BUREAU MÉTROPOLITAIN',
    'Séance du jeudi 10 octobre 2019',
    'Date de la convocation : 2 octobre 2019',
    '',
    'Membres du Bureau : 8 – Présents : 5 – Pouvoirs : 2 – Votants : 7',
    '',
    'ÉTAT DES PRÉSENCES',
    'Président : M. Hubert ARNAUD ................................ présent',
    '1er vice-président : M. Alain BESNARD .......................... présent',
    '2e vice-présidente : Mme Martine CAILLAUD ...... pouvoir à M. Hubert ARNAUD',
    '3e vice-président : M. Stéphane DAGUET .......................... présent',
    '4e vice-présidente : Mme Nadine ÉPAUD ........................... présente',
    '5e vice-président : M. Jacky FOUCHER .......... pouvoir à Mme Nadine ÉPAUD',
    'Conseiller délégué : M. Bruno GIRAUD ............................ présent',
    'Conseillère déléguée : Mme Josette HÉRAULT ...................... excusée',
    '',
    'Délibération n° B-2019-10-031 – Subvention à la mission locale',
    'Le Bureau, à l’unanimité, attribue une subvention de 12 000 €.',
  ]);

  it('reads each row’s member, not the office before the colon', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(keys(['Hubert ARNAUD', 'Alain BESNARD', 'Stéphane DAGUET', 'Nadine ÉPAUD', 'Bruno GIRAUD']));
    expect(summary.proxies_list).toContainEqual({ from: 'Jacky FOUCHER', to: 'Nadine ÉPAUD' });
    expect(keys(summary.absent_names)).toEqual(keys(['Josette HÉRAULT']));
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a report’s number that looks like a date, an OCR’s unanimity and a count after dotted leaders', () => {
  const doc = text([
    'CONSEIL RÉGIONAL DES PLAINES DE VERNAISE',
    'Commission permanente',
    'Séance du lundi 21 juin 2010',
    '',
    'Rapport n° 10-06-01 – Décision modificative n° 1',
    'Rapport n° 10-06-02 – Apprentissage',
    '',
    'Membres de la Commission permanente ............ 12',
    'Présents ....................................... 10',
    'Représentés ..................................... 2',
    'Votants ........................................ 12',
    '',
    'Présents : Mme Anne ROUX, M. Paul SIMON, Mme Léa TESSIER, M. Marc URVOY, Mme Inès VALLÉE, M. Yves WEBER,',
    'Mme Zoé ABADIE, M. Guy BLANC, Mme Rose CARON, M. Luc DANIEL',
    'Représentés : Mme Ida ÉTIENNE, représentée par M. Paul SIMON ; M. Noël FABRE, représenté par Mme Anne ROUX',
    '',
    'Rapport n° 10-06-01 – Décision modificative n° 1',
    'La commission permanente adopte la décision modificative.',
    'Adopté à l’unanirnité.',
  ]);

  it('keeps the session’s date alone, reads the members in office and the unanimity', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('2010-06-21');
    expect(summary.members_in_office).toBe(12);
    expect(summary.votes).toMatchObject({ unanimous: true });
    expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('still reads a date written with slashes after « le »', () => {
    const { summary } = analyseText(doc.replace('Séance du lundi 21 juin 2010', 'Séance du 21/06/10'));
    expect(summary.session_date).toBe('2010-06-21');
  });
});

describe('a budget and its two sections without their article', () => {
  const doc = (invest: string) =>
    text([
      'DÉPARTEMENT DE LA HAUTE-VARENNE',
      'Conseil général – séance du lundi 26 janvier 2004',
      '',
      'Présents : MM. Jean ARNAL, Paul BRUN, Luc COSTE, Marc DURAND, Yves ESCOT et Mmes Anne FAURE, Rose GIRAL',
      '',
      'Rapport n° 1 – Budget primitif 2004',
      `Le budget primitif 2004 s'élève à 312,8 millions d'euros, dont 241,5 millions d'euros en section de fonctionnement et ${invest} millions d'euros en section d'investissement.`,
      'Le Conseil général adopte le budget primitif à l’unanimité.',
    ]);

  it('reports sections that do not make the whole', () => {
    expect(errorCodes(analyseText(doc('68,3')).findings)).toContain('AMOUNT_SUM_MISMATCH');
  });

  it('is silent when they do', () => {
    expect(errorCodes(analyseText(doc('71,3')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });
});

describe('a sub-heading under « Présents : » naming who the list is of', () => {
  const doc = text([
    'Séance du conseil municipal du 17 mars 2009',
    '',
    'Présents :',
    '',
    'Les Conseillers Municipaux suivants :',
    '',
    '- Martine AUBRY,- Hubert BESSON,',
    '- Denise CHARPY,- Laurent DUBOIS.',
    '',
    'ABSENTS : Messieurs ESNAULT et FOUCHÉ.',
    '',
    'II – Vote des taux',
    'Le conseil municipal, à l’unanimité, fixe les taux.',
  ]);

  it('reads the names under it as the members present', () => {
    const { summary } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(keys(['Martine AUBRY', 'Hubert BESSON', 'Denise CHARPY', 'Laurent DUBOIS']));
  });
});

describe('an installation whose quorum sentence counts the members present in words', () => {
  const doc = text([
    'COMMUNE DE HOCHWALD-LE-BAS',
    'Procès-verbal de la séance d’installation du conseil municipal du vendredi 27 mars 2026',
    '',
    'POINT 1 – Installation du conseil municipal',
    'M. Gérard KLEIN, maire sortant, ouvre la séance, procède à l’appel nominal des conseillers élus le 15 mars 2026 et les déclare',
    'installés dans leurs fonctions : Mmes et MM. ERNST Paul, FRITZ Anne, GANGLOFF Marc, HERR Lise, JUNG Yves, KOEHL Rose,',
    'LANG Luc, MAURER Inès, NUSS Guy, OTT Léa et PFISTER Noël. Mme OTT Léa, benjamine de l’assemblée, est désignée secrétaire',
    'de séance.',
    '',
    ...Array.from({ length: 8 }, () => 'Le maire sortant rappelle les conditions de l’élection du maire et des adjoints, au scrutin secret et à la majorité absolue aux deux premiers tours.'),
    '',
    'POINT 2 – Élection du maire',
    'M. Paul ERNST, doyen d’âge, prend la présidence. Il constate que la condition de quorum posée à l’article L.2121-17 du CGCT',
    'est remplie, onze conseillers étant présents. M. Paul ERNST est élu maire au premier tour par 11 voix.',
  ]);

  it('reads the members present the sentence states', () => {
    expect(analyseText(doc).summary.present).toBe(11);
  });
});

describe('a total restated on another tax basis in brackets after the parts', () => {
  const doc = (lot3: string) =>
    text([
      'COMMUNE DE LASSEUBE-DU-GAVE',
      'Extrait du registre des délibérations – séance du lundi 14 octobre 2024',
      'Présents : Anne ARRIAU, Paul BARRÈRE, Jean CASTET, Marie DUPLAA, Luc ESCOS',
      '',
      'Délibération D2024-032 – Programme de voirie – attribution du marché',
      'L’offre retenue est celle de l’entreprise pour les montants suivants :',
      '- Lot 1 – Terrassement : 23 480,00 € HT',
      '- Lot 2 – Enrobés : 41 260,00 € HT',
      `- Lot 3 – Signalisation : ${lot3} € HT`,
      'soit un montant total de 71 555,00 € HT (85 866,00 € TTC).',
      'Le conseil municipal, à l’unanimité, attribue le marché.',
    ]);

  it('checks the parts against the first total', () => {
    expect(errorCodes(analyseText(doc('6 915,00')).findings)).toContain('AMOUNT_SUM_MISMATCH');
    expect(errorCodes(analyseText(doc('6 815,00')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });
});

describe('a TAB grid of members with their commune and state, a Breton « Le NOM Prénom » and states « Présent (visio) »', () => {
  const doc = text([
    'CORNOUAILLE-LEFF AGGLO – Communauté d’agglomération',
    'Conseil communautaire du jeudi 26 novembre 2020 – en visioconférence et salle du conseil',
    '',
    'En exercice : 8 – Présents : 4 – Pouvoirs : 3 – Votants : 7',
    '',
    'Conseiller\tCommune\tPrésence',
    'KERVRAN Thierry\tPlouvern\tPrésent',
    'MADEC Claude\tPlouvern\tPrésent (visio)',
    'Le GOASDUFF Maëlle\tPlouvern\tPouvoir à MADEC Claude',
    'QUÉRÉ Léa\tLanrivain\tPouvoir à KERVRAN Thierry',
    'La FONTAINE Marie\tLanrivain\tPrésente (à distance)',
    'TANGUY Henri\tLanrivain\tPrésent',
    'ABGRALL Yves\tKerlouan\tPouvoir à TANGUY Henri',
    'BIHAN Rose\tKerlouan\tExcusée',
    '',
    'Délibération n° CC-2020-112 – Fonds de rebond',
    'Le conseil communautaire, à l’unanimité, approuve le règlement du fonds.',
  ]);

  it('reads every row: the present who sat from afar, the proxies and the excused', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(keys(['KERVRAN Thierry', 'MADEC Claude', 'La FONTAINE Marie', 'TANGUY Henri']));
    expect(summary.proxies_list).toContainEqual({ from: 'Le GOASDUFF Maëlle', to: 'MADEC Claude' });
    expect(summary.proxies_list).toHaveLength(3);
    expect(keys(summary.absent_names)).toEqual(keys(['BIHAN Rose']));
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('members present grouped by commune, each line opening with its commune and a colon', () => {
  const doc = text([
    'COMMUNAUTÉ INTERCOMMUNALE DES HAUTS-DE-L’OUEST',
    'Séance du jeudi 14 novembre 2019',
    '',
    'Délégués en exercice : 12 / Présents : 10 / Pouvoirs : 1 / Votants : 11',
    '',
    'ÉTAIENT PRÉSENTS :',
    'Saint-Gilles-des-Bois : Jean-Paul Eugène VIRIN, Marie-Noëlle BOMAL, Alix TECHNE,',
    'Harry CAPRAIS.',
    'Bras-Panon : Serge AH-SING, Marie-Lise AH-SING, Jocelyne GUICHE.',
    'La Plaine-des-Cafres : Bernard Marie Joseph LEICHT, Pascaline FÉLIX, Teddy CADET.',
    '',
    'POUVOIRS :',
    'Maxime TECHNE (Saint-Gilles-des-Bois) à Alix TECHNE',
    'ABSENT : Patrick ZITOUNI (Bras-Panon)',
    '',
    'Délibération n° 2019-88 – Schéma de mutualisation',
    'Le conseil communautaire, à l’unanimité, approuve le schéma.',
  ]);

  it('reads every member, the communes’ labels set aside', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(10);
    expect(keys(summary.present_names)).toContain('jean-paul eugene virin');
    expect(keys(summary.present_names)).toContain('bernard marie joseph leicht');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a page break inside the list of the present, the act’s heading printed again at the top of the next page', () => {
  const names = ['ARNAL Paul', 'BESSE Anne', 'CAZES Luc', 'DURAND Rose', 'ESCOT Yves', 'FABRE Léa', 'GIRAL Marc', 'HUGON Inès', 'IZARD Guy', 'JAMME Éric', 'LAPORTE Zoé', 'MAZEL Noël'];
  const doc = text([
    'MÉTROPOLE DU VAL D’OCELLE',
    'CONSEIL MÉTROPOLITAIN – SÉANCE DU JEUDI 27 JANVIER 2022',
    'Délibération n° CM-2022-007',
    '',
    'Conseillers en exercice : 14 – Présents : 12 – Pouvoirs : 1 – Votants : 13',
    '',
    `PRÉSENTS : ${names.slice(0, 7).join('; ')};`,
    '',
    'Métropole du Val d’Ocelle – Conseil métropolitain du 27 janvier 2022                                – 1 –',
    '',
    'Délibération n° CM-2022-007',
    '',
    `${names.slice(7).join('; ')}.`,
    '',
    'POUVOIRS : Armelle NAVARRE à Paul ARNAL.',
    'EXCUSÉ : Régis OLIVE.',
    '',
    'OBJET : Programmation pluriannuelle des investissements',
    'Le Conseil métropolitain, après en avoir délibéré, APPROUVE la programmation à l’unanimité.',
  ]);

  it('reads the list on across the footer and the running heading, and the lists after it', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(12);
    expect(summary.proxies_list).toEqual([{ from: 'Armelle NAVARRE', to: 'Paul ARNAL' }]);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('keeps an agenda line repeated as its item’s heading under a footer as a heading', () => {
    const agenda = text([
      'COMMUNAUTÉ DE COMMUNES DU CAUSSE DE VALBRE',
      'Séance du mercredi 27 novembre 2019',
      'Présents : Paul ARNAL, Anne BESSE, Luc CAZES, Rose DURAND',
      '',
      'ORDRE DU JOUR',
      '1. Approbation du procès-verbal de la séance du 25 septembre 2019',
      '2. Tarifs 2020',
      '',
      'CC du Causse de Valbre – PV du conseil communautaire du 27/11/2019 – page 1/3',
      '',
      '1. Approbation du procès-verbal de la séance du 25 septembre 2019',
      'Le conseil communautaire l’adopte à l’unanimité.',
      '',
      '2. Tarifs 2020',
      'Le conseil fixe les tarifs par 3 voix pour et 1 abstention.',
    ]);
    expect(analyseText(agenda).summary.votes).toMatchObject({ unanimous: true });
  });
});

describe('a list of the present whose legend marks those who sat from afar with a star', () => {
  const doc = text([
    'VAL D’OGNE AGGLOMÉRATION',
    'Conseil communautaire – séance du jeudi 24 juin 2021',
    '',
    'Conseillers en exercice : 8',
    'Présents : 6 (dont 2 à distance) – Pouvoirs : 1 – Votants : 7',
    '',
    'Présents (* : à distance) :',
    '   DUPRÉ Jean-Baptiste (Président)               BOURGEOT Hugues',
    '   VOISIN Catherine*                             PERRUCHE Alain',
    '   BOILLON Marc                                  VAUCHEZ Nadia*',
    '',
    'Pouvoirs :',
    'CHAUVELOT Anne à DUPRÉ Jean-Baptiste',
    'Excusé : GUYENOT Paul',
    '',
    'Délibération n° 2021-58 – Plan climat',
    'Le conseil communautaire, à l’unanimité, adopte le plan climat.',
  ]);

  it('reads the heading and the names without their marks', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names).sort()).toEqual(keys(['BOILLON Marc', 'BOURGEOT Hugues', 'DUPRÉ Jean-Baptiste', 'PERRUCHE Alain', 'VAUCHEZ Nadia', 'VOISIN Catherine']).sort());
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a count of the present with its share in brackets, and a table row of one who attends without a vote', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DES DÔMES ET DU SIOULET',
    'Séance du conseil communautaire du jeudi 10 décembre 2020',
    '',
    'Nombre de délégués en exercice : 6',
    'Présents (dont 1 en visioconférence) : 4    Pouvoirs : 1',
    '                                            Votants : 5',
    '',
    'COMMUNE\tDÉLÉGUÉ(E)\tSITUATION',
    'Saint-Orse\tJean-Marie CHASSAGNOUX\tPrésent (Président)',
    '\tBéatrice FAUCHER\tPrésente',
    '\tDidier BESSON\tPouvoir à Jean-Marie CHASSAGNOUX',
    'Mirambel\tGilbert TIXIER\tPrésent',
    '\tAnnie ROUGIER\tPrésente en visioconférence',
    '\tMaryse CHAMBON (suppléante)\tAssiste sans voix délibérative',
    'Gellard\tLaurent VEYRIÈRE\tExcusé',
    '',
    'Délibération n° 2020-77 – Tarifs',
    'Le conseil communautaire, à l’unanimité, fixe les tarifs.',
  ]);

  it('reads 4 present, and the one without a vote in no list', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present).toBe(4);
    expect(summary.present_names).toHaveLength(4);
    expect(keys(summary.absent_names)).toEqual(keys(['Laurent VEYRIÈRE']));
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('members one per line with their office and commune after dashes', () => {
  const lines = ['M. JEANNEROD Paul – Président – Saônelle', 'Mme MONNIER Francine – Saônelle', 'M. MOUREY Gérard – Saônelle', 'M. COLARD Henri – 3e vice-président – Frasnelle', 'Mme PARIS Odile – Saônelle', 'M. BRUCHON Claude – Vernay', 'Mme RENAUD Anne – Vernay', 'M. PETIT Michel – Échenelle', 'Mme BOURDENET Christine – 4e vice-présidente – Échenelle', 'M. CRETIN Alain – Quincelle', 'Mme VERNIER Josette – Quincelle', 'M. SIMONIN Robert – 5e vice-président – Pusel', 'Mme DEMOUGEOT Agnès – Pusel'];
  const doc = text([
    'AGGLOMÉRATION DU PAYS DE SAÔNELLE                      Nombre de conseillers :',
    'Conseil communautaire                                  – en exercice : 14',
    '                                                       – présents : 13',
    'Séance du jeudi 15 décembre 2005                       – votants : 13',
    '',
    'Présents :',
    ...lines,
    '',
    'Excusé : M. MILLERET Yves (Pusel).',
    '',
    'Objet : Budget',
    'Le conseil communautaire, à l’unanimité, adopte le budget.',
  ]);

  it('reads every member, those with an office too', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(13);
    expect(keys(summary.present_names)).toContain('jeannerod paul');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('substitutes who sat for a titular, named in a note or in an observations column', () => {
  it('reads « (pour X) » under a heading of substitutes as the titular they replace', () => {
    const doc = text([
      'COMMUNAUTÉ DE COMMUNES DES COTEAUX DU LAYONNET',
      'Séance du mardi 25 novembre 2008',
      'Délégués en exercice : 8 – Présents : 6 – Représentés : 1 – Votants : 7',
      '',
      'Délégués titulaires présents : Jean-Paul ALLARD ; Monique BOUVET ; Gérard CHESNEAU ; Sylvie DAVY.',
      'Délégués suppléants présents avec voix délibérative : Pierre LIMOUSIN (pour Jean MAILLARD) ;',
      'Odette NAU (pour Roger RABOUIN).',
      'Délégués titulaires excusés : Jean MAILLARD ; Roger RABOUIN ; Yvonne VIAUD.',
      'Pouvoirs : Thérèse GALLARD à Jean-Paul ALLARD.',
      '',
      'Objet : Tarifs',
      'Le conseil communautaire, à l’unanimité, fixe les tarifs.',
    ]);
    expect(errorCodes(analyseText(doc).findings)).toEqual([]);
  });

  // (the tally cut after the opponents' names, « – Abst », is not judged: its abstentions are not known)
  it('reads an observations cell « suppléante de X » beside a substitute marked present, and judges no cut tally', () => {
    const doc = text([
      'COMMUNAUTÉ DE COMMUNES DU RIED DE LA LAUCHE',
      'Séance du mardi 21 novembre 2017',
      'En exercice : 6\tProcurations : 1',
      'Présents : 4 (dont 1 suppléante)\tVotants : 5',
      '',
      'Délégué(e)\tCommune\tPrésent\tExcusé\tProcuration à\tObservations',
      'SCHNEIDER Jean\tLauchwiller\tX',
      'MEYER Christiane\tLauchwiller\tX',
      'KLEIN Marc\tOberlauch\t\t\tSCHNEIDER Jean',
      'JUNG Robert\tSchwindhoffen\t\tX\t\tsuppléé',
      'JUNG Émilie\tSchwindhoffen\tX\t\t\tsuppléante de JUNG Robert',
      'LANG Yvonne\tOberlauch\tX',
      'FISCHER Paul\tOberlauch\t\tX',
      '',
      'Point 1 – Tarifs',
      'Pour : 3 – Contre : 1 (M. Marc KLEIN) – Abst',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(4);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a roll by commune, each commune in capitals above its own indented lists', () => {
  const doc = text([
    'Communauté de communes du Lautrel et de l’Agout',
    'Mardi 27 septembre 2016 – 20 h 30',
    'Membres en exercice : 9 – Présents : 7 – Pouvoirs : 1 – Votants : 8',
    '',
    'APPEL PAR COMMUNE',
    '',
    'LAUTRELLE-SUR-AGOUT',
    '  Présents : M. Bernard FABRE (Président), Mme Claudine ROUQUET, M. Alain CAMBON',
    '  Pouvoir : Mme Sandrine SERIN à Mme Claudine ROUQUET',
    'SAINT-PAULET-DE-CADOUL',
    '  Présents : M. Jean ESTÈVE, Mme Jeanne ESTÈVE',
    '  Excusé : M. Louis SÉNAC',
    'DAMIAC-LA-RIVIÈRE',
    '  Présents : M. Christophe BARTHE, Mme Hélène CALVET',
    '',
    '1) Tarifs',
    'Le conseil communautaire, à l’unanimité, fixe les tarifs.',
  ]);

  it('reads the members and no commune among them', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(7);
    expect(keys(summary.absent_names)).toEqual(keys(['Louis SÉNAC']));
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('counts of a hybrid session: the total present, then its share in the room and afar', () => {
  const doc = text([
    'Communauté de communes de la Vallée de l’Ourne',
    'Séance du jeudi 18 février 2021 – salle des fêtes et visioconférence',
    '',
    'Membres en exercice ............................ 8',
    'Présents (total) ............................... 6',
    '   dont présents en salle ...................... 4',
    '   dont présents en visioconférence ............ 2',
    'Pouvoirs ....................................... 1',
    'Votants ........................................ 7',
    '',
    'Présents : Étienne LAGARDE, Odile CASTAN, Marc DELPY, Josiane ESCOT, Gilbert FABRE, Nathalie FAURE.',
    'Pouvoir : Thierry GAYRAL à Étienne LAGARDE.',
    'Excusée : Amélie HUC.',
    '',
    'Délibération n° 2021-07 – Tarifs',
    'Le conseil communautaire, à l’unanimité, fixe les tarifs.',
  ]);

  it('reads the total as the members present', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present).toBe(6);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('an excused member whose arrival is told after a dash on the line', () => {
  const doc = text([
    'SYNDICAT MIXTE DE LA VALLÉE DE L’ORGE',
    'Comité syndical – séance du jeudi 21 novembre 2019',
    '',
    'Délégués en exercice ........................................ 9',
    'Présents à l’ouverture ...................................... 5',
    'Pouvoirs .................................................... 1',
    'Votants ..................................................... 6',
    '',
    'Présents :',
    'M. Bernard HOUSSIN (Département), Président',
    'Mme Claudine LEPAGE (Département)',
    'M. Fabrice DUVAL (CC des Plateaux)',
    'Mme Sylvie DELMAS (CC des Plateaux)',
    'M. Hervé DELAMAIN (CC des Plateaux)',
    '',
    'Pouvoirs :',
    'Mme Annick GOSSET (Département) à M. Bernard HOUSSIN',
    '',
    'Excusés :',
    'M. Thierry POISSY (CC Orge-Bocage) – arrivée à la délibération n° 3',
    'M. René LECOURT (CC des Plateaux)',
    'Mme Odile BRÉHAT (CA Val de Seulle)',
    '',
    'Délibération n° 2019-31 – Procès-verbal du comité syndical du 26 septembre 2019',
    'Le procès-verbal est adopté à l’unanimité.',
  ]);

  it('reads the whole list of the excused, the arrival a note of the first', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.absent_names)).toEqual(keys(['Thierry POISSY', 'René LECOURT', 'Odile BRÉHAT']));
    expect(errorCodes(findings)).toEqual([]);
  });
});
