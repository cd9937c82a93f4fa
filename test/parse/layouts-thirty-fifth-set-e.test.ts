/**
 * Layouts the two-hundred-and-seventy-first invented corpus (Belgian, Luxembourg and Swiss bodies) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a one-sentence list whose given names are abbreviated before surnames in capitals', () => {
  const doc = text([
    'Extrait du registre aux délibérations du conseil communal de Bettenhoven',
    '',
    'Séance publique du 9 mars 1984.',
    '',
    'Présents: MM. Rob. KAYSER, bourgmestre; Émile HOFFMANN, Guy REDING, échevins; Marc THEIS,',
    'Paul WAGENER, conseillers; Th. MULLER, secrétaire.',
    '',
    'Absent: M. Léon FABER, conseiller (excusé).',
    '',
    'Objet: Approbation du devis des travaux de voirie.',
    '',
    'Le conseil communal,',
    'Après délibération conforme, décide à l\'unanimité des voix d\'approuver le devis.',
  ]);

  it('keeps « Rob. » and « Th. » inside their entries: the list reads on, the secretary is the last entry', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Rob. KAYSER', 'Émile HOFFMANN', 'Guy REDING', 'Marc THEIS', 'Paul WAGENER']);
    expect(summary.secretary).toBe('Th. MULLER');
    expect(summary.absent_names).toEqual(['Léon FABER']);
  });
});

describe('a convocation dated only in the first item', () => {
  it('reads it from a visa: « Vu la convocation adressée aux membres du Conseil le … »', () => {
    const doc = text([
      'EXTRAIT DU REGISTRE AUX DÉLIBÉRATIONS DU CONSEIL COMMUNAL',
      '',
      'Séance publique du mardi 20 mars 2018',
      '',
      'Présents : M. Luc PIRSON, Bourgmestre-Président ; MM. Jean HALLET, Marc DENIS, Échevins ;',
      'Mmes Anne COLLET, Rose LAMBOT, M. Yves GODIN, Conseillers ;',
      'M. Paul RENARD, Directeur général.',
      '',
      'Point 1 – Travaux de réfection de la salle communale – Approbation',
      '',
      'LE CONSEIL COMMUNAL,',
      'Vu le Code de la démocratie locale et de la décentralisation ;',
      'Vu la convocation adressée aux membres du Conseil le 9 mars 2018 ;',
      'Après en avoir délibéré,',
      'DÉCIDE, à l\'unanimité, d\'approuver le projet.',
    ]);
    expect(analyseText(doc).summary.convocation_date).toBe('2018-03-09');
  });

  it('reads the letter, not the publication, in the chair\'s opening words of a roll call', () => {
    const doc = text([
      'CONSEIL GÉNÉRAL – Séance ordinaire du lundi 14 juin 2021',
      '',
      '1. Appel',
      '',
      'Membres en fonction : 30',
      'L\'appel fait constater la présence de 28 membres.',
      'Excusés : M. Marc ROTEN, Mme Aline FAVRE.',
      '',
      'Le président constate que le Conseil général a été valablement convoqué par publication au Bulletin officiel',
      'du 28 mai 2021 et par courrier du 27 mai 2021, et que le quorum est atteint.',
      '',
      '2. Règlement sur les déchets – Adoption',
      '',
      'Le règlement est accepté par 20 voix contre 5 et 2 abstentions, le président ne votant pas.',
    ]);
    expect(analyseText(doc).summary.convocation_date).toBe('2021-05-27');
  });
});

describe('a Bureau written one officer per line', () => {
  const doc = text([
    'CONSEIL MUNICIPAL',
    'Procès-verbal de la séance ordinaire du mardi 3 mars 2026, à 20h00',
    '',
    'Bureau :       M. Henri FAVRE, président',
    '               Mme Julie ROCH, vice-présidente',
    '               M. Yann DUCRET, secrétaire',
    '',
    'Présents :     Mmes et MM. BOREL, DUCRET, FAVRE, MOREL, ROCH, VUILLE, conseillères et conseillers municipaux',
    '',
    'Assistent :    M. Pierre GAY, maire',
    '',
    '1. Communications du Bureau',
  ]);

  it('gives each officer the role written on his own line', () => {
    const { summary } = analyseText(doc);
    expect(summary.president).toBe('Henri FAVRE');
    expect(summary.secretary).toBe('Yann DUCRET');
  });
});

describe('a TAB table whose marks say how the member attended, cut inside the last cell', () => {
  const doc = text([
    'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL DE L\'ACTION SOCIALE DU JEUDI 10 DÉCEMBRE 2020',
    '',
    'Séance tenue en visioconférence. M. Hugo LECLERCQ, Directeur général, assure le secrétariat.',
    '',
    'Composition du Conseil : 9 membres.',
    '',
    'NOM Prénom\tQualité\tPrésent\tExcusé',
    'MARCHAL Irène\tPrésidente\tX (visio)\t',
    'DUBOIS Louis\tConseiller\tX (sur place)\t',
    'HENRARD Lise\tConseillère\t\tX',
    'LEGRAND Paul\tConseiller\tX (visio)\t',
    'ROBIN Claire\tConseillère\tX (vi',
  ]);

  it('reads « X (visio) » and « X (sur place) » as present, the mark of the cut cell too', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['MARCHAL Irène', 'DUBOIS Louis', 'LEGRAND Paul', 'ROBIN Claire']);
    expect(summary.absent_names).toEqual(['HENRARD Lise']);
    expect(summary.president).toBe('MARCHAL Irène');
  });

  it('reads « Composition du Conseil : 9 membres » as the seats', () => {
    expect(analyseText(doc).summary.members_in_office).toBe(9);
  });
});

describe('excused titulaires under « Excusés et remplacés par leur suppléant : », and « Excusés (non remplacés) : »', () => {
  const doc = text([
    'CONSEIL GÉNÉRAL – Séance ordinaire du lundi 8 novembre 2021',
    '',
    'Membres en fonction : 30',
    'L\'appel fait constater la présence de 28 membres, dont 2 suppléants.',
    '',
    'Excusés et remplacés par leur suppléant :',
    '- Mme Nadia VOUILLOZ (PLR), remplacée par M. Jean CARRON, suppléant',
    '- M. Raphaël GIROUD (PS), remplacé par Mme Léa BRUCHEZ, suppléante',
    '',
    'Excusés (non remplacés) : M. Hervé MORET (PDC), Mme Sonia LUISIER (UDC).',
    '',
    '2. Règlement sur les déchets – Adoption',
    '',
    'Le règlement est accepté par 20 voix contre 5 et 2 abstentions, la présidente ne votant pas.',
  ]);

  it('reads both headings: every titulaire is excused, the suppléants sit for the first two', () => {
    const { summary, parsed } = analyseText(doc);
    expect(summary.absent_names).toEqual(['Nadia VOUILLOZ', 'Raphaël GIROUD', 'Hervé MORET', 'Sonia LUISIER']);
    expect(parsed.session.attendance.substitutions.map((s) => `${s.titular.name} > ${s.substitute.name}`)).toEqual(['Nadia VOUILLOZ > Jean CARRON', 'Raphaël GIROUD > Léa BRUCHEZ']);
  });
});

describe('an installation whose members are counted in words before « savoir : », then numbered one per line', () => {
  const doc = text([
    'REGISTRE AUX DÉLIBÉRATIONS DU CONSEIL COMMUNAL',
    '',
    'Séance d\'installation du mardi 4 janvier 1983',
    '',
    'Présents : les sept conseillers communaux élus le 10 octobre 1982, savoir :',
    '  1. M. GODART Henri, Bourgmestre nommé par arrêté royal du 20 décembre 1982',
    '  2. M. LEJEUNE Pierre',
    '  3. Mme COLSON Marthe',
    '  4. M. DUBOIS Albert',
    '  5. M. HUBERT Léon',
    '  6. Mme MATHY Jeanne',
    '  7. M. NOEL Jules',
    'et M. SIMON André, Secrétaire communal.',
    '',
    'La séance est ouverte à 19 heures sous la présidence de M. GODART Henri, Bourgmestre.',
    '',
    'OBJET : Installation des conseillers communaux - Prestation de serment.',
  ]);

  it('reads the numbered list past the bourgmestre\'s appointment, the count in words as the present', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['GODART Henri', 'LEJEUNE Pierre', 'COLSON Marthe', 'DUBOIS Albert', 'HUBERT Léon', 'MATHY Jeanne', 'NOEL Jules']);
    expect(summary.present).toBe(7);
    expect(summary.secretary).toBe('SIMON André');
  });
});

describe('a commission\'s recommendation with its own figures before the council\'s vote', () => {
  const doc = text([
    'CONSEIL GÉNÉRAL – Séance du lundi 6 décembre 2010',
    '',
    'Appel : 25 membres présents sur 27.',
    '',
    '1. Budget 2011',
    '',
    'M. Luc JEANNERET, rapporteur de la commission financière, recommande l\'adoption du budget par 4 voix',
    'contre 1. Le groupe libéral annonce son soutien.',
    'Au vote, le budget 2011 est accepté par 17 voix contre 5 et 2 abstentions, le président ne votant pas.',
  ]);

  it('takes the council\'s tally, not the commission\'s', () => {
    expect(analyseText(doc).summary.votes).toMatchObject({ for: 17, against: 5, abstain: 2 });
  });

  it('still takes an amendment\'s tally voted before the whole, when no commission recommends it', () => {
    const amended = text([
      'CONSEIL GÉNÉRAL – Séance du lundi 13 décembre 2010',
      '',
      'Appel : 40 membres présents sur 45.',
      '',
      '1. Budget 2011',
      '',
      'Mme Rose FAVRE, présidente de la commission de gestion, donne lecture du rapport, qui en recommande',
      'l\'acceptation sous réserve d\'un amendement au poste « Éclairage public ».',
      '',
      'L\'amendement de la commission, visant à augmenter ce poste de CHF 20\'000.–, est accepté par 27 voix contre 11 et 2 abstentions.',
      '',
      'Décision :',
      'Le Conseil général approuve le budget 2011 tel qu\'amendé par 31 voix contre 6',
      'et 2 abstentions, le président ne votant pas.',
    ]);
    expect(analyseText(amended).summary.votes).toMatchObject({ for: 27, against: 11, abstain: 2 });
  });
});

describe('a Luxembourg proxy under the Covid law said in the passive after a long clause: « X (Commune) est représenté par Y »', () => {
  const doc = (sentence: string) =>
    text([
      'Extrait du registre aux délibérations du comité',
      '',
      'Séance du mercredi 16 décembre 2020, à 18h00, par visioconférence',
      '',
      'Commune\tDélégué\tPrésence',
      'Bech\tM. Jean KREMER\tprésent',
      'Bech\tMme Anne THILL\tprésente',
      'Bech\tM. Marc HEINEN\texcusé',
      'Mondorf\tM. Luc SCHMIT\tprésent',
      'Mondorf\tMme Sonja WEIS\tprésente',
      '',
      'Délégués en fonction : 5 – Présents : 4 – Procuration : 1 – Votants : 5',
      '',
      sentence,
      '',
      'Point 1 – Budget 2021',
      'Le comité approuve le budget à l\'unanimité.',
    ]);

  it('reads the giver and the holder, the notes in brackets no part of their names', () => {
    const { summary } = analyseText(
      doc('En application de la loi modifiée du 24 juin 2020 portant introduction de mesures temporaires, M. Marc HEINEN (Bech) est représenté par M. Jean KREMER (Bech).'),
    );
    expect(summary.proxies_list).toEqual([{ from: 'Marc HEINEN', to: 'Jean KREMER' }]);
    // (not « est représenté par son suppléant »: the holder opens with a civility)
    const own = analyseText(doc('En application de la loi modifiée du 24 juin 2020 portant introduction de mesures temporaires, M. Marc HEINEN (Bech) est représenté par son suppléant.'));
    expect(own.summary.proxies_list).toEqual([]);
  });
});
