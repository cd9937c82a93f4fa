/**
 * Layouts the hundredth to hundred-and-fifth invented corpora (fixtures/corpus
 * 10001–10520: a fourteenth and fifteenth draw of real families; web excerpts cut at
 * 1,900 characters; large assemblies and their organs; councils abroad in French;
 * OCR text of scanned registers) and the ninety-ninth (groupings) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('tables of states as groupings write them', () => {
  it('a legend’s letter before the words of the state: « S – suppléé par X » seats X, « R – pouvoir à Y » is a proxy', () => {
    const { summary, findings } = analyseText(
      text([
        'SIVU DES HAUTES-BRUYÈRES',
        'Comité syndical du 12 mai 2016, convoqué le 3 mai 2016',
        'P = présent · S = suppléé · R = représenté · E = excusé',
        '| Commune | Délégué titulaire | Voix | Présence',
        '|---|---|---|---',
        '| ALBARÈDE | FONTANILLE Jacques | 3 | P',
        '| BRUYÈRES-HAUTES | MALAVAL Corinne | 2 | P',
        '| COMBRET | SÉGUIER Pascal | 2 | S – suppléé par TEISSÈDRE Odile',
        '| ESTAING-BAS | ROUMIGUIÈRES Luc | 2 | R – pouvoir à FONTANILLE Jacques',
        '| GABRIAC | ANGLADE Denise | 2 | E',
        '| LUGAN | BOUDOU Rémi | 2 | P',
        '',
        'Délégués en exercice : 6 – présents : 4 – représenté : 1 – votants : 5',
        '',
        'OBJET : Participation 2016',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['FONTANILLE Jacques', 'MALAVAL Corinne', 'TEISSÈDRE Odile', 'BOUDOU Rémi']);
    expect(summary.absent_names).toEqual(['ANGLADE Denise']);
    expect(pairs(summary.proxies_list)).toEqual(['ROUMIGUIÈRES Luc > FONTANILLE Jacques']);
    expect(codes(findings)).toEqual([]);
  });

  it('a spreadsheet exported with semicolons, « Suppléé(e) par X (suppléant, vote) » in its state column; « Présents ayant voix délibérative : 4 »', () => {
    const { summary, findings } = analyseText(
      text([
        'SYNDICAT DES EAUX DU HAUT-LÉVEZOU',
        'Comité syndical du jeudi 9 mars 2023',
        'Délégués en exercice : 6 – Présents ayant voix délibérative : 4 – Pouvoirs : 1 – Votants : 5',
        'N°;Secteur;Délégué titulaire;Émargement',
        '1;Secteur Nord;CALMELS Anne;Présente',
        '2;Secteur Nord;DALLE Yves;Pouvoir à CALMELS Anne',
        '3;Secteur Nord;ESTIVAL Marc;Présent',
        '4;Secteur Sud;FABRE Lise;Suppléé(e) par GAL Hugo (suppléant, vote)',
        '5;Secteur Sud;GINESTE Paul;Excusé',
        '6;Secteur Sud;HOULÈS Rose;Présente',
        '',
        'OBJET : Tarifs 2023',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present).toBe(4);
    expect(summary.present_names).toEqual(['CALMELS Anne', 'ESTIVAL Marc', 'GAL Hugo', 'HOULÈS Rose']);
    expect(summary.absent_names).toEqual(['GINESTE Paul']);
    expect(pairs(summary.proxies_list)).toEqual(['DALLE Yves > CALMELS Anne']);
    expect(codes(findings)).toEqual([]);
  });

  it('a roll with each member’s state in brackets after the commune, and months as OCR reads them (« avriI »)', () => {
    const { summary } = analyseText(
      text([
        'SIAEP DE LA HAUTE-CORRÈZE',
        'Séance du jeudi 13 avriI 2023',
        'Délégués en exercice : 6 / Présents : 4 / Pouvoir : 1 / Votants : 5',
        'BEYSSAC : MONS Alain (présent) ; TRONCHE Lise (suppléée par VIALLE Jean)',
        'CHAUMONT : ROUX Paul (pouvoir à MONS Alain) ; DELPY Anne (présente)',
        'LAVAL-HAUT : PEYRE Marc (présent) ; GAUME Rita (absente)',
      ]),
    );
    expect(summary.session_date).toBe('2023-04-13');
    expect(summary.present_names).toEqual(['MONS Alain', 'VIALLE Jean', 'DELPY Anne', 'PEYRE Marc']);
    expect(summary.absent_names).toEqual(['GAUME Rita']);
    expect(pairs(summary.proxies_list)).toEqual(['ROUX Paul > MONS Alain']);
  });

  it('dotted leaders before « pouvoir à X » and « suppléé par Y (présent) »; a row’s description in small letters; « R (M. X) »', () => {
    const { summary } = analyseText(
      text([
        'SYNDICAT MIXTE DU VAL DE SORGUES',
        'Comité syndical du mercredi 5 avril 2017',
        'Délégués titulaires en exercice : 6 – Présents : 4 – Pouvoirs : 2 – Votants : 6',
        'FEUILLE DE PRÉSENCE (P = présent ; R = représenté)',
        '  AUSSEL Roger ...................... présent',
        '  BONNAFOUS Eva ..................... pouvoir à AUSSEL Roger',
        '  CROS Henri ........................ suppléé par DURAND Alain (présent)',
        '  ESCANDE Marie ..................... présente',
        '  FABIÉ Jean ........................ R (Mme ESCANDE)',
        '  GELY Simone ....................... présente',
      ]),
    );
    expect(summary.present_names).toEqual(['AUSSEL Roger', 'DURAND Alain', 'ESCANDE Marie', 'GELY Simone']);
    expect(pairs(summary.proxies_list)).toEqual(['BONNAFOUS Eva > AUSSEL Roger', 'FABIÉ Jean > ESCANDE']);
  });

  it('a pipe table whose cells wrap onto the lines below, the last border read as another mark', () => {
    const { summary } = analyseText(
      text([
        'SIVU SCOLAIRE DES TROIS CLOCHERS',
        'COMITE SYNDICAL - SEANCE DU 15 MARS 2002',
        '|  Commune        |  Délégué             |  Présence                   |',
        '|_________________|______________________|_____________________________|',
        '|  Aubercourt     |  DELATTRE Paul       |  présent                    |',
        '|  Aubercourt     |  FOURNIER Alice      |  présente                   |',
        '|  Bouchoir-      |  GODIN Marc          |  excusé, pouvoir à          |',
        '|  le-Haut        |                      |  M. DELATTRE                |',
        '|  Caix           |  HENNEQUIN Rose      |  presente                   ¦',
        '|  Caix           |  LEBEL-DUPONT        |  présente                   |',
        '|                 |  Sylvie              |                             |',
        '|  Rouvroy        |  MASSE Jean          |  absent                     |',
      ]),
    );
    expect(summary.present_names).toEqual(['DELATTRE Paul', 'FOURNIER Alice', 'HENNEQUIN Rose', 'LEBEL-DUPONT Sylvie']);
    expect(pairs(summary.proxies_list)).toEqual(['GODIN Marc > DELATTRE']);
  });

  it('« pouvoir, voir (1) », the footnote naming the holder, and a code with a note (« A (arrivé au point 2) »)', () => {
    const { summary, findings } = analyseText(
      text([
        'SYNDICAT DES EAUX DE LA DOUX',
        'Comité syndical du jeudi 19 juin 2025 – Délégués en exercice : 7',
        'Présents : 4 – Pouvoirs : 1 – Votants : 5',
        '',
        'Commune                    Délégué(e) titulaire            Présence',
        'Arlebosc                   M. Rémi FAURE (1)               P',
        'Boucieu                    M. Jean TEYSSIER                pouvoir, voir (1)',
        'Colombier                  Mme Anne VIALLET                P',
        'Étables                    M. Luc BOISSY                   A (arrivé au point 2)',
        'Lafarre                    Mme Rose MOUNIER                P',
        'Nozières                   M. Paul CHARRE                  P',
        'Pailharès                  Mme Lise DUMAS                  E',
        '',
        '(1) porteur du pouvoir de M. Jean TEYSSIER (Boucieu)',
      ]),
    );
    expect(summary.present_names).toEqual(['Rémi FAURE', 'Anne VIALLET', 'Rose MOUNIER', 'Paul CHARRE']);
    expect(summary.absent_names).toEqual(['Luc BOISSY', 'Lise DUMAS']);
    expect(pairs(summary.proxies_list)).toEqual(['Jean TEYSSIER > Rémi FAURE']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('lists of large assemblies', () => {
  it('section labels with their seats on a line of their own, « ONT RÉPONDU À L’APPEL » under a title in capitals', () => {
    const { summary } = analyseText(
      text([
        'RÉGION DES MONTS DU LEVANT',
        'ASSEMBLÉE PLÉNIÈRE DU JEUDI 9 MAI 2019',
        '',
        'ONT RÉPONDU À L’APPEL :',
        '',
        'Section départementale du Haut-Vernis (3 élus)',
        'Paul AMBLARD (UMR), Rose BÉRAUD (GES), Yves COSTE (UMR)',
        '',
        'Section départementale de la Vallée-Basse (2 élus)',
        'Anne DURIF (GES), Louis ESTRADE (NI)',
      ]),
    );
    expect(summary.present_names).toEqual(['Paul AMBLARD', 'Rose BÉRAUD', 'Yves COSTE', 'Anne DURIF', 'Louis ESTRADE']);
  });

  it('member groupings labelling their delegates inside one paragraph (« ; pour Vernis Agglomération : », « ; Communauté de communes du X : »)', () => {
    const { summary } = analyseText(
      text([
        'Syndicat mixte du bassin de la Rance-Haute – comité du 7 décembre 2021',
        'Étaient présents : Pour la Communauté de communes du Plateau : Mme Anne ARNAL, M. Paul BRU ; pour Vernis Agglomération : M. Jean CAYLA, Mme Rose DELMAS ; Communauté de communes des Collines du Lévezou : M. Luc ESPINASSE.',
        'Étaient absents ou excusés : Communauté de communes du Plateau : M. Marc FABRE ; Vernis Agglomération : Mme Lise GALTIER.',
      ]),
    );
    expect(summary.present_names).toEqual(['Anne ARNAL', 'Paul BRU', 'Jean CAYLA', 'Rose DELMAS', 'Luc ESPINASSE']);
    expect(summary.absent_names).toEqual(['Marc FABRE', 'Lise GALTIER']);
  });

  it('« POUVOIRS (loi … : …) : » ends the present list; a title word as a surname (« CAPITAINE Anne »)', () => {
    const { summary } = analyseText(
      text([
        'VERNIS MÉTROPOLE – BUREAU MÉTROPOLITAIN – Séance du jeudi 9 juin 2022',
        'PRÉSENTS :',
        'M. Paul ARNAUD, Président             Mme Rose BELLEC, 1re Vice-Présidente',
        'M. Yves CADIOU, 2e Vice-Président      Mme Anne DANIEL, conseillère déléguée',
        '',
        'POUVOIRS (loi n° 2021-1465 du 10 novembre 2021 : deux pouvoirs par membre) :',
        'CAPITAINE Anne (Quintin) a donné pouvoir à ARNAUD Paul',
        'ÉVEN Sylvie (Ploufragan) a donné pouvoir à CADIOU Yves',
      ]),
    );
    expect(summary.present_names).toEqual(['Paul ARNAUD', 'Rose BELLEC', 'Yves CADIOU', 'Anne DANIEL']);
    expect(pairs(summary.proxies_list)).toEqual(['CAPITAINE Anne > ARNAUD Paul', 'ÉVEN Sylvie > CADIOU Yves']);
  });

  it('names laid out between pipes, three per line, a cell’s note kept; « ÉTAIENT REPRÉSENTÉS »; « Absents n’ayant pas donné délégation »', () => {
    const { summary } = analyseText(
      text([
        'COMMUNAUTÉ URBAINE DU GRAND VERNIS – Conseil du 6 décembre 2012',
        'Étaient présents :',
        'ALRIC Claire | BESSE Yves | CALVET Anne',
        'DELON Marc | ESPIE Rose (arrivée à 18 h 50, au point 2) | FABRE Luc',
        '',
        'ÉTAIENT REPRÉSENTÉS',
        'M. Paul GARRIC par M. Yves BESSE',
        '',
        'Absents n’ayant pas donné délégation : HUC Jean – ISSALY Marie',
      ]),
    );
    expect(summary.present_names).toEqual(['ALRIC Claire', 'BESSE Yves', 'CALVET Anne', 'DELON Marc', 'ESPIE Rose', 'FABRE Luc']);
    expect(pairs(summary.proxies_list)).toEqual(['Paul GARRIC > Yves BESSE']);
    expect(summary.absent_names).toEqual(['HUC Jean', 'ISSALY Marie']);
  });

  it('a board’s members by college with what they stand for, « représenté par M. X (pouvoir) », « Membres titulaires : 6 »', () => {
    const { summary } = analyseText(
      text([
        'OFFICE DE TOURISME DES GORGES DU VERNIS – COMITÉ DE DIRECTION DU 21 AVRIL 2016',
        'Membres titulaires : 6 (3 élus, 3 socioprofessionnels)',
        'Présents : 4 – Pouvoir : 1 – Votants : 5',
        'Collège des élus (3 titulaires)',
        '  – M. Paul ROUQUET (Président) : présent',
        '  – Mme Anne SABY : excusée, représentée par M. Paul ROUQUET (pouvoir)',
        '  – M. Luc TRAN : présent',
        'Collège des socioprofessionnels (3 titulaires)',
        '  – Mme Rose VIGUIÉ, hôtellerie (Vice-Présidente) : présente',
        '  – M. Marc ALDEBERT, commerce : excusé',
        '  – Mme Lise BRUEL, sites et patrimoine : présente',
      ]),
    );
    expect(summary.members_in_office).toBe(6);
    expect(summary.present_names).toEqual(['Paul ROUQUET', 'Luc TRAN', 'Rose VIGUIÉ', 'Lise BRUEL']);
    expect(pairs(summary.proxies_list)).toEqual(['Anne SABY > Paul ROUQUET']);
  });

  it('a vote table by group read at its Total row; reports sent to the members date the convocation', () => {
    const { summary, findings } = analyseText(
      text([
        'CONSEIL DÉPARTEMENTAL DU HAUT-VERNIS',
        'Réunion du jeudi 14 décembre 2017',
        'Les rapports ont été adressés aux conseillers départementaux le 28 novembre 2017.',
        'Conseillers départementaux en exercice : 34 – présents : 30 – pouvoirs : 3 – votants : 33',
        '',
        'OBJET : Budget primitif 2018',
        'Résultat du vote',
        '                                        Pour   Contre   Abstention',
        'Groupe Union départementale               19        –            –',
        'Groupe Gauche et Écologie                  –       10            –',
        'Groupe Indépendants                        –        –            3',
        'Total                                     19       10            3',
      ]),
    );
    expect(summary.convocation_date).toBe('2017-11-28');
    expect(summary.votes).toEqual({ for: 19, against: 10, abstain: 3, not_voting: 0 });
    expect(codes(findings)).toEqual(['TALLY_MISMATCH']);
  });
});

describe('subjects of the fourteenth draw', () => {
  it('a bare number heading, its title below blank lines holding a no-break space', () => {
    const { summary } = analyseText(
      text(['COMMUNE DE VAUX-LE-PETIT', 'Séance du 10 avril 2012', '', 'Délibération 7/2012', '', '\u00a0', '', 'COMPTE ADMINISTRATIF 2011', '', 'Votes : 11 pour, 0 contre, 1 abstention']),
    );
    expect(summary.subject).toBe('Délibération 7/2012 – COMPTE ADMINISTRATIF 2011');
  });

  it('« OBJET - » with a dash, and a title in capitals wrapped onto a second line in capitals', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE PLOUGRESCANT-VRAS – Séance du 13 avril 2023',
        '2023-014 – RÉVISION DES TARIFS DES CONCESSIONS',
        'FUNÉRAIRES AU 1er AVRIL 2023',
        'Le conseil municipal approuve à l’unanimité.',
      ]),
    );
    expect(summary.subject).toBe('2023-014 – RÉVISION DES TARIFS DES CONCESSIONS FUNÉRAIRES AU 1er AVRIL 2023');
    const dash = analyseText(text(['Séance du 13 avril 2023', 'OBJET - ACQUISITION DE LA PARCELLE AB 312', 'Le conseil municipal approuve à l’unanimité.']));
    expect(dash.summary.subject).toBe('ACQUISITION DE LA PARCELLE AB 312');
  });

  it('one-paragraph minutes: « RAPPORT N° 1.01 … », « Délibération n° 2017-22 : … », an OBJET stopping where its exposé opens', () => {
    const report = analyseText(
      'CONSEIL DÉPARTEMENTAL DE LA MARNE-HAUTE Séance du 11 février 2019. Le quorum étant atteint, la séance est ouverte. 4 4 RAPPORT N° 1.01 DIRECTION DES FINANCES DECISION MODIFICATIVE N° 1 Monsieur Bruno X, rapporteur, présente la décision modificative. Pour : 27 ; Contre : 3 ; Abstentions : 2. Le rapport est adopté.',
    );
    expect(report.summary.subject).toBe('RAPPORT N° 1.01 – DIRECTION DES FINANCES DECISION MODIFICATIVE N° 1');
    const code = analyseText(
      'COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 27 JUIN 2017 Secrétaire de séance : Madame Sophie Carré. Délibération n° 2017-22 : Demande de subvention au titre de la DETR 2018 M. le Maire présente le projet. Le conseil adopte à l’unanimité.',
    );
    expect(code.summary.subject).toBe('Délibération n° 2017-22 – Demande de subvention au titre de la DETR 2018');
    const objet = analyseText(
      'RÉUNION DU COMITÉ SYNDICAL DU LUNDI 8 FÉVRIER 2021 Le quorum est atteint. N° 2021-01 Objet : Budget primitif 2021 du service d’assainissement Mme Odile MARTINET, vice-présidente, présente le budget. Adopté à l’unanimité.',
    );
    expect(objet.summary.subject).toBe('Budget primitif 2021 du service d’assainissement');
  });

  it('an agenda’s last line over the counts, or before the items numbered from 1 again, is the agenda’s', () => {
    const counts = analyseText(
      text([
        'CONSEIL MUNICIPAL PROCÈS-VERBAL DE LA SÉANCE DU 14 JUIN 2018',
        'ORDRE DU JOUR',
        '1. Approbation du procès-verbal de la séance du 17 mai 2018',
        '2. Tarifs de la cantine',
        '3. Questions diverses',
        '',
        'Nombre de conseillers en exercice : 19',
        'Présents : 15',
        'Pouvoirs : 3',
        'Votants : 18',
      ]),
    );
    expect([counts.summary.members_in_office, counts.summary.present, counts.summary.voters]).toEqual([19, 15, 18]);
    expect(counts.summary.subject).toBeNull();
    const restart = analyseText(
      text([
        'Séance du 12 juin 2021',
        'ORDRE DU JOUR :',
        '1/ Création d’une régie de recettes pour le gîte communal.',
        '2/ Tarifs du gîte communal.',
        '3/ Questions diverses.',
        '!1',
        'Le procès-verbal du 10 avril 2021 n’appelle aucune remarque ; il est signé séance tenante.',
        '1/ Création d’une régie de recettes pour le gîte communal : le Maire expose',
        'que la réouverture du gîte nécessite une régie. Adopté à l’unanimité.',
      ]),
    );
    expect(restart.summary.subject).toBe('1 – Création d’une régie de recettes pour le gîte communal');
  });
});

describe('excerpts, stamps and OCR', () => {
  it('a title in capitals past a web wrapper dates the session (and its weekday is checked)', () => {
    const { summary, findings } = analyseText(
      text([
        'Mairie de Lussac-les-Vignes',
        'Accueil / Démarches / Publications légales / Procès-verbaux du conseil municipal',
        'Procès-verbal du conseil municipal – octobre 2019',
        'Publié le 24/10/2019 — PDF — 2 pages — Consulter le document',
        'Dans cette rubrique : Procès-verbal du conseil municipal – septembre 2019 · Procès-verbal du conseil municipal – juillet 2019',
        'Conformément à l’article L. 2121-15 du CGCT, le procès-verbal est arrêté au commencement de la séance suivante et signé par le maire.',
        '',
        '                    CONSEIL MUNICIPAL',
        '  PROCÈS-VERBAL DE LA SÉANCE DU LUNDI 17 OCTOBRE 2019',
        '',
        'Date de convocation : 11 octobre 2019',
      ]),
    );
    expect(summary.session_date).toBe('2019-10-17');
    expect(codes(findings)).toEqual(['DATE_CONFLICT']);
  });

  it('the ACTES stamp read into the ends of list lines is no part of the list', () => {
    const { summary } = analyseText(
      text([
        'VILLE DE SAINT-AUBIN-DES-LANDES                       Envoyé en préfecture le 16/04/2024',
        'EXTRAIT DU REGISTRE DES DELIBERATIONS                  Reçu en préfecture le 16/04/2024',
        'Séance du jeudi 11 avril 2024',
        'Présents :',
        'ARNAUD Philippe, Maire            BEAUDOIN Claire             Envoyé en préfecture le 16/04/2024',
        'CAZENAVE Julien                   DUBERNET Mathilde           Reçu en préfecture le 16/04/2024',
        'ESCUDE Bruno                      FAURIE Nadège               ID : 033-213304121-20240411-DCM2024_031-DE',
        'GARRIGOU Serge                    HOURTIC Lise',
      ]),
    );
    expect(summary.present_names).toEqual(['ARNAUD Philippe', 'BEAUDOIN Claire', 'CAZENAVE Julien', 'DUBERNET Mathilde', 'ESCUDE Bruno', 'FAURIE Nadège', 'GARRIGOU Serge', 'HOURTIC Lise']);
  });

  it('bullets read as letters before a civility, accents lost (« suppleant de X »), a register’s folio inside the absences', () => {
    const bullets = analyseText(
      text(['COMMUNE D’AUBRAC-LE-HAUT – Séance du lundi 31 mai 2010', 'Présents :', '» M. Christian DELAGE, Maire', 'e Mme Nicole FARGES, 3e adjointe', 'o M. Serge BORDAS', '» Mme Sylvie ESTRADE']),
    );
    expect(bullets.summary.present_names).toEqual(['Christian DELAGE', 'Nicole FARGES', 'Serge BORDAS', 'Sylvie ESTRADE']);
    const accents = analyseText(
      'Seance du lundi 28 septembre 2009\nDelegues presents : ESCAICH Jean (Castelvieil), BARRAU Pierre (Montclar), MOURLAN Gerard, suppleant de LABAT Henri (Montclar), SANS Josette (Lescure), CAZENAVE Paul (Lescure).',
    );
    expect(accents.summary.present_names).toEqual(['ESCAICH Jean', 'BARRAU Pierre', 'MOURLAN Gerard', 'SANS Josette', 'CAZENAVE Paul']);
    const folio = analyseText(
      text([
        'PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 22 SEPTEMBRE 2020',
        '(seconde convocation)',
        'En exercice : 7 - Présents : 3 - Votants : 3',
        'Le Conseil municipal, réuni une première fois le vendredi 18 septembre 2020 sans que le quorum soit atteint, a été à nouveau convoqué le 18 septembre 2020 ; il délibère valablement sans condition de quorum.',
        'Présents : M. Régis PERRON, Maire ; Mme Ghislaine COMBE ; M. Fabien JOURD.',
        'Absents :',
        '- M. Hervé CORDIER',
        '- Mme Sabine LAURENT',
        '                                       Registre des délibérations - Louvaine - 2020',
        '                                                                            f° 113',
        '- M. Pierre DESBOIS',
        '- Mme Karine MOREAU',
      ]),
    );
    expect(folio.summary.session_date).toBe('2020-09-22');
    expect(folio.summary.absent_names).toEqual(['Hervé CORDIER', 'Sabine LAURENT', 'Pierre DESBOIS', 'Karine MOREAU']);
    expect(codes(folio.findings)).toEqual([]);
  });

  it('a reception stamp beside a margin column; a margin piece two spaces from the text column', () => {
    const { summary } = analyseText(
      text([
        'C0MMUNE DE SAINT-GERMIER-DES-PRÉS',
        '           EXTRAIT DU REGISTRE DES DELIBERATIONS',
        'Nombre de membres       L\'an mil neuf cent quatre-vingt-onze, le quatorze juin',
        'afférents au Conseil    à vingt heures trente, le Conseil Municipal de cette',
        'Municipal : 11          commune, régulièrement convoqué, s\'est réuni au nombre     SOUS-PREFECTURE',
        'en exercice : 11        prescrit par la loi, sous la présidence de M. CAPDEVILLE   D\'0LORON',
        'qui ont pris part       Lucien, Maire.                                             2 l JUIN 1991',
        'à la délibération : 9   Présents : MM. CAPDEVILLE, SOUBIRAN, LACAZE, PEYRET,       COURRIER ARRIVE',
        'Date de la convocation  DUFFAU, Mmes LABORDE, CASTETS, MM. HOURCADE,',
        '7 juin 1991             LARROQUE.',
        'Date d\'affichage        Absents excusés : MM. BERGEZ, LAFFITTE.',
        '7 juin 1991             M. LACAZE a été désigné pour remplir les fonctions',
        '                        de secrétaire.',
        '                        Le Conseil Municipal, après en avoir délibéré,',
      ]),
    );
    expect(summary.convocation_date).toBe('1991-06-07');
    expect(summary.present_names).toEqual(['CAPDEVILLE', 'SOUBIRAN', 'LACAZE', 'PEYRET', 'DUFFAU', 'LABORDE', 'CASTETS', 'HOURCADE', 'LARROQUE']);
    expect(summary.absent_names).toEqual(['BERGEZ', 'LAFFITTE']);
  });

  it('a one-line page: « suppléant d’Isabelle X », « Pouvoirs : (2) Jean-Luc X à … »', () => {
    const { summary, findings } = analyseText(
      'SYNDICAT MIXTE DU RU DE LA BRIE RÉUNION DU COMITÉ SYNDICAL DU JEUDI 17 MARS 2022 Nombre de délégués titulaires en exercice : 8 Nombre de présents : (4) Dont (3) titulaires et (1) suppléant avec droit de vote Nombre de pouvoirs : (2) Nombre de votants : (6) CA DU VAL DE BRIE : Françoise DELAGE et Jean-Claude PRÉVAL (Lésigny), Daniel CHAMPS suppléant d\'Isabelle RIGAL (Férolles), Thierry VASSE (Brie). Pouvoirs : (2) Jean-Luc MAZIER (Lésigny) à Françoise DELAGE ; Corinne VALLIN (Santeny) à Thierry VASSE. Absents excusés : (2) Laurent FERRAND (Chevry), Sabrina OULD-ALI (Servon).',
    );
    expect(summary.present_names).toEqual(['Françoise DELAGE', 'Jean-Claude PRÉVAL', 'Daniel CHAMPS', 'Thierry VASSE']);
    expect(pairs(summary.proxies_list)).toEqual(['Jean-Luc MAZIER > Françoise DELAGE', 'Corinne VALLIN > Thierry VASSE']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('councils abroad', () => {
  it('a commission’s opinion is no vote; « sur les 40 membres. »; a tally above the members present is a mismatch', () => {
    const { summary, findings } = analyseText(
      text([
        'Commune de Chavannes-le-Haut – Conseil général',
        'Procès-verbal de la séance du mardi 14 novembre 2017',
        'Appel : 34 présents, 6 excusés (Mmes et MM. Stéphane MAGNIN, Caroline BERSET, Hervé CORMIN, Laetitia FRAGNIÈRE, Joël OVERNEY, Anne-Claude PAPAUX), sur les 40 membres.',
        '',
        '1. Crédit d’investissement pour la route de la Bibera',
        'Préavis de la Commission financière : favorable à l’unanimité.',
        'Au vote, le crédit est accepté par 30 voix contre 3, avec 2 abstentions.',
      ]),
    );
    expect(summary.members_in_office).toBe(40);
    expect(summary.votes).toEqual({ for: 30, against: 3, abstain: 2, not_voting: 0 });
    expect(codes(findings)).toEqual(['TALLY_MISMATCH']);
  });

  it('a commission’s unanimity « de ses membres » contradicts no tally', () => {
    const { findings } = analyseText(
      text([
        'Conseil communal de Chavornay-le-Lac – séance du lundi 2 octobre 2023',
        'Appel : 82 présents, 18 excusés, sur les 100 membres.',
        '1. Préavis municipal n° 12 – Réfection du collège',
        'La commission ad hoc recommande l’acceptation à l’unanimité de ses membres.',
        'Au vote, les conclusions du préavis sont acceptées par 61 voix contre 14 et 7 abstentions.',
      ]),
    );
    expect(codes(findings)).toEqual([]);
  });

  it('Québec seats run on one line; bilingual Brussels minutes with two dates', () => {
    const quebec = analyseText(
      'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 12 août 2019, à laquelle sont présents : Mme Julie Gagnon, conseillère au siège no 1 M. Réal Vachon, conseiller au siège no 2 M. Sylvain Leduc, conseiller au siège no 3 Est absente : Mme Karine Dion, conseillère au siège no 4 Tous formant quorum.',
    );
    expect(quebec.summary.present_names).toEqual(['Julie Gagnon', 'Réal Vachon', 'Sylvain Leduc']);
    expect(quebec.summary.absent_names).toEqual(['Karine Dion']);
    const brussels = analyseText(text(['CONSEIL COMMUNAL – GEMEENTERAAD', 'Séance du mercredi 21 mars 2018 – Zitting van woensdag 28 maart 2018']));
    expect(brussels.summary.session_date).toBeNull();
    expect(codes(brussels.findings)).toEqual(['DATE_CONFLICT']);
  });
});

describe('villages and the sixteenth draw', () => {
  it('a quantity after « pour » is no tally; parts and their total in one sentence are checked', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE DE MOISSAC-LE-HAUT – Séance du 16 mai 2006',
        'Conseillers en exercice : 9 – Présents : 8 – Votants : 8',
        'Présents : MM. Jean ABRIC, Paul BOUDET, Luc CAYLA, Marc DELON, Mmes Anne ESTÈVE, Rose FABRE, Lise GALY, Eva HUC.',
        '',
        '1 – Adhésion au service commun',
        'Le Maire présente la convention : cotisation de 1,80 € par habitant, soit 615,60 € pour 342 habitants.',
        'Adopté par 7 voix pour et 1 abstention (M. ABRIC).',
        '',
        '2 – Réfection de l’école',
        'Le Maire rend compte des marchés : pour le lot 1 (charpente) : 42.318,50 € H.T. et pour le lot n°2 (couverture) : 57.905,20 € H.T., soit un montant total de 101.223,70 € H.T.',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.votes).toEqual({ for: 7, against: 0, abstain: 1, not_voting: 0 });
    expect(codes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });

  it('a list cut by the page before « [Lire la suite …] » is read as cut', () => {
    const { summary, findings } = analyseText(
      text([
        'Compte rendu du conseil municipal du 25 octobre 2001',
        'Conseillers en exercice : 15 – Présents : 9 – Votants : 10',
        'Étaient présents : MM. Daniel HOUDAN, Jean BRETON, Michel CHAUVEAU, Gérard GOURDIN, Mmes Nicole AUBRY, Chantal',
        '[Lire la suite – document PDF, 3 pages, 84 Ko]',
        '',
        'Voir aussi : Compte rendu du 20 septembre 2001 | Compte rendu du 29 novembre 2001',
        'Mairie de Saint-Gervais – 1, place de l’Église – Tél. 02 33 00 00 00',
      ]),
    );
    expect(summary.present_names).toEqual(['Daniel HOUDAN', 'Jean BRETON', 'Michel CHAUVEAU', 'Gérard GOURDIN', 'Nicole AUBRY']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('the seventeenth draw and the hardest families', () => {
  it('a note in brackets then the next member without a comma ends the entry', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE LA MOTTE-KERAVEL – Séance du 14 mars 2017',
        'Présents : BOSCHER Sylvie, CORBEL Hervé, DANIEL Mickaël',
        'Absents excusés : HAMON Gaëlle (pouvoir à CORBEL Hervé) MORVAN Josiane, LE BRIS Thierry',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['HAMON Gaëlle > CORBEL Hervé']);
    expect(summary.absent_names).toEqual(['HAMON Gaëlle', 'MORVAN Josiane', 'LE BRIS Thierry']);
  });

  it('Québec minutes in one paragraph: resolution numbers are no counts, the hour dates the session, a later motion’s unanimity', () => {
    const { summary, findings } = analyseText(
      'CANADA PROVINCE DE QUÉBEC MUNICIPALITÉ DE SAINTE-ROSE-DU-LAC Procès-verbal Séance ordinaire du conseil tenue à huis clos, conformément à l arrêté ministériel 2020-074 du 2 octobre 2020, le lundi 5 octobre 2020, à compter de 19 h et à laquelle étaient présents : Mme Johanne Ouellet M. Pierre Bédard M. Denis Cyr Mme Karine Lalande Sous la présidence de Mme la Mairesse Ginette Brisson. 2020-10-R0241 Ouverture de l assemblée Il est proposé par la conseillère Karine Lalande de procéder à l ouverture. ADOPTÉE À L UNANIMITÉ DES CONSEILLERS PRÉSENTS 2020-10-R0242 Comptes Il est proposé par M. Denis Cyr. Le vote est demandé. Votent pour : Mme Johanne Ouellet, M. Pierre Bédard, M. Denis Cyr. Vote contre : Mme Karine Lalande. ADOPTÉE À LA MAJORITÉ 2020-10-R0243 Correspondance Il est proposé par M. Pierre Bédard, il est résolu à l unanimité de déposer la correspondance.',
    );
    expect(summary.session_date).toBe('2020-10-05');
    expect(summary.present).toBeNull();
    expect(codes(findings)).toEqual([]);
  });

  it('« le Conseil municipal de cette commune » names no body: two communes’ sessions on one date are not one session', () => {
    const a = analyseText(text(['PROCES-VERBAL DU CONSEIL MUNICIPAL DU 11 OCTOBRE 2012', 'Le Conseil Municipal de cette commune, régulièrement convoqué, s’est réuni sous la présidence de M. Alain GRANGER, Maire.']));
    expect(a.parsed.session.body.name).toBeNull();
    const b = analyseText(text(['Commune de LACAPELLE-DEL-VERN', 'Séance du 11 octobre 2012', 'Le Conseil municipal de cette commune s’est réuni sous la présidence de M. Paul BOUDOU, Maire.']));
    expect(b.parsed.session.body.name).toBe('Commune de LACAPELLE-DEL-VERN');
  });
});

describe('the eighteenth draw', () => {
  it('a flattened table whose letters P / E / A a legend above the header explains', () => {
    const { summary, findings } = analyseText(
      text([
        'Compte-rendu du Comité Syndical du 21 septembre 2015',
        'Délégués ayant voix délibérative (cliquer pour voir la liste)',
        'P : présent(e) – E : excusé(e) – A : absent(e)',
        'NOM PrénomCollectivité adhérentePrésenceSuppléé(e) par / Pouvoir donné à',
        'ALBOUY Régine CC Lévézou-Pareloup P',
        'CAYLA Jean-Paul CC Pays de Salars P',
        'FABRE Jean-Claude CA Causse-Comtal A',
        'GAVALDA Thierry CC Aubrac-Viadène P',
        'GINESTE Odile CC Aubrac-Viadène E',
        'LACAN Pierre CC Ségala-Viaur P',
      ]),
    );
    expect(summary.present_names).toEqual(['ALBOUY Régine', 'CAYLA Jean-Paul', 'GAVALDA Thierry', 'LACAN Pierre']);
    expect(summary.absent_names).toEqual(['FABRE Jean-Claude', 'GINESTE Odile']);
    expect(codes(findings)).toEqual([]);
  });
});
