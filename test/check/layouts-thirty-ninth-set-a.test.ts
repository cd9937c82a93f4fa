/**
 * Checker cases the two-hundred-and-ninety-sixth invented corpus found missing, written anew here (invented names and
 * places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a proxies figure one above the proxies written, the votants following it, a tally counting those written', () => {
  const doc = (pour: number) =>
    text([
      'Conseil communautaire du 12 mars 2019 PROCÈS VERBAL L’an deux mille dix-neuf, le mardi 12 mars à 18 h 30, les membres du Conseil Communautaire de la Communauté de communes du Val de Brivette se sont réunis sur la convocation qui leur a été adressée par le Président le 4 mars 2019. Nombre de conseillers en exercice : 12 Nombre de conseillers présents : 8 Nombre de votants : 11 Procurations : 03 Etaient présents : M. Lucien BRAUD, Mme Adèle CORNU, M. Hugues DRÉAN, Mme Fanny ÉVRARD, M. Gilles FOUCHER, Mme Irène GALOPIN, M. Noël HAMON, Mme Jeanne ILLIEN. Excusés : M. Paul JOUAN, Mme Rose KERVELLA Procurations : M. Denis LABBÉ à M. Lucien BRAUD Mme Claire MORVAN à Mme Adèle CORNU Secrétaire de séance : Mme Fanny ÉVRARD',
      `2019 03 n°01 – Fonds de concours – Médiathèque de Saint-Brivet Le Président propose d’attribuer un fonds de concours de 25 000 € à la commune. Adopté par ${pour} voix pour et 2 abstentions (M. HAMON et Mme ILLIEN).`,
    ]);

  it('reports the proxies figure once, not the tally that counts the present and the proxies written', () => {
    const codes = errorCodes(analyseText(doc(8)).findings);
    expect(codes).toContain('PROXY_COUNT_MISMATCH');
    expect(codes).not.toContain('TALLY_MISMATCH');
  });

  it('still reports a tally that counts neither the votants declared nor the proxies written', () => {
    expect(errorCodes(analyseText(doc(7)).findings)).toContain('TALLY_MISMATCH');
  });
});
