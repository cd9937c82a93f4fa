/**
 * Layouts the two-hundred-and-ninety-second invented corpus found missing (filled-in forms, typed registers, OCR'd
 * lists). Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';
import { unleadFormFills } from '../../src/parse/form-fills.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a pre-printed form filled in by hand: the dotted leaders glued to each value', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLEE DU BRAMEL',
    '        EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL',
    '',
    'Nombre de delegues                 Seance du ...14 Mars 1996..........',
    'en exercice : ....6.....',
    'presents : .....5......            Date de la convocation : ..7-3-96.....',
    'votants : .....5 .....',
    '',
    "L'an mil neuf cent quatre-vingt ...seize.. , le ..quatorze Mars..",
    'le Comite syndical, legalement convoque, s\'est reuni a la Mairie de Ferrals,',
    'sous la presidence de ..M. Sabatier Paul, President.............',
    '',
    'Etaient presents : ..MM. Sabatier, Carrière, Mme Bonnafous,',
    'M. Estrade ,Mme Vidaillac...........................................',
    'Absent : ..M. Pujol..............................................',
    '.....................................................................',
    'Secretaire de seance : ...Mme Bonnafous...........................',
    '',
    'OBJET : ..Renouvellement de la pompe du forage du Serre..',
    '',
    'Le Comite syndical, apres en avoir delibere,',
    '  Pour : ..5..     Contre : ..0..     Abstention : ..0..',
    '- approuve le devis de remplacement de la pompe.',
  ]);

  it('reads the counts, the dates, the lists and the tally as if the leaders were blanks', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('1996-03-14');
    expect(summary.convocation_date).toBe('1996-03-07');
    expect([summary.members_in_office, summary.present, summary.voters]).toEqual([6, 5, 5]);
    expect(summary.present_names).toEqual(['Sabatier', 'Carrière', 'Bonnafous', 'Estrade', 'Vidaillac']);
    expect(summary.absent_names).toEqual(['Pujol']);
    expect(summary.votes).toEqual({ for: 5, against: 0, abstain: 0, not_voting: 0 });
    expect(errorCodes(findings)).toEqual([]);
  });

  it('keeps the leaders between blanks and the ones before a colon (a label joined to its value)', () => {
    const kept = text(['Présents ...............: 12', 'Ferrals ........ 22 élèves ........ 27 500 F', 'par ..9.. voix pour et ..1.. contre']);
    expect(unleadFormFills(kept).split('\n')).toEqual(['Présents ...............: 12', 'Ferrals ........ 22 élèves ........ 27 500 F', 'par   9   voix pour et   1   contre']);
    // (a single fill-in is no form: an ellipsis in prose stays)
    expect(unleadFormFills('Il expose que..la suite')).toBe('Il expose que..la suite');
  });
});

describe('a typed list of surnames after civilities: the M without its dot, a figure one for an l', () => {
  const doc = text([
    'Séance du 11 octobre 1986',
    'Conseillers en exercice : 7 ; présents : 6 ; votants : 6',
    'Le Conseil municipal de Saint-Alby s’est réuni sous la présidence de M. Granier Louis, maire.',
    'Présents : MM. Granier, B1ondel, Fabre, Mme Teisseire ,M Rouvière, Mme Py',
    'Absent : M. Cazals',
    '',
    'OBJET : Chemin rural de la Garrigue',
    'Le Conseil, après en avoir délibéré, à l’unanimité, approuve les travaux.',
  ]);

  it('reads « M Rouvière » and « B1ondel » as members, and the list on to its end', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Granier', 'B1ondel', 'Fabre', 'Teisseire', 'Rouvière', 'Py']);
    expect(summary.absent_names).toEqual(['Cazals']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a scan’s bullets read as marks: « ° », « _ », a letter among true bullets', () => {
  it('reads every member whatever mark opens the line', () => {
    const doc = text([
      'Séance du 9 décembre 2019',
      'Nombre de conseillers en exercice : 11',
      'Présents : 7 – Pouvoirs : 1 – Votants : 8',
      'Le Conseil municipal de Trévoux-le-Haut s’est réuni sous la présidence de M. Goulven MORVAN, Maire.',
      '',
      'Etaient presents :',
      '° Goulven MORVAN, Maire',
      '- Nolwenn BIHAN',
      '_ QUEFFELEC Ronan',
      '° Tanguy KERBRAT',
      'e Azilis PRIGENT',
      '- Maëla JAOUEN',
      '° Brieuc LE MEUR',
      '',
      'Pouvoirs :',
      '- Erwann CADIOU a Goulven MORVAN',
      '',
      'Absents excuses : Loeiza RIOU, Yann GUEGAN, Mael TREGUER.',
      '',
      'OBJET : Tarifs de la cantine',
      'Le Conseil, après en avoir délibéré, à l’unanimité, fixe les tarifs.',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Goulven MORVAN', 'Nolwenn BIHAN', 'QUEFFELEC Ronan', 'Tanguy KERBRAT', 'Azilis PRIGENT', 'Maëla JAOUEN', 'Brieuc LE MEUR']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a register’s list of initials and surnames in capitals: a surname that is also a word', () => {
  it('reads « F. SANS » as a member and the list on after it', () => {
    const doc = text([
      'Séance du 3 juin 1979',
      'Conseillers en exercice : 9 ; présents : 8 ; votants : 8',
      'Le Conseil municipal s’est réuni sous la présidence de M. B. ROUANET, Maire.',
      'Présents : MM. B. ROUANET, C. FONS, F. SANS, J. PETIT, Mme A. MAS, MM. L. BOSC, R. AZAM, P. VIE.',
      'Absent excusé : M. G. ROQUES.',
      '',
      'Objet : Location de la salle des fêtes',
      'Le Conseil, après en avoir délibéré, à l’unanimité, fixe le tarif.',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['B. ROUANET', 'C. FONS', 'F. SANS', 'J. PETIT', 'A. MAS', 'L. BOSC', 'R. AZAM', 'P. VIE']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a reception stamp read as lines of their own inside a list of members', () => {
  it('reads the list on past the stamp', () => {
    const doc = text([
      'Séance du 14 mars 2013',
      'Nombre de conseillers communautaires en exercice : 8',
      'Présents : 7 - Pouvoirs : 0 - Votants : 7',
      'Le Conseil communautaire s’est réuni sous la présidence de M. Aimé VERNAY, Président.',
      '',
      'Etaient presents :',
      'VERNAY Aime (Bellegarde)',
      'ROUSSET Claire (Bellegarde)',
      'DUCHAMP Henri (Montrivel)',
      '  ‘ ACCUSE DE RECEPTION - PREFECTURE DE L\'AIN ‘ ,',
      '  ; Recu le 2 0 MARS 2013 ;’',
      '  ‘ 001-200040123-20130314-2013021-DE ’',
      'FAVIER Josette (Montrivel)',
      'BOLLARD Yves (Saint-Orsan)',
      'GUILLOT Paule (Saint-Orsan)',
      'PERRET Louis (Cormaz)',
      'Absent : TISSOT Jean (Cormaz)',
      '',
      'OBJET : Fonds de concours',
      'Le Conseil, après en avoir délibéré, à l’unanimité, approuve le fonds de concours.',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['VERNAY Aime', 'ROUSSET Claire', 'DUCHAMP Henri', 'FAVIER Josette', 'BOLLARD Yves', 'GUILLOT Paule', 'PERRET Louis']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a table of titulaires and suppléants with a code column, its proxy line under it', () => {
  it('takes the holder the proxy line names, not the suppléant beside the « R »', () => {
    const doc = text([
      'SYNDICAT DES EAUX DU PLATEAU DE LORMES',
      'Seance du jeudi 11 mai 2006',
      'Delegues titulaires en exercice : 6',
      'Presents : 5 - Pouvoir : 1 - Votants : 6',
      '',
      'COMMUNE                 TITULAIRES                       SUPPLEANTS',
      'LORMES-HAUT             MARTIN Pierre           P        DUVAL Luc',
      '                        BERGER Andre            P        LEROY Anne',
      'SAINT-AUBIN             GAUTHIER Paul           P        CLEMENT Alain',
      '                        RENAUD Yves             R        FLEURY Gaston',
      'VILLARD                 MOREL Jean              P        PICARD Marie',
      '                        BRUN Michel             P        LAMBERT Joel',
      'P : present - E : excuse - R : represente',
      'Pouvoir : M. RENAUD Yves a M. MARTIN Pierre',
      '',
      'OBJET : Travaux de renforcement',
      'Le Comite, apres en avoir delibere, a l unanimite, approuve les travaux.',
    ]);
    const { summary, findings } = analyseText(doc);
    expect(summary.proxies_list).toEqual([{ from: 'RENAUD Yves', to: 'MARTIN Pierre' }]);
    expect(errorCodes(findings)).not.toContain('PROXY_HOLDER_ABSENT');
  });
});

describe('a numbered list whose numbers OCR read with letters (« l. », « 1O. », « ll. »)', () => {
  const lines = (first: string) => [
    'Seance du 5 fevrier 1997',
    'Nombre de delegues : en exercice : 12 - presents : 11 - votants : 11',
    'Le Comite syndical s’est reuni sous la presidence de M. FABRE Henri, President.',
    '',
    'Delegues presents :',
    ` ${first} FABRE Henri (Lautrec)`,
    ' 2. CROS Monique (Lautrec)',
    ' 3. SEGUY Paul (Brousse)',
    ' 4. RAYNAUD Jean (Brousse)',
    ' 5. TAURINES Yves (Vielmur)',
    ' 6. CAYRE Odette (Vielmur)',
    ' 7. BOUSQUET Marc (Serviès)',
    ' 8. ALBERT Rose (Serviès)',
    ' 9. VIDAL Pierre (Fréjeville)',
    ' 1O. MAUREL Louis (Fréjeville)',
    ' ll. GAU Anne (Teyssode)',
    'Absent excuse : M. PAGES Roger (Teyssode).',
    '',
    'OBJET : Compte administratif 1996',
    'Le Comite, apres en avoir delibere, a l unanimite, approuve le compte.',
  ];

  it('reads every member, the first, the tenth and the eleventh too', () => {
    const { summary, findings } = analyseText(text(lines('l.')));
    expect(summary.present_names).toEqual(['FABRE Henri', 'CROS Monique', 'SEGUY Paul', 'RAYNAUD Jean', 'TAURINES Yves', 'CAYRE Odette', 'BOUSQUET Marc', 'ALBERT Rose', 'VIDAL Pierre', 'MAUREL Louis', 'GAU Anne']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a printed form’s framed count box filled by hand, its convocation date with spaced dashes', () => {
  const doc = (present: string) =>
    text([
      '      EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
      ' _______________________________________________________________',
      `| Conseillers en exercice [ 9 ] | Presents [ ${present} ] | Votants [ 8 ] |`,
      '|_______________________________|________________|_______________|',
      '  Date de la convocation : 3 - 11 - 89        Date d\'affichage : 3-11-89',
      '',
      'SEANCE DU 10 novembre 1989',
      'Le Conseil Municipal s’est réuni sous la présidence de M. Jourdan Paul, Maire.',
      'Presents : MM. Jourdan, Pellegrin, Mme Isnard, MM. Giraud, Laugier, Mme Rambaud, M. Tron',
      'Absents : M. Michel, M. Sauvan',
      'Pouvoirs : M. Michel a M. Tron',
      '',
      'OBJET : Achat d’une débroussailleuse',
      'Le Conseil Municipal, après en avoir délibéré, à l’unanimité, approuve l’achat.',
    ]);

  it('reads the figures in the frames and the date', () => {
    const { summary, findings } = analyseText(doc('7'));
    expect([summary.members_in_office, summary.present, summary.voters]).toEqual([9, 7, 8]);
    expect(summary.convocation_date).toBe('1989-11-03');
    expect(errorCodes(findings)).toEqual([]);
  });

  it('reads a hand’s figure OCR made a letter, alone in its frame, as the figure: « S » is 5', () => {
    const { summary } = analyseText(doc('S'));
    expect(summary.present).toBe(5);
  });
});

describe('a list of « NOM Prénom (Commune) », one a line, cut by the excerpt inside its last line', () => {
  const doc = (last: string) =>
    text([
      'Seance du 7 octobre 2010',
      'Nombre de conseillers communautaires en exercice : 20',
      'Presents : 12 - Pouvoirs : 0 - Votants : 12',
      'Le Conseil communautaire s’est reuni sous la presidence de M. Paul ROCHE, President.',
      '',
      'Etaient presents :',
      'ROCHE Paul (Vernieres)',
      'BLANC Odette (Vernieres)',
      'MOREL Jacques (Chantelle)',
      'GIRAUD Anne (Chantelle)',
      'FAYOLLE Luc (Saint-Yrieix)',
      last,
    ]);

  it('leaves out the fragment that lacks the commune every line above has', () => {
    const { summary } = analyseText(doc('LAFONT Mar'));
    expect(summary.present_names).toEqual(['ROCHE Paul', 'BLANC Odette', 'MOREL Jacques', 'GIRAUD Anne', 'FAYOLLE Luc']);
  });

  it('keeps a last line that has its commune', () => {
    const { summary } = analyseText(doc('LAFONT Marc (Saint-Yrieix)'));
    expect(summary.present_names).toEqual(['ROCHE Paul', 'BLANC Odette', 'MOREL Jacques', 'GIRAUD Anne', 'FAYOLLE Luc', 'LAFONT Marc']);
  });
});
