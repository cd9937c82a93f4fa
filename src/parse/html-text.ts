/**
 * Text copied from a web page's source: HTML entities and inline tags (see decodeHtml). Used by the parser and the
 * checker alike, so that both read the same lines.
 */

/** Named HTML entities a web page's text copied as source may keep (the others are rare in French text). */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', laquo: '«', raquo: '»', euro: '€', deg: '°',
  ndash: '–', mdash: '—', hellip: '…', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', ccedil: 'ç',
  icirc: 'î', iuml: 'ï', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', uuml: 'ü', oelig: 'œ', Eacute: 'É', Egrave: 'È', Ecirc: 'Ê',
  Agrave: 'À', Ccedil: 'Ç', Ocirc: 'Ô', OElig: 'Œ', shy: '',
};

/**
 * A web page's source copied as text: its entities decoded ("D&#039;HAUTEVILLE", "Présents&nbsp;:", "&amp;") and its
 * inline tags removed ("<strong>2012-03 – …</strong>", "<br>"; a superscript's tags too, its letters joined to the word they end:
 * "M<sup>me</sup>" is « Mme », "1<sup>re</sup>" « 1re »). Lines are kept (a tag's line break is not made): spans
 * still point at the document's lines.
 */
export function decodeHtml(text: string): string {
  if (!text.includes('&') && !text.includes('<')) return text;
  let out = text;
  if (/&(?:#\d{2,5}|#x[0-9a-f]{2,4}|[a-z]{2,6});/i.test(out)) {
    out = out.replace(/&(?:#(\d{2,5})|#x([0-9a-f]{2,4})|([a-z]{2,6}));/gi, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return NAMED_ENTITIES[name!] ?? m;
    });
  }
  if (/<\/?(?:strong|b|em|i|u|p|br|span|div|h[1-6]|li|ul|ol|td|tr|th|table|a|sup|sub)\b[^<>\n]*>/i.test(out)) {
    out = out.replace(/<\/?(?:strong|b|em|i|u|p|br|span|div|h[1-6]|li|ul|ol|td|tr|th|table|a|sup|sub)\b[^<>\n]*\/?>/gi, '');
  }
  return out;
}
