/**
 * Layouts the two-hundred-and-twenty-ninth invented corpus and the sets after it found missing, and those left from the
 * sets before (fixtures/corpus-pending). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a vote gathered college by college, then its result', () => {
  const doc = text([
    'SYNDICAT MIXTE DES ÉNERGIES DU HAUT-VERNAZOU',
    'Extrait du registre des délibérations du comité syndical',
    'Séance du jeudi 12 octobre 2023',
    '',
    'Délégués en exercice : 18 – Présents : 14 – Pouvoirs : 2 – Votants : 16',
    'Présents : Paul ARCIS, Lise BORNE, Marc CAZES, Anne DUROC, Yves ESCOT, Rose FAURE, Jean GARY, Léa HUGON, Guy IZARD,',
    'Éric JAMME, Luc LAPORTE, Zoé MAZEL, Noël NADAL, Inès OLIVE',
    'Pouvoirs : Rémi PONS à Paul ARCIS ; Sylvie QUÉROL à Anne DUROC',
    'Absents : Hugo RAYNAL, Ida SOULIÉ',
    '',
    'Délibération n° 2023-31 – Redevance d’occupation du domaine public',
    'Le comité fixe la redevance à 0,35 € par mètre linéaire.',
    'Conformément aux statuts, le vote est recueilli par collège :',
    '- collège des communes rurales : 6 pour ;',
    '- collège des communes urbaines : 5 pour, 1 contre, 1 abstention ;',
    '- collège des EPCI : 3 pour.',
    'Résultat : 14 voix pour, 1 voix contre, 1 abstention. La délibération est adoptée.',
  ]);

  it('reads the result line, not the first college’s figures', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.votes).toMatchObject({ for: 14, against: 1, abstain: 1 });
    expect(errorCodes(findings)).not.toContain('TALLY_MISMATCH');
  });

  it('keeps a tally without colleges as written (a total line after it is another figure)', () => {
    const plain = doc.replace('Conformément aux statuts, le vote est recueilli par collège :\n', '').replace(/- collège des ([a-zé ]+) :/g, '- $1 :');
    const { summary } = analyseText(plain);
    expect(summary.votes).toMatchObject({ for: 5, against: 1, abstain: 1 });
  });
});

describe('a substitute among the present whose note names the titular she sits for', () => {
  const doc = (note: string) =>
    text([
      'OFFICE DE TOURISME DES GORGES DE LA SANTOIRE',
      'COMITÉ DE DIRECTION – SÉANCE DU 6 JUIN 2024',
      '',
      'Membres : 11 en exercice, 9 présents (dont 1 suppléant), 1 représenté, 10 votants',
      '',
      'COLLÈGE DES ÉLUS (6 sièges)',
      `Présents : Mme Irène BASTIDE, M. Paul CHAMBON, Mme Aline DELPUECH, M. Roger ESTIVAL, M. Hervé FABRE (${note})`,
      'Représenté : M. Louis GRANIER par Mme Irène BASTIDE',
      'Excusé : M. Jacques HÉBRARD',
      '',
      'COLLÈGE DES PROFESSIONNELS (5 sièges)',
      'Présents : M. Noé ISSARTEL (hôtellerie), Mme Julie JOUVE (restauration), Mme Karine LAURENS (campings),',
      'M. Marc MALAVAL (commerces)',
      'Absent : M. Olivier NOYER (activités de pleine nature)',
      '',
      'Délibération n° 2024-09 – Taxe de séjour',
      'La directrice présente les tarifs de la taxe de séjour applicables au 1er janvier 2025, par nuitée et par personne.',
      'Le comité adopte les tarifs. Pour : 10 – Contre : 0 – Abstention : 0.',
    ]);

  it('counts the titular’s seat once: no ATTENDANCE_INCOMPLETE', () => {
    const { summary, findings } = analyseText(doc('suppléant, siégeant avec voix délibérative en remplacement de M. Jacques HÉBRARD'));
    expect(summary.present_names).toContain('Hervé FABRE');
    expect(summary.absent_names).toEqual(expect.arrayContaining(['Jacques HÉBRARD', 'Olivier NOYER']));
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });

  it('still finds the seats over-counted when the note names nobody listed away', () => {
    const { findings } = analyseText(doc('suppléant, siégeant avec voix délibérative en remplacement de M. Pierre VIDAL'));
    expect(errorCodes(findings)).toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('a company board, one administrator per line with the body each stands for and a state', () => {
  const doc = (wrap: boolean) =>
    text([
      'SOCIÉTÉ D’ÉCONOMIE MIXTE DU PORT DE PLAISANCE DE SAINT-ALDRIC',
      'CONSEIL D’ADMINISTRATION DU 14 SEPTEMBRE 2022',
      'Extrait du procès-verbal',
      '',
      'Le mercredi 14 septembre 2022 à 18 heures, les administrateurs se sont réunis au siège de la société.',
      '',
      'Administrateurs : 8 – présents : 5 – représentés : 2 – soit 7 administrateurs présents ou représentés sur 8.',
      '',
      'Représentants de la commune de Saint-Aldric (5 sièges)',
      '  Yvonne KERDRAON, Présidente du conseil d’administration – présente',
      '  Loïc MÉNEZ – présent',
      '  Anne-Sophie LE BIHAN – présente',
      '  Hervé GOASDOUÉ – représenté par Loïc MÉNEZ',
      '  Paule TANGUY – présente',
      'Représentants des actionnaires privés (3 sièges)',
      '  Bruno QUÉMÉRÉ, représentant permanent de la Banque Populaire Armor-et-Rance – présent',
      '  Cécile JAFFRÈS, représentante permanente de la Chambre de Commerce Côtes-Nord – excusée',
      wrap ? '  Gaël PRIGENT, représentant permanent de l’Union des Plaisanciers – représenté par' : '  Gaël PRIGENT, représentant permanent de l’Union des Plaisanciers – représenté par Bruno QUÉMÉRÉ',
      ...(wrap ? ['  Bruno QUÉMÉRÉ'] : []),
      '',
      'Assistent à la séance : M. Erwan NICOL, directeur général ; Mme Sylvie PERON, expert-comptable.',
      'M. Erwan NICOL est désigné secrétaire de séance.',
      '',
      '1. Tarifs des anneaux – saison 2023',
      'Le conseil d’administration, après en avoir délibéré, adopte les tarifs à l’unanimité.',
      '',
    ]);

  for (const wrap of [false, true]) {
    it(`reads the private members whose body is named in capitals${wrap ? ', the holder wrapped onto the next line' : ''}`, () => {
      const { summary, findings } = analyseText(doc(wrap));
      expect(summary.members_in_office).toBe(8);
      expect(summary.present_names).toEqual(['Yvonne KERDRAON', 'Loïc MÉNEZ', 'Anne-Sophie LE BIHAN', 'Paule TANGUY', 'Bruno QUÉMÉRÉ']);
      expect(summary.absent_names).toEqual(['Cécile JAFFRÈS']);
      expect(summary.proxies_list).toEqual([
        { from: 'Hervé GOASDOUÉ', to: 'Loïc MÉNEZ' },
        { from: 'Gaël PRIGENT', to: 'Bruno QUÉMÉRÉ' },
      ]);
      expect(errorCodes(findings)).toEqual([]);
    });
  }
});
