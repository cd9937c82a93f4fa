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

describe('a sixth draw like the real corpus, and whole acts as their PDF text layer gives them', () => {
  it('« M. X, Président, a ouvert la séance »; the roll caller « demande à Mme X, benjamine de l’Assemblée, de faire l’appel »', () => {
    const opened = analyseText('Conseil communautaire du 14 mars 2022. Monsieur Hervé GRILLET, Président, a ouvert la séance. Etaient présents : M. Hervé GRILLET, Mme Anne CUYNET, M. Paul JEUNET.\n');
    expect(opened.summary.president).toBe('Hervé GRILLET');
    const roll = analyseText(
      'Réunion du 22 juin 2009\nMonsieur le Président ouvre la séance et demande à Madame Nicole VERGNES, benjamine de l Assemblée, de faire l appel des conseillers.\nPrésents lors de l appel nominatif : Nicole VERGNES, Paul ABADIE, Luc BARON.\n',
    );
    expect(roll.summary.secretary).toBe('Nicole VERGNES');
  });

  it('« absents excusés et représentés : » with notes, the last one whole at the text’s end, one cut inside its note left out', () => {
    const base = 'Réunion du 22 juin 2009\nPrésents : Gisèle CARRÈRE, Patrick MARSAN, Jean LABAT.\nEtaient absents excusés et représentés : Monsieur Henri BORDES (pouvoir à Madame Gisèle CARRÈRE), Madame Sandrine CAZAUX (pouvoir à Monsieur Patrick MARSAN), Monsieur Guy LARROQUE (pouvoir à Monsieur Jean LABAT)';
    const pairs = [
      { from: 'Henri BORDES', to: 'Gisèle CARRÈRE' },
      { from: 'Sandrine CAZAUX', to: 'Patrick MARSAN' },
      { from: 'Guy LARROQUE', to: 'Jean LABAT' },
    ];
    expect(analyseText(`${base}.`).summary.proxies_list).toEqual(pairs);
    expect(analyseText(`${base}, Monsieur Thierry MAUMY (pouvoir à Mada`).summary.proxies_list).toEqual(pairs);
  });

  it('a proxy list across a page break: footer, prefecture stamp after a form feed, running header with « 1/3 »', () => {
    const { summary } = analyseText(
      [
        'Séance du jeudi 18 février 2021',
        'Présents : ESCOT Jean-Marc, ROUX Hélène, FAURE Pierre, BAYLE Lionel.',
        'Pouvoirs : LABAT Mathieu à ESCOT Jean-Marc ; SAINT-PAUL Colette à ESCOT',
        'Page 1/2',
        '\fEnvoyé en préfecture le 24/02/2021',
        'Reçu en préfecture le 24/02/2021',
        'Affiché le',
        'ID : 031-243100878-20210218-DC2021_09-DE',
        'CC des Garrigues – Conseil communautaire du 18 février 2021 – Délibération n° 2021-09 2/2',
        'Jean-Marc ; CASSAN Bernadette à ROUX Hélène ; MAUREL Thierry à FAURE Pierre.',
        'Secrétaire de séance : Mme ROUX Hélène.',
      ].join('\n'),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'LABAT Mathieu', to: 'ESCOT Jean-Marc' },
      { from: 'SAINT-PAUL Colette', to: 'ESCOT Jean-Marc' },
      { from: 'CASSAN Bernadette', to: 'ROUX Hélène' },
      { from: 'MAUREL Thierry', to: 'FAURE Pierre' },
    ]);
  });

  it('a single act: its vote box above the title (« Pouvoirs : 4 » then « Votants : 22 » is no « 4 votants »), checked against the voters', () => {
    const text = (abstain: number) =>
      [
        'COMMISSION PERMANENTE',
        'Réunion du 24 juin 2024',
        'Membres en exercice : 24',
        'Présents : 18',
        'Pouvoirs : 4',
        'Votants : 22',
        'Résultat du vote',
        'POUR : 17',
        'CONTRE : 3',
        `ABSTENTION(S) : ${abstain}`,
        'OBJET : Aide départementale à l’investissement des communes rurales',
        'La Commission permanente, sous la présidence de Mme Anne LAGARDE, Présidente.',
        'DÉCIDE',
        'Article 1 : d’attribuer les subventions.',
      ].join('\n');
    const ok = analyseText(text(2));
    expect(ok.summary.votes).toEqual({ for: 17, against: 3, abstain: 2, not_voting: 0 });
    expect(ok.parsed.deliberations[0]!.vote!.voters).toBe(22);
    expect(codes(ok.findings)).toEqual([]);
    expect(codes(analyseText(text(3)).findings)).toEqual(['TALLY_MISMATCH']);
  });

  it('a single act: its count box and convocation date below its vote, its voters in the vote box; a tally closing the decision after « à l’unanimité »', () => {
    const below = analyseText(
      [
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
        'Séance du 12 février 2026',
        'Délégués présents : Ganières : MATHIEU René, FAVRE Sylvie ; Prébois : CHAPUIS Bernard.',
        'Objet : Participation des communes membres 2026',
        'Le Comité syndical, après en avoir délibéré, à l’unanimité,',
        'Article 1 : fixe la participation des communes membres ;',
        'Article 2 : dit que les participations seront appelées par quart, au début de chaque trimestre, selon le',
        'calendrier arrêté par le Président et communiqué aux communes membres avant le 15 mars de l’année.',
        'Article 3 : charge le Président de l’exécution de la présente délibération, qui sera transmise au',
        'représentant de l’État et publiée selon les règles en vigueur.',
        'Pour : 3 Contre : 0 Abstention : 0',
        'Nombre de délégués',
        'en exercice : 4',
        'présents : 3',
        'votants : 3',
        'Date de convocation :',
        '06/02/2026',
      ].join('\n'),
    );
    expect(below.summary.members_in_office).toBe(4);
    expect(below.summary.present).toBe(3);
    expect(below.summary.voters).toBe(3);
    expect(below.summary.convocation_date).toBe('2026-02-06');
    expect(below.summary.votes).toEqual({ for: 3, against: 0, abstain: 0, not_voting: 0 });
    expect(below.parsed.deliberations[0]!.vote!.unanimous).toBe(true);
  });

  it('amounts in a table row: a rate in the next cell is no amount; a minus between amounts of a row, or alone before a cell’s amount', () => {
    const rates = analyseText('Séance du 11 avril 2023\nPrésents : M. Jean ABBAL, Mme Rose BRUN.\n\n1 – Taux 2023\nFoncier bâti 412 600 € 19,48 % 80 374 €\n');
    expect(rates.summary.amounts_eur).toEqual([412600, 80374]);
    const row = analyseText('Séance du 20 juin 2019\nPrésents : M. Jean ABBAL, Mme Rose BRUN.\n\n1 – Compte administratif 2018\nRésultat de l’exercice 314 593,37 € - 114 246,65 € 200 346,72 €\n');
    expect(row.summary.amounts_eur).toEqual([314593.37, -114246.65, 200346.72]);
    const cells = analyseText('Séance du 16 décembre 2014\nPrésents : M. Jean ABBAL, Mme Rose BRUN.\n\n1 – Décision modificative n° 2\n022\nDépenses imprévues\n- 10 000,00 €\n2315\nInstallations\n10 000,00 €\n');
    expect(cells.summary.amounts_eur).toEqual([-10000, 10000]);
    const bullets = analyseText('Séance du 16 décembre 2014\nPrésents : M. Jean ABBAL, Mme Rose BRUN.\n\n1 – Subventions\nLe conseil attribue :\n- 1 000,00 €\n- 500,00 €\n');
    expect(bullets.summary.amounts_eur).toEqual([1000, 500]);
  });
});

describe('small communes as their websites publish them', () => {
  it('« à l’exception de Mme A, excusée, qui a donné pouvoir à M. X, et de M. B, excusé, qui a également donné pouvoir à M. X »', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 26 mars 2021',
        'Nombre de membres en exercice : 7 – Présents : 5 – Votants : 7',
        'Sous la présidence de M. Jean-Louis CAPDEVILLE, Maire.',
        'Étaient présents : tous les conseillers municipaux en exercice, à l’exception de Mme Francine VIGUIER, excusée, qui a donné pouvoir à M. Jean-Louis CAPDEVILLE, et de M. Ludovic ROQUES, excusé, qui a également donné pouvoir à M. Jean-Louis CAPDEVILLE.',
      ].join('\n'),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Francine VIGUIER', to: 'Jean-Louis CAPDEVILLE' },
      { from: 'Ludovic ROQUES', to: 'Jean-Louis CAPDEVILLE' },
    ]);
    expect(codes(findings)).toEqual([]);
  });

  it('a substitute noted « (délégué suppléant de M. X, avec voix délibérative) » stands for the excused titular in the accounts', () => {
    const { parsed, findings } = analyseText(
      [
        'Réunion du comité syndical du 27 juin 2003',
        'Délégués en exercice : 4 – Présents : 4 – Votants : 4',
        'Délégués présents :',
        'Montfort : M. Jean LACOSTE, Mme Sylvie ROUGET',
        'Lasserre : M. Georges DOUMENC, M. Bernard FAURE (délégué suppléant de M. Henri CABROL, avec voix délibérative)',
        'Délégués excusés : M. Henri CABROL (Lasserre).',
      ].join('\n'),
    );
    expect(parsed.session.attendance.substitutions.map((s) => `${s.titular.name}>${s.substitute.name}`)).toEqual(['Henri CABROL>Bernard FAURE']);
    expect(codes(findings)).toEqual([]);
  });
});

describe('large assemblies with long lists', () => {
  it('names then dotted leaders then their group, a convocation date after dotted leaders', () => {
    const { summary, findings } = analyseText(
      [
        'COMITÉ SYNDICAL DU MARDI 7 FÉVRIER 2006',
        'Nombre de délégués en exercice .................. 5',
        'Nombre de délégués présents ..................... 4',
        'Date de la convocation ............. 27 janvier 2006',
        '',
        'Délégués présents (4) :',
        'VARENNE Jean-Pierre ..................... C.A. de Lurzac-Ville',
        'BORREL Sylvain .......................... C.A. de Lurzac-Ville',
        'COINTE Gilles .......................... C.C. du Val de Lurzac',
        'DUPRAT Benoît .......................... C.C. du Val de Lurzac',
        '',
        'Absent (1) : ALBARET Jean-Claude.',
      ].join('\n'),
    );
    expect(summary.session_date).toBe('2006-02-07');
    expect(summary.convocation_date).toBe('2006-01-27');
    expect(summary.present_names).toEqual(['VARENNE Jean-Pierre', 'BORREL Sylvain', 'COINTE Gilles', 'DUPRAT Benoît']);
    expect(codes(findings)).toEqual([]);
  });

  it('cantons, communes in capitals and page numbers inside a list run on one paragraph', () => {
    const cantons = analyseText(
      'Réunion du 20 juin 2016\nÉtaient présents : Canton n° 1 – Aigrefeuille : Mme Magali LAURENT et M. Raymond CARRAT ; Canton n° 2 – Bastide-Monclar : M. Patrice PUJOL et Mme Laurence CORDIN ; Canton n° 3 – Cazenove : M. René CRESSON.\nSecrétaire de séance : Mme Magali LAURENT.\n',
    );
    expect(cantons.summary.present_names).toEqual(['Magali LAURENT', 'Raymond CARRAT', 'Patrice PUJOL', 'Laurence CORDIN', 'René CRESSON']);
    const communes = analyseText(
      'Séance du 18 novembre 2004\nDélégués présents :\nSORVAL : M. Jean LE HIR, Président, M. Patrice JACQUET\n; BELLECOMBE-SUR-SORVE : Mme Nadine THOURET, M.\nJean-François D’ALBARET ; LA TOUR-D’ESPAGNAC : M. Lionel COINTET ; NÉZIGNOL : Mme Régine\nGROSS, M. Laurent DROUIN.\n',
    );
    expect(communes.summary.present_names).toEqual(['Jean LE HIR', 'Patrice JACQUET', 'Nadine THOURET', "Jean-François D'ALBARET", 'Lionel COINTET', 'Régine GROSS', 'Laurent DROUIN']);
    const paged = analyseText('Séance du 22 mai 2008\nÉTAIENT PRÉSENTS : Mme ACKER Marie, M. ARMAND Lionel, Mme GAUTHIER Régine 2 M. GEOFFROY Jean-Louis, Mme GIROUD Élodie.\n');
    expect(paged.summary.present_names).toEqual(['ACKER Marie', 'ARMAND Lionel', 'GAUTHIER Régine', 'GEOFFROY Jean-Louis', 'GIROUD Élodie']);
  });

  it('a page break inside a proxy list: footer with its page number, the title as running header', () => {
    const { summary } = analyseText(
      [
        'SYNDICAT MIXTE DES EAUX DU BAS-LIGNON',
        'SÉANCE DU JEUDI 11 FÉVRIER 2021',
        'DÉLÉGUÉS PRÉSENTS : M. Éric ARNAUD, Mme Renée FABRE, Mme Danièle ROUX.',
        'POUVOIRS :',
        'M. Roger MERLE à M. Éric ARNAUD',
        'M. Antoine ROCHE à Mme Renée FABRE',
        '',
        'SMEBL – Comité syndical du 11/02/2021 – Procès-verbal                                   1/9',
        '',
        'Syndicat mixte des eaux du Bas-Lignon',
        'Mme Aline MAZEL à Mme Danièle ROUX',
        '',
        'ABSENTS EXCUSÉS : Mme Magali COINT.',
      ].join('\n'),
    );
    expect(summary.proxies_list).toEqual([
      { from: 'Roger MERLE', to: 'Éric ARNAUD' },
      { from: 'Antoine ROCHE', to: 'Renée FABRE' },
      { from: 'Aline MAZEL', to: 'Danièle ROUX' },
    ]);
  });

  it('a TAB table of groups under « Délégués présents », its header row; a legend in brackets before the colon; « présents en salle ou à distance »', () => {
    const table = analyseText('Comité syndical du 24 septembre 2020\nDélégués présents :\nSecteur\tDélégué(s)\nSecteur d’énergie de Sarvèze\tM. Julien LOUVEL, M. Gérard GUILLOT\nCollège des EPCI\tMme Marie VINCENT\n\nSecrétaire de séance : M. Julien LOUVEL\n');
    expect(table.summary.present_names).toEqual(['Julien LOUVEL', 'Gérard GUILLOT', 'Marie VINCENT']);
    const legend = analyseText('Séance du 2 juillet 2009\nDélégués présents (T : titulaire ; S : suppléant) :\nBELCASTEL : M. Didier TRÉGAN (T), Président, Mme Mathilde LUC (T)\nCASTANET : M. Marc ZAPPA (T), M. Karim GABIN (S, remplace Mme DUCHÊNE)\n\nAbsente excusée : Mme Rose DUCHÊNE.\n');
    expect(legend.summary.present_names).toEqual(['Didier TRÉGAN', 'Mathilde LUC', 'Marc ZAPPA', 'Karim GABIN']);
    const counts = analyseText('Séance du 26 novembre 2020\nConseillers en exercice : 66 – Présents en salle ou à distance : 31 – Pouvoirs : 19 – Votants : 50\n');
    expect(counts.summary.present).toBe(31);
  });

  it('an émargement grid cut inside a row, a proxy list in the absences cut by the excerpt: no count is checked', () => {
    const grid = analyseText(
      'Séance du 27 janvier 2022\n| Conseiller | Commune | Présent | Excusé | Pouvoir à |\n| FARGE Patrice | Pornevel |   | X |  |\n| FAURE Solange | Varenne | X |   |  |\n| FILIPPI Éric | Trévignac | X |   |  |\n| FRAYSSE Marielle | Var',
    );
    expect(grid.summary.present_names).toEqual(['FAURE Solange', 'FILIPPI Éric']);
    expect(grid.summary.absent_names).toEqual(['FARGE Patrice']);
    const cut = analyseText(
      'Séance du 11 avril 2019\nConseillers en exercice : 8 – Présents : 3 – Pouvoirs : 3 – Votants : 6\nPrésents : M. Serge VAISSE, Mme Estelle CADOR, M. Xavier EL AMRI.\n\nMembres absents :\n Monsieur Jean VALADE pouvoir à Monsieur Serge VAISSE\n Madame Ingrid THÉVENIN pouvoir à Madame Estelle CADOR\n Monsieur Jérôme RAM',
    );
    expect(codes(cut.findings)).toEqual([]);
  });
});

describe('outside France again, and a seventh draw like the real corpus', () => {
  it('Brussels: Dutch roles after the French ones; a CPAS list « Nom - Rôle / Rol »', () => {
    const brussels = analyseText(
      [
        'Séance publique du lundi 21 mars 2016 - Openbare zitting van maandag 21 maart 2016',
        'Présents - Aanwezig :',
        'Mme Dominique VERSTRAETE, Bourgmestre-Présidente - Burgemeester-Voorzitster ;',
        'M. Jean MOTTE, Mme Samira EL OUARDI, Échevins - Schepenen ;',
        'M. Alain DESCHUYTER, Président du CPAS - Voorzitter OCMW ;',
        'M. Mustafa AKSOY, Mme Françoise de HEMRICOURT, Conseillers communaux - Gemeenteraadsleden ;',
        'M. Patrick DUMONT, Secrétaire communal - Gemeentesecretaris.',
      ].join('\n'),
    );
    expect(brussels.summary.present_names).toEqual(['Dominique VERSTRAETE', 'Jean MOTTE', 'Samira EL OUARDI', 'Alain DESCHUYTER', 'Mustafa AKSOY', 'Françoise de HEMRICOURT']);
    const cpas = analyseText('Procès-verbal de la séance du jeudi 22 septembre 2022\nPrésents - Aanwezig :\nMme Isabelle CAMBRON - Présidente / Voorzitster\nM. Youssef BENALLA - Conseiller / Raadslid\nMme Anne-Françoise du MONCEL - Conseillère /\nRaadslid\nM. Olivier PIRARD - Conseiller / Raadslid\n');
    expect(cpas.summary.present_names).toEqual(['Isabelle CAMBRON', 'Youssef BENALLA', 'Anne-Françoise du MONCEL', 'Olivier PIRARD']);
  });

  it('Switzerland: « Appel : 45 présents, 5 excusés (Mmes A, B, MM. C et D) », « Bureau : X, présidente ; Y, secrétaire », « par 43 voix sans opposition », « 18 oui, 4 non »', () => {
    const appel = analyseText(
      'PROCÈS-VERBAL DE LA SÉANCE DU MERCREDI 16 MARS 2011\nPrésidence : Mme Françoise CHASSOT, présidente du Conseil général\nAppel : 45 présents, 3 excusés (Mmes Sylvie OVERNAY, Marie BAPST et M. Jean-Luc ROSSET), sur les 48 membres du Conseil général.\n\n1. Procès-verbal de la séance du 15 décembre 2010\nIl est approuvé par 43 voix sans opposition, avec 1 abstention.\n',
    );
    expect(appel.summary.absent_names).toEqual(['Sylvie OVERNAY', 'Marie BAPST', 'Jean-Luc ROSSET']);
    expect(appel.summary.votes).toEqual({ for: 43, against: 0, abstain: 1, not_voting: 0 });
    const bureau = analyseText(
      'Procès-verbal de la séance ordinaire du mardi 23 février 2021\nBureau : Mme Valérie ROCHAT, présidente ; M. Pierre-Alain DUCROT, vice-président ;\nMme Delphine BERTHOLET, secrétaire.\nPrésents : Mmes et MM. Valérie ROCHAT, Pierre-Alain DUCROT, Delphine BERTHOLET, Olivier BAUME.\nAssistent à la séance : M. Christophe SCHNEITER, maire ; Mme Evelyne GUEY, secrétaire générale de la mairie.\n\n2. Approbation du procès-verbal\nLe procès-verbal est approuvé par 3 oui et 1 abstention.\n',
    );
    expect(bureau.summary.president).toBe('Valérie ROCHAT');
    expect(bureau.summary.secretary).toBe('Delphine BERTHOLET');
    expect(bureau.summary.votes).toEqual({ for: 3, against: 0, abstain: 1, not_voting: 0 });
  });

  it('Luxembourg: « Présidence : X / Bourgmestre », proxies « ont mandaté un collègue … : » and « a donné procuration à X, conseiller, et Mme C à Mme D »', () => {
    const mandated = analyseText(
      'Séance du conseil communal du vendredi 15 octobre 2021\nPrésidence : Fränk Reuter / Bourgmestre\nPrésents\nFränk Reuter / Bourgmestre, Tom Wampel / Conseiller\nExcusé(e)(s)\nJean-Paul Schou / Conseiller\nSur base de la loi du 24 juin 2020, un conseiller a mandaté un collègue pour voter à sa place :\n- Jean-Paul Schou / Conseiller à Fränk Reuter / Bourgmestre\n1. Plan d’aménagement particulier\n',
    );
    expect(mandated.summary.president).toBe('Fränk Reuter');
    expect(mandated.summary.proxies_list).toEqual([{ from: 'Jean-Paul Schou', to: 'Fränk Reuter' }]);
    const pairs = analyseText('Séance du 9 décembre 2020\nPrésents : MM. Marc HENGEL, Paul KAYSER, Mme Tessy KAYLE.\nAbsents excusés : M. Romain THEIN et Mme Sonia PEREIRO, conseillers.\nM. Romain THEIN a donné procuration à M. Marc HENGEL,\nconseiller, et Mme Sonia PEREIRO à Mme Tessy KAYLE, conseillère.\n');
    expect(pairs.summary.proxies_list).toEqual([
      { from: 'Romain THEIN', to: 'Marc HENGEL' },
      { from: 'Sonia PEREIRO', to: 'Tessy KAYLE' },
    ]);
  });

  it('Québec: « 14 des 16 membres », « sous la présidence de la mairesse, Mme X », named votes against a stated unanimity, « agit comme secrétaire »', () => {
    const mrc = analyseText(
      'Séance du 19 janvier 2022\nSont présents par visioconférence 3 des 4 membres du conseil :\nMme Johanne Lachapelle, préfète et mairesse de Lac-Anselme\nM. Marcel Gosset, préfet suppléant et maire de Saint-Odilon-des-Plaines\nM. Rénald Fortin, maire de Saint-Cyprien-des-Bois\n\nEst absent :\nM. Roger Drolet, maire de Saint-Théophile\n',
    );
    expect(mrc.summary.present).toBe(3);
    expect(mrc.summary.members_in_office).toBe(4);
    expect(mrc.summary.present_names).toEqual(['Johanne Lachapelle', 'Marcel Gosset', 'Rénald Fortin']);
    const vote = analyseText(
      [
        'Séance du 14 mai 2018',
        'sont présents :',
        'Mesdames les conseillères Lucie Bergeron et Manon Théberge,',
        'Messieurs les conseillers Gilles Poirier et Raymond Labrie,',
        'formant quorum sous la présidence de la mairesse, Mme Francine Beaulac.',
        'Mme Lise Rancourt, directrice générale et secrétaire-trésorière, agit comme secrétaire d’assemblée.',
        '',
        'RÉSOLUTION 2018-05-097',
        'OCTROI DU CONTRAT DE PAVAGE',
        'Il est proposé par M. Gilles Poirier, appuyé par Mme Manon Théberge, d’octroyer le contrat.',
        'Le conseiller Raymond Labrie demande le vote.',
        'Ont voté pour : Mmes Lucie Bergeron et Manon Théberge, M. Gilles Poirier.',
        'A voté contre : M. Raymond Labrie.',
        '',
        'ADOPTÉE À L’UNANIMITÉ',
      ].join('\n'),
    );
    expect(vote.summary.president).toBe('Francine Beaulac');
    expect(vote.summary.secretary).toBe('Lise Rancourt');
    expect(vote.summary.votes).toEqual({ for: 3, against: 1, abstain: 0, not_voting: 0 });
    expect(codes(vote.findings)).toEqual(['UNANIMITY_CONTRADICTED']);
  });

  it('Québec seats: an absent seat, an empty line, then « formant quorum sous la présidence du maire, M. X »', () => {
    const { summary } = analyseText(
      'Séance ordinaire du 3 avril 2023\n\nPRÉSENCES\nSiège no 1 : M. Yannick Turcot\nSiège no 2 : Mme Nicole Plourde\n\nABSENCE\nSiège no 4 : M. Denis Fecto\n\nformant quorum sous la présidence du maire, M. Claude Boutet.\n',
    );
    expect(summary.present_names).toEqual(['Yannick Turcot', 'Nicole Plourde', 'Claude Boutet']);
    expect(summary.absent_names).toEqual(['Denis Fecto']);
  });

  it('an accounts’ global result against its two sections; « 212 millions d euros »; a secretary designated inside the item forming the bureau', () => {
    const accounts = (total: string) =>
      analyseText(
        `Séance du 2 avril 2009\nPrésents : M. Jean ABBAL, Mme Rose BRUN.\n\n1 – Compte administratif 2008\nSoit un excédent de fonctionnement de l'exercice de 310 811.75€\nSoit un excédent d'investissement de l'exercice de 35 462.73€\nD'où un excédent global de l'exercice 2008 de ${total}€.\n`,
      );
    expect(codes(accounts('346 274.48').findings)).toEqual([]);
    expect(codes(accounts('346 724.48').findings)).toEqual(['AMOUNT_SUM_MISMATCH']);
    expect(analyseText('Séance du 26 juin 2017\nPrésents : M. Jean ABBAL.\n\n1 – Dette\nL encours atteindra 212 millions d euros à la fin de l exercice.\n').summary.amounts_eur).toEqual([212000000]);
    const bureau = analyseText(
      'SEANCE DU 26 MAI 2020 Conseillers présents : 1. WEISS Claude 2. HOFF Anne 3. FRITZ Océane. POINT 1 - Installation des conseillers M. Claude WEISS, Maire sortant, ouvre la séance et la préside. POINT 2 - Formation du bureau Mme Océane FRITZ, benjamine du conseil municipal, est désignée en qualité de secrétaire de séance.',
    );
    expect(bureau.summary.president).toBe('Claude WEISS');
    expect(bureau.summary.secretary).toBe('Océane FRITZ');
  });
});

describe('more draws like the real corpus, and medium-sized towns', () => {
  it('a giver named by surname only who is the one present member of that name gave a proxy while present', () => {
    const { findings } = analyseText(
      'Séance du 21 septembre 2006\nEtaient présents :\n- Odile CHAMPION,- Thierry BAUDIN,\n- Nadège VERDIER-SALLE,- Didier HOUPER.\n\nPOUVOIRS : Monsieur ESCOFFRE à Monsieur BAUDIN, Madame VERDIER-SALLE à Madame CHAMPION\n\nABSENTS : Madame JOUANNE.\n',
    );
    expect(codes(findings)).toEqual(['PROXY_GIVER_PRESENT']);
  });

  it('an undated session citing only dates of 2017: one proxy per holder', () => {
    const text = 'PRÉSENTS :\nMarie CARADOC, Gilles PENNOC, Bernard CALVAZ.\nABSENTS AYANT DONNE PROCURATION :\nThierry MOYSEN a donné procuration à Marie CARADOC,\nPatrick CORNU a donné procuration à Marie CARADOC,\nSECRÉTAIRE DE SÉANCE : Gilles PENNOC\nLe Compte rendu du Conseil Municipal du 23 février 2017 est approuvé.\n';
    expect(codes(analyseText(text).findings)).toEqual(['PROXY_LIMIT_EXCEEDED']);
    expect(codes(analyseText(text.replace('23 février 2017', '23 février 2021')).findings)).toEqual([]);
  });

  it('a proxy table with dotted leaders to the holder; « Présents en salle : » and « Présents en visioconférence : »; « Présents (en salle ou en visioconférence) : 5 »', () => {
    const { summary, findings } = analyseText(
      [
        'Séance du 11 février 2021',
        'Membres en exercice : 8 – Présents (en salle ou en visioconférence) : 5 – Pouvoirs : 2 – Votants : 7',
        'Présents en salle : Benoît AGOSTI, Coralie BUISSON, Joëlle BARDIN.',
        'Présents en visioconférence : David FABRE, Nathalie POUCHET.',
        'Pouvoirs (mandant / mandataire) :',
        'M. Lionel JOUFFRE (groupe « Ensemble ») ......................... M. Benoît AGOSTI',
        'M. Gilles MADIG (groupe « Agir ») ........................... Mme Coralie BUISSON',
        '',
        'Absent : Mme Agathe CABRAL',
      ].join('\n'),
    );
    expect(summary.present).toBe(5);
    expect(summary.present_names).toEqual(['Benoît AGOSTI', 'Coralie BUISSON', 'Joëlle BARDIN', 'David FABRE', 'Nathalie POUCHET']);
    expect(summary.proxies_list).toEqual([
      { from: 'Lionel JOUFFRE', to: 'Benoît AGOSTI' },
      { from: 'Gilles MADIG', to: 'Coralie BUISSON' },
    ]);
    expect(codes(findings)).toEqual([]);
  });

  it('the corrected figures of an earlier vote are no tally; a last proxy holder where the text ends is not judged', () => {
    const corrected = analyseText(
      'Séance du 10 mai 2022\nEtaient présents : M. Laurent CHARPIN, Mme Karine MOUSSE.\nCompte rendu du Conseil Municipal du 5 avril 2022 : la correction va être apportée : 17 voix pour au lieu de 18 et 1 abstention.\n\n1. Budget communal : affectation du résultat 2021\nLe conseil municipal, à l’unanimité, affecte le résultat.\n',
    );
    expect(corrected.summary.votes).toEqual({ unanimous: true });
    const cut = analyseText('Comité syndical du 15 février 2021\nPrésents : M. Pascal WARNET, M. Jacques LEMPERIER.\nPouvoirs : Mme Sandrine DUFLO à M. Pascal WARNET, M. Stéphane NOIRAT à Mme Véronique LANG');
    expect(codes(cut.findings)).toEqual([]);
  });
});

describe('an eleventh draw weighted to the hardest families', () => {
  it('a byline « Par le secrétariat | 30 juillet 2020 » is no session date; « Ont répondu à l’appel : », the roll caller « prie Mme X, benjamine, d’effectuer l’appel »', () => {
    const byline = analyseText('Compte rendu – Comité syndical du 23 juillet 2020\n\nPar le secrétariat | 30 juillet 2020\n\nLes délégués se sont réunis le jeudi 23 juillet 2020 à 17 h.\nPrésents : M. Jean ABBAL, Mme Rose BRUN.\n');
    expect(byline.summary.session_date).toBe('2020-07-23');
    expect(codes(byline.findings)).toEqual([]);
    const roll = analyseText(
      "Réunion du 1er juillet 2021. Madame PELLEGRIN déclare la séance ouverte et prie Madame Valérie SAUZET, benjamine de l assemblée, d effectuer l appel des conseillers. Conseillers départementaux en exercice : 4 Ont répondu à l appel : Rémi ABADIE, Léa AÏT-KACEM, Valérie SAUZET. Absente excusée : Gaëlle BELLOC.\n",
    );
    expect(roll.summary.secretary).toBe('Valérie SAUZET');
    expect(roll.summary.present_names).toEqual(['Rémi ABADIE', 'Léa AÏT-KACEM', 'Valérie SAUZET']);
  });

  it('the figures of an earlier vote set right (« était de 9 voix pour et 3 abstentions et non de 10 voix pour et 2 abstentions ») are no tally', () => {
    const { summary } = analyseText(
      'Séance du 27 septembre 2012\nEtaient présents : M. Rémi GUÉRIN, Mme Suzanne PIGE.\nLe conseil municipal accepte à l’unanimité le retrait du point 4. M. Pascal SOUQ demande que le point 6 soit rectifié : le vote était de 9 voix pour et 3 abstentions et non de 10 voix pour et 2 abstentions.\n',
    );
    expect(summary.votes).toEqual({ unanimous: true });
  });

  it('a body named in a header followed by the weekday of its date keeps its name without the weekday', () => {
    const { parsed } = analyseText('RÉUNION DU COMITÉ SYNDICAL DU LUNDI 15 FÉVRIER 2021\nPrésents : M. Jean ABBAL, Mme Rose BRUN.\n');
    expect(parsed.session.body.name).toBe('COMITÉ SYNDICAL');
  });

  it('a presence table row whose surname holds Œ (« MOUCHEBŒUF Benoît ») is read like the others', () => {
    const { summary } = analyseText(
      'Comité syndical du 5 octobre 2015\nFeuille de présence\nNOM Prénom   Collectivité   Présent\nPLASSARD Tristan CC Causse X\nMOUCHEBŒUF Benoît CC Causse X\nPEYRON Françoise CC Tarnon X\n',
    );
    expect(summary.present_names).toEqual(['PLASSARD Tristan', 'MOUCHEBŒUF Benoît', 'PEYRON Françoise']);
  });

  it('a page number after the full stop ending a list (« … et Marie-Odile N’DAYE. 3 Le quorum … »)', () => {
    const { summary } = analyseText(
      "Séance publique du lundi 14 décembre 2009. Etaient présents : Philippe BERTHOU, Hugues BRUGUIER. Absents excusés : Jean-Luc DELAPORTE et Marie-Odile N'DAYE. 3 Le quorum étant atteint, l'Assemblée peut valablement délibérer.\n",
    );
    expect(summary.absent_names).toEqual(['Jean-Luc DELAPORTE', "Marie-Odile N'DAYE"]);
  });
});
