/**
 * Layouts the hundred-and-sixty-second invented corpus and the sets after it found missing, and documents of earlier
 * sets read since. Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a left margin whose labels wrap over lines', () => {
  const pad = (margin: string, body: string) => (margin + ' '.repeat(29)).slice(0, 29) + body;
  const doc = text([
    'COMMUNE DE KERVILLAC-SUR-ODET – CONSEIL MUNICIPAL – SÉANCE DU 14 FÉVRIER 2022',
    '',
    pad('Membres afférents', 'L’an deux mille vingt-deux, le 14 février à 20h30, le Conseil Municipal de'),
    pad('au Conseil : 15', 'Kervillac-sur-Odet, régulièrement convoqué, s’est réuni au nombre prescrit'),
    pad('Membres en', 'par la Loi, dans le lieu habituel de ses séances, sous la présidence de'),
    pad('exercice : 15', 'M. CORNEC Yannick, Maire.'),
    'Date de la',
    pad('convocation :', 'Présents : BERTHOU Anne, CORNEC Yannick, DANIELOU Marc, FLOCH Gaëlle, GOURMELEN'),
    pad('8/2/2022', 'Hervé, JAOUEN Nadine, KERLOC’H Paul, LE DREZEN Rozenn, LE GOFF Alain,'),
    pad('', 'MAHE Solène, NICOLAS Ronan, PRIGENT Josiane, QUEFFELEC Erwan Pouvoir : RIOU'),
    pad('', 'Maël à CORNEC Yannick Absent : TANGUY Loïc Secrétaire de séance : FLOCH Gaëlle'),
    '',
    '2022-02-01 : TARIFS DE LA SALLE DES FÊTES',
    'Le Conseil Municipal, après en avoir délibéré, adopte les tarifs proposés.',
    'Vote : Pour : 14 – Contre : 0 – Abstention : 0',
  ]);

  it('each label is read whole beside the text, and no piece of it ends the list of the members present', () => {
    const { summary, findings } = analyseText(doc);
    expect(summary.members_in_office).toBe(15);
    expect(summary.convocation_date).toBe('2022-02-08');
    expect(summary.present_names).toHaveLength(13);
    expect(summary.present_names).toContain('GOURMELEN Hervé');
    expect(summary.present_names).toContain('QUEFFELEC Erwan');
    expect(pairs(summary.proxies_list)).toEqual(['RIOU Maël > CORNEC Yannick']);
    expect(summary.absent_names).toEqual(['TANGUY Loïc']);
    expect(codes(findings)).toEqual([]);
  });

  it('a label cut at its hyphen in the margin is one word again', () => {
    const hyphen = doc.replace('Date de la\n', 'Date de la convoca-\n').replace(pad('convocation :', ''), pad('tion : 8/2/2022', '')).replace(pad('8/2/2022', ''), pad('', ''));
    const { summary } = analyseText(hyphen);
    expect(summary.convocation_date).toBe('2022-02-08');
    expect(summary.present_names).toHaveLength(13);
  });
});

describe('counts and offices inside the lists of a flattened page', () => {
  const doc = (proxies: string) =>
    text([
      'PÔLE TERRITORIAL DU HAUT-VERDON – COMITÉ SYNDICAL DU JEUDI 11 AVRIL 2024 Le Comité syndical, légalement convoqué le 4 avril 2024, s’est réuni sous la présidence de Mme Hélène MARCEAU. Nombre de délégués en exercice : 12 Nombre de présents : (7) Nombre de pouvoirs : (2) Nombre de votants : (9)',
      `Présents : Hélène MARCEAU et Paul ROSSIGNOL (Castelvert), Julie BRUN (Aiguines-le-Bas), Henri FABRE, Lucie PONS, Marc REYNAUD, Odile SIAUD. Procurations : ${proxies} Absents excusés : (3) Ophélie CASTEL, Jean-Marie DURBEC (CCHV), Noël TARDIEU. Délibération n° 2024-07 – Cotisations 2024 Le Comité fixe la cotisation à 2,10 € par habitant. Adoptée à l’unanimité des votants (9).`,
    ]);

  it('a count in brackets before names without civility: the names are the list, not a count whose first letter is an OCR digit', () => {
    const { summary, findings } = analyseText(doc('Gilles ARNAUD à Lucie PONS, Rémi GARCIN à Marc REYNAUD.'));
    expect(summary.absent_names).toEqual(['Ophélie CASTEL', 'Jean-Marie DURBEC', 'Noël TARDIEU']);
    expect(codes(findings)).toEqual([]);
  });

  it('a giver\'s offices between commas, the last one before « à », and the next proxy without a separator', () => {
    const { summary, findings } = analyseText(doc('M. Gilles ARNAUD, Maire, Vice-Président à Mme Lucie PONS Mme Rémi GARCIN à M. Marc REYNAUD'));
    expect(pairs(summary.proxies_list)).toEqual(['Gilles ARNAUD > Lucie PONS', 'Rémi GARCIN > Marc REYNAUD']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('officers of an installation session', () => {
  const doc = (opening: string, bureau: string) =>
    text([
      'COMMUNE DE SAINT-JULIEN-DES-ORMEAUX – PROCÈS-VERBAL DE LA SÉANCE DU 27 MAI 2020',
      'Conseillers présents : Paul BARRAL, Sophie CHAZE, Rémi DUFOUR, Lise ESCOFFIER, Marc FAURE, Anne GIRAUD, Luc HERAIL.',
      'Absent excusé : Jean ISSARTEL',
      '',
      `${opening} procède à l’appel nominal et déclare les huit conseillers municipaux élus installés dans leurs fonctions.`,
      '',
      'POINT 2 – Élection du maire',
      `Mme Sophie CHAZE, doyenne d’âge, prend la présidence. ${bureau} Premier tour de scrutin : nombre de bulletins 7, suffrages exprimés 7, majorité absolue 4.`,
      'M. Rémi DUFOUR : 7 voix. M. Rémi DUFOUR est proclamé maire et immédiatement installé.',
    ]);

  it('the outgoing maire who opens the session, a relative clause of his between commas', () => {
    const { summary } = analyseText(doc('Monsieur Gérard VIGNAL, maire sortant, qui ne se représentait pas, ouvre la séance à 10 heures,', ''));
    expect(summary.president).toBe('Gérard VIGNAL');
  });

  it('the secretary named after the assessors, the verb said once', () => {
    const { summary } = analyseText(doc('M. Gérard VIGNAL ouvre la séance,', 'M. Luc HERAIL et Mme Anne GIRAUD sont désignés assesseurs, M. Marc FAURE secrétaire.'));
    expect(summary.secretary).toBe('Marc FAURE');
  });
});

describe('a council of maires whose substitute sits for one of them', () => {
  const doc = (sub: string) =>
    text([
      'Procès-verbal de la séance ordinaire du 12 février 2020',
      'Séance ordinaire du Conseil de la Municipalité régionale de comté du Haut-Matane, tenue le mercredi 12 février 2020, à 19 h 30. Siègent les maires et représentants',
      'suivants :',
      'Monsieur Gilles Dubé, préfet et maire de Saint-Ulric-des-Monts',
      'Madame Nicole Ouellet, maire de Baie-des-Sables-Ouest',
      sub,
      'Monsieur Jean-Guy',
      'Fournier, maire de Grosses-Roches-Est',
      'Absence motivée : Monsieur Denis Caron, maire de Sainte-Félicité-Nord',
      'Le quorum est atteint; la séance est présidée par Monsieur Gilles Dubé, préfet.',
      '',
      'C.M. 2020-02-031',
      'Il est proposé par Madame Nicole Ouellet, appuyé par Monsieur Jean-Guy Fournier et unanimement résolu d’adopter l’ordre du jour.',
    ]);

  it('« conseillère et substitut du maire de X, représentant Monsieur Y » describes her; the next maire is read', () => {
    const { summary } = analyseText(doc('Madame Line Pelletier, conseillère et substitut du maire de Les Méchins-Sud,\nreprésentant Monsieur Yves Bérubé'));
    expect(summary.present_names).toEqual(['Gilles Dubé', 'Nicole Ouellet', 'Line Pelletier', 'Jean-Guy Fournier']);
    expect(summary.absent_names).toEqual(['Denis Caron']);
  });

  it('« représentant Monsieur Y » alone after her office', () => {
    const { summary } = analyseText(doc('Madame Line Pelletier, conseillère, représentant Monsieur Yves Bérubé'));
    expect(summary.present_names).toEqual(['Gilles Dubé', 'Nicole Ouellet', 'Line Pelletier', 'Jean-Guy Fournier']);
  });
});
