/** Things stated in sentences rather than lists or labelled lines (invented texts). */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';

describe('sentences', () => {
  it('proxies written as sentences after the list; the list stops at its sentence end', () => {
    const p = parseText(
      'Séance du 3 juin 2019\nPrésents : M. Jean DUPONT, Mme Anne LEROY, M. Paul MARTIN.\nMme Lise OGER, absente excusée, a donné pouvoir à M. Jean DUPONT. M. Marc PIC a donné procuration à Mme Anne LEROY.\nSecrétaire de séance : M. Paul MARTIN',
    );
    expect(p.session.attendance.present!.map((r) => r.name)).toEqual(['Jean DUPONT', 'Anne LEROY', 'Paul MARTIN']);
    expect(p.session.attendance.proxies.map((x) => [x.giver.name, x.holder?.name])).toEqual([
      ['Lise OGER', 'Jean DUPONT'],
      ['Marc PIC', 'Anne LEROY'],
    ]);
  });

  it('named voters: "2 contre (M. X et Mme Y)", "Ont voté contre : …"', () => {
    const v = parseText('Séance du 3 juin 2019\nOBJET : Budget\nAdopté par 12 voix pour, 2 contre (M. Jean DUPONT et Mme Anne LEROY) et 1 abstention (M. Paul MARTIN).').deliberations[0]!.vote!;
    expect([v.for, v.against, v.abstain]).toEqual([12, 2, 1]);
    expect(v.named.against.map((n) => n.name)).toEqual(['Jean DUPONT', 'Anne LEROY']);
    expect(v.named.abstain.map((n) => n.name)).toEqual(['Paul MARTIN']);
  });

  it('counts given as a table: headings over numbers', () => {
    const d = parseText('Séance du 3 juin 2019\nMembres en exercice     Présents     Votants     Absents\n       15                12           14           3\n').session.declared;
    expect([d.members_in_office?.value, d.present?.value, d.voters?.value, d.absent?.value]).toEqual([15, 12, 14, 3]);
  });

  it('a year written in words after the month', () => {
    expect(parseText("Le douze mai deux mille dix-neuf, à vingt heures, le Conseil municipal s'est réuni.").session.date).toBe('2019-05-12');
  });

  it('secretary designated in a sentence; president "sous la présidence de"', () => {
    const s = parseText("Séance du 3 juin 2019, sous la présidence de M. Luc BRETON, Maire.\nPrésents : M. Luc BRETON, Mme Léa ESTÈVE.\nMadame Léa ESTÈVE a été désignée pour remplir les fonctions de secrétaire de séance.").session;
    expect(s.president?.name).toBe('Luc BRETON');
    expect(s.secretary?.name).toBe('Léa ESTÈVE');
  });
});

describe('place', () => {
  it('reads where the council met, as written', () => {
    const p = (t: string) => parseText(t).session.place;
    expect(p("Le Conseil municipal s'est réuni à la salle des fêtes de Saint-Aubin, sous la présidence de M. Jean DUPONT.")).toBe('à la salle des fêtes de Saint-Aubin');
    expect(p("les membres du Conseil se sont réunis au siège de la Communauté le 3 juin 2019")).toBe('au siège de la Communauté');
    expect(p("le Conseil municipal s'est réuni en séance ordinaire le 6 mars 2018")).toBeNull();
  });
});
