/**
 * Layouts the hundred-and-eleventh invented corpus (fixtures/corpus 11101–11120: ordinary
 * municipal councils as the text layers of their PDFs give them) and the sets after it found
 * missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('lists and counts in columns side by side', () => {
  it('a right-hand column headed beside « PRÉSENTS » holds two lists, its second heading halfway down', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE DE BÉRAUT-LES-SAULES',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'Séance du mardi 8 avril 2014',
        '',
        'En exercice : 11     Présents : 8     Votants : 9',
        '',
        'PRÉSENTS                                  ABSENTS AYANT DONNÉ POUVOIR',
        'LAFFONT Régis, Maire                      MOURA Line à LAFFONT Régis',
        'CAPDEVIELLE Anne, 1re Adjointe',
        'PÉDEBIDOU Marc, 2e Adjoint                ABSENTS EXCUSÉS',
        'SOUBIE Hélène                             DARRIGADE Paul',
        'LACOSTE Yves                              FOURCADE Nadia',
        'BARRÈRE Inès',
        'TOULET Joël',
        'CAZENAVE Odile',
        '',
        'Secrétaire : SOUBIE Hélène',
        '',
        'Délibération n° 2014-020 – Tarifs de la salle des fêtes',
        'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, fixe les tarifs.',
      ]),
    );
    expect(summary.present_names).toEqual(['LAFFONT Régis', 'CAPDEVIELLE Anne', 'PÉDEBIDOU Marc', 'SOUBIE Hélène', 'LACOSTE Yves', 'BARRÈRE Inès', 'TOULET Joël', 'CAZENAVE Odile']);
    expect(summary.absent_names).toEqual(['DARRIGADE Paul', 'FOURCADE Nadia']);
    expect(pairs(summary.proxies_list)).toEqual(['MOURA Line > LAFFONT Régis']);
    expect(codes(findings)).toEqual([]);
  });

  it('« Qui ont pris part / à la délibération : 9 » cut over two lines of a right-hand count box is the voters', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE LAVERNÈDE-SUR-GIROU',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        '',
        'L’an deux mil dix, le quatre mai à vingt heures,                  Nombre de membres',
        'le Conseil Municipal, régulièrement convoqué, s’est réuni         en exercice : 11',
        'sous la présidence de M. Louis CARRIÈRE, Maire.                   Présents : 8',
        '                                                                  Qui ont pris part',
        'Date de la convocation : 27 avril 2010                            à la délibération : 9',
        '',
        'Présents : M. Louis CARRIÈRE, Mme Anne SÉRIÉ, M. Paul VIGUIÉ, Mme Rose CALVET, M. Jean ALBERT, Mme Lise MAUREL, M. Henri SALVAN, M. Marc BONNET.',
        'Absents : Mme Julie ROQUES (pouvoir à M. Louis CARRIÈRE), M. Guy FABRE, M. Léo PUECH.',
        'Secrétaire de séance : Mme Anne SÉRIÉ.',
        '',
        'N° 2010-12 : Entretien de la voirie',
        'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, approuve.',
      ]),
    );
    expect(summary.voters).toBe(9);
    expect(summary.present).toBe(8);
    expect(summary.convocation_date).toBe('2010-04-27');
  });

  it('« Convocation et affichage : » dates the convocation', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE SAINT-FLOUR-DES-PRÉS',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'SÉANCE DU 3 DÉCEMBRE 2024',
        'En exercice : 15 | Présents : 13 | Votants : 13',
        'Convocation et affichage : 26 novembre 2024',
        'Présents : MM. Paul ROCHE, Yves BRUN, Marc FAURE ; Mmes Anne MARTIN, Léa GIRAUD.',
        'OBJET : Tarifs 2025',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.convocation_date).toBe('2024-11-26');
    expect(summary.session_date).toBe('2024-12-03');
  });
});

describe('names and votes of a village’s minutes', () => {
  it('members written « Prénom I. » (a given name and the initial of the surname) are read, their proxy too', () => {
    const { summary, findings } = analyseText(
      text([
        'Saint-Ours-la-Vallée – Compte rendu de la réunion du conseil municipal',
        'Jeudi 6 septembre 2018 – 20 h 30 – mairie',
        '',
        'Présents : Louis P. (maire), Anne-Sophie R., Bernard C., Yvette L., Pierre-Yves de M., Karine T., Hugo V.',
        'Excusés : Martine D. (pouvoir à Louis P.), Gilles N.',
        'Secrétaire : Karine T.',
        '',
        'Le compte rendu du 28 juin 2018 est approuvé à l’unanimité des présents.',
        '',
        'Location du logement communal',
        'Le loyer est porté à 480 € par mois.',
        'Adopté par 6 voix pour et 1 contre (Bernard C., qui préférait 450 €).',
      ]),
    );
    expect(summary.present_names).toEqual(['Louis P.', 'Anne-Sophie R.', 'Bernard C.', 'Yvette L.', 'Pierre-Yves de M.', 'Karine T.', 'Hugo V.']);
    expect(summary.absent_names).toEqual(['Martine D.', 'Gilles N.']);
    expect(pairs(summary.proxies_list)).toEqual(['Martine D. > Louis P.']);
    expect(summary.president).toBe('Louis P.');
    expect(summary.secretary).toBe('Karine T.');
    // the minutes approved unanimously; the member voting against is the next decision's
    expect(summary.votes).toEqual({ unanimous: true });
    expect(codes(findings)).toEqual([]);
  });
});


describe('the hundred-and-twelfth set: a nineteenth draw of the real families', () => {
  it('a Belgian roll whose first line is the « Conseiller-Président d’assemblée », initials before surnames, « Mmes M. X »', () => {
    const { summary } = analyseText(
      text([
        'PROVINCE DE LIÈGE EXTRAIT DU REGISTRE AUX DELIBERATIONS DU CONSEIL COMMUNAL – COMMUNE DE 4990 SOUMAGNE-LEZ-VAL',
        'Séance du 14 juin 2021.',
        '',
        'PRESENTS',
        'M. R. JADOT, Conseiller-Président d’assemblée',
        'M. P. LOUIS, Bourgmestre',
        'Mme A. HENRY et M. J. DORMAL, Echevins',
        'MM. L. FIRKET, V. MALMEDY, Mmes M. DEWEZ, N. PIRARD et M. C. BODSON, Conseillers communaux.',
        'Mme E. LAMBOTTE, Directrice générale f.f.',
        'ABSENTS ET EXCUSES',
        'M. M. THONON et Mme J. DELVAUX, Conseillers communaux.',
        '',
        'Point n° I. 2 de l’ordre du jour',
        'BUDGET COMMUNAL 2021 – MODIFICATION N° 1.',
        'Par 8 voix pour et 1 abstention, APPROUVE la modification budgétaire.',
      ]),
    );
    expect(summary.present_names).toEqual(['R. JADOT', 'P. LOUIS', 'A. HENRY', 'J. DORMAL', 'L. FIRKET', 'V. MALMEDY', 'M. DEWEZ', 'N. PIRARD', 'C. BODSON']);
    expect(summary.absent_names).toEqual(['M. THONON', 'J. DELVAUX']);
    expect(summary.president).toBe('R. JADOT');
    expect(summary.secretary).toBe('E. LAMBOTTE');
  });

  it('an installation’s roll ended by « Assistance : une quarantaine d’habitants », the staff’s « secrétariat administratif » apart from the secretary designated', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE WOLFSHEIM-LE-BAS PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL DE LA SEANCE DU 28 MARS 2014 L’an deux mille quatorze, le vingt-huit mars à 20 heures, les membres du conseil municipal proclamés élus se sont réunis à la Mairie. Conseillers en exercice : 7 Conseillers présents : 1. HAEGEL Louis 2. RITTER Anne 3. MEYER Paul 4. KLEIN Odile 5. WEBER Marc 6. SCHMITT Lise 7. BAUER Jean Assistance : une quarantaine d’habitants Mme Nadia STOLL, secrétaire de mairie, assure le secrétariat administratif. POINT 1 - Installation des conseillers municipaux. POINT 2 - Désignation du secrétaire de séance. Le conseil municipal, à l’unanimité, désigne Mme Lise SCHMITT secrétaire de séance.',
      ]),
    );
    expect(summary.present_names).toEqual(['HAEGEL Louis', 'RITTER Anne', 'MEYER Paul', 'KLEIN Odile', 'WEBER Marc', 'SCHMITT Lise', 'BAUER Jean']);
    expect(summary.secretary).toBe('Lise SCHMITT');
  });

  it('« Rapport suivant l’ordre du jour de la séance du 9 novembre 2022 » dates the session (« suivant » is no later session)', () => {
    const { summary } = analyseText(
      text([
        'Présents',
        'Marc Weis / Bourgmestre, Anne Reding, Luc Hoffmann / Échevins',
        'Sandra Kremer, Paul Linster, Nico Schaus / Conseillers',
        'Excusé(e)(s)',
        'Tom Feltes / Conseiller',
        'Rapport suivant l’ordre du jour de la séance du 9 novembre 2022 (convocation du 3 novembre 2022)',
        '1. Budget 2023',
        'Le conseil communal a arrêté le budget avec 5 voix contre 1.',
      ]),
    );
    expect(summary.session_date).toBe('2022-11-09');
    expect(summary.convocation_date).toBe('2022-11-03');
  });

  it('a flattened presence table whose state cell says « excusée – pouvoir à X »: excused and a proxy to X', () => {
    const { summary, findings } = analyseText(
      text([
        'Compte-rendu du Comité Syndical du 17 juin 2019',
        'Les membres du comité syndical se sont réunis le lundi 17 juin 2019, régulièrement convoqués le 7 juin 2019.',
        'NOM PrénomCollectivité représentéePrésence / pouvoir',
        'MALAVAL Régis CC Haut-Lot présent',
        'BONAL Aline CC Haut-Lot présente',
        'SERRE Jean CC Vallée Verte présent',
        'PAGÈS Mireille CC Vallée Verte excusée – pouvoir à SERRE Jean',
        'ROUVE Guy CC Causses présent',
        'MEJEAN Colette CC Causses excusée',
        'Délégués en exercice : 6 – présents : 4 – pouvoirs : 1 – votants : 5',
        '',
        '1. Compte administratif 2018 : approuvé à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['MALAVAL Régis', 'BONAL Aline', 'SERRE Jean', 'ROUVE Guy']);
    expect(summary.absent_names).toEqual(['PAGÈS Mireille', 'MEJEAN Colette']);
    expect(pairs(summary.proxies_list)).toEqual(['PAGÈS Mireille > SERRE Jean']);
    expect(codes(findings)).toEqual([]);
  });

  it('two « I. SURNAME » names glued without their separator are two members', () => {
    const { summary } = analyseText(
      text([
        'COMMUNAUTÉ DE COMMUNES DU HAUT-ORBIEL – Conseil communautaire du 27 novembre 2012',
        'Étaient présents : S. GLEIZES - D. AZAM – N. PONS - B. AZAÏS P. VIDAL – R. SALVAING – G. MIQUEL.',
        'Secrétaire de séance : N. PONS.',
        'OBJET : Tarifs 2013',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['S. GLEIZES', 'D. AZAM', 'N. PONS', 'B. AZAÏS', 'P. VIDAL', 'R. SALVAING', 'G. MIQUEL']);
  });
});

describe('the hundred-and-fourteenth set: councils abroad in French', () => {
  it('a Québec special session convened by « avis spécial de convocation signifié … le jeudi 12 août »: a convocation, no second session date', () => {
    const { summary, findings } = analyseText(
      text([
        'PROVINCE DE QUÉBEC',
        'MUNICIPALITÉ DE SAINT-ALBAN-DES-PINS',
        'Séance extraordinaire du conseil tenue le lundi 14 mars 2011 à 19 h, conformément à l’avis spécial de convocation signifié à',
        'tous les membres du conseil le jeudi 10 mars 2011.',
        'Sont présents : M. Paul Gagnon, maire ; les conseillers Mme Lise Roy, M. Marc Paré et M. Luc Dion.',
        'Formant quorum sous la présidence du maire.',
        '2011-03-051 EMPRUNT TEMPORAIRE',
        'Il est proposé par M. Marc Paré, appuyé par M. Luc Dion, et résolu à l’unanimité.',
      ]),
    );
    expect(summary.session_date).toBe('2011-03-14');
    expect(summary.convocation_date).toBe('2011-03-10');
    expect(codes(findings)).toEqual([]);
  });

  it('the mairesse listed, then « Formant quorum sous la présidence de la mairesse, Mme X »: one member, not a duplicate', () => {
    const { summary, findings } = analyseText(
      text([
        'VILLE DE SAINTE-ANNE-DES-MONTS-BLEUS',
        'Séance ordinaire du conseil municipal tenue le lundi 9 mai 2022 à 19 h.',
        '',
        'PRÉSENCES :',
        'Mme Josée Tremblay, mairesse',
        'M. Dominic Roy, conseiller, district no 1',
        'Mme Karine Caron, conseillère, district no 2',
        'M. Éric Vachon, conseiller, district no 3',
        '',
        'ABSENCE :',
        'M. Guy Fortin, conseiller, district no 4',
        '',
        'Formant quorum sous la présidence de la mairesse, Mme Josée Tremblay.',
        '',
        'Résolution 2022-05-163',
        'Il est proposé par M. Éric Vachon, appuyé par Mme Karine Caron, ET RÉSOLU à l’unanimité d’adopter l’ordre du jour.',
      ]),
    );
    expect(summary.present_names).toEqual(['Josée Tremblay', 'Dominic Roy', 'Karine Caron', 'Éric Vachon']);
    expect(summary.absent_names).toEqual(['Guy Fortin']);
    expect(codes(findings)).toEqual([]);
  });

  it('« la bourgmestre ouvre la séance »: the bourgmestre listed presides (a Luxembourg council)', () => {
    const { summary } = analyseText(
      text([
        'Administration communale de Wëllerbaach',
        'Rapport de la séance du conseil communal du 8 juillet 2019',
        '',
        'Présents :',
        '- Mme Anne KAYSER, bourgmestre',
        '- M. Luc GOEDERT, échevin',
        '- M. Jean ROLLINGER, échevin',
        '- Mme Sandra PEIFFER, conseillère',
        '- M. Claude STEICHEN, secrétaire communal',
        '',
        'La bourgmestre ouvre la séance à 8h30.',
        '1. Budget rectifié',
        'Le conseil communal approuve à l’unanimité le budget rectifié.',
      ]),
    );
    expect(summary.president).toBe('Anne KAYSER');
  });

  it('a Belgian roll « M. X – Bourgmestre-Président » one per line, then « SÉANCE PUBLIQUE » after the excused', () => {
    const { summary } = analyseText(
      text([
        'EXTRAIT DU REGISTRE AUX DÉLIBÉRATIONS DU CONSEIL COMMUNAL',
        'Séance du lundi 23 juin 2014',
        '',
        'Présents :',
        'M. Fabrice DELVAUX – Bourgmestre-Président',
        'Mme Carine MOREAU – Échevine',
        'M. Jean-Marc BAUDOIN – Échevin',
        'Mme Josiane LEBRUN – Conseillère',
        'Mme Gwendoline SCOUFFLAIRE – Directrice générale',
        '',
        'Excusés :',
        'M. Patrick DEGHAYE – Conseiller',
        'Mme Nathalie FOSSE – Conseillère',
        '',
        'SÉANCE PUBLIQUE',
        '',
        '1. Procès-verbal de la séance du 26 mai 2014.',
        'Le procès-verbal de la séance précédente n’appelle aucune remarque.',
      ]),
    );
    expect(summary.president).toBe('Fabrice DELVAUX');
    expect(summary.present_names).toEqual(['Fabrice DELVAUX', 'Carine MOREAU', 'Jean-Marc BAUDOIN', 'Josiane LEBRUN']);
    expect(summary.absent_names).toEqual(['Patrick DEGHAYE', 'Nathalie FOSSE']);
    expect(summary.secretary).toBe('Gwendoline SCOUFFLAIRE');
  });

  it('the first item’s « 24 votants : 18 votes positifs … » states the voters, not an election’s ballot', () => {
    const { summary } = analyseText(
      text([
        'EXTRAIT DU REGISTRE AUX DÉLIBÉRATIONS DU CONSEIL COMMUNAL',
        'Séance du 24 octobre 2022',
        'Présents : M. Paul LAMBERT, Bourgmestre-Président ; Mme Anne DUBOIS, Échevine ; M. Luc MARTIN, Conseiller.',
        '1. Finances – Budget 2023.',
        'Le Conseil, par 24 votants : 18 votes positifs, 4 votes négatifs, 2 abstentions, arrête le budget.',
        '2. Taxe sur les panneaux publicitaires.',
        'Le Conseil, à l’unanimité, arrête la taxe.',
      ]),
    );
    expect(summary.voters).toBe(24);
    const election = analyseText(
      text([
        'COMMUNE DE LAGARDE-SUR-OLT – Séance d’installation du 23 mars 2014',
        'Présents : M. Paul ROCHE, Mme Anne BRUN, M. Marc FAURE.',
        '1. Élection du maire',
        'Premier tour de scrutin : nombre de votants : 3 ; bulletins blancs ou nuls : 0 ; suffrages exprimés : 3 ; majorité absolue : 2.',
        'M. Paul ROCHE, 3 voix, est proclamé maire.',
        '2. Nombre d’adjoints',
        'Le conseil fixe à un le nombre d’adjoints, à l’unanimité.',
      ]),
    );
    expect(election.summary.voters).toBeNull();
  });

  it('a Swiss conseil général’s roll by political group, the executive « Pour le Conseil municipal : » apart', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE DE SAVIÈSE-LES-BAINS – CONSEIL GÉNÉRAL',
        'Procès-verbal de la séance ordinaire du lundi 9 octobre 2023',
        '',
        'Appel',
        'Membres en fonction : 9 – Membres présents : 8 – Excusés : 1',
        '',
        'Groupe PLR : Florian CARRON (président), Mélanie DUC, Xavier BOVIER',
        'Groupe Le Centre : Stéphanie FOLLONIER, Pascal MAYE (secrétaire), Aurélie COPPEY',
        'Groupe UDC : Bernard SERMIER, Gérald DUBUIS',
        '',
        'Excusés : Valentin BRIDY (PLR)',
        '',
        'Pour le Conseil municipal : M. Christophe VARONE, président de la commune, et M. Fabrice GAY, conseiller municipal.',
        '',
        '1. Budget 2024',
        'Au vote, le budget est accepté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['Florian CARRON', 'Mélanie DUC', 'Xavier BOVIER', 'Stéphanie FOLLONIER', 'Pascal MAYE', 'Aurélie COPPEY', 'Bernard SERMIER', 'Gérald DUBUIS']);
    expect(summary.absent_names).toEqual(['Valentin BRIDY']);
    expect(summary.president).toBe('Florian CARRON');
    expect(summary.secretary).toBe('Pascal MAYE');
    expect(codes(findings)).toEqual([]);
  });

  it('« à laquelle assistaient les conseillers Madame X, Messieurs Y, Z » lists the members present (Québec)', () => {
    const { summary } = analyseText(
      text([
        'MUNICIPALITÉ DE SAINTE-LUCE-DES-ÉCORES',
        'Séance régulière du Conseil municipal, tenue à la salle municipale, le lundi 7 mai 2007, à 20h00, à laquelle assistaient les conseillers Madame Jocelyne Caron, Messieurs Rosaire Dion, Clément Fortier et Madame Agathe Perron.',
        'Absents : Monsieur le maire Henri Michaud et le conseiller Monsieur Gérald Pelletier.',
        'Formant quorum sous la présidence de Monsieur Rosaire Dion, maire suppléant.',
        '112-05-07 ADOPTION DE L’ORDRE DU JOUR',
        'Il est proposé par Madame Agathe Perron, appuyé par Monsieur Clément Fortier et unanimement résolu d’adopter l’ordre du jour.',
      ]),
    );
    expect(summary.present_names).toEqual(['Jocelyne Caron', 'Rosaire Dion', 'Clément Fortier', 'Agathe Perron']);
    expect(summary.absent_names).toEqual(['Henri Michaud', 'Gérald Pelletier']);
    expect(summary.president).toBe('Rosaire Dion');
  });
});

describe('the hundred-and-sixteenth set: short minutes on web pages and in bulletins', () => {
  it('items titled by lines wholly in bold on a web page are items: each keeps its own vote', () => {
    const { parsed, summary, findings } = analyseText(
      text([
        'Séance du conseil municipal du 21 novembre 2016',
        'Le lundi 21 novembre 2016, le conseil municipal s’est réuni sous la présidence de M. Paul WEBER, maire.',
        'Présents : Paul WEBER, Claire MULLER, Marc HOFFMANN, Anne KLEIN, Luc BAUER.',
        'Secrétaire de séance : Anne KLEIN.',
        '',
        '**Approbation du procès-verbal de la séance du 17 octobre 2016**',
        'Approuvé sans modification (unanimité).',
        '',
        '**Rapport de la CLECT – attribution de compensation 2017**',
        'L’attribution de compensation est fixée à 74 812 €.',
        'Vote : 4 pour, 1 contre (Luc BAUER).',
        '',
        '**Tarifs de la salle des fêtes**',
        'Habitants : 180 € le week-end.',
        '(unanimité)',
      ]),
    );
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Approbation du procès-verbal de la séance du 17 octobre 2016', 'Rapport de la CLECT – attribution de compensation 2017', 'Tarifs de la salle des fêtes']);
    expect(summary.votes).toEqual({ unanimous: true });
    expect(parsed.deliberations[1]!.vote).toMatchObject({ for: 4, against: 1, unanimous: false });
    expect(codes(findings)).toEqual([]);
  });

  it('a bulletin’s bulleted items, « • TOPIC : … » or « - Le compte rendu … est approuvé », one item each', () => {
    const { parsed, summary, findings } = analyseText(
      text([
        'Séance du jeudi 17 février 2022',
        'Étaient présents : Véronique DUCROCQ, Marc LEFEBVRE, Paul CARON, Anne POIRET, Luc DUMONT.',
        'Secrétaire : Anne POIRET.',
        '',
        '• Le compte rendu de la séance du 9 décembre 2021 est adopté à l’unanimité.',
        '',
        '• ÉGLISE SAINT-MARTIN : réfection de la couverture du clocher, devis de 14 860 € HT.',
        'Vote : 3 pour, 2 contre.',
        '',
        '• TERRAIN COMMUNAL DU MOULIN : location pour 150 € par an.',
        'Adopté à l’unanimité.',
        '',
        '• DÉFENSE INCENDIE : achat de deux poteaux (unanimité).',
      ]),
    );
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Le compte rendu de la séance du 9 décembre 2021', 'ÉGLISE SAINT-MARTIN', 'TERRAIN COMMUNAL DU MOULIN', 'DÉFENSE INCENDIE']);
    expect(summary.votes).toEqual({ unanimous: true });
    expect(codes(findings)).toEqual([]);
  });

  it('a decision’s own bullets (« - d’approuver … ») stay in their act', () => {
    const { parsed } = analyseText(
      text([
        'OBJET : Groupement de commandes d’électricité',
        'Le conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :',
        '',
        '- D’approuver l’adhésion de la commune au groupement ;',
        '',
        '- D’autoriser le Maire à signer l’acte constitutif ;',
        '',
        '- Dit que les crédits seront inscrits au budget, adopté.',
      ]),
    );
    expect(parsed.deliberations).toHaveLength(1);
  });

  it('« Adopté à l’unanimité. » then, under a title of its own, « Vote : 24 pour, 4 contre »: two decisions, no contradiction', () => {
    const { summary, findings } = analyseText(
      text([
        'CONSEIL MUNICIPAL DU 25 MAI 2010',
        'Présents : Mmes ANDRÉ, BLANC, CAMOIN ; MM. AUDIBERT, BARBAROUX, BONIFAY.',
        '',
        'DÉBROUSSAILLEMENT DES PISTES',
        'Le marché est attribué pour 45 000 euros HT par an.',
        'Adopté à l’unanimité.',
        '',
        'SIVU DU MASSIF – PARTICIPATION 2010',
        'La participation de la commune s’élève à 12 300 euros.',
        'Vote : 4 pour, 2 contre.',
      ]),
    );
    expect(summary.votes).toEqual({ unanimous: true });
    expect(codes(findings)).toEqual([]);
  });
});

describe('the hundred-and-thirteenth set: intercommunal assemblies', () => {
  it('a table by commune with the titulaire, the suppléant and a state in words: « Excusé – suppléé » seats the suppléant', () => {
    const { summary, findings } = analyseText(
      text([
        'SIVU DES MONTS DU BRÉZOU – Comité syndical du 6 décembre 2016',
        'Délégués titulaires en exercice : 6',
        'Présents : 5 (dont 1 suppléant)      Pouvoirs : 1      Votants : 6',
        '',
        'Commune                 Délégué titulaire       Délégué suppléant       Présence',
        'Brézou-le-Bourg         JAMET Émilie            MAILLARD Frédéric       Présente',
        'Auzelle-Haute           FRESSINET Maryse        FORESTIER Yannick       Présente',
        'Bertignat-Haut          DUCHENE Laurent         BILLARD Christian       Présent',
        'Chamblet-sur-Dolore     COLAS Jérôme            FAYARD Hélène           Excusé – suppléé',
        'Dorangeat               FRAPPIER Antoine        VERDIER Gilles          Excusé – pouvoir à JAMET Émilie',
        'Échandelin              TAILLEFER Paul          GRANGER Claude          Présent',
        '',
        'OBJET : Participation des communes 2017',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['JAMET Émilie', 'FRESSINET Maryse', 'DUCHENE Laurent', 'FAYARD Hélène', 'TAILLEFER Paul']);
    expect(summary.absent_names).toEqual(['COLAS Jérôme', 'FRAPPIER Antoine']);
    expect(pairs(summary.proxies_list)).toEqual(['FRAPPIER Antoine > JAMET Émilie']);
    expect(codes(findings)).toEqual([]);
  });

  it('« COMMUNE (Prénom NOM, …) ; COMMUNE (…) »: the members in brackets after their commune', () => {
    const { summary } = analyseText(
      text([
        'Conseil communautaire du jeudi 29 septembre 2016',
        'Présents : ESTRELLE (Thierry ABRIAL, Corinne SAUVAGEOT, Martine MERCIER) ; SAINT-MAUR-D’ESTRELLE (Hubert LEMAIRE,',
        'Laurent GAUBERT) ; BRAGNY-SUR-LOUE (Elisabeth DOUCET).',
        'Procurations : Mme Véronique MAILLARD à Mme Corinne SAUVAGEOT.',
        'Secrétaire de séance : M. Hubert LEMAIRE.',
        '1. Zone d’activités – cession d’un terrain',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['Thierry ABRIAL', 'Corinne SAUVAGEOT', 'Martine MERCIER', 'Hubert LEMAIRE', 'Laurent GAUBERT', 'Elisabeth DOUCET']);
  });

  it('a roll by commune with dotted leaders, « COMMUNE ....... NOM Prénom, NOM Prénom »', () => {
    const { summary } = analyseText(
      text([
        'Réunion du comité syndical du 19 juin 2012',
        'Délégués présents :',
        'BELLÊME-EN-HUISNE ............. LAFON Fabienne, REGNIER Christian',
        'CETON-LE-VIEUX ................ HAMELIN Corinne, ROUSSEL Lydie',
        'IGÉ-SUR-MÊME .................. ROYER Valérie',
        '',
        'Délégués excusés : COLLIN Jean, MORVAN Solène',
        '1. Budget 2012',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['LAFON Fabienne', 'REGNIER Christian', 'HAMELIN Corinne', 'ROUSSEL Lydie', 'ROYER Valérie']);
    expect(summary.absent_names).toEqual(['COLLIN Jean', 'MORVAN Solène']);
  });

  it('counts in words in a sentence, a roll by « Commune de X : », a suppléante « assiste sans voix délibérative » apart', () => {
    const { summary, findings } = analyseText(
      text([
        'COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL du mercredi 18 mars 2015',
        'Le comité syndical, convoqué le vendredi 6 mars 2015, s’est réuni sous la présidence de Mme Émilie SERIEYS.',
        'Le syndicat compte six délégués titulaires en exercice ; cinq délégués',
        'ayant voix délibérative sont présents.',
        '',
        'Présents :',
        'Commune de Saint-Ferjus : SERIEYS Émilie, LAPORTE Jocelyne',
        'Commune d’Aurillon : ROYER Sandrine ; ANDRIEU Karine, suppléante, assiste sans voix',
        'délibérative',
        'Commune de Marnhac : BERGERON Michel, GILLET Hélène',
        '',
        'Excusés : CORDIER Michel',
        '',
        '1 – Budget primitif 2015',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.members_in_office).toBe(6);
    expect(summary.present).toBe(5);
    expect(summary.present_names).toEqual(['SERIEYS Émilie', 'LAPORTE Jocelyne', 'ROYER Sandrine', 'BERGERON Michel', 'GILLET Hélène']);
    expect(codes(findings)).toEqual([]);
  });

  it('members grouped under their community’s name in capitals, each line ending « – COMMUNE ; »', () => {
    const { summary } = analyseText(
      text([
        'PETR DU PAYS DE CAUSSE – Comité syndical du 26 septembre 2023',
        'Délégués présents :',
        'COMMUNAUTÉ DE COMMUNES CAUSSE ET VÉRONE',
        'BIGOT Alain, GIRAUD Pascal – VÉRONE-LE-MARCHÉ ;',
        'DROUET Éric – CAYRAC-DU-CAUSSE.',
        'COMMUNAUTÉ DE COMMUNES DU QUERCY DES SERRES',
        'HEBRARD Christian, COULON Sandrine – MONTPEZAT-DES-SERRES ;',
        'LAFON Sandrine – LABURGADE-SUR-LÈZE.',
        '',
        'Absents excusés : M. FOURNIER Loïc.',
        '1. Programme LEADER',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['BIGOT Alain', 'GIRAUD Pascal', 'DROUET Éric', 'HEBRARD Christian', 'COULON Sandrine', 'LAFON Sandrine']);
  });

  it('one member per line « NOM Prénom, COMMUNE-EN-CAPITALES »: the commune is no member', () => {
    const { summary } = analyseText(
      text([
        'Conseil communautaire – Séance du mardi 25 mars 2025',
        'Étaient présents :',
        'CHAUVET Pascale, SAINT-JUST-D’ESSART',
        'CAZALS Nicole, SAINT-JUST-D’ESSART',
        'PERRET Anne-Sophie, ARGENS-LE-VALLON',
        'PLANCHON Loïc, BOURGNEUF-SUR-ESSART',
        '',
        'Absent : TESSIER Serge',
        '1. Budget 2025',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['CHAUVET Pascale', 'CAZALS Nicole', 'PERRET Anne-Sophie', 'PLANCHON Loïc']);
  });
});

describe('surnames in small letters after their civilities', () => {
  it('« M. Letellier, Mme Marie, MM. Lefebvre, Caron »: each is a member; their proxies and the secretary too', () => {
    const { summary, findings } = analyseText(
      text([
        'PROCÈS-VERBAL DE LA SÉANCE DU 27 SEPTEMBRE 2011',
        'Conseillers en exercice : 11 – Présents : 8 – Votants : 10',
        'Présents : M. PICARD, maire ; Mme Hamel, M. Gosselin, adjoints ; M. Letellier, Mme Marie, M. Jouan, MM. Lefebvre, Caron.',
        'Absents : M. Lefrançois (pouvoir à Mme Hamel), Mme Vautier (pouvoir à M. Gosselin), M. Osmont.',
        'Mme Marie est nommée secrétaire.',
        '1 – Procès-verbal de la séance du 28 juin 2011',
        'Approuvé à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['PICARD', 'Hamel', 'Gosselin', 'Letellier', 'Marie', 'Jouan', 'Lefebvre', 'Caron']);
    expect(summary.absent_names).toEqual(['Lefrançois', 'Vautier', 'Osmont']);
    expect(pairs(summary.proxies_list)).toEqual(['Lefrançois > Hamel', 'Vautier > Gosselin']);
    expect(summary.secretary).toBe('Marie');
    expect(codes(findings)).toEqual([]);
  });
});

describe('the hundred-and-fifteenth set: a twentieth draw of the real families', () => {
  it('« SALVAT P.–RIVALS D. »: a dash glued on both sides after an initial separates two members', () => {
    const { summary } = analyseText(
      text([
        'COMPTE-RENDU DU CONSEIL DE COMMUNAUTE – Séance du 27 novembre 2012',
        'Etaient présents : CAMBON P. – ESTEVE J.-C. - FERRIÉ M-F. – MIR J. -- SALVAT P.–RIVALS D. – ROQUEFORT H. – SOULA P.',
        'Etaient absents : FABRE N. – ICHÉ J.',
        'I. APPROBATION DU COMPTE RENDU DU 25 SEPTEMBRE 2012',
        'Approuvé à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['CAMBON P.', 'ESTEVE J.-C.', 'FERRIÉ M-F', 'MIR J.', 'SALVAT P.', 'RIVALS D.', 'ROQUEFORT H.', 'SOULA P.']);
  });

  it('a Québec roll whose seats come before the members (« les conseillers : siège no 1 M. X siège no 2 Mme Y »)', () => {
    const { summary } = analyseText(
      'CANADA PROVINCE DE QUÉBEC MUNICIPALITÉ DE LAC-DES-SEPT-ÎLES Procès-verbal 3 juin 2019 Séance ordinaire du conseil tenue le lundi 3 juin 2019 à laquelle étaient présents les conseillers : siège no 1 M. Raymond Charest siège no 2 Mme Nicole O Brien siège no 4 M. Stéphane Aubin Absence motivée : siège no 3 M. Jacques Bergeron Sous la présidence de Mme la Mairesse Lucie Després. 2019-06-A4121 Ouverture de l assemblée Il est proposé par M. Raymond Charest et résolu à l’unanimité.',
    );
    expect(summary.present_names?.slice(0, 3)).toEqual(['Raymond Charest', 'Nicole O Brien', 'Stéphane Aubin']);
    expect(summary.absent_names).toEqual(['Jacques Bergeron']);
  });

  it('a presence table marked by a cross first, a given name opening with an initial (« DUMAS M.-Laure »)', () => {
    const { summary } = analyseText(
      text([
        'Compte-rendu du Comité Syndical du 14 mars 2016',
        'Présent(e) ou suppléé(e)NOM PrénomCollectivité représentéeSuppléé(e) par, Pouvoir donné à',
        'X BOREL Annie CC du Haut-Eyrieux',
        'X CHANÉAC Robert CC du Haut-Eyrieux',
        'X DUMAS M.-Laure CA Rhône-Érieux',
        'TESTUD Paul CA Rhône-Érieux',
        'X FAURE Gilbert CC Val d’Ay-Sud',
        '',
        '1. Compte administratif 2015 : approuvé à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['BOREL Annie', 'CHANÉAC Robert', 'DUMAS M.-Laure', 'FAURE Gilbert']);
    expect(summary.absent_names).toEqual(['TESTUD Paul']);
  });
});

describe('a bulletin’s minutes of the council', () => {
  it('« COMPTES RENDUS DES CONSEILS MUNICIPAUX »: a French council, whose law counts the proxies a member holds', () => {
    const { findings } = analyseText(
      text([
        'BULLETIN MUNICIPAL DE VILLEBRUNE – n° 37 – Été 2017',
        'COMPTES RENDUS DES CONSEILS MUNICIPAUX',
        'Séance du 13 juin 2017',
        'Présents : Mmes Hélène MARCHAND, Josette BOUYER, MM. Daniel GUÉRIN, Pascal FAURE.',
        'Monsieur Thierry ROUX a donné procuration à Madame Hélène MARCHAND.',
        'Madame Odile PERRIN a donné procuration à Madame Hélène MARCHAND.',
        '1 – Procès-verbal de la séance du 11 avril 2017',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(codes(findings)).toContain('PROXY_LIMIT_EXCEEDED');
  });

  it('« Mme la Maire, Véronique X, MM. Lefebvre, Caron, Mme Poiret et M. Dumont », then « Absents : MM. Devillers, Lenglet et Mme Flament »', () => {
    const { summary } = analyseText(
      text([
        'Séance du jeudi 17 février 2022',
        'Étaient présents : Mme la Maire, Véronique DUCROCQ, MM. Lefebvre, Caron, Mme Poiret et M. Dumont.',
        'Absents : MM. Devillers, Lenglet et Mme Flament.',
        'Secrétaire : Mme Poiret.',
        '',
        '1. Travaux de l’église',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['Véronique DUCROCQ', 'Lefebvre', 'Caron', 'Poiret', 'Dumont']);
    expect(summary.absent_names).toEqual(['Devillers', 'Lenglet', 'Flament']);
  });
});

describe('proxies said in a sentence', () => {
  it('« … a donné procuration à Madame X ; Madame Annie Y également. »: a second giver to the same holder', () => {
    const { summary } = analyseText(
      text([
        'Séance du jeudi 17 février 2022',
        'Étaient présents : Véronique DUCROCQ, Marc LEFEBVRE, Paul CARON, Anne POIRET.',
        'Monsieur Patrice BOULANGER a donné procuration à Madame Véronique DUCROCQ ; Madame Annie LEROY également.',
        'Absents : M. Luc DEVILLERS.',
        '1. Travaux de l’église',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Patrice BOULANGER > Véronique DUCROCQ', 'Annie LEROY > Véronique DUCROCQ']);
  });
});

describe('the hundred-and-seventeenth and eighteenth sets: real families again, large assemblies', () => {
  it('« SESSION DES 17 ET 18 OCTOBRE 2024 » then « Séance du jeudi 17 octobre 2024 »: the sitting’s day, no conflict', () => {
    const { summary, findings } = analyseText(
      text([
        'RÉGION VAL-DE-LOIRE-OCÉAN',
        'CONSEIL RÉGIONAL – SESSION DES 17 ET 18 OCTOBRE 2024',
        'Séance du jeudi 17 octobre 2024 – Délibération n° 24-10-CR-002',
        'Conseillers régionaux en exercice : 9 ; présents : 8 ; votants : 8.',
        'Absents : Mme Geneviève COMBARIEU.',
        'OBJET : SCHÉMA RÉGIONAL DES MOBILITÉS – ADOPTION',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.session_date).toBe('2024-10-17');
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('« Appel nominal, canton par canton (Présents) : » then « 01 – Canton de X : Mme A, M. B » lines; the benjamin who calls the roll is the secretary', () => {
    const { summary } = analyseText(
      text([
        'Conseil départemental – Réunion du lundi 27 juin 2016',
        'M. Thierry BONNAL, benjamin de l’Assemblée, procède à l’appel nominal :',
        'Appel nominal, canton par canton (Présents) :',
        '01 – Canton d’Aubrac-Nord : Mme Évelyne HÉLIAS, M. Pascal BARDOU',
        '02 – Canton de Belvézer : Mme Maryvonne TOULZE, M. Thierry BONNAL',
        '03 – Canton de Bort-la-Vieille : Mme Alexandra MOLINIÉ',
        '',
        'Absent excusé : M. Dominique TERRAL (canton de la Vallée du Lot)',
        'Rapport n° 1.01 – Budget supplémentaire',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['Évelyne HÉLIAS', 'Pascal BARDOU', 'Maryvonne TOULZE', 'Thierry BONNAL', 'Alexandra MOLINIÉ']);
    expect(summary.secretary).toBe('Thierry BONNAL');
  });

  it('« Membres : 53 | Présents : 40 | … »: the seats', () => {
    const { summary } = analyseText(text(['VILLE DE CASTELNAU-DES-PRÉS', 'Compte rendu affiché le 12 avril 2018', '', 'Membres : 53 | Présents : 40 | Représentés : 7 | Votants : 47', 'OBJET : Budget', 'Adopté à l’unanimité.']));
    expect(summary.members_in_office).toBe(53);
  });

  it('« Madame la mairesse X et Monsieur Y, conseiller au siège # 3, sont absents. » after the members present (Québec)', () => {
    const { summary } = analyseText(
      text([
        'MUNICIPALITE DE SAINT-CYPRIEN-DES-ÉTANGS',
        'Réunion ordinaire du Conseil de cette municipalité, tenue le 4 mai 2015, à 20h00, à laquelle étaient présents les conseillers',
        'Madame Line Bernard, Monsieur Yvan Caron et Monsieur Claude St-Pierre.',
        'Madame la mairesse Denise Gagnon et Monsieur Rosaire Dubois, conseiller au',
        'siège # 3, sont absents.',
        'Formant quorum sous la présidence de Monsieur Yvan Caron, maire suppléant.',
        '112-05-15 ADOPTION DE L’ORDRE DU JOUR',
        'Il est proposé par Madame Line Bernard et unanimement résolu d’adopter l’ordre du jour.',
      ]),
    );
    expect(summary.present_names).toEqual(['Line Bernard', 'Yvan Caron', 'Claude St-Pierre']);
    expect(summary.absent_names).toEqual(['Denise Gagnon', 'Rosaire Dubois']);
  });
});

describe('members in a table aligned with spaces under a header row', () => {
  it('« NOM Prénom   Commune   NOM Prénom   Commune »: the names read, the communes not; « Tableau des pouvoirs » pairs', () => {
    const { summary } = analyseText(
      text([
        'Séance du Conseil communautaire du 21 juillet 2020',
        'Présents : 5       Pouvoirs : 2       Votants : 7',
        '',
        'Conseillers présents :',
        'NOM Prénom              Commune                         NOM Prénom              Commune',
        'GARNIER Guillaume       AMBRIÈRES-LE-GRAND              JAMET Laurence          AMBRIÈRES-LE-GRAND',
        'LACAN Pierre            CHANTRIGNÉ-SUR-VARENNE          GILLET Monique          CHANTRIGNÉ-SUR-VARENNE',
        'RESSEGUIER Marie-Hélène LE PAS-SUR-VARENNE',
        '',
        'Tableau des pouvoirs',
        'Conseiller absent            Pouvoir donné à',
        'BERTHOMIEU Geneviève         GARNIER Guillaume',
        'COULON Mathieu               GILLET Monique',
        '',
        'OBJET : Budget annexe',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['GARNIER Guillaume', 'JAMET Laurence', 'LACAN Pierre', 'GILLET Monique', 'RESSEGUIER Marie-Hélène']);
    expect(pairs(summary.proxies_list)).toEqual(['BERTHOMIEU Geneviève > GARNIER Guillaume', 'COULON Mathieu > GILLET Monique']);
  });
});

describe('the hundred-and-twentieth set: OCR of registers', () => {
  it('an ACTES stamp read into line ends, one of its lines pushed closer to the text (« M. Cyril   Publié le … »)', () => {
    const { summary } = analyseText(
      text([
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'Séance du 9 février 2023',
        'Présents : Mme Sandrine ABADIE, M. Jérôme BACQUÉ, Mme Laura         Envoyé en préfecture le 14/02/2023',
        'CAZENAVE, M. Loïc DUPRAT, Mme Hélène ESCOULA, M. Florian FAUR,      Reçu en préfecture le 14/02/2023',
        'Mme Maëlle GOUZE, M. Bruno LASSERRE, Mme Audrey MARESTIN, M. Cyril   Publié le 15/02/2023',
        'NOUGUÉ, Mme Julie PEYRAT, M. Yoann SENTENAC.                      ID : O31-2131O1234-2O23O2O9-DEL',
        'Absent : M. Gaël ROUZAUD.',
        'DEL2023_07 - Mise en accessibilité de la mairie',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['Sandrine ABADIE', 'Jérôme BACQUÉ', 'Laura CAZENAVE', 'Loïc DUPRAT', 'Hélène ESCOULA', 'Florian FAUR', 'Maëlle GOUZE', 'Bruno LASSERRE', 'Audrey MARESTIN', 'Cyril NOUGUÉ', 'Julie PEYRAT', 'Yoann SENTENAC']);
  });

  it('« M me » split by OCR, at a line end too, is the civility', () => {
    const { summary } = analyseText(
      text([
        'Compte rendu de la séance du Conseil Municipal du vendredi 20 novembre 1998',
        'Présents : M. Gérard PONS, Maire ; M. Alain ROUCH, M me Danielle CASSAN, M. Christian',
        'LAPORTE, Adjoints ; M me Brigitte AZEMA, M. Didier BRU, M me',
        'Josette FOURNIER, M. Patrick GALY.',
        'Absente excusée : M me Sylvie RAYNAL (pouvoir à M. Alain ROUCH).',
        '1 - Tarifs de la cantine',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['Gérard PONS', 'Alain ROUCH', 'Danielle CASSAN', 'Christian LAPORTE', 'Brigitte AZEMA', 'Didier BRU', 'Josette FOURNIER', 'Patrick GALY']);
    expect(pairs(summary.proxies_list)).toEqual(['Sylvie RAYNAL > Alain ROUCH']);
  });

  it('a register’s margin (counts, « OBJET : » and its title) read beside a list written as a sentence', () => {
    const { summary, findings } = analyseText(
      text([
        'REGISTRE DES DELIBERATIONS – COMMUNE DE LAURIAC-LES-PINS',
        '                        Séance du 14 septembre 1979',
        'Nombre de conseillers :      L’an mil neuf cent soixante-dix-neuf, le quatorze septembre,',
        'en exercice : 11             à vingt heures trente, le Conseil Municipal de la commune,',
        'présents : 9                 régulièrement convoqué, s’est réuni sous la présidence',
        'votants : 10                 de M. Amédée SOLIGNAC, Maire.',
        'OBJET :                      Présents : MM. SOLIGNAC Amédée, BARRAL Léon, CAMBON Jean,',
        'Chemin rural n° 4 -          DALMAS Raymond, ESTOURNEL Pierre, GRANIER Louis, JULIA',
        'aliénation d’une             Marcel, PAGES Albert, VALAT Henri.',
        'portion                      Absents : M. BOUSCARAT Gaston (pouvoir à M. CAMBON Jean), M. MARRE Joseph.',
        '                             Secrétaire : M. CAMBON Jean.',
        '',
        '                             Le Conseil Municipal, à l’unanimité, décide d’aliéner la portion.',
      ]),
    );
    expect(summary.present_names).toEqual(['SOLIGNAC Amédée', 'BARRAL Léon', 'CAMBON Jean', 'DALMAS Raymond', 'ESTOURNEL Pierre', 'GRANIER Louis', 'JULIA Marcel', 'PAGES Albert', 'VALAT Henri']);
    expect(summary.absent_names).toEqual(['BOUSCARAT Gaston', 'MARRE Joseph']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('the hundred-and-twenty-second set: a signed PDF’s text layer glued at its cells', () => {
  it('« PrésentsMme X », « Absents représentésM. Y (pouvoir à …) », « Membres en exercice15Présents12Pouvoirs2Votants14 »', () => {
    const { summary, findings } = analyseText(
      text([
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'Séance du 18 juin 2019',
        'PrésentsMme Françoise VIALARET, M. Gilles GIRBAL, M. Gilles ANDRIEUX, Mme Liliane CHAMPEAUX.',
        'Absents représentésM. Éric BALSAN (pouvoir à Mme Liliane CHAMPEAUX)',
        'Absent excuséM. Cédric QUINSAC',
        'Secrétaire de séanceMme Liliane CHAMPEAUX',
        'Membres en exercice6Présents4Pouvoirs1Votants5',
        'OBJET : Éclairage public',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['Françoise VIALARET', 'Gilles GIRBAL', 'Gilles ANDRIEUX', 'Liliane CHAMPEAUX']);
    expect(pairs(summary.proxies_list)).toEqual(['Éric BALSAN > Liliane CHAMPEAUX']);
    expect(summary.absent_names).toEqual(['Cédric QUINSAC']);
    expect(summary.secretary).toBe('Liliane CHAMPEAUX');
    expect([summary.members_in_office, summary.present, summary.proxies, summary.voters]).toEqual([6, 4, 1, 5]);
    expect(codes(findings)).toEqual([]);
  });

  it('names glued cell to cell, « MAZEROLLEMme Solange X » and « CHAMPEAUXM. Thierry Y », but « BELKACEM. » ends a name', () => {
    const { summary } = analyseText(
      text([
        'Séance publique du 18 décembre 2018',
        'Présents :',
        'Mme Martine MAZEROLLEMme Solange GINESTETMme Liliane CHAMPEAUXM. Thierry CASTAGNÈDE',
        'M. Pascal LABROSSEM. Régis AUBERGEON',
        'Absent : M. KARIM BELKACEM.',
        'Mme Solange GINESTET a été élue secrétaire de séance.',
        'OBJET : Budget',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['Martine MAZEROLLE', 'Solange GINESTET', 'Liliane CHAMPEAUX', 'Thierry CASTAGNÈDE', 'Pascal LABROSSE', 'Régis AUBERGEON']);
    expect(summary.absent_names).toEqual(['KARIM BELKACEM']);
  });
});
