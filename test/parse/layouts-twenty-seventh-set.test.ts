/**
 * Layouts the hundred-and-ninety-first invented corpus and the sets after it found missing. Every case is written
 * anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a table of delegates with a mark column', () => {
  it('a row naming its member by the office in lower case (« Mme la Vice-présidente ») is a row, the rows below it are read', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du lundi 14 mars 2022',
        'NOM PrénomCollègePrésent(e) ou suppléé(e) Suppléé(e) par / Pouvoir à',
        'MARCON Hélène CC des Trois Vallons X',
        'DUPRAT Yves CC des Trois Vallons X',
        'Mme la Vice-présidente CC des Trois Vallons',
        'ROUSSET Paule CC du Val Rouge X',
        'BRAVARD Louis CC du Val Rouge X',
        'TEILLARD Anne Collège des communes isolées',
        'FOURNEL Hugo Collège des communes isolées X',
      ]),
    );
    expect(summary.present_names).toEqual(['MARCON Hélène', 'DUPRAT Yves', 'ROUSSET Paule', 'BRAVARD Louis', 'FOURNEL Hugo']);
    expect(summary.absent_names).toEqual(['Mme la Vice-présidente', 'TEILLARD Anne']);
  });
});

describe('a list the excerpt cuts', () => {
  it('« …, M. Da » ending the text is a name cut after two letters, even in a short list', () => {
    const { summary } = analyseText(
      text([
        'Séance du jeudi 9 juin 2022',
        'Étaient présents : Mme Rose ALLIOT ; M. Victor BRESSE ; Mme Ida CHAMPEIL.',
        'Absents excusés : M. Noël DARRAS (suppléé), Mme Agnès ESCOT, M. Da',
      ]),
    );
    expect(summary.absent_names).toEqual(['Noël DARRAS', 'Agnès ESCOT']);
  });

  it('a whole name of two letters with its punctuation after it stays', () => {
    const { summary } = analyseText(
      text(['Séance du jeudi 9 juin 2022', 'Étaient présents : Mme Rose ALLIOT ; M. Victor BRESSE ; Mme Ida CHAMPEIL.', 'Absents excusés : Mme Agnès ESCOT, M. LY.', '', 'Le quorum est atteint.']),
    );
    expect(summary.absent_names).toEqual(['Agnès ESCOT', 'LY']);
  });
});

describe('counts under the body named in full', () => {
  it('« Membres du comité de direction : 18 » is the number in office', () => {
    const { summary } = analyseText(
      text([
        'COMITÉ DE DIRECTION – SÉANCE DU JEUDI 8 FÉVRIER 2024',
        'Membres du comité de direction : 18 – Présents : 12 – Pouvoir : 1 – Votants : 13',
        'Étaient présents : M. Paul ROCHE ; Mme Léa VIDAL.',
      ]),
    );
    expect(summary).toMatchObject({ members_in_office: 18, present: 12, proxies: 1, voters: 13 });
  });

  it('« Membres du conseil d\'exploitation : 9 » too', () => {
    const { summary } = analyseText(text(['Régie des eaux – séance du 3 mai 2021', "Membres du conseil d'exploitation : 9 – Présents : 7 – Votants : 7", 'Étaient présents : M. Paul ROCHE ; Mme Léa VIDAL.']));
    expect(summary.members_in_office).toBe(9);
  });
});

describe("a recueil's running header inside a list", () => {
  it('« Syndicat … – RAA 1er semestre 2012          p. 10 » between two lines of the list is page furniture: the list goes on, and a member twice shows', () => {
    const { summary, findings } = analyseText(
      text([
        'COMITÉ SYNDICAL DU MARDI 15 MAI 2012',
        'Délégués titulaires présents :',
        'Arbigny-le-Haut : M. Jean ALLEMAND, Mme Rose BERTHET',
        'Bâgé-la-Ronde : M. Louis CHANEL',
        "Syndicat des eaux de la Reyssouze – RAA 1er semestre 2012          p. 10",
        'Chevroux-le-Bas : M. Pierre DUCRET, M. Louis CHANEL',
        'Cormoz-Vieux : Mme Anne ESSERTEL',
        '',
        'Délégués en exercice : 8 – Présents : 5 – Votants : 5',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean ALLEMAND', 'Rose BERTHET', 'Louis CHANEL', 'Pierre DUCRET', 'Louis CHANEL', 'Anne ESSERTEL']);
    expect(codes(findings)).toContain('DUPLICATE_MEMBER');
  });
});

describe('a bulletin or a post telling the session', () => {
  it('« 15 élus : 6 présents, 4 pouvoirs, 10 votants »: the seats before the colon', () => {
    const { summary } = analyseText(text(['CONSEIL MUNICIPAL DU JEUDI 8 AVRIL 2021', '👥 15 élus : 6 présents, 4 pouvoirs, 10 votants.', 'Présents : Anne BOREL (maire), Luc PRAZ.']));
    expect(summary).toMatchObject({ members_in_office: 15, present: 6, proxies: 4, voters: 10 });
  });

  it('« 19 conseillers | 14 présents | 3 pouvoirs | 16 votants »: each number with the label after it, not the one after the bar', () => {
    const { summary } = analyseText(text(['Séance du lundi 10 mars 2025', '', '  19 conseillers | 14 présents | 3 pouvoirs | 16 votants', '']));
    expect(summary).toMatchObject({ members_in_office: 19, present: 14, proxies: 3, voters: 16 });
  });

  it('« Autour de X, maire, étaient présents : A, B » — the maire is present and presides', () => {
    const { summary } = analyseText(
      text(['Séance du lundi 10 mars 2025', 'Autour de Maëlle KERBRAT, maire, étaient présents : Yves LE GALL, Anne TANGUY et Paul MORVAN.', 'Secrétaire : Anne TANGUY.']),
    );
    expect(summary.present_names).toEqual(['Maëlle KERBRAT', 'Yves LE GALL', 'Anne TANGUY', 'Paul MORVAN']);
    expect(summary.president).toBe('Maëlle KERBRAT');
  });

  it('« Autour du maire X étaient réunis A, B et C. » with no colon, « Y a tenu le secrétariat de séance »', () => {
    const { summary } = analyseText(
      text([
        'VIE MUNICIPALE · Le conseil du 3 décembre 2019',
        '',
        'Autour du maire Hugues DALMAS étaient réunis Odile FERRAND, Karim BENSALEM, Lucie PONS et Yann VIDAL. Rose MARTY avait donné pouvoir à Odile FERRAND. Le conseil comptait ce soir-là 5 présents et 1 pouvoir ; Lucie PONS a tenu le secrétariat de séance.',
      ]),
    );
    expect(summary.present_names).toEqual(['Hugues DALMAS', 'Odile FERRAND', 'Karim BENSALEM', 'Lucie PONS', 'Yann VIDAL']);
    expect(summary.president).toBe('Hugues DALMAS');
    expect(summary.secretary).toBe('Lucie PONS');
  });

  it('« Les élus étaient réunis en séance ordinaire » is no list', () => {
    const { summary } = analyseText(text(['Séance du 3 décembre 2019', 'Autour du maire, les élus étaient réunis en séance ordinaire pour voter le budget.']));
    expect(summary.present_names).toBeNull();
  });

  it('items « TOPIC – … Unanimité. » in capitals before a dash: the first vote is the first item\'s', () => {
    const { summary, findings } = analyseText(
      text([
        'Le conseil du 3 décembre 2019',
        '',
        'BUDGET ANNEXE DU LOTISSEMENT – Une décision modificative ajoute 8 000 € pour la voirie. Adoptée par 12 voix pour et 2 contre.',
        '',
        'TARIFS 2020 – La salle des fêtes reste à 180 € le week-end. Unanimité.',
      ]),
    );
    expect(summary.votes).toMatchObject({ for: 12, against: 2 });
    expect(summary.subject).toBe('BUDGET ANNEXE DU LOTISSEMENT');
    expect(codes(findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });

  it('items « Topic. … outcome. », the minutes approved first (« Compte rendu du 4 avril. Approuvé à l\'unanimité. »)', () => {
    const { parsed, summary } = analyseText(
      text([
        'Réunion du 23 mai 2017',
        '',
        'Compte rendu du 4 avril. Approuvé à l\'unanimité.',
        '',
        'Cantine. Le prix du repas passe à 3,20 € à la rentrée. 11 voix pour, 2 contre.',
        '',
        'Licence IV. Le café du bourg sera loué 120 € par mois. Unanimité.',
      ]),
    );
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Compte rendu du 4 avril', 'Cantine', 'Licence IV']);
    expect(summary.votes).toEqual({ unanimous: true });
    expect(parsed.deliberations[1]!.vote).toMatchObject({ for: 11, against: 2 });
  });

  it('a bullet whose outcome comes before a remark (« ✔ Compte administratif : …, 9 voix pour. Excédent : 64 320 €. ») is an item of its own', () => {
    const { parsed, summary } = analyseText(
      text([
        'Le conseil municipal réuni le mardi 18 juin 2019.',
        '',
        '✔ Compte de gestion 2018 : approuvé à l\'unanimité.',
        '✔ Compte administratif 2018 : le maire s\'étant retiré, 9 voix pour. Excédent reporté : 64 320 €.',
        '✔ Travaux de voirie : adopté par 8 voix pour et 2 contre.',
      ]),
    );
    expect(summary.votes).toEqual({ unanimous: true });
    expect(parsed.deliberations.map((d) => d.vote?.for ?? null)).toEqual([null, 9, 8]);
  });

  it('a date the page was put online (« mise en ligne le 28 novembre 2023 ») is no session date', () => {
    const { summary, findings } = analyseText(
      text(['LISTE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', '(article L. 2121-25 du CGCT – mise en ligne le 28 novembre 2023)', '', 'Séance du jeudi 23 novembre 2023, convoquée le 16 novembre 2023.']),
    );
    expect(summary.session_date).toBe('2023-11-23');
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('a vote table with no number column (« Objet⇥Pour⇥Contre⇥Abstention » / « Budget primitif 2016 (…)⇥10⇥0⇥0 »)', () => {
    const { parsed, summary } = analyseText(
      text([
        'Séance du 12 avril 2016',
        'Présents : Paul ROUX, Anne VIDAL.',
        '',
        'Objet\tPour\tContre\tAbstention',
        'Budget primitif 2016 (fonctionnement 486 200 €)\t10\t0\t0',
        'Voirie : chemin des Oliviers\t8\t1\t1',
        '',
        'Questions diverses :',
      ]),
    );
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Budget primitif 2016 (fonctionnement 486 200 €)', 'Voirie : chemin des Oliviers']);
    expect(summary.votes).toEqual({ for: 10, against: 0, abstain: 0, not_voting: 0 });
  });
});

describe('a cost and its financing in one sentence', () => {
  const bulletin = (financing: string) =>
    text(['Réunion du 23 mai 2017', '', `Salle multi-activités. Le conseil arrête le plan de financement. ${financing} Adopté à l'unanimité.`]);

  it('« Coût : 108 000 € HT, financés par la DETR (42 000 €), le Département (25 200 €) et l\'autofinancement (38 800 €) » does not add up', () => {
    const { findings } = analyseText(bulletin("Coût des travaux : 108 000 € HT, financés par la DETR (42 000 €), le Département (25 200 €) et l'autofinancement (38 800 €)."));
    expect(codes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });

  it('the same plan adding up, or leaving a rest unnamed (« le solde »), is no mismatch', () => {
    expect(codes(analyseText(bulletin("Coût des travaux : 108 000 € HT, financés par la DETR (42 000 €), le Département (25 200 €) et l'autofinancement (40 800 €).")).findings)).toEqual([]);
    expect(codes(analyseText(bulletin('Coût des travaux : 108 000 € HT, financés par la DETR (42 000 €), le Département (25 200 €) et le solde par emprunt (30 000 €).')).findings)).toEqual([]);
  });
});

describe("a syndicate's list of acts", () => {
  it('« Délégués présents (par commune membre) » heads the list; the communes before dotted leaders are no names, civility or not', () => {
    const { summary } = analyseText(
      text([
        'COMITÉ SYNDICAL DU MARDI 8 OCTOBRE 2024',
        'Délégués titulaires en exercice : 10',
        'Présents : 5         Pouvoirs : 1          Votants : 6',
        '',
        'Délégués présents (par commune membre)',
        'Arcelot ................. Jean-Louis MOREL, Anne PRIVAT',
        'Bessey-le-Haut .......... Paul GIRARDOT',
        'Chaignot-sur-Ouche ...... Denise FAIVRE, Hugo LAMBERT',
        '',
        'Pouvoirs : Marc ROY (Arcelot) à Anne PRIVAT.',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean-Louis MOREL', 'Anne PRIVAT', 'Paul GIRARDOT', 'Denise FAIVRE', 'Hugo LAMBERT']);
  });

  it('a tally abbreviated « Pour 15 – Contre 2 – Abst. 1 »', () => {
    const { summary } = analyseText(text(['Séance du 3 mai 2022', '', 'Objet : Tarifs de l\'eau', '', 'Le comité adopte les tarifs.', 'Pour 15 – Contre 2 – Abst. 1']));
    expect(summary.votes).toEqual({ for: 15, against: 2, abstain: 1, not_voting: 0 });
  });
});

describe('the attendance written as councils abroad and boards write it', () => {
  it('Québec: « le maire, Monsieur X, ainsi que les conseillers Madame Y, Monsieur Z … »', () => {
    const { summary } = analyseText(
      text([
        'Procès-verbal de la séance ordinaire du conseil municipal tenue le 4 octobre 2010. Sont présents : le maire, Monsieur',
        'Gilles Fortier, ainsi que les conseillers Madame Lise Gagnon, Monsieur Réal Pelletier,',
        'Madame Annie Roy et Monsieur Marc Dubé.',
        'Est absent : Monsieur Yvon Caron, conseiller au siège no 2.',
      ]),
    );
    expect(summary.present_names).toEqual(['Gilles Fortier', 'Lise Gagnon', 'Réal Pelletier', 'Annie Roy', 'Marc Dubé']);
  });

  it('a substitute « (commune, suppléante, présente sans droit de vote) » among the present does not sit', () => {
    const { summary } = analyseText(
      text(['Comité syndical du 16 mars 2021', 'Étaient présents : Paul ROUX (Orveau), Anne VIDAL (Moigny, suppléante, présente sans droit de vote), Luc PONS (Moigny).']),
    );
    expect(summary.present_names).toEqual(['Paul ROUX', 'Luc PONS']);
  });

  it('Luxembourg: each side of a proxy with its role after a dash, « X – conseillère à Y – conseiller (ensemble de la séance) »', () => {
    const { summary } = analyseText(
      text([
        'Séance du conseil communal du 18 décembre 2020',
        'Présents',
        'Anne Weber – bourgmestre, Paul Thill – échevin, Marc Feltes – conseiller',
        'les membres suivants se sont fait représenter par procuration :',
        '- Lucie Hansen – conseillère à Marc Feltes – conseiller (ensemble de la séance)',
        '- Tom Muller – conseiller à Anne Weber – bourgmestre (points 1 et 2)',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Lucie Hansen > Marc Feltes', 'Tom Muller > Anne Weber']);
  });

  it('« Liste des présents : » heads the list', () => {
    const { summary } = analyseText(text(['Séance du lundi 16 octobre 2023', 'Liste des présents : ROUX Paul ; VIDAL Anne ; PONS Luc.', 'Absents : MARTY Rose.']));
    expect(summary.present_names).toEqual(['ROUX Paul', 'VIDAL Anne', 'PONS Luc']);
  });

  it('« (représentée par Mme X, a quitté la séance au point 5) »: the holder is X', () => {
    const { summary } = analyseText(
      text(['Séance du jeudi 11 avril 2024', 'Présents : M. Paul ROUX, Mme Anne VIDAL.', 'Absents représentés : Mme Rose MARTY (représentée par Mme Anne VIDAL, a quitté la séance au point 5).']),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Rose MARTY > Anne VIDAL']);
  });

  it('« Présents lors du vote de la présente délibération : 24 » is the present count', () => {
    const { summary } = analyseText(text(['Séance du jeudi 11 avril 2024', 'Nombre de conseillers en exercice : 33', 'Présents lors du vote de la présente délibération : 24', 'Représentés : 5', 'Votants : 29']));
    expect(summary).toMatchObject({ members_in_office: 33, present: 24, voters: 29 });
  });
});

describe('members arriving before the first vote', () => {
  const session = (tally: string, movement = "Arrivée de M. Yves BRUN et de Mme Léa COSTE à 17 h 40, avant le vote de la délibération n° 1 (présents : 7 – pouvoirs : 1 – votants : 8).") =>
    text([
      'Conseil du mardi 13 juin 2023',
      'Membres en exercice : 9',
      "Présents à l'ouverture : 5 – Pouvoirs : 1 – Votants : 6",
      '',
      'Présents : ROUX Paul, VIDAL Anne, PONS Luc, MARTY Rose, GIRAL Hugo.',
      'Pouvoirs : FAURE Jean donne pouvoir à ROUX Paul.',
      'Absents : BRUN Yves, COSTE Léa, LAFON Marc.',
      '',
      movement,
      '',
      'Délibération n° 1 – Programme local de l\'habitat',
      tally,
      'Adoptée.',
    ]);

  it('the counts restated after the arrivals are no opening counts, and the first vote is checked against them', () => {
    const ok = analyseText(session('Pour : 6 – Contre : 1 – Abstentions : 1'));
    expect(ok.summary).toMatchObject({ present: 5, proxies: 1, voters: 6 });
    expect(codes(ok.findings)).toEqual([]);
    expect(codes(analyseText(session('Pour : 7 – Contre : 1 – Abstentions : 1')).findings)).toEqual(['TALLY_MISMATCH']);
  });

  it('movements listed upfront by point (« – Point 3 : arrivée … (présents : 7 …) ») are not the first item\'s', () => {
    const { findings } = analyseText(session('Pour : 5 – Contre : 1 – Abstentions : 0', '– Point 3 : arrivée de M. Yves BRUN à 18 h 55 (présents : 6 – pouvoirs : 1 – votants : 7).'));
    expect(codes(findings)).toEqual([]);
  });
});

describe('a typewritten roll OCR cut where the accents were lost', () => {
  it('« VIGUIER Andr e, CELLIER No el » are two whole names and the list goes on', () => {
    const { summary } = analyseText(
      text([
        'Seance du vendredi 19 juin 1981',
        'Etaient presents :',
        ' Rochebaude ............... MM. FAYOLLE Antoine, CHASTEL Raymond',
        " Saint-Just ............... MM. VIGUIER Andr e, CELLIER No el",
        ' Chadernac ................ MM. ESBRAT Camille, GIRAUDON Lucien',
      ]),
    );
    expect(summary.present_names).toEqual(['FAYOLLE Antoine', 'CHASTEL Raymond', 'VIGUIER Andre', 'CELLIER Noel', 'ESBRAT Camille', 'GIRAUDON Lucien']);
  });

  it('a word of the language after a given name is no piece of it (« DUPONT Jean et », « MARTIN Anne de »)', () => {
    const { summary } = analyseText(text(['Séance du 3 mai 1981', 'Étaient présents : MM. DUPONT Jean et', 'MARTIN Paul, Mme LEROY Anne, M. ROUX Luc.']));
    expect(summary.present_names).toEqual(['DUPONT Jean', 'MARTIN Paul', 'LEROY Anne', 'ROUX Luc']);
  });
});

describe('a board\'s attendance sheet coded « Présence (P / E / A) »', () => {
  const sheet = (rows: string[]) =>
    text([
      'Compte-rendu du Comité de direction du 11 avril 2019',
      'Membres en exercice : 7 – présents : 4 – représentés : 1 – votants : 5',
      '',
      'NOM PrénomCollègePrésence (P / E / A)Pouvoir donné à',
      ...rows,
      'P : présent(e) – E : excusé(e) – A : absent(e)',
    ]);

  it('the letter after each row is its state, the holder after an E', () => {
    const { summary, findings } = analyseText(
      sheet(['ROUX Paul Élus P', 'VIDAL Anne Élus P', 'PONS Luc Élus E ROUX Paul', 'MARTY Rose Hôtellerie P', 'GIRAL Hugo Commerce A', 'FAURE Jean Restauration P', 'LAFON Marc Commerce E']),
    );
    expect(summary.present_names).toEqual(['ROUX Paul', 'VIDAL Anne', 'MARTY Rose', 'FAURE Jean']);
    expect(pairs(summary.proxies_list)).toEqual(['PONS Luc > ROUX Paul']);
    expect(codes(findings)).toEqual([]);
  });

  it('a college\'s heading between the rows (« Collège des professionnels (3 sièges) ») does not end the table', () => {
    const { summary } = analyseText(
      sheet(['Collège des élus (4 sièges)', 'ROUX Paul Élus P', 'VIDAL Anne Élus P', 'PONS Luc Élus E ROUX Paul', 'GIRAL Hugo Élus A', 'Collège des professionnels (3 sièges)', 'MARTY Rose Hôtellerie P', 'FAURE Jean Restauration P', 'LAFON Marc Commerce E']),
    );
    expect(summary.present_names).toEqual(['ROUX Paul', 'VIDAL Anne', 'MARTY Rose', 'FAURE Jean']);
  });
});

describe('a numbered paragraph whose topic ends at a colon and whose body runs on the same long line', () => {
  it('« 1. Compte financier 2018 : présenté par la directrice, … adopté par 12 voix pour, … » is the first item', () => {
    const { parsed } = analyseText(
      text([
        'Séance du jeudi 11 avril 2019',
        'Présents : ROUX Paul, VIDAL Anne.',
        '',
        "1. Compte financier 2018 : présenté par la directrice, il fait apparaître un excédent de fonctionnement de 42 318,60 € et un excédent d'investissement de 6 905,40 €. Le compte financier est adopté par 12 voix pour, le Président ne prenant pas part au vote.",
        '',
        '2. Tarifs de la boutique 2019 : topoguide 9,50 €. Adopté à l\'unanimité.',
      ]),
    );
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Compte financier 2018', expect.stringMatching(/^Tarifs de la boutique 2019/)]);
    expect(parsed.deliberations[0]!.vote).toMatchObject({ for: 12 });
  });
});

describe('rolls as transcriptions and sheets give them', () => {
  it('a page number printed twice between two names (« … Véronique LAUZE 4 4 Jean-Michel MALAFOSSE, … ») is no name', () => {
    const { summary } = analyseText(
      'Réunion du mardi 21 juin 2016. Etaient présents à l appel : Mireille VALDEYRON, Jean-Pierre ABRIAL, Véronique LAUZE 4 4 Jean-Michel MALAFOSSE, Danielle MEYRUEIS. Etait absent excusé : Damien OLIVET.\n',
    );
    expect(summary.present_names).toEqual(['Mireille VALDEYRON', 'Jean-Pierre ABRIAL', 'Véronique LAUZE', 'Jean-Michel MALAFOSSE', 'Danielle MEYRUEIS']);
  });

  it('« NOM I. » entries glued (« ESCANDE R.FONTANEL G. ») or apart by a slash glued to the initial (« MALAVIALLE C.// NÈGRE D. »)', () => {
    const { summary } = analyseText(text(['Séance du 17 mars 2015', 'Etaient présents : ALQUIER J. / DOUMENC R. / ESCANDE R.FONTANEL G. /', 'GAFFIÉ A. / MALAVIALLE C.// NÈGRE D. / OURLIAC S.', 'Etaient absents : JULIA R.']));
    expect(summary.present_names).toEqual(['ALQUIER J.', 'DOUMENC R.', 'ESCANDE R.', 'FONTANEL G.', 'GAFFIÉ A.', 'MALAVIALLE C.', 'NÈGRE D.', 'OURLIAC S.']);
  });

  it('an attendance sheet « M. X, présent – Mme Y, représentée par M. X – M. Z, excusé » by commune, one paragraph each', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL DE TERRITOIRE – SÉANCE DU MERCREDI 10 AVRIL 2024',
        "Liste d'émargement des conseillers de territoire (9 en exercice)",
        '',
        'SAINT-ARÉAL (5)',
        'M. Cédric ANGLARET, présent – Mme Murielle BAUDRILLART, présente – M. Jean CHAUVELOT, présent – M. Bruno LAPERCHE, représenté par M. Cédric ANGLARET – M. Gérard OSSELIN, excusé',
        '',
        'MONTCHÂLONS (4)',
        'Mme Hélène GASTINEL, présente – M. Didier HENNEQUART, présent – Mme Bérangère RICQUIER, représentée par Mme Hélène GASTINEL – M. Youssef SAÏDANI, absent',
        '',
        'Présents : 5 – Représentés : 2 – Absents : 2 – Votants : 7',
      ]),
    );
    expect(summary.present_names).toEqual(['Cédric ANGLARET', 'Murielle BAUDRILLART', 'Jean CHAUVELOT', 'Hélène GASTINEL', 'Didier HENNEQUART']);
    expect(pairs(summary.proxies_list)).toEqual(['Bruno LAPERCHE > Cédric ANGLARET', 'Bérangère RICQUIER > Hélène GASTINEL']);
  });

  it('« pouvoir d\'Ophélie X à Y », elided before a vowel', () => {
    const { summary } = analyseText(text(['Séance du 9 février 2021', 'Présents : Fanny GIRONDEAU – Anthony RISPAL – Loïc ESCOFFIER', "Pouvoirs : pouvoir de Gaël FONTANILLE à Fanny GIRONDEAU ; pouvoir d'Ophélie REYNAUD à Anthony RISPAL ; pouvoir d'Estelle PONCIN à Loïc ESCOFFIER."]));
    expect(pairs(summary.proxies_list)).toEqual(['Gaël FONTANILLE > Fanny GIRONDEAU', 'Ophélie REYNAUD > Anthony RISPAL', 'Estelle PONCIN > Loïc ESCOFFIER']);
  });
});

describe('counts by group', () => {
  it('a table of counts per college then its total row: the total is the body\'s', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du jeudi 11 décembre 2014',
        '',
        '| Collège | En exercice | Présents | Pouvoirs | Absents |',
        '| Département | 4 | 2 | 1 | 1 |',
        '| Région | 2 | 1 | 0 | 1 |',
        '| Total | 6 | 3 | 1 | 2 |',
        '',
        'Collège du Département – présents : M. Paul ROUX, Mme Anne VIDAL ; absente : Mme Rose MARTY.',
        'Collège de la Région – présent : M. Luc PONS ; absent : M. Hugo GIRAL.',
      ]),
    );
    expect(summary).toMatchObject({ members_in_office: 6, present: 3, proxies: 1 });
    expect(summary.absent_names).toEqual(['Rose MARTY', 'Hugo GIRAL']);
  });

  it('two groups counted in their headings (« Conseillers de Paris présents (3) : », « Conseillers d\'arrondissement présents (2) : ») then « Présents : 5 »', () => {
    const { summary, findings } = analyseText(
      text([
        "Conseil d'arrondissement – séance du lundi 19 septembre 2016",
        'Ouverture de la séance à 19 h 00 par Mme Régine AUBERVAL, Maire du 12e arrondissement.',
        '',
        'Conseillers de Paris présents (3) :',
        'Mme Régine AUBERVAL, M. Nicolas BRUNETEAU, Mme Sonia CHAMBELLAND.',
        '',
        "Conseillers d'arrondissement présents (2) :",
        'Mme Adèle JACQUOT, M. Benjamin LAURENCEAU.',
        '',
        "Assistaient également à la séance : Mme Alix QUERRIEN, directrice de cabinet de la Maire.",
        '',
        'Nombre de membres en exercice : 5 – Présents : 5 – Votants : 5',
      ]),
    );
    expect(summary.present).toBe(5);
    expect(summary.president).toBe('Régine AUBERVAL');
    expect(codes(findings)).toEqual([]);
  });
});

describe('a tally of the votes cast, the abstainers named after it', () => {
  it('« (25 pour, 4 contre), M. X, Mme Y, M. Z et M. W s\'étant abstenus »: four abstentions', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance du jeudi 9 octobre 2014',
        'Délégués en exercice : 38 – Présents : 30 – Procurations : 3 – Votants : 33',
        '',
        'Objet : Pacte financier et fiscal',
        '',
        "La délibération est adoptée à la majorité absolue des suffrages exprimés (25 pour, 4 contre), M. Bernard TIXIER, Mme Corinne MORLAS, M. Fabrice GOURDON et M. René PAGÈS s'étant abstenus.",
      ]),
    );
    expect(summary.votes).toEqual({ for: 25, against: 4, abstain: 4, not_voting: 0 });
    expect(codes(findings)).not.toContain('TALLY_MISMATCH');
  });
});

describe('small bodies', () => {
  it('a CCAS board is a French body: its quorum is checked (4 present of 9)', () => {
    const { findings } = analyseText(
      text(["CCAS de Saint-Cirgues-la-Vayre", "CONSEIL D'ADMINISTRATION DU JEUDI 17 MAI 2018", 'Nombre de membres en exercice : 9', 'Présents : 4      Pouvoirs : 2      Votants : 6', 'Présents : Mme Anne ROUX - M. Paul VIDAL - Mme Rose PONS - M. Luc MARTY']),
    );
    expect(codes(findings)).toContain('QUORUM_NOT_MET');
  });

  it('« Mme X, secrétaire administrative du syndicat, tient le procès-verbal. » under the proxies: the secretary, no giver', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du mardi 28 janvier 2025',
        'Présents : M. Bernard OLHA, Mme Marie PAGÈS - M. Alain TARAYRE',
        'Pouvoir : Mme Nicole VERLHAC donne pouvoir à M. Alain TARAYRE',
        'Mme Julie AYGALENC, secrétaire administrative du syndicat, tient le procès-verbal.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Nicole VERLHAC > Alain TARAYRE']);
    expect(summary.secretary).toBe('Julie AYGALENC');
  });

  it('« X, suppléant sans droit de vote (commune) » inside the list of the present does not sit, and the list goes on', () => {
    const { summary } = analyseText(
      text(['Comité syndical du jeudi 16 mars 2023', 'Présents : Micheline CHAUFOUR et Arnaud POUPIN (Saint-Clair), Jean-Michel TRUFFAUT, suppléant sans droit de vote (Villennes), Odile FERRAGU (Breuil).']),
    );
    expect(summary.present_names).toEqual(['Micheline CHAUFOUR', 'Arnaud POUPIN', 'Odile FERRAGU']);
  });
});

describe('a member listed twice by surname alone', () => {
  it('« Madame QUESNEL » twice is a duplicate; « Monsieur X » and « Madame X » are two members', () => {
    const dup = analyseText(text(['Séance du 14 avril 2005', 'Présents : Monsieur HOUIVET, Maire, Madame QUESNEL, Monsieur GOUESLARD, Madame QUESNEL, Monsieur VASSAL.']));
    expect(codes(dup.findings)).toContain('DUPLICATE_MEMBER');
    const two = analyseText(text(['Séance du 14 avril 2005', 'Présents : Monsieur HOUIVET, Maire, Madame QUESNEL, Monsieur GOUESLARD, Monsieur QUESNEL, Monsieur VASSAL.']));
    expect(codes(two.findings)).not.toContain('DUPLICATE_MEMBER');
  });
});

describe('proxies in every wording', () => {
  it('« Mmes A et B ont respectivement donné pouvoir à MM. C et D »: A to C, B to D, and no present name taken from it', () => {
    const { summary } = analyseText(
      text([
        'Séance du jeudi 7 février 2013',
        'Étaient présents : Brigitte SOUNAC, Patrice GROUNAC, Patrice BRIBERT, Maryvonne BRIGNAC.',
        '',
        'Mmes Agnès SONDEL et Joëlle BRELLIÈS ont respectivement donné pouvoir à MM. Patrice GROUNAC et Patrice BRIBERT. M. Gilbert CRAGUIER a donné pouvoir à Mme Maryvonne BRIGNAC.',
      ]),
    );
    expect(summary.present_names).toEqual(['Brigitte SOUNAC', 'Patrice GROUNAC', 'Patrice BRIBERT', 'Maryvonne BRIGNAC']);
    expect(pairs(summary.proxies_list)).toEqual(['Agnès SONDEL > Patrice GROUNAC', 'Joëlle BRELLIÈS > Patrice BRIBERT', 'Gilbert CRAGUIER > Maryvonne BRIGNAC']);
  });

  it('a table « | Mandant | Mandataire | » under the list of the present: its rows are proxies, not members present', () => {
    const { summary } = analyseText(
      text([
        'CONSEIL MUNICIPAL DU JEUDI 29 JANVIER 2026',
        'Présents : Raymond FARÈDE, Régine FLISSAC, Hervé CHÉZAC, Bertrand DRIGNAC,',
        '',
        '| Mandant | Mandataire |',
        '|---|---|',
        '| Mme Régine LÉZAC | Mme Régine FLISSAC |',
        '| M. Noël GREYSSAC | M. Bertrand DRIGNAC |',
        '',
        'Absents excusés : Pierre PLOULÈS.',
      ]),
    );
    expect(summary.present_names).toEqual(['Raymond FARÈDE', 'Régine FLISSAC', 'Hervé CHÉZAC', 'Bertrand DRIGNAC']);
    expect(pairs(summary.proxies_list)).toEqual(['Régine LÉZAC > Régine FLISSAC', 'Noël GREYSSAC > Bertrand DRIGNAC']);
  });

  it('« Mme X à Mme Y jusqu\'à son arrivée »: the holder is Y', () => {
    const { summary } = analyseText(text(['Séance du 24 septembre 2018', 'Présents : Sylvie TARÈDE, Corinne BRAUREL.', "Pouvoirs : Mme Noëlle JAUREL à Mme Sylvie TARÈDE jusqu'à son arrivée ; M. Claude BASTEL à Mme Corinne BRAUREL."]));
    expect(pairs(summary.proxies_list)).toEqual(['Noëlle JAUREL > Sylvie TARÈDE', 'Claude BASTEL > Corinne BRAUREL']);
  });

  it('« Communes isolées : X, Y » is a group\'s label inside the list of the present', () => {
    const { summary } = analyseText(text(['Comité syndical du 15 février 2021', 'Nombre de présents : (4) Dont (4) présents avec droit de vote CC du Val : Damien GUÉRIAUX (Estissac), Françoise NOLOT (Estissac). Communes isolées : Christiane VALTON (Bucey), Lionel JAVELOT (Neuville).']));
    expect(summary.present_names).toEqual(['Damien GUÉRIAUX', 'Françoise NOLOT', 'Christiane VALTON', 'Lionel JAVELOT']);
  });
});

describe('proxies lists that open on a sentence or run lines together', () => {
  it('« Pouvoirs : A et B ont donné pouvoir à C ; D et E à F ; G à H. »: every pair after the sentence is read', () => {
    const { summary } = analyseText(
      text(['Séance du 25 janvier 2022', 'Présents : Thérèse CHESTRA, Fabrice SOUZET, Corinne RALZAC.', 'Pouvoirs : Régis PLÉZAC et Alain MIGNAC ont donné pouvoir à Thérèse CHESTRA ; Sébastien GLAYROL et Gérard SESTRA à Fabrice SOUZET ; Denise VISSAC à Corinne RALZAC.']),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Régis PLÉZAC > Thérèse CHESTRA', 'Alain MIGNAC > Thérèse CHESTRA', 'Sébastien GLAYROL > Fabrice SOUZET', 'Gérard SESTRA > Fabrice SOUZET', 'Denise VISSAC > Corinne RALZAC']);
  });

  it('« Mme X, porteuse du pouvoir de Mme Y » then a line « procuration de M. Z à Mme W » in small letters', () => {
    const { summary, findings } = analyseText(
      text(['Séance du 19 juin 2008', 'Présents : Mme VARÈDE Corinne, Mme ROMIER Florence.', 'Pouvoirs :', 'Mme VARÈDE Corinne, porteuse du pouvoir de Mme MEYSSAC Corinne', 'procuration de M. DREYSSAC Bruno à Mme ROMIER Florence', 'Absents excusés : LAUREL Fabrice']),
    );
    expect(pairs(summary.proxies_list)).toEqual(['MEYSSAC Corinne > VARÈDE Corinne', 'DREYSSAC Bruno > ROMIER Florence']);
    expect(codes(findings)).toEqual([]);
  });
});
