/**
 * Layouts the eighty-first to eighty-eighth invented corpora (fixtures/corpus
 * 8101–8820: a sixth, seventh and eighth draw of real families; acts as the
 * e-administration chain prints them; whole procès-verbaux with debates and
 * amendments; large assemblies; Belgium, Luxembourg, Switzerland, Québec)
 * found missing. Every case is written anew here (invented
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

describe('a seventh draw of real families', () => {
  it('a Belgian « Premier Echevin, Président f.f. » is a role, the list goes on', () => {
    const { summary } = analyseText(
      [
        'Séance du 19 juin 2013.',
        'PRESENTS',
        'M. Olivier DELHAYE, Premier Echevin, Président f.f.',
        'MM. Didier HENROT, Pascal DE WIT, Echevins',
        'MM. Roger PAQUET, Jean-Marc LIBIOULLE, Conseillers communaux.',
        'Mme Claudine DERYCKE, Secrétaire communale.',
        'EXCUSES',
        'M. Henri STASSIN, Bourgmestre.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Olivier DELHAYE', 'Didier HENROT', 'Pascal DE WIT', 'Roger PAQUET', 'Jean-Marc LIBIOULLE']);
  });

  it('an earlier record corrected is no vote; a list’s next item number is no amount', () => {
    const { summary } = analyseText(
      [
        'Séance du 14 janvier 2023',
        'Ordre du jour : 1) Procès-verbal 2) Subvention exceptionnelle au centre social : 4 500 € 3) Recensement',
        '',
        '1/ Procès-verbal du Conseil Municipal du 3 décembre 2022 : Madame Monique GIRAUD demande que soit mentionné qu’elle s’était abstenue, le procès-verbal indiquant par erreur un vote à l’unanimité des présents.',
      ].join('\n'),
    );
    expect(summary.votes).toBeNull();
    expect(summary.amounts_eur).toEqual([4500]);
  });
});

describe('whole procès-verbaux with debates and amendments', () => {
  it('a vote on an amendment is not the item’s own vote', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 19 décembre 2023',
        'Membres en exercice : 29 – Présents : 25 – Pouvoirs : 3 – Votants : 28',
        '',
        'Délibération n° 2023-112 – Budget primitif 2024',
        'Amendement n° 1 (groupe « Pontval Écologie ») : réduire de 200 000 € l’enveloppe de vidéoprotection. L’amendement n° 1 est rejeté par 6 voix pour, 22 contre.',
        'Amendement n° 2 (groupe « Pontval Écologie ») : créer un budget participatif. L’amendement n° 2 est rejeté par 6 voix pour, 20 contre et 2 abstentions (Mme BEAU, Mme LANDAIS).',
        'Le budget primitif 2024 est adopté par 20 voix pour, 6 voix contre et 2 abstentions.',
        '',
        'Huis clos',
        'Sur proposition du Maire, le conseil municipal décide, sans débat et à l’unanimité, de siéger à huis clos pour le point suivant.',
      ].join('\n'),
    );
    expect(summary.votes).toMatchObject({ for: 20, against: 6, abstain: 2 });
    expect(codes(findings)).toEqual([]);
  });

  it('a roll call on an amendment, then « L’amendement est rejeté. » and the item’s vote', () => {
    const { summary, findings } = analyseText(
      [
        'Conseil communautaire du 13 avril 2023',
        'Délégués en exercice : 38 – Présents : 33 – Pouvoirs : 2 – Votants : 35',
        '',
        'Délibération n° 2023-041 – Pacte financier et fiscal 2023-2026',
        'Amendement présenté par M. CHAMBON et trois autres délégués : porter la DSC à 350 000 €.',
        'À la demande de dix délégués, il est procédé au scrutin public.',
        'Ont voté pour l’amendement (9) : M. CHAMBON Joël, M. RÉGIS Didier, M. CAYROL Roger, Mme SABATHIÉ Françoise, Mme ALBRESPY Agnès, M. RAYNALDY Gérard, Mme BERGON Sophie, M. RAGOUT Jean-Pierre, M. POUJOL Jean-Claude (par pouvoir).',
        'Se sont abstenus (2) : M. MALIGNE Régis, Mme VIGUIÉ Marion.',
        'Ont voté contre (24) : les autres délégués présents ou représentés.',
        'L’amendement est rejeté.',
        'Le pacte financier et fiscal est ensuite adopté par 27 voix pour, 6 voix contre et 2 abstentions.',
      ].join('\n'),
    );
    expect(summary.votes).toMatchObject({ for: 27, against: 6, abstain: 2 });
    expect(codes(findings)).toEqual([]);
  });
});

describe('an eighth draw and large assemblies', () => {
  it('« Délégations : 7 » counts the proxies; an officer’s designation after the lists ends them', () => {
    const { summary, findings } = analyseText(
      [
        'CONSEIL DÉPARTEMENTAL DU HAUT-LISSON',
        'Réunion du lundi 16 octobre 2023',
        'Membres en exercice : 6 – Présents : 4 – Délégations : 1 – Votants : 5',
        '',
        'Étaient présents : Mmes et MM. Aurélie GRANDIN, Gilles COINTRE, Annick MICHEL, Muriel BESSON',
        '',
        'Ont donné délégation de vote pour l’ensemble de la réunion :',
        'Mme Agnès LACOSTE a donné délégation de vote à Mme Muriel BESSON',
        '',
        'Absent : Mme Ghislaine PICHOT',
        '',
        'Mme Annick MICHEL, benjamine de l’assemblée, est désignée secrétaire de séance. Le quorum est constaté.',
      ].join('\n'),
    );
    expect(summary.proxies).toBe(1);
    expect(summary.absent_names).toEqual(['Ghislaine PICHOT']);
    expect(summary.secretary).toBe('Annick MICHEL');
    expect(codes(findings)).toEqual([]);
  });

  it('a grouping’s bare acronym after a full stop; a substitute without a vote in the list is not present', () => {
    const { summary } = analyseText(
      'Séance du lundi 15 février 2021. Nombre de présents : (6) Dont (5) présent(e)s avec droit de vote formant le quorum Nombre de pouvoirs : (0) CCBM : Hervé LANTIN (Aubreuil), Sonia PERNET et Bertrand CHAUMET (Boissy). CAPO : Nadia BOUAZIZ et Jean-Louis TERRIEN (Vernouillet), Alain PINSON, suppléant sans voix délibérative (Orméval), Raymonde LEGOUX (Saint-Ythier).',
    );
    expect(summary.present_names).toEqual(['Hervé LANTIN', 'Sonia PERNET', 'Bertrand CHAUMET', 'Nadia BOUAZIZ', 'Jean-Louis TERRIEN', 'Raymonde LEGOUX']);
  });

  it('a public ballot told in one sentence: « Ont voté contre (7) et se sont abstenus (3) : … ont voté pour (43). »', () => {
    const { summary } = analyseText(
      [
        'Séance du 18 novembre 2013',
        '',
        'OBJET : Plan local d’urbanisme – approbation',
        'Scrutin public à la demande du quart des membres présents.',
        'Ont voté contre (7) et se sont abstenus (3) : voir liste nominative annexée ; tous les autres membres présents ou représentés ont voté pour (43).',
      ].join('\n'),
    );
    expect(summary.votes).toMatchObject({ for: 43, against: 7, abstain: 3 });
  });

  it('a grouping named in the header, its council only « le conseil »: five clear days', () => {
    const { findings } = analyseText(
      [
        'COMMUNAUTÉ URBAINE — Pays de Sarlat-Haut',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL',
        '',
        'Séance du jeudi 26 janvier 2017 – convocation du 21 janvier 2017',
        'Membres en exercice : 62 – Présents : 55 – Votants : 55',
      ].join('\n'),
    );
    expect(codes(findings)).toContain('CONVOCATION_LATE');
  });
});

describe('Belgium, Luxembourg, Switzerland, Québec', () => {
  it('the articles numbered under « DÉCIDE : » are parts of the act; its bilingual tally is read', () => {
    const { parsed, findings } = analyseText(
      [
        'Commune de Sint-Aubin – Gemeente Sint-Aubin',
        'Séance du 22 mai 2024 – Zitting van 22 mei 2024',
        '',
        'Finances – Marché de travaux de l’école n° 4 – Approbation.',
        'Le Conseil communal,',
        'Vu la Nouvelle loi communale ;',
        'DÉCIDE :',
        '25 votants : 17 votes positifs, 5 votes négatifs, 2 abstentions.',
        '25 stemmers : 17 positieve stemmen, 5 negatieve stemmen, 2 onthoudingen.',
        '1. D’approuver le cahier spécial des charges n° TRAV/2024/11.',
        '2. De choisir la procédure ouverte comme mode de passation.',
      ].join('\n'),
    );
    expect(parsed.deliberations).toHaveLength(1);
    expect(parsed.deliberations[0]!.vote).toMatchObject({ for: 17, against: 5, abstain: 2, voters: 25 });
    expect(codes(findings)).toContain('TALLY_MISMATCH');
  });

  it('« Le Conseil général compte 50 membres » gives the seats', () => {
    const { summary } = analyseText(
      [
        'Commune de Grolley-Haut',
        'CONSEIL GÉNÉRAL',
        'Procès-verbal de la séance du jeudi 11 juin 2015, à 20h00',
        '',
        'Présidence : M. Jean-Daniel Overnay',
        'Scrutateurs : MM. Nicolas Pythoud, Eric Schorderay',
        '',
        'Appel',
        'Le Conseil général compte 50 membres. 44 conseillers répondent à l’appel.',
        'Se sont fait excuser : Mmes et MM. Isabelle Cottier, Pierre Bulliet, Sandrine Dousseau, Frédéric Rapin, Gisèle Kolb.',
      ].join('\n'),
    );
    expect(summary.members_in_office).toBe(50);
  });
});
