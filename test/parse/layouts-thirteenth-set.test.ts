/**
 * Layouts the thirty-eighth to forty-second invented corpora (fixtures/corpus
 * 3801–4220) found missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('presence tables flattened one row per member', () => {
  it('a column per state, the cells run together: « X » present, « excusé(e) » excused, a name after it the holder of the proxy', () => {
    const { summary, findings } = analyseText(
      [
        'Comité syndical du 9 mars 2017',
        '',
        'Les délégués se sont réunis le jeudi 9 mars 2017 à 18 h à Lanhac, sur convocation du Président, Monsieur Hervé COSTES, en date du 27 février 2017.',
        '',
        'Liste de présence',
        'NOM PrénomStructurePrésentExcuséPouvoir à',
        'COSTES Hervé CC Lévézou-Nord X',
        'BARRAL Justine CC Lévézou-Nord X',
        'VIGUIÉ Armand CC Lévézou-Nord excusé',
        'TEULIER Odile SIAEP du Viaur X',
        'FOULQUIER Rémi SIAEP du Viaur excusé BARRAL Justine',
        'CARRIÈRE Anne SIAEP du Viaur X',
        'MAZARS Paul CA Grand Rodez X',
        'ROUQUETTE Inès CA Grand Rodez excusée',
        '',
        'Le Président ouvre la séance.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['COSTES Hervé', 'BARRAL Justine', 'TEULIER Odile', 'CARRIÈRE Anne', 'MAZARS Paul']);
    expect(summary.absent_names).toEqual(['VIGUIÉ Armand', 'FOULQUIER Rémi', 'ROUQUETTE Inès']);
    expect(summary.proxies_list).toEqual([{ from: 'FOULQUIER Rémi', to: 'BARRAL Justine' }]);
    expect(summary.president).toBe('Hervé COSTES');
    expect(summary.convocation_date).toBe('2017-02-27');
    expect(summary.session_date).toBe('2017-03-09');
    expect(codes(findings)).toEqual([]);
  });

  it('a « P / A » column after the commune and the member: « A » and a member of the table is a proxy, « A » and another name a substitute who sat', () => {
    const { summary, parsed, findings } = analyseText(
      [
        'Réunion du comité syndical du mardi 14 novembre 2023',
        '',
        'Tableau des présences',
        'CommuneTitulaireP / ASuppléant ayant siégéPouvoir donné à',
        'Saint-Jean-du-Bois CALVET Muriel P',
        'Saint-Jean-du-Bois ARNAL Bruno P',
        'Mas-de-Lherm ESCOFFIER Lucie A CALVET Muriel',
        'Mas-de-Lherm GRIMAL Denis P',
        "La Roque-d'Anglars PAGÈS Olivier A VIDAL Nadine",
        "La Roque-d'Anglars SOULIÉ Marthe A",
        'Le Bousquet FABRE Étienne P',
        '',
        'Le Président ouvre la séance.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['CALVET Muriel', 'ARNAL Bruno', 'GRIMAL Denis', 'PAGÈS Olivier', 'FABRE Étienne']);
    expect(summary.absent_names).toEqual(['ESCOFFIER Lucie', 'SOULIÉ Marthe']);
    expect(summary.proxies_list).toEqual([{ from: 'ESCOFFIER Lucie', to: 'CALVET Muriel' }]);
    expect(parsed.session.attendance.substitutions).toEqual([]);
    expect(codes(findings)).toEqual([]);
  });

  it('a table whose last row the excerpt cuts: that row is not judged', () => {
    const { summary } = analyseText(
      [
        'Comité syndical du 2 juin 2016',
        'NOM PrénomCollectivitéPrésentExcuséPouvoir à',
        'AUSSEL Marc CC des Palanges X',
        'BOYER Léa CC des Palanges excusée',
        'CROS Denis CC des Palanges X',
        'DELMAS Yves CC du Car',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['AUSSEL Marc', 'CROS Denis']);
    expect(summary.absent_names).toEqual(['BOYER Léa']);
  });
});

describe('officers', () => {
  it('a secretary whose name runs into the next sentence without a full stop (« SECRETAIRE DE SEANCE : NOM Prénom En application … »)', () => {
    const { summary } = analyseText(
      'Comité syndical du jeudi 6 avril 2023 PRESENTS : ALBOUY Denis, CASTEL Mireille, DURAND Hugo, ESTEBAN Lina. SECRETAIRE DE SEANCE : CASTEL Mireille En application des statuts, le quorum est atteint.',
    );
    expect(summary.secretary).toBe('CASTEL Mireille');
    expect(summary.present_names).toEqual(['ALBOUY Denis', 'CASTEL Mireille', 'DURAND Hugo', 'ESTEBAN Lina']);
  });

  it('the secretary designated in the installation item (« Mme X, la plus jeune, est désignée secrétaire. »)', () => {
    const { summary } = analyseText(
      [
        'PROCES-VERBAL DE LA SEANCE DU 23 MAI 2020',
        'Conseillers présents : ARNOLD Luc, BAUER Anne, FRITSCH Paul, KLEIN Marie, WALTER Eric.',
        'POINT 1 - Installation des conseillers',
        'La séance est ouverte sous la présidence de M. Luc ARNOLD, Maire sortant.',
        'POINT 2 - Formation du bureau',
        'M. Paul FRITSCH, le plus âgé, prend la présidence. Mme Marie KLEIN, la plus jeune, est désignée secrétaire. M. Eric WALTER est désigné assesseur.',
      ].join('\n'),
    );
    expect(summary.secretary).toBe('Marie KLEIN');
  });
});

describe('subjects', () => {
  const head = ['Séance du 14 mars 2022', 'Présents : M. Jean ALBERT, Mme Rose BRUN, M. Paul CLOS, Mme Inès DURAND.', 'Secrétaire de séance : Mme Rose BRUN.', ''];

  it('item headings numbered « D-14/2021 - », « 1°) », « DCS 2024-031 – »', () => {
    for (const [heading, number, title] of [
      ['D-14/2022 - Participation au fonds de solidarité logement', 'D-14/2022', 'Participation au fonds de solidarité logement'],
      ['2°) Acquisition de la parcelle AB 12 au lieu-dit Lavalette', '2', 'Acquisition de la parcelle AB 12 au lieu-dit Lavalette'],
      ['DCS 2022-031 – Redevance incitative : tarifs 2023', '2022-031', 'Redevance incitative : tarifs 2023'],
    ]) {
      const { parsed } = analyseText([...head, heading!, 'Le Maire expose le projet.', 'Le conseil, après en avoir délibéré, approuve à l’unanimité.'].join('\n'));
      expect(parsed.deliberations.map((d) => [d.number, d.subject])).toEqual([[number, title]]);
    }
  });

  it('a sub-numbered heading under a numbered rubric (« 1. Intercommunalité » / « 1-1 Modification des statuts »); « Point n° II. 5 de l’ordre du jour » takes its title from the line below', () => {
    const a = analyseText([...head, '1. Communauté de communes', '', '1-1 Proposition de modification des statuts', '', 'Le Maire expose.', 'Adopté à l’unanimité.'].join('\n'));
    expect(a.parsed.deliberations.map((d) => d.subject)).toEqual(['Communauté de communes – Proposition de modification des statuts']);
    const b = analyseText([...head, 'Point n° III. 2 de l’ordre du jour', '', 'RÈGLEMENT DU CIMETIÈRE – MODIFICATION.', 'Le Conseil, à l’unanimité, adopte le règlement.'].join('\n'));
    expect(b.parsed.deliberations.map((d) => [d.number, d.subject])).toEqual([['III. 2', 'RÈGLEMENT DU CIMETIÈRE – MODIFICATION.']]);
  });

  it('a single act whose heading stands above the lists the excerpt cuts keeps that heading as its subject', () => {
    const { parsed, summary } = analyseText(
      [
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
        'Délibération n° 2022-03-041',
        'Objet : Approbation du plan de mobilité simplifié',
        'Séance du 14 mars 2022',
        'Présents : M. Jean ALBERT, Mme Rose BRUN, M. Paul CLOS, Mme Inès DUR',
      ].join('\n'),
    );
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Approbation du plan de mobilité simplifié']);
    expect(summary.subject).toBe('2022-03-041 – Approbation du plan de mobilité simplifié');
  });

  it('an unheaded approval of the previous minutes opening the body is the first item’s subject', () => {
    const { summary } = analyseText(
      [...head, 'Le compte-rendu de la séance du 7 février 2022, après lecture faite, est approuvé à l’unanimité.', '', 'Travaux de voirie : choix de l’entreprise', 'Trois entreprises ont répondu.'].join('\n'),
    );
    expect(summary.subject).toBe('Approbation du compte-rendu de la séance du 7 février 2022');
  });
});

describe('lists of delegates and columns run together', () => {
  it('two cells of a row glued by the extraction (« M. Jean ARNAUDMme Rose BLANC »)', () => {
    const { summary } = analyseText(
      ['Séance du 3 avril 2014', 'ÉTAIENT PRÉSENTS :', 'M. Jean ARNAUDMme Rose BLANC', 'M. Paul CORDIERMme Anne DELORME', 'M. Luc ESTÈVEMme Lise FAURE', 'SECRÉTAIRE DE SÉANCE : Mme Rose BLANC.'].join('\n'),
    );
    expect(summary.present_names).toEqual(['Jean ARNAUD', 'Rose BLANC', 'Paul CORDIER', 'Anne DELORME', 'Luc ESTÈVE', 'Lise FAURE']);
  });

  it('the member commune in capitals before its delegate (a TAB column, or a dash) or after it (a dash), a note after the commune', () => {
    const tab = analyseText(['Conseil communautaire du 4 mars 2021', 'Étaient présents :', 'Commune\tConseiller', 'VAL-D’ANCE\tLABRO Xavier', 'VAL-D’ANCE\tROUX Chantal', 'LES ESSARTS-HAUTS\tDUMAS Agnès', 'Secrétaire de séance : Mme Chantal ROUX'].join('\n'));
    expect(tab.summary.present_names).toEqual(['LABRO Xavier', 'ROUX Chantal', 'DUMAS Agnès']);
    const before = analyseText(['Conseil communautaire du 4 mars 2021', 'Étaient présents :', 'ORBAC – DEDIEU Marc', 'ORBAC – PÉDOYA Christine', 'SERS-D’ORBAC – GALIN Gilbert', '', 'Secrétaire de séance : Mme PÉDOYA Christine.'].join('\n'));
    expect(before.summary.present_names).toEqual(['DEDIEU Marc', 'PÉDOYA Christine', 'GALIN Gilbert']);
    const after = analyseText(
      [
        'Comité syndical du 8 décembre 2009',
        'Délégués présents :',
        'CHAMPY René – FONTAINES-SUR-AUBE',
        'GODIN Martine – FONTAINES-SUR-AUBE',
        'AUDRY Patrick – SAINT-HILAIRE-D’AUBE',
        'MÉTAIS Pascal – LA FORÊT-SUR-AUBE',
        '',
        'Délégués excusés :',
        'GUILLOT Bernard – SAINT-HILAIRE-D’AUBE (pouvoir à AUDRY Patrick)',
        'COUTAND Yves – PUYROBIN',
        '',
        'Délégué absent :',
        'BOUTET Alain – PUYROBIN',
        '',
        'Secrétaire de séance : Mme GODIN Martine',
      ].join('\n'),
    );
    expect(after.summary.present_names).toEqual(['CHAMPY René', 'GODIN Martine', 'AUDRY Patrick', 'MÉTAIS Pascal']);
    expect(after.summary.absent_names).toEqual(['BOUTET Alain', 'GUILLOT Bernard', 'COUTAND Yves']);
    expect(after.summary.proxies_list).toEqual([{ from: 'GUILLOT Bernard', to: 'AUDRY Patrick' }]);
  });

  it('the members present listed after the act and its signature (a margin column read after the page); a number alone on its line above « OBJET : »', () => {
    const { summary, parsed } = analyseText(
      [
        'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
        'SEANCE DU 29 SEPTEMBRE 2011',
        'Nombre de membres en exercice : 11 - présents : 4 - votants : 4',
        'Absents excusés : M. Jacques DUVERT, Mme Laure CHARRIAUD, M. Paul SIMON, Mme Eva ROUX, M. Noé VIDAL, M. Guy LEROY, Mme Ana COSTA.',
        'M. Sébastien TABARD a été désigné secrétaire de séance.',
        'N° 2011-41',
        'OBJET : TARIFS DE L’ASSAINISSEMENT POUR 2012',
        'Le Maire rappelle que les travaux de la station sont achevés et propose de fixer la part fixe à 45,00 € par abonné et la part variable à 1,35 € par m3, ce qui couvre l’annuité de l’emprunt contracté en 2010 pour les travaux de mise aux normes.',
        'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, fixe les tarifs ci-dessus.',
        'Fait et délibéré les jour, mois et an susdits.',
        'Pour extrait conforme, Le Maire, D. PEYRON',
        'Reçu à la Préfecture le 4 octobre 2011',
        'Etaient présents :',
        'PEYRON Daniel',
        'LAPLACE Sylvie',
        'TABARD Sébastien',
        'BOUTIN Michel',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['PEYRON Daniel', 'LAPLACE Sylvie', 'TABARD Sébastien', 'BOUTIN Michel']);
    expect(parsed.deliberations.map((d) => [d.number, d.subject])).toEqual([['2011-41', 'TARIFS DE L’ASSAINISSEMENT POUR 2012']]);
  });
});

describe('forty-first and forty-second sets: delegates, weighted votes, PDF text layers', () => {
  it('a Réunion surname with a slash (« K/BIDI Émeline ») is a surname', () => {
    const { summary } = analyseText('Séance du 9 avril 2015\nPrésents : PAYET Jean, K/BIDI Émeline, ANN-SIONG Daniel, VIRAPIN Samy.\nSecrétaire de séance : Mme K/BIDI Émeline.');
    expect(summary.present_names).toEqual(['PAYET Jean', 'K/BIDI Émeline', 'ANN-SIONG Daniel', 'VIRAPIN Samy']);
    expect(summary.secretary).toBe('K/BIDI Émeline');
  });

  it('« X (commune), suppléé ; Y et Z » in an absence list: the qualifier names no one, the list goes on', () => {
    const { summary } = analyseText(
      'Séance du 8 décembre 2015\nÉtaient présents : M. Michel BARD, Mme Éva CHASSE, M. Gilles PERRIN (suppléant de M. Robert MANRY).\nExcusés : M. Robert MANRY (Montcel), suppléé ; M. Daniel ROUGIER et Mme Jacqueline TOURNADE (Blot).\nSecrétaire : Mme Éva CHASSE.',
    );
    expect(summary.absent_names).toEqual(['Robert MANRY', 'Daniel ROUGIER', 'Jacqueline TOURNADE']);
  });

  it('groups of delegates by acronym in one paragraph, a substitute « X, suppléant de Y » among them, the excerpt cutting the last name', () => {
    const { summary } = analyseText(
      'RÉUNION DU COMITÉ SYNDICAL DU MARDI 12 JUIN 2012 Nombre de présents : (9) Dont (9) présent(e)s avec droit de vote formant le quorum CCVA : Gérard PINSON et Hélène MOUTIER (Villefranche), Daniel ROBIN (Cernoy). CCPO : Alain DESNOS, Lucien FERRAND, suppléant de Marc JOUAN (Les Bordes), Bernard COUTEL (Saint-Éloy). CC3V : Didier MAROL et Sylvie BRISSAC (Bray), Anne-Marie TOUCHE et Ro',
    );
    expect(summary.present_names).toEqual(['Gérard PINSON', 'Hélène MOUTIER', 'Daniel ROBIN', 'Alain DESNOS', 'Lucien FERRAND', 'Bernard COUTEL', 'Didier MAROL', 'Sylvie BRISSAC', 'Anne-Marie TOUCHE']);
  });

  it('the members present counted, not named (« Étaient présents : 44 délégués (liste annexée), dont un suppléant … : M. X »): no count is checked against the one name', () => {
    const { findings } = analyseText(
      [
        'Séance du 27 juin 2017',
        'Nombre de membres en exercice : 62 – Présents : 44 – Pouvoirs : 1 – Votants : 45',
        'Étaient présents : 44 délégués communautaires (liste d’émargement annexée au registre), dont un délégué suppléant siégeant avec voix délibérative : M. Cédric GUILLOT, suppléant de Mme Annick BRUNET.',
        'Pouvoirs : Mme Sylvie AUGER à M. Patrick BILLON.',
        'Secrétaire de séance : M. Patrick BILLON.',
      ].join('\n'),
    );
    expect(codes(findings)).toEqual([]);
  });

  it('a count table with a column of weighted votes (« Délégués   Voix »): a tally in voix is checked against the voix', () => {
    const { findings, parsed } = analyseText(
      [
        'Comité syndical – Séance du mardi 17 avril 2018',
        '                    Délégués    Voix',
        'En exercice            16         34',
        'Présents               13         28',
        'Représentés             2          4',
        'Votants                15         32',
        '',
        'Délibération n° 2018-09 – Tarif 2018',
        'Le Comité syndical, après en avoir délibéré,',
        'Pour : 29 voix – Contre : 0 – Abstention : 3 voix',
      ].join('\n'),
    );
    expect(parsed.session.declared.voters).toMatchObject({ value: 15, weight: 32 });
    expect(codes(findings)).toEqual([]);
  });

  it('a « Présence » column glued to the others, the seats in office in the table heading; a figure corrected « il convient de lire … et non … » is no tally', () => {
    const { summary } = analyseText(
      [
        'Comité syndical du 14 octobre 2013',
        'Tableau de présence (6 délégués titulaires)',
        'Délégué(e)MembrePrésencePouvoir donné à',
        'ROUFFIAC Gisèle Département présente',
        'MARCIAC Jean Département présent',
        'DOUMERC Paul Département excusé MARCIAC Jean',
        'SAURAT Anne Région présente',
        'BALZAC Hugues Région absent',
        'ALBOU Denis CA du Grand Lot présent',
        '',
        'Au point 4 du compte rendu du 9 septembre, il convient de lire 15 voix pour et 3 contre, et non 16 voix pour et 2 contre. Le compte rendu ainsi rectifié est adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(summary.members_in_office).toBe(6);
    expect(summary.present_names).toEqual(['ROUFFIAC Gisèle', 'MARCIAC Jean', 'SAURAT Anne', 'ALBOU Denis']);
    expect(summary.absent_names).toEqual(['BALZAC Hugues', 'DOUMERC Paul']);
    expect(summary.proxies_list).toEqual([{ from: 'DOUMERC Paul', to: 'MARCIAC Jean' }]);
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('a running footer whose page fraction is glued to its date (« … du 21/10/20211/4 ») inside a list does not end it', () => {
    const { summary } = analyseText(
      [
        'Séance du jeudi 21 octobre 2021',
        'Étaient présents :',
        'HUMBERT Denis (Aubrette), BARBIN Sylvie (Aubrette), COLLIN Jean (Blin),',
        'Communauté de communes de la Vallée – Conseil communautaire du 21/10/20211/4',
        '',
        'POINSARD Thierry (Leurville), THOMAS Hubert (Semilly).',
        'Secrétaire de séance : Mme BARBIN Sylvie.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['HUMBERT Denis', 'BARBIN Sylvie', 'COLLIN Jean', 'POINSARD Thierry', 'THOMAS Hubert']);
  });
});

describe('subjects of items headed or titled otherwise', () => {
  it('« Affaire n° 2015-04-01 – … » opens an item; the number as its heading writes it is kept beside the number', () => {
    const { parsed, summary } = analyseText(
      ['Séance du 9 avril 2015', 'Présents : PAYET Jean, DIJOUX Marc, LEBON Anne.', '', 'Affaire n° 2015-04-01 – Fiscalité directe locale : vote des taux 2015', 'Le Conseil municipal décide de maintenir les taux.', 'Pour : 3 – Contre : 0 – Abstentions : 0'].join('\n'),
    );
    expect(parsed.deliberations[0]).toMatchObject({ number: '2015-04-01', number_written: 'Affaire n° 2015-04-01', subject: 'Fiscalité directe locale : vote des taux 2015' });
    expect(summary.subject).toBe('Affaire n° 2015-04-01 – Fiscalité directe locale : vote des taux 2015');
  });

  it('a page publishing one item under its own title line, no heading in the body: that title is the subject', () => {
    const { summary } = analyseText(
      [
        'Accueil > Vie municipale > Délibérations',
        '',
        'Tarifs de la cantine et de la garderie',
        '',
        'Conseil du 29 juin 2020',
        '',
        'Etaient présents : M. Paul ANDRÉ, Mme Lise BRUN, M. Marc CHAUVIN.',
        'Secrétaire élue : Mme Lise BRUN',
        '',
        'Le Maire propose de porter le repas à 3,10 €. Le conseil municipal approuve à l’unanimité.',
      ].join('\n'),
    );
    expect(summary.subject).toBe('Tarifs de la cantine et de la garderie');
  });
});

describe('forty-second set, continued', () => {
  it('a tally whose labels the extraction glued to the numbers (« Pour : 13Contre : 0Abstention : 0 ») after « à l’unanimité »', () => {
    const { summary } = analyseText(
      ['Séance du 13 juin 2023', 'Nombre de conseillers en exercice : 15Présents : 11Votants : 13', 'Objet : Cession d’un délaissé', 'Le Conseil municipal, après en avoir délibéré, à l’unanimité :', '- APPROUVE la cession ;', '- FIXE le prix de cession à 1,50 € le m², soit 618 € pour 412 m², les frais de géomètre et d’acte étant à la charge de l’acquéreur ;', '- AUTORISE le Maire à signer l’acte notarié à intervenir et toutes les pièces s’y rapportant, et à procéder aux formalités de publicité foncière.', 'Votes : Pour : 13Contre : 0Abstention : 0'].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 13, against: 0, abstain: 0, not_voting: 0 });
  });

  it('a vote the excerpt cuts after its first option (« par 24 voix pour et 1 » ending the text) is not read', () => {
    const { summary } = analyseText('Séance du 17 décembre 1993\nPrésents : M. Jean SEMPÉ, M. Paul MÉRIC, M. Marc LAULHÉ.\n1 - TARIFS MUNICIPAUX\nLe Conseil Municipal, après en avoir délibéré, par 24 voix pour et 1');
    expect(summary.votes).toBeNull();
  });

  it('a given name cut by a typesetting hyphen after a surname (« BROC An- » / « nie (Vernosc) ») is one member', () => {
    const { summary } = analyseText('Conseil communautaire du 19 novembre 2019\nÉtaient présents : MOULIN Rémi (Saint-Cierge), GRANGEON Patricia (Mézayes), BROC An-\nnie (Vernosc-le-Haut).\nSecrétaire de séance : MOULIN Rémi.');
    expect(summary.present_names).toEqual(['MOULIN Rémi', 'GRANGEON Patricia', 'BROC Annie']);
  });

  it('a group of delegates labelled by its body (« CC des Portes de l’Eurette : … ») after a sentence end', () => {
    const { summary } = analyseText(
      'RÉUNION DU COMITÉ SYNDICAL DU MARDI 26 SEPTEMBRE 2023 Nombre de présents : (5) Dont (5) présent(e)s avec droit de vote formant le quorum CA Chartres : Thierry LEFRANC et Nadège PICHOT (Essarts), Gérard CHAUVEAU (Houville). CC des Portes de l’Eurette : Didier LAMY et Karine VAUDRY (Corancy). Secrétaire de séance : Gérard CHAUVEAU.',
    );
    expect(summary.present_names).toEqual(['Thierry LEFRANC', 'Nadège PICHOT', 'Gérard CHAUVEAU', 'Didier LAMY', 'Karine VAUDRY']);
  });

  it('long lines of words in capitals after a dash or a TAB are read in linear time (no catastrophic backtracking)', () => {
    const caps = Array.from({ length: 60 }, (_, i) => 'ABCDEFGHIJ'.slice(0, 3 + (i % 7))).join(' ');
    for (const text of [`Présents :\nVILLE – ${caps} x\nVILLE – ${caps} x\n`, `Présents :\nDUPONT Jean – ${caps}-\nMARTIN Paul – ${caps}.\n`, `Présents :\nVILLE\t${caps}\nVILLE\t${caps}\n`]) {
      expect(analyseText(text).parsed.parser_version).toBeTruthy();
    }
  });
});

describe('forty-third to forty-sixth sets: long minutes in one paragraph, syndicates, scans', () => {
  it('minutes in one paragraph: the items found inline after the agenda, the first one voted', () => {
    const { summary, parsed } = analyseText(
      'PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 19 MARS 2019 Présents : M. Yves CADIOU, Mme Anne LE DANTEC, M. Paul RIOU. Secrétaire de séance : Mme Anne LE DANTEC. ORDRE DU JOUR 1. Approbation du procès-verbal de la séance du 5 février 2019 2. Compte administratif 2018 3. Questions diverses 1. Approbation du procès-verbal de la séance du 5 février 2019 M. Yves CADIOU demande que soit précisé le point 4. Le procès-verbal ainsi modifié est adopté à l’unanimité. 2. Compte administratif 2018 M. le Maire présente le compte administratif. Le compte administratif est adopté par 2 voix pour et 1 abstention.',
    );
    expect(summary.subject).toMatch(/^(?:1 – )?Approbation du procès-verbal de la séance du 5 février 2019$/);
    expect(summary.votes).toEqual({ unanimous: true });
    expect(parsed.deliberations.map((d) => d.subject)).toEqual(['Approbation du procès-verbal de la séance du 5 février 2019', 'Compte administratif 2018']);
  });

  it('another body’s unanimity quoted in the debate is not this item’s vote; a member leaving before the vote in a flattened page changes its voters', () => {
    const quoted = analyseText(
      ['Séance du 4 février 2025', 'Présents : 17 – Votants : 17', '', '2025-02-02 : Adhésion au service commun', 'M. le Maire répond que la tarification a été votée à l’unanimité par le conseil communautaire.', 'Pour : 15 – Contre : 2 – Abstention : 0'].join('\n'),
    );
    expect(codes(quoted.findings)).toEqual([]);
    expect(quoted.summary.votes).toEqual({ for: 15, against: 2, abstain: 0, not_voting: 0 });
    const left = analyseText(
      'SÉANCE DU 21 OCTOBRE 2021 Conseillers en exercice : 21 – Présents : 21 – Votants : 21. D-42/2021 – Cession de l’ancien presbytère M. le Maire présente l’offre. Mme Jocelyne FERET, dont le fils est associé de la SCI, quitte la salle et ne prend pas part au vote. La cession est approuvée par 17 voix pour et 3 voix contre.',
    );
    expect(codes(left.findings)).not.toContain('TALLY_MISMATCH');
  });

  it('a street named after a date, a first convocation’s failed session, a weekday read by OCR (« MERCREDl »)', () => {
    expect(analyseText('RÉUNION DU COMITÉ SYNDICAL DU LUNDI 8 FÉVRIER 2021 Salle des fêtes - Rue du 8 Mai 1945 - 41350 SAINT-LOUP').summary.session_date).toBe('2021-02-08');
    const reconvened = analyseText(
      'SEANCE DU VENDREDI 26 OCTOBRE 1990\nL’an mil neuf cent quatre-vingt-dix, le vingt-six octobre à vingt heures trente, le Conseil Municipal de la Commune, convoqué une première fois le\n12 octobre 1990 pour le 19 octobre 1990 et n’ayant pu délibérer faute de\nquorum, s’est réuni sur une seconde convocation adressée le 22 octobre 1990.',
    );
    expect(reconvened.summary.session_date).toBe('1990-10-26');
    expect(codes(reconvened.findings)).not.toContain('DATE_CONFLICT');
    expect(codes(analyseText('SEANCE DU MERCREDl 14 AVRIL 1992\nL’an mil neuf cent quatre-vingt-douze, le quatorze avril à vingt heures').findings)).toContain('DATE_CONFLICT');
  });

  it('an amount and its breakdown in brackets on one line that do not add up', () => {
    const { findings } = analyseText('Séance du 23 février 2010\n- 02/2010 : Convention pour la classe de découverte – Montant : 28.640 €, (Participation des familles : 16.320,00 € – Prise en charge de la Commune : 12.420,00 €)');
    expect(codes(findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    const right = analyseText('Séance du 23 février 2010\n- 02/2010 : Convention – Montant : 28.740 €, (Participation des familles : 16.320,00 € – Prise en charge de la Commune : 12.420,00 €)');
    expect(codes(right.findings)).toEqual([]);
  });

  it('OCR: « V6ronique » is a given name, « SANS » a surname in a margin list; the margin column’s rule « | » read before or after the page', () => {
    const a = analyseText('Séance du 11 avril 2013\nPrésents : Mme Christine ALBINET, M. Thierry\nMAUREL, Mme V6ronique NEGRE, M. Olivier PRADAL.\nSecrétaire : M. Olivier PRADAL.');
    expect(a.summary.present_names).toEqual(['Christine ALBINET', 'Thierry MAUREL', 'V6ronique NEGRE', 'Olivier PRADAL']);
    const b = analyseText(
      [
        'EXTRAIT DU REGISTRE DES DELIBERATIONS – Séance du 30 septembre 2004',
        'Nombre de membres en exercice : 11 – présents : 6 – votants : 6',
        'Absents excusés : M. Paul DUBOIS, Mme Rose FAURE, M. Luc GIRAUD, Mme Anne HAMEL, M. Jean IMBERT.',
        'OBJET : TARIFS DE LA SALLE DES FÊTES',
        'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, adopte les tarifs.',
        'Fait et délibéré en séance les jour, mois et an susdits.',
        'Pour extrait conforme, Le Maire, J. LESCURE',
        '',
        '| PRESENTS',
        '| M. LESCURE Jean, Maire',
        '| Mme CHAUVET Annie',
        '| M. SANS Pierre',
        '| M. VALLADE Roland',
        '| Mme MOREAU Odile',
      ].join('\n'),
    );
    expect(b.summary.present_names).toEqual(['LESCURE Jean', 'CHAUVET Annie', 'SANS Pierre', 'VALLADE Roland', 'MOREAU Odile']);
    expect(codes(b.findings)).toContain('PRESENT_COUNT_MISMATCH');
  });

  it('« Nombre de présents : (N) Dont … » then other counts, then the delegates by group', () => {
    const { summary } = analyseText(
      'RÉUNION DU COMITÉ SYNDICAL DU LUNDI 15 FÉVRIER 2021 Nombre de présents : (4) Dont (3) titulaires et (1) suppléants avec voix délibérative Nombre de pouvoirs : (1) Nombre de votants : (5) CAVO : Nadège LHUIL et Antoine HÉRAUT (Avrainville), Cédric ROUQUET (Boissy). CA Portes de l’Yvrette : Maxime DESPRAT (Courdimanche). Pouvoirs : Joëlle NÉGRI à Nadège LHUIL.',
    );
    expect(summary.present_names).toEqual(['Nadège LHUIL', 'Antoine HÉRAUT', 'Cédric ROUQUET', 'Maxime DESPRAT']);
  });
});

describe('votes of earlier sessions quoted in the minutes; a list under « Mesdames, Messieurs les Conseillers, »', () => {
  it('figures quoted and set right (« et non « par 18 voix pour » », « le compte rendu mentionne 2 abstentions … le vote était donc de … ») are no tally', () => {
    for (const quote of [
      'M. X demande que soit précisé au point 5 que la délibération a été adoptée par 15 voix pour, 4 contre et 3 abstentions, et non « par 18 voix pour » comme indiqué.',
      'Mme Y indique qu’au point n° 3, le compte rendu mentionne 2 abstentions alors qu’une seule a été exprimée : le vote était donc de 17 voix pour et 1 abstention.',
    ]) {
      const { summary } = analyseText(
        `PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 22 JUIN 2016 Présents : M. Paul ANDRÉ, Mme Lise BRUN, M. Marc CHAUVIN. Secrétaire de séance : Mme Lise BRUN. M. le maire demande l’accord du conseil municipal pour ajouter un point à l’ordre du jour. Le conseil municipal accepte à l’unanimité. M. le Maire rappelle au public que les questions ne peuvent être posées qu’à l’issue de la séance et que les débats sont enregistrés. Compte rendu du Conseil Municipal du 25 mai 2016 ${quote} Mme Z souhaite que son intervention sur le chemin des Grèves soit complétée. Le compte rendu ainsi modifié est adopté par 2 voix pour et 1 abstention.`,
      );
      expect(summary.votes).toEqual({ unanimous: true });
    }
  });

  it('« Mesdames, Messieurs les Conseillers, » on its own line above the names', () => {
    const { summary } = analyseText(
      ['Séance du 26 septembre 2013', 'Etaient présents :', '', 'Mesdames, Messieurs les Conseillers,', '', '- Josette RABIL,- Dominique GUIBAL,', '- Christian BOSSART,- Marie ROBINE,', '', 'Secrétaire de séance : Mme Marie ROBINE.'].join('\n'),
    );
    expect(summary.present_names).toEqual(['Josette RABIL', 'Dominique GUIBAL', 'Christian BOSSART', 'Marie ROBINE']);
  });
});

describe('counts in a box of a scanned register', () => {
  it('a box whose sides OCR read as letters (« I … I »), dotted leaders then a colon before each count', () => {
    const { summary } = analyseText(
      [
        'PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL',
        'Séance du jeudi 23 juin 1994',
        'r———————————————————————————————————————————,',
        'I Nombre de Conseillers en exercice ............ : 15     I',
        'I Nombre de Conseillers présents ............... : l2     I',
        'I Nombre de Conseillers votants ................ : 14     I',
        'L———————————————————————————————————————————J',
      ].join('\n'),
    );
    expect([summary.members_in_office, summary.present, summary.voters]).toEqual([15, 12, 14]);
  });
});

describe('a rubric, its numbered title and a sub-title in capitals as a dash bullet', () => {
  it('« FINANCES » / « I – PORT DE PLAISANCE » / « - BUDGET PRIMITIF DU PORT DE PLAISANCE 2022 » chain into the subject', () => {
    const { parsed } = analyseText(
      ['Séance du 10 décembre 2021', 'Présents : M. Paul ANDRÉ, Mme Lise BRUN, M. Marc CHAUVIN.', 'Secrétaire de séance : Mme Lise BRUN.', 'FINANCES', 'I – PORT DE PLAISANCE', '- BUDGET PRIMITIF DU PORT DE PLAISANCE 2022', 'Il est proposé au Conseil municipal d’approuver le budget primitif 2022.', 'Adopté à l’unanimité.'].join('\n'),
    );
    expect(parsed.deliberations[0]!.subject).toBe('FINANCES – PORT DE PLAISANCE – BUDGET PRIMITIF DU PORT DE PLAISANCE 2022');
  });
});

describe('roles as OCR reads them', () => {
  it('« Bourgrnestre-Président », « Consei1lers », « Président du C.P.A.S. » end their groups of names', () => {
    const { summary } = analyseText(
      [
        'Séance publique du 26 mars 1998',
        'Présents : MM. Jean DEHON, Bourgrnestre-Président ;',
        '           Philippe GOFFIN, Mme Monique LAMBOT, Echevins ;',
        '           M. Bernard LOUIS, Président du C.P.A.S. ;',
        '           MM. Freddy BODAR, Guy MATAGNE, Consei1lers ;',
        '           M. Albert RENSON, Secrétaire communal.',
        'Excusés : MM. Léon GODFRIN et Pierre DUCHENE, Conseillers.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Jean DEHON', 'Philippe GOFFIN', 'Monique LAMBOT', 'Bernard LOUIS', 'Freddy BODAR', 'Guy MATAGNE']);
  });
});

describe('a scanned émargement table ruled with letters', () => {
  it('« I NOM - Prénom I Présent I Absent I Observations I », a proxy stated in the observations, a convocation clause wrapped at a line end', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 4 juillet 1986',
        'Le Conseil Municipal s’est réuni à la Mairie, sur la convocation qui lui a été adressée par le',
        'Maire le 28 juin 1986, sous la présidence de M. Pierre ESCANDE, Maire.',
        '',
        'Membres en exercice : 5      Présents : 3      Votants : 4',
        '',
        'I NOM - Prénom          I Présent I Absent I Observations        I',
        'I ESCANDE Pierre        I    X    I        I Maire               I',
        'I CALAS Marcel          I    X    I        I Adjoint             I',
        'I AZAIS Fernand         I    X    I        I                     I',
        'I VIALA Henri           I         I   X    I pouvoir à M. CALAS  I',
        'I OLIVIER Jacques       I         I   X    I excusé              I',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['ESCANDE Pierre', 'CALAS Marcel', 'AZAIS Fernand']);
    expect(summary.proxies_list).toEqual([{ from: 'VIALA Henri', to: 'CALAS' }]);
    expect(summary.convocation_date).toBe('1986-06-28');
    expect(codes(findings)).toEqual([]);
  });
});

describe('forty-seventh to fiftieth sets: large assemblies, tables, Luxembourg, Switzerland', () => {
  it('a roll call by political group (« Groupe … (29 élus) » lines), the secretary named « M. X, secrétaire de séance, procède à l’appel »', () => {
    const { summary } = analyseText(
      [
        'PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE DU VENDREDI 22 JUIN 2012',
        'M. Hugues THOMAS, secrétaire de séance, procède à l’appel nominal.',
        'Ont répondu à l’appel :',
        '',
        'Groupe Socialiste, Radical et apparentés (3 élus)',
        'MOISSAC Antoine – TERRISSE Sylvie – PARAYRE Aurélie',
        '',
        'Groupe Europe Écologie (2 élus)',
        'VIGUIER Marie – THOMAS Hugues',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['MOISSAC Antoine', 'TERRISSE Sylvie', 'PARAYRE Aurélie', 'VIGUIER Marie', 'THOMAS Hugues']);
    expect(summary.secretary).toBe('Hugues THOMAS');
  });

  it('a roll call by canton in three columns (canton, member, state); votes by group with their counts in brackets', () => {
    const { summary } = analyseText(
      [
        'Réunion du lundi 20 décembre 2004',
        'CANTON                      CONSEILLER GÉNÉRAL            APPEL',
        'Aubrac-la-Vieille           M. Michel UGOL                présent',
        'Bassac-sur-Ourne            Mme Samia KERMAREC             présente',
        'Belcastel-d’Ourne           M. Hervé KADOUR                présent',
        'Castelmoron-d’Ourne         Mme Alexandra DELMAS           excusée – pouvoir à Mme KERMAREC',
        'Cayrolles-Haut              M. Francis BOURIER             présent',
        '',
        'Rapport n° 1-01 – Budget primitif 2005',
        'Pour : groupes « Union pour l’Ourne » et « Divers droite » (3)',
        'Contre : groupe « Gauche ournaise » (1)',
        'Abstention : groupe « Écologie » (1)',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Michel UGOL', 'Samia KERMAREC', 'Hervé KADOUR', 'Francis BOURIER']);
    expect(summary.proxies_list).toEqual([{ from: 'Alexandra DELMAS', to: 'KERMAREC' }]);
    expect(summary.votes).toEqual({ for: 3, against: 1, abstain: 1, not_voting: 0 });
  });

  it('Luxembourg: « les procurations de vote suivantes ont été données : – X, conseillère, à Y » and « Secrétaire communal : M. Z »; Switzerland: « Présents : 41 membres sur 45 » with those who « assistent » apart', () => {
    const lu = analyseText(
      ['Séance publique du 24 février 2021', 'Présents : M. Jean KIEFER, bourgmestre ; Mme Nadine HOFMAN, M. Marco THEVES, conseillers.', 'Absents excusés : Mme Martine ZIGRAN, conseillère.', 'Secrétaire communal : M. Yves BRAUNS.', '', 'Conformément à la loi du 24 juin 2020, les procurations de vote suivantes ont été données :', '– Mme Martine ZIGRAN, conseillère, à Mme Nadine HOFMAN, conseillère.'].join('\n'),
    );
    expect(lu.summary.proxies_list).toEqual([{ from: 'Martine ZIGRAN', to: 'Nadine HOFMAN' }]);
    expect(lu.summary.secretary).toBe('Yves BRAUNS');
    const ch = analyseText(['Séance du Conseil général du 14 décembre 2015', 'Présents : 41 membres sur 45', 'Excusés : Mmes Nathalie ZUFEREY, Sonia PRAT, MM. Grégoire EMERI et David MÉTRAIL', '', 'Assistent à la séance : M. Christian REYS, président de la commune ; M. Stéphane FOURNIE, secrétaire communal.'].join('\n'));
    expect([ch.summary.present, ch.summary.members_in_office]).toEqual([41, 45]);
    expect(codes(ch.findings)).toEqual([]);
  });

  it('a table whose proxy column holds a member’s name without a mark; a holder listed absent in a table the excerpt cuts', () => {
    const { summary, findings } = analyseText(
      [
        'Comité syndical du 10 octobre 2016',
        'NOM PrénomCollectivité adhérentePrésent(e)Pouvoir donné à',
        'ARSAC Laurent CC du Val d’Ay X',
        'BONNEFOY Mireille CC du Val d’Ay X',
        'FAURIAT Odile CC Pays de Lamastre',
        'JUSTET Marcel CC Eyrieux X',
        'DUVERGER Alain CC Haut-Vivarais FAURIAT Odile',
        'MOUNIER Jean-Louis CC Haut-Vivarais X',
        'ROCHE Nadine CC Haut-Vivarais ARSAC Laurent',
        'PONSON Régine CC des Bout',
      ].join('\n'),
    );
    expect(summary.proxies_list).toEqual([{ from: 'DUVERGER Alain', to: 'FAURIAT Odile' }, { from: 'ROCHE Nadine', to: 'ARSAC Laurent' }]);
    expect(codes(findings)).toContain('PROXY_HOLDER_ABSENT');
  });

  it('a member named ÉCHEVIN is no Belgian role; a general renewal of councils is no session date', () => {
    const { summary, parsed } = analyseText(
      [
        'COMMUNAUTÉ URBAINE DE SAINT-AURÈLE',
        'Séance du mardi 10 décembre 2013',
        'Suite au renouvellement général des conseils municipaux des 15 et 22 mars 2013, le Conseil de Communauté, convoqué le 5 décembre 2013, s’est réuni.',
        'Présents : M. Paul MULLER, Mme Catherine ECHEVIN, Mme Marie LE BORGNE.',
      ].join('\n'),
    );
    expect(parsed.session.body.jurisdiction).toBe('FR');
    expect(summary.session_date).toBe('2013-12-10');
  });
});

describe('roll calls worded otherwise', () => {
  it('« Ont répondu à l’appel de leur nom : » one member per line; Québec « sont présents les conseillers X, Y et Z, formant quorum »', () => {
    const a = analyseText(['Séance plénière du jeudi 30 juin 2016', 'Ont répondu à l’appel de leur nom :', 'Mme ABADIE Sabine (UDC)', 'M. AMBLARD Gaëtan (EELV)', 'M. ANGLADE Jacques (SRD)'].join('\n'));
    expect(a.summary.present_names).toEqual(['ABADIE Sabine', 'AMBLARD Gaëtan', 'ANGLADE Jacques']);
    const b = analyseText(
      'PROVINCE DE QUÉBEC Procès-verbal de la séance ordinaire du conseil tenue le lundi 2 avril 2012, à laquelle sont présents les conseillers Réjean Boisvert, Nicole Desrosiers, Lucie Beaulieu et Marcel Ouellet, formant quorum sous la présidence de M. le maire Normand Létourneau.',
    );
    expect(b.summary.present_names).toEqual(['Réjean Boisvert', 'Nicole Desrosiers', 'Lucie Beaulieu', 'Marcel Ouellet', 'Normand Létourneau']);
  });
});

describe('Luxembourg proxies under a sentence', () => {
  it('« les membres suivants du conseil ont confié une procuration écrite à un collègue : - X / Conseiller à Y / Conseiller »', () => {
    const { summary } = analyseText(
      ['Séance du 20 novembre 2020', 'Présents : Jos Kramer / Échevin, Patrick Thiel / Conseiller, Lisa Weber / Conseillère', 'Conformément aux mesures temporaires, les membres suivants du conseil ont confié une procuration écrite à un collègue :', '- Tom Bievers / Conseiller à Patrick Thiel / Conseiller', '- Anne Majeru / Conseillère à Jos Kramer / Échevin', '1. Approbation du rapport de la séance du 9 octobre 2020'].join('\n'),
    );
    expect(summary.proxies_list).toEqual([{ from: 'Tom Bievers', to: 'Patrick Thiel' }, { from: 'Anne Majeru', to: 'Jos Kramer' }]);
  });
});

describe('unanimity of the votes cast, the abstentions after a dash', () => {
  it('« Adopté à l’unanimité des suffrages exprimés – Abstentions : 4 (groupe …) » makes the others « pour »', () => {
    const { summary } = analyseText(
      ['Commission permanente du 22 mars 2021', 'Membres en exercice : 24 – Présents : 12 – Votants : 22', 'OBJET : Fonds de solidarité communale', 'DÉCIDE d’attribuer les subventions.', 'Adopté à l’unanimité des suffrages exprimés – Abstentions : 4 (groupe « À gauche »)'].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 18, against: 0, abstain: 4, not_voting: 0 });
  });
});

describe('Swiss council, continued', () => {
  it('a commission’s vote reported is no tally; « Bureau : … Mme X, secrétaire communale, secrétaire »', () => {
    const { summary } = analyseText(
      [
        'Séance du Conseil général du 27 avril 2022',
        'Bureau : M. Hervé PASQUIN, président ; Mme Martine CHASSOT, vice-présidente ; Mme Corinne SAVARI, secrétaire communale, secrétaire.',
        'Présents : 45 membres sur 45',
        'Comptes 2021',
        'La commission de gestion a examiné les comptes 2021 ; la commission les a approuvés par 5 voix sans opposition lors de sa séance du 5 avril 2022.',
        'Au vote, les comptes 2021 sont approuvés par 41 oui, 1 non et 3 abstentions.',
      ].join('\n'),
    );
    expect(summary.secretary).toBe('Corinne SAVARI');
    expect(summary.votes).toEqual({ for: 41, against: 1, abstain: 3, not_voting: 0 });
  });
});

describe('fifty-first and fifty-second sets', () => {
  it('a proxy holder listed absent when the present members are not named (« Etaient présents : les membres du Conseil »)', () => {
    const { findings } = analyseText(
      ['Conseil du 7 novembre 2018', 'Etaient présents : les membres du Conseil', 'Excusé(s) : Mme RICHARD Pascale, Mr LEGRAS Benoît.', 'Absent(s) : Mr PERRIN Gilles.', 'Procuration(s) : Mme RICHARD Pascale donne pouvoir à Mme COLLART Martine, Mr LEGRAS Benoît donne pouvoir à Mr PERRIN Gilles.', '', 'Nombre de présents : 10 Nombre d’absents : 01 Nombre d’absents excusés : 02', '', 'Secrétaire élu : Mr GUY Vincent', '', 'Mr le Maire propose de fixer les tarifs de la salle polyvalente. Le conseil municipal approuve à l’unanimité.'].join('\n'),
    );
    expect(codes(findings)).toContain('PROXY_HOLDER_ABSENT');
  });

  it('« 2023-014 Budget communal – Vote des taux » opens an item (a year and a number, a title in sentence case)', () => {
    const { summary } = analyseText(
      ['Séance du 13 mars 2023', 'Présents : M. Paul ANDRÉ, Mme Lise BRUN, M. Marc CHAUVIN.', 'Approbation à l’unanimité du compte-rendu de la réunion du 6 février 2023.', '', '2023-014 Budget communal – Vote des taux d’imposition 2023', 'Après en avoir délibéré, le Conseil Municipal, par 2 voix pour et 1 abstention, fixe les taux.'].join('\n'),
    );
    expect(summary.subject).toBe('2023-014 – Budget communal – Vote des taux d’imposition 2023');
    expect(summary.votes).toEqual({ for: 2, against: 0, abstain: 1, not_voting: 0 });
  });

  it('« demande l’adoption du procès-verbal du conseil municipal du 7 mars 2019 … le PV est adopté » before items numbered « 1) » in one paragraph', () => {
    const { summary } = analyseText(
      'PROCES-VERBAL DU CONSEIL MUNICIPAL DU 11 AVRIL 2019 Présents : M. Paul ANDRÉ, Mme Lise BRUN, M. Marc CHAUVIN. Secrétaire de séance : Mme Lise BRUN. ORDRE DU JOUR : 1) Compte administratif 2018 et compte de gestion 2018 du receveur municipal 2) Budget 2019 : décision modificative n° 1 3) Métropole : avis sur la modification du plan local d’urbanisme 4) Subventions aux associations 2019 5) Convention de mise à disposition du gymnase au collège 6) Questions diverses Arnaud VILLE : demande l’adoption du procès-verbal du conseil municipal du 7 mars 2019. Il n’y a pas de modification, le PV est adopté à l’unanimité. 1) Compte administratif 2018 et compte de gestion 2018 du receveur municipal Mme Sandrine FAYE, adjointe aux finances, présente le compte administratif. Adopté par 2 voix pour et 1 abstention.',
    );
    expect(summary.subject).toBe('Adoption du procès-verbal du conseil municipal du 7 mars 2019');
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('items « 1/ … : approuvé à l’unanimité … » holding their own decision are not merged into the next', () => {
    const { parsed } = analyseText(
      ['Séance du 12 mars 2022', 'Présents : M. Paul ANDRÉ, Mme Lise BRUN, M. Marc CHAUVIN.', '1/ Procès-verbal du Conseil Municipal du 29 janvier 2022 : approuvé à l’unanimité des membres présents et', 'représentés.', '2/ Compte administratif 2021 de la commune : le Maire quitte la salle.', 'Le Conseil approuve le compte administratif par 2 voix pour et 1 abstention.'].join('\n'),
    );
    expect(parsed.deliberations.map((d) => d.number)).toEqual(['1', '2']);
  });

  it('« Conseiller absent représenté : 15. STOECKLIN Julien (procuration à …) »: 15 numbers the line, it is no count', () => {
    const { summary } = analyseText('Séance du 26 mai 2020 Conseillers présents : 1. HUEBER Marc 2. LUTZ Isabelle Conseiller absent représenté : 15. STOECKLIN Julien (procuration à HUEBER Marc)');
    expect(summary.proxies).toBeNull();
  });

  it('« présents ou suppléés : 21 » declares the members present (a substitute sits)', () => {
    const { summary } = analyseText('Compte-rendu du Comité syndical du 4 juillet 2023\nLes délégués du comité syndical se sont réunis le mardi 4 juillet 2023. Délégués en exercice : 30 – présents ou suppléés : 21 – pouvoirs : 2');
    expect(summary.members_in_office).toBe(30);
    expect(summary.present).toBe(21);
    expect(summary.proxies).toBe(2);
  });

  it('a role ending a line does not join the « Absent » heading below it; « ont donné procuration de vote comme suit : » opens the proxies', () => {
    const { summary } = analyseText(
      ['Séance du conseil communal du 17 mars 2021', 'Présents', 'Paul Kremer / Bourgmestre, Anne Wolff / Échevin', 'Luc Hansen, Marie Thill / Conseillers', 'Excusé(e)(s)', 'Jos Becker / Conseiller, Lynn Faber / Conseillère', 'Absent', 'Marc Weber / Conseiller', 'Les conseillers excusés ont donné procuration de vote comme suit :', '- Jos Becker / Conseiller à Luc Hansen / Conseiller', '- Lynn Faber / Conseillère à Paul Kremer / Bourgmestre', '1. Aire de jeux – devis', 'Le conseil communal a approuvé à l’unanimité des voix le devis.'].join('\n'),
    );
    expect(summary.absent_names).toEqual(expect.arrayContaining(['Jos Becker', 'Lynn Faber', 'Marc Weber']));
    expect(summary.proxies_list).toEqual([
      { from: 'Jos Becker', to: 'Luc Hansen' },
      { from: 'Lynn Faber', to: 'Paul Kremer' },
    ]);
  });

  it('« LE GOFF, Aurélie » ending a « NOM Prénom » list is one member (a comma between surname and given name)', () => {
    const { summary } = analyseText('Séance du 12 avril 2013\nPrésents : BAUDRY Alain, COLIN Marie, DANIEL Paul Absents : GUÉRIN Loïc, LE GOFF, Aurélie Secrétaire de séance : COLIN Marie');
    expect(summary.absent_names).toEqual(['GUÉRIN Loïc', 'LE GOFF Aurélie']);
  });
});
