/**
 * The `--view summary` line of a document: the label fields of the corpus
 * (../shared/corpus/README.md), describing the session and its first
 * deliberation, plus the codes of the error findings.
 */
import type { Finding, NameRef, ParsedDocument, Summary, VoteSummary } from '../domain/index.ts';
import { writtenEuros } from '../parse/amounts.ts';
import { foldText } from '../parse/source.ts';

function key(n: string): string {
  return foldText(n).replace(/[^a-z]/g, '');
}

/** Names as listed (a name written twice stays twice: that is the document's error). */
function listed(list: NameRef[]): string[] {
  return list.map((r) => r.name);
}

/** Names of several lists merged, each person once. */
function names(list: NameRef[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of list) {
    const k = key(r.name);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r.name);
  }
  return out;
}

/**
 * The deliberation the summary describes: the first item that was voted
 * (an item "signed" or noted without a vote is not a deliberation), else the first item.
 */
export function firstDeliberation(parsed: ParsedDocument): ParsedDocument['deliberations'][number] | undefined {
  // (an election's ballot read as a vote that says nothing of for, against or abstentions — its candidates' votes — is no
  // first vote: "Élection du maire … Suffrages exprimés : 19 … M. X : 17 voix")
  return (
    parsed.deliberations.find((d) => d.vote !== null && !ballotOnly(d.vote)) ??
    parsed.deliberations.find((d) => d.vote !== null) ??
    parsed.deliberations.find((d) => !INFORMATION_ONLY.test(d.subject ?? '')) ??
    parsed.deliberations[0]
  );
}

/**
 * Whether a subject already writes its item's number, whole: "2022-085 – Garantie d'emprunt" writes 2022-085, and
 * "Installation des conseillers municipaux élus le 15 mars 2026" does not write the number 1, nor "Investissements" the
 * number I (a digit inside a longer number, a letter inside a word is not it).
 */
function writesNumber(subject: string, number: string): boolean {
  for (let at = subject.indexOf(number); at >= 0; at = subject.indexOf(number, at + 1)) {
    if (!sameKind(number.charAt(0), subject.charAt(at - 1)) && !sameKind(number.charAt(number.length - 1), subject.charAt(at + number.length))) return true;
  }
  return false;
}
/** Two characters that would run into one number or one word: both digits, or both letters. */
const sameKind = (a: string, b: string) => b !== '' && ((/\d/.test(a) && /\d/.test(b)) || (/\p{L}/u.test(a) && /\p{L}/u.test(b)));

/** A vote that tells no option's count, no name and no unanimity (an election's ballot). */
function ballotOnly(v: NonNullable<ParsedDocument['deliberations'][number]['vote']>): boolean {
  return v.for === null && v.against === null && v.abstain === null && !v.unanimous && v.named.for.length === 0 && v.named.against.length === 0 && v.named.abstain.length === 0;
}

/** Items that report rather than decide ("Compte rendu des décisions du Maire", "Informations diverses"): not the first deliberation when nothing is voted. */
const INFORMATION_ONLY = /^\W*(?:compte[- ]rendu\s+des\s+d[ée]cisions|d[ée]cisions?\s+(?:prises?\s+)?(?:du|par\s+le|de\s+la)\s+(?:maire|pr[ée]sidente?)|informations?(?:\s+diverses)?\W*$|questions\s+diverses)/i;

/** Members said one by one not to take part in an item's vote ("… ne prend pas part au vote"). */
function standingAside(text: string): number {
  let n = text.match(/\bne\s+(?:prend|participe)\s+pas\s+(?:part\s+)?(?:au\s+vote|à\s+la\s+d[ée]lib[ée]ration|au\s+d[ée]bat\s+ni\s+au\s+vote)|\bne\s+prend\s+part\s+ni\s+au\s+d[ée]bat\s+ni\s+au\s+vote/gi)?.length ?? 0;
  // (said in the tally's own sentence, « par 10 voix pour et 2 abstentions, M. X ne prenant pas part au vote »: the same
  // member as a sentence of its own before it, when there is one)
  if (n === 0) {
    for (const m of text.matchAll(/([^.;:()\n]{0,80})\bne\s+(?:prenant|participant)\s+pas\s+(?:part\s+)?au\s+vote/gi)) {
      // (with the proxies the member holds: "le Maire et son pouvoir ne prenant pas part au vote", "le Président et les deux
      // pouvoirs qu'il détient …": those votes are not cast either)
      const held = /\bet\s+(?:son|sa)\s+(?:pouvoir|procuration)\b/i.test(m[1]!) ? 1 : Number(/\bet\s+(?:les|ses)\s+(\d|deux|trois)\s+(?:pouvoirs|procurations)\b/i.exec(m[1]!)?.[1]?.replace(/^deux$/i, '2').replace(/^trois$/i, '3') ?? 0);
      n += 1 + held;
    }
  }
  // (or together, each named before the verb: "M. Alain X et M. Bruno Y, administrateurs de la SPL, ne prennent pas part
  // au vote" — two)
  for (const m of text.matchAll(/((?:[^.;:\n]|(?<=\bMM?)\.){0,200}?)\bne\s+(?:prennent|participent)\s+pas\s+(?:part\s+)?au\s+vote/gi)) {
    const named = m[1]!.match(/(?:^|[\s,(])(?:M\.|Mme|Mlle|Monsieur|Madame)\s+\p{Lu}/gu)?.length ?? 0;
    if (named >= 2) n += named;
  }
  return n;
}

/**
 * The first vote as a tally, as the corpus labels read it: what is written,
 * and what the written numbers imply (the record keeps only the written):
 * - "Votants 50, Exprimés 47, Pour 44, Contre 3" without abstentions written:
 *   the votes not expressed are abstentions (a show of hands has no blank
 *   ballot; not in a secret ballot);
 * - "à l'unanimité des suffrages exprimés (3 abstentions)": for = voters −
 *   abstentions − against, the voters of the item or else of the session;
 * - not voting, when no count says it: the members named as not taking part
 *   ("Ne prennent pas part au vote : Mme A, M. B"), else those the item says
 *   one by one do not ("M. X, intéressé, quitte la salle et ne prend pas part au vote").
 */
export function voteSummary(parsed: ParsedDocument): VoteSummary | null {
  const d = firstDeliberation(parsed);
  const v = d?.vote;
  if (!v) return null;
  const notExpressed = v.abstain === null && v.voters !== null && v.expressed !== null && v.voters > v.expressed && !v.secret_ballot ? v.voters - v.expressed - (v.not_voting ?? 0) : null;
  if (v.for !== null) return { for: v.for, against: v.against ?? 0, abstain: v.abstain ?? (notExpressed !== null && notExpressed > 0 ? notExpressed : 0), not_voting: v.not_voting ?? (v.named.not_voting.length || standingAside(d!.text)) };
  // no number written, the members named by option ("Ont voté pour : Mmes A et B, MM. C et D. A voté contre : M. E."): counted
  if (v.for === null && v.against === null && v.named.for.length > 0) return { for: v.named.for.length, against: v.named.against.length, abstain: v.named.abstain.length, not_voting: v.named.not_voting.length };
  if (v.unanimous && (v.abstain || v.against)) {
    // (no count of voters written: the members listed present and represented, when the lists are whole)
    const att = parsed.session.attendance;
    const listed = att.present !== null && att.present.length > 0 && att.sections.every((x) => x.complete) ? att.present.length + att.proxies.length : null;
    const voters = v.voters ?? d?.declared?.voters?.value ?? parsed.session.declared.voters?.value ?? listed;
    const rest = (v.abstain ?? 0) + (v.against ?? 0) + (v.not_voting ?? 0);
    if (voters !== null && voters > rest) return { for: voters - rest, against: v.against ?? 0, abstain: v.abstain ?? 0, not_voting: v.not_voting ?? 0 };
  }
  if (v.unanimous) return { unanimous: true };
  if (v.against !== null || v.abstain !== null) return { for: null, against: v.against, abstain: v.abstain, not_voting: v.not_voting };
  return null;
}

/** An election's ballot: its voters are the ballot's (rounds, blank papers, absolute majority). */
const ELECTION_BALLOT = /\b(?:tour\s+de\s+scrutin|bulletins?|majorit[ée]\s+absolue)\b/i;

/**
 * A SCRUTIN box's tally as its voters, when no votants are written: the tally is the voting body only when it agrees with
 * the present and represented members, as declared ("Nombre de présents participant au vote : 41", "Nombre de procurations :
 * 8") or as listed, or when neither is known. A tally that agrees with neither (44 + 3 + 3 = 50 for 41 + 8) is the box's
 * error, not a count of its voters: none is stated then.
 */
function boxVoters(tally: number, parsed: ParsedDocument): number | null {
  const s = parsed.session;
  const declared = s.declared.present && s.declared.proxies ? s.declared.present.value + s.declared.proxies.value : null;
  // (a list the excerpt cuts counts no one: it can neither confirm nor deny the tally)
  const cut = s.attendance.sections.some((x) => x.kind === 'present' && !x.complete);
  const listed = s.attendance.present && !cut ? s.attendance.present.length + s.attendance.proxies.length : null;
  return (declared === null && listed === null) || declared === tally || listed === tally ? tally : null;
}

export function toSummary(file: string, parsed: ParsedDocument | null, findings: Finding[]): Summary {
  const errors = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.code))];
  if (!parsed) {
    return {
      file, session_date: null, convocation_date: null, president: null, secretary: null, members_in_office: null, present: null,
      proxies: null, voters: null, present_names: null, absent_names: null, proxies_list: null, subject: null, votes: null, amounts_eur: [], findings: errors,
    };
  }
  const s = parsed.session;
  const att = s.attendance;
  const first = firstDeliberation(parsed);
  const v = first?.vote;
  // a SCRUTIN block that states "dont N procurations" gives the whole voting body
  // (a SCRUTIN box with its proxies, "POUR : 86 … DONT 17 PROCURATION(S)", counts its voters in its tally when the tally agrees
  // with the attendance (boxVoters), unless it writes them: "VOTANTS : 73 POUR : 69 …" says 73, whatever the tally adds up
  // to; "NE SE PRONONCE PAS : 1" is a voter of the box)
  const tallyVoters = v && v.for !== null && v.against !== null && v.abstain !== null && v.proxies_included !== null ? v.voters ?? boxVoters(v.for + v.against + v.abstain + (v.not_voting ?? 0), parsed) : null;
  const presentSection = att.sections.find((x) => x.kind === 'present');
  const anyAttendance = att.present !== null || att.sections.length > 0;
  const presentCut = presentSection !== undefined && !presentSection.complete;
  const absenceGiven = att.sections.some((x) => x.kind === 'absent' || x.kind === 'excused');
  const proxiesGiven = att.sections.some((x) => x.kind === 'proxies') || att.proxies.length > 0;
  const unattributed = att.unattributed.length > 0;
  const amounts: number[] = [];
  const seen = new Set<number>();
  for (const a of [...parsed.preamble_amounts, ...parsed.deliberations.flatMap((d) => d.amounts)]) {
    const euros = writtenEuros(a);
    if (seen.has(euros)) continue;
    seen.add(euros);
    amounts.push(euros);
  }
  return {
    file,
    session_date: s.date,
    convocation_date: s.convocation_date,
    president: s.president?.name ?? null,
    secretary: s.secretary?.name ?? null,
    // (the seats alone, "Nombre de membres du conseil municipal : 7", when no count in office is written)
    members_in_office: s.declared.members_in_office?.value ?? s.declared.members_afferent?.value ?? null,
    present: s.declared.present?.value ?? null,
    proxies: s.declared.proxies?.value ?? null,
    // (a single act's vote box states its voters: "Votants : 13 / Pour : 13 Contre : 0 Abstention : 0"; so does the first item's vote
    // of minutes with several, "24 votants : 18 votes positifs, …" — not an election's ballot, whose voters are its own)
    voters: s.declared.voters?.value ?? tallyVoters ?? (v && !v.secret_ballot && !ELECTION_BALLOT.test(v.text) ? v.voters : null),
    present_names: unattributed || att.present === null ? null : listed(att.present),
    absent_names: unattributed || !anyAttendance || (!absenceGiven && presentCut) ? null : names([...att.absent, ...att.excused]),
    proxies_list: !anyAttendance || (!proxiesGiven && presentCut) ? null : att.proxies.map((p) => ({ from: p.giver.name, to: p.holder?.name ?? null })),
    // (the number as its heading writes it: "Délibération n° 2024-118 – Habitat …")
    subject: first?.subject ? (first.number && !writesNumber(first.subject, first.number) ? `${first.number_written ?? first.number} – ${first.subject}` : first.subject) : (first?.number_written ?? first?.number ?? null),
    votes: voteSummary(parsed),
    amounts_eur: amounts,
    findings: errors,
  };
}
