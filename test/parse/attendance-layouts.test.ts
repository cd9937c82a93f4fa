/** Attendance lists in the layouts real extracts use (invented names). */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const HEAD = 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du lundi 3 juin 2019\n';

function read(body: string) {
  return analyseText(HEAD + body + '\n\nOBJET : Budget\n\nLe Conseil municipal, après en avoir délibéré, approuve à l’unanimité.').summary;
}

describe('attendance layouts', () => {
  it('TAB-separated columns with civilities', () => {
    const s = read('Membres présents :\nMonsieur Jean DUPRÉ\tMadame Anne-Marie LE BIHAN\tMonsieur Paul DE LA FONTAINE\nMadame Fatou N\'DIAYE\tMonsieur Luc VAN DEN BERG\n\nMembres absents :\nMonsieur Eric MAHÉ pouvoir à Madame Fatou N\'DIAYE');
    expect(s.present_names).toEqual(['Jean DUPRÉ', 'Anne-Marie LE BIHAN', 'Paul DE LA FONTAINE', "Fatou N'DIAYE", 'Luc VAN DEN BERG']);
    expect(s.proxies_list).toEqual([{ from: 'Eric MAHÉ', to: "Fatou N'DIAYE" }]);
    expect(s.absent_names).toEqual(['Eric MAHÉ']);
  });

  it('columns glued by one space (PDF text layer) are cut at each civility', () => {
    const s = read('Membres présents :\nMonsieur Jean DUPRÉ Madame Anne LEROY Monsieur Paul MARTIN\nMadame Lise OGER');
    expect(s.present_names).toEqual(['Jean DUPRÉ', 'Anne LEROY', 'Paul MARTIN', 'Lise OGER']);
  });

  it('comma list with M./Mme, wrapped across lines, and a final "et"', () => {
    const s = read('Etaient présents : M. Alain ROBIN, Mme Brigitte\nCOLAS, M. Denis FAURE-\nMARTIN, Mme Emma GUYOT et M. Félix HUET.\nAbsents : M. Gaston IMBERT.');
    expect(s.present_names).toEqual(['Alain ROBIN', 'Brigitte COLAS', 'Denis FAURE-MARTIN', 'Emma GUYOT', 'Félix HUET']);
    expect(s.absent_names).toEqual(['Gaston IMBERT']);
  });

  it('bullets in NOM Prénom order, two per line', () => {
    const s = read('Présents :\n  • ROBIN Alain, - COLAS Brigitte,\n  • FAURE Denis, - GUYOT Emma\n  • HUET Félix\n\nSecrétaire de séance : COLAS Brigitte');
    expect(s.present_names).toEqual(['ROBIN Alain', 'COLAS Brigitte', 'FAURE Denis', 'GUYOT Emma', 'HUET Félix']);
    expect(s.secretary).toBe('COLAS Brigitte');
  });

  it('numbered list whose numbers lost their names (NOM Prénom glued)', () => {
    const s = read('Conseillers présents : 1. ROBIN Alain 2. COLAS Brigitte 3. 4. 5. FAURE Denis GUYOT Emma LE GALL Yves\nPublic : 12 personnes');
    expect(s.present_names).toEqual(['ROBIN Alain', 'COLAS Brigitte', 'FAURE Denis', 'GUYOT Emma', 'LE GALL Yves']);
  });

  it('"MM. X, Y et Z" and "Messieurs X et Y" with surnames only', () => {
    const s = read('Présents : Monsieur Claude ROUX, Maire, MM. BERNARD, PETIT et DURAND, Mmes LEFEVRE et GIRARD.\nAbsents excusés : Messieurs MOREAU et LAURENT.');
    expect(s.present_names).toEqual(['Claude ROUX', 'BERNARD', 'PETIT', 'DURAND', 'LEFEVRE', 'GIRARD']);
    expect(s.absent_names).toEqual(['MOREAU', 'LAURENT']);
  });

  it('proxy forms: pouvoir à, a donné procuration à, représenté par, (pouvoir de), procuration de … à', () => {
    const s = read(
      [
        'Présents : Alain ROBIN (pouvoir de Hugo MARCHAND), Brigitte COLAS, Denis FAURE, Emma GUYOT, Félix HUET.',
        'Procurations : Irène JOLY a donné procuration à Brigitte COLAS ; Karl LENOIR représenté par Denis FAURE ; procuration de Marie NOEL à Emma GUYOT ; Hugo MARCHAND (pouvoir à Alain ROBIN)',
      ].join('\n'),
    );
    expect(s.proxies_list).toEqual([
      { from: 'Hugo MARCHAND', to: 'Alain ROBIN' },
      { from: 'Irène JOLY', to: 'Brigitte COLAS' },
      { from: 'Karl LENOIR', to: 'Denis FAURE' },
      { from: 'Marie NOEL', to: 'Emma GUYOT' },
    ]);
    expect(s.absent_names).toEqual([]);
  });

  it('roles inside the list and staff who are not members', () => {
    const s = read('PRESENTS\nM. Luc BRETON, Bourgmestre-Président\nMM. Yves CARON, Joël DUMAS, Echevins\nMme Léa ESTÈVE, Conseillère\nM. Marc FORTIN, Directeur général, Secrétaire\nEXCUSES\nMme Rose GAUTIER, Conseillère.');
    expect(s.present_names).toEqual(['Luc BRETON', 'Yves CARON', 'Joël DUMAS', 'Léa ESTÈVE']);
    expect(s.absent_names).toEqual(['Rose GAUTIER']);
  });

  it('website boilerplate around the text never becomes a name', () => {
    const s = analyseText(
      'Conseil municipal du 3 juin 2019 - Commune\n\nTranscription\nCONTINUER À LIRE\nTélécharger le PDF\n' + HEAD + 'Présents : Alain ROBIN, Brigitte COLAS.\nAbsents : néant\n\nPartager ce document\nImprimer',
    ).summary;
    expect(s.present_names).toEqual(['Alain ROBIN', 'Brigitte COLAS']);
    expect(s.absent_names).toEqual([]);
  });

  it('empty sections: "Procuration : –" and "Absents : néant"', () => {
    const s = read('Présents : Alain ROBIN, Brigitte COLAS.\nProcuration : –\nAbsents : néant\nSecrétaire de séance : Alain ROBIN');
    expect(s.proxies_list).toEqual([]);
    expect(s.absent_names).toEqual([]);
  });

  it('a flattened two-column block leaves present and absent unknown', () => {
    const s = read('à laquelle étaient présents : Absence motivée : M. Alain Robin M. Paul Colas Mme Léa Faure\nSous la présidence de M. le Maire Denis Huet.');
    expect(s.present_names).toBeNull();
    expect(s.absent_names).toBeNull();
    expect(s.president).toBe('Denis Huet');
  });

  it('substitutes sit for titular delegates: not proxies', () => {
    const { parsed, summary } = analyseText(
      'Comité syndical du SIVOM de la Vallée\nRéunion du 12 mars 2019\nPRESENTS : MM. ROBIN Alain, COLAS Paul remplacé par son suppléant FAURE Denis, GUYOT Emma.\nABSENTS - EXCUSES : HUET Félix (remplacé par JOLY Irène).\n',
    );
    expect(summary.present_names).toEqual(['ROBIN Alain', 'COLAS Paul', 'GUYOT Emma']);
    expect(summary.proxies_list).toEqual([]);
    expect(parsed.session.attendance.substitutions.map((s) => [s.titular.name, s.substitute.name])).toEqual([
      ['COLAS Paul', 'FAURE Denis'],
      ['HUET Félix', 'JOLY Irène'],
    ]);
  });

  it('a list cut by the end of the excerpt is marked incomplete', () => {
    const { parsed, summary } = analyseText(HEAD + 'Nombre de membres en exercice : 45\nNombre de présents : 40\nEtaient présents : Alain ROBIN, Brigitte COLAS, Denis FAU');
    expect(parsed.session.attendance.sections[0]!.complete).toBe(false);
    expect(summary.findings).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});
