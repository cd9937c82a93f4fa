/**
 * Layouts the two-hundred-and-fifty-second invented corpus (boards other than municipal councils: CCAS, CIAS, SDIS,
 * OPH, offices de tourisme, régies, bureaux of groupings) found missing. Every case is written anew here (invented names
 * and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a board’s TAB table headed « Administrateur(trice) », its members under group titles', () => {
  const doc = text([
    "CENTRE COMMUNAL D'ACTION SOCIALE DE BRÉVILLE-SUR-OUST",
    '',
    "Extrait du registre des délibérations du Conseil d'administration",
    '',
    'Séance du lundi 9 septembre 2019, 18 h 30, mairie',
    'Convocation du 2 septembre 2019',
    '',
    'Administrateurs en exercice : 7',
    'Présents : 5 – Pouvoir : 1 – Votants : 6',
    '',
    'Administrateur(trice)\tQualité\tPrésence',
    'M. Roland KERBRAT\tMaire, président de droit\tprésent',
    '',
    'MEMBRES ÉLUS PAR LE CONSEIL MUNICIPAL',
    'Mme Odile LE GOFF\tvice-présidente\tprésente',
    'M. Yann TANGUY\tconseiller municipal\tprésent',
    'Mme Soizic MADEC\tadjointe au maire\tpouvoir à Mme LE GOFF',
    '',
    'MEMBRES NOMMÉS PAR LE MAIRE',
    "Mme Anne GUILLOU\treprésentante de l'UDAF\tprésente",
    'M. Loïc PRIGENT\tclub des aînés\tprésent',
    'Mme Gaëlle RIOU\tSecours populaire\tabsente',
    '',
    'Secrétaire de séance : Mme Odile LE GOFF.',
    '',
    'Délibération n° 2019-11 – Aides facultatives',
    '',
    'Votes : pour : 6 ; contre : 0 ; abstention : 0.',
  ]);

  it('reads the rows across the group titles: present, absent and the proxy of the state cell', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.present_names).toEqual(['Roland KERBRAT', 'Odile LE GOFF', 'Yann TANGUY', 'Anne GUILLOU', 'Loïc PRIGENT']);
    expect(summary.absent_names).toEqual(['Gaëlle RIOU']);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Soizic MADEC > LE GOFF']);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('a list of grants whose first bullet holds two amounts, their total right', () => {
  const doc = text([
    'SYNDICAT MIXTE DU PAYS DE LA HAUTE-VÉORE',
    '',
    'Séance du mardi 11 octobre 2016',
    '',
    'Délégués en exercice : 12 – Présents : 10 – Votants : 10',
    '',
    'Présents : M. Hervé ALAZARD, Mme Lucie BONNAFOUS, M. Jean CAMBON, Mme Rose DALLE, M. Paul ESCANDE, Mme Anne FABRE,',
    'M. Marc GINESTE, Mme Léa HUC, M. Yves IZARD, Mme Zoé JOUVE.',
    '',
    '1 – Programme LEADER : projets retenus',
    '',
    '- Halle du marché de pays : FEADER 52 000 € pour une dépense éligible de 130 000 €, soit 40 % ;',
    '- Sentier des meuniers : FEADER 31 200 € ;',
    '- Atelier partagé des artisans : FEADER 16 800 €.',
    '',
    'Soit un montant total programmé de 100 000 € au titre du FEADER.',
    '',
    'Adopté à l’unanimité.',
  ]);

  it('does not sum the bullets below the one it cannot tell', () => {
    expect(errorCodes(analyseText(doc).findings)).not.toContain('AMOUNT_SUM_MISMATCH');
  });
});

describe('a group title with « et » on its own line above dash bullets', () => {
  const doc = text([
    "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU HAUT-LIZON",
    "CONSEIL D'ADMINISTRATION – SÉANCE DU MARDI 7 MARS 2023",
    '',
    'Membres en exercice : 9 ; présents : 6 ; votants : 6.',
    '',
    'MEMBRES PRÉSENTS AVEC VOIX DÉLIBÉRATIVE',
    'Représentants du Département :',
    '— Gilbert AUDOUZE',
    '— Martine BOUYSSOU',
    '— Rémi CASTAGNOL',
    'Représentants des communes et des EPCI :',
    '— Agnès DELPUECH',
    '— Thierry ESPALIEU',
    '— Ginette FOISSAC',
    '',
    'MEMBRES REPRÉSENTÉS : néant.',
    '',
    'Secrétaire de séance : Mme Agnès DELPUECH.',
  ]);

  it('reads no member out of the title', () => {
    expect(analyseText(doc).summary.present_names).toEqual(['Gilbert AUDOUZE', 'Martine BOUYSSOU', 'Rémi CASTAGNOL', 'Agnès DELPUECH', 'Thierry ESPALIEU', 'Ginette FOISSAC']);
  });
});

describe('status bullets whose proxy follows the dash', () => {
  const doc = text([
    'Office de Tourisme du Val de Sorgues',
    '',
    'Comité de direction du jeudi 14 novembre 2024',
    '',
    'Membres en exercice : 8 / Présents : 5 / Pouvoirs : 2 / Votants : 7',
    '',
    'Collège des élus',
    '• Arnaud Vidal, président — présent',
    '• Béatrice Roux — présente',
    '• Cédric Maury — pouvoir à Béatrice Roux',
    '• Denise Pujol — présente',
    '',
    'Collège des professionnels',
    '• Étienne Azaïs (hôtellerie) — présent',
    '• Fanny Grousset (camping) — pouvoir à Étienne Azaïs',
    '• Gaston Ribes (commerce) — présent',
    '• Hortense Bru (musées) — excusée',
    '',
    'Secrétaire de séance : Denise Pujol',
  ]);

  it('reads the proxies', () => {
    expect(proxyPairs(analyseText(doc).summary.proxies_list)).toEqual(['Cédric Maury > Béatrice Roux', 'Fanny Grousset > Étienne Azaïs']);
  });
});
