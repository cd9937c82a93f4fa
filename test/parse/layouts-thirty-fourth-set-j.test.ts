/**
 * Layouts the two-hundred-and-sixty-third invented corpus found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('an election of the adjoints "avec N voix sur M votants" just after the lists', () => {
  const doc = text([
    'COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU SAMEDI 5 MAI 2007',
    '',
    'Le samedi 5 mai 2007 à 9 heures, le Conseil Municipal de Roquebrise-d’en-Haut s’est réuni sous la présidence de Gilbert ALZIARI, Maire.',
    'Présents : Odette BLANCARD, Félix TORRIN, Yvette MAURANDI, Lucien PELLEGRIN.',
    'Absente représentée : Rose CASTELLI pouvoir à Félix TORRIN.',
    'Madame Yvette MAURANDI a été nommée secrétaire de séance.',
    'ORDRE DU JOUR :',
    '- Élection d’un adjoint (démission de M. Paul GASTAUD)',
    '- Tarifs de la cantine',
    '1/ Élection d’un adjoint : M. Félix TORRIN est élu deuxième adjoint avec sept voix sur sept votants.',
    '2/ Tarifs de la cantine : le conseil fixe le repas à 3,10 € par 5 voix pour et 1 abstention.',
  ]);

  it('reads no session count of voters from the ballot’s result', () => {
    const { parsed } = analyseText(doc);
    expect(parsed.session.declared.voters).toBeNull();
  });

  it('still reads the voters the header declares', () => {
    const declared = doc.replace('Madame Yvette', 'Votants : 6\nMadame Yvette').replace('sept voix sur sept votants', '6 voix sur 6 votants');
    const { parsed, summary } = analyseText(declared);
    expect(parsed.session.declared.voters?.value).toBe(6);
    expect(summary.voters).toBe(6);
  });
});

describe('an installation opened by the outgoing maire while the lists already name every elected member', () => {
  const doc = text([
    'PROCÈS-VERBAL DE LA SÉANCE D’INSTALLATION DU CONSEIL MUNICIPAL DE HOHWALDEN DU 21 MARS 2014',
    '',
    'L’an deux mille quatorze, le vingt et un mars à 20 heures, les membres du conseil municipal proclamés élus le 16 mars 2014 se sont réunis à la mairie sur convocation du Maire.',
    'Nombre de conseillers élus : 11',
    'Nombre de conseillers présents : 11',
    'Conseillers présents : ADAM Luc, BECK Irène, DIEBOLD Marc, ERB Sonia, FUCHS Alain, GERBER Lise, HERTZ Paul, JUNG Carole, KLEIN Yves, LANG Martine',
    'Conseillère absente excusée : MULLER Anne',
    'La séance est ouverte sous la présidence de M. René OSTER, Maire sortant, qui déclare installer les onze conseillers élus dans leurs fonctions.',
    'M. ADAM Luc, doyen d’âge, prend ensuite la présidence. Mme JUNG Carole est désignée secrétaire de séance.',
    'POINT 3 – Nombre des adjoints : le conseil fixe à trois le nombre des adjoints. Adopté à l’unanimité.',
  ]);

  it('does not count the outgoing maire as an eleventh member present', () => {
    const { findings } = analyseText(doc);
    expect(errorCodes(findings)).toContain('PRESENT_COUNT_MISMATCH');
  });

  it('still counts a maire presiding apart from a list that leaves his seat free', () => {
    const apart = doc.replace('Nombre de conseillers élus : 11', 'Nombre de conseillers élus : 12').replace('Nombre de conseillers présents : 11', 'Nombre de conseillers présents : 11');
    const { findings } = analyseText(apart);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});
