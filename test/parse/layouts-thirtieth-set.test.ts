/**
 * Layouts the two-hundred-and-twenty-first invented corpus and the sets after it found missing, and those left from the
 * sets before (fixtures/corpus-pending). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a running footer inside the list of the present', () => {
  const doc = (footerDate: string) =>
    text([
      'VILLE DE MONTVILLIERS-SUR-AVRE',
      'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL',
      'DU MARDI 8 MARS 2016',
      '',
      'Date de la convocation : 1er mars 2016',
      'Nombre de conseillers en exercice : 15   Présents : 9   Votants : 9',
      '',
      'ÉTAIENT PRÉSENTS :',
      'BRIARD Paul, Maire                      CORNU Hélène, 1re Adjointe',
      'DAUMAS Serge                            ESNAULT Lucie',
      'FOLLAIN Marc                            GRENET Annie',
      '',
      `Conseil municipal du ${footerDate} – Procès-verbal                       Page 1 sur 4`,
      '',
      'HUREL Denis                             JACQUIN Rose',
      'LOISEL Yves',
      '',
      'ABSENTS : MARTEL Luc, NOËL Anne, OZANNE Guy, PICOT Jean, QUÉRU Léa, RENARD Éric',
      '',
      '2016-012 – TARIFS DE LA CANTINE',
      'Le Conseil municipal adopte les tarifs à l’unanimité.',
    ]);

  it('dates the session otherwise: a second date, DATE_CONFLICT', () => {
    const { summary, findings } = analyseText(doc('9 mars 2016'));
    expect(summary.session_date).toBeNull();
    expect(errorCodes(findings)).toContain('DATE_CONFLICT');
    expect(summary.present_names).toHaveLength(9);
  });

  it('the same date is no conflict', () => {
    const { summary, findings } = analyseText(doc('8 mars 2016'));
    expect(summary.session_date).toBe('2016-03-08');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a bordered table of subsidies closed by its total', () => {
  const doc = (total: string) =>
    text([
      'Commune de Vaurelle-sur-Dronne',
      'Séance du Conseil municipal du mardi 10 mai 2016',
      'En exercice : 7 — Présents : 7 — Votants : 7',
      'Présents : M. Luc ARNAUD, Maire, Mme Anne BESSE, M. Paul CHABROL, Mme Rose DUPUY, M. Jean ESTÈVE, Mme Lise FAGES, M. Guy GRELIER.',
      'Secrétaire de séance : Mme Anne BESSE.',
      '',
      '1. Subventions aux associations 2016',
      ' __________________________________________',
      '| Association                  | Montant    |',
      '|______________________________|____________|',
      // (a scan's borders read as « ] » and « l »)
      '] Comité des fêtes             l  1 200,00 € |',
      '| Club des aînés               |    450,00 € ]',
      '| Union sportive               |    950,00 € |',
      '|______________________________|____________|',
      `| TOTAL                        |  ${total} € |`,
      '',
      'Le Conseil municipal attribue les subventions à l’unanimité.',
    ]);

  it('a total that is not the sum of the rows above the rule: AMOUNT_SUM_MISMATCH', () => {
    const { findings } = analyseText(doc('2 780,00'));
    expect(errorCodes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(findings.find((f) => f.code === 'AMOUNT_SUM_MISMATCH')!.expected).toBe('2\u202f600,00 €');
  });

  it('the right total: no finding', () => {
    expect(errorCodes(analyseText(doc('2 600,00')).findings)).toEqual([]);
  });
});

describe('a table of amounts whose row wraps over two lines', () => {
  const doc = (total: string) =>
    text([
      'Communauté de communes du Val d’Ourbe',
      'Séance du conseil communautaire du 12 septembre 2012',
      'Présents : M. Paul ABADIE, Président, Mme Anne BOYER, M. Jean CAZES, Mme Rose DELMAS.',
      '',
      '1. Fonds de concours 2012',
      '   Commune                  Travaux                      Fonds de concours',
      '   Montclar                 chemin de la Barthe               15 000,00 €',
      '   Saint-Aulin              voie communale n° 3 et',
      '                            parking de l’école                12 500,00 €',
      '   Teyrac                   pont du moulin                     8 750,00 €',
      `   TOTAL                                                      ${total} €`,
      '',
      'Le conseil approuve les fonds de concours à l’unanimité.',
    ]);

  it('the row above its wrapped line is a part: the right total is no finding', () => {
    expect(errorCodes(analyseText(doc('36 250,00')).findings)).toEqual([]);
  });

  it('a wrong total is still one', () => {
    expect(errorCodes(analyseText(doc('36 520,00')).findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });
});

describe('a table totalled column by column', () => {
  const doc = (rows: string[], total: string) =>
    text([
      'Commune de Saint-Yrieix-sur-Aubette',
      'Séance du Conseil municipal du jeudi 7 décembre 2023',
      'Présents : Mme Rose ALLARD, Maire, M. Paul BRUNET, Mme Anne COMBES, M. Luc DEVAUX, Mme Ève FAURE.',
      '',
      '2023-051 – Subventions aux associations',
      'Le conseil arrête comme suit les subventions 2023, rappel fait de 2022 :',
      'Association                                   2022              2023',
      ...rows,
      `Total                                      ${total}`,
      'Adopté à l’unanimité.',
    ]);
  const page = [
    'Comité des fêtes                           4 500 €           4 800 €',
    'Football club                              6 200 €           6 200 €',
    'Commune de Saint-Yrieix-sur-Aubette – Conseil municipal du 7 décembre 2023 – 2/6',
    'Association                                   2022              2023',
    'Tennis club                                5 600 €           5 600 €',
    'Amis de la médiathèque                       900 €             950 €',
  ];

  it('each column summed past a running footer and the head repeated under it', () => {
    expect(errorCodes(analyseText(doc(page, '17 200 €          17 550 €')).findings)).toEqual([]);
    const wrong = analyseText(doc(page, '17 200 €          18 550 €')).findings.filter((f) => f.code === 'AMOUNT_SUM_MISMATCH');
    expect(wrong.map((f) => f.actual)).toEqual(['18\u202f550,00 €']);
  });

  it('a row wrapped over two lines leaves the rows uncertain: no check', () => {
    const wrapped = [page[0]!, 'Association sportive du collège', '  et de l’école                             6 200 €           6 200 €', page[4]!];
    expect(errorCodes(analyseText(doc(wrapped, '20 000 €          20 000 €')).findings)).toEqual([]);
  });
});

describe('a small commune typed in Word: roles and states after the names, no commas', () => {
  it('a role of two words after the name (« 1ere adjointe », « 2eme adjoint ») does not end a list one per line', () => {
    const { summary } = analyseText(
      text([
        'Compte-rendu de la réunion du Conseil municipal du mardi 7 juin 2016',
        'Etaient présents :',
        'Mr Paul FABRE  Maire',
        'Mme. Anne ROUX 1ere adjointe',
        'Mr Luc BRUN 2eme adjoint',
        'Mme Rose VIDAL première adjointe',
        'Mr Guy MARTIN',
        '',
        'Absents : Mr Marc COSTE.',
      ]),
    );
    expect(summary.present_names).toEqual(['Paul FABRE', 'Anne ROUX', 'Luc BRUN', 'Rose VIDAL', 'Guy MARTIN']);
  });

  it('a state after the name, a proxy after the state, in the list of the absent', () => {
    const { summary } = analyseText(
      text([
        'Séance du Conseil municipal du mardi 7 juin 2016',
        'Etaient présents : Mr Paul FABRE, Mme Anne ROUX, Mr Luc BRUN, Mr Guy MARTIN.',
        'Absents : Mr Marc COSTE absent excusé pouvoir donné à Mme Anne ROUX, Mme Rose VIDAL absente excusée, Mr Jean PONS absent excusé et Mr Yves ROCHE.',
      ]),
    );
    expect(summary.absent_names).toEqual(['Marc COSTE', 'Rose VIDAL', 'Jean PONS', 'Yves ROCHE']);
    expect(summary.proxies_list).toEqual([{ from: 'Marc COSTE', to: 'Anne ROUX' }]);
  });

  it('a state after a name inside the list of the present takes the member out of it', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du lundi 14 avril 2008',
        'Nombre de conseillers en exercice : 7 ; présents : 5 ; votants : 6',
        'Etaient présents : ARNAL Jean, DELPECH Anne, BOUYSSOU Alain absent excusé représenté par M. ARNAL, CALMETTE Henri, FOURNIÉ Lucette absente, VIALARD Guy, BORIE Rose.',
        'Secrétaire : Mme DELPECH Anne',
      ]),
    );
    expect(summary.present_names).toEqual(['ARNAL Jean', 'DELPECH Anne', 'CALMETTE Henri', 'VIALARD Guy', 'BORIE Rose']);
    expect(summary.absent_names).toContain('FOURNIÉ Lucette');
    expect(summary.proxies_list).toEqual([{ from: 'BOUYSSOU Alain', to: 'ARNAL' }]);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('« Secrétaire  Mme X » (two spaces for the colon) ends the list above and names the secretary', () => {
    const { summary } = analyseText(
      text([
        'Séance du 8 juillet 2011',
        'Présents : M. Daniel GUÉRIN, Maire ; Mmes Hélène CORNU, Josette PIAT ; Mrs Joël MAUGER et Mme Sabrina LETELLIER',
        'Absente : Mme Corinne HUET',
        '',
        'Secrétaire  Mme Sabrina LETELLIER',
      ]),
    );
    expect(summary.absent_names).toEqual(['Corinne HUET']);
    expect(summary.secretary).toBe('Sabrina LETELLIER');
  });

  it('one row per member, the state in a column aligned with spaces, the counts in words', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du 19 mai 2017',
        'Nombre de conseillers : en exercice : sept ; présents : cinq ; votants : six',
        '',
        'Mr Hubert DELACOUR, Maire                 présent',
        'Mme Ginette LEFRANC, adjointe             présente',
        'Mr Olivier TASSIN                         présent',
        'Mr Xavier LEFRANC                         absent excusé pouvoir donné à Mr TASSIN',
        'Mme Brigitte POULAIN                      présente',
        'Mr Raoul DUBUC                            présent',
        'Mme Céline AUBRY-DUBUC                    absente',
        '',
        'Votes : pour 6  contre 0  abstention 0',
      ]),
    );
    expect(summary.present_names).toEqual(['Hubert DELACOUR', 'Ginette LEFRANC', 'Olivier TASSIN', 'Brigitte POULAIN', 'Raoul DUBUC']);
    expect(summary.proxies_list).toEqual([{ from: 'Xavier LEFRANC', to: 'TASSIN' }]);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('intercommunalities: substitutes, proxies tables, bureaux', () => {
  it('« délégué suppléant siégeant avec voix délibérative en l’absence de X – Commune » is the substitute of X; the list reads on', () => {
    const { summary } = analyseText(
      text([
        'Séance du comité syndical du 20 juin 2016',
        'Présents :',
        'HUGUENOT Denis, président – Vaudrey',
        'RAPIN Colette – Lignières',
        'JOLIVET Maxime, délégué suppléant siégeant avec voix délibérative en l’absence de CHARPY Gérard – Lignières',
        'DESCHAMPS Olivier – Chamblay',
        '',
        'Secrétaire de séance : RAPIN Colette.',
      ]),
    );
    expect(summary.present_names).toEqual(['HUGUENOT Denis', 'RAPIN Colette', 'JOLIVET Maxime', 'DESCHAMPS Olivier']);
  });

  it('a proxies table « Délégué(e) absent(e) | Communauté | Pouvoir donné à », communities of several words', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du 25 février 2021',
        'Étaient présents : PERRIN Annie, MASSARD Roger, GUYOT Agnès, TRIBOULET Marcel.',
        '',
        'Pouvoirs :',
        'Délégué(e) absent(e)          Communauté                     Pouvoir donné à',
        'ROY Geneviève                 Val de Lorette                 PERRIN Annie',
        'JEANNIN Paul                  Val de Lorette                 MASSARD Roger',
        'PARIZOT Marc                  Bocage et Forêt d’Ambroise     GUYOT Agnès',
        'RICHARDOT Henri               Bocage et Forêt d’Ambroise     TRIBOULET Marcel',
        '',
        'Secrétaire de séance : Mme Agnès GUYOT',
      ]),
    );
    expect(proxyPairs(summary.proxies_list)).toEqual(['ROY Geneviève > PERRIN Annie', 'JEANNIN Paul > MASSARD Roger', 'PARIZOT Marc > GUYOT Agnès', 'RICHARDOT Henri > TRIBOULET Marcel']);
  });

  it('offices in small letters ending their lines (« 1re vice-présidente chargée des finances »), the next member below', () => {
    const { summary } = analyseText(
      text([
        'BUREAU COMMUNAUTAIRE DU LUNDI 12 SEPTEMBRE 2022',
        'Présents :',
        'Gilbert ANDRIEU, président',
        'Sabine VERDIER-LASSALLE, 1re vice-présidente chargée des finances',
        'Marc-Antoine RIGAL, 2e vice-président chargé de l’environnement et des déchets',
        'Laure FONTANILLE, 3e vice-présidente',
        'Raymond PAGÈS, membre du bureau',
        '',
        'Représentés : M. Christian BALDY, 5e vice-président, par M. Raymond PAGÈS ; Mme Françoise CARRIÈRE, 8e vice-présidente, par Mme Laure FONTANILLE.',
        'Absent : M. Sylvain ROUDIL, membre du bureau.',
      ]),
    );
    expect(summary.present_names).toEqual(['Gilbert ANDRIEU', 'Sabine VERDIER-LASSALLE', 'Marc-Antoine RIGAL', 'Laure FONTANILLE', 'Raymond PAGÈS']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Christian BALDY > Raymond PAGÈS', 'Françoise CARRIÈRE > Laure FONTANILLE']);
  });

  it('« Étaient représentés : » one pair a line, « X, maire, par Y » then « Z par W »', () => {
    const { summary } = analyseText(
      text([
        'Séance du conseil municipal du 21 septembre 2022',
        'Étaient présents : ATTOUMANI Moussa, BOURHANE Zaïnaba, SAÏDI Mariama.',
        'Étaient représentés :',
        'HAMIDOU Boinali, maire, par ATTOUMANI Moussa',
        'CHAMASSI Roukia par BOURHANE Zaïnaba',
        'MKADARA Sitti par SAÏDI Mariama',
        '',
        'Étaient absents : ANTOISSI Madi',
      ]),
    );
    // (the pairs, in whatever order the lines were read)
    expect(proxyPairs(summary.proxies_list).sort()).toEqual(['CHAMASSI Roukia > BOURHANE Zaïnaba', 'HAMIDOU Boinali > ATTOUMANI Moussa', 'MKADARA Sitti > SAÏDI Mariama']);
  });
});

describe('a PDF page laid out in two columns: titulaires on the left, substitutes, proxies and the excused on the right', () => {
  it('each right heading (« SUPPLÉANTS SIÉGEANT … », « POUVOIRS », « EXCUSÉS ») reads its own column', () => {
    const { summary, findings } = analyseText(
      text([
        'Comité syndical du 7 octobre 2014',
        'Délégués titulaires en exercice : 12',
        'Présents : 9 (dont 2 suppléants)                       Pouvoirs : 1',
        '',
        'TITULAIRES PRÉSENTS                             SUPPLÉANTS SIÉGEANT AVEC VOIX DÉLIBÉRATIVE',
        'ARNAUD Bernard (Orvaize)                        COMBE Julien (Lachamp), pour FABRE Nadine',
        'BLACHÈRE Paulette (Orvaize)                     TAULEIGNE Claire (Montselgues), pour MAZET Gaston',
        'CHABAL Roger (Lachamp)',
        'DEYGAS Noëlle (Saint-Jean)                      POUVOIRS',
        'ESCOFFIER Marc (Saint-Jean)                     PRADAL Louis (Orvaize) à ARNAUD Bernard',
        'FOURNIER Gisèle (Les Vialettes)',
        'GRANGEON Joseph (Les Vialettes)                 EXCUSÉS',
        '                                                ROCHE Marius (Orvaize)',
        '                                                BOISSY Alain (Saint-Jean)',
        '',
        'Le quorum étant atteint, le comité peut valablement délibérer.',
      ]),
    );
    expect(summary.present_names).toEqual(['ARNAUD Bernard', 'BLACHÈRE Paulette', 'CHABAL Roger', 'DEYGAS Noëlle', 'ESCOFFIER Marc', 'FOURNIER Gisèle', 'GRANGEON Joseph', 'COMBE Julien', 'TAULEIGNE Claire']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['PRADAL Louis > ARNAUD Bernard']);
    expect(summary.absent_names).toEqual(['ROCHE Marius', 'BOISSY Alain']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a typewritten register read by OCR', () => {
  it('accented letters set apart between spaces (« Pr é sents », « d é l é gu é s », « S é ance ») are joined in the words read', () => {
    const { summary } = analyseText(
      text([
        '                    S é ance du 15 octobre 1987',
        'Nombre de d é l é gu é s en exercice : huit - pr é sents : sept - votants : sept',
        'Pr é sents : MM. DUMONTET Claude, BERTHOLON Marcel, Mrne CHAMBRION Jeanine,',
        'MM. DESVIGNES Paul, FOURNERET Lucien, GIRAUDON Michel, JACQUEMET Robert.',
        'Absent excus é : M. PONCET Louis.',
        'Secr é taire de s é ance : M. GIRAUDON Michel.',
      ]),
    );
    expect([summary.members_in_office, summary.present, summary.voters]).toEqual([8, 7, 7]);
    expect(summary.present_names).toHaveLength(7);
    expect(summary.absent_names).toEqual(['PONCET Louis']);
    expect(summary.secretary).toBe('GIRAUDON Michel');
  });
});

describe('a syndicate’s delegates in a table « COMMUNES   DELEGUES PRESENTS »', () => {
  it('aligned with spaces, a rule of dashes under the titles, the commune cell on its first row only', () => {
    const { summary } = analyseText(
      text([
        'Séance du comité syndical du 14 juin 1979',
        '',
        'COMMUNES                   DELEGUES PRESENTS',
        '--------                   -----------------',
        'Aubrelle-le-Haut           M. DELMAS André, Président',
        '                           M. GRANIER Louis',
        'Sarrazac-Vieux             Mme ROUSSILHE Paulette',
        'Peyrignac-les-Combes       M. ALBOUY Robert, Vice-Président',
        '                           M. LESTRADE Gaston',
        'Saint-Just-d’Avray         M. DE LA BORIE Hubert',
        '',
        'Délégué absent excusé : M. VIDALINC Pierre (Lamothe).',
      ]),
    );
    expect(summary.present_names).toEqual(['DELMAS André', 'GRANIER Louis', 'ROUSSILHE Paulette', 'ALBOUY Robert', 'LESTRADE Gaston', 'DE LA BORIE Hubert']);
    expect(summary.absent_names).toEqual(['VIDALINC Pierre']);
  });

  it('apart by TABs, several delegates a row, a surname wrapped onto a row of its own', () => {
    const { summary } = analyseText(
      text([
        'Séance du conseil de communauté du 12 décembre 1996',
        '',
        'COMMUNE\tDELEGUES PRESENTS',
        'Brézenne\tLAPEYRE Jean-Claude, MONTAGNE Jeannine, FAURIE Paul',
        'Caussadel-le-Vieux\tVALADIÉ Henri, LASCOMBES Odette, CASTA-',
        '\tGNÉ Pierre',
        'Les Ardoues-Hautes\td’ARJUZON Philippe, TEULET Roger',
        '',
        'Absents excusés : RIVIERE Alain (Brézenne).',
      ]),
    );
    expect(summary.present_names).toHaveLength(8);
    expect(summary.present_names!.slice(0, 3)).toEqual(['LAPEYRE Jean-Claude', 'MONTAGNE Jeannine', 'FAURIE Paul']);
    expect(summary.present_names!.slice(-2)).toEqual(["d'ARJUZON Philippe", 'TEULET Roger']);
  });
});

describe('a word processor’s table aligned with runs of TABs', () => {
  it('« Membre / Fonction / Présence », a state cell « Représenté par X »', () => {
    const { summary, findings } = analyseText(
      text([
        'BUREAU SYNDICAL – Réunion du lundi 16 septembre 2024',
        'Membres du bureau en exercice : 6 – Présents : 4 – Représenté : 1 – Votants : 5',
        '',
        'Membre\t\t\tFonction\t\t\tPrésence',
        'BARRAULT Christian\t\tPrésident\t\t\tPrésent',
        'FAYE Jacqueline\t\t1re vice-présidente\t\tPrésente',
        'DEVAUX-MIRANDE Élodie\t3e vice-présidente\t\tExcusée',
        'MAZIÈRE Pascal\t\t6e vice-président\t\tReprésenté par BARRAULT Christian',
        'DUPIN Fernand\t\tMembre du bureau\t\tPrésent',
        'FAYE Maurice\t\tMembre du bureau\t\tPrésent',
        '',
        'Secrétaire de séance : Mme FAYE Jacqueline.',
      ]),
    );
    expect(summary.present_names).toEqual(['BARRAULT Christian', 'FAYE Jacqueline', 'DUPIN Fernand', 'FAYE Maurice']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['MAZIÈRE Pascal > BARRAULT Christian']);
    expect(summary.absent_names).toContain('DEVAUX-MIRANDE Élodie');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('boards and syndicates: labels between the members', () => {
  it('a member body’s name alone on its line above its delegates’ bullets (« CC du Pays d’Ollière »)', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du PETR, séance du lundi 13 juin 2016',
        'Délégués présents :',
        'CC du Pays d’Ollière',
        '- Gérard MONTEIL (Saint-Ours), Président',
        '- Nathalie BRUGIÈRE (Lanrieux)',
        'CC Montagne-de-Vergnes',
        '- Didier ROCHETTE (Vergnes), 2e vice-président',
        '- Sylvie PEGHAIRE (Vergnes)',
        '',
        'Délégués excusés : Marcelle GOURBEYRE (CC du Pays d’Ollière).',
      ]),
    );
    expect(summary.present_names).toEqual(['Gérard MONTEIL', 'Nathalie BRUGIÈRE', 'Didier ROCHETTE', 'Sylvie PEGHAIRE']);
  });

  it('colleges with their seats (« Collège des représentants des communes (4 sièges) »), offices after the names, entries cut at semicolons', () => {
    const { summary } = analyseText(
      text([
        'Conseil d’administration du SDIS du 29 juin 2012',
        'MEMBRES PRÉSENTS AVEC VOIX DÉLIBÉRATIVE',
        'Collège des représentants du Département (4 sièges)',
        'LAFARGE Henri, conseiller général du canton de Saint-Ysonne ; CHABANNES Odile ; BOUDET',
        'Jean-Claude ; BONAL Henriette.',
        'Collège des représentants des communes (3 sièges)',
        'MAGNE Lucien, maire de Vaurs-le-Château ; COUDERC-VIDAL Irène ; REBIÈRE Francis, suppléant de',
        'M. GOUNY Roger, siégeant avec voix délibérative.',
        '',
        'EXCUSÉS : GOUNY Roger (communes, suppléé).',
      ]),
    );
    expect(summary.present_names).toEqual(['LAFARGE Henri', 'CHABANNES Odile', 'BOUDET Jean-Claude', 'BONAL Henriette', 'MAGNE Lucien', 'COUDERC-VIDAL Irène', 'REBIÈRE Francis']);
  });
});

describe('a web page’s source copied as text', () => {
  it('entities decoded and inline tags removed, in the parser and in the checker', () => {
    const { summary, findings } = analyseText(
      text([
        'Accueil &gt; Le syndicat &gt; Délibérations 2012',
        'Comité syndical du jeudi 16/02/2012',
        'Délégués en exercice&nbsp;: 4 – Présents&nbsp;: 3 – Pouvoir&nbsp;: 1 – Votants&nbsp;: 4',
        'Présents&nbsp;: MM. Gérard D&#039;HAUTEVILLE et Noël BERTHIER, Mme Odile CHAMBARD.',
        'Pouvoir&nbsp;: Mme Sylvie DESBROSSES à M. Noël BERTHIER.',
        '<strong>2012-03 – Participations des communes</strong>',
        'Mervans (10 élèves)&nbsp;: 9&nbsp;100,00&nbsp;€',
        'Chaux (7 élèves)&nbsp;: 6&nbsp;370,00&nbsp;€',
        'Total&nbsp;: 15&nbsp;740,00&nbsp;€',
        'Adopté à l&#039;unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(["Gérard D'HAUTEVILLE", 'Noël BERTHIER', 'Odile CHAMBARD']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Sylvie DESBROSSES > Noël BERTHIER']);
    expect(summary.amounts_eur).toEqual([9100, 6370, 15740]);
    // (the checker reads the same lines: the wrong total is found)
    expect(errorCodes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });
});

describe('summaries published on websites', () => {
  it('« Le quorum est fixé au tiers des membres en exercice (11) » is no count of the members in office', () => {
    const { summary, findings } = analyseText(
      text([
        'Délibérations du conseil municipal du jeudi 30 juin 2022',
        'Le conseil municipal s’est réuni sous la présidence de Laurent VIGUIER, maire. Le quorum est fixé au tiers des membres en exercice (5) et chaque conseiller peut détenir deux pouvoirs.',
        'En exercice : 15 – Présents : 11 – Pouvoirs : 2 – Votants : 13',
        'Vote : unanimité',
      ]),
    );
    expect(summary.members_in_office).toBe(15);
    expect(errorCodes(findings)).not.toContain('COUNT_EXCEEDS_OFFICE');
  });

  it('a proxies table « | Délégant | Délégataire | » right under the list of the present, without a heading', () => {
    const { summary } = analyseText(
      text([
        'Compte rendu sommaire du conseil communautaire du lundi 10 février 2020',
        'Délégués en exercice : 6 – Présents : 4 – Pouvoirs : 2 – Votants : 6',
        '',
        'Présents : Philippe GAUTRAND (président), Martine ABADIE, Jean-Pierre BARTHE, Sandrine BÉDOS.',
        '',
        '| Délégant | Délégataire |',
        '|---|---|',
        '| Guy ARNAL | Philippe GAUTRAND |',
        '| Françoise BONNAFOUS | Martine ABADIE |',
        '',
        'Secrétaire de séance : Martine ABADIE.',
      ]),
    );
    expect(summary.present_names).toEqual(['Philippe GAUTRAND', 'Martine ABADIE', 'Jean-Pierre BARTHE', 'Sandrine BÉDOS']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Guy ARNAL > Philippe GAUTRAND', 'Françoise BONNAFOUS > Martine ABADIE']);
  });
});

describe('intranet exports', () => {
  it('a status cell with the office in brackets (« Présente (Maire) ») is present', () => {
    const { summary, findings } = analyseText(
      text([
        'Conseil municipal du mardi 19 novembre 2019 – Présents : 3 – Représenté : 1 – Votants : 4',
        '| NOM | Prénom | Statut | Pouvoir donné à |',
        '|---|---|---|---|',
        '| LEBRETON | Mireille | Présente (Maire) | |',
        '| GUILLOUX | Arnaud | Présent | |',
        '| PRIGENT | Yannick | Représenté | LEBRETON Mireille |',
        '| TANGUY | Loïc | Présent | |',
      ]),
    );
    expect(summary.present_names).toEqual(['LEBRETON Mireille', 'GUILLOUX Arnaud', 'TANGUY Loïc']);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('« Suppléance : X, titulaire empêché, est remplacé par Y » after the list is no member of it', () => {
    const { summary } = analyseText(
      text([
        'Conseil communautaire du 27 juin 2018',
        'Délégués présents :',
        'BOUTIN Jean-Claude (Sèvreline)',
        'CHAIGNEAU Didier (Fontvive), délégué suppléant',
        'POUPARD Éric (Allonnette)',
        '',
        'Suppléance : ROY Michel (Fontvive), délégué titulaire empêché, est remplacé par son suppléant CHAIGNEAU Didier, qui prend part aux votes.',
      ]),
    );
    expect(summary.present_names).toEqual(['BOUTIN Jean-Claude', 'CHAIGNEAU Didier', 'POUPARD Éric']);
  });
});

describe('tables of crosses and plans with their own total', () => {
  it('a grid of crosses whose header ends « A donné pouvoir à »: the column titles are no giver', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du conseil municipal du 12 juin 2014',
        'Membres en exercice : 5    Présents : 3    Pouvoirs : 1    Votants : 4',
        '',
        'NOM\tPrénom\tPrésent\tAbsent excusé\tAbsent\tA donné pouvoir à',
        'RIVIÈRE\tPaul\tX\t\t\t',
        'MARTIN\tJacqueline\tX\t\t\t',
        'COUDERC\tAlain\tX\t\t\t',
        'OLIVIER\tFrançoise\t\t\t\tRIVIÈRE Paul',
        'JOULIÉ\tSerge\t\tX\t\t',
        '',
        'Secrétaire de séance : Mme Jacqueline MARTIN.',
      ]),
    );
    expect(proxyPairs(summary.proxies_list)).toEqual(['OLIVIER Françoise > RIVIÈRE Paul']);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('a cost, its plan in bullets and the plan’s « Total » line: the total is no part', () => {
    const { findings } = analyseText(
      text([
        'Séance du conseil municipal du 26 janvier 2021',
        'Présents : M. Paul COSTE, Mme Anne ROUX, M. Luc BRUN.',
        '',
        'Le coût des travaux est estimé à 248 600 € HT. Plan de financement prévisionnel :',
        '',
        '* DETR (40 %) : 99 440 €',
        '* DSIL (30 %) : 74 580 €',
        '* Autofinancement communal (30 %) : 74 580 €',
        '* Total : 248 600 € HT',
        '',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('PDF text layers: boxes and glued cells', () => {
  it('a box of the session’s counts beside the list of the present is read, not set aside as a side box', () => {
    const { summary } = analyseText(
      text([
        'PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL MUNICIPAL – Mardi 21 mai 2019',
        '',
        'Présents : LE CORRE Hervé, JAOUEN Martine, GUILLEMOT Pascal,            Date de convocation : 14/05/2019',
        'LE HIR Annie, CORLAY Jean-Yves, OLLIVIER Chantal, LE NOAN              Conseillers en exercice : 12',
        'Bernard, RAOUL Sylvie, BOSCHER Erwan, THOMAS Nadine, LE BIHAN          Présents : 11',
        'Gwénola.                                                               Votants : 11',
        '',
        'Absents : MORVAN Gilles.',
      ]),
    );
    expect([summary.convocation_date, summary.members_in_office, summary.present, summary.voters]).toEqual(['2019-05-14', 12, 11, 11]);
    expect(summary.present_names).toHaveLength(11);
  });

  it('« Délégués présentsMM. et Mmes X – Y » glued; a tally in a table flattened « VotantsPourContreAbstention » / « 29  27  0  2 »', () => {
    const { summary } = analyseText(
      text([
        'COMITÉ SYNDICAL – SÉANCE DU JEUDI 29 NOVEMBRE 2012',
        'Délégués présentsMM.  et  Mmes  CHEVALIER Bernard  –  MARQUET Sylviane  –  DUCHÊNE Patrick  –  LEFORT Annie.',
        '',
        '1. Budget principal 2012 – décision modificative n° 3',
        'Le Comité syndical adopte la décision modificative.',
        '',
        'VotantsPourContreAbstention',
        '4        3        0        1',
      ]),
    );
    expect(summary.present_names).toEqual(['CHEVALIER Bernard', 'MARQUET Sylviane', 'DUCHÊNE Patrick', 'LEFORT Annie']);
    expect(summary.votes).toEqual({ for: 3, against: 0, abstain: 1, not_voting: 0 });
  });
});

describe('counts and footers around the lists', () => {
  it('« … lorsque le tiers de ses membres en exercice est présent (11) » is no count of the present', () => {
    const { summary } = analyseText(
      text([
        'Séance du conseil municipal du 24 février 2022',
        'Le conseil délibère valablement lorsque le tiers de ses membres en exercice est présent (3) et un conseiller peut être porteur de deux pouvoirs.',
        '| En exercice | Présents | Pouvoirs | Votants |',
        '|     9       |    6     |    2     |    8    |',
      ]),
    );
    expect([summary.members_in_office, summary.present, summary.proxies, summary.voters]).toEqual([9, 6, 2, 8]);
  });

  it('a running footer « SICTOM … – CS du 16/10/2018      1/3 » ending two columns of names is no name', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du 16 octobre 2018',
        'Délégués présents                          Délégués absents',
        'MAZAUD Christine                           ROUME Agnès',
        'LAFARGE Antoine                            VIALLE Pierre',
        'BORIE Nicole                               COUDERC Mireille',
        'SICTOM de la Vallée de l’Arnène – CS du 16/10/2018                                   1/3',
        '',
        'Le quorum étant atteint, le Président déclare la séance ouverte.',
      ]),
    );
    expect(summary.present_names).toEqual(['MAZAUD Christine', 'LAFARGE Antoine', 'BORIE Nicole']);
  });
});

describe('communautés: member bodies and proxies tables cut at TABs', () => {
  it('a proxies table « Mandant<TAB>Commune<TAB>Mandataire », one pair a row', () => {
    const { summary } = analyseText(
      text([
        'Conseil communautaire du 29 juillet 2020',
        'Présents : M. CANTAGREL Serge, Mme LOUBET Christine, M. SOUYRI Patrick.',
        '',
        'Pouvoirs :',
        'Mandant\tCommune\tMandataire',
        'Mme ALIBERT Josiane\tSaint-Juéry-d’Olt\tM. CANTAGREL Serge',
        'M. CLAVEL Thierry\tBréval-les-Ombres\tMme LOUBET Christine',
        '',
        'Absents : M. MARTY Bernard.',
      ]),
    );
    expect(proxyPairs(summary.proxies_list)).toEqual(['ALIBERT Josiane > CANTAGREL Serge', 'CLAVEL Thierry > LOUBET Christine']);
  });

  it('a member body after each delegate’s comma (« Robert X, CC de Haute-Auvézère »)', () => {
    const { summary, findings } = analyseText(
      text([
        'Comité syndical du PETR, séance du 12 octobre 2016',
        'Présents : 3',
        'Présents :',
        'Jean-Louis PEYRAMAURE, président, CC de Haute-Auvézère',
        'Robert CHAMPEAUX, CC de Haute-Auvézère',
        'Françoise BOUDY, 2e vice-présidente, CC des Portes de l’Auvézère',
        '',
        'Procurations : Pierre MAZEAUD à Robert CHAMPEAUX.',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean-Louis PEYRAMAURE', 'Robert CHAMPEAUX', 'Françoise BOUDY']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a public office’s board', () => {
  it('« ADMINISTRATEURS PRÉSENTS », college titles in small letters above their members, « ONT DONNÉ POUVOIR »', () => {
    const { summary, findings } = analyseText(
      text([
        'CONSEIL D’ADMINISTRATION DU JEUDI 10 DÉCEMBRE 2020',
        'Administrateurs en exercice : 9 | présents : 6 | pouvoirs : 2 | votants : 8',
        '',
        'ADMINISTRATEURS PRÉSENTS',
        '',
        'Désignés par le conseil communautaire parmi ses membres',
        'GRANDJEAN Maryse – présidente',
        'DELAUNAY Olivier – vice-président',
        '',
        'Personnalités qualifiées',
        'ANQUETIL Roger',
        'BELLANGER Sylvie',
        '',
        'Représentants des locataires',
        'LEFRANÇOIS Ginette – CNL',
        'DUBOSQ Alain – CLCV',
        '',
        'ONT DONNÉ POUVOIR',
        'MABIRE Stéphane à GRANDJEAN Maryse',
        'LECLUSE Frédéric à ANQUETIL Roger',
        '',
        'ABSENTS : MEZIANE Rachid (CGT)',
      ]),
    );
    expect(summary.present_names).toEqual(['GRANDJEAN Maryse', 'DELAUNAY Olivier', 'ANQUETIL Roger', 'BELLANGER Sylvie', 'LEFRANÇOIS Ginette', 'DUBOSQ Alain']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['MABIRE Stéphane > GRANDJEAN Maryse', 'LECLUSE Frédéric > ANQUETIL Roger']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a company’s board', () => {
  it('« ASSISTAIENT ÉGALEMENT, sans voix délibérative : » ends the list above it', () => {
    const { summary } = analyseText(
      text([
        'Conseil d’administration du 27 juin 2018',
        'ADMINISTRATEURS PRÉSENTS',
        '  M. Hervé PRADEL, président',
        '  Mme Josiane COMBY',
        'ADMINISTRATEUR EXCUSÉ',
        '  M. Grégoire d’ARJUZON (Ville d’Ourcenne)',
        '',
        'ASSISTAIENT ÉGALEMENT, sans voix délibérative :',
        '  M. Bastien COURTIAL, censeur, avec voix consultative',
        '  M. Nicolas FERRIOL, représentant du comité social et économique',
      ]),
    );
    expect(summary.absent_names).toEqual(["Grégoire d'ARJUZON"]);
  });
});

describe('political groups in the list', () => {
  it('« – groupe « X » » after an office, « Groupe « Y » : » before its members', () => {
    const { summary } = analyseText(
      text([
        'Séance du conseil municipal du 17 décembre 2015',
        'Présents :',
        'Mmes et MM. les Conseillers municipaux : Agnès BADOIL, Claude CHAVANNE ;',
        'Groupe « Villars ensemble » : Gérard ROCHETTE, Hélène DUMAS ;',
        'Groupe « Union républicaine » : Jacques d’ALLIÈRES, Sandra GUILLOT.',
        '',
        'Présents :',
        'LEGRAND Arnaud\tconseiller municipal – groupe « Authie citoyenne »',
        'DELVAL Sandrine\tconseillère municipale – groupe « Authie citoyenne »',
        'PETIT Aurore\tconseillère municipale',
      ]),
    );
    expect(summary.present_names).toEqual(['Agnès BADOIL', 'Claude CHAVANNE', 'Gérard ROCHETTE', 'Hélène DUMAS', "Jacques d'ALLIÈRES", 'Sandra GUILLOT', 'LEGRAND Arnaud', 'DELVAL Sandrine', 'PETIT Aurore']);
  });
});

describe('a roll call table aligned with spaces under its titles', () => {
  it('« Nom Prénom   Fonction   Présence   Pouvoir donné à » is the table’s header, no college title', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du conseil municipal du 8 février 2024',
        'Appel nominal :',
        'Nom Prénom                    Fonction                  Présence          Pouvoir donné à',
        'AUBERT Christian              1er adjoint               présent',
        'BAUDOIN Martine               2e adjointe               présente',
        'BESSON Aline                  conseillère municipale    excusée           AUBERT Christian',
        'CHABERT Raymond               Maire                     présent',
        'CLAVEL Nathalie               conseillère municipale    présente',
      ]),
    );
    expect(summary.present_names).toEqual(['AUBERT Christian', 'BAUDOIN Martine', 'CHABERT Raymond', 'CLAVEL Nathalie']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['BESSON Aline > AUBERT Christian']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a CPAS council', () => {
  it('« M. X, Bourgmestre, siégeant avec voix consultative » is no voting member', () => {
    const { summary } = analyseText(
      text([
        'Séance du Conseil de l’action sociale du 16 juin 2022',
        'Présents : Mme Nathalie VANDERELST, Présidente ;',
        'MM. Raphaël DUCHÊNE, Omar BENALI, Mme Bénédicte JOLY, Conseillers de l’action sociale ;',
        'M. Xavier DUMONT, Bourgmestre, siégeant avec voix consultative ;',
        'Mme Pascale GÉRARD, Directrice générale.',
      ]),
    );
    expect(summary.present_names).toEqual(['Nathalie VANDERELST', 'Raphaël DUCHÊNE', 'Omar BENALI', 'Bénédicte JOLY']);
  });
});

describe('a typewritten register read by OCR: a dotted roll call under a reception stamp', () => {
  it('« M, X » is a civility; the stamp’s lines set apart in the list are no members', () => {
    const { summary } = analyseText(
      text([
        'Séance du 29 mars 1985',
        'Etaient présents :',
        'M. GARRIGUES Henri ................................ Maire',
        'M, LACOMBE René ................................... 1er Adjoint',
        'Mme ALRIC Simone .................................. 2e Adjointe',
        '              SOUS-PREFECTURE DE VIALAROUX-SUR-OLT',
        '                    - 2 AVR. l985',
        '                      ARRIVEE',
        'M. MAUREL Lucien .................................. Conseiller',
        'M, COSTES Guy ..................................... Conseiller',
        '',
        'Absent excusé : M. PRADALIER Francis.',
      ]),
    );
    expect(summary.present_names).toEqual(['GARRIGUES Henri', 'LACOMBE René', 'ALRIC Simone', 'MAUREL Lucien', 'COSTES Guy']);
  });
});

describe('a register’s margin mark after two columns of names', () => {
  it('« M. VUILLAUME Denis          Vu »: the mark is no part of the list, which reads on', () => {
    const { summary } = analyseText(
      text([
        'Séance du 25 mai 2000',
        'Etaient présents :',
        'M. HUSSON Gérard, Maire                  Mme COLLIN Martine',
        'M. CLAUDEL Robert                        M. VUILLAUME Denis          Vu',
        'M. HENRY Patrick                         Mme ANTOINE Marie-Paule',
        'M. GEORGEL Marc',
        '',
        'Absents excusés : M. PETITJEAN Hervé.',
      ]),
    );
    expect(summary.present_names).toEqual(['HUSSON Gérard', 'COLLIN Martine', 'CLAUDEL Robert', 'VUILLAUME Denis', 'HENRY Patrick', 'ANTOINE Marie-Paule', 'GEORGEL Marc']);
  });
});

describe('a syndicate’s roll by college, each college’s members after its label', () => {
  it('« Collège du Département : X, Président ; Y. » / « Collège des communes riveraines : … »', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical – réunion du 9 décembre 2009',
        'Délégués présents : 5, représentant 11 voix – Votants : 11 voix',
        '',
        'Collège du Département : LAPORTE-VIGNAL Jacques, Président ; DUBREUIL Simone.',
        'Collège des communautés de communes : BOISSIÈRE Claude (CC du Val) ; MOLINES Patrick',
        '(CC des Gorges).',
        'Collège des communes riveraines : ABRIC Marie-Paule (Saint-Privat).',
        '',
        'Secrétaire de séance : Mme DUBREUIL Simone.',
      ]),
    );
    expect(summary.present_names).toEqual(['LAPORTE-VIGNAL Jacques', 'DUBREUIL Simone', 'BOISSIÈRE Claude', 'MOLINES Patrick', 'ABRIC Marie-Paule']);
    expect(summary.president).toBe('LAPORTE-VIGNAL Jacques');
  });
});
