/**
 * Layouts the two-hundred-and-forty-sixth invented corpus (Québec councils) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a session moved to the Tuesday, the holiday Monday named with its year', () => {
  const doc = text([
    'VILLE DE LAC-AUX-SARCELLES',
    '',
    'Séance ordinaire du conseil municipal tenue le mardi 14 octobre 2025, à 19 h 30, à la salle du conseil. La séance se tient un mardi, le lundi 13 octobre 2025 étant le jour de l’Action de grâces.',
    '',
    'PRÉSENTS :',
    'M. Hervé Lanoie, maire',
    'Mme Chantal Brochu, conseillère, district no 1',
    'M. Marcel Dionne, conseiller, district no 2',
    'Mme Josée Arsenault, conseillère, district no 3',
    '',
    '2025-10-220   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Chantal Brochu, appuyé par M. Marcel Dionne, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('dates the session once, the holiday being no second date of it', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('2025-10-14');
    expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
  });
});

describe('two members whose given name and surname are each other’s', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-OLIVIER-DES-BUTTES',
    '',
    'Séance ordinaire du conseil tenue le lundi 3 février 2025 à 19 h.',
    '',
    'PRÉSENTS :',
    'M. Yvan Charland, maire',
    'M. Denis Gilbert, conseiller, siège no 1',
    'M. Gilbert Denis, conseiller, siège no 2',
    'Mme Sylvie Tanguay, conseillère, siège no 3',
    'Mme Rachel Poirier, conseillère, siège no 4',
    '',
    '2025-02-031   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. Denis Gilbert, appuyé par M. Gilbert Denis, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('keeps both and reports no member listed twice', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Yvan Charland', 'Denis Gilbert', 'Gilbert Denis', 'Sylvie Tanguay', 'Rachel Poirier']);
    expect(errorCodes(findings)).not.toContain('DUPLICATE_MEMBER');
  });
});
