/**
 * Layouts the two-hundred-and-ninety-third invented corpus found missing (proxies, absences and substitutes in every
 * wording: the vote delegated, call marks and their notes, codes with an arrow to the holder, observation cells). Every
 * case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('« a délégué son droit de vote à »: a proxy', () => {
  const opening = [
    'Séance du mardi 14 mai 2024',
    'Délégués en exercice : 8 ; présents : 6 ; pouvoirs : 2 ; votants : 8',
    '',
    'Le Comité syndical s’est réuni sous la présidence de M. Hugo BRETELLE, Président.',
    '',
    'Délégués présents : M. Hugo BRETELLE, Mme Anaïs CORVELLE, M. Lionel DARTOIS, Mme Pauline ESCARMIN, M. Rémi FOSSARD, Mme Lise GARNOTTE.',
    'Délégués excusés : M. Yann HOUDRIER, Mme Irène JALBERT.',
    'Mme Lise GARNOTTE a été désignée secrétaire de séance.',
    '',
  ];
  const closing = ['', 'Objet : Tarifs 2025', 'Le Comité, après en avoir délibéré, à l’unanimité, adopte les tarifs.'];

  it('in sentences after the lists', () => {
    const doc = text([...opening, 'M. Yann HOUDRIER a délégué son droit de vote à M. Rémi FOSSARD. Mme Irène JALBERT a délégué son droit de vote à Mme Anaïs CORVELLE.', ...closing]);
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Yann HOUDRIER > Rémi FOSSARD', 'Irène JALBERT > Anaïs CORVELLE']);
    expect(summary.absent_names).toEqual(['Yann HOUDRIER', 'Irène JALBERT']);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('in a list under its heading, a giver listed present reported', () => {
    const doc = text([
      ...opening,
      'Délégations de vote :',
      'M. Yann HOUDRIER a délégué son droit de vote à M. Rémi FOSSARD.',
      'M. Lionel DARTOIS a délégué son droit de vote à Mme Anaïs CORVELLE.',
      ...closing,
    ]);
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Yann HOUDRIER > Rémi FOSSARD', 'Lionel DARTOIS > Anaïs CORVELLE']);
    expect(errorCodes(findings)).toContain('PROXY_GIVER_PRESENT');
  });
});

describe('a status table whose « Pv » rows point to the holder in the observation cell', () => {
  const doc = text([
    'Conseil municipal – Séance du jeudi 12 juin 2025',
    'Présents : 6 – Pouvoirs : 2 – Votants : 8',
    '',
    'Le conseil municipal s’est réuni sous la présidence de Mme Odile VERNHET, Maire.',
    '',
    'Tableau de présence (P : présent – E : excusé – A : absent – Pv : pouvoir donné, suivi du mandataire)',
    'Conseiller\tStatut\tObservation',
    'VERNHET O.\tP\tMaire',
    'BOUSQUIÉ L.\tP',
    'CALMELS-ROUX T.\tPv\t→ VERNHET O.',
    'DALMAYRAC F.\tP\t1re adjointe',
    'ESTAMPE G.\tE',
    'FOURCADE N.\tP',
    'GINESTOU P.\tPv\t→ FOURCADE N.',
    'HUGONENC R.\tA',
    'ISSALY M.\tP\tsecrétaire de séance',
    'JOUVAL B.\tP',
    '',
    'OBJET : Réfection du mur du cimetière',
    'Le conseil municipal, après en avoir délibéré, à l’unanimité, approuve le devis.',
  ]);

  it('reads each « Pv » row as a proxy to the name after the arrow, not as an absence', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['CALMELS-ROUX T. > VERNHET O.', 'GINESTOU P. > FOURCADE N.']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['ESTAMPE G.', 'HUGONENC R.']);
    expect(summary.present_names).toHaveLength(6);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a feuille de présence with a substitutes’ column and an observations column', () => {
  const doc = text([
    'Réunion du comité syndical du mercredi 5 mars 2003',
    'Délégués en exercice : 6 – Présents : 5 – Représentés : 1 – Votants : 6',
    'Le comité s’est réuni sous la présidence de M. Jean LAVAYSSE, Président.',
    'La présence des délégués est relevée sur la feuille jointe ci-après.',
    '',
    'OBJET : Travaux d’éclairage public',
    'Le comité, après en avoir délibéré, à l’unanimité, approuve le programme.',
    '',
    'FEUILLE DE PRÉSENCE – COMITÉ DU 05/03/2003',
    '| Commune | Délégué titulaire | Délégué suppléant | Présent | Observations |',
    '|---|---|---|---|---|',
    '| Montclar-Haut | LAVAYSSE Jean | CROZES Alain | X | Président |',
    '| Ventenac | BRUGIDOU Marie | SALLES Henri | X | |',
    '| Cuxac-le-Bas | TROUILLET Paul | RAYNAUD Lucie | X (suppléante) | titulaire excusé |',
    '| Pézilla | MARCOU Anne | FABRE Louis | X | |',
    '| Ornaisons | CAUMETTE Guy | PUJOL René | | excusé – pouvoir à M. LAVAYSSE Jean |',
    '| Escales | ALBERT Rose | DURAND Marc | X | secrétaire |',
  ]);

  it('reads the substitute who sat, and the excused giver of an observation’s proxy', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['LAVAYSSE Jean', 'BRUGIDOU Marie', 'RAYNAUD Lucie', 'MARCOU Anne', 'ALBERT Rose']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['CAUMETTE Guy > LAVAYSSE Jean']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['CAUMETTE Guy', 'TROUILLET Paul']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('holders marked « (*1) » in the present list, the mandates explained under it', () => {
  const doc = text([
    'Comité syndical du 15 mai 2018 – Extrait du registre des délibérations',
    'Délégués en exercice : 9 – présents ou suppléés : 6 – mandats : 2 – votants : 8',
    '',
    'Le comité syndical s’est réuni sous la présidence de M. Armand VIGUIER, Président.',
    '',
    'Étaient présents ou suppléés :',
    'Pour la CC du Lévezou : M. Armand VIGUIER (*1), Mme Berthe COSTY, M. Denis ROUALDÈS (par Mme Alice MOLINIÉ, suppléante).',
    'Pour la CC des Causses : Mme Flora BENAZECH, M. Gaston TRUEL (*2), Mme Inès AZÉMAR.',
    '(*1) a reçu mandat de M. Joseph CAMBON ; (*2) a reçu mandat de Mme Karine SOLIÉ.',
    '',
    'Excusé : M. Luc MARTY.',
    '',
    'OBJET : Adhésion au groupement de commandes',
    'Après en avoir délibéré, le comité syndical, à l’unanimité, approuve l’adhésion.',
  ]);

  it('reads each mandate for the member carrying its mark, and the substitute in the titulaire’s seat', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Joseph CAMBON > Armand VIGUIER', 'Karine SOLIÉ > Gaston TRUEL']);
    expect(summary.present_names).toEqual(['Armand VIGUIER', 'Berthe COSTY', 'Alice MOLINIÉ', 'Flora BENAZECH', 'Gaston TRUEL', 'Inès AZÉMAR']);
    expect(summary.absent_names).toEqual(['Luc MARTY']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a register’s renvois: « (1) a donné pouvoir écrit de voter en son nom à M. X »', () => {
  const doc = text([
    '                    Séance du 3 mars 1984',
    'Nombre de membres en exercice : 9',
    '       présents : 6',
    '       qui ont pris part à la délibération : 8',
    '',
    'L’an mil neuf cent quatre-vingt-quatre et le trois mars, le Conseil Municipal s’est réuni sous la présidence de M. TOULET Émile, Maire.',
    '',
    'Présents : MM. TOULET, BARRÈRE, CASSAGNE, DUFFAU, Mmes LACOSTE, PÉRÈS.',
    'Absents excusés : MM. SENTOU (1), ABADIE, Mme LOUSTAU (2).',
    'M. DUFFAU a été nommé secrétaire.',
    '',
    'Objet : Chemin rural de la Bourdette',
    'Le Conseil Municipal, après en avoir délibéré, adopte à l’unanimité le projet.',
    '',
    'Renvois : (1) a donné pouvoir écrit de voter en son nom à M. ABADIE',
    '          (2) a donné pouvoir écrit de voter en son nom à M. TOULET',
  ]);

  it('reads each proxy for the marked name, one held by an absent member reported', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['SENTOU > ABADIE', 'LOUSTAU > TOULET']);
    expect(errorCodes(findings)).toContain('PROXY_HOLDER_ABSENT');
  });
});

describe('proxies declared after the present in the president’s quorum sentence', () => {
  const doc = text([
    'Réunion du Conseil départemental du lundi 13 mai 2024',
    'Nombre de conseillers départementaux en exercice : 10.',
    '',
    'La séance est ouverte sous la présidence de M. Paul ROUQUET, Président.',
    '',
    'Sont présents : M. ROUQUET Paul, Mme ALIBERT Rose, M. BOYER Jean, Mme CAYROU Lise, M. DAURES Marc, Mme ESPINASSE Anne, M. FABRE Louis.',
    '',
    'Ont donné délégation de vote :',
    'M. GARRIC Henri à M. BOYER Jean, Mme HUC Claire à Mme ALIBERT Rose.',
    '',
    'Absent excusé : M. ISSALY Pierre.',
    '',
    'M. le Président. – Le quorum étant atteint, avec 7 conseillers présents et 2 délégations, soit 9 votants, la séance peut se tenir.',
    '',
    'Rapport n° 1 – Voirie départementale',
    'Le Conseil départemental, après en avoir délibéré, à l’unanimité, adopte le rapport.',
  ]);

  it('reads the délégations as the proxies declared', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present).toBe(7);
    expect(summary.proxies).toBe(2);
    expect(summary.voters).toBe(9);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a present list by commune, the commune’s cell then its delegates surname first after a TAB', () => {
  const doc = text([
    'Séance du jeudi 9 mars 2017',
    'Délégués en exercice : 7',
    'Présents : 6',
    'Le Conseil communautaire s’est réuni sous la présidence de M. Jean AUSSEL, Président.',
    '',
    'Délégués présents :',
    'Commune\tDélégué(s)',
    'Vabrette-Haute\tAUSSEL Jean ; CAUSSE Hélène',
    'Les Pradals\tDELPAS Michel ; ESTRADE Josette',
    'Montredon\tFRAYSSE Paul',
    'La Salvetat-Basse\tGAYRAUD Nicole',
    '',
    'Délégué absent excusé : HUGONENC Pierre (Montredon).',
    '',
    'Objet : Budget annexe',
    'Le Conseil communautaire, après en avoir délibéré, à l’unanimité, adopte le budget.',
  ]);

  it('reads the delegates, not the communes', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['AUSSEL Jean', 'CAUSSE Hélène', 'DELPAS Michel', 'ESTRADE Josette', 'FRAYSSE Paul', 'GAYRAUD Nicole']);
    expect(summary.absent_names).toEqual(['HUGONENC Pierre']);
    expect(errorCodes(findings)).toEqual([]);
  });
});
