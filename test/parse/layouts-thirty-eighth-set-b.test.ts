/**
 * Layouts the two-hundred-and-ninetieth invented corpus found missing (pages flattened to one paragraph, SCRUTIN boxes,
 * excerpts cut mid-list). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

/** An agenda of nine points written out, long enough to push what follows it past the lists' first 600 characters. */
const AGENDA =
  'Ordre du jour : - Approbation du compte-rendu de la séance du 14 octobre 2021 - Budget annexe de l’assainissement – décision modificative n° 3 - ' +
  'Créances éteintes – exercices 2016 à 2019 - Service de l’eau – tarifs de la part syndicale 2022 - Travaux de renforcement du réseau de la route ' +
  'de Vignalet : attribution du marché - Convention de mise à disposition de la station de pompage de Hourquet - Groupement de commandes pour les ' +
  'analyses d’eau 2022-2024 - Ressources humaines – création d’un poste d’adjoint technique - Questions diverses';

describe('one paragraph: the approval of the previous minutes after a long agenda is the first vote’s subject', () => {
  const lists =
    'Syndicat des eaux de Pradeilhe Séance du 9 décembre 2021 Sous la présidence de Monsieur CAUBET Henri, Président, PRESENTS : Mmes LASSALLE Odette, ' +
    'PÉRÈS Josiane, MM. CAUBET Henri, DARRÉ Michel, LOUSTAU Jean, SOUBIE Patrick, TRESSENS Alain. ABSENTS - EXCUSES : M. BORDENAVE Claude. ' +
    'SECRETAIRE DE SEANCE : Mme PÉRÈS Josiane ';

  it('names the minutes approved, not the agenda’s line', () => {
    const doc = `${lists}${AGENDA} Monsieur DARRÉ demande que le compte-rendu mentionne la visite du réservoir. Le Président en prend acte. ` +
      'Approbation du compte-rendu de la séance du 14 octobre 2021 Le compte-rendu est approuvé à l’unanimité. Budget annexe de l’assainissement – décision';
    const { summary, findings } = analyseText(doc);
    expect(summary.subject).toBe('Approbation du compte-rendu de la séance du 14 octobre 2021');
    expect(summary.votes).toEqual({ unanimous: true });
    expect(errorCodes(findings)).toEqual([]);
  });

  it('names the minutes a member asks to adopt, the vote following', () => {
    const doc = `${lists}${AGENDA} Henri CAUBET : demande l’adoption du procès-verbal du comité syndical du 14 octobre 2021. M. LOUSTAU souhaite que son ` +
      'intervention soit reprise. Le PV est adopté à l’unanimité. Le Président présente ensuite la décision modificative, dont';
    expect(analyseText(doc).summary.subject).toBe('Adoption du procès-verbal du comité syndical du 14 octobre 2021');
  });

  it('does not name them when another vote comes first', () => {
    const doc = `${lists}${AGENDA} Le Président demande d’ajouter un point sur le local technique ; le comité accepte par 6 voix pour et 1 abstention. ` +
      'Approbation du compte-rendu de la séance du 14 octobre 2021 Le compte-rendu est approuvé à l’unanimité.';
    const { summary } = analyseText(doc);
    expect(summary.subject ?? '').not.toMatch(/compte-rendu de la séance du 14 octobre/);
    expect(summary.votes).toEqual({ for: 6, against: 0, abstain: 1, not_voting: 0 });
  });
});

describe('one paragraph: an agenda change the chair asks for, assented to, is the first vote’s subject', () => {
  const opening =
    'COMPTE RENDU DU CONSEIL MUNICIPAL DE LUZERAC DU 4 MARS 2019 Etaient présents : M. Gilles FAURIE, Mme Odile CASSAGNE, M. Rémi BONHOURE, Mme Sylvie ' +
    'PEYRAT, M. Alain MOURGUES, Mme Nadine VERDIER, M. Paul ESTRADE. Absente excusée : Mme Agnès LAPORTE. Secrétaire de séance : Madame Sylvie Peyrat. ';

  it('names a point withdrawn, with what it was', () => {
    const doc = `${opening}M. le maire demande l’accord du conseil municipal pour retirer le point n° 5 (bail de la boulangerie) de l’ordre du jour, ` +
      'le notaire n’ayant pas transmis le projet. Le conseil municipal accepte à l’unanimité. Compte rendu du 4 février 2019 : Mme CASSAGNE demande';
    const { summary, findings } = analyseText(doc);
    expect(summary.subject).toBe("Retrait du point n° 5 (bail de la boulangerie) de l'ordre du jour");
    expect(summary.votes).toEqual({ unanimous: true });
    expect(errorCodes(findings)).toEqual([]);
  });

  it('names a point added, up to the end of its sentence', () => {
    const doc = `${opening}Le maire propose au conseil municipal d’ajouter un point relatif au fonds de concours pour la voirie. Le conseil municipal ` +
      'accepte par 6 voix pour et 1 abstention. Le maire rappelle que';
    expect(analyseText(doc).summary.subject).toBe("Ajout d'un point relatif au fonds de concours pour la voirie");
  });

  it('names nothing when the council is only informed', () => {
    const doc = `${opening}M. le maire informe le conseil municipal que le point n° 5 (bail de la boulangerie) sera examiné en avril. ` +
      'Le conseil municipal accepte à l’unanimité le principe d’une visite du chantier. Le maire rappelle que';
    expect(analyseText(doc).summary.subject ?? '').not.toMatch(/^(?:Retrait|Ajout|Report)/);
  });
});
