/**
 * Text whose accents are written as combining marks after their letter (Unicode NFD, as a Mac export or some PDF text
 * layers give it: « e » + U+0301 for « é »): the letters composed again (NFC), so that every keyword and name reads as
 * typed. Composing never joins or splits lines: spans still point at the document's lines. Used by the parser and the
 * checker alike, so that both read the same lines.
 */
export function composeAccents(text: string): string {
  // (the marks first: most texts have none, and composing a whole page costs a pass over it)
  return /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
}
