/**
 * Every pattern the parser tries only at its keywords (src/parse/scan.ts)
 * finds what the full search finds: with REGISTRE_SCAN_CHECK=1 each anchored
 * search is compared with the full one and throws on a difference. The
 * parser and its finders run over the fixtures, cut at random places (zones
 * starting inside words), with phrases that open every kind of match spliced
 * in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURES } from '../helpers/paths.ts';

const PHRASES = [
  'non-votants : 2', 'Non votant : 1', 'ne prennent pas part au vote : M. X', 'Refus de vote : 1', 'personne ne se prononce pas : 0', '3 conseillers ne prennent pas part au vote',
  'Nombre de conseillers afférents au conseil municipal : 19', 'Nombre de sièges du conseil : 23', 'quorum fixé à 8', 'Nombre de membres formant le quorum : 12', 'qui ont pris part au vote : 14',
  'Le nombre des membres présents étant de 14', 'Quatorze conseillers étaient présents et 3 pouvoirs avaient été remis', 'sur les 60 membres que compte le Conseil', 'la présence de 53 conseillères et conseillers',
  "à l'unanimité moins deux abstentions", 'adoptée par 8 voix contre 7', 'Scrutin secret', 'vote à bulletin secret', 'dont 3 procurations', 'Suffrages exprimés : 12', '12 voix pour, 2 contre',
  'Membres ayant donné procuration :', 'Absents représentés :', 'Excusés représentés :', '\n  Représentés :', 'Ayant donné pouvoir :', 'ont donné procuration :', 'Délégation de vote :',
  'Présent(e)s M. Jean', 'Excusé(e)s S. Cassagne', 'Étaient présents\n', 'Membres présents', 'Assistaient également :', 'Invités :', 'Public présent :', 'En présence de :',
  'Autres personnes présentes :', 'Suppléants siégeant avec voix délibérative :', 'Délégués suppléants présents sans voix délibérative :', 'Absences motivées :', 'Secrétariat de séance :',
  'Présidence :', 'Président de séance :', 'Ordre du jour', 'Date de la convocation', 'En exercice : 15', 'Votants :', '86présents', '12 membres en exercice',
  'Madame X a le pouvoir de Madame Y pour la représenter.', 'Pouvoir de M. Paul DURAND à Mme Anne ROY.', 'M. Pierre MARTIN, absent, a donné pouvoir à M. Luc BLANC.',
  'Conseil de la Métropole', 'conseil communautaire', 'comité syndical du SIVOM de la Vallée', 'Province de Québec', 'M.R.C. de Coaticook', 'MR.C de', 'Grand-Duché', 'C.P.A.S.', 'CP.AS',
  'Bourgmestre', 'échevins', 'canton de Vaud', 'syndic', 'Matière : 7.5', 'Code matière 8.3', 'Nomenclature ACTES : 7.5.1', 'renvoyé en préfecture le 3 mars 2024',
  'Reçu en préfecture le 02/04/2024', '\n\n  Président : M. Jean DUPONT', 'sous la présidence effective de M. Y', 'présidée par Mme Z', 'par le président, M. A',
  'La séance est ouverte à 20 h par M. B', 'M. C assurant la présidence de la séance', '. \n Secrétaire : Mme E', 'désigne M. G', "s'est réuni en séance publique, à la mairie",
  'se sont assemblés au lieu habituel', 'NOM Prénom Présent(e)\nDUPONT Jean X\nMARTIN Luc\n',
  // numbers in words before their label, however many words; OCR digits (the counts and votes read them as digits)
  'quatre-vingt-dix-neuf membres en exercice', 'vingt et un conseillers municipaux présents', 'soit vingt-cinq votants', 'dix-sept voix pour, deux contre, une abstention',
  "trois n'ont pas pris part au vote", 'deux conseillers ne prennent pas part au vote', "quatre étaient représentés", "trois s'étaient fait représenter", '2 conseillers ont donné pouvoir',
  'au prix de cent mille euros', "deux millions d'euros", 'quarante-deux mille\ncinq cents euros', 'vingt-cinq €', 'soit 2,4 millions d\'euros',
  // (anchored patterns of the sets 162–168)
  'M. A et Mme B sont désignés assesseurs, M. Marc FAURE secrétaire.', 'Nombre de conseillers composant le conseil : 27', "Nombre d'administrateurs ayant voix délibérative : 27",
  'ASSISTENT AVEC VOIX CONSULTATIVE :', 'Assistaient sans voix délibérative :', '\nEn salle : Paul GIROD, Anne BERLIET', '\nEn visioconférence : Luc ROSSET', 'Présents dans la salle :',
  'Pour ............ 30\n  Contre ...... 2', 'Ne prend pas part au vote .......... 1', 'la conseillère suivante a donné procuration pour voter en son nom :',
  'la procuration suivante a été remise au Collège des bourgmestre et échevins avant l’ouverture de la séance :', 'Déléguée excusée et suppléée : X',
  'Procurations de vote (mesures temporaires Covid-19, loi modifiée du 24 juin 2020) :', 'Participent à la séance par visioconférence, chacun pouvant :',
  'Appel : 35 membres présents, 4 excusés (Mmes et MM. A, B)', 'la présence de 61 conseillères et conseillers sur 70.', 'Pour le Conseil communal sont présents : M. X',
  '27 conseillers généraux répondent à\nl\'appel.', '\nProcès-verbal : Mme Élodie X, chancelière',
  'Présents : l2', 'Pour : 1O', 'Votants : I4', 'Contre : O', 'Oui : 10 – Non : 5', 'Ont voté pour (16) :', 'Se sont abstenus (2) :', 'par quinze voix contre quatre',
];

/** A small seeded generator (mulberry32). */
function random(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

describe('anchored search in the parser', () => {
  // read when scan.ts loads: set before the parser is imported (fresh: this file's own modules), unset after
  beforeAll(() => {
    vi.stubEnv('REGISTRE_SCAN_CHECK', '1');
    vi.resetModules();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('finds what the full search finds on cut and spliced texts', async () => {
    const { parseText } = await import('../../src/parse/index.ts');
    const { SourceText } = await import('../../src/parse/source.ts');
    const { findHeadings } = await import('../../src/parse/attendance-headings.ts');
    const officers = await import('../../src/parse/officers.ts');
    const finders: Array<(src: InstanceType<typeof SourceText>, a: number, b: number) => unknown> = [
      (await import('../../src/parse/votes.ts')).findVote,
      (await import('../../src/parse/counts.ts')).parseCounts,
      (await import('../../src/parse/body.ts')).findBody,
      (await import('../../src/parse/attendance.ts')).parseAttendance,
      (await import('../../src/parse/vote-names.ts')).findNamedVoters,
      (await import('../../src/parse/actes.ts')).findActesStamp,
      (await import('../../src/parse/segment.ts')).segmentBody,
      (await import('../../src/parse/place.ts')).findPlace,
      (src, a, b) => officers.findPresident(src, a, b, 'unknown'),
      (src, a, b) => officers.findSecretary(src, a, b, 'unknown'),
    ];
    const texts = ['corpus', 'rules'].flatMap((dir) =>
      fs
        .readdirSync(path.join(FIXTURES, dir))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => fs.readFileSync(path.join(FIXTURES, dir, f), 'utf8')),
    );
    const r = random(8);
    for (let i = 0; i < 400; i++) {
      let t = texts[r(texts.length)]!;
      const k = r(3);
      if (k === 0) {
        const a = r(t.length);
        t = t.slice(a, a + 200 + r(3000));
      } else if (k === 1) {
        for (let j = 0; j < 6; j++) {
          const a = r(t.length + 1);
          t = `${t.slice(0, a)} ${PHRASES[r(PHRASES.length)]}${r(2) ? '\n' : ' '}${t.slice(a)}`;
        }
      }
      expect(() => parseText(t)).not.toThrow();
      const src = new SourceText(t);
      for (let j = 0; j < 3; j++) {
        const a = r(t.length + 1);
        const b = a + r(t.length - a + 1);
        for (const f of finders) f(src, a, b);
        findHeadings(src.fold, a, b, src.norm, src);
      }
    }
  }, 240_000);
});
