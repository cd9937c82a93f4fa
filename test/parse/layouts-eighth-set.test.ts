/**
 * Layouts the twelfth and thirteenth invented corpora (fixtures/corpus
 * 1201–1220 web-page excerpts, 1301–1320 attendance in prose) found
 * missing. Every case is written anew here (invented names).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);
const sorted = (xs: string[] | null) => [...(xs ?? [])].sort();

describe('attendance written in prose', () => {
  it('one sentence: the present, a proxy, the excused and an absent member', () => {
    const { summary } = analyseText(
      [
        'Séance du 14 mars 2013',
        "Étaient présents Mesdames et Messieurs Paul AUBIN, Lise BRUN et Marc COLIN, formant la majorité des membres en exercice, M. Luc DUBOIS ayant donné pouvoir à M. Paul AUBIN, Mme Rose ESTÈVE et M. Yves FAURE étant excusés, M. Rémi GARNIER absent.",
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    expect(summary.proxies_list).toEqual([{ from: 'Luc DUBOIS', to: 'Paul AUBIN' }]);
    expect(sorted(summary.absent_names)).toEqual(['Rose ESTÈVE', 'Rémi GARNIER', 'Yves FAURE']);
  });

  it('other openings of the members present', () => {
    const present = (line: string) => analyseText(['Séance du 10 novembre 2021', line, '', 'Absents : M. Yves FAURE.'].join('\n')).summary.present_names;
    expect(present('Se trouvaient réunis autour du Maire, M. Paul AUBIN, Mme Lise BRUN et M. Marc COLIN.')).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    expect(present("Siégeaient, dans l'ordre du tableau : M. Paul AUBIN, Mme Lise BRUN et M. Marc COLIN.")).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    expect(present('Ont assisté à la séance Mmes et MM. Paul AUBIN, Lise BRUN et Marc COLIN.')).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    expect(present('Étaient présents, outre le Maire : MM. AUBIN, COLIN ; Mme BRUN.')).toEqual(['AUBIN', 'COLIN', 'BRUN']);
    expect(present("Étaient présents, pour Arvel, M. Paul AUBIN et Mme Lise BRUN ; pour Bézac, M. Marc COLIN.")).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
    expect(present("Ont pris part à la séance, à l'appel de leur nom, les conseillers communautaires Paul AUBIN, Lise BRUN, Marc COLIN.")).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
  });

  it('"N\'ont pas pris part à la séance : …, excusés." is an absence list', () => {
    const { summary } = analyseText(['Séance du 30 octobre 2020', 'Présents : M. Paul AUBIN, Mme Lise BRUN.', "N'ont pas pris part à la séance : Mme Rose ESTÈVE, M. Yves FAURE, excusés."].join('\n'));
    expect(sorted(summary.absent_names)).toEqual(['Rose ESTÈVE', 'Yves FAURE']);
  });

  it('proxies in sentences: several givers, "de même que", "s\'est fait représenter par", abbreviations', () => {
    const { summary } = analyseText(
      [
        'Séance du 9 juillet 2020',
        'Étaient présents : M. Paul AUBIN, Mme Lise BRUN, M. Marc COLIN.',
        '',
        'Mme Rose ESTÈVE a confié son pouvoir à M. Paul AUBIN, de même que M. Yves FAURE. M. Luc DUBOIS et Mme Anne GARNIER ont confié leur pouvoir à Mme Lise BRUN.',
        'M. Rémi HAMON (Bézac) s’est fait représenter par M. Marc COLIN.',
      ].join('\n'),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Rose ESTÈVE', to: 'Paul AUBIN' },
      { from: 'Yves FAURE', to: 'Paul AUBIN' },
      { from: 'Luc DUBOIS', to: 'Lise BRUN' },
      { from: 'Anne GARNIER', to: 'Lise BRUN' },
      { from: 'Rémi HAMON', to: 'Marc COLIN' },
    ]);
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN']);
  });

  it('a long paragraph of proxy sentences after the present list belongs to the attendance block', () => {
    const givers = Array.from({ length: 12 }, (_, i) => `GIVER${String.fromCharCode(65 + i)} Anne`);
    const { summary } = analyseText(
      [
        'Séance du 3 octobre 2025',
        'Présents : 4 | Pouvoirs : 12 | Votants : 16',
        '',
        'Présents : AUBIN Paul ; BRUN Lise ; COLIN Marc ; DUBOIS Luc.',
        '',
        ...givers.map((g) => `${g} a donné délégation de vote à AUBIN Paul.`),
        '',
        'Absents excusés : FAURE Yves, GARNIER Rose.',
      ].join('\n'),
    );
    expect(summary.proxies_list).toHaveLength(12);
    expect(summary.absent_names).toEqual(['FAURE Yves', 'GARNIER Rose']);
    expect(summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise', 'COLIN Marc', 'DUBOIS Luc']);
  });

  it('an excused list whose entries say how each gave a proxy; "(pvr X)" and "(proc. à X)"', () => {
    const a = analyseText(
      [
        'Séance du 1er août 2022',
        'Étaient présents : M. Paul AUBIN, Mme Lise BRUN, M. Marc COLIN.',
        "Étaient excusés : Mme Rose ESTÈVE, qui a donné délégation de vote à M. Paul AUBIN ; M. Yves FAURE, qui s'est fait représenter par Mme Lise BRUN ; M. Luc DUBOIS, pouvoir à M. Marc COLIN ; Mme Anne GARNIER.",
      ].join('\n'),
    ).summary;
    expect(sorted(a.absent_names)).toEqual(['Anne GARNIER', 'Luc DUBOIS', 'Rose ESTÈVE', 'Yves FAURE']);
    expect(a.proxies_list).toEqual([
      { from: 'Rose ESTÈVE', to: 'Paul AUBIN' },
      { from: 'Yves FAURE', to: 'Lise BRUN' },
      { from: 'Luc DUBOIS', to: 'Marc COLIN' },
    ]);
    const b = analyseText(['Séance du 28 novembre 2019', 'Présents : Paul AUBIN, Lise BRUN.', 'Absents excusés représentés : Luc DUBOIS (pvr Paul AUBIN), Anne GARNIER (proc. à Lise BRUN).', 'Absents excusés non représentés : Yves FAURE.'].join('\n')).summary;
    expect(b.proxies_list).toEqual([
      { from: 'Luc DUBOIS', to: 'Paul AUBIN' },
      { from: 'Anne GARNIER', to: 'Lise BRUN' },
    ]);
    expect(b.absent_names).toEqual(['Yves FAURE']);
  });
});

describe('web-page and document-site excerpts', () => {
  it('a running header glued inside a one-paragraph list; a list cut by the excerpt is incomplete', () => {
    const { summary, findings } = analyseText(
      [
        'Compte rendu du conseil communautaire du 9 février 2021',
        'Transcription',
        '1 COMMUNAUTÉ DE COMMUNES DU VAL Compte rendu du conseil communautaire Séance du mardi 9 février 2021 Membres en exercice : 30 Présents : 24 Pouvoirs : 3 Votants : 27',
        'Étaient présents : AUBIN Paul (Arvel), BRUN Lise (Arvel), 2 Compte rendu du conseil communautaire 9 février 2021 COLIN Marc (Bézac), DUBOIS Luc (Bézac), ESTÈVE Ro',
      ].join(' '),
    );
    expect(summary.present_names?.slice(0, 4)).toEqual(['AUBIN Paul', 'BRUN Lise', 'COLIN Marc', 'DUBOIS Luc']);
    expect(codes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });

  it('a proxy list cut inside its last entry is not a count mismatch', () => {
    const { findings } = analyseText(
      ['Séance du 27 janvier 2026', 'En exercice : 15 – Présents : 12 – Pouvoirs : 3 – Votants : 15', 'Présents : M. Paul AUBIN, Mme Lise BRUN.', 'Absents représentés : M. Luc DUBOIS a donné pouvoir à M. Paul AUBIN ; Mme Anne GARNIER a donné pouvoir à Mme Lise BRUN ;', 'M. Yves FAURE a donné pou'].join('\n'),
    );
    expect(codes(findings)).not.toContain('PROXY_COUNT_MISMATCH');
  });

  it('a blog post date is not the session date; "Conseillers élus : 15" are the seats', () => {
    const { summary, findings } = analyseText(
      ['Installation du nouveau conseil municipal', 'Posté le 24 mars 2008 par mairie dans Comptes rendus', '', 'Séance du vendredi 21 mars 2008', 'Étaient présents : Mmes et MM. Paul AUBIN, Lise BRUN.', 'Conseillers élus : 15 – présents : 15.'].join('\n'),
    );
    expect(summary.session_date).toBe('2008-03-21');
    expect(summary.members_in_office).toBe(15);
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('typed double spaces inside names of a comma list; "Présents à l\'ouverture", "Représenté : 1"; the president who convoked', () => {
    const { summary } = analyseText(
      [
        'Séance du 30 mars 2009',
        "Le Conseil général s'est réuni sur la convocation qui lui a été adressée le 13 mars 2009 par son Président, M. Jean ARNAL.",
        "Présents à l'ouverture : 4 – Représenté : 1 – Votants : 5",
        'Présents : Paul  AUBIN, Lise BRUN, Marc  COLIN, Jean ARNAL.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'Jean ARNAL']);
    expect([summary.present, summary.proxies]).toEqual([4, 1]);
    expect(summary.president).toBe('Jean ARNAL');
  });
});
