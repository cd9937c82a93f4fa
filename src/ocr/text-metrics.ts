/**
 * Character error rate, for measuring OCR (tests and bench): Levenshtein
 * distance between the reference and the text read, divided by the
 * reference length, after both are reduced to single spaces (layout —
 * line breaks, TABs, blank lines — is not counted as an error).
 */
export function squashSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export function characterErrorRate(reference: string, read: string): number {
  const ref = squashSpaces(reference);
  const hyp = squashSpaces(read);
  return ref.length === 0 ? (hyp.length === 0 ? 0 : 1) : levenshtein(ref, hyp) / ref.length;
}
