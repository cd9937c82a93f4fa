/**
 * Layouts the hundred-and-forty-third invented corpus and the sets after it found missing. Every case is written anew
 * here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { ocrLetters } from '../../src/parse/ocr-letters.ts';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('names damaged by OCR', () => {
  it('the letters OCR confuses inside names, for matching only', () => {
    expect(ocrLetters('Muriel PELLEGRlN')).toBe('Muriel PELLEGRIN');
    expect(ocrLetters('LE B1HAN Solenn')).toBe('LE BIHAN Solenn');
    expect(ocrLetters('Céline T0USSAINT')).toBe('Céline TOUSSAINT');
    expect(ocrLetters('Lucien MARTINl')).toBe('Lucien MARTINI');
    expect(ocrLetters('Jean-CIaude MERLE')).toBe('Jean-Claude MERLE');
    // (names written right are left alone)
    expect(ocrLetters('Michel LELIÈVRE')).toBe('Michel LELIÈVRE');
    expect(ocrLetters('Isabelle ILLIG')).toBe('Isabelle ILLIG');
  });

  const base = (holder: string, president: string) =>
    text([
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
      `L'an deux mille dix-neuf, le vingt-huit janvier, le Conseil Municipal s'est réuni sous la présidence de Monsieur ${president}, Maire.`,
      'Nombre de conseillers en exercice : 11',
      'Présents : M. GUILLOIS Bernard, Mme ROUSSEAU Chantal, M. BEUCHER Stéphane, Mme LEPAGE Martine, M. DESPRES Alain,',
      'M. HUCHEDE Loïc, Mme BLANCHARD Odile, Mme PELLEGRlN Muriel, M. BRILLET Jérôme.',
      `Absente représentée : Mme DUVAL Patricia, pouvoir à Mme ${holder}.`,
      'Absent : M. TRIDON Kévin.',
      'Mme LEPAGE Martine a été élue secrétaire.',
      '',
      'Objet : Vente du lot n° 3 du lotissement des Vignes',
      'Le conseil municipal, à l’unanimité, décide de vendre le lot n° 3 au prix de 18 500 €.',
    ]);

  it('a holder written right beside the same member damaged in the present list: one member, no finding', () => {
    const { summary, findings } = analyseText(base('PELLEGRIN Muriel', 'GUILLOIS Bernard'));
    expect(pairs(summary.proxies_list)).toEqual(['DUVAL Patricia > PELLEGRIN Muriel']);
    expect(codes(findings)).toEqual([]);
  });

  it('a president damaged in the presidency line is the member of the list (not one more member)', () => {
    const { summary, findings } = analyseText(base('PELLEGRlN Muriel', 'GUlLLOIS Bernard'));
    expect(summary.president).toBe('GUlLLOIS Bernard');
    expect(findings.map((f) => f.code)).not.toContain('PRESIDENT_NOT_PRESENT');
    expect(codes(findings)).toEqual([]);
  });
});

describe('a box of the page read across the attendance', () => {
  it('the box pieces after a wide gap at one column are not names of the lists', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE SAINT-ALBAN-DES-COMBES',
        'Compte-rendu de la réunion du Conseil Municipal du 7 octobre 2019',
        '',
        'Présents : Jeanne ARNOUX, Luc BESSON,                   INFOS MAIRIE',
        'Martine CROUZET, Pierre DELMAS, Hélène                   Secrétariat ouvert le lundi',
        'FAYOLLE, Sébastien GRANJON, Yvette MOUNIER,              et le jeudi de 9 h à 12 h',
        'Christian RIVAL                                          Agent recenseur 2020 :',
        'Absents excusés : Gérard SAUVAGE, Annie                  Mme Paule VIALLET',
        'TOURON, Marc VERDIER,                                    Tél. 04 75 00 00 00',
        'Procurations : Gérard SAUVAGE à Luc BESSON',
        'Secrétaire de séance : Martine CROUZET',
        '',
        'Le compte-rendu de la réunion du 2 septembre 2019 est approuvé à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toEqual(['Jeanne ARNOUX', 'Luc BESSON', 'Martine CROUZET', 'Pierre DELMAS', 'Hélène FAYOLLE', 'Sébastien GRANJON', 'Yvette MOUNIER', 'Christian RIVAL']);
    expect(summary.absent_names).toEqual(['Gérard SAUVAGE', 'Annie TOURON', 'Marc VERDIER']);
  });

  it('a second column of names at one column is kept', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE SAINT-ALBAN-DES-COMBES',
        'Compte-rendu de la réunion du Conseil Municipal du 7 octobre 2019',
        '',
        'Présents :',
        'Mme Jeanne ARNOUX, Maire,                  M. Luc BESSON, 1er adjoint,',
        'Mme Martine CROUZET, 2e adjointe,          M. Pierre DELMAS, 3e adjoint,',
        'Mme Hélène FAYOLLE, conseillère,           M. Sébastien GRANJON, conseiller,',
        'Mme Yvette MOUNIER, conseillère,           M. Christian RIVAL, conseiller.',
        '',
        'Le compte-rendu de la réunion du 2 septembre 2019 est approuvé à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toHaveLength(8);
  });
});

describe('dates', () => {
  it('« dûment convoqué, a siégé … le 14 mars 2024 » dates the session, « Date de convocation : » the convocation', () => {
    const { summary, findings } = analyseText(
      text([
        'Commune de Héricourt-le-Bas',
        'Conseil municipal du 14 MARS 2024',
        'Le Conseil Municipal d’Héricourt-le-Bas, dûment convoqué, a siégé en séance ordinaire le 14 mars 2024 sous la présidence de Madame LAMBIN Chantal, Maire.',
        'Date de convocation : 7 mars 2024',
        'Nombre de conseillers en exercice : 11',
        'Présents : Chantal LAMBIN, Gérard POTIER, Isabelle DECRON, Sébastien HOUDIN, Valérie MORY, Didier LEROUGE, Sandrine BOUTIN, Jean CAUET, Pierre DUBOIS, Anne MARTEL, Luc VASSEUR',
        '',
        'Objet : Compte administratif 2023',
        'Le conseil municipal approuve à l’unanimité le compte administratif 2023.',
      ]),
    );
    expect(summary.session_date).toBe('2024-03-14');
    expect(summary.convocation_date).toBe('2024-03-07');
    expect(codes(findings)).toEqual([]);
  });
});

describe('Luxembourg: roles after a slash, proxies « déposées auprès du secrétariat »', () => {
  it('the secretary is the « Name / Secrétaire communal » of the roll, the proxies the lines after the sentence', () => {
    const { summary, findings } = analyseText(
      text([
        'Séance publique du conseil communal',
        'Présents',
        'Claude Weber / Bourgmestre, Anne Reuter, Patrick Hoss / Échevins',
        'Sven Meyers, Nadine Kieffer (à partir du point 3), Romain Schmit,',
        'João Pereira, Michèle Goetz, Jeff Bauer / Conseillers',
        'Tom Schank / Secrétaire communal',
        'Excusé(e)(s)',
        'Gilles Fritsch / Conseiller, Martine Thill / Conseillère',
        'Conformément à la loi du 24 juin 2020, qui permet à un membre empêché du conseil communal de mandater un collègue pour voter en son nom, les procurations suivantes ont été déposées auprès du secrétariat :',
        '- Gilles Fritsch / Conseiller à Claude Weber / Bourgmestre',
        '- Martine Thill / Conseillère à Anne Reuter / Échevine',
        '1. Budget rectifié 2020 et budget 2021',
        'Le Conseil communal a arrêté par 9 voix pour et 1 voix contre (Romain Schmit) le budget rectifié de l’exercice 2020.',
      ]),
    );
    expect(summary.secretary).toBe('Tom Schank');
    expect(pairs(summary.proxies_list)).toEqual(['Gilles Fritsch > Claude Weber', 'Martine Thill > Anne Reuter']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('a table of delegates with a mark, rows wrapped', () => {
  it('a surname cut at its hyphen and a structure wrapped over two lines are one row each', () => {
    const { summary } = analyseText(
      text([
        'Compte-rendu du Comité Syndical du 7 octobre 2013',
        'Les membres du comité syndical se sont réunis le lundi 7 octobre 2013 à 17h30.',
        '',
        'Présents ayant voix délibérative (cliquer pour voir la liste)',
        'NOM PrénomReprésentantPrésent(e) ou suppléé(e) Suppléé(e) par, Pouvoir donné à',
        'ARSAC Gilles CDC des Serres X',
        'CHAPEL Régis CDC des Serres',
        'BONNET-',
        'VIALLET Hélène CDC Val’Eyrieux X',
        'MARCOU Pierre CDC Pays de Vernoux',
        'VERNIER Claude SICTOM Centre',
        'Ardèche X',
        'ROUX Lucien Syndicat Départemental d’Énergies de',
        'l’Ardèche X',
        'MAZEL Eliane Collège des usagers X',
        '',
        'Le comité adopte à l’unanimité le contrat de rivière.',
      ]),
    );
    expect(summary.present_names).toEqual(['ARSAC Gilles', 'BONNET-VIALLET Hélène', 'VERNIER Claude', 'ROUX Lucien', 'MAZEL Eliane']);
    expect(summary.absent_names).toEqual(['CHAPEL Régis', 'MARCOU Pierre']);
  });
});

describe('amounts', () => {
  const amountsOf = (lines: string[]) => analyseText(text(['Conseil municipal du 8 novembre 2022', ...lines])).summary.amounts_eur;

  it('a minus after a result’s label, and in a series of signed changes', () => {
    expect(amountsOf(["Section d'investissement : Dépenses 388 905,61 € Recettes 297 118,45 € Résultat de l'exercice - 91 787,16 € Résultat reporté 2021 36 402,87 € Résultat de clôture - 55 384,29 €"])).toEqual([388905.61, 297118.45, -91787.16, 36402.87, -55384.29]);
    expect(amountsOf(['Dépenses Chapitre 011 – Charges à caractère général + 18 500,00 € Chapitre 022 – Dépenses imprévues - 6 000,00 € Chapitre 023 – Virement + 12 000,00 €'])).toEqual([18500, -6000, 12000]);
    // (a dash between a label and its amount, no sign around: a separator)
    expect(amountsOf(['Subvention au comité des fêtes - 1 200,00 €'])).toEqual([1200]);
  });

  it('the euro sign of an amount is not the sign of the account number after it', () => {
    expect(amountsOf(['6061 Fournitures non stockables 42 000,00 € + 6 500,00 € 48 500,00 € 615221 Entretien et réparations bâtiments 25 000,00 € + 4 000,00 € 29 000,00 € 022 Dépenses imprévues 15 000,00 €'])).toEqual([42000, 6500, 48500, 25000, 4000, 29000, 15000]);
  });

  it('a thousands group of O’s read by OCR', () => {
    expect(amountsOf(['Le coût de l’opération est estimé à 86 OOO € HT, dont 60 % à la charge de la commune, soit 51 6OO €.'])).toEqual([86000, 51600]);
  });
});

describe('a vote box’s voters', () => {
  it('« NE SE PRONONCE PAS » is counted among the voters of a SCRUTIN box with its proxies', () => {
    const { summary } = analyseText(
      text([
        'Nombre de membres en exercice : 46Nombre de présents participant au vote : 37',
        '',
        'Objet : Subventions aux associations 2024',
        'Le conseil décide d’attribuer les subventions, pour un montant total de 29 400 €.',
        '',
        'SCRUTIN\tPOUR : 41\tABSTENTION : 1',
        '\tCONTRE : 0\tNE SE PRONONCE PAS : 1',
        '\tDONT 6 PROCURATION(S)\t',
      ]),
    );
    expect(summary.voters).toBe(43);
  });
});

describe('a given name cut at a syllable and rejoined on one line', () => {
  it('« Marie-Chris- tine » is « Marie-Christine »; « Jean- Marc » stays as written', () => {
    const { summary } = analyseText(
      text([
        'COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 19 SEPTEMBRE 2018 Etaient présents : Mme Corinne MARCHAIS, M. Jean- Marc ROBINET, Mme Marie-Chris- tine DUPREY, M. Alain FONTAN. Absent : M. Kevin ROUSSET. Secrétaire de séance : Madame Corinne Marchais.',
      ]),
    );
    expect(summary.present_names).toEqual(['Corinne MARCHAIS', 'Jean- Marc ROBINET', 'Marie-Christine DUPREY', 'Alain FONTAN']);
  });
});

describe('Québec: the directrice générale et secrétaire-trésorière', () => {
  const qc = (extra: string) =>
    text([
      'PROVINCE DE QUÉBEC MUNICIPALITÉ DE SAINT-ÉLOI-DES-PINS',
      'Séance ordinaire du conseil de la Municipalité, tenue le 4 février 2013 à 19 h 30, à laquelle assemblée sont présents : Monsieur le maire Réjean Goulet; Les conseillères mesdames Line Boutet et Francine Labranche, les conseillers messieurs Gaétan Royer, Normand Lachapelle et Sylvain Morneau. Est absent : Martin Royer Est aussi présente: Chantal Nadon, directrice générale et secrétaire-trésorière',
      extra,
      "APPROBATION DE L'ORDRE DU JOUR Il est proposé par madame Line Boutet, appuyé par monsieur Normand Lachapelle, il est résolu à l'unanimité d'adopter l'ordre du jour.",
    ]);

  it('only said to attend, she holds an office: no secretary of the session', () => {
    expect(analyseText(qc('')).summary.secretary).toBeNull();
  });

  it('said to act as secretary, by her office: she is', () => {
    expect(analyseText(qc('Le quorum est constaté. La directrice générale agit comme secrétaire de la séance.')).summary.secretary).toBe('Chantal Nadon');
  });
});

describe('lists read to their end', () => {
  it('a comma one word early before a note, then the next member without a comma', () => {
    const { summary } = analyseText(
      text([
        'Présents : BOSCHET Alain, CORBIN Nadine, HELARY Jean, LE GUERNIC Martine, NICOL Erwan Absents : TANGUAY, Morgane (pouvoir à CORBIN Nadine) PRIGENT Hervé, ROLLIN Joël Secrétaire de séance : NICOL Erwan',
        '',
        'Objet : Compte administratif 2019',
        'Le conseil municipal approuve par 5 voix pour et 1 abstention le compte administratif.',
      ]),
    );
    expect(summary.absent_names).toEqual(['TANGUAY Morgane', 'PRIGENT Hervé', 'ROLLIN Joël']);
    expect(pairs(summary.proxies_list)).toEqual(['TANGUAY Morgane > CORBIN Nadine']);
  });

  it('a flattened page’s next item after the last name, and an arrival told in a clause of its own', () => {
    const { summary, findings } = analyseText(
      text([
        'Nombre de délégués titulaires en exercice : 8 Nombre de présents : (5) Nombre de pouvoirs : (1) Nombre de votants : (6) Présents : Martine LESCURE, Didier CHAPON, Kamel BOUDJEDIR, Sonia FERRAND, Luc HAMELOT. Pouvoirs : Gérard BAILLET à Sonia FERRAND. Absents à l’ouverture de la séance : Michel CORNET (Puiseux), arrivé à 9 h 20 avant le vote du point 1, Sylvie LEMERCIER (Bellefontaine). 1 – APPROBATION DU PROCÈS-VERBAL Le procès-verbal est soumis au Comité. Pour : 6 Contre : 0 Abstentions : 1 (Luc HAMELOT) Le procès-verbal est adopté.',
      ]),
    );
    expect(summary.absent_names).toEqual(['Michel CORNET', 'Sylvie LEMERCIER']);
    expect(codes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('councils outside France', () => {
  it('a Swiss conseil général: the Conseil municipal « présent in corpore » is not among the members', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE SAXEL – CONSEIL GÉNÉRAL',
        'Procès-verbal de la séance ordinaire du lundi 10 décembre 2018 à 19 h 30',
        'Présidence : M. Frédéric CRETIN, président du Conseil général',
        '1. Appel',
        'Membres en fonction : 30',
        'Présents : 26',
        'Excusés : Mme Valérie BRIDEL, MM. Joël CARREL, Stéphane DUSSERT, Mme Laetitia FOLLET, M. Sébastien VOUILLE (5)',
        '',
        'Le Conseil municipal est présent in corpore : M. Jean-Daniel BRUNET, président de la commune, Mme Karine GAYET, vice-présidente, MM. Alain MAYET et Cédric PRODON, conseillers municipaux.',
        '',
        '2. Procès-verbal de la séance du 18 juin 2018',
        'Le procès-verbal est approuvé tacitement.',
      ]),
    );
    expect(summary.present_names).toBeNull();
    expect(summary.absent_names).toHaveLength(5);
  });

  it('Luxembourg: « deux procurations écrites ont été déposées : », « les procurations ci-après ont été présentées au secrétariat : »', () => {
    for (const heading of ['deux procurations écrites ont été déposées :', 'les procurations ci-après ont été présentées au secrétariat :']) {
      const { summary } = analyseText(
        text([
          'Présents',
          'Josée Reiter / Bourgmestre, Paul Hansel, Claude Beffert / Échevins',
          'Nathalie Scholer, Gilles Paulus / Conseillers',
          'Excusé(e)(s)',
          'Raoul Steichel / Conseiller, Sandy Kirsch / Conseillère',
          `En vertu de la loi du 24 juin 2020, ${heading}`,
          '- Raoul Steichel / Conseiller à Josée Reiter / Bourgmestre',
          '- Sandy Kirsch / Conseillère à Paul Hansel / Échevin',
          '1. Approbation du règlement de circulation',
          'Le Conseil communal a approuvé à l’unanimité le règlement.',
        ]),
      );
      expect(pairs(summary.proxies_list)).toEqual(['Raoul Steichel > Josée Reiter', 'Sandy Kirsch > Paul Hansel']);
    }
  });
});

describe('a unanimity and a SCRUTIN box closing the same decision', () => {
  it('« à l’unanimité, décide : » then the list, then a box with votes against: the box’s tally, the contradiction reported', () => {
    const { summary, findings } = analyseText(
      text([
        'Nombre de membres en exercice : 64Nombre de présents participant au vote : 44',
        'Nombre de votants : 50',
        '',
        'Objet : Plan de rénovation énergétique de l’habitat',
        'L’enveloppe prévisionnelle s’élève à 4,2 millions d’euros sur trois ans. Plusieurs élus ont annoncé un vote contre, regrettant l’absence de critère de revenu pour la prime aux copropriétés fragiles des quartiers anciens.',
        '',
        '**Le Conseil,',
        'après en avoir délibéré, à l’unanimité, décide :**',
        '',
        '- **d’approuver** le plan métropolitain de rénovation énergétique de l’habitat pour la période 2024-2026, ainsi que son règlement d’attribution des aides et sa prime aux copropriétés fragiles ;',
        '- **d’autoriser** Monsieur le Président à signer la convention de financement avec l’Agence nationale de l’habitat ;',
        '',
        'SCRUTIN\tPOUR : 45\tABSTENTION : 0',
        '\tCONTRE : 5\tNE SE PRONONCE PAS : 0',
        '\tDONT 6 PROCURATION(S)\t',
      ]),
    );
    expect(summary.votes).toEqual({ for: 45, against: 5, abstain: 0, not_voting: 0 });
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });
});

describe('Québec rolls in flattened pages', () => {
  it('« Présences : le pro-maire, Monsieur X, qui préside; … » and « Absence : le maire, Monsieur Y (…) » after a sentence', () => {
    const { summary } = analyseText(
      "1 PROVINCE DE QUÉBEC MUNICIPALITÉ DE SAINTE-CLAIRE-DU-RANG Séance ordinaire du lundi 2 avril 2012, 20 heures, salle municipale. Présences : le pro-maire, Monsieur Denis Tremblay, qui préside; mesdames Denise Trépanier et Annie Boisclair, conseillères; messieurs Gilles Lemieux, Normand Croteau et Richard Hamelin, conseillers. Absence : le maire, Monsieur Jean-Guy Desmarais (congrès de la FQM) Aussi présente : Francine Bergevin, secrétaire-trésorière, qui agit comme secrétaire de l assemblée OUVERTURE DE L'ASSEMBLÉE Le pro-maire déclare la séance ouverte",
    );
    expect(summary.present_names).toEqual(['Denis Tremblay', 'Denise Trépanier', 'Annie Boisclair', 'Gilles Lemieux', 'Normand Croteau', 'Richard Hamelin']);
    expect(summary.absent_names).toEqual(['Jean-Guy Desmarais']);
    expect(summary.president).toBe('Denis Tremblay');
  });

  it('« Présidence : M. le Maire X » ends the absence list before it; « Siègent les maires … suivants : »', () => {
    const a = analyseText(
      'Membres présents : Siège no 1 M. Gaétan Lépinay Siège no 2 Mme Nancy Beaulac Siège no 3 M. Réjean Clouet Absence motivée : Siège no 4 M. Normand Bastin (raisons familiales) Présidence : M. le Maire Pierre-Luc Gauvin. Mme Lise Ouellet, directrice générale, est présente et agit comme secrétaire d assemblée. 1. Ouverture de la séance',
    ).summary;
    expect(a.absent_names).toEqual(['Normand Bastin']);
    const b = analyseText(
      text([
        'Séance ordinaire du Conseil de la MRC, le mardi 20 novembre 2019, à 19 h 30. Siègent les maires et représentants',
        'suivants :',
        'Monsieur Bertrand Gagnon, préfet et maire de Saint-Firmin',
        'Madame Lucie Bouchette, maire de Notre-Dame-du-Port',
        'Monsieur Réal Tremblais, maire de Sainte-Hedwige',
        'Absence motivée : Monsieur Mario Bergeron, maire de Rivière-Sud',
      ]),
    ).summary;
    expect(b.present_names).toEqual(['Bertrand Gagnon', 'Lucie Bouchette', 'Réal Tremblais']);
  });
});

describe('a breakdown announced « propose de répartir comme suit »', () => {
  const profit = (reserve: string) =>
    text([
      'Considérant que l’exercice se clôture par un bénéfice à affecter de 248.750,00 €, que le Conseil d’administration propose de répartir comme suit :',
      `– dotation à la réserve légale : ${reserve} ;`,
      '– dotation aux réserves disponibles : 86.300,00 € ;',
      '– rémunération du capital (dividende aux associés) : 140.000,00 € ;',
      'A l’unanimité des délégués présents, DECIDE d’approuver l’affectation du résultat.',
    ]);
  it('parts that do not make the sum', () => expect(codes(analyseText(profit('12.450,00 €')).findings)).toEqual(['AMOUNT_SUM_MISMATCH']));
  it('parts that do', () => expect(codes(analyseText(profit('22.450,00 €')).findings)).toEqual([]));
});

describe('large assemblies', () => {
  it('a list of vote delegations written holder first, « Mme X (pouvoir de M. Y) »', () => {
    const { summary, findings } = analyseText(
      text([
        'Nombre de conseillers en exercice : 9', 'Nombre de présents : 6', 'Nombre de représentés : 2', 'Nombre de votants : 8', '',
        'Membres présents :', '', 'Madame Marie BERTHOU\tMadame Mireille OLLIER\tMonsieur Hervé ESCAND', 'Madame Karine BENHAM\tMonsieur Julien CHAMPON\tMadame Carine PELLET', '',
        'Délégations de vote :', '', 'Madame Karine BENHAM (pouvoir de Monsieur Thomas GAUBER)', 'Monsieur Julien CHAMPON (pouvoir de Monsieur Stéphane MICHAL)', '',
        'Membres absents excusés :', '', 'Madame Sandrine MARCHAL', '',
        'Rapport n° 2.3 – Augmentation de capital de la SPL', 'La commission permanente adopte le rapport à l’unanimité.',
      ]),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Thomas GAUBER > Karine BENHAM', 'Stéphane MICHAL > Julien CHAMPON']);
    expect(codes(findings)).toEqual([]);
  });

  it('an appel by political group in a flattened page: each group’s title is no end of the list', () => {
    const { summary } = analyseText(
      'Nombre de conseillers régionaux en exercice : 9 Etaient présents au moment de l appel nominal : Groupe Région d abord (4 élus) : Kévin ANDRIOT, Estelle BAUDIN, Josiane BEAUVOIR, Alain BOUAZZA. Groupe Gauche, écologie et solidarités (3 élus) : Robert BARRIOL, Mathilde BESNIER, Franck BOISSEL. Groupe Alternative régionale (2 élus) : Loïc DARRIEU, Didier DENIAU. Rapport n° 1 – Budget',
    );
    expect(summary.present_names).toHaveLength(9);
  });
});

describe('votes and sums of large assemblies', () => {
  it('votes by group with « (27 voix) », a member named with « (1 voix) »', () => {
    const v = (tail: string) => analyseText(text(['Rapport n° 1.2 - Décision modificative n° 2', `Le Conseil Départemental adopte le rapport. Pour : groupes Union pour le Vernois, Divers droite (27 voix) ; Contre : groupe Gauche départementale (9 voix) ; ${tail}`])).summary.votes;
    expect(v('Abstention : groupe Ecologie et territoires (4 voix).')).toEqual({ for: 27, against: 9, abstain: 4, not_voting: 0 });
    expect(v('Abstention : M. Régis BRASSET, non inscrit (1 voix).')).toEqual({ for: 27, against: 9, abstain: 1, not_voting: 0 });
  });

  it('members named together as not taking part are each counted', () => {
    const { summary } = analyseText(
      text(['1 - GARANTIE D’EMPRUNT ACCORDEE A LA SPL', 'M. Alain BERGER et M. Bruno MASSON, administrateurs de la SPL, ne prennent pas part au vote.', '', 'ADOPTE PAR 35 VOIX POUR ET 5 VOIX CONTRE.']),
    );
    expect(summary.votes).toEqual({ for: 35, against: 5, abstain: 0, not_voting: 2 });
  });

  it('a budget and its two sections told in one sentence', () => {
    const b = (total: string) => codes(analyseText(`Rapport n° 1 – Budget primitif 2022. Le budget primitif 2022 s'élève à ${total} millions d'euros, dont 401,3 millions d'euros pour la section de fonctionnement et 121,3 millions d'euros pour la section d'investissement. Adopté à l’unanimité.`).findings);
    expect(b('524,6')).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(b('522,6')).toEqual([]);
  });
});

describe('installations', () => {
  it('a date of another event before « s’est réuni » is not the session’s', () => {
    const { summary, findings } = analyseText(
      'Compte rendu du conseil municipal du 2 octobre 2009 L’an deux mille neuf, le deux octobre à 20 heures 30, le Conseil Municipal, régulièrement convoqué à la suite de la démission de Monsieur Michel GIRARDIN de ses fonctions de Maire, acceptée par le Préfet le 21 septembre 2009, s’est réuni dans le lieu habituel de ses séances. Les membres issus des élections municipales des 15 mars et 28 juin 2020 se sont réunis.',
    );
    expect(summary.session_date).toBe('2009-10-02');
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });
});

describe('an installation’s counts told in its points', () => {
  const install = (sentence: string) =>
    analyseText(
      text([
        'PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL DE LA SEANCE DU 30 MARS 2014',
        'Conseillers présents : 1. BANWART Guy 2. LITZLE Aurélie 3. SCHAFFNER Rémy',
        'POINT 1 - Installation des conseillers municipaux élus le 23 mars 2014',
        `La séance est ouverte sous la présidence de M. Roger KLING, Maire sortant. ${sentence}`,
        'POINT 2 - Election du Maire',
      ]),
    ).summary;
  it('« constate que les quinze conseillers sont présents »', () => expect(install('Le doyen constate que les quinze conseillers sont présents.').present).toBe(15));
  it('« Le conseil compte 15 membres en exercice ; 14 sont présents »', () => {
    const s = install('Le conseil compte 15 membres en exercice ; 14 sont présents et le quorum est atteint.');
    expect([s.members_in_office, s.present]).toEqual([15, 14]);
  });
  it('« la condition de quorum posée à l’article L.2121-17 du CGCT est remplie (14 conseillers présents sur 15) »', () => {
    const s = install('Il constate que la condition de quorum posée à l’article L.2121-17 du CGCT est remplie (14 conseillers présents sur 15).');
    expect([s.members_in_office, s.present]).toEqual([15, 14]);
  });
  it('« déclare les onze conseillers municipaux élus installés dans leurs fonctions »', () => expect(install('Il déclare les onze conseillers municipaux élus installés dans leurs fonctions.').members_in_office).toBe(11));
});

describe('PDF text layers', () => {
  it('a page number and running title ending « – Procès-verbal » inside a flattened list', () => {
    const { summary } = analyseText(
      'Conseil de Communauté du 27 juin 2016 PROCÈS VERBAL L’an deux mille seize, le lundi 27 juin, les membres du Conseil Communautaire se sont réunis. Etaient présents : M. Gérard LE ROUZIC, Mme Danièle PLUNIER, M. Hervé KERDAVIT, 2 Conseil de Communauté du 27 juin 2016 – Procès-verbal Mme Gisèle PANSARD, M. Yann CORBIER. Excusés : M. Yves TRÉGUIEN Secrétaire de séance : Mme Gisèle PANSARD 2016 06 n°01 - Procès Verbal du 23 mai 2016 Adopté à l’unanimité.',
    );
    expect(summary.present_names).toEqual(['Gérard LE ROUZIC', 'Danièle PLUNIER', 'Hervé KERDAVIT', 'Gisèle PANSARD', 'Yann CORBIER']);
  });

  it('a ligature in a left margin box keeps the body’s column (the margin set apart)', () => {
    const { summary } = analyseText(
      text([
        'Nombre de conseillers      L’an deux mille vingt-quatre, le quinze octobre, le Conseil Municipal de',
        'en exercice : 11           la Commune, dûment convoqué, s’est réuni en session',
        'présents : 5               ordinaire, à la Mairie, sous la présidence de Madame CHAUVET Brigitte,',
        '                           Maire.',
        'Date de convocation :',
        '11/10/2024                 Etaient PRESENTS : Mme CHAUVET Brigitte, M. DUTERME Hubert, Mme PIGEAU',
        'Date d’afﬁchage :          Maryvonne, M. HOUDIER Franck, Mme CHARLIER Delphine.',
        '11/10/2024',
        '                           Etait EXCUSE : M. RENOUX Pascal',
      ]),
    );
    expect(summary.present_names).toEqual(['CHAUVET Brigitte', 'DUTERME Hubert', 'PIGEAU Maryvonne', 'HOUDIER Franck', 'CHARLIER Delphine']);
  });

  it('a board’s second college after the first one’s full stop', () => {
    const { summary } = analyseText(
      'Etaient présents : Membres élus par le Conseil municipal : Mme Marie-France LE BOUCH, M. Jean-Noël GUILLOT. Membres nommés par le Maire : Mme Thérèse BELLOC (UDAF), M. Roger DANIELOU (Association des retraités). Excusés : M. Jean-Yves PICARD. Secrétaire de séance : M. Jean-Noël GUILLOT 2019 03 n°01 – Compte administratif Adopté à l’unanimité.',
    );
    expect(summary.present_names).toEqual(['Marie-France LE BOUCH', 'Jean-Noël GUILLOT', 'Thérèse BELLOC', 'Roger DANIELOU']);
  });
});

describe('small communes', () => {
  it('« sous la présidence d’Antoine X, Maire »', () => {
    const { summary } = analyseText(
      text(['COMPTE RENDU SOMMAIRE DE SEANCE DU CONSEIL MUNICIPAL DU SAMEDI 17 JUIN 2017', 'L’an deux mille dix-sept et le 17 juin à 10 heures, le Conseil Municipal s’est réuni en séance ordinaire, sous la présidence d’Antoine GIORDANO, Maire.', 'Présents : Josiane BAUDIN, Paul CAÏSSE, Sylvie GASTALDI.']),
    );
    expect(summary.president).toBe('Antoine GIORDANO');
  });

  it('a tally, then the next point numbered in the same paragraph, then a unanimity: two votes, no contradiction', () => {
    const { findings } = analyseText(
      'Point 1 – Tarifs du cimetière Adopté à l’unanimité. Point 2 – Reprise des concessions abandonnées Le coût de la reprise est évalué à 350 € par concession. Adopté par 12 voix pour et 2 abstentions. Point 3 – Subvention au Club de tennis de table Une subvention de 450 € est accordée. Mme Magali FONTANA, présidente du club, ne prend pas part au vote. Adopté à l’unanimité des votants (13 voix).',
    );
    expect(codes(findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });
});
