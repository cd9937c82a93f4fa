/**
 * Layouts the eighty-first and eighty-second invented corpora (fixtures/corpus
 * 8101–8220: a sixth draw of real families; acts as the e-administration
 * chain prints them) found missing. Every case is written anew here (invented
 * names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

describe('a sixth draw of real families', () => {
  it('Luxembourg: « les membres ci-après ont chargé un autre conseiller de voter en leur nom : »', () => {
    const { summary, findings } = analyseText(
      [
        'Présents',
        'Marc Goedert / Bourgmestre, Nathalie Origer, Raoul Steffen / Échevins',
        'Claude Majerus, Sven Lentz, Paulo Matos / Conseillers',
        'Yves Feller / Secrétaire communal',
        'Excusé(e)(s)',
        'Romain Thill / Conseiller, Michèle Wagner / Conseillère',
        'Sur base de la loi modifiée du 24 juin 2020, les membres ci-après ont chargé un autre conseiller de voter en leur nom :',
        '- Romain Thill / Conseiller à Raoul Steffen / Échevin',
        '1. Convention « Maison relais » 2021',
        'Le Conseil communal a approuvé avec 6 voix pour et 1 voix contre (Paulo Matos) la convention.',
      ].join('\n'),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Romain Thill > Raoul Steffen']);
    expect(codes(findings)).toEqual([]);
  });

  it('the roll-caller named in the passive acts as secretary', () => {
    const { summary } = analyseText(
      [
        'CONSEIL GÉNÉRAL DE LA VALDAURE – Réunion du 25 juin 2012',
        '',
        'L’assemblée départementale s’est réunie en séance publique le 25 juin 2012, sous la présidence de Monsieur Bernard ROUSSEL, Président du Conseil Général. La séance est ouverte à 10 heures 15 ; Monsieur Kévin MAZET, benjamin de l’assemblée, est invité à procéder à l’appel nominal.',
        'Nombre de membres en exercice : 42',
      ].join('\n'),
    );
    expect(summary.secretary).toBe('Kévin MAZET');
  });
});

describe('acts as the e-administration chain prints them', () => {
  it('a stamp line glued together: the year runs into the next word and is read whole', () => {
    const { summary, findings } = analyseText(
      [
        'Envoyé en préfecture le 11/02/2026Reçu en préfecture le 11/02/2026Publié le 12/02/2026ID : 058-215801437-20260209-2026_006-DE',
        'COMMUNE DE MARCY-LES-ORMES',
        'Séance du conseil municipal du lundi 9 février 2026',
        'Convocation envoyée le 03/02/2026',
        'Membres en exercice : 11 – Présents : 11 – Votants : 11',
      ].join('\n'),
    );
    expect(summary.session_date).toBe('2026-02-09');
    expect(codes(findings)).toEqual([]);
  });

  it('a roll call naming the votes against and the abstentions, then the whole result', () => {
    const { summary, findings } = analyseText(
      [
        'SMICTOM DE LA BASSE-GIMONE – Comité syndical du 4 avril 2023',
        'Délégués en exercice : 30 – Présents : 27 – Pouvoirs : 3 – Votants : 30',
        '',
        'OBJET : Grille tarifaire 2023 de la redevance incitative',
        'Plusieurs délégués participant à distance, il est procédé au vote par appel nominal.',
        'Ont voté contre (3) : GAILLARD Christiane, VIGUIÉ Paul, PUNTIS Claire.',
        'Se sont abstenus (2) : BOURDAIS Henri, LAGARDE Annie.',
        '',
        'Votants : 30 – Pour : 24 – Contre : 3 – Abstentions : 2',
      ].join('\n'),
    );
    expect(summary.votes).toMatchObject({ for: 24, against: 3, abstain: 2 });
    expect(codes(findings)).toContain('TALLY_MISMATCH');
  });

  it('a relevé de décisions aligned with spaces: each row’s vote read in its « Décision » column', () => {
    const { parsed } = analyseText(
      [
        'LISTE DES DÉLIBÉRATIONS EXAMINÉES EN SÉANCE',
        'Conseil municipal du mardi 27 juin 2023',
        '',
        'N°        Objet                                                   Décision',
        '2023-024  Tarifs de la restauration scolaire 2023-2024 :          Adoptée',
        '          repas enfant 3,45 €, repas adulte 5,20 €                Pour 11 – Contre 0 – Abstention 1',
        '2023-025  Subvention exceptionnelle au comité des fêtes           Adoptée à l’unanimité',
        '2023-026  Rapport annuel sur le prix et la qualité du service     Prend acte',
      ].join('\n'),
    );
    expect(parsed.deliberations.map((d) => d.vote && { for: d.vote.for, against: d.vote.against, abstain: d.vote.abstain, unanimous: d.vote.unanimous })).toEqual([
      { for: 11, against: 0, abstain: 1, unanimous: false },
      { for: null, against: null, abstain: null, unanimous: true },
      null,
    ]);
  });
});
