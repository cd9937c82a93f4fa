/**
 * Layouts the two-hundred-and-seventy-second invented corpus (Québec councils, a third time) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a special notice served « à chacun des membres du conseil, y compris les membres absents, le … »', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-ÉLZÉAR-DES-PLAINES',
    '',
    'Procès-verbal de la séance extraordinaire du conseil tenue le jeudi 9 mars 2017 à 19 h.',
    '',
    'Sont présents : M. le maire Rosaire Giguère, Mme Annick Pelletier et M. Louis Fradette.',
    '',
    'Le secrétaire-trésorier certifie que l’avis spécial de convocation a été signifié à chacun des membres du conseil, y compris les membres absents, le lundi 6 mars 2017.',
    '',
    '2017-03-051',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Annick Pelletier, appuyé par M. Louis Fradette et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('dates the convocation', () => {
    expect(analyseText(doc).summary).toMatchObject({ session_date: '2017-03-09', convocation_date: '2017-03-06' });
  });
});

describe('a requested vote whose voters are named without civilities, their count in brackets', () => {
  const doc = text([
    'VILLE DE LAC-DES-HUARTS',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 6 mai 2013 à 19 h 30.',
    '',
    'SONT PRÉSENTS : M. le maire Yves Gendron, Mme Odile Rancourt, M. Hugo Veilleux, Mme Karine Boily, M. Samuel Fortier et Mme Rachel Dumas.',
    '',
    '2013-05-121',
    'OCTROI D’UN CONTRAT DE DÉNEIGEMENT',
    'Il est proposé par la conseillère Odile RANCOURT, appuyé par le conseiller Hugo VEILLEUX, d’octroyer le contrat.',
    'Le vote est demandé.',
    'Votent pour : Odile RANCOURT, Hugo VEILLEUX et Karine BOILY (3)',
    'Votent contre : Samuel FORTIER et Rachel DUMAS (2)',
    'Le maire ne vote pas.',
    'ADOPTÉE À LA MAJORITÉ',
  ]);

  it('reads the tally', () => {
    expect(analyseText(doc).summary.votes).toMatchObject({ for: 3, against: 2 });
  });
});

describe('a roll call « Votent en faveur : … » / « Vote contre : M. X », closed « ADOPTÉE À L’UNANIMITÉ »', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINTE-OLIVINE-DU-LAC',
    '',
    'À une séance ordinaire du conseil tenue le lundi 3 juin 2019 à 20 h, sont présents : M. le maire Paul Bérubé, Mme Nicole Thibault, M. René Asselin, Mme Claire Poitras et M. Jean Caron.',
    '',
    'OUVERTURE DE LA SÉANCE',
    'Le maire ouvre la séance. Le secrétaire-trésorier fait lecture de l’ordre du jour, dont copie a été remise à chaque membre du conseil.',
    '',
    '2019-06-118',
    'DÉROGATION MINEURE – 12, RUE DES SAULES',
    'Il est proposé par Mme Nicole Thibault, appuyé par M. René Asselin, d’accorder la dérogation mineure.',
    'Votent en faveur : Mme Nicole Thibault, M. René Asselin et Mme Claire Poitras.',
    'Vote contre : M. Jean Caron.',
    'ADOPTÉE À L’UNANIMITÉ.',
    '',
    '2019-06-119',
    'COMPTES DU MOIS',
    'Il est proposé par M. Jean Caron, appuyé par Mme Claire Poitras et résolu à l’unanimité d’approuver les comptes.',
  ]);

  it('takes the item after the agenda read as the first, and counts each option by its names', () => {
    const s = analyseText(doc).summary;
    expect(s.subject).toMatch(/2019-06-118/);
    expect(s.votes).toMatchObject({ for: 3, against: 1 });
  });
});

describe('a greffière titled « Maître » who acts as secretary, named after the director general', () => {
  const doc = text([
    'VILLE DE SAINT-HONORÉ-DES-PRÉS',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 4 mars 2013 à 19 h 30.',
    '',
    'SONT PRÉSENTS : Monsieur le maire Alain Boucher, Madame Sylvie Huot et Monsieur Marc Drapeau.',
    '',
    'SONT AUSSI PRÉSENTS : Monsieur Robert Lemay, directeur général, et Maître Julie Vachon, greffière, qui agit comme secrétaire de la séance.',
    '',
    '2013-03-071',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Madame Sylvie Huot, appuyé par Monsieur Marc Drapeau et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads her as secretary', () => {
    expect(analyseText(doc).summary.secretary).toBe('Julie Vachon');
  });
});

describe('an outcome in capitals closing the item (« LA RÉSOLUTION EST ADOPTÉE À L’UNANIMITÉ. »)', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-LIGUORI-DES-ÉTANGS',
    '',
    'À une séance ordinaire du conseil tenue le lundi 2 mars 2009 à 20 h, sont présents : M. le maire Gilles Lévesque, Mme Rita Ouellet, M. Denis Pagé et M. Serge Roy.',
    '',
    '2009-03-041',
    'CONTRAT DE FAUCHAGE DES LEVÉES DE FOSSÉS',
    'Il est proposé par Mme Rita Ouellet, appuyé par M. Denis Pagé, d’accorder le contrat.',
    'Votent pour : Mme Rita Ouellet et M. Denis Pagé.',
    'Vote contre : M. Serge Roy.',
    'LA RÉSOLUTION EST ADOPTÉE À L’UNANIMITÉ.',
    '',
    '2009-03-042',
    'LEVÉE DE LA SÉANCE',
    'Il est proposé par M. Serge Roy et résolu à l’unanimité de lever la séance.',
  ]);

  it('keeps it in the item, whose vote says both', () => {
    const d = analyseText(doc).parsed.deliberations[0]!;
    expect(d.vote).toMatchObject({ for: 2, against: 1, unanimous: true });
  });
});

describe('a table aligned with spaces, a district number before the status cell', () => {
  const doc = text([
    'VILLE DE SAINT-OCTAVE-DES-SOURCES',
    '',
    'Procès-verbal de la séance ordinaire du conseil tenue le lundi 14 octobre 2024 à 19 h.',
    '',
    'PRÉSENCES',
    '',
    'NOM Prénom            Fonction                      Présence',
    'TREMPE Nadia          Mairesse                      Présente',
    'GOULET Marc           Conseiller, district 1        Présent',
    'LAVOIE Chantal        Conseillère, district 2       Présente',
    'PERRON Luc            Conseiller, district 3        Absent',
    '',
    'Les membres présents forment quorum sous la présidence de la mairesse, Mme Nadia TREMPE.',
    '',
    'Résolution no 2024-10-301',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. Marc Goulet, appuyé par Mme Chantal Lavoie, et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads no count from « district 1   Présent »', () => {
    expect(analyseText(doc).summary.present).toBeNull();
  });
});

describe('the counts in brackets after the heading: « PRÉSENTS (5 des 7 membres du conseil) : … »', () => {
  const doc = text([
    'VILLE DE BAIE-DES-MARGUERITES',
    'Lundi 1er mars 2010, 20 h',
    '',
    'PRÉSENTS (5 des 7 membres du conseil) : M. Léo Tanguay, maire, Mme Anne Roux, M. Réjean Dion, Mme Lise Morel et M. Yvan Bard, conseillers.',
    '',
    'ABSENTS : M. Paul Côté et Mme Julie Fiset, conseillers.',
    '',
    '2010-03-051',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Anne Roux, appuyé par M. Yvan Bard et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads both counts and the names', () => {
    const s = analyseText(doc).summary;
    expect(s).toMatchObject({ present: 5, members_in_office: 7 });
    expect(s.present_names).toEqual(['Léo Tanguay', 'Anne Roux', 'Réjean Dion', 'Lise Morel', 'Yvan Bard']);
  });
});

describe('« Présidence : M. le maire X » right above the councillors’ seat lines', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-ROCH-DES-PINÈDES',
    '',
    'PROCÈS-VERBAL DE LA SÉANCE RÉGULIÈRE DU CONSEIL MUNICIPAL',
    'tenue le lundi 2 juin 1997, à 20 h',
    '',
    'Présidence : M. le maire Albert Nolin',
    '',
    'Sont présents les conseillers suivants :',
    'Siège 1 – M. Jean Lafond',
    'Siège 2 – Mme Lucie Hamel',
    'Siège 3 – M. Roger Dupré',
    '',
    'M. Yves Brochu, secrétaire-trésorier, rédige le procès-verbal.',
    '',
    '97-06-101',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. Jean Lafond, appuyé par Mme Lucie Hamel, et résolu unanimement d’adopter l’ordre du jour.',
  ]);

  it('counts the maire among the present, first', () => {
    const s = analyseText(doc).summary;
    expect(s.present_names).toEqual(['Albert Nolin', 'Jean Lafond', 'Lucie Hamel', 'Roger Dupré']);
    expect(s.president).toBe('Albert Nolin');
  });
});

describe('a TAB table of seats, members and statuses (« Siège⇥Membre du conseil⇥Statut »)', () => {
  const doc = text([
    'MUNICIPALITÉ DE SAINT-URBAIN-DES-COTEAUX',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 3 octobre 2016 à 19 h 30.',
    '',
    'PRÉSENCES',
    'Siège\tMembre du conseil\tStatut',
    'Maire\tM. Bruno Lachance\tPrésent',
    '1\tMme Lise Boutin\tPrésente',
    '2\tM. Jacques Thériault\tPrésent',
    '3\tM. Yannick Ouellet\tAbsent',
    '',
    'Les membres présents forment quorum sous la présidence du maire, M. Bruno Lachance.',
    '',
    '2016-10-201',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Lise Boutin, appuyé par M. Jacques Thériault et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads each row’s member by its status', () => {
    const s = analyseText(doc).summary;
    expect(s.present_names).toEqual(['Bruno Lachance', 'Lise Boutin', 'Jacques Thériault']);
    expect(s.absent_names).toEqual(['Yannick Ouellet']);
  });
});

describe('district lines with the district’s name and dotted leaders (« District 2 – Des Érables ........ Mme X »)', () => {
  const doc = text([
    'VILLE DE SAINT-NÉRÉE-DES-CAPS',
    '',
    'Procès-verbal de la séance ordinaire du conseil municipal tenue le lundi 4 juin 2007 à 19 h 30.',
    '',
    'La greffière constate que 4 des 5 membres du conseil sont présents, soit :',
    '',
    'Mairie ............................ M. Claude Fournier, maire',
    'District 1 – Des Pins ............. M. Luc Girard',
    'District 2 – Du Quai .............. Mme Hélène Roy',
    'District 4 – De la Gare ........... M. Paul Vézina',
    '',
    'Absent :',
    'District 3 – Des Érables .......... Mme Diane Savard',
    '',
    'Formant quorum sous la présidence de M. Claude Fournier, maire.',
    '',
    '2007-06-101',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par M. Luc Girard, appuyé par Mme Hélène Roy et résolu à l’unanimité d’adopter l’ordre du jour.',
  ]);

  it('reads the members, not the districts’ names', () => {
    const s = analyseText(doc).summary;
    expect(s.present_names).toEqual(['Claude Fournier', 'Luc Girard', 'Hélène Roy', 'Paul Vézina']);
    expect(s.absent_names).toEqual(['Diane Savard']);
  });
});

describe('an MRC’s members as « La Municipalité de X, représentée par M. Y, maire; » lines', () => {
  const doc = text([
    'MRC DU HAUT-PORTAGE',
    '',
    'À une session régulière du Conseil de la Municipalité régionale de comté du Haut-Portage, tenue le mercredi 15 mars 1995, à 20 h, sont présents :',
    '',
    'La Municipalité de Saint-Éloi-du-Portage, représentée par M. Gilbert Nadeau, maire et préfet;',
    'La Ville de Portage-Nord, représentée par Mme Suzanne Roy, mairesse;',
    'La Municipalité de la paroisse de Sainte-Flore, représentée par M. Henri Michaud, maire suppléant;',
    'Le Village de Lac-Rond, représenté par M. André Bélisle, maire.',
    '',
    'Tous formant quorum sous la présidence de M. Gilbert Nadeau, préfet.',
    '',
    'CM-95-03-041',
    'ADOPTION DE L’ORDRE DU JOUR',
    'Il est proposé par Mme Suzanne Roy, appuyé par M. André Bélisle, et résolu unanimement d’adopter l’ordre du jour.',
  ]);

  it('reads the members present, no proxy', () => {
    const s = analyseText(doc).summary;
    expect(s.present_names).toEqual(['Gilbert Nadeau', 'Suzanne Roy', 'Henri Michaud', 'André Bélisle']);
    expect(s.proxies_list).toEqual([]);
  });
});

describe('a pipe table « | Municipalité | Représentant(e) | Présence | », the excerpt cut inside a row', () => {
  const doc = text([
    'MRC DES MONTS-BLEUTÉS',
    '',
    'PROCÈS-VERBAL de la séance ordinaire du conseil de la MRC des Monts-Bleutés tenue le mercredi 20 janvier 2021 à 19 h, par visioconférence, sous la présidence de M. Alain Gagné, préfet.',
    '',
    'PRÉSENCES',
    '| Municipalité | Représentant(e) | Présence |',
    '|---|---|---|',
    '| Saint-Fabien-des-Monts | M. Alain Gagné, préfet | présent (visioconférence) |',
    '| Lac-Bleuté | Mme Johanne Dubé, mairesse | présente (téléphone) |',
    '| Sainte-Irène-du-Mont | M. Marc Lavoie, maire | absent |',
    '| Val-des-Bleuets | M. Serge Pelletier, maire suppléant | présent (visioconférence) |',
    '| Saint-Cléophas-des-Monts | M. Yves Ouel',
  ]);

  it('reads each whole row by its status, the last whole row too', () => {
    const s = analyseText(doc).summary;
    expect(s.present_names).toEqual(['Alain Gagné', 'Johanne Dubé', 'Serge Pelletier']);
  });
});

describe('a typed register in surnames only, by office (« Son Honneur le maire X; les conseillers A, B et C »)', () => {
  const doc = text([
    'PROVINCE DE QUÉBEC',
    'MUNICIPALITÉ DU CANTON DE HARTWELL',
    '',
    'Procès-verbal de l’assemblée régulière du Conseil municipal du Canton de Hartwell, tenue à la salle municipale le lundi 3 mars 1986 à 20 heures.',
    '',
    'PRÉSENTS : Son Honneur le maire Grondin; les conseillers Lemire, Beaudoin, Fortier et Rioux.',
    '',
    'ABSENT : le conseiller Tardif.',
    '',
    'Les membres présents forment le quorum sous la présidence de Son Honneur le maire.',
    '',
    '86-03-041 PROCÈS-VERBAL',
    'Il est proposé par le conseiller Lemire, appuyé par le conseiller Rioux, et unanimement résolu que le procès-verbal soit approuvé.',
    'ADOPTÉE.',
  ]);

  it('reads each surname as a member, the maire presiding', () => {
    const s = analyseText(doc).summary;
    expect(s.present_names).toEqual(['Grondin', 'Lemire', 'Beaudoin', 'Fortier', 'Rioux']);
    expect(s.absent_names).toEqual(['Tardif']);
    expect(s.president).toBe('Grondin');
  });
});

describe('an office before a capitalised qualifier is no office before a surname', () => {
  it('reads « le conseiller Délégué » as a role, not as a member named Délégué', () => {
    const doc = ['CONSEIL MUNICIPAL DE SAINT-PAUL – Séance du 12 mars 2019', '', 'Présents : M. Jean LAVOIE, maire ; M. Paul GIRARD, le conseiller Délégué ; Mme Anne ROY, Mme Lise CARON.', 'Absent : M. Marc DION.', '', '1. Budget', "Le conseil adopte le budget à l'unanimité."].join('\n');
    expect(analyseText(doc).summary.present_names).toEqual(['Jean LAVOIE', 'Paul GIRARD', 'Anne ROY', 'Lise CARON']);
  });
});
