/**
 * Layouts the two-hundred-and-seventy-first invented corpus (Belgian, Luxembourg and Swiss bodies) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a one-sentence list whose given names are abbreviated before surnames in capitals', () => {
  const doc = text([
    'Extrait du registre aux délibérations du conseil communal de Bettenhoven',
    '',
    'Séance publique du 9 mars 1984.',
    '',
    'Présents: MM. Rob. KAYSER, bourgmestre; Émile HOFFMANN, Guy REDING, échevins; Marc THEIS,',
    'Paul WAGENER, conseillers; Th. MULLER, secrétaire.',
    '',
    'Absent: M. Léon FABER, conseiller (excusé).',
    '',
    'Objet: Approbation du devis des travaux de voirie.',
    '',
    'Le conseil communal,',
    'Après délibération conforme, décide à l\'unanimité des voix d\'approuver le devis.',
  ]);

  it('keeps « Rob. » and « Th. » inside their entries: the list reads on, the secretary is the last entry', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Rob. KAYSER', 'Émile HOFFMANN', 'Guy REDING', 'Marc THEIS', 'Paul WAGENER']);
    expect(summary.secretary).toBe('Th. MULLER');
    expect(summary.absent_names).toEqual(['Léon FABER']);
  });
});
