/**
 * Layouts the two-hundred-and-forty-fifth invented corpus (a draw like the real corpus) found missing.
 * Every case is written anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('the one presiding named before the participle alone, « …, Maire, présidant. »', () => {
  const doc = text([
    'Conseil Municipal du mardi 8 octobre 2024',
    "Sur convocation du jeudi 3 octobre 2024, le Conseil Municipal de LAVERGNE-D'ARZAC a tenu séance le huit octobre deux mil vingt-quatre à vingt heures, salle de la Mairie, M. Étienne BOURDALÉ, Maire, présidant.",
    'Présents : M. Étienne BOURDALÉ, Mme Josiane PÉBAYLE, M. Rémi LAFFITTE, Mme Sonia CAZAUX, M. Paul DUPOUY.',
    'Absents excusés : Mme Irène LAGOUARDE',
    'Secrétaire de séance : Mme Sonia CAZAUX',
    'Délibération D2024-040 – Tarifs de la cantine',
    'Adopté à l’unanimité.',
  ]);
  it('reads the president', () => {
    expect(analyseText(doc).summary.president).toBe('Étienne BOURDALÉ');
  });
});

describe('the one presiding who convened, named at the end of the opening sentence, « …, Maire, qui préside la séance »', () => {
  const doc = text([
    'Compte rendu de la séance du conseil municipal du 12 mars 1998',
    '',
    'Le jeudi 12 mars mil neuf cent quatre-vingt-dix-huit, à vingt heures trente, salle des mariages, les membres du Conseil Municipal de SAINT-AUBRIN-LES-PRÉS se sont réunis sur convocation de Madame Colette VERNIÈRE, Maire, qui préside la séance.',
    '',
    'Etaient présents : Colette VERNIÈRE, Jacques MORILLON, Lucie BRANDAO, Henri FAUCHEUX.',
    'Secrétaire de séance : Madame Lucie BRANDAO.',
    '1 – Vente d’un terrain communal',
    'Adopté à l’unanimité.',
  ]);
  it('reads the president', () => {
    expect(analyseText(doc).summary.president).toBe('Colette VERNIÈRE');
  });
});

describe('the delegates convened « par leur Président, Monsieur X »', () => {
  const doc = text([
    'COMMUNAUTÉ DE COMMUNES DU HAUT-VERDOUBLE',
    'Séance du 9 décembre 2010',
    'Convoqués le 1er décembre 2010 par leur Président, Monsieur Aimé ROUQUAYROL, les délégués se sont réunis à la salle polyvalente de Tauriac.',
    'Délégués en exercice : 20 – Présents : 15 – Votants : 15',
    'Présents : MM. ROUQUAYROL A., BESSOU J., CANTAGREL P., FABRE L., GINESTET R., LACAN M., MALET S., NADAL T., PONS G., RIGAL H., SÉGUIER D., TEYSSIÉ F., VIDAL C., VIALA E., ALBOUY N.',
    'Objet : Décision modificative n° 3',
    'Adoptée à l’unanimité.',
  ]);
  it('reads the president', () => {
    expect(analyseText(doc).summary.president).toBe('Aimé ROUQUAYROL');
  });
});

describe('the session dated in words before « le Conseil Municipal s’est assemblé »', () => {
  const doc = text([
    'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
    'Commune de BRÉHAL-LA-FORÊT',
    '',
    "Le mardi vingt et un mars deux mille dix-sept, à vingt heures, salle du conseil, le Conseil Municipal s'est assemblé en séance ordinaire à la suite de la convocation adressée par Monsieur LEMONNIER Paul, Maire, qui en assure la présidence.",
    '',
    'Conseillers en exercice : 11   Présents : 10   Votants : 10',
    'Convocation adressée le : 14 mars 2017',
    'PRESENTS : M. LEMONNIER Paul, Mme HÉBERT Anne, M. GOSSELIN Yves, Mme LECOQ Marie, M. HAMEL Louis, Mme DUVAL Rose, M. LEROUX Jean, Mme MARIE Odile, M. QUESNEL Guy, Mme FAUVEL Lise.',
    'ABSENT : M. LESAGE Marc',
    'Objet : Travaux de voirie',
    'Adopté à l’unanimité.',
    'Transmis en Préfecture le 24 mars 2017',
  ]);
  it('reads the session date', () => {
    const s = analyseText(doc).summary;
    expect(s.session_date).toBe('2017-03-21');
    expect(s.convocation_date).toBe('2017-03-14');
  });
});
