/**
 * Layouts the two-hundred-and-ninety-ninth invented corpus found missing (attendance, absences and proxies in every form):
 * proxies in sentences whose giver wraps or carries a longer apposition, a second pair after « , et » wrapping inside the
 * giver, excused members named after a sentence without a colon, renvois marked by stars in brackets shared by two givers,
 * suppléants "ayant siégé avec voix délibérative". Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('proxies in sentences joined by « ; », a giver away and a giver whose given name ends the line before', () => {
  const doc = text([
    'Commune de Valcrozet',
    'Conseil municipal – séance du mardi 14 mars 2023',
    '',
    'Nombre de membres en exercice : 9',
    'Présents : 5 – Pouvoirs : 3 – Votants : 8',
    '',
    'Assistaient à la séance M. Gaston FABREGUE, Maire, Mme Irène COMBALUZIER, adjointe, M. Léon',
    'TROUILHAS, Mme Nadia SOUBEYRAN et M. Rémi CASTANIER.',
    '',
    'M. Hervé PLANCHON, en déplacement, a donné pouvoir à M. FABREGUE ; Mme Suzanne',
    'RIGAL a donné pouvoir à Mme COMBALUZIER ; M. Paul VERNHET a donné pouvoir à',
    'M. CASTANIER.',
    '',
    'Absente : Mme Odile BRUNEL.',
    '',
    '1. Cantine scolaire – tarifs',
    '',
    'Le Conseil municipal, à l\'unanimité (8 voix), FIXE les tarifs.',
  ]);

  it('reads the three pairs, the wrapped giver whole', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Hervé PLANCHON > FABREGUE', 'Suzanne RIGAL > COMBALUZIER', 'Paul VERNHET > CASTANIER']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a giver « retenu par … », then « , et » a second pair whose giver wraps, excused after a sentence without colon', () => {
  const doc = text([
    'Ville de Bréaucourt – séance du jeudi 9 octobre 2025',
    'Membres en exercice : 11 · Présents : 6 · Pouvoirs : 3 · Votants : 9',
    '',
    'Sont présents Mmes et MM. Lucie ARNOULD, Marc THIÉBAUT, Hélène POIRSON, Jacques VOIRIN, Sonia',
    'MANGIN et Denis HUMBERT.',
    '',
    'M. Gilles CLAUDEL, retenu par un déplacement professionnel, a donné pouvoir à',
    'Mme Lucie ARNOULD. Mme Chantal PIERRAT a donné pouvoir à M. Marc THIÉBAUT, et M. Roland',
    'GÉRARDIN à Mme Sonia MANGIN.',
    '',
    'Sont excusés sans avoir donné pouvoir M. Yves COLLOT et Mme Émilie VAUTRIN.',
    '',
    '1. Budget annexe de l\'eau',
    'Le Conseil, à l\'unanimité, ADOPTE le budget.',
  ]);

  it('reads the three pairs and the two excused members', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Gilles CLAUDEL > Lucie ARNOULD', 'Chantal PIERRAT > Marc THIÉBAUT', 'Roland GÉRARDIN > Sonia MANGIN']);
    expect(summary.absent_names).toEqual(['Yves COLLOT', 'Émilie VAUTRIN']);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('misses no member: one of the eleven named nowhere is reported', () => {
    const { findings } = analyseText(doc.replace('Membres en exercice : 11', 'Membres en exercice : 12'));
    expect(errorCodes(findings)).toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('renvois marked « (*) », « (**) » on excused members, one mark carried by two givers', () => {
  const doc = text([
    'COMMUNE DE FONTENOY-LE-BAS',
    'Séance du mardi 8 février 2022',
    '',
    'Conseillers en exercice : 9 | Présents : 5 | Pouvoirs : 3 | Votants : 8',
    '',
    'Présents :',
    'M. Bernard JACQUOT',
    'Mme Odile FERRY',
    'M. Julien COLIN',
    'Mme Estelle GRANDJEAN',
    'M. Thierry MOUGEL',
    '',
    'Absents excusés :',
    'Mme Martine SIMONIN (*)',
    'M. Claude PERRIN (*)',
    'Mme Aline VALDENAIRE (**)',
    'M. Fabien ANTOINE',
    '',
    '(*) a donné pouvoir à M. Bernard JACQUOT',
    '(**) a donné pouvoir à M. Fabien ANTOINE',
    '',
    '1. Subvention au club de football',
    'Le Conseil, à l\'unanimité, ACCORDE une subvention.',
  ]);

  it('gives both starred members to the same holder and reports the absent holder', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Martine SIMONIN > Bernard JACQUOT', 'Claude PERRIN > Bernard JACQUOT', 'Aline VALDENAIRE > Fabien ANTOINE']);
    expect(errorCodes(findings)).toContain('PROXY_HOLDER_ABSENT');
    expect(errorCodes(findings)).not.toContain('PROXY_COUNT_MISMATCH');
  });
});

describe('suppléants « ayant siégé avec voix délibérative », each in the absence of a titulaire', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU DE MIRANDOL',
    'Séance du lundi 7 décembre 1992',
    '',
    'Membres en exercice : 6        Présents : 5        Votants : 5',
    '',
    'Délégués titulaires présents : MM. BOUSQUET Henri et CAYLA Louis (Mirandol), Mme FABRE Yvette',
    '(Crespinet).',
    '',
    'Délégués suppléants ayant siégé avec voix délibérative :',
    'M. LACOMBE Albert (Crespinet), en l\'absence de M. ROUQUAYROL Jean ;',
    'M. VIDAL Gaston (Lescure-le-Bas), en l\'absence de M. ALAUX Pierre.',
    '',
    'Absents excusés : MM. ROUQUAYROL Jean, ALAUX Pierre, CAMMAS Émile (Lescure-le-Bas).',
    'Pouvoirs : néant.',
    '',
    'OBJET : Prix de l\'eau pour 1993',
    'Le Comité syndical, à l\'unanimité, ADOPTE les tarifs.',
  ]);

  it('counts the suppléants present beside the titulaires', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['BOUSQUET Henri', 'CAYLA Louis', 'FABRE Yvette', 'LACOMBE Albert', 'VIDAL Gaston']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('superscript call marks on holders, « ¹ a reçu pouvoir de … » renvois under the list', () => {
  const doc = text([
    'SYNDICAT MIXTE DES GORGES DE LA VIOLAINE',
    'Séance du mardi 15 octobre 2019',
    '',
    'Délégués en exercice : 8',
    'Délégués présents : 5',
    'Pouvoirs : 3',
    'Votants : 8',
    '',
    'Délégués présents :',
    'FABRE Lucien (CC Haute-Violaine)',
    'MALZAC Renée (CC Haute-Violaine) ¹ ²',
    'ROUVIÈRE Paul (Saint-Privat-le-Haut)',
    'SOLIGNAC Marthe (Ventajou) ³',
    'TEISSÈDRE Henri (Mialet-Bas)',
    '',
    'Pouvoirs (renvois) :',
    '¹ a reçu pouvoir de M. BONNET Gilles (CC Haute-Violaine)',
    '² a reçu pouvoir de Mme CAUSSE Lise (CC Haute-Violaine)',
    '³ a reçu pouvoir de M. PLANTIER Jean (Ventajou)',
    '',
    '1 – Programme de travaux 2020',
    'Le Comité syndical, à l\'unanimité (8 voix), APPROUVE le programme ; un bassin de 240 m² est prévu.',
  ]);

  it('reads every present member and the three pairs, and the holder of two outside an emergency period', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['FABRE Lucien', 'MALZAC Renée', 'ROUVIÈRE Paul', 'SOLIGNAC Marthe', 'TEISSÈDRE Henri']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['BONNET Gilles > MALZAC Renée', 'CAUSSE Lise > MALZAC Renée', 'PLANTIER Jean > SOLIGNAC Marthe']);
    expect(errorCodes(findings)).toEqual(['PROXY_LIMIT_EXCEEDED']);
  });
});

describe('an ASCII table whose « Observations » cell wraps onto a row of its own, the member\'s cell empty there', () => {
  const doc = text([
    'SIVU SCOLAIRE DES TROIS FONTAINES',
    'Séance du mardi 11 octobre 2005',
    '',
    'Délégués en exercice : 6 — Présents : 4 — Pouvoirs : 1 — Votants : 5',
    '',
    '+--------------------------+-----------------+---------+--------------------------+',
    '| Délégué                  | Commune         | Présent | Observations             |',
    '+--------------------------+-----------------+---------+--------------------------+',
    '| M. GARNIER Louis         | Fontaine-Haute  |   oui   | Président                |',
    '| Mme LEBRETON Odile       | Fontaine-Haute  |   non   | pouvoir à M. GARNIER     |',
    '| Mme BOUVET Sylvie        | Saint-Cyr-d\'Eau |   non   | excusée, suppléée        |',
    '| M. PICHON Alain          | Saint-Cyr-d\'Eau |   oui   | suppléant de Mme BOUVET, |',
    '|                          |                 |         | voix délibérative        |',
    '| Mme RENAULT Agnès        | Les Trois-Puits |   oui   |                          |',
    '| M. DELAUNAY Hervé        | Les Trois-Puits |   oui   |                          |',
    '| M. TESSIER Paul          | Les Trois-Puits |   non   | absent                   |',
    '+--------------------------+-----------------+---------+--------------------------+',
    '',
    '1 – Participation des communes',
    'Le Comité syndical, à l\'unanimité, FIXE la participation par élève.',
  ]);

  it('reads the rows under the wrapped cell', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['GARNIER Louis', 'PICHON Alain', 'RENAULT Agnès', 'DELAUNAY Hervé']);
    expect(errorCodes(findings)).toEqual([]);
  });
});
