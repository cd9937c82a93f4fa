/**
 * Layouts the two-hundred-and-ninety-sixth invented corpus found missing (a single councillor's absence heading run on
 * after the last name present). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('« Conseillère excusée : » run on after the last name of a numbered present list', () => {
  const doc = text([
    'Conseil municipal du 04/04/2026',
    'Transcription',
    'COMMUNE DE OBERWILLER-LES-PRÉS PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 4 AVRIL 2026 L’an deux mille vingt-six, le quatre avril à 10 heures, les membres du conseil municipal se sont réunis à la mairie. Conseillers présents : 1. ACKERMANN Louis 2. BRAUN Élodie 3. 4. 5. 6. 7. 8. DIETRICH Marc EHRHART Sophie FUCHS Armand GEBHART Lucie JOST Yannick KOEHL Agnès Conseillère excusée : 9. HAAS Martine (procuration à BRAUN Élodie) Auditeurs présents : 12 Ordre du jour 1. 2. Installation Budget POINT 1 - Budget primitif 2026 Le conseil municipal adopte le budget primitif à l’unanimité.',
  ]);

  it('ends the present list at the heading and reads the excused member and her proxy', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ACKERMANN Louis', 'BRAUN Élodie', 'DIETRICH Marc', 'EHRHART Sophie', 'FUCHS Armand', 'GEBHART Lucie', 'JOST Yannick', 'KOEHL Agnès']);
    expect(summary.absent_names).toEqual(['HAAS Martine']);
    expect(summary.proxies_list).toEqual([{ from: 'HAAS Martine', to: 'BRAUN Élodie' }]);
    expect(errorCodes(findings)).toEqual([]);
  });
});
