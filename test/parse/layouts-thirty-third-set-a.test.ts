/**
 * Layouts the two-hundred-and-forty-sixth invented corpus (Québec councils) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a session moved to the Tuesday, the holiday Monday named with its year', () => {
  const doc = text([
    'VILLE DE LAC-AUX-SARCELLES',
    '',
    'Séance ordinaire du conseil municipal tenue le mardi 14 octobre 2025, à 19 h 30, à la salle du conseil. La séance se tient un mardi, le lundi 13 octobre 2025 étant le jour de l’Action de grâces.',
    '',
    'PRÉSENTS :',
    'M. Hervé Lanoie, maire',
    'Mme Chantal Brochu, conseillère, district no 1',
    'M. Marcel Dionne, conseiller, district no 2',
    'Mme Josée Arsenault, conseillère, district no 3',
    '',
    '2025-10-220   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Chantal Brochu, appuyé par M. Marcel Dionne, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('dates the session once, the holiday being no second date of it', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.session_date).toBe('2025-10-14');
    expect(errorCodes(findings)).not.toContain('DATE_CONFLICT');
  });
});

describe('two members whose given name and surname are each other’s', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-OLIVIER-DES-BUTTES',
    '',
    'Séance ordinaire du conseil tenue le lundi 3 février 2025 à 19 h.',
    '',
    'PRÉSENTS :',
    'M. Yvan Charland, maire',
    'M. Denis Gilbert, conseiller, siège no 1',
    'M. Gilbert Denis, conseiller, siège no 2',
    'Mme Sylvie Tanguay, conseillère, siège no 3',
    'Mme Rachel Poirier, conseillère, siège no 4',
    '',
    '2025-02-031   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. Denis Gilbert, appuyé par M. Gilbert Denis, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('keeps both and reports no member listed twice', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Yvan Charland', 'Denis Gilbert', 'Gilbert Denis', 'Sylvie Tanguay', 'Rachel Poirier']);
    expect(errorCodes(findings)).not.toContain('DUPLICATE_MEMBER');
  });
});

describe('a typed register’s sentence: the date as an ordinal day, « son honneur le maire » in small letters', () => {
  const doc = text([
    'PROVINCE DE QUÉBEC',
    'MUNICIPALITÉ DE LA PAROISSE DE SAINT-GÉDÉON-DES-ROCHES',
    '',
    'À une séance régulière du conseil de la Municipalité de la Paroisse de Saint-Gédéon-des-Roches, tenue le huitième jour de mars mil neuf cent quatre-vingt-dix-sept, à vingt heures, sont présents : son honneur le maire Wilfrid Gagnon et les conseillers Adélard Pelletier, Rosanne Lévesque, Hervé Dumont et Ginette Paradis, tous formant quorum sous la présidence du maire.',
    '',
    '27-03-97   ADOPTION DU PROCÈS-VERBAL',
    'Sur proposition du conseiller Hervé Dumont, appuyée par la conseillère Ginette Paradis, il est résolu unanimement que le procès-verbal soit adopté.',
  ]);

  it('reads the date, the members present and the maire presiding', () => {
    const { summary } = analyseText(doc);
    expect(summary.session_date).toBe('1997-03-08');
    expect(summary.present_names).toEqual(['Wilfrid Gagnon', 'Adélard Pelletier', 'Rosanne Lévesque', 'Hervé Dumont', 'Ginette Paradis']);
    expect(summary.president).toBe('Wilfrid Gagnon');
  });

  it('reads a certified copy’s ordinal day in figures', () => {
    const copy = doc.replace('tenue le huitième jour de mars mil neuf cent quatre-vingt-dix-sept', 'tenue le 8e jour de mars 1997');
    expect(analyseText(copy).summary.session_date).toBe('1997-03-08');
  });
});

describe('a bilingual pipe table, each column title with its translation after a slash', () => {
  const doc = text([
    'Municipalité du Canton de Harwood-Est / Township of Harwood East',
    'Séance ordinaire / Regular sitting',
    '',
    'Séance ordinaire du conseil de la Municipalité du Canton de Harwood-Est, tenue le 7 avril 2009 à 19 h 30.',
    '',
    '| Siège      | Membre du conseil / Council member | Présence / Attendance |',
    '|------------|------------------------------------|-----------------------|',
    '| Maire      | Trevor Moffatt                     | présent               |',
    '| Siège no 1 | Colette Brisebois                  | présente              |',
    '| Siège no 2 | Warren Doyle                       | absent                |',
    '| Siège no 3 | Lucien Ménard                      | présent               |',
    '| Siège no 4 | Patricia Keogh                     | présente              |',
    '',
    'Est aussi présente et agit comme secrétaire d’assemblée : Mme Nadine Caron, directrice générale / Director General.',
    '',
    '09-04-061   ADOPTION DE L’ORDRE DU JOUR / ADOPTION OF THE AGENDA',
    'Il est proposé par la conseillère Colette Brisebois, appuyé par le conseiller Lucien Ménard, et résolu à l’unanimité que l’ordre du jour soit adopté.',
  ]);

  it('reads the members by their state', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Trevor Moffatt', 'Colette Brisebois', 'Lucien Ménard', 'Patricia Keogh']);
    expect(summary.absent_names).toEqual(['Warren Doyle']);
  });

  it('names the secretary after « agit comme secrétaire d’assemblée : »', () => {
    expect(analyseText(doc).summary.secretary).toBe('Nadine Caron');
  });
});

describe('seat lines, the seat’s label before its member after a dash', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-ROCH-DES-AULNES',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 5 mai 2014, à 19 h 30.',
    '',
    'Les membres du conseil suivants sont présents (6) :',
    '',
    '   M. le maire Réal Fortier',
    '   Siège no 1 – Mme Hélène Drapeau',
    '   Siège no 2 – M. Normand Pichette',
    '   Siège no 3 – Mme Annick Veilleux',
    '   Siège no 4 – M. Jacques Lemelin',
    '   Siège no 5 – M. Guy Plamondon',
    '',
    'formant quorum sous la présidence du maire, M. Réal Fortier.',
    '',
    '2014-05-088   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Hélène Drapeau, appuyé par M. Guy Plamondon, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads each member of a seat', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Réal Fortier', 'Hélène Drapeau', 'Normand Pichette', 'Annick Veilleux', 'Jacques Lemelin', 'Guy Plamondon']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a requested vote in two TAB columns, each heading with its count in brackets', () => {
  const doc = text([
    'VILLE DE PORT-AUX-QUENOUILLES',
    '',
    'Séance extraordinaire du conseil municipal tenue le lundi 9 mars 2020 à 18 h.',
    '',
    'Sont présents : M. Robert Giguère, maire, Mme Linda Auclair, M. Pascal Roussin, Mme Sylvie Bolduc, M. Marc Duchaine et M. Jean Vachon, conseillers.',
    '',
    '2020-03-101   OCTROI DU CONTRAT DE DÉNEIGEMENT',
    'Il est proposé par Mme Linda Auclair, appuyé par M. Pascal Roussin, d’octroyer le contrat.',
    'Le vote est demandé par M. Jean Vachon.',
    '',
    'POUR (3)\tCONTRE (2)',
    'Linda Auclair\tMarc Duchaine',
    'Pascal Roussin\tJean Vachon',
    'Sylvie Bolduc',
    '',
    'Le maire n’exerce pas son droit de vote.',
    'ADOPTÉE À L’UNANIMITÉ DES CONSEILLERS PRÉSENTS',
  ]);

  it('reads the counts of the headings and reports the unanimity the tally contradicts', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.votes).toEqual({ for: 3, against: 2, abstain: 0, not_voting: 0 });
    expect(errorCodes(findings)).toContain('UNANIMITY_CONTRADICTED');
  });
});

describe('« PRÉSENCES : 7 sur 7 » over seat lines, the quorum clause on the line after the last one', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-ISAÏE-DES-COTEAUX',
    '',
    'Procès-verbal de la séance ordinaire du conseil tenue le lundi 10 février 2020, à 19 h 30.',
    '',
    'PRÉSENCES : 7 sur 7',
    'Tous les membres du conseil sont présents, soit :',
    '- Siège 1 : Mme Odette Vachon',
    '- Siège 2 : M. Gaston Rheault',
    '- Siège 3 : M. Yves Laplante',
    '- Siège 4 : Mme Carole Bissonnette',
    '- Siège 5 : M. Michel Grondin',
    '- Siège 6 : Mme Ariane Cloutier-Roy',
    'formant quorum sous la présidence de M. Henri Beaudoin, maire.',
    '',
    '2020-02-021   ADOPTION DU PROCÈS-VERBAL DU 13 JANVIER 2020',
    'Il est proposé par Mme Odette Vachon, appuyé par M. Yves Laplante.',
    'Le vote est demandé.',
    'Ont voté pour : Mme Odette Vachon, M. Yves Laplante, M. Michel Grondin (3)',
    'Ont voté contre : M. Gaston Rheault, Mme Carole Bissonnette (2)',
    'Le maire n’exerce pas son droit de vote.',
    'ADOPTÉE À LA MAJORITÉ',
    '',
    '2020-02-022   COMPTES À PAYER',
    'Il est proposé par Mme Ariane Cloutier-Roy, appuyé par M. Michel Grondin, et résolu à l’unanimité des conseillers présents d’approuver les comptes.',
  ]);

  it('reads the members present and the seats from the figures', () => {
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(7);
    expect(summary.members_in_office).toBe(7);
  });

  it('keeps the last seat’s member, the clause after her naming the one presiding', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Odette Vachon', 'Gaston Rheault', 'Yves Laplante', 'Carole Bissonnette', 'Michel Grondin', 'Ariane Cloutier-Roy', 'Henri Beaudoin']);
    expect(summary.president).toBe('Henri Beaudoin');
  });

  it('reports the councillor the requested vote leaves out, the maire not voting', () => {
    const { findings } = analyseText(doc);
    expect(errorCodes(findings)).toContain('TALLY_MISMATCH');
  });

  it('reads an MRC’s préfet casting no vote the same way', () => {
    const prefet = doc.replace('Le maire n’exerce', 'Le préfet n’exerce');
    expect(errorCodes(analyseText(prefet).findings)).toContain('TALLY_MISMATCH');
  });

  it('reports nothing when every councillor votes', () => {
    const whole = doc.replace('M. Michel Grondin (3)', 'M. Michel Grondin, Mme Ariane Cloutier-Roy (4)');
    expect(errorCodes(analyseText(whole).findings)).not.toContain('TALLY_MISMATCH');
  });
});

describe('dash bullets over district lines, the counts in words with their figures in brackets', () => {
  const doc = text([
    'VILLE DE SAINT-ÉLZÉAR-DU-FLEUVE',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 15 mai 2006 à 20 h.',
    '',
    'À cette séance sont présents, formant quorum, six (6) des sept (7) membres du conseil :',
    '',
    '   – M. Raymond Trudeau, maire, qui préside la séance',
    '   – Mme Hélène Brouillard, conseillère, district no 1',
    '   – M. Sylvain Marchand, conseiller, district no 2',
    '   – Mme Nicole Demers, conseillère, district no 3',
    '   – M. Luc Beaulne, conseiller, district no 5',
    '   – M. Gérald Tessier, conseiller, district no 6',
    '',
    'Est absent :',
    '   – M. Roger Hamelin, conseiller, district no 4',
    '',
    '2006-05-140   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. Luc Beaulne, appuyé par Mme Nicole Demers, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads each member of a district, the dash opening the next line being a bullet', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Raymond Trudeau', 'Hélène Brouillard', 'Sylvain Marchand', 'Nicole Demers', 'Luc Beaulne', 'Gérald Tessier']);
    expect(summary.absent_names).toEqual(['Roger Hamelin']);
  });

  it('reads the members present and the seats from « six (6) des sept (7) »', () => {
    const { summary } = analyseText(doc);
    expect(summary.present).toBe(6);
    expect(summary.members_in_office).toBe(7);
  });
});

describe('the mairesse written after the absence, in « tous formant quorum sous la présidence de … »', () => {
  const doc = text([
    'Municipalité de Saint-Ubald-des-Érables',
    '',
    'Séance ordinaire du conseil de la Municipalité de Saint-Ubald-des-Érables tenue le lundi 2 juin 2014, à 20 h, à laquelle sont présents les conseillers et conseillères : Mme Line Dufour (siège no 1); M. Paul-Émile Rioux (siège no 2); M. Steve Lachance (siège no 3); Mme Diane Gosselin (siège no 5);',
    '',
    'Est absent : M. Albert Côté (siège no 4), absence motivée;',
    '',
    'tous formant quorum sous la présidence de Mme Ginette Lavallée, mairesse.',
    '',
    '2014-06-120   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. Steve Lachance, appuyé par Mme Line Dufour, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('counts the mairesse among the members present', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Line Dufour', 'Paul-Émile Rioux', 'Steve Lachance', 'Diane Gosselin', 'Ginette Lavallée']);
    expect(summary.absent_names).toEqual(['Albert Côté']);
  });
});

describe('a resolution number, then a title in capitals with a spaced dash inside it', () => {
  const doc = text([
    'VILLE DE SAINT-JOVITE-DES-MONTS',
    '',
    'Séance ordinaire du conseil municipal tenue le 6 mars 2006 à 19 h 30, à laquelle sont présents :',
    '',
    'Son Honneur le maire Gilles Arcand, président;',
    'Mesdames les conseillères Lise Morency et Carole Pinard;',
    'Messieurs les conseillers Roger Blais, Denis Fréchette et Marc Tremblay.',
    '',
    'LECTURE DE L’ORDRE DU JOUR',
    'Le maire fait lecture de l’ordre du jour.',
    '',
    '2006-03-051   CESSION DU LOT 2 118 455 – RUE DES PINS',
    'Il est proposé par M. Roger Blais, appuyé par M. Marc Tremblay, de céder le lot.',
    'Le vote est demandé par Mme Lise Morency.',
    'Pour : MM. Roger Blais, Marc Tremblay et Denis Fréchette',
    'Contre : Mmes Lise Morency et Carole Pinard',
    'Le maire ne vote pas.',
    'Adoptée sur division (3 contre 2).',
    '',
    '2006-03-052   ADOPTION DU PROCÈS-VERBAL',
    'Il est proposé par Mme Carole Pinard, appuyé par M. Denis Fréchette, et résolu à l’unanimité d’adopter le procès-verbal.',
  ]);

  it('opens an item whose vote is the first one', () => {
    const { summary } = analyseText(doc);
    expect(summary.subject).toContain('CESSION DU LOT');
    expect(summary.votes).toEqual({ for: 3, against: 2, abstain: 0, not_voting: 0 });
  });
});

describe('an MRC’s TAB table « Municipalité / Représentant(e) / Titre », each name written « NOM, Prénom »', () => {
  const doc = text([
    'MUNICIPALITÉ RÉGIONALE DE COMTÉ DES COLLINES-DU-NORD',
    '',
    'Procès-verbal de la séance ordinaire du conseil de la MRC des Collines-du-Nord, tenue le mercredi 15 mai 2024 à 19 h 30, sous la présidence de M. Réjean PELLETIER, préfet.',
    '',
    'Sont présents les membres du conseil suivants :',
    '',
    'Municipalité\tReprésentant(e)\tTitre',
    'Saint-Oscar-du-Lac\tPELLETIER, Réjean\tmaire et préfet',
    'Lac-Brûlé\tFORTIN, Manon\tmairesse',
    'Sainte-Rita-des-Monts\tGAGNÉ-ROY, Hélène\tmairesse',
    'Val-Rocher\tBÉLANGER, Yves\tmaire suppléant',
    'Notre-Dame-des-Cèdres\tCARON, Luc\tmaire',
    '',
    'CM-2024-05-081   ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Manon Fortin, appuyé par M. Luc Caron, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads the members’ column, each name without its comma', () => {
    expect(analyseText(doc).summary.present_names).toEqual(['PELLETIER Réjean', 'FORTIN Manon', 'GAGNÉ-ROY Hélène', 'BÉLANGER Yves', 'CARON Luc']);
  });
});

describe('« PRÉSENCES » and « ABSENCE » side by side, the present column running on over a register’s page break', () => {
  const doc = text([
    '                     MUNICIPALITÉ DE SAINT-NAZAIRE-DES-BOIS',
    '',
    '                     Procès-verbal de la séance ordinaire du conseil de la Municipalité de',
    '                     Saint-Nazaire-des-Bois, tenue le 7 mars 2022 à 19 h 30, à huis clos.',
    '',
    '                     PRÉSENCES                                    ABSENCE',
    '                     Mme Diane Côté, mairesse                     M. Paul Nadeau, siège no 2',
    '                     M. Bruno Allard, siège no 1',
    '                     Mme Chantal Giroux, siège no 3',
    '                     M. Éric Lavoie, siège no 4',
    '',
    '',
    '                     ________ Initiales de la mairesse          ________ Initiales de la d.g.',
    '                                                                                          12',
    '                     Municipalité de Saint-Nazaire-des-Bois – Procès-verbal du conseil',
    '',
    '                     Mme Josée Morin, siège no 5',
    '                     M. Alain Roy, siège no 6',
    '',
    '                     Formant quorum sous la présidence de la mairesse, Mme Diane Côté.',
    '',
    '                     1. ADOPTION DE L’ORDRE DU JOUR',
    '                     Il est proposé par M. Bruno Allard, appuyé par M. Alain Roy, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads both columns, the members of the next page among the present', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Diane Côté', 'Bruno Allard', 'Chantal Giroux', 'Éric Lavoie', 'Josée Morin', 'Alain Roy']);
    expect(summary.absent_names).toEqual(['Paul Nadeau']);
  });
});

describe('the maire named in the quorum clause, staff in the next sentence', () => {
  const doc = text([
    'VILLE DE SAINTE-AURÉLIE-SUR-MER',
    '',
    'EXTRAIT DU PROCÈS-VERBAL de la séance ordinaire du conseil municipal tenue le lundi 6 juillet 2015, à 19 h 30.',
    '',
    'SONT PRÉSENTS :',
    'Monsieur le maire Jacques Bernier',
    'Madame la conseillère Sonia Lapointe',
    'Monsieur le conseiller Marc Gendreau',
    'Madame la conseillère Hélène Turcotte',
    '',
    'EST ABSENT :',
    'Monsieur le conseiller Yves Paquet',
    '',
    'Formant quorum sous la présidence de Monsieur le maire Jacques Bernier.',
    '',
    'Me Julie Fortin, greffière, et M. Alain Dubois, directeur général, sont également présents.',
    '',
    'RÉSOLUTION NO 2015-07-180',
    'Il est proposé par Mme Sonia Lapointe, appuyé par M. Marc Gendreau, et résolu à l’unanimité d’approuver la programmation.',
  ]);

  it('takes no staff for the one presiding', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Jacques Bernier', 'Sonia Lapointe', 'Marc Gendreau', 'Hélène Turcotte']);
    expect(summary.president).toBe('Jacques Bernier');
  });
});

describe('a typed register’s members by their initials, « Son Honneur le Maire J.-Albert X »', () => {
  const doc = text([
    'PROVINCE DE QUÉBEC',
    'CORPORATION MUNICIPALE DU VILLAGE DE SAINT-LIN-DES-BATTURES',
    '',
    'Assemblée régulière du Conseil municipal du Village de Saint-Lin-des-Battures, tenue lundi, le 6 avril 1998, à 19 h 30.',
    '',
    'Sont présents : Son Honneur le Maire J.-Roland Pouliot,',
    'et les conseillers : MM. D. Gagnon, P. Lacroix, R.-M. Sirois,',
    'Mme L. Bérubé et M. E. Chouinard.',
    '',
    'Formant quorum sous la présidence du Maire.',
    '',
    'Le secrétaire-trésorier, M. G. Boucher, est présent et tient le procès-verbal.',
    '',
    '52-04-98',
    'ADOPTION DU PROCÈS-VERBAL',
    'Il est proposé par le conseiller D. Gagnon, appuyé par le conseiller P. Lacroix, et résolu unanimement d’adopter le procès-verbal.',
  ]);

  it('reads the maire and the members written by their initials', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['J.-Roland Pouliot', 'D. Gagnon', 'P. Lacroix', 'R.-M. Sirois', 'L. Bérubé', 'E. Chouinard']);
    expect(summary.president).toBe('J.-Roland Pouliot');
  });

  it('names the secretary who keeps the minutes, an initial before his surname', () => {
    expect(analyseText(doc).summary.secretary).toBe('G. Boucher');
  });
});

describe('a Québec certified extract, the greffière named only in the certificate', () => {
  const doc = text([
    'VILLE DE SAINT-PACÔME-SUR-MER',
    '',
    'EXTRAIT DU PROCÈS-VERBAL de la séance ordinaire du conseil municipal de la Ville de Saint-Pacôme-sur-Mer, tenue le lundi 3 août 2015, à 19 h 30.',
    '',
    'SONT PRÉSENTS :',
    'Monsieur le maire Gaétan Pelletier',
    'Madame la conseillère Lucie Morneau',
    'Monsieur le conseiller Régis Dionne',
    'Madame la conseillère Annie Soucy',
    '',
    'Formant quorum sous la présidence de Monsieur le maire Gaétan Pelletier.',
    '',
    'RÉSOLUTION NO 2015-08-201',
    'Il est proposé par Mme Lucie Morneau, appuyé par M. Régis Dionne, et résolu à l’unanimité d’approuver la programmation de travaux.',
    '',
    'ADOPTÉE',
    '',
    'COPIE CERTIFIÉE CONFORME',
    '',
    'Je, soussignée, Me Karine Bélanger, greffière de la Ville de Saint-Pacôme-sur-Mer, certifie que l’extrait qui précède est une copie conforme de la résolution no 2015-08-201.',
    '',
    'Donné à Saint-Pacôme-sur-Mer, ce 5e jour d’août 2015.',
  ]);

  it('names the greffière who certifies the copy as the secretary', () => {
    expect(analyseText(doc).summary.secretary).toBe('Karine Bélanger');
  });
});
