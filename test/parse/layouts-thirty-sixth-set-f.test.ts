/**
 * Layouts the two-hundred-and-seventy-eighth invented corpus found missing (syndicats and small public bodies). Every case
 * is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a typed register by commune with dotted leaders, one commune’s label too long for its dots', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DE VOIRIE DU CANTON DE MARSOLLES',
    'Séance du mardi 12 mars 1974',
    "L'an mil neuf cent soixante-quatorze, le douze mars, le Comité, régulièrement convoqué le 4 mars 1974, s'est réuni sous la présidence de M. GRANIER Marcel.",
    'Nombre de délégués en exercice : 8',
    'Nombre de délégués présents : 7',
    'Nombre de votants : 7',
    '',
    'Etaient présents :',
    'Commune de Marsolles ............ MM. GRANIER Marcel, TEULIER André',
    'Commune de Pujols ............... MM. BESSIERE Louis, CALMETTES Roger',
    'Commune de Saint-Amans-des-Cots-le-Haut  M. VIDALENC Emile',
    'Commune de Rouffiac ............. MM. SOULIE Henri, ALIBERT Paul',
    '',
    'Absent excusé : M. CASSAGNE Jean (Saint-Amans-des-Cots-le-Haut).',
    '',
    'M. ALIBERT Paul a été désigné pour remplir les fonctions de secrétaire.',
    '',
    'OBJET : Programme de voirie 1974',
    'Le Comité, après en avoir délibéré, à l’unanimité, approuve le programme.',
  ]);

  it('reads the members after the gap as it reads those after the leaders', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['GRANIER Marcel', 'TEULIER André', 'BESSIERE Louis', 'CALMETTES Roger', 'VIDALENC Emile', 'SOULIE Henri', 'ALIBERT Paul']);
    expect(summary.absent_names).toEqual(['CASSAGNE Jean']);
    expect(errorCodes(findings)).toEqual([]);
  });
});
