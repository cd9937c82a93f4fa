/**
 * Letters an OCR engine confuses inside names: "l", "1" or "|" for I and "0" for O in a word in capitals, "I" for l in
 * a capitalised given name. Used to match names and to choose between two spellings; a name is always stored as written.
 */

/** A letter OCR confuses with a digit or a stroke, inside a word in capitals ("PELLEGRlN", "B1HAN", "T0USSAINT"). */
// (or a given name's capital O read as a zero: "0dile")
export const OCR_SUSPECT = /\p{Lu}[l1|0]|[l1|0]\p{Lu}|\p{Lu}I\p{Ll}|(?<![\p{L}\d])0\p{Ll}{2}/u;

/**
 * The letters an OCR confusion hides, for matching only (the name stays as written): in a word in capitals, "l", "1"
 * or "|" for I and "0" for O; in a capitalised given name, "I" for l ("Jean-CIaude"). "PELLEGRlN" is "PELLEGRIN".
 */
export function ocrLetters(name: string): string {
  return name
    .replace(/(?<=\p{Lu})[l1|](?=\p{Lu})|(?<=\p{Lu}{2})[l1](?![\p{Ll}\d])|(?<![\p{L}\d])[l1](?=\p{Lu}{2})/gu, 'I')
    .replace(/(?<=\p{Lu})0(?=\p{Lu})|(?<=\p{Lu}{2})0(?![\p{L}\d])|(?<![\p{L}\d])0(?=\p{Lu}{2})/gu, 'O')
    .replace(/(?<=(?:^|[\s'’-])\p{Lu})I(?=\p{Ll}{2})/gu, 'l')
    .replace(/(?<![\p{L}\d])0(?=\p{Ll}{2})/gu, 'O');
}
