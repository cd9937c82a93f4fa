/**
 * Where the session was held: "s'est réuni à la mairie", "se sont réunis au
 * siège de Questembert Communauté", "réunion tenue au Centre municipal",
 * "en Mairie de BIELLE". The place as written, up to the next comma.
 */
import { anchored, firstAnchored, zoneOf } from './scan.ts';
import type { SourceText } from './source.ts';

// tried only at its verbs (scan.ts): "reuni…", "assemble…", "tenu…", after at most "s'est" / "se sont"
const PLACE_RE =
  /\b(?:s'est\s+reuni(?:e|s|es)?|se\s+sont\s+(?:reuni(?:e|s|es)?|assemble(?:e|s|es)?)|tenue?|s'est\s+tenue?)\b(?:\s+(?:en\s+seance\s+\w+|en\s+session\s+\w+|au\s+nombre\s+prescrit\s+par\s+la\s+loi|dans\s+le\s+lieu\s+habituel\s+de\s+ses\s+seances)\s*,?)*\s+((?:a|au|aux|en|dans)\s+(?:la\s+|le\s+|les\s+|l')?[^,.;\n(]{3,80})/;

const PLACE = anchored(PLACE_RE, ['reuni', 'assemble', 'tenu'], 2);

export function findPlace(src: SourceText, from: number, to: number): { place: string; start: number; end: number } | null {
  const m = firstAnchored(zoneOf(src, from, to), PLACE);
  if (!m) return null;
  const start = from + m.index + m[0].lastIndexOf(m[1]!);
  let place = src.raw.slice(start, start + m[1]!.length).replace(/\s+/g, ' ').trim();
  // stop before the time or the presidency clause
  place = place
    .replace(/\s+(?:à\s+\d|a\s+\d|le\s+(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|sous\s+la\s+pr[ée]sidence|sur\s+(?:la\s+)?convocation|en\s+s[ée]ance|conformément).*$/i, '')
    .trim();
  if (place.length < 3 || /^en\s+(?:s[ée]ance|session|r[ée]union)\b/i.test(place) || /^(?:à|a|au|en)\s+(?:\d|vingt|dix|onze|douze|treize|quatorze|quinze|seize|dix|huit|neuf|sept|six|cinq)/i.test(place)) return null;
  return { place, start, end: start + place.length };
}
