/**
 * Layouts the fifty-third to fifty-sixth invented corpora (fixtures/corpus
 * 5301–5620) found missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('groupings: delegates and their grouping, weighted votes, glued table headers', () => {
  it('« M. X – CA de Lorvelle » one per line: the grouping after the dash is no member', () => {
    const { summary, findings } = analyseText(
      [
        'Comité syndical du mardi 5 juin 2012',
        'Membres en exercice : 9 – présents : 5 – votants : 5',
        '',
        'Délégués présents :',
        'M. Paul RIVET – CA de Lorvelle',
        'Mme Anne CORDIER – CA de Lorvelle',
        'M. Luc MAROT – CA de Lorvelle',
        "Mme Rose FAVIER – CC du Pays d'Ambrenne",
        "M. Yves TELLIER – CC du Pays d'Ambrenne",
        '',
        'Le comité syndical, à l’unanimité, approuve le compte administratif.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul RIVET', 'Anne CORDIER', 'Luc MAROT', 'Rose FAVIER', 'Yves TELLIER']);
    expect(codes(findings)).not.toContain('DUPLICATE_MEMBER');
  });

  it('a long grouping label with its weight in brackets (« Communauté d’agglomération du Val (4 voix par délégué) : ») before its delegates', () => {
    const { summary } = analyseText(
      [
        'Séance du mercredi 12 décembre 2018',
        '',
        'Étaient présents :',
        "Communauté d'agglomération du Grand Valmont (4 voix par délégué) : M. Paul RIVET, Mme Anne CORDIER",
        'CC des Hauts de Brenne (2 voix par délégué) : M. Luc MAROT',
        '',
        'Délégué excusé : M. Yves TELLIER (Hauts de Brenne)',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul RIVET', 'Anne CORDIER', 'Luc MAROT']);
  });

  it('a count table « Délégués<TAB>Voix » gives the weight; « 2 voix d’abstention » is a tally option; the tally is checked in voix', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du mercredi 12 décembre 2018',
        '',
        '\tDélégués\tVoix',
        'En exercice\t6\t14',
        'Présents\t5\t12',
        'Votants\t5\t12',
        '',
        'Présents : M. Paul RIVET, Mme Anne CORDIER, M. Luc MAROT, Mme Rose FAVIER, M. Yves TELLIER',
        '',
        'Le Comité syndical, après en avoir délibéré, par 8 voix pour, 2 voix contre (M. Luc MAROT) et 2 voix d’abstention (Mme Rose FAVIER), fixe les contributions.',
      ].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 8, against: 2, abstain: 2, not_voting: 0 });
    expect(codes(findings)).not.toContain('TALLY_MISMATCH');
    expect(codes(findings)).not.toContain('COUNT_EXCEEDS_OFFICE');
  });

  it('a TAB table under a header row whose cells the extraction glued (« NOM PrénomCollectivitéPrésent(e)Excusé(e)Pouvoir donné à »)', () => {
    const { summary, findings } = analyseText(
      [
        'Comité syndical du 24 septembre 2019',
        '',
        'NOM PrénomCollectivité membrePrésent(e)Excusé(e)Pouvoir donné à',
        'RIVET Paul\tDépartement\tX',
        'CORDIER Anne\tDépartement\t\tX\tRIVET Paul',
        'MAROT Luc\tRégion\tX',
        'FAVIER Rose\tRégion\t\tX',
        'TELLIER Yves\tCC du Val',
        'BRUN Alice\tCC du Val\tX',
        '',
        'Le quorum étant atteint, le Président ouvre la séance.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['RIVET Paul', 'MAROT Luc', 'BRUN Alice']);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['CORDIER Anne', 'FAVIER Rose', 'TELLIER Yves']));
    expect(summary.proxies_list).toEqual([{ from: 'CORDIER Anne', to: 'RIVET Paul' }]);
    expect(codes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
  });

  it('« Le comité syndical, composé de 30 délégués titulaires » states the seats', () => {
    const { summary } = analyseText('Comité syndical du 16 mars 2023\nLe comité syndical du PETR, composé de 30 délégués titulaires désignés par les communautés membres, s’est réuni le 16 mars 2023.');
    expect(summary.members_in_office).toBe(30);
  });
});

describe('headings, dates and votes', () => {
  it('« Présents (en visioconférence) : » opens the list of members present', () => {
    const { summary } = analyseText('BUREAU COMMUNAUTAIRE du jeudi 4 juin 2020\n\nPrésents (en visioconférence) : M. Paul RIVET, Président ; Mme Anne CORDIER, 1re Vice-présidente ; M. Luc MAROT.\n\nExcusés : Mme Rose FAVIER.');
    expect(summary.present_names).toEqual(['Paul RIVET', 'Anne CORDIER', 'Luc MAROT']);
  });

  it('« Réunion du 15 avril 2021 EXPOSE N°1 APPROBATION DU COMPTE-RENDU DU 4 MARS 2021 »: the session is the one whose minutes follow', () => {
    const { summary, findings } = analyseText(
      'SIAEP DU VAL Réunion du 15 avril 2021 EXPOSE N°1 APPROBATION DU COMPTE-RENDU DU 4 MARS 2021 Réunion du 4 mars 2021 Sous la présidence de Monsieur RIVET Paul, Président, PRESENTS : Mmes CORDIER Anne, FAVIER Rose, MM. MAROT Luc, TELLIER Yves.',
    );
    expect(summary.session_date).toBe('2021-03-04');
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('« à l’unanimité : » opening the decisions, then « Votes : Pour : 12 Contre : 2 » closing them: one vote, contradicted', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 17 juin 2008',
        'Présents : M. Paul RIVET, Mme Anne CORDIER, M. Luc MAROT.',
        '',
        'Cession d’un délaissé de voirie',
        'Monsieur le Maire présente la demande des riverains, qui souhaitent acquérir le délaissé de voirie situé au droit de leur propriété, le long du chemin rural n° 12, dont la commune n’a plus l’usage depuis le réaménagement du carrefour.',
        '',
        'Après en avoir délibéré, le Conseil Municipal, à l’unanimité :',
        '',
        '- DECIDE de céder la parcelle cadastrée section ZB n° 118 d’une contenance de 802 m², au prix de 18 € le m², soit 14 436 €,',
        '- DIT que les frais de géomètre et d’acte notarié seront à la charge des acquéreurs,',
        '- AUTORISE Monsieur le Maire à signer l’acte à intervenir ainsi que toutes les pièces relatives à ce dossier.',
        '',
        'Votes : Pour : 12   Contre : 2   Abstention : 0',
      ].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 12, against: 2, abstain: 0, not_voting: 0 });
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });
});

describe('Belgium, Luxembourg, Switzerland, Québec (fifty-fifth set)', () => {
  it('« Présents : 23 membres, soit Mmes et MM. X, … » and « 42 membres sur 45, à savoir Mmes et MM. : »: the count, then the list', () => {
    const a = analyseText('Séance du lundi 10 décembre 2012\nPrésents : 4 membres, soit Mmes et MM. Thierry JEANNOT, Nathalie DUCRET, Sandrine AUBRY, Pierre-André HUMBERT.\nExcusés : Mme Katia PERRIN.');
    expect(a.summary.present_names).toEqual(['Thierry JEANNOT', 'Nathalie DUCRET', 'Sandrine AUBRY', 'Pierre-André HUMBERT']);
    expect(a.summary.present).toBe(4);
    const b = analyseText('Séance du lundi 16 décembre 2019\nPrésents : 3 membres sur 45, à savoir Mmes et MM. :\nSabine CRETIN, présidente ; Grégoire MORET ; Anne BAGNARD.\n');
    expect(b.summary.present_names).toEqual(['Sabine CRETIN', 'Grégoire MORET', 'Anne BAGNARD']);
    expect(b.summary.members_in_office).toBe(45);
  });

  it('« Bourgmestre f.f. – Président » is a role: the list goes on; a line labelled by a role gives it to its names (« Directrice générale : X » is staff)', () => {
    const a = analyseText('Séance du Conseil communal du jeudi 25 février 2016\n\nPrésents : MM. Vincent MARCQ, Premier Échevin, Bourgmestre f.f. – Président ;\nMme Josiane THOMAS, MM. Benoît GÉRIN et Xavier GOFFIN, Échevins ;\nM. Michel BERTRAND, Directeur général.\nExcusés : M. Guy RONDET, Bourgmestre.');
    expect(a.summary.present_names).toEqual(['Vincent MARCQ', 'Josiane THOMAS', 'Benoît GÉRIN', 'Xavier GOFFIN']);
    const b = analyseText('Séance publique du lundi 24 avril 2023\n\nPrésents :\nBourgmestre-Président : DUBOIS Jean-Marc\nÉchevins : DUQUET Fabrice, LENGLET Corinne\nConseillers : BAYLE Christian, LECLERC Fanny\nDirectrice générale : VERMONT Anne-Sophie\nExcusé : DE BRUYN Paul, Conseiller');
    expect(b.summary.present_names).toEqual(['DUBOIS Jean-Marc', 'DUQUET Fabrice', 'LENGLET Corinne', 'BAYLE Christian', 'LECLERC Fanny']);
    expect(b.summary.president).toBe('DUBOIS Jean-Marc');
    expect(b.summary.secretary).toBe('VERMONT Anne-Sophie');
  });

  it('Luxembourg: « deux procurations de vote ont été établies : » counts and opens the pairs; « se sont fait représenter par procuration : » too', () => {
    const a = analyseText(
      ['Séance du conseil communal du 18 novembre 2020', 'Présents : Jeff NEYENS, bourgmestre ; Carole THEIS, Romain FISCHER, Tom KIEFFER, conseillers.', 'Excusés : Lily DUHR, Gilles BACKER, Henri SCHANK.', "En vertu de l'article 1er de la loi du 24 juin 2020, deux procurations de vote ont été établies :", '- Lily DUHR à Jeff NEYENS', '- Gilles BACKER à Carole THEIS', '- Henri SCHANK à Romain FISCHER', '1. Devis', 'Le conseil communal approuve à l’unanimité des voix le devis.'].join('\n'),
    );
    expect(a.summary.proxies).toBe(2);
    expect(a.summary.proxies_list).toHaveLength(3);
    expect(codes(a.findings)).toContain('PROXY_COUNT_MISMATCH');
    const b = analyseText(['Séance du conseil communal du 31 mai 2021', 'Présents', 'Jeannot SCHANK / Bourgmestre, Marc LENTZEN / Échevin, Anne GOERENS / Conseillère', 'Excusé(e)(s)', 'Claude BERG / Conseiller', 'Un membre du conseil s’est fait représenter par procuration :', '- Claude BERG / Conseiller à Marc LENTZEN / Échevin'].join('\n'));
    expect(b.summary.proxies_list).toEqual([{ from: 'Claude BERG', to: 'Marc LENTZEN' }]);
  });

  it('Switzerland: the executive listed apart is no member; « 6 se sont fait excuser : », « Le Conseil comptant 75 membres », « 68 … répondent à l’appel », « 44 membres présents sur 50 », « 25 membres du Conseil général sur 27 »', () => {
    const a = analyseText('Procès-verbal de la séance du jeudi 20 juin 2013\n\nPrésidence : Mme Christine ROCHE, présidente\nMunicipalité : M. Jean-Pierre DÉGLISE, syndic ; Mmes Françoise MORAND et Catherine JOTTI, municipales\n\n1. Appel\n68 conseillères et conseillers répondent à l’appel ; 2 se sont fait excuser : Mmes Line PASQUIER, Monique BUGNARD ; 1 est absent : M. Bernard CORBET. Le Conseil comptant 71 membres, le quorum est atteint.');
    expect(a.summary.present).toBe(68);
    expect(a.summary.members_in_office).toBe(71);
    expect(a.summary.absent_names).toEqual(expect.arrayContaining(['Line PASQUIER', 'Monique BUGNARD', 'Bernard CORBET']));
    const b = analyseText('Séance du lundi 24 novembre 2008\n\nPrésidence : M. Jean-Louis CHAPUIS, président du Conseil général\nPrésents : 25 membres du Conseil général sur 27\nExcusés : Mme Corinne ROSSET, M. Yves GIGON\nConseil communal : M. André VALAT, maire, Mmes Ghislaine CREVIER, Patricia BUCHER, conseillères communales\nPublic : 6 personnes');
    expect(b.summary.members_in_office).toBe(27);
    expect(b.summary.absent_names).toEqual(['Corinne ROSSET', 'Yves GIGON']);
    const c = analyseText("Séance du lundi 18 juin 2018\nPrésidence : M. Nicolas PYTHOUD, président\nLe président constate que la convocation, accompagnée de l'ordre du jour, a été adressée à chaque membre par courrier du 31 mai 2018. Avec 44 membres présents sur 50, l'assemblée peut valablement délibérer.");
    expect(c.summary.members_in_office).toBe(50);
    expect(c.summary.convocation_date).toBe('2018-05-31');
  });

  it('Québec: « district no 2 » after a member is a seat; the maire presiding named after the absences is present; « Me X, greffière, qui agit comme secrétaire »', () => {
    const { summary } = analyseText(
      ['Procès-verbal de la séance ordinaire du conseil de la Ville de Pointe-Grise, tenue le lundi 9 mai 2016, à 19 h 30.', '', 'Sont présents :', 'Mme la conseillère Julie LAROCHE, district no 1', 'M. le conseiller Bruno GENDREAU, district no 2', 'Mme la conseillère Nathalie POIRÉ, district no 3', '', 'Est absent :', 'M. le conseiller Michel SAUVÉ, district no 4', '', 'Formant quorum sous la présidence de M. le maire Sylvain MORIN.', '', 'Sont également présents : M. François LEMIEUX, directeur général, et Me Annie BERGERON, greffière, qui agit comme secrétaire de la séance.'].join('\n'),
    );
    expect(summary.present_names).toEqual(['Julie LAROCHE', 'Bruno GENDREAU', 'Nathalie POIRÉ', 'Sylvain MORIN']);
    expect(summary.secretary).toBe('Annie BERGERON');
  });

  it('Québec: « La mairesse, Madame X; Les conseillers messieurs A, B » gives each their role (the mairesse presides); « ADOPTÉE SUR DIVISION (4 contre 1) »', () => {
    const { summary } = analyseText(
      'Séance ordinaire du conseil de la Municipalité de Saint-Gérard, tenue le lundi 6 mars 2017 à 19 h 30, et à laquelle sont présents : La mairesse, Madame Lucie THÉRIEN; Les conseillers messieurs Normand GAGNÉ, Stéphane LÉVEILLÉ et les conseillères mesdames Nathalie BOUCHARD et Josée PELLERIN. Est absent : Denis OUELLETTE. 1. CONTRAT DE DÉNEIGEMENT Il est proposé par Monsieur Normand GAGNÉ, appuyé par Madame Josée PELLERIN, d’octroyer le contrat. Votent pour : Messieurs Normand GAGNÉ et Stéphane LÉVEILLÉ, Madame Josée PELLERIN. Vote contre : Madame Nathalie BOUCHARD. ADOPTÉE SUR DIVISION (3 contre 1)',
    );
    expect(summary.president).toBe('Lucie THÉRIEN');
    expect(summary.votes).toEqual({ for: 3, against: 1, abstain: 0, not_voting: 0 });
  });

  it('Luxembourg: « avec 12 voix (CSV, LSAP) contre 6 (DP, déi gréng) » is the tally; « … et a approuvé à l’unanimité le compte de gestion » is a second decision', () => {
    const a = analyseText('Séance du conseil communal du 12 octobre 2009\nPrésents : Paul KREMER, bourgmestre ; Anne WOLFF, Luc HANSEN, conseillers.\n1. Règlement-taxe\nLe conseil communal approuve le nouveau règlement-taxe avec 12 voix (CSV, LSAP) contre 6 (DP, déi gréng).\n\n2. Conventions\nLe conseil communal approuve à l’unanimité la convention.');
    expect(a.summary.votes).toEqual({ for: 12, against: 6, abstain: 0, not_voting: 0 });
    const b = analyseText('Séance du conseil communal du 31 mai 2021\nPrésents : Paul KREMER, bourgmestre ; Anne WOLFF, Luc HANSEN, conseillers.\n1. Compte administratif\nLe Conseil communal a arrêté avec 7 voix contre 4 et une abstention le compte administratif de l’exercice 2019, qui se clôture par un boni, et a approuvé à l’unanimité le compte de gestion du receveur communal.');
    expect(b.summary.votes).toEqual({ for: 7, against: 4, abstain: 1, not_voting: 0 });
    expect(codes(b.findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });
});

describe('more from the fifty-fifth and fifty-sixth sets', () => {
  it('no voters declared: a tally above the members listed present (complete lists, no proxy) is a TALLY_MISMATCH', () => {
    const present = ['Alain GOBIN', 'Francis LAMBERT', 'Jean-Marie DELVIGNE', 'Valérie ROLLAND', 'Didier COLLIN'].map((n) => `M. ${n}`).join(', ');
    const { findings } = analyseText(`Séance du 19 octobre 2015\nPrésents : ${present}.\nExcusés : Mme Françoise TILLIER.\n\n1. Taxe\nLe Conseil DÉCIDE, par 4 voix pour et 2 voix contre, d’établir la taxe.`);
    expect(codes(findings)).toContain('TALLY_MISMATCH');
    const fewer = analyseText(`Séance du 19 octobre 2015\nPrésents : ${present}.\nExcusés : Mme Françoise TILLIER.\n\n1. Taxe\nLe Conseil DÉCIDE, par 3 voix pour et 2 voix contre, d’établir la taxe.`);
    expect(codes(fewer.findings)).not.toContain('TALLY_MISMATCH');
  });

  it('« Présents, Mesdames et Messieurs les Conseillers : » opens the list; a vacant seat row does not end a flattened table; « LEBŒUF. » ends its sentence', () => {
    const a = analyseText('Compte rendu du conseil municipal du 13 octobre 2005\n\nPrésents, Mesdames et Messieurs les Conseillers :\n  • LEMAIRE Hervé, - CHAPUIS Gilles,\n  • BRIAND Monique, - DELAUNAY Yves\n\nSecrétariat de séance : Madame Monique BRIAND');
    expect(a.summary.present_names).toEqual(['LEMAIRE Hervé', 'CHAPUIS Gilles', 'BRIAND Monique', 'DELAUNAY Yves']);
    const b = analyseText('Comité Syndical du 14 mai 2008\n\nNOM PrénomMembre représentéPrésent ou supplééSuppléant ou pouvoir à\nFABRE Raymond CC du Pays de Sauve X\nROUVIER Denise CC du Pays de Sauve X\nPELLETIER Annie Commune de Bessac\nDélégué à désigner Commune de Vallon\nBRUNET Patrick Commune de Vallon X\nDELEUIL Henri CA Rhône-Cèze X\n\nLe quorum étant atteint, la séance est ouverte.');
    expect(b.summary.present_names).toEqual(['FABRE Raymond', 'ROUVIER Denise', 'BRUNET Patrick', 'DELEUIL Henri']);
    const c = analyseText('Séance du 14 juin 2012 Etaient présents : M. Bernard QUENTIN, Mme Laurence HUCHON. Absente excusée : Mme Karine LEBŒUF. M. le Maire informe le conseil municipal de l’ordre du jour.');
    expect(c.summary.absent_names).toEqual(['Karine LEBŒUF']);
  });

  it('« sur convocation du Président sortant, M. X, adressée le 6 mai 2008 » dates the convocation', () => {
    const { summary } = analyseText('Le comité syndical s’est réuni le mercredi 14 mai 2008 à 18h30 à Bessac, sur convocation du Président sortant, M. Raymond FABRE, adressée le 6 mai 2008.');
    expect(summary.session_date).toBe('2008-05-14');
    expect(summary.convocation_date).toBe('2008-05-06');
  });

  it('the corrected figures of an earlier vote (« adoptée par 15 voix pour …, et non par 16 voix pour … ») are no tally of this item', () => {
    const { summary } = analyseText('Séance du 14 juin 2012 Etaient présents : M. Bernard QUENTIN, Mme Laurence HUCHON. Sur proposition de M. le Maire, le conseil municipal décide à l’unanimité d’ajouter un point à l’ordre du jour. Compte rendu du 10 mai 2012 : Mme HUCHON demande que soit corrigé le résultat du vote du point n° 4 : la délibération a été adoptée par 15 voix pour et 3 abstentions, et non par 16 voix pour et 2 abstentions comme indiqué.');
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('« En application de la loi du 24 juin 2020, Mme X a donné procuration à M. Y, échevin, et M. Z à Mme W »: the giver after the clause’s comma, then the second pair', () => {
    const { summary } = analyseText(
      'Séance du 17 mars 2021\nPrésents : M. Jos WAGNER, bourgmestre ; M. Raoul WEBER, échevin ; Mme Sandra HOFF, conseillère.\nAbsents excusés : Mme Nathalie GOERENS et M. Fernand MULLER, conseillers.\n\nEn application de la loi modifiée du 24 juin 2020 portant introduction de mesures temporaires relatives\nà la loi communale modifiée du 13 décembre 1988, Mme Nathalie GOERENS a donné procuration à\nM. Raoul WEBER, échevin, et M. Fernand MULLER à Mme Sandra HOFF, conseillère.\n\nPoint 2 – Devis\nLe conseil approuve à l’unanimité.',
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Nathalie GOERENS', to: 'Raoul WEBER' },
      { from: 'Fernand MULLER', to: 'Sandra HOFF' },
    ]);
  });

  it('« NOM I. » lists: a dash glued to the next surname (« DOUARCHE G. –GALZY R. ») splits; initials wrapped to the next line (« MOULS » / « D. ») stay with their surname', () => {
    const { summary } = analyseText(
      'Séance du 18 octobre 2011\nEtaient présents : ALBERT P. – BOUSQUET R. – CAZAL M. – COMBE Y.\n- DOUAIRE G. –GALLY R.\nEtaient absents : ARNAUD J. – BRUN M.C.\nEtaient excusés : CALVET E. – MOULIN\nD.',
    );
    expect(summary.present_names).toEqual(['ALBERT P.', 'BOUSQUET R.', 'CAZAL M.', 'COMBE Y.', 'DOUAIRE G.', 'GALLY R.']);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['MOULIN D.']));
  });

  it('the seats in a title (« CONSEIL DE VILLE (41 membres) ») and after the members present (« … sur les 100 que compte le Conseil »)', () => {
    const a = analyseText('VILLE DE FONTENAY\n\nCONSEIL DE VILLE (41 membres)\n\nProcès-verbal de la séance du lundi 29 mars 2010');
    expect(a.summary.members_in_office).toBe(41);
    const b = analyseText('Séance du mardi 8 septembre 2009\nL’appel, fait par le secrétaire, constate la présence de 87 conseillères et conseillers sur les 100 que compte le Conseil.');
    expect(b.summary.members_in_office).toBe(100);
    expect(b.summary.present).toBe(87);
  });
});

describe('fifty-seventh to sixtieth sets', () => {
  it('a plural civility over its surnames, one per line (« MM. LE GOFF » / « JOSSO » / « Mme EVENO »), is one column', () => {
    const { summary } = analyseText(
      ['REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL', '', 'Nombre des membres', 'en exercice : 15', 'présents : 13', 'PRESENTS :', 'MM. LE GALL', 'JOSSELIN', 'Mme EVEN', 'MM. GUEGUEN', 'LE BIHAN', 'CADIOU', 'Mme LE ROUX', 'MM. PIRIOU', 'TANGUY', 'Mme MAHE', 'MM. LE DORE', 'BOCHER', 'Mme JAFFRES', '|', '                      SEANCE DU 16 JUIN 1989', '', "L'an mil neuf cent quatre-vingt-neuf, le seize juin, le Conseil Municipal s'est réuni."].join('\n'),
    );
    expect(summary.present_names).toEqual(['LE GALL', 'JOSSELIN', 'EVEN', 'GUEGUEN', 'LE BIHAN', 'CADIOU', 'LE ROUX', 'PIRIOU', 'TANGUY', 'MAHE', 'LE DORE', 'BOCHER', 'JAFFRES']);
  });

  it('a unanimity, then a later sentence deciding another thing with its own tally: the item’s vote is the unanimity', () => {
    const { summary, findings } = analyseText(
      ['Séance du conseil communal du 14 décembre 2020', 'Présents : Paul KREMER, bourgmestre ; Anne WOLFF, Luc HANSEN, conseillers.', '1. Budget rectifié 2020 et budget 2021', 'Le bourgmestre présente le budget rectifié de l’exercice 2020 et le projet de budget de l’exercice 2021.', 'Le conseil communal arrête le budget rectifié 2020 à l’unanimité des voix.', 'Le budget 2021 prévoit notamment la rénovation de la toiture du hall sportif.', 'Le conseil communal arrête le budget 2021 avec 7 voix contre 3.'].join('\n'),
    );
    expect(summary.votes).toEqual({ unanimous: true });
    expect(codes(findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });

  it('an amount, then « se répartissent comme suit : » and bulleted parts (a « dont » inside one) that do not add up: AMOUNT_SUM_MISMATCH', () => {
    const text = (last: string) =>
      ['Séance du 11 avril 2016', 'Le budget annexe du camping est présenté.', 'En section d’exploitation, les dépenses s’élèvent à 500 000,00 €.', 'Ces dépenses d’exploitation se répartissent comme suit :', '-', '- Les charges à caractère général : 200 000,00 € (dont 30 000,00 € d’électricité) ;', '- Les frais de personnel : 150 000,00 € ;', `- Les dotations aux amortissements : ${last} €.`, 'Le conseil municipal adopte le budget à l’unanimité.'].join('\n');
    expect(codes(analyseText(text('140 000,00')).findings)).toContain('AMOUNT_SUM_MISMATCH');
    expect(codes(analyseText(text('150 000,00')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });

  it('a count box read as two columns, its labels then its values, OCR digits among them (« 1O »)', () => {
    const { summary, findings } = analyseText(
      ['PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 12 FEVRIER 1996', '', 'Membres en exercice :', 'Membres présents :', 'Procurations :', 'Votants :', '15', '8', '2', '1O', '', 'Le douze février mil neuf cent quatre-vingt-seize, le Conseil Municipal s’est réuni à la Mairie.'].join('\n'),
    );
    expect([summary.members_in_office, summary.present, summary.proxies, summary.voters]).toEqual([15, 8, 2, 10]);
    expect(codes(findings)).not.toContain('VOTERS_MISMATCH');
  });

  it('« M. Daniel COLIN a » / « M. Gerard PIERREL » (an « à » without its accent at a line end) is one pair', () => {
    const { summary } = analyseText('Seance du 24 mai 2011\nPresents : M. Gerard PIERREL, Mme Anais THIRIET, M. Benoit GEHIN.\nPouvoirs : Mme Nathalie PERRIN a Mme Anais THIRIET ; M. Daniel COLIN a\nM. Gerard PIERREL ; M. Eric LALLOZ a M. Benoit GEHIN.\nAbsents excuses : Mme Laetitia CHOLEZ.');
    expect(summary.proxies_list).toEqual([
      { from: 'Nathalie PERRIN', to: 'Anais THIRIET' },
      { from: 'Daniel COLIN', to: 'Gerard PIERREL' },
      { from: 'Eric LALLOZ', to: 'Benoit GEHIN' },
    ]);
  });

  it('a running header « Conseil régional de X – Séance plénière du 24 juin 2010 – 3 » inside a roll call does not end it', () => {
    const { summary } = analyseText(
      ['SÉANCE PLÉNIÈRE DU JEUDI 24 JUIN 2010', '', 'Ont répondu à l’appel :', '', 'Groupe Socialiste : Mme Aurélie DUBOIS, M. Yves RENAUD.', '', 'Conseil régional de Haute-Meuse – Séance plénière du 24 juin 2010 – 3', '', 'Groupe Union pour la Région : Mme Geneviève NOËL, M. Olivier WARIN.', '', 'Le quorum étant atteint, la séance est ouverte.'].join('\n'),
    );
    expect(summary.present_names).toEqual(['Aurélie DUBOIS', 'Yves RENAUD', 'Geneviève NOËL', 'Olivier WARIN']);
  });

  it('« Il est procédé à l’appel nominal, canton par canton : » opens the roll call; « Conseillers départementaux élus : 26 »; « Avaient délégué leur droit de vote : »', () => {
    const a = analyseText(
      ['Séance d’installation du 2 avril 2015', 'Conseillers départementaux élus : 6 – Présents : 5 – Délégation de vote : 1', '', 'Il est procédé à l’appel nominal, canton par canton :', '', 'Canton de Hers : Mme Hélène LABAT et M. Erwan GAILLOT', 'Canton de Touyre : Mme Armelle MEUNIÉ et M. Joël POUEY', 'Canton de Lèze : Mme Christine PERRIN', '', 'Absent excusé ayant donné délégation de vote : M. Bruno BLONDIN à Mme Armelle MEUNIÉ.'].join('\n'),
    );
    expect(a.summary.members_in_office).toBe(6);
    expect(a.summary.present_names).toEqual(['Hélène LABAT', 'Erwan GAILLOT', 'Armelle MEUNIÉ', 'Joël POUEY', 'Christine PERRIN']);
    expect(codes(a.findings)).toEqual([]);
    const b = analyseText('SEANCE PUBLIQUE DU 14 DECEMBRE 2009. Etaient présents : Roger DUPRAT, Cécile BOURGEON, Jérôme GAILLOT. Avaient délégué leur droit de vote : Madame Clémence MARSAL à Madame Cécile BOURGEON, Monsieur Hervé POIRIÉ à Monsieur Jérôme GAILLOT.');
    expect(b.summary.proxies_list).toEqual([
      { from: 'Clémence MARSAL', to: 'Cécile BOURGEON' },
      { from: 'Hervé POIRIÉ', to: 'Jérôme GAILLOT' },
    ]);
  });

  it('« Il est procédé à l’appel nominal : » right above rows « M. X : présent » is their heading (the rows are read)', () => {
    const { summary } = analyseText('Séance du 7 avril 2025\nM. Christophe ANDRÉ, Maire, ouvre la séance. Il est procédé à l’appel nominal :\nM. Christophe ANDRÉ : présent\nMme Sophie BALSA : présente\nM. Thierry CAUSSE : absent, pouvoir à M. Christophe ANDRÉ\nMme Véronique DAUDIN : présente\nM. Frédéric ANGLÈS : excusé\n\nLe quorum est atteint.');
    expect(summary.present_names).toEqual(['Christophe ANDRÉ', 'Sophie BALSA', 'Véronique DAUDIN']);
    expect(summary.proxies_list).toEqual([{ from: 'Thierry CAUSSE', to: 'Christophe ANDRÉ' }]);
  });

  it('a Belgian provincial council: « Députés provinciaux » and « Conseillers provinciaux » are roles; the list goes on', () => {
    const { summary } = analyseText('PROCÈS-VERBAL DE LA SÉANCE PUBLIQUE DU JEUDI 24 OCTOBRE 2013\n\nPrésents : M. Alain FRANCK, Président ; Mmes et MM. Christine BODEUX, Joëlle MOTTE, Députés provinciaux ; Christian HOUARD, Catherine STASSE et Didier GOBERT, Conseillers provinciaux.\n\nExcusés : Mme Claudine COLLET.');
    expect(summary.present_names).toEqual(['Alain FRANCK', 'Christine BODEUX', 'Joëlle MOTTE', 'Christian HOUARD', 'Catherine STASSE', 'Didier GOBERT']);
  });

  it('a region’s installation: « installés dans leurs fonctions les 57 conseillers régionaux »; « ; Section du Haut-Cher (14 sièges) : » is a group label', () => {
    const { summary } = analyseText('La séance est ouverte le vendredi 2 avril 2004. Je déclare installés dans leurs fonctions les 57 conseillers régionaux proclamés élus. (Il est procédé à l’appel nominal.) Ont répondu à l’appel : Section de Théols (16 sièges) : Mme Catherine CHAPUIS, M. Rémi MOINEAU ; Section du Haut-Cher (14 sièges) : Mme Maryvonne PAPON, M. François DUPRÉ. Le quorum étant atteint, la séance continue.');
    expect(summary.members_in_office).toBe(57);
    expect(summary.present_names).toEqual(['Catherine CHAPUIS', 'Rémi MOINEAU', 'Maryvonne PAPON', 'François DUPRÉ']);
  });

  it('« Madame Francine Lévesque » / « Dionne, Monsieur Gaétan Bérubé »: a second surname wrapped to the next line continues the name', () => {
    const { summary } = analyseText('Séance ordinaire du Conseil, tenue le 2 juin 2003, à 19h35, à laquelle étaient présents le\nmaire, Monsieur Clément Ouellon, les conseillers Madame Francine Lévêque\nDionne, Monsieur Gaétan Bérard, Monsieur Yvon Thibault et Madame Lise-Anne\nPelland.\nEst absent : Monsieur Denis Caron, conseiller au siège # 5.\nFormant quorum sous la présidence de Monsieur Clément Ouellon, maire.');
    expect(summary.present_names).toEqual(expect.arrayContaining(['Francine Lévêque Dionne', 'Gaétan Bérard', 'Yvon Thibault', 'Lise-Anne Pelland']));
  });

  it('a state ending a row of an émargement read line by line (« SOULES Pierre      Conseiller      Excusé ») is no heading over the rows below', () => {
    const { summary, findings } = analyseText(
      ['PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 18 NOVEMBRE 2003', 'Nombre de conseillers en exercice : 6 - Présents : 4 - Votants : 4', '', 'Présence des membres (feuille d’émargement) :', 'NOM Prénom              Fonction           Signature / Observations', 'LABARTE Jean            Maire              ~ //’~ .', 'DUFAU Marie             1ère Adjointe      ‘\\ ,.~', 'SOULÉ Pierre            Conseiller         Excusé', 'DASTÉ Monique           Conseillère        ~-\\ ‘', 'PUJOL Daniel            Conseiller         Absent', 'SEMPÉ Guy               Conseiller         /~, ‘', '', 'Le compte rendu de la séance précédente est adopté à l’unanimité.'].join('\n'),
    );
    expect(codes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
    // (the rows after a state cell are not its list)
    expect(summary.absent_names ?? []).not.toContain('SEMPÉ Guy');
    expect(summary.absent_names ?? []).not.toContain('DASTÉ Monique');
  });

  it('an undated session whose latest cited date is ten months or more before the first emergency period has the ordinary limit of one proxy', () => {
    const text = (cited: string) =>
      ['COMMUNE DE PLOUMERVAN – CONSEIL MUNICIPAL', 'PRÉSENTS :', 'Hélène CARADOC, Erwan QUÉRÉ, Nolwenn LE DUC, Jean-Yves TANGY', 'ABSENTS AYANT DONNE PROCURATION :', 'Yann KERGOAS a donné procuration à Hélène CARADOC,', 'Sophie LE DÉAN a donné procuration à Hélène CARADOC,', 'SECRÉTAIRE DE SÉANCE : Nolwenn LE DUC', `Approbation du procès-verbal du ${cited} : le procès-verbal est approuvé.`].join('\n');
    expect(codes(analyseText(text('13 mai 2019')).findings)).toContain('PROXY_LIMIT_EXCEEDED');
    expect(codes(analyseText(text('13 juin 2019')).findings)).not.toContain('PROXY_LIMIT_EXCEEDED');
  });

  it('a commune as the label after a semicolon in a one-paragraph list (« … ; Warnicourt : M. Bernard X, … ») is no part of a name', () => {
    const { summary } = analyseText('PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU JEUDI 25 MAI 2023. Étaient présents : Saint-Vaast-sur-Lys : M. Jean-Claude VANDAL, Mme Martine DEBAVE ; Warnicourt : M. Bernard CATTELAIN, Mme Véronique DUCROT ; Sailly-la-Marquette : M. Olivier DEGRAEVE. Le quorum étant atteint, la séance est ouverte.');
    expect(summary.present_names).toEqual(['Jean-Claude VANDAL', 'Martine DEBAVE', 'Bernard CATTELAIN', 'Véronique DUCROT', 'Olivier DEGRAEVE']);
  });

  it('« BARGE Antoine, suppléant, remplaçant M. MALLET René, COUDERT Paul … »: the substitution, then the list goes on', () => {
    const { parsed, summary } = analyseText('Réunion du 8 mars 1996\nEtaient présents : MM. BOURDON Henri, PRADIER Roger, BARGE Antoine, suppléant, remplaçant M. MALLET René, COUDERT Paul (Les Granges), Mme DUMONT Simone.\nExcusés : M. MALLET René (remplacé par son suppléant), M. BOITIAS Jean.');
    expect(summary.present_names).toEqual(['BOURDON Henri', 'PRADIER Roger', 'BARGE Antoine', 'COUDERT Paul', 'DUMONT Simone']);
    expect(parsed.session.attendance.substitutions.map((x) => [x.titular.name, x.substitute.name])).toEqual([['MALLET René', 'BARGE Antoine']]);
  });

  it('parts listed on one line, « label : amount ; », closed by « soit un total de … »: their sum is checked (the whole line, however long)', () => {
    const parts = ['Comité des fêtes : 9 500 €', 'Union sportive (football) : 12 000 €', 'Tennis club : 4 200 €', 'Amicale des anciens : 2 850 €', 'La Boule : 1 800 €', 'Coopérative de l’école Frédéric-Mistral : 6 000 €', 'Les Amis de la chapelle : 1 500 €', 'Société de chasse : 900 €', 'Théâtre des Maures : 3 600 €', 'Donneurs de sang : 550 €'].join(' ; ');
    const text = (total: string) => `Séance du 28 mars 2017\nII – Subventions aux associations 2017\nMme ROUX présente la répartition proposée par la commission :\n${parts} ; soit un total de ${total} €.\nAdopté à l’unanimité.`;
    expect(codes(analyseText(text('43 400')).findings)).toContain('AMOUNT_SUM_MISMATCH');
    expect(codes(analyseText(text('42 900')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });

  it('« Votes : Pour : 12Contre : 0Abstention : 1 »: labels glued to the count before them (the zero is no letter O)', () => {
    const { summary } = analyseText('Séance du 24 juin 2019\nLe conseil APPROUVE le projet.\nVotes : Pour : 12Contre : 0Abstention : 1\nPour extrait certifié conforme.');
    expect(summary.votes).toEqual({ for: 12, against: 0, abstain: 1, not_voting: 0 });
  });

  it('a register page: « à l’unani- | » / « | mité » across the frame; after « Pour copie conforme, Le Maire, » the stamp and the margin column read last are no items, the count box there is the act’s', () => {
    const frame = (l: string) => `| ${l}`;
    const { parsed, summary } = analyseText(
      [
        ...['COMMUNE DE CHAUDON', 'SEANCE DU 14 SEPTEMBRE 1991', 'OBJET : Affouage 1991', '', "L'an mil neuf cent quatre-vingt-onze, le quatorze septembre, le Conseil Municipal, dûment convoqué le dix septembre, s'est réuni à la mairie, sous la présidence de M. FAURE Louis, Maire.", 'Etaient présents : les conseillers municipaux dont les noms figurent en marge.', 'Absents excusés : MM. MICHAUD, TRONC.', 'M. GARÇIN a été désigné pour remplir les fonctions de secrétaire.', 'Monsieur le Maire expose que l’Office National des Forêts a procédé au martelage', 'de la coupe affouagère de la parcelle 9 de la forêt communale. Le rôle d’affouage', 'établi par la commission comprend 46 feux inscrits, à raison d’un lot par feu.', 'Il propose de maintenir la taxe d’affouage à 120 F par lot, payable à la mairie', 'avant l’enlèvement des bois.', 'Le Conseil Municipal, après en avoir délibéré, à l’unani- |', 'mité :', '- approuve le rôle d’affouage 1991 ;', 'Fait et délibéré en séance les jour, mois et an susdits.', 'Pour copie conforme,', 'Le Maire,'].map(frame),
        'SOUS-PREFECTURE DE BRIANCON',
        'ARRIVEE LE 1 9 SEP. 1991',
        'Nombre de conseillers',
        'en exercice : 1l',
        'présents : 9',
        'votants : 9',
        'PRESENTS :',
        'MM. FAURE,',
        'ROSTAN,',
        'BERNARD.',
      ].join('\n'),
    );
    expect(parsed.deliberations).toHaveLength(1);
    expect(summary.votes).toEqual({ unanimous: true });
    expect([summary.members_in_office, summary.present, summary.voters]).toEqual([11, 9, 9]);
  });

  it('a Belgian council: a tally below the members listed present, nobody leaving or standing aside, is TALLY_MISMATCH', () => {
    const text = (abst: number) =>
      `CONSEIL COMMUNAL DU LUNDI 27 JUIN 2016 Présents: LEJEUNE Marc, Bourgmestre, Président ; DUPONT Anne, LAMBERT Paul, MARTIN Luc, SIMON Eva, DUBOIS Marc, Échevins ; LEROY Jean, GÉRARD Julie, Conseillers ; HENRY Michel, Directeur général.\nExcusés : PIRET Alain.\n\nLe Conseil, en séance publique,\nAPPROUVE, par 5 voix pour et ${abst} abstentions, le procès-verbal de la séance du 23 mai 2016.`;
    expect(codes(analyseText(text(2)).findings)).toContain('TALLY_MISMATCH');
    expect(codes(analyseText(text(3)).findings)).not.toContain('TALLY_MISMATCH');
  });
});
