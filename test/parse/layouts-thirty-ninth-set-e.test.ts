/**
 * Layouts the three-hundredth invented corpus found missing (dates and convocations): a convocation sent by two means
 * joined ("par lettre missive et par voie électronique le …"), and a Québec avis de convocation « signifié » to the
 * members, certified in the opening item; a numbered title cut after « du », its date on the line under it. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a convocation sent by two means joined, each with its word', () => {
  it('dates the convocation of a Walloon council « convoqué par lettre missive et par voie électronique le … »', () => {
    const doc = text([
      'COMMUNE DE BERTRIMONT-LEZ-OURTHE',
      '',
      'EXTRAIT DU REGISTRE AUX DÉLIBÉRATIONS DU CONSEIL COMMUNAL',
      'Séance du 14 mars 2022',
      '',
      'Présents : M. Hubert DELVAUX, Bourgmestre-Président ;',
      '           Mme Claire MOTTET, M. Arnaud LIÉGEOIS, Échevins ;',
      '           MM. Julien SOMVILLE, Gaëtan RENSON, Mme Lise DEMARET, Conseillers ;',
      '           M. Thierry HALLEUX, Directeur général.',
      'Excusée :  Mme Sandrine COLLIN, Conseillère.',
      '',
      'Le Conseil communal, convoqué par lettre missive et par voie électronique le 4 mars 2022,',
      "conformément à l'article L1122-13 du Code de la démocratie locale, se réunit en séance publique.",
      '',
      '1. Redevance pour la collecte des encombrants – exercice 2022.',
      '',
      'Le Conseil communal,',
      'DÉCIDE, à l’unanimité : le règlement est adopté.',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('2022-03-14');
    expect(summary.convocation_date).toBe('2022-03-04');
    expect(errorCodes(findings)).toEqual([]);
  });

  it('dates a French convocation « par lettre recommandée et par voie dématérialisée » (the letter names the means, not another date)', () => {
    const doc = text([
      'COMMUNE DE SAINT-MARTIAL-DES-COMBES',
      'Séance du conseil municipal du vendredi 9 septembre 2016',
      '',
      'Le conseil municipal, régulièrement convoqué par lettre recommandée et par voie dématérialisée le 2 septembre 2016,',
      's’est réuni à la mairie sous la présidence de M. Paul GRANGIER, maire.',
      'Présents : M. Paul GRANGIER, Mme Irène VALADE, M. Louis FAUCHER, Mme Odile MARTY, M. Serge BOUYSSOU',
      'Absente : Mme Nadia ROQUES',
      'Secrétaire de séance : Mme Irène VALADE',
      '',
      'Objet : Tarifs de la salle des fêtes',
      'Après en avoir délibéré, le conseil municipal, à l’unanimité, fixe les tarifs.',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('2016-09-09');
    expect(summary.convocation_date).toBe('2016-09-02');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a Québec avis de convocation « signifié » to the members, certified in the opening item', () => {
  it('dates the convocation by the day the avis was served', () => {
    const doc = text([
      'PROVINCE DE QUÉBEC',
      'MUNICIPALITÉ DE SAINTE-OLIVINE-DU-LAC',
      '',
      'PROCÈS-VERBAL de la séance extraordinaire du conseil municipal de Sainte-Olivine-du-Lac,',
      'tenue le mardi 7 novembre 2023 à 19 h, à la salle communautaire.',
      '',
      'Sont présents : Madame la mairesse Hélène Tremblay',
      '                Monsieur le conseiller Yvon Bergeron, siège n° 1',
      '                Madame la conseillère Lucie Pelletier, siège n° 2',
      '                Monsieur le conseiller Gilles Ouellet, siège n° 4',
      '',
      'Formant quorum sous la présidence de Madame Hélène Tremblay, mairesse.',
      'Monsieur Alain Boucher, directeur général, agit comme secrétaire de la séance.',
      '',
      '1. OUVERTURE DE LA SÉANCE',
      '',
      'La mairesse ouvre la séance à 19 h 02. Le directeur général certifie que l’avis de convocation',
      'a été signifié à tous les membres du conseil le vendredi 3 novembre 2023, conformément au',
      'Code municipal du Québec.',
      '',
      '2023-11-211   2. ADOPTION DE L’ORDRE DU JOUR',
      '',
      'Il est proposé par le conseiller Yvon Bergeron,',
      'appuyé par la conseillère Lucie Pelletier,',
      'et résolu à l’unanimité des conseillers présents',
      'd’adopter l’ordre du jour.',
      '',
      'ADOPTÉE',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('2023-11-07');
    expect(summary.convocation_date).toBe('2023-11-03');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a numbered title cut after a preposition, its rest on the line right under it', () => {
  const doc = (rest: string) =>
    text([
      'COMMUNAUTÉ DE COMMUNES DU VAL DE LOURMONT',
      'Séance du conseil communautaire du jeudi 18 septembre 2025',
      'Présents : M. Bernard ROCHETTE, Mme Agnès DUVIGNAU, M. Kévin LASSERRE, Mme Paule ESCANDE',
      'Secrétaire de séance : Mme Agnès DUVIGNAU',
      '',
      'N° 2025-074 – Approbation du procès-verbal de la séance du',
      rest,
      '',
      'Le procès-verbal est approuvé à l’unanimité.',
    ]);

  it('joins the date that ends the title', () => {
    const { summary, findings } = analyseText(doc('3 juillet 2025'));
    expect(summary.subject).toBe('2025-074 – Approbation du procès-verbal de la séance du 3 juillet 2025');
    expect(summary.votes).toEqual({ unanimous: true });
    expect(errorCodes(findings)).toEqual([]);
  });

  it('does not join a line of the body', () => {
    expect(analyseText(doc('Le président rappelle les débats.')).summary.subject).toBe('2025-074 – Approbation du procès-verbal de la séance du');
  });
});
