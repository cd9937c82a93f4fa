/**
 * Layouts the documents held out in `fixtures/corpus-pending` (two-column pages, tables by commune, text layers of PDFs)
 * were still read wrong on. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('two columns of « Commune : M. X » entries read line by line', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU DE MONTCLAR',
    'Réunion du mardi 14 mars 2023',
    'Date de convocation : 7 mars 2023',
    'Membres en exercice : 8',
    'Présents : 6',
    'Votants : 6',
    '',
    'DÉLÉGUÉS PRÉSENTS',
    'Montclar : M. Henri BALSAN, Président      Les Cazes-Basses : Mme Irène COUFFIGNAL',
    'Montclar : Mme Odette VIGUIER              Les Cazes-Basses : M. Robert FABRIÈS',
    'Saint-Just-le-Haut : M. Yvan TERRISSE      Verdalle-du-Causse : M. Gilles SOLIÉ',
    '',
    'Excusés : M. Paul ALARY (Verdalle-du-Causse), Mme Rose BOUSQUET (Saint-Just-le-Haut).',
    'Secrétaire de séance : Mme Odette VIGUIER.',
    '',
    'OBJET : Tarifs de l’eau',
    'Adopté à l’unanimité des votants.',
  ]);

  it('keeps the left cell’s member after a civility’s stop: its name and the right cell’s commune are no label', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toContain('Yvan TERRISSE');
    expect(summary.present_names).toHaveLength(6);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('the staff’s heading glued to its first name by a PDF’s text layer', () => {
  const doc = text([
    'SYNDICAT MIXTE DU BASSIN DE LA SORGUETTE',
    'Compte rendu de la séance du 6 décembre 2018',
    'Date de convocation : 28 novembre 2018',
    'Délégués en exercice : 6 – Présents : 4 – Pouvoirs : 1 – Votants : 5',
    'PRÉSENTSM. Jean ALBOUY (CC Sorguette)',
    'Mme Claire BENOÎT (CC Sorguette)',
    'M. Marc CASTAN (CC des Monts)',
    'Mme Rose DALMAS (Département)',
    'POUVOIRSM. Luc ESCANDE à M. Jean ALBOUY',
    'EXCUSÉSMme Anne FABRE',
    'ASSISTAIENT ÉGALEMENTMme Julie GAUBERT, technicienne de rivière',
    'SECRÉTAIRE DE SÉANCEMme Claire BENOÎT',
    'CS2018-30 – BUDGET',
    'Le Comité syndical, à l’unanimité des votants, APPROUVE le budget.',
  ]);

  it('reads the staff apart: no one more excused member, no false alarm', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.absent_names).toEqual(['Anne FABRE']);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('proxies in two columns, each pair over two lines', () => {
  const doc = text([
    'COMMUNE DE SAINT-AUBIN-DES-COMBES',
    'Procès-verbal de la séance du mardi 8 mars 2022',
    'Conseillers en exercice : 15 – Présents : 10 – Procurations : 3 – Votants : 13',
    'Date de la convocation : 2 mars 2022',
    '',
    'PRÉSENTS :',
    'Mme Anne ROUQUETTE, Maire              M. Paul BERTRAND',
    'M. Louis CAMBOU                        Mme Julie DELMAS',
    'Mme Rose ESCANDE                       M. Marc FABRE',
    'M. Jean GALTIER                        Mme Lise HUGON',
    'M. Henri ISSALY                        Mme Marie JULIEN',
    '',
    'PROCURATIONS :',
    'M. Pierre LACOMBE                      Mme Odile MARTY',
    'à Mme Anne ROUQUETTE                   à M. Louis CAMBOU',
    'M. Yves NAYRAC',
    'à Mme Rose ESCANDE',
    '',
    'ABSENTS : M. Guy PAGÈS, Mme Lucie RIGAL.',
    'Secrétaire de séance : Mme Julie DELMAS.',
    '',
    '1 – Compte de gestion 2021',
    'Le Conseil municipal, à l’unanimité des 13 votants, APPROUVE le compte de gestion.',
  ]);

  it('reads each column down, giver over holder', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.proxies_list).toEqual(
      expect.arrayContaining([
        { from: 'Pierre LACOMBE', to: 'Anne ROUQUETTE' },
        { from: 'Odile MARTY', to: 'Louis CAMBOU' },
        { from: 'Yves NAYRAC', to: 'Rose ESCANDE' },
      ]),
    );
    expect(summary.proxies_list).toHaveLength(3);
    expect(errorCodes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
    expect(errorCodes(findings)).not.toContain('PROXY_COUNT_MISMATCH');
  });
});

describe('the right column’s heading one line lower, beside the present list’s first entry', () => {
  const doc = text([
    'VILLE DE MARQUEVILLE-SUR-LYS',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du mercredi 9 octobre 2024',
    'En exercice : 15       Présents : 11       Votants : 13',
    'Date de convocation : 2 octobre 2024',
    '',
    'ÉTAIENT PRÉSENTS :',
    '   M. Paul ARNOULD, Maire                   EXCUSÉS AYANT DONNÉ POUVOIR :',
    '   Mme Lise BACQUET, 1re adjointe           Mme Rose CARPENTIER à M. Paul',
    '   M. Marc DEBUIRE, 2e adjoint                ARNOULD',
    '   Mme Anne ESTIENNE, 3e adjointe           M. Yves FLAMENT à Mme Lise BACQUET',
    '   M. Jean GODART',
    '   Mme Julie HENNEBELLE                     ABSENTS :',
    '   M. Louis IDZIAK                          M. Guy JOVENIAUX',
    '   Mme Odile LEFEBVRE                       Mme Lucie MAES',
    '   M. Henri NOYELLE',
    '   Mme Claire OBERT                         SECRÉTAIRE DE SÉANCE :',
    '   M. Pierre PLATEL                         Mme Odile LEFEBVRE',
    '',
    'Délibération n° 2024-050',
    'Objet : Tarifs de la cantine',
    'Le Conseil municipal, à l’unanimité, ADOPTE les tarifs.',
  ]);

  it('reads each list in its own column', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(11);
    expect(summary.present_names).toContain('Paul ARNOULD');
    expect(summary.present_names).not.toContain('Guy JOVENIAUX');
    expect(summary.absent_names).toEqual(['Guy JOVENIAUX', 'Lucie MAES']);
    expect(summary.proxies_list).toEqual([
      { from: 'Rose CARPENTIER', to: 'Paul ARNOULD' },
      { from: 'Yves FLAMENT', to: 'Lise BACQUET' },
    ]);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('two columns continued after a page break whose footer is the body’s address, counts in a pipe table', () => {
  const doc = text([
    'COMMUNE DE SAINT-CIRQ-DU-VERT',
    'REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du mardi 8 décembre 2015',
    '',
    '| Membres en exercice | Présents | Votants | Date de convocation |',
    '| 11                  | 8        | 9       | 01/12/2015          |',
    '',
    'PRÉSENTS                                   ABSENTS EXCUSÉS',
    'M. ALBERT Jean, Maire                      M. BRUNET Paul (pouvoir à M. ALBERT Jean)',
    'Mme CALMET Rose                            Mme DELPECH Anne',
    'M. ESCUDIÉ Marc                            M. FABRE Louis',
    'Mme GALY Odile',
    'M. HUC Pierre',
    '',
    'Commune de Saint-Cirq-du-Vert – 2, place de l’Église – 46100 SAINT-CIRQ-DU-VERT',
    'Conseil municipal du 8 décembre 2015                                                    2',
    'Mme ISSALY Lise',
    'M. JOUANY Henri',
    'Mme LACAN Sylvie',
    '',
    'Secrétaire de séance : Mme GALY Odile',
    '',
    'Délibération 2015-40 : Tarifs de la salle des fêtes',
    'Le Conseil municipal, à l’unanimité, fixe les tarifs.',
  ]);

  it('reads the counts under their titles and the left column on the next page', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.members_in_office).toBe(11);
    expect(summary.present).toBe(8);
    expect(summary.voters).toBe(9);
    expect(summary.present_names).toHaveLength(8);
    expect(summary.present_names).toContain('LACAN Sylvie');
    expect(errorCodes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a reception stamp read by OCR inside the list of the present, its date on a line of its own', () => {
  const doc = text([
    'COMMUNAUTE DE COMMUNES DU VAL DE LISSE',
    'PROCES-VERBAL DE LA SEANCE DU CONSEIL DE COMMUNAUTE du jeudi 4 octobre 2012',
    'Nombre de délégués en exercice : 12',
    'Nombre de délégués présents : 10',
    'Nombre de votants : 10',
    '',
    'Etaient présents : MM. ARNAL R., BESSE J.-P., CALVET G., DURAND H., ESTÈVE F., FABRE',
    '',
    'Reçu en préfecture',
    'Ie 11 0CT. 2012',
    '',
    'L., GAUBERT C. ; Mmes HUGUET A.-M., IZARD S., JULIEN V..',
    '',
    'Absents : M. LACOSTE P., Mme MARTY O..',
    '',
    'M. BESSE J.-P. a été désigné secrétaire de séance.',
    '1 – Budget annexe',
    'Le Conseil, à l’unanimité, adopte le budget annexe.',
  ]);

  it('reads on across the stamp: the surname and its initial are one member', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(10);
    expect(summary.present_names).toContain('FABRE L.');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a proxy’s holder whose given name wraps after an Italian or Corsican particle', () => {
  const doc = text([
    'COMMUNE DE SANTA-REPARATA-DI-MORIANI',
    'Séance du vendredi 21 juillet 2023',
    'Convocation : lundi 17 juillet 2023',
    'En exercice : 11 – Présents : 7 – Procurations : 2 – Votants : 9',
    '',
    'Présents :',
    'ALBERTINI Ange\tBARTOLI Marie',
    'di MORIANI Ghjuvanni\tCASANOVA Paul',
    'FILIPPI Rose\tLUCIANI Jean',
    'MATTEI Anne',
    '',
    'Procurations : PAOLI Lisandru à ALBERTINI Ange ; di MORIANI Santa à di MORIANI',
    'Ghjuvanni.',
    '',
    'Absents : SANTONI Jean-Paul, VINCIGUERRA Paul.',
    '',
    'Délibération n° 2023-20 – Objet : Tarifs de l’eau',
    'Adopté à l’unanimité.',
  ]);

  it('joins the given name to the surname above, the second pair whole', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.proxies_list).toEqual([
      { from: 'PAOLI Lisandru', to: 'ALBERTINI Ange' },
      { from: 'di MORIANI Santa', to: 'di MORIANI Ghjuvanni' },
    ]);
    expect(errorCodes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
  });
});

describe('a grid of crosses under one column per state, aligned with spaces, its members’ offices after a comma', () => {
  const doc = text([
    'COMMUNE DE LAVERGNE-SUR-OLT',
    'Compte rendu de la séance du Conseil municipal du jeudi 13 mars 2014',
    'Convocation : 6 mars 2014                     Conseillers en exercice : 9',
    'Affichage : 6 mars 2014                       Présents : 7        Votants : 8',
    '',
    'CONSEILLERS MUNICIPAUX                  PRÉSENT       ABSENT        POUVOIR À',
    'ALARY Jean, Maire                          X',
    'BESSIÈRE Anne, 1re adjointe                X',
    'CAMBON Paul, 2e adjoint                    X',
    'DELMAS Rose                                X',
    'ESCANDE Marc                                            X          DELMAS Rose',
    'FABRE Lucie                                X',
    'GALTIER Henri                              X',
    'HUGON Louis                                X',
    'ISSALY Odile                                            X',
    '',
    'Secrétaire de séance : DELMAS Rose',
    '',
    '1 – TRAVAUX DE VOIRIE',
    'Le Conseil municipal, à l’unanimité, approuve les travaux.',
  ]);

  it('reads each row’s mark as its state, the holder in the last column', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(7);
    expect(summary.present_names).toContain('ALARY Jean');
    expect(summary.absent_names).toEqual(['ESCANDE Marc', 'ISSALY Odile']);
    expect(summary.proxies_list).toEqual([{ from: 'ESCANDE Marc', to: 'DELMAS Rose' }]);
    expect(errorCodes(findings)).not.toContain('PROXY_GIVER_PRESENT');
  });
});

describe('a table by commune aligned with spaces, one column per list, cells wrapping in their column', () => {
  const doc = text([
    'SIVU SCOLAIRE DU VALLON DE LA SERRE',
    'Réunion du jeudi 8 octobre 2015',
    'En exercice : 8     Présents : 6     Pouvoir : 1     Votants : 7',
    'Convocation du 1er octobre 2015',
    '',
    'Commune                     Délégués présents                       Excusés',
    'Lacapelle-Haute             ALARY Jean, BESSIÈRE Anne,              CAMBON Paul (pouvoir à ALARY',
    '                            DELMAS Rose                             Jean)',
    'Saint-Just-la-Serre         ESCANDE Marc, FABRE Lucie,              GALTIER-',
    '                            HUGON Louis                             MARTY Henri',
    '',
    'Secrétaire de séance : M. Marc ESCANDE.',
    '',
    'Objet : Participation des communes',
    'Le Comité syndical, à l’unanimité, approuve la répartition.',
  ]);

  it('reads each column as its list, the commune cells aside', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ALARY Jean', 'BESSIÈRE Anne', 'DELMAS Rose', 'ESCANDE Marc', 'FABRE Lucie', 'HUGON Louis']);
    expect(summary.absent_names).toEqual(['CAMBON Paul', 'GALTIER-MARTY Henri']);
    expect(summary.proxies_list).toEqual([{ from: 'CAMBON Paul', to: 'ALARY Jean' }]);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('two titulaires per commune line, each state in brackets, an excused member’s substitute named in a note that wraps', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-CIRQUE',
    'Séance du mardi 7 juillet 2020',
    'Le Comité syndical, convoqué le 30 juin 2020, s’est réuni sous la présidence de M. HOARAU Louis, Président.',
    'Titulaires en exercice : 8 – Présents : 6 (dont 1 suppléant) – Pouvoirs : 1 – Votants : 7',
    '',
    'Communes membres et délégués titulaires :',
    'Bras-Long : M. HOARAU Louis (présent, Président) ; Mme FONTAINE Marie (présente)',
    'Îlet-Rouge : M. GRONDIN Paul (présent) ; Mme LEBON Josette (excusée, suppléée par M. LEBON Roland, délégué',
    'suppléant)',
    'Piton-Vert : M. PAYET Marc (présent) ; M. RIVIÈRE Loïc (pouvoir à M. HOARAU Louis)',
    'Ravine-Haute : Mme NATIVEL Rose (absente) ; M. TECHER Jean (présent)',
    '',
    'Secrétaire de séance : Mme FONTAINE Marie.',
    '',
    '1. BUDGET PRIMITIF 2020',
    'Le Comité syndical, à l’unanimité, adopte le budget.',
  ]);

  it('keeps the titulaire excused and makes the substitute present', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(6);
    expect(summary.present_names).toContain('LEBON Roland');
    expect(summary.absent_names).toEqual(expect.arrayContaining(['LEBON Josette', 'NATIVEL Rose']));
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a table by commune aligned with spaces whose rows OCR broke over two lines', () => {
  const doc = text([
    'SIVU SCOLAIRE DU REGROUPEMENT DE LAVAL-BASSE',
    'COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL du jeudi 18 juin 2009',
    'Date de la convocation : 12 juin 2009',
    'Délégués en exercice : 6',
    'Présents : 4        Pouvoir : 1        Votants : 5',
    '',
    'Commune               Délégués titulaires           Présence',
    'LAVAL-BASSE           M. Henri ARNAL                présent',
    '                      (Président)',
    '                      Mme Rose BERTHOMIEU           présente',
    'COURNAC               M. Lucien                     présent',
    '                      CALMELS',
    '                      M. Paul DELRIEU               excusé, pouvoir',
    '                                                    à M. ARNAL',
    'SAINT-JUÉRY           Mme Anne ESCAFFRE             présente',
    '                      M. Marc FOURNIÉ               excusé',
    '',
    'Secrétaire de séance : Mme Anne ESCAFFRE.',
    '',
    '1 - Participation des communes',
    'Adopté à l’unanimité des 5 votants.',
  ]);

  it('joins each wrapped cell to its row: the surname, the office, the holder', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Henri ARNAL', 'Rose BERTHOMIEU', 'Lucien CALMELS', 'Anne ESCAFFRE']);
    expect(summary.president).toBe('Henri ARNAL');
    expect(summary.proxies_list).toEqual([{ from: 'Paul DELRIEU', to: 'ARNAL' }]);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('a Swiss roll call counted in a sentence, the commune’s executive and staff attending after it', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-LUC-DES-ALPES',
    'CONSEIL GÉNÉRAL',
    'Procès-verbal de la séance ordinaire du lundi 8 décembre 2014, 19 h 30',
    '',
    'Présidence : Mme Anne BORNET, présidente du Conseil général',
    'Secrétaire : M. Paul FOURNIER',
    '',
    'Appel',
    'Le secrétaire procède à l’appel : 18 membres sur 20 sont présents.',
    'Excusés (2) : MM. Jean MICHELET et Luc ZUFFEREY.',
    '',
    'Assistent à la séance : M. Marc PITTELOUD, président de la commune, et les membres du Conseil',
    'municipal ; Mme Lise DUC, secrétaire municipale.',
    '',
    '1. Budget 2015',
    'Au vote, le budget 2015 est accepté par 15 voix contre 1 et 1 abstention, la présidente ne votant pas.',
  ]);

  it('lists no one present: those who attend are no members', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present).toBe(18);
    expect(summary.present_names ?? []).toEqual([]);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a table extracted one cell per line, a page footer with the town hall’s address between two rows', () => {
  const doc = text([
    'Commune de Bréziers-le-Haut',
    'Séance du Conseil municipal du jeudi 16 mai 2013',
    'Convocation du 9 mai 2013',
    'Membres en exercice : 7 – Présents : 5 – Votants : 6',
    '',
    'Nom et prénom',
    'Qualité',
    'Présence',
    'ARNAUD Paul',
    'Maire',
    'présent',
    'BLANC Rose',
    '1re adjointe',
    'présente',
    'CHABRAND Yves',
    'Conseiller',
    'pouvoir à ARNAUD Paul',
    'Mairie de Bréziers-le-Haut – place de l’Église – 05190 – Tél. 04 92 54 11 20',
    'page 1',
    'DAVIN Lucie',
    'Conseillère',
    'présente',
    'ESMIEU Marc',
    'Conseiller',
    'excusé',
    'FABRE Louis',
    'Conseiller',
    'présent',
    'GIRARD Anne',
    'Conseillère',
    'présente',
    '',
    '1 – Travaux de voirie',
    'Adopté à l’unanimité.',
  ]);

  it('reads the rows after the footer in step: names, roles and states in their places', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ARNAUD Paul', 'BLANC Rose', 'DAVIN Lucie', 'FABRE Louis', 'GIRARD Anne']);
    expect(summary.absent_names).toEqual(['ESMIEU Marc']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a roll call by commune, the communes of one seat one line each after those with lists of their own', () => {
  const doc = text([
    'Communauté de communes du Haut-Sor',
    'COMPTE RENDU DU CONSEIL COMMUNAUTAIRE du mardi 4 octobre 2016',
    'Convocation du 27 septembre 2016.',
    'Membres en exercice : 9 – Présents : 6 (dont 1 suppléante) – Pouvoirs : 1 – Votants : 7',
    '',
    'APPEL PAR COMMUNE',
    '',
    'VAUR-LE-HAUT',
    '  Présents : M. Jean ALBERT (Président), Mme Rose BOYER',
    '  Pouvoir : M. Marc CAMBON à M. Jean ALBERT',
    'SAINT-JEAN-DU-SOR',
    '  Présents : Mme Anne DELMAS, M. Paul ESCANDE',
    '  Excusé : M. Louis FABRE',
    'MOULAYRÈS : M. Guy GALTIER, présent',
    'PRATVIEL : Mme Lise HUGON, absente',
    'ROQUEBRUNE-BASSE : M. Henri ISSALY, excusé, suppléé par Mme Odile JULIEN, suppléante, présente',
    '',
    'Assistaient : M. Arnaud LAFON, directeur général des services.',
    '',
    '1) Approbation du compte rendu',
    'Adopté à l’unanimité (7 voix).',
  ]);

  it('ends the last list before those rows and reads each member in the list its state says', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Jean ALBERT', 'Rose BOYER', 'Anne DELMAS', 'Paul ESCANDE', 'Guy GALTIER', 'Odile JULIEN']);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['Louis FABRE', 'Lise HUGON', 'Henri ISSALY']));
    expect(summary.proxies_list).toEqual([{ from: 'Marc CAMBON', to: 'Jean ALBERT' }]);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a proxy told in a sentence, the giver said prevented between commas', () => {
  const doc = text([
    'SIVOM DU CANTON DE SAINT-GALMIER-LES-PRÉS',
    'Séance du jeudi 15 novembre 2012',
    'Nombre de délégués en exercice : 8. Présents : 5. Votants : 7.',
    '',
    'Étaient présents les délégués suivants : M. ARNAUD Henri et Mme BESSON Marie (Saint-Galmier), M. CHAVAS Paul (Aveizieux), Mme DUMAS Lucette et M. ESCOT Bernard (Bellegarde).',
    '',
    'M. FAURE Régis (Aveizieux), empêché, avait donné procuration à M. CHAVAS Paul. Mme GIRAUD Joëlle (Bellegarde) avait donné procuration à M. ESCOT Bernard.',
    '',
    'Absent : M. HUGON Marc (Saint-Galmier).',
    '',
    '1. Décision modificative',
    'Adoptée à l’unanimité (7 voix).',
  ]);

  it('reads the pair as it reads the one without the word', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.proxies_list).toEqual(
      expect.arrayContaining([
        { from: 'FAURE Régis', to: 'CHAVAS Paul' },
        { from: 'GIRAUD Joëlle', to: 'ESCOT Bernard' },
      ]),
    );
    expect(errorCodes(findings)).not.toContain('VOTERS_MISMATCH');
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});
