/**
 * Layouts the two-hundred-and-sixty-fifth invented corpus (intercommunalités and syndicats as their websites publish
 * them) found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a budget change whose account labels close on a bracket before the minus sign', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU DE BREZAC',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    'Séance du mardi 8 octobre 2019',
    '',
    'Délégués en exercice : 10 – Présents : 8 – Votants : 8',
    'Présents : M. Paul ARNAUDIN, Mme Lise COSTEROUSSE, M. Henri DALBIGOT, Mme Anne ESCALIER, M. Rémi FONTORBE, Mme Julie GARDELLE, M. Yves HOSTALIER, Mme Nina ISSARTEL.',
    '',
    'Délibération n° 2019-22 : Décision modificative n° 1',
    'Dépenses de fonctionnement : compte 6156 (maintenance des réseaux) + 12 300,00 € ; compte 022 (dépenses imprévues) - 12 300,00 €.',
    'Le Comité, à l’unanimité, approuve la décision modificative.',
  ]);

  it('reads the amount after the bracket as negative', () => {
    const { summary } = analyseText(doc);
    expect(summary.amounts_eur).toEqual([12300, -12300]);
  });
});

describe('titulaires and voting suppléants counted apart, then their total', () => {
  const doc = text([
    'SYNDICAT MIXTE DU BASSIN DE LA VERNAISE',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    'Séance du jeudi 12 mars 2020',
    '',
    'Délégués titulaires en exercice : 8',
    'Délégués titulaires présents : 5',
    'Suppléants présents avec voix délibérative : 1',
    'Total des présents : 6',
    'Pouvoirs : 1',
    'Votants : 7',
    '',
    'Présents : M. Louis ABRAVANEL, Mme Rose BERTOLINI, M. Marc CAZENOVE, Mme Élise DARRACQ, M. Jean ETCHEVERRY, M. Paul FAGET (suppléant de Mme Odile GRACIET).',
    'Pouvoir : Mme Claire HARISMENDY à M. Louis ABRAVANEL.',
    'Absente : Mme Sophie IRIGOIN.',
    '',
    '1 – Adhésion de la commune de Lasserre-Vieille',
    'Le Comité, à l’unanimité (7 voix), approuve l’adhésion.',
  ]);

  it('takes the declared total as the present count', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present).toBe(6);
    expect(errorCodes(findings)).not.toContain('VOTERS_MISMATCH');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('an excerpt cut inside the civility of the last proxy’s holder', () => {
  const head = [
    'COMMUNAUTÉ DE COMMUNES DU VAL DE SORNIAC',
    'Extrait du registre des délibérations du Conseil communautaire',
    'Séance du 14 mars 2019',
    '',
    'Nombre de membres en exercice : 12',
    'Nombre de membres présents : 8',
    'Nombre de pouvoirs : 3',
    'Nombre de votants : 11',
    '',
    'Étaient présents : Jacques ALBIGNAC, Hélène BORDARIER, Paul CAUSSANEL, Marthe DOUMERGUE, Alain ESCUDIÉ, Louise FABRÈGUES, Marc GALTIÉ, Nadine HUGONENQ.',
    '',
  ];

  it('leaves the cut pair out of a list of pouvoirs, one per line', () => {
    const doc = text([...head, 'Pouvoirs :', 'Monsieur Henri ISSALY a donné pouvoir à Monsieur Jacques ALBIGNAC', 'Madame Rose JULIAN a donné pouvoir à Mada']);
    const { summary, findings } = analyseText(doc);
    expect(summary.proxies_list).toEqual([{ from: 'Henri ISSALY', to: 'Jacques ALBIGNAC' }]);
    expect(errorCodes(findings)).not.toContain('PROXY_COUNT_MISMATCH');
  });

  it('keeps a holder cut inside the given name, as written', () => {
    const doc = text([...head, 'Pouvoirs :', 'Monsieur Henri ISSALY a donné pouvoir à Monsieur Jacques ALBIGNAC', 'Madame Rose JULIAN a donné pouvoir à M. Chr']);
    const { summary } = analyseText(doc);
    expect(summary.proxies_list?.map((p) => p.from)).toEqual(['Henri ISSALY', 'Rose JULIAN']);
    expect(summary.proxies_list?.[1]?.to).toMatch(/Chr$/);
  });
});

describe('an excerpt cut inside a long surname of a running list of the present', () => {
  const doc = (counted: number) =>
    text([
      'MÉTROPOLE DU VAL DE GUERLANDE',
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MÉTROPOLITAIN',
      'Séance du 12 décembre 2024',
      '',
      'Nombre de conseillers en exercice : 80',
      `Présents : ${counted}`,
      '',
      'PRÉSENTS :',
      'Bourg-la-Tour : M. Aurélien BASTARDIN ; Mme Coralie CHAMPSAUR ; M. Didier DELPRAT',
      'Vals-Hautes : Mme Estelle FOURNAREL ; M. Gaston GRIMALDE ; Mme Irène JOUBERTON ; M. Kevin LAMBRECHT',
    ]);

  it('drops the fragment when the list names fewer members than counted present', () => {
    const { summary, findings } = analyseText(doc(52));
    expect(summary.present_names).toEqual(['Aurélien BASTARDIN', 'Coralie CHAMPSAUR', 'Didier DELPRAT', 'Estelle FOURNAREL', 'Gaston GRIMALDE', 'Irène JOUBERTON']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });

  it('keeps the last name when the list is whole', () => {
    const { summary } = analyseText(doc(7));
    expect(summary.present_names).toHaveLength(7);
  });
});
