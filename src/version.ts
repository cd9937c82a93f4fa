/**
 * Versions of the derived data. Bump PARSER_VERSION when the parser or the
 * checker changes what they produce: stored documents with an older version
 * are re-derived by `registre reprocess`.
 */
export const PARSER_VERSION = '1.32.0';
