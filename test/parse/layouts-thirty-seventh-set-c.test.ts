/**
 * Layouts the two-hundred-and-eighty-third invented corpus found missing (OCR of typed registers, scans and phone photos).
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a "NOM Prénom" comma list wrapped between a surname holding an OCR letter and its given name', () => {
  const doc = text([
    'COMMUNE DE BRASSAGUET-SUR-OUZE',
    'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    'Seance du mardi 14 octobre 1986',
    'En exercice : 11  |  Presents : 9  |  Votants : 9',
    '',
    'Etaient presents : MM. MAZARS Henri, COUDERC Paul, Mme BONNAFOUS Lucette, MM. FABRlER',
    'Gaston, PLANTADE Louis, VIGUlE Marcel, Mme ROQUES Berthe, MM. SALGUES Rene,',
    'TRlNQUIER Jean.',
    'Absents excuses : MM. CALVET Andre, GINESTE Paul.',
    '',
    'OBJET : Voirie communale',
    'Le Conseil Municipal, apres en avoir delibere, approuve le programme.',
    'Adopte a l\'unanimite.',
  ]);

  it('reads the given name with its surname and the names after it', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['MAZARS Henri', 'COUDERC Paul', 'BONNAFOUS Lucette', 'FABRlER Gaston', 'PLANTADE Louis', 'VIGUlE Marcel', 'ROQUES Berthe', 'SALGUES Rene', 'TRlNQUIER Jean']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a stamp over one line of a bulleted list, its marks holding a doubled bracket', () => {
  const doc = text([
    'SIVU SCOLAIRE DES DEUX-RIVES',
    'EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL',
    'Seance du mardi 9 juin 2009',
    'Nombre de delegues en exercice : 6',
    'Presents : 5          Votants : 5',
    '',
    'Etaient presents :',
    '- CAZALS Mireille (Aubrac-Haut)',
    '- DELMAS Herve (Aubrac-Haut)',
    "- ~' |: ((  PREFECTURE ;.) ,, (Salvagnac)",
    '- FOISSAC Odile (Cayrol)',
    '- GRIMAL Pierre (Cayrol)',
    '',
    'Excuse : M. BOUSQUET Alain (Salvagnac)',
    'Secretaire de seance : Mme CAZALS Mireille',
    '',
    'OBJET : TARIFS DE LA CANTINE 2009-2010',
    'Le Comite syndical, apres en avoir delibere, fixe le prix du repas a 2,80 €.',
    'Adopte a l\'unanimite (5 voix).',
  ]);

  it('reads the names after the stamp, the excused member, the subject and the vote', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['CAZALS Mireille', 'DELMAS Herve', 'FOISSAC Odile', 'GRIMAL Pierre']);
    expect(summary.absent_names).toEqual(['BOUSQUET Alain']);
    expect(summary.subject).toMatch(/^TARIFS DE LA CANTINE/);
    expect(summary.votes).toEqual({ unanimous: true });
  });
});

describe('a stamp over one line of a bulleted list, its marks and words in brackets of their own', () => {
  const doc = text([
    'SIVU SCOLAIRE DU HAUT-LEVEZOU',
    'EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL',
    'Seance du jeudi 11 juin 2009',
    'Nombre de delegues en exercice : 6',
    'Presents : 5          Votants : 5',
    '',
    'Etaient presents :',
    '- ALBOUY Marthe (Vezins)',
    '- BRU Georges (Vezins)',
    "- ~'~ |: :( SOUS-PREFECTURE ;.) ,, (Segur)",
    '- CAYLA Josette (Segur)',
    '- DALMAYRAC Jean (Prades)',
    '',
    'Excusee : Mme ESCALIER Rose (Prades)',
    '',
    'OBJET : TRANSPORT SCOLAIRE',
    'Le Comite syndical, apres en avoir delibere, approuve la convention.',
    'Adopte a l\'unanimite (5 voix).',
  ]);

  it('reads the names after the stamp, its marks no entry', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ALBOUY Marthe', 'BRU Georges', 'CAYLA Josette', 'DALMAYRAC Jean']);
  });
});

describe('a framed typed register page, a margin count box beside the opening sentence', () => {
  const doc = text([
    '|   DEPARTEMENT DU TARN',
    '|   COMMUNE DE LACAPELLE-SUR-DADOU',
    '|',
    '|   EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    '|',
    '|   Nombre de conseillers            L\'an mil neuf cent soixante-quatre et le',
    '|   en exercice : 11                 mardi quatorze avril a vingt heures,',
    '|   presents : 9                     le Conseil Municipal de cette commune,',
    '|   votants : 9                      regulierement convoque le neuf avril,',
    '|                                    s\'est reuni au nombre prescrit par la loi',
    '|                                    dans le lieu habituel de ses seances,',
    '|   sous la presidence de M. ALIBERT Jules, Maire.',
    '|',
    '|   Etaient presents : MM. ALIBERT, BOSC, CAMBON, DOUZIECH, ESQUIEU, FRAYSSE,',
    '|   GALTIER, HUC, ISSALY.',
    '|   Absents excuses : MM. JULIEN, LAGARRIGUE.',
    '|   M. BOSC a ete designe secretaire.',
    '|',
    '|   OBJET : Electrification du hameau de la Borie.',
    '|   Le Conseil Municipal, apres en avoir delibere, approuve le projet.',
  ]);

  it('reads the session date and the convocation from the sentence beside the box', () => {
    const { summary } = analyseText(doc);
    expect(summary.session_date).toBe('1964-04-14');
    expect(summary.convocation_date).toBe('1964-04-09');
    expect(summary.members_in_office).toBe(11);
    expect(summary.present).toBe(9);
  });
});

describe('a margin count box of OCR digits and dotted leaders, the opening sentence running on under it', () => {
  const doc = text([
    'COMMUNE DE PUYCELSI-LE-VIEUX',
    '',
    'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    '',
    'Nombre de membres                L\'an mil neuf cent soixante-trois et le',
    'en exercice : l1                 jeudi vingt et un mars a vingt heures,',
    'presents .. : 1O                 le Conseil Municipal de cette commune,',
    'votants ... : 1O                 regulierement convoque le seize mars,',
    '                                 s\'est reuni au nombre prescrit par la loi',
    'dans le lieu habituel de ses seances, sous la presidence de M. ROUQUETTE',
    'Gabriel, Maire.',
    '',
    'Etaient presents : MM. ROUQUETTE, ALQUIER, BARDOU, CROS, DURAND, ENJALBERT,',
    'FAGES, GOUTS, HEBRARD, IZARD.',
    'Absent excuse : M. JOULIA.',
    '',
    'OBJET : Reparation du lavoir.',
    'Le Conseil Municipal, apres en avoir delibere, approuve le devis.',
  ]);

  it('reads the session date and the convocation from the sentence beside the box', () => {
    const { summary } = analyseText(doc);
    expect(summary.session_date).toBe('1963-03-21');
    expect(summary.convocation_date).toBe('1963-03-16');
  });
});

describe('"MIle" (Mademoiselle\'s l read as a capital I) in a typed list of civilities and surnames', () => {
  const doc = text([
    'VILLE DE SAINT-AFFRIQUE-LES-CAUSSES',
    'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    'Seance du vendredi 14 mars 1975',
    'Nombre de conseillers : en exercice : 9 - presents : 8 - votants : 8',
    '',
    'Etaient presents : M. ROBERT, Maire ; MM. SOULIE, VIALA, Adjoints ; MM. ARNAL, BOUDES,',
    'MIle CARRIERE, MM. DELTOUR, Mme ESPINASSE.',
    'Absent excuse : M. FABRE.',
    'MIle CARRIERE a ete designee pour remplir les fonctions de secretaire.',
    '',
    'OBJET : Eclairage public',
    'Le Conseil Municipal, apres en avoir delibere, approuve le devis.',
  ]);

  it('reads the civility apart from the surname, in the list and as the secretary', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ROBERT', 'SOULIE', 'VIALA', 'ARNAL', 'BOUDES', 'CARRIERE', 'DELTOUR', 'ESPINASSE']);
    expect(summary.secretary).toBe('CARRIERE');
  });
});

describe('a two-column list of "NOM Prénom" whose column gap a photo lost, proxies written "Prénom NOM" below', () => {
  const doc = text([
    'MAIRIE DE SAINT-JEAN-DE-LAVERNHE',
    'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU MARDI 4 FÉVRIER 2025',
    'Convocation adressée le 28 janvier 2025.',
    'En exercice : 11 — Présents : 8 — Pouvoirs : 2 — Votants : 10',
    'Étaient présents :',
    'AUSSEL Bernard BRUNEL Odile',
    'CAUSSE Henri DELMAS Justine',
    'ESPIÉ Laurent FOURNIÉ Agathe',
    'GAUBERT Yves HUGONENC Rose',
    'Pouvoirs : Mme Lucie IMBERT à M. Bernard AUSSEL ; M. Kevin JAOUL à Mme Odile BRUNEL.',
    'Absente : Mme Noémie LACOMBE.',
    'Secrétaire de séance : Mme Justine DELMAS.',
    '',
    '1. Travaux de voirie',
    'Le Conseil municipal, après en avoir délibéré, approuve le programme.',
    'Pour : 10 – Contre : 0 – Abstention : 0',
  ]);

  it('reads two members a line, surname first, and the proxies given first', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['AUSSEL Bernard', 'BRUNEL Odile', 'CAUSSE Henri', 'DELMAS Justine', 'ESPIÉ Laurent', 'FOURNIÉ Agathe', 'GAUBERT Yves', 'HUGONENC Rose']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Lucie IMBERT > Bernard AUSSEL', 'Kevin JAOUL > Odile BRUNEL']);
    expect(errorCodes(findings)).toEqual([]);
  });
});
