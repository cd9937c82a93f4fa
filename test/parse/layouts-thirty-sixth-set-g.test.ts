/**
 * Layouts the two-hundred-and-seventy-ninth invented corpus found missing. Every case is written anew here (invented
 * names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('an old register whose widows are written « Mme Vve X » or « Madame veuve X » in the present run', () => {
  const doc = text([
    'COMMUNE DE VILLARD-SUR-OUDRE',
    'Séance du 14 avril 1976',
    'L’an mil neuf cent soixante-seize, le quatorze avril, le Conseil municipal s’est réuni sous la présidence de M. ROCHAS Émile, Maire.',
    'Etaient présents : MM. ROCHAS, BERNOLLIN, Mme Vve CHAMPEIL, MM. TOURNAYRE, Madame veuve GIBERT Louise, Mlle PRAS, M. VERNASSAL.',
    'Absent excusé : M. FOURNIER.',
    'M. TOURNAYRE a été nommé secrétaire.',
  ]);
  it('drops the widow’s title with the civility, the surname stays', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ROCHAS', 'BERNOLLIN', 'CHAMPEIL', 'TOURNAYRE', 'GIBERT Louise', 'PRAS', 'VERNASSAL']);
  });
  it('keeps a married name written after the surname whole', () => {
    const { summary } = analyseText(doc.replace('Mlle PRAS', 'Mme ODDOS veuve PRAS'));
    expect(summary.present_names).toContain('ODDOS veuve PRAS');
  });
});

describe('a notary written « Me NOM Prénom » in a « NOM Prénom » list and as a proxy holder', () => {
  const doc = text([
    'COMMUNE DE SALIES-D’ARBAS',
    'Séance du 3 juillet 2003',
    'Le Conseil municipal s’est réuni sous la présidence de M. BERGERET Alain, Maire.',
    'Etaient présents : MM. BERGERET Alain, Me LOUSTAU Hervé, Mme PÉRÈS Claire, M. SOUBIRAN Luc.',
    'Absent représenté : M. MIRASSOU Paul, qui a donné procuration à Me LOUSTAU Hervé.',
    'Mme PÉRÈS Claire a été désignée secrétaire de séance.',
  ]);
  it('drops « Me » as a civility in the list and in the holder', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['BERGERET Alain', 'LOUSTAU Hervé', 'PÉRÈS Claire', 'SOUBIRAN Luc']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['MIRASSOU Paul > LOUSTAU Hervé']);
  });
});

describe('a mixed session’s sign-in sheet of the members present, a TAB table with the commune, the office and how each attends', () => {
  const doc = (heading: string) =>
    text([
      'Communauté de communes du Pays de Varenne',
      'Procès-verbal de la séance du mardi 8 février 2022',
      'Conseillers en exercice : 30',
      'Secrétaire de séance : M. Julien CARADEC',
      '',
      heading,
      'Commune\tNom Prénom\tQualité\tMode de participation',
      'Aubrac-sur-Lize\tQUÉMENER Anne\tPrésidente\tprésentiel',
      'Aubrac-sur-Lize\tCARADEC Julien\tConseiller\tvisioconférence',
      'Kerlan\tLE FLOCH Yann\t1er Vice-Président\tprésentiel',
      'Saint-Ivy\tMORVAN Gaëlle\tConseillère\tvisioconférence',
      'Saint-Ivy\tTANGUY Loïc\tConseiller\tprésentiel',
      '',
      'Absents excusés : M. Hervé GUILLOU, Mme Soizic PRIGENT.',
    ]);
  it('reads the members of the sheet and the chair from the office column', () => {
    const { summary } = analyseText(doc('Feuille d’émargement (présents) :'));
    expect(summary.present_names).toEqual(['QUÉMENER Anne', 'CARADEC Julien', 'LE FLOCH Yann', 'MORVAN Gaëlle', 'TANGUY Loïc']);
    expect(summary.president).toBe('QUÉMENER Anne');
    expect(summary.absent_names).toEqual(['Hervé GUILLOU', 'Soizic PRIGENT']);
  });
  it('reads the same sheet said « des membres présents »', () => {
    const { summary } = analyseText(doc('Liste d’émargement des membres présents'));
    expect(summary.present_names).toHaveLength(5);
  });
});

describe('minutes whose counts are written only under each deliberation, the opening giving the lists', () => {
  const doc = (opening: string[]) =>
    text([
      'Commune de Pontivy-la-Lande',
      'Procès-verbal de la séance du conseil municipal du lundi 14 octobre 2024',
      ...opening,
      'Présents : Yannick LE GALL, Rozenn PERON, Tugdual OLLIVIER, Maëlle JAFFRÉ, Erwan COSQUER.',
      'Pouvoirs : Gwenola RIOU à Yannick LE GALL.',
      'Absent excusé : Loïc BRIAND.',
      'Secrétaire de séance : Maëlle JAFFRÉ.',
      '',
      '2024-040 – TARIFS DE LA CANTINE',
      'Les tarifs sont relevés de 2 %.',
      'En exercice : 7 – Présents : 5 – Pouvoirs : 1 – Votants : 6',
      'Adopté à l’unanimité.',
      '',
      '2024-041 – CONVENTION DE DÉNEIGEMENT',
      'Arrivée de M. Loïc BRIAND.',
      'En exercice : 7 – Présents : 6 – Pouvoirs : 1 – Votants : 7',
      'Adopté à l’unanimité.',
    ]);
  it('takes the first item’s block as the session’s counts', () => {
    const { summary } = analyseText(doc([]));
    expect([summary.members_in_office, summary.present, summary.proxies, summary.voters]).toEqual([7, 5, 1, 6]);
  });
  it('keeps the counts the opening writes', () => {
    const { summary } = analyseText(doc(['Conseillers en exercice : 7 – Présents : 4 – Votants : 5']));
    expect([summary.present, summary.voters]).toEqual([4, 5]);
  });
});

describe('a latecomer listed under « Absente en début de séance »', () => {
  const doc = text([
    'Communauté de communes du Haut-Lizon',
    'Séance du jeudi 6 juin 2019',
    'Présents : ARBEZ Colette, BOURGEOIS Denis, CUENOT Marc, DAVID Sylvie.',
    'Absent excusé : ÉTIENNE Pascal.',
    'Absente en début de séance : FAIVRE Nadine (arrivée au point 3).',
    'Secrétaire de séance : DAVID Sylvie.',
  ]);
  it('is absent at the opening', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ARBEZ Colette', 'BOURGEOIS Denis', 'CUENOT Marc', 'DAVID Sylvie']);
    expect(summary.absent_names).toEqual(['ÉTIENNE Pascal', 'FAIVRE Nadine']);
  });
});
