/**
 * Layouts the two-hundred-and-forty-seventh invented corpus (councils outside France writing in French, and French
 * overseas) found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a unanimity closing its line, the decisions below it, then a tally under « VOTES : » that contradicts it', () => {
  const doc = text([
    'COMMUNE DE SAINT-PIERRE-DES-CANNES',
    '',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du jeudi 14 septembre 2017',
    '',
    'Nombre de conseillers en exercice ....... 15',
    'Nombre de conseillers présents ........... 13',
    'Nombre de votants ........................ 13',
    '',
    'Le Conseil Municipal, légalement convoqué, s’est réuni sous la présidence de M. HOARAU Didier, Maire.',
    '',
    'PRÉSENTS : HOARAU Didier, VIENNE Sabine, PAYET Louis, GRONDIN Inès, CADET Rémi, TECHER Joëlle,',
    'LEBON Hervé, MAILLOT Line, NATIVEL Guy, FONTAINE Ève, DIJOUX Paul, BOYER Anne, RIVIÈRE Marc',
    'ABSENTS : SAUTRON Léa, CAZAL Yves',
    '',
    'AFFAIRE N° 2017/031 – ACQUISITION D’UNE PARCELLE AU LIEU-DIT LA RAVINE',
    '',
    'Le Maire expose au conseil le projet d’acquisition de la parcelle cadastrée AB 112, d’une contenance',
    'de 1 250 m², destinée à l’aménagement d’un parc de stationnement près de l’école des Goyaves,',
    'pour un prix fixé par le service des Domaines, et rappelle l’avis favorable de la commission.',
    '',
    'LE CONSEIL MUNICIPAL,',
    'Vu le code général des collectivités territoriales ;',
    'Vu l’avis du service des Domaines ;',
    'Après en avoir délibéré, À L’UNANIMITÉ,',
    'DÉCIDE d’acquérir la parcelle cadastrée AB 112, d’une contenance de 1 250 m², au prix de 48 000 €',
    'fixé par le service des Domaines, les frais d’acte et d’enregistrement étant à la charge de la commune ;',
    'DIT que les crédits nécessaires sont inscrits au budget de l’exercice en cours, section d’investissement ;',
    'AUTORISE le Maire à signer l’acte d’acquisition en la forme administrative ou notariée et tout document',
    's’y rapportant, et à accomplir toutes les formalités de publicité foncière.',
    '',
    'VOTES : Pour : 11 – Contre : 2 (BOYER Anne, RIVIÈRE Marc) – Abstention : 0',
    '',
    'Fait et délibéré les jour, mois et an susdits.',
  ]);

  it('reads the tally as the vote and reports the contradiction', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.votes).toMatchObject({ for: 11, against: 2, abstain: 0 });
    expect(errorCodes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });
});

describe('counts declared only in a quorum sentence', () => {
  it('reads « le quorum de présence étant atteint (7 membres sur 11) » across a line break', () => {
    const doc = text([
      'CPAS DE MONTVERGNE',
      '',
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DE L’ACTION SOCIALE',
      '',
      'Séance du 12 février 2020',
      '',
      'Présents : Mme Odile RENSON, Présidente ; MM. Paul DELVAUX, Jean GOBERT, Mmes Anne LAMOTTE,',
      'Lise PIETTE, MM. Marc HENRARD, Luc DOUMONT, Conseillers.',
      'Excusés : Mmes Rose FIVET, Claire DUBUISSON, MM. Alain BODART, Yves MOREAU.',
      '',
      'Le Conseil de l’action sociale, réuni en séance publique, le quorum de présence étant atteint',
      '(7 membres sur 11), la Présidente ouvre la séance à 18 h 05.',
      '',
      '1. Budget 2020 – modification n° 1',
      'Le Conseil, à l’unanimité, approuve la modification budgétaire n° 1.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(7);
    expect(summary.members_in_office).toBe(11);
  });

  it('reads « Le Conseil, fort de 6 membres sur 7, peut valablement délibérer »', () => {
    const doc = text([
      'COMMUNE DE VERNAZ-SUR-RHÔNE',
      '',
      'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL',
      'du mardi 9 mars 2010, à 19h00, à la salle communale',
      '',
      'Présents : M. Alain FOURNIER, président ; Mmes Rachel BONVIN, Joëlle CARRON, MM. Didier PERRAUDIN,',
      'Hervé MAYE, Claude BRIDY, conseillers.',
      'Excusé : M. Luc ROH, conseiller.',
      '',
      'Le président ouvre la séance. Le Conseil, fort de 6 membres sur 7, peut valablement délibérer.',
      '',
      '1. Règlement des déchets – adoption',
      'Le règlement est adopté à l’unanimité.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(6);
    expect(summary.members_in_office).toBe(7);
  });

  it('reads the seats in brackets after the present count: « Présents : 27 membres (sur 30) »', () => {
    const doc = text([
      'CONSEIL GÉNÉRAL DE LA CÔTE-AUX-FÉES-DESSUS',
      '',
      'Séance du lundi 7 décembre 2015, à 19h30',
      '',
      'Présidence : M. Yann PERRIN, président',
      'Secrétaire : Mme Léa BOREL',
      '',
      'Présents : 27 membres (sur 30)',
      'Excusés : Mme Iris ROY, MM. Théo FAVRE et Noé MONNET',
      '',
      '1. Budget 2016',
      'Le budget est adopté à l’unanimité.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(27);
    expect(summary.members_in_office).toBe(30);
  });
});

describe('the council deciding « par N voix et M abstention », a member standing aside', () => {
  const doc = text([
    'COMMUNE DE VAL-D’ARBIGNON',
    '',
    'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL',
    'du jeudi 16 septembre 2010, à 18h00',
    '',
    'Présents : M. Marc JORIS, président ; Mmes Anne TERRETTAZ, Lucie PELLAUD, MM. Jean SARRASIN,',
    'Paul COPT, Yves VOUTAZ, Éric BÉROD, conseillers.',
    '',
    '1. Salle polyvalente – adjudication des travaux de toiture',
    '',
    'La commission des bâtiments propose d’adjuger les travaux à l’entreprise Lattion SA, par 3 voix et',
    '1 abstention.',
    'M. Yves VOUTAZ, associé de l’entreprise, se récuse et quitte la salle.',
    'Le Conseil, par 5 voix et 1 abstention (Mme PELLAUD), M. VOUTAZ ne prenant pas part au vote,',
    'adjuge les travaux de toiture à l’entreprise Lattion SA pour le montant de fr. 98’400.– TTC.',
    '',
    '2. Divers',
    'Le président lève la séance à 20h10.',
  ]);

  it('reads the council’s own tally, not the commission’s', () => {
    expect(analyseText(doc).summary.votes).toMatchObject({ for: 5, abstain: 1, not_voting: 1 });
  });
});

describe('the session held « sous la présidence de Mme la bourgmestre », no name after the office', () => {
  const doc = text([
    'Commune de Kleinweiler – Rapport de la séance du conseil communal',
    '',
    'Séance publique du mardi 9 mars 2021 à la salle des fêtes',
    '',
    'Présents : Mme Martine FELLER-KIEFFER, bourgmestre ; MM. Joé WEBER et Tun MULLER, échevins ; Mmes et',
    'MM. Anne REUTER, Guy THILL, Claude MEYERS, Jill HOFFMANN et Paul KAYSER, conseillers ; M. Marc WAGNER,',
    'secrétaire communal.',
    '',
    'Sous la présidence de Mme la bourgmestre, la séance est ouverte à 18h00.',
    '',
    '1. Approbation du plan de gestion forestier 2021',
    'Le conseil communal approuve à l’unanimité le plan de gestion forestier 2021.',
  ]);

  it('names the bourgmestre listed among the present as president', () => {
    expect(analyseText(doc).summary.president).toBe('Martine FELLER-KIEFFER');
  });
});

describe('a Belgian present list of « Nom Initiales. » in mixed case, the initials compound', () => {
  const doc = text([
    'EXTRAIT DU REGISTRE AUX DÉLIBÉRATIONS DU CONSEIL COMMUNAL',
    '',
    'Séance du 18 juin 2012',
    '',
    'Présents : MM. Delhaise J.-P., Bourgmestre-Président ;',
    'Gaspard L., Mme Noiset-Lambin C., Échevins ;',
    'MM. Piérard M.A., Rossignon T., Mme Jacquemin S., Conseillers ;',
    'M. Wilmet B., Directeur général.',
    '',
    'Excusée : Mme Laloux N.',
    '',
    'Objet : Compte communal 2011 – Approbation',
    'Le Conseil, à l’unanimité, approuve le compte communal 2011.',
  ]);

  it('reads every member, the first one presiding', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Delhaise J.-P.', 'Gaspard L.', 'Noiset-Lambin C.', 'Piérard M.A.', 'Rossignon T.', 'Jacquemin S.']);
    expect(summary.president).toBe('Delhaise J.-P.');
  });
});
