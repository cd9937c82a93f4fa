/**
 * Layouts the two-hundred-and-eighty-fifth invented corpus found missing (installation sessions and elections). Every case
 * is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a compte rendu signed by the new maire under « Le Maire, » alone on its line, the outgoing maire opening', () => {
  const doc = text([
    'COMMUNE DE SAINT-AUBIN-DES-GARRIGUES',
    '',
    'COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU SAMEDI 22 MARS 2008',
    '',
    'Date de la convocation : 17 mars 2008',
    'Conseillers élus : 11 - Présents : 11',
    '',
    'Présents : Jacques MIRAMOND, Hélène CASTEL, Roger AZÉMAR, Lucie BONNAFOUS, Paul DARNIS, Irène ESCUDIÉ, Marc FABRÈGUES, Anne GRIMAL, Louis HÉBRARD, Nina ISSALY, Yves JULIAN.',
    '',
    '1°) Installation du conseil',
    'M. Émile VERDIER, maire sortant, qui ne se représentait pas, ouvre la séance et déclare les onze conseillers installés. Il remet la présidence à M. Roger AZÉMAR, doyen d’âge.',
    'Mme Nina ISSALY, benjamine, est désignée secrétaire de séance.',
    '',
    '2°) Nombre des adjoints',
    'Le conseil fixe à deux le nombre des adjoints. Adopté à l’unanimité.',
    '',
    'Affiché le 24 mars 2008.',
    'Le Maire,',
    'J. MIRAMOND',
  ]);

  it('takes the one who opens the session, not the signer under the title', () => {
    const { summary } = analyseText(doc);
    expect(summary.president).toBe('Émile VERDIER');
    expect(summary.secretary).toBe('Nina ISSALY');
  });
});

describe('a numbered item whose long line runs its topic into its body after a spaced dash', () => {
  const doc = text([
    'Communauté de communes du Haut-Vernazou',
    'Procès-verbal du conseil communautaire – séance du jeudi 9 juillet 2020',
    '',
    'En exercice : 20 – Présents : 18 – Pouvoirs : 0 – Votants : 18',
    'Date de convocation : 2 juillet 2020',
    '',
    'Présents : ARMAND Luc ; BESSIÈRE Anne ; CAMBON Paul ; DOUMERC Julie ; ESTÈVE Marc ; FAGES Rose ; GALTIER Yves ; HUC Lise ; ICHER Jean ; JOUVE Marthe ; LACAN Pierre ; MAZARS Odile ; NIEL Henri ; OLIÉ Sylvie ; PRADEL Éric ; QUINTARD Léa ; ROQUES Guy ; SOLER Inès.',
    'Secrétaire de séance : Mme Julie DOUMERC.',
    '',
    '1. Élection du président (scrutin secret, majorité absolue)',
    '1er tour : votants 18 ; blancs 1 ; nuls 0 ; exprimés 17 ; majorité absolue 9. CAMBON Paul 17 voix.',
    'M. Paul CAMBON est proclamé président et prend la présidence de la séance.',
    '',
    '2. Nombre des vice-présidents – Sur proposition du président, le conseil fixe à quatre le nombre des vice-présidents (plafond légal : 20 % de l’effectif, porté à 30 % sur délibération).',
    'Pour : 16 – Contre : 0 – Abstentions : 2.',
    '',
    '3. Élection des vice-présidents (scrutin uninominal) – 1er vice-président : ROQUES Guy (15 voix) ; 2e : FAGES Rose (16 voix) ; 3e : ICHER Jean (14 voix) ; 4e : SOLER Inès (17 voix).',
  ]);

  it('starts the item at its number, its topic up to the dash, and reads its own tally', () => {
    const { parsed, summary } = analyseText(doc);
    expect(parsed.deliberations.map((d) => d.number)).toContain('2');
    expect(parsed.deliberations.find((d) => d.number === '2')?.subject).toBe('Nombre des vice-présidents');
    expect(summary.votes).toEqual({ for: 16, against: 0, abstain: 2, not_voting: 0 });
  });
});

describe('an item heading before the one who opens the session, a spaced dash between them', () => {
  const doc = text([
    'Syndicat mixte du Val d’Orbieu-Haut',
    'Procès-verbal du comité syndical – séance d’installation du mardi 8 septembre 2020',
    '',
    'Délégués en exercice : 12 – Présents : 12',
    'Présents : ALRIC Jean ; BARDOU Claire ; CROS Henri ; DELMAS Suzanne ; ESCAICH Louis ; FABRE Denise ; GLEIZES Paul ; HORTALA Anne ; JULIA Marc ; LAGARDE Rose ; MARTY Guy ; NOUGARET Ève.',
    '',
    '1. Installation – Mme Denise FABRE, doyenne d’âge, ouvre la séance et déclare installés les douze délégués.',
    'M. Marc JULIA, benjamin, est désigné secrétaire de séance.',
    '',
    '2. Nombre des vice-présidents',
    'Le comité fixe à deux le nombre des vice-présidents. Adopté à l’unanimité.',
  ]);

  it('reads the name after the dash as the one presiding', () => {
    const { summary } = analyseText(doc);
    expect(summary.president).toBe('Denise FABRE');
  });
});

describe('an election’s ballot then, in the same single extract, an ordinary vote on options', () => {
  const doc = text([
    'VILLE DE LAVAUR-SUR-AGOUT',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du mardi 8 mars 2016 – Délibération n° 2016-021',
    'Objet : Élection du maire et des adjoints',
    '',
    'Conseillers en exercice : 19 | Présents : 19 | Votants : 19',
    'Date de convocation : 2 mars 2016',
    '',
    'Présents : Jean ALBOUY, Marie BRU, Paul CABOT, Anne DALET, Louis ESCANDE, Rose FOISSAC, Henri GASC, Lise HUGONENC, Marc IZARD, Nina JALBY, Guy LAVAL, Ève MOLES, Luc NAYRAL, Léa OURLIAC, Éric PUJOL, Inès RASCOL, Yves SICARD, Zoé TERRAL, Hugo VIGUIÉ.',
    'Secrétaire de séance : Mme Nina JALBY.',
    '',
    'Élection du maire – M. Henri GASC, doyen d’âge, prend la présidence. Premier tour : votants 19 ; blancs 1 ; nuls 0 ; suffrages exprimés 18 ; majorité absolue 10. M. Paul CABOT 18 voix. M. CABOT est proclamé maire.',
    '',
    'Nombre des adjoints – Sous la présidence de M. CABOT, maire, le conseil municipal fixe à quatre le nombre des adjoints, par 17 voix pour et 2 abstentions.',
  ]);

  it('takes the ordinary vote as the item’s vote, the ballot electing', () => {
    const { summary } = analyseText(doc);
    expect(summary.votes).toEqual({ for: 17, against: 0, abstain: 2, not_voting: 0 });
  });
});

describe('a member « appelé à remplir les fonctions de secrétaire »', () => {
  const doc = text([
    'DÉPARTEMENT DE LA HAUTE-SOLANE',
    'Procès-verbal de la réunion du jeudi 2 avril 2015',
    '',
    'Conseillers départementaux en exercice : 8 – Présents : 8',
    '',
    'La séance est ouverte à dix heures sous la présidence de Mme Jeanne ARTIGUES, doyenne d’âge de l’assemblée. M. Léo BRUNET, benjamin, est appelé à remplir les fonctions de secrétaire et procède à l’appel nominal.',
    '',
    'Sont présents : Mme Jeanne ARTIGUES, M. Léo BRUNET, Mme Anne CAUSSADE, M. Paul DELPECH, Mme Rose ESTRADE, M. Marc FOURNIÉ, Mme Lise GAYRAUD, M. Jean HÉRAL.',
    '',
    'Commission permanente – Sur proposition du président, l’assemblée fixe à deux le nombre des vice-présidents. Adopté à l’unanimité.',
  ]);

  it('reads that member as the secretary', () => {
    const { summary } = analyseText(doc);
    expect(summary.secretary).toBe('Léo BRUNET');
  });
});
