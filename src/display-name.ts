/**
 * A client's file name as shown and stored: never trusted, never used as a
 * path (originals are stored under their hash, store/originals.ts).
 *
 * Contract (pure, idempotent):
 * - control characters (C0 with NUL, DEL, C1) and the bidirectional
 *   overrides that disguise an extension ("facture\u202Efdp.exe") become
 *   U+FFFD, so a name can neither break a terminal line, drive a terminal
 *   with escape sequences, nor reach PostgreSQL with a NUL (which it refuses);
 * - a name longer than MAX_NAME_CHARS keeps its start and its extension
 *   around an ellipsis;
 * - an empty name becomes "(sans nom)".
 */
export const MAX_NAME_CHARS = 255;

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces control and bidi-override characters with U+FFFD (any text shown to people). */
export function withoutControls(text: string): string {
  return text.replace(UNSAFE, '\ufffd');
}

export function displayName(file: string): string {
  const clean = withoutControls(file);
  if (clean.length === 0) return '(sans nom)';
  const chars = [...clean];
  if (chars.length <= MAX_NAME_CHARS) return clean;
  const ext = /\.[^.]{1,12}$/.exec(clean)?.[0] ?? '';
  const keep = MAX_NAME_CHARS - 1 - [...ext].length;
  return chars.slice(0, keep).join('') + '…' + ext;
}
