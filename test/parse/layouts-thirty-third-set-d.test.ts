/**
 * Layouts the two-hundred-and-forty-ninth invented corpus (intercommunalités and syndicats as their websites give them)
 * found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');
const keys = (names: string[] | null | undefined) => (names ?? []).map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());

describe('one delegate per line after the commune and a dash, « Prénom NOM »', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU HAUT-VERDOUBLE',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE',
    '',
    'Séance du jeudi 12 mars 2015 à 18 h 30',
    'Date de convocation : 5 mars 2015',
    'Conseillers en exercice : 9 – Présents : 6 – Pouvoirs : 1 – Votants : 7',
    '',
    'Présents :',
    'Tautavelle – Gérard SALVAT (Président)',
    'Tautavelle – Odile PUJOL',
    'Saint-Arnac-le-Bas – Henri CASES',
    'Saint-Arnac-le-Bas – Muriel TORRENT',
    'Les Cabanes-de-Fenouillet – Jordi BOUSQUET',
    'Vingrau-d’Amont – Claire ESTÈVE',
    '',
    'Pouvoirs : Mme Odile PUJOL à M. Gérard SALVAT ; M. Paul NOGUÈRES à Mme Claire ESTÈVE.',
    'Absents excusés : M. Louis RIERA, Mme Anne FABRE.',
    'Secrétaire de séance : Mme Muriel TORRENT',
    '',
    'OBJET : Fonds de concours 2015',
    'Le Conseil communautaire, à l’unanimité, attribue les fonds de concours.',
  ]);

  it('reads the names without their communes, and sees the member present who gave a pouvoir', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['gerard salvat', 'odile pujol', 'henri cases', 'muriel torrent', 'jordi bousquet', 'claire esteve']);
    expect(errorCodes(findings)).toContain('PROXY_GIVER_PRESENT');
  });
});

describe('a table whose commune cell the extraction glued to the delegate « NOM Prénom »', () => {
  const doc = text([
    'SIVU DU GYMNASE DES TROIS VALLONS',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
    '',
    'Séance du jeudi 9 octobre 2008 à 19 heures.',
    'Date de convocation : 30 septembre 2008.',
    'Membres en exercice : 6 - Présents : 4 - Procuration : 1 - Votants : 5',
    '',
    'CommuneDéléguésPrésence',
    'Val-d’AubrelleFERRAND Hugues (Président)   présent',
    'Val-d’AubrelleCOSTE Mireille   présente',
    'La Roche-BrunetteMAZEL Didier   procuration à M. FERRAND',
    'La Roche-BrunetteVIDAL Sandrine   présente',
    'Les Granges-du-LacTEISSIER Paul   présent',
    'Les Granges-du-LacROUVIÈRE Anne   absente',
    '',
    'Secrétaire de séance : Mme COSTE Mireille.',
    '',
    'N° 2008-14 - Tarifs du gymnase',
    'Le comité syndical adopte les tarifs à l’unanimité.',
  ]);

  it('reads each row’s member without the commune', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['ferrand hugues', 'coste mireille', 'vidal sandrine', 'teissier paul']);
    expect(keys(summary.absent_names)).toEqual(['rouviere anne']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['MAZEL Didier > FERRAND']);
    expect(keys([summary.president ?? ''])).toEqual(['ferrand hugues']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('staff in the list of those who attended: a service’s « responsable »', () => {
  const doc = text([
    'SYNDICAT MIXTE DE COLLECTE DU PAYS DE LORMANCE',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    '',
    'Séance du mardi 14 mai 2024 – 18 h',
    'Convocation : 6 mai 2024',
    'Membres en exercice : 6 ; présents : 4 ; représentés : 1 ; votants : 5',
    '',
    '| Collectivité | Délégué | Statut | Pouvoir donné à |',
    '|---|---|---|---|',
    '| CC de Lormance | GUÉRIN Luc | Présent (Président) | |',
    '| CC de Lormance | PRIGENT Anne | Présente | |',
    '| CC du Vallon | LE GALL Yves | Représenté | MORVAN Rose |',
    '| CC du Vallon | MORVAN Rose | Présente | |',
    '| CC du Vallon | TANGUY Loïc | Présent | |',
    '| CC du Vallon | RIOU Brigitte | Excusée | |',
    '',
    'Secrétaire de séance : Mme PRIGENT Anne',
    'Assistaient : Mme LE BIHAN Maëlle, directrice ; M. KERBRAT Erwan, responsable collecte.',
    '',
    'OBJET : Redevance spéciale 2025',
    'Le Comité syndical adopte les tarifs à l’unanimité.',
  ]);

  it('keeps them out of the members present', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['guerin luc', 'prigent anne', 'morvan rose', 'tanguy loic']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a Luxembourg roll « Nom / rôle », the syndicate’s secretary keeping the minutes listed with the present', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DE LA HAUTE-SÛRE (SIEHS)',
    'Séance publique du comité du 12 mars 2014',
    '',
    'Présents',
    'Jean Hoffmann / président (Wiltzbach), Anne Reiser / vice-présidente (Eschdorf-Haut)',
    'Pol Schmit (Wiltzbach), Lis Muller (Boulaide-Bas) / délégués',
    'Nico Bintner / secrétaire du syndicat',
    'Excusé',
    'Guy Konsbruck / délégué (Eschdorf-Haut)',
    '',
    'Le comité, composé de 5 délégués, compte 4 délégués présents et peut valablement délibérer.',
    '',
    '1. Budget 2014',
    'Le comité approuve le budget à l’unanimité.',
  ]);

  it('keeps the secretary out of the members present', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['jean hoffmann', 'anne reiser', 'pol schmit', 'lis muller']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('delegates in two columns flattened with spaces, their member bodies’ names as cells of the columns', () => {
  const doc = text([
    'PÔLE MÉTROPOLITAIN DU VAL DE SORENNE',
    'Comité syndical – Séance du mardi 8 mars 2016',
    '',
    'Date d’envoi de la convocation : 29 février 2016',
    'Délégués en exercice : 13 / Présents : 10 / Pouvoirs : 2 / Votants : 12',
    '',
    'Délégués présents :',
    'CA Sorenne Métropole                      CC des Coteaux d’Aveyrac',
    'Bernard FAURIE (Président)                Josiane LAGARDE',
    'Muriel CABROL                             Alain VIGUIÉ',
    'Patrice SOULIÉ                            CC Rance-et-Tarn',
    'Agnès DELPECH                             Christophe BOYER',
    'Marc ROQUES                               Hélène MARTY',
    '                                          Paul CROS',
    '',
    'Pouvoirs : M. Louis AZÉMAR à M. Bernard FAURIE – Mme Sylvie COSTES à Mme Josiane LAGARDE',
    'Absent : M. Régis PUECH',
    'Secrétaire de séance : Mme Hélène MARTY',
    '',
    'CS-2016-04 – Cotisation 2016',
    'Adopté à l’unanimité.',
  ]);

  it('reads the names of both columns and not the bodies', () => {
    const { summary, findings } = analyseText(doc);
    expect(keys(summary.present_names).sort()).toEqual(['agnes delpech', 'alain viguie', 'bernard faurie', 'christophe boyer', 'helene marty', 'josiane lagarde', 'marc roques', 'muriel cabrol', 'patrice soulie', 'paul cros']);
    expect(errorCodes(findings)).toEqual([]);
    expect(keys(summary.absent_names)).toEqual(['regis puech']);
    expect(proxyPairs(summary.proxies_list)).toHaveLength(2);
    expect(keys([summary.secretary ?? ''])).toEqual(['helene marty']);
  });
});

describe('a Vaud conseil intercommunal: delegates « Prénom Nom » after their commune and a colon', () => {
  const doc = text([
    'ASSOCIATION INTERCOMMUNALE DE LA MENTHUE-DESSUS',
    'CONSEIL INTERCOMMUNAL',
    '',
    'Procès-verbal de la séance du mardi 12 mars 2019, 20h00',
    '',
    'Présidence : M. Alain Cornaz, président du Conseil intercommunal',
    'Secrétaire : Mme Lise Pidoux, secrétaire du Conseil (hors conseil)',
    '',
    "L'appel fait constater la présence de 8 délégués sur 9 ; 1 délégué est excusé.",
    '',
    'Délégués présents, par commune :',
    'Bercher-le-Bourg : Alain Cornaz, Jean-Marc Oulevay, Nadia Bignens',
    "Fey-d'en-Haut : Pierre-Yves Rapin, Josiane Cuendet",
    'Rueyres-les-Prés : Daniel Gavillet, Claire Mottaz, Luc Bovet',
    '',
    'Excusé : Marc Chappuis (Fey-d’en-Haut).',
    '',
    '2. Préavis n° 03/2019 – Comptes 2018',
    'Au vote, les conclusions du préavis sont acceptées par 6 oui et 1 abstention. Conformément au règlement, le président ne vote pas.',
  ]);

  it('reads the delegates without their communes', () => {
    const { summary } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['alain cornaz', 'jean-marc oulevay', 'nadia bignens', 'pierre-yves rapin', 'josiane cuendet', 'daniel gavillet', 'claire mottaz', 'luc bovet']);
  });
});

describe('a Québec MRC: the quorum stated as members out of the council', () => {
  const doc = text([
    'PROVINCE DE QUÉBEC MRC DU HAUT-RIVARD',
    "Procès-verbal de la séance ordinaire du conseil de la MRC du Haut-Rivard, tenue le mercredi 14 mars 2018 à 19 h 30. Sont présents les membres suivants du conseil : M. Paul Gagné, préfet et maire de Saint-Rivard (3 voix); Mme Lyne Caron, mairesse de Lac-Rivard (2 voix); M. Guy Roy, maire de Val-Dufour (1 voix). Est absente : Mme Rose Bédard, mairesse de Sainte-Anne-du-Lac (1 voix). Le quorum est constaté : 3 membres sur 4, représentant 6 voix sur 7.",
    "2018-03-041 ADOPTION DE L'ORDRE DU JOUR Il est proposé par Mme Lyne Caron, appuyé par M. Guy Roy et résolu à l'unanimité d'adopter l'ordre du jour.",
  ]);

  it('reads the members present and in office', () => {
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(3);
    expect(summary.members_in_office).toBe(4);
  });
});

describe('a giver’s clause of its own inside « Excusés », the commune in brackets, the verb in the past', () => {
  const doc = text([
    'SIAEP DU HAUT-CÉROU',
    'Séance du mardi 8 juin 2010',
    'Membres en exercice : 8 ; présents : 5 ; pouvoirs : 2 ; votants : 7',
    '',
    'Présents :',
    'Laval-de-Cérou : FABRE Jean, ROQUES Anne',
    'Mouzieys : SALVAN Paul, COSTES Odile',
    'Vindrac : ALBAR Henri',
    '',
    'Excusés : M. CALMEL René (Vindrac) a donné pouvoir à M. ALBAR Henri ; Mme BRU Lucie (Mouzieys) a donné pouvoir à M. SALVAN Paul ; M. VIALA Guy (Laval-de-Cérou).',
    '',
    'Secrétaire de séance : Mme ROQUES Anne.',
    '',
    '2010-08 – Tarifs de l’eau',
    'Adopté à l’unanimité.',
  ]);

  it('reads the proxies, the givers not excused', () => {
    const { summary } = analyseText(doc);
    expect(keys(summary.absent_names)).toEqual(['viala guy']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['CALMEL René > ALBAR Henri', 'BRU Lucie > SALVAN Paul']);
  });
});

describe('an émargement table cut inside the last row’s state cell', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU VAL DE SEILLE',
    'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU JEUDI 4 FÉVRIER 2021',
    'Conseillers en exercice (30) – Présents (20) – Pouvoirs (5) – Votants (25)',
    '',
    "Liste d'émargement",
    'Nom\tCommune\tPrésence\tMandataire',
    'ADAM Luc\tSeillac\tprésent\t',
    'BARBIER Anne\tSeillac\treprésentée\tADAM Luc',
    'CORNU Paul\tVillers\texcusé\t',
    'DIDIER Marc\tVillers\tprésent (visio)\t',
    'ÉVRARD Lise\tMonthel\tabsente\t',
    'FISCHER Hugo\tMonthel\tpré',
  ]);

  it('leaves the last member’s state unknown', () => {
    const { summary } = analyseText(doc);
    expect(keys(summary.absent_names).sort()).toEqual(['cornu paul', 'evrard lise']);
    expect(keys(summary.present_names)).toEqual(['adam luc', 'didier marc']);
  });
});

describe('the chair of an installation session, a note in brackets before the colon', () => {
  const doc = text([
    'PETR DU PAYS DU HAUT-LOT',
    'COMITÉ SYNDICAL D’INSTALLATION – SÉANCE DU JEUDI 9 JUILLET 2020',
    '',
    'En exercice : 12 | Présents : 9 | Pouvoirs : 1 | Votants : 10',
    '',
    "Président de séance (doyen d'âge jusqu'à l'élection du Président) : M. Hector BOUYSSOU",
    'Secrétaire de séance : Mme Anaïs LACAZE',
    '',
    'Délégués présents : M. Hector BOUYSSOU, Mme Anaïs LACAZE, M. Paul CROS, Mme Line VIGUIÉ, M. Marc BOYER, Mme Rose SÉGALA, M. Jean FAURE, Mme Irène PRAT, M. Guy LAFON',
    '',
    '1. Élection du Président',
    'M. Paul CROS est élu Président par 10 voix.',
  ]);

  it('reads the one who chairs', () => {
    expect(keys([analyseText(doc).summary.president ?? ''])).toEqual(['hector bouyssou']);
  });
});

describe('a table by commune, the titulaire and the suppléant each with a mark after the name, the header glued', () => {
  const doc = text([
    'SIVOM DU VAL DE BRÊCHE',
    'Compte rendu du comité syndical du jeudi 5 juin 2008',
    '',
    'Titulaires en exercice : 10 – Présents ou suppléés : 4 – Votants : 4',
    '',
    'CommuneDélégué(e) titulairePrésent(e)Délégué(e) suppléant(e)Siège (avec voix)',
    'Arvillers FAYOLLE Bruno (Président) X LEROUX Lise',
    'Arvillers GODIN Marc PICARD Anne X',
    'Bresle-le-Haut MALLET Paul X CORDIER Léon',
    'Bresle-le-Haut TESSIER Jeanne RIGAUD Hervé',
    'Mauny-sur-Brêche VASSEUR Odile X LEBLOND Yves',
    'Mauny-sur-Brêche GALLET Henri DUBUC Rose',
    '',
    '1. Compte administratif 2007',
    'Le comité adopte le compte administratif à l’unanimité.',
  ]);

  it('reads the suppléant marked as sitting, his titulaire absent, and the president in the row', () => {
    const { summary, parsed } = analyseText(doc);
    expect(keys(summary.present_names)).toEqual(['fayolle bruno', 'picard anne', 'mallet paul', 'vasseur odile']);
    expect(parsed.session.attendance.substitutions.map((x) => `${x.titular.name} > ${x.substitute.name}`)).toEqual(['GODIN Marc > PICARD Anne']);
    expect(keys(summary.absent_names)).toEqual(['godin marc', 'tessier jeanne', 'gallet henri']);
    expect(keys([summary.president ?? ''])).toEqual(['fayolle bruno']);
  });
});
