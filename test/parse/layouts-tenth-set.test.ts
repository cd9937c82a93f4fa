/**
 * Layouts the eighteenth and twentieth invented corpora (fixtures/corpus
 * 1801–1820, a second draw like the real corpus; 2001–2020, minutes of whole
 * sessions) found missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('attendance headings and lines', () => {
  it('"Assistaient à la séance :" heads the members when the only « présents » heading is a count', () => {
    const { summary, findings } = analyseText(
      [
        'CONSEIL COMMUNAUTAIRE DU JEUDI 12 MARS 2015',
        'Nombre de délégués en exercice : 9 ; présents : 5 ; pouvoirs : 1 ; votants : 6',
        'Assistaient à la séance : Paul VERNAY, Lise AUBRAC (Tresques) ; Henri MOLLE (Sabran) ; Anne ROUX, Yves DALBAN (Connaux).',
        'Pouvoirs : Marc TESSON à Paul VERNAY.',
        'Absents excusés : Julie FABRE, Denis COSTE, Luc MARTY.',
        '',
        '1. Budget annexe des déchets',
        'Adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul VERNAY', 'Lise AUBRAC', 'Henri MOLLE', 'Anne ROUX', 'Yves DALBAN']);
    expect(summary.proxies_list).toEqual([{ from: 'Marc TESSON', to: 'Paul VERNAY' }]);
    expect(codes(findings)).toEqual([]);
  });

  it('staff after "Assistaient également" stay staff beside a list of present members', () => {
    const { summary } = analyseText(
      [
        'Séance du 3 avril 2019',
        'Présents : Jean ABBAL, Rose BRUN, Luc CAZES.',
        'Assistaient à la séance : Mme Anne DOL, secrétaire de mairie.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Jean ABBAL', 'Rose BRUN', 'Luc CAZES']);
  });

  it('"NOM Prénom – Commune" one per line: the commune is a note, not a person; a repeated line is a duplicate', () => {
    const { summary, findings } = analyseText(
      [
        'Réunion du comité syndical du mardi 8 octobre 2013',
        'Délégués en exercice : 8 – Présents : 5 – Votants : 5',
        'Membres présents :',
        'BOUSQUET Henri – Saint-Paul-de-Loubressac (Président)',
        'CAUMONT Élise – Saint-Paul-de-Loubressac',
        'DELPECH Marcel – La Capelle-d’Aval',
        'FOURNIÉ Josette – Montlauzun',
        'FOURNIÉ Josette – Montlauzun',
        'Absents excusés : GALTIÉ Pierre, HUGUES Anne, LACAZE Rémi.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['BOUSQUET Henri', 'CAUMONT Élise', 'DELPECH Marcel', 'FOURNIÉ Josette', 'FOURNIÉ Josette']);
    expect(codes(findings)).toContain('DUPLICATE_MEMBER');
  });

  it('a role after a dash is kept as the role, not blanked as a place', () => {
    const { parsed } = analyseText(
      ['Séance du 5 mai 2021', 'Présents :', 'BOUSQUET Henri – Maire', 'CAUMONT Élise – Adjointe', 'DELPECH Marcel – Conseiller municipal'].join('\n'),
    );
    const present = parsed.session.attendance.present ?? [];
    expect(present.map((p) => p.name)).toEqual(['BOUSQUET Henri', 'CAUMONT Élise', 'DELPECH Marcel']);
    expect(present[0]!.role).toMatch(/Maire/);
  });

  it('Québec seats after the role ("conseillère au siège no 4") are roles', () => {
    const { summary } = analyseText(
      [
        'Séance ordinaire du conseil tenue le lundi 4 novembre 2019, à laquelle sont présents :',
        '',
        'Mme Line GAGNON, conseillère au siège no 1',
        'M. Réal TREMBLAY, conseiller au siège no 2',
        'Mme Josée PELLETIER, conseillère au siège no 4',
        '',
        'formant quorum sous la présidence du maire, M. Guy BOUCHARD.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(expect.arrayContaining(['Line GAGNON', 'Réal TREMBLAY', 'Josée PELLETIER']));
  });
});

describe('where the excerpt cuts', () => {
  it('a proxy whose holder is cut at the end of the text is kept as written (as the real labels keep it), and not judged absent', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 13 février 2025',
        'Présents : MARTY Jean, PONS Claire, RIEU Alain, SOLER Marie.',
        'Procurations :',
        'BRUNET Paul donne pouvoir à MARTY Jean',
        'CAYLA Anne donne pouvoir à PONS Claire',
        'DURAND Luc donne pouvoir à RIE',
      ].join('\n'),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'BRUNET Paul', to: 'MARTY Jean' },
      { from: 'CAYLA Anne', to: 'PONS Claire' },
      { from: 'DURAND Luc', to: 'RIE' },
    ]);
    expect(codes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
  });

  it('a holder written whole and followed by more text is kept', () => {
    const { summary } = analyseText(
      ['Séance du 13 février 2025', 'Présents : MARTY Jean, PONS Claire.', 'Procurations : DURAND Luc donne pouvoir à MARTY.', '', 'OBJET : Voirie'].join('\n'),
    );
    expect(summary.proxies_list).toEqual([{ from: 'DURAND Luc', to: 'MARTY' }]);
  });

  it('a surname cut to consonants at the end of the text is a fragment; a short whole surname is kept', () => {
    const cut = analyseText('Séance du 2 juin 2020\nAbsents excusés : Alain DUCROS, Marie FAVIER, Jean-Luc PONSARD, Sébastien GR');
    expect(cut.summary.absent_names).toEqual(['Alain DUCROS', 'Marie FAVIER', 'Jean-Luc PONSARD']);
    const whole = analyseText('Séance du 2 juin 2020\nAbsents excusés : Alain DUCROS, Marie FAVIER, Jean-Luc PONSARD, Minh LY.\n\nOBJET : Voirie');
    expect(whole.summary.absent_names).toEqual(['Alain DUCROS', 'Marie FAVIER', 'Jean-Luc PONSARD', 'Minh LY']);
  });
});

describe('items and counts', () => {
  it('"Abstentions : 2 2. Tarifs…": the number of the next item does not hide the tally; a thousands group still does', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 27 janvier 2022 – Votants : 33',
        '1. Subvention DSIL Rapporteur : Anne KERBRAT Le coût est estimé à 1 240 000 € HT. Votants : 33 – Pour : 27 – Contre : 4 – Abstentions : 2 2. Tarifs du cimetière Il est proposé de fixer le tarif à 180 €.',
      ].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 27, against: 4, abstain: 2, not_voting: 0 });
    expect(codes(findings)).not.toContain('TALLY_MISMATCH');
    const amount = analyseText('Séance du 27 janvier 2022\nOBJET : Travaux\nLe conseil vote pour 1 240 000 € de travaux. Adopté à l’unanimité.');
    expect(amount.summary.votes).toEqual({ unanimous: true });
  });

  it('an item whose heading stands above the attendance takes the considerations and the vote under the lists', () => {
    const { parsed, summary } = analyseText(
      [
        'CONSEIL DÉPARTEMENTAL DU HAUT-VERDOUBLE',
        'COMMISSION PERMANENTE – Réunion du lundi 9 mars 2020',
        '',
        'Délibération n° CP-2020-03-0112',
        'Rapport n° 2-05 – Aide aux bibliothèques communales',
        '',
        'Membres de la Commission permanente : 12 – Présents : 10 – Délégations de vote : 1 – Votants : 11',
        'Étaient présents : M. Jean ALARY, Mme Rose BÈS, M. Luc CROS, Mme Anne DAUDÉ, M. Paul ESCUDIÉ, Mme Lise FABIÉ, M. Marc GASC, Mme Inès HUC, M. Noël IZARD, Mme Zoé JOUVE.',
        'Absent ayant donné délégation de vote : M. Yves LAFON à M. Jean ALARY.',
        'Absent : M. Guy MAS.',
        '',
        'Vu le Code général des collectivités territoriales ;',
        'LA COMMISSION PERMANENTE, après en avoir délibéré, DÉCIDE d’attribuer 4 500 € à la commune de Cazals.',
        'Adopté à l’unanimité.',
        '',
        'Rapport n° 2-06 – Voirie départementale',
        'Sur proposition du président, la commission est invitée à répartir 90 000 € entre',
      ].join('\n'),
    );
    expect(summary.members_in_office).toBe(12);
    expect(summary.votes).toEqual({ unanimous: true });
    expect(parsed.deliberations.map((d) => d.number)).toEqual(['CP-2020-03-0112', '2-06']);
    expect(parsed.deliberations[0]!.subject).toMatch(/Aide aux bibliothèques communales/);
    // the session's counts are not read as the item's tally
    expect(parsed.deliberations[0]!.vote?.voters ?? null).toBeNull();
  });
});

describe('minutes of whole sessions', () => {
  it('"six conseillers sur quinze sont présents": the counts in words', () => {
    const { summary } = analyseText('Séance du 11 juin 2020\nLe Maire constate que six conseillers sur quinze sont présents.');
    expect([summary.present, summary.members_in_office]).toEqual([6, 15]);
  });

  it('"Étaient présents : tous les conseillers en exercice sauf X, excusée, qui a donné pouvoir à Y, et Z, absent."', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du vendredi 6 juin 2014',
        'Nombre de conseillers en exercice : 11 – Présents : 9 – Votants : 10',
        'Étaient présents : tous les conseillers en exercice sauf Mme Lucie ARNAL, excusée, qui a',
        'donné pouvoir à M. Paul VIDAL, et M. Jean ROUX, absent.',
        '',
        '1 – Tarifs de la cantine',
        'Adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(summary.absent_names).toEqual(['Lucie ARNAL', 'Jean ROUX']);
    expect(summary.proxies_list).toEqual([{ from: 'Lucie ARNAL', to: 'Paul VIDAL' }]);
    expect(codes(findings)).toEqual([]);
  });

  it('an agenda announces the items: its lines are no items, the titles written again below are', () => {
    const { parsed, summary } = analyseText(
      [
        'Séance du 26 mars 2009',
        'Présents : Jean ABBAL, Rose BRUN, Luc CAZES.',
        '',
        'Ordre du jour :',
        '1. Approbation du compte rendu de la séance du 12 février 2009',
        '2. Compte administratif 2008',
        '3. Taux d’imposition 2009',
        '4. Questions diverses',
        '',
        'Compte rendu de la séance du 12 février 2009',
        'Le compte rendu est approuvé sans observation et signé par les membres présents.',
        '',
        'Compte administratif 2008',
        'Le doyen présente les résultats de l’exercice : excédent de 84 300 €.',
        'Le compte administratif est adopté par 2 voix pour et 1 abstention.',
        '',
        'Taux d’imposition 2009',
        'Les taux sont maintenus. Adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(parsed.deliberations.map((d) => d.number)).toEqual(['1', '2', '3']);
    expect(summary.subject).toMatch(/Compte administratif 2008$/);
    expect(summary.votes).toEqual({ for: 2, against: 0, abstain: 1, not_voting: 0 });
  });

  it('an agenda in one paragraph before numbered items: the items are kept', () => {
    const { parsed } = analyseText(
      [
        'Séance du 24 mars 2022',
        'Présents : Jean ABBAL, Rose BRUN, Luc CAZES.',
        'Ordre du jour : 1. Approbation du procès-verbal – 2. Budget primitif 2022 – 3. Questions orales',
        '1. Approbation du procès-verbal',
        'Le procès-verbal est adopté à l’unanimité.',
        '2. Budget primitif 2022',
        'M. CAZES présente le budget, qui s’équilibre à 1 240 000 €. Adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(parsed.deliberations.map((d) => [d.number, d.subject])).toEqual([
      ['1', 'Approbation du procès-verbal'],
      ['2', 'Budget primitif 2022'],
    ]);
  });

  it('with nothing voted in the excerpt, the first item that decides is described, not the report of the maire’s decisions', () => {
    const { summary } = analyseText(
      [
        'Séance du 12 mai 2011',
        'Présents : Jean ABBAL, Rose BRUN, Luc CAZES.',
        '',
        'I – Compte-rendu des décisions du Maire :',
        'Décision 2011-03 portant attribution du marché de voirie pour 135 186,30 €.',
        '',
        '2011-02-001 – Désignation d’un délégué suppléant au syndicat des eaux',
        'Monsieur le Maire expose qu’il y a lieu de désigner un délégué suppléant. Après en avoir délibéré, le Conseil Municipal',
      ].join('\n'),
    );
    expect(summary.subject).toMatch(/^2011-02-001 – Désignation/);
  });
});
