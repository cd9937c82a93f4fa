/**
 * Layouts the two-hundred-and-fifty-eighth invented corpus (large plenary assemblies) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes, proxyPairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a convocation sent by letter of the president, then its date', () => {
  const doc = text([
    'DÉPARTEMENT DES HAUTES-COMBES',
    'CONSEIL DÉPARTEMENTAL',
    '',
    'Réunion du lundi 14 octobre 2019',
    '',
    "L'an deux mille dix-neuf, le quatorze octobre à dix heures, le Conseil départemental, régulièrement convoqué par courrier de M. le Président en date du 27 septembre 2019, s'est réuni à l'Hôtel du Département sous la présidence de M. Gérald VERNHES, Président.",
    '',
    'Étaient présents : M. Gérald VERNHES, Mme Lucie BOUSQUET, M. Armand TRÉMOLET, Mme Irène COSTES.',
    '',
    'OBJET : Aide aux communes',
    'Adopté à l’unanimité.',
  ]);

  it('dates the convocation, the sender named between its means and its date', () => {
    const { summary } = analyseText(doc);
    expect(summary.convocation_date).toBe('2019-09-27');
    expect(summary.session_date).toBe('2019-10-14');
  });
});

describe('a session dated in words, the convocation aside naming who sent it before « s’est réuni »', () => {
  const doc = text([
    'CONSEIL GÉNÉRAL DE LA VALLÉE DU SORNIN',
    '',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
    '',
    'Le mardi dix-huit novembre deux mille huit, à quinze heures, le Conseil général, convoqué par son Président le 3 novembre 2008, s’est réuni à l’Hôtel du Département sous la présidence de M. Lucien FABRY, Président.',
    '',
    'Étaient présents : M. FABRY Lucien ; Mme DELPECH Anne ; M. ROUMIEU Paul ; M. SIRVEN Marc.',
    '',
    'RAPPORT N° 1 – Voirie départementale',
    'Adopté à l’unanimité.',
  ]);

  it('reads the session date and the convocation date', () => {
    const { summary } = analyseText(doc);
    expect(summary.session_date).toBe('2008-11-18');
    expect(summary.convocation_date).toBe('2008-11-03');
  });
});

describe('a unanimity of the votes cast, the abstainers counted in a participle clause', () => {
  const doc = text([
    'COMMUNAUTÉ URBAINE DE BRESSANGES',
    '',
    'Séance du 9 décembre 1998',
    '',
    'Délégués en exercice : 30 – Présents : 24 – Votants : 24',
    '',
    'Étaient présents : MM. ALBOUY, BARTHE, CALMELS, DELRIEU, ESTIVAL, FOISSAC, GINESTE, HUGONENC, ICHER, JOULIA, LAVERGNE, MALIGE, NOUVEL, OLIÉ, PRADIER, QUINTARD, RAYNAL, SÉGUY, TRANIER, VIDALOT, Mmes ALRIC, BESSIÈRE, COSTECALDE et DOUZIECH.',
    '',
    'N° 98-311 – VOIRIE – Boulevard de ceinture',
    'Le Conseil approuve le programme.',
    'Adopté à l’unanimité des suffrages exprimés (21 voix), les 3 conseillers du groupe des élus indépendants s’abstenant.',
  ]);

  it('counts the abstentions and the votes for', () => {
    const { summary } = analyseText(doc);
    expect(summary.votes).toEqual({ for: 21, against: 0, abstain: 3, not_voting: 0 });
  });
});

describe('namesakes told by their initial, a proxy giver whose surname starts with that initial', () => {
  const doc = text([
    'COMMUNAUTÉ URBAINE DE SAINT-ALBAN-LES-FORGES',
    '',
    'Séance du 15 mars 2001',
    '',
    'Délégués en exercice : 8 – Présents : 6 – Votants : 7',
    '',
    'Étaient présents : MM. COMBAL R., COMBAL P., DEVÈZE, FABRE, Mmes GASC et HOLTZ.',
    '',
    'Avaient donné pouvoir : M. PRUNET à M. DEVÈZE.',
    '',
    'Excusé : M. RIGAL.',
    '',
    'N° 01-12 – Transports urbains',
    'Adopté à l’unanimité.',
  ]);

  it('does not take the giver for the namesake told by his initial', () => {
    const { findings } = analyseText(doc);
    expect(errorCodes(findings)).not.toContain('PROXY_GIVER_PRESENT');
  });
});

describe('a « Mandant / Mandataire » TAB table cut by the excerpt inside the last holder', () => {
  const doc = text([
    'VILLE DE BEAUREPAIRE-SUR-OLME',
    'Conseil municipal du jeudi 5 mars 2026',
    '',
    'Le Conseil municipal s’est réuni le jeudi 5 mars 2026 à 19 heures sous la présidence de M. Arnaud VIGUIER, Maire.',
    '',
    'Conseillers en exercice : 29 ; Présents : 24 ; Pouvoirs : 5 ; Votants : 29',
    '',
    'Étaient présents : Arnaud VIGUIER, Nadine BOYER, Louis CASTEL, Julie DAURAT, Marc ESCANDE.',
    '',
    'Pouvoirs :',
    'Mandant\tMandataire',
    'Mme Hélène FAGES\tM. Louis CASTEL',
    'M. Jérôme GARRIGUES\tMme Julie DAURAT',
    'Mme Sonia HEBRARD\tM. Ma',
  ]);

  it('keeps the whole pairs and leaves out the one whose holder is cut', () => {
    const { summary } = analyseText(doc);
    expect(proxyPairs(summary.proxies_list)).toEqual(['Hélène FAGES > Louis CASTEL', 'Jérôme GARRIGUES > Julie DAURAT']);
  });
});

describe('members one per line under their political groups’ titles, no colon nor size after the titles', () => {
  const doc = text([
    'CONSEIL DÉPARTEMENTAL DE LA BASSE-VÉZÈRE – SÉANCE DU LUNDI 12 JUIN 2023',
    '',
    'Nombre de membres en exercice : 8',
    'Présents : 7',
    'Votants : 7',
    '',
    'Le lundi 12 juin 2023 à 10 h, le Conseil départemental s’est réuni sous la présidence de Mme Odile MAZARS, Présidente.',
    '',
    'PRÉSENTS',
    '',
    'Groupe Majorité départementale',
    'Mme Odile MAZARS, Présidente du Conseil départemental',
    'M. Bruno CAYLA, 1er Vice-président',
    'Mme Agnès DOUMERC',
    'M. Henri ESPIÉ',
    '',
    'Groupe Gauche, Écologie et Solidarités',
    'M. Yann FALIP',
    'Mme Rosine GOUDAL',
    '',
    'Non inscrits',
    'M. Pierre HAUTIER',
    '',
    'ABSENTS EXCUSÉS',
    'Mme Claire IZARD',
    '',
    'RAPPORT N° 1 – Collèges',
    'Adopté à l’unanimité.',
  ]);

  it('reads the members, the groups’ titles being no names', () => {
    const { summary } = analyseText(doc);
    expect(summary.present_names).toEqual(['Odile MAZARS', 'Bruno CAYLA', 'Agnès DOUMERC', 'Henri ESPIÉ', 'Yann FALIP', 'Rosine GOUDAL', 'Pierre HAUTIER']);
  });
});
