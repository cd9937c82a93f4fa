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

describe('a small commune’s register typed in haste', () => {
  const doc = (tally: string) =>
    text([
      'COMMUNE DE VERNOUILLET-SUR-ARCE',
      'CONSEIL MUNICIPAL - SEANCE DU MARDI 14 MARS 2023',
      'Date de convocation : 8 mars 2023',
      'En exercice 11 - Presents 9 - Votants 10',
      '',
      'Presents : BAZIN Paul, COLIN Marie, DROUET Luc, FAVRE Lise, GAUTIER Rene, HENRY Anne, JOLY Marc, LEBLANC Rose, MARCHAL Yves',
      'Pouvoir : Mme NOEL Claire a M. BAZIN Paul',
      'Absent : M. PERRIN Jean',
      'Secretaire : COLIN Marie',
      '',
      'DELIBERATION 2023-07 : REFECTION DU CHEMIN RURAL DES ORMES',
      'Le conseil retient le devis de l’entreprise TP Aube pour 8 450,00 € HT.',
      tally,
      '',
    ]);

  it('reads « abst 1 » after « contre 0 » (that 0 closes the option before it)', () => {
    const { summary, findings } = analyseText(doc('Pour 9 contre 0 abst 1'));
    expect(summary.votes).toMatchObject({ for: 9, against: 0, abstain: 1 });
    expect(errorCodes(findings)).not.toContain('TALLY_MISMATCH');
  });

  it('still reads a count before « abst. » as the abstentions', () => {
    const { summary } = analyseText(doc('Vote : 8 pour, 1 contre, 1 abst.'));
    expect(summary.votes).toMatchObject({ for: 8, against: 1, abstain: 1 });
  });
});

describe('a legend of the state codes above a roll', () => {
  const doc = text([
    'Commune de SAINT-MAMET-LA-RIVE',
    'DELIBERATIONS DU CONSEIL MUNICIPAL - SEANCE DU JEUDI 12 MAI 2011',
    'Date convocation : 5.05.2011',
    'Nombre de conseillers : En exercice 9 - Presents 7 - Votants 8',
    '',
    'Legende : P = present, E = excuse, A = absent',
    '',
    'GARRIGUES Paul ........................ P',
    'de MONTAUT Irène ...................... P',
    'FONTAN Jacques ........................ P',
    'Mme SABATHIER Lise .................... E - pouvoir a M. FONTAN',
    'CAUBET René ........................... P',
    'LAPEYRE Odile ......................... P',
    'MARSAN Guy ............................ A',
    'PUJOS Anne ............................ P',
    'SOUBIES Marc .......................... P',
    '',
    'Secretaire de seance : Odile LAPEYRE',
    '',
    'DELIBERATION 2011/14 : ECLAIRAGE PUBLIC',
    'Le conseil retient le programme de remplacement des lanternes.',
    'Pour 8 contre 0 abst 0',
    '',
  ]);

  it('heads no list of the absent with the legend’s last word', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(7);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['SABATHIER Lise', 'MARSAN Guy']));
    expect(summary.absent_names).toHaveLength(2);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('counts in words one after the other, without colons', () => {
  it('reads each: « en exercice quinze, présents douze, représentés deux, votants quatorze »', () => {
    const { summary } = analyseText(
      text([
        'MAIRIE DE BRUYÈRES-LES-ORMES',
        'DÉLIBÉRATION DU CONSEIL MUNICIPAL - SÉANCE DU JEUDI 13 DÉCEMBRE 2001',
        '',
        'Conseillers : en exercice quinze, présents douze, représentés deux, votants quatorze.',
        '',
        'N° 2001-52 - TARIFS COMMUNAUX EN EUROS',
        'Le conseil fixe les tarifs de la salle des fêtes à 150 € à compter du 1er janvier 2002, à l’unanimité.',
      ]),
    );
    expect(summary).toMatchObject({ members_in_office: 15, present: 12, proxies: 2, voters: 14 });
  });
});

describe('a count box beside the prose, the day of the session in words on the prose side', () => {
  it('makes no date of the count and the next column’s month: no DATE_CONFLICT', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE DE LANDREVILLE-SUR-OUCHE',
        '',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'Séance du lundi 27 juin 2005',
        '',
        'Nombre de conseillers :                 Le Conseil Municipal, dûment convoqué,',
        '  en exercice : quinze                  s’est réuni le lundi vingt-sept',
        '  présents    : douze                   juin deux mille cinq à 20 h 30 à la Mairie,',
        '  votants     : treize                  sous la présidence de M. Alain ROUSSEL, Maire.',
        '',
        'N° 2005-31 – VOIRIE COMMUNALE',
        'Le conseil adopte le programme de voirie à l’unanimité.',
      ]),
    );
    expect(summary.session_date).toBe('2005-06-27');
    expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
  });
});

describe('an installation session', () => {
  const doc = text([
    'COMMUNE DE PRADELLES-SUR-VÈZE',
    'Séance d’installation du conseil municipal du lundi 25 mai 2020',
    'Conseillers en exercice : 15 – Présents : 15 – Votants : 15',
    '',
    'Présents : BRUNEL Marc, CASSAN Julie, DELMAS Paul, ESTIVAL Rose, FABRE Guy, GALTIER Anne, HUGONNENC Luc, IZARD Marie,',
    'JULIEN Yves, LACAN Odile, MALAVAL Jean, NADAL Sophie, ORTEGA Henri, PONS Alice, ROUX Denis.',
    'Secrétaire de séance : PONS Alice.',
    '',
    'ÉLECTION DU MAIRE',
    'Candidats : M. BRUNEL Marc, Mme CASSAN Julie, M. DELMAS Paul.',
    'Premier tour – bulletins : 15 ; blancs et nuls : 1 ; exprimés : 14 ; majorité absolue : 8. BRUNEL 7 – CASSAN 5 – DELMAS 2.',
    'Second tour (M. DELMAS se retire) – bulletins : 15 ; blancs et nuls : 1 ; exprimés : 14 ; majorité absolue : 8. BRUNEL 9 – CASSAN 5.',
    'M. BRUNEL Marc est proclamé maire.',
    '',
    'NOMBRE DES ADJOINTS',
    'Le maire propose de fixer à quatre le nombre des adjoints.',
    'Pour : 12 ; Contre : 1 ; Abstentions : 1.',
    '',
    'INDEMNITÉS DE FONCTION',
    'Vu la valeur de l’indice brut terminal, 3 889,40 € mensuels, le conseil fixe les indemnités comme suit :',
    '- Maire : 40 % ...................... 1 555,76 €',
    '- Adjoints (quatre) : 15 % chacun ... 583,41 €',
    'Enveloppe mensuelle totale .......... 3 889,40 €',
    'Adopté à l’unanimité.',
  ]);

  it('reads « NOMBRE DES ADJOINTS » as an item of its own, its tally the first vote', () => {
    const { summary } = analyseText(doc);
    expect(summary.subject).toBe('NOMBRE DES ADJOINTS');
    expect(summary.votes).toMatchObject({ for: 12, against: 1, abstain: 1 });
  });

  it('finds its tally short of the voters: a candidate withdrawing between two rounds is no member leaving', () => {
    expect(errorCodes(analyseText(doc).findings)).toContain('TALLY_MISMATCH');
  });

  it('takes an amount given to each adjoint for no part of the total', () => {
    expect(errorCodes(analyseText(doc).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
    expect(errorCodes(analyseText(doc.replace('Enveloppe mensuelle totale ..........', 'Total mensuel .......................')).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });

  it('checks a total written « Enveloppe mensuelle totale », the announcing sentence left out of its parts', () => {
    const wrong = doc.replace('- Adjoints (quatre) : 15 % chacun ... 583,41 €', '- 1er adjoint : 15 % ............. 583,41 €\n- 2e adjoint : 15 % .............. 583,41 €');
    const finding = analyseText(wrong).findings.find((f) => f.code === 'AMOUNT_SUM_MISMATCH');
    expect(finding?.message).toContain('des 3 montants');
  });
});

describe('an installation: each member with the list they were elected on, the election’s round dated', () => {
  const doc = text([
    'COMMUNE DE SAINT-JUÉRY-DES-CAUSSES',
    'PROCÈS-VERBAL DE LA SÉANCE D’INSTALLATION DU CONSEIL MUNICIPAL',
    'Séance du samedi 28 mars 2026',
    '',
    'Conseillers élus : 11 — Présents : 10 — Représenté : 1 — Votants : 11',
    '',
    'L’an deux mille vingt-six, le samedi vingt-huit mars à dix heures, le conseil municipal issu du second tour du 22 mars 2026',
    's’est réuni à la mairie sous la présidence de M. Henri BOUDET, maire sortant.',
    '',
    'Étaient présents :',
    'BOUDET Henri — liste « Saint-Juéry ensemble »',
    'CAYLA Agnès — liste « Saint-Juéry ensemble »',
    'DELPECH Rémi — liste « Saint-Juéry ensemble »',
    'FABRE-ROUQUETTE Inès — liste « Saint-Juéry ensemble »',
    'GALY Thomas — liste « Saint-Juéry ensemble »',
    'HOULES Marie — liste « Saint-Juéry ensemble »',
    'ISSALY Paul — liste « Saint-Juéry ensemble »',
    'JAMMES Claire — liste « Saint-Juéry ensemble »',
    'LACAN Louis — liste « Un village pour tous »',
    'MAUREL Sophie — liste « Un village pour tous »',
    '',
    'Absent représenté : NOUVEL Marc (liste « Un village pour tous »), procuration à LACAN Louis.',
    '',
    '1. INSTALLATION DES CONSEILLERS MUNICIPAUX',
    'M. Henri BOUDET déclare les onze conseillers installés dans leurs fonctions.',
  ]);

  it('reads the names without their list, and the session’s date without the round’s', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toHaveLength(10);
    expect(summary.present_names).toContain('FABRE-ROUQUETTE Inès');
    expect(summary.proxies_list).toEqual([{ from: 'NOUVEL Marc', to: 'LACAN Louis' }]);
    expect(summary.session_date).toBe('2026-03-28');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a roll whose state column holds the proxy and its holder, single-spaced', () => {
  it('reads « procuration a X » in the state cell', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE DE BEAUCOURT-SUR-HALLUE',
        'SEANCE DU CONSEIL MUNICIPAL DU MARDI 14 JUILLET 2020',
        'En exercice 11 - Presents 8 - Procurations 2 - Votants 10',
        '',
        'Appel des conseillers :',
        'DUMONT Pierre, maire             present',
        'Claire LEFEBVRE                  presente',
        'MOREL Jacques                    present',
        'Sonia HAMDI                      procuration a MOREL Jacques',
        'PETIT Alain                      present',
        'Lucie PETIT                      presente',
        'GODARD Hugo                      absent',
        'Anne DELATTRE                    presente',
        'BRUNEL Paul                      procuration a Anne DELATTRE',
        'CARON Eric                       present',
        'Nadine LEROUX                    presente',
        '',
        'PROGRAMME DE VOIRIE 2020',
        'Le conseil retient le devis de 12 400 € HT. Pour 10 contre 0 abst 0.',
      ]),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Sonia HAMDI', to: 'MOREL Jacques' },
      { from: 'BRUNEL Paul', to: 'Anne DELATTRE' },
    ]);
    expect(summary.present_names).toHaveLength(8);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a scanned list broken by a page, its running header’s year read « 2OOO »', () => {
  it('reads the names on both sides of the break', () => {
    const { summary, findings } = analyseText(
      text([
        'COMMUNE DE SAINT-CÔME-D’OLT',
        'Séance du 12 octobre 2000',
        'Nombre de conseillers : en exercice : 15 - présents : 14 - votants : 14',
        '',
        'Etaient présents : MM. Paul ALRIC, Jean BOYER, Louis CAYROL, Henri DELTOUR, Marc ESPINASSE, Guy FAGES,',
        'René GINESTE, Mmes Anne HUC, Rose IZARD, Marie JULIEN, Lise LACAN, Odile MAGNE, Mme Nicole',
        '',
        '                                   - 1 -',
        '________________________________________________________________________',
        'Commune de Saint-Côme-d’Olt - Séance du 12 octobre 2OOO (suite)',
        '',
        'NAYRAC, Claire OLIVIER.',
        '',
        'Absent : M. Yves PRADEL.',
        '',
        'OBJET : VOIRIE COMMUNALE',
        'Le Conseil Municipal, après en avoir délibéré, adopte le programme à l’unanimité.',
      ]),
    );
    expect(summary.present_names).toHaveLength(14);
    expect(summary.present_names).toContain('Nicole NAYRAC');
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a budget decision’s signed changes aligned under dotted leaders', () => {
  it('reads « -  2 400,00 € » (the sign two spaces before a shorter figure) as negative', () => {
    const { summary } = analyseText(
      text([
        'COMMUNE DE VILLIERS-SUR-THOLON',
        'Séance du 30 septembre 2004',
        'Présents : MM. Jean AUBRY, Paul BRETON, Louis CHEVALIER, Mmes Anne DUPUIS, Marie ETIENNE.',
        '',
        'DÉCISION MODIFICATIVE N° 2',
        'Le Conseil Municipal adopte la décision modificative suivante :',
        '   Opération 31 - Voirie ............................ + 12 000,00 €',
        '   Opération 40 - École ............................. - 12 000,00 €',
        '   Compte 6232 - Fêtes .............................. +  1 800,00 €',
        '   Compte 022 - Dépenses imprévues .................. -  1 800,00 €',
        'Adopté à l’unanimité.',
      ]),
    );
    expect(summary.amounts_eur).toEqual([12000, -12000, 1800, -1800]);
  });
});
