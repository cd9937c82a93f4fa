/**
 * Layouts the two-hundred-and-forty-fourth invented corpus (comités syndicaux: delegates by member body, weighted votes,
 * tables) found missing. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a scan whose convocation date has its month written in l’s for 1’s', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DE TRANSPORT SCOLAIRE DU VAL DE LISANDRE',
    'REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL',
    '',
    'Séance du jeudi 14 novembre l996',
    'Date de la convocation : 07/ll/l996',
    'Nombre de délégués en exercice : 4    Présents : 4    Votants : 4',
    '',
    'Présents : MARCHAL Odette ; PERRIN Lucien ; BLONDEL Sylvie ; THOMAS Armand.',
    '',
    'N° 96/11 - TARIFS DU CIRCUIT DU MATIN',
    'Le Comité, après en avoir délibéré, à l’unanimité, fixe le tarif à 120 F par élève.',
  ]);

  it('reads the convocation date with its l’s as 1’s', () => {
    const { summary } = analyseText(doc);
    expect(summary.convocation_date).toBe('1996-11-07');
  });
});

describe('one row per member commune, its weight in brackets, the delegate and the state after dotted leaders', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL D’ÉLECTRICITÉ DE LA HAUTE-ORBELLE',
    'Séance du comité syndical du mardi 12 mars 2019',
    '',
    '                  Délégués    Voix',
    'En exercice           6         10',
    'Présents              4          7',
    'Représentés           1          2',
    'Votants               5          9',
    '',
    'Orbelle-la-Ville (3 voix) ........ Gilles MOURGUES ........ présent',
    'Saint-Aulaire-Haut (2 voix) ...... Hélène BOUSCARAT ....... présente',
    'Le Puy-d’Orbelle (2 voix) ........ Marc VEYSSIÈRE ......... représenté – pouvoir à Gilles MOURGUES',
    'Vertaizon-Bas (1 voix) ........... Yvette CHARBONNEL ...... présente',
    'Sauzet-la-Combe (1 voix) ......... Louis ROUDIER .......... présent',
    'Marsac-le-Vieux (1 voix) ......... Denise FAUCHER ......... excusée',
    '',
    'OBJET : Éclairage public – contribution 2019',
    'Le comité syndical, après en avoir délibéré, à l’unanimité, fixe la contribution à 40 € par point lumineux.',
  ]);

  it('reads the member between the commune and the state, and the holder of a proxy written after « représenté »', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Gilles MOURGUES', 'Hélène BOUSCARAT', 'Yvette CHARBONNEL', 'Louis ROUDIER']);
    expect(summary.absent_names).toEqual(['Denise FAUCHER']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Marc VEYSSIÈRE > Gilles MOURGUES']);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('an exposé of a later meeting approving minutes named by their session, above minutes headed with another date', () => {
  const page = (approved: string) =>
    text([
      'Exposé n° 1 | Commune de Saint-Aubin-des-Landes',
      'Accueil › Intercommunalités › Syndicat – comptes rendus',
      'Aperçu texte du document joint (PDF) – la mise en forme d’origine n’est pas conservée',
      `SIVU DES LANDES DU BOUGÈS Séance du 14 février 2022 EXPOSÉ N° 1 APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU ${approved} Procès-verbal de la séance du 19 janvier 2022 Sous la présidence de Monsieur LAPEYRE Émile, Président, ÉTAIENT PRÉSENTS : Mmes DUPRAT Annie, LAMOTHE Josette, MM. CAZENAVE Paul, DARRIGRAND Luc, ESTRADE Marc, FAGET Louis. EXCUSÉ : M. GARAT Henri. Le procès-verbal de la séance précédente est adopté à l’unanimité.`,
    ]);

  it('reads the approved date as a second date of the session when it differs', () => {
    const { summary, findings } = analyseText(page('12 JANVIER 2022'));
    expect(summary.session_date).toBeNull();
    expect(errorCodes(findings)).toContain('DATE_CONFLICT');
  });

  it('reads one session when the two dates agree', () => {
    const { summary, findings } = analyseText(page('19 JANVIER 2022'));
    expect(summary.session_date).toBe('2022-01-19');
    expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
  });
});

describe('a presence table with a vacant seat’s row in brackets, and the president named « sur convocation de leur Président »', () => {
  const doc = text([
    'Comité syndical du 6 mars 2017',
    '',
    'Les délégués du syndicat mixte Réseaux Numériques de la Varonne se sont réunis le lundi 6 mars 2017 à 18 h à Vallon-sur-Varonne, sur convocation de leur Président, M. Hugues DAMBRUN.',
    '',
    'Délégués présents ou représentés',
    'NOM PrénomStructure représentéePrésent(e) ou suppléé(e)Suppléant(e), pouvoir donné à',
    'DAMBRUN Hugues Département X',
    'LACOMBE Irène Département X',
    'MAZET Paul Département',
    '(siège vacant) CC du Haut-Varonne',
    'PRADAL Yvette CC du Haut-Varonne X',
    'ROUSSEL Denis CC des Gorges X',
    'TESTUD Claire CC des Gorges',
    '',
    'Le comité adopte à l’unanimité le plan de déploiement 2017-2020.',
  ]);

  it('reads the rows after the vacant seat and the president', () => {
    const { summary } = analyseText(doc);
    expect(summary.president).toBe('Hugues DAMBRUN');
    expect(summary.present_names).toEqual(expect.arrayContaining(['PRADAL Yvette', 'ROUSSEL Denis']));
    expect(summary.absent_names).toEqual(expect.arrayContaining(['TESTUD Claire']));
  });
});

describe('weighted votes in prose: the delegates and their voix after a comma', () => {
  const doc = text([
    'SYNDICAT MIXTE DE TRAITEMENT DES DÉCHETS DE LA HAUTE-VARDE',
    'Compte rendu de la réunion du Comité syndical du mardi 8 juin 2010',
    '',
    'Le Comité syndical, convoqué le 1er juin 2010, s’est réuni sous la présidence de M. Jean VIALARET, Président.',
    'Selon l’article 6 des statuts, le comité compte 8 délégués titulaires disposant',
    'ensemble de 30 voix. Délégués présents : 6, représentant 24 voix ; délégués représentés : 1,',
    'représentant 3 voix ; votants : 7 délégués, 27 voix.',
    '',
    'Sont présents : M. Jean VIALARET, Mme Odette BRUNEL, M. Paul CAYROL, Mme Anne DELMAS, M. Luc ESTIVAL, Mme Rose FABRE.',
    'Pouvoir : M. Guy GARRIGUES à M. Paul CAYROL.',
    'Excusé : M. Henri JOUVE.',
    '',
    '1 – TARIFS DE TRAITEMENT',
    'Le Comité fixe le tarif à 62,00 € HT la tonne.',
    'Vote (en voix) : Pour : 21 – Contre : 3 – Abstentions : 3.',
  ]);

  it('compares the tally in voix with the votants’ voix', () => {
    const { findings } = analyseText(doc);
    expect(errorCodes(findings)).not.toContain('TALLY_MISMATCH');
    expect(errorCodes(findings)).not.toContain('COUNT_EXCEEDS_OFFICE');
  });

  it('still reports a tally in voix that is not the votants’ voix', () => {
    const { findings } = analyseText(doc.replace('Pour : 21', 'Pour : 19'));
    expect(errorCodes(findings)).toContain('TALLY_MISMATCH');
  });
});

describe('proxies in one sentence, the pairs after the first apart by a comma and « et », the verb left out', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL D’ASSAINISSEMENT DU HAUT-LUY',
    'Extrait du registre des délibérations du comité syndical – séance du 3 mars 2009',
    '',
    'Nombre de délégués en exercice : 10 – présents : 6 – votants : 9',
    '',
    'Étaient présents : MM. Paul LARRIEU, Jean CAMPET, Marc DUBOS, Mmes Anne LAFITTE, Rose MIQUEU, Josiane PÈRE.',
    '',
    'M. Guy SAINT-MARTIN avait donné pouvoir à M. Paul LARRIEU, Mme Lise TAUZIN à',
    'M. Jean CAMPET et M. Louis BROCAS à Mme Anne LAFITTE.',
    '',
    'Absent : M. Serge LABORDE.',
    '',
    '1° REDEVANCE 2009',
    'Le comité syndical adopte la redevance à l’unanimité.',
  ]);

  it('reads every pair', () => {
    const { summary, findings } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Guy SAINT-MARTIN > Paul LARRIEU', 'Lise TAUZIN > Jean CAMPET', 'Louis BROCAS > Anne LAFITTE']);
    expect(errorCodes(findings)).not.toContain('VOTERS_MISMATCH');
  });
});

describe('the present members by college in one paragraph, each college’s label after a semicolon, names wrapped', () => {
  const doc = text([
    'SYNDICAT D’ÉNERGIE DE LA HAUTE-DROUANNE – Comité syndical',
    'PROCÈS-VERBAL DE LA SÉANCE DU MARDI 14 MARS 2017',
    '',
    'En exercice : 12 · Présents : 10 · Pouvoirs : 1 · Votants : 11',
    '',
    'Présents :',
    'Collège Drouanne-Amont : Michel ARNAL (Président), Hélène BOYER, Paul',
    'CROS ; Collège des Causses : Annie DALMAS, Louis ESCAFFRE, Marie',
    'FABRE ; Collège des villes : Jean GAUBERT, Rose HUGONENC, Luc IZARD, Odile JULIEN.',
    '',
    'Pouvoirs :',
    'M. Guy LACAN donne pouvoir à M. Paul CROS',
    '',
    'Excusé : M. René MALZAC.',
    '',
    '1 – COMPTE DE GESTION 2016',
    'Adopté à l’unanimité (11 voix).',
  ]);

  it('reads the members, not the colleges, and joins the wrapped names', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Michel ARNAL', 'Hélène BOYER', 'Paul CROS', 'Annie DALMAS', 'Louis ESCAFFRE', 'Marie FABRE', 'Jean GAUBERT', 'Rose HUGONENC', 'Luc IZARD', 'Odile JULIEN']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});
