/**
 * Layouts the seventy-seventh to eightieth invented corpora (fixtures/corpus
 * 7701–8020: installation sessions; bodies other than the municipal council;
 * a fifth draw of real families; text as encodings and typing habits leave
 * it) found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

describe('installation sessions', () => {
  it('the convocation sent « aux conseillers municipaux élus le mardi … », and the outgoing maire who opened the session presides', () => {
    const { summary, findings } = analyseText(
      [
        'VILLE DE SAINT-AUBIN-DES-LANDES',
        'Séance d’installation du dimanche 22 mars 2026',
        '',
        'La convocation a été adressée aux conseillers municipaux élus le mardi 17 mars 2026 et affichée le même jour.',
        '',
        'Le dimanche vingt-deux mars deux mille vingt-six à dix heures, les conseillers municipaux élus le 15 mars 2026 se sont réunis en mairie sur convocation de M. DUBREUIL Gérard, maire sortant, qui a ouvert la séance.',
        '',
        'Conseillers élus : 29 – Présents : 29 – Votants : 29',
      ].join('\n'),
    );
    expect(summary.convocation_date).toBe('2026-03-17');
    expect(summary.president).toBe('DUBREUIL Gérard');
    // 29 seats (≥ 27): five clear days are required, four were given
    expect(codes(findings)).toContain('CONVOCATION_LATE');
  });

  it('the members of a commune déléguée’s council are its seats', () => {
    const { summary } = analyseText(['Conseil de la commune déléguée de Rieucros', 'Séance du 10 juillet 2020', '', 'Membres du conseil de la commune déléguée : 7', 'Présents : 6'].join('\n'));
    expect(summary.members_in_office).toBe(7);
  });
});

describe('bodies with weighted votes, tables and annexes', () => {
  it('a feuille de présence aligned with spaces: a votes column, « pouvoir » and its holder in the next column', () => {
    const { summary, findings } = analyseText(
      [
        'SYNDICAT MIXTE DU PARC DES HAUTES-FAGNES',
        'COMITÉ SYNDICAL DU MARDI 8 JUILLET 2014',
        'Délégués en exercice : 7 – présents : 4 – représentés : 1 – votants : 5',
        '',
        'FEUILLE DE PRÉSENCE',
        'Collège          Délégué(e)                        Voix  Présence   Pouvoir donné à',
        'Région           Marthe BOUILLON                     5    présente',
        'Région           Édouard CAILLIAU                    5    pouvoir    Marthe BOUILLON',
        'Département      Justin DELVAUX                      5    présent',
        'Communes         Lucie ERNOTTE (Sart-le-Haut)        1    présente',
        'Communes         Pierre FASSIN (Xhoffraix)           1    excusé',
        'Communes         Noémie GILSON (Ovifat-Bas)          1    présente',
        'Villes-portes    Hubert JACQMIN (Ville de Malfaz)    1    absent',
        '',
        'Secrétaire de séance : Mme Lucie ERNOTTE',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Marthe BOUILLON', 'Justin DELVAUX', 'Lucie ERNOTTE', 'Noémie GILSON']);
    expect(pairs(summary.proxies_list)).toEqual(['Édouard CAILLIAU > Marthe BOUILLON']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['Hubert JACQMIN', 'Pierre FASSIN']);
    expect(codes(findings)).toEqual([]);
  });

  it('« REPRÉSENTÉS » on a line of its own, and member bodies labelled with their votes in brackets', () => {
    const { summary } = analyseText(
      [
        'Séance du jeudi 25 juin 2015',
        'PRÉSENTS',
        'Département du Haut-Célé (4 délégués – 4 voix chacun) : Yvon LACOMBE, Odette DELRIEU',
        'CC du Causse Bleu : Henri LAVAYSSE, Julie ARCOUTEAU',
        '',
        'REPRÉSENTÉS',
        'Michel VAYSSIÈRE (Département, 4 voix) par Yvon LACOMBE',
        '',
        'EXCUSÉS',
        'Catherine LOUPIAC (Département) – Thomas BOUYSSOU (CC du Causse Bleu)',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Yvon LACOMBE', 'Odette DELRIEU', 'Henri LAVAYSSE', 'Julie ARCOUTEAU']);
    expect(pairs(summary.proxies_list)).toEqual(['Michel VAYSSIÈRE > Yvon LACOMBE']);
  });

  it('« Votants : 40 voix » counts votes, not members; the votes in office said after the seats; an announced vote is no tally', () => {
    const { summary, findings } = analyseText(
      [
        'SYNDICAT MIXTE DES TRANSPORTS DU VAL D’ARGENS',
        'COMITÉ SYNDICAL – SÉANCE DU MARDI 30 SEPTEMBRE 2025',
        '',
        'Le comité syndical compte 9 délégués titulaires disposant ensemble de 30 voix.',
        'Délégués présents : 6, représentant 22 voix',
        'Pouvoirs : 1, représentant 3 voix',
        'Votants : 25 voix',
        '',
        'Présents : Mme Agathe VIDAL (Présidente), M. Karim BENSAÏD, M. Michel FABRE, Mme Dominique SALLES, M. Laurent MICHEL, M. Alain CASTEL',
        'Pouvoirs : M. Christian ESCUDIER à M. Michel FABRE',
        'Absents excusés : Mme Patricia LLOBET, M. Jean SABATIER',
        '',
        'OBJET : Tarification solidaire',
        'M. CASTEL regrette que sa ligne ne soit pas renforcée et annonce un vote contre.',
        'Résultat du vote (en voix) : Pour : 22 – Contre : 3 (M. CASTEL) – Abstention : 0',
      ].join('\n'),
    );
    expect(summary.members_in_office).toBe(9);
    expect(summary.voters).toBeNull();
    expect(summary.votes).toMatchObject({ for: 22, against: 3, abstain: 0 });
    expect(codes(findings)).toEqual([]);
  });

  it('a member’s description ending its line does not end the list', () => {
    const { summary } = analyseText(
      [
        'CAISSE DES ÉCOLES DE SAINT-LUPICIN',
        'Séance du jeudi 25 janvier 2018',
        'Présents :',
        '- Conseillers municipaux : M. Hervé LAMBERT, Mme Soraya BELKHIR',
        '- Membre désigné par le Préfet : M. Jean-Claude PERRET, délégué départemental de l’Éducation nationale',
        '- Sociétaires élus : Mme Karine DELORME, M. Gérald ANTONIN',
        'Excusée : Mme Véronique BOISSON',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Hervé LAMBERT', 'Soraya BELKHIR', 'Jean-Claude PERRET', 'Karine DELORME', 'Gérald ANTONIN']);
  });

  it('an electronic vote’s annex, each count over the voters named, contradicts the unanimity above it', () => {
    const { summary, findings } = analyseText(
      [
        'COMMISSION PERMANENTE DU CONSEIL RÉGIONAL',
        'Réunion du 17 octobre 2024',
        'Membres en exercice : 22 – Présents : 18 – Représentés : 4 – Votants : 22',
        '',
        'OBJET : Avenant n° 2 au marché de maîtrise d’œuvre du lycée Jean-Moulin',
        'DÉCIDE d’approuver l’avenant.',
        '',
        'Adopté à l’unanimité.',
        '',
        'ANNEXE – RÉSULTAT DU VOTE ÉLECTRONIQUE',
        'Pour : 20',
        'LE GOFF Régis, RIVIÈRE Anne (délégation), POTIN Claire, FOUCAULT Élise (délégation), GUILLOU Hervé, JAFFRÉ Maëlle, CHAUVIN Sébastien, BOUCHER Patricia, LE DUC Yann, TANGUY Gwen, MORVAN Loïc, PRIGENT Anne-Sophie (délégation), QUÉRÉ Bastien, RIOU Clarisse, SALAÜN Denis, TRÉGUIER Fanny (délégation), URVOY Gilles, VALLÉE Hélène, ABGRALL Iwan, BERTHOU Jeanne',
        'Contre : 2',
        'THOMAS Jean-Yves, LEROUX Sylvie',
        'Abstention : 0',
      ].join('\n'),
    );
    expect(summary.votes).toMatchObject({ for: 20, against: 2, abstain: 0 });
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });
});

describe('text as encodings and typing habits leave it', () => {
  it('a text typed in capitals joins two members with « ET »', () => {
    const { summary, findings } = analyseText(
      [
        'SEANCE DU MARDI 14 MARS 1995',
        'DELEGUES EN EXERCICE : 8      PRESENTS : 3      VOTANTS : 3',
        'PRESENTS : M. JEAN-LOUIS ALBOUY (FONTAVAL), M. GEORGES CAYLA (LE VIALARET), M. RENE MAZARS (CAMBRESSOLES).',
        'ABSENTS : M. LOUIS BALSAN ET M. YVES CARRIERE (SAINT-JEAN), MME SIMONE AZEMAR ET M. CLAUDE GALTIER (LA BASTIDE), M. PIERRE ARLES (COMBRET).',
        'SECRETAIRE : M. GEORGES CAYLA.',
      ].join('\n'),
    );
    expect(summary.absent_names).toEqual(['LOUIS BALSAN', 'YVES CARRIERE', 'SIMONE AZEMAR', 'CLAUDE GALTIER', 'PIERRE ARLES']);
    expect(codes(findings)).toEqual([]);
  });

  it('a double-spaced text: the proxy holder’s surname after the empty line', () => {
    const { summary } = analyseText(
      [
        'Séance du 7 octobre 2008',
        '',
        'Présents : M. Alain COURTOIS, Mme Brigitte LANGLOIS, M. Daniel PICHON.',
        '',
        'Absente excusée : Mme Claudine ROUSSEL, qui a donné pouvoir à M. Daniel',
        '',
        'PICHON.',
        '',
        'Secrétaire de séance : Mme Brigitte LANGLOIS.',
      ].join('\n'),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Claudine ROUSSEL > Daniel PICHON']);
  });
});

describe('a fifth draw of real families', () => {
  it('a comma one word early before a bracketed note', () => {
    const { summary } = analyseText(
      [
        'Séance du 21 novembre 2017',
        'Présents : BOSCHER Yvon, CORBEL Anne, DAGORN Hervé, GICQUEL Marie, HAMON Jean-Paul, LE HÉNAFF Loïc Absents : LE MOAL Gwénaëlle, TANGUY-RIOU, Nadège PERRON Yves (pouvoir à LE HÉNAFF Loïc), QUÉRÉ Alain',
        'Secrétaire de séance : CORBEL Anne',
      ].join('\n'),
    );
    expect(summary.absent_names).toEqual(['LE MOAL Gwénaëlle', 'TANGUY-RIOU Nadège', 'PERRON Yves', 'QUÉRÉ Alain']);
    expect(pairs(summary.proxies_list)).toEqual(['PERRON Yves > LE HÉNAFF Loïc']);
  });

  it('a secretary’s designation cut by the excerpt still names the secretary', () => {
    const { summary } = analyseText(
      'COMMUNE DE HOHWILLER SEANCE DU 14 MARS 2008 Conseillers présents : 1. KUNTZ Michel 2. BRAUN Évelyne 3. FREYER Lucien Ordre du jour 1. Installation des conseillers municipaux 2. Formation du bureau 3. Election du Maire POINT 1 - Installation des conseillers municipaux La séance est ouverte sous la présidence de M. Michel KUNTZ, Maire sortant, qui après l’appel nominal, donne lecture des résultats constatés aux procès-verbaux des élections et déclare installer MM. et Mmes KUNTZ Michel, BRAUN Évelyne, FREYER Lucien dans leurs fonctions de conseillers municipaux. Il rappelle les règles de l’élection du maire, au scrutin secret et à la majorité absolue, et remercie les électeurs de leur participation. Il remercie également les membres du conseil sortant et les agents communaux. COMMUNE DE HOHWILLER CM du 14.3.2008 POINT 2 - Formation du bureau M. Lucien FREYER, le plus âgé des membres du conseil présents, prend la présidence de la séance. Mme Évelyne BRAUN, la plus jeune, est désignée secrétaire de séa',
    );
    expect(summary.secretary).toBe('Évelyne BRAUN');
  });

  it('Luxembourg: the proxies « remises au collège » head their list; a member who gave none is no pair', () => {
    const { summary } = analyseText(
      [
        'Séance publique du 16 décembre 2020',
        'Présents',
        'Carole Weis / Bourgmestre, Romain Kieffer, Jeff Majerus / Échevins',
        'Nadine Thill, Guy Hilger / Conseillers',
        'Excusé(e)(s)',
        'Patrick Schammel / Conseiller, Tom Bertemes / Conseiller, Claudine Feyder / Conseillère',
        'Conformément à la loi modifiée du 24 juin 2020, les procurations de vote suivantes ont été remises au collège des bourgmestre et échevins:',
        '- Patrick Schammel / Conseiller à Guy Hilger / Conseiller',
        '- Claudine Feyder / Conseillère à Carole Weis / Bourgmestre',
        'Monsieur Tom Bertemes / Conseiller, excusé, n’a pas donné de procuration.',
        '1. Budget 2021',
      ].join('\n'),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Patrick Schammel > Guy Hilger', 'Claudine Feyder > Carole Weis']);
  });

  it('an absence said with the member’s role in apposition (Québec)', () => {
    const { summary } = analyseText(
      [
        'Séance ordinaire du Conseil municipal, tenue à la salle municipale, le 2 mai 2011, à 19h30, à laquelle étaient présents le maire,',
        'Monsieur Léon Gagné, les conseillers Monsieur Réal Boulet, Madame Lise Poulin et Monsieur Yvan Cloutier.',
        'Madame Guylaine Mercure, conseillère au siège # 6, est absente.',
      ].join('\n'),
    );
    expect(summary.absent_names).toEqual(['Guylaine Mercure']);
  });

  it('another body’s unanimity quoted in apposition is no vote of the item', () => {
    const { summary } = analyseText(
      [
        'CONSEIL COMMUNAL – Séance du 23 janvier 2019',
        'Présents : M. Xavier DEPRÉ, Bourgmestre-Président ; Mme Lydie BRASSEL, M. Paul ERNST, Conseillers.',
        '',
        '1. Communications',
        'Courrier de la Fabrique d’église de Saint-Remy concernant le budget 2019, arrêté à l’unanimité par le conseil de fabrique, sollicitant une intervention communale de 12.475,36 €.',
      ].join('\n'),
    );
    expect(summary.votes).toBeNull();
  });
});
