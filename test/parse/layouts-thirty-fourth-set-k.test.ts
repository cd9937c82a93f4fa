/**
 * Layouts the two-hundred-and-sixty-second invented corpus (a third draw like the real corpus) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a page published from its list of the present on, dated only by its running line at the foot', () => {
  const doc = text([
    'Présents',
    'Jos Wagner / Bourgmestre, Lis Feltes, Guy Krier / Échevins',
    'Marie Hilger, Claude Bintz, Sven Olinger / Conseillers',
    'Excusé(e)(s)',
    'Pit Lentz / Conseiller',
    '1. Règlement de circulation',
    'Le conseil communal approuve à l’unanimité le règlement de circulation temporaire adopté par le collège le 2 février 2022.',
    '2. Devis',
    'Le conseil communal approuve à l’unanimité le devis de 18 400,00 € pour la réfection du préau de l’école.',
    'Séance du 25 février 2022 – Commune de Weiler-sur-Sûre',
  ]);

  it('reads the session date from that line', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('2022-02-25');
    expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
  });
});

describe('a syndicat’s minutes titled by their first exposé, the minutes approved an earlier meeting’s', () => {
  const doc = (heading: string) =>
    text([
      'EXPOSE N 1 APPROBATION DU PROCES-VERBAL DU 14 NOVEMBRE 2016 - Mairie de Saint-Orens-du-Gers',
      'Transcription du contenu de la page',
      `SIAEP DES DEUX BAÏSES Réunion du 6 mars 2017 EXPOSE N°1 APPROBATION DU PROCES-VERBAL DU 14 NOVEMBRE 2016 ${heading} Sous la présidence de Monsieur TRUQUET Alain, Président, PRESENTS : Mme CAUBET Hélène, MM. DARROUY Serge, LAPORTE Gilles, TRUQUET Alain. ABSENTS - EXCUSES : M. SEMPÉ Louis. SECRETAIRE DE SEANCE : M. LAPORTE Gilles EXPOSE N°1 Le compte-rendu de la réunion du 14 novembre 2016 est approuvé à l’unanimité.`,
    ]);

  it('dates the session by its own heading, the same as the meeting of the exposé, without conflict', () => {
    const { summary, findings } = analyseText(doc('Réunion du lundi 6 mars 2017'));
    expect(summary.session_date).toBe('2017-03-06');
    expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('still reports two dates when the minutes given are headed with another date than the approved ones', () => {
    const { summary, findings } = analyseText(doc('Réunion du 7 novembre 2016'));
    expect(summary.session_date).toBeNull();
    expect(errorCodes(findings)).toContain('DATE_CONFLICT');
  });
});

describe('delegates grouped by their EPCI’s bare acronym, each group after the last commune in brackets without a full stop', () => {
  const doc = text([
    'SYNDICAT MIXTE DU BASSIN DE LA VIORNE',
    'Réunion du comité syndical du jeudi 9 septembre 2021 sous la présidence de Marc DELAUNAY, Président.',
    'Nombre de délégués titulaires en exercice : 30 Nombre de présents : (9) CCVA : Marc DELAUNAY (Bréval), Odile FERRAND et Paul GIRAUD (Saint-Cyr-sur-Viorne) CAPE : Luc HAMON (Orvilliers), Anne MARCHAL (Longnes) CCHV : Rémi NOËL (Tilly), Claire OZANNE et Denis PRÉVOST (Septeuil), Inès QUERE (Boissy).',
    'Secrétaire de séance : Luc HAMON',
    '1 – Approbation du procès-verbal de la réunion du 24 juin 2021',
    'Le procès-verbal est approuvé à l’unanimité.',
  ]);

  it('reads each delegate without the next group’s acronym', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Marc DELAUNAY', 'Odile FERRAND', 'Paul GIRAUD', 'Luc HAMON', 'Anne MARCHAL', 'Rémi NOËL', 'Claire OZANNE', 'Denis PRÉVOST', 'Inès QUERE']);
  });
});
