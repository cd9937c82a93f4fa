/**
 * Two readings a careful human makes and a literal parser does not: a comma
 * written one word too early in a "NOM Prénom" list, and the member asked to
 * call the roll acting as secretary when none is named. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';
import { analyseText } from '../helpers/analyse-text.ts';

describe('a comma one word too early in a NOM Prénom list', () => {
  it('gives the given name back to the surname left alone before it', () => {
    const { summary } = analyseText(
      'Séance du 12 mars 2019\nPrésents : BARRAU Julien, CASTEL Odile, DUPRAT Anne, FAURE-LASSERRE Marc, GOMEZ Inès\nAbsents : HERVIEU Paul, LAMY-ROCHE, Sophie MORIN Denis Secrétaire de séance : CASTEL Odile',
    );
    expect(summary.absent_names).toEqual(['HERVIEU Paul', 'LAMY-ROCHE Sophie', 'MORIN Denis']);
  });

  it('leaves a list of surnames alone and Prénom NOM lists untouched', () => {
    const a = analyseText('Séance du 12 mars 2019\nPrésents : MM. BARRAU, CASTEL, DUPRAT, Mmes FAURE et GOMEZ.\nAbsents : HERVIEU, LAMY, MORIN.');
    expect(a.summary.absent_names).toEqual(['HERVIEU', 'LAMY', 'MORIN']);
    const b = analyseText('Séance du 12 mars 2019\nPrésents : Julien BARRAU, Odile CASTEL, Anne DUPRAT, Marc FAURE.\nAbsents : Paul HERVIEU, Sophie LAMY.');
    expect(b.summary.absent_names).toEqual(['Paul HERVIEU', 'Sophie LAMY']);
  });
});

describe('the roll caller as secretary', () => {
  it('is the secretary when no secretary is named', () => {
    const p = parseText(
      "Réunion du 14 octobre 2016\nMonsieur le Président ouvre la séance à 10 heures et demande à Madame Chloé VERNET de procéder à l'appel nominatif.\nNombre de membres en exercice : 5\nÉtaient présents : Paul AUBIN, Lise BRUN, Marc COLIN, Chloé VERNET, Anne DUVAL.",
    );
    expect(p.session.secretary?.name).toBe('Chloé VERNET');
  });

  it('does not override a secretary named as such, nor make the president who calls the roll a secretary', () => {
    const named = parseText(
      "Réunion du 14 octobre 2016\nMonsieur le Président demande à Madame Chloé VERNET de procéder à l'appel.\nPrésents : Paul AUBIN, Lise BRUN, Chloé VERNET.\nSecrétaire de séance : Lise BRUN.",
    );
    expect(named.session.secretary?.name).toBe('Lise BRUN');
    const mayor = parseText("Séance du 14 octobre 2016\nMonsieur le Maire procède à l'appel.\nPrésents : Paul AUBIN, Lise BRUN, Chloé VERNET.");
    expect(mayor.session.secretary).toBeNull();
  });
});
