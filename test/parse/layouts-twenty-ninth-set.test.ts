/**
 * Layouts the two-hundred-and-fifteenth invented corpus and the sets after it found missing, and those left from the
 * sets before (fixtures/corpus-pending). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a proxies table read column by column (the text layer of a PDF)', () => {
  const doc = text([
    'Communauté de communes du Haut-Vézou',
    'Séance du conseil communautaire du jeudi 9 septembre 2021',
    'Conseillers en exercice : 12',
    'Présents : 7',
    'Pouvoirs : 3',
    'Votants : 10',
    'Présents :',
    'M. Hervé CASTAGNÉ, Président',
    'Mme Odile BARRAL',
    'M. Loïc DAUZAT',
    'Mme Agnès ESCANDE',
    'M. Paul FERRIÈRES',
    'Mme Rose GALTIER',
    'M. Jean HUC',
    'Absents représentés :',
    'Mandant',
    'Mme Claire IZARD',
    'M. Henri JOUANY',
    'Mme Lise LACAN',
    'Mandataire',
    'M. Hervé CASTAGNÉ',
    'Mme Rose GALTIER',
    'M. Jean HUC',
    'Absents : M. Marc MAZARS, Mme Anne NÉGRE',
    'M. FERRIÈRES regrette le calendrier retenu pour les travaux et annonce son abstention sur ce point.',
    "Secrétaire de séance : Mme Odile BARRAL",
    '2021-031 – TARIFS DE LA PISCINE INTERCOMMUNALE',
    'Le conseil, par 9 voix pour et 1 abstention, approuve les tarifs.',
  ]);

  it('« Mandant » then the givers, « Mandataire » then the holders: the n-th holder holds the n-th giver’s proxy', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.proxies_list).toEqual([
      { from: 'Claire IZARD', to: 'Hervé CASTAGNÉ' },
      { from: 'Henri JOUANY', to: 'Rose GALTIER' },
      { from: 'Lise LACAN', to: 'Jean HUC' },
    ]);
    expect(summary.present_names).toHaveLength(7);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([]);
  });

  it('a sentence opening with a member (« M. X regrette … ») is no line of a second column: the list ends at its heading', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).not.toContain('Claire IZARD');
    expect(summary.present_names).not.toContain('Marc MAZARS');
    expect(summary.subject).toBe('2021-031 – TARIFS DE LA PISCINE INTERCOMMUNALE');
  });
});

describe('a state column naming the substitute who sat', () => {
  it('« excusé – suppléé par Mme X, suppléante » in a « Présence » column: X present, the titulaire excused', () => {
    const { summary } = analyseText(
      text([
        'Communauté de communes des Coteaux de Lourde',
        'Séance du conseil communautaire du mardi 7 juin 2016',
        'Conseillers en exercice : 9',
        '',
        'Commune               Délégué(e)                     Présence',
        'AURIBAIL-HAUT         M. Pierre ABADIE               présent',
        '                      Mme Rose BARRÈRE               présente',
        '                      M. Alain BÉGUÉ                 présent',
        'SAINT-LAGUE           M. Jean CAZAUX                 excusé – suppléé par Mme Anne DUFFAU, suppléante',
        'MONTÉGUT-BAS          Mme Lise ESTRADE               excusée – pouvoir à M. ABADIE',
        '                      M. Luc ESPARBÈS                présent',
        'LOUBERSAN-VIEUX       M. Paul FITTE                  présent',
        'CAMPUZAN-HAUT         M. Guy GARROS                  absent',
        'TOURNAN-D\'ARROS       Mme Marie HOURCADE             présente',
        '',
        'Présents : 7 – Représentés : 1 – Votants : 8 – Absents : 1',
      ]),
    );
    expect(summary.present_names).toEqual(['Pierre ABADIE', 'Rose BARRÈRE', 'Alain BÉGUÉ', 'Anne DUFFAU', 'Luc ESPARBÈS', 'Paul FITTE', 'Marie HOURCADE']);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['Jean CAZAUX', 'Lise ESTRADE', 'Guy GARROS']));
    expect(summary.proxies_list).toEqual([{ from: 'Lise ESTRADE', to: 'ABADIE' }]);
  });
});

describe('dates that are not the session’s', () => {
  it('« sous la présidence de Mme X, Maire, élue le 29 mars 2014 »: an election date, no second session date', () => {
    const { summary, findings } = analyseText(
      text([
        'Vaudricourt-la-Forêt – Compte rendu du Conseil municipal du 22 avril 2014',
        '',
        'Le vingt-deux avril deux mille quatorze, à vingt heures, le Conseil municipal, convoqué le 15 avril, s’est réuni à la mairie sous la présidence de Mme Odile PERNOT, Maire, élue le 29 mars 2014.',
        '',
        'Nombre de conseillers en exercice : 11 ; présents : 11 ; votants : 11',
        'Étaient présents : Mme Odile PERNOT, M. Luc ARNOULD, Mme Rose BAILLY, M. Henri COLIN, Mme Anne DIDIER, M. Paul ÉTIENNE, Mme Lise FAIVRE, M. Marc GIRARDOT, Mme Claire HUMBERT, M. Jean JACQUOT, Mme Nadia LAURENT.',
      ]),
    );
    expect(summary.session_date).toBe('2014-04-22');
    expect(findings.map((f) => f.code)).not.toContain('DATE_CONFLICT');
  });
});

describe('syndicates’ attendance tables (the family of the real 044)', () => {
  it('TAB cells, a row opening with a TAB under « Commune »: its member in the « Titulaire » column, not the substitute beside', () => {
    const { summary } = analyseText(
      text([
        'SIVOM DU HAUT-LÉRIN – Comité syndical du mardi 3 juin 2008',
        'Délégués en exercice : 6 – Présents : 5 – Votants : 5',
        'Feuille de présence (P : présent ; E : excusé ; A : absent)',
        '',
        'Commune\tTitulaire\tSuppléant\tPrésence',
        'Aubiac-le-Haut\tCABROL Lucien\tFAURE Odette\tP',
        '\tDELMAS Irène\tGINESTE Paul\tP',
        'Brassac-Vieux\tHUGON Marc\tISSALY Rose\tP',
        '\tJOUANY Anne\tLACAN Guy\tE',
        'Cuzac-Bas\tMAZARS Henri\tNOUGAROL Léa\tP',
        '\tPRADEL Luc\tROUQUIÉ Éva\tP',
      ]),
    );
    expect(summary.present_names).toEqual(['CABROL Lucien', 'DELMAS Irène', 'HUGON Marc', 'MAZARS Henri', 'PRADEL Luc']);
    expect(summary.absent_names).toEqual(['JOUANY Anne']);
  });

  it('a pipe grid whose first column is « Secteur d’énergie »: members, marks and holders read', () => {
    const { summary, findings } = analyseText(
      text([
        "Syndicat départemental d'énergie du Haut-Tarnon – comité syndical du jeudi 11 mars 2010",
        '',
        "| Secteur d'énergie | Délégué               | Présent | Excusé | Pouvoir à        |",
        '|-------------------|------------------------|---------|--------|------------------|',
        '| Ardenac           | M. Hervé TOURNIÉ       |    X    |        |                  |',
        '|                   | Mme Rose CHABERT       |    X    |        |                  |',
        '|                   | M. Alain VIDAL         |         |   X    | M. Hervé TOURNIÉ |',
        '| Bézac             | M. Paul LACOMBE        |    X    |        |                  |',
        '|                   | Mme Annie ROUX         |         |   X    |                  |',
        '',
        'Délégués en exercice : 5 | Présents : 3 | Pouvoirs : 1 | Votants : 4',
      ]),
    );
    expect(summary.present_names).toEqual(['Hervé TOURNIÉ', 'Rose CHABERT', 'Paul LACOMBE']);
    expect(summary.proxies_list).toEqual([{ from: 'Alain VIDAL', to: 'Hervé TOURNIÉ' }]);
    expect(summary.members_in_office).toBe(5);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a flattened web table headed « NOM PrénomCollectivité membreSituationPouvoir donné à »: states in words, holders after them', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du 20 novembre 2012',
        'Délégués en exercice : 6 ; présents : 4 ; pouvoirs : 1 ; votants : 5',
        'Situation des délégués (cliquer pour afficher le tableau)',
        'NOM PrénomCollectivité membreSituationPouvoir donné à',
        'ARNAUD Jean-Louis Département Présent',
        'BESSON Mireille Département Présent',
        'CHAZE Bernard Département Excusé BESSON Mireille',
        'DORIER Estelle Région Présent',
        'ESCOFFIER Thierry CC des Sucs Absent',
        'FAURIE Luc CC des Sucs Présent',
      ]),
    );
    expect(summary.present_names).toEqual(['ARNAUD Jean-Louis', 'BESSON Mireille', 'DORIER Estelle', 'FAURIE Luc']);
    expect(summary.proxies_list).toEqual([{ from: 'CHAZE Bernard', to: 'BESSON Mireille' }]);
  });

  it('a table aligned with spaces under « Commune »: no margin column; a « Suppléé par » cell wrapped over two lines seats its member', () => {
    const { summary } = analyseText(
      text([
        "SIAEP DE LA VALLÉE DE L'ORBETTE – Séance du 16 septembre 2014",
        'Nombre de délégués : en exercice 8 – présents 7 – votants 7',
        '',
        'Commune                        Délégué titulaire              Présent   Excusé   Suppléé par',
        'Beaumont-la-Chapelle-          M. Roger LEBLOND                 X',
        'sur-Orbette                    Mme Annick PRUVOST               X',
        'Corbeil-la-Grange              M. Jacques VAN HECKE                       X      Mme Odile FROISSART',
        '                               M. Thierry HOUBART               X',
        'Hardivillers-en-Orbette        M. Bernard CAUDRELIER            X',
        '                               M. Fabrice LEGRAND                         X      M. Jean-Baptiste',
        '                                                                                 DELACOUR-MARTEL',
        'Lihus-le-Bas                   M. Gérard TRUFFAUT               X',
        '                               Mme Sylvie DEMAY                 X',
        '',
        'Secrétaire de séance : M. Roger LEBLOND',
      ]),
    );
    expect(summary.present_names).toEqual(['Roger LEBLOND', 'Annick PRUVOST', 'Odile FROISSART', 'Thierry HOUBART', 'Bernard CAUDRELIER', 'Jean-Baptiste DELACOUR-MARTEL', 'Gérard TRUFFAUT', 'Sylvie DEMAY']);
    expect(summary.absent_names).toEqual(['Jacques VAN HECKE', 'Fabrice LEGRAND']);
  });
});

describe('state tables: holders and substitutes in their columns', () => {
  it('a code then, across a gap, the holder under « Pouvoir à »; a commune cell wrapped or opening on a body’s acronym', () => {
    const { summary } = analyseText(
      text([
        'Syndicat mixte du bassin de la Lizonne – comité syndical du 30 juin 2015',
        "Feuille d'émargement (P = présent, E = excusé, A = absent)",
        '',
        'Collectivité                    Délégué titulaire            P/E/A   Pouvoir à',
        'CC du Pays Ribéracois           GUILLEMOT Patrice              P',
        '                                BERNARD Sylvie                 P',
        '                                CHAUVET Marcel                 E     GUILLEMOT Patrice',
        'CC du Haut-Bocage               OUVRIER Gérard                 P',
        'Saint-Maixentais                PAPIN Yolande                  E     OUVRIER Gérard',
        '                                QUINTIN Alain                  A',
        'Département                     VRIGNON Hubert                 P',
      ]),
    );
    expect(summary.present_names).toEqual(['GUILLEMOT Patrice', 'BERNARD Sylvie', 'OUVRIER Gérard', 'VRIGNON Hubert']);
    expect(summary.proxies_list).toEqual([
      { from: 'CHAUVET Marcel', to: 'GUILLEMOT Patrice' },
      { from: 'PAPIN Yolande', to: 'OUVRIER Gérard' },
    ]);
  });

  it('a semicolon export: « pouvoir » with its holder in the next column; « présent (en remplacement de Mme X) » sits for X', () => {
    const { summary, findings } = analyseText(
      text([
        'SIVOM du Pays de Brézière – comité syndical du 8 décembre 2020',
        'Membres en exercice : 6 ; présents : 3 ; représentés : 2 ; votants : 5',
        'Commune;Délégué;Qualité;Présence;Pouvoir donné à',
        'Arbou-le-Sec;M. Jean THIRARD;titulaire;présent;',
        'Arbou-le-Sec;Mme Nathalie COCHIN;titulaire;pouvoir;M. Jean THIRARD',
        'Bérou-la-Forêt;Mme Ginette LHUILLIER;titulaire;présente;',
        'Bérou-la-Forêt;M. Francis DAUVIN;titulaire;pouvoir;Mme Ginette LHUILLIER',
        'Crécy-Bas;Mme Laure BOISSY;titulaire;excusée – suppléée;',
        'Crécy-Bas;M. Thibault GUÉRIN;suppléant;présent (en remplacement de Mme Laure BOISSY);',
        'Crécy-Bas;M. Christophe FESNAY;titulaire;excusé;',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean THIRARD', 'Ginette LHUILLIER', 'Thibault GUÉRIN']);
    expect(summary.proxies_list).toEqual([
      { from: 'Nathalie COCHIN', to: 'Jean THIRARD' },
      { from: 'Francis DAUVIN', to: 'Ginette LHUILLIER' },
    ]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([]);
  });

  it('a grid aligned with spaces whose last column is « A donné pouvoir à »: the holders read', () => {
    const { summary } = analyseText(
      text([
        'SIVOM DE LA VALLÉE DE LA VÈZE – Séance du mardi 12 avril 2016',
        '',
        'Nom et prénom             Commune                   Présent  Excusé  Absent  A donné pouvoir à',
        'ARNAUD Claude             Bellegarde-sur-Vèze          X',
        'BARBIN Renée              Bellegarde-sur-Vèze                  X',
        'COUDER Jean-Pierre        Chassenon-la-Vèze            X',
        'DEMAY Solange             Chassenon-la-Vèze                    X             COUDER Jean-Pierre',
        'FAUCHIER Michel           Étagnac-Haut                                 X',
      ]),
    );
    expect(summary.present_names).toEqual(['ARNAUD Claude', 'COUDER Jean-Pierre']);
    expect(summary.proxies_list).toEqual([{ from: 'DEMAY Solange', to: 'COUDER Jean-Pierre' }]);
  });
});

describe('more syndicates’ tables', () => {
  it('« Émargement » cells wrapped over lines, a page break repeating the header, « présidente » and « suppléé – le suppléant siège »', () => {
    const { summary } = analyseText(
      text([
        'SIVOM DU VAL DE SORGE – comité syndical du jeudi 14 mars 2024',
        'Présents : 5 – Représentés : 1 – Votants : 6',
        '',
        'Commune                 Délégué titulaire         Délégué suppléant    Émargement',
        '------------------------------------------------------------------------------------',
        'Ambérieux-le-Bas        BOURDON-VILMIN            DUBOIS Alain         présent',
        '                        Jean-Christophe',
        '                        CHANAL Mireille           GONIN Sabrina        présidente',
        'Bettant-sur-Sorge       DÉGLET Roger              HUMBLOT Joël         excusé – pouvoir à',
        '                                                                       CHANAL Mireille',
        'Douvres-le-Bas          JACQUET Louis             MONTAGNE Paul        suppléé – le suppléant',
        '                                                                       siège',
        '',
        'SIVOM du Val de Sorge – comité syndical du 14/03/2024                                    1/2',
        '',
        'Commune                 Délégué titulaire         Délégué suppléant    Émargement',
        '------------------------------------------------------------------------------------',
        'Lagnieu-le-Bas          PITON Gérard              DUCROS Hélène        absent',
        '                        QUIVY Marie-Laure         SIBOUT Franck        présente',
        '',
        'Délégués en exercice : 7.',
      ]),
    );
    expect(summary.present_names).toEqual(['BOURDON-VILMIN Jean-Christophe', 'CHANAL Mireille', 'MONTAGNE Paul', 'QUIVY Marie-Laure']);
    expect(summary.proxies_list).toEqual([{ from: 'DÉGLET Roger', to: 'CHANAL Mireille' }]);
    expect(summary.members_in_office).toBe(7);
  });

  it('two members a row aligned with spaces (« Délégué  Code  Délégué  Code »), codes with a holder or a substitute in brackets', () => {
    const { summary } = analyseText(
      text([
        "Syndicat d'énergies du Val de Bièvre – comité syndical du mardi 3 février 2026",
        'Codes : P présent – E excusé – A absent – S suppléé – Pv représenté',
        '',
        'Délégué                 Code                  Délégué                  Code',
        'ABBADIE Jean-Luc        P                     LAGRANGE Monique         Pv (ABBADIE Jean-Luc)',
        'BAYLE Suzanne           P                     LAVIGNE Thierry          P',
        'CAMPAN Pierre           E                     MAUMY Colette            P',
        'CASTEX Henri            P                     MÉDÉVILLE Jean           S (PUJOS Martine)',
      ]),
    );
    expect(summary.present_names).toEqual(['ABBADIE Jean-Luc', 'BAYLE Suzanne', 'LAVIGNE Thierry', 'MAUMY Colette', 'CASTEX Henri', 'PUJOS Martine']);
    expect(summary.proxies_list).toEqual([{ from: 'LAGRANGE Monique', to: 'ABBADIE Jean-Luc' }]);
    expect(summary.absent_names).toEqual(['CAMPAN Pierre']);
  });

  it('« N° | Membre | Délégué titulaire | … | Suppléant ayant siégé »: two columns set aside, the substitute seated', () => {
    const { summary } = analyseText(
      text([
        'SYMTOM DU HAUT-CÉOU – comité syndical du lundi 10 octobre 2011',
        '',
        '| N° | Membre                      | Délégué titulaire       | Présent | Absent | Suppléant ayant siégé |',
        '|----|-----------------------------|-------------------------|---------|--------|-----------------------|',
        '| 1  | CC Causse de Gramat-Est     | M. Francis CAPDEVIELLE  |    X    |        |                       |',
        '| 2  |                             | Mme Odile CONQUES       |    X    |        |                       |',
        '| 3  |                             | M. Serge DELRIEUX       |         |   X    |                       |',
        '| 4  | CC du Pays de Souillac-Bas  | Mme Sylvie DELPEYROUX   |         |   X    | M. Michel CASSAGNE    |',
      ]),
    );
    expect(summary.present_names).toEqual(['Francis CAPDEVIELLE', 'Odile CONQUES', 'Michel CASSAGNE']);
    expect(summary.absent_names).toEqual(['Serge DELRIEUX', 'Sylvie DELPEYROUX']);
  });

  it('« CollectivitéNOM PrénomQualitéPrésent(e) » glued, rows opening on « CA du … »: a substitute without the mark is no member absent', () => {
    const { summary } = analyseText(
      text([
        'Compte rendu du comité syndical du 23 janvier 2018',
        'Délégués titulaires et suppléants (déplier le tableau)',
        'CollectivitéNOM PrénomQualitéPrésent(e)',
        'CA du Plateau de Vernon BRUNEL Odile titulaire X',
        'CA du Plateau de Vernon CHAUSSON Rémi titulaire X',
        'CA du Plateau de Vernon DEYRIS Paul titulaire',
        'CA du Plateau de Vernon FAURIE Martine suppléante X',
        'CA du Plateau de Vernon GAUTHIER Luc suppléant',
        'CC Orsan-Coiron JUILLET Bernard titulaire X',
        'CC Orsan-Coiron MIALET Régis suppléant',
      ]),
    );
    expect(summary.present_names).toEqual(['BRUNEL Odile', 'CHAUSSON Rémi', 'FAURIE Martine', 'JUILLET Bernard']);
    expect(summary.absent_names).toEqual(['DEYRIS Paul']);
  });
});

describe('syndicates’ tables: boxes, pipes without spaces, substitutes named in the state', () => {
  it('checked boxes « ☒ » under « Présent » / « Excusé », an empty box « ☐ » marking nothing', () => {
    const { summary } = analyseText(
      text([
        'Syndicat mixte de la Basse-Vire – comité syndical du jeudi 17 juin 2021',
        '',
        'Titulaire             Collectivité            Présent  Excusé  Suppléé par   Pouvoir à',
        'ANQUETIN Marc         CA Rives de Vire           ☒       ☐',
        'BEAUFORT Odile        CA Rives de Vire           ☒       ☐',
        'BRIÈRES Jacques       CA Rives de Vire           ☐       ☒                   ANQUETIN Marc',
        'CORDIER Annie         CA Rives de Vire           ☐       ☒',
        'DUFRÊNE Hugues        CA Rives de Vire           ☒       ☐',
        'GOSSET Marie          CC Vire-Maritime           ☒       ☐',
        'HOUELLE Patrick       CC Vire-Maritime           ☐       ☒                   GOSSET Marie',
        'LECANTE Sylvie        CC Vire-Maritime           ☐       ☒',
        'PAUMELLE Gilles       CC du Pays de Neuf         ☐       ☒     RENAUD Rémi',
        'TOUTIN Alain          CC du Pays de Neuf         ☒       ☐',
      ]),
    );
    expect(summary.present_names).toEqual(['ANQUETIN Marc', 'BEAUFORT Odile', 'DUFRÊNE Hugues', 'GOSSET Marie', 'RENAUD Rémi', 'TOUTIN Alain']);
    expect(summary.proxies_list).toEqual([
      { from: 'BRIÈRES Jacques', to: 'ANQUETIN Marc' },
      { from: 'HOUELLE Patrick', to: 'GOSSET Marie' },
    ]);
  });

  it('pipes without spaces, the header repeated over the next group, holders beside E rows, « suppléant (remplace Mme X) »', () => {
    const { summary, findings } = analyseText(
      text([
        'Pôle métropolitain Loirmor – comité syndical du jeudi 22 mai 2014',
        'Légende : P présent – E excusé – A absent.',
        '',
        'Délégué|Qualité|EPCI membre|Présence|Pouvoir à',
        'M. Yann GUILLO|titulaire|CA Loirmor|P|',
        'Mme Maëlle KERVELLA|titulaire|CA Loirmor|P|',
        'M. Serge LE GOFF|titulaire|CA Loirmor|E|M. Yann GUILLO',
        '',
        'Délégué|Qualité|EPCI membre|Présence|Pouvoir à',
        'M. Paul HELLIO|titulaire|CC Blavet-Ével|P|',
        'Mme Marie JÉGOU|titulaire|CC Blavet-Ével|E|',
        'M. Kévin LAUDREN|suppléant (remplace Mme JÉGOU)|CC Blavet-Ével|P|',
        '',
        'Délégués en exercice : 6 – Présents : 4 (dont 1 suppléant) – Pouvoirs : 1 – Votants : 5',
      ]),
    );
    expect(summary.present_names).toEqual(['Yann GUILLO', 'Maëlle KERVELLA', 'Paul HELLIO', 'Kévin LAUDREN']);
    expect(summary.proxies_list).toEqual([{ from: 'Serge LE GOFF', to: 'Yann GUILLO' }]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([]);
  });

  it('« représenté par son suppléant, M. X » in an « Émargement » column: X present; « installé le 8 juillet » is no session date', () => {
    const { summary, findings } = analyseText(
      text([
        "SYNDICAT D'ÉNERGIE DES COTEAUX DU LUY",
        'Comité syndical – séance du mardi 15 septembre 2026',
        'Le comité syndical, installé le 8 juillet 2026, s’est réuni le mardi 15 septembre 2026 à 10 heures.',
        '',
        'Délégué\tCollège / membre\tVoix\tÉmargement',
        'M. Jean-Marc ARRIBAT\tCollège du Luy-Amont\t1\tprésent',
        'Mme Sylvie BORDES\tCollège du Luy-Amont\t1\tprésente',
        'M. Francis HOURCQ\tCollège des Coteaux\t1\treprésenté par son suppléant, M. Thierry LACROUX',
        'Mme Nadine MIQUEL\tCollège des Coteaux\t1\texcusée',
      ]),
    );
    expect(summary.session_date).toBe('2026-09-15');
    expect(findings.map((f) => f.code)).not.toContain('DATE_CONFLICT');
    expect(summary.present_names).toEqual(['Jean-Marc ARRIBAT', 'Sylvie BORDES', 'Thierry LACROUX']);
  });
});

describe('OCR of two columns apart by a rule', () => {
  it('the rule read as « l », lost on one row, missing after the last name; roles « 1re adjointe » in the cells', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE DE MARIGNY-LA-ROUSSE – séance du conseil municipal du mardi 21 septembre 2010',
        '[ Conseillers en exercice : 15 ] [ Présents : 11 ] [ Votants : 12 ]',
        '',
        'Etaient présents :',
        'M. Joël TROUVÉ, Maire              | Mme Maryvonne GOUSSARD, 1re adjointe',
        'M. Patrice LEBRET, 2e adjoint      l Mme Nadine CHAUVET, 3e adjointe',
        'M. Didier HUBERT                   | Mme Sophie BELLIER',
        'M. Yannick DUTERTE  Mme Gisèle POIRAUD',
        'M. Stéphane LEFAUCON               | Mme Ginette MORIN',
        'M. Cédric BOISRAME                 |',
        '',
        'Absents ayant donné pouvoir :',
        'Mme Agnès DROUIN à M. Joël TROUVÉ',
        '',
        'Absents excusés : M. Alain COTTIN, Mme Bernadette JAMET, M. Christophe RIBAUD.',
      ]),
    );
    expect(summary.present_names).toEqual([
      'Joël TROUVÉ', 'Maryvonne GOUSSARD', 'Patrice LEBRET', 'Nadine CHAUVET', 'Didier HUBERT', 'Sophie BELLIER',
      'Yannick DUTERTE', 'Gisèle POIRAUD', 'Stéphane LEFAUCON', 'Ginette MORIN', 'Cédric BOISRAME',
    ]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([]);
  });
});

describe('OCR of boxed lists', () => {
  it('a box per section (« | PRÉSENTS | »), three cells a row, a rule read as « l » or lost, a border read as « ] »', () => {
    const { summary } = analyseText(
      text([
        'VILLE DE NEUVY-LA-VARENNE – Séance ordinaire du mardi 18 novembre 2014',
        'Nombre de conseillers en exercice : 13',
        'Présents : 9 — Pouvoirs : 2 — Votants : 11',
        '___________________________________________________________________________',
        '| PRÉSENTS                                                                |',
        '|_________________________________________________________________________|',
        '| Mme Claudine BERTHOLET  | M. Olivier CHARPIN     | Mme Élise DAUPHINE     |',
        '| M. Jean-Luc AUCHER      l Mme Marinette BOURDIER  M. Frédéric COLLAS    |',
        '| Mme Agnès DESFORGES     | M. Patrick FOUCHER     | Mme Sabrina GIRARDOT   ]',
        '|_________________________|________________________|________________________|',
        '| POUVOIRS                                                                |',
        '|_________________________________________________________________________|',
        '| M. Alain BRÉCHARD à M. Olivier CHARPIN                                  |',
        '| Mme Sonia CLÉMENTE à Mme Élise DAUPHINE                                 |',
        '|_________________________________________________________________________|',
        '| ABSENTS : M. Kévin LEROY, Mme Yvette MOREL                              |',
        '|_________________________________________________________________________|',
      ]),
    );
    expect(summary.present_names).toEqual([
      'Claudine BERTHOLET', 'Olivier CHARPIN', 'Élise DAUPHINE', 'Jean-Luc AUCHER', 'Marinette BOURDIER', 'Frédéric COLLAS',
      'Agnès DESFORGES', 'Patrick FOUCHER', 'Sabrina GIRARDOT',
    ]);
    expect(summary.proxies_list).toHaveLength(2);
  });

  it('each commune’s group in brackets, its label in capitals, one label wrapped at its hyphen', () => {
    const { summary } = analyseText(
      text([
        'Séance du conseil communautaire du 27 novembre 2018',
        'Etaient présents :',
        '[ AYRAC-LA-VILLE : ROUQUET Alain, BOUSQUIÉ Marie-Claire,',
        '  FABRIE Sandrine ]',
        '[ FONBELLE : ESCUDIER Francis, GALTIÉ Josiane ] [ LAPANOUSE-DU-CROS :',
        'JULIAN Marc, LACANE Brigitte ] [ MONTJAUX-BAS : MAURY Henri ]',
        '[ SAINT-ROME-DU-CAUSSE : SOLIGNAT Bernard ] [ SAINT-VICTOR-',
        'DE-RAVEL : VABRES Jacques, VIDALOU Odile ]',
        '',
        'Absents excusés : GAUBERTIE Yves, MALRIEUX Sylvain.',
      ]),
    );
    expect(summary.present_names).toEqual([
      'ROUQUET Alain', 'BOUSQUIÉ Marie-Claire', 'FABRIE Sandrine', 'ESCUDIER Francis', 'GALTIÉ Josiane', 'JULIAN Marc', 'LACANE Brigitte',
      'MAURY Henri', 'SOLIGNAT Bernard', 'VABRES Jacques', 'VIDALOU Odile',
    ]);
  });
});

describe('more OCR of lists', () => {
  it('names apart by « | » on wrapped lines, one rule read as « l », a role after the first name', () => {
    const { summary } = analyseText(
      text([
        'Séance extraordinaire du jeudi 4 juillet 2019',
        'Présents : MASSAT Jean-Pierre, Maire | BARTHÈS Sylvie | CASTET Thierry',
        'DAUBAT Monique | ESPINAS Hervé l FOURCADIER Laetitia | GUILHEMAT Pascal',
        'HÉBRAIL Anne | LABATUT Christophe | MONTAUBIN Élodie | NOGUÉ Frédéric',
        'Absents excusés : BÉGUÈRE Patrick, PUJOL Sandrine.',
      ]),
    );
    expect(summary.present_names).toEqual([
      'MASSAT Jean-Pierre', 'BARTHÈS Sylvie', 'CASTET Thierry', 'DAUBAT Monique', 'ESPINAS Hervé', 'FOURCADIER Laetitia', 'GUILHEMAT Pascal',
      'HÉBRAIL Anne', 'LABATUT Christophe', 'MONTAUBIN Élodie', 'NOGUÉ Frédéric',
    ]);
  });

  it('a given name whose capital O was read as a zero (« JACQUEMIN 0dile ») does not end the list', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du mardi 9 septembre 2025',
        'Présents : GUYOT Laurent, BOURDON Claudette, GIRARD Pascal, JACQUET 0dile, MOURET Liliane, NICOLE Sébastien.',
        'Secrétaire de séance : Mme JACQUET Odile.',
      ]),
    );
    expect(summary.present_names).toHaveLength(6);
    expect(findings.map((f) => f.code)).not.toContain('SECRETARY_NOT_PRESENT');
  });

  it('a pipe table whose cells list several members apart by commas (a note wrapped to the next row); an amount with an S for a 5', () => {
    const { summary } = analyseText(
      text([
        'SIVU DU RPI VAUCOURT – Comité syndical du jeudi 20 janvier 2022',
        '',
        '| Commune                | Délégués présents                                 |',
        '|------------------------|---------------------------------------------------|',
        '| Vaucourt               | Mme Patricia LEBLANC, M. Olivier DUPRÉ            |',
        '| Fontenay-sur-Aisne     | Mme Martine CARRÉ, M. Jérôme DELAHAYE             |',
        '| Brancourt-le-Bas       | Mme Sylvie MORELLE                                |',
        '| Floirac-Haut           | M. Marc VAYSSE, M. Bruno CAPDET (suppléant |',
        '|                        | de Mme Lucienne PÉLAPRAT)                         |',
        '',
        'La participation des communes s’élève à 74 S01,00 €.',
      ]),
    );
    expect(summary.present_names).toEqual(['Patricia LEBLANC', 'Olivier DUPRÉ', 'Martine CARRÉ', 'Jérôme DELAHAYE', 'Sylvie MORELLE', 'Marc VAYSSE', 'Bruno CAPDET']);
    expect(summary.amounts_eur).toEqual([74501]);
  });
});

describe('a prefecture stamp read by OCR', () => {
  it('« Reçu en préfecture le » / « 3 1 MARS 2006 »: the 31st, after the session (no finding)', () => {
    const { findings } = analyseText(
      text([
        'Séance du 23 mars 2006',
        'Présents : M. Paul ABADIE, Mme Rose BARTHE, M. Luc CASTEX.',
        'Objet : Aménagement du cimetière',
        'Adopté à l’unanimité.',
        '  SAINT-P0NS-DE-  ~:;              Gi1bert FAURÉ',
        ' Reçu en préfecture le',
        ' 3 1 MARS 2006   .',
      ]),
    );
    expect(findings.map((f) => f.code)).not.toContain('PREFECTURE_BEFORE_SESSION');
  });
});

describe('communautés: delegates with their communes (the family of the real 012)', () => {
  it('« Prénom NOM, Commune » one per line; « X, Commune, à Y » proxies; « A, Commune ; B, Commune » absences', () => {
    const { summary, findings } = analyseText(
      text([
        'Communauté de communes du Pays de Lembras – séance du mardi 14 mai 2024',
        'En exercice : 8 | Présents : 5 | Pouvoirs : 2 | Votants : 7',
        'Présents (5) :',
        'Hélène GOASDOU, Lembras',
        'Sylvie RAMOND, Lembras',
        'André DE LA VERGNIÈRE, Saint-Sornin-la-Mare',
        'Arnaud LE FLOC, Ayenac-le-Bas',
        'Mireille FRAYSSINET, Ayenac-le-Bas',
        '',
        'Pouvoirs (2) :',
        'Yannick BEYNAC, Lembras, à André DE LA VERGNIÈRE',
        'Bernadette FAVAREAU, Ayenac-le-Bas, à Sylvie RAMOND',
        '',
        'Absents (1) : Agnès URVOIS, Saint-Sornin-la-Mare',
      ]),
    );
    expect(summary.present_names).toEqual(['Hélène GOASDOU', 'Sylvie RAMOND', 'André DE LA VERGNIÈRE', 'Arnaud LE FLOC', 'Mireille FRAYSSINET']);
    expect(summary.proxies_list).toEqual([
      { from: 'Yannick BEYNAC', to: 'André DE LA VERGNIÈRE' },
      { from: 'Bernadette FAVAREAU', to: 'Sylvie RAMOND' },
    ]);
    expect(summary.absent_names).toEqual(['Agnès URVOIS']);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('« Présents, outre le Président : »; « Commune de X : » labels over their delegates', () => {
    const { summary } = analyseText(
      text([
        'Conseil communautaire du 12 juin 2018',
        'Présents, outre le Président :',
        'Commune de Pont-de-Vesle :',
        '    Olivier LAFONT',
        '    Pauline DURIEUX',
        'Commune de Saint-Cyr-en-Bresse :',
        '    Françoise GAYRAL',
        '',
        'Excusés : Monsieur Lucien TRÉMOULIN.',
      ]),
    );
    expect(summary.present_names).toEqual(['Olivier LAFONT', 'Pauline DURIEUX', 'Françoise GAYRAL']);
  });

  it('« Mme X détient les pouvoirs de M. A (Commune) et de Mme B (Commune) »: both held by X', () => {
    const { summary } = analyseText(
      text([
        'Conseil communautaire du 17 novembre 2020',
        'Présents : ROQUEFORT Anne-Marie (Aiguebelle), AURIAC Philippe (Bozel), MAZEL Pauline (Feissons).',
        'Pouvoirs :',
        '- Mme ROQUEFORT Anne-Marie détient les pouvoirs de M. VERNET Pascal (Aiguebelle) et de Mme BOSSARD Marie (Aiguebelle)',
        '- Mme MAZEL Pauline détient le pouvoir de Mme COSTA Christine (Feissons)',
        'Secrétaire de séance : AURIAC Philippe.',
      ]),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'VERNET Pascal', to: 'ROQUEFORT Anne-Marie' },
      { from: 'BOSSARD Marie', to: 'ROQUEFORT Anne-Marie' },
      { from: 'COSTA Christine', to: 'MAZEL Pauline' },
    ]);
  });
});

describe('the text layer of PDFs in columns and tables', () => {
  it('glued rows « NOM Prénom (Secteur X)Présent », « …Représentée par M. Y » under « Délégué (secteur)Présence »', () => {
    const { summary } = analyseText(
      text([
        "SYNDICAT D'ÉNERGIE DE LA HAUTE-VÈRE – Séance du jeudi 30 novembre 2023",
        'Délégué (secteur)Présence',
        'ALLEMAN Roger (Secteur Nord)Présent',
        'BRUNEAU Marie (Secteur Nord)Représentée par M. ALLEMAN',
        'CHAMPEL Denis (Secteur Nord)Présent',
        'DEVAUD Colette (Secteur Nord)Présente',
        'ÉTIENNET Paul (Secteur Sud)Excusé',
        'Secrétaire de séance : M. Denis CHAMPEL',
      ]),
    );
    expect(summary.present_names).toEqual(['ALLEMAN Roger', 'CHAMPEL Denis', 'DEVAUD Colette']);
    expect(summary.proxies_list).toEqual([{ from: 'BRUNEAU Marie', to: 'ALLEMAN' }]);
    expect(summary.absent_names).toEqual(['ÉTIENNET Paul']);
  });

  it('three headings side by side, their columns given one after the other (names, pairs « X à Y », names)', () => {
    const { summary } = analyseText(
      text([
        'SMICTOM DES DEUX-GIMONS – comité syndical du jeudi 10 février 2022',
        'Délégués titulaires présents          Pouvoirs                              Absents excusés',
        'DUFFAU Gisèle, Présidente',
        'ABADIE Jean',
        'BAYLE Martine',
        'DAUGÉRE Rémy à DUFFAU Gisèle',
        'BERGÈRE Alain à BAYLE Martine',
        'AUGER Robert',
        'BÉDART Sandrine',
        'Secrétaire de séance : BAYLE Martine',
      ]),
    );
    expect(summary.present_names).toEqual(['DUFFAU Gisèle', 'ABADIE Jean', 'BAYLE Martine']);
    expect(summary.proxies_list).toEqual([
      { from: 'DAUGÉRE Rémy', to: 'DUFFAU Gisèle' },
      { from: 'BERGÈRE Alain', to: 'BAYLE Martine' },
    ]);
    expect(summary.absent_names).toEqual(['AUGER Robert', 'BÉDART Sandrine']);
  });

  it('« ÉTAIENT PRÉSENTSM. X », a surname glued to the next civility, « SECRÉTAIRE DE SÉANCEMme Y »', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL DÉPARTEMENTAL – Réunion du lundi 20 juin 2016',
        'ÉTAIENT PRÉSENTSM. Jean-Michel ROUSSEL     Mme Claire AUBAGNE     M. Denis BOUCHARD',
        'M. Olivier DARBOUX     Mme Élodie FAVRAT-GUILLONM. Kévin HAMMAD',
        'ABSENTM. Marc TEYSSIER',
        'SECRÉTAIRE DE SÉANCEMme Claire AUBAGNE',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean-Michel ROUSSEL', 'Claire AUBAGNE', 'Denis BOUCHARD', 'Olivier DARBOUX', 'Élodie FAVRAT-GUILLON', 'Kévin HAMMAD']);
    expect(summary.secretary).toBe('Claire AUBAGNE');
    expect(summary.absent_names).toEqual(['Marc TEYSSIER']);
  });

  it('a count box beside two columns of names, its title on the heading’s line', () => {
    const { summary } = analyseText(
      text([
        'SIVOM DE LA VALLÉE DU LHERS – SÉANCE DU JEUDI 27 SEPTEMBRE 2018',
        'Étaient présents :                                                   Nombre de délégués',
        'M. Lucien ARNAL, Président         Mme Béatrice BOYÉ                 En exercice : 8',
        'M. Gilbert CALMET                  Mme Danielle DOUMERC              Présents : 6',
        'M. Jean-François ESCAFIT           Mme Francine GASQUET              Votants : 6',
        '',
        'Secrétaire de séance : Mme Danielle DOUMERC.',
      ]),
    );
    expect(summary.present_names).toEqual(['Lucien ARNAL', 'Béatrice BOYÉ', 'Gilbert CALMET', 'Danielle DOUMERC', 'Jean-François ESCAFIT', 'Francine GASQUET']);
    expect(summary.members_in_office).toBe(8);
  });
});

describe('communes nouvelles, Alsace-Moselle, urgency', () => {
  it('« créée le 1er janvier 2016 » is no session date; « Kirchtal – MM. et Mmes X, … » labels of communes déléguées', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE NOUVELLE DE KIRCHBACH-WENDEL – Séance du mardi 22 mai 2018',
        'Le conseil municipal de la commune nouvelle, créée le 1er janvier 2018, s’est réuni le mardi 22 mai 2018.',
        'Étaient présents :',
        'Kirchbach – MM. et Mmes ERNST Joseph, Maire, HEITZ Carole, KNOBLOCH Pierre ;',
        'Wendel – MM. et Mmes WEISSE Hubert, ADAMS Chantal.',
      ]),
    );
    expect(summary.session_date).toBe('2018-05-22');
    expect(findings.map((f) => f.code)).not.toContain('DATE_CONFLICT');
    expect(summary.present_names).toEqual(['ERNST Joseph', 'HEITZ Carole', 'KNOBLOCH Pierre', 'WEISSE Hubert', 'ADAMS Chantal']);
  });

  it('an urgency convocation one clear day before, the urgency stated: no CONVOCATION_LATE; two clear days without urgency: late', () => {
    const urgent = analyseText(
      text([
        'Commune de Villecourt – séance du jeudi 20 décembre 2012',
        'Nombre de conseillers en exercice : 15 ; présents : 12 ; votants : 12',
        'Convocation adressée en urgence le mardi 18 décembre 2012, le délai étant abrégé à un jour franc.',
        'Le conseil municipal, à l’unanimité, reconnaît l’urgence.',
      ]),
    );
    expect(urgent.findings.map((f) => f.code)).not.toContain('CONVOCATION_LATE');
    const late = analyseText(
      text([
        'Commune de Villecourt – séance du jeudi 20 décembre 2012',
        'Nombre de conseillers en exercice : 15 ; présents : 12 ; votants : 12',
        'Convocation adressée le lundi 17 décembre 2012.',
      ]),
    );
    expect(late.findings.map((f) => f.code)).toContain('CONVOCATION_LATE');
  });

  it('a roll call of three cells apart by dotted leaders (member, office, state): « excusée, procuration à X » read', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE HERTZING (Moselle) – séance du lundi 17 juin 2024',
        'APPEL NOMINAL',
        'KLEINE Didier ........................ Maire ................. présent',
        'HENRY Bernard ........................ 1er Adjoint ........... présent',
        'WAGNIER Sylvie ....................... 4e Adjointe ........... excusée, procuration à KLEINE Didier',
        'BECKERT Raymond ...................... Conseiller ............ présent',
        'NOËLLE Stéphane ...................... Conseiller ............ absent',
        'PIERRAT Céline ....................... Conseillère ........... présente',
      ]),
    );
    expect(summary.present_names).toEqual(['KLEINE Didier', 'HENRY Bernard', 'BECKERT Raymond', 'PIERRAT Céline']);
    expect(summary.proxies_list).toEqual([{ from: 'WAGNIER Sylvie', to: 'KLEINE Didier' }]);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['NOËLLE Stéphane', 'WAGNIER Sylvie']));
  });
});

describe('a proxy list with bullets and scopes', () => {
  it('« - Mme X (Commune) à Mme Y, jusqu’à son arrivée » then another bullet: both pairs read', () => {
    const { summary } = analyseText(
      text([
        'Séance du conseil communautaire du jeudi 9 février 2012',
        'Présents :',
        '- M. GALTIÉ Romain (Mirepoix)',
        '- Mme LAGARRIGUÉ Marie (Clermont)',
        '- M. DUPONTEL Jean (Clermont)',
        '',
        'Pouvoirs :',
        '- Mme SANTORI Chantal (Idrac) à Mme LAGARRIGUÉ Marie, jusqu’à son arrivée',
        '- Mme BACCOUT Solange (Mirepoix) à M. GALTIÉ Romain',
        '',
        'Absents excusés : M. CAUCHOIX Didier',
      ]),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'SANTORI Chantal', to: 'LAGARRIGUÉ Marie' },
      { from: 'BACCOUT Solange', to: 'GALTIÉ Romain' },
    ]);
  });
});

describe('a scanned count table', () => {
  it('labels, a rule of dashes, the numbers with a rule read as « l » and a border as « ] »', () => {
    const { summary } = analyseText(
      text([
        'Commune de Lavalette-du-Causse – réunion du Conseil municipal du mardi 12 octobre 2021',
        ' ___________________________________________________________',
        '| En exercice  | Présents  | Pouvoirs  | Votants  | Absents  |',
        '|——————————————|———————————|———————————|——————————|——————————|',
        '| 11           l 8         | 2         | 10       | 1        ]',
        '',
        'Présents : M. Jean BOUDET, Mme Rose CAUSSADE, M. Paul FOULQUIÉ, Mme Anne GARRIGUE, M. Luc LACOMBRE, Mme Nadia MARTY, M. Guy PUECHAL, Mme Eve VERNHES.',
      ]),
    );
    expect([summary.members_in_office, summary.present, summary.proxies, summary.voters]).toEqual([11, 8, 2, 10]);
  });
});
