/**
 * Layouts the fifty-third to fifty-sixth invented corpora (fixtures/corpus
 * 5301–5620) found missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('groupings: delegates and their grouping, weighted votes, glued table headers', () => {
  it('« M. X – CA de Lorvelle » one per line: the grouping after the dash is no member', () => {
    const { summary, findings } = analyseText(
      [
        'Comité syndical du mardi 5 juin 2012',
        'Membres en exercice : 9 – présents : 5 – votants : 5',
        '',
        'Délégués présents :',
        'M. Paul RIVET – CA de Lorvelle',
        'Mme Anne CORDIER – CA de Lorvelle',
        'M. Luc MAROT – CA de Lorvelle',
        "Mme Rose FAVIER – CC du Pays d'Ambrenne",
        "M. Yves TELLIER – CC du Pays d'Ambrenne",
        '',
        'Le comité syndical, à l’unanimité, approuve le compte administratif.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul RIVET', 'Anne CORDIER', 'Luc MAROT', 'Rose FAVIER', 'Yves TELLIER']);
    expect(codes(findings)).not.toContain('DUPLICATE_MEMBER');
  });

  it('a long grouping label with its weight in brackets (« Communauté d’agglomération du Val (4 voix par délégué) : ») before its delegates', () => {
    const { summary } = analyseText(
      [
        'Séance du mercredi 12 décembre 2018',
        '',
        'Étaient présents :',
        "Communauté d'agglomération du Grand Valmont (4 voix par délégué) : M. Paul RIVET, Mme Anne CORDIER",
        'CC des Hauts de Brenne (2 voix par délégué) : M. Luc MAROT',
        '',
        'Délégué excusé : M. Yves TELLIER (Hauts de Brenne)',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul RIVET', 'Anne CORDIER', 'Luc MAROT']);
  });

  it('a count table « Délégués<TAB>Voix » gives the weight; « 2 voix d’abstention » is a tally option; the tally is checked in voix', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du mercredi 12 décembre 2018',
        '',
        '\tDélégués\tVoix',
        'En exercice\t6\t14',
        'Présents\t5\t12',
        'Votants\t5\t12',
        '',
        'Présents : M. Paul RIVET, Mme Anne CORDIER, M. Luc MAROT, Mme Rose FAVIER, M. Yves TELLIER',
        '',
        'Le Comité syndical, après en avoir délibéré, par 8 voix pour, 2 voix contre (M. Luc MAROT) et 2 voix d’abstention (Mme Rose FAVIER), fixe les contributions.',
      ].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 8, against: 2, abstain: 2, not_voting: 0 });
    expect(codes(findings)).not.toContain('TALLY_MISMATCH');
    expect(codes(findings)).not.toContain('COUNT_EXCEEDS_OFFICE');
  });

  it('a TAB table under a header row whose cells the extraction glued (« NOM PrénomCollectivitéPrésent(e)Excusé(e)Pouvoir donné à »)', () => {
    const { summary, findings } = analyseText(
      [
        'Comité syndical du 24 septembre 2019',
        '',
        'NOM PrénomCollectivité membrePrésent(e)Excusé(e)Pouvoir donné à',
        'RIVET Paul\tDépartement\tX',
        'CORDIER Anne\tDépartement\t\tX\tRIVET Paul',
        'MAROT Luc\tRégion\tX',
        'FAVIER Rose\tRégion\t\tX',
        'TELLIER Yves\tCC du Val',
        'BRUN Alice\tCC du Val\tX',
        '',
        'Le quorum étant atteint, le Président ouvre la séance.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['RIVET Paul', 'MAROT Luc', 'BRUN Alice']);
    expect(summary.absent_names).toEqual(expect.arrayContaining(['CORDIER Anne', 'FAVIER Rose', 'TELLIER Yves']));
    expect(summary.proxies_list).toEqual([{ from: 'CORDIER Anne', to: 'RIVET Paul' }]);
    expect(codes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
  });

  it('« Le comité syndical, composé de 30 délégués titulaires » states the seats', () => {
    const { summary } = analyseText('Comité syndical du 16 mars 2023\nLe comité syndical du PETR, composé de 30 délégués titulaires désignés par les communautés membres, s’est réuni le 16 mars 2023.');
    expect(summary.members_in_office).toBe(30);
  });
});

describe('headings, dates and votes', () => {
  it('« Présents (en visioconférence) : » opens the list of members present', () => {
    const { summary } = analyseText('BUREAU COMMUNAUTAIRE du jeudi 4 juin 2020\n\nPrésents (en visioconférence) : M. Paul RIVET, Président ; Mme Anne CORDIER, 1re Vice-présidente ; M. Luc MAROT.\n\nExcusés : Mme Rose FAVIER.');
    expect(summary.present_names).toEqual(['Paul RIVET', 'Anne CORDIER', 'Luc MAROT']);
  });

  it('« Réunion du 15 avril 2021 EXPOSE N°1 APPROBATION DU COMPTE-RENDU DU 4 MARS 2021 »: the session is the one whose minutes follow', () => {
    const { summary, findings } = analyseText(
      'SIAEP DU VAL Réunion du 15 avril 2021 EXPOSE N°1 APPROBATION DU COMPTE-RENDU DU 4 MARS 2021 Réunion du 4 mars 2021 Sous la présidence de Monsieur RIVET Paul, Président, PRESENTS : Mmes CORDIER Anne, FAVIER Rose, MM. MAROT Luc, TELLIER Yves.',
    );
    expect(summary.session_date).toBe('2021-03-04');
    expect(codes(findings)).not.toContain('DATE_CONFLICT');
  });

  it('« à l’unanimité : » opening the decisions, then « Votes : Pour : 12 Contre : 2 » closing them: one vote, contradicted', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 17 juin 2008',
        'Présents : M. Paul RIVET, Mme Anne CORDIER, M. Luc MAROT.',
        '',
        'Cession d’un délaissé de voirie',
        'Monsieur le Maire présente la demande des riverains, qui souhaitent acquérir le délaissé de voirie situé au droit de leur propriété, le long du chemin rural n° 12, dont la commune n’a plus l’usage depuis le réaménagement du carrefour.',
        '',
        'Après en avoir délibéré, le Conseil Municipal, à l’unanimité :',
        '',
        '- DECIDE de céder la parcelle cadastrée section ZB n° 118 d’une contenance de 802 m², au prix de 18 € le m², soit 14 436 €,',
        '- DIT que les frais de géomètre et d’acte notarié seront à la charge des acquéreurs,',
        '- AUTORISE Monsieur le Maire à signer l’acte à intervenir ainsi que toutes les pièces relatives à ce dossier.',
        '',
        'Votes : Pour : 12   Contre : 2   Abstention : 0',
      ].join('\n'),
    );
    expect(summary.votes).toEqual({ for: 12, against: 2, abstain: 0, not_voting: 0 });
    expect(codes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });
});
