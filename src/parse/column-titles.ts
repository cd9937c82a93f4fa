/**
 * The titles a presence or proxies table gives its columns, folded (see source.ts `foldText`), as regex
 * sources: one vocabulary for the readers that recognise a table's header row — the status tables
 * (attendance.ts `STATUS_HEADER_ROW`), the header rows blanked before a list is read (attendance.ts
 * `TABLE_HEADER_ROW`) and the presence grids (presence-table.ts `CODE_COLUMN`, `OTHER_COLUMN`).
 */

/** A column of members: "Nom et prénom", "Délégué(e)s titulaires", "Conseillers", "Élus". */
export const MEMBER_TITLE = String.raw`noms?(?:\s+(?:et\s+)?prenoms?)?|prenoms?|conseill(?:er|ere)s?|membres?|elus?|delegue(?:\(e\)|e)?s?(?:\s+titulaires?)?|titulaires?`;

/** A column of the bodies members sit for: "Commune", "Collectivité", "EPCI", "Structure". */
export const BODY_TITLE = String.raw`communes?|collectivites?|municipalites?|epci|structures?`;

/** A column of offices: "Qualité", "Fonction", "Rôle", "Mandat", "Titre" (Québec: "Municipalité / Représentant(e) / Titre"). */
export const OFFICE_TITLE = String.raw`qualites?|fonctions?|roles?|mandats?|titres?`;

/** A column of each member's state, as a code or a word: "Code", "Présence", "État", "Statut", "Émargement". */
export const STATE_TITLE = String.raw`codes?|presences?|etats?|statuts?|situations?|emargements?`;

/** A column of how each member attends a mixed session: "Participation", "Mode de participation", "Modalité". */
export const ATTENDANCE_MODE_TITLE = String.raw`participation|(?:modes?|modalites?)(?:\s+de\s+participation)?`;
