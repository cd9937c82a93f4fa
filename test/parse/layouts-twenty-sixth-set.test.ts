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

describe('text as a PDF’s text layer gives it', () => {
  it('a table extracted one cell per line whose empty « Pouvoir à » cells were dropped, across an ACTES stamp and the header again', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du 18 juin 2019',
        'Nombre de conseillers',
        'en exercice',
        '7',
        'présents',
        '5',
        'pouvoirs',
        '1',
        'votants',
        '6',
        'Nom Prénom',
        'Fonction',
        'Présence',
        'Pouvoir à',
        'LABORDE Jean',
        'Maire',
        'présent',
        'DUFAU Henri',
        '2e adjoint',
        'excusé',
        'LABORDE Jean',
        'PÉDAUGÉ Lucie',
        '3e adjointe',
        'présente',
        'Reçu en préfecture le 24/06/2019',
        'Affiché le 24/06/2019',
        'ID : 065-216502491-20190618-2019_031-DE',
        'Page 1/2',
        'Nom Prénom',
        'Fonction',
        'Présence',
        'Pouvoir à',
        'SOUBIRON Alain',
        'conseiller',
        'présent',
        'ABADIE Ginette',
        'conseillère',
        'présente',
        'CASTÉRA Julie',
        'conseillère',
        'présente',
        'HOURCADE Sylvain',
        'conseiller',
        'absent',
      ]),
    );
    expect(summary.present_names).toEqual(['LABORDE Jean', 'PÉDAUGÉ Lucie', 'SOUBIRON Alain', 'ABADIE Ginette', 'CASTÉRA Julie']);
    expect(pairs(summary.proxies_list)).toEqual(['DUFAU Henri > LABORDE Jean']);
    expect([...summary.absent_names!].sort()).toEqual(['DUFAU Henri', 'HOURCADE Sylvain']);
    expect(codes(findings)).toEqual([]);
  });

  it('rows of checkboxes: words « ☐ Présent ☒ Excusé ☐ Absent Pouvoir à : X », or columns named once above « X ☐ ☒ ☐ Y »', () => {
    const words = analyseText(
      text([
        'Séance du mercredi 10 juin 2020',
        'Conseillers en exercice : 5   Présents : 3   Pouvoirs : 1   Votants : 4',
        'ARNAUD Sébastien, Maire ☒ Présent ☐ Excusé ☐ Absent',
        'BOUVIER Odile, 1re adjointe ☒ Présent ☐ Excusé ☐ Absent',
        'LAROCHE Philippe ☐ Présent ☒ Excusé ☐ Absent Pouvoir à : ARNAUD Sébastien',
        'DIALLO Aïssatou ☒ Présent ☐ Excusé ☐ Absent',
        'NGUYEN Thanh ☐ Présent ☐ Excusé ☒ Absent',
      ]),
    );
    expect(words.summary.present_names).toEqual(['ARNAUD Sébastien', 'BOUVIER Odile', 'DIALLO Aïssatou']);
    expect(pairs(words.summary.proxies_list)).toEqual(['LAROCHE Philippe > ARNAUD Sébastien']);
    const columns = analyseText(
      text([
        'Séance du 27 novembre 2018',
        'NOM Prénom Présent Excusé Absent Pouvoir donné à',
        'ROCHAS Philippe ☒ ☐ ☐',
        'GIROUD Éliane ☒ ☐ ☐',
        'DESCHAMPS Aurélie ☐ ☒ ☐ ROCHAS Philippe',
        'FAVRE Bruno ☒ ☐ ☐',
        'ZAMBELLI Franck ☐ ☐ ☒',
      ]),
    );
    expect(columns.summary.present_names).toEqual(['ROCHAS Philippe', 'GIROUD Éliane', 'FAVRE Bruno']);
    expect(pairs(columns.summary.proxies_list)).toEqual(['DESCHAMPS Aurélie > ROCHAS Philippe']);
    expect([...columns.summary.absent_names!].sort()).toEqual(['DESCHAMPS Aurélie', 'ZAMBELLI Franck']);
  });

  it('a table whose cells the extraction glued, the header too: « NOM PrénomCollectivitéReprésentéHOLDER Prénom »', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du jeudi 22 janvier 2026',
        'Délégués en exercice : 5 | Présents : 3 | Représentés : 1 | Votants : 4',
        'Délégué titulaireCollectivitéPrésenceProcuration à',
        'BRUNEL MarcCC des Coteaux de SérènePrésent',
        'CASTAING HélèneCC des Coteaux de SérènePrésente',
        'DARRIGADE LouisCC des Coteaux de SérèneReprésentéBRUNEL Marc',
        'JEANTET DanielCA du Val de LuzePrésent',
        'SARRAILH JacquesCA du Val de LuzeExcusé',
      ]),
    );
    expect(summary.present_names).toEqual(['BRUNEL Marc', 'CASTAING Hélène', 'JEANTET Daniel']);
    expect(pairs(summary.proxies_list)).toEqual(['DARRIGADE Louis > BRUNEL Marc']);
    expect(summary.absent_names).toEqual(['SARRAILH Jacques']);
    expect(codes(findings)).toEqual([]);
  });

  it('a page break inside a list: the ACTES stamp, a bare « 1/3 », a footer’s address and the running header are no entries', () => {
    const stamp = analyseText(
      text([
        'SÉANCE DU MARDI 17 OCTOBRE 2023',
        'Présents : 4',
        'Étaient présents :',
        '• Mme Frédérique MOUROT, Maire',
        '• M. Alain PERNOT, 1er adjoint',
        'Envoyé en préfecture le 20/10/2023',
        'Reçu en préfecture le 20/10/2023',
        'ID : 021-212104567-20231017-DCM2023_052-DE',
        'Page 1/3',
        'Commune de Prunelay – Conseil municipal du 17 octobre 2023',
        '• Mme Isabelle DA SILVA',
        '• M. Hervé BONNARDOT',
        'Absent : M. Lionel GAUTHEY',
      ]),
    );
    expect(stamp.summary.present_names).toEqual(['Frédérique MOUROT', 'Alain PERNOT', 'Isabelle DA SILVA', 'Hervé BONNARDOT']);
    const footer = analyseText(
      text([
        'Séance du lundi 23 juin 2014',
        'Conseillers en exercice : 5      Présents : 4      Votants : 4',
        'Étaient présents :',
        '• M. Gilbert TRONC, Maire',
        '• Mme Évelyne BOMPARD, 1re adjointe',
        'Mairie – 1 place de l’Église – 26340 FERRANDIÈRES – Tél. 04 75 21 60 18',
        '1/3',
        'Commune de Ferrandières – Séance du 23 juin 2014',
        '• Mme Aurélie DUNIÈRE',
        '• M. Pascal VÉROT',
        'Absent : M. Henri VALLIÈRES',
      ]),
    );
    expect(footer.summary.present_names).toEqual(['Gilbert TRONC', 'Évelyne BOMPARD', 'Aurélie DUNIÈRE', 'Pascal VÉROT']);
    expect(codes(footer.findings)).toEqual([]);
  });

  it('a heading glued to its first entry « Absents excusés ayant donné pouvoirM. X à M. Y »; « (représenté par M. X, suppléant) » no proxy', () => {
    const glued = analyseText(
      text([
        'Séance du vendredi 9 avril 2010',
        'PrésentsM. Didier LEFEBVRE, Mme Nathalie DUBRULLE, M. Grégoire DELANNOY',
        'Absents excusés ayant donné pouvoirM. Francis DEBAVELAERE à M. Didier LEFEBVRE, Mme Colette',
        'BOULANGER à Mme Nathalie DUBRULLE',
        'Absents excusésM. Alain BEAUCAMP',
      ]),
    );
    expect(pairs(glued.summary.proxies_list)).toEqual(['Francis DEBAVELAERE > Didier LEFEBVRE', 'Colette BOULANGER > Nathalie DUBRULLE']);
    const substitute = analyseText(
      text([
        'Séance du 20 novembre 2008',
        'Délégués en exercice : 4 – Présents : 4 – Votants : 4',
        'Étaient présents :',
        'Roquefière : M. Émile ARMENGAUD, Mme Danièle BOYER',
        'Bournac : M. René MARTY (représenté par M. Thomas NÈGRE, suppléant), Mme Sandrine OULÈS',
      ]),
    );
    expect(substitute.summary.proxies_list ?? []).toEqual([]);
    expect(substitute.parsed.session.attendance.substitutions.map((s) => `${s.titular.name} > ${s.substitute.name}`)).toEqual(['René MARTY > Thomas NÈGRE']);
    expect(codes(substitute.findings)).toEqual([]);
  });

  it('a two-column proxies table read one cell per line: « Délégué absent » / « A donné pouvoir à » / giver / holder / …', () => {
    const { summary } = analyseText(
      text([
        'Séance du 29 juin 2023',
        'Délégués présents :',
        'RAVEL Bénédicte AUGIER Cyril BALDACCI Luca',
        'Délégué absent',
        'A donné pouvoir à',
        'BONNET Aline',
        'AUGIER Cyril',
        'DURAND-ROUX Michel',
        'RAVEL Bénédicte',
        'Absents excusés : ARNOUX Pierre, GRANGEON Léa',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['BONNET Aline > AUGIER Cyril', 'DURAND-ROUX Michel > RAVEL Bénédicte']);
    expect(summary.absent_names).toEqual(['ARNOUX Pierre', 'GRANGEON Léa']);
  });

  it('a roll by office with no heading and no article: « Président : M. X » / « Vice-présidents : … » / « Conseillers départementaux : … »', () => {
    const { summary } = analyseText(
      text([
        'COMMISSION PERMANENTE DU LUNDI 8 JUILLET 2024',
        'Membres en exercice : 8 – Présents : 6 – Pouvoirs : 1 – Votants : 7',
        '',
        'Président : M. Honoré KARAPETIAN',
        'Vice-présidents : Mme Ghislaine AUBERTIN, M. Adrien DAGUERRE',
        'Conseillers départementaux : M. Sékou ABADIE, Mme Inês POUJOL, M. Luca d’HERBÈS',
        '',
        'Absents excusés : Mme Marie PAYET',
        '',
        'Pouvoirs : M. Maxime BERGERET à Mme Ghislaine AUBERTIN',
      ]),
    );
    expect(summary.present_names).toEqual(['Honoré KARAPETIAN', 'Ghislaine AUBERTIN', 'Adrien DAGUERRE', 'Sékou ABADIE', 'Inês POUJOL', "Luca d'HERBÈS"]);
    expect(summary.president).toBe('Honoré KARAPETIAN');
  });

  it('a budget told sections first, its whole after them: « … à 84,6 millions d’euros et en section d’investissement à 31,9 millions d’euros, soit un budget total de 115,5 millions d’euros »', () => {
    const wrong = analyseText('Séance du 27 mars 2025\nRAPPORT N° 2025-03-001 – Budget primitif 2025\nLe budget primitif 2025 s’équilibre en section de fonctionnement à 84,6 millions d’euros et en section d’investissement à 31,9 millions d’euros, soit un budget total de 115,5 millions d’euros.\n');
    expect(codes(wrong.findings)).toContain('AMOUNT_SUM_MISMATCH');
    const right = analyseText('Séance du 27 mars 2025\nRAPPORT N° 2025-03-001 – Budget primitif 2025\nLe budget primitif 2025 s’équilibre en section de fonctionnement à 84,6 millions d’euros et en section d’investissement à 31,9 millions d’euros, soit un budget total de 116,5 millions d’euros.\n');
    expect(codes(right.findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });
});

describe('the text OCR gives of scans', () => {
  it('a reception stamp pushed close to the list (« Mme Monique   Reçu le » / « M. Pierre-Jean    24 OCT. 1989 ») is no part of it', () => {
    const { summary } = analyseText(
      text([
        'SEANCE DU CONSEIL MUNICIPAL DU LUNDI 16 OCTOBRE 1989',
        'Nombre de conseillers : en exercice 7 - presents 5 - votants 5',
        'Etaient presents : M. Joseph KERGOAT, Maire ; Mme Anne LE FUR,',
        'M. Loic CADIOU, Mme Monique                      Reçu le',
        'LE BORGNE, M. Christian MADEC, M. Pierre-Jean    24 OCT. 1989',
        'DERRIEN, Conseillers municipaux.',
        'Absent excuse : M. Ronan KERDRAON.',
      ]),
    );
    expect(summary.present_names).toEqual(['Joseph KERGOAT', 'Anne LE FUR', 'Loic CADIOU', 'Monique LE BORGNE', 'Christian MADEC', 'Pierre-Jean DERRIEN']);
  });

  it('words OCR cut before « ç », « ë » (« Fran çoise », « Jo ëlle ») and before an accent across a line’s hyphen (« pr ési- / dence »)', () => {
    const { summary } = analyseText(
      text([
        'Seance ordinaire du 30 mai 1994',
        'L’an mil neuf cent quatre-vingt-quatorze, le trente mai, le Conseil Municipal s’est reuni sous la pr ési-',
        'dence de M. Roland PERRUCHOT, Maire.',
        'Pr ésents : MM. Roland PERRUCHOT, Daniel COURTOT, Mmes Simone GRANDJEAN, Fran çoise PIOT.',
        'Absents : Mme Jo ëlle GUITTON.',
        'Secretaire de seance : Mme Fran çoise PIOT.',
      ]),
    );
    expect(summary.president).toBe('Roland PERRUCHOT');
    expect(summary.present_names).toEqual(['Roland PERRUCHOT', 'Daniel COURTOT', 'Simone GRANDJEAN', 'Françoise PIOT']);
    expect(summary.absent_names).toEqual(['Joëlle GUITTON']);
    expect(summary.secretary).toBe('Françoise PIOT');
  });

  it('a scan’s marks ending a line after a gap (« … (Fontrieu-Haut) ;   ¦ \' ») do not end the list', () => {
    const { summary } = analyseText(
      text([
        'Seance du jeudi 9 fevrier 2017',
        'Delegues presents :',
        'PELLISSIER Bernard, MAURIN Agnes (Sorgeade) ; DELEUZE Marc, FLORIT Sandra (Fontrieu-Haut) ;   ¦ \'',
        'BOISSIER Claude (Saint-Privat) ; OLLIER Fernand, CHAPTAL Irene (Brenoux).',
        '',
        'Absents excuses : ESTOURNEL Marie (Sorgeade).',
      ]),
    );
    expect(summary.present_names).toEqual(['PELLISSIER Bernard', 'MAURIN Agnes', 'DELEUZE Marc', 'FLORIT Sandra', 'BOISSIER Claude', 'OLLIER Fernand', 'CHAPTAL Irene']);
  });

  it('a typewriter’s text without accents, OCR cutting before the « e » (« Pr esents : 22 », « sous la pr esidence de M. X »)', () => {
    const { summary } = analyseText(
      text([
        'SEANCE DU VENDREDI 15 NOVEMBRE 1991',
        'Conseillers en exercice : 5',
        'Pr esents : 4',
        'L’an mil neuf cent quatre-vingt-onze, le quinze novembre, le Conseil Municipal s’est reuni sous la pr esidence de M. BARRAL, Maire.',
        'Etaient pr esents : M. BARRAL, Maire ; Mme FONTANILLE, MM. ESCANDE, MALAVAL.',
        'Absent : M. LASBORDES.',
      ]),
    );
    expect(summary.present).toBe(4);
    expect(summary.president).toBe('BARRAL');
    expect(summary.present_names).toEqual(['BARRAL', 'FONTANILLE', 'ESCANDE', 'MALAVAL']);
  });

  it('a table whose rules OCR read « l » on every other row, the « | » of the rows between at the same columns', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL MUNICIPAL DU JEUDI 4 JUIN 2009',
        ' | NOM Prenom                 | Présent | Excusé | Absent | Pouvoir a',
        ' LECOINTRE Jacques            l   X     l        l        l',
        ' ANQUETIL Chantal             l         l   X    l        l NEEL V.',
        ' BERTHELOT Annick             |   X     |        |        |',
        ' CHAMPION Didier              l   X     l        l        l',
        ' DEVAUX Nathalie              |   X     |        |        |',
        ' NEEL Veronique               l   X     l        l        l',
        ' YVINEC Gaetan                |         |        |   X    |',
      ]),
    );
    expect(summary.present_names).toEqual(['LECOINTRE Jacques', 'BERTHELOT Annick', 'CHAMPION Didier', 'DEVAUX Nathalie', 'NEEL Veronique']);
    expect([...summary.absent_names!].sort()).toEqual(['ANQUETIL Chantal', 'YVINEC Gaetan']);
  });
});

describe('the sets of the end of the stop (188–190)', () => {
  it('a reconvocation telling the failed meeting first (« Réuni le 7 novembre 2024 sur convocation du …, le Conseil municipal n’a pu délibérer faute de quorum ») has one session date', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du jeudi 14 novembre 2024 (deuxième convocation)',
        'En exercice : 15 – Présents : 6 – Votants : 6',
        'Réuni le 7 novembre 2024 sur convocation du 31 octobre 2024, le Conseil municipal n’a pu délibérer faute de quorum (5 membres présents). Il a été à nouveau convoqué le 8 novembre 2024 et s’est réuni le 14 novembre 2024 sous la présidence de Mme Nathalie HAMON, Maire.',
      ]),
    );
    expect(summary.session_date).toBe('2024-11-14');
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('a list of acts whose cells are apart by TABs: each row an item, its decision cell its vote, a long object too', () => {
    const { parsed, findings } = analyseText(
      text([
        'Liste des délibérations examinées par le conseil municipal – séance du jeudi 13 février 2025',
        'Présents : Marc LEROUX (maire), Sabrina HADDAD, Didier COUSIN.',
        '',
        'N°\tObjet\tDécision',
        '2025-001\tApprobation du procès-verbal de la séance du 12 décembre 2024\tAdopté à l’unanimité',
        '2025-002\tDébat d’orientation budgétaire 2025\tPas de vote – il est pris acte du débat',
        '2025-003\tGarantie d’emprunt à hauteur de 50 % d’un prêt de 2 500 000 €, soit 1 250 000 €, pour 24 logements sociaux rue des Sablons\tPour 21 – Contre 4 – Abstentions 2',
        '2025-004\tAvance sur subvention au CCAS : 35 000 €\tAdopté à l’unanimité',
      ]),
    );
    expect(parsed.deliberations.map((d) => d.number)).toEqual(['2025-001', '2025-002', '2025-003', '2025-004']);
    expect(parsed.deliberations[1]!.vote).toBeNull();
    expect(parsed.deliberations[2]!.vote).toMatchObject({ for: 21, against: 4, abstain: 2 });
    expect(codes(findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });

  it('a post’s items behind pointers (« 👉 Budget primitif 2021 : Pour 8 / Contre 2. … », « ▶ Voirie : … Adopté par 13 voix pour et une abstention. »)', () => {
    const post = analyseText(
      text([
        'CONSEIL MUNICIPAL DU MARDI 13 AVRIL 2021 – L’ESSENTIEL',
        'Présents : Françoise MALLET (maire), Ludovic TERRIER, Aïcha BENAMAR.',
        'Secrétaire : Aïcha BENAMAR.',
        '',
        '👉 Budget primitif 2021 : Pour 8 / Contre 2. Fonctionnement 742 000 €, investissement 389 500 €.',
        '👉 Taux d’imposition 2021 inchangés : unanimité.',
        '👉 Achat d’un tracteur-tondeuse d’occasion : 14 900 € TTC, unanimité.',
      ]),
    );
    expect(post.parsed.deliberations.map((d) => d.subject)).toEqual(['Budget primitif 2021', 'Taux d’imposition 2021 inchangés', 'Achat d’un tracteur-tondeuse d’occasion']);
    expect(codes(post.findings)).not.toContain('UNANIMITY_CONTRADICTED');
    const bulletin = analyseText(
      text([
        'ÉCHOS DU CONSEIL MUNICIPAL – Séance du lundi 13 mai 2024',
        'Présents : Rose ALIBERT, Jean MAS, Léa AZAÏS.',
        '',
        '▶ Voirie : fonds de concours 2024',
        'La commune versera un fonds de concours de 18 600 €.',
        'Adopté par 13 voix pour et une abstention.',
        '',
        '▶ École : un nouvel accueil du mercredi',
        'Le conseil a approuvé la convention. Unanimité.',
      ]),
    );
    expect(bulletin.parsed.deliberations[0]!.subject).toBe('Voirie');
    expect(bulletin.parsed.deliberations[0]!.vote).toMatchObject({ for: 13 });
  });

  it('a notice: « Autour du maire, X, étaient réunis : … », an excused line, then bullets « • Topic : outcome » (the minutes approved too, « pour 2 / contre 1 »)', () => {
    const { summary, parsed, findings } = analyseText(
      text([
        'PanneauPocket – Mairie d’Esparros',
        '📌 Conseil municipal du 21 janvier 2025',
        'Publié le 24/01/2025 – visible jusqu’au 07/02/2025',
        '',
        'Autour du maire, Gilles ARRIBET, étaient réunis : Maïté LABORDE, Jean-Pierre SOUBIRAN et Didier POMMIER (secrétaire de séance).',
        'Excusée : Nadia HAMOUCHE (pouvoir à Gilles ARRIBET).',
        '',
        '• Procès-verbal du 10 décembre 2024 : approuvé, pour 3 / contre 1.',
        '• Déneigement 2025 : convention avec l’exploitant agricole, forfait de 45 € de l’heure : unanimité.',
        '• Location du logement communal : loyer fixé à 410 € par mois : pour 2 / contre 2.',
      ]),
    );
    expect(summary.president).toBe('Gilles ARRIBET');
    expect(summary.present_names).toEqual(['Gilles ARRIBET', 'Maïté LABORDE', 'Jean-Pierre SOUBIRAN', 'Didier POMMIER']);
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Procès-verbal du 10 décembre 2024', 'Déneigement 2025', 'Location du logement communal']);
    expect(summary.votes).toEqual({ for: 3, against: 1, abstain: 0, not_voting: 0 });
    expect(codes(findings)).toEqual([]);
  });

  it('« Votes : Pour : 25 – Contre : 2 » after a blank line is the vote of the item above, no item of its own', () => {
    const { findings } = analyseText(
      text([
        'Séance du 11 juin 2024',
        'Présents : Paul ROY, Anne SIMON, Luc VIDAL.',
        '',
        'OBJET : Garantie d’emprunt',
        'Après en avoir délibéré, le Conseil municipal, À L’UNANIMITÉ :',
        '- GARANTIT à 50 % le remboursement du prêt ;',
        '',
        'Votes : Pour : 25 – Contre : 2 – Abstention : 0',
        '',
        'OBJET : Dénomination de la voie',
        'La voie est dénommée « allée des Flamboyants ». Adopté à l’unanimité.',
      ]),
    );
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });

  it('a reconvocation told in a newsletter (« le quorum n’avait pas été atteint … convoqué de nouveau … sans condition de quorum »): no quorum required', () => {
    const { findings } = analyseText(
      text([
        'Objet : La Lettre de la Lurette – le comité syndical a voté son budget',
        'Le 12 mars dernier, le quorum n’avait pas été atteint (7 délégués présents sur 24). Le comité a donc été convoqué de nouveau le 13 mars 2019 pour le mardi 19 mars 2019, et a pu délibérer ce jour-là sans condition de quorum.',
        '',
        'COMITÉ SYNDICAL DU 19 MARS 2019',
        'Délégués en exercice : 24 – présents : 3 – votants : 3',
        'Présents : Christian FABRE, Laure ROUSSILLE, Marius ANDRIAMASY.',
      ]),
    );
    expect(codes(findings)).not.toContain('QUORUM_NOT_MET');
  });
});

