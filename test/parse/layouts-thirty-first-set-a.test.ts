/**
 * Layouts the two-hundred-and-thirty-fifth invented corpus (remote and hybrid sessions) found missing. Every case is
 * written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

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
