/**
 * Layouts the twenty-sixth and twenty-seventh invented corpora (fixtures/corpus
 * 2601–2620, syndicats and groupings with delegates; 2701–2720, older and
 * plainer typography) found missing. Every case is written anew here
 * (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers/analyse-text.ts';

const codes = (findings: Array<{ code: string; severity: string }>) => findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('delegates of syndicats and groupings', () => {
  it('a table with a state column written in words: proxies, excuses, a titular substituted through the substitute column', () => {
    const { summary, parsed, findings } = analyseText(
      [
        'Séance du jeudi 12 mars 2026',
        'Conseillers en exercice : 7 – Présents : 5 – Pouvoirs : 1 – Votants : 6',
        '',
        'Tableau de présence :',
        '| Commune | Conseiller titulaire | Conseiller suppléant | Présence |',
        '| Vabre-Haut | Louis CAZALS | – | présent |',
        '| Vabre-Haut | Inès MOULY | – | pouvoir à Louis CAZALS |',
        '| Salmiech-Bas | Paul ROUCOU | – | présent |',
        '| Salmiech-Bas | Rose FABRE | – | excusée |',
        '| Canet-le-Vieux | Jean BOUDOU | Anne SOLIER | excusé – suppléé par sa suppléante, qui siège |',
        '| Luc-sur-Viaur | Marc GINESTE | Lise VIALA | présent |',
        '| Arvieu-Bas | Yves TAURAN | Noël CROS | présent |',
        '',
        'Secrétaire de séance : M. Paul ROUCOU.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Louis CAZALS', 'Paul ROUCOU', 'Anne SOLIER', 'Marc GINESTE', 'Yves TAURAN']);
    expect(summary.proxies_list).toEqual([{ from: 'Inès MOULY', to: 'Louis CAZALS' }]);
    expect(summary.absent_names).toEqual(['Rose FABRE', 'Jean BOUDOU']);
    expect(parsed.session.attendance.substitutions.map((s) => `${s.titular.name}>${s.substitute.name}`)).toEqual(['Jean BOUDOU>Anne SOLIER']);
    expect(summary.secretary).toBe('Paul ROUCOU');
    expect(codes(findings)).toEqual([]);
  });

  it('state letters explained by a legend above the table; « Assistaient : » after it is staff', () => {
    const { summary, findings } = analyseText(
      [
        'Comité syndical du 3 décembre 2019',
        'Délégués en exercice : 6 – Présents : 4 – Pouvoirs : 1 – Votants : 5',
        '(O : titulaire présent – R : titulaire excusé, remplacé par son suppléant – D : titulaire représenté – X : excusé)',
        '| Commune | Délégué titulaire | Délégué suppléant | Présence |',
        '| Aunac | BERTHOU Alain | GIRET Paule | O |',
        '| Brux-le-Bas | SARRAZIN Guy | MORIN Lucie | R |',
        '| Chenon | DEXET Odile | PAPOT Rémi | D |',
        '| Lonnes | VERGNAUD Luc | BRANDY Anne | X |',
        '| Moutonneau | FAURE Jean | ROUX Ninon | O |',
        '| Nanclars | PRIOU Serge | MAGNE Éva | O |',
        'Pouvoirs : DEXET Odile à BERTHOU Alain.',
        'Assistaient : Mme LAURENT Gisèle, directrice.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['BERTHOU Alain', 'MORIN Lucie', 'FAURE Jean', 'PRIOU Serge']);
    expect(summary.absent_names).toEqual(['SARRAZIN Guy', 'VERGNAUD Luc']);
    expect(summary.proxies_list).toEqual([{ from: 'DEXET Odile', to: 'BERTHOU Alain' }]);
    expect(codes(findings)).toEqual([]);
  });

  it('weighted votes: a tally in voix checked against the voix the voters carry, the voix in office against those in office', () => {
    const text = (against: number) =>
      [
        'Comité syndical du 14 mai 2024',
        'Délégués en exercice : 8 (20 voix) – Présents : 6 (15 voix) – Pouvoir : 1 (3 voix)',
        'Votants : 7 (18 voix)',
        '',
        'Étaient présents : M. Jean ALBOUY, M. Paul BRÉS, Mme Anne CALVET, M. Luc DELMAS, Mme Rose ESPIÉ, M. Yves FABRE.',
        'Pouvoir : Mme Lise GAUBERT à M. Jean ALBOUY.',
        '',
        'Objet : Participation des communes 2024',
        'Le comité syndical, après en avoir délibéré :',
        `Pour : ${15 - against} voix – Contre : ${against} voix – Abstention : 3 voix`,
      ].join('\n');
    expect(codes(analyseText(text(2)).findings)).toEqual([]);
    const wrong = analyseText(text(2).replace('Abstention : 3 voix', 'Abstention : 4 voix'));
    expect(codes(wrong.findings)).toEqual(['TALLY_MISMATCH']);
    expect(analyseText(text(2)).parsed.session.declared.voters).toMatchObject({ value: 7, weight: 18 });
  });

  it('« Délégués présents, par secteur : », « conseillère suppléante de X » inside the list, a seat qualifier before « en remplacement de »', () => {
    const { summary, parsed } = analyseText(
      [
        'Comité du 2 avril 2018',
        'Délégués présents, par secteur :',
        'Secteur 1 – Causse : Anne ROQUES, M. Paul SALLES, Mme Rose TRUEL, conseillère suppléante de M. Guy VIALA (Causse-Bas), M. Marc ALIBERT,',
        'M. Yves BOYER, délégué suppléant, siégeant avec voix',
        '  délibérative en remplacement de M. Luc CROS',
        '- Secteur 2 : Mme Inès DAURE.',
        '',
        'Secrétaire de séance : Mme Anne ROQUES.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Anne ROQUES', 'Paul SALLES', 'Rose TRUEL', 'Marc ALIBERT', 'Yves BOYER', 'Inès DAURE']);
    expect(parsed.session.attendance.substitutions.map((s) => `${s.titular.name}>${s.substitute.name}`)).toEqual(['Guy VIALA>Rose TRUEL', 'Luc CROS>Yves BOYER']);
  });

  it('roles between a name and its commune, « X – role – à Y » one per line, « Étaient présents – »', () => {
    const { summary, findings } = analyseText(
      [
        'Bureau communautaire du 6 avril 2016',
        'Membres du bureau en exercice : 7 – Présents : 4 – Pouvoirs : 3 – Votants : 7',
        'Étaient présents –',
        'LE GALL Yann – Président – Lannion-Vras',
        'KERVRAN Anne – 1re vice-présidente – Saint-Quay-ar-Roc’h',
        'MORVAN Joël – membre du bureau – Trébeurden-Bihan',
        'RIOU Paul – conseiller délégué – Perros-le-Haut',
        '',
        'Pouvoirs :',
        'TANGUY Erwan – 2e vice-président – à KERVRAN Anne',
        'CADIOU Louis – membre du bureau – à LE GALL Yann',
        'PRIGENT Soizic – membre du bureau – à MORVAN Joël',
        '',
        'Secrétaire de séance : MORVAN Joël.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['LE GALL Yann', 'KERVRAN Anne', 'MORVAN Joël', 'RIOU Paul']);
    expect(summary.proxies_list).toEqual([
      { from: 'TANGUY Erwan', to: 'KERVRAN Anne' },
      { from: 'CADIOU Louis', to: 'LE GALL Yann' },
      { from: 'PRIGENT Soizic', to: 'MORVAN Joël' },
    ]);
    expect(codes(findings)).toEqual([]);
  });

  it('« Communes représentées : 12 » is no proxy count; a running footer « … 2007      p. 1 » inside the list', () => {
    const { summary, findings } = analyseText(
      [
        'Comité syndical du 23 février 2007',
        'Communes adhérentes : 6          Communes représentées : 5',
        'Délégués en exercice : 6         Délégués présents : 5',
        'Pouvoirs : 0                     Votants : 5',
        '',
        'Délégués présents :',
        'Commune d’Arbent-le-Bas : M. Joseph BALME, M. Henri COLLET',
        'Commune de Belvoux : Mme Rose DUPRAZ',
        'SIE du Haut-Valromey – Comité syndical du 23/02/2007                                p. 1',
        'Commune de Chaley-Haut : M. Paul EMIN',
        'Commune de Dortan-le-Vieux : Mme Anne FAVRE',
        '',
        'Excusé : M. Louis GIROD (Evosges).',
      ].join('\n'),
    );
    expect(summary.proxies).toBe(0);
    expect(summary.present_names).toEqual(['Joseph BALME', 'Henri COLLET', 'Rose DUPRAZ', 'Paul EMIN', 'Anne FAVRE']);
    expect(codes(findings)).toEqual([]);
  });

  it('a register frame read on the left edge only', () => {
    const { summary } = analyseText(
      [
        '| COMMUNAUTE DE COMMUNES DU HAUT-LOT |',
        '| Séance du 24 novembre 1998',
        '| Nombre de délégués en exercice : 5   présents : 4',
        '|',
        '| Etaient présents les délégués : |',
        '| ARCAMBAL : M. Jean ALBOUY, Mme Rose BRUN |',
        '| CIEURAC : M. Paul CAYLA',
        '| LABURGADE : M. Luc DELON |',
        '|',
        '| Absent : M. Yves ESCAT. |',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Jean ALBOUY', 'Rose BRUN', 'Paul CAYLA', 'Luc DELON']);
    expect(summary.absent_names).toEqual(['Yves ESCAT']);
  });
});

describe('older and plainer typography', () => {
  it('communes before dotted leaders, « Mr » and « Melles » civilities, « Mr Gaston » / « PERRAUDIN » across a line for the president', () => {
    const { summary } = analyseText(
      [
        'SEANCE DU MARDI 19 JUIN 2001',
        "L'an deux mil un, le dix-neuf juin, le Comite Syndical s'est reuni sous la presidence de Mr Gaston",
        'PERRAUDIN, President.',
        '',
        'ETAIENT PRESENTS LES DELEGUES TITULAIRES :',
        'MARCHEVAL .................. MM. PERRAUDIN Gaston, Mme BAUDOT Simone',
        'AUBIGNY-LES-FORGES ......... Mr BOICHOT Rene',
        '',
        'DELEGUE SUPPLEANT AVEC VOIX DELIBERATIVE :',
        'CHAMPRENAULT ............... Mr SIMONNOT Bernard',
        '',
        'Conseillers presents : Mmes Anne ROCHAIS, Odile BILLAUD ; Melles Celine',
        'BOISSINOT, Aurelie DUPUY ; Mr Paul GIRAUD.',
      ].join('\n'),
    );
    expect(summary.president).toBe('Gaston PERRAUDIN');
    expect(summary.present_names).toEqual(['PERRAUDIN Gaston', 'BAUDOT Simone', 'BOICHOT Rene', 'SIMONNOT Bernard', 'Anne ROCHAIS', 'Odile BILLAUD', 'Celine BOISSINOT', 'Aurelie DUPUY', 'Paul GIRAUD']);
  });

  it('one name per line after « Mr » / « Mme » with roles, « NEANT » proxies, counts in words bound by their total', () => {
    const { summary, findings } = analyseText(
      [
        'COMPTE RENDU DE LA SEANCE DU 16 AVRIL 2024',
        'Etaient presents cinq conseillers sur les sept en exercice :',
        ' Mr GUIMARD Yann, Maire',
        ' Mme RENAUD Claire, 1ere adjointe',
        ' Mr BLOUET Paul, 2eme adjoint',
        ' Mme TROUVE Nadia',
        ' Mr CHENE Gael',
        'Absents excuses : Mr MEIGNE Seb, Mme GOHIER Laure',
        'POUVOIRS : NEANT.',
      ].join('\n'),
    );
    expect(summary.present).toBe(5);
    expect(summary.members_in_office).toBe(7);
    expect(summary.present_names).toEqual(['GUIMARD Yann', 'RENAUD Claire', 'BLOUET Paul', 'TROUVE Nadia', 'CHENE Gael']);
    expect(summary.proxies_list).toEqual([]);
    expect(codes(findings)).toEqual([]);
  });

  it('« procuration de X a Y / procuration de … » on one line; an inline page number inside a one-line list', () => {
    const proxies = analyseText(
      'Seance du 25 septembre 2003\nEtaient presents : MM. R. BRESSAND / J.-C. MOLLARD / A. DUNAND\nProcurations : procuration de Mr P. CONTAT a Mr A. DUNAND / procuration de Mme S. BURGAT a Mr R. BRESSAND\n',
    );
    expect(proxies.summary.proxies_list).toEqual([
      { from: 'P. CONTAT', to: 'A. DUNAND' },
      { from: 'S. BURGAT', to: 'R. BRESSAND' },
    ]);
    const paged = analyseText(
      'SEANCE DU LUNDI 24 JUIN 2002\nETAIENT PRESENTS : MM. J. ALBESPY (canton d’Aubrac), P. ANDRIEU (canton de Bastide), 2 J.-L. GANDIL (canton de Serre), A. GRIMAL (canton de Laguiole).\nSecretaire de seance : M. P. ANDRIEU.\n',
    );
    expect(paged.summary.present_names).toEqual(['J. ALBESPY', 'P. ANDRIEU', 'J.-L. GANDIL', 'A. GRIMAL']);
  });

  it('unit prices with three decimals keep them in the summary (the record keeps integer cents and the text)', () => {
    const { summary, parsed } = analyseText(
      'Séance du 18 mars 2025\nPrésents : M. Jean REVOL, Mme Anne TERMOZ.\n\n1 – Redevance spéciale 2025\nLe prix du litre collecté est fixé à 0,041 € HT (0,039 € HT en 2024) et le forfait à 95,00 € HT.\n',
    );
    expect(summary.amounts_eur).toEqual([0.041, 0.039, 95]);
    expect(parsed.deliberations[0]!.amounts.map((a) => [a.cents, a.text])).toEqual([
      [4, '0,041 €'],
      [4, '0,039 €'],
      [9500, '95,00 €'],
    ]);
  });

  it('a financing part labelled by an acronym with dots is a part of the total', () => {
    const text = (total: string) =>
      [
        'Seance du 18 fevrier 2014',
        'Presents : Mme Anne BARRAU, M. Paul CASSAN.',
        '',
        'N 2014-05 - DEMANDE DE SUBVENTION',
        'Le Maire propose le plan de financement suivant :',
        '\tD.E.T.R. (35 %)\t\t\t109 200,00 euros',
        '\tConseil General (20 %)\t\t 62 400,00 euros',
        '\tAutofinancement\t\t\t140 400,00 euros',
        `\tTotal H.T.\t\t\t${total} euros`,
      ].join('\n');
    expect(codes(analyseText(text('312 000,00')).findings)).toEqual([]);
    expect(codes(analyseText(text('302 000,00')).findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
  });
});
