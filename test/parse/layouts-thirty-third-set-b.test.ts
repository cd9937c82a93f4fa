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

describe('procurations one per line, each giver’s quality as an appointed member', () => {
  const doc = text([
    "CENTRE INTERCOMMUNAL D'ACTION SOCIALE DU PAYS DE LUZERNE",
    '',
    'Séance du jeudi 10 juin 2021',
    '',
    'Administrateurs en exercice : 9 – Présents : 5 – Procurations : 2 – Votants : 7',
    '',
    'Étaient présents : M. Alain VERGNES, président ; Mme Brigitte SOULA, membre élue ; M. Claude TEYSSIER, membre élu ; Mme Denise AUZOLLE, membre nommée (UDAF) ; M. Émile RAYNAL, membre nommé (ADMR).',
    '',
    'Procurations :',
    'Mme Fabienne COSTES, membre nommée (Secours catholique), à Mme Brigitte SOULA',
    'M. Gérard LACOMBE, membre nommé, à M. Alain VERGNES',
    '',
    'Excusés : Mme Hélène BOYER, membre élue ; M. Ivan MARTY, membre nommé.',
    '',
    'Secrétaire de séance : Mme Brigitte SOULA.',
  ]);

  it('reads each holder after the quality', () => {
    expect(proxyPairs(analyseText(doc).summary.proxies_list)).toEqual(['Fabienne COSTES > Brigitte SOULA', 'Gérard LACOMBE > Alain VERGNES']);
  });
});

describe('an excused member represented « d’ » a body', () => {
  const doc = text([
    'RÉGIE DU RÉSEAU DE CHALEUR DE MONTFAUCON',
    '',
    "CONSEIL D'EXPLOITATION",
    'Séance du mardi 10 février 2026 (convocation du 2 février 2026)',
    '(membres en exercice : 7 — présents : 5 — votants : 5)',
    '',
    'Membres présents : AUDIBERT Claire, présidente ; BARRAL Luc ; CHABERT Anne ; DURAND Paul ; ESPIÉ Jean.',
    '',
    "Excusés : FOURNIER Odile, représentante d'Habitat Montfaucon (abonné) ; GIRAUD Serge.",
    '',
    'Secrétaire : CHABERT Anne.',
  ]);

  it('reads the member after the quality', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.absent_names).toEqual(['FOURNIER Odile', 'GIRAUD Serge']);
    expect(errorCodes(findings)).not.toContain('ATTENDANCE_INCOMPLETE');
  });
});

describe('the excused list cut by the excerpt inside a surname', () => {
  const doc = text([
    "OFFICE PUBLIC DE L'HABITAT DE BELCASTEL",
    '',
    "CONSEIL D'ADMINISTRATION DU 17 JUIN 2010",
    '',
    'Administrateurs en exercice : 9 – Présents : 5 – Représentés : 1',
    '',
    'ÉTAIENT PRÉSENTS',
    '  M. Paul ARMAND – Mme Julie BESSE – M. Noël CARRIÈRE – Mme Inès DOUMERGUE – M. Omar EL KAROUI.',
    '',
    'REPRÉSENTÉS',
    '  Mme Lise FAGES par M. Paul ARMAND',
    '',
    'EXCUSÉS',
    '  Mme Rosine GARRIGUES (personnalité qualifiée) ; M. Henri HÉBRARD (CAF) ; Mme Suzanne JO',
  ]);

  it('keeps the whole names and drops the fragment', () => {
    expect(analyseText(doc).summary.absent_names).toEqual(['Rosine GARRIGUES', 'Henri HÉBRARD']);
  });
});

describe('the present counted in a sentence after the seats with a deliberative voice', () => {
  const doc = text([
    'SDIS DU HAUT-VERDON',
    '',
    'Séance du vendredi 15 mars 2019',
    '',
    "Le conseil d'administration compte 20 membres en exercice avec voix délibérative ; 9 sont présents, 2 représentés ; 11 votants.",
    '',
    'PRÉSENTS AVEC VOIX DÉLIBÉRATIVE',
    'M. ABADIE Louis, président',
    'Mme BARRÈRE Nicole',
    'M. CAZAUX Pierre',
    'Mme DASTE Hélène',
    'M. ESTÈBE Jean',
    'Mme FOURCADE Marie',
    'M. GASSIOT Henri',
    'Mme HOURCADE Annie',
    'M. LACAZE Robert',
    '',
    'Secrétaire de séance : Mme DASTE Hélène',
  ]);

  it('reads the present count', () => {
    expect(analyseText(doc).summary.present).toBe(9);
  });
});

describe('a city CCAS: administrators counted, elected and appointed members in two columns under their titles', () => {
  const doc = text([
    'VILLE DE SAINT-AUBRAC-LE-HAUT',
    "CENTRE COMMUNAL D'ACTION SOCIALE",
    '',
    'Séance du jeudi 12 décembre 2013                         Convocation : 4 décembre 2013',
    '',
    '9 administrateurs en exercice ; 8 présents ; 8 votants',
    '',
    'PRÉSENTS',
    '   ALBOUY Henri, Maire, Président',
    '   ÉLUS DU CONSEIL MUNICIPAL                   MEMBRES NOMMÉS PAR LE MAIRE',
    '   BONNET Claire, vice-présidente              CAYLA Roger (UDAF)',
    '   DELMAS Pierre                               ESCUDIÉ Jeanne (Familles rurales)',
    '   FABRE Sylvie                                GALTIER Marc (APF)',
    '   HUGONENC Luc',
    '',
    'ABSENTE : ISSALY Marie (nommée)',
    '',
    'Secrétaire de séance : FABRE Sylvie',
  ]);

  it('reads the seats and every member, row by row', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.members_in_office).toBe(9);
    expect(summary.present_names).toEqual(['ALBOUY Henri', 'BONNET Claire', 'CAYLA Roger', 'DELMAS Pierre', 'ESCUDIÉ Jeanne', 'FABRE Sylvie', 'GALTIER Marc', 'HUGONENC Luc']);
    expect(errorCodes(findings)).not.toContain('PRESENT_COUNT_MISMATCH');
  });
});

describe('the members’ word before the excused heading, below a list one name per line', () => {
  const doc = text([
    "CONSEIL D'ADMINISTRATION DU SDIS DE LA BASSE-ORBIÈRE – SÉANCE DU MARDI 4 AVRIL 2023",
    '',
    'Membres en exercice : 6 ; présents : 4.',
    '',
    'MEMBRES PRÉSENTS',
    '— Régine ASTRUC',
    '— Bernard COMBAL',
    '— Nadia FERRIÈRES',
    '— Olivier GUIRAUD',
    '',
    'MEMBRES EXCUSÉS : Pascal HERMET, Sonia ISSARTEL.',
    '',
    'Secrétaire de séance : Mme Nadia FERRIÈRES.',
  ]);

  it('leaves the word out of the last member present', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Régine ASTRUC', 'Bernard COMBAL', 'Nadia FERRIÈRES', 'Olivier GUIRAUD']);
    expect(summary.absent_names).toEqual(['Pascal HERMET', 'Sonia ISSARTEL']);
  });
});
