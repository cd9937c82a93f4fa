/**
 * Layouts the two-hundred-and-ninety-eighth invented corpus found missing: a stamp drawn as a frame (« reçu à la
 * préfecture » and its date) read by OCR inside a wrapped list of present members, and an e-signature mark with the
 * page's folio read inside a list in columns. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a framed reception stamp read between the lines of a wrapped list (a name split by it)', () => {
  const doc = text([
    'COMMUNE DE SAINT-VAAST-LES-ORMEAUX',
    'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    'SEANCE DU MARDI 9 SEPTEMBRE 2014',
    'Conseillers en exercice : 11',
    'Conseillers presents : 9',
    'Votants : 9',
    '',
    'PRESENTS : M. Gaston PIEDNOIR, Mme Odile VAUQUELIN, M. Armand LETELLIER,',
    'Mme Berthe COSTARD, M. Lucien HAMELIN, Mme Gisele',
    '   ,--.__  RECU A LA PREFECTURE DU CALVADOS',
    '  ( CALVADOS )      1 5 SEPT. 2014',
    "   `-.__.-'",
    'FOURNEAUX, M. Rene QUETTIER, Mme Yvette LEBRETON, M. Marcel DUBOSQ.',
    '',
    'ABSENTS : M. Paul GODEFROY, Mme Alice ROBILLARD.',
    '',
    'OBJET : TARIFS DE LA SALLE DES FETES',
    'Le Conseil municipal, apres en avoir delibere, a l\'unanimite, fixe les tarifs.',
  ]);

  it('reads the list on past the stamp, the split name whole, and no count mismatch', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual([
      'Gaston PIEDNOIR', 'Odile VAUQUELIN', 'Armand LETELLIER', 'Berthe COSTARD', 'Lucien HAMELIN',
      'Gisele FOURNEAUX', 'Rene QUETTIER', 'Yvette LEBRETON', 'Marcel DUBOSQ',
    ]);
    expect(summary.present).toBe(9);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('an e-signature mark and the page folio read inside a list in three columns', () => {
  const doc = text([
    'VILLE DE MONTREJEAU-SUR-ARIZE',
    'Seance du jeudi 3 octobre 2024',
    'Nombre de conseillers en exercice : 15',
    'Presents : 12 - Pouvoirs : 0 - Votants : 12',
    '',
    'Etaient presents :',
    'Agathe SOUQUET             Bernard LAPEYRE            Colette ESQUIROL',
    'Denis FABRE-MONTEIL        Elise CARRERE              Fabien DOUMENG',
    '      ___                                                              1/3',
    "     /   \\  ,'~   --- document signe electroniquement ---",
    'Gilles PEYRUSSE            Helene BARTHE              Ines LACOMBE',
    'Jules MOURGUES             Karine SABATHE             Louis VIDALOT',
    '',
    'Objet : Subvention au comite des fetes',
    'Le Conseil municipal, a l\'unanimite, accorde la subvention.',
  ]);

  it('reads all twelve names, row by row, and finds no count mismatch', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual([
      'Agathe SOUQUET', 'Bernard LAPEYRE', 'Colette ESQUIROL', 'Denis FABRE-MONTEIL', 'Elise CARRERE', 'Fabien DOUMENG',
      'Gilles PEYRUSSE', 'Helene BARTHE', 'Ines LACOMBE', 'Jules MOURGUES', 'Karine SABATHE', 'Louis VIDALOT',
    ]);
    expect(errorCodes(findings)).toEqual([]);
  });
});

describe('the secretary « nornme » in a typed register read by OCR (« rn » for « m »)', () => {
  it('reads the secretary named before the participle', () => {
    const doc = text([
      'COMMUNE DE LAVERGNE-DU-PUECH',
      'Seance du 14 mars 1981',
      'Presents : MM. ROUVIERE Henri, Maire, BESSIERE Paul, CAUSSE Jean, VIALA Louis, ALMERAS Marc.',
      '  M. Paul BESSIERE a ete nornme secretaire.',
      '',
      'Obiet : Coupe affouagere',
      'Le Conseil, a l\'unanimite, fixe la taxe d\'affouage.',
    ]);
    expect(analyseText(doc).summary.secretary).toBe('Paul BESSIERE');
  });
});
