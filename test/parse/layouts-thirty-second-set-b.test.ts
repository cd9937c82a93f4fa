/**
 * Layouts the two-hundred-and-forty-second invented corpus (OCR of scanned and photographed extracts) found missing: figures
 * read as the letters l, I and O, dotted leaders read dot by dot. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('an item numbered with a small l for its 1 (« l - », « l. », « l°) »)', () => {
  const doc = (head: string) =>
    text([
      'COMMUNE DE SAINT-GERVAIS-DE-LAUZE',
      'Séance du conseil municipal du mardi 12 mars 2019',
      '',
      'Conseillers en exercice : 11 – Présents : 11 – Votants : 11',
      'Présents : M. Paul ABRIAL, Mme Lise BONNAL, M. Jean CROS, Mme Anne DURAND, M. Guy ESTIVAL, Mme Rose FABRE,',
      'M. Marc GAUBERT, Mme Inès HUGON, M. Léon IZARD, Mme Zoé JULIEN, M. Yves LACAN.',
      'Secrétaire de séance : Mme Rose FABRE.',
      '',
      `${head} TARIFS DE LA SALLE DES FÊTES`,
      'Le Maire propose de porter la location de la salle à 150 € le week-end.',
      'Pour : 10 - Contre : 1 (M. Yves LACAN) - Abstention : 0.',
      '',
      '2 - VOIRIE COMMUNALE',
      'Le conseil approuve le programme de voirie 2019.',
      'Adopté à l’unanimité.',
    ]);

  it('reads the first item and its vote', () => {
    for (const head of ['l -', 'l.', 'l°)']) {
      const { summary } = analyseText(doc(head));
      expect(summary.votes).toMatchObject({ for: 10, against: 1, abstain: 0 });
    }
  });
});

describe('a one counted in brackets after its colon, read as a small l (« Contre : l (M. X) »)', () => {
  const doc = text([
    'COMMUNE DE MONTFERRIER-SUR-LAUZE',
    'Séance du conseil municipal du jeudi 4 avril 2019',
    '',
    'Conseillers en exercice : 11 – Présents : 10 – Votants : 10',
    'Présents : M. Paul ABRIAL, Mme Lise BONNAL, M. Jean CROS, Mme Anne DURAND, M. Guy ESTIVAL, Mme Rose FABRE,',
    'M. Marc GAUBERT, Mme Inès HUGON, M. Léon IZARD, Mme Zoé JULIEN.',
    'Absent : M. Yves LACAN.',
    '',
    '1 - ACQUISITION D’UN TRACTEUR',
    'Le Maire présente les offres reçues pour le remplacement du tracteur communal.',
    'Pour : 8 - Contre : l (M. Guy ESTIVAL) - Abstention : l (Mme Zoé JULIEN).',
  ]);

  it('reads one vote against and one abstention', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.votes).toMatchObject({ for: 8, against: 1, abstain: 1 });
    expect(errorCodes(findings)).not.toContain('TALLY_MISMATCH');
  });
});

describe('acts numbered by a year whose digits OCR read as letters (« Délibération n° 2Ol4-21 - … »)', () => {
  const doc = text([
    'COMMUNE DE LAVERGNE-SUR-OUSSE',
    'Séance du conseil municipal du lundi 10 novembre 2014',
    '',
    'Membres en exercice : 11     Présents : 10     Votants : 10',
    'Etaient présents : MM. ARTIGUES Paul, BOYER Jean, CAZES Marc, DELMAS Guy, ESPIE Léon, Mmes FORT Anne, GARY Rose,',
    'HEBRARD Lise, ICHER Zoé, JAMME Inès.',
    'Absent : M. LAFON Yves.',
    '',
    'Délibération n° 2Ol4-2l - Décision modificative n° 2',
    'Le Maire expose qu’il convient d’ajuster les crédits du chapitre 011.',
    'Pour : 9 ; Contre : 1 (M. BOYER Jean) ; Abstention : 0.',
    '',
    'Délibération n° 2Ol4-22 - Tarifs du cimetière',
    'Les tarifs des concessions sont maintenus.',
    'Adopté à l’unanimité.',
  ]);

  it('splits the acts: the first one is voted with one against, no unanimity', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.votes).toMatchObject({ for: 9, against: 1, abstain: 0 });
    expect(errorCodes(findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });
});

describe('a count box whose dotted leaders OCR read dot by dot, or whose count is letters only after its leaders', () => {
  it('reads the counts after spaced dots (« Présents . . . . . l7 »)', () => {
    const doc = text([
      'MAIRIE DE SAINT-ANDRÉ-DE-LUZENC',
      'COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU MARDI 14 AVRIL 2009',
      '',
      'Conseillers en exercice . . . . . . . . . . . . 15',
      'Présents . . . . . . . . . . . . . . . . . . . . l3',
      'Procurations . . . . . . . . . . . . . . . . . . 1',
      'Votants . . . . . . . . . . . . . . . . . . . . l4',
      '',
      '1. BUDGET PRIMITIF 2009',
      'Le budget primitif est adopté à l’unanimité.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary).toMatchObject({ members_in_office: 15, present: 13, proxies: 1, voters: 14 });
  });

  it('reads a count of letters only after the leaders (« en exercice ………… ll »)', () => {
    const doc = text([
      'MAIRIE DE SAINT-PIERRE-D’ESCOUBLE',
      'SEANCE DU CONSEIL MUNICIPAL DU 17 MARS 2005',
      '',
      'Nombre de conseillers en exercice …………………… ll',
      'Nombre de conseillers présents ……………………… 9',
      'Nombre de votants ………………………………………… lO',
      '',
      '1 - TARIFS COMMUNAUX',
      'Les tarifs sont adoptés à l’unanimité.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary).toMatchObject({ members_in_office: 11, present: 9, voters: 10 });
  });
});

describe('dates whose figures OCR read as letters only', () => {
  it('reads a day of l’s before its month and year (« jeudi ll février 2O2l »)', () => {
    const doc = text([
      'COMMUNE DE SAINT-CIRQ-DE-VERN',
      'Conseil municipal - séance du jeudi ll février 2O2l',
      '',
      'En exercice : 15      Présents : 12      Votants : 12',
      '',
      '1 - Tarifs de la cantine',
      'Adopté à l’unanimité.',
    ]);
    expect(analyseText(doc).summary.session_date).toBe('2021-02-11');
  });

  it('reads a slashed date whose day and month are letters only (« 2O/Ol/2O26 »)', () => {
    const doc = text([
      'MAIRIE DE LANVÉOC-KERBRAS',
      'PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU MARDI 27 JANVIER 2026',
      '',
      'Date de convocation : 2O/Ol/2O26',
      'Nombre de conseillers en exercice : 19',
      'Présents : 15  -  Pouvoirs : 2  -  Votants : 17',
      '',
      '1 - Tarifs du port 2026',
      'Adopté à l’unanimité.',
    ]);
    expect(analyseText(doc).summary.convocation_date).toBe('2026-01-20');
  });
});

describe('amounts whose groups OCR read with letters only (« l52 lOO € », « ll 666 € », « l,l2 € »)', () => {
  const doc = text([
    'SYNDICAT MIXTE DU BASSIN DE LA VAUGE',
    'Séance du comité syndical du mardi 15 mars 2016',
    '',
    'Délégués en exercice : 9 – Présents : 9 – Votants : 9',
    '',
    '1 - PARTICIPATIONS DES MEMBRES 2016',
    'Les participations sont fixées comme suit :',
    '   CC du Haut-Vauge ........................... 6l 4OO €',
    '   CC des Côtes de Sarlande ................... ll 666 €',
    '   Total ..................................... 73 O66 €',
    'Le prix du mètre cube est porté à l,l2 € HT.',
    'Adopté à l’unanimité.',
  ]);

  it('reads every amount, its letters as figures', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.amounts_eur).toEqual(expect.arrayContaining([61400, 11666, 73066, 1.12]));
    expect(errorCodes(findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });
});

describe('a financing plan cut inside its last line, the amount not read (« - Autofinancement ........ 78 l »)', () => {
  const doc = (last: string) =>
    text([
      'COMMUNAUTÉ DE COMMUNES DU VAL DE LIZERNE',
      'Séance du jeudi 21 novembre 2019',
      '',
      'Délégués en exercice : 20 – présents : 20 – votants : 20',
      '',
      'DCC 2019-64 - FONDS DE CONCOURS À LA COMMUNE DE SAINT-AVIT',
      'Le coût de l’aménagement du bourg est estimé à 240 000 € HT. Le plan de financement est le',
      'suivant :',
      ' - DETR ........................................ 72 000 €',
      ' - Conseil départemental ........................ 48 000 €',
      ' - Fonds de concours sollicité .................. 60 000 €',
      last,
    ]);

  it('does not judge the parts it could not all read, but still a whole plan whose parts do not make the cost', () => {
    expect(errorCodes(analyseText(doc(' - Autofinancement communal ..................... 58 l')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
    expect(errorCodes(analyseText(doc(' - Autofinancement communal ..................... 58 000 €\nAdopté à l’unanimité.')).findings)).toContain('AMOUNT_SUM_MISMATCH');
  });
});

describe('a table whose rules OCR read as broken bars, the commune written on the first row of its pair only', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-LIGNOU',
    'Séance du comité syndical du jeudi 16 juin 2011',
    '',
    'Délégués en exercice : 8 ¦ Présents : 5 ¦ Pouvoir : 1 ¦ Votants : 6',
    '',
    'Commune              ¦ Délégués titulaires         ¦ Présence',
    '---------------------+-----------------------------+-----------------------',
    'ARLEMPDES-LE-BAS     ¦ M. Henri CHABANEL           ¦ présent (Président)',
    '                     ¦ Mme Odile RIVET             ¦ présente',
    'COSTAROS             ¦ M. Paul VERDIER             ¦ présent',
    '                     ¦ M. René BARRÈS              ¦ pouvoir à M. Henri CHABANEL',
    'LANDOS-HAUT          ¦ Mme Lucie MASSEBŒUF         ¦ présente',
    '                     ¦ M. Yves DUMAS               ¦ excusé',
    'PRADELLES-SUR-VEYRE  ¦ M. Marcel ROCHE             ¦ présent',
    '                     ¦ Mme Denise FILHOL           ¦ absente',
    '',
    '1. TARIFS DE L’EAU',
    'Les tarifs sont adoptés à l’unanimité.',
  ]);

  // (a broken bar alone far right of a coded sheet's row stays a stray mark: "DASTE Lucie ...... P    ¦")
  const sheet = text([
    'COMMUNE DE SAINT-LARY-D’ARROS',
    'CONSEIL MUNICIPAL DU JEUDI 9 MARS 2023',
    'En exercice : 7 - Présents : 5 - Représentés : 1 - Votants : 6',
    'Légende : P = présent(e) ; E = excusé(e) ; A = absent(e) ; R = représenté(e) (mandataire)',
    '',
    '   NOM Prénom                          Présence',
    '   ABBADIE Luc ......................... P',
    '   BARRÈRE Anne, Maire ................. P',
    '   CAZAUX Pierre ....................... R (Mme BARRÈRE)',
    '   DASTE Lucie ......................... P    ¦',
    '   ESCUDÉ Marc ......................... E',
    '   FITTE Agnès ......................... P',
    '   GARROS Paul ......................... P',
    '',
    '1 - Tarifs de la cantine',
    'Adopté à l’unanimité.',
  ]);

  it('reads every row with its state, and a row closed by a stray bar far right', () => {
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(5);
    expect(summary.present_names).toEqual(['Henri CHABANEL', 'Odile RIVET', 'Paul VERDIER', 'Lucie MASSEBŒUF', 'Marcel ROCHE']);
    expect(summary.proxies_list).toEqual([{ from: 'René BARRÈS', to: 'Henri CHABANEL' }]);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['Yves DUMAS', 'Denise FILHOL']));
    const rows = analyseText(sheet).summary;
    expect(rows.present_names).toContain('DASTE Lucie');
    expect(rows.present_names).toHaveLength(5);
  });
});

describe('rows of two « Prénom NOM ⇥ état » pairs apart by TABs, under a legend of codes (« Pv > X = a donné pouvoir à X »)', () => {
  const doc = text([
    'COMMUNE DE SAINT-JEAN-DE-VALBRUNE',
    'Séance du jeudi 11 juillet 2019',
    'Conseillers en exercice : 10 ¦ Présents : 7 ¦ Pouvoirs : 1 ¦ Votants : 8',
    '',
    'Légende : P = présent(e) ; E = excusé(e) ; A = absent(e) ; Pv > X = a donné pouvoir à X',
    '',
    'Louis BARTHÉLÉMY, Maire\tP\tAnne CHAMBON\tP',
    'Marc DELORME\tP\tSylvie ESCOFFIER\tPv > DELORME M.',
    'Paul FAURIEL\tP\tLucie GARNIER\tE',
    'Jean HILAIRE\tP\tRose JOUVE\tP',
    'Guy LAFFONT\tA\tNadine MOURIER\tP',
    '',
    'Secrétaire de séance : Mme Anne CHAMBON.',
    '',
    'Délibération n° 2019-40 : Programme de voirie',
    'Adopté à l’unanimité.',
  ]);

  it('reads each pair as a row, the proxy pointing to its holder', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Louis BARTHÉLÉMY', 'Anne CHAMBON', 'Marc DELORME', 'Paul FAURIEL', 'Jean HILAIRE', 'Rose JOUVE', 'Nadine MOURIER']);
    expect(summary.proxies_list).toEqual([{ from: 'Sylvie ESCOFFIER', to: 'DELORME M.' }]);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['Lucie GARNIER', 'Guy LAFFONT']));
    expect(errorCodes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a page footer numbered « Page l/3 », a stroke far right and the next page’s header inside the present list', () => {
  const doc = text([
    'VILLE DE SAINT-AMBROIX-SUR-LÈZE',
    'PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU JEUDI 19 SEPTEMBRE 2024',
    '',
    'Conseillers en exercice : 12 - Présents : 10 - Pouvoirs : 1 - Votants : 11',
    '',
    'Présents : Mme Hélène ARNAL, M. Bruno BESSIÈRE, Mme Carole CASTEL, M. Denis DOULS, Mme Estelle',
    'ENJALBERT, M. Fabien FOISSAC, Mme Gisèle GINESTET, M. Hugues',
    '',
    'Ville de Saint-Ambroix-sur-Lèze - Procès-verbal du conseil municipal du 19/O9/2O24 - Page l/3',
    '                                                                                          |',
    'PROCES-VERBAL - CONSEIL MUNICIPAL DU 19 SEPTEMBRE 2O24',
    'IZARD, Mme Julie JOUVE, M. Karim LAVAL.',
    '',
    'Pouvoirs : M. Luc MAZARS à Mme Hélène ARNAL.',
    'Absente : Mme Nina NAYRAL.',
    '',
    '1. TARIFS DE LA MÉDIATHÈQUE',
    'Adopté à l’unanimité.',
  ]);

  it('reads the list on across the page break, the name cut by it whole', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(10);
    expect(summary.present_names).toContain('Hugues IZARD');
    expect(summary.present_names).toContain('Karim LAVAL');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a table framed by pipes whose rules OCR read as « l » or « I » in some rows', () => {
  const doc = text([
    'COMMUNAUTE DE COMMUNES DU HAUT-ARBAS',
    'PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE DU MARDI 17 JUIN 2008',
    '',
    'Délégués en exercice : 8 l Présents : 6 l Pouvoirs : 1 l Votants : 7',
    '',
    '| Commune              | Délégué                      | Présence              |',
    '|----------------------+------------------------------+-----------------------|',
    '| AURIGNAC-LE-BAS      l M. Paul ESTRADE              | présent (Président)   |',
    '|                      | Mme Rose FERRAN              | présente              l',
    'l BOUSSAN              | M. Jean GALEY                I présent              |',
    '|                      | Mme Lise HOURCADE            | pouvoir à P. ESTRADE  |',
    '| CASSAGNE-D’ARBAS     | M. Marc IBOS                 | présent               |',
    '|                      l Mme Anne JUSTE               | présente              |',
    'I ESCANECRABE          | M. Guy LABAT                 | présent               |',
    '|                      | Mme Zoé MIRAMONT             | excusée               |',
    '',
    'Secrétaire de séance : Mme Anne JUSTE.',
    '',
    'Délibération n° 2008-33 - TARIFS DE LA PISCINE',
    'Adopté à l’unanimité.',
  ]);

  it('reads every row, the letters where the header has its pipes read as rules', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Paul ESTRADE', 'Rose FERRAN', 'Jean GALEY', 'Marc IBOS', 'Anne JUSTE', 'Guy LABAT']);
    expect(summary.proxies_list).toEqual([{ from: 'Lise HOURCADE', to: 'P. ESTRADE' }]);
    expect(summary.absent_names).toEqual(['Zoé MIRAMONT']);
    expect(summary.secretary).toBe('Anne JUSTE');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a reception stamp printed over the present list, its first word five spaces after a name', () => {
  const doc = text([
    'COMMUNAUTE D’AGGLOMERATION DU VAL DE LANSE',
    'Séance du jeudi 6 décembre 2012',
    '',
    'Membres en exercice : 14 ; présents : 14 ; votants : 14',
    '',
    'Etaient présents : AUBRY Jean-Marc, BOCQUET Annie, CARLIER Thierry, DELVAL Martine,',
    'DUBOIS Hervé, FAIDHERBE Sylvie, GAMBIER Paul, HENNEBERT     SOUS-PREFECTURE',
    'Colette, LAGACHE Bruno, LEBLOND Isabelle, MASCLET      DE SAINT-LANSE',
    'Didier, NOLLET-                                           l2 DEC. 2Ol2',
    'VASSEUR Odile, PRUVOT Alain, QUENTIN Hélène.               ARRIVEE',
    '',
    'Délibération n° 2012-90 - TARIFS DES DÉCHETTERIES',
    'Adopté à l’unanimité.',
  ]);

  it('reads the list without the stamp, the names it split whole', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(14);
    expect(summary.present_names).toEqual(expect.arrayContaining(['HENNEBERT Colette', 'MASCLET Didier', 'NOLLET-VASSEUR Odile']));
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a count box threaded line by line through the present list by a skewed page’s OCR', () => {
  const doc = text([
    'COMMUNAUTE DE COMMUNES DU VAL DE LOURSE',
    'Séance du jeudi 21 novembre 2019',
    '',
    'Etaient présents : ARNAUD Paul,',
    'Nombre de délégués',
    'BARRIÈRE Anne, CHASSAING Luc,',
    'en exercice : 12',
    'DELPY Rose, ESCURE Marc, FAYE',
    'présents : 9',
    'Lucie, GOURSAT Jean, HÉRAUD',
    'votants : 9',
    'Odile, JOUBERT Pierre.',
    '',
    'Absents excusés : LASCAUX Guy, MONTEIL Anne, NOUHAUD Yves.',
    '',
    'DCC 2019-70 - TARIFS DES DÉCHETTERIES',
    'Adopté à l’unanimité.',
  ]);

  it('reads the list whole, the count lines set aside and the names they split joined', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ARNAUD Paul', 'BARRIÈRE Anne', 'CHASSAING Luc', 'DELPY Rose', 'ESCURE Marc', 'FAYE Lucie', 'GOURSAT Jean', 'HÉRAUD Odile', 'JOUBERT Pierre']);
    expect(summary).toMatchObject({ members_in_office: 12, present: 9, voters: 9 });
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});
