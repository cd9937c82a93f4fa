/**
 * Layouts the hundred-and-sixty-second invented corpus and the sets after it found missing, and documents of earlier
 * sets read since. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a left margin whose labels wrap over lines', () => {
  const pad = (margin: string, body: string) => (margin + ' '.repeat(29)).slice(0, 29) + body;
  const doc = text([
    'COMMUNE DE KERVILLAC-SUR-ODET – CONSEIL MUNICIPAL – SÉANCE DU 14 FÉVRIER 2022',
    '',
    pad('Membres afférents', 'L’an deux mille vingt-deux, le 14 février à 20h30, le Conseil Municipal de'),
    pad('au Conseil : 15', 'Kervillac-sur-Odet, régulièrement convoqué, s’est réuni au nombre prescrit'),
    pad('Membres en', 'par la Loi, dans le lieu habituel de ses séances, sous la présidence de'),
    pad('exercice : 15', 'M. CORNEC Yannick, Maire.'),
    'Date de la',
    pad('convocation :', 'Présents : BERTHOU Anne, CORNEC Yannick, DANIELOU Marc, FLOCH Gaëlle, GOURMELEN'),
    pad('8/2/2022', 'Hervé, JAOUEN Nadine, KERLOC’H Paul, LE DREZEN Rozenn, LE GOFF Alain,'),
    pad('', 'MAHE Solène, NICOLAS Ronan, PRIGENT Josiane, QUEFFELEC Erwan Pouvoir : RIOU'),
    pad('', 'Maël à CORNEC Yannick Absent : TANGUY Loïc Secrétaire de séance : FLOCH Gaëlle'),
    '',
    '2022-02-01 : TARIFS DE LA SALLE DES FÊTES',
    'Le Conseil Municipal, après en avoir délibéré, adopte les tarifs proposés.',
    'Vote : Pour : 14 – Contre : 0 – Abstention : 0',
  ]);

  it('each label is read whole beside the text, and no piece of it ends the list of the members present', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.members_in_office).toBe(15);
    expect(summary.convocation_date).toBe('2022-02-08');
    expect(summary.present_names).toHaveLength(13);
    expect(summary.present_names).toContain('GOURMELEN Hervé');
    expect(summary.present_names).toContain('QUEFFELEC Erwan');
    expect(pairs(summary.proxies_list)).toEqual(['RIOU Maël > CORNEC Yannick']);
    expect(summary.absent_names).toEqual(['TANGUY Loïc']);
    expect(codes(findings)).toEqual([]);
  });

  it('a label cut at its hyphen in the margin is one word again', () => {
    const hyphen = doc.replace('Date de la\n', 'Date de la convoca-\n').replace(pad('convocation :', ''), pad('tion : 8/2/2022', '')).replace(pad('8/2/2022', ''), pad('', ''));
    const { summary } = analyseText(hyphen);
    expect(summary.convocation_date).toBe('2022-02-08');
    expect(summary.present_names).toHaveLength(13);
  });
});
