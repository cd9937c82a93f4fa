/**
 * Layouts the sixty-fifth to sixty-seventh invented corpora (fixtures/corpus
 * 6501–6720) found missing: web pages, office documents and e-mails copied to
 * text, names from the whole territory, attendance that moves and votes counted
 * differently. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);
const pairs = (list: Array<{ from: string; to: string | null }> | null) => (list ?? []).map((p) => `${p.from} > ${p.to}`);

describe('text copied from web pages, office documents and e-mails', () => {
  it('members indented under their commune, and « remplacé par son suppléant », keep both lists whole', () => {
    const { summary, findings } = analyseText(
      [
        'COMITÉ SYNDICAL DU SIVOM DE LA HAUTE-ORBIEL',
        'Séance du mardi 8 mars 2022',
        '',
        'Délégués en exercice : 8 ; présents : 5 ; votants : 5',
        '',
        'Délégués présents :',
        '▪ Saint-Rémy-des-Landes',
        '    ◦ M. Pascal VERDOL, Président',
        '    ◦ Mme Agathe RIBOULET',
        '▪ Villard-le-Haut',
        '    ◦ M. Hugues TARDIEU, Vice-Président',
        '▪ Combelongue-sur-Orbiel',
        '    ◦ Mme Irène FABRÈGUES',
        '    ◦ M. Loïc SERVANT, suppléant de M. Émile CAUSSADE',
        '',
        'Délégués excusés :',
        '▪ M. Émile CAUSSADE (Combelongue-sur-Orbiel), remplacé par son suppléant',
        '▪ M. Bruno ALQUIER (Villard-le-Haut)',
        '▪ Mme Nadine COSTES et M. Guy FERRAL (Montclar-sur-Orbiel)',
        '',
        '1. Budget primitif 2022',
        'Le budget est adopté à l’unanimité.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Pascal VERDOL', 'Agathe RIBOULET', 'Hugues TARDIEU', 'Irène FABRÈGUES', 'Loïc SERVANT']);
    expect(summary.absent_names).toEqual(['Émile CAUSSADE', 'Bruno ALQUIER', 'Nadine COSTES', 'Guy FERRAL']);
    expect(codes(findings)).toEqual([]);
  });

  it('an extract forwarded in an e-mail (« > » quoting every line) is read as the extract', () => {
    const { summary } = analyseText(
      [
        'De : Mairie de Vernassac <accueil@vernassac.fr>',
        'Objet : TR: délibération 2024-07',
        '',
        'Bonjour, voici le texte adopté hier soir.',
        '',
        '> EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
        '> Séance du lundi 4 mars 2024',
        '> Nombre de membres : en exercice 11 / présents 9 / votants 10',
        '>',
        '> Présents :',
        '> - M. Henri LAPEYRE, Maire',
        '> - Mme Odile SARRAZIN',
        '> - M. Jacques MIALHE',
        '> Procurations :',
        '> - Mme Lise GRANIER a donné pouvoir à M. Henri LAPEYRE',
        '>',
        '> Le conseil municipal, par 9 voix pour et 1 abstention, décide de vendre la parcelle.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Henri LAPEYRE', 'Odile SARRAZIN', 'Jacques MIALHE']);
    expect(pairs(summary.proxies_list)).toEqual(['Lise GRANIER > Henri LAPEYRE']);
    expect(summary.votes).toEqual({ for: 9, against: 0, abstain: 1, not_voting: 0 });
  });

  it('Markdown: headings and bold labels are read without their marks, a table of decisions gives each item its vote', () => {
    const { parsed, summary } = analyseText(
      [
        '# Communauté de communes du Val d’Ormance',
        '## Relevé de décisions – Conseil communautaire du jeudi 10 octobre 2019',
        '',
        '**Délégués en exercice :** 20 | **Présents :** 3 | **Pouvoirs :** 1 | **Votants :** 4',
        '',
        '**Présents :** Marc DELPEUCH, Sylvie ARNAL, Rémi COSTECALDE.',
        '',
        '**Pouvoirs :** Jean FABRE à Marc DELPEUCH.',
        '',
        '| N° | Objet | Vote |',
        '|---|---|---|',
        '| 2019-101 | Approbation du procès-verbal du 12 septembre 2019 | Unanimité |',
        '| 2019-102 | Tarifs de la piscine intercommunale | Pour : 3 – Abstention : 1 |',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Marc DELPEUCH', 'Sylvie ARNAL', 'Rémi COSTECALDE']);
    expect(summary.members_in_office).toBe(20);
    expect(summary.subject).toBe('2019-101 – Approbation du procès-verbal du 12 septembre 2019');
    expect(summary.votes).toEqual({ unanimous: true });
    expect(parsed.deliberations[1]!.vote).toMatchObject({ for: 3, abstain: 1 });
  });

  it('a table of decisions aligned with spaces, « Pour Contre Abst. » in columns; a heading alone with its count (« PRÉSENTS (3) »)', () => {
    const { parsed, summary } = analyseText(
      [
        'COMMUNE DE BRASSAC-LE-MOUTIER',
        'RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL',
        'Séance du jeudi 6 avril 2023',
        '',
        'PRÉSENTS (3)',
        'o   M. Paul SAVY, Maire',
        'o   Mme Anne CAYROL',
        'o   M. Léo MOURGUES',
        '',
        'POUVOIRS (1)',
        'o   Mme Rose VIALA à M. Paul SAVY',
        '',
        'N°        Objet                                              Pour   Contre   Abst.',
        '2023-14   Approbation du procès-verbal du 2 mars 2023           4       0       0',
        '2023-15   Vente d’un terrain communal                           3       1       0',
        '          Mme Anne CAYROL quitte la séance après ce point.',
        '2023-16   Tarifs de la cantine                                  3       0       0',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul SAVY', 'Anne CAYROL', 'Léo MOURGUES']);
    expect(pairs(summary.proxies_list)).toEqual(['Rose VIALA > Paul SAVY']);
    expect(summary.votes).toEqual({ for: 4, against: 0, abstain: 0, not_voting: 0 });
    expect(parsed.deliberations.map((d) => d.number)).toEqual(['2023-14', '2023-15', '2023-16']);
    expect(parsed.deliberations[1]!.vote).toMatchObject({ for: 3, against: 1 });
  });

  it('a list laid out in two columns of a pipe table reads every member; « * » bullets open list entries', () => {
    const { summary } = analyseText(
      [
        'Séance du 12 avril 2018',
        '',
        'Présents :',
        '| M. Bernard LACOMBE, Maire    | Mme Anne VIDAL        |',
        '| M. Jacques ROUQUIÉ           | Mme Nicole BERTHOU    |',
        '| M. Xavier TRUEL              |                       |',
        '',
        'Procurations (2) :',
        '* M. Alain PICHON à M. Bernard LACOMBE',
        '* Mme Rose FAVRE à Mme Anne VIDAL',
        '',
        'Le conseil municipal adopte à l’unanimité le budget.',
      ].join('\n'),
    );
    expect(new Set(summary.present_names)).toEqual(new Set(['Bernard LACOMBE', 'Anne VIDAL', 'Jacques ROUQUIÉ', 'Nicole BERTHOU', 'Xavier TRUEL']));
    expect(pairs(summary.proxies_list)).toEqual(['Alain PICHON > Bernard LACOMBE', 'Rose FAVRE > Anne VIDAL']);
  });

  it('a pipe table with a presence column: a presence table (« Excusée – suppléée par M. X » seats X)', () => {
    const { summary, findings } = analyseText(
      [
        'Compte rendu du comité syndical du 29 novembre 2018',
        'Délégués en exercice : 4 – Présents : 3 (dont 1 suppléant) – Pouvoirs : 1 – Votants : 4',
        '',
        '| Collectivité | Délégué titulaire | Présence |',
        '|---|---|---|',
        '| CC du Val Sourd | M. Jean PRADAL, Président | Présent |',
        '| CC du Val Sourd | Mme Odile CAZES | Excusée – suppléée par M. Henri BOUSQUET, suppléant |',
        '| CC des Trois Combes | M. Luc BARRAL | Excusé – pouvoir à M. PRADAL |',
        '| CC des Trois Combes | Mme Lise TEULIÈRE | Présente |',
        '',
        'Le compte rendu est approuvé à l’unanimité.',
      ].join('\n'),
    );
    expect(new Set(summary.present_names)).toEqual(new Set(['Jean PRADAL', 'Henri BOUSQUET', 'Lise TEULIÈRE']));
    expect(codes(findings)).toEqual([]);
  });

  it('a web page: « Mis à jour le » and the teasers of other pages (« … Lire la suite ») date no session', () => {
    const { summary, findings } = analyseText(
      [
        'Ville de Saint-Orens-la-Forêt',
        'Dernières publications',
        '* Conseil municipal du 4 juillet 2024 – procès-verbal… Lire la suite',
        '',
        'Compte rendu du conseil municipal du jeudi 26 septembre 2024',
        'Publié le 3 octobre 2024 | Mis à jour le 4 octobre 2024',
        '',
        'Présents : M. Alain BOUTET, Maire, Mme Sophie GRAND, M. Marc THIBAUD.',
        '',
        'Le conseil municipal approuve à l’unanimité le procès-verbal.',
      ].join('\n'),
    );
    expect(summary.session_date).toBe('2024-09-26');
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });
});

describe('names from the whole territory', () => {
  it('« tāvana » is a role; a Polynesian surname of two joined by « a » is one surname', () => {
    const { summary } = analyseText(
      [
        'Séance du vendredi 29 novembre 2019',
        '',
        'Présents : TEVAI Moana, tāvana ; TAIRUA a MAHINUI Heimana, 1re adjointe ; RAAPOTO Vaite ; TEPA Teva.',
        '',
        'Procurations : FARANI Poe à TAIRUA a MAHINUI Heimana.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['TEVAI Moana', 'TAIRUA a MAHINUI Heimana', 'RAAPOTO Vaite', 'TEPA Teva']);
    expect(summary.president).toBe('TEVAI Moana');
  });

  it('a grid whose first column numbers the rows, with one-letter state columns and a « Représenté(e) par » column', () => {
    const { summary } = analyseText(
      [
        'Séance du vendredi 10 juillet 2020',
        'P = présent(e) ; A = absent(e)',
        '',
        '| N° | NOM Prénom         | P | Représenté(e) par  | A |',
        '|----|--------------------|---|--------------------|---|',
        '| 1  | SAINT-AIMÉ Louis   | X |                    |   |',
        '| 2  | LUBERT Marie-Line  | X |                    |   |',
        '| 3  | CÉSAIRE Hugues     |   | SAINT-AIMÉ Louis   |   |',
        '| 4  | ÉTIENNE Gaston     |   |                    | X |',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['SAINT-AIMÉ Louis', 'LUBERT Marie-Line']);
    expect(pairs(summary.proxies_list)).toEqual(['CÉSAIRE Hugues > SAINT-AIMÉ Louis']);
    expect(summary.absent_names).toEqual(['ÉTIENNE Gaston']);
  });

  it('« WEIß » is a surname in capitals; « Mme X, empêchée, a donné pouvoir à M. Y »', () => {
    const { summary } = analyseText(
      [
        'Séance du lundi 20 mars 2017',
        '',
        'Étaient présents : MM. et Mmes HÄUSLER Bernd, Maire, WEIß Annemarie, 1re adjointe, GRÜN Patrick, SCHÄFER Lotte.',
        '',
        'Mme Laure MEYER, empêchée, a donné pouvoir à M. Patrick GRÜN.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['HÄUSLER Bernd', 'WEIß Annemarie', 'GRÜN Patrick', 'SCHÄFER Lotte']);
    expect(pairs(summary.proxies_list)).toEqual(['Laure MEYER > Patrick GRÜN']);
  });

  it('the same words with another surname in capitals are two members (« Michel THOMAS », « Thomas MICHEL »)', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du lundi 15 mai 2006',
        'Présents : 4',
        '',
        'Présents : Martin MARTIN, maire, Michel THOMAS, Thomas MICHEL, Laurent BERNARD.',
        'Excusé : Bernard LAURENT, procuration à Laurent BERNARD.',
        '',
        'Le conseil municipal adopte à l’unanimité le procès-verbal.',
      ].join('\n'),
    );
    expect(summary.present_names).toHaveLength(4);
    expect(codes(findings)).toEqual([]);
  });

  it('a role in two languages (« Merre / Maire »); a proxy entry in Basque read from its French note', () => {
    const { summary } = analyseText(
      [
        'Séance du 26 janvier 2026',
        '',
        'Présents : Anton PIERI, Merre / Maire ; Santu ALFONSI, 1u aghjuntu / 1er adjoint ; Letizia MATTEI.',
        '',
        'Ahalordeak / Pouvoirs : Peio ITHURBIDE-k Letizia MATTEI-ri (pouvoir de Peio ITHURBIDE à Letizia MATTEI).',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Anton PIERI', 'Santu ALFONSI', 'Letizia MATTEI']);
    expect(pairs(summary.proxies_list)).toEqual(['Peio ITHURBIDE > Letizia MATTEI']);
  });

  it('status rows aligned after the member’s commune, a role in brackets after the state', () => {
    const { summary } = analyseText(
      [
        'Comité syndical du 16 novembre 2010',
        '',
        'Commune          Délégué titulaire              Présence',
        'Haltzamendi      ETXEBERRI Jon                  présent (Président)',
        'Haltzamendi      ARANBURU Maite                 présente',
        'Urruña-Behere    LARRONDO Mixel                 excusé – pouvoir à ETXEBERRI Jon',
        'Urruña-Behere    OTEIZA Ana                     absente',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['ETXEBERRI Jon', 'ARANBURU Maite']);
    expect(summary.president).toBe('ETXEBERRI Jon');
    expect(pairs(summary.proxies_list)).toEqual(['LARRONDO Mixel > ETXEBERRI Jon']);
  });

  it('the right column of a two-column header (« … : 9        Séance du 20 novembre 1992 ») dates the session', () => {
    const { summary } = analyseText(
      ['DÉPARTEMENT DU HAUT-RHIN       Commune de KIRCHWALD', 'Conseillers élus : 9        Séance du 20 novembre l992', 'Conseillers présents : 8', '', 'Le conseil municipal fixe le prix de l’eau.'].join('\n'),
    );
    expect(summary.session_date).toBe('1992-11-20');
  });
});

describe('attendance that moves and votes counted differently', () => {
  it('voters named with their count in brackets, or « …, soit N voix »', () => {
    const a = analyseText(['Séance du 26 septembre 2023', '', '1 – Approbation du procès-verbal', 'Pour : 21', 'Contre : M. Roland DELMAS, Mme Sandra FABRÉ (2)', 'Abstention : M. Paul TAURAN (1)', 'Le procès-verbal est adopté.'].join('\n'));
    expect(a.summary.votes).toEqual({ for: 21, against: 2, abstain: 1, not_voting: 0 });
    const b = analyseText(
      [
        'Séance du 9 octobre 2012',
        '',
        'OBJET : Cession d’un chemin rural',
        'Ont voté pour : M. CHAMPION (et par pouvoir Mme BERNARD), Mme GAUTHIER, M. MONTAGNE, soit 4 voix.',
        'Ont voté contre : M. FOURNIER, Mme CHALON, M. DESVIGNES, Mme ROUSSEL, soit 4 voix.',
        'Les voix étant également partagées, la voix du Président est prépondérante.',
      ].join('\n'),
    );
    expect(b.summary.votes).toEqual({ for: 4, against: 4, abstain: 0, not_voting: 0 });
  });

  it('« (arrivée au point 3 ; pouvoir à M. X jusqu’à son arrivée) »: the proxy counts at the opening', () => {
    const { summary, findings } = analyseText(
      [
        'Commune de Castelnau-de-Brézac – conseil municipal',
        'Séance du mardi 26 février 2019',
        'En exercice : 5 – Présents : 2 – Pouvoirs : 2 – Votants : 4',
        '',
        'Présents : M. Serge DOUMENC, Maire ; Mme Lise MARTY.',
        'Absents excusés : M. Jean ARRIBAS (pouvoir à M. Serge DOUMENC) ; Mme Claire FABRÈGUE (arrivée au',
        'point 3 ; pouvoir à M. Serge DOUMENC jusqu’à son arrivée) ; M. Pierre CANCE.',
      ].join('\n'),
    );
    expect(pairs(summary.proxies_list)).toEqual(['Jean ARRIBAS > Serge DOUMENC', 'Claire FABRÈGUE > Serge DOUMENC']);
    expect(codes(findings)).toContain('PROXY_LIMIT_EXCEEDED');
  });

  it('a tally in weighted votes when « voix » opens the vote’s line', () => {
    const { findings } = analyseText(
      [
        'Comité syndical du 24 novembre 2015',
        '',
        '                    Délégués    Voix',
        'En exercice           14        22',
        'Présents              10        15',
        'Votants               10        15',
        '',
        'Vote (en voix) : Pour : 12 – Contre : 2 (M. Jacques PAUMELLE) – Abstentions : 1 (Mme Annick LEMERLE).',
      ].join('\n'),
    );
    expect(codes(findings)).not.toContain('TALLY_MISMATCH');
  });

  it('a tally that counts present + proxies is no TALLY_MISMATCH when the voters figure is the one that differs', () => {
    const { findings } = analyseText(
      [
        'Séance du 15 décembre 2015',
        'Membres en exercice : 5 – Présents : 3 – Procurations : 1 – Votants : 5',
        '',
        'Présents : M. Jean ROUX, Mme Anne DUMAS, M. Paul VIDAL.',
        'Procurations : Mme Rose FABRE à M. Jean ROUX.',
        'Absent : M. Louis MAS.',
        '',
        '1 – Tarifs communaux',
        'Pour : 3 – Contre : 1 – Abstention : 0',
      ].join('\n'),
    );
    expect(codes(findings)).toEqual(['VOTERS_MISMATCH']);
  });

  it('a declared proxy count that differs from its list makes PROXY_COUNT_MISMATCH, not also ATTENDANCE_INCOMPLETE', () => {
    const { findings } = analyseText(
      [
        'Séance du 28 juin 2016',
        'Membres en exercice : 6 – Présents : 3 – Procurations : 1 – Votants : 4',
        '',
        'Présents : M. Jean ROUX, Mme Anne DUMAS, M. Paul VIDAL.',
        'Procurations : Mme Rose FABRE à M. Jean ROUX ; M. Marc BRU à Mme Anne DUMAS.',
        'Absent : M. Louis MAS.',
      ].join('\n'),
    );
    expect(codes(findings)).toContain('PROXY_COUNT_MISMATCH');
    expect(codes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });

  it('an installation session’s present count stated in its second item (« Il dénombre quatorze conseillers présents »)', () => {
    const { summary } = analyseText(
      [
        'PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA SÉANCE DU 14 MARS 2008',
        'Conseillers présents : 1. PIERRAT Dominique 2. COLLIN Martine 3. HUMBERT Jean',
        'POINT 1 - Installation des conseillers municipaux',
        'POINT 2 - Formation du bureau M. Jean HUMBERT, le plus âgé, prend la présidence. Il dénombre trois conseillers présents et constate que la condition de quorum est remplie.',
      ].join('\n'),
    );
    expect(summary.present).toBe(3);
  });

  it('« propose de confier le secrétariat de séance à Mme X » names the secretary', () => {
    const { summary } = analyseText(
      ['Séance du 30 mars 2009', '', 'Présents : M. Jean ROUX, Maire, Mme Martine PELISSIER, M. Paul VIDAL.', '', '1. DÉSIGNATION DU SECRÉTAIRE DE SÉANCE', 'M. le Maire propose de confier le secrétariat de séance à Mme Martine PELISSIER, qui accepte.'].join('\n'),
    );
    expect(summary.secretary).toBe('Martine PELISSIER');
  });

  it('an outline: « d) » opening the next line is no part of the last name, « III. RÉSULTAT DU VOTE » is no item', () => {
    const { parsed, summary } = analyseText(
      [
        'Séance du mardi 3 octobre 2017',
        '',
        'I. CONSTITUTION DE LA SÉANCE',
        '   a) Membres en exercice : 5',
        '   b) Présents (3) : M. P. GRANIER, Maire ; Mme M.-C. FAURE ; Mme C. ROUQUIÉ.',
        '   c) Procurations (1) : M. R. DELMAS à M. P. GRANIER.',
        '   d) Absent (1) : M. B. CASTEL.',
        '',
        'II. OBJET : AMÉNAGEMENT DU BOURG',
        '   Le conseil municipal adopte le plan de financement.',
        '',
        'III. RÉSULTAT DU VOTE',
        '   Votants : 4 – Pour : 3 – Contre : 1 – Abstention : 0',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['P. GRANIER', 'M.-C. FAURE', 'C. ROUQUIÉ']);
    expect(summary.absent_names).toEqual(['B. CASTEL']);
    expect(parsed.deliberations).toHaveLength(1);
    expect(summary.votes).toEqual({ for: 3, against: 1, abstain: 0, not_voting: 0 });
  });

  it('a note wrapped inside the left column of two is no part of the right column’s name', () => {
    const { summary } = analyseText(
      [
        'Séance du 12 avril 2018',
        '',
        'Étaient présents :',
        'Bernard TESSIER, Maire                        Yolande MÉNAGER, 1re adjointe',
        'Gilles PASQUIER (arrivé à 20 h 25,           Laurence VÉRAC',
        'avant le vote du point 3)',
        'Stéphane OZANNE                               Émilie GRANDET',
        '',
        'Absents : Jérôme MOTTET.',
      ].join('\n'),
    );
    expect(new Set(summary.present_names)).toEqual(new Set(['Bernard TESSIER', 'Yolande MÉNAGER', 'Gilles PASQUIER', 'Laurence VÉRAC', 'Stéphane OZANNE', 'Émilie GRANDET']));
  });
});
