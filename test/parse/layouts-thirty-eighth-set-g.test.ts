/**
 * Layouts the two-hundred-and-ninety-fifth invented corpus found missing (subjects in margins, cells and frames). Every
 * case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a relevé of decisions in a framed table whose vote cell wraps with its subject cell', () => {
  const doc = text([
    'Commune de Montégut-sur-Baïse',
    '',
    'COMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL DU 14 AVRIL 2022',
    '',
    'Conseillers en exercice : 15 – Présents : 12 – Pouvoirs : 1 – Votants : 13',
    'Sous la présidence de Mme Odile PEYRUSSE, Maire.',
    'Présents : PEYRUSSE Odile ; BAQUÉ Henri ; LAMOTHE Rose ; SARRAT Paul ; DUBARRY Lise ; COUSTET Marc ; LANNES Anne ;',
    'TAPIE Jules ; MONCASSIN Eve ; BÉGUÉ Louis ; CAUHAPÉ Nina ; SALLES Yves.',
    'Pouvoirs : FOURCADE Léa à PEYRUSSE Odile.',
    'Absents excusés : LABORDE Jean ; SOUQUET Marie.',
    'Secrétaire de séance : SALLES Yves.',
    '',
    '+----------+------------------------------------------+--------------------+',
    '| N°       | Objet                                    | Vote               |',
    '+----------+------------------------------------------+--------------------+',
    '| 2022-011 | Vote des taux de fiscalité directe       | Pour : 11          |',
    "|          | locale pour l'exercice 2022              | Contre : 2         |",
    '|          |                                          | Abstention : 0     |',
    '+----------+------------------------------------------+--------------------+',
    '| 2022-012 | Adhésion au groupement de commandes      | Unanimité          |',
    '|          | pour la fourniture d’électricité         |                    |',
    '+----------+------------------------------------------+--------------------+',
    '| 2022-013 | Location de la salle polyvalente         | Unanimité          |',
    '+----------+------------------------------------------+--------------------+',
  ]);

  it('reads one item a row, the first row’s tally from its wrapped cell, and no unanimity contradicted', () => {
    const { parsed, summary, findings } = analyseText(doc);
    expect(parsed.deliberations.map((d) => d.number)).toEqual(['2022-011', '2022-012', '2022-013']);
    expect(parsed.deliberations[0]!.subject).toBe("Vote des taux de fiscalité directe locale pour l'exercice 2022");
    expect(summary.votes).toEqual({ for: 11, against: 2, abstain: 0, not_voting: 0 });
    expect(parsed.deliberations[1]!.vote?.unanimous).toBe(true);
    expect(errorCodes(findings)).not.toContain('UNANIMITY_CONTRADICTED');
  });
});

describe('a register’s narrow margin (number, object, counts) beside the opening text', () => {
  const doc = text([
    'COMMUNE DE LESCURE-D’OLT                          Séance du 12 juin 1971',
    '',
    'N° 8             L’an mil neuf cent soixante et onze et le samedi douze juin à',
    'Objet :          vingt heures, le Conseil Municipal de cette commune, dûment',
    'Réfection        convoqué, s’est réuni au nombre prescrit par la loi, en la mairie,',
    'du chemin        sous la présidence de M. Bessière Achille, Maire.',
    'vicinal n° 3',
    '- devis          Date de la convocation : 5 juin 1971.',
    '',
    'Membres          Etaient présents : MM. Bessière Achille, Cransac Louis, Lacombe',
    'en exercice : 9  Henri, Mouly Pierre, Foissac Jean, Ginestet Paul, Trémolières',
    'présents : 8     Marius, Bouldoires Gaston.',
    'votants : 8',
    '                 Absent : M. Carles Émile (excusé).',
    '',
    '                 M. Mouly Pierre a été nommé secrétaire de séance.',
    '',
    'Monsieur le Maire présente au Conseil le devis de réfection du chemin vicinal n° 3.',
    'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, approuve le devis.',
  ]);

  it('reads the lists whole beside the margin, a count touching the text included, and raises no count mismatch', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual([
      'Bessière Achille',
      'Cransac Louis',
      'Lacombe Henri',
      'Mouly Pierre',
      'Foissac Jean',
      'Ginestet Paul',
      'Trémolières Marius',
      'Bouldoires Gaston',
    ]);
    expect(summary.members_in_office).toBe(9);
    expect(summary.present).toBe(8);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('an « Objet : » field in a frame of its own above the session, wrapped onto an aligned line', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-VERNOIS',
    'Extrait du registre des délibérations du Comité syndical',
    'Délibération n° CS-2025-034',
    '',
    '╔══════════════════════════════════════════════════════════╗',
    "║ OBJET : Convention d'entretien des bornes incendie –     ║",
    '║         renouvellement pour la période 2025-2028         ║',
    '╚══════════════════════════════════════════════════════════╝',
    '',
    'Séance du mardi 14 octobre 2025',
    'Délégués en exercice : 12 – Présents : 10 – Pouvoirs : 0 – Votants : 10',
    'Présents : M. Rémi VAUCHEZ, Président, Mme Agnès TROUILLOT, M. Denis BALLAND, Mme Inès CUENOT, M. Yves MOUREY,',
    'Mme Lucie GIRARDOT, M. Hugo PERNOT, Mme Carole BOILLOT, M. Noël JACQUOT, Mme Rose FAIVRE.',
    'Excusés : M. Paul DROZ, Mme Anne CLERC.',
    '',
    'Le Président expose le projet de convention. Le Comité syndical, après en avoir délibéré, à l’unanimité, approuve la convention.',
  ]);

  it('reads the framed field whole as the subject', () => {
    const { parsed } = analyseText(doc);
    expect(parsed.deliberations[0]!.subject).toBe("Convention d'entretien des bornes incendie – renouvellement pour la période 2025-2028");
  });
});

describe('an « OBJET : » in capitals wrapped over three lines above the counts', () => {
  const doc = text([
    'VILLE DE SAINT-AUBIN-LES-FORGES',
    '',
    'CONSEIL MUNICIPAL DU 3 FÉVRIER 2011',
    '',
    'DÉLIBÉRATION N° 2011/09',
    '',
    'OBJET : ACQUISITION AMIABLE DES PARCELLES AB 112 ET AB 113',
    'AU LIEU-DIT LES COMBES POUR L’EXTENSION DU GROUPE',
    'SCOLAIRE',
    '',
    'Nombre de conseillers : en exercice 23 – présents 19 – pouvoirs 2 – votants 21',
    'Date de convocation : 27 janvier 2011',
    '',
    'Le jeudi trois février deux mil onze, le Conseil Municipal s’est réuni sous la présidence de Monsieur Alain ROUSSEL, Maire.',
    'Présents : MM. ROUSSEL, GARNIER, BLONDEL, Mmes COLIN, PERRIN, MM. LEGRAND, FOUCHER, Mmes MARCHAL, HUMBERT, MM. AUBRY,',
    'VIARD, Mmes RENARD, BARBIER, MM. CHEVALIER, MASSON, Mmes LAMBERT, ROYER, MM. GAUTHIER, DUVAL.',
    'Pouvoirs : M. PICARD à M. ROUSSEL, Mme NOËL à Mme COLIN.',
    'Absents : M. HENRY, Mme MOREL.',
    '',
    'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, décide l’acquisition.',
  ]);

  it('joins the three lines of the field', () => {
    const { parsed } = analyseText(doc);
    expect(parsed.deliberations[0]!.subject).toBe('ACQUISITION AMIABLE DES PARCELLES AB 112 ET AB 113 AU LIEU-DIT LES COMBES POUR L’EXTENSION DU GROUPE SCOLAIRE');
  });
});

describe('a register number on its own line, the title under it, then a « Rapporteur : » line', () => {
  const doc = text([
    'SIVOM DU PLATEAU DE LA BRIANCE',
    'Séance du 9 avril 2019',
    'Délégués en exercice : 10 – Présents : 8 – Votants : 8',
    'Présents : M. COUDERT A., Mme FAYE B., M. LAJOUX C., Mme MAZEAU D., M. NOUHAUD E., Mme PARRY F., M. ROUGIER G., Mme SAGE H.',
    'Excusés : M. TIXIER J., Mme VEYRIER K.',
    'Secrétaire de séance : Mme FAYE B.',
    '',
    'DÉLIBÉRATION N° 2019-12',
    'Rapport sur les tarifs de la collecte des encombrants – année 2019',
    'Rapporteur : Monsieur le Président',
    '',
    'Le Président présente les tarifs. Le Comité, après en avoir délibéré, à l’unanimité, adopte les tarifs.',
  ]);

  it('reads the line under the number as the subject (the heading’s number before it, as the real labels write it)', () => {
    const { parsed, summary } = analyseText(doc);
    expect(parsed.deliberations[0]!.number).toBe('2019-12');
    expect(parsed.deliberations[0]!.subject).toBe('Rapport sur les tarifs de la collecte des encombrants – année 2019');
    expect(summary.subject).toBe('DÉLIBÉRATION N° 2019-12 – Rapport sur les tarifs de la collecte des encombrants – année 2019');
  });
});
