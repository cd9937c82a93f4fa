/**
 * Layouts the two-hundred-and-fifty-fourth and fifty-fifth invented corpora (a draw like the real corpus, small
 * communes' extracts) found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a results table flattened one cell per line, blank lines holding a space between the cells', () => {
  const doc = text([
    'Commune de BRÉVILLE-SUR-OUCHE',
    '',
    'Conseil municipal du 14 avril 2015',
    '',
    'Présents : MM. Paul GAUDRY, Anne MOREL, Luc FAVIER, Denise CORDIER',
    '',
    'AFFECTATION DU RÉSULTAT DE L’EXERCICE 2014',
    '',
    'Le Conseil Municipal, statuant sur l’affectation du résultat :',
    '',
    'LIBELLE',
    ' ',
    'FONCTIONNEMENT',
    ' ',
    'INVESTISSEMENT',
    ' ',
    'Résultat de l’exercice',
    ' ',
    '61 204.18 €',
    '',
    ' ',
    '',
    '- 17 450.30 €',
    ' ',
    'Résultats antérieurs reportés',
    ' ',
    '88 310.00 €',
    ' ',
    '5 120.45 €',
    ' ',
    'Adopté à l’unanimité.',
  ]);

  it('reads the row’s second cell with its minus sign, the positive ones without', () => {
    const { summary } = analyseText(doc);
    expect(summary.amounts_eur).toEqual([61204.18, -17450.3, 88310, 5120.45]);
  });
});

describe('a page published from its list of the present on, dated only by its closing formula', () => {
  const doc = text([
    'PRÉSENTS :',
    'Marc LE BIHAN, Odile QUÉRÉ, Yves TANGUY, Rozenn KERVELLA, Alain CAROFF.',
    'ABSENTS :',
    'Gaëlle PRIGENT',
    'SECRÉTAIRE DE SÉANCE : Yves TANGUY',
    'FINANCES – TARIFS DU PORT 2019',
    'Il est proposé au Conseil municipal d’approuver les tarifs du port pour l’année 2019.',
    'Après en avoir délibéré, le Conseil municipal adopte les tarifs à l’unanimité.',
    'Fait et délibéré en séance, le 9 octobre 2018.',
  ]);

  it('takes the closing formula’s date as the session’s', () => {
    expect(analyseText(doc).summary.session_date).toBe('2018-10-09');
  });

  it('but not an earlier deliberation recalled inside a sentence', () => {
    const other = doc.replace('Fait et délibéré en séance, le 9 octobre 2018.', 'Le conseil rappelle qu’il avait délibéré le 3 mars 2017 sur ce point.');
    expect(analyseText(other).summary.session_date).toBeNull();
  });
});

describe('a transcription’s page number between the proxies’ last full stop and the next heading', () => {
  const doc = text([
    'CONSEIL GENERAL DE LA HAUTE-BREVONNE',
    '',
    '2 Le Conseil Général s est réuni le lundi 8 mars 2010 sous la présidence de Monsieur Paul VERNHES, Président. Nombre de membres en exercice : 12 Etaient présents : Jeanne ALRIC, Hugo BASTIDE, Marc CAZALS, Lise DURAND, Paul VERNHES, Rémi FABRE, Alice GINESTE, Noël HUGON. Absents ayant donné délégation de vote : Paul ISSALY à Marc CAZALS, Rose JAMMES à Alice GINESTE. 3 Absents excusés : Bruno LACAZE, Inès MARTY.',
  ]);

  it('keeps the last holder', () => {
    expect(proxyPairs(analyseText(doc).summary.proxies_list)).toEqual(['Paul ISSALY > Marc CAZALS', 'Rose JAMMES > Alice GINESTE']);
  });
});

describe('one member a line written « NOM Prénom », a surname alone and a typist’s double space', () => {
  const doc = text([
    'Mairie de VILLERS-AUX-NOUES',
    '',
    'CONSEIL MUNICIPAL',
    'seance du mardi 5 mars 2019 a 20h30',
    '',
    'Conseillers en exercice : 5',
    'Présents : 5',
    '',
    'Présent(e)s :',
    'MARCHAL Denis, maire',
    'HUMBERT  Lucien',
    'COLLIGNON',
    'Mme FRANÇOIS Martine',
    'Mlle GÉRARD Aline',
    '',
    'Secretaire : Mme FRANÇOIS',
    '',
    'Délibération n° 2019-004',
    'Location de la salle communale',
    'Le conseil municipal, après en avoir délibéré, fixe le tarif. Adopté à l’unanimité.',
  ]);

  it('reads five members, no civility taken for a given name, the double space inside one name', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['MARCHAL Denis', 'HUMBERT Lucien', 'COLLIGNON', 'FRANÇOIS Martine', 'GÉRARD Aline']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a prose paragraph of surnames whose list runs into « formant la majorité »', () => {
  const doc = text([
    'Extrait du registre des délibérations du Conseil Municipal',
    '',
    'Séance du 16 mars 2000',
    'Nombre de conseillers : en exercice 7, présents 6, votants 6',
    '',
    'L’an deux mil, le seize mars, le Conseil Municipal s’est réuni à la mairie sous la présidence de M. MANGIN, Maire. Etaient présents : MM. MANGIN, THOUVENIN, AUBRY, Mmes PERRIN, VAUTRIN et LAMBERT formant la majorité des membres en exercice. Absent : M. RENARD.',
    '',
    'Objet : Chemin rural',
    'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, approuve le projet.',
  ]);

  it('keeps the last name before the phrase', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['MANGIN', 'THOUVENIN', 'AUBRY', 'PERRIN', 'VAUTRIN', 'LAMBERT']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});
