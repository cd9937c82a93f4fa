/**
 * Layouts the thirty-eighth to forty-second invented corpora (fixtures/corpus
 * 3801–4220) found missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('presence tables flattened one row per member', () => {
  it('a column per state, the cells run together: « X » present, « excusé(e) » excused, a name after it the holder of the proxy', () => {
    const { summary, findings } = analyseText(
      [
        'Comité syndical du 9 mars 2017',
        '',
        'Les délégués se sont réunis le jeudi 9 mars 2017 à 18 h à Lanhac, sur convocation du Président, Monsieur Hervé COSTES, en date du 27 février 2017.',
        '',
        'Liste de présence',
        'NOM PrénomStructurePrésentExcuséPouvoir à',
        'COSTES Hervé CC Lévézou-Nord X',
        'BARRAL Justine CC Lévézou-Nord X',
        'VIGUIÉ Armand CC Lévézou-Nord excusé',
        'TEULIER Odile SIAEP du Viaur X',
        'FOULQUIER Rémi SIAEP du Viaur excusé BARRAL Justine',
        'CARRIÈRE Anne SIAEP du Viaur X',
        'MAZARS Paul CA Grand Rodez X',
        'ROUQUETTE Inès CA Grand Rodez excusée',
        '',
        'Le Président ouvre la séance.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['COSTES Hervé', 'BARRAL Justine', 'TEULIER Odile', 'CARRIÈRE Anne', 'MAZARS Paul']);
    expect(summary.absent_names).toEqual(['VIGUIÉ Armand', 'FOULQUIER Rémi', 'ROUQUETTE Inès']);
    expect(summary.proxies_list).toEqual([{ from: 'FOULQUIER Rémi', to: 'BARRAL Justine' }]);
    expect(summary.president).toBe('Hervé COSTES');
    expect(summary.convocation_date).toBe('2017-02-27');
    expect(summary.session_date).toBe('2017-03-09');
    expect(codes(findings)).toEqual([]);
  });

  it('a « P / A » column after the commune and the member: « A » and a member of the table is a proxy, « A » and another name a substitute who sat', () => {
    const { summary, parsed, findings } = analyseText(
      [
        'Réunion du comité syndical du mardi 14 novembre 2023',
        '',
        'Tableau des présences',
        'CommuneTitulaireP / ASuppléant ayant siégéPouvoir donné à',
        'Saint-Jean-du-Bois CALVET Muriel P',
        'Saint-Jean-du-Bois ARNAL Bruno P',
        'Mas-de-Lherm ESCOFFIER Lucie A CALVET Muriel',
        'Mas-de-Lherm GRIMAL Denis P',
        "La Roque-d'Anglars PAGÈS Olivier A VIDAL Nadine",
        "La Roque-d'Anglars SOULIÉ Marthe A",
        'Le Bousquet FABRE Étienne P',
        '',
        'Le Président ouvre la séance.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['CALVET Muriel', 'ARNAL Bruno', 'GRIMAL Denis', 'PAGÈS Olivier', 'FABRE Étienne']);
    expect(summary.absent_names).toEqual(['ESCOFFIER Lucie', 'SOULIÉ Marthe']);
    expect(summary.proxies_list).toEqual([{ from: 'ESCOFFIER Lucie', to: 'CALVET Muriel' }]);
    expect(parsed.session.attendance.substitutions).toEqual([]);
    expect(codes(findings)).toEqual([]);
  });

  it('a table whose last row the excerpt cuts: that row is not judged', () => {
    const { summary } = analyseText(
      [
        'Comité syndical du 2 juin 2016',
        'NOM PrénomCollectivitéPrésentExcuséPouvoir à',
        'AUSSEL Marc CC des Palanges X',
        'BOYER Léa CC des Palanges excusée',
        'CROS Denis CC des Palanges X',
        'DELMAS Yves CC du Car',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['AUSSEL Marc', 'CROS Denis']);
    expect(summary.absent_names).toEqual(['BOYER Léa']);
  });
});

describe('officers', () => {
  it('a secretary whose name runs into the next sentence without a full stop (« SECRETAIRE DE SEANCE : NOM Prénom En application … »)', () => {
    const { summary } = analyseText(
      'Comité syndical du jeudi 6 avril 2023 PRESENTS : ALBOUY Denis, CASTEL Mireille, DURAND Hugo, ESTEBAN Lina. SECRETAIRE DE SEANCE : CASTEL Mireille En application des statuts, le quorum est atteint.',
    );
    expect(summary.secretary).toBe('CASTEL Mireille');
    expect(summary.present_names).toEqual(['ALBOUY Denis', 'CASTEL Mireille', 'DURAND Hugo', 'ESTEBAN Lina']);
  });

  it('the secretary designated in the installation item (« Mme X, la plus jeune, est désignée secrétaire. »)', () => {
    const { summary } = analyseText(
      [
        'PROCES-VERBAL DE LA SEANCE DU 23 MAI 2020',
        'Conseillers présents : ARNOLD Luc, BAUER Anne, FRITSCH Paul, KLEIN Marie, WALTER Eric.',
        'POINT 1 - Installation des conseillers',
        'La séance est ouverte sous la présidence de M. Luc ARNOLD, Maire sortant.',
        'POINT 2 - Formation du bureau',
        'M. Paul FRITSCH, le plus âgé, prend la présidence. Mme Marie KLEIN, la plus jeune, est désignée secrétaire. M. Eric WALTER est désigné assesseur.',
      ].join('\n'),
    );
    expect(summary.secretary).toBe('Marie KLEIN');
  });
});
