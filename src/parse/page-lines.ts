/**
 * Lines of page furniture a text layer or OCR leaves between a page's last line and the next page's first: footers
 * with a page number, running headers with the session's date. Shared by the attendance lists (which read on across
 * them) and the item headings (a running header repeating the act's heading is no new item).
 */
// (the page fraction or number glued to the footer's date or title by the extraction: "… du 21/10/20211/4", "Procès-verbal1/9",
// "… du 11/04/2018Page 1 sur 3",
// "Réunion du 15 octobre 20183")
// (or its number after a dash: "Conseil régional de X – Séance plénière du 24 juin 2010 – 3"; or a register's folio: "f° 113")
// (or its number between dashes far right: "Ocelle Métropole – Conseil métropolitain du 27 janvier 2022          – 1 –")
// (or its page's 1 read by OCR as a small l: "… du 26/O9/2O24 - Page l/3")
// (or that number between dashes a 1 OCR read as a small l: "Conseil municipal du 10 avril 2003          - l -")
// (or a recueil's running header whatever its words, a year then a wide gap and « p. 10 »: "Syndicat … – RAA 1er semestre 2012          p. 10")
export const PAGE_LINE = /^[ \t]*\d{1,3}[ \t]*\/[ \t]*\d{1,3}[ \t]*$|^[^\n]*(?:conseil|s[ée]ance|proc[èe]s-verbal|registre|comit[ée]|bureau)[^\n]*(?:19|20)\d\d[ \t]+[-–—][ \t]+\d{1,3}[ \t]*$|^[^\n]*(?:(?:\b|(?<=\d))page\s*(?:\d{1,3}|[lI](?=\s*(?:\/|sur)\s*\d))(?:\s*(?:\/|sur)\s*\d{1,3})?|\bp\.[ \t]?\d{1,3}[ \t]*\/[ \t]*\d{1,3}|[-–]\s*\d{1,3}\s*\/\s*\d{1,3})[ \t]*$|^[^\n]*(?:conseil|s[ée]ance|proc[èe]s-verbal|registre|d[ée]lib[ée]ration|assembl[ée]e|comit[ée]|bureau)[^\n]*(?:19|20)\d\d(?:[ \t]+[-–—][^\n\d]{1,40}?)?(?:[ \t]{2,}|\t)(?:p\.[ \t]?|page[ \t]+)?\d{1,3}(?:[ \t]*\/[ \t]*\d{1,3})?[ \t]*$|^[^\n]*(?:conseil|s[ée]ance|proc[èe]s-verbal|registre|d[ée]lib[ée]ration|comit[ée]|bureau)[^\n]*(?:19|20)\d\d[^\n]*[ \t]\d{1,3}[ \t]*\/[ \t]*\d{1,3}[ \t]*$|^[\f \t]*[-–(]?[ \t]*\d{1,3}[ \t]*[-–)]?[ \t]*$|^[^\n]*(?:19|20)\d\d[^\n]*?(?:[ \t]{3,}|\t)[-–—][ \t]*(?:\d{1,3}|[lI])[ \t]*[-–—][ \t]*$|^[\f \t]*(?:f[°º]|folio|fol\.)[ \t]*\d{1,4}[ \t]*$|^[\f \t]*\d{1,3}[ \t]*\/[ \t]*\d{1,3}[ \t]*$|^[^\n]*(?:conseil|s[ée]ance|proc[èe]s-verbal|registre|d[ée]lib[ée]ration|comit[ée]|bureau)[^\n]*(?:\d{1,2}\/\d{1,2}\/(?:19|20)\d\d|proc[èe]s-verbal|compte[- ]rendu)\d{1,2}\/\d{1,2}[ \t]*$|^[^\n]*(?:conseil|s[ée]ance|r[ée]union|comit[ée]|bureau)[^\n]*\s(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:19|20)\d\d\d{1,3}[ \t]*$|^[^\n]*(?:19|20)\d\d[^\n]*?(?:[ \t]{3,}|\t)(?:(?:p\.[ \t]?|page[ \t]+)\d{1,3}(?:[ \t]*(?:\/|sur)[ \t]*\d{1,3})?|\d{1,3}[ \t]*\/[ \t]*\d{1,3})[ \t]*$/i;
