/**
 * Layouts the two-hundred-and-eightieth invented corpus found missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a relevé whose first act, vote before verb, stands above the counts and the present list', () => {
  const doc = text([
    'Commune de Varennes-sur-Lizonne',
    'Relevé des délibérations – séance du conseil municipal du mardi 10 mars 2026',
    '',
    'Délibération n° 2026-011',
    'OBJET : Rapport annuel sur l’eau – approbation',
    '',
    'Monsieur le Maire présente le rapport annuel du service de l’eau.',
    'Après en avoir délibéré, le Conseil municipal, à l’unanimité (12 voix pour), prend acte et approuve le rapport.',
    '',
    'Conseillers en exercice : 15 – Présents : 11 – Pouvoirs : 1 – Votants : 12',
    '',
    'Étaient présents : Gérard POMMIER, Maire ; Lucie ARNOUX, Paul BESSIÈRE, Nadia CORBIN, Hugo DALMAS, Inès ESTRADE, Marc FABRE, Rose GAILLAC, Jean HÉRAIL, Anne IZARN, Luc JOUVE.',
    'Pouvoirs : M. Yves KERLAN à Mme Lucie ARNOUX.',
    'Absents excusés : Mme Berthe LAFON, M. Émile MAUREL, M. Noël NÉGRE.',
    '',
    'Délibération n° 2026-012',
    'OBJET : Location de la salle des fêtes',
    'Le tarif est porté à 150 € par journée.',
    'Adopté à l’unanimité.',
  ]);

  it('reads the first act’s vote, not the next act’s', () => {
    const { summary } = analyseText(doc);
    expect(summary.subject).toContain('Rapport annuel');
    expect(summary.votes).toEqual({ for: 12, against: 0, abstain: 0, not_voting: 0 });
  });
});

describe('an old extract cut inside the last surname of its signature line', () => {
  const doc = text([
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du samedi 6 mai 1972',
    'Nombre de conseillers en exercice : 11 – présents : 9 – votants : 9',
    '',
    'Le Conseil Municipal, régulièrement convoqué, s’est réuni sous la présidence de M. Adrien TEULIÉ, Maire.',
    '',
    'OBJET : Chemin rural n° 4 – empierrement',
    'Le Conseil, après en avoir délibéré, à l’unanimité, ACCEPTE le devis de 12 400 F.',
    '',
    'Ont signé au registre les membres présents :',
    'MM. TEULIÉ, ROUQUETTE, FABRÈGUES, CALMELS, VERLHAC, BOUSQUET, MARTY',
  ]);

  it('drops the fragment the cut left, the count telling the list is short', () => {
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(9);
    expect(summary.present_names).toEqual(['TEULIÉ', 'ROUQUETTE', 'FABRÈGUES', 'CALMELS', 'VERLHAC', 'BOUSQUET']);
  });
});

describe('a one-act extract whose present members are listed only as the signatories after the decision', () => {
  const doc = text([
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du jeudi 8 octobre 2015 – Délibération n° 2015-041',
    '',
    'Conseillers en exercice : 15',
    'Présents : 11 – Absents : 4 dont 2 représentés – Votants : 13',
    'Pouvoirs : M. René ALBOUY à M. Pierre VIGUIÉ ; Mme Lise BARTHE à Mme Agnès COSTES.',
    'Absents excusés : M. Hervé DELPECH, Mme Julie ESCANDE.',
    '',
    'OBJET : Réfection de la toiture de l’école',
    'Après en avoir délibéré, le Conseil municipal, à l’unanimité, APPROUVE le devis.',
    '',
    'Ont signé au registre les membres présents :',
    'Pierre VIGUIÉ, Maire – Agnès COSTES – Louis FABRE – Anne GARRIC – Yves HUGONENC – Paule ISSALY – Marc JOUANY – Nina LACAZE – Omer MALET – Rita NAYRAC – Théo OLIER',
  ]);

  it('reads the signatories as the present list', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Pierre VIGUIÉ', 'Agnès COSTES', 'Louis FABRE', 'Anne GARRIC', 'Yves HUGONENC', 'Paule ISSALY', 'Marc JOUANY', 'Nina LACAZE', 'Omer MALET', 'Rita NAYRAC', 'Théo OLIER']);
    expect(summary.absent_names).toEqual(['Hervé DELPECH', 'Julie ESCANDE']);
  });
});

describe('a bulletin article naming its secretary without civility, an apposition between the name and the clause', () => {
  const doc = text([
    'LE JOURNAL DE LA VALLÉE – n° 12 – juin 2026',
    '',
    'Conseil communautaire du 4 juin : les décisions',
    '',
    'Le conseil communautaire s’est réuni le jeudi 4 juin 2026 sous la présidence de Paul ROQUES. Présents : 20 – Votants : 22. Hélène VIDAL, doyenne de l’assemblée, a été désignée secrétaire de séance.',
    '',
    'Tarifs de la piscine. Les tarifs 2026 sont reconduits. Vote à l’unanimité.',
  ]);

  it('reads the name before the apposition', () => {
    expect(analyseText(doc).summary.secretary).toBe('Hélène VIDAL');
  });
});

describe('the seats stated as the subject of a sentence on whom they stand for', () => {
  const doc = text([
    'Conseil communautaire du 4 juin : les décisions',
    '',
    'Le conseil communautaire s’est réuni le jeudi 4 juin 2026 sous la présidence de Paul ROQUES. Présents : 20 – Votants : 22. Les 25 délégués représentent les 11 communes du territoire.',
    '',
    'Tarifs de la piscine. Les tarifs 2026 sont reconduits. Vote à l’unanimité.',
  ]);

  it('reads them as the members in office', () => {
    expect(analyseText(doc).summary.members_in_office).toBe(25);
  });
});

describe('a decision modificative whose signed changes are listed in a sentence, the minus written as a dash', () => {
  const doc = text([
    'Séance du conseil municipal du mardi 8 décembre 2015',
    'Présents : 12 – Votants : 12',
    '',
    'OBJET : Décision modificative n° 3',
    'La décision modificative ajuste les crédits : + 9 200 € au chapitre 012, – 5 000 € au chapitre 011, – 4 200 € au chapitre 022.',
    'Adopté à l’unanimité.',
  ]);

  it('reads the dashed amounts as negative', () => {
    expect(analyseText(doc).summary.amounts_eur).toEqual([9200, -5000, -4200]);
  });
});

describe('a bulletin article telling its proxies in brackets and its excused after their count, in prose', () => {
  const doc = text([
    'Conseil municipal du 3 avril : les décisions',
    '',
    'Réuni le jeudi 3 avril 2025 sous la présidence du maire, Alain PEYRE, le conseil municipal comptait onze élus présents sur quinze. Deux conseillers avaient donné procuration (Julie MAURIN à Alain PEYRE, Marc OLIVÉ à Anne SABLAYROLLES) et deux étaient excusés, Bruno TEISSIER et Léa VIALA. Une trentaine d’habitants assistaient à la séance.',
    '',
    'Budget primitif 2025. Le budget a été voté par 14 voix pour.',
  ]);

  it('reads the pairs in the brackets', () => {
    expect(proxyPairs(analyseText(doc).summary.proxies_list)).toEqual(['Julie MAURIN > Alain PEYRE', 'Marc OLIVÉ > Anne SABLAYROLLES']);
  });

  it('reads the excused named after the comma', () => {
    expect(analyseText(doc).summary.absent_names).toEqual(['Bruno TEISSIER', 'Léa VIALA']);
  });
});
