/**
 * Layouts the two-hundred-and-third invented corpus and the sets after it found missing, and those left from the sets
 * before. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('counts in words', () => {
  it('« compte sept membres en exercice ; cinq sont présents »: the present count after the semicolon', () => {
    const { summary } = analyseText(
      text([
        'Réunion du bureau du mardi 4 mars 2014',
        "Le bureau de l'association foncière compte neuf membres en exercice ; six sont présents.",
        'Étaient présents : M. ARNAL Paul, président ; M. BESSIÈRE Jean ; Mme CAUSSE Odile ; M. DELMAS Louis ; M. ESTIVAL Marc ; Mme FABRE Nadine',
        'Absents : M. GINESTE Henri - M. HUGONENC Jules - Mme ISSANCHOU Rose',
      ]),
    );
    expect(summary.members_in_office).toBe(9);
    expect(summary.present).toBe(6);
  });
});

describe('a proxy sentence after the list of the present', () => {
  it('« Mme X, excusée, a donné pouvoir à Mme Y. » in a paragraph after a one-per-line list: X gives, is not present', () => {
    const { summary } = analyseText(
      text([
        'Séance du Conseil Municipal du 14 mai 2019',
        'Conseillers : en exercice 7 | présents 5 | votants 6',
        '',
        'Présents :',
        'GOURDEL Anne, Maire',
        'HAMON Luc, 1er adjoint',
        'JAGUELIN Rose',
        'LAUNAY Marc',
        'MÉNARD Élise',
        '',
        'Mme POTTIER Claire, excusée, a donné pouvoir à M. HAMON Luc.',
        'Excusé : M. RIVOAL Yann.',
        '',
        '1. Tarifs de la cantine',
      ]),
    );
    expect(summary.present_names).toEqual(['GOURDEL Anne', 'HAMON Luc', 'JAGUELIN Rose', 'LAUNAY Marc', 'MÉNARD Élise']);
    expect(summary.proxies_list).toEqual([{ from: 'POTTIER Claire', to: 'HAMON Luc' }]);
    expect(summary.absent_names).toEqual(['RIVOAL Yann']);
    expect(summary.findings).toEqual([]);
  });
});

describe('prose attendance of small communes', () => {
  it('a one-per-line list ending on « formant la majorité des membres en exercice. »: the last name is read', () => {
    const { summary } = analyseText(
      text([
        'Séance du conseil municipal du 18 octobre 2013',
        'Étaient présents :',
        'CASTAGNÉ Jean-Paul',
        'LAFFONT Monique',
        'RÉGOURD Claudine',
        'formant la majorité des membres en exercice.',
        '',
        'Absents : PUJOL Pierre.',
        '',
        '1. Budget',
      ]),
    );
    expect(summary.present_names).toEqual(['CASTAGNÉ Jean-Paul', 'LAFFONT Monique', 'RÉGOURD Claudine']);
    expect(summary.absent_names).toEqual(['PUJOL Pierre']);
  });

  it('« M. X ayant donné pouvoir à Mme Y, Mme A et M. B étant excusés, M. C absent »: both excused read', () => {
    const { summary } = analyseText(
      text([
        'Séance du lundi 27 mars 2023',
        "Le conseil municipal s'est réuni sous la présidence de M. Jean ALBOUY, maire. Étaient présents Mesdames et Messieurs Jean ALBOUY, Rose BERGOUGNOUX, Paul CASTEL et Nadine DURAND, formant la majorité des membres en exercice, M. Didier ESCAT ayant donné pouvoir à Mme Nadine DURAND, Mme Sophie FABIÉ et M. Damien GAYRAUD étant excusés, M. Kévin HUC absent.",
        '',
        '1. Travaux',
      ]),
    );
    expect(summary.proxies_list).toEqual([{ from: 'Didier ESCAT', to: 'Nadine DURAND' }]);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['Damien GAYRAUD', 'Kévin HUC', 'Sophie FABIÉ']);
  });

  it('« Mme X avait donné pouvoir à M. Y et M. Z à Mme W. »: two pairs in one sentence, the second without its verb', () => {
    const { summary } = analyseText(
      text([
        'Conseil municipal - Séance du lundi 9 décembre 2019',
        'Étaient présents : Régis AURIAC, Françoise BARTHE, Jacques CAZES et Martine DELPECH.',
        'Mme Josiane ESPIÉ avait donné pouvoir à M. Jacques CAZES et M. Alain FOURCADE à Mme Martine DELPECH.',
        'M. Olivier GASC était absent.',
        '',
        '1 - Budget',
      ]),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Josiane ESPIÉ', to: 'Jacques CAZES' },
      { from: 'Alain FOURCADE', to: 'Martine DELPECH' },
    ]);
  });
});

describe('Swiss minutes', () => {
  it('« 1. Appel » as the first item: « la présence de 13 membres sur les 15 en fonction » gives the seats', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL GÉNÉRAL',
        'PROCÈS-VERBAL DE LA SÉANCE DU LUNDI 20 JUIN 2022',
        'Présidence : M. Cédric ROBERT',
        'Sont présents (13) : Mmes et MM. Cédric ROBERT, Aline SANDOZ, Pascal THIÉBAUD.',
        '',
        '1. Appel',
        "L'appel fait constater la présence de 13 membres sur les 15 en fonction.",
        '',
        '2. Comptes 2021',
        'Les comptes sont acceptés par 9 voix contre 2 et 1 abstention.',
      ]),
    );
    expect(summary.members_in_office).toBe(15);
  });

  it('an agenda line « 2. Procès-verbal de la séance du 23 juin 2011 » gives no second session date', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL GÉNÉRAL',
        'Procès-verbal de la séance ordinaire du jeudi 24 novembre 2011, à 19 h 30',
        '',
        'Ordre du jour :',
        '1. Appel',
        '2. Procès-verbal de la séance du 23 juin 2011',
        '3. Budget 2012',
        '',
        '1. Appel',
        '13 membres sont présents sur les 15 en fonction.',
      ]),
    );
    expect(summary.session_date).toBe('2011-11-24');
    expect(summary.findings).not.toContain('DATE_CONFLICT');
  });
});

describe('OCR cuts and letters in a scanned extract', () => {
  it('names with digits for letters and words cut before their accented letter are read as written', () => {
    const { summary } = analyseText(
      text([
        'S ÉANCE DU CONSEIL MUNICIPAL DU 16 NOVEMBRE 2010',
        'Conseillers en exercice : 7',
        'Pr ésents : 6',
        '',
        'Pr ésents :',
        'M. Miche1 ROUQUET',
        'Mme Gi11ette FABRE',
        'M. Andr é VIGNAL',
        'Mme Marie-Th érèse CAMBON',
        'M. R émi FOURNIER',
        'Mme Agn ès TRÉVIER',
        '',
        'Absent : M. Xavier CAPDEVILLE.',
      ]),
    );
    expect(summary.present_names).toEqual(['Miche1 ROUQUET', 'Gi11ette FABRE', 'Andr é VIGNAL', 'Marie-Th érèse CAMBON', 'R émi FOURNIER', 'Agn ès TRÉVIER']);
    expect(summary.present).toBe(6);
    expect(summary.absent_names).toEqual(['Xavier CAPDEVILLE']);
  });

  it('a proxy pair before « à » is two names, not one cut word (« Pascale X à Isabelle Y »)', () => {
    const { summary } = analyseText(
      text([
        'Séance du conseil municipal du 23 janvier 2024',
        'Présents : Patrice Lemaistre, Isabelle Gondrand, Jean Vautrin.',
        'Pouvoirs : Pascale Huet à Isabelle Gondrand.',
      ]),
    );
    expect(summary.proxies_list).toEqual([{ from: 'Pascale Huet', to: 'Isabelle Gondrand' }]);
    expect(summary.present_names).toEqual(['Patrice Lemaistre', 'Isabelle Gondrand', 'Jean Vautrin']);
  });

  it('headings, dates and verbs cut in capitals or more than once are read (« D ÉL ÉGU ÉS PR ÉSENTS », « F ÉVRIER », « a donn é pouvoir »)', () => {
    const { summary } = analyseText(
      text([
        'COMIT É SYNDICAL – S ÉANCE DU MERCREDI 11 F ÉVRIER 2015',
        'D él égu és en exercice : 6 | Pr ésents : 4 | Pouvoirs : 1 | Votants : 5',
        '',
        'D ÉL ÉGU ÉS PR ÉSENTS',
        'M. Paul ARNAUD, Pr ésident',
        'Mme Lise BERTRAND',
        'M. Marc CLAVEL',
        'Mme Anne DURAND',
        '',
        'M. Louis ESCAT a donn é pouvoir à M. Marc CLAVEL.',
        'Excus ée : Mme Rose FAURE.',
      ]),
    );
    expect(summary.session_date).toBe('2015-02-11');
    expect(summary.present_names).toEqual(['Paul ARNAUD', 'Lise BERTRAND', 'Marc CLAVEL', 'Anne DURAND']);
    expect(summary.proxies_list).toEqual([{ from: 'Louis ESCAT', to: 'Marc CLAVEL' }]);
    expect(summary.findings).toEqual([]);
  });

  it('« M. Ie Maire » is the maire, « de m ême que » gives the same holder, « premi ère adjointe » is a role', () => {
    const { summary } = analyseText(
      text([
        'Séance du vendredi 11 juin 2021',
        'Nombre de membres en exercice : 7 ; présents : 3 ; pouvoirs : 3 ; votants : 6.',
        "Le Conseil municipal s'est réuni sous la présidence de M. Jean-Louis SARRAT, Maire. Étaient présents M. Jean-Louis SARRAT,",
        'Mme Pierrette LACAZE, premi ère adjointe, et M. Bastien ARRIOLA.',
        'Mme Huguette CANTEL avait donn é pouvoir à M. Ie Maire, de m ême que',
        'M. Roger PUNTIS ; M. Kevin LABORDE avait donn é pouvoir à Mme LACAZE.',
        'M. Antoine SOUBIE était absent.',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean-Louis SARRAT', 'Pierrette LACAZE', 'Bastien ARRIOLA']);
    expect(summary.proxies_list?.map((p) => p.from)).toEqual(['Huguette CANTEL', 'Roger PUNTIS', 'Kevin LABORDE']);
  });
});

describe('a proxy to the maire named by the office', () => {
  const head = [
    'Séance du vendredi 11 juin 2021',
    "Le Conseil municipal s'est réuni sous la présidence de M. Jean-Louis SARRAT, Maire. Étaient présents M. Jean-Louis SARRAT, Mme Pierrette LACAZE et M. Bastien ARRIOLA.",
  ];
  it('« pouvoir au Maire »: the holder is the one presiding', () => {
    const { summary } = analyseText(text([...head, 'Mme Huguette CANTEL avait donné pouvoir au Maire.']));
    expect(summary.proxies_list).toEqual([{ from: 'Huguette CANTEL', to: 'Jean-Louis SARRAT' }]);
  });
  it('« pouvoir à M. le Maire, de même que M. X »: both givers to the one presiding', () => {
    const { summary } = analyseText(text([...head, 'Mme Huguette CANTEL avait donné pouvoir à M. le Maire, de même que M. Roger PUNTIS.']));
    expect(summary.proxies_list).toEqual([
      { from: 'Huguette CANTEL', to: 'Jean-Louis SARRAT' },
      { from: 'Roger PUNTIS', to: 'Jean-Louis SARRAT' },
    ]);
  });
});

describe('delegates one per line with their commune and seat', () => {
  it('« NOM Prénom – Commune – titulaire »: the commune is no entry, the lines below are read', () => {
    const { summary } = analyseText(
      text([
        'COMITÉ SYNDICAL DU JEUDI 26 SEPTEMBRE 2024',
        'Délégués présents :',
        'CASTAING Michel – Montbrun – titulaire, président',
        'SARRAT Pierre – Cazaux-Vieil – titulaire',
        'LAGOUANE Annie – Lantis – suppléante',
        'Excusé : BOURDET Paul.',
      ]),
    );
    expect(summary.present_names).toEqual(['CASTAING Michel', 'SARRAT Pierre', 'LAGOUANE Annie']);
  });

  it('« …, suppléant, remplace X (excusée) » ending its line: the next line is the next delegate', () => {
    const { summary } = analyseText(
      text([
        'COMITÉ SYNDICAL DU JEUDI 26 SEPTEMBRE 2024',
        'Délégués présents :',
        'CASTAING Michel – titulaire, président',
        'POUEY Lucien – suppléant, remplace BOURDET Josette (excusée)',
        'SARRAT Pierre – titulaire',
        'LAGOUANE Annie – titulaire',
        'Excusés : BOURDET Josette, CAMPAN Alain.',
      ]),
    );
    expect(summary.present_names).toEqual(['CASTAING Michel', 'POUEY Lucien', 'SARRAT Pierre', 'LAGOUANE Annie']);
    expect(summary.absent_names).toEqual(['BOURDET Josette', 'CAMPAN Alain']);
  });
});

describe('delegates grouped under their communes', () => {
  it('member communes in capitals on lines of their own above their delegates are no names', () => {
    const { summary } = analyseText(
      text([
        'Conseil communautaire du mardi 27 janvier 2026',
        'Étaient présents :',
        'SAINT-GÉRY-DE-LÈBRE',
        'Christian ARNAL, Valérie BALSAN, Jean-Louis BOUZIN',
        'MONTCABRAS',
        'Régis LESTRADE, Sonia LIMOUSI',
        'LA BASTIDE-D’ESPERT',
        'Pascal MOLINA',
        'Excusés : Hélène GOURDAN, Gilles MALBOS.',
      ]),
    );
    expect(summary.present_names).toEqual(['Christian ARNAL', 'Valérie BALSAN', 'Jean-Louis BOUZIN', 'Régis LESTRADE', 'Sonia LIMOUSI', 'Pascal MOLINA']);
  });

  it('« pour la commune de X, M. A, titulaire, et M. B, délégué suppléant siégeant en remplacement de M. C, excusé ; pour … »: the list reads on', () => {
    const { summary } = analyseText(
      text([
        'Réunion du comité syndical du samedi 11 octobre 2008',
        'Étaient présents : pour la commune de Brunac, M. Jean-Noël CONDAT, titulaire, et M. Patrick AUSSET, délégué suppléant siégeant en remplacement de M. Émile DALMAS, excusé ; pour la commune de Saint-Ursin, Mme Odile FALGAS ; pour la commune de Malbosc, MM. Gilbert GRÉGOIRE et Henri JOUVE.',
        'Était excusée : Mme Irène LAURENT (Saint-Ursin).',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean-Noël CONDAT', 'Patrick AUSSET', 'Odile FALGAS', 'Gilbert GRÉGOIRE', 'Henri JOUVE']);
  });
});

describe('a conseil général one member per line with the canton', () => {
  it('« M. X, conseillère générale du canton d’Aubrac-le-Vieux » lines are one column, and « Nombre de conseillers généraux ..... 43 » the seats', () => {
    const cantons = ['Baugnac', "d'Aubrac-le-Vieux", 'Belvézet-sur-Dourdane', 'Calmels', 'Cazillac-Nord', 'Cournil', "d'Escandorgue", 'Fajolles', 'Gaubert', 'Ginestet-Haut'];
    const names = ['Paul ABRIAL', 'Anne BARDOU', 'Rose CAMBON', 'Jean DELMAS', 'Marc ESCAFFRE', 'Luc FABRE', 'Yves GINESTE', 'Noé HUGON', 'Guy ICHER', 'Léa JOUVE'];
    const lines = names.map((n, i) => `${i % 2 ? 'Mme' : 'M.'} ${n}, ${i % 2 ? 'conseillère générale' : 'conseiller général'} du canton ${cantons[i]!.startsWith("d'") ? cantons[i] : 'de ' + cantons[i]}`);
    const { summary } = analyseText(
      text([
        'Réunion du lundi 14 décembre 2009',
        'Nombre de conseillers généraux ..................... 12',
        'Présents ............................................ 10',
        '',
        'MEMBRES PRÉSENTS :',
        ...lines,
        '',
        'ABSENTS : M. Louis KERVAL, M. Rémi LAFON.',
      ]),
    );
    expect(summary.members_in_office).toBe(12);
    expect(summary.present_names).toEqual(names);
  });
});

describe('a département roll call by canton, two members a row', () => {
  it('« | Canton | Conseillère départementale | | Conseiller départemental | | » with a state cell after each member', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL DÉPARTEMENTAL – Séance du lundi 11 décembre 2023',
        'Présidence : Madame Claire AUBERT, Présidente du Conseil départemental.',
        '',
        'APPEL NOMINAL',
        '| Canton | Conseillère départementale | | Conseiller départemental | |',
        '|---|---|---|---|---|',
        '| Aurelle | Claire AUBERT | P | Gaël BONNET | P |',
        '| Bois-Ferrand | Sandrine CAZES | P | Yves DUMAS | pouvoir à Claire AUBERT |',
        '| Brossenac | Muriel ESTÈVE | E | Yves FABRE | P |',
        '| Castelmaure | Hélène GARCIA | P | Maxime HUGON | A |',
        'P : présent(e) – E : excusé(e) – A : absent(e)',
        '',
        'Conseillers en exercice : 8 – Présents : 5 – Pouvoirs : 1 – Absents : 2 – Votants : 6',
      ]),
    );
    expect(summary.present_names).toEqual(['Claire AUBERT', 'Gaël BONNET', 'Sandrine CAZES', 'Yves FABRE', 'Hélène GARCIA']);
    expect(summary.proxies_list).toEqual([{ from: 'Yves DUMAS', to: 'Claire AUBERT' }]);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['Maxime HUGON', 'Muriel ESTÈVE']);
    expect(summary.findings).toEqual([]);
  });

  it('a surname wrapped alone on its line in a comma list is no commune heading (« QUEYREL Roselyne, » / « KOEHLER » / « Elise, … »)', () => {
    const { summary } = analyseText(
      text([
        'Procès-verbal de la séance du jeudi 14 décembre 2023',
        'Étaient présents : Mmes et MM.',
        'LESTRAC : COLOMBIER Annick, MOLINAS Julie, QUEYRAS Roselyne,',
        'KOEHN',
        'Elise, LE ROUX Yves, LÉON Alain',
        'SORGUES : KACEL René, SANTONI Sylvie,',
        'CHAUMONT',
        'Clément, MAURY Inès',
        'Absents : M. PIERRON Luc.',
      ]),
    );
    expect(summary.present_names).toContain('KOEHN Elise');
    expect(summary.present_names).toContain('CHAUMONT Clément');
  });
});

describe('more OCR cuts and commune labels', () => {
  it('a given name cut twice (« J ér ôme ») is one word; a commune label after a column gap is no part of the name', () => {
    const { summary } = analyseText(
      text([
        'Séance du mardi 27 juin 2023',
        'Pr ésents :',
        'M. Nicolas BERGOUNHE, Maire   Mme Élodie SARDAN        M. J ér ôme FLOTARD',
        'Mme C écile LAUZET            M. Julien PELISSIER      Mme Amandine GRANIER',
        '',
        'Excusé : M. Paul ROUX.',
      ]),
    );
    expect(summary.present_names).toEqual(['Nicolas BERGOUNHE', 'Élodie SARDAN', 'J ér ôme FLOTARD', 'C écile LAUZET', 'Julien PELISSIER', 'Amandine GRANIER']);
  });

  it('« Aubrelongue : M. X, Président    Les Fages : Mme Y »: both delegates read, the communes not', () => {
    const { summary } = analyseText(
      text([
        'Séance du jeudi 22 janvier 2026',
        'DÉLÉGUÉS PRÉSENTS',
        'Aubrelongue : M. Gaston VIALA, Président    Les Fages-Hautes : Mme Nicole ROUBAUD',
        'Aubrelongue : Mme Chantal BESSE',
        'Durfort-l’Étang : M. Marcel ROUVIER',
        '',
        'Excusés : M. Thierry ESPINAS.',
      ]),
    );
    expect(summary.present_names).toEqual(['Gaston VIALA', 'Nicole ROUBAUD', 'Chantal BESSE', 'Marcel ROUVIER']);
  });
});

describe('an OCR-cut posting stamp', () => {
  it('« Affich é le » / « 18 MARS 2022 » in a right margin is the posting, not a second session date', () => {
    const { summary } = analyseText(
      text([
        'VILLE DE SAINT-PONS                                              Affich é le',
        'Conseil municipal                                               18 MARS 2022',
        '',
        '     PROC ÈS-VERBAL DE LA S ÉANCE DU MARDI 15 MARS 2022',
        '',
        'Conseillers en exercice : 7 – Présents : 5 – Votants : 5',
        'PRÉSENTS : Mme Catherine LAVAL, Maire, M. Olivier FONT, M. Hervé CAYRE, Mme Audrey BOUSSAC, M. Paul DURAND.',
      ]),
    );
    expect(summary.session_date).toBe('2022-03-15');
    expect(summary.findings).not.toContain('DATE_CONFLICT');
  });
});

describe('a title in capitals above its date', () => {
  it('a stamp « * COURRIER * » above « COMPTE RENDU DE LA RÉUNION … » / « du jeudi 25 juin 2009 », past the first 400 characters of the page, does not exclude the session date', () => {
    const { summary } = analyseText(
      text([
        'SIVU SCOLAIRE DU REGROUPEMENT PÉDAGOGIQUE INTERCOMMUNAL',
        'LESCOUT - BRAMEFONT - SAINT-ALVÈRE-DU-MONT - CAZALOUBE',
        'Siège : mairie de Lescout, place de la Mairie, 46000 Lescout',
        '                                                    SOUS-PRÉFECTURE DE',
        '                                                    ARRIVÉE LE 30 JUIN 2009',
        '                                                    *  COURRIER  *',
        'COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL',
        'du jeudi 25 juin 2009',
        '',
        'Date de la convocation : 19 juin 2009',
        'Présents : M. Jacques FAURE, Mme Hélène MONTEIL, M. Paul CROZES.',
      ]),
    );
    expect(summary.session_date).toBe('2009-06-25');
    expect(summary.convocation_date).toBe('2009-06-19');
  });
});

describe('a page that never names its body', () => {
  it('a page starting at its lists, with euros and « procuration »: French law applies (one proxy a holder in 2016, from the minutes it approves)', () => {
    const { summary } = analyseText(
      text([
        'PRÉSENTS :',
        'Serge JAFFRÉ, Henri QUÉRÉ, Dominique TANGY, Yves URVOY, Florence SALOU, Damien GUILLOU.',
        'ABSENTS AYANT DONNE PROCURATION :',
        'Annick LE HIR a donné procuration à Serge JAFFRÉ,',
        'Tiphaine MOYSE a donné procuration à Serge JAFFRÉ,',
        'SECRÉTAIRE DE SÉANCE : Damien GUILLOU',
        'Le Compte rendu de la séance du 13 octobre 2016 est approuvé.',
        'I – CAMPING MUNICIPAL – TARIFS 2017',
        'Forfait emplacement : 19,40 €. Adopté à l’unanimité.',
      ]),
    );
    expect(summary.findings).toContain('PROXY_LIMIT_EXCEEDED');
  });

  it('« COMMUNE DE X » heading a page that never names the maire: a municipal council (27 seats need 5 clear days)', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE KERVOAN-SUR-MER',
        'Compte rendu sommaire de la séance du jeudi 25 mars 2021',
        'Convocation adressée le samedi 20 mars 2021',
        'Nombre de membres :',
        ' - en exercice : 27',
        ' - présents : 21',
        ' - votants : 21',
      ]),
    );
    expect(summary.findings).toContain('CONVOCATION_LATE');
  });
});

describe('cells glued by a PDF text layer', () => {
  it('« ABSENTM. X », « ABSENTEMme Y », « membresen exercice : 11présents : 9votants : 10 », « Date de convocation10/10/2013 »', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE MONTLAUR',
        'Séance du lundi 14 octobre 2013',
        'Nombre de membresen exercice : 11présents : 9votants : 10',
        'Date de convocation10/10/2013Date d’affichage10/10/2013',
        "L'an deux mil treize et le quatorze octobre, le Conseil Municipal s'est réuni sous la présidence de M. Robert CHAPAL, Maire.",
        'PrésentsMM. Robert CHAPAL, Lucien CHASTEL, Alain COMBET, Francis CORBIN, Serge COSTA,',
        'Mmes Évelyne CHAUVIN, Josette CLAIR, Claire COLOMB, Marie COUFFIN.',
        'ABSENTM. Hugues COURTOIS (pouvoir à M. Lucien CHASTEL)',
        'ABSENTEMme Brigitte COUSTEAU',
      ]),
    );
    expect(summary.members_in_office).toBe(11);
    expect(summary.present).toBe(9);
    expect(summary.voters).toBe(10);
    expect(summary.convocation_date).toBe('2013-10-10');
    expect(summary.absent_names).toEqual(['Hugues COURTOIS', 'Brigitte COUSTEAU']);
    expect(summary.proxies_list).toEqual([{ from: 'Hugues COURTOIS', to: 'Lucien CHASTEL' }]);
  });
});

describe('tables aligned with spaces in a PDF text layer', () => {
  it('« NOM Prénom   Commune   Office » rows: the commune is no part of the next row; « X (Commune)   à   Y » proxy rows', () => {
    const { summary } = analyseText(
      text([
        'Séance du jeudi 10 décembre 2020',
        'Délégués présents :',
        'BOUSSAC Gérard              Brézonne-le-Château           Président',
        'CADILHE Martine             Saint-Amans-de-Brézonne       1re Vice-Présidente',
        'CAMPAN Sylvie               Brézonne-le-Château',
        'CANTAL Alain                Montredon-Vieux',
        '',
        'Pouvoirs :',
        'FENOUIL Roger (Lacapelle-Brézonne)           à   BOUSSAC Gérard',
        'FLOTTE Annie (Brézonne-le-Château)            à   CADILHE Martine',
        '',
        'Excusés : GALTIÉ Robert, GARDEL Monique.',
      ]),
    );
    expect(summary.present_names).toEqual(['BOUSSAC Gérard', 'CADILHE Martine', 'CAMPAN Sylvie', 'CANTAL Alain']);
    expect(summary.proxies_list).toEqual([
      { from: 'FENOUIL Roger', to: 'BOUSSAC Gérard' },
      { from: 'FLOTTE Annie', to: 'CADILHE Martine' },
    ]);
  });

  it('a tally glued cell to cell (« ADOPTÉPour : 33Contre : 0Abstentions : 2 »)', () => {
    const { summary } = analyseText(
      text([
        'Séance du mercredi 18 juin 2014',
        'Présents : M. Jean BONNET, Mme Anne MASSOU.',
        '1 – Budget',
        'Le conseil adopte la décision modificative.',
        'ADOPTÉPour : 33Contre : 0Abstentions : 2 (M. Serge MASSOU, Mme Huguette MAURY)',
      ]),
    );
    expect(summary.votes).toEqual({ for: 33, against: 0, abstain: 2, not_voting: 0 });
  });
});

describe('installation sessions', () => {
  it('the eldest opening the session presides (« M. X, le plus âgé des membres du conseil, ouvre la séance »), « soit neuf conseillers » counts the present', () => {
    const { summary } = analyseText(
      text([
        'Procès-verbal de la séance du conseil municipal',
        'du vendredi 3 juillet 2020',
        '',
        'M. Marcel ROUX, le plus âgé des membres du conseil, ouvre la séance. Sont présents Mmes Danièle BARTHE, Sophie ESCLANGE et Maryse FABRE, MM. Marcel ROUX, Alain PASCAL, Jean-Marc BONNET, Rémi GASTON, Loïc ARNAUD et Thibault CHAUVET, soit neuf conseillers.',
      ]),
    );
    expect(summary.president).toBe('Marcel ROUX');
    expect(summary.present).toBe(9);
    expect(summary.present_names).toHaveLength(9);
  });

  it('the present grouped by electoral list, each list a label of its own line (« Liste « … » (27 sièges) : »)', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL MUNICIPAL DU DIMANCHE 16 MARS 2008',
        'ÉTAIENT PRÉSENTS :',
        'Liste « Pont-Saint-Léger, l’avenir ensemble » (3 sièges) :',
        'Jean-Michel DESFORGES – Marie-France LEBRET – Alain CHAUFFOUR',
        'Liste « Pont-Saint-Léger autrement » (2 sièges) :',
        'Francis ARCHAMBAUD – Catherine LÉGER',
        '',
        'ABSENTS : néant.',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean-Michel DESFORGES', 'Marie-France LEBRET', 'Alain CHAUFFOUR', 'Francis ARCHAMBAUD', 'Catherine LÉGER']);
  });
});

describe('the elected heading a count line', () => {
  it('« Élus : 23 – Présents : 20 – … » gives the seats; « 15 élus : 6 présents » still counts 15 seats and 6 present', () => {
    const a = analyseText(text(['Procès-verbal de la séance du conseil municipal', 'Samedi 23 mai 2020', 'Élus : 23 – Présents : 20 – Représentés : 2 – Votants : 22 – Absente : 1'])).summary;
    expect(a.members_in_office).toBe(23);
    expect(a.present).toBe(20);
    const b = analyseText(text(['Conseil municipal du 13 avril 2021', '15 élus : 6 présents, 4 pouvoirs, 10 votants.'])).summary;
    expect(b.members_in_office).toBe(15);
    expect(b.present).toBe(6);
  });
});

describe('the first vote of an installation session', () => {
  it('an election’s ballot (suffrages exprimés, votes per candidate) is no first vote: the next item voted is', () => {
    const { summary } = analyseText(
      text([
        'Procès-verbal de la séance du conseil municipal du samedi 23 mai 2020',
        'Présents : DUMONT Patrick, LABRO Martine, PEYRAT Jean-Paul.',
        '',
        '2. Élection du maire',
        "Nombre de conseillers présents à l'appel n'ayant pas pris part au vote : 0",
        'Nombre de votants (enveloppes déposées) : 22',
        'Nombre de suffrages déclarés nuls ou blancs : 3',
        'Nombre de suffrages exprimés : 19',
        'Majorité absolue : 10',
        'Mme Martine LABRO : 19 voix',
        'Mme Martine LABRO est proclamée maire.',
        '',
        '3. Détermination du nombre des adjoints',
        'Le conseil municipal fixe à six le nombre des adjoints.',
        'Pour : 22 – Contre : 0 – Abstention : 0',
      ]),
    );
    expect(summary.votes).toEqual({ for: 22, against: 0, abstain: 0, not_voting: 0 });
    expect(summary.subject).toMatch(/nombre des adjoints/);
  });
});

describe('the body named before its kind', () => {
  it('« RIVES D’AURANCE MÉTROPOLE » on its line is the body’s name, not « MÉTROPOLE » joined to the next line’s title', () => {
    const { parsed } = analyseText(text(['Publié le 04/07/2024', '', "RIVES D'AURANCE MÉTROPOLE", 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MÉTROPOLITAIN', '', 'Séance du jeudi 27 juin 2024']));
    expect(parsed.session.body.name).toBe("RIVES D'AURANCE MÉTROPOLE");
    expect(parsed.session.body.kind).toBe('conseil_metropolitain');
  });

  it('a name over two lines is still read whole (« COMMUNAUTÉ DE COMMUNES » / « LAURAGAIS-HERS ET GARRIGUES »)', () => {
    const { parsed } = analyseText(text(['COMMUNAUTÉ DE COMMUNES', 'LAURAGAIS-HERS ET GARRIGUES', 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE', 'Séance du jeudi 18 février 2021']));
    expect(parsed.session.body.name).toBe('COMMUNAUTÉ DE COMMUNES LAURAGAIS-HERS ET GARRIGUES');
  });
});

describe('two last readers of the session', () => {
  it('« Etaient présents : Monsieur X, Maire, » / « Mesdames et Messieurs les Conseillers Municipaux : » / « - A,- B »: the sub-heading is no end of the list', () => {
    const { summary } = analyseText(
      text([
        'Compte rendu du conseil municipal du 12 octobre 2015',
        '',
        'Etaient présents : Monsieur Yannick BOURDEL, Maire,',
        '',
        'Mesdames et Messieurs les Conseillers Municipaux :',
        '',
        '- Annie CLÉRAMBAULT,- Frédéric DAUCHET,',
        '- Sylviane LEFRANC,- Olivier MAQUIGNY.',
        '',
        'POUVOIRS : Madame CORROY à Madame LEFRANC',
      ]),
    );
    expect(summary.present_names).toEqual(['Yannick BOURDEL', 'Annie CLÉRAMBAULT', 'Frédéric DAUCHET', 'Sylviane LEFRANC', 'Olivier MAQUIGNY']);
  });

  it('« Présence : 15 membres sur 17 » (Luxembourg) declares the members present', () => {
    const { summary } = analyseText(text(['SÉANCE DU CONSEIL COMMUNAL DU MERCREDI 5 JUILLET 2023', 'Présence : 3 membres sur 5', '', 'Présents : Mme Monique LAHR, bourgmestre ; M. Tom BERENS.', 'Excusés : M. Marc DEITZ, Mme Pia EWERT.']));
    expect(summary.present).toBe(3);
    expect(summary.findings).toContain('PRESENT_COUNT_MISMATCH');
  });
});
