/**
 * Layouts the seventy-sixth invented corpus (fixtures/corpus 7601–7620,
 * communautés de communes and syndicats) found missing. Every case is written
 * anew here (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, errorCodes as codes, proxyPairs as pairs } from '../helpers/analyse-text.ts';

describe('delegates listed by commune or member body', () => {
  it('headings on a line of their own and « COMMUNE – M. A – Mme B » rows; the substitutes with a vote under theirs', () => {
    const { summary, findings } = analyseText(
      [
        'Communauté de Communes du Haut-Vernisson',
        'CONSEIL COMMUNAUTAIRE DU 3 JUIN 2025',
        '',
        'Nombre de délégués en exercice : 13',
        'Nombre de délégués présents : 10 dont 1 suppléant',
        'Nombre de pouvoirs : 1',
        'Nombre de votants : 11',
        'Date de la convocation : 27 mai 2025',
        '',
        'DÉLÉGUÉS TITULAIRES PRÉSENTS',
        'VERNISSON-LE-BOURG – M. Armand TISSERAND – Mme Colette BRIQUEL – M. Hugo MARCHETTI',
        'ANCERVILLE-AUX-PRÉS – Mme Lydie GROSJEAN – M. Olivier SCHMITT',
        'BOUXIÈRES-SUR-VAIR – M. Fabien COLNOT',
        'LAVAL-LÈS-ROCHES – Mme Annie PARISOT – M. Thierry GALMICHE – Mme Josette VAUDEVILLE',
        'DÉLÉGUÉS SUPPLÉANTS AVEC VOIX DÉLIBÉRATIVE',
        'SAINT-JURE-LA-FORÊT – M. Kylian DOMBROWSKI (pour Mme Agathe LEMOINE)',
        '',
        'POUVOIRS',
        'M. Raoul THIRION (Vernisson-le-Bourg) à M. Armand TISSERAND',
        '',
        'ABSENTS EXCUSÉS',
        'Mme Agathe LEMOINE (suppléée), M. Léon FRESSE, Mme Irène MOUGENOT',
        '',
        'Secrétaire de séance : Mme Lydie GROSJEAN',
        '',
        'OBJET : Adhésion au service commun d’instruction des autorisations d’urbanisme',
        'Le conseil communautaire, après en avoir délibéré, à l’unanimité, approuve l’adhésion.',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual([
      'Armand TISSERAND', 'Colette BRIQUEL', 'Hugo MARCHETTI', 'Lydie GROSJEAN', 'Olivier SCHMITT', 'Fabien COLNOT',
      'Annie PARISOT', 'Thierry GALMICHE', 'Josette VAUDEVILLE', 'Kylian DOMBROWSKI',
    ]);
    expect(pairs(summary.proxies_list)).toEqual(['Raoul THIRION > Armand TISSERAND']);
    expect(codes(findings)).toEqual([]);
  });

  it('a surname wrapped to the next line before a dash is no commune', () => {
    const { summary } = analyseText(
      [
        'Séance du 12 mars 2024',
        'Présents : M. Paul ANDRIEUX – Mme Sylvie BONNEFOUS – M. Régis',
        'CASTAGNÉ – Mme Lucie DELMAS – M. Jean',
        'ESCANDE – Mme Marthe FABRE.',
        'Secrétaire de séance : Mme Lucie DELMAS',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Paul ANDRIEUX', 'Sylvie BONNEFOUS', 'Régis CASTAGNÉ', 'Lucie DELMAS', 'Jean ESCANDE', 'Marthe FABRE']);
  });

  it('a PDF table glued cell to cell: the header row, each member body before its first delegate, the counts and the footer', () => {
    const { summary, findings } = analyseText(
      [
        'SIAB – Syndicat Intercommunal d’Aménagement de la Brévenne',
        'COMITÉ SYNDICAL DU 9 OCTOBRE 2019',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
        '',
        'Délégués en exercice11Présents9dont suppléant1Pouvoirs1Votants10',
        'Date de convocation : 02/10/2019',
        '',
        'CollectivitéDélégués présents',
        'CC des Monts du MatinM. Rémi CHAVEROT (Président), Mme Odile PERRICHON, M. Yann DUTEL',
        'CC du Val de BrévenneM. Hervé GUINAND, Mme Nadia BERTHOLON',
        'Commune de Saint-Forgeux-le-HautM. Luc FAYOLLE, M. Simon VIRICEL (suppléant de Mme Paule GRATALOUP)',
        'SIAB – Comité syndical du 09/10/2019Page 1 sur 2',
        'CC de la Haute-AzergueMme Carole BONNARD, M. Denis PLASSE',
        'Pouvoirs : Mme Élodie TRICAUD à M. Rémi CHAVEROT',
        'Excusés : Mme Paule GRATALOUP (représentée par son suppléant), M. Marc JOANNON',
        'Secrétaire de séance : Mme Nadia BERTHOLON',
        '',
        'N° 2019-21 – Décision modificative n° 2',
        'Votants : 10 – Pour : 10 – Contre : 0 – Abstention : 0',
      ].join('\n'),
    );
    expect(summary.present).toBe(9);
    expect(summary.proxies).toBe(1);
    expect(summary.voters).toBe(10);
    expect(summary.present_names).toEqual([
      'Rémi CHAVEROT', 'Odile PERRICHON', 'Yann DUTEL', 'Hervé GUINAND', 'Nadia BERTHOLON', 'Luc FAYOLLE', 'Simon VIRICEL', 'Carole BONNARD', 'Denis PLASSE',
    ]);
    expect(codes(findings)).toEqual([]);
  });

  it('a roll by commune without a heading; « Commune de X : absents » names no one', () => {
    const { summary, findings } = analyseText(
      [
        'SIVU DES ÉCOLES DU HAUT-LIGNON',
        'Séance du jeudi 16 mai 2019',
        '',
        'Délégués en exercice : 9 | Présents : 5 | Pouvoirs : 1 | Votants : 6',
        '',
        'Commune de Tence-le-Vieux : M. Aimé CHAUSSINAND (Président), Mme Rose VERNET',
        'Commune d’Araules-Haut : absents',
        'Commune de Mazet-Saint-Pierre : Mme Estelle ROUSSON (pouvoir de M. Guy BESSON)',
        'Commune du Chambon-Vieux : M. Noé CHAPUIS, M. Ernest MOURIER',
        'Commune de Fay-les-Sucs : absents',
        '',
        'Absents excusés : Mme Lise FAURIE et M. Hervé DEYGAS (Araules-Haut), M. Guy BESSON (Mazet-Saint-Pierre), Mme Anne RIOU (Fay-les-Sucs).',
        'Secrétaire : Mme Rose VERNET',
        '',
        'Objet : Tarifs de la cantine',
        'Pour : 6 – Contre : 0 – Abstention : 0',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Aimé CHAUSSINAND', 'Rose VERNET', 'Estelle ROUSSON', 'Noé CHAPUIS', 'Ernest MOURIER']);
    expect(summary.absent_names).toEqual(['Lise FAURIE', 'Hervé DEYGAS', 'Guy BESSON', 'Anne RIOU']);
    expect(pairs(summary.proxies_list)).toEqual(['Guy BESSON > Estelle ROUSSON']);
    expect(summary.president).toBe('Aimé CHAUSSINAND');
    expect(codes(findings)).toEqual([]);
  });

  it('a roll by member body without a heading, under the presidency', () => {
    const { summary } = analyseText(
      [
        'SYNDICAT MIXTE DE LA VALLÉE DU BRIVET',
        'Séance du mardi 8 avril 2025',
        '',
        'Délégués en exercice : 9 – Présents : 7 – Pouvoirs : 0 – Votants : 7',
        '',
        'Présidence : M. Loïc HALGAND',
        '',
        'CC du Pays de Pontchâteau : M. Loïc HALGAND, Mme Annick JOUAN, M. Yves LEGAL',
        'CA de la Presqu’île : Mme Soizic BERTHO, M. Hervé LE ROUX',
        'CC Estuaire et Sillon : M. Joël PICAUD, Mme Gaëlle TESSIER',
        '',
        'Excusés : M. Patrice LOIRAT, Mme Valérie GUIHO',
        'Secrétaire de séance : Mme Annick JOUAN',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Loïc HALGAND', 'Annick JOUAN', 'Yves LEGAL', 'Soizic BERTHO', 'Hervé LE ROUX', 'Joël PICAUD', 'Gaëlle TESSIER']);
    expect(summary.absent_names).toEqual(['Patrice LOIRAT', 'Valérie GUIHO']);
  });

  it('a roll call « Commune | Délégué(e) | Situation » whose state cell is the proxy itself', () => {
    const { summary, findings } = analyseText(
      [
        'COMMUNAUTÉ DE COMMUNES DU PAYS DE SORNIN',
        'Conseil communautaire du mardi 14 décembre 2021',
        'En exercice : 8 | Présents : 5 | Pouvoirs : 2 | Votants : 7',
        '',
        'Commune | Délégué(e) | Situation',
        'Charlieu-le-Bas | M. Firmin DUPERRAY | présent – Président',
        'Charlieu-le-Bas | Mme Hortense LAFAY | pouvoir à M. Firmin DUPERRAY',
        'Chandon-Haut | Mme Marcelle PERRET | présente',
        'Chandon-Haut | M. Gilbert VOUILLON | pouvoir à Mme Marcelle PERRET',
        'Maizilly-sur-Sornin | M. Anatole GIRAUDON | présent',
        'Pouilly-Vieux | Mme Reine CHERVIN | excusée',
        'Villers-la-Côte | M. Basile DUBUIS | présent',
        'Villers-la-Côte | Mme Ginette PONCET | présente',
        '',
        'Secrétaire de séance : Mme Marcelle PERRET',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Firmin DUPERRAY', 'Marcelle PERRET', 'Anatole GIRAUDON', 'Basile DUBUIS', 'Ginette PONCET']);
    expect(pairs(summary.proxies_list)).toEqual(['Hortense LAFAY > Firmin DUPERRAY', 'Gilbert VOUILLON > Marcelle PERRET']);
    expect(summary.absent_names).toEqual(['Reine CHERVIN']);
    expect(codes(findings)).toEqual([]);
  });

  it('roles glued to the surnames before them: the members and their roles', () => {
    const { parsed, summary } = analyseText(
      [
        'SYNDICAT D’ÉNERGIES DU PAYS DE RETZ',
        'Réunion du bureau du 2 juillet 2024',
        '',
        'Membres en exercice : 6Présents : 4Pouvoirs : 0Votants : 4',
        '',
        'Membres présents',
        'M. Gaël PRIOUPrésident',
        'Mme Laure BRIAND1re vice-présidente',
        'M. Tanguy MORICE2e vice-président',
        'Mme Nolwenn AUDRAINmembre du bureau',
        'Absents excusés',
        'M. Ronan CADOR, Mme Élise THEBAUD',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Gaël PRIOU', 'Laure BRIAND', 'Tanguy MORICE', 'Nolwenn AUDRAIN']);
    expect(parsed.session.attendance.present?.map((p) => p.role)).toEqual(['Président', '1re vice-présidente', '2e vice-président', 'membre du bureau']);
  });

  it('a titulaires / suppléants table glued cell to cell, each state in brackets after the name', () => {
    const { summary, findings } = analyseText(
      [
        'SIVOS DU VAL DE SAVÈS',
        'Comité syndical du mardi 15 mars 2022',
        'Délégués en exercice : 8 – Présents : 7 (dont 1 suppléant) – Pouvoir : 1 – Votants : 8',
        '',
        'CommuneDélégués titulairesDélégués suppléants',
        'Cazaux-le-HautM. Gaston PUJOL, Président (présent)',
        'Mme Lina ARRIBAT (présente)M. Hugo SENTENAC (présent, sans voix délibérative)',
        'Montégut-SavèsMme Rosa DARRIEU (présente)',
        'M. Urbain LAFFONT (présent)Mme Berthe SOUM (absente)',
        'Lartigue-BasM. Anselme DUFFAUT (excusé)',
        'Mme Ida CASTET (pouvoir à M. Gaston PUJOL)–',
        'Saint-Élix-SavèsMme Alice BOP (présente)M. Léo MAUMUS (présent, siège pour M. DUFFAUT)',
        'M. Noël TAPIE (présent)–',
        'Secrétaire de séance : Mme Alice BOP',
      ].join('\n'),
    );
    expect(summary.present_names).toEqual(['Gaston PUJOL', 'Lina ARRIBAT', 'Rosa DARRIEU', 'Urbain LAFFONT', 'Alice BOP', 'Léo MAUMUS', 'Noël TAPIE']);
    expect(summary.absent_names).toEqual(['Anselme DUFFAUT']);
    expect(pairs(summary.proxies_list)).toEqual(['Ida CASTET > Gaston PUJOL']);
    expect(summary.president).toBe('Gaston PUJOL');
    expect(codes(findings)).toEqual([]);
  });
});
