/**
 * Layouts seen in published extracts that the first corpora lacked
 * (invented names): initials before surnames, headings without colons,
 * "pouvoir à M. le Maire", the body name after "Conseil municipal du <date>".
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

describe('more published layouts', () => {
  it('flattened PDF: counts and headings without colons, initials before surnames, M. as an initial', () => {
    const t =
      "1 SEANCE DU 1 ER OCTOBRE 2013 L an deux mil treize et le premier octobre à 20 heures 30, le Conseil Communautaire, régulièrement convoqué, s est réuni sous la présidence de Monsieur Paul VERNET. Nombre de conseillers En exercice 12 Présents 9 Votants 9 Excusé(e)s S. Rouquet, L. Barrat, P. Dumas Date de la convocation 24 septembre 2013 Présent(e)s P. Vernet, Président, E. Fabre, M. Tessier, Vice-Présidents ; A. Rigal, J. Lacombe, J.-P. Marty, H. Costes, M.-P. Carles, D. Pujol Secrétaire de séance : Michel Tessier - Site du Moulin : o Bilan";
    const { summary } = analyseText(t);
    expect(summary).toMatchObject({ session_date: '2013-10-01', convocation_date: '2013-09-24', members_in_office: 12, present: 9, voters: 9, secretary: 'Michel Tessier', president: 'Paul VERNET' });
    expect(summary.present_names).toEqual(['P. Vernet', 'E. Fabre', 'M. Tessier', 'A. Rigal', 'J. Lacombe', 'J.-P. Marty', 'H. Costes', 'M.-P. Carles', 'D. Pujol']);
    expect(summary.absent_names).toEqual(['S. Rouquet', 'L. Barrat', 'P. Dumas']);
    expect(summary.findings).toEqual([]);
  });

  it('a proxy "à M. le Maire" goes to the president; the body is named after the date', () => {
    const t =
      "CONSEIL MUNICIPAL DU 26 MARS 2021 L’an deux mille vingt et un, le vendredi vingt-six mars, le Conseil Municipal de Portmer, sur convocation en date du 19 mars 2021, s’est réuni sous la Présidence de M. LORET, Maire. Présents : M. Jean LORET, Maire, Mmes et MM. Claire HUET, Paul FILY, Anne BRETON. Pouvoirs : Mme Lise DIEZ donne pouvoir à M. le Maire, M. Marc GENDRE donne pouvoir à Mme Claire HUET. Secrétaire de séance : Anne BRETON Conseillers en exercice : 7 - Présents : 4 - Votants : 6";
    const { parsed, summary } = analyseText(t);
    expect(parsed.session.body.name).toBe('Conseil Municipal de Portmer');
    expect(summary.proxies_list).toEqual([
      { from: 'Lise DIEZ', to: 'LORET' },
      { from: 'Marc GENDRE', to: 'Claire HUET' },
    ]);
    expect(parsed.session.attendance.proxies[0]!.holder!.written).toBe('M. le Maire');
    expect(summary.findings).toEqual([]);
  });
});

describe('office before the name, holder-first proxies', () => {
  it('"sous la présidence de Madame le Maire, Corinne DUCROCQ"; "X a le pouvoir de Y"', () => {
    const { parsed } = analyseText(
      "Le Conseil Municipal s est réuni en son lieu habituel le 3 juin 2019, sous la présidence de Madame le Maire, Corinne DUCROC. Absent excusé : Philippe GALET, Anne ROUX.\nPrésents : Corinne DUCROC, Nathalie LEHERT, Paul MARTIN.\nMadame Nathalie LEHERT a le pouvoir de Madame Annie AUZAN pour la représenter et voter en son nom.",
    );
    expect(parsed.session.president?.name).toBe('Corinne DUCROC');
    expect(parsed.session.attendance.absent.map((a) => a.name)).toEqual(['Philippe GALET', 'Anne ROUX']);
    expect(parsed.session.attendance.proxies.map((x) => [x.giver.name, x.holder?.name])).toEqual([['Annie AUZAN', 'Nathalie LEHERT']]);
  });
});
