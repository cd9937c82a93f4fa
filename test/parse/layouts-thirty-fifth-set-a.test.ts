/**
 * Layouts the two-hundred-and-sixty-sixth and two-hundred-and-sixty-eighth invented corpora found missing. Every case is
 * written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

/** A métropole's extract: counts in the header, a TAB list, a SCRUTIN box with its proxies and no votants written. */
const scrutinExtract = (pour: number) =>
  text([
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
    'du Conseil métropolitain de Valmorence Métropole',
    'Séance du jeudi 10 octobre 2024',
    'Président : Monsieur ARMAND',
    'Secrétaire de séance : Madame BRISSET',
    'Convocation envoyée le 3 octobre 2024',
    'Nombre de membres en exercice : 9',
    'Nombre de présents participant au vote : 6',
    'Nombre de procurations : 2',
    '',
    'Membres présents :',
    'Monsieur Paul ARMAND\tMadame Léa BRISSET\tMonsieur Yves CORNIL',
    'Madame Anne DUCROS\tMonsieur Marc ESPINASSE\tMadame Rose FAYOLLE',
    '',
    'Membres absents :',
    ' Monsieur Hugo GARNIER pouvoir à Monsieur Paul ARMAND',
    ' Madame Inès HOULLIER pouvoir à Madame Léa BRISSET',
    ' Monsieur Jules IZARD excusé',
    '',
    'OBJET : Voirie – programme 2025',
    'Le Conseil, après en avoir délibéré, décide d’approuver le programme.',
    '',
    `SCRUTIN\tPOUR : ${pour}\tABSTENTION : 1`,
    '\tCONTRE : 0\tNE SE PRONONCE PAS : 0',
    '\tDONT 2 PROCURATION(S)\t',
  ]);

describe('a SCRUTIN box whose tally does not add up to the present and represented members, no votants written', () => {
  it('states no voters: the tally is the box’s error, not the voting body', () => {
    const { summary, findings } = analyseText(scrutinExtract(8));
    expect(summary.present).toBe(6);
    expect(summary.proxies).toBe(2);
    expect(summary.voters).toBeNull();
    expect(summary.votes).toEqual({ for: 8, against: 0, abstain: 1, not_voting: 0 });
    expect(errorCodes(findings)).toContain('TALLY_MISMATCH');
    // (a tally that agrees with them, 7 + 1 = 6 + 2, still counts its voters)
    const agreeing = analyseText(scrutinExtract(7));
    expect(agreeing.summary.voters).toBe(8);
    expect(errorCodes(agreeing.findings)).toEqual([]);
  });
});

describe('a Belgian roll whose secretary’s line, after the excused, runs into the first sentence', () => {
  const doc = text([
    'CONSEIL COMMUNAL DU MARDI 14 MAI 2002 Présents: DUPONT Marcel, Bourgmestre, Président',
    '',
    'LEROY Anne, MASSON Paul, Echevins',
    '',
    'BODART Luc, CORNET Julie, DEHAYE Eric, FRANCK Odile, Conseillers',
    '',
    'Excusés: GOFFIN Marc, HENRARD Lucie, Conseillers',
    '',
    'LAMBERT Sophie, Secrétaire communale Monsieur le Président ouvre la séance à 20h00.',
    '',
    'SÉANCE PUBLIQUE 1- TRAVAUX DE VOIRIE',
    '',
    'Le Conseil communal, après en avoir délibéré, DECIDE par 6 voix pour et 1 abstention d’approuver le cahier des charges.',
  ]);

  it('takes the secrétaire communale for staff, not for one of the excused', () => {
    const { summary } = analyseText(doc);
    expect(summary.absent_names).toEqual(['GOFFIN Marc', 'HENRARD Lucie']);
    expect(summary.secretary).toBe('LAMBERT Sophie');
    expect(summary.present_names).not.toContain('LAMBERT Sophie');
  });
});

describe('a convocation told with who sent it in apposition (« convoqués par le Président, Monsieur X, le … »)', () => {
  const doc = text([
    'Compte-rendu du Comité syndical du 9 mai 2018',
    '',
    'Les membres du comité syndical se sont réunis le mercredi 9 mai 2018 à 18h00 à Lanvérac (salle polyvalente), régulièrement convoqués par le Président, Monsieur Gilles TROADEC, le 27 avril 2018. À l’ordre du jour : budget supplémentaire.',
    '',
    'Présents : TROADEC Gilles, LE GALL Anne, MORVAN Yann, QUÉRÉ Lucie.',
    '',
    'Budget supplémentaire 2018 : adopté à l’unanimité.',
  ]);

  it('reads that date as the convocation’s', () => {
    const { summary } = analyseText(doc);
    expect(summary.session_date).toBe('2018-05-09');
    expect(summary.convocation_date).toBe('2018-04-27');
  });
});
