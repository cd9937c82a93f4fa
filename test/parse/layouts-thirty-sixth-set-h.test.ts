/**
 * Layouts the held-out documents of the pending corpus showed missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

/** A département's assembly before 2015: its reports sent to the conseillers généraux, its youngest member as secretary. */
const conseilGeneral = (sent: string, secretary: string) =>
  text([
    'CONSEIL GÉNÉRAL DE LA HAUTE-MOURIGE',
    'Session de printemps 2011 – Réunion du lundi 18 avril 2011',
    '',
    sent,
    '',
    "Le lundi dix-huit avril deux mille onze, à neuf heures, le Conseil général s'est réuni à l'Hôtel du Département,",
    'sous la présidence de M. Gaston PELISSOU, Président.',
    '',
    'Étaient présents :',
    'M. PELISSOU Gaston (Mourige-Nord)',
    'Mme ARTIGUES Colette (Sauvian)',
    'M. BEDOS Henri (Lescaure)',
    '',
    secretary,
    '',
    '1. APPROBATION DU PROCÈS-VERBAL DE LA RÉUNION DU 13 DÉCEMBRE 2010',
    'Le procès-verbal est adopté à l’unanimité.',
  ]);

describe('the session’s reports sent to the conseillers généraux', () => {
  it('date the convocation, not a second session', () => {
    for (const sent of [
      'Les rapports de la session ont été adressés aux conseillers généraux le 29 mars 2011.',
      'Les rapports ont été adressés aux conseillers généraux le 29 mars 2011.',
    ]) {
      const { summary, findings } = analyseText(conseilGeneral(sent, ''));
      expect(summary.session_date).toBe('2011-04-18');
      expect(summary.convocation_date).toBe('2011-03-29');
      expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
    }
  });
});

describe('a member said to fill the secretary’s office, an apposition between', () => {
  it('is the secretary', () => {
    const doc = conseilGeneral('', 'Mme ARTIGUES Colette, la plus jeune des membres présents, remplit les fonctions de secrétaire.');
    expect(analyseText(doc).summary.secretary).toBe('ARTIGUES Colette');
  });
});
