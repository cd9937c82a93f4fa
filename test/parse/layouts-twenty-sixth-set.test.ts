/**
 * Layouts the hundred-and-seventy-ninth invented corpus and the sets after it found missing. Every case is written
 * anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('counts under a summary titled « compte rendu sommaire »', () => {
  it('« COMPTE RENDU SOMMAIRE – SÉANCE DU … » names the minutes, it is no table of contents', () => {
    const { summary } = analyseText(
      text([
        'Ville de Rochebrune-sur-Oise',
        'COMPTE RENDU SOMMAIRE – SÉANCE DU JEUDI 4 MARS 2021',
        'Conseillers municipaux en exercice : 29',
        'Présents : 20 – Pouvoirs : 6 – Votants : 26 – Absents non représentés : 3',
        '',
        'Étaient présents :',
        'Odile MARCHAL',
        'Samuel VIGNERON',
      ]),
    );
    expect(summary).toMatchObject({ members_in_office: 29, present: 20, proxies: 6, voters: 26 });
  });
});

describe('proxies written with what they are for', () => {
  it('a note on the rule in the heading: « Pouvoirs (chaque conseiller présent peut détenir deux pouvoirs) : »', () => {
    const { summary } = analyseText(
      text([
        'Séance du 10 décembre 2020',
        'Étaient présents :',
        'Irène LOMBARD',
        'Pascal TEYSSIER',
        'Nadia BENHAMOU',
        '',
        'Pouvoirs (chaque conseiller présent peut détenir deux pouvoirs) :',
        'Lucas GARNIER à Irène LOMBARD',
        'Sophie VALLET à Irène LOMBARD',
        'Hervé MOULIN à Pascal TEYSSIER',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Lucas GARNIER > Irène LOMBARD', 'Sophie VALLET > Irène LOMBARD', 'Hervé MOULIN > Pascal TEYSSIER']);
  });

  it('« a donné pouvoir de voter en son nom à M. X, et Mme Y à M. Z » in a sentence: both pairs', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du 9 novembre 2000',
        'Membres en exercice : onze. Présents : huit. Votants : dix.',
        'Présents : MM. FOURNIER, Maire, BASTIDE, CROS, DELPECH, Mmes ESCANDE, FABRIÉ, GAYRAUD, HUC.',
        'Absents excusés : M. IZARD, Mme JULIEN.',
        'Absent : M. LAGARDE.',
        'M. IZARD a donné pouvoir de voter en son nom à M. CROS, et Mme JULIEN à Mme HUC.',
        'M. BASTIDE a été élu secrétaire.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['IZARD > CROS', 'JULIEN > HUC']);
    expect(codes(findings)).toEqual([]);
  });

  it('« X donne procuration à M. Y pour voter en son nom. » under « Pouvoirs : »: the holder without the purpose', () => {
    const { summary } = analyseText(
      text([
        'Séance du 5 mai 2014',
        'Présents : M. Paul ANDRIEU, Maire, Mme Léa BOYER, M. Noël CASTAN, Mme Inès DURAND, M. Rémi ESTÈVE.',
        'Pouvoirs : pouvoir de Mme Anne FALGUIÈRE à M. Paul ANDRIEU.',
        'Mme Chloé GINESTE donne procuration à M. Noël CASTAN pour voter en son nom.',
        'M. Yves HÉRAIL donne procuration à Mme Léa BOYER pour voter en son nom.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Anne FALGUIÈRE > Paul ANDRIEU', 'Chloé GINESTE > Noël CASTAN', 'Yves HÉRAIL > Léa BOYER']);
  });

  it('« (procuration à M. le Maire) » after an excused member: the maire presiding holds it', () => {
    const { summary } = analyseText(
      text([
        'Séance du vendredi 6 février 1998',
        "L'an mil neuf cent quatre-vingt-dix-huit, le six février, le Conseil Municipal s'est réuni sous la présidence de M. Gaston RIEUX, Maire.",
        'Sont présents MM. et Mmes : AUGÉ, BALDY, CAYLA, DELMAS, ESPIÉ.',
        'Absents excusés : M. FOULQUIER, Mme GRÈZES (procuration à M. le Maire).',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['GRÈZES > Gaston RIEUX']);
    expect(summary.absent_names).toEqual(['FOULQUIER', 'GRÈZES']);
  });
});

describe('who presides, who substitutes', () => {
  it('« Vice-présidente, présidente de séance » among the present chairs, not the president listed excused', () => {
    const { summary } = analyseText(
      text([
        'CENTRE COMMUNAL D’ACTION SOCIALE DE VAUBERTIN',
        'PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D’ADMINISTRATION DU MARDI 7 JUIN 2016',
        'Présents :',
        'LEMAIRE Odette, Vice-présidente, présidente de séance ;',
        'CARON Hugues, PETIT Alice, membres élus ;',
        'Excusés : BRASSEUR Jean, Maire, Président ; DUCHÊNE Paul, membre élu.',
      ]),
    );
    expect(summary.president).toBe('LEMAIRE Odette');
  });

  it('« mairesse suppléante de Saint-X » is an office in that town: the list goes on after it', () => {
    const { summary } = analyseText(
      text([
        'Procès-verbal de la séance ordinaire du conseil de la MRC, tenue le mercredi 11 juin 2008.',
        'Sont présents :',
        'M. Roch GAGNON, préfet et maire de Saint-Alphonse-du-Lac',
        'Mme Lise PARENT, mairesse suppléante de Saint-Cyprien-des-Monts',
        'M. Jules FORTIN, maire de Lac-aux-Hérons',
        'Mme Diane CÔTÉ, mairesse de Val-des-Bouleaux',
        '',
        'Est absent : M. Paul TREMBLAY, maire de Sainte-Agathe-du-Rang',
      ]),
    );
    expect(summary.present_names).toEqual(['Roch GAGNON', 'Lise PARENT', 'Jules FORTIN', 'Diane CÔTÉ']);
  });

  it('« délégué suppléant de la commune de X, siégeant … en remplacement de M. Y »: a substitution, the attendance complete', () => {
    const { parsed, findings } = analyseText(
      text([
        'COMITÉ SYNDICAL – Réunion du jeudi 17 octobre 1996',
        'Date de convocation : 8 octobre 1996',
        'Délégués en exercice : 8 – Présents : 6 – Votants : 7',
        'Présents : MM. et Mmes ARNAUD Paul, BLANC Marie, CHAZAL Louis, DURAND Rose, EYMARD Jean, et M. FAURE Émile, délégué suppléant de la commune de Vals-le-Bas, siégeant avec voix délibérative en remplacement de M. GIRARD Jules.',
        'Pouvoirs : M. HUGON Léon à M. ARNAUD Paul.',
        'Excusés : MM. GIRARD Jules, ISSARTEL Marc.',
      ]),
    );
    expect(parsed.session.attendance.substitutions.map((s) => `${s.titular.name} > ${s.substitute.name}`)).toEqual(['GIRARD Jules > FAURE Émile']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('tables of states', () => {
  it('a table with a status column whose letters a legend explains: R with its holder (« le Président »), S with the substitute', () => {
    const { summary } = analyseText(
      text([
        'COMMUNAUTÉ DE COMMUNES DU HAUT-VERNAZOU',
        'Conseil communautaire – Séance du mardi 16 avril 2024',
        'Conseillers communautaires en exercice : 9',
        'Présents : 6 (dont 1 suppléante) – Représentés : 2 – Votants : 8',
        'Le conseil communautaire s’est réuni sous la présidence de M. Alain BRUNEL, Président.',
        '',
        'Légende : P = présent(e) ; R = représenté(e) (pouvoir) ; E = excusé(e) ; S = excusé(e), remplacé(e) par son suppléant',
        '',
        'Commune\tConseiller(ère)\tStatut\tPouvoir à / suppléé(e) par',
        'Vernazou\tBRUNEL Alain (Président)\tP',
        'Vernazou\tCOSTE Hélène\tP',
        'Vernazou\tDUMONT Luc\tR\tle Président',
        'Lagarde\tESTIVAL Marc\tP',
        'Lagarde\tFABRE Nina\tR\tESTIVAL Marc',
        'Lagarde\tGUIRAUD Léo\tE',
        'Puech-Haut\tHUGON Yves\tS\tHUGON Anne',
        'Puech-Haut\tHUGON Anne (suppléante)\tP',
        'Puech-Haut\tIZARD Paul\tP',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['DUMONT Luc > BRUNEL Alain', 'FABRE Nina > ESTIVAL Marc']);
    expect(summary.present_names).toEqual(['BRUNEL Alain', 'COSTE Hélène', 'ESTIVAL Marc', 'HUGON Anne', 'IZARD Paul']);
    expect(summary.absent_names).toEqual(['GUIRAUD Léo', 'HUGON Yves']);
  });

  it('a presence sheet whose name cells carry the office after a comma (« CORNU Bastien, maire »)', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du conseil municipal du vendredi 16 janvier 2026',
        'Membres en exercice : 6 – Présents : 4 – Procuration : 1 – Votants : 5',
        '',
        'Conseiller\tPrésent\tAbsent\tProcuration donnée à',
        'LAVAL Bruno, maire\tX\t\t',
        'MONTEL Ariane, 1re adjointe\tX\t\t',
        'NOYER Paul\tX\t\t',
        'ORLIAC Sylvie\tX\t\t',
        'PAGÈS Hugo\t\tX\tNOYER Paul',
        'QUERCY Jean\t\tX\t',
      ]),
    );
    expect(summary.present_names).toEqual(['LAVAL Bruno', 'MONTEL Ariane', 'NOYER Paul', 'ORLIAC Sylvie']);
    expect(pairs(summary.proxies_list)).toEqual(['PAGÈS Hugo > NOYER Paul']);
    expect(codes(findings)).toEqual([]);
  });

  it('columns headed by one letter each, « P | E | A | R | Pouvoir à », with no legend', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du jeudi 13 octobre 2022',
        'Délégués titulaires en exercice : 7 – Présents : 4 – Représentés : 1 – Votants : 5',
        '',
        'Délégué titulaire\tCollectivité membre\tP\tE\tA\tR\tPouvoir à',
        'ROUSSEL Marc (président)\tCC du Val\tX\t\t\t\t',
        'SIMON Claire\tCC du Val\tX\t\t\t\t',
        'TESSIER Luc\tCC du Val\t\tX\t\t\t',
        'URBAIN Anne\tCA Nord\tX\t\t\t\t',
        'VIDAL Paul\tCA Nord\t\t\t\tX\tROUSSEL Marc',
        'WEBER Nadia\tCA Nord\t\t\tX\t\t',
        'XAVIER Léon\tCommune de Brux\tX\t\t\t\t',
      ]),
    );
    expect(summary.present_names).toEqual(['ROUSSEL Marc', 'SIMON Claire', 'URBAIN Anne', 'XAVIER Léon']);
    expect(pairs(summary.proxies_list)).toEqual(['VIDAL Paul > ROUSSEL Marc']);
    expect([...summary.absent_names!].sort()).toEqual(['TESSIER Luc', 'WEBER Nadia']);
  });
});

describe('counts said in a sentence', () => {
  it('« Le nombre des conseillers présents étant de vingt et un, soit plus de la moitié des vingt-sept membres en exercice »', () => {
    const { summary } = analyseText(
      text([
        'Séance du onze décembre deux mille douze',
        'Assistaient à la séance : M. Jean VIALA, Maire, Mme Rose ALBERT, M. Luc BRUN.',
        'Le nombre des conseillers présents étant de vingt et un, soit plus de la moitié des vingt-sept membres en exercice, le Conseil a pu valablement délibérer. Nombre de votants : vingt-cinq.',
      ]),
    );
    expect(summary).toMatchObject({ present: 21, members_in_office: 27, voters: 25 });
  });
});

describe('what small communes publish instead of an extract', () => {
  it('a notice whose items are bullets « • Topic : … » each closing with its outcome, no blank line between them', () => {
    const { parsed, findings } = analyseText(
      text([
        'COMPTE RENDU DU CONSEIL MUNICIPAL DU 12 SEPTEMBRE 2023',
        'Nombre de conseillers en exercice : 11 – votants : 11.',
        'Tous les conseillers en exercice étaient présents.',
        '',
        '• Réfection du mur du cimetière : devis de l’entreprise MAURY retenu pour 12 480 € HT.',
        '  8 pour, 3 contre.',
        '• Cantine scolaire : tarif du repas porté à 3,40 €. Unanimité.',
        '• Recrutement d’un agent technique saisonnier : unanimité.',
      ]),
    );
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Réfection du mur du cimetière', 'Cantine scolaire', 'Recrutement d’un agent technique saisonnier']);
    expect(parsed.deliberations[0]!.vote).toMatchObject({ for: 8, against: 3, unanimous: false });
    expect(codes(findings)).toEqual([]);
  });

  it('a bulletin page: paragraphs titled « Topic : … » closing with their outcome are items, a unanimity with votes against contradicted', () => {
    const { parsed, findings } = analyseText(
      text([
        'ÉCHOS DU CONSEIL',
        'Séance du jeudi 14 mars 2024',
        'Étaient présents : Anne Kerlo, Yves Le Du, Léna Morvan, Paul Guivarch, Rose Bihan.',
        'Secrétaire : Léna Morvan.',
        '',
        'Garderie : nouveaux horaires',
        'La garderie ouvrira à 7 h 15 à la rentrée. Adopté à l’unanimité (4 voix pour, 1 contre : Paul Guivarch).',
        '',
        'Voirie : le programme 2024 est arrêté',
        'Les travaux de la route de Kerhuel sont confiés à l’entreprise Le Gall pour 48 300 € HT. Unanimité.',
        '',
        'Questions diverses : la collecte des encombrants aura lieu le 6 avril.',
      ]),
    );
    expect(parsed.deliberations.slice(0, 2).map((d) => d.subject)).toEqual(['Garderie : nouveaux horaires', 'Voirie : le programme 2024 est arrêté']);
    expect(parsed.deliberations[0]!.vote).toMatchObject({ for: 4, against: 1 });
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });

  it('attendance told in a bulletin’s sentences: « Autour de X, maire, étaient réunis : … », proxies and absences without civility', () => {
    const { summary, findings } = analyseText(
      text([
        'ÉCHOS DU CONSEIL – Séance du mardi 16 janvier 2024',
        'Présents : 6 – Pouvoirs : 2 – Votants : 8',
        '',
        'Autour de Gilles Marchand, maire, étaient réunis : Sophie Leroy, Thomas Girard, Nadia Faure, Hugo Lemaire',
        'et Claire Roux. Marc Perrin avait donné pouvoir à Sophie Leroy et Julie Bonnet à Gilles Marchand.',
        'Alain Dupuis et Inès Caron étaient absents. Claire Roux a été désignée secrétaire de séance.',
        '',
        'Voirie communale',
        'Le programme 2024 est adopté à l’unanimité.',
      ]),
    );
    expect(summary.president).toBe('Gilles Marchand');
    expect(summary.present_names).toEqual(['Gilles Marchand', 'Sophie Leroy', 'Thomas Girard', 'Nadia Faure', 'Hugo Lemaire', 'Claire Roux']);
    expect(pairs(summary.proxies_list)).toEqual(['Marc Perrin > Sophie Leroy', 'Julie Bonnet > Gilles Marchand']);
    expect(summary.absent_names).toEqual(['Alain Dupuis', 'Inès Caron']);
    expect(codes(findings)).toEqual([]);
  });

  it('« le conseil comptait 12 présents : … » is the count of the list after it; « Le secrétariat de séance a été assuré par X »', () => {
    const { summary } = analyseText(
      text([
        'ÉCHOS DU CONSEIL – Séance du lundi 13 mai 2024',
        'Réuni à 18 h 30 sous la présidence de Mme Rose ALIBERT, maire, le conseil comptait 4 présents : Rose ALIBERT,',
        'Jean MAS, Léa AZAÏS, Marc CABROL.',
        'Le secrétariat de séance a été assuré par Léa AZAÏS.',
      ]),
    );
    expect(summary.present).toBe(4);
    expect(summary.present_names).toEqual(['Rose ALIBERT', 'Jean MAS', 'Léa AZAÏS', 'Marc CABROL']);
    expect(summary.secretary).toBe('Léa AZAÏS');
  });
});

describe('groupings and their delegates', () => {
  it('a roll by college with no heading, and the counts in a sentence « Sur les 12 délégués …, 9 étaient présents et 1 était représenté »', () => {
    const { summary, findings } = analyseText(
      text([
        'Comité syndical – Séance du mercredi 15 mai 2013',
        'Le comité syndical s’est réuni sur convocation du Président en date du 6 mai 2013, sous la présidence de M. Paul ARNAUD.',
        '',
        'Sur les 6 délégués composant le comité syndical, 4 étaient présents et 1 était représenté ; le quorum est atteint.',
        '',
        'Collège de la Région (2 délégués)',
        'M. Paul ARNAUD, Président',
        'Mme Léa BRUN',
        '',
        'Collège des EPCI (4 délégués)',
        'CC du Val : M. Marc COSTE',
        'CA Nord Agglo : Mme Rose DURAND',
        '',
        'Excusés : Mme Anne ESTÈVE (pouvoir à M. Marc COSTE), M. Luc FABRE',
      ]),
    );
    expect(summary).toMatchObject({ present: 4, proxies: 1 });
    expect(summary.present_names).toEqual(['Paul ARNAUD', 'Léa BRUN', 'Marc COSTE', 'Rose DURAND']);
    expect(codes(findings)).toEqual([]);
  });

  it('« sept délégués siégeaient avec voix délibérative et huit ont pris part aux votes »', () => {
    const { summary } = analyseText('Séance du jeudi 20 mars 2003\nLe comité compte neuf délégués titulaires en exercice ; sept délégués siégeaient avec voix délibérative et huit ont pris part aux votes.\n');
    expect(summary).toMatchObject({ members_in_office: 9, present: 7, voters: 8 });
  });

  it('a table « | Membre | Délégué | Voix | Présence | »: the member body first, the delegate in the second column', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical – Séance du mardi 19 novembre 2024',
        '| Membre | Délégué | Voix | Présence |',
        '|---|---|---|---|',
        '| CC du Pays Haut | M. Jean ABADIE | 6 | Présent |',
        '| Commune de Lestelle | Mme Anne BORDES | 4 | Présente |',
        '| Commune de Puylaurès | M. Paul CASSOU | 3 | Pouvoir à M. ABADIE |',
        '| Commune de Monbrun | Mme Ana DUFAU | 2 | Excusée |',
        '| CC de la Nérasse | M. Luc ESTRADE | 5 | Présent |',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean ABADIE', 'Anne BORDES', 'Luc ESTRADE']);
    expect(pairs(summary.proxies_list)).toEqual(['Paul CASSOU > ABADIE']);
    expect(summary.absent_names).toEqual(['Ana DUFAU']);
  });

  it('a legend « T / S / T/S / E / A / P »: a titular with a sitting substitute in no list, the excused named again under the table once', () => {
    const { summary, findings } = analyseText(
      text([
        'Comité syndical du vendredi 26 septembre 2008',
        'Délégués en exercice : 6 ; délégués présents ayant voix délibérative : 4 ; pouvoir : 1 ; votants : 5',
        'Feuille de présence (T : titulaire présent – S : suppléant siégeant avec voix délibérative – T/S : titulaire et suppléant présents, le suppléant sans voix délibérative – E : excusé – A : absent – P : pouvoir)',
        '',
        'Commune | Titulaire | Suppléant | Présence',
        'Sarrat | Gérard PONS | Laurent AMBLARD | T',
        'Cayrol | Josette AUSSEL | Raymond MARTIN | T/S',
        'Cantoin | Paul ROQUE | Michel CAYLA | S',
        'Vézins | Yannick BESSE | Florence TAURIN | E',
        'Ancre | Bernard VIGUIÉ | Nadia HAMRI | P',
        'Brousse | Gisèle MAZARS | Pierre GINESTE | A',
        '',
        'Excusé : M. Yannick BESSE',
        'Absente : Mme Gisèle MAZARS',
        'Pouvoir : M. Bernard VIGUIÉ à M. Gérard PONS',
      ]),
    );
    expect(summary.present_names).toEqual(['Gérard PONS', 'Josette AUSSEL', 'Michel CAYLA']);
    expect([...summary.absent_names!].sort()).toEqual(['Gisèle MAZARS', 'Yannick BESSE']);
    expect(pairs(summary.proxies_list)).toEqual(['Bernard VIGUIÉ > Gérard PONS']);
    expect(codes(findings)).not.toContain('DUPLICATE_MEMBER');
  });

  it('« (pouvoir à M. Patrick X, suppléant siégeant) »: the holder without the qualifier', () => {
    const { summary } = analyseText(
      text([
        'Séance du 24 février 2009',
        'Étaient présents : M. Bernard GUYOT, M. Lucien MORIZOT, M. Patrick BOISSENOT, suppléant de M. Daniel COLLARDOT.',
        'Excusés : M. Daniel COLLARDOT, M. André PERNOT (pouvoir à M. Patrick BOISSENOT, suppléant siégeant).',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['André PERNOT > Patrick BOISSENOT']);
  });
});

describe('more wordings of the first vote and of attendance', () => {
  it('a sentence correcting the minutes (« le compte rendu indique 15 voix pour …, alors que le vote a été de 14 voix pour … ») is no vote', () => {
    const { summary } = analyseText(
      text([
        'COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 11 AVRIL 2018',
        'Etaient présents : M. Gérard TOUSSAINT, Mme Hélène FAUVEL, M. Kader MESSAOUDI. Secrétaire de séance : Mme Hélène FAUVEL.',
        'M. le Maire propose d’inscrire à l’ordre du jour un point supplémentaire. Le conseil municipal accepte à l’unanimité.',
        'Compte rendu du Conseil Municipal du 14 mars 2018 Mme Hélène FAUVEL demande que le vote sur le point n° 4 soit corrigé : le compte rendu indique 15 voix pour et 3 abstentions, alors que le vote a été de 14 voix pour et 4 abstentions. La correction sera apportée.',
      ]),
    );
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('Québec: « … et à laquelle assistaient le maire, Monsieur X, les conseillers Madame Y, Monsieur Z et Madame W. »', () => {
    const { summary } = analyseText(
      text([
        'PROVINCE DE QUÉBEC',
        'Séance ordinaire du Conseil de cette municipalité tenue le 7 juillet 2014 à 19h35 à la salle du conseil, et à laquelle assistaient le maire,',
        'Monsieur Clément BOUTIN, les conseillers Madame Lise FOURNIER, Monsieur',
        'Jean-Guy POIRIER et Madame Chantale LECLERC.',
        'Madame Josée PELLETIER, conseillère du district # 5, est absente.',
      ]),
    );
    expect(summary.present_names).toEqual(['Clément BOUTIN', 'Lise FOURNIER', 'Jean-Guy POIRIER', 'Chantale LECLERC']);
    expect(summary.absent_names).toEqual(['Josée PELLETIER']);
  });
});
