/** Counts, dates, votes and amounts in the forms real extracts write them (invented texts). */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';
import { findAmounts } from '../../src/parse/amounts.ts';
import { SourceText } from '../../src/parse/source.ts';
import { analyseText } from '../helpers/analyse-text.ts';

const declared = (t: string) => {
  const d = parseText(t).session.declared;
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v).map(([k, v]) => [k, v!.value]));
};

describe('declared counts', () => {
  it.each([
    ['Nombre de membres en exercice : 86\nNombre de présents : 69\nNombre de procurations : 17', { members_in_office: 86, present: 69, proxies: 17 }],
    ['En exercice : 15 Présents : 12 Votants : 14', { members_in_office: 15, present: 12, voters: 14 }],
    ['Nombre de membres en exercice : 86Nombre de présents participant au vote : 69', { members_in_office: 86, present: 69 }],
    ['Conseillers en exercice ........ 23\nConseillers présents ......... 19', { members_in_office: 23, present: 19 }],
    ['Nombre de délégués en exercice (23)\nNombre de présents : (18)', { members_in_office: 23, present: 18 }],
    ['Procurations : 02 Nombre d’absents : 01 Nombre d’absents excusés : 03', { proxies: 2, absent: 1, excused: 3 }],
    ['Membres afférents au Conseil : 19 Membres en exercice : 18', { members_afferent: 19, members_in_office: 18 }],
    ['Nombre de conseillers titulaires présents : 26                Nombre de votants : 33', { present: 26, voters: 33 }],
  ])('%s', (text, want) => {
    expect(declared('Séance du 3 juin 2019\n' + text + '\n')).toEqual(want);
  });

  it('public attendance and postcodes are not counts', () => {
    expect(declared('Séance du 3 juin 2019 à Arnouville (95400)\nAuditeurs présents : 63\nPublic : 12 personnes\n')).toEqual({});
  });
});

describe('session and convocation dates', () => {
  const dates = (t: string) => {
    const s = parseText(t).session;
    return { session: s.date, convocation: s.convocation_date };
  };
  it('digits, words, weekday and "1er"', () => {
    expect(dates('Séance du jeudi 28 mars 2024\nConvocation envoyée le 19 mars 2024\n')).toEqual({ session: '2024-03-28', convocation: '2024-03-19' });
    expect(dates("L'an deux mil onze, le jeudi douze mai, à vingt heures trente, le Conseil municipal, régulièrement convoqué le six mai, s'est réuni…")).toEqual({ session: '2011-05-12', convocation: '2011-05-06' });
    expect(dates('Réunion ordinaire du conseil tenue le 1er juin 2009 à 20h05\nDate de la convocation : 26/05/2009')).toEqual({ session: '2009-06-01', convocation: '2009-05-26' });
    expect(dates("L'an deux mille dix-huit et le vingt décembre, le conseil municipal régulièrement convoqué le vingt-neuf novembre s'est réuni")).toEqual({ session: '2018-12-20', convocation: '2018-11-29' });
  });
  it('earlier sessions, laws and the next meeting are not the session', () => {
    const t = 'Conseil municipal du 9 décembre 2024\nLe Conseil approuve le procès-verbal de la séance du 4 octobre 2024.\nVu la loi du 7 août 2015.\nDate fixée pour la prochaine réunion : 23 janvier 2025.';
    expect(parseText(t).session.date).toBe('2024-12-09');
    expect(analyseText(t).summary.findings).not.toContain('DATE_CONFLICT');
  });
  it('two dates for the session, or a wrong weekday, are a conflict and no date is chosen', () => {
    const a = analyseText("Conseil du 15 avril 2019\nL'an deux mil dix-neuf, le vingt février, le Conseil municipal s'est réuni.");
    expect(a.summary.session_date).toBeNull();
    expect(a.summary.findings).toContain('DATE_CONFLICT');
    expect(analyseText('Séance du mercredi 28 mars 2024').summary.findings).toContain('DATE_CONFLICT');
    expect(analyseText('Séance du jeudi 28 mars 2024').summary.findings).not.toContain('DATE_CONFLICT');
  });
});

describe('votes', () => {
  const vote = (t: string) => analyseText('Séance du 3 juin 2019\nOBJET : Budget\n' + t).summary.votes;
  it.each([
    ['SCRUTIN\tPOUR : 86\tABSTENTION : 0\n\tCONTRE : 0\tNE SE PRONONCE PAS : 0\n\tDONT 17 PROCURATION(S)', { for: 86, against: 0, abstain: 0, not_voting: 0 }],
    ['Adopté à l’unanimité.', { unanimous: true }],
    ['Le conseil, après en avoir délibéré, adopte par 18 voix pour et 1 abstention.', { for: 18, against: 0, abstain: 1, not_voting: 0 }],
    ['Votants : 33 – Exprimés : 31 – Pour : 29 – Contre : 2', { for: 29, against: 2, abstain: 2, not_voting: 0 }], // the votes not expressed are abstentions (label view)
    ['Vote : Pour 12 / Contre 0 / Abstention 3', { for: 12, against: 0, abstain: 3, not_voting: 0 }],
    ['Il est résolu à l’unanimité des conseillers présents', { unanimous: true }],
    ['Voté à l’unanimit', { unanimous: true }],
  ])('%s', (text, want) => {
    expect(vote(text)).toEqual(want);
  });
  it('"pour" before an amount is not a vote', () => {
    expect(vote('Les recettes proviennent des redevances pour 990 000,00 € et des subventions pour 35 000 €.')).toBeNull();
  });
  it('"dont N procurations" and "votants/exprimés" are kept on the vote', () => {
    const d = analyseText('Séance du 3 juin 2019\nOBJET : Budget\nVotants : 33 – Exprimés : 31 – Pour : 29 – Contre : 2 – Abstentions : 2, dont 4 procurations').parsed.deliberations[0]!;
    expect(d.vote).toMatchObject({ voters: 33, expressed: 31, for: 29, against: 2, abstain: 2, proxies_included: 4, result: 'adopted' });
  });
});

describe('amounts', () => {
  const amounts = (t: string) => findAmounts(new SourceText(t), 0, t.length).map((a) => a.cents / 100);
  it.each([
    ['Le budget s’élève à 665 000 euros en 2024.', [665000]],
    ['une subvention de 332 500 € par l’État', [332500]],
    ['la somme totale de 1 048 000,00 €', [1048000]],
    ['Convention ADN – Montant : 35.250 €', [35250]],
    ['un montant H.T. de 135.186,30 €, et pour le lot n°2 : 168.115,45 €.', [135186.3, 168115.45]],
    ['excédent de 480 813.60€', [480813.6]],
    ['En Investissement : - 529 109.27€ somme', [-529109.27]],
    ['une enveloppe de 1,2 million d’euros', [1200000]],
    ['Loyer mensuel : 1 620,69 € HT', [1620.69]],
    ['au taux de 40 %, pour 3 années, 12 agents, Participation des parents : 22.849,08', []],
  ])('%s', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
  it('keeps the sentence and the year the amount belongs to', () => {
    const [a] = findAmounts(new SourceText('Le budget associé s’élève à 665 000 euros en 2024 puis est estimé à 700 000 euros.'), 0, 90);
    expect(a).toMatchObject({ cents: 66_500_000, year: 2024 });
    expect(a!.sentence).toContain('Le budget associé');
  });
});

describe('several deliberations in one document', () => {
  it('each item gets its subject, decisions and vote; all share the session', () => {
    const t = [
      'Conseil municipal du 9 décembre 2024',
      'Présents : Jean MARTIN, Anne ROUX, Paul DURAND.',
      'Secrétaire de séance : Anne ROUX',
      '',
      'Délibération n° 2024-51 – Décision modificative n° 2',
      'Le conseil municipal approuve la décision modificative. Adopté à l’unanimité.',
      '',
      'Délibération n° 2024-52 – Tarifs de l’eau 2025',
      'Le conseil municipal DÉCIDE :',
      '- de fixer le prix du mètre cube à 2,15 € ;',
      '- d’appliquer ces tarifs au 1er janvier 2025.',
      'Pour : 2 – Contre : 1 – Abstention : 0',
    ].join('\n');
    const p = parseText(t);
    expect(p.deliberations.map((d) => [d.number, d.subject])).toEqual([
      ['2024-51', 'Décision modificative n° 2'],
      ['2024-52', 'Tarifs de l’eau 2025'],
    ]);
    expect(p.deliberations[0]!.vote?.unanimous).toBe(true);
    expect(p.deliberations[1]!.vote).toMatchObject({ for: 2, against: 1, abstain: 0 });
    expect(p.deliberations[1]!.decisions.map((d) => d.verb)).toEqual(['fixer', 'appliquer']);
    expect(p.deliberations[1]!.amounts.map((a) => a.cents)).toEqual([215]);
    expect(p.session.date).toBe('2024-12-09');
  });
});

describe('ACTES matière stated in the text', () => {
  it('each item keeps the level-2 code it states; a stamp above a single item counts for it', () => {
    const two = parseText([
      'Conseil municipal du 9 décembre 2024',
      'Présents : Jean MARTIN, Anne ROUX, Paul DURAND.',
      '',
      'Délibération n° 2024-51 – Subvention au club de football',
      'Nomenclature ACTES : 7.5.1 Subventions accordées',
      'Adopté à l’unanimité.',
      '',
      'Délibération n° 2024-52 – Tarifs de la cantine',
      'Adopté à l’unanimité.',
    ].join('\n'));
    expect(two.deliberations.map((d) => d.matiere)).toEqual(['7.5', null]);
    const one = parseText('Matière : 3.2 Aliénations\nConseil municipal du 9 décembre 2024\nPrésents : Jean MARTIN, Anne ROUX.\nOBJET : Vente d’un terrain communal\nAdopté à l’unanimité.');
    expect(one.deliberations[0]!.matiere).toBe('3.2');
    expect(parseText('Conseil municipal du 9 décembre 2024\nOBJET : Vente\nUne matière de 2.5 tonnes. Adopté à l’unanimité.').deliberations[0]!.matiere).toBeNull();
  });
});

describe('attendance of one item', () => {
  it('a "Présents" block inside an item is that item’s attendance, not the session’s', () => {
    const t = [
      'Conseil municipal du 9 décembre 2024',
      'Présents : Jean MARTIN, Anne ROUX, Paul DURAND.',
      'Secrétaire de séance : Anne ROUX',
      '',
      'Délibération n° 2024-51 – Décision modificative',
      'Adopté à l’unanimité.',
      '',
      'Délibération n° 2024-52 – Tarifs',
      'Présents : Jean MARTIN, Anne ROUX.',
      'Absent : Paul DURAND (quitte la séance).',
      'Pour : 2 – Contre : 0',
    ].join('\n');
    const p = parseText(t);
    expect(p.session.attendance.present!.map((r) => r.name)).toEqual(['Jean MARTIN', 'Anne ROUX', 'Paul DURAND']);
    expect(p.deliberations.map((d) => d.number)).toEqual(['2024-51', '2024-52']);
    expect(p.deliberations[0]!.attendance).toBeNull();
    expect(p.deliberations[1]!.attendance!.present!.map((r) => r.name)).toEqual(['Jean MARTIN', 'Anne ROUX']);
    expect(p.deliberations[1]!.attendance!.absent.map((r) => r.name)).toEqual(['Paul DURAND']);
  });
});
