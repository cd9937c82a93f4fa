/**
 * What PDF text extraction does to real extracts, and large or foreign
 * bodies — the layouts the fourth invented corpus (fixtures/corpus 401–430)
 * found missing. Every case is written anew here (invented names).
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';
import { analyseText } from '../helpers/analyse-text.ts';

describe('PDF extraction artefacts', () => {
  it('two columns glued line by line: the right column’s counts and dates are neither names nor headings', () => {
    const t = [
      'Séance du jeudi 27 juin 2024',
      'Présents : M. Paul AUBIN, Président, Mme Lise BRUN, 1re Vice-Présidente, M.  Nombre de membres',
      'Marc COLIN, 2e Vice-Président, Mme Anne DUVAL, M. Yves HAMON, en exercice : 9',
      'Mme Nina JOLY, M. Luc GARNIER, 6e  présents : 7',
      'Vice-Président.                                 votants : 7',
      'Secrétaire de séance : Mme Anne DUVAL.            Date de convocation :',
      'Absents : M. Jean ESTÈVE, Mme Rose FAURE.          20 juin 2024',
    ].join('\n');
    const { summary } = analyseText(t);
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'Anne DUVAL', 'Yves HAMON', 'Nina JOLY', 'Luc GARNIER']);
    expect(summary).toMatchObject({ members_in_office: 9, present: 7, voters: 7, convocation_date: '2024-06-20', secretary: 'Anne DUVAL' });
    expect(summary.absent_names).toEqual(['Jean ESTÈVE', 'Rose FAURE']);
  });

  it('a member per line alternating with the other column’s lines', () => {
    const t = [
      'Séance du jeudi 13 avril 2023',
      'Présents :',
      'Nombre de conseillers en exercice : 7',
      'M. Paul AUBIN, Maire',
      'Présents : 5 – Pouvoirs : 1 – Votants : 6',
      'Mme Lise BRUN',
      'Pouvoirs :',
      'M. Marc COLIN',
      'M. Jean ESTÈVE à M. Paul AUBIN',
      'Mme Anne DUVAL',
      'Absente : Mme Rose FAURE',
      'M. Yves HAMON',
      '',
      'OBJET : Budget',
    ].join('\n');
    const { summary } = analyseText(t);
    expect(summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'Anne DUVAL', 'Yves HAMON']);
    expect(summary.proxies_list).toEqual([{ from: 'Jean ESTÈVE', to: 'Paul AUBIN' }]);
    expect(summary.absent_names).toEqual(['Rose FAURE']);
    expect(summary.findings).toEqual([]);
  });

  it('the ACTES stamp and a bare page number repeated inside a list', () => {
    const t = [
      'Séance du 30 janvier 2024',
      'Étaient présents : M. Paul AUBIN, Mme Lise BRUN, M.',
      '1/3',
      'Envoyé en préfecture le 02/02/2024',
      'Reçu en préfecture le 02/02/2024',
      'ID : 074-217402216-20240130-DEL2024_003-DE',
      'Marc COLIN, Mme Anne DUVAL.',
      'Conseil municipal de Brévenne – Séance du 30 janvier 2024',
      '- 2 -',
      'Absents : M. Jean ESTÈVE.',
    ].join('\n');
    expect(analyseText(t).summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUN', 'Marc COLIN', 'Anne DUVAL']);
  });

  it('Symbol-font bullets, soft hyphens, ligatures, non-breaking hyphens and any alphabet’s capitals', () => {
    const t = 'Séance du 17 octobre 2024\nPrésents :\n\uf0a7 M. Paul AUBIN\n\uf0b7 Mme Lise BRU\u00adNET\n\uf0a7 M. Jean\u2011Marc COLIN\n\uf0a7 M. Vincent VŨ\n\uf0a7 Mme Sophie Ga\ufb01e\nAbsents : néant.';
    expect(analyseText(t).summary.present_names).toEqual(['Paul AUBIN', 'Lise BRUNET', 'Jean-Marc COLIN', 'Vincent VŨ', 'Sophie Gafie']);
  });
});

describe('large bodies and other forms', () => {
  it('communes in capitals as group labels, NOM Prénom wrapped at a hyphenated given name', () => {
    const t = 'Séance du 14 décembre 2023\nÉtaient présents : Mmes et MM.\nLESTRENAC : COLOMBO Annick, MOLINA Julie, MEZIANE\nMarie-Claude, ALVES Xavier\nSAINT-YBARS-DU-VAL : NAVARRO Sarah, TURLAN Morgane\n\nAbsents : néant.';
    expect(analyseText(t).summary.present_names).toEqual(['COLOMBO Annick', 'MOLINA Julie', 'MEZIANE Marie-Claude', 'ALVES Xavier', 'NAVARRO Sarah', 'TURLAN Morgane']);
  });

  it('a flattened Mandant / Mandataire table and "NOM Prénom par NOM Prénom"', () => {
    const a = analyseText('Séance du 28 janvier 2021\nPrésents : M. Paul AUBIN, Mme Lise BRUN.\nProcurations :\nMandant Mandataire\nM. Jean ESTÈVE M. Paul AUBIN\nMme Rose FAURE Mme Lise BRUN\n\nAbsents : néant.');
    expect(a.summary.proxies_list).toEqual([
      { from: 'Jean ESTÈVE', to: 'Paul AUBIN' },
      { from: 'Rose FAURE', to: 'Lise BRUN' },
    ]);
    const b = analyseText('Séance du 11 juin 2024\nPrésents : AUBIN Paul, BRUN Lise.\nReprésentés : ESTÈVE Jean par AUBIN Paul ; FAURE Rose par BRUN Lise.');
    expect(b.summary.proxies_list).toEqual([
      { from: 'ESTÈVE Jean', to: 'AUBIN Paul' },
      { from: 'FAURE Rose', to: 'BRUN Lise' },
    ]);
  });

  it('a roll call in prose (Swiss conseil communal)', () => {
    const { summary } = analyseText("Séance du lundi 11 décembre 2023\n1. Appel\nL'appel fait constater la présence de 53 conseillères et conseillers sur les 60 membres que compte le Conseil.\nExcusés (5) : Mmes Eva BURNAND, Nadia PERRIN, MM. Yvan DESPLAND, Luc CHAPPUIS et Marc MÉTRAL.\nAbsents (2) : MM. Paul JATON et Cédric BUGNON.");
    expect(summary).toMatchObject({ members_in_office: 60, present: 53 });
    expect(summary.absent_names).toHaveLength(7);
  });

  it('the convocation date before "ont été convoqués … pour la séance du"', () => {
    const { summary } = analyseText('Le jeudi 25 janvier 2024, les conseillers municipaux ont été convoqués pour la séance du mardi 30 janvier 2024 à 19 heures.\nPrésents : M. Paul AUBIN, Mme Lise BRUN.');
    expect(summary).toMatchObject({ session_date: '2024-01-30', convocation_date: '2024-01-25' });
  });
});

describe('items, votes and amounts', () => {
  it('items numbered before their code; a tally line does not take the next item’s number', () => {
    const p = parseText('Séance du 26 novembre 2024\nPrésents : M. Paul AUBIN, Mme Lise BRUN.\n1. 2024-061 – Avenant au contrat\nPour : 17 – Contre : 2 – Abstention : 1\n\n2. 2024-062 – Indemnités\nAdopté à l’unanimité.');
    expect(p.deliberations.map((d) => d.number)).toEqual(['2024-061', '2024-062']);
    expect(p.deliberations[0]!.vote).toMatchObject({ for: 17, against: 2, abstain: 1, unanimous: false });
    expect(p.deliberations[1]!.vote?.unanimous).toBe(true);
  });

  it('negative amounts and unit prices with four decimals', () => {
    const p = parseText('OBJET : Décision modificative\nArticle 21318 Autres bâtiments -12 500,00 €\nEt à - 325 000,00 € en investissement, un besoin de\n- 96 310,00 €. Le prix du m³ est de 1,8420 € HT.\n- 4 000 € : achat de mobilier');
    expect(p.deliberations[0]!.amounts.map((a) => a.cents)).toEqual([-1_250_000, -32_500_000, -9_631_000, 184, 400_000]);
  });

  it('"POUR : 18 (dont 3 pouvoirs)" states no voters; "DONT 17 PROCURATION(S)" of a whole vote does', () => {
    const p = parseText('OBJET : Voirie\nPOUR : 18 (dont 3 pouvoirs) – CONTRE : 0 – ABSTENTION : 0');
    expect(p.deliberations[0]!.vote).toMatchObject({ for: 18, proxies_included: null });
    const q = parseText('OBJET : Voirie\nSCRUTIN\tPOUR : 20\tABSTENTION : 0\n\tCONTRE : 0\n\tDONT 4 PROCURATION(S)');
    expect(q.deliberations[0]!.vote).toMatchObject({ for: 20, proxies_included: 4 });
  });
});
