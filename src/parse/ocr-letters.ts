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

/**
 * True when `damaged` is `clean` with one letter or more replaced by what an OCR engine reads for it, and nothing else
 * changed (accents aside): "rn" for m, "cl" for d, a zero for O, "l" for i or for I inside capitals, "I" for l beside
 * small letters. Reading the two side by side tells the direction: "GAUDIN" is not a damaged "GAUDlN".
 */
export function lookAlikeDamaged(clean: string, damaged: string): boolean {
  const a = clean.normalize('NFD').replace(/\p{M}/gu, '');
  const b = damaged.normalize('NFD').replace(/\p{M}/gu, '');
  let seen = false;
  let i = 0;
  let j = 0;
  const lower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);
  const upper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      i++;
      j++;
    } else if ((x === 'm' && b.startsWith('rn', j)) || (x === 'M' && b.startsWith('RN', j)) || (x === 'd' && b.startsWith('cl', j))) {
      seen = true;
      i++;
      j += 2;
    } else if ((x === 'O' && y === '0') || (x === 'i' && y === 'l') || (x === 'I' && y === 'l' && upper(b[j - 1]) && (upper(b[j + 1]) || j + 1 === b.length || !/\p{L}/u.test(b[j + 1]!))) || (x === 'l' && y === 'I' && (lower(b[j - 1]) || lower(b[j + 1])))) {
      seen = true;
      i++;
      j++;
    } else return false;
  }
  return seen && i === a.length && j === b.length;
}

/**
 * A token of figures as OCR read it with letters for some of them, as the figures it means: a capital O (a small o
 * too with `smallO`) for 0, a small l or a capital I for 1, and a capital S for 5 with `s5`. Same length, so offsets
 * stay valid. Contract: the caller has already decided the token is a number (its own pattern bounds which letters
 * can occur); this only maps them.
 */
export function ocrFigures(token: string, opts: { s5?: boolean; smallO?: boolean } = {}): string {
  let out = token.replace(opts.smallO ? /[Oo]/g : /O/g, '0').replace(/[lI]/g, '1');
  if (opts.s5) out = out.replace(/S/g, '5');
  return out;
}
