/**
 * Layouts the eighty-ninth to ninety-seventh invented corpora (fixtures/corpus
 * 8901–9720: the ninth to twelfth draws of real families and the hardest
 * families twice; OCR text of scans; tables as text conversions leave them;
 * an auditor's borders of the rules; a clerk's week of uploads) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

describe('subjects as the ninth and tenth draws head them', () => {
  it('a Belgian numbered object « Objet n° 7 : … » keeps its number', () => {
    const { summary, findings } = analyseText(
      [
        'CONSEIL COMMUNAL DE HERBAIMONT-LEZ-OURTHE',
        'Séance du 14 mars 2022',
        'Présents : M. Luc Gaspart, Bourgmestre-Président ; Mme Ines Colard, M. Yvon Thirion, Échevins ;',
        'Mme Nadia Delvaux, M. Félix Rasquin, Conseillers ;',
        'Mme Sabine Hubert, Directrice générale.',
        '',
        'Objet n° 7 : Marché public de travaux – réfection de la rue des Saules',
        'Le Conseil communal, à l’unanimité,',
        'Approuve le cahier spécial des charges.',
      ].join('\n'),
    );
    expect(summary.subject).toBe('Objet n° 7 – Marché public de travaux – réfection de la rue des Saules');
    expect(summary.votes).toEqual({ unanimous: true });
    expect(codes(findings)).toEqual([]);
  });

  it('« Objet unique : … » heads the only act', () => {
    const { summary } = analyseText(
      [
        'COMITÉ SYNDICAL DU SIVU DES COTEAUX DE LA BRANDE',
        'Séance du 6 juillet 2021',
        'Délégués en exercice : 8 – Présents : 7 – Votants : 7',
        '',
        'Objet unique : Adhésion de la commune de Vernoux-sur-Brande au syndicat',
        'Le comité syndical, après en avoir délibéré, à l’unanimité,',
        'Accepte l’adhésion.',
      ].join('\n'),
    );
    expect(summary.subject).toBe('Adhésion de la commune de Vernoux-sur-Brande au syndicat');
    expect(summary.members_in_office).toBe(8);
  });

  it('« Rapport n° 1.03 – OBJET : … »: a dotted report number, the object’s word dropped from the title', () => {
    const { summary } = analyseText(
      [
        'DÉPARTEMENT DE LA HAUTE-VALÈNE – Commission permanente du 12 avril 2024',
        'Sous la présidence de M. Arnaud FERRIÈRE',
        '',
        'Rapport n° 1.03 – OBJET : Aide aux communes pour la voirie rurale',
        'La Commission permanente, après en avoir délibéré,',
        'DÉCIDE d’attribuer les aides figurant en annexe.',
        'Adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(summary.subject).toBe('Rapport n° 1.03 – Aide aux communes pour la voirie rurale');
    expect(summary.president).toBe('Arnaud FERRIÈRE');
  });

  it('« DELIBERATION N 2020-031 : … », the degree sign lost', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE SAINT-GERVAZY-LE-HAUT',
        'Séance du conseil municipal du 3 février 2020',
        'Membres en exercice : 11 – Présents : 9 – Votants : 10',
        '',
        'DELIBERATION N 2020-031 : Vente de la parcelle AB 112 au lieu-dit Les Granges',
        'Le conseil municipal, après en avoir délibéré, à l’unanimité,',
        'Autorise le Maire à signer l’acte.',
      ].join('\n'),
    );
    expect(summary.subject).toBe('DELIBERATION N 2020-031 – Vente de la parcelle AB 112 au lieu-dit Les Granges');
    expect(codes(findings)).toEqual([]);
  });

  it('a bare « OBJET : » line, its title on the two lines below', () => {
    const { summary } = analyseText(
      [
        'MAIRIE DE LAUZERTIN',
        'Extrait du registre des délibérations – séance du 2 octobre 2019',
        '',
        'OBJET :',
        'Location du logement',
        'de l’ancien presbytère',
        '',
        'Le Maire expose que le logement est libre depuis le 1er septembre.',
        'Le conseil municipal, à l’unanimité, fixe le loyer à 420 € par mois.',
      ].join('\n'),
    );
    expect(summary.subject).toBe('Location du logement de l’ancien presbytère');
    expect(summary.amounts_eur).toEqual([420]);
  });

  it('headings after a table’s rule (« | N° 2001-38 – … ») or a bullet (« ➢ 2026-002 – … »)', () => {
    const piped = analyseText(
      [
        'COMMUNE DE BRÉVILLE-EN-CAUX – Conseil municipal du 9 mai 2001',
        '',
        '| N° 2001-38 – Tarifs de la cantine scolaire',
        'Le conseil municipal fixe le prix du repas à 2,10 € à l’unanimité.',
      ].join('\n'),
    );
    expect(piped.summary.subject).toBe('2001-38 – Tarifs de la cantine scolaire');
    const bulleted = analyseText(
      [
        'COMMUNE DE PONT-SUR-LAUZE – Conseil municipal du 19 janvier 2026',
        '',
        '➢ 2026-002 – Réhabilitation de la salle des fêtes',
        'Le conseil municipal, à l’unanimité, approuve le projet.',
      ].join('\n'),
    );
    expect(bulleted.summary.subject).toBe('2026-002 – Réhabilitation de la salle des fêtes');
  });

  it('the minutes approval named in a one-paragraph agenda, then asked for and approved: the approval is the subject', () => {
    const { summary } = analyseText(
      [
        'COMMUNE DE VILLARDIÈRES – PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 14 JUIN 2023',
        'Présents : M. Hervé LACOMBE, Maire, Mmes Odile FAURIE, Carole MESTRE, MM. Julien ROUQUETTE, Patrice DELMAS.',
        'Ordre du jour : approbation du procès-verbal du conseil municipal du 10 mai 2023 ; tarifs de l’accueil de loisirs ; questions diverses.',
        'Monsieur le Maire ouvre la séance à 20 h 30 : demande l’adoption du procès-verbal du conseil municipal du 10 mai 2023. Aucune observation n’étant formulée, le PV est adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(summary.subject).toBe('Adoption du procès-verbal du conseil municipal du 10 mai 2023');
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('« POINT 1 - Installation … » inside a text of one paragraph', () => {
    const { summary } = analyseText(
      [
        'COMMUNE DE SAINT-ALBIN-DES-GOURGUES Conseil municipal du 28 mars 2014 Ordre du jour : Installation des conseillers municipaux Election du maire Détermination du nombre des adjoints Election des adjoints POINT 1 - Installation des conseillers municipaux élus le 23 mars 2014 La séance est ouverte sous la présidence de M. Gilbert VAYSSIÈRE, maire sortant, qui déclare installés dans leurs fonctions les conseillers municipaux élus : MM. Alain CROZES, Bernard FABRE, Mmes Denise SOULIÉ, Marthe GINESTE, Yolande CAUSSE. Mme Yolande CAUSSE a été désignée secrétaire de séance. Le conseil municipal prend acte de son installation à l’unanimité.',
      ].join('\n'),
    );
    // (its number as the heading writes it: the 1 of « 2014 » is not the item's number)
    expect(summary.subject).toBe('POINT 1 – Installation des conseillers municipaux élus le 23 mars 2014');
    expect(summary.president).toBe('Gilbert VAYSSIÈRE');
    expect(summary.secretary).toBe('Yolande CAUSSE');
  });

  it('an unheaded act: its title is the line standing right above its vote', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE MONTLAUZIER – Conseil municipal du 28 mars 2014',
        'Membres en exercice : 23 – Présents : 22 – Votants : 22',
        '',
        'Détermination du nombre des adjoints',
        'Sur proposition de M. le Maire, le conseil municipal, par 18 voix pour et 4 abstentions, fixe à six le nombre des adjoints au maire.',
      ].join('\n'),
    );
    expect(summary.subject).toBe('Détermination du nombre des adjoints');
    expect(summary.votes).toEqual({ for: 18, against: 0, abstain: 4, not_voting: 0 });
    expect(codes(findings)).toEqual([]);
  });
});

describe('OCR text of scans and page layouts', () => {
  it('a reception stamp read far right into the ends of the present list’s lines is no part of the names', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE CASTELNAU-DE-BRASSAC',
        'Séance du conseil municipal du 14 juin 2011',
        'Présents : M. Roger CABROL, Maire,',
        'MM. Jean-Paul GINESTET, Alain MAUREL, Gilles                  S0US-PREFECTUR',
        'FOURNIER, Mmes Régine ALBERT, Maryse COUZINIÉ,                ARRIVÉ LE',
        'Mme Annie BARTHÈS.                                            2 1 JUIN 2011',
        'Absent excusé : M. Hervé SABLAYROLLES.',
        'Secrétaire de séance : Mme Annie BARTHÈS.',
        '',
        'OBJET : Tarifs de l’eau potable',
        'Le conseil municipal, à l’unanimité, fixe les tarifs.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Roger CABROL', 'Jean-Paul GINESTET', 'Alain MAUREL', 'Gilles FOURNIER', 'Régine ALBERT', 'Maryse COUZINIÉ', 'Annie BARTHÈS']);
    expect(summary.absent_names).toEqual(['Hervé SABLAYROLLES']);
    expect(codes(findings)).toEqual([]);
  });

  it('a page break (footer « Page 1/4 », a rule, the running header) inside an entry of the present list', () => {
    const { summary } = analyseText(
      [
        'COMMUNAUTÉ DE COMMUNES DU HAUT-VERDOUBLE',
        'Conseil communautaire du 12 avril 2022',
        'Présents : M. ROUSTAN Daniel (Saint-Arnac), M. GALY Pierre (Tautavel), Mme MONNIER',
        '',
        'Conseil communautaire du 12 avril 2022 – Page 1/4',
        '________________________________________',
        'COMMUNAUTÉ DE COMMUNES DU HAUT-VERDOUBLE',
        '',
        'Annick (Campoussy), M. VIDAL Éric (Vingrau), Mme PLANAS Josiane (Paziols).',
        'Excusé : M. BOSCH Louis (Cucugnan).',
        '',
        'OBJET : Fonds de concours voirie',
        'Le conseil communautaire, à l’unanimité, approuve.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['ROUSTAN Daniel', 'GALY Pierre', 'MONNIER Annick', 'VIDAL Éric', 'PLANAS Josiane']);
    expect(summary.absent_names).toEqual(['BOSCH Louis']);
  });

  it('« Présents : » and « Absents ou excusés : » side by side on one line, each list read in its column', () => {
    const { summary, findings } = analyseText(
      [
        'SYNDICAT INTERCOMMUNAL DES EAUX DU CAUSSE DE LIMOGNAC',
        'Comité syndical du 21 septembre 2021',
        '',
        'Présents :                                  Absents ou excusés :',
        'M. Jean CASTAGNÉ (Saint-Aurin)              M. Alain BESSIÈRES, pouvoir à M. Jean CASTAGNÉ',
        'Mme Lise VERDIER (Cremps)                   Mme Odette RIGAL (Bach)',
        'M. Paul MARTY (Vaylats)                     M. Rémi CAYLA, pouvoir à Mme Lise VERDIER',
        'M. Yves SERRES (Lalbenque)',
        '',
        'OBJET : Rapport annuel sur le prix et la qualité du service',
        'Le comité syndical, à l’unanimité, adopte le rapport.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Jean CASTAGNÉ', 'Lise VERDIER', 'Paul MARTY', 'Yves SERRES']);
    expect(summary.absent_names).toEqual(['Alain BESSIÈRES', 'Odette RIGAL', 'Rémi CAYLA']);
    expect(pairs(summary.proxies_list)).toEqual(['Alain BESSIÈRES > Jean CASTAGNÉ', 'Rémi CAYLA > Lise VERDIER']);
    expect(codes(findings)).toEqual([]);
  });

  it('« Mrne » read as « Mme »', () => {
    const { summary } = analyseText(
      [
        'COMMUNE DE SAINTE-FOY-DE-LONGAS',
        'Conseil municipal du 7 mars 2017',
        'Présents : M. Thierry BOUYSSOU, Maire, Mrne Liliane BURNIER, M. Paul ESTIVAL, Mrne Sandrine VIGNAL, M. Marc DELPECH.',
        'Absente : Mrne Josette LAFON.',
        '',
        'OBJET : Vote des taux d’imposition',
        'Le conseil municipal, à l’unanimité, maintient les taux.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Thierry BOUYSSOU', 'Liliane BURNIER', 'Paul ESTIVAL', 'Sandrine VIGNAL', 'Marc DELPECH']);
    expect(summary.absent_names).toEqual(['Josette LAFON']);
  });

  it('a count table whose cells are filled with the table’s rule (« |_____23_____| »)', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE LABASTIDE-DU-VERT',
        'Séance du conseil municipal du 16 décembre 2015',
        '|  En exercice  |  Présents  |  Votants  |',
        '|_____23_____|____15____|____17____|',
        '',
        'OBJET : Décision modificative n° 2',
        'Le conseil municipal, à l’unanimité, approuve.',
      ].join('\n'),
    );
    expect(summary.members_in_office).toBe(23);
    expect(summary.present).toBe(15);
    expect(summary.voters).toBe(17);
    expect(codes(findings)).toEqual([]);
  });

  it('« Pour : 8 - Contre : l - Abstention : l »: the letters read as ones', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE SAINT-CIRQ-MADELON',
        'Séance du conseil municipal du 4 avril 2016',
        'Membres en exercice : 11 – Présents : 10 – Votants : 10',
        '',
        'OBJET : Modification des statuts de la communauté de communes',
        'Après en avoir délibéré, le conseil municipal approuve la modification.',
        'Pour : 8 - Contre : l - Abstention : l',
      ].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 8, against: 1, abstain: 1, not_voting: 0 });
    expect(codes(findings)).toEqual([]);
  });
});

describe('tables as text conversions leave them', () => {
  it('a grid « Nom Prénom  Qualité  Code  Pouvoir donné à » (P, E, A, Pv), going on after a page break without its header', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE LESTRADE-ET-VIALAS',
        'Conseil municipal du 14 mars 2023',
        '',
        'Nom Prénom            Qualité          Code    Pouvoir donné à',
        'BOUSQUET Gérard       Maire            P',
        'ARNAL Michèle         1re adjointe     P',
        'CAZALS Jean           2e adjoint       Pv      BOUSQUET Gérard',
        'DURAND Sophie         Conseillère      E',
        '',
        'Mairie de Lestrade-et-Vialas – Conseil du 14 mars 2023                 1/4',
        '',
        '',
        'FABRE Olivier         Conseiller       P',
        'GRAS Hélène           Conseillère      A',
        'MOLINIER Paul         Conseiller       P',
        '',
        'OBJET : Tarifs de la salle polyvalente',
        'Le conseil municipal, à l’unanimité, fixe les tarifs.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['BOUSQUET Gérard', 'ARNAL Michèle', 'FABRE Olivier', 'MOLINIER Paul']);
    expect(summary.absent_names).toEqual(['GRAS Hélène', 'DURAND Sophie']);
    expect(pairs(summary.proxies_list)).toEqual(['CAZALS Jean > BOUSQUET Gérard']);
    expect(codes(findings)).toEqual([]);
  });

  it('a presence table copied one cell per line (« Délégué » / « Commune » / « Présence »)', () => {
    const { summary, findings } = analyseText(
      [
        'SYNDICAT MIXTE DU BASSIN DE LA SOURDOIRE',
        'Comité syndical du 9 novembre 2022',
        'Délégué',
        'Commune',
        'Présence',
        'ALBAGNAC Pierre',
        'Lantouy',
        '✓',
        'CAMBOU Didier',
        'Lantouy',
        'excusé – pouvoir à BOYER Martine',
        'BOYER Martine',
        'Saint-Jean-de-Laur',
        '✓',
        'DELRIEU Claude',
        'Saint-Jean-de-Laur',
        'absent',
        'ESCAFFRE Nadine',
        'Cénevières',
        '✓',
        '',
        'OBJET : Programme de travaux 2023',
        'Le comité syndical, à l’unanimité, approuve le programme.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['ALBAGNAC Pierre', 'BOYER Martine', 'ESCAFFRE Nadine']);
    expect(summary.absent_names).toEqual(['DELRIEU Claude', 'CAMBOU Didier']);
    expect(pairs(summary.proxies_list)).toEqual(['CAMBOU Didier > BOYER Martine']);
    expect(codes(findings)).toEqual([]);
  });

  it('the same with « Conseiller » / « Code » / « Mandataire » (P, Pv, E, A, « – »)', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE SAINT-MARTIN-DE-VERS',
        'Conseil municipal du 2 février 2024',
        'Conseiller',
        'Code',
        'Mandataire',
        'ABADIE Roger',
        'Pv',
        'SOUBIRON Jean-Marc',
        'SOUBIRON Jean-Marc',
        'P',
        '–',
        'LACAZE Yvette',
        'P',
        '–',
        'MOUYSSET Henri',
        'E',
        '–',
        'PEYRUSSE Alain',
        'A',
        '–',
        'TEULIÈRES Anne',
        'P',
        '–',
        '',
        'OBJET : Adressage des voies communales',
        'Le conseil municipal, à l’unanimité, approuve.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['SOUBIRON Jean-Marc', 'LACAZE Yvette', 'TEULIÈRES Anne']);
    expect(summary.absent_names).toEqual(['PEYRUSSE Alain', 'MOUYSSET Henri']);
    expect(pairs(summary.proxies_list)).toEqual(['ABADIE Roger > SOUBIRON Jean-Marc']);
    // (3 present of the 6 members the grid names: fewer than that floor's quorum of 4)
    expect(codes(findings)).toEqual(['QUORUM_NOT_MET']);
  });

  it('a pipe table of two members per row (« | NOM Prénom | Présence | NOM Prénom | Présence | »), its cells filled with the rule', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE SOUILLAGUET',
        'Conseil municipal du 11 octobre 2022',
        '| NOM Prénom | Présence | NOM Prénom | Présence |',
        '|_CROS Yvette_______|_présente____|_LAVERGNE Marc_____|_présent_____|',
        '|_DELON Paul________|_absent______|_MAURY Cécile______|_présente____|',
        '|_FOULQUIÉ Anne_____|_excusée_____|_PRADAL Jean_______|_présent_____|',
        '',
        'OBJET : Convention de déneigement',
        'Le conseil municipal, à l’unanimité, approuve.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['CROS Yvette', 'LAVERGNE Marc', 'MAURY Cécile', 'PRADAL Jean']);
    expect(summary.absent_names).toEqual(['DELON Paul', 'FOULQUIÉ Anne']);
    expect(codes(findings)).toEqual([]);
  });

  it('a tally table aligned with spaces whose row names the act: the counts read (and checked), the row no heading', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE MERCUÈS-LE-BAS',
        'Séance du conseil municipal du 27 mai 2011',
        'Membres en exercice : 23 – Présents : 19 – Votants : 21',
        '',
        'OBJET : Acquisition d’un terrain au lieu-dit La Combe',
        'Le conseil municipal décide d’acquérir la parcelle.',
        '                          Votants    Pour    Contre    Abstentions',
        'Délibération 2011-27      21         17      3         2',
      ].join('\n'),
    );
    expect(summary.subject).toBe('Acquisition d’un terrain au lieu-dit La Combe');
    expect(summary.votes).toEqual({ for: 17, against: 3, abstain: 2, not_voting: 0 });
    expect(codes(findings)).toContain('TALLY_MISMATCH');
  });

  it('a décision modificative whose total line gives each column’s total (« + 24 000,00 €   + 24 000,00 € »): no false sum alarm', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE SÉNAILLAC-LE-VIEUX',
        'Séance du conseil municipal du 18 novembre 2019',
        'Membres en exercice : 15 – Présents : 12 – Votants : 13',
        '',
        'OBJET : Décision modificative n° 3 – budget principal',
        'Le conseil municipal, à l’unanimité, adopte la décision modificative suivante :',
        'Article          Libellé                        Dépenses         Recettes',
        '2315             Installations, matériel        + 18 500,00 €',
        '2183             Matériel informatique          + 5 500,00 €',
        '1341             DETR                                            + 24 000,00 €',
        'Total                                           + 24 000,00 €    + 24 000,00 €',
      ].join('\n'),
    );
    expect(summary.amounts_eur).toEqual([18500, 5500, 24000]);
    expect(codes(findings)).toEqual([]);
  });

  it('a roll call as a table (« Conseiller<TAB>Vote »), one « Contre », after « à l’unanimité »', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE LOUBRESSAC-HAUT',
        'Séance du conseil municipal du 8 juillet 2021',
        'Membres en exercice : 5 – Présents : 5 – Votants : 5',
        '',
        'OBJET : Vente du chemin rural de la Garrigue',
        'Le conseil municipal, à l’unanimité, autorise la vente.',
        'Détail des votes',
        'Conseiller\tVote',
        'ANDRIEU Paul\tPour',
        'BRU Nadine\tPour',
        'CÉRÈDE Louis\tContre',
        'DALMAS Régine\tPour',
        'ESPINASSE Guy\tPour',
      ].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 4, against: 1, abstain: 0, not_voting: 0 });
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });

  it('a tally copied one cell per line (« Pour » / « Contre » / « Abstention » / 13 / 0 / 2)', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE CARENNAC-SUR-DORDOGNE',
        'Séance du conseil municipal du 2 décembre 2020',
        'Membres en exercice : 15 – Présents : 15 – Votants : 15',
        '',
        'OBJET : Création d’un poste d’adjoint technique',
        'Le conseil municipal approuve la création du poste.',
        'Pour',
        'Contre',
        'Abstention',
        '13',
        '0',
        '2',
      ].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 13, against: 0, abstain: 2, not_voting: 0 });
    expect(codes(findings)).toEqual([]);
  });

  it('a decisions table with « Votants » and « NPPV » columns', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE GINOUILLAC-EN-QUERCY',
        'Relevé des décisions du conseil municipal du 5 avril 2022',
        'Membres en exercice : 15 – Présents : 13 – Votants : 14',
        '',
        'N°         Objet                                  Votants   Pour   Contre   Abst.   NPPV',
        '2022-14    Subvention au comité des fêtes         14        11     0        1       2',
        '2022-15    Tarifs de la cantine scolaire          14        14     0        0       0',
      ].join('\n'),
    );
    expect(summary.subject).toBe('2022-14 – Subvention au comité des fêtes');
    expect(summary.votes).toEqual({ for: 11, against: 0, abstain: 1, not_voting: 2 });
    expect(codes(findings)).toEqual([]);
  });

  it('a TAB grid « Nom  Présent(e)  Représenté(e) par  Excusé(e) »: its headings are no lists', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE LAMOTHE-CASSEL',
        'Conseil municipal du 23 janvier 2024',
        'Nom\tPrésent(e)\tReprésenté(e) par\tExcusé(e)',
        'M. GARRIGUES Alain\tX\t\t',
        'Mme LAPORTE Sylvie\tX\t\t',
        'M. MAYNARD Luc\t\tM. GARRIGUES Alain\t',
        'Mme NOUALHAC Rose\tX\t\t',
        'M. ROQUES Henri\t\t\tX',
        '',
        'OBJET : Tarifs du columbarium',
        'Le conseil municipal, à l’unanimité, fixe les tarifs.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['GARRIGUES Alain', 'LAPORTE Sylvie', 'NOUALHAC Rose']);
    expect(summary.absent_names).toEqual(['ROQUES Henri']);
    expect(pairs(summary.proxies_list)).toEqual(['MAYNARD Luc > GARRIGUES Alain']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('officers, rolls and the auditor’s borders', () => {
  it('« • Secrétaire : X »; « à l’unanimité des suffrages exprimés (1 abstention : Mme X) », no count of voters written', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE CAJARC-LES-PRÉS',
        'Conseil municipal du 9 septembre 2020',
        '• Présents : M. Hugues TREILLE, Maire, Mmes Claire ASTRUC, Danièle BERGOUGNOUX, MM. Louis COUDERC, Pierre DEVÈZE, Serge FOISSAC.',
        '• Pouvoir : M. Julien GAUBERT à M. Louis COUDERC.',
        '• Secrétaire : Pierre DEVÈZE',
        '',
        'OBJET : Adhésion au groupement de commandes',
        'Le conseil municipal, à l’unanimité des suffrages exprimés (1 abstention : Mme Claire ASTRUC), approuve l’adhésion.',
      ].join('\n'),
    );
    expect(summary.secretary).toBe('Pierre DEVÈZE');
    expect(pairs(summary.proxies_list)).toEqual(['Julien GAUBERT > Louis COUDERC']);
    // six present, one represented, one abstention
    expect(summary.votes).toEqual({ for: 6, against: 0, abstain: 1, not_voting: 0 });
    expect(codes(findings)).toEqual([]);
  });

  it('a flattened table headed « …Présent(e) ou remplacé(e)… » and another college listed beside it; « convoqués par le Président sortant, Monsieur X »', () => {
    const { summary, findings } = analyseText(
      [
        'SYNDICAT DÉPARTEMENTAL D’ÉNERGIES DU HAUT-QUERCY',
        'Comité syndical du 8 décembre 2022',
        'Les délégués ont été convoqués par le Président sortant, Monsieur Bernard LAPEYRE, le 1er décembre 2022.',
        'DéléguéStructure représentéePrésent(e) ou remplacé(e)Remplacé(e) par / Pouvoir à',
        'CASTEL Bernard CC du Causse de Labastide présent',
        'DELPECH Aline CC du Causse de Labastide présente',
        'FOURNIÉ Jacques CC de la Vallée du Célé excusé',
        'LAGARRIGUE Rémi CC de la Vallée du Célé présent',
        'MOULY Sandrine CA du Grand Figeac présente',
        '',
        'Collège des communes isolées – délégués présents : M. Paul SÉGUY (Cambes), Mme Odile TAILLADE (Lunan).',
        '',
        'OBJET : Programme d’éclairage public 2023',
        'Le comité syndical, à l’unanimité, approuve le programme.',
      ].join('\n'),
    );
    expect(summary.president).toBe('Bernard LAPEYRE');
    expect(summary.present_names).toEqual(['CASTEL Bernard', 'DELPECH Aline', 'LAGARRIGUE Rémi', 'MOULY Sandrine', 'Paul SÉGUY', 'Odile TAILLADE']);
    expect(summary.absent_names).toEqual(['FOURNIÉ Jacques']);
    expect(codes(findings)).toEqual([]);
  });

  it('a Belgian « Mme X, Directrice générale, Secrétaire. » closing the attendance', () => {
    const { summary } = analyseText(
      [
        'COMMUNE DE HAMOIR-SUR-OURTHE',
        'Séance du conseil communal du 22 mars 2021',
        'Présents : M. Yves DEPREZ, Bourgmestre-Président ;',
        'MM. Jean LEJEUNE, Paul HANSOUL, Échevins ;',
        'Mmes Annie MOTTET, Sophie DUCHÊNE, M. Marc REMACLE, Conseillers.',
        'Excusé : M. Luc GILLET, Conseiller.',
        'Le Conseil étant en nombre pour délibérer, la séance est ouverte à 20 heures.',
        'Mme Catherine HOUBION, Directrice générale, Secrétaire.',
        '',
        'OBJET : Compte de la fabrique d’église',
        'Le Conseil, à l’unanimité, émet un avis favorable.',
      ].join('\n'),
    );
    expect(summary.secretary).toBe('Catherine HOUBION');
    expect(summary.present_names).toEqual(['Yves DEPREZ', 'Jean LEJEUNE', 'Paul HANSOUL', 'Annie MOTTET', 'Sophie DUCHÊNE', 'Marc REMACLE']);
  });

  it('a closing result told in one sentence (year’s result, result carried over, closing result) is checked', () => {
    const text = (closing: string) =>
      [
        'COMMUNE DE SAINT-PANTALÉON-DU-CAUSSE',
        'Séance du conseil municipal du 12 avril 2023',
        'Membres en exercice : 11 – Présents : 10 – Votants : 10',
        '',
        'OBJET : Compte administratif 2022',
        `La section de fonctionnement présente 412 300.00 € de recettes et 343 809.44 € de dépenses, soit un excédent de l’exercice de 68 490.56 € ; le résultat reporté de 102 337.40 € porte l’excédent de clôture à ${closing} €.`,
        'Le conseil municipal, à l’unanimité, approuve le compte administratif.',
      ].join('\n');
    // 68 490.56 + 102 337.40 = 170 827.96
    const wrong = analyseText(text('171 827.96'));
    expect(wrong.summary.amounts_eur).toEqual([412300, 343809.44, 68490.56, 102337.4, 171827.96]);
    expect(codes(wrong.findings)).toContain('AMOUNT_SUM_MISMATCH');
    expect(codes(analyseText(text('170 827.96')).findings)).toEqual([]);
  });

  it('« Nombre de présents : (6) Nombre de pouvoirs : (0) Suppléants présents sans voix délibérative : … », then the roll by member body', () => {
    const { summary, findings } = analyseText(
      [
        'SYNDICAT MIXTE DU SCOT DU VAL DE BRÉVANNE',
        'Comité syndical du 17 octobre 2023',
        'Nombre de délégués en exercice : 8',
        'Nombre de présents : (6) Nombre de pouvoirs : (0) Suppléants présents sans voix délibérative : Mme Chantal ROUX et M. Didier FERRAND. CC Brie des Étangs : Laurent MOREAU et Sandrine PETIT (Montval), Gérard BLANC (Couzy), CA Val de Marne-Ouest : Christine LEROY et Patrick GARNIER (Saint-Lys), Hélène FAURE (Moissac).',
        '',
        'OBJET : Débat d’orientation budgétaire 2024',
        'Le comité syndical prend acte de la tenue du débat.',
      ].join('\n'),
    );
    expect(summary.members_in_office).toBe(8);
    expect(summary.present).toBe(6);
    expect(summary.present_names).toEqual(['Laurent MOREAU', 'Sandrine PETIT', 'Gérard BLANC', 'Christine LEROY', 'Patrick GARNIER', 'Hélène FAURE']);
    expect(codes(findings)).toEqual([]);
  });

  it('a list cut by slashes: « // », « MARTY.F », « TEISSIER A. AZAÏS F. » (the slash lost)', () => {
    const { summary } = analyseText(
      [
        'COMMUNE DE SAINT-GUILHEM-DES-GARRIGUES',
        'Conseil municipal du 19 février 2018',
        'Présents : BOUDET R. / CALVET J. // PAGÈS H. / MARTY.F / TEISSIER A. AZAÏS F. / VIDAL M.',
        'Absent : ROUVIÈRE P.',
        '',
        'OBJET : Travaux de voirie 2018',
        'Le conseil municipal, à l’unanimité, approuve le programme.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['BOUDET R.', 'CALVET J.', 'PAGÈS H.', 'MARTY.F', 'TEISSIER A.', 'AZAÏS F.', 'VIDAL M.']);
    expect(summary.absent_names).toEqual(['ROUVIÈRE P.']);
  });

  it('« ONT ASSISTÉ À LA SÉANCE » / « Pour le conseil communal : » / … / « Pour le conseil de l’action sociale : »: the CPAS members are not present names', () => {
    const { summary } = analyseText(
      [
        'COMMUNE DE FLORENVILLE-SUR-SEMOIS',
        'Séance conjointe du conseil communal et du conseil de l’action sociale du 14 novembre 2022',
        'ONT ASSISTÉ À LA SÉANCE',
        'Pour le conseil communal :',
        'M. Olivier LAMBERT, Bourgmestre-Président ;',
        'Mme Valérie COLLIGNON, M. Thierry GÉRARD, Échevins ;',
        'Mme Anne PIRSON, M. Xavier DEMARCHE, Conseillers ;',
        'Pour le conseil de l’action sociale :',
        'Mme Josée ANTOINE, Présidente du CPAS ;',
        'M. Hubert LECLERCQ, Mme Nadine SIMON, Conseillers de l’action sociale ;',
        'Mme Martine GOFFIN, Directrice générale.',
        '',
        'Objet n° 1 : Rapport sur les synergies entre la commune et le CPAS',
        'Le Conseil prend connaissance du rapport.',
      ].join('\n'),
    );
    expect(summary.president).toBe('Olivier LAMBERT');
    expect(summary.present_names).toEqual(['Olivier LAMBERT', 'Valérie COLLIGNON', 'Thierry GÉRARD', 'Anne PIRSON', 'Xavier DEMARCHE']);
    expect(summary.subject).toBe('Objet n° 1 – Rapport sur les synergies entre la commune et le CPAS');
  });

  it('Québec: « Son Honneur le maire, Monsieur X » names X only', () => {
    const { summary } = analyseText(
      [
        'MUNICIPALITÉ DE SAINT-ÉLOI-DE-KAMOURASKA',
        'Procès-verbal de la séance ordinaire du conseil municipal tenue le 6 mars 2023 à 19 h 30',
        'Sont présents : Son Honneur le maire, Monsieur Réjean OUELLET, les conseillères Madame Line DUBÉ et Madame Nancy LÉVESQUE, les conseillers Monsieur Gaétan PELLETIER et Monsieur Yvan SIROIS.',
        'Madame Josée BÉRUBÉ, directrice générale, agit comme secrétaire.',
        '',
        'Résolution 2023-03-41 – Adoption de l’ordre du jour',
        'Il est proposé par Madame Line DUBÉ et résolu à l’unanimité d’adopter l’ordre du jour.',
      ].join('\n'),
    );
    expect(summary.president).toBe('Réjean OUELLET');
    expect(summary.present_names).toEqual(['Réjean OUELLET', 'Line DUBÉ', 'Nancy LÉVESQUE', 'Gaétan PELLETIER', 'Yvan SIROIS']);
  });

  it('Luxembourg: a proxy sentence after a long clause (« En application de la loi … Covid-19, Madame X, conseillère, a donné procuration de vote à Monsieur Y, conseiller »)', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNE DE KEHLEN-SUR-MAMER',
        'Séance publique du conseil communal du 18 janvier 2021',
        'Présents : M. Jean WAGNER, bourgmestre ; Mme Carole THEIS, M. Paul FELTEN, échevins ; Mme Anne KAYSER, M. Marc SCHILTZ, M. Luc HOFFMANN, conseillers ; M. Tom REUTER, secrétaire communal.',
        'Absente : Mme Sonja MULLER, conseillère.',
        'En application de la loi du 23 septembre 2020 portant des mesures concernant la tenue de réunions dans les communes dans le cadre de la lutte contre la pandémie Covid-19, Madame Sonja MULLER, conseillère, a donné procuration de vote à Monsieur Marc SCHILTZ, conseiller, pour la séance de ce jour.',
        '',
        '1. Budget rectifié 2020',
        'Le conseil communal approuve le budget rectifié à l’unanimité des voix.',
      ].join('\n'),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Sonja MULLER > Marc SCHILTZ']);
    expect(summary.absent_names).toEqual(['Sonja MULLER']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('an eleventh draw and a week of uploads (fixtures/corpus 9401–9520)', () => {
  it('counts told in a sentence: « Sur les 27 conseillers titulaires en exercice, 24 sont présents et 2 ont donné procuration »', () => {
    const { summary } = analyseText(
      [
        'Conseil de Communauté du 14 mars 2017 – procès-verbal',
        'La séance a été ouverte sous la présidence de Monsieur Yann KERGOAT. Sur les 27 conseillers titulaires en exercice, 24 sont présents et 2 ont donné procuration, soit 26 votants.',
      ].join('\n'),
    );
    expect(summary).toMatchObject({ members_in_office: 27, present: 24, proxies: 2, voters: 26 });
  });

  it('the seats alone, « Nombre de membres du conseil municipal : 9 », are the members in office', () => {
    const { summary } = analyseText(['COMMUNE DE LAVAYSSE', 'Séance du 3 février 2025', 'Nombre de membres du conseil municipal : 9', 'Présents : 8'].join('\n'));
    expect(summary.members_in_office).toBe(9);
  });

  it('a SCRUTIN block « DONT 5 PROCURATION(S) » one short of the members declared present and their proxies: TALLY_MISMATCH', () => {
    const text = (pour: number) =>
      [
        'CONSEIL COMMUNAUTAIRE DU 5 DÉCEMBRE 2023',
        'Nombre de membres en exercice : 30Nombre de présents participant au vote : 22',
        '',
        'OBJET : Plan climat – approbation',
        'Le Conseil, après en avoir délibéré, décide d’approuver le plan climat.',
        '',
        `SCRUTIN\tPOUR : ${pour}\tABSTENTION : 1`,
        '\tCONTRE : 0\tNE SE PRONONCE PAS : 0',
        '\tDONT 5 PROCURATION(S)\t',
      ].join('\n');
    expect(codes(analyseText(text(25)).findings)).toContain('TALLY_MISMATCH');
    expect(codes(analyseText(text(26)).findings)).not.toContain('TALLY_MISMATCH');
  });

  it('a flattened table whose header gives the letters’ legend « Présent (P) / Excusé (E) »', () => {
    const { summary } = analyseText(
      [
        'Comité syndical du 9 juin 2022',
        'Délégué(e)Collectivité représentéePrésent (P) / Excusé (E)Remplacé(e) par / Pouvoir à',
        'BRUNEL Odette CC Val d’Ay P',
        'CHAZE Marcel CC Val d’Ay E',
        'DUCROS Lucie CA Privas Centre P',
        'FAURE Gilles CA Privas Centre P',
        'GIRAUD Paule SIVU des Eaux E',
        '',
        'Secrétaire de séance : Lucie DUCROS',
        '',
        'Objet : Décision modificative n° 1 du budget 2022',
        'Le comité syndical, après en avoir délibéré, adopte à l’unanimité la décision modificative n° 1.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['BRUNEL Odette', 'DUCROS Lucie', 'FAURE Gilles']);
    expect(summary.absent_names).toEqual(['CHAZE Marcel', 'GIRAUD Paule']);
  });

  it('a Belgian roll by office closed by « Directrice générale, Secrétaire : X »: staff and the secretary, no councillor’s role', () => {
    const { summary } = analyseText(
      [
        'CONSEIL COMMUNAL DU LUNDI 12 OCTOBRE 2015 Présents : Bourgmestre-Président : MARCHAL Denis',
        '',
        'Echevin(e)s : LOUIS Carine, HUBERT Paul',
        '',
        'Conseillers(ères) : ANDRÉ Sylvie, BODART Luc, CLOSE Marie',
        '',
        'Directrice générale, Secrétaire : FRANÇOIS Nadine',
        '',
        'Excusés : DUBOIS Henri, Conseiller',
      ].join('\n'),
    );
    expect(summary.secretary).toBe('FRANÇOIS Nadine');
    expect(summary.present_names).toEqual(['MARCHAL Denis', 'LOUIS Carine', 'HUBERT Paul', 'ANDRÉ Sylvie', 'BODART Luc', 'CLOSE Marie']);
  });

  it('a proxy table saved as text, one TAB on each side of « à » or « pouvoir à »', () => {
    const { summary } = analyseText(
      [
        'Séance du conseil municipal du 4 juillet 2024',
        'Présents :\tRAMONDENC Josette, ROUGIER Bernard, SERIN Gabriel, VIDAL Rose',
        '',
        'Absents ayant donné pouvoir :',
        'BARRIAC Julien\tpouvoir à\tROUGIER Bernard',
        'COUFFIGNAL Sylvie\tà\tRAMONDENC Josette',
        '',
        'Absent :\tTEULADE Marc',
      ].join('\n'),
    );
    expect(pairs(summary.proxies_list)).toEqual(['BARRIAC Julien > ROUGIER Bernard', 'COUFFIGNAL Sylvie > RAMONDENC Josette']);
  });

  it('a grid of codes: a member « Suppléé » is neither present nor absent; the substitute’s member body is no name', () => {
    const { summary, findings } = analyseText(
      [
        'COMITÉ SYNDICAL DU 17 OCTOBRE 2023',
        'Délégués titulaires en exercice :\t6',
        'Présents :\t4',
        'Votants :\t4',
        '',
        'Feuille de présence :',
        'Délégué titulaire\tCollectivité\tPrésence',
        'ALBAGNAC Thomas\tMarvejols Agglomération\tPrésent',
        'VIALETTES Sabine\tMarvejols Agglomération\tPrésente',
        'MAYNADIER Christophe\tMarvejols Agglomération\tSuppléé',
        'ESTÈBE Pascal\tCC des Monts d’Olmes\tPrésent',
        'BOUSSAC Agnès\tCC des Monts d’Olmes\tAbsente',
        '',
        'Délégué suppléant siégeant avec voix délibérative :',
        'BOUSCAREL Henri\tMarvejols Agglomération\tPrésent (suppléant de MAYNADIER Christophe)',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['ALBAGNAC Thomas', 'VIALETTES Sabine', 'ESTÈBE Pascal', 'BOUSCAREL Henri']);
    expect(summary.absent_names).toEqual(['BOUSSAC Agnès']);
    expect(codes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });

  it('a member’s description with an acronym joined by « et » does not end the list', () => {
    const { summary } = analyseText(
      [
        'Réunion du bureau du mardi 8 octobre 2024',
        'Étaient présents :',
        'M. Jean-Claude ROUDAUT, Président (Vabre)',
        'Mme Hélène CAUSSADE, 4e vice-présidente, urbanisme et ADS (Pradinas)',
        'M. Alain FABRE, 5e vice-président, mobilités (Cazillac)',
        'M. Guy VERNET, membre du bureau (Castanet)',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Jean-Claude ROUDAUT', 'Hélène CAUSSADE', 'Alain FABRE', 'Guy VERNET']);
  });
});

describe('a twelfth draw and the hardest real families twice (fixtures/corpus 9601–9720)', () => {
  it('a table of contents (« SOMMAIRE Appel nominal 3 Délégations de vote 3 ») holds no count', () => {
    const { summary } = analyseText(
      [
        '1 CONSEIL DEPARTEMENTAL DU HAUT-LIRON Réunion du 16 octobre 2017 COMPTE RENDU INTEGRAL',
        '',
        '2 SOMMAIRE Appel nominal 3 Délégations de vote 3 Rapport n° 1 4',
        '',
        '3 3 Le Conseil départemental s est réuni le lundi 16 octobre 2017. Conseillers départementaux en exercice : 34',
      ].join('\n'),
    );
    expect(summary.proxies).toBeNull();
    expect(summary.members_in_office).toBe(34);
  });

  it('a roll by grouping after « Délégués présents : six (6) », the grouping’s name in small letters, delegates « NOM Prénom »', () => {
    const { summary } = analyseText(
      'Réunion du comité syndical du mardi 15 mars 2016. Délégués titulaires en exercice : huit (8) Délégués présents : six (6) CC de l’Orée du Bois : GAUDIN Pierre et BERTRAND Alice (Servon-le-Haut), LEROY Marc (Brie-Ouest). CA Sénart-Morin : VASSE Thérèse et N’DOYE Moussa (Combs-le-Bas), LAMY Paul (Réau-le-Bois). L’ordre du jour appelle le compte administratif 2015.',
    );
    expect(summary.present_names).toEqual(['GAUDIN Pierre', 'BERTRAND Alice', 'LEROY Marc', 'VASSE Thérèse', "N'DOYE Moussa", 'LAMY Paul']);
  });

  it('a roll by grouping after « Présents : (5) dont (1) … », each commune’s label before names without civility', () => {
    const { summary } = analyseText(
      'Comité syndical du 22 mars 2021. Délégués en exercice : (8) Présents : (5) dont (1) suppléant(e) avec voix délibérative Pouvoirs : (1) CC Val-Thève — Asnières-le-Bas : Françoise DELAUNAY, Gérard LOISEAU ; Baillet-les-Prés : Monique TESSIER. CA Plaine-Nord — Fosses-le-Haut : Jean-Marc AUBRY ; Marly-la-Ville : Didier CHAUVET (suppléant de Nadia KHELIF). Le quorum est atteint.',
    );
    expect(summary.present_names).toEqual(['Françoise DELAUNAY', 'Gérard LOISEAU', 'Monique TESSIER', 'Jean-Marc AUBRY', 'Didier CHAUVET']);
  });

  it('a flattened presence table with its mark first (« X COSTE Amélie CC … »), a seat « Délégué non désigné »', () => {
    const { summary } = analyseText(
      [
        'Compte-rendu du comité syndical du 20 juillet 2020',
        'Présents ayant voix délibérative',
        'Présent(e) ou suppléé(e)NOM PrénomStructure représentéeSuppléé(e) par / Pouvoir donné à',
        'X COSTA Amélie CC Berg et Vallon',
        'X DUSSERT Philippe CC Berg et Vallon',
        'ROUVIER Alain CC Berg et Vallon',
        'Délégué non désigné Commune de Lussas-le-Haut',
        'X FAURE Nicolas CA Rhône Vivarais',
        'X GLEIZE Monique CA Rhône Vivarais',
        '',
        'Le comité procède à l’élection de son président.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['COSTA Amélie', 'DUSSERT Philippe', 'FAURE Nicolas', 'GLEIZE Monique']);
    expect(summary.absent_names).toEqual(['ROUVIER Alain']);
  });

  it('a département’s roll by canton whose names carry a number or « et » (« Canton de Millau-1 : », « Canton des Raspes-et-Tarn : »)', () => {
    const { summary } = analyseText(
      'Le Conseil départemental s est réuni le lundi 16 octobre 2017. Conseillers départementaux en exercice : 6 Sont présents, canton par canton : Canton d Aubrac-Vallon : Jérôme BOUSQUIE, Nathalie VERGNES ; Canton de Millau-1 : Sandrine ARMANDE, Benoît FOURNIALS ; Canton des Raspes-et-Tarn : Lucie ESPINASSOU, Thierry GINESTOU. Madame la Présidente désigne Madame Nathalie VERGNES en qualité de secrétaire de séance.',
    );
    expect(summary.present_names).toEqual(['Jérôme BOUSQUIE', 'Nathalie VERGNES', 'Sandrine ARMANDE', 'Benoît FOURNIALS', 'Lucie ESPINASSOU', 'Thierry GINESTOU']);
    expect(summary.secretary).toBe('Nathalie VERGNES');
  });

  it('« Public admis dans la salle : 10 personnes » ends the proxy after it; « Effectif du Conseil : 15 membres »', () => {
    const { summary } = analyseText(
      'SEANCE DU 25 MAI 2020 Effectif du Conseil municipal : 15 membres Conseillers présents : 1. KELLER Bernard 2. ZIMMER Marc 3. FURSTER Anne Conseillère absente ayant donné procuration : HERRLE Léa à ZIMMER Marc Public admis dans la salle : 10 personnes Ordre du jour 1. Installation',
    );
    expect(pairs(summary.proxies_list)).toEqual(['HERRLE Léa > ZIMMER Marc']);
    expect(summary.members_in_office).toBe(15);
  });

  it('a transcribed page break inside a roll call (« … M. Serge LAURENT - » / « 4 4 Mme Brigitte MALET - … »)', () => {
    const { summary } = analyseText(
      [
        '3 3 L Assemblée départementale s est réunie le lundi 27 juin 2016. Ont répondu présent à l appel : M. Thierry ALBERT - Mme Nadège ARNAUD - M. Serge LAURENT -',
        '',
        '4 4 Mme Brigitte MALET - M. Christian MARTEL - Mme Odile MAURY. Absents excusés : M. Guy CAYRE.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Thierry ALBERT', 'Nadège ARNAUD', 'Serge LAURENT', 'Brigitte MALET', 'Christian MARTEL', 'Odile MAURY']);
  });

  it('« à l’invitation du Président sortant, Monsieur X » names the president; « Commandant X » is a civility', () => {
    const { summary } = analyseText(
      [
        'Les délégués du comité syndical se sont réunis le lundi 28 avril 2008 à 17h30, à l’invitation du Président sortant, Monsieur Gérard CHASTEL.',
        'Présents : M. Gérard CHASTEL, Commandant HAMELOT, Mme Annie LEBRUN.',
      ].join('\n'),
    );
    expect(summary.president).toBe('Gérard CHASTEL');
    expect(summary.present_names).toEqual(['Gérard CHASTEL', 'HAMELOT', 'Annie LEBRUN']);
  });

  it('a secretary designated inside the installation’s item (« le conseil désigne Mme X, benjamine de l’assemblée, en qualité de secrétaire de séance »)', () => {
    const { summary } = analyseText(
      'COMMUNE DE LANGWILLER SEANCE DU VENDREDI 21 MARS 2008 Conseillers présents (3) : 1. Hélène KIEFFEL 2. Bruno SCHWEB 3. Elise ZIMMERLI POINT 1 - Installation des conseillers municipaux La séance est ouverte. POINT 2 – Désignation du secrétaire de séance Sur sa proposition, le conseil désigne Mme Elise ZIMMERLI, benjamine de l’assemblée, en qualité de secrétaire de séance.',
    );
    expect(summary.secretary).toBe('Elise ZIMMERLI');
  });

  it('« Adopté à l’unanimi » cut by the excerpt is a unanimity', () => {
    const { summary } = analyseText(['Séance du 20 novembre 2023', 'Délibération D2023-38 – Tarifs de l’eau pour 2024', 'Madame le Maire propose de maintenir les tarifs.', 'Adopté à l’unanimi'].join('\n'));
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('Luxembourg: « …, Mme A a donné procuration de vote à M. B pour l’ensemble de la séance » after a long clause, no office in apposition', () => {
    const { summary } = analyseText(
      [
        'Présents',
        'Marc Thill (bourgmestre), Paul Krier (échevin)',
        'Tom Weber, Lynn Fabeck, Carlo Reding (conseillers)',
        'Excusé(e)(s)',
        'Claudia Lopesa (conseillère)',
        'Conformément à la loi modifiée du 24 juin 2020 portant introduction de mesures temporaires relatives à la loi communale modifiée du 13 décembre 1988 dans le cadre de la lutte contre le Covid-19, Mme Claudia Lopesa a donné procuration de vote à M. Tom Weber pour l’ensemble de la séance.',
        '1. Compromis de vente',
        'Le Conseil communal a approuvé à l’unanimité des membres présents et représentés le compromis de vente.',
      ].join('\n'),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Claudia Lopesa > Tom Weber']);
  });
});

describe('a thirteenth draw (fixtures/corpus 9801–9820)', () => {
  it('a slash before a dash bullet cuts the list (« - POTEL Sandrine / - CARRÉ Hervé, »)', () => {
    const { summary } = analyseText(
      ['Séance du 17 juin 2010', 'Etaient présents :', '', 'Mesdames et Messieurs les Adjoints et Conseillers Municipaux :', '', '- POTELLE Sandrine / - CARREL Hervé,', '- MOUTIER Chantal / - BOURDON Alexis,', '- SIMON Patricia.', '', 'ABSENTS EXCUSES : Madame LOISON.'].join('\n'),
    );
    expect(summary.present_names).toEqual(['POTELLE Sandrine', 'CARREL Hervé', 'MOUTIER Chantal', 'BOURDON Alexis', 'SIMON Patricia']);
  });

  it('a given name wrapped onto the next line after a surname with particles (« de MONTJOIE d’ANVERS » / « Xavier, »)', () => {
    const { summary } = analyseText(
      ['Séance du 24/10/2011.', 'SONT PRÉSENTS', 'M. LAMBERT Francis, Bourgmestre-Président', 'Mme PIRON Sophie, MM. BODET Jean-Marie, de MONTJOIE d’ANVERS', 'Xavier, Mlle GÉRAUD Aline, Conseillers communaux.', 'SONT EXCUSÉS', 'M. FALISE Georges, Conseiller communal.'].join('\n'),
    );
    expect(summary.present_names).toEqual(['LAMBERT Francis', 'PIRON Sophie', 'BODET Jean-Marie', "de MONTJOIE d'ANVERS Xavier", 'GÉRAUD Aline']);
  });

  it('proxies run on one line without separators (« M. A X à M. B Y Mme C Z à Mme D W »)', () => {
    const { summary } = analyseText(
      'Conseil de Communauté du 15 octobre 2018. Etaient présents : LE BRIS Yannick ; MORVAN Patrick ; LE GALL Odile ; JOUAN Hervé Procurations : M. Jacques GUILLOU à M. Patrick MORVAN Mme Nolwenn TANGUAY à Mme Odile LE GALL M. Erwan DANIEL à M. Yannick LE BRIS Secrétaire de séance : Mme Odile LE GALL',
    );
    expect(pairs(summary.proxies_list)).toEqual(['Jacques GUILLOU > Patrick MORVAN', 'Nolwenn TANGUAY > Odile LE GALL', 'Erwan DANIEL > Yannick LE BRIS']);
  });

  it('« Adopté à l’unanim », cut shorter still, is a unanimity; a president’s surname in small letters on the next line', () => {
    const { summary } = analyseText(
      ['Séance ordinaire du Conseil tenue le lundi 6 mai 2013, à laquelle sont présents les conseillers Madame Johanne Dion, Monsieur Réal Ouimet, formant quorum sous la présidence de Monsieur Clément', 'Bérard, maire.', '2013-05-098 ADOPTION DE L’ORDRE DU JOUR', 'Adopté à l’unanim'].join('\n'),
    );
    expect(summary.president).toBe('Clément Bérard');
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('« Assistance : 34 personnes » ends the list; a name cut by the excerpt at the end (« …, Alain GOU ») is no name', () => {
    const a = analyseText('SEANCE DU 14 MARS 2008 Conseillers présents : 1. KOENIG Bernard 2. LUTZER Caroline 3. MARTIN Daniel Assistance : 34 personnes Ordre du jour 1. Installation');
    expect(a.summary.present_names).toEqual(['KOENIG Bernard', 'LUTZER Caroline', 'MARTIN Daniel']);
    const b = analyseText('Comité syndical du 22 mars 2021. Présents : Mme Françoise DELAUNAY, M. Gérard LOISEAU, M. Alain GOU');
    expect(b.summary.present_names).toEqual(['Françoise DELAUNAY', 'Gérard LOISEAU']);
  });
});

describe('groupings as their extracts look (fixtures/corpus 9901–9920)', () => {
  it('a delegate’s commune after a dash, in capitals or in small letters, is no name', () => {
    const caps = analyseText(['Réunion du 27 septembre 2018', '', 'Présents :', '– SÉGUR Sandrine – ARGENT-SUR-LOIRE', '– ALLARD Arnaud – ARGENT-SUR-LOIRE', '– FABRIE Jean-Claude – CLÉMONT', '', 'Excusés :', '– PINAULT Karine – CLÉMONT (donne pouvoir à SÉGUR Sandrine)'].join('\n'));
    expect(caps.summary.present_names).toEqual(['SÉGUR Sandrine', 'ALLARD Arnaud', 'FABRIE Jean-Claude']);
    const title = analyseText(['Comité syndical du mardi 15 octobre 2019', 'PRÉSENTS', 'CC du Pays de Brayes : Guy PONSARD – Brayes ; Christian CLAVIER – Saint-Priest-la-Roche ; Jeanne SAULNIER – Molompize', 'REPRÉSENTÉ', 'Guy GARRIGOU a donné pouvoir à Guy PONSARD'].join('\n'));
    expect(title.summary.present_names).toEqual(['Guy PONSARD', 'Christian CLAVIER', 'Jeanne SAULNIER']);
  });

  it('a member body in a TAB column after its delegate (« VIOLET Paul<TAB>CA du Grand Sorbier ») is no name', () => {
    const { summary } = analyseText(['Séance du mardi 15 février 2022', 'Étaient présents :', '\tVIOLET Paul\tCA du Grand Sorbier', '\tROUQUET Guy\tCA du Grand Sorbier', '\tOULES Nicolas\tCC Vals de Brévenne', 'Excusés :', '\tDALBIN Solène\tCA du Grand Sorbier'].join('\n'));
    expect(summary.present_names).toEqual(['VIOLET Paul', 'ROUQUET Guy', 'OULES Nicolas']);
    expect(summary.absent_names).toEqual(['DALBIN Solène']);
  });

  it('a board’s roll: « Présents avec voix délibérative », colleges’ titles inside the list, members with a consultative voice apart', () => {
    const { summary } = analyseText(
      [
        'CONSEIL D’ADMINISTRATION DU SDIS – Séance du 10 décembre 2015',
        '| Présents (titulaires ou suppléants)     | 4 |',
        '',
        'Présents avec voix délibérative',
        '',
        'Au titre du Département :',
        '- Rémi BOUVARD',
        '- Marc CARDON',
        '',
        'Au titre des communes et des établissements publics de coopération intercommunale :',
        '- Henri BLANC',
        '- Thomas GELIN',
        '',
        'Membres avec voix consultative présents : Colonel Florence LAURENT, directeur départemental.',
      ].join('\n'),
    );
    expect(summary.present).toBe(4);
    expect(summary.present_names).toEqual(['Rémi BOUVARD', 'Marc CARDON', 'Henri BLANC', 'Thomas GELIN']);
  });

  it('a count box drawn with box-drawing characters; a session without quorum told after its date, then « de nouveau convoqué »', () => {
    const { summary, findings } = analyseText(
      [
        'Relevé de décisions du Bureau syndical – séance du 20 mai 2011',
        'Le Bureau syndical, réuni le jeudi 12 mai 2011, n’ayant pas atteint le quorum, a été de nouveau convoqué le 13 mai 2011 pour le vendredi 20 mai 2011 à 10 heures.',
        '┌───────────────────┬────┐',
        '│ Membres du Bureau │ 15 │',
        '│ Présents          │  5 │',
        '│ Pouvoir           │  1 │',
        '│ Votants           │  6 │',
        '└───────────────────┴────┘',
        'Présents : M. Hervé TEULAT, Président ; M. Franck DUMONT ; Mme Nicole OLIER ; Mme Nadine CAZAL ; M. Paul ROUX.',
      ].join('\n'),
    );
    expect(summary).toMatchObject({ session_date: '2011-05-20', members_in_office: 15, present: 5, proxies: 1, voters: 6 });
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
    expect(codes(findings)).not.toContain('QUORUM_NOT_MET');
  });
});

describe('groupings, continued', () => {
  it('counts in words in a series; substitutes « présents (sans voix délibérative) » apart from the members', () => {
    const { summary } = analyseText(
      [
        'Compte rendu de la réunion du comité syndical du 4 février 2010',
        'Le comité syndical s’est réuni sous la présidence de M. Didier BOISSON, Président. Six délégués en exercice, cinq présents, un pouvoir, six votants.',
        '',
        'Délégués titulaires présents :',
        '(LAVERNE) M. BOISSON Didier',
        '(LAVERNE) Mme RIGAUD Solange',
        '(SAINT-PÉRAN) Mme JOUVET Christine',
        '(SAINT-PÉRAN) Mme GÉLIS Françoise',
        '(FOURNOLS) M. LACAZE Hervé',
        'Pouvoir : (FOURNOLS) M. MARTHOUD Denis à M. LACAZE Hervé',
        'Délégués suppléants présents (sans voix délibérative) : (LAVERNE) M. REYNE Stéphane ; (SAINT-PÉRAN) M. GIRAUD Thierry',
        'Secrétaire de séance : Mme GÉLIS Françoise',
      ].join('\n'),
    );
    expect(summary).toMatchObject({ members_in_office: 6, present: 5, proxies: 1, voters: 6 });
    expect(summary.present_names).toEqual(['BOISSON Didier', 'RIGAUD Solange', 'JOUVET Christine', 'GÉLIS Françoise', 'LACAZE Hervé']);
  });
});
