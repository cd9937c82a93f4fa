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

describe('where an item starts', () => {
  it('a numbered title under a proxy list opens the first item', () => {
    const p = parseText(
      'Séance du 8 octobre 2021\nPrésents : Paul AUBIN, Lise BRUN, Marc COLIN.\nOnt donné procuration :\n- Anne DUVAL à Paul AUBIN\n- Yves HAMON à Lise BRUN\n1. Plan Climat 2.0\nSuite à la présentation du projet, le conseil approuve à l’unanimité le plan.',
    );
    expect(p.deliberations[0]).toMatchObject({ number: '1', subject: 'Plan Climat 2.0' });
    expect(p.session.attendance.proxies).toHaveLength(2);
  });

  it('a bare code or "Délibération 1/2018" takes its title from the next line in capitals or ending with a colon', () => {
    const caps = parseText('Séance du 6 mars 2018\nPrésents : Paul AUBIN, Lise BRUN.\n\nDélibération 1/2018\n\nCOMPTE ADMINISTRATIF\n\nLe conseil municipal approuve le compte administratif 2017.');
    expect(caps.deliberations[0]).toMatchObject({ number: '1/2018', subject: 'COMPTE ADMINISTRATIF' });
    const colon = parseText('Séance du 1er juin 2009\nPrésents : Paul AUBIN, Lise BRUN.\n176-06-09\nAdoption de l’ordre du jour :\nIl est unanimement résolu d’adopter l’ordre du jour.');
    expect(colon.deliberations[0]).toMatchObject({ number: '176-06-09', subject: 'Adoption de l’ordre du jour' });
    const prose = parseText('Séance du 1er juin 2009\nPrésents : Paul AUBIN, Lise BRUN.\n176-06-09\nIl est unanimement résolu d’adopter l’ordre du jour.');
    expect(prose.deliberations[0]!.subject).toBeNull();
  });

  it('"N° 2023-041 – Title", "DEL 2021-09-112 : Title" and "Délib. n° 12 - Title" open items', () => {
    const p = parseText(
      'Séance du 3 juillet 2023\nPrésents : Paul AUBIN, Lise BRUN.\n\nN° 2023-041 – Tarifs de la cantine scolaire\nAdopté à l’unanimité.\n\nDEL 2023-042 : Fonds de concours à la commune voisine\nAdopté à l’unanimité.\n\nDélib. n° 12 - Budget annexe\nAdopté à l’unanimité.',
    );
    expect(p.deliberations.map((d) => [d.number, d.subject])).toEqual([
      ['2023-041', 'Tarifs de la cantine scolaire'],
      ['2023-042', 'Fonds de concours à la commune voisine'],
      ['12', 'Budget annexe'],
    ]);
  });

  it('a code then a title in capitals opens an item; a "Rapporteur :" line is not the title under OBJET', () => {
    const a = parseText('Séance du 9 mars 2023\nPrésents : Paul AUBIN, Lise BRUN.\n\n2023-15 SUBVENTIONS AUX ASSOCIATIONS 2023\nLe conseil décide à l’unanimité d’attribuer 1 500 €.');
    expect(a.deliberations[0]).toMatchObject({ number: '2023-15', subject: 'SUBVENTIONS AUX ASSOCIATIONS 2023' });
    const b = parseText('Séance du 16 novembre 2023\nPrésents : Paul AUBIN, Lise BRUN.\n\nDÉLIBÉRATION N° 2023/112\nOBJET : RÉVISION DES TARIFS DU STATIONNEMENT\n\nRapporteur : M. Paul AUBIN\n\nLe Conseil Municipal approuve à l’unanimité.');
    expect(b.deliberations[0]).toMatchObject({ number: '2023/112', subject: 'RÉVISION DES TARIFS DU STATIONNEMENT' });
  });
});
