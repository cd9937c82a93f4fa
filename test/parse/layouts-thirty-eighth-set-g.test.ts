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
