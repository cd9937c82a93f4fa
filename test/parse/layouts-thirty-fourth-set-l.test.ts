/**
 * Layouts the two-hundred-and-sixty-fourth invented corpus (scanned and typed extracts read by OCR) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('the civility « M, » (OCR’s comma for the full stop) inside a list and after « à »', () => {
  const doc = text([
    'COMMUNE DE VAREILHES-LE-HAUT',
    'Séance du jeudi 12 mars 2015',
    'Membres en exercice : 11     Présents : 8     Pouvoirs : 1     Votants : 9',
    '',
    'Présents : M, Olivier BRASSAC, Mme Lucie FONTAS, M. Jean ESPIC, Mme Anne',
    'SABY, M. Paul TRINQUIER, Mme Rose VIDAL, M. Hugo BARTHE, Mme Léa DUMONS.',
    'Absent ayant donné pouvoir : M. Marc ROUDIL à M, Olivier BRASSAC.',
    'Absents : M. Luc FABRE, Mme Nina GALY.',
    '',
    'OBJET : Travaux de voirie',
    'Le conseil municipal, après en avoir délibéré, à l’unanimité, approuve les travaux.',
  ]);

  it('reads the member after « M, » as present and as the proxy’s holder, not as a second giver', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names?.[0]).toBe('Olivier BRASSAC');
    expect(proxyPairs(summary.proxies_list)).toEqual(['Marc ROUDIL > Olivier BRASSAC']);
    expect(errorCodes(findings)).not.toContain('PROXY_GIVER_PRESENT');
  });
});

describe('a list by commune whose first delegate follows « M, » after the commune’s colon', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU CAUSSANEL',
    'Séance du mardi 4 novembre 2008',
    'Nombre de délégués en exercice : 6',
    'Nombre de délégués présents : 6',
    '',
    'Etaient présents les délégués :',
    '- Commune de Rieupeyroux-Bas : M, Henri SOULIÉ, M. Alain CAYROU',
    '- Commune de Lavernhe : Mme Claire BOUDOU, M, Pierre MARTY',
    '- Commune de Sainte-Juliette : M. Louis CARLES, Mme Odile ROQUES',
    '',
    'OBJET : Rapport sur le prix de l’eau',
    'Le comité syndical, après en avoir délibéré, à l’unanimité, adopte le rapport.',
  ]);

  it('reads every delegate', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Henri SOULIÉ', 'Alain CAYROU', 'Claire BOUDOU', 'Pierre MARTY', 'Louis CARLES', 'Odile ROQUES']);
  });
});

describe('« Mrne » (OCR’s « rn » for « m ») before the office of a Québec roll', () => {
  const doc = text([
    'PROVINCE DE QUÉBEC',
    'MUNICIPALITÉ DE SAINT-ALPHONSE-DES-BOULEAUX',
    '',
    'Séance ordinaire du conseil municipal tenue le lundi 9 septembre 2019 à 19 h 30, à la salle du conseil.',
    '',
    'Sont présents : M. le maire Gaston PELLETIER, Mrne la conseillère Diane',
    'MORIN, MM. les conseillers Luc GAUDREAU, Alain BOUCHARD et Mrne la',
    'conseillère Lise CARON, formant quorum sous la présidence de M. le maire.',
    '',
    'RÉSOLUTION 2019-09-101',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. le conseiller Luc GAUDREAU, appuyé par M. le conseiller Alain BOUCHARD et résolu à l’unanimité des conseillers présents d’adopter l’ordre du jour.',
  ]);

  it('reads the members named after « Mrne la conseillère »', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Gaston PELLETIER', 'Diane MORIN', 'Luc GAUDREAU', 'Alain BOUCHARD', 'Lise CARON']);
  });
});

describe('a typed register’s margin box: counts aligned on their colons, figures typed as letters, no colon', () => {
  it('reads « en exercice  ll » (letters for 11) after the label and a run of spaces', () => {
    const doc = text([
      '   COMMUNE',
      '      de                      EXTRAIT',
      ' SAINT-AMANS-DU-LOT    du Registre des Délibérations',
      ' Nombre de Conseillers',
      '   en exercice  ll     Séance du vingt juin mil neuf cent quatre-vingt',
      '   présents      9',
      '   votants       9     L’an mil neuf cent quatre-vingt, le vingt juin, le Conseil',
      '                       Municipal s’est réuni sous la présidence de M. CASTAN Jules, Maire.',
      '',
      'Etaient présents : MM. CASTAN Jules, BOYER Louis, MARTY Paul, RIVES Aimé, SEGUY Henri,',
      'LACOMBE Jean, PONS Léon, CROS Marcel, VIALA Émile.',
      'Absents : MM. GARY Pierre, ROUX Albert.',
      '',
      'OBJET : Chemin rural',
      'Le Conseil, après en avoir délibéré, à l’unanimité, décide la vente.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.members_in_office).toBe(11);
    expect(summary.present).toBe(9);
  });

  it('reads the margin’s pieces, one space in and aligned on their colons, apart from the prose beside them', () => {
    const doc = text([
      'COMMUNE DE SALVAGNAC-CAJARC',
      '',
      '        EXTRAIT DU REGISTRE DES DELIBERATIONS',
      '',
      'Nombre de membres          Séance du 14 mai 1986',
      ' en exercice : 15',
      ' présents    : 12          L’an mil neuf cent quatre vingt six, le quatorze',
      ' votants     : 12          mai à vingt heures trente, le Conseil Municipal de',
      '                           cette Commune, régulièrement convoqué, s’est réuni',
      'Date de la convocation :   au nombre prescrit par la loi, dans le lieu habituel',
      ' 7 mai 1986                de ses séances, sous la présidence de M. CALMON',
      '                           Pierre, Maire.',
      '',
      'Présents : MM. CALMON Pierre, BRU Louis, LAGARRIGUE Jean, FAU René, CAMBON Paul, DELON Henri,',
      'MOLES André, SERIEYS Marc, VERDIER Guy, PRADINES Luc, COUDERC Jean, ROQUES Yves.',
      'Absents : MM. BONNET Jules, CAZALS Émile, SOULIE Paul.',
      '',
      'OBJET : Adduction d’eau',
      'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, approuve le projet.',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('1986-05-14');
    expect(summary.convocation_date).toBe('1986-05-07');
    expect(summary.members_in_office).toBe(15);
    expect(summary.present).toBe(12);
    expect(summary.voters).toBe(12);
    expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
  });
});

describe('a tally table whose row OCR read on two lines', () => {
  const doc = text([
    'Commune de BELCASTEL-SUR-ORBE',
    'Conseil municipal du mardi 5 décembre 2017',
    'Nombre de conseillers en exercice : 15',
    'Présents : 13',
    'Votants : 13',
    '',
    'Présents : Mme Anne ROUX, M. Paul CROS, Mme Julie BLANC, M. Marc FAGES, Mme Nadia PUECH, M. Éric GALTIER,',
    'Mme Rose VIALA, M. Yves SOLER, Mme Inès CAMBON, M. Jean BOYER, Mme Lise MAUREL, M. Guy SEGUY, Mme Eva RIVES.',
    'Absents : M. Luc PONS, Mme Zoé FAURE.',
    '',
    'Délibération 2017-40 : Tarifs de la cantine',
    'Le conseil municipal, après en avoir délibéré,',
    '| Pour | Contre | Abstention |',
    '|  10  |',
    '       |   1    |     1      |',
    'APPROUVE les tarifs.',
  ]);

  it('reads each figure under its heading and finds the tally short of the voters', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.votes).toMatchObject({ for: 10, against: 1, abstain: 1 });
    expect(errorCodes(findings)).toContain('TALLY_MISMATCH');
  });
});

describe('a préfecture stamp read between the present list and the pouvoirs', () => {
  const doc = text([
    'MAIRIE DE SAINT-PONS-DE-LAURAC',
    'Séance du jeudi 10 mars 2016',
    'En exercice : 11 - Présents : 6 - Pouvoirs : 1 - Votants : 7',
    '',
    'Présents : Marc SALLES, Anne BOUSQUET, Paul ROUQUET, Julie FABRE, Henri CAUSSE,',
    'Nadia VIGUIER.',
    '      RÉPUBLIQUE FRANÇAISE',
    '   Reçu le 1 4 MARS 2016          ~ \' ,.',
    '   Préfecture du Tarn',
    'Pouvoirs : Louis GARRIC à Marc SALLES.',
    'Excusés : Rose MAFFRE, Jean TEISSIER, Sophie CALVET, Luc BONNET.',
    '',
    'OBJET : Tarifs de l’eau',
    'Le conseil municipal, après en avoir délibéré, à l’unanimité, fixe les tarifs.',
  ]);

  it('takes the stamp’s « RÉPUBLIQUE FRANÇAISE » for no member', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Marc SALLES', 'Anne BOUSQUET', 'Paul ROUQUET', 'Julie FABRE', 'Henri CAUSSE', 'Nadia VIGUIER']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('an excerpt cut inside the pouvoirs, a signature’s marks after the cut', () => {
  const doc = text([
    'VILLE DE SAINT-GERVAIS-D’ORBIEL',
    'Séance du mardi 14 octobre 2025',
    'Membres en exercice : 29        Présents : 23',
    'Pouvoirs : 4                    Votants : 27',
    '',
    'PRÉSENTS :',
    'Mme ALRIC, M. BARDY, Mme CAVAILLÉ, M. DURAND, Mme ESCAFIT, M. FOURNIÉ, Mme GASC, M. HORTALA,',
    'Mme ICHER, M. JAMMES, Mme LABIT, M. MAURY, Mme NOUGARET, M. OULIÉ, Mme PAGÈS, M. QUINTA,',
    'Mme RAYNAUD, M. SAVY, Mme TERRAL, M. VIDAL, Mme AZAÏS, M. BOUSQUET, Mme CARLES.',
    '',
    'ABSENTS EXCUSÉS : M. DELMAS, Mme ESPIÉ.',
    '',
    'POUVOIRS :',
    'M. ROQUES à Mme ALRIC',
    'Mme SÉGUY à M. BARDY',
    'M. TOU',
    '  ~ \' ,.',
  ]);

  it('leaves out the fragment the cut leaves, as when the text ends with it', () => {
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['ROQUES > ALRIC', 'SÉGUY > BARDY']);
  });
});
