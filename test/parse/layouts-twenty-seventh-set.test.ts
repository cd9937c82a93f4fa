/**
 * Layouts the hundred-and-ninety-first invented corpus and the sets after it found missing. Every case is written
 * anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes } from '../helpers/analyse-text.ts';

const text = (lines: string[]) => lines.join('\n');

describe('a table of delegates with a mark column', () => {
  it('a row naming its member by the office in lower case (« Mme la Vice-présidente ») is a row, the rows below it are read', () => {
    const { summary } = analyseText(
      text([
        'Comité syndical du lundi 14 mars 2022',
        'NOM PrénomCollègePrésent(e) ou suppléé(e) Suppléé(e) par / Pouvoir à',
        'MARCON Hélène CC des Trois Vallons X',
        'DUPRAT Yves CC des Trois Vallons X',
        'Mme la Vice-présidente CC des Trois Vallons',
        'ROUSSET Paule CC du Val Rouge X',
        'BRAVARD Louis CC du Val Rouge X',
        'TEILLARD Anne Collège des communes isolées',
        'FOURNEL Hugo Collège des communes isolées X',
      ]),
    );
    expect(summary.present_names).toEqual(['MARCON Hélène', 'DUPRAT Yves', 'ROUSSET Paule', 'BRAVARD Louis', 'FOURNEL Hugo']);
    expect(summary.absent_names).toEqual(['Mme la Vice-présidente', 'TEILLARD Anne']);
  });
});

describe('a list the excerpt cuts', () => {
  it('« …, M. Da » ending the text is a name cut after two letters, even in a short list', () => {
    const { summary } = analyseText(
      text([
        'Séance du jeudi 9 juin 2022',
        'Étaient présents : Mme Rose ALLIOT ; M. Victor BRESSE ; Mme Ida CHAMPEIL.',
        'Absents excusés : M. Noël DARRAS (suppléé), Mme Agnès ESCOT, M. Da',
      ]),
    );
    expect(summary.absent_names).toEqual(['Noël DARRAS', 'Agnès ESCOT']);
  });

  it('a whole name of two letters with its punctuation after it stays', () => {
    const { summary } = analyseText(
      text(['Séance du jeudi 9 juin 2022', 'Étaient présents : Mme Rose ALLIOT ; M. Victor BRESSE ; Mme Ida CHAMPEIL.', 'Absents excusés : Mme Agnès ESCOT, M. LY.', '', 'Le quorum est atteint.']),
    );
    expect(summary.absent_names).toEqual(['Agnès ESCOT', 'LY']);
  });
});

describe('counts under the body named in full', () => {
  it('« Membres du comité de direction : 18 » is the number in office', () => {
    const { summary } = analyseText(
      text([
        'COMITÉ DE DIRECTION – SÉANCE DU JEUDI 8 FÉVRIER 2024',
        'Membres du comité de direction : 18 – Présents : 12 – Pouvoir : 1 – Votants : 13',
        'Étaient présents : M. Paul ROCHE ; Mme Léa VIDAL.',
      ]),
    );
    expect(summary).toMatchObject({ members_in_office: 18, present: 12, proxies: 1, voters: 13 });
  });

  it('« Membres du conseil d\'exploitation : 9 » too', () => {
    const { summary } = analyseText(text(['Régie des eaux – séance du 3 mai 2021', "Membres du conseil d'exploitation : 9 – Présents : 7 – Votants : 7", 'Étaient présents : M. Paul ROCHE ; Mme Léa VIDAL.']));
    expect(summary.members_in_office).toBe(9);
  });
});

describe("a recueil's running header inside a list", () => {
  it('« Syndicat … – RAA 1er semestre 2012          p. 10 » between two lines of the list is page furniture: the list goes on, and a member twice shows', () => {
    const { summary, findings } = analyseText(
      text([
        'COMITÉ SYNDICAL DU MARDI 15 MAI 2012',
        'Délégués titulaires présents :',
        'Arbigny-le-Haut : M. Jean ALLEMAND, Mme Rose BERTHET',
        'Bâgé-la-Ronde : M. Louis CHANEL',
        "Syndicat des eaux de la Reyssouze – RAA 1er semestre 2012          p. 10",
        'Chevroux-le-Bas : M. Pierre DUCRET, M. Louis CHANEL',
        'Cormoz-Vieux : Mme Anne ESSERTEL',
        '',
        'Délégués en exercice : 8 – Présents : 5 – Votants : 5',
      ]),
    );
    expect(summary.present_names).toEqual(['Jean ALLEMAND', 'Rose BERTHET', 'Louis CHANEL', 'Pierre DUCRET', 'Louis CHANEL', 'Anne ESSERTEL']);
    expect(codes(findings)).toContain('DUPLICATE_MEMBER');
  });
});
