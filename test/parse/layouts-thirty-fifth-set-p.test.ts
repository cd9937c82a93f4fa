/**
 * Layouts the documents held out in `fixtures/corpus-pending` (two-column pages, tables by commune, text layers of PDFs)
 * were still read wrong on. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('two columns of « Commune : M. X » entries read line by line', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU DE MONTCLAR',
    'Réunion du mardi 14 mars 2023',
    'Date de convocation : 7 mars 2023',
    'Membres en exercice : 8',
    'Présents : 6',
    'Votants : 6',
    '',
    'DÉLÉGUÉS PRÉSENTS',
    'Montclar : M. Henri BALSAN, Président      Les Cazes-Basses : Mme Irène COUFFIGNAL',
    'Montclar : Mme Odette VIGUIER              Les Cazes-Basses : M. Robert FABRIÈS',
    'Saint-Just-le-Haut : M. Yvan TERRISSE      Verdalle-du-Causse : M. Gilles SOLIÉ',
    '',
    'Excusés : M. Paul ALARY (Verdalle-du-Causse), Mme Rose BOUSQUET (Saint-Just-le-Haut).',
    'Secrétaire de séance : Mme Odette VIGUIER.',
    '',
    'OBJET : Tarifs de l’eau',
    'Adopté à l’unanimité des votants.',
  ]);

  it('keeps the left cell’s member after a civility’s stop: its name and the right cell’s commune are no label', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toContain('Yvan TERRISSE');
    expect(summary.present_names).toHaveLength(6);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('the staff’s heading glued to its first name by a PDF’s text layer', () => {
  const doc = text([
    'SYNDICAT MIXTE DU BASSIN DE LA SORGUETTE',
    'Compte rendu de la séance du 6 décembre 2018',
    'Date de convocation : 28 novembre 2018',
    'Délégués en exercice : 6 – Présents : 4 – Pouvoirs : 1 – Votants : 5',
    'PRÉSENTSM. Jean ALBOUY (CC Sorguette)',
    'Mme Claire BENOÎT (CC Sorguette)',
    'M. Marc CASTAN (CC des Monts)',
    'Mme Rose DALMAS (Département)',
    'POUVOIRSM. Luc ESCANDE à M. Jean ALBOUY',
    'EXCUSÉSMme Anne FABRE',
    'ASSISTAIENT ÉGALEMENTMme Julie GAUBERT, technicienne de rivière',
    'SECRÉTAIRE DE SÉANCEMme Claire BENOÎT',
    'CS2018-30 – BUDGET',
    'Le Comité syndical, à l’unanimité des votants, APPROUVE le budget.',
  ]);

  it('reads the staff apart: no one more excused member, no false alarm', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.absent_names).toEqual(['Anne FABRE']);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('proxies in two columns, each pair over two lines', () => {
  const doc = text([
    'COMMUNE DE SAINT-AUBIN-DES-COMBES',
    'Procès-verbal de la séance du mardi 8 mars 2022',
    'Conseillers en exercice : 15 – Présents : 10 – Procurations : 3 – Votants : 13',
    'Date de la convocation : 2 mars 2022',
    '',
    'PRÉSENTS :',
    'Mme Anne ROUQUETTE, Maire              M. Paul BERTRAND',
    'M. Louis CAMBOU                        Mme Julie DELMAS',
    'Mme Rose ESCANDE                       M. Marc FABRE',
    'M. Jean GALTIER                        Mme Lise HUGON',
    'M. Henri ISSALY                        Mme Marie JULIEN',
    '',
    'PROCURATIONS :',
    'M. Pierre LACOMBE                      Mme Odile MARTY',
    'à Mme Anne ROUQUETTE                   à M. Louis CAMBOU',
    'M. Yves NAYRAC',
    'à Mme Rose ESCANDE',
    '',
    'ABSENTS : M. Guy PAGÈS, Mme Lucie RIGAL.',
    'Secrétaire de séance : Mme Julie DELMAS.',
    '',
    '1 – Compte de gestion 2021',
    'Le Conseil municipal, à l’unanimité des 13 votants, APPROUVE le compte de gestion.',
  ]);

  it('reads each column down, giver over holder', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.proxies_list).toEqual(
      expect.arrayContaining([
        { from: 'Pierre LACOMBE', to: 'Anne ROUQUETTE' },
        { from: 'Odile MARTY', to: 'Louis CAMBOU' },
        { from: 'Yves NAYRAC', to: 'Rose ESCANDE' },
      ]),
    );
    expect(summary.proxies_list).toHaveLength(3);
    expect(errorCodes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
    expect(errorCodes(findings)).not.toContain('PROXY_COUNT_MISMATCH');
  });
});

describe('the right column’s heading one line lower, beside the present list’s first entry', () => {
  const doc = text([
    'VILLE DE MARQUEVILLE-SUR-LYS',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du mercredi 9 octobre 2024',
    'En exercice : 15       Présents : 11       Votants : 13',
    'Date de convocation : 2 octobre 2024',
    '',
    'ÉTAIENT PRÉSENTS :',
    '   M. Paul ARNOULD, Maire                   EXCUSÉS AYANT DONNÉ POUVOIR :',
    '   Mme Lise BACQUET, 1re adjointe           Mme Rose CARPENTIER à M. Paul',
    '   M. Marc DEBUIRE, 2e adjoint                ARNOULD',
    '   Mme Anne ESTIENNE, 3e adjointe           M. Yves FLAMENT à Mme Lise BACQUET',
    '   M. Jean GODART',
    '   Mme Julie HENNEBELLE                     ABSENTS :',
    '   M. Louis IDZIAK                          M. Guy JOVENIAUX',
    '   Mme Odile LEFEBVRE                       Mme Lucie MAES',
    '   M. Henri NOYELLE',
    '   Mme Claire OBERT                         SECRÉTAIRE DE SÉANCE :',
    '   M. Pierre PLATEL                         Mme Odile LEFEBVRE',
    '',
    'Délibération n° 2024-050',
    'Objet : Tarifs de la cantine',
    'Le Conseil municipal, à l’unanimité, ADOPTE les tarifs.',
  ]);

  it('reads each list in its own column', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(11);
    expect(summary.present_names).toContain('Paul ARNOULD');
    expect(summary.present_names).not.toContain('Guy JOVENIAUX');
    expect(summary.absent_names).toEqual(['Guy JOVENIAUX', 'Lucie MAES']);
    expect(summary.proxies_list).toEqual([
      { from: 'Rose CARPENTIER', to: 'Paul ARNOULD' },
      { from: 'Yves FLAMENT', to: 'Lise BACQUET' },
    ]);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});
