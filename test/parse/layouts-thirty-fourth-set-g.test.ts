/**
 * Layouts the two-hundred-and-sixty-first invented corpus (PDF text layers with columns and tables) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a budget by section, each balanced, then the total of the budget', () => {
  const doc = text([
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE SAINT-ARNOULT-LES-PRÉS',
    'Séance du mardi 12 avril 2016',
    'Conseillers en exercice : 11 Présents : 11 Votants : 11',
    'Date de la convocation : 5 avril 2016',
    '',
    'Présents : Mmes et MM. Odile VERNET, Maire, Luc BASTIDE, Anne CORNU, Paul DARRAS, Rémi ESTÈVE, Julie FAGOT, Marc GIRON, Hugo HAMEL, Inès JOLY, Léa KLEIN, Yves LEROUX.',
    'Secrétaire de séance : M. Paul DARRAS.',
    '',
    'OBJET : Budget primitif 2016',
    '',
    'Section de fonctionnement',
    'Dépenses 512 000,00 €',
    'Recettes 512 000,00 €',
    'Section d\'investissement',
    'Dépenses 230 500,00 €',
    'Recettes 230 500,00 €',
    'Total du budget 742 500,00 €',
    '',
    'Le Conseil municipal, après en avoir délibéré, à l\'unanimité, adopte le budget primitif 2016.',
  ]);

  it('does not add a section\'s expenses to its receipts', () => {
    const { findings } = analyseText(doc);
    expect(errorCodes(findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });
});

describe('a role abbreviated with a full stop inside a list in columns', () => {
  const doc = text([
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE',
    'Communauté de communes des Coteaux d’Armel – Séance du jeudi 9 mars 2017',
    '',
    ' Membres en exercice : 12      Présents : 8      Votants : 8',
    '',
    'PRÉSENTS :',
    ' M. Alain BROSSARD, Président          Mme Lucie CARRON, Vice-Prés.         M. Henri DAGUET',
    ' M. Roland ÉVRARD, Vice-Prés.          Mme Sonia FERRY                      M. Lionel GIBERT',
    ' Mme Rose HUCHET                       M. Yann IMBERT',
    '',
    'Secrétaire de séance : Mme Sonia FERRY',
    '',
    'OBJET : Adhésion au service commun d’instruction',
    'Le Conseil communautaire, après en avoir délibéré, à l’unanimité, approuve l’adhésion.',
  ]);

  it('reads on past « Vice-Prés. » to the next cells', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Alain BROSSARD', 'Lucie CARRON', 'Henri DAGUET', 'Roland ÉVRARD', 'Sonia FERRY', 'Lionel GIBERT', 'Rose HUCHET', 'Yann IMBERT']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('the delegates present under their sectors’ names in small letters', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL D’ÉNERGIE DU HAUT-VERDON',
    'Séance du comité syndical du 14 mars 2002',
    'Nombre de délégués en exercice : 8',
    'Présents : 7',
    'Votants : 7',
    'Étaient présents :',
    'Secteur du Plateau',
    'MM. Jules ARNAUD, Léon BERTIN, Mme Rose',
    'CHARRIER.',
    'Canton de Vaunières',
    'Mme Paule DUMONT, MM. Serge ÉTIENNE, Hugo FABRE, Marc GIRAUD.',
    'Excusé : M. Louis HÉRAUD.',
    'Secrétaire de séance : M. Léon BERTIN.',
    'OBJET : Programme de travaux 2002',
    'Le Comité syndical, après en avoir délibéré, à l’unanimité, approuve le programme.',
  ]);

  it('reads the delegates, not the sectors', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Jules ARNAUD', 'Léon BERTIN', 'Rose CHARRIER', 'Paule DUMONT', 'Serge ÉTIENNE', 'Hugo FABRE', 'Marc GIRAUD']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('a sheet’s « R » rows whose holders a proxy paragraph under it names', () => {
  const doc = text([
    'Communauté de communes du Val de Sarthenay',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE',
    'Séance du jeudi 6 mars 2025 à 18 h 30',
    '',
    '     Membres en exercice      Présents      Pouvoirs      Votants',
    '             12                  8             2             10',
    '',
    'Date de convocation : 27 février 2025',
    'Secrétaire de séance : Mme Odile PRUNIER',
    '',
    'FEUILLE D’ÉMARGEMENT',
    ' Conseiller(e)                Statut   Conseiller(e)                Statut',
    ' AUBIN Gérard                  P       LANGLOIS Martine              P',
    ' BARRAL Sophie                 R       MARCHAL Yves                  E',
    ' CHOLET Bruno                  P       NAVARRE Inès                  P',
    ' DUVAL Agathe                  P       PRUNIER Odile                 P',
    ' FOUCHER Luc                   R       QUENTIN Rémi                  P',
    ' GIRARDOT Paule                E       ROUSSEL Hugo                  P',
    'P : présent(e) – E : excusé(e) – R : représenté(e)',
    '',
    'Pouvoirs : Sophie BARRAL à Gérard AUBIN ; Luc FOUCHER à Inès',
    'NAVARRE.',
    '',
    'OBJET : Fonds de concours 2025',
    'Le Conseil communautaire, après en avoir délibéré, à l’unanimité, approuve.',
  ]);

  it('reads the represented members as proxy givers only', () => {
    const { summary } = analyseText(doc);
    expect(summary.absent_names).toEqual(['MARCHAL Yves', 'GIRARDOT Paule']);
    expect(summary.proxies_list).toEqual([
      { from: 'Sophie BARRAL', to: 'Gérard AUBIN' },
      { from: 'Luc FOUCHER', to: 'Inès NAVARRE' },
    ]);
  });
});

describe('a presence table whose cells a PDF text layer joined with single spaces', () => {
  const doc = text([
    'COMMUNE DE SAINT-AUBIN-DES-COMBES',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du mardi 14 mars 2023',
    'Nombre de conseillers en exercice Présents Pouvoirs Votants',
    '9 6 1 7',
    'Date de convocation : 7 mars 2023',
    'Liste de présence',
    'Nom Prénom Statut',
    'ARNOUX Hélène Maire Présente',
    'BLANC Julien 1er adjoint Présent',
    'CHAUVIN Marie Présente',
    'DELAGE Paul Présent',
    'ESPINASSE Lise Présente',
    'FOURNIER Rémi Présent',
    'GAY Odette Pouvoir à ARNOUX Hélène',
    'HUGON Alain Excusé',
    'ISNARD Claire Absente',
    'Secrétaire de séance : M. Paul DELAGE',
    'Objet : Tarifs de la cantine',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, adopte les tarifs.',
  ]);

  it('reads each row’s state, the roles apart', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ARNOUX Hélène', 'BLANC Julien', 'CHAUVIN Marie', 'DELAGE Paul', 'ESPINASSE Lise', 'FOURNIER Rémi']);
    expect([...(summary.absent_names ?? [])].sort()).toEqual(['HUGON Alain', 'ISNARD Claire']);
    expect(summary.proxies_list).toEqual([{ from: 'GAY Odette', to: 'ARNOUX Hélène' }]);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('a present table « NOM / Prénom / Qualité » extracted one cell per line, its empty cells gone', () => {
  const doc = text([
    'COMMUNE DE VILLARD-SUR-OUVÈZE',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'SÉANCE DU 12 JUIN 2008',
    'Conseillers en exercice : 9 – Présents : 7 – Votants : 7',
    'Date de convocation : 5 juin 2008',
    'Étaient présents :',
    'NOM',
    'Prénom',
    'Qualité',
    'ROUSSET',
    'Armand',
    'Maire',
    'BLACHE',
    'Sylvie',
    '1re adjointe',
    'CHAIX',
    'Noël',
    'DORIER',
    'Paulette',
    'EYMARD',
    'Jacques',
    'FAURIE',
    'Monique',
    'GIRAUD',
    'Pascal',
    'Absents excusés : Madame Irène HUGUES, Monsieur Marc ISSARTEL',
    'Secrétaire de séance : Madame Paulette DORIER',
    'OBJET : Travaux de voirie',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, approuve les travaux.',
  ]);

  it('reads one member a row, the titles and the roles apart', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['ROUSSET Armand', 'BLACHE Sylvie', 'CHAIX Noël', 'DORIER Paulette', 'EYMARD Jacques', 'FAURIE Monique', 'GIRAUD Pascal']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('sections side by side, the right column going on with the secretary’s label under its list', () => {
  const doc = text([
    'SYNDICAT INTERCOMMUNAL SCOLAIRE DU VAL D’ESSERT',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    'Séance du jeudi 10 mars 2005',
    'Nombre de membres en exercice : 9 – présents : 7 – votants : 8',
    'Date de convocation : 3 mars 2005',
    '',
    'Présents :                                        Excusé avec pouvoir :',
    'M. Paul ANDRIEU                                   M. Marc BOYER (pouvoir à',
    'Mme Lise CORNET                                   M. Paul ANDRIEU)',
    'M. Jean DELMAS',
    'Mme Agnès FABRE                                   Absente excusée :',
    'M. Luc GARNIER                                    Mme Rose HUBERT',
    'Mme Nadia JOUVE',
    'M. Yves LAFON                                     Secrétaire de séance :',
    '                                                  Mme Nadia JOUVE',
    '',
    'OBJET : Participation des communes 2005',
    'Le Comité syndical, après en avoir délibéré, à l’unanimité, fixe la participation.',
  ]);

  it('keeps the secretary out of the absences', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.absent_names).toEqual(['Rose HUBERT']);
    expect(errorCodes(findings)).not.toContain('PROXY_GIVER_PRESENT');
  });
});
