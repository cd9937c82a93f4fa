/**
 * Numbers written in words, counts, votes, dates and amounts as real documents
 * write them (invented sentences, names and places).
 */
import { describe, expect, it } from 'vitest';
import { parseFrenchNumber } from '../../src/parse/french-numbers.ts';
import { findAmounts } from '../../src/parse/amounts.ts';
import { parseText } from '../../src/parse/index.ts';
import { SourceText } from '../../src/parse/source.ts';

const counts = (text: string) => {
  const d = parseText(text).session.declared;
  return [d.members_in_office?.value ?? null, d.present?.value ?? null, d.proxies?.value ?? null, d.voters?.value ?? null];
};
const vote = (text: string) => {
  const v = parseText(text).deliberations.find((d) => d.vote)?.vote ?? null;
  return v && { for: v.for, against: v.against, abstain: v.abstain, not_voting: v.not_voting, unanimous: v.unanimous };
};

describe('numbers in words', () => {
  it('compound numbers are read whole, with or without hyphens', () => {
    expect(parseFrenchNumber('quatre-vingt-dix-neuf')).toBe(99);
    expect(parseFrenchNumber('soixante et onze')).toBe(71);
    expect(parseFrenchNumber('deux millions trois cent mille')).toBe(2_300_000);
    // two digits side by side are two numbers, not one
    expect(parseFrenchNumber('neuf quatre')).toBeNull();
  });

  it('a count in words is not cut at its first part ("dix-huit" is not "dix")', () => {
    expect(counts('Séance du 4 mars 2024\nConseillers en exercice : dix-huit\nPrésents : Quatorze\nProcurations : deux\nVotants : seize\n')).toEqual([18, 14, 2, 16]);
    expect(counts('Séance du 4 mars 2024\nMembres en exercice : vingt et un\nPrésents : dix sept\nVotants : dix-neuf\n')).toEqual([21, 17, null, 19]);
    expect(counts('Séance du 4 mars 2024\nMembres en exercice : QUATRE-VINGT-SEPT\n')[0]).toBe(87);
  });
});

describe('counts in prose and in boxes', () => {
  it('members in office, proxies and voters stated in a sentence with words', () => {
    const text =
      "Le douze mars deux mille vingt-quatre, le Conseil municipal de Bellecombe, composé de dix-neuf membres en exercice, s'est réuni à la mairie.\n" +
      "Seize conseillers étaient présents et deux s'étaient fait représenter, soit\ndix-huit votants.\n";
    expect(counts(text)).toEqual([19, 16, 2, 18]);
  });

  it('present members counted in words before the word "présents"', () => {
    expect(counts('Séance du 4 mars 2024\nDix-sept conseillers présents, deux représentés.\n')[1]).toBe(17);
    expect(counts('Séance du 4 mars 2024\nLes deux conseillers présents signent le registre.\n')[1]).toBeNull();
  });

  it('counts in the cells of an ASCII box', () => {
    const text =
      'Séance du 4 mars 2024\n+------------------------------+------+\n| Membres en exercice          |  15  |\n| Membres présents             |  11  |\n| Procurations                 |   3  |\n| Votants                      |  14  |\n+------------------------------+------+\n';
    expect(counts(text)).toEqual([15, 11, 3, 14]);
  });

  it('a count table in pipes: heading row, rule, values; "présents" is not read inside "représentés"', () => {
    const text = 'Séance du 4 mars 2024\n| En exercice | Présents | Représentés | Votants |\n|:---:|:---:|:---:|:---:|\n| 19 | 14 | 3 | 17 |\n';
    expect(counts(text)).toEqual([19, 14, 3, 17]);
  });

  it('OCR digits in a count: "l2" is 12, "1O" is 10', () => {
    expect(counts('Seance du 4 mars 2024\nEn exercice : 1O   Presents : l2\n').slice(0, 2)).toEqual([10, 12]);
  });
});

describe('votes', () => {
  it('votes in words with compound numbers', () => {
    expect(vote('Séance du 4 mars 2024\nOBJET : Voirie\nVote : dix-huit pour, quatre contre, une abstention.')).toMatchObject({ for: 18, against: 4, abstain: 1 });
    expect(vote('Séance du 4 mars 2024\nOBJET : Voirie\nLe Conseil, par vingt et une voix pour et trois voix contre, approuve le projet.')).toMatchObject({ for: 21, against: 3 });
  });

  it('a duel and an exception to unanimity in words', () => {
    expect(vote('Séance du 4 mars 2024\nOBJET : Voirie\nLa proposition est adoptée par quinze voix contre quatre.')).toMatchObject({ for: 15, against: 4 });
    expect(vote("Séance du 4 mars 2024\nOBJET : Voirie\nAdopté à l'unanimité moins onze abstentions.")).toMatchObject({ abstain: 11, unanimous: true });
  });

  it('members not taking part: "ne prenant pas part", "n\'ont pas pris part au vote"', () => {
    expect(vote('Séance du 4 mars 2024\nOBJET : Subvention\nPour : 10 – Contre : 0 – Ne prenant pas part au vote : 2')).toMatchObject({ for: 10, not_voting: 2 });
    expect(vote("Séance du 4 mars 2024\nOBJET : Subvention\nPour : 10, Contre : 1, N'ont pas pris part au vote : 3")).toMatchObject({ for: 10, against: 1, not_voting: 3 });
  });

  it('"Ne prennent pas part au vote : N" is counted', () => {
    expect(vote('Séance du 4 mars 2024\nOBJET : Subvention\nPour : 12 – Contre : 1 – Abstention : 0 – Ne prennent pas part au vote : 3 (M. Hugo RIVIÈRE, Mme Anaïs PONS, M. Léo SABLE)')).toMatchObject({
      for: 12,
      against: 1,
      abstain: 0,
      not_voting: 3,
    });
  });

  it('a roll call: "Ont voté pour (N) : names…", givers voting by proxy included', () => {
    const text =
      'Séance du 4 mars 2024\nOBJET : Éoliennes\nIl est procédé au scrutin public.\n' +
      'Ont voté pour (9) : M. Albin AUDOUIN, M. Basile BRET (par procuration), Mme Chloé CORDIER, M. Denis DAUDET,\n' +
      'Mme Elsa ÉTIENNE, M. Félix FAURE, Mme Gaëlle GIRAUD (par procuration), M. Henri HUET, Mme Inès ISNARD.\n' +
      'Ont voté contre (3) : M. Jules JOLY, Mme Karine KLEIN, M. Louis LENOIR.\n' +
      "Se sont abstenus (1) : Mme Margot MOREL.\nLe projet est adopté.";
    const p = parseText(text);
    const v = p.deliberations.find((d) => d.vote)!.vote!;
    expect([v.for, v.against, v.abstain, v.unanimous]).toEqual([9, 3, 1, false]);
    expect(v.named.for.map((n) => n.name)).toHaveLength(9);
    expect(v.named.against.map((n) => n.name)).toEqual(['Jules JOLY', 'Karine KLEIN', 'Louis LENOIR']);
  });

  it('"Votes positifs / négatifs" after "à l\'unanimité" is a tally that contradicts it', () => {
    const v = vote("Séance du 4 mars 2024\nOBJET : Budget\nLe conseil décide à l'unanimité des voix d'arrêter le budget.\nVotes positifs : 6 (M. A. BRAUN, Mme C. DIETZ)\nVotes négatifs : 3 (M. E. FRANCK)");
    expect(v).toMatchObject({ for: 6, against: 3, unanimous: true });
  });

  it('a tally as a table, in pipes or aligned with spaces', () => {
    expect(vote('Séance du 4 mars 2024\nOBJET : Voirie\nLe Conseil adopte.\n| Pour | Contre | Abstentions |\n|------|--------|-------------|\n| 14 | 2 | 1 |\n')).toMatchObject({ for: 14, against: 2, abstain: 1 });
    expect(vote('Séance du 4 mars 2024\nOBJET : Voirie\nLe Conseil adopte.\nVotants    Pour    Contre    Abstention\n  17        15       2          0\n')).toMatchObject({ for: 15, against: 2, abstain: 0 });
  });

  it('OCR digits in a tally: "Pour : l4"', () => {
    expect(vote('Seance du 4 mars 2024\nObjet : Voirie\nPour : l4   Contre : 1   Abstention : 0')).toMatchObject({ for: 14, against: 1, abstain: 0 });
  });
});

describe('dates', () => {
  const dates = (text: string) => {
    const s = parseText(text).session;
    return [s.date, s.convocation_date];
  };

  it('a year in words split at a line end', () => {
    expect(dates("Séance du 21 janvier 2019\nLes conseillers ont été convoqués le quinze janvier deux mille\ndix-neuf.\n")).toEqual(['2019-01-21', '2019-01-15']);
    expect(dates("L'an deux mille\nvingt-deux, le sept juin, le Conseil municipal s'est réuni à la mairie.\n")[0]).toBe('2022-06-07');
    // a year in digits then a count in words on the next line is not one number
    expect(dates('Séance du 7 juin 2022\nConvocation du 1er juin deux mille vingt-deux\nonze conseillers présents\n')[1]).toBe('2022-06-01');
  });

  it('ISO dates (year first); an identifier holding a date is not one', () => {
    expect(dates('ID : 012-200034567-20221108-DEL_14-DE\nRéf. 2022-11-08-045\nDate du conseil : 2022-11-08\nDate de convocation : 2022-11-02\n')).toEqual(['2022-11-08', '2022-11-02']);
  });

  it('the convocation "transmise / adressée aux conseillers le …" dates the convocation', () => {
    expect(dates('Conseil communautaire – séance du jeudi 10 mars 2022\nLa convocation a été transmise à chaque conseiller le 3 mars 2022.\n')[1]).toBe('2022-03-03');
    expect(dates('Séance du 10 mars 2022\nConvocation transmise par voie électronique aux membres du bureau le 4 mars 2022.\n')[1]).toBe('2022-03-04');
    // a transmission to the prefecture is not the convocation
    expect(dates('Séance du 10 mars 2022\nConvoqué le 4 mars 2022.\nTransmis en préfecture le 14 mars 2022.\n')[1]).toBe('2022-03-04');
  });

  it('a convocation date in the cell of a box', () => {
    expect(dates('Séance du 10 mars 2022\n| En exercice          | 15 |\n| Date de convocation  | 03/03/2022 |\n')[1]).toBe('2022-03-03');
  });

  it('a date with hyphens between day, month and year: "10-mars-2022"', () => {
    expect(dates('Conseil municipal — séance du jeudi 10-mars-2022\n')[0]).toBe('2022-03-10');
  });

  it('OCR digits in a date: "O3/O3/2O22", "1O mars"', () => {
    expect(dates('Seance du 1O mars 2022\nDate de convocation : O3/O3/2O22\n')).toEqual(['2022-03-10', '2022-03-03']);
  });
});

describe('amounts', () => {
  const amounts = (text: string) => {
    const src = new SourceText(text);
    return findAmounts(src, 0, src.norm.length).map((a) => a.cents / 100);
  };

  it('an amount written in words only', () => {
    expect(amounts('Le terrain est cédé au prix de deux cent cinquante mille euros, frais en sus.')).toEqual([250000]);
    expect(amounts("Une enveloppe de trois millions d'euros est inscrite au budget.")).toEqual([3000000]);
    // said twice, in words and in digits: one amount
    expect(amounts('une subvention de dix-huit mille cinq cents euros (18 500 €) est accordée')).toEqual([18500]);
    // the unit of a number in digits, and "des millions" without a number, are not amounts in words
    expect(amounts("un programme de 3,5 millions d'euros, soit des millions d'euros d'économies")).toEqual([3500000]);
  });

  it('"1 500,- €": a dash in place of the cents', () => {
    expect(amounts('Association sportive : 1 500,- €\nComité de jumelage : 750,- €')).toEqual([1500, 750]);
  });

  it('an amount wrapped between its thousands after "de", "à", ":" (not a code or a number alone on its line)', () => {
    expect(amounts('Le conseil attribue une aide de 12\n500 € au club de tennis.')).toEqual([12500]);
    expect(amounts('Section 1 :\n3\n250 € HT\nChapitre 012\n400 000 €')).toEqual([250, 400000]);
  });

  it('OCR digits in an amount: "8,5O €", "l2O €"', () => {
    expect(amounts('le repas est fixé à 8,5O € et la nuitée à l2O €.')).toEqual([8.5, 120]);
  });
});

