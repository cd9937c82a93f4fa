/**
 * Layouts the two-hundred-and-eighty-eighth invented corpus found missing (small bodies, transcribed registers). Every case
 * is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a register’s list after « MM. »: names written surname first, then surnames alone', () => {
  const doc = text([
    '[Transcription du registre des délibérations de la commune de Puylagarde-Basse, folio 31]',
    '',
    'Séance du 9 mars 1969',
    'Conseillers en exercice : 9 ; présents : 8 ; votants : 8.',
    '',
    'L’an mil neuf cent soixante-neuf, le neuf mars, le Conseil municipal de Puylagarde-Basse s’est réuni sous la présidence de M. Delmas Aristide, maire.',
    '',
    'Étaient présents : MM. Delmas Aristide, maire, Cayla Firmin, Bouysset, Granié, Mme Lavergne, MM. Roques Léon, Soulié, Vidalou.',
    'Absent : M. Teulade.',
    'M. Granié a été nommé secrétaire.',
    '',
    'Objet : Réfection du lavoir communal',
    'Le Conseil, après en avoir délibéré, à l’unanimité, approuve le devis.',
  ]);

  it('reads every member, the surnames alone with the others', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Delmas Aristide', 'Cayla Firmin', 'Bouysset', 'Granié', 'Lavergne', 'Roques Léon', 'Soulié', 'Vidalou']);
    expect(summary.absent_names).toEqual(['Teulade']);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('reads one surname alone closing the list before a clause', () => {
    const short = text([
      'Séance du 12 avril 1991',
      'Délégués en exercice : 4 ; présents : 3 ; votants : 3',
      'Le comité syndical s’est réuni sous la présidence de M. Brunet Gaston, président.',
      'Étaient présents : MM. Brunet Gaston, Marquet Yves, Sarrazin, formant la majorité des membres en exercice.',
      'Absent excusé : M. Pouvreau.',
      '',
      'Objet : Convention de transport',
      'Après en avoir délibéré, le comité syndical, à l’unanimité, approuve la convention.',
    ]);
    const { summary, findings } = analyseText(short);
    expect(summary.present_names).toEqual(['Brunet Gaston', 'Marquet Yves', 'Sarrazin']);
    expect(summary.absent_names).toEqual(['Pouvreau']);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a role in capitals inside such a list is no surname', () => {
  const doc = text([
    'Séance du 4 février 1982',
    'Membres en exercice : 7 ; présents : 6.',
    'Le Conseil municipal de Lherm-le-Vieux s’est réuni sous la présidence de M. Couderc Paul, maire.',
    'Étaient présents : MM. Couderc Paul, Maire, Salgues Henri, Adjoints, Vidal, Rouquette, Bonnet, Lacaze.',
    'Absent : M. Calmettes.',
    '',
    'Objet : Éclairage public',
    'Le Conseil, après en avoir délibéré, à l’unanimité, approuve les travaux.',
  ]);

  it('reads the members, not the role', () => {
    expect(analyseText(doc).summary.present_names).toEqual(['Couderc Paul', 'Salgues Henri', 'Vidal', 'Rouquette', 'Bonnet', 'Lacaze']);
  });
});

describe('« père » and « fils » telling two members of one name apart in a register', () => {
  const doc = text([
    'Séance du 2 octobre 1975',
    'Membres en exercice : 9 ; présents : 9.',
    'Le Conseil municipal de Saint-Alby-sur-Lot s’est réuni sous la présidence de M. Campmas Victor, maire.',
    'Étaient présents : MM. Campmas Victor, maire, Fabre Jules père, Fabre Jules fils, Issaly, Lacombe, Maury, Pradal, Rességuier, Vaissière.',
    'M. Fabre Jules fils a été nommé secrétaire.',
    '',
    'Objet : Chemin vicinal n° 2',
    'Le Conseil, après en avoir délibéré, à l’unanimité, approuve les travaux.',
  ]);

  it('keeps the word in each name: two members, the son secretary', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Campmas Victor', 'Fabre Jules père', 'Fabre Jules fils', 'Issaly', 'Lacombe', 'Maury', 'Pradal', 'Rességuier', 'Vaissière']);
    expect(summary.secretary).toBe('Fabre Jules fils');
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('a secretary written by civility and surname alone after the label', () => {
  const doc = text([
    'Commune de Lembeye-Soubiran',
    'Séance du mardi 14 mars 2017',
    'En exercice : 11 – Présents : 9 – Votants : 9',
    'Sous la présidence de M. Jean Poueyto, Maire.',
    'Présents : Mmes Bégué, Lasserre ; MM. Poueyto, Castaing, Dutrey, Labarthe, Mirassou, Nogué, Sarthou.',
    'Absents excusés : MM. Pujo, Tisnès.',
    'Secrétaire de séance : Mme Lasserre.',
    '',
    'Objet : Tarifs de la salle des fêtes',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, fixe les tarifs.',
  ]);

  it('reads the surname as the secretary', () => {
    const { summary } = analyseText(doc);
    expect(summary.secretary).toBe('Lasserre');
  });
});

describe('a présence table after a decision whose verbs are in a list under « après en avoir délibéré, à l’unanimité : »', () => {
  const doc = text([
    'ASSOCIATION FONCIÈRE DE VALLIÈRES-LES-CHAUMES',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU',
    '',
    'Réunion du mardi 8 mars 2011',
    'Membres du bureau en exercice : 6 – Présents : 5 – Votants : 5',
    '',
    'Le bureau s’est réuni sous la présidence de M. Gilbert NOIRET, président.',
    '',
    'Objet : Curage des fossés – programme 2011',
    '',
    'Le Président présente le devis de l’entreprise Charlot pour un montant de 4 260 € HT.',
    '',
    'Le bureau, après en avoir délibéré, à l’unanimité :',
    '- retient le devis de l’entreprise Charlot ;',
    '- fixe la taxe 2011 à 7,20 € par hectare.',
    '',
    'FEUILLE DE PRÉSENCE',
    'NOM Prénom          | Qualité      | Présent | Absent',
    'NOIRET Gilbert      | Président    |    X    |',
    'ROBINEAU Claire     | Propriétaire |    X    |',
    'MASSON Didier       | Propriétaire |    X    |',
    'PELLETIER Anne      | Propriétaire |    X    |',
    'BOUCHER Henri       | Propriétaire |    X    |',
    'VERDIER Paul        | Propriétaire |         |   X',
  ]);

  it('keeps the item above the table: its vote is read', () => {
    const { summary } = analyseText(doc);
    expect(summary.votes).toEqual({ unanimous: true });
    expect(summary.present_names).toEqual(['NOIRET Gilbert', 'ROBINEAU Claire', 'MASSON Didier', 'PELLETIER Anne', 'BOUCHER Henri']);
  });
});

describe('the maire listed by office beside a group of adjoints named in brackets', () => {
  const doc = text([
    'Commune de Montredon-sur-Viaur',
    'Conseil municipal du mardi 5 novembre 2024',
    '',
    'Membres en exercice : 7 – Présents : 6 – Votants : 7',
    'Convocation envoyée le 29 octobre 2024',
    '',
    'Le cinq novembre deux mille vingt-quatre, le conseil municipal s’est réuni à la mairie sous la présidence de M. Lucien Garrigues, Maire. Présents : le Maire, les trois adjoints (Mme Odette Cros, M. René Bonnafous, Mme Agnès Vigroux) et MM. Henri Falip et Serge Mouly. Absent excusé : M. Didier Cros (pouvoir à Mme Odette Cros). Secrétaire de séance : M. Serge Mouly.',
    '',
    'Objet : Tarifs de la cantine',
    'Le conseil municipal, après en avoir délibéré, à l’unanimité, fixe les tarifs.',
  ]);

  it('reads the adjoints in brackets and the maire as the president', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.president).toBe('Lucien Garrigues');
    expect(summary.present_names).toEqual(['Lucien Garrigues', 'Odette Cros', 'René Bonnafous', 'Agnès Vigroux', 'Henri Falip', 'Serge Mouly']);
    expect(summary.absent_names).toEqual(['Didier Cros']);
    expect(errorCodes(findings)).toEqual([]);
  });

  it('reads a group in brackets without the maire before it', () => {
    const lines = doc.replace('Présents : le Maire, les trois adjoints', 'Présents : M. Lucien Garrigues, Maire, les trois adjoints');
    expect(analyseText(lines).summary.present_names).toEqual(['Lucien Garrigues', 'Odette Cros', 'René Bonnafous', 'Agnès Vigroux', 'Henri Falip', 'Serge Mouly']);
  });
});
