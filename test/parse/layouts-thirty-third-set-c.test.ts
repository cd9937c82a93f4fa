/**
 * Layouts the two-hundred-and-forty-eighth (minutes of whole sessions) and two-hundred-and-fifty-first (OCR of scanned
 * paper registers) invented corpora found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');
const keys = (names: string[] | null | undefined) => (names ?? []).map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());

describe('a roll call typed with TABs, the surname, the given name and the state each in a cell', () => {
  const doc = text([
    'COMMUNE DE PRADELLES-SUR-OLT',
    '',
    'PROCES-VERBAL DE LA SEANCE DU JEUDI 9 MARS 1995',
    '',
    'Le neuf mars mil neuf cent quatre-vingt-quinze, le Conseil Municipal, convoque le 2 mars 1995,',
    "s'est reuni a la Mairie sous la presidence de M. Lucien VIGUIE, Maire.",
    '',
    'Membres en exercice : 11 - Presents : 8 - Votants : 9',
    '',
    'Appel des conseillers :',
    'VIGUIE\tLucien\tpresent',
    'ALRIC\tSuzanne\tpresente',
    'BONAL\tGerard\tpresent',
    'CAUSSE\tPaulette\tpouvoir a M. VIGUIE',
    'DALMAS\tHenri\tpresent',
    'ESPIE\tMarcel\tabsent',
    'FALIP\tJeanne\tpresente',
    'GINESTE\tRoger\tpresent',
    'HUC\tMonique\tabsente',
    'JOUANY\tPierre\tpresent',
    'LAPORTE\tGeorgette\tpresente',
    '',
    'Mme Suzanne ALRIC est designee secretaire de seance.',
    '',
    '1. CHEMINS RURAUX - PROGRAMME 1995',
    'Le Conseil, a l\'unanimite, adopte le programme.',
  ]);

  it('reads each row whole, the surname and the given name one member', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['VIGUIE Lucien', 'ALRIC Suzanne', 'BONAL Gerard', 'DALMAS Henri', 'FALIP Jeanne', 'GINESTE Roger', 'JOUANY Pierre', 'LAPORTE Georgette']);
    expect(summary.absent_names).toEqual(['ESPIE Marcel', 'HUC Monique']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['CAUSSE Paulette > VIGUIE']);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('what an officer « présente » inside an item is no heading of the members present', () => {
  const doc = text([
    "SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU DES TROIS VALLONS",
    '',
    'Reunion du mardi 16 mai 2000',
    'Delegues en exercice : 8 — Presents : 7 — Votants : 7',
    'Date de convocation : 9 mai 2000',
    '',
    'Le Comite syndical s\'est reuni sous la presidence de M. Andre PUECH, President.',
    '',
    '| COMMUNE        | DELEGUE TITULAIRE  | PRESENCE    |',
    '|----------------|--------------------|-------------|',
    '| BELVEZE        | PUECH Andre        | present     |',
    '|                | SOULIE Marthe      | presente    |',
    '| CAYRAC         | TREMOLET Louis     | present     |',
    '|                | VIDAL Anne         | excusee     |',
    '| LUNAC          | BRU Emile          | present     |',
    '|                | CROS Yvette        | presente    |',
    '| MONTELS        | DELPECH Paul       | present     |',
    '|                | FABRE Rose         | presente    |',
    '',
    'N° 2000/04 - COMPTE ADMINISTRATIF 1999',
    '',
    'Le Comite examine le compte administratif 1999 presente par le President :',
    '   Recettes ..... 312 400,00 F',
    'Le compte administratif est adopte a l\'unanimite.',
  ]);

  it('reads the table of states as the attendance', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['PUECH Andre', 'SOULIE Marthe', 'TREMOLET Louis', 'BRU Emile', 'CROS Yvette', 'DELPECH Paul', 'FABRE Rose']);
    expect(summary.absent_names).toEqual(['VIDAL Anne']);
  });
});

describe('delegates « NOM initiale ........ Commune », the name ending with its initial', () => {
  const doc = text([
    "SYNDICAT D'ELECTRIFICATION DU HAUT-LEVEZOU",
    'Seance du mardi 12 mars 2013',
    'En exercice : 8 | Presents : 6 | Pouvoirs : 1 | Votants : 7',
    '',
    'Presents :',
    'CABROLIER J.-L. ............. Vezins-le-Haut (President)',
    'DELTOUR A. .................. Vezins-le-Haut',
    'ESPINASSE M.-C. ............. Saint-Laurent-de-Levezou',
    'FRAYSSE R. .................. Saint-Laurent-de-Levezou',
    'GAUBERT P. .................. Segur-les-Pins',
    'HERAIL S. ................... Segur-les-Pins',
    'Pouvoir : M. ISSALY B. (Bouloc-d\'Olt) a M. GAUBERT P.',
    'Excuse : M. JULIEN F. (Bouloc-d\'Olt).',
    'Secretaire de seance : M. DELTOUR A.',
    '',
    '1. PROGRAMME DE TRAVAUX 2013',
    'Le programme est adopte a l\'unanimite.',
  ]);

  it('reads the names without their communes', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['CABROLIER J.-L.', 'DELTOUR A.', 'ESPINASSE M.-C.', 'FRAYSSE R.', 'GAUBERT P.', 'HERAIL S.']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('delegates « NOM Prénom - Commune - office », the office after the commune on the first line', () => {
  const doc = text([
    'SIVU DES ECOLES DU PLATEAU DE LORMAND',
    'Seance du jeudi 12 novembre 2009',
    'Delegues en exercice : 8 | presents : 7 | votants : 7',
    '',
    'Le Comite s\'est reuni sous la presidence de M. Yves TRIBOULET, President.',
    '',
    'Etaient presents avec voix deliberative :',
    'TRIBOULET Yves - Lormand - President',
    'AUBRY Chantal - Lormand',
    'BESNARD Eric - Vauclerc-le-Bois',
    'CHEVALLIER Anne - Vauclerc-le-Bois',
    'DUHAMEL Serge - Les Essarts-d\'Aube',
    'EUDE Martine - Les Essarts-d\'Aube',
    'FOUCHER Luc - Saint-Loup-sur-Lormand',
    '',
    'Excuse : GODARD Paul (Saint-Loup-sur-Lormand)',
    '',
    '2009-11 - PARTICIPATION DES COMMUNES',
    'La participation est adoptee a l\'unanimite.',
  ]);

  it('reads every delegate, the first one too', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['TRIBOULET Yves', 'AUBRY Chantal', 'BESNARD Eric', 'CHEVALLIER Anne', 'DUHAMEL Serge', 'EUDE Martine', 'FOUCHER Luc']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a given name whose « l » OCR read as a capital « I »', () => {
  const doc = text([
    'MAIRIE DE SAINT-AMANS-DU-PECH',
    'Seance du jeudi 8 novembre 2001',
    '(Conseillers en exercice : 11 - presents : 9 - votants : 9)',
    '',
    'Le Conseil Municipal s\'est reuni sous la presidence de Monsieur Paul ROUX, Maire.',
    '',
    'Etaient presents : Monsieur Paul ROUX, Madame Odile FABRE, Monsieur Jean-CIaude MERCADIER,',
    'Madame CIaudine ROQUES, Monsieur Henri BOYER, Madame BIanche SERIEYS, Monsieur Louis',
    'CAYLA, Madame Rose VERDIER, Monsieur Marc ALBERT.',
    'Etaient excuses : Madame Anne DURAND, Monsieur Guy PONS.',
    '',
    'OBJET : VENTE D\'UN TERRAIN',
    'Le Conseil, a l\'unanimite, decide la vente.',
  ]);

  it('reads those given names as given names, as written', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Paul ROUX', 'Odile FABRE', 'Jean-CIaude MERCADIER', 'CIaudine ROQUES', 'Henri BOYER', 'BIanche SERIEYS', 'Louis CAYLA', 'Rose VERDIER', 'Marc ALBERT']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a giver « empêché » in the list of the present, typed without accents', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DE VOIRIE DU CANTON DE LAGUIOLE-HAUT',
    '',
    'Le dix mars mil neuf cent quatre-vingt-quatorze, le Comite, convoque le trois mars, s\'est reuni',
    'sous la presidence de Monsieur VAYSSADE, President.',
    '',
    'Sur les huit delegues en exercice, six sont presents et un est represente.',
    '',
    'PRESENTS :',
    '   Monsieur VAYSSADE, President',
    '   Monsieur BOUSQUET',
    '   Monsieur CARRIERE',
    '   Monsieur DALLO',
    '   Monsieur ENJALBERT',
    '   Monsieur FRAYSSINET',
    'Monsieur GASTAL, empeche, a donne pouvoir a Monsieur CARRIERE.',
    'EXCUSE : Monsieur HUGONENC.',
    '',
    'OBJET : PROGRAMME DE TRAVAUX 1994',
    'Le Comite adopte le programme par sept voix pour.',
  ]);

  it('reads him as a giver, not a member present', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['VAYSSADE', 'BOUSQUET', 'CARRIERE', 'DALLO', 'ENJALBERT', 'FRAYSSINET']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['GASTAL > CARRIERE']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a page footer whose number OCR read as a small « l », inside the list of the present', () => {
  const doc = text([
    'COMMUNE DE MAZERAC-SUR-DOURDOU',
    '   EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    '             Seance ordinaire du jeudi 12 juin 2003',
    'En exercice : 15    Presents : 9    Votants : 9',
    '',
    'Le Conseil Municipal s\'est reuni sous la presidence de M. Alain BRUNET, Maire.',
    '',
    'Presents :',
    '- M. Alain BRUNET, Maire',
    '- Mme Josette CAMBON, 1re adjointe',
    '- M. Denis ESTIVAL',
    '- Mme Lucie GRIMAL',
    '- M. Robert HEBRARD',
    '__________________________________________________________________',
    'Conseil municipal du 12 juin 2003                           - l -',
    '|',
    '                                                              - 2 -',
    '- Mme Sandrine LACAN',
    '- M. Bruno MAJOREL',
    '- Mme Claire NOYER',
    '- M. Jules PAGES',
    '',
    'Secretaire de seance : Mme Lucie GRIMAL',
    '',
    '1. BUDGET PRIMITIF 2003',
    'Le budget est adopte a l\'unanimite.',
  ]);

  it('reads the list on across the footer', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Alain BRUNET', 'Josette CAMBON', 'Denis ESTIVAL', 'Lucie GRIMAL', 'Robert HEBRARD', 'Sandrine LACAN', 'Bruno MAJOREL', 'Claire NOYER', 'Jules PAGES']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a second proxy pair in prose, its verb left out, typed without accents', () => {
  const doc = text([
    'Commune de SAINT-CIRQ-LA-PLAINE',
    'Conseil municipal - seance du vendredi 13 juin 2014',
    '',
    'Nombre de membres en exercice : 11 ; presents : 8 ; pouvoirs : 2 ; votants : 10.',
    'Convocation adressee le lundi 9 juin 2014.',
    '',
    'Le treize juin deux mille quatorze, le Conseil municipal s\'est reuni a la mairie sous la presidence',
    'de M. Henri CALVET, Maire. Etaient presents M. Henri CALVET, Mme Nadine DEJEAN, M. Olivier FAGES,',
    'Mme Sylvie GARRIC, M. Thierry LAFON, Mme Agnes MOULY, M. Paul RIVIERE et Mme Chantal SEGUY.',
    'Mme Lucie BOUDOU avait donne pouvoir a M. Henri CALVET et M. Remi TESSIER a Mme Sylvie GARRIC.',
    'Etait absent M. Jacques VIALA.',
    '',
    'OBJET : TARIFS DE LA CANTINE',
    'Vote : 10 pour, 0 contre, 0 abstention.',
  ]);

  it('reads both pairs', () => {
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Lucie BOUDOU > Henri CALVET', 'Remi TESSIER > Sylvie GARRIC']);
  });
});

describe('« respectivement donné pouvoir », the givers with their civilities, each holder after its own « à »', () => {
  const doc = text([
    'MAIRIE DE VILLARS-LES-ORMES',
    'Compte rendu de la réunion du conseil municipal du mardi 8 mars 2016',
    '',
    'Conseillers en exercice : 11 – Présents : 8 – Votants : 10',
    'Convocation du 1er mars 2016.',
    '',
    'Étaient présents Mesdames et Messieurs Hubert LANGLOIS, maire, Aline MERCIER, Bruno NAUDIN, Carole PETIT,',
    'Denis RAMBAUD, Élodie SIMON, Fabien TESSIER et Gisèle VALLET.',
    'Était absent excusé : M. Hugo BLANC.',
    'Mme Inès CHARRIER et M. Jules DUPRÉ avaient respectivement donné pouvoir à M. Bruno NAUDIN et à Mme Carole PETIT.',
    'Mme Aline MERCIER a été élue secrétaire de séance.',
    '',
    '1 – Approbation du compte rendu du 2 février 2016',
    'Le compte rendu est approuvé à l’unanimité.',
  ]);

  it('pairs the givers and the holders in order', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Inès CHARRIER > Bruno NAUDIN', 'Jules DUPRÉ > Carole PETIT']);
    expect(errorCodes(findings)).not.toContain('VOTERS_MISMATCH');
  });
});

describe('the agenda changed under an unnumbered heading, voted before the first numbered item', () => {
  const doc = text([
    'Commune de Larroque-sur-Gers',
    'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU LUNDI 15 MARS 2021',
    '',
    'Convocation adressée le 9 mars 2021.',
    'En exercice : 11 | Présents : 9 | Votants : 9',
    '',
    'Présents : Marc ABADIE, maire, Julie BARRÈRE, Paul CAZAUX, Anne DASTE, Luc ESPAGNET, Rose FITTE, Jean GARROS, Lise HOURCADE, Yves LABAT.',
    'Excusés : Marie NOGUÈS, Henri PÉRÈS.',
    'Secrétaire de séance : Anne DASTE',
    '',
    'Retrait d’un point de l’ordre du jour',
    'M. le Maire propose de retirer le point « Vente du presbytère ». La proposition est adoptée par 8 voix pour et 1 voix contre (M. Jean GARROS).',
    '',
    '1) Approbation du procès-verbal du 8 février 2021',
    'Adopté à l’unanimité.',
  ]);

  it('takes the agenda change as the first vote', () => {
    const { summary } = analyseText(doc);
    expect(summary.subject).toBe("Retrait d'un point de l'ordre du jour");
    expect(summary.votes).toEqual({ for: 8, against: 1, abstain: 0, not_voting: 0 });
  });
});

describe('a register’s margin box, its counts after dotted leaders and a colon, letters read for figures', () => {
  const doc = text([
    '|  DEPARTEMENT DU LOT                                  REPUBLIQUE FRANCAISE',
    '|          EXTRAIT DU REGISTRE DES DELIBERATIONS',
    '|            Commune de MARCILHAC-LE-BAS',
    '|',
    '|  Nombre des membres                        Seance du 4 avril 1986',
    '|  afferents au Conseil : ll',
    '|  en exercice ......... : ll',
    '|  qui ont pris part',
    '|  a la deliberation ... : 9',
    '|  Date de la convocation : 28 mars 1986',
    '|',
    "L'an mil neuf cent quatre-vingt-six, le quatre avril, le Conseil Municipal, regulierement convoque,",
    "s'est reuni sous la presidence de M. DELBOS Marcel, Maire.",
    'Presents : MM. DELBOS, ANDRIEU, BEX, CAMBOU, DURAND, FOUILHAC, GARDES, LAGARDE, Mme MOLES.',
    'Absents excuses : MM. PONS, RIGAL.',
    '',
    'OBJET : CHEMIN DE LA COMBE',
    'Le Conseil, a l\'unanimite, approuve le projet.',
  ]);

  it('reads the members in office', () => {
    expect(analyseText(doc).summary.members_in_office).toBe(11);
  });
});

describe('a day and a year whose 1s OCR read as small « l »s', () => {
  const doc = text([
    'MAIRIE DE SAINT-PANTALEON-DU-CAUSSE',
    '              REGISTRE DES DELIBERATIONS',
    '           Seance du vendredi l4 mars l986',
    '',
    'Nombre de conseillers en exercice : neuf (9)',
    'Presents : sept (7)',
    'Votants : sept (7)',
    'Date de la convocation : lO mars l986.',
    '',
    "L'an mil neuf cent quatre-vingt-six, le quatorze mars, le Conseil Municipal s'est reuni a la Mairie",
    'sous la presidence de Monsieur Paul CAMBON, Maire.',
    'Etaient presents : Monsieur Paul CAMBON, Madame Rose DELMAS, Monsieur Jean FOISSAC, Monsieur Louis',
    'GUITARD, Madame Anne HEBRARD, Monsieur Marc JOULIA, Monsieur Pierre LAVAL.',
    'Absents : Messieurs Henri MOLINIE et Yves NOUVEL.',
    '',
    'OBJET : TARIF DE L\'EAU',
    'Le Conseil, a l\'unanimite, fixe le tarif.',
  ]);

  it('dates the convocation', () => {
    expect(analyseText(doc).summary.convocation_date).toBe('1986-03-10');
  });
});

describe('an excerpt cut inside the last surname of the list, four letters of it left', () => {
  const doc = text([
    'COMMUNE DE LAVERGNE-SUR-CELE',
    '             Seance ordinaire du jeudi 15 mai 2003',
    'Date de convocation : 9 mai 2003',
    'En exercice : 15    Presents : 12    Votants : 13',
    '',
    'Le Conseil Municipal s\'est reuni sous la presidence de M. Daniel FOURNIE, Maire.',
    '',
    'Presents :',
    '- M. Daniel FOURNIE, Maire',
    '- Mme Sylvie ARTUS, 1re adjointe',
    '- M. Thierry BOYER',
    '- Mme Nadine CAPELLE',
    '- M. Olivier DESTRUEL',
    '- Mme Agnes GRANIER',
    '- M. Louis MERC',
  ]);

  it('leaves the fragment out, the list incomplete', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Daniel FOURNIE', 'Sylvie ARTUS', 'Thierry BOYER', 'Nadine CAPELLE', 'Olivier DESTRUEL', 'Agnes GRANIER']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});
