/**
 * Layouts the hundred-and-sixty-second invented corpus and the sets after it found missing, and documents of earlier
 * sets read since. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a left margin whose labels wrap over lines', () => {
  const pad = (margin: string, body: string) => (margin + ' '.repeat(29)).slice(0, 29) + body;
  const doc = text([
    'COMMUNE DE KERVILLAC-SUR-ODET – CONSEIL MUNICIPAL – SÉANCE DU 14 FÉVRIER 2022',
    '',
    pad('Membres afférents', 'L’an deux mille vingt-deux, le 14 février à 20h30, le Conseil Municipal de'),
    pad('au Conseil : 15', 'Kervillac-sur-Odet, régulièrement convoqué, s’est réuni au nombre prescrit'),
    pad('Membres en', 'par la Loi, dans le lieu habituel de ses séances, sous la présidence de'),
    pad('exercice : 15', 'M. CORNEC Yannick, Maire.'),
    'Date de la',
    pad('convocation :', 'Présents : BERTHOU Anne, CORNEC Yannick, DANIELOU Marc, FLOCH Gaëlle, GOURMELEN'),
    pad('8/2/2022', 'Hervé, JAOUEN Nadine, KERLOC’H Paul, LE DREZEN Rozenn, LE GOFF Alain,'),
    pad('', 'MAHE Solène, NICOLAS Ronan, PRIGENT Josiane, QUEFFELEC Erwan Pouvoir : RIOU'),
    pad('', 'Maël à CORNEC Yannick Absent : TANGUY Loïc Secrétaire de séance : FLOCH Gaëlle'),
    '',
    '2022-02-01 : TARIFS DE LA SALLE DES FÊTES',
    'Le Conseil Municipal, après en avoir délibéré, adopte les tarifs proposés.',
    'Vote : Pour : 14 – Contre : 0 – Abstention : 0',
  ]);

  it('each label is read whole beside the text, and no piece of it ends the list of the members present', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.members_in_office).toBe(15);
    expect(summary.convocation_date).toBe('2022-02-08');
    expect(summary.present_names).toHaveLength(13);
    expect(summary.present_names).toContain('GOURMELEN Hervé');
    expect(summary.present_names).toContain('QUEFFELEC Erwan');
    expect(pairs(summary.proxies_list)).toEqual(['RIOU Maël > CORNEC Yannick']);
    expect(summary.absent_names).toEqual(['TANGUY Loïc']);
    expect(codes(findings)).toEqual([]);
  });

  it('a label cut at its hyphen in the margin is one word again', () => {
    const hyphen = doc.replace('Date de la\n', 'Date de la convoca-\n').replace(pad('convocation :', ''), pad('tion : 8/2/2022', '')).replace(pad('8/2/2022', ''), pad('', ''));
    const { summary } = analyseText(hyphen);
    expect(summary.convocation_date).toBe('2022-02-08');
    expect(summary.present_names).toHaveLength(13);
  });
});

describe('counts and offices inside the lists of a flattened page', () => {
  const doc = (proxies: string) =>
    text([
      'PÔLE TERRITORIAL DU HAUT-VERDON – COMITÉ SYNDICAL DU JEUDI 11 AVRIL 2024 Le Comité syndical, légalement convoqué le 4 avril 2024, s’est réuni sous la présidence de Mme Hélène MARCEAU. Nombre de délégués en exercice : 12 Nombre de présents : (7) Nombre de pouvoirs : (2) Nombre de votants : (9)',
      `Présents : Hélène MARCEAU et Paul ROSSIGNOL (Castelvert), Julie BRUN (Aiguines-le-Bas), Henri FABRE, Lucie PONS, Marc REYNAUD, Odile SIAUD. Procurations : ${proxies} Absents excusés : (3) Ophélie CASTEL, Jean-Marie DURBEC (CCHV), Noël TARDIEU. Délibération n° 2024-07 – Cotisations 2024 Le Comité fixe la cotisation à 2,10 € par habitant. Adoptée à l’unanimité des votants (9).`,
    ]);

  it('a count in brackets before names without civility: the names are the list, not a count whose first letter is an OCR digit', () => {
    const { summary, findings } = analyseText(doc('Gilles ARNAUD à Lucie PONS, Rémi GARCIN à Marc REYNAUD.'));
    expect(summary.absent_names).toEqual(['Ophélie CASTEL', 'Jean-Marie DURBEC', 'Noël TARDIEU']);
    expect(codes(findings)).toEqual([]);
  });

  it('a giver\'s offices between commas, the last one before « à », and the next proxy without a separator', () => {
    const { summary, findings } = analyseText(doc('M. Gilles ARNAUD, Maire, Vice-Président à Mme Lucie PONS Mme Rémi GARCIN à M. Marc REYNAUD'));
    expect(pairs(summary.proxies_list)).toEqual(['Gilles ARNAUD > Lucie PONS', 'Rémi GARCIN > Marc REYNAUD']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('officers of an installation session', () => {
  const doc = (opening: string, bureau: string) =>
    text([
      'COMMUNE DE SAINT-JULIEN-DES-ORMEAUX – PROCÈS-VERBAL DE LA SÉANCE DU 27 MAI 2020',
      'Conseillers présents : Paul BARRAL, Sophie CHAZE, Rémi DUFOUR, Lise ESCOFFIER, Marc FAURE, Anne GIRAUD, Luc HERAIL.',
      'Absent excusé : Jean ISSARTEL',
      '',
      `${opening} procède à l’appel nominal et déclare les huit conseillers municipaux élus installés dans leurs fonctions.`,
      '',
      'POINT 2 – Élection du maire',
      `Mme Sophie CHAZE, doyenne d’âge, prend la présidence. ${bureau} Premier tour de scrutin : nombre de bulletins 7, suffrages exprimés 7, majorité absolue 4.`,
      'M. Rémi DUFOUR : 7 voix. M. Rémi DUFOUR est proclamé maire et immédiatement installé.',
    ]);

  it('the outgoing maire who opens the session, a relative clause of his between commas', () => {
    const { summary } = analyseText(doc('Monsieur Gérard VIGNAL, maire sortant, qui ne se représentait pas, ouvre la séance à 10 heures,', ''));
    expect(summary.president).toBe('Gérard VIGNAL');
  });

  it('the secretary named after the assessors, the verb said once', () => {
    const { summary } = analyseText(doc('M. Gérard VIGNAL ouvre la séance,', 'M. Luc HERAIL et Mme Anne GIRAUD sont désignés assesseurs, M. Marc FAURE secrétaire.'));
    expect(summary.secretary).toBe('Marc FAURE');
  });
});

describe('a council of maires whose substitute sits for one of them', () => {
  const doc = (sub: string) =>
    text([
      'Procès-verbal de la séance ordinaire du 12 février 2020',
      'Séance ordinaire du Conseil de la Municipalité régionale de comté du Haut-Matane, tenue le mercredi 12 février 2020, à 19 h 30. Siègent les maires et représentants',
      'suivants :',
      'Monsieur Gilles Dubé, préfet et maire de Saint-Ulric-des-Monts',
      'Madame Nicole Ouellet, maire de Baie-des-Sables-Ouest',
      sub,
      'Monsieur Jean-Guy',
      'Fournier, maire de Grosses-Roches-Est',
      'Absence motivée : Monsieur Denis Caron, maire de Sainte-Félicité-Nord',
      'Le quorum est atteint; la séance est présidée par Monsieur Gilles Dubé, préfet.',
      '',
      'C.M. 2020-02-031',
      'Il est proposé par Madame Nicole Ouellet, appuyé par Monsieur Jean-Guy Fournier et unanimement résolu d’adopter l’ordre du jour.',
    ]);

  it('« conseillère et substitut du maire de X, représentant Monsieur Y » describes her; the next maire is read', () => {
    const { summary } = analyseText(doc('Madame Line Pelletier, conseillère et substitut du maire de Les Méchins-Sud,\nreprésentant Monsieur Yves Bérubé'));
    expect(summary.present_names).toEqual(['Gilles Dubé', 'Nicole Ouellet', 'Line Pelletier', 'Jean-Guy Fournier']);
    expect(summary.absent_names).toEqual(['Denis Caron']);
  });

  it('« représentant Monsieur Y » alone after her office', () => {
    const { summary } = analyseText(doc('Madame Line Pelletier, conseillère, représentant Monsieur Yves Bérubé'));
    expect(summary.present_names).toEqual(['Gilles Dubé', 'Nicole Ouellet', 'Line Pelletier', 'Jean-Guy Fournier']);
  });
});

describe('a holder whose given names end one line, the surname in capitals the next', () => {
  it('« … pouvoir à Jean Pierre » / « LAUTIER. » is one holder, not a giver present', () => {
    const { summary, findings } = analyseText(
      text([
        'COMPTE RENDU SOMMAIRE DE SEANCE DU CONSEIL MUNICIPAL DU VENDREDI 8 MARS 2019',
        'L’an deux mille dix-neuf et le 8 mars à 18 heures 30, le Conseil Municipal s’est réuni en séance ordinaire sous la présidence de Paul ROUBAUD, Maire.',
        'Présents : Anne AUDIBERT, Marc BLANC, Lise GIORDAN, Jean Pierre MOREL, Rose PELLEGRIN,',
        'Luc SALVETTI, Éva TOSELLO.',
        'Absents représentés : Marie BARBERIS pouvoir à Éva TOSELLO, Alain',
        'CIAIS pouvoir à Marc BLANC, Théo FERRERO pouvoir à Jean Pierre',
        'MOREL.',
        'Madame Lise GIORDAN a été nommée secrétaire de séance.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Marie BARBERIS > Éva TOSELLO', 'Alain CIAIS > Marc BLANC', 'Théo FERRERO > Jean Pierre MOREL']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('an installation\'s quorum sentence and a tally\'s own non-voter', () => {
  const doc = text([
    'PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL DE LA COMMUNE DE WALDHOFEN – SEANCE DU 26 MAI 2020',
    'Conseillers présents : 1. MULLER Anne 2. BAUER Marc 3. KELLER Paul 4. SCHMITT Rose 5. WOLFF Luc 6. HUBER Lise 7. FRITZ Jean',
    'Conseiller absent excusé : KOCH Théo (procuration à MULLER Anne)',
    'POINT 1 – Installation du conseil municipal. La séance est ouverte sous la présidence de M. Jean ROTH, Maire sortant, qui déclare installés les huit conseillers municipaux.',
    // (the roll call's figures come past the header, an installation's second point)
    ...Array.from({ length: 12 }, (_, i) => `M. ROTH rappelle le résultat du scrutin du 15 mars 2020 dans le bureau de vote n° ${i + 1} et remercie les électeurs de leur participation.`),
    'POINT 2 – M. Paul KELLER, le plus âgé des membres, prend la présidence. Il constate que le quorum fixé au tiers des membres par l’ordonnance du 13 mai 2020 est atteint, 7 conseillers étant présents et 1 représenté.',
    'POINT 3 – Indemnités de fonction',
    'Le conseil municipal fixe les indemnités par 6 voix pour et 1 abstention, Madame MULLER ne prenant pas part au vote.',
  ]);

  it('the members present and represented the quorum sentence gives', () => {
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(7);
    expect(summary.proxies).toBe(1);
  });

  it('« M. X ne prenant pas part au vote » in the tally\'s sentence: one member not voting', () => {
    const { summary } = analyseText(doc);
    expect(summary.votes).toEqual({ for: 6, against: 0, abstain: 1, not_voting: 1 });
  });
});

describe('assemblies other than councils (the hundred-and-sixty-second set)', () => {
  it('a page number before a civility and a « Prénom NOM » in a flattened roll: no end of the list', () => {
    const names = ['M. Paul ARNOUX (Bry)', 'Mme Anne BESSAC (Orly)', 'M. Karim DAOUDI (Bry)', 'Mme Lise FERRAND (Orly)', 'M. Marc GUERIN (Ivry)', 'Mme Rose HAMEL (Bry)'];
    const { summary } = analyseText(
      `PROCÈS-VERBAL DU CONSEIL DE TERRITOIRE SÉANCE DU MARDI 14 JUIN 2022 Le Conseil de territoire, légalement convoqué le 7 juin 2022, s'est réuni sous la présidence de M. Paul ARNOUX, Président. Conseillers de territoire en exercice : 8 Présents : 6 ÉTAIENT PRÉSENTS : ${names.slice(0, 3).join(', ')}, 2 ${names.slice(3).join(', ')}. ABSENTS : M. Luc JAMET (Orly), Mme Éva KLEIN (Ivry). Délibération n° 2022-41 – Budget annexe. Adopté à l'unanimité.`,
    );
    expect(summary.present_names).toEqual(['Paul ARNOUX', 'Anne BESSAC', 'Karim DAOUDI', 'Lise FERRAND', 'Marc GUERIN', 'Rose HAMEL']);
  });

  it('member bodies opening their lines before a dash, their delegates after it; a group label cut at its « et »', () => {
    const { summary } = analyseText(
      text([
        'SYNDICAT MIXTE OUVERT DU HAUT-VERCORS NUMÉRIQUE – Comité syndical – séance du jeudi 5 décembre 2019',
        'Le comité syndical, convoqué le 25 novembre 2019, s’est réuni sous la présidence de M. Yves ARNAUD.',
        'Délégués en exercice : 8',
        '',
        'Présents :',
        'Région – Mme Claire BOUVIER (12), M. Hugo DARLET (12)',
        'Département – M. Yves ARNAUD, Président (10)',
        'CC du Trièves-Est – M. Paul GIROUD (6)',
        'Représentants des communes et des EPCI : M. Luc MARTEL ; Mme Nina OGIER.',
        '',
        'Absents : M. Alain PELLAT (CC du Royans-Sud, 4), Mme Odile REY (Région, 12)',
      ]),
    );
    expect(summary.present_names).toEqual(['Claire BOUVIER', 'Hugo DARLET', 'Yves ARNAUD', 'Paul GIROUD', 'Luc MARTEL', 'Nina OGIER']);
    expect(summary.absent_names).toEqual(['Alain PELLAT', 'Odile REY']);
  });

  const board = (seats: string, consult: string) =>
    text([
      'Vercoire Habitat – Conseil d’administration – Séance du jeudi 13 juin 2024',
      `${seats}`,
      'PRÉSENTS : Mme Anne BOYER, Présidente ; M. Marc CHAIX ; Mme Lise DURAND ; M. Paul ESTÈVE ; Mme Rose FAURE.',
      'EXCUSÉS : M. Jean GARNIER, Mme Éva HUGON.',
      `${consult} Mme Agnès VIDAL, représentant le Préfet, commissaire du Gouvernement.`,
      'Le quorum étant atteint, la séance est ouverte. Mme Lise DURAND est désignée secrétaire de séance.',
    ]);

  it('the seats as « administrateurs ayant voix délibérative » or « conseillers composant le conseil »', () => {
    expect(analyseText(board('Nombre d’administrateurs ayant voix délibérative : 7', 'ASSISTE AVEC VOIX CONSULTATIVE :')).summary.members_in_office).toBe(7);
    expect(analyseText(board('Nombre de conseillers composant le conseil : 7', 'ASSISTE AVEC VOIX CONSULTATIVE :')).summary.members_in_office).toBe(7);
  });

  it('« ASSISTENT AVEC VOIX CONSULTATIVE : » heads the attending staff, its verb no name of the excused', () => {
    const { summary, findings } = analyseText(board('Nombre d’administrateurs ayant voix délibérative : 7', 'ASSISTENT AVEC VOIX CONSULTATIVE :'));
    expect(summary.absent_names).toEqual(['Jean GARNIER', 'Éva HUGON']);
    expect(codes(findings)).toEqual([]);
  });

  it('« Assistaient sans voix délibérative : » a substitute whose titular stays excused', () => {
    const { summary, findings } = analyseText(
      text([
        'SYNDICAT MIXTE DU PARC DES MONTS D’OLT – COMITÉ SYNDICAL DU 9 JUIN 2016',
        'Délégués en exercice : 8 Présents : 5 Pouvoir : 1 Votants : 6',
        'PRÉSENTS : ESCANDE Michel (Région), VIGUIER Anne (Région), CAYREL Jean (Vaurelle), RIGAL Pierre (Peyreleau), SOLIER Annie (Ségur).',
        'EXCUSÉS : POUJOL Gérard (Département), GINESTE Bernard (Région, pouvoir à ESCANDE Michel), MAURY Roger (Nant).',
        'ASSISTAIENT SANS VOIX DÉLIBÉRATIVE : PRADALIER Marc, suppléant de POUJOL Gérard ; M. Olivier DURAND, directeur du Parc.',
        'Secrétaire de séance : RIGAL Pierre.',
      ]),
    );
    expect(summary.absent_names).toEqual(['POUJOL Gérard', 'GINESTE Bernard', 'MAURY Roger']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('sessions held in a room and by video (the hundred-and-sixty-fourth set)', () => {
  const hybrid = (room: string, remote: string) =>
    text([
      'Vaubeuil-la-Combe – Conseil municipal – Procès-verbal de séance',
      'Séance du mardi 16 mars 2021',
      'Conseillers en exercice : 11',
      'Présents : 8 (5 en salle, 3 en visioconférence)',
      'Pouvoirs : 1',
      '',
      'Le conseil municipal s’est réuni en mairie, sous la présidence de M. Paul GIROD, Maire, sans public.',
      '',
      `${room} Paul GIROD, Anne BERLIET, Marc CHAVAZ, Lise DUMAS, Rémi GUILLOT.`,
      `${remote} Nora REVEL, Luc ROSSET, Éva TOURNOUD.`,
      'Procurations : Henri BALLY à Paul GIROD.',
      'Absents : Albert BOUVIER, Carine CHAPUIS.',
      'Secrétaire de séance : Lise DUMAS.',
    ]);

  it('« En salle : » and « En visioconférence : » are the members present', () => {
    const { summary, findings } = analyseText(hybrid('En salle :', 'En visioconférence :'));
    expect(summary.present_names).toHaveLength(8);
    expect(summary.present_names).toContain('Éva TOURNOUD');
    expect(codes(findings)).toEqual([]);
  });

  it('« Présents dans la salle : »', () => {
    const { summary } = analyseText(hybrid('Présents dans la salle :', 'Présents à distance :'));
    expect(summary.present_names).toHaveLength(8);
  });

  it('« … et les conseillers et conseillères Réjean X (siège no 1), … »: the addressees are no entry', () => {
    const { summary } = analyseText(
      text([
        'PROCÈS-VERBAL de la séance ordinaire du conseil de la Municipalité de Lac-aux-Hérons tenue le lundi 4 mai 2020 à 19 h 30, à huis clos et par visioconférence.',
        'Sont présents par visioconférence : la mairesse, madame Ginette Lapointe, et les conseillers et conseillères Réjean Morin (siège no 1), Chantal Roy (siège no 2), Martin Séguin (siège no 3) et Sylvain Hébert (siège no 6).',
        'Est absent : Normand Cloutier (siège no 4).',
      ]),
    );
    expect(summary.present_names).toEqual(expect.arrayContaining(['Réjean Morin', 'Chantal Roy', 'Martin Séguin', 'Sylvain Hébert']));
    expect(summary.absent_names).toEqual(['Normand Cloutier']);
  });

  it('an electronic vote\'s result in dotted leaders, each figure after its label', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNAUTÉ DE COMMUNES DU VAL D’ORNOIS – Conseil communautaire – séance du mardi 13 juin 2023',
        'Conseillers en exercice : 12 | Présents : 10 | Pouvoirs : 1 | Votants : 11',
        'Présents : ADAM Paul, BARRE Anne, CUNY Marc, DIDIER Lise, ÉTIENNE Luc, FRANÇOIS Rose, GILLET Yves, HENRY Nina, JACQUES Rémi, KLEIN Théo.',
        'Pouvoirs : LAMBERT Éva à ADAM Paul.',
        'Absent excusé : MARTIN Jean.',
        '',
        'DÉLIBÉRATION N° 2023-06-051 – Fonds de concours 2023',
        'M. Marc CUNY, maire de la commune bénéficiaire, ne prend pas part au vote.',
        'RÉSULTAT DU VOTE ÉLECTRONIQUE',
        '  Votants ............................ 11',
        '  Pour ...............................  8',
        '  Contre .............................  1',
        '  Abstentions ........................  1',
        '  Ne prend pas part au vote ..........  1',
      ]),
    );
    expect(summary.votes).toEqual({ for: 8, against: 1, abstain: 1, not_voting: 1 });
    expect(codes(findings)).toEqual([]);
  });
});

describe('a list cut by dashes whose surnames wrap at the line ends', () => {
  it('« VAN DER » / « BEKEN – M. X » and « LAGARDE- » / « SOULIÉ – M. Y » are surnames, not communes labelling the next members', () => {
    const { summary, findings } = analyseText(
      text([
        'COMPTE RENDU ANALYTIQUE DU CONSEIL MUNICIPAL SEANCE DU 24 SEPTEMBRE 2018',
        'Par suite d’une convocation en date du 18 septembre 2018, les membres composant le Conseil municipal se sont réunis sous la présidence de Monsieur Paul AUDRAN, Maire.',
        'Conseillers en exercice : 9',
        'ETAIENT PRESENTS : M. Paul AUDRAN - Mme Chantal BRIAND - M. Régis FOUCHER - Mme Dominique VAN DER',
        'BEKEN – M. Jacques MESNIL – Mme Claire DUPRAT – Mme Hélène LAGARDE-',
        'SOULIÉ – M. Jean-Marc POIRIER – Mme Nicole PASTEUR.',
        '',
        'ABSENT EXCUSE : M. Daniel ROBIN',
      ]),
    );
    expect(summary.present_names).toEqual(['Paul AUDRAN', 'Chantal BRIAND', 'Régis FOUCHER', 'Dominique VAN DER BEKEN', 'Jacques MESNIL', 'Claire DUPRAT', 'Hélène LAGARDE-SOULIÉ', 'Jean-Marc POIRIER', 'Nicole PASTEUR']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('a running footer that dates the session otherwise', () => {
  const doc = (footerDate: string) =>
    text([
      'SIAEP des COTEAUX DU LAUZET',
      'Réunion du 16 mars 2023',
      'L’an deux mille vingt-trois, le jeudi seize mars à dix-huit heures, le Comité syndical s’est réuni sous la présidence de Monsieur DARRE Serge, Président.',
      'PRESENTS : MM. DARRE Serge, BAQUÉ Christian, CAUBET Pierre, FITTE Joël, GARROS Bernard.',
      'SECRETAIRE DE SEANCE : M. FITTE Joël',
      'Ordre du jour :',
      ...['Compte de gestion et compte administratif 2022', 'Affectation du résultat 2022', 'Budget primitif 2023', 'Tarifs des redevances au 1er mai 2023', 'Renouvellement de la canalisation de la route de Castéra – choix de l’entreprise', 'Convention de fourniture d’eau en gros avec le syndicat voisin', 'Rapport annuel sur le prix et la qualité du service 2022', 'Admission en non-valeur de créances irrécouvrables', 'Questions diverses'].map((l) => `- ${l}`),
      `SIAEP des Coteaux du Lauzet – Comité syndical du ${footerDate}                             page 1/2`,
      '1 – COMPTE ADMINISTRATIF 2022',
      'Le comité approuve le compte administratif 2022 à l’unanimité.',
      `SIAEP des Coteaux du Lauzet – Comité syndical du ${footerDate}                             page 2/2`,
    ]);

  it('« … – Comité syndical du 14 mars 2023      page 1/2 » against the 16 March of the title and the opening', () => {
    const { summary, findings } = analyseText(doc('14 mars 2023'));
    expect(summary.session_date).toBeNull();
    expect(codes(findings)).toContain('DATE_CONFLICT');
  });

  it('the same date in the footer: one date', () => {
    const { summary, findings } = analyseText(doc('16 mars 2023'));
    expect(summary.session_date).toBe('2023-03-16');
    expect(codes(findings)).toEqual([]);
  });
});

describe('a chair who withdraws with the proxies he holds', () => {
  it('« le Maire et son pouvoir ne prenant pas part au vote »: two votes not cast', () => {
    const { summary } = analyseText(
      text([
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS – Séance du 25 avril 2017',
        'Présents : M. Paul ROCHE, Maire, Mme Anne BRUN, M. Marc DUMAS, Mme Lise FAURE, M. Luc GIRAUD.',
        'Pouvoir : Mme Rose HUGON à M. Paul ROCHE.',
        '',
        'Objet : Compte administratif 2016',
        'Le compte administratif est adopté par 3 voix pour et 1 abstention (le Maire et son pouvoir ne prenant pas part au vote).',
      ]),
    );
    expect(summary.votes).toEqual({ for: 3, against: 0, abstain: 1, not_voting: 2 });
  });
});

describe('overseas councils and their lists (the hundred-and-sixty-sixth set)', () => {
  it('an office abbreviated « 1er VP » in a two-column roll: the list reads on', () => {
    const { summary } = analyseText(
      text([
        'PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE – Séance du jeudi 12 décembre 2019',
        'Étaient présents :',
        'M. GRONDIN Jacky, Président           Mme PAYET Marie-Claire',
        'M. PAYET Jean-Claude, 1er VP           M. PAYET Claude',
        'Mme HOARAU Marie-France, 2e VP         M. TECHER Jean-Bernard',
        '',
        'Absent : M. LAURET Paul',
      ]),
    );
    expect(summary.present_names).toEqual(['GRONDIN Jacky', 'PAYET Marie-Claire', 'PAYET Jean-Claude', 'PAYET Claude', 'HOARAU Marie-France', 'TECHER Jean-Bernard']);
  });

  it('« – pour Taimāroa : X (tāvana), … »: the member commune\'s label before its members', () => {
    const { summary } = analyseText(
      text([
        'COMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL – Jeudi 12 juillet 2018',
        'Étaient présents :',
        '– pour Taimāroa : TERIIHOANIA Mathieu (tāvana), HAPAI Mareva, TEAHU Ioane ;',
        '– pour la commune associée de Faretai : TEMARII Heiva (maire délégué), AMARU Tevaite.',
        'Étaient absents : NAUTA Jean.',
      ]),
    );
    expect(summary.present_names).toEqual(['TERIIHOANIA Mathieu', 'HAPAI Mareva', 'TEAHU Ioane', 'TEMARII Heiva', 'AMARU Tevaite']);
  });

  it('a table of three columns aligned with spaces, its state a code or « Pouvoir à X »', () => {
    const rows = [['SYLVESTRE Joël (Président)', 'P'], ['ADIPI Rosette', 'P'], ['HO-A-KANG Bernard', 'P'], ['JOSEPH-ALEXANDRE Yvon', 'Pouvoir à SYLVESTRE Joël'], ['KAMPOE Sylvain', 'A'], ['VANG Nou', 'P'], ['THÉRÈSE Marius', 'P'], ['MONTOUTE Jacqueline', 'Pouvoir à THÉRÈSE Marius']];
    const { summary } = analyseText(
      text([
        'COMMUNAUTÉ DE COMMUNES DES TROIS-CRIQUES – Conseil communautaire du 13 mars 2024',
        'Conseillers en exercice : 8   Présents : 5   Pouvoirs : 2   Votants : 7',
        '',
        'Commune          Conseiller communautaire        P / A / Pouvoir',
        ...rows.map(([who, state], i) => `${(i < 4 ? 'Crique-Anamaï' : 'Bois-Wapa').padEnd(17)}${who!.padEnd(32)}${state}`),
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['JOSEPH-ALEXANDRE Yvon > SYLVESTRE Joël', 'MONTOUTE Jacqueline > THÉRÈSE Marius']);
  });

  it('a surname whose particle opens its line, under an office: « de MORATI Pierre-Paul » is a member', () => {
    const { summary } = analyseText(
      text(['Séance du 9 avril 2016', 'Etaient présents :', 'CASANOVA Toussaint, Maire', 'SUSINI Marie-Dominique, 3ème Adjointe', 'de MORATI Pierre-Paul', 'CASANOVA Marie-Jeanne', '', 'Absent : FILIPPI Jean']),
    );
    expect(summary.present_names).toEqual(['CASANOVA Toussaint', 'SUSINI Marie-Dominique', 'de MORATI Pierre-Paul', 'CASANOVA Marie-Jeanne']);
  });

  it('« Déléguée excusée et suppléée : X » heads the excused', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du 26 mars 2015',
        'Délégués présents : Jean-Marie WAKOLO (Président), Suzanne HNAWIA, Gilbert KAWA (suppléant de Mme Delphine KAWA, avec voix délibérative)',
        'Déléguée excusée et suppléée : Delphine KAWA (Tiwaé)',
      ]),
    );
    expect(summary.absent_names).toEqual(['Delphine KAWA']);
  });
});

describe('a Belgian secretary named with her offices, the next sentence run on', () => {
  it('« BRASSEUR Nathalie, Directrice générale, Secrétaire Monsieur le Président ouvre la séance »', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL COMMUNAL DU MARDI 26 JANVIER 2021 Présents: LEJEUNE Pascal, Bourgmestre, Président',
        'DEFRAIGNE Sophie, MOTTARD Jean-Claude, Echevin(e)s',
        'HALLEUX Denis, Président du CPAS',
        '',
        'THONNART Michel, COLLETTE Anne, BRAIPSON Olivier, DELVAUX Marie-Pierre, GILLARD Yves, RENSON Julie, DI MARTINO Salvatore, WILLEMS Thierry, Conseiller',
        '',
        'Excusé : PIRARD Jean-Marie, Conseiller',
        '',
        'BRASSEUR Nathalie, Directrice générale, Secrétaire Monsieur le Président ouvre la séance à 19h30. En application de l’arrêté du Gouvernement wallon de pouvoirs spéciaux, la séance se tient par vidéoconférence. Le conseil communal approuve le procès-verbal de la séance précédente.',
      ]),
    );
    expect(summary.secretary).toBe('BRASSEUR Nathalie');
  });
});

describe('typed registers of the 1970s to 2000s (the hundred-and-seventieth set)', () => {
  it('OCR cutting words before their accented letter (« Pr ésents », « excus és », « Secr étaire »), « Abstention(s) : l »', () => {
    const { summary, findings } = analyseText(
      text([
        'COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL du mardi 5 octobre 2004',
        'Membres en exercice : 9      Présents : 6      Votants : 8',
        'Pr ésents : MM. LAPORTE, BARDET, DELPIT ; Mmes ARNAUD, BOISSIEU, LAFON.',
        'Absents excus és ayant donné procuration : M. BOUYSSOU à M. DELPIT, Mme ESCLAFER à Mme LAFON.',
        'Absent : M. CHAMINADE.',
        'Secr étaire de séance : Mme BOISSIEU.',
        '',
        '1 - ACQUISITION D’UN VEHICULE',
        'Le Conseil Municipal, après en avoir d élibéré, décide l’acquisition.',
        '     Pour : 5       Contre : 2       Abstention(s) : l',
      ]),
    );
    expect(summary.present_names).toEqual(['LAPORTE', 'BARDET', 'DELPIT', 'ARNAUD', 'BOISSIEU', 'LAFON']);
    expect(summary.secretary).toBe('BOISSIEU');
    expect(summary.votes).toEqual({ for: 5, against: 2, abstain: 1, not_voting: 0 });
    expect(codes(findings)).toEqual([]);
  });

  const typed = (present: string, absent: string, extra: string[] = []) =>
    text([
      'COMMUNE DE VABRES-LE-BAS – SEANCE DU 23 SEPTEMBRE 1988',
      'Nombre de conseillers en exercice : 9 – Présents : 7 – Votants : 8',
      `Etaient présents : ${present}`,
      `Etaient absents : ${absent}`,
      ...extra,
      'M. ARNAL a été élu secrétaire.',
    ]);

  it('a name struck out of the present (« ROUGIER (rayé) ») is not present', () => {
    const { summary, findings } = analyseText(typed('MM. VIALA, Maire, ARNAL, BOUDET, CAMBON, COMBES, FONTES, ROUGIER (rayé), SEGUIN ;', 'M. GLEIZES, excusé (pouvoir à M. VIALA).'));
    expect(summary.present_names).toEqual(['VIALA', 'ARNAL', 'BOUDET', 'CAMBON', 'COMBES', 'FONTES', 'SEGUIN']);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['ROUGIER']));
    expect(codes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });

  it('« M. X, excusé (pouvoir à M. Y) »: the note of the state is the member\'s proxy', () => {
    const { summary } = analyseText(typed('MM. VIALA, Maire, ARNAL, BOUDET, CAMBON, COMBES, FONTES, SEGUIN ;', 'M. GLEIZES, excusé (pouvoir à M. VIALA) ; M. ROUGIER.'));
    expect(pairs(summary.proxies_list)).toEqual(['GLEIZES > VIALA']);
  });

  it('a handwritten addition « [mention manuscrite : M. Laffont à M. Roche] » is read', () => {
    const { summary } = analyseText(typed('MM. VIALA, Maire, ARNAL, BOUDET, CAMBON, COMBES, FONTES, ROCHE ;', 'M. LAFFONT.', ['Pouvoir : [mention manuscrite : M. Laffont à M. Roche]']));
    expect(pairs(summary.proxies_list)).toHaveLength(1);
    expect(pairs(summary.proxies_list)[0]).toMatch(/Laffont > (?:M\. )?Roche$/);
  });

  it('a widow\'s name on the next line (« Mme ARNAUD » / « Veuve TROIN »)', () => {
    const { summary } = analyseText(typed('MM. VIALA, Maire ; ARNAL, BOUDET, CAMBON, COMBES, FONTES ; Mme ARNAUD\nVeuve TROIN.', 'néant.'));
    expect(summary.present_names).toContain('ARNAUD Veuve TROIN');
    expect(summary.present_names).toHaveLength(7);
  });

  it('a member listed « (à partir de la question n° 2) » is not counted at the opening', () => {
    const { findings } = analyseText(typed('MM. VIALA, Maire, ARNAL, BOUDET, CAMBON, COMBES, FONTES, SEGUIN, M. DUMAS (à partir de la question n° 2).', 'M. GLEIZES, excusé (pouvoir à M. VIALA).'));
    expect(codes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });

  it('a francs-to-euro rate « 6,55957 F pour un euro » is no amount', () => {
    const { summary } = analyseText(typed('MM. VIALA, Maire, ARNAL, BOUDET, CAMBON, COMBES, FONTES, SEGUIN.', 'néant.', ['La prime fixe est portée à 180,00 F (27,44 euros), avec le double affichage (taux de conversion : 6,55957 F pour un euro).']));
    expect(summary.amounts_eur).toEqual([27.44]);
  });

  it('communes before their delegates after two dots or more; the president « M. RAUTUREAU » / « Joseph, Président. »', () => {
    const { summary } = analyseText(
      text([
        'SYNDICAT INTERCOMMUNAL D’ELECTRIFICATION – SEANCE DU 30 MAI 1975',
        'Le Comité s’est réuni à la Mairie de Saint-Vran sous la présidence de M. RAUTUREAU',
        'Joseph, Président.',
        'Etaient présents MM. les délégués des communes de :',
        '     LA CHAPELLE-SAINT-ORBIN .. MM. RAUTUREAU J., GUILLOTEAU A.',
        '     LE BOUPERE-D’EN-HAUT ..... MM. BITEAU R., BREMAUD L.',
        '     MONTRIBOURG ............. MM. GIRARDEAU H., SOULISSE E.',
      ]),
    );
    expect(summary.president).toBe('RAUTUREAU Joseph');
    expect(summary.present_names).toEqual(['RAUTUREAU J.', 'GUILLOTEAU A.', 'BITEAU R.', 'BREMAUD L.', 'GIRARDEAU H.', 'SOULISSE E.']);
  });
});

describe('Luxembourg proxies announced in a sentence', () => {
  const doc = (sentence: string) =>
    text([
      'Séance publique du 19 mai 2021',
      'Présents : Marc Thill / Bourgmestre, Marco Da Silva / Échevin, Jeff Schmit / Échevin, Patrick Olinger / Conseiller',
      'Excusée : Sandra Wagener / Conseillère',
      'Ouverture de la séance à 08h30',
      sentence,
      '- Sandra Wagener / Conseillère à Marco Da Silva / Échevin',
      '1. Plan d’aménagement particulier « Am Bongert »',
      'Le Conseil communal approuve le projet par 4 voix pour.',
    ]);

  it('« la conseillère suivante a donné procuration pour voter en son nom : »', () => {
    expect(pairs(analyseText(doc('Conformément aux mesures temporaires, la conseillère suivante a donné procuration pour voter en son nom :')).summary.proxies_list)).toEqual(['Sandra Wagener > Marco Da Silva']);
  });

  it('« la procuration suivante a été remise au Collège des bourgmestre et échevins avant l’ouverture de la séance : »', () => {
    expect(pairs(analyseText(doc('La procuration suivante a été remise au Collège des bourgmestre et échevins avant l’ouverture de la séance :')).summary.proxies_list)).toEqual(['Sandra Wagener > Marco Da Silva']);
  });
});

describe('a page break before a heading', () => {
  it('a form feed opening « - Délibération D202322 – … » after the page\'s footer: a second item', () => {
    const { parsed, findings } = analyseText(
      text([
        'Séance du 22 mai 2023',
        'Présents : Jean ABADIE, Marie BORDES, Paul CASSOU, Anne DUPRAT, Luc ESQUERRE',
        'Secrétaire de séance : Marie BORDES',
        '- APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE PRÉCÉDENTE',
        'Préalablement à la mise en discussion des affaires portées à l’ordre du jour, le Conseil Municipal approuve le procès-verbal de la réunion du 11 avril 2023.',
        '- Délibération D202321 – Attribution du marché de voirie 2023',
        'Le Conseil Municipal retient l’offre de l’entreprise Pyrénées Enrobés pour 126 480,00 € HT.',
        'Voté à la majorité : Pour 3 – Contre 1 – Abstentions 1',
        'Commune d’Arbus – Conseil Municipal du 22 mai 2023                              1/2',
        '\f- Délibération D202322 – Demande de fonds de concours',
        'Le Conseil Municipal sollicite un fonds de concours de 30 000 €.',
        'Voté à l’unanimité',
      ]),
    );
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Attribution du marché de voirie 2023', 'Demande de fonds de concours']);
    expect(codes(findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });
});

describe('councils abroad (the hundred-and-seventy-fourth set)', () => {
  it('Switzerland: « 27 conseillers généraux répondent à » / « l\'appel »; the executive « Pour le Conseil communal sont présents : » is no member', () => {
    const { summary, findings } = analyseText(
      text([
        'CONSEIL GÉNÉRAL – Procès-verbal de la séance du jeudi 14 décembre 2017',
        'Présidence : Mme Myriam Chassot, présidente',
        'Appel',
        'Le Conseil général compte 30 membres. 27 conseillers généraux répondent à',
        'l\'appel.',
        'Se sont fait excuser : Mme Anne Rossier, MM. Patrick Bapst et Xavier Marmy.',
        '',
        'Pour le Conseil communal sont présents : M. Charles Berset, syndic, et',
        'Mmes et MM. Jean-Marc Rossier, Laurence Bugnon, conseillers communaux.',
      ]),
    );
    expect(summary.present).toBe(27);
    expect(summary.present_names).toBeNull();
    expect(codes(findings)).toEqual([]);
  });

  it('Switzerland: « Appel : 35 membres présents, 4 excusés (Mmes et MM. A, B, C, D) », « Procès-verbal : Mme X, chancelière »', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL GÉNÉRAL – Procès-verbal de la séance ordinaire du lundi 12 décembre 2022',
        'Présidence : M. Raphaël Jeanneret, président',
        'Appel : 35 membres présents, 4 excusés (Mmes et MM. Coralie Vuille, Jonas Sandoz, Murielle Perrenoud, Gilles Matthey-Doret). Le Conseil général compte 39 membres ; le quorum est atteint.',
        'Procès-verbal : Mme Élodie Chopard, chancelière communale.',
      ]),
    );
    expect(summary.absent_names).toEqual(['Coralie Vuille', 'Jonas Sandoz', 'Murielle Perrenoud', 'Gilles Matthey-Doret']);
    expect(summary.secretary).toBe('Élodie Chopard');
  });

  it('Switzerland: « la présence de 61 conseillères et conseillers sur 70 »', () => {
    expect(analyseText('Séance du 3 octobre 2019\nL\'appel fait constater la présence de 61 conseillères et conseillers sur 70.').summary.members_in_office).toBe(70);
  });

  it('Luxembourg: « Procurations de vote (mesures temporaires Covid-19, …) : » and a giver who also sits', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance publique du 25 février 2021',
        'Présents : Claude Schmit / Bourgmestre, Jeff Reding, Guy Majerus, Tessy Ewen / Conseillers',
        'Excusé : Carlo Hilbert / Conseiller',
        'Procurations de vote (mesures temporaires Covid-19, loi modifiée du 24 juin 2020) :',
        '- Carlo Hilbert / Conseiller à Jeff Reding / Conseiller',
        '- Guy Majerus / Conseiller à Claude Schmit / Bourgmestre',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Carlo Hilbert > Jeff Reding', 'Guy Majerus > Claude Schmit']);
    expect(codes(findings)).toContain('PROXY_GIVER_PRESENT');
  });

  it('Québec: « résolu à l\'unanimité … M. X vote contre et demande que sa dissidence soit inscrite »; an election to come is no session date', () => {
    const { findings, summary } = analyseText(
      text([
        'PROCÈS-VERBAL de la séance ordinaire du conseil de la Municipalité de Sainte-Olivine, tenue le lundi 4 avril 2016 à 19 h 30.',
        'Sont présents : Mme Julie Tremblay, M. Jean-Guy Lapointe, M. Réal Gagné, Mme Lise Côté, M. Marc Roy, conseillers, formant quorum sous la présidence de la mairesse, Mme Anne Dubé.',
        'SIÈGE VACANT : siège no 6 (démission reçue le 12 mars 2016; une élection partielle sera tenue le 5 juin 2016)',
        '2016-04-071 ADOPTION DU PROCÈS-VERBAL',
        'Il est proposé par Mme Julie Tremblay, appuyé par M. Jean-Guy Lapointe et résolu à l\'unanimité des conseillers présents d\'adopter le procès-verbal.',
        'M. Réal Gagné vote contre et demande que sa dissidence soit inscrite au procès-verbal.',
        'ADOPTÉE',
      ]),
    );
    expect(summary.session_date).toBe('2016-04-04');
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('Québec MRC: « Participent à la séance par visioconférence, … : » and each maire\'s municipality after a comma', () => {
    const { summary } = analyseText(
      text([
        'PROCÈS-VERBAL de la séance ordinaire du conseil de la MRC, tenue le mercredi 27 mai 2020 à 19 h, sous la présidence de M. Yvan Lessard, préfet.',
        'Participent à la séance par visioconférence, chacun pouvant s\'identifier et',
        'entendre clairement les autres :',
        'M. Yvan Lessard, préfet, Saint-Isidore-des-Monts',
        'Mme Rachel Lavoie, mairesse, Lac-Sauvageau',
        'M. Roger Lavoie, maire, Saint-Paulin-de-la-Rive',
        '',
        'Est absent : M. Alain Boudreault, maire, Val-Jalbert-Nord',
      ]),
    );
    expect(summary.present_names).toEqual(['Yvan Lessard', 'Rachel Lavoie', 'Roger Lavoie']);
  });
});

describe('a clerk\'s exports (the hundred-and-seventy-second and -third sets)', () => {
  it('an export that lost its line breaks: names glued to the next heading (« BORIE EstelleAbsent représenté : »)', () => {
    const { summary, findings } = analyseText(
      'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPALSéance du mardi 8 octobre 2019Nombre de conseillers :En exercice : 7Présents : 5Votants : 6 Le Conseil Municipal s’est réuni sous la présidence de M. LAGARDE Michel, Maire. Présents : LAGARDE Michel, BOYER Paul, VEYSSIÈRE Anne, BRETTE Nadia, BORIE EstelleAbsent représenté : TRONCHE Bernard par LAGARDE MichelAbsent excusé : NOAILHAC ChantalSecrétaire de séance : BRETTE NadiaObjet : Adhésion au groupement de commandes',
    );
    expect(summary.present_names).toEqual(['LAGARDE Michel', 'BOYER Paul', 'VEYSSIÈRE Anne', 'BRETTE Nadia', 'BORIE Estelle']);
    expect(pairs(summary.proxies_list)).toEqual(['TRONCHE Bernard > LAGARDE Michel']);
    expect(summary.absent_names).toEqual(['NOAILHAC Chantal']);
    expect(summary.secretary).toBe('BRETTE Nadia');
    expect(codes(findings)).toEqual([]);
  });

  it('a label and its date apart by blank lines (« Date de convocation : » / "" / « 17/05/2017 »)', () => {
    expect(analyseText(text(['Séance du 23 mai 2017', '', 'Date de convocation :', '', '17/05/2017', '', '', 'Présents : Paul ROY, Anne SIMON.'])).summary.convocation_date).toBe('2017-05-17');
  });

  it('« à nouveau convoqué … faute de quorum »: a reconvocation, no quorum needed', () => {
    const { findings } = analyseText(
      text([
        'Séance du 12 avril 2016',
        'Le Conseil municipal, régulièrement convoqué le 4 avril 2016 pour le jeudi 7 avril 2016, n’ayant pu délibérer faute de quorum, a été à nouveau convoqué le 8 avril 2016.',
        'Conseillers en exercice : 15 – Présents : 5 – Votants : 5',
        'Présents : Paul ROY, Anne SIMON, Luc VIDAL, Marc BRUN, Rose GAY.',
        'Absents : Yves ABEL, Éva BLANC, Jean COLIN, Lise DUPUY, Noé ESPI, Théo FAYE, Nina GROS, Hugo HAMEL, Lou IBERT, Tom JOLY.',
      ]),
    );
    expect(codes(findings)).not.toContain('QUORUM_NOT_MET');
  });

  it('the president named only by the closing signature (« Pour extraits conformes, le Président, Jacques X »)', () => {
    const { summary } = analyseText(
      text(['Conseil communautaire du 6 avril 2017', 'Présents : GUILLEMOT Jacques, BAUDOUIN Martine, CHARRIER Alain.', 'Délibération n° 2017-031 – Tarifs', 'Adopté à l’unanimité.', '', 'Pour extraits conformes, le Président, Jacques GUILLEMOT']),
    );
    expect(summary.president).toBe('Jacques GUILLEMOT');
  });

  it('« ESTÈVE R. -HORTALA J.M. »: a hyphen glued to the next surname after an initial parts two members', () => {
    const { summary } = analyseText(text(['Séance du 18 octobre 2016', 'Etaient présents : AZAÏS P. – BONNAFOUS J. – ESTÈVE R. -HORTALA J.M. – VERDIER C.', 'Etaient absents : DOUMENC G.']));
    expect(summary.present_names).toEqual(['AZAÏS P.', 'BONNAFOUS J.', 'ESTÈVE R.', 'HORTALA J.M.', 'VERDIER C.']);
  });

  it('counts after the lists of a page flattened into one paragraph, before its unheaded first vote', () => {
    const names = ['Bruno FAURIEL', 'Catherine VERNAY', 'Jean-Pierre MOLLARD', 'Laurence PERRET', 'Alain BOUVIER', 'Hélène RIVOIRE'];
    const { summary } = analyseText(
      `p. 1/4 Procès-verbal du conseil municipal du 15/03/2017 PROCES-VERBAL DU CONSEIL MUNICIPAL DU 15 MARS 2017 L’an deux mil dix-sept, le quinze mars, le Conseil Municipal s’est réuni sous la présidence de Monsieur Bruno FAURIEL, Maire. Présents : ${names.join(', ')}, conseillers municipaux Absents : Lionel FAYOLLE, Coralie SEUX, Secrétaire de séance : Hélène RIVOIRE Nombre de conseillers : En exercice : 8 Présents : 6 Votants : 6 Absents : 2 Le procès-verbal de la séance précédente est approuvé à l’unanimité. 2) Affectation du résultat 2016 Le conseil municipal décide d’affecter le résultat. Adopté à l’unanimité.`,
    );
    expect(summary).toMatchObject({ members_in_office: 8, present: 6, voters: 6 });
  });
});

describe('a list the excerpt cuts after « et »', () => {
  it('« …, Patrick GODEMENT et » where the text ends: that name is whole', () => {
    const { summary } = analyseText('RÉUNION DU COMITÉ SYNDICAL DU LUNDI 15 MARS 2021 Présents : Jean-Baptiste NIANG (Villiers), Marie-Hélène TRUFFAUT et Gaston PERRIGAULT (Ennery), Dominique FOUGERAY (Le Mesnil), Patrick GODEMENT et');
    expect(summary.present_names).toEqual(['Jean-Baptiste NIANG', 'Marie-Hélène TRUFFAUT', 'Gaston PERRIGAULT', 'Dominique FOUGERAY', 'Patrick GODEMENT']);
  });
});

describe('a posted summary, each item on its line with its outcome', () => {
  it('« N – title : adopté à l\'unanimité. » and a bare tally « Pour 9 / Contre 2 / Abstention 1 »: one item each, no contradiction', () => {
    const { parsed, findings } = analyseText(
      text([
        'COMMUNE DE VERNOUX-LA-BASSE',
        'COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL DU 18 FÉVRIER 2025',
        'Affiché en mairie le 20 février 2025',
        'Présents : Paul ROY, Anne SIMON, Luc VIDAL, Marc BRUN, Rose GAY, Yves ABEL, Éva BLANC, Jean COLIN, Lise DUPUY, Noé ESPI, Théo FAYE.',
        'Secrétaire de séance : Anne SIMON',
        'En exercice : 11 – Présents : 11 – Votants : 11',
        '',
        '1 – Compte rendu de la séance du 14 janvier 2025 : adopté à l’unanimité.',
        '',
        '2 – Tarifs de location de la salle des fêtes au 1er avril 2025 : habitants 180 €, extérieurs 320 €, caution 500 €.',
        '    Pour 8 / Contre 2 / Abstention 1',
        '',
        '3 – Demande de DETR 2025 pour la réfection de la toiture de l’école (travaux 48 600 € HT, aide sollicitée 35 %, soit 17 010 €) : adopté à l’unanimité.',
        '',
        '4 – Convention avec le syndicat d’énergies pour l’extinction de l’éclairage public de 23 h à 5 h : Pour 10 / Contre 1.',
        '',
        '5 – Motion pour le maintien du bureau de poste : adoptée à l’unanimité.',
      ]),
    );
    expect(parsed.deliberations).toHaveLength(5);
    expect(parsed.deliberations[1]!.vote).toMatchObject({ for: 8, against: 2, abstain: 1 });
    expect(parsed.deliberations[2]!.vote?.unanimous).toBe(true);
    expect(codes(findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });
});
