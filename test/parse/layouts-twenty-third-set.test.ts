/**
 * Layouts the hundred-and-twenty-third invented corpus and the sets after it found missing,
 * and subjects read where no heading stands above the first vote. Every case is written anew
 * here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('the subject of an unheaded first vote', () => {
  it('a title, a dash and the vote on one line: the title is the subject', () => {
    const { summary } = analyseText(
      text([
        'Commune de Pradelles-sur-Aude',
        'Compte rendu de la séance du mardi 9 avril 2019',
        '',
        'Étaient présents : M. Jean SOULIÉ, maire, Mme Anne PUJOL, M. Rémi CASTEL.',
        'Absent : M. Louis VIDAL.',
        '',
        'Approbation du compte rendu du 12 mars 2019 – voté à l’unanimité des présents.',
        '',
        'Séance levée à 21 h 10.',
      ]),
    );
    expect(summary.subject).toBe('Approbation du compte rendu du 12 mars 2019');
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('a page flattened into one paragraph: the run of capitals before the vote that opens a sentence', () => {
    const { summary } = analyseText(
      text([
        'PROVINCE DE QUÉBEC MUNICIPALITÉ DE SAINT-FÉLIX-DES-BOULEAUX',
        '',
        `1 PROVINCE DE QUÉBEC MUNICIPALITÉ DE SAINT-FÉLIX-DES-BOULEAUX Séance ordinaire du conseil de la Municipalité de Saint-Félix-des-Bouleaux, tenue le 4 mars 2013 à 20 heures, à laquelle assemblée sont présents : Le maire, Monsieur Denis Lavoie; les conseillers messieurs Paul Gagnon, Marc Roy et Luc Pelletier, les conseillères mesdames Julie Côté et Nicole Morin. Est absent : Réjean Ouellet Est aussi présente : Sylvie Caron, directrice générale OUVERTURE DE L'ASSEMBLÉE Le quorum est constaté; l'assemblée est ouverte par le maire APPROBATION DU PROCÈS-VERBAL Il est proposé par monsieur Marc Roy, appuyé par madame Julie Côté, il est résolu à l'unanimité d'adopter le procès-verbal du 4 février 2013, tel que lu CORRESPONDANCE a) Lettre du ministère`,
      ]),
    );
    expect(summary.subject).toBe('APPROBATION DU PROCÈS-VERBAL');
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('a name in capitals after a civility or a given name is not a title', () => {
    const { summary } = analyseText(
      text([
        'PROVINCE DE QUÉBEC MUNICIPALITÉ DE SAINT-ROCH-DES-PINS',
        '',
        `1 PROVINCE DE QUÉBEC MUNICIPALITÉ DE SAINT-ROCH-DES-PINS Séance ordinaire du conseil de la Municipalité de Saint-Roch-des-Pins, tenue le 2 avril 2012 à 19 h 30, à laquelle assemblée sont présents : Le maire, Monsieur Guy Bérubé; les conseillers messieurs Alain Dubé, Yves Fortin et Marc Lebel. Est aussi présent : Monsieur Jean-Pierre DESROCHERS LAFONTAINE Il est proposé par monsieur Alain Dubé, appuyé par monsieur Yves Fortin, il est résolu à l'unanimité d'adopter l'ordre du jour tel que présenté. Le conseil passe ensuite aux comptes et à la correspondance du mois, dont la lettre du ministère des Transports reçue le 15 mars 2012 au sujet du pont de la rivière Noire et de son entretien pour l'année en cours.`,
      ]),
    );
    expect(summary.subject).toBeNull();
    expect(summary.votes).toEqual({ unanimous: true });
  });
});

describe('names wrapped inside a sentence of presence', () => {
  it('a second surname alone on the next line continues a name whose given name is hyphenated with a capital', () => {
    const { summary } = analyseText(
      text([
        'MUNICIPALITÉ DE SAINT-ANSELME-DES-COTEAUX',
        'Réunion ordinaire du Conseil de cette municipalité, tenue à la salle',
        'municipale, le 3 juin 2013, à 19h30, à laquelle étaient présents',
        'le maire, Monsieur Gilles Nadeau, les conseillers Madame Anne-Émilie Lachance',
        'Roy, Monsieur Jean-Noël Drouin, Madame Lise Poirier et Monsieur',
        'Marc-André Vézina.',
        'Monsieur le conseiller Denis Paquet est absent.',
        'Formant quorum sous la présidence de Monsieur Gilles Nadeau, maire.',
      ]),
    );
    expect(summary.present_names).toEqual(['Gilles Nadeau', 'Anne-Émilie Lachance Roy', 'Jean-Noël Drouin', 'Lise Poirier', 'Marc-André Vézina']);
    expect(summary.absent_names).toEqual(['Denis Paquet']);
  });
});

describe('a presence sentence broken after « étaient présents »', () => {
  it('« les conseillers Madame X, … » on the next line is the list of the same heading', () => {
    const { summary } = analyseText(
      text([
        'MUNICIPALITÉ DE SAINTE-LUCE-DES-BATTURES',
        'Séance ordinaire du Conseil de cette municipalité, tenue à la salle du conseil,',
        '14, rue du Quai, le 5 novembre 2012, à 19h30, à laquelle étaient présents',
        'les conseillers Madame Hélène Gagné, Monsieur Paul Rioux,',
        'Monsieur Marc Dubé, Madame Josée Ouellet et Monsieur Rémi',
        'Lavoie.',
        'Le maire, Monsieur André Caron, est absent.',
        'Madame Lucie Roy, directrice générale, est aussi présente.',
      ]),
    );
    expect(summary.present_names).toEqual(['Hélène Gagné', 'Paul Rioux', 'Marc Dubé', 'Josée Ouellet', 'Rémi Lavoie']);
    expect(summary.absent_names).toEqual(['André Caron']);
  });
});

describe('proxies and initials', () => {
  it('« pouvoir de Monsieur X détenu par Madame Y »: X gives, Y holds', () => {
    const { summary, findings } = analyseText(
      text([
        'Compte rendu du conseil municipal du 12 mai 2015',
        '',
        'Etaient présents : Anne GIRAUD, Paul MERCIER, Lucie BERTIN, Marc ROLLAND, Jean FAURE.',
        '',
        'POUVOIRS : Madame LEROUX a donné pouvoir à Monsieur MERCIER, pouvoir de Monsieur DUVAL détenu par Madame GIRAUD',
        '',
        'ABSENT : Monsieur PICARD.',
        '',
        'Le procès-verbal de la séance du 7 avril 2015 est approuvé à l’unanimité.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['LEROUX > MERCIER', 'DUVAL > GIRAUD']);
    expect(summary.absent_names).toEqual(['PICARD']);
    expect(codes(findings)).toEqual([]);
  });

  it('« BOUSQUET J. » present and « BOUSQUET J.M. » absent are two members (the M of J.M. is an initial, not a civility)', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNAUTE DE COMMUNES DU CAUSSE VERT',
        'Séance du 9 octobre 2014',
        'Etaient présents : ARNAL C. – BOUSQUET J. – CROS M. – DELMAS J.P. – FABRE A. – GINESTE R.',
        'Etaient absents : BOUSQUET J.M. – MARTY R.',
        '',
        'Approbation du compte-rendu du 4 septembre 2014 : adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['ARNAL C.', 'BOUSQUET J.', 'CROS M.', 'DELMAS J.P.', 'FABRE A.', 'GINESTE R.']);
    expect(summary.absent_names).toEqual(['BOUSQUET J.M.', 'MARTY R.']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('minutes flattened into one paragraph', () => {
  it('the approval a short stretch before the first report, inside one long line, is the first item', () => {
    const filler = 'Le Conseil Départemental s est réuni à l Hôtel du Département le 20 juin 2016 sous la présidence de Monsieur Paul ROUQUET, Président. Etaient présents : Anne ALBOUY, Marc BESSIÈRE, Jean CALMELS, Lise DURAND, Paul ROUQUET, Rémi SÉGUIN, Claire TEULIÈRE. Absents excusés : Madame Anne VIALA, Monsieur Louis MAS.';
    const { summary } = analyseText(
      text([
        'CONSEIL DEPARTEMENTAL. Réunion du 20 juin',
        '',
        `3 ${filler} Monsieur le Président constate que le quorum est atteint. 4 Monsieur le Président soumet à l approbation de l Assemblée le procès-verbal de la réunion du 23 mai 2016. Le procès-verbal de la réunion du 23 mai 2016 est adopté à l unanimité. RAPPORT N° 1.1 DIRECTION DES ROUTES Programme 2016 de renforcement des chaussées Monsieur Marc BESSIÈRE présente le rapport. Le programme porte sur 40 kilomètres de chaussées et la commission propose de l adopter sans modification après examen des offres reçues.`,
      ]),
    );
    expect(summary.subject).toBe('Approbation du procès-verbal de la réunion du 23 mai 2016');
    expect(summary.votes).toEqual({ unanimous: true });
  });
});

describe('dates of earlier sessions', () => {
  it('minutes the sentence approves, near the top of a short text, are not a second date of the session', () => {
    const { parsed, findings } = analyseText(
      text([
        'Compte rendu du conseil municipal du 14 octobre 2016',
        '',
        'Etaient présents : Anne GIRAUD, Paul MERCIER, Lucie BERTIN.',
        '',
        'Le procès-verbal de la séance du 9 septembre 2016 est approuvé à l’unanimité.',
      ]),
    );
    expect(parsed.session.date).toBe('2016-10-14');
    expect(codes(findings)).toEqual([]);
  });
});

describe('first items and their votes', () => {
  it('a title in capitals run into its text before the first numbered heading is the first item', () => {
    const { summary } = analyseText(
      text([
        'Conseil municipal du 14 mars 2022',
        'PRÉSENTS : Yann LE GALL, Anne KERBRAT, Erwan MORVAN, Soizic LE DÛ, Paul TANGUY.',
        'Secrétaire de séance : Anne KERBRAT.',
        'URBANISME I – PLAN LOCAL D’URBANISME - MODIFICATION SIMPLIFIÉE N° 2 Il est proposé au Conseil municipal d’approuver la modification simplifiée n° 2 du plan local d’urbanisme, mise à disposition du public du 3 janvier au 4 février 2022.',
        'Vote : 4 pour, 0 contre, 1 abstention.',
        'II – BUDGET PRINCIPAL – VOTE DES TAUX 2022',
        'Il est proposé de maintenir les taux.',
        'Vote : unanimité.',
      ]),
    );
    expect(summary.subject).toBe('URBANISME I – PLAN LOCAL D’URBANISME - MODIFICATION SIMPLIFIÉE N° 2');
    expect(summary.votes).toEqual({ for: 4, against: 0, abstain: 1, not_voting: 0 });
  });

  it('a SCRUTIN box that writes its voters: the voters are those written, not its tally’s sum', () => {
    const { summary, findings } = analyseText(
      text([
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MÉTROPOLITAIN',
        'Séance du lundi 16 juin 2025',
        'Nombre de membres en exercice : 40',
        'Nombre de présents participant au vote : 30',
        'Nombre de procurations : 8',
        '',
        'Présents : M. Paul ARNAUD, Mme Anne BLANC, M. Marc CHEVALIER, Mme Lucie DUMAS.',
        '',
        'Délibération n° 2025-061 – Plan de mobilité',
        ...Array.from({ length: 12 }, (_, i) => `Le plan de mobilité prévoit en son axe ${i + 1} des aménagements de voirie, des lignes de transport et des stationnements pour les communes membres.`),
        'Le Conseil métropolitain approuve le plan de mobilité.',
        '',
        'SCRUTIN\tVOTANTS : 38\tPOUR : 34\tABSTENTION : 2',
        '\tCONTRE : 1\tNE SE PRONONCE PAS : 0',
        '\tDONT 8 PROCURATION(S)',
      ]),
    );
    expect(summary.voters).toBe(38);
    expect(codes(findings)).toContain('TALLY_MISMATCH');
  });
});

describe('a clerk’s uploads: Word exports and signed PDFs', () => {
  it('a Word export’s tabs for colons: « Pouvoir<TAB>M. X à M. Y », « Président<TAB>… », « Secrétaire<TAB>… », bulleted points', () => {
    const { summary, findings } = analyseText(
      text([
        'Commune de Saint-Rémy-des-Landes\t\t\t\tRéunion du conseil municipal',
        '\t\t\t\t\t\tjeudi 12 mars 2015 – 20 h 30',
        '',
        'En exercice :\t11\tPrésents :\t9\tVotants :\t10',
        '',
        'Présents\tMme Anne BOYER\tM. Paul CASTEL\tMme Lise DURAND',
        '\tM. Marc ESTÈVE\tMme Julie FABRE\tM. Rémi GALTIER',
        '\tMme Nina HUGON\tM. Yves ISSARTEL\tMme Léa JOUVE',
        'Pouvoir\tM. Louis KLEIN à M. Paul CASTEL',
        'Absent\tMme Sophie LAMBERT',
        'Président\tMme Anne BOYER, maire\tSecrétaire\tMme Julie FABRE',
        '',
        '▪\tApprobation du compte rendu du 12 février 2015 : approuvé à l’unanimité.',
        '',
        '▪\tPoint 1 – Vente de la coupe de bois n° 7',
        'Le conseil accepte l’offre de l’ONF.\tPour : 9\tContre : 1\tAbstention : 0',
        '',
        '▪\tPoint 2 – Questions diverses : prochaine réunion le 9 avril 2015.',
      ]),
    );
    expect(summary.present_names).toHaveLength(9);
    expect(pairs(summary.proxies_list)).toEqual(['Louis KLEIN > Paul CASTEL']);
    expect(summary.absent_names).toEqual(['Sophie LAMBERT']);
    expect(summary.president).toBe('Anne BOYER');
    expect(summary.secretary).toBe('Julie FABRE');
    expect(summary.subject).toBe('Approbation du compte rendu du 12 février 2015');
    expect(summary.votes).toEqual({ unanimous: true });
    expect(codes(findings)).toEqual([]);
  });

  it('a signed PDF’s cells glued heading to given name: « PouvoirsGérard X à Y », « Absents excusésYannick Z », « SecrétaireJean W »', () => {
    const { summary, findings } = analyseText(
      text([
        'Commune de Saint-Brice-sur-Né – Délibérations du conseil municipal',
        'Séance du 9 novembre 2010',
        'Étaient présentsMmes et MM. Romain ARNAUD, Sophie BLANC, Yann CORRE, Nadège DUPRÉ, Marc ESNAULT, Lise FOURNIER.',
        'PouvoirsGérard GIRAUD à Romain ARNAUD; Régis HAMON à Lise FOURNIER.',
        'Absents excusésYannick IMBERT, Odile JAMET.',
        'SecrétaireMarc ESNAULT.',
        'Objet : Tarifs de la cantine',
        'Le conseil, après en avoir délibéré, adopte les tarifs à l’unanimité.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Gérard GIRAUD > Romain ARNAUD', 'Régis HAMON > Lise FOURNIER']);
    expect(summary.absent_names).toEqual(['Yannick IMBERT', 'Odile JAMET']);
    expect(summary.secretary).toBe('Marc ESNAULT');
    expect(codes(findings)).toEqual([]);
  });
});

describe('proxy givers written inside the absences', () => {
  const lead = ['COMMUNE DE SAINT-PAIR-DES-MIELLES', 'Séance du 24 mars 2005', 'Présents : Monsieur LEMARINEL, Maire, Madame GOSSELIN, Messieurs HAMEL, VASSAL, TOSTAIN et GIRAULT.'];
  it('« Absents excusés : Monsieur X donne pouvoir à … »: a clause stating the proxy, the giver is no excused member listed', () => {
    const { summary } = analyseText(text([...lead, 'Absents excusés : Monsieur POTTIER donne pouvoir à Madame GOSSELIN, Madame BRIENS donne pouvoir à Monsieur TOSTAIN, Messieurs LETERRIER et DUREL.']));
    expect(pairs(summary.proxies_list)).toEqual(['POTTIER > GOSSELIN', 'BRIENS > TOSTAIN']);
    expect(summary.absent_names).toEqual(['LETERRIER', 'DUREL']);
  });
  it('« Absents excusés : Monsieur X (pouvoir à …) » and « Membres absents : X donne pouvoir à Y » list the giver absent', () => {
    const noted = analyseText(text([...lead, 'Absents excusés : Monsieur POTTIER (pouvoir à Madame GOSSELIN), Monsieur LETERRIER.'])).summary;
    expect(noted.absent_names).toEqual(['POTTIER', 'LETERRIER']);
    const members = analyseText(text([...lead, 'Membres absents :', 'Monsieur POTTIER donne pouvoir à Madame GOSSELIN', 'Monsieur LETERRIER, excusé'])).summary;
    expect(pairs(members.proxies_list)).toEqual(['POTTIER > GOSSELIN']);
    expect(members.absent_names).toEqual(['POTTIER', 'LETERRIER']);
  });
});

describe('more of a clerk’s uploads', () => {
  it('the secretary’s label after the chair’s on one line, past a dash or tabs', () => {
    const dash = analyseText(text(['SIAEP DU HAUT-VERDON', 'Séance du 22 juin 2023', 'Président : M. Fabrice ROUX – Secrétaire : M. Joël PAGÈS.', 'Présents : M. Fabrice ROUX, M. Joël PAGÈS, Mme Anne VIDAL.'])).summary;
    expect(dash.president).toBe('Fabrice ROUX');
    expect(dash.secretary).toBe('Joël PAGÈS');
    const tabs = analyseText(text(['SIVU DU PAYS DE GERMIGNAC', 'Séance du 16 juillet 2020', 'Présents : FOURTANIER Noël, GIRBAL Denis, MAS Anne.', 'Présidence :\tFOURTANIER Noël\t\tSecrétaire :\tGIRBAL Denis'])).summary;
    expect(tabs.secretary).toBe('GIRBAL Denis');
  });

  it('an arrow between tabs joins giver and holder (« •<TAB>M. X<TAB>→<TAB>M. Y »)', () => {
    const { summary } = analyseText(
      text([
        'Commune de Villeneuve-sur-Aisne – Conseil municipal du 13 octobre 2022',
        'Présents : M. Christophe CARON, Mme Isabelle MAS, M. Paul NOËL, Mme Anne ROY.',
        'Représentés :',
        '•\tM. Sylvain VERNET\t→\tM. Christophe CARON',
        '•\tM. Jean-Marc FOURNIER\t→\tMme Isabelle MAS',
        'Absent : M. Régis SERVAN',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Sylvain VERNET > Christophe CARON', 'Jean-Marc FOURNIER > Isabelle MAS']);
  });

  it('« Absents ayant donné pouvoirVincent X à Y » glued by a signed PDF', () => {
    const { summary } = analyseText(
      text([
        'Ville de Saint-Amand-sur-Orne – Conseil municipal du 24 mars 2011',
        'PrésentsMme Anne BOYER, M. Paul CASTEL, Mme Lise DURAND, M. Marc ESTÈVE',
        'Absents ayant donné pouvoirVincent AUBERT à Anne BOYER ; Arnaud MAZEL à Paul CASTEL',
        'AbsentsLionel RESSOT',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Vincent AUBERT > Anne BOYER', 'Arnaud MAZEL > Paul CASTEL']);
    expect(summary.absent_names).toEqual(['Lionel RESSOT']);
  });
});

describe('proxies in favour, lists led by their role, counts in words', () => {
  it('« Procurations : de Mme X en faveur de Mme Y ; de M. Z en faveur de Mme Y »', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE WILLERSHEIM – Séance du 26 mai 2020',
        'Conseillers présents : KIENTZ Antoine, HEITZ Martine, SCHWOB Daniel, ROESCH Véronique.',
        'Conseillers absents : RUFF Isabelle, OSTERMANN Guy',
        'Procurations : de Mme RUFF Isabelle en faveur de Mme HEITZ Martine ; de M. OSTERMANN Guy en faveur de Mme HEITZ Martine.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['RUFF Isabelle > HEITZ Martine', 'OSTERMANN Guy > HEITZ Martine']);
  });

  it('« étaient présents : les conseillers M. X, Mme Y … »: the role leads the list, it does not replace it', () => {
    const { summary } = analyseText(
      text([
        'Séance ordinaire du conseil tenue le 5 septembre 2017 à laquelle étaient présents : les conseillers M. Réjean Tremblay, Mme Lise Gagnon-Bérubé, M. Yvon Lapointe et Mme Chantal Ouellet Absence motivée : M. Normand Dufour (siège no 2) Absent : M. Steve Pelletier (siège no 5) Sous la présidence de M. le Maire Gaétan Roy.',
      ]),
    );
    expect(summary.present_names).toEqual(['Réjean Tremblay', 'Lise Gagnon-Bérubé', 'Yvon Lapointe', 'Chantal Ouellet']);
    expect(summary.absent_names).toEqual(['Normand Dufour', 'Steve Pelletier']);
  });

  it('« Nombre de pouvoirs : trois (3) » is a count, not an empty list of proxies', () => {
    const { summary, findings } = analyseText(
      text([
        'SYNDICAT MIXTE DU RU DE MORVAL – Réunion du comité syndical du lundi 15 février 2021',
        'Nombre de délégués en exercice : cinq (5) Nombre de présents : quatre (4) Nombre de pouvoirs : un (1) Nombre de votants : cinq (5) Présents : Hubert MASSELOT, Corinne DUFLOS, Jean-Marc DELAHAYE, Sophie LAMBRECHT',
      ]),
    );
    expect(summary.proxies).toBe(1);
    // (no list of proxies in the text: none read, and none to count against the 1 declared)
    expect(summary.proxies_list).toBeNull();
    expect(codes(findings)).toEqual([]);
  });
});

describe('rolls by commune and dates after the act’s number', () => {
  it('a commune in capitals before the civility of its first delegate, on each line, is no member', () => {
    const { summary, findings } = analyseText(
      text([
        'Communauté de communes du Val d’Arros – Conseil communautaire du 6 décembre 2012',
        'En exercice : 12 – Présents : 7',
        'Délégués présents',
        'ARCIZAC Mme ALBARET Josiane, Mme GAILLAGUET Yvette',
        'BORDES-SUR-LEZ M. MONTEILHET Rémi, M. GIRBAL Didier',
        'CAUSSADE-RIVIÈRE M. N’DIAYE Romain, Mme NOIRAULT Annie, M. JALOUSTRE Claude',
        'Excusés : Mme BALSAN Sandrine, M. LAVERGNAS Jacky, Mme FERRIÈRES Brigitte, M. LEYMARIE Thierry, Mme SOULÉ Anne',
      ]),
    );
    expect(summary.present_names).toEqual(['ALBARET Josiane', 'GAILLAGUET Yvette', 'MONTEILHET Rémi', 'GIRBAL Didier', "N'DIAYE Romain", 'NOIRAULT Annie', 'JALOUSTRE Claude']);
    expect(codes(findings)).toEqual([]);
  });

  it('« Délibération n° 2018-03 – Séance du comité syndical du 8 février 2018 » dates the session', () => {
    const { parsed } = analyseText(
      text([
        'SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE DU HAUT-MIDOUR',
        'Délibération n° 2018-03 – Séance du comité syndical du 8 février 2018',
        'Convocation du 1er février 2018.',
        'Présents : Mme Céline QUINSAC, M. Alain VALADIER, M. Patrice SEGONDS.',
      ]),
    );
    expect(parsed.session.date).toBe('2018-02-08');
    expect(parsed.session.convocation_date).toBe('2018-02-01');
  });
});

describe('surnames in small letters after a plural civility', () => {
  it('« MM. Berthier, Marchand, Thiébaut, Mmes Gauthier, Perrin et Didier »: each word is a member', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE VAUDREUIL-LE-HAUT – Séance du 24 mars 2016',
        'Étaient présents : MM. Berthier, Marchand, Thiébaut, Roussel, Mmes Gauthier, Perrin et Didier.',
        'Absent excusé ayant donné pouvoir : M. Jacquemin à M. Marchand.',
        'Absente : Mme Lhuillier.',
      ]),
    );
    expect(summary.present_names).toEqual(['Berthier', 'Marchand', 'Thiébaut', 'Roussel', 'Gauthier', 'Perrin', 'Didier']);
    expect(summary.absent_names).toEqual(['Lhuillier']);
    expect(pairs(summary.proxies_list)).toEqual(['Jacquemin > Marchand']);
  });
});

describe('presence tables with their members given name first', () => {
  it('« Prénom NOM » rows: a cross marks the present, a name without cross the holder of a proxy, a collectivity’s acronym is no surname', () => {
    const { summary } = analyseText(
      text([
        'Compte-rendu du Comité syndical du 27 mars 2017',
        'Délégués ayant voix délibérative',
        'Prénom NOMCollectivité représentéePrésent(e) ou suppléé(e)Suppléé(e) par, Pouvoir donné à',
        'Alain CHAFFARD CC du Diois X',
        'Marie-Jo de la BASTIDE CC du Diois X',
        'Régis BOUCHARD CC du Diois',
        'Serge TOURNIER CC du Royans X Lucie PELLET',
        'Nadia BENALI CC du Royans X',
        'Pascal MONNIER CC du Val de Drôme Nadia BENALI',
        'J.-Pierre FAURIE SIVU des écoles X',
        'Sophie LAGARDE Collège des communes Alain CHAFFARD',
        'Mme la Présidente Collège des communes X',
        '',
        'La séance est ouverte à 17 h 40.',
      ]),
    );
    expect(summary.present_names).toEqual(['Alain CHAFFARD', 'Marie-Jo de la BASTIDE', 'Serge TOURNIER', 'Nadia BENALI', 'J.-Pierre FAURIE', 'Mme la Présidente']);
    expect(summary.absent_names).toEqual(['Régis BOUCHARD', 'Pascal MONNIER', 'Sophie LAGARDE']);
    expect(pairs(summary.proxies_list)).toEqual(['Pascal MONNIER > Nadia BENALI', 'Sophie LAGARDE > Alain CHAFFARD']);
  });
});

describe('a flattened two-column block whose second column is empty', () => {
  it('« étaient présents : Absence motivée : Siège no 1 M. X … Siège no 6 M. Y aucune »: every name is present', () => {
    const { summary } = analyseText(
      text([
        'PROVINCE DE QUÉBEC MUNICIPALITÉ DE SAINTE-AGATHE-DU-LAC Séance ordinaire du conseil tenue le 2 février 2015 et à laquelle étaient présents : Absence motivée : Siège no 1 M. Réjean Lachance Siège no 2 Mme Ginette Boulet Siège no 3 M. Normand Ouimet Siège no 4 M. Sylvain Dufour Siège no 5 Mme Chantal Noël Siège no 6 M. Benoît Charron aucune Sous la présidence de Mme la Mairesse Lise Bouchard. 2015-02-041 Ouverture de l assemblée Il est proposé par la conseillère Ginette Boulet, appuyé par le conseiller Normand Ouimet, et il est résolu à l unanimité d ouvrir l assemblée.',
      ]),
    );
    expect(summary.present_names).toEqual(['Réjean Lachance', 'Ginette Boulet', 'Normand Ouimet', 'Sylvain Dufour', 'Chantal Noël', 'Benoît Charron']);
    expect(summary.absent_names).toEqual([]);
  });
});

describe('members counted, then listed by political group', () => {
  it('« Présents : 9 membres (sur 10) » then « PLR : Mmes et MM. … » lines are the members present; a body « (sans droit de vote) » is no absentee', () => {
    const { summary } = analyseText(
      text([
        'VILLE DE SAINT-URSANNE-LE-HAUT – CONSEIL DE VILLE',
        'Séance du lundi 23 avril 2018',
        'Présents : 9 membres (sur 10)',
        'PLR : Mmes et MM. Yves BÉGUIN, Corinne FLÜCK, Patrick GERBET',
        'PS : Mme Anne HOURS (présidente), MM. Jean VUILLE, Samuel KOHLI',
        'Les Vert-e-s : Mme et M. Camille ROSSET, Julien MONIN',
        'UDC : M. Rolf ZURCHAT',
        'Excusé : M. Bernard GYGER (UDC)',
        '',
        'Conseil municipal (sans droit de vote) : M. Jean-François AFFOLT, maire ; Mme Sophie WENGEL, conseillère municipale.',
        '',
        '1. Approbation du procès-verbal n° 47 du 19 mars 2018',
      ]),
    );
    expect(summary.present_names).toEqual(['Yves BÉGUIN', 'Corinne FLÜCK', 'Patrick GERBET', 'Anne HOURS', 'Jean VUILLE', 'Samuel KOHLI', 'Camille ROSSET', 'Julien MONIN', 'Rolf ZURCHAT']);
    expect(summary.absent_names).toEqual(['Bernard GYGER']);
  });
});

describe('proxies written holder first', () => {
  const lead = ['Compte rendu du conseil municipal du 9 octobre 2014', 'Etaient présents : Anne PICHOT, Paul BRUNET, Lucie MARTEL, Marc ROLLIN, Jean FAURIE.'];
  it('« Monsieur X détient le pouvoir de Madame Y, Madame Z celui de Monsieur W »', () => {
    const { summary } = analyseText(text([...lead, 'POUVOIRS : Monsieur BRUNET détient le pouvoir de Madame LEROY, Madame MARTEL celui de Monsieur TESSON.']));
    expect(pairs(summary.proxies_list)).toEqual(['LEROY > BRUNET', 'TESSON > MARTEL']);
  });
  it('« X a reçu procuration d’Y » among « X a donné procuration à Y » lines', () => {
    const { summary } = analyseText(text([...lead, 'ABSENTS AYANT DONNE PROCURATION :', 'Marc LE BRIS a donné procuration à Anne PICHOT,', 'Jean FAURIE a reçu procuration d’Annaïg LE GALL.']));
    expect(pairs(summary.proxies_list)).toEqual(['Marc LE BRIS > Anne PICHOT', 'Annaïg LE GALL > Jean FAURIE']);
  });
  it('« les procurations de vote suivantes ont été établies : - à X / Échevin par Y / Conseillère »', () => {
    const { summary } = analyseText(
      text([
        'Séance publique du 22 février 2021',
        'Présents :',
        'Romain Kiefer / Bourgmestre, Jos Redinger / Échevin,',
        'Sandy Hoffmann, Lis Thomas / Conseillers',
        'Excusé(e)(s)',
        'Vera Goergen / Conseillère, Marc Feltz / Conseiller',
        'Conformément à la loi du 24 juin 2020, les procurations de vote suivantes ont été établies:',
        '- à Jos Redinger / Échevin par Vera Goergen / Conseillère',
        'Monsieur Marc Feltz n’a pas donné de procuration.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Vera Goergen > Jos Redinger']);
  });
});

describe('words that look like a member leaving', () => {
  it('« l’état des lieux de sortie » is no departure: the session’s voters hold for the tally', () => {
    const { findings } = analyseText(
      text([
        'Conseil du 9 octobre 2018',
        'Nombre de présents : 12 Nombre de votants : 13',
        'Procuration(s) : Mr HENRIOT Pascal donne pouvoir à Mme BOUCHÉ Nathalie.',
        'Le Maire propose les tarifs de la salle : caution 500 €, restituée après l’état des lieux de sortie.',
        'Après en avoir délibéré, le Conseil Municipal adopte les tarifs proposés.',
        'Pour : 11 Contre : 01 Abstention : 00',
      ]),
    );
    expect(codes(findings)).toContain('TALLY_MISMATCH');
  });
});

describe('running headers inside one-paragraph lists', () => {
  it('« p. 2/16 Procès-verbal du conseil municipal du 12/10/2016 » inside the list is the page’s header', () => {
    const { summary } = analyseText(
      text([
        'p. 1/16 Procès-verbal du conseil municipal du 12/10/2016 PROCES-VERBAL DU CONSEIL MUNICIPAL DU 12 OCTOBRE 2016 Nombre de conseillers : En exercice : 11 Présents : 8 Votants : 8 Présents : Catherine VIALLE, Maire, Bruno PERRIN, Nadège MONTAGNE, Robert TISSOT, p. 2/16 Procès-verbal du conseil municipal du 12/10/2016 Thierry MOULIN, Fabienne PONCIN, Hervé DESCOMBES et Yves CHAMPIER, conseillers municipaux Absents : Nicolas BRET, Corinne GUILLOT, Secrétaire de séance : Robert TISSOT',
      ]),
    );
    expect(summary.present_names).toEqual(['Catherine VIALLE', 'Bruno PERRIN', 'Nadège MONTAGNE', 'Robert TISSOT', 'Thierry MOULIN', 'Fabienne PONCIN', 'Hervé DESCOMBES', 'Yves CHAMPIER']);
  });
});

describe('the secretary designated in a sentence', () => {
  const lead = ['Séance du 25 septembre 2017', 'Présents : Bernard WIEDER, Sylvie EHRHAR, Paul MULLER, Jacques LABAT.'];
  it('« le conseil municipal désigne à l’unanimité Mme X comme secrétaire de séance, assistée de Mme Y, secrétaire de mairie »', () => {
    const { summary } = analyseText(text([...lead, 'Sur proposition du Maire, le conseil municipal désigne à l’unanimité Mme Sylvie EHRHAR comme secrétaire de séance, assistée de Mme Elodie BRUNE, secrétaire de mairie.']));
    expect(summary.secretary).toBe('Sylvie EHRHAR');
  });
  it('« désigne M. X comme représentant » names no secretary', () => {
    const { summary } = analyseText(text([...lead, 'Mme Sylvie EHRHAR a été élue secrétaire de séance à l’unanimité.', '', '1 – Syndicat des eaux', 'Le Conseil municipal approuve la convention et désigne M. Jacques LABAT comme représentant de la commune.']));
    expect(summary.secretary).toBe('Sylvie EHRHAR');
  });
  it('a page number before a « Prénom NOM » entry in a one-paragraph roll is no part of it', () => {
    const { summary } = analyseText(text(['Séance du 18 octobre 2016', 'Présents : Jean-Pierre NOËL, Josiane OZOUF, 4 Pascal PAYEN, Céline PICOT, Thierry QUESNEL.']));
    expect(summary.present_names).toEqual(['Jean-Pierre NOËL', 'Josiane OZOUF', 'Pascal PAYEN', 'Céline PICOT', 'Thierry QUESNEL']);
  });
});

describe('a chair for one item', () => {
  it('« M. le Maire quitte la salle … Sous la présidence de Mme X, première adjointe » presides the vote, not the session', () => {
    const { summary } = analyseText(
      text([
        'COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DE SAINT-GERMAIN-DES-PRÉS-HAUTS DU 12 MARS 2018 Etaient présents : M. Gérard POULIN, Mme Corinne BESSON, M. Ludovic TISSOT. Secrétaire de séance : Mme Corinne BESSON. Compte administratif 2017 : le résultat de clôture s’élève à 42 118,60 €. M. le Maire quitte la salle au moment du vote. Sous la présidence de Mme Corinne BESSON, première adjointe, le conseil municipal adopte le compte administratif 2017 à l’unanimité des membres présents.',
      ]),
    );
    expect(summary.president).toBeNull();
  });
});

describe('the body’s name', () => {
  it('« … à l’Hôtel du Département le 21 octobre 2016 »: the date and its article are no part of the name', () => {
    const { parsed } = analyseText(text(['CONSEIL DEPARTEMENTAL. Réunion du 21 octobre', 'Le Conseil Départemental s est réuni à l Hôtel du Département le 21 octobre 2016 sous la présidence de Madame Anne VIDAL, Présidente.']));
    expect(parsed.session.body.name).toBe('Département');
  });
});

describe('the holder before a comma', () => {
  it('« Ronan X, porteur du pouvoir d’Anne-Marie Y, » in a proxy list: Y gives, X holds', () => {
    const { summary, findings } = analyseText(
      text([
        'Conseil municipal du 17 mars 2023',
        'PRÉSENTS : Yves TANGUY, Gaëlle KERVRAN, Ronan COSQUER, Nathalie HÉLIAS, Erwan PÉRON.',
        'ABSENTS AYANT DONNE PROCURATION :',
        'Loïc BERNARD a donné procuration à Yves TANGUY,',
        'Ronan COSQUER, porteur du pouvoir d’Anne-Marie GUILLOU,',
        'Catherine LE LAY a donné procuration à Nathalie HÉLIAS.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Loïc BERNARD > Yves TANGUY', 'Anne-Marie GUILLOU > Ronan COSQUER', 'Catherine LE LAY > Nathalie HÉLIAS']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('a Québec extraordinary session', () => {
  it('« Le conseiller Monsieur X est absent. » and « L’avis de convocation de la présente séance … a été signifié à chacun des membres du conseil le … »', () => {
    const { parsed, summary } = analyseText(
      text([
        'MUNICIPALITÉ DE SAINTE-ROSE-DU-PORTAGE',
        'Séance extraordinaire du Conseil de cette municipalité, tenue le 25 février 2013, à 19h30, à laquelle étaient',
        'présents le maire, Monsieur Gaétan Thibault, les conseillers Madame Nicole Bouchet,',
        'Monsieur Réal Desrosiers et Monsieur Jacques Ruelland.',
        'Le conseiller Monsieur Denis Pelland est absent.',
        'Formant quorum sous la présidence de Monsieur Gaétan Thibault, maire.',
        'L’avis de convocation de la présente séance extraordinaire a été signifié à',
        'chacun des membres du conseil le 21 février 2013, conformément aux articles 152',
        'et 153 du Code municipal du Québec.',
      ]),
    );
    expect(summary.absent_names).toEqual(['Denis Pelland']);
    expect(parsed.session.convocation_date).toBe('2013-02-21');
    expect(parsed.session.date).toBe('2013-02-25');
  });
});

describe('headings with their member word', () => {
  it('« Présidence » alone on its line, the one presiding below (Luxembourg)', () => {
    const { summary } = analyseText(text(['Séance publique du 18 février 2019', 'Présidence', 'Carole Wagner / Bourgmestre', 'Présents :', 'Carole Wagner / Bourgmestre, Jos Kremer, Nadine Hoffmann / Échevins', 'Excusé(e)(s)', 'Guy Majer / Conseiller']));
    expect(summary.president).toBe('Carole Wagner');
  });
  it('« … LUTZ Sébastien Conseillère absente excusée ayant donné procuration : » — the member word is the heading’s', () => {
    const { summary } = analyseText(
      text([
        'SEANCE DU 22 FEVRIER 2016 Conseillers présents : 1. STOECK Bernard 2. WALTHER Christiane 3. HEINRICH Marc 4. ZIMMER Sonia 5. FREYS Laurent 6. KIENZ Brigitte 7. 8. 9. 10. 11. 12. 13. BURGER Jean-Marc SPRING Élodie ROHMER Daniel GOEPF Anne-Marie WETZ Patrick ANDREAS Lucienne LUTZ Sébastien Conseillère absente excusée ayant donné procuration : 14. MEYER Odile procuration à WALTHER Christiane Conseiller absent : 15. HUGEL Thierry Auditeurs présents : 7 Ordre du jour',
      ]),
    );
    expect(summary.present_names).toEqual(['STOECK Bernard', 'WALTHER Christiane', 'HEINRICH Marc', 'ZIMMER Sonia', 'FREYS Laurent', 'KIENZ Brigitte', 'BURGER Jean-Marc', 'SPRING Élodie', 'ROHMER Daniel', 'GOEPF Anne-Marie', 'WETZ Patrick', 'ANDREAS Lucienne', 'LUTZ Sébastien']);
  });
});

describe('Québec resolutions in a flattened page', () => {
  it('a resolution number after the agenda’s sub-number (« 1.1 Vérification du quorum 2018-05-0112 Ouverture … Il est proposé ») opens the first item', () => {
    const { summary } = analyseText(
      text([
        'CANADA PROVINCE DE QUÉBEC MUNICIPALITÉ DE VAL-DES-PINS Procès-verbal Séance ordinaire du conseil tenue le lundi 7 mai 2018 à laquelle étaient présents : M. Normand Paquin, Mme Diane Lafleur, M. Richard Beaulne, Mme Josée Villemure Sous la présidence de M. le Maire Gaétan Lachapelle. 1. Ouverture de l assemblée 1.1 Vérification du quorum 2018-05-0112 Ouverture de l assemblée Il est proposé par la conseillère Diane Lafleur appuyé par le conseiller Richard Beaulne, et il est résolu à l’unanimité de procéder à l’ouverture de la présente assemblée à compter de 19h33. 2018-05-0113 Adoption de l ordre du jour Il est proposé par le conseiller Richard Beaulne, appuyé par la conseillère Josée Villemure, et il est résolu à la majorité d’adopter l’ordre du jour.',
      ]),
    );
    expect(summary.subject).toBe('2018-05-0112 – Ouverture de l assemblée');
    expect(summary.votes).toEqual({ unanimous: true });
  });
});

describe('a numbered heading running into its body', () => {
  it('« 1/ Procès-verbal du 17 février 2018 : après lecture par le Maire, Madame » — the title stops at the colon', () => {
    const { summary } = analyseText(
      text([
        'Conseil municipal du 7 avril 2018',
        'Présents : Anne VIDAL, Paul ROUX, Lise MARTIN, Marc BLANC.',
        '',
        '1/ Procès-verbal du Conseil Municipal du 17 février 2018 : après lecture par le Maire, Madame',
        'Lise MARTIN demande une précision sur le bail du commerce. Le procès-verbal est approuvé à l’unanimité.',
      ]),
    );
    // (its number written before it: the 1 of « 17 février » is not the item's number)
    expect(summary.subject).toBe('1 – Procès-verbal du Conseil Municipal du 17 février 2018');
  });
});

describe('a numbered act’s title on the line below', () => {
  it('« DÉLIBÉRATION N° CA-2023-41 » / a title line in sentence case / a blank line: the title', () => {
    const { summary } = analyseText(
      text([
        'ÉTABLISSEMENT PUBLIC FONCIER DU VAL DE VAUCELLE – Conseil d’administration du 20 novembre 2023',
        'Présents : M. Paul ARNAUD, Mme Anne BLANC, M. Marc CHEVAL.',
        '',
        'DÉLIBÉRATION N° CA-2023-41',
        'Programme pluriannuel d’intervention – acquisitions de la tranche 2024',
        '',
        'Le directeur général présente les acquisitions sollicitées par les collectivités.',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.subject).toBe('DÉLIBÉRATION N° CA-2023-41 – Programme pluriannuel d’intervention – acquisitions de la tranche 2024');
  });
});

describe('two items run together', () => {
  it('a tally, then the next item under its own title approved « à l’unanimité »: no contradiction', () => {
    const { findings } = analyseText(
      text([
        'Conseil municipal du 19 novembre 2018',
        'Présents : Anne ARSAC, Paul VALET, Lise MARTY, Marc ROCHE, Jean TEYSSIER.',
        '',
        'Cession d’une parcelle',
        'Après en avoir délibéré, le Conseil Municipal approuve la cession :',
        '                    Pour : 4 – Contre : 1 (Anne ARSAC) – Abstention : 0',
        '',
        'Tarifs de la salle polyvalente 2019',
        'Sur proposition de Lise MARTY, adjointe, les tarifs sont maintenus : 120 € le week-end. Approuvé à l’unanimité des votants.',
      ]),
    );
    expect(codes(findings)).toEqual([]);
  });
  it('a tally, then a topic opening the next line « Subventions 2019 : le Conseil, à l’unanimité, … »: no contradiction', () => {
    const { findings } = analyseText(
      text([
        'Conseil municipal du 13 avril 2019',
        'Présents : Anne OTTIN, Paul LAUGIER, Lise MARTY, Marc ROCHE, Jean TEYSSIER, Rémi BLANC, Lucie VIDAL, Yves ROUX, Nadia OTTO.',
        'Vote des taux 2019 : après en avoir délibéré, les taux sont adoptés par 8 voix pour et 1 voix contre (Nadia OTTO).',
        'Subventions aux associations 2019 : le Conseil, à l’unanimité, attribue 1 200 € au Comité des fêtes.',
      ]),
    );
    expect(codes(findings)).toEqual([]);
  });
});

describe('names broken in tables and by page numbers', () => {
  it('a presence table’s surname alone on its line, the row going on below', () => {
    const { summary } = analyseText(
      text([
        'Compte-rendu du Comité syndical du 22 juin 2015',
        'NOM PrénomReprésentantPrésent(e) ou suppléé(e) Suppléé(e) par, Pouvoir donné à',
        'LOUCHET Alain CA Privas Centre X',
        'BERNARDIN Jérôme CA Privas Centre X',
        'ASTIER',
        'Christine Collège des établissements publics X',
        'RIFFARD Paul Collège des établissements publics X',
        '',
        'Secrétaire de séance : Mme BERNARDIN Jérôme',
      ]),
    );
    expect(summary.present_names).toEqual(['LOUCHET Alain', 'BERNARDIN Jérôme', 'ASTIER Christine', 'RIFFARD Paul']);
  });
  it('a page number before « Marie- Christine X » in a one-paragraph roll', () => {
    const { summary } = analyseText(text(['Séance du 18 décembre 2017', 'Présents : Michel MALIGNE, 4 Marie- Christine MAUREAU, Jean-Paul MONTEL, Odile NAYRE.']));
    expect(summary.present_names).toEqual(['Michel MALIGNE', 'Marie- Christine MAUREAU', 'Jean-Paul MONTEL', 'Odile NAYRE']);
  });
});

describe('initials lists with a double dash glued to the initial', () => {
  it('« JULIE L.-- LAVAL D. » are two members, and a member written twice is a duplicate', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNAUTE DE COMMUNES DU HAUT-CESSE – Séance du 29 avril 2014',
        'Etaient présents : ALBERT J. – BOUSQUET R. – JULIE L.-- LAVAL D. – MARTY C. – SANCHEZ P. –',
        'PAGES E. - SANCHEZ P. – SERRES F.',
      ]),
    );
    expect(summary.present_names).toEqual(['ALBERT J.', 'BOUSQUET R.', 'JULIE L.', 'LAVAL D.', 'MARTY C.', 'SANCHEZ P.', 'PAGES E.', 'SANCHEZ P.', 'SERRES F.']);
    expect(codes(findings)).toContain('DUPLICATE_MEMBER');
  });
});

describe('a presence table’s given name cut at its hyphen', () => {
  it('« DESCHAMPS-VILLARD Marie- » / « Pierre CDC Entre Loire et Eyrieux X » is one present row', () => {
    const { summary } = analyseText(
      text([
        'Compte-rendu du Comité syndical du 22 septembre 2016',
        'NOM PrénomCollectivitéPrésent(e) ou suppléé(e) Suppléé(e) par, Pouvoir donné à',
        'ROCHEBLANC Alain CDC Val de Glueyre X',
        'DESCHAMPS-VILLARS Marie-',
        'Pierre CDC Entre Loire et Eyrieux X',
        'SOUBEYRAN Eric CDC Entre Loire et Eyrieux',
        'VINCENTI Pascale CDC du Pays de Lamastre X',
        '',
        'Secrétaire de séance : Mme VINCENTI Pascale',
      ]),
    );
    expect(summary.present_names).toEqual(['ROCHEBLANC Alain', 'DESCHAMPS-VILLARS Marie-Pierre', 'VINCENTI Pascale']);
    expect(summary.absent_names).toEqual(['SOUBEYRAN Eric']);
  });
});

describe('counts stated with the quorum past the header', () => {
  it('« le quorum est atteint : 14 conseillers présents sur 15 » in point 1 of an installation', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE D’OBERHEIM-LES-VIGNES – Séance du 25 mai 2020',
        'Conseillers présents : 1. ZIMMER Paul 2. BAUMANN Thierry 3. HERTZ Céline 4. WEBER Anne 5. KLEINE Marc 6. MULLER Eva 7. SCHMITT Paul 8. FISCHER Léa 9. WAGNER Tom 10. BECKER Lise 11. SCHULZ Max 12. HOFFMANN Ida 13. KOCH Jan 14. RICHTER Eva',
        'Conseiller absent : 15. KLEIN Jean',
        'Public : 9 personnes',
        'Ordre du jour 1. 2. 3. 4. 5. Installation des conseillers municipaux élus le 15 mars 2020 Formation du bureau Election du Maire Détermination du nombre des adjoints Election des adjoints',
        ...Array.from({ length: 6 }, (_, i) => `Le bureau électoral a proclamé les résultats du scrutin le 15 mars 2020 (note ${i + 1} de la préfecture sur les règles de distanciation applicables pendant l’état d’urgence sanitaire).`),
        'POINT 1 - Installation des conseillers municipaux La séance est ouverte sous la présidence de M. Paul ZIMMER, maire sortant, qui après l’appel nominal constate que le quorum est atteint : 14 conseillers présents sur 15.',
      ]),
    );
    expect(summary.present).toBe(14);
    expect(summary.members_in_office).toBe(15);
    expect(codes(findings)).toEqual([]);
  });
});

describe('a table of counts flattened to two lines', () => {
  it('« Délégués en exercicePrésentsPouvoirsVotants » / « 20 15 2 17 »', () => {
    const { summary } = analyseText(
      text([
        'Compte-rendu du Comité syndical du 29 septembre 2015',
        '',
        'Délégués en exercicePrésentsPouvoirsVotants',
        '20 15 2 17',
        '',
        'Délibération n° 2015-12 – Tarifs 2016',
        'Adopté à l’unanimité des votants.',
      ]),
    );
    expect([summary.members_in_office, summary.present, summary.proxies, summary.voters]).toEqual([20, 15, 2, 17]);
  });
});

describe('an installation’s roll call and secretary in its points', () => {
  it('« constate que 14 conseillers sont présents et 1 représenté » and « Mme X accepte et est désignée secrétaire de séance »', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE D’ALTENHEIM – Séance du 26 mai 2020 Conseillers présents : 1. STOECK Bernard 2. WALTHER Christiane 3. BRUCK Elodie Conseiller absent excusé : EHRHARD Jean (procuration à WALTHER Christiane) Auditeurs présents : 12',
        'Ordre du jour 1. 2. 3. Installation des conseillers municipaux élus le 15 mars 2020 Désignation du secrétaire de séance Election du Maire',
        ...Array.from({ length: 6 }, (_, i) => `Le bureau électoral a proclamé les résultats du scrutin du 15 mars 2020 (note ${i + 1} sur les règles de distanciation).`),
        'POINT 1 - Installation La séance est ouverte sous la présidence de M. Bernard STOECK, Maire sortant, qui après l’appel nominal constate que 14 conseillers sont présents et 1 représenté et que la condition de quorum est remplie.',
        'POINT 2 - Désignation du secrétaire de séance M. Bernard STOECK propose de désigner Mme Elodie BRUCK, benjamine du conseil, comme secrétaire de séance. Mme Elodie BRUCK accepte et est désignée secrétaire de séance.',
      ]),
    );
    expect(summary.present).toBe(14);
    expect(summary.proxies).toBe(1);
    expect(summary.secretary).toBe('Elodie BRUCK');
  });
});

describe('a secretary named before a role in apposition', () => {
  it('« Est aussi présent: Yves X, directeur général, qui agit comme secrétaire d assemblée »', () => {
    const { summary } = analyseText(text(['Séance du 6 février 2012. Sont présents : Mme Nancy Dufresne, M. Paul Roy. Est absent : Normand Blais Est aussi présent: Yves Parent, directeur général, qui agit comme secrétaire d assemblée Assistance : 9 personnes']));
    expect(summary.secretary).toBe('Yves Parent');
  });
});

describe('delegates one per line with their commune after a comma', () => {
  it('« - VIDAL Danielle, Roquefixade-Basse » lines: the commune is no member', () => {
    const { summary, findings } = analyseText(
      text([
        'Communauté de communes du Pays de Lesparre – Séance du 24 mai 2018',
        'Conseillers communautaires en exercice : 5 – présents : 4 – procurations : 1 – votants : 5',
        'Présents :',
        '- VIDAL Danielle, Roquefixade-Basse',
        '- AUBRY Jean-Paul, Cazevieille-Haute',
        '- PRADEL Jacques, Fontsauve',
        '- DAUMAL Colette, Lavernose-d’Ouvèze',
        'Procurations :',
        '- CORNIL Alain (Labarthète) a donné procuration à AUBRY Jean-Paul',
      ]),
    );
    expect(summary.present_names).toEqual(['VIDAL Danielle', 'AUBRY Jean-Paul', 'PRADEL Jacques', 'DAUMAL Colette']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('tables and dates of intercommunal minutes', () => {
  it('« sur convocation du » / « Président en date du 23 juin 2017 » wrapped at the line end dates the convocation', () => {
    const { parsed, findings } = analyseText(
      text([
        'SYNDICAT MIXTE OUVERT DU PARC DES CAUSSES',
        'Comité syndical – séance du jeudi 6 juillet 2017',
        'Le jeudi 6 juillet 2017 à 10 h 00, le Comité syndical s’est réuni à l’Hôtel du Département, sur convocation du',
        'Président en date du 23 juin 2017, sous la présidence de M. Nicolas CHASTEL.',
      ]),
    );
    expect(parsed.session.date).toBe('2017-07-06');
    expect(parsed.session.convocation_date).toBe('2017-06-23');
    expect(codes(findings)).toEqual([]);
  });
  it('a presence table’s row without a mark, « suppléée par X »: the seat was filled', () => {
    const { findings } = analyseText(
      text([
        'Comité syndical du 20 juin 2016',
        'Délégués en exercicePrésentsPouvoirsVotants',
        '4 4 0 4',
        'NOM PrénomMembrePrésent(e)Suppléé(e) par / Pouvoir donné à',
        'GALIN Philippe CA Rabastel X',
        'PAGÈS Ghislaine CA Rabastel X',
        'GAILLOT Karine CA Rabastel suppléée par MARCEL Stéphane',
        'MIALON Jacqueline CA Rabastel X',
        '',
        'Le comité adopte le budget à l’unanimité.',
      ]),
    );
    expect(codes(findings)).toEqual([]);
  });
});

describe('counts and lists after « Nombre de … : (n) »', () => {
  it('« Nombre de pouvoirs : (4) X (Commune) à Y, … »: the list follows the count', () => {
    const { summary } = analyseText(
      text([
        'SYNDICAT DU RU DE LA MARNE – séance du 16 décembre 2020 Présents : Martine ROUSSEL (Vaudreuil), Gérard TISSIER (Fiacre), Lucie PASQUET (Hédouville). Nombre de pouvoirs : (2) Jacques MERLIN (Vaudreuil-sur-Marne) à Martine ROUSSEL, Annie COLLET (Saint-Fiacre-des-Prés) à Gérard TISSIER. Nombre de votants : (5)',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Jacques MERLIN > Martine ROUSSEL', 'Annie COLLET > Gérard TISSIER']);
  });
  it('« la condition de quorum posée à l’article L.2121-17 du CGCT est remplie, 14 conseillers étant présents »', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE WINTZEN – séance du 21 mars 2008 Conseillers présents : 1. WALTER Jean 2. LUTZ Hélène 3. HERZ Pascal Conseiller absent : 4. MEYER Paul',
        ...Array.from({ length: 8 }, (_, i) => `Le bureau de vote a proclamé les résultats du scrutin (note ${i + 1} de la préfecture sur le déroulement des opérations électorales).`),
        'POINT 1 - Installation Il constate que la condition de quorum posée à l’article L.2121-17 du CGCT est remplie, 3 conseillers étant présents.',
      ]),
    );
    expect(summary.present).toBe(3);
  });
});

describe('a presence table’s seat named by its office', () => {
  it('« M. le Délégué CDC des Boutières » (a seat without its member’s name) does not end the table', () => {
    const { summary } = analyseText(
      text([
        'Compte-rendu du Comité syndical du 22 juin 2015',
        'NOM PrénomReprésentantPrésent(e) ou suppléé(e) Suppléé(e) par, Pouvoir donné à',
        'CHAPTEL Gérard CC Val d’Ay X',
        'ROUVIER Sylvie CC Val d’Ay X',
        'M. le Délégué CDC des Boutières',
        'CHARRIER Aimé CDC des Boutières X',
        'GIRARD Michel CC Rhône X',
        '',
        'Le comité adopte le budget à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['CHAPTEL Gérard', 'ROUVIER Sylvie', 'CHARRIER Aimé', 'GIRARD Michel']);
    expect(summary.absent_names).toEqual(['M. le Délégué']);
  });
});
