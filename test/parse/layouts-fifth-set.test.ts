/**
 * Layouts the fifth invented corpus (fixtures/corpus 501–530) found
 * missing. Every case is written anew here (invented names).
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';
import { analyseText } from '../helpers/analyse-text.ts';

describe('attendance', () => {
  it('"X et Y à Z": both gave their proxy to Z', () => {
    const { summary } = analyseText(
      'Séance du 5 mars 2024\nPrésents : M. Paul AUBIN, Mme Lise BRUN, M. Marc COLIN.\nPouvoirs : M. Jean ESTÈVE et Mme Rose FAURE à M. Paul AUBIN ; M. Yves HAMON à Mme Lise BRUN.\nAbsents : néant.',
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Jean ESTÈVE', to: 'Paul AUBIN' },
      { from: 'Rose FAURE', to: 'Paul AUBIN' },
      { from: 'Yves HAMON', to: 'Lise BRUN' },
    ]);
  });

  it('"Absente à l’ouverture de la séance :" lists an absent member', () => {
    const { summary } = analyseText(
      'Séance du 5 mars 2024\nPrésents : M. Paul AUBIN, Mme Lise BRUN, M. Marc COLIN.\nAbsente à l’ouverture de la séance : Mme Nina JOLY (arrivée à 19 h 10, à partir du point 3).\nSecrétaire de séance : Mme Lise BRUN.',
    );
    expect(summary.absent_names).toEqual(['Nina JOLY']);
  });

  it('Québec: "Sont présents les conseillers …, formant quorum sous la présidence du maire, M. X"', () => {
    const { summary } = analyseText(
      'Séance ordinaire tenue le lundi 5 février 2024, à 19 h 30.\n\nSont présents les conseillers Mme Anne Tremblay, M. Luc Gagnon,\nM. Marc Roy et Mme Julie Côté, formant quorum sous la\nprésidence du maire, M. Paul Lavoie.\n\nEst absent : M. le conseiller Yves Morin.',
    );
    expect(summary.present_names).toEqual(['Anne Tremblay', 'Luc Gagnon', 'Marc Roy', 'Julie Côté', 'Paul Lavoie']);
    expect(summary.president).toBe('Paul Lavoie');
    expect(summary.absent_names).toEqual(['Yves Morin']);
  });

  it('a Flemish "t\'" particle in a name, and "Étaient représentés :"', () => {
    const { summary } = analyseText(
      'Séance du 15 février 2024\nPrésents : M. Paul AUBIN, Bourgmestre-Président ;\nM. Olivier t\'SERSTEVENS, Mme Lise BRUN, MM. Marc COLIN, Yves HAMON, Conseillers ;\nM. Jean DUVAL, Directeur général.\nÉtaient représentés : Mme Rose FAURE par M. Marc COLIN, M. Luc GARNIER par\nMme Lise BRUN.\nExcusés : néant.',
    );
    expect(summary.present_names).toEqual(['Paul AUBIN', "Olivier t'SERSTEVENS", 'Lise BRUN', 'Marc COLIN', 'Yves HAMON']);
    expect(summary.proxies_list).toEqual([
      { from: 'Rose FAURE', to: 'Marc COLIN' },
      { from: 'Luc GARNIER', to: 'Lise BRUN' },
    ]);
  });
});

describe('tables', () => {
  it('an émargement aligned with spaces, a column per state and the given name in its own column', () => {
    const { summary } = analyseText(
      [
        'Séance du jeudi 24 septembre 2020',
        'ÉMARGEMENT',
        'NOM            Prénom       Fonction          Présent   Excusé   Procuration à',
        'AUBIN          Paul         Maire               X',
        'BRUN           Lise         1re adjointe        X',
        'COLIN          Marc         Conseiller                    X      AUBIN Paul',
        'DUVAL          Anne         Conseillère         X',
        'ESTÈVE         Jean         Conseiller                    X',
        '',
        'Le quorum est atteint.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise', 'DUVAL Anne']);
    expect(summary.absent_names).toEqual(['COLIN Marc', 'ESTÈVE Jean']);
    expect(summary.proxies_list).toEqual([{ from: 'COLIN Marc', to: 'AUBIN Paul' }]);
  });

  it('a Mandant | Mandataire table with an empty line between rows (OCR paragraphs)', () => {
    const { summary } = analyseText('Séance du 9 décembre 2021\nPrésents : M. Paul AUBIN, Mme Lise BRUN.\n\nPouvoirs :\n\nMandant | Mandataire\n\nM. Jean ESTÈVE | M. Paul AUBIN\n\nMme Rose FAURE | Mme Lise BRUN\n\nAbsents : néant.');
    expect(summary.proxies_list).toEqual([
      { from: 'Jean ESTÈVE', to: 'Paul AUBIN' },
      { from: 'Rose FAURE', to: 'Lise BRUN' },
    ]);
  });

  it('an émargement grid as OCR gives it: empty lines between rows, "||" for an empty cell, the rule read as letters', () => {
    const { summary } = analyseText(
      [
        'Séance du 7 novembre 2023',
        'Feuille d’émargement',
        'Conseiller | Présent | Absent | Pouvoir à',
        'ne Di',
        'AUBIN Paul (Maire) | X| |',
        '',
        'BRUN Lise | X | |',
        '',
        'COLIN Marc | | X | AUBIN Paul',
        '',
        'DUVAL Anne || X |',
        '',
        'ESTÈVE Jean | X | |',
        '',
        '1 – Travaux de toiture',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise', 'ESTÈVE Jean']);
    expect(summary.absent_names).toEqual(['COLIN Marc', 'DUVAL Anne']);
    expect(summary.proxies_list).toEqual([{ from: 'COLIN Marc', to: 'AUBIN Paul' }]);
  });

  it('lists side by side in a pipe table, one column per list', () => {
    const { summary } = analyseText(
      [
        'Séance du mardi 14 novembre 2023',
        '',
        '| Présents | Absents représentés | Absents non représentés |',
        '|---|---|---|',
        '| Mme Lise BRUN, Maire | M. Marc COLIN (pouvoir à Mme Lise BRUN) | M. Jean ESTÈVE |',
        '| M. Paul AUBIN, 1er adjoint | | |',
        '| Mme Anne DUVAL | | |',
        '',
        'Secrétaire de séance : Mme Anne DUVAL',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Lise BRUN', 'Paul AUBIN', 'Anne DUVAL']);
    expect(summary.proxies_list).toEqual([{ from: 'Marc COLIN', to: 'Lise BRUN' }]);
    expect(summary.absent_names).toEqual(['Jean ESTÈVE']);
  });
});

describe('page furniture', () => {
  it('a running header ending with "2/6" in the middle of a column list is not names', () => {
    const { summary } = analyseText(
      [
        'Réunion en séance plénière du jeudi 20 juin 2024                 1/6',
        'Étaient présents :',
        'AUBIN Paul                 BRUN Lise              COLIN Marc',
        'Assemblée départementale – Séance plénière du 20 juin 2024    2/6',
        'DUVAL Anne                 HAMON Yves',
        '',
        'Absents : FAURE Rose.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['AUBIN Paul', 'BRUN Lise', 'COLIN Marc', 'DUVAL Anne', 'HAMON Yves']);
  });
});

describe('items', () => {
  const head = 'Séance du 3 juin 2024\nPrésents : M. Paul AUBIN, Mme Lise BRUN.\n\n';
  it('codes with a letter prefix and numbered reports open items', () => {
    const p = parseText(
      head +
        'RAPPORT N° CP-2024-06-014\nAMÉNAGEMENT DU TERRITOIRE – FONDS D’ÉQUIPEMENT RURAL\nPour : 18 – Contre : 0\n\n' +
        'Rapport n° 24-06-101 – BUDGET SUPPLÉMENTAIRE 2024\nAdopté à l’unanimité.\n\n' +
        'Délibération n° C2024-09-112 – Finances – Décision modificative\nAdoptée à l’unanimité.\n\n' +
        'DEL-2024-001 – Prix de vente des lots\nAdopté à l’unanimité.\n\n' +
        'DEL2024_021 – Compte de gestion 2023\nAdopté à l’unanimité.',
    );
    expect(p.deliberations.map((d) => [d.number, d.subject])).toEqual([
      ['CP-2024-06-014', 'AMÉNAGEMENT DU TERRITOIRE – FONDS D’ÉQUIPEMENT RURAL'],
      ['24-06-101', 'BUDGET SUPPLÉMENTAIRE 2024'],
      ['C2024-09-112', 'Finances – Décision modificative'],
      ['DEL-2024-001', 'Prix de vente des lots'],
      ['DEL2024_021', 'Compte de gestion 2023'],
    ]);
  });

  it('"2 – Délibération n° C2023-202 – Title": the deliberation’s own number, not the item’s', () => {
    const p = parseText(head + '1 – Délibération n° C2023-201 – Finances – Décision modificative\nAdoptée à l’unanimité.\n\n2\tDélibération n° C2023-202 - Eau potable – Tarifs 2024\nAdoptée à l’unanimité.');
    expect(p.deliberations.map((d) => [d.number, d.subject])).toEqual([
      ['C2023-201', 'Finances – Décision modificative'],
      ['C2023-202', 'Eau potable – Tarifs 2024'],
    ]);
  });

  it('a title wrapped onto the next line goes on in lower case', () => {
    const p = parseText(head + 'DEL-2024-002 – Convention de mise à disposition de la salle à la communauté de\ncommunes\nVote : unanimité (21 voix)');
    expect(p.deliberations[0]!.subject).toBe('Convention de mise à disposition de la salle à la communauté de communes');
  });
});
