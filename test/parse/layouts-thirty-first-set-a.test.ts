/**
 * Layouts the two-hundred-and-thirty-fifth invented corpus (remote and hybrid sessions) found missing. Every case is
 * written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('the chair in the mairie, then a label before the members attending by visioconference', () => {
  const doc = text([
    'COMMUNE DE SAINT-ORBAN-DU-LIZET',
    'SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 14 MAI 2020',
    '',
    'Nombre de conseillers en exercice : 11 — Présents : 5 — Représentés : 1 — Votants : 6',
    '',
    'Étaient présents : Monsieur Armand VIGUIER, Maire, en mairie ; et, participant par visioconférence : Madame Odile PRAT, première adjointe, Monsieur Basile RESSÉGUIER, Madame Lina TOURNEMIRE, Monsieur Félix ESTÈVE, conseillers municipaux.',
    '',
    'Représentée : Madame Hortense MAZARS (pouvoir à Madame Odile PRAT).',
    '',
    'Excusés : Monsieur Paul CAYLA, Madame Rosine DELMAS, Monsieur Yvon FOISSAC, Madame Inès GRIAL, Monsieur Noé HUC.',
    '',
    'Secrétaire de séance : Monsieur Basile RESSÉGUIER.',
    '',
    'Délibération n° 2020-14 – Tarifs de la cantine scolaire',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, fixe le prix du repas à 3,10 € à compter du 1er septembre 2020.',
  ]);

  it('reads every member present, the chair and those on the screen', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Armand VIGUIER', 'Odile PRAT', 'Basile RESSÉGUIER', 'Lina TOURNEMIRE', 'Félix ESTÈVE']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
    expect(errorCodes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
  });
});

describe('the room and remote lists under headings of their own lines, saying where the members sit', () => {
  const doc = text([
    'COMMUNE DE MONTBRUN-SUR-AUZON',
    'Séance du Conseil municipal du lundi 15 mars 2021',
    '',
    'Conseillers en exercice : onze ; présents : huit ; représentés : deux ; votants : dix.',
    '',
    'PRÉSENTS EN SALLE',
    'M. Gilles ARNAL, Maire',
    'Mme Claire BOUSQUET, 1re adjointe',
    'M. Denis CROS',
    'Mme Julie DURAND',
    'M. Éric ENJALBERT',
    '',
    'PRÉSENTS À DISTANCE (visioconférence)',
    'Mme Lucie FABRE',
    'M. Marc GUIRAUD',
    'Mme Rose HÉRAIL',
    '',
    'REPRÉSENTÉS',
    'M. Pierre ICHÉ, pouvoir à M. Gilles ARNAL',
    'Mme Anne JULIÀ, pouvoir à Mme Lucie FABRE',
    '',
    'ABSENT EXCUSÉ',
    'M. Louis LACAN',
    '',
    'Secrétaire de séance : M. Denis CROS',
    '',
    'DÉLIBÉRATION N° 2021-011 – LOCATION DE LA SALLE DES FÊTES',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, fixe la location de la salle des fêtes à 150 € par week-end.',
  ]);

  it('reads both lists of the present, the proxies and the excused', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Gilles ARNAL', 'Claire BOUSQUET', 'Denis CROS', 'Julie DURAND', 'Éric ENJALBERT', 'Lucie FABRE', 'Marc GUIRAUD', 'Rose HÉRAIL']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Pierre ICHÉ > Gilles ARNAL', 'Anne JULIÀ > Lucie FABRE']);
    expect(summary.absent_names).toEqual(['Louis LACAN']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('an attendance sheet whose state column says how each member present attends', () => {
  const doc = (gap: string) =>
    text([
      'COMMUNE DE ROQUEFORT-DES-AMANDIERS',
      'Conseil municipal du mardi 8 décembre 2020 – séance par visioconférence',
      '',
      '11 conseillers en exercice, 7 présents, 2 pouvoirs, 9 votants.',
      '',
      'Feuille de présence',
      `ALIBERT Jean${gap}en mairie (Maire)`,
      `BARTHE Nadine${gap}visioconférence`,
      `CAUSSE Pierre${gap}pouvoir à ALIBERT Jean`,
      `DELON Sylvie${gap}visioconférence`,
      `ESTRADE Marc${gap}excusé`,
      `FOULQUIER Anne${gap}visioconférence`,
      `GINESTE Paul${gap}par téléphone`,
      `HUGONNET Lise${gap}pouvoir à BARTHE Nadine`,
      `ICARD René${gap}visioconférence`,
      `JOUVE Claire${gap}excusée`,
      `LAPEYRE Yves${gap}visioconférence`,
      '',
      'Secrétaire de séance : DELON Sylvie',
      '',
      'Délibération n° 2020-41 – Loyer du logement de l’école',
      'Le Conseil municipal, après en avoir délibéré, à l’unanimité, fixe le loyer mensuel du logement de l’école à 420 €.',
    ]);

  for (const [label, gap] of [['TABs', '\t\t'], ['a run of spaces', '          ']] as const) {
    it(`reads the members present by their way of attending (${label})`, () => {
      const { summary, findings } = analyseText(doc(gap));
      expect(summary.present_names).toEqual(['ALIBERT Jean', 'BARTHE Nadine', 'DELON Sylvie', 'FOULQUIER Anne', 'GINESTE Paul', 'ICARD René', 'LAPEYRE Yves']);
      expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
    });
  }
});
