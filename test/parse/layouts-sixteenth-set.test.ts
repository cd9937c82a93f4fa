/**
 * Layouts the sixty-ninth and seventieth invented corpora (fixtures/corpus
 * 6901–7020) found missing: photographs, scans and faxes read by OCR, and the
 * lists of large assemblies. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);
const pairs = (list: Array<{ from: string; to: string | null }> | null) => (list ?? []).map((p) => `${p.from} > ${p.to}`);

describe('photographs, scans and faxes read by OCR', () => {
  it('letters wiped by glare inside a surname, a given name broken across lines, a count digit pushed to the next line', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du lundi 17 juin 2019',
        'Nombre de conseillers en exercice : 11',
        'Présents : 6',
        'Votants : 7',
        '',
        'Etaient présents : M. Gérard PEYROT, Mme Odile FAU~~ER, M. Bernard',
        'CHABROL, Mme Ma',
        '                                        rie-Claude LIMOGES, M. Pascal TRIBOUT,',
        'M. Jean-Luc BONNET.',
        'Absents excusés : M. Thierry MASSÉ (pouvoir à M. Gérard PEYROT), Mme Laure GIRAUD, Mme Inès RAYNAL, M. Paul FAGES.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Gérard PEYROT', 'Odile FAU~~ER', 'Bernard CHABROL', 'Marie-Claude LIMOGES', 'Pascal TRIBOUT', 'Jean-Luc BONNET']);
    expect(codes(findings)).toEqual([]);
    const pushed = analyseText(['Séance du 5 avril 2023', 'Conseillers en exercice : 33 - Présents : 27 - Représentés : 5 - Votants : 3', '                                                                           2', 'Le conseil municipal adopte.'].join('\n'));
    expect(pushed.summary.voters).toBe(32);
  });

  it('OCR’d ordinals and roles hyphenated at a line end; « rn » read for « m » in a month', () => {
    const { summary } = analyseText(
      [
        'Séance du l8 mars 1995',
        '',
        'L’an mil neuf cent quatre-vingt-quinze, le dix-huit mars, le Conseil Municipal, légalement convoqué le onze rnars, s’est réuni à la mairie.',
        '',
        'Etaient présents : MM. Raymond COLLET, Maire, Jean-Marie PIERRON, ler Adjoint, Mme Josiane ARNOUX, 2ème Ad-',
        'jointe, M. Lucien HUMBLOT.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Raymond COLLET', 'Jean-Marie PIERRON', 'Josiane ARNOUX', 'Lucien HUMBLOT']);
    expect(summary.convocation_date).toBe('1995-03-11');
  });

  it('a neighbouring notice caught beside the act is no part of it', () => {
    const right = [
      'PRÉFECTURE DU CANTAL',
      'AVIS D’ENQUÊTE PUBLIQUE',
      'Projet de parc éolien',
      'des Trois Puys',
      'Il sera procédé à une enquête',
      'publique du lundi 4 mai 2015',
      'au vendredi 5 juin 2015 inclus',
      'sur la demande d’autorisation',
      'présentée par la société',
      'VENT DES PUYS SAS.',
      'M. Jacques ROUVIER, ingénieur',
      'retraité, est désigné commis-',
      'saire enquêteur. Il recevra',
      'le public en mairie :',
      '- le samedi 9 mai 2015 ;',
      '- le mercredi 20 mai 2015.',
      'Fait à Aurillac, le 2 avril 2015',
    ];
    const left = [
      'COMMUNE DE GRÈZES-LA-MONTAGNE (Cantal)',
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
      'DU CONSEIL MUNICIPAL',
      '',
      'Séance du vendredi 27 mars 2015',
      '',
      'Membres en exercice : sept',
      'Présents : six',
      'Votants : sept',
      'Date de convocation : 20 mars 2015',
      '',
      'Présents : M. Henri CHABRIER, Mme Josette',
      'BOUNIOL, M. Marcel ROUJOUX, M. Fabien PAGÈS,',
      'Mme Sandrine TICHET, M. Jean-Paul BASTID.',
      'Procuration : Mme Agnès SÉGUY à M. Henri',
      'CHABRIER.',
      'Secrétaire de séance : M. Fabien PAGÈS.',
    ];
    const text = left.map((l, i) => (l.trim() === '' ? ' '.repeat(59) + right[i]! : l.padEnd(59) + right[i]!)).join('\n');
    const { summary, findings } = analyseText(text);
    expect(summary.present_names).toEqual(['Henri CHABRIER', 'Josette BOUNIOL', 'Marcel ROUJOUX', 'Fabien PAGÈS', 'Sandrine TICHET', 'Jean-Paul BASTID']);
    expect(pairs(summary.proxies_list)).toEqual(['Agnès SÉGUY > Henri CHABRIER']);
    expect(codes(findings)).toEqual([]);
  });

  it('tables whose rules OCR read as letters: « l » between a proxy’s two cells, « I » around a count box', () => {
    const { summary } = analyseText(
      [
        'Séance du mardi 19 novembre 2024',
        ' ______________________________________________',
        'I Membres en exercice I Présents I  Votants  I',
        'I_____________________I__________I___________I',
        'I         7           I    4     I     6     I',
        'I_____________________I__________I___________I',
        '',
        'Présents : M. Paul BLANCHET, Mme Anne ROBIN, M. Luc GALLET, Mme Rose MAUGER.',
        'Représentés :',
        '  MANDANT                          l  MANDATAIRE',
        '  ---------------------------------l------------------------------',
        '  Mme Hélène VIGNAUD               l  M. Paul BLANCHET',
        '  M. Jean-Claude MAZIÈRE           l  Mme Anne ROBIN',
      ].join('\n'),
    );
    expect([summary.members_in_office, summary.present, summary.voters]).toEqual([7, 4, 6]);
    expect(pairs(summary.proxies_list)).toEqual(['Hélène VIGNAUD > Paul BLANCHET', 'Jean-Claude MAZIÈRE > Anne ROBIN']);
  });

  it('an OCR’d « l » standing alone as the thousands group of an amount (« l 350 € »)', () => {
    const { summary } = analyseText(['Séance du 23 novembre 2020', '', 'OBJET : Exonération des loyers', 'Les loyers de 450 €, 380 € et 520 €, soit un total de l 350 €, sont exonérés.'].join('\n'));
    expect(summary.amounts_eur).toEqual([450, 380, 520, 1350]);
  });

  it('a table OCR drew with « I », the members in its « DELEGUES PRESENTS » column beside their communes', () => {
    const { summary } = analyseText(
      [
        'Séance du 14 mars 1997',
        '',
        'I COMMUNES                  I DELEGUES PRESENTS                I',
        'I---------------------------I----------------------------------I',
        'I VERNOUX-LE-HAUT           I M. Lucien GAUTHIER               I',
        'I                           I M. Marcel PONSOT                 I',
        'I SAINT-PRIX-LA-VERNE       I Mme Jeanne MOREL                 I',
        'I___________________________I__________________________________I',
        '',
        'Absents : M. Louis VARNIER.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Lucien GAUTHIER', 'Marcel PONSOT', 'Jeanne MOREL']);
  });

  it('a note on the line under its entry; a commune in small letters before dotted leaders', () => {
    const { summary } = analyseText(
      [
        'Séance du 27 novembre 2001',
        '',
        'Etaient présents :',
        '  Albaret-le-Haut ............ MM. Georges CAYROL, Henri VAYSSE',
        '  Bournac-le-Bas ............. M. Jean LAPORTE, Mme Ginette FABRE',
        'Absents excusés : Mme Odile BERTIN (procuration à M. Jean LAPORTE), M. René DEMARS',
        '(procuration à Mme Ginette FABRE).',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Georges CAYROL', 'Henri VAYSSE', 'Jean LAPORTE', 'Ginette FABRE']);
    expect(pairs(summary.proxies_list)).toEqual(['Odile BERTIN > Jean LAPORTE', 'René DEMARS > Ginette FABRE']);
  });
});

describe('the lists of large assemblies', () => {
  it('« PRÉSENTS – Mmes et MM. … », « Délégations de vote : 5 », « Absente non représentée : 1 »', () => {
    const { summary } = analyseText(
      [
        'Séance du jeudi 27 septembre 2018',
        'Conseillers en exercice : 7 – Présents : 4 – Délégations de vote : 2 – Votants : 6 – Absente non représentée : 1',
        '',
        'PRÉSENTS – Mmes et MM. ACHARD Bruno, AIGUIER Sonia, ALLIBERT Christophe, ANDRÉ Anaïs.',
        '',
        'AVAIENT DONNÉ DÉLÉGATION DE VOTE (loi n° 2021-1465 du 10 novembre 2021 : deux délégations au plus) :',
        'M. Jean FAVRE à Mme Sonia AIGUIER ; Mme Nicole TESSIER à M. Bruno ACHARD.',
        '',
        'ABSENTS NON REPRÉSENTÉS – Mmes et MM. ROSSI Delphine.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['ACHARD Bruno', 'AIGUIER Sonia', 'ALLIBERT Christophe', 'ANDRÉ Anaïs']);
    expect(summary.proxies).toBe(2);
    expect(pairs(summary.proxies_list)).toEqual(['Jean FAVRE > Sonia AIGUIER', 'Nicole TESSIER > Bruno ACHARD']);
  });

  it('members by departmental section, « – à distance » after a name, « Présents ou participant à distance : N »', () => {
    const { summary } = analyseText(
      [
        'SÉANCE PLÉNIÈRE DU JEUDI 27 JANVIER 2022',
        'Conseillers régionaux en exercice : 9',
        'Présents ou participant à distance : 4',
        '',
        'PRÉSENTS, PAR SECTION DÉPARTEMENTALE :',
        '',
        'Section de l’Arvène (2 élus) :',
        'M. TEISSIER François (MVP) ;',
        'M. GIROUX Renaud (ÉSR) – à distance.',
        '',
        'Section de la Haute-Lisière (2 élus) :',
        'M. LEROY Alain (MVP) ;',
        'Mme TAILLEFER Leïla (MVP).',
      ].join('\n'),
    );
    expect(summary.present).toBe(4);
    expect(summary.present_names).toEqual(['TEISSIER François', 'GIROUX Renaud', 'LEROY Alain', 'TAILLEFER Leïla']);
  });

  it('members described at length up to their semicolon; a group label above bulleted members', () => {
    const { summary } = analyseText(
      [
        'Réunion du lundi 8 juillet 2019',
        '',
        'ÉTAIENT PRÉSENTS :',
        'M. Jean-Louis DELAGE, Président du Conseil départemental, qui préside la séance ;',
        'Les vice-présidents :',
        '– Mme Martine BAUDIN, 1re vice-présidente déléguée à l’action sociale, à l’enfance et aux familles ;',
        '– M. Gérard FAVRE, 2e vice-président délégué aux routes ;',
        'Les autres membres de la Commission permanente :',
        'M. Xavier BIGAND, Mme Pauline BRUN.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Jean-Louis DELAGE', 'Martine BAUDIN', 'Gérard FAVRE', 'Xavier BIGAND', 'Pauline BRUN']);
  });

  it('a roll call by canton with dotted leaders; a state followed by a note naming no one', () => {
    const { summary, findings } = analyseText(
      [
        'Réunion du lundi 16 octobre 2006',
        'Conseillers généraux en exercice : 4 – Présents : 2 – Délégations de vote : 1 – Votants : 3',
        '',
        'APPEL NOMINAL (par canton) :',
        'Allanche-Amont ............ M. Serge FAUCHER : présent',
        'Aubrac-Sud ................ M. Laurent OLIVIER : excusé – délégation de vote à M. Serge FAUCHER',
        'Baladou ................... M. Renaud CHASTEL : présent',
        'Val-de-Vèze ............... M. Jacky CAPDEVIELLE : absent à l’ouverture – arrivé au rapport n° 3',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Serge FAUCHER', 'Renaud CHASTEL']);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['Jacky CAPDEVIELLE']));
    expect(codes(findings)).toEqual([]);
  });

  it('a table of delegations with a column of items: one given from an item on is no proxy of the opening', () => {
    const { summary } = analyseText(
      [
        'Conseil métropolitain du jeudi 29 janvier 2026',
        '',
        'PRÉSENTS À L’OUVERTURE DE LA SÉANCE',
        'M. Philippe HERVÉ, Mme Fatima DELMONT, M. Sylvain DOMERC, M. Jacques DUCLAUX, M. Nicolas DAGORN.',
        '',
        'DÉLÉGATIONS DE VOTE',
        'Mandant                Mandataire                  Points',
        'Marie-Pierre FAURIE    Sylvain DOMERC              tous les points',
        'Zohra AIGOUY           Fatima DELMONT              points 1 à 5 (arrivée au point 6)',
        'Jacques DUCLAUX        Nicolas DAGORN              à partir du point 7 (départ)',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Philippe HERVÉ', 'Fatima DELMONT', 'Sylvain DOMERC', 'Jacques DUCLAUX', 'Nicolas DAGORN']);
    expect(pairs(summary.proxies_list)).toEqual(['Marie-Pierre FAURIE > Sylvain DOMERC', 'Zohra AIGOUY > Fatima DELMONT']);
  });

  it('a group label after a dash before names without civility; « (groupes … et non inscrits) » in a tally', () => {
    const { summary } = analyseText(
      [
        'Réunion du vendredi 17 mai 2024',
        '',
        'Étaient présents, Mmes et MM. les conseillers régionaux :',
        '– Groupe Union pour la Région (2 membres) : Thierry PONCET, Hervé HUMBLOT ;',
        '– Groupe Centre et indépendants (1 membre) : Alain LECLÈRE.',
        '',
        '1. Approbation du procès-verbal',
        'Pour : 2 (groupes « Union pour la Région » et non inscrits) ; Contre : 0 ; Abstention : 1 (groupe « Centre »).',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Thierry PONCET', 'Hervé HUMBLOT', 'Alain LECLÈRE']);
    expect(summary.votes).toEqual({ for: 2, against: 0, abstain: 1, not_voting: 0 });
  });

  it('a vote label glued to the word in capitals before it (« SCRUTINPOUR : 29CONTRE : 0 »)', () => {
    const { summary } = analyseText(['Séance du 24 mars 2022', '', 'OBJET : Fonds de concours', 'SCRUTINPOUR : 29CONTRE : 0', 'ABSTENTION : 3', 'DONT 12 PROCURATIONS'].join('\n'));
    expect(summary.votes).toEqual({ for: 29, against: 0, abstain: 3, not_voting: 0 });
  });

  it('a proxy list whose givers carry their role and section before « à » their holder', () => {
    const { summary } = analyseText(
      [
        'Séance du 22 juin 2012',
        '',
        'Excusés ayant donné pouvoir :',
        '– M. Gérard TISSIER, vice-président chargé des transports (section du Haut-Vorlay) à M. Emmanuel MALLET',
        '– Mme Chantal CAZENOVE (section de la Basse-Orbière) à M. Mehdi COUDRAY',
        '',
        'Absents : M. Jean ROUX.',
      ].join('\n'),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Gérard TISSIER > Emmanuel MALLET', 'Chantal CAZENOVE > Mehdi COUDRAY']);
  });

  it('a videoconference: « Membres participant à la réunion : N », « N’ont pas pris part … et n’ont pas donné pouvoir : »', () => {
    const { summary } = analyseText(
      [
        'Réunion du lundi 27 avril 2020',
        'Membres de la Commission permanente en exercice : 5',
        'Membres participant à la réunion : 3 – Pouvoirs : 1 – Votants : 4',
        '',
        'Participaient à la réunion : Mme Christine KLEBER, Mme Laurence LAPORTE, M. Grégoire BOUZID.',
        '',
        'Avaient donné pouvoir : Mme Chantal ISNARD (pouvoir à Mme Christine KLEBER).',
        '',
        'N’ont pas pris part à la réunion et n’ont pas donné pouvoir : M. Gilbert GIRAUDET.',
      ].join('\n'),
    );
    expect(summary.present).toBe(3);
    expect(summary.absent_names).toEqual(['Gilbert GIRAUDET']);
    expect(pairs(summary.proxies_list)).toEqual(['Chantal ISNARD > Christine KLEBER']);
  });
});

describe('Belgium, Switzerland and Québec', () => {
  it('a CPAS roll with dotted leaders: the roles stay, the secretary is staff, a member present from a later item', () => {
    const { summary, findings } = analyseText(
      [
        'CENTRE PUBLIC D’ACTION SOCIALE DE VELLERAND',
        'Province de Hainaut – Arrondissement de Thuin',
        'REGISTRE AUX DÉLIBÉRATIONS DU CONSEIL DE L’ACTION SOCIALE',
        'Séance du mardi 22 avril 2008',
        '',
        'Présents :',
        'Mme Jacqueline DUMONT .................................. Présidente',
        'M. Roger STIÉVENARD ..................................... Conseiller',
        'M. Patrick HOTTOIS ...................................... Conseiller',
        'Mme Fabienne CARLIN ..................................... Conseillère',
        'Mme Sylvie BRASSINNE ............. Conseillère (à partir du point 3)',
        'M. Francis COPPIN ....................................... Secrétaire',
        '',
        'Excusé :',
        'M. Albert DEBLOIS ....................................... Conseiller',
        '',
        'Point 1 – Approbation du procès-verbal de la séance du 25 mars 2008',
        'Le Conseil,',
        'APPROUVE, par 3 voix pour et 1 abstention, le procès-verbal de la séance du 25 mars 2008.',
      ].join('\n'),
    );
    expect(summary.president).toBe('Jacqueline DUMONT');
    expect(summary.secretary).toBe('Francis COPPIN');
    expect(summary.present_names).not.toContain('Francis COPPIN');
    expect(codes(findings)).toEqual([]);
  });

  it('an intercommunale’s board (« Administrateur »), a Québec district’s name, « Poste à pourvoir » in a presence table', () => {
    const board = analyseText(['Séance du 15 mai 2012', '', 'Sont présents (3) :', 'M. Philippe DEGRAEVE, Président (Ville de Marbaix)', 'M. Rudy DEBAISE, Administrateur (Commune de Leers)', 'Mme Sabine NAVEAU, Administratrice (Commune de Solre)'].join('\n'));
    expect(board.summary.present_names).toEqual(['Philippe DEGRAEVE', 'Rudy DEBAISE', 'Sabine NAVEAU']);
    const quebec = analyseText(['Séance du 2 juin 2014', '', 'SONT PRÉSENTS :', 'Monsieur le maire Alain Pépin', 'Madame la conseillère Danielle Roy, district no 1 – Du Lac', 'Monsieur le conseiller Jacques Forget, district no 2 – Des Érables', '', 'Formant quorum sous la présidence de monsieur le maire Alain Pépin.'].join('\n'));
    expect(quebec.summary.present_names).toEqual(['Alain Pépin', 'Danielle Roy', 'Jacques Forget']);
    const table = analyseText(
      [
        'Compte-rendu du Comité Syndical du 16 avril 2012',
        '',
        'Présents ayant voix délibérative',
        'NOM PrénomCollège / StructurePrésent(e) ou suppléé(e) Suppléé(e) par, Pouvoir donné à',
        'ROCHAS Yves CC Rhône-Vallée X',
        'BOUCHET Chantal CC Rhône-Vallée X',
        'Poste à pourvoir CC Rhône-Vallée',
        'VALLON Jean-Claude CC des Gras X',
        'SOUTEYRAN Michel CC des Gras',
      ].join('\n'),
    );
    expect(table.summary.present_names).toEqual(['ROCHAS Yves', 'BOUCHET Chantal', 'VALLON Jean-Claude']);
  });

  it('a commission’s unanimity quoted in the minutes is not the vote; « Sont présents les N membres suivants »', () => {
    const { summary } = analyseText(
      [
        'Conseil général – séance du 26 septembre 2019',
        '',
        'Sont présents les 4 membres suivants : Mmes et MM. Nicolas BAGNOUX, Sylvie ZUFFERAY, Paul FAVRE, Anne REY.',
        '',
        'Préavis n° 12/2019',
        'La commission ad hoc, qui recommande, à l’unanimité de ses cinq membres, d’accepter les conclusions du préavis.',
        'Au vote, les conclusions du préavis n° 12/2019 sont acceptées par 3 voix contre 1 et 0 abstention.',
      ].join('\n'),
    );
    expect(summary.present).toBe(4);
    expect(summary.votes).toEqual({ for: 3, against: 1, abstain: 0, not_voting: 0 });
  });
});

describe('the seventy-third and seventy-fourth sets', () => {
  it('a running footer naming the session with another date is a second date for the session', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE LAGARDE-SUR-VÉZÈRE',
        'PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU JEUDI 18 OCTOBRE 2018',
        '',
        'Le jeudi dix-huit octobre deux mille dix-huit, à vingt heures, le conseil municipal s’est réuni à la mairie.',
        'Présents : M. Jean ROUX, Maire, Mme Anne DUMAS, M. Paul VIDAL.',
        '',
        '1 – Approbation du procès-verbal de la séance du 6 septembre 2018',
        'Le procès-verbal est approuvé à l’unanimité.',
        '',
        'Procès-verbal du conseil municipal du 16 octobre 2018 – page 1/5',
        '',
        '2 – Tarifs',
        'Adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(summary.session_date).toBeNull();
    expect(codes(findings)).toContain('DATE_CONFLICT');
  });

  it('a dash glued to a given name, a surname broken after its particle, list numbers before the names', () => {
    const a = analyseText(['Séance du 7 février 2012', '', 'Présents :', '- VILLERS Stéphane,- MAUGIN Christine,', '- NOLLEAU Daniel- PAYET Géraldine,', '- QUINTIN Hervé.'].join('\n'));
    expect(a.summary.present_names).toEqual(['VILLERS Stéphane', 'MAUGIN Christine', 'NOLLEAU Daniel', 'PAYET Géraldine', 'QUINTIN Hervé']);
    const b = analyseText(['Séance du 13 juin 2019', '', 'Etaient présents :', 'Mme GUILLOU Annick, M. HAMONIC Patrick, M. PERRON-LE', 'GALL Thierry, M. BOSCHET Alain.'].join('\n'));
    expect(b.summary.present_names).toEqual(['GUILLOU Annick', 'HAMONIC Patrick', 'PERRON-LE GALL Thierry', 'BOSCHET Alain']);
    const c = analyseText(['SEANCE D’INSTALLATION DU 21 MARS 2008', 'Conseillers présents : 1. 2. 3. Sylvie KIENTZER Bernard HUMBERT Nathalie ROESSEL 4. Thomas BINDEL Conseiller absent excusé : 5. Laurent OSTER'].join('\n'));
    expect(c.summary.present).toBeNull();
    expect(c.summary.present_names).toEqual(['Sylvie KIENTZER', 'Bernard HUMBERT', 'Nathalie ROESSEL', 'Thomas BINDEL']);
  });
  it('counts stated in sentences: « quinze conseillers présents sur dix-neuf », « huit membres sont présents et trois représentés », « formant quorum (six membres sur sept) »', () => {
    const a = analyseText(['Séance du 14 septembre 2016', '', 'Mme le Maire constate que le quorum est atteint : quinze conseillers présents sur dix-neuf.'].join('\n'));
    expect([a.summary.present, a.summary.members_in_office]).toEqual([15, 19]);
    const b = analyseText(['Séance du 12 décembre 2020', '', 'Le Maire constate que huit membres sont présents et trois représentés.'].join('\n'));
    expect([b.summary.present, b.summary.proxies]).toEqual([8, 3]);
    const c = analyseText(['Séance ordinaire du 2 octobre 2012', '', 'Sont présents les conseillers Morin Danielle, Ouellet Gilles et Dubé Martin, formant quorum (six membres sur sept) sous la présidence du maire.'].join('\n'));
    expect([c.summary.present, c.summary.members_in_office]).toEqual([6, 7]);
  });
  it('« Mme X (Commune), représentée par son suppléant »: the titular excused, the seat counted once', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 27 septembre 2016',
        'Nombre de délégués en exercice : 4',
        'Présents : 4 (3 titulaires, 1 suppléant)',
        'Votants : 4',
        '',
        'Délégués présents :',
        'BELVAL : M. Jean-Louis CAYRAC, Mme Régine ALBOUZE',
        'MAYRAC : M. Paul ESPINAS, M. Marc ROUQUIER (suppléant, avec voix délibérative)',
        '',
        'Excusée : Mme Colette VERNHET (Mayrac), représentée par son suppléant.',
        'Absents excusés : M. Jean ETCHART (Escot), représenté par son suppléant M. Pierre LARRIEU ; M. Roger CAPDEVILLE (Aramits).',
      ].join('\n'),
    );
    expect(summary.absent_names).toEqual(expect.arrayContaining(['Colette VERNHET', 'Roger CAPDEVILLE']));
    expect(codes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

