/**
 * Layouts the two-hundred-and-seventy-fifth invented corpus (OCR of scanned register pages) found missing. Every case is
 * written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('count lines whose dotted leaders the scan read as commas', () => {
  it('reads each count across its comma leaders', () => {
    const doc = text([
      'SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU DE GRANVAUX',
      'Séance du 14 mars 2019',
      'Délégués en exercice ,,,,,,,,,,,,,,,,,,,,,,,, 12',
      'Présents ,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,, 9',
      'Pouvoirs ,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,, 1',
      'Votants ,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,, 10',
      'Date de convocation : 6 mars 2019',
      '',
      'Présents : MM. ARDOIN Paul, BRESSY Luc, CAMPAN Yves, DOUMENC Rémi, ESCUDIÉ Marc, FABRY Jean, GIMET Henri,',
      'LABAT Serge, MAURY Alain.',
      'Pouvoir : M. NAVARRE Guy à M. ARDOIN Paul.',
      'Absents : MM. ORLIAC Marc, PUJOL René.',
      '',
      'OBJET : RENOUVELLEMENT DE CONDUITE',
      'Le comité, après en avoir délibéré, à l’unanimité, approuve le programme.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.members_in_office).toBe(12);
    expect(summary.present).toBe(9);
    expect(summary.proxies).toBe(1);
    expect(summary.voters).toBe(10);
  });
});

describe('a margin note handwritten under the absents’ line and read on a line of its own, far right', () => {
  it('keeps the last absent and reads the note as no part of the list', () => {
    for (const note of ['l2/3', 'vu', '3/11']) {
      const doc = text([
        'COMMUNE DE SAINT-ALBAN-DU-CAUSSE',
        'Séance du 12 mars 1976',
        'Etaient présents : MM. ROUQUET, BALITRAND, CALVET, DELRIEU, FABRÉ.',
        'Absents : MM. GINESTET (excusé), LAGARDE.',
        `                                                          ${note}`,
        'M. CALVET a été nommé secrétaire de séance.',
        '',
        'Objet : CHEMIN RURAL DU PUECH',
        'Le Conseil, après en avoir délibéré, à l’unanimité, approuve les travaux.',
      ]);
      const { summary } = analyseText(doc);
      expect(summary.absent_names).toEqual(['GINESTET', 'LAGARDE']);
    }
  });
});

describe('a proxy section headed « Ont donné délégation : »', () => {
  it('reads its pairs as proxies, the givers in no absence list', () => {
    const doc = text([
      'SYNDICAT MIXTE DU BASSIN DE LA VARENNE',
      'Comité syndical – séance du 9 février 2021',
      'Délégués en exercice : 12   Présents : 6   Pouvoirs : 2   Votants : 8',
      '',
      'Présents : Paul ALARY (Vinsac) ; Marc BRUNEL (Orcières) ; Anne CASSOU (Vinsac) ; Luc DARNIS (Soubès) ;',
      'Rose ESTÈVE (Orcières) ; Yves FRAYSSE (Soubès).',
      '',
      'Ont donné délégation : Hugo GALY a Paul ALARY ; Inès HUC a Marc BRUNEL.',
      '',
      'Excusés : Jules IMBERT, Léon JOUANY, Marie LABIT, Noé MAURY.',
      '',
      '1. APPROBATION DU PROCES-VERBAL',
      'Le procès-verbal est adopté à l’unanimité.',
    ]);
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Hugo GALY > Paul ALARY', 'Inès HUC > Marc BRUNEL']);
    expect(summary.absent_names).toEqual(['Jules IMBERT', 'Léon JOUANY', 'Marie LABIT', 'Noé MAURY']);
  });
});

describe('a proxy count of one written « Représenté : l » (the figure read as a letter, the label singular)', () => {
  it('reads the proxy count 1', () => {
    const doc = text([
      'CENTRE COMMUNAL D’ACTION SOCIALE DE MONTCABRIER',
      'Séance du 3 mai 2006',
      'Membres en exercice : 7     Présents : 5     Représenté : l     Votants : 6',
      '',
      'Présents : M. Henri ARNAL, Mme Lise BORIE, M. Jean CAYROU, Mme Anne DELMAS, M. Guy ESCAFFRE.',
      'Représenté : M. Paul FAGES donne pouvoir à Mme Lise BORIE.',
      'Excusée : Mme Rose GAYRAL.',
      '',
      '1. COMPTE RENDU',
      'Le compte rendu est approuvé à l’unanimité.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.proxies).toBe(1);
    expect(summary.present).toBe(5);
    expect(summary.voters).toBe(6);
  });
});

describe('delegates by commune on dotted lines whose leaders the scan shortened to one or two dots', () => {
  it('blanks each commune, its leaders one dot or many, and reads the delegates', () => {
    const doc = text([
      'SYNDICAT INTERCOMMUNAL DE VOIRIE DU HAUT-CÉOU',
      'Séance du 14 mai 1975',
      'Délégués en exercice : 6     Présents : 6     Votants : 6',
      '',
      'Présents :',
      ' Gourdon-le-Bas .......... MM. ALBOUY R., BESSE P.',
      ' Saint-Cirq-du-Mont . MM. CAVAROC J., DELBOS A.',
      ' Les Arques-Hautes .. M. ESCLAUZE L.',
      ' Payrac ........... M. FOUILHAC G.',
      '',
      'M. BESSE P. est désigné comme secrétaire.',
      '',
      'OBJET : PROGRAMME DE VOIRIE 1975',
      'Le Comité, après en avoir délibéré, à l’unanimité, adopte le programme.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ALBOUY R.', 'BESSE P.', 'CAVAROC J.', 'DELBOS A.', 'ESCLAUZE L.', 'FOUILHAC G.']);
  });
});

describe('a present list one per line, each line opening with a round bullet the OCR read as « e », no civility', () => {
  it('reads the names without the bullet letter', () => {
    const doc = text([
      'COMMUNE DE SAINT-PAUL-D’ESPIS',
      'Séance du 4 mars 2024',
      'Membres en exercice : 11',
      'Présents : 4',
      '',
      'Présents :',
      'e Arnaud BESSIÈRES',
      'e Claire DUMAS-VIDAL',
      'e Jean-Loup FERRAN',
      'e Odile GARRIGUES',
      '',
      'Absents : Mme Lina HOURS, M. Paul IZARD.',
      'Secrétaire de séance : Mme Claire DUMAS-VIDAL.',
      '',
      'Point 1 - TARIFS DE LA CANTINE',
      'Le Conseil, après en avoir délibéré, à l’unanimité, adopte les tarifs.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Arnaud BESSIÈRES', 'Claire DUMAS-VIDAL', 'Jean-Loup FERRAN', 'Odile GARRIGUES']);
  });
});

describe('a proxy holder written clean where the present list has the OCR’s look-alike (« Jean-PauI », « Plerre »)', () => {
  it('keeps the holder as the proxy line writes it', () => {
    const doc = text([
      'COMMUNE DE LAVAUR-SUR-TESCOU',
      'Séance du 5 juin 1997',
      'Présents : 4   Votants : 6',
      'Présents : M. Jean-PauI BARRIÈRE, M. Jean-Plerre COMBES, Mme Sirnone DALBY, M. Marc ESQUIÉ.',
      'Procurations : Mme Anne FALGUIÈRE a donné procuration à M. Jean-Paul BARRIÈRE ; M. Guy GAYRAUD a donné procuration',
      'à M. Jean-Pierre COMBES.',
      '',
      'OBJET : VOIRIE COMMUNALE',
      'Le Conseil, après en avoir délibéré, à l’unanimité, approuve le programme.',
    ]);
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Anne FALGUIÈRE > Jean-Paul BARRIÈRE', 'Guy GAYRAUD > Jean-Pierre COMBES']);
  });
});

describe('a roll call’s result said with the council’s kind: « 31 conseillers généraux sur 37 sont présents »', () => {
  it('reads the present and the members in office', () => {
    const doc = text([
      'CONSEIL GÉNÉRAL DU HAUT-VERDON',
      'SESSION ORDINAIRE DE PRINTEMPS 1971',
      'Première séance – Lundi 19 avril 1971',
      '',
      'Présidence de M. CASTAGNÉ, Président.',
      '',
      'M. LE PRÉSIDENT. – Mes chers collègues, je constate que 31 conseillers généraux sur 37 sont présents ; la séance',
      'est ouverte.',
      '',
      'Etaient présents : MM. ARNAUD, BASTIDE, CASTAGNÉ, DELPUECH.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(31);
    expect(summary.members_in_office).toBe(37);
  });
});

describe('a proxy clause after the giver’s office, « donne pouvoir a » (no accent) ending its line, the holder on the next', () => {
  it('reads the holder', () => {
    const doc = text([
      'CENTRE COMMUNAL D’ACTION SOCIALE DE VIELMUR',
      'Séance du 2 février 2008',
      '',
      'Présents : M. Louis AZAM, Président ; Mme Rose BALSA ; M. Guy CANTIÉ.',
      'Représenté : M. Jean DARDÉ, conseiller municipal, donne pouvoir a',
      'Mme Rose BALSA.',
      'Excusée : Mme Anne ESCANDE.',
      '',
      '1. COMPTE RENDU',
      'Le compte rendu est approuvé à l’unanimité.',
    ]);
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Jean DARDÉ > Rose BALSA']);
  });
});

describe('a board’s members one per line, each followed by the body they stand for (« représentant l’association … »)', () => {
  it('reads every member, the description no relation', () => {
    const doc = text([
      'CCAS DE LESCURE-D’ALBIGEOIS',
      'Séance du 7 mars 2008',
      '',
      'Présents :',
      ' - M. Paul ASTIÉ, Président',
      ' - Mme Inès BOYÉ, conseillère municipale',
      ' - Mme Rose CALVIGNAC, représentant l’association des familles',
      ' - M. Marc DELPOUX, représentant le club des aînés',
      ' - Mme Lise ESCOFFIER, représentant la Croix-Rouge',
      '',
      'Excusée : Mme Anne FONTAINE.',
      '',
      '1. COMPTE RENDU',
      'Le compte rendu est approuvé à l’unanimité.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Paul ASTIÉ', 'Inès BOYÉ', 'Rose CALVIGNAC', 'Marc DELPOUX', 'Lise ESCOFFIER']);
  });
});

describe('a presence table whose ticks a scan read « [x] » and « >< », its empty boxes « ☐ »', () => {
  it('reads the ticked as present, the excused ticked as absent, a holder alone as a proxy', () => {
    const doc = text([
      'COMMUNE DE MONTAGUT-SUR-LÈZE',
      'Séance du mardi 9 mars 2010',
      'Conseillers en exercice : 7 - Présents : 5 - Votants : 6',
      '',
      'NOM Prénom             | Présent | Excusé | Pouvoir a',
      'ALBAREDE Jean          | [x]     | ☐      |',
      'BOUSQUET Anne          | ><      |        |',
      'CAMBUS Louis           | [x]     | ☐      |',
      'DEDIEU Marthe          | ☐       | ☐      | ALBAREDE Jean',
      'ESQUIROL Paul          | [x]     | ☐      |',
      'FOURTANIER Rose        | ☐       | [x]    |',
      'GALINIER Marc          | ><      |        |',
      '',
      'OBJET : TARIFS DE LA SALLE DES FÊTES',
      'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, fixe les tarifs.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ALBAREDE Jean', 'BOUSQUET Anne', 'CAMBUS Louis', 'ESQUIROL Paul', 'GALINIER Marc']);
    expect(summary.absent_names).toEqual(['FOURTANIER Rose']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['DEDIEU Marthe > ALBAREDE Jean']);
  });
});

describe('a compound given name an OCR split with a space (« Mar ie-Claire »), in a list one name per line', () => {
  it('reads the name as one member and the list on past it', () => {
    const doc = text([
      'COMMUNAUTÉ DE COMMUNES DU CAUSSE DE LIMOGNE',
      'Séance du 11 mars 2021',
      'Membres en exercice : 10 | Présents : 5 | Votants : 5',
      '',
      'Présents :',
      'ALAUX Pierre',
      'BORIES Mar ie-Claire',
      'CAYLA Jean',
      'DELON Anne',
      'ESTIVAL Marc',
      '',
      'Excusés : FAGES Louis, GARY Rose, HUGON Paul, IMBERT Léa, JOUANY Guy.',
      '',
      'OBJET : VOIRIE',
      'Le Conseil communautaire, après en avoir délibéré, à l’unanimité, approuve le programme.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['ALAUX Pierre', 'BORIES Mar ie-Claire', 'CAYLA Jean', 'DELON Anne', 'ESTIVAL Marc']);
  });
});

describe('a proxy list in « NOM Prénom » cut by the excerpt inside the last holder’s given name', () => {
  it('reads the whole pairs and not the cut one', () => {
    const doc = text([
      'COMMUNE DE LOUBRESSAC',
      'Séance du 6 novembre 1996',
      'Conseillers en exercice : 9 - présents : 6 - votants : 9',
      '',
      'Etaient présents : MM. ALBOUY Pierre, BRU Jean, CASTES Marie, DELPY Luc, ESCAT Rose, FAURIE Paul.',
      '',
      'POUVOIRS : M. GALY Henri a M. ALBOUY Pierre ; Mme HUC Lise a M. BRU Jean ; M. IZARD Guy a M. DELPY Lu',
    ]);
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['GALY Henri > ALBOUY Pierre', 'HUC Lise > BRU Jean']);
  });
});

describe('a printed roll call ticked by hand, the box before each name read « X », « [x] », « >< » or « ☐ »', () => {
  it('reads the ticked members as present and not the unticked one', () => {
    const doc = text([
      'COMMUNE DE SAINT-JULIEN-CHAPTEUIL',
      'Nombre de membres en exercice ............ 5',
      'SEANCE DU 12 MAI 1983',
      '',
      'Présents (cocher) :',
      '  X   BRUNEL Auguste, Maire',
      ' [x]  CHAMBON Marie',
      ' ><   DEFOUR Paul',
      '  ☐   ESTIENNE Léon',
      '  X   FAYARD Rose',
      '',
      'Mme CHAMBON Marie a été désignée pour remplir les fonctions de secrétaire.',
      '',
      'OBJET : CHEMIN DU BOURG',
      'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, approuve les travaux.',
    ]);
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['BRUNEL Auguste', 'CHAMBON Marie', 'DEFOUR Paul', 'FAYARD Rose']);
  });
});
