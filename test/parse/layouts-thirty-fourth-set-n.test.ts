/**
 * Layouts the two-hundred-and-sixty-fifth invented corpus (intercommunalités and syndicats as their websites publish
 * them) found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('titulaires present and substitutes sitting with a vote counted apart, no total', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU VAL DE CORNIÈRE',
    'Séance du comité syndical du mardi 7 mars 2023',
    'Date de convocation : 28 février 2023',
    'Délégués en exercice : 12',
    'Délégués titulaires présents : 7',
    'Suppléants siégeant avec voix délibérative : 2',
    'Pouvoirs : 1',
    'Votants : 10',
    '',
    'Titulaires présents : Marc AUBERTIN, Président, Lise CORNU, Paul DELORME, Anne FERRAND, Jules GODIN, Rémi HUET, Odile JACOB.',
    'Suppléants siégeant avec voix délibérative : Yves LABBÉ, suppléant de Henri MARCHAL ; Nina PASQUET, suppléante de Sophie RENAUD.',
    'Pouvoir : Luc SIMON à Marc AUBERTIN.',
    'Excusés : Henri MARCHAL, Sophie RENAUD, Luc SIMON, Gérard TISSOT.',
    'Secrétaire de séance : Lise CORNU',
    '',
    '1 – Rapport sur le prix et la qualité du service',
    'Le comité, après en avoir délibéré, à l’unanimité, approuve le rapport.',
  ]);

  it('counts both as present and reads the votants as their sum plus the pouvoirs', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present).toBe(9);
    expect(summary.present_names).toHaveLength(9);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
    expect(errorCodes(findings)).not.toContain('VOTERS_MISMATCH');
  });

  it('adds no substitute who sits without a vote', () => {
    const without = doc.replace('Suppléants siégeant avec voix délibérative : 2', 'Suppléants présents sans voix délibérative : 2');
    expect(analyseText(without).summary.present).toBe(7);
  });
});

describe('a TAB table by commune, each delegate’s weighted voix in a last column', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DU VAL DE LORMANCE',
    'Comité syndical du jeudi 12 mars 2015',
    'Convocation : 4 mars 2015',
    'Délégués en exercice : 8 (17 voix)',
    'Délégués présents : 5 (11 voix)',
    'Pouvoir : 1 (2 voix)',
    'Votants : 6 (13 voix)',
    '',
    'Présents :',
    '\tArvillers-le-Haut\tM. Émile ROUSSEL, Président\t3 voix',
    '\tBerneuil\tMme Agnès COLLIGNON\t2 voix',
    '\tCourtemanche\tM. Yves DELATTRE\t2 voix',
    '\tDompierre-sur-Lormance\tMme Lucie FOURNIER\t2 voix',
    '\tÉpagny\tM. Henri GOSSELIN\t2 voix',
    'Pouvoir :',
    '\tFresnoy\tM. Claude HENNEBERT donne pouvoir à M. Émile ROUSSEL\t2 voix',
    'Absents excusés :',
    '\tGuyencourt\tM. Marc LEFRANC\t2 voix',
    '\tHangest-la-Rivière\tMme Rose MORVILLE\t2 voix',
    '',
    'Secrétaire : Mme Agnès COLLIGNON',
    '',
    '1. Participation des communes 2015',
    'Le comité syndical approuve la participation par 13 voix pour.',
  ]);

  it('reads the delegates, not their voix, as the present', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Émile ROUSSEL', 'Agnès COLLIGNON', 'Yves DELATTRE', 'Lucie FOURNIER', 'Henri GOSSELIN']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });

  it('reads the commune cells of the later lists as in the first, a one-word commune too', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.absent_names).toEqual(['Marc LEFRANC', 'Rose MORVILLE']);
    expect(summary.proxies_list).toEqual([{ from: 'Claude HENNEBERT', to: 'Émile ROUSSEL' }]);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('a TAB table of the present under its column titles « Nom / Commune / Qualité »', () => {
  const doc = text([
    'COMMUNAUTÉ URBAINE DU PAYS DE VERNELLE',
    'Séance du jeudi 16 juin 2005',
    '',
    'Le Conseil de Communauté, convoqué le 8 juin 2005, s’est réuni sous la présidence de M. Lucien ABGRALL.',
    '',
    'Conseillers en exercice : 9',
    'Présents : 6',
    'Pouvoirs : 0',
    'Votants : 6',
    '',
    'PRÉSENTS',
    'Nom\tCommune\tQualité',
    'ABGRALL Lucien\tVernelle\tPrésident',
    'BRÉHAT Yvonne\tVernelle\tVice-Présidente',
    'CORLAY Michel\tVernelle\tConseiller',
    'DANIÉLOU Maryse\tPlouzec-le-Bas\tConseillère',
    'ELLÉOUET Jean\tPlouzec-le-Bas\tConseiller',
    'FLOCH Anne\tKerlouan-Vernelle\tConseillère',
    '',
    'Secrétaire de séance : Mme Yvonne BRÉHAT',
    '',
    '1. Budget primitif 2005',
    'Le Conseil adopte le budget à l’unanimité.',
  ]);

  it('reads each row’s name, the column titles and the other cells no entry', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ABGRALL Lucien', 'BRÉHAT Yvonne', 'CORLAY Michel', 'DANIÉLOU Maryse', 'ELLÉOUET Jean', 'FLOCH Anne']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('surnames only, one surname twice told apart by the commune or by the civility group', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU HAUT-BRIANÇON',
    'Séance du 14 avril 1999',
    '',
    'L’an mil neuf cent quatre-vingt-dix-neuf, le quatorze avril, le Conseil de la Communauté, légalement convoqué le six avril, s’est réuni sous la présidence de Monsieur FAURE, Président.',
    '',
    'Nombre de délégués en exercice : 10. Présents : 9. Votants : 9.',
    '',
    'Étaient présents : Messieurs FAURE, MARTEL (de Saint-Privat), BLANCHON, MARTEL (de Vals-le-Haut), CROS ; Mesdames VIDAL, BESSON, ROCHE, CROS.',
    '',
    'Absent : Monsieur ARNAUD.',
    '',
    'Monsieur BLANCHON a été désigné secrétaire.',
    '',
    '1°) Budget primitif 1999',
    'Le Conseil adopte le budget primitif à l’unanimité.',
  ]);

  it('counts each as a member, the declared count met', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(9);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
    expect(errorCodes(findings)).not.toContain('DUPLICATE_MEMBER');
  });

  it('still counts once a surname alone written twice alike', () => {
    const twice = doc.replace('MARTEL (de Vals-le-Haut)', 'MARTEL').replace('MARTEL (de Saint-Privat)', 'MARTEL');
    expect(errorCodes(analyseText(twice).findings)).toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a pipe table with X marks and a « Pouvoir à » column, its unmarked rows named again as excused under it', () => {
  const doc = text([
    'Syndicat mixte du bassin de la Lirette',
    'Comité syndical du mardi 9 mars 2021',
    '',
    'Convocation : 1er mars 2021. Quorum au tiers, deux pouvoirs par délégué (loi du 15 février 2021).',
    'En exercice : 8 – Présents : 4 – Pouvoirs : 2 – Votants : 6',
    '',
    '| Membre | Délégué | Présent | Pouvoir à |',
    '| CC Haute-Lirette | Bernard ALIBERT (Président) | X | |',
    '| CC Haute-Lirette | Claire BONNAL | X | |',
    '| CC Haute-Lirette | Jacques CASSAGNE | | Bernard ALIBERT |',
    '| CA Val de Lirette | Denise DELPECH | X | |',
    '| CA Val de Lirette | Émile ESPINASSE | X | |',
    '| CA Val de Lirette | Fanny FABRE | | Denise DELPECH |',
    '| Département | Gilles GARRIC | | |',
    '| Département | Hélène HUGONENC | | |',
    '',
    'Absents excusés : Gilles GARRIC, Hélène HUGONENC.',
    'Secrétaire de séance : Claire BONNAL.',
    '',
    'Délibération n° 2021-04 – Programme de travaux 2021',
    'Résultat du vote : Pour 6 – Contre 0 – Abstentions 0. Adopté.',
  ]);

  it('reads each unmarked member once, no member listed twice', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.absent_names).toEqual(['Gilles GARRIC', 'Hélène HUGONENC']);
    expect(errorCodes(findings)).not.toContain('DUPLICATE_MEMBER');
  });

  it('under an « Excusés » heading too', () => {
    const { summary, findings } = analyseText(doc.replace('Absents excusés :', 'Excusés :'));
    expect(summary.absent_names).toEqual(['Gilles GARRIC', 'Hélène HUGONENC']);
    expect(errorCodes(findings)).not.toContain('DUPLICATE_MEMBER');
  });
});
