/** Each vote against itself and against the attendance. */
import type { Vote } from '../../domain/index.ts';
import { tellsMovement, type Rule, type RuleContext } from '../context.ts';
import { distinct, presentCount, presentListed, proxiesListedAgainstDeclared, proxyCount } from '../derived.ts';
import { nameKey } from '../names.ts';

export const tallyMatchesVoters: Rule = {
  name: 'tally-matches-voters',
  description: 'Pour + contre + abstentions (+ ne prend pas part) = votants.',
  check(ctx, report) {
    const session = ctx.parsed.session.declared.voters;
    for (const d of ctx.parsed.deliberations) {
      const v = d.vote;
      if (!v || v.for === null || (v.against === null && v.abstain === null)) continue;
      // the session's voters hold for an item as long as nobody has arrived, left or stood aside before its vote
      // (a tally that counts members not taking part already accounts for those standing aside in this item)
      // (… nor, in a page flattened to a paragraph where lines tell nothing, in the item's text before its vote:
      // "Mme X quitte la salle et ne prend pas part au vote. La cession est approuvée par 17 voix pour …")
      const voteAt = v.not_voting ? -1 : d.text.indexOf(v.text);
      const sessionHolds = !d.attendance && ctx.attendanceSteadyThrough((v.not_voting ? d.span.start : v.span.start) - 1) && !(voteAt > 0 && tellsMovement(d.text.slice(0, voteAt)));
      // (no voters written, a SCRUTIN block stating its proxies, "DONT 7 PROCURATION(S)": the voting body is the members
      // declared present and those proxies — "Nombre de présents participant au vote : 31")
      const presentDeclared = (d.declared ?? ctx.parsed.session.declared).present?.value;
      const scrutin = v.proxies_included !== null && presentDeclared !== undefined && sessionHolds ? presentDeclared + v.proxies_included : undefined;
      const voters = v.voters ?? d.declared?.voters?.value ?? (sessionHolds ? session?.value : undefined) ?? scrutin ?? null;
      const three = v.for + (v.against ?? 0) + (v.abstain ?? 0);
      const four = three + (v.not_voting ?? 0);
      if (voters === null) {
        if (sessionHolds) reportBeyondListed(ctx, d.index, v, three, report) || reportBeyondDeclared(ctx, d.index, v, three, report) || reportBelowDeclaredBelgian(ctx, d.index, v, three, report) || reportChairAside(ctx, d.index, d.text, v, four, report);
        continue;
      }
      // Members who take no part are counted among the voters or not, depending on the body.
      // When the declared voters equal present + proxies, they include those members: the four must add up.
      const counts = d.declared ?? ctx.parsed.session.declared;
      const present = counts.present?.value;
      const proxies = counts.proxies?.value ?? ctx.parsed.session.attendance.proxies.length;
      const attending = present !== undefined && proxies !== undefined ? present + proxies : null;
      const includesNonVoting = (v.not_voting ?? 0) > 0 && v.voters === null && attending === voters;
      if (includesNonVoting ? four === voters : three === voters || four === voters) continue;
      // the session's voters figure differs from its present + proxies (VOTERS_MISMATCH) and the tally counts those:
      // the figure is the slip, reported once
      if (v.voters === null && !d.declared?.voters && attending !== null && attending !== voters && (three === attending || four === attending)) continue;
      // … or the voters figure is the declared present + proxies, the proxies figure is the one the complete proxy list
      // contradicts (PROXY_COUNT_MISMATCH: "Procurations : 03" over two written) and the tally counts the proxies written:
      // the proxies figure is the slip, reported once
      const written = proxiesListedAgainstDeclared(ctx);
      if (v.voters === null && !d.declared && present !== undefined && attending === voters && written !== null && written !== counts.proxies?.value && (three === present + written || four === present + written)) continue;
      // a tally in weighted votes ("Pour : 45 voix") against the votes the voters carry ("Votants : 16 (51 voix)")
      const weight = v.voters === null ? (d.declared?.voters ?? (sessionHolds ? session : null))?.weight : undefined;
      // (the word may open the vote's line: "Vote (en voix) : Pour : 21 – …")
      const voteLine = voteAt > 0 ? d.text.slice(Math.max(0, voteAt - 40), voteAt) + v.text : v.text;
      if (weight !== undefined && /\bvoix\b/i.test(voteLine) && (three === weight || four === weight)) continue;
      // "Votants 27 – Exprimés 25 – Pour 20 – Contre 5": the two not expressed (blank, abstaining) are not itemised
      if (v.expressed !== null && v.abstain === null && v.for + (v.against ?? 0) === v.expressed && v.expressed <= voters) continue;
      report({
        code: 'TALLY_MISMATCH',
        severity: 'error',
        message: `Délibération ${d.index + 1} : ${v.for} pour + ${v.against ?? 0} contre + ${v.abstain ?? 0} abstentions${v.not_voting ? ` + ${v.not_voting} ne prenant pas part` : ''} = ${four}, pour ${voters} votants.`,
        evidence: ctx.evidence(v.span, v.voters === null ? session?.span : undefined),
        expected: voters,
        actual: four,
        deliberation: d.index,
      });
    }
  },
};

/** Weighted votes: members carrying several voices ("4 voix par délégué", "pondération"). */
const WEIGHTED = /\bvoix\s+par\s+(?:d[ée]l[ée]gu|membre|commune|si[èe]ge)|pond[ée]r/i;

/**
 * No voters declared, the members present declared: a tally above them and the proxies (declared, listed in a complete
 * list, or none when the
 * text speaks of none: "Appel : 44 présents, 6 excusés" / "accepté par 36 voix contre 5, avec 4 abstentions") counts
 * more votes than the members who could cast them. Fewer may be members who did not vote: not reported.
 * Returns whether it reported.
 */
function reportBeyondDeclared(ctx: RuleContext, index: number, v: Vote, three: number, report: Parameters<Rule['check']>[1]): boolean {
  const declared = ctx.parsed.session.declared;
  const present = declared.present?.value;
  // (not in votes the members carry: "Délégués présents : 6, représentant 22 voix", "Résultat du vote (en voix)")
  if (present === undefined || declared.present?.weight !== undefined || WEIGHTED.test(ctx.text) || /repr[ée]sentant\s+\d+\s+voix|\(en\s+voix\)|disposant\s+(?:ensemble\s+)?de\s+\d+\s+voix/i.test(ctx.text)) return false;
  // (or the proxies the complete list gives: "Procuration(s) : X donne pouvoir à Y, Z donne pouvoir à W")
  const proxies = declared.proxies?.value ?? proxyCount(ctx)?.value ?? (/pouvoir|procuration|mandat|repr[ée]sent[ée]e?s?\s*(?:par|:)|d[ée]l[ée]gation\s+de\s+vote/i.test(ctx.text) ? undefined : 0);
  if (proxies === undefined || three <= present + proxies) return false;
  report({
    code: 'TALLY_MISMATCH',
    severity: 'error',
    message: `Délibération ${index + 1} : ${v.for} pour + ${v.against ?? 0} contre + ${v.abstain ?? 0} abstentions = ${three}, pour ${present} présents${proxies ? ` et ${proxies} pouvoirs` : ''}.`,
    evidence: ctx.evidence(v.span, declared.present?.span),
    expected: present + proxies,
    actual: three,
    deliberation: index,
  });
  return true;
}

/**
 * No voters declared: a tally that counts more votes than the members the complete lists
 * give (present, and represented by a proxy) cannot be right ("par 12 voix pour et 6 voix contre"
 * with 17 members listed present and no proxy). Fewer votes may be members who did not vote
 * without the text saying so: only a tally above the lists is reported. Weighted votes (a
 * body whose members carry several voices: "4 voix par délégué", "pondération") are left out.
 */
function reportBeyondListed(ctx: RuleContext, index: number, v: Vote, three: number, report: Parameters<Rule['check']>[1]): boolean {
  const p = presentCount(ctx);
  if (!p || p.how !== 'listed' || ctx.parsed.session.declared.present) return false;
  const q = proxyCount(ctx) ?? (ctx.proxiesComplete && ctx.absenceStated ? { value: 0, how: 'listed' as const, span: null } : null);
  if (!q) return false;
  if (WEIGHTED.test(ctx.text)) return false;
  const attending = p.value + q.value;
  // (below the lists too in a Belgian council, where every member present votes — abstaining is a vote — and the
  // minutes name who leaves or takes no part)
  const belgian = q.value === 0 && belgianCouncil(ctx, v);
  if (three === attending || (three < attending && !belgian)) return false;
  // (members listed present from a later item on — "Conseillère (à partir du point 3)" — are not yet there)
  const later = distinct(ctx.present ?? []).filter((r) => ctx.parsed.session.attendance.partial.some((x) => nameKey(x.name) === nameKey(r.name))).length;
  if (later > 0 && three === attending - later) return false;
  // (the one presiding, named apart from the members listed, may be no member of the assembly: an intercommunale's
  // general assembly chaired by its board's president; the members listed then make the tally)
  if (ctx.presidentApart && three === attending - 1) return false;
  // (lists the reader may have read in part are no ground: the seats declared must be the members listed,
  // present, represented and absent; without seats, the absences stated and a few votes too many at most)
  const att = ctx.parsed.session.attendance;
  const seats = ctx.parsed.session.declared.members_in_office?.value;
  const absent = distinct([...att.absent, ...att.excused]).filter((r) => !att.proxies.some((x) => x.giver.name === r.name)).length;
  const listsWhole = seats !== undefined ? p.value + q.value + absent === seats : ctx.absenceStated && p.value >= 5 && Math.abs(three - attending) <= 3;
  if (!listsWhole) return false;
  report({
    code: 'TALLY_MISMATCH',
    severity: 'error',
    message: `Délibération ${index + 1} : ${v.for} pour + ${v.against ?? 0} contre + ${v.abstain ?? 0} abstentions = ${three}, pour ${p.value} membres listés présents${q.value ? ` et ${q.value} représentés` : ''}.`,
    evidence: ctx.evidence(v.span, p.span ?? undefined),
    expected: attending,
    actual: three,
    deliberation: index,
  });
  return true;
}

/**
 * A Belgian council, where every member present votes — abstaining is a vote — and the minutes name who leaves or takes
 * no part: Belgian by its institutions (a directeur général, a collège communal, a province, a CPAS), not a Luxembourg
 * council, whose secrétaire communal and collège échevinal the reader may take for Belgian ones, and whose members come
 * and go by point. A tally counting members not taking part tells of its own.
 */
function belgianCouncil(ctx: RuleContext, v: Vote): boolean {
  return (
    ctx.parsed.session.body.jurisdiction === 'BE' && !v.not_voting &&
    /coll[èe]ge\s+communal|directeur\s+g[ée]n[ée]ral|directrice\s+g[ée]n[ée]rale|\bprovinc|\bCPAS\b/i.test(ctx.text) &&
    !/luxembourg|[ée]chevinal|bourgmestre\s+et\s+[ée]chevins|secr[ée]taire\s+communal/i.test(ctx.text)
  );
}

/**
 * No voters declared, in a Belgian council (above), the members present declared and named to the last ("Présents : 23"
 * over 23 names), the excused named too so that present and excused make the seats declared, and no proxy (the Code de
 * la démocratie locale has none): a tally below the members present leaves a vote unaccounted for ("par 14 voix contre
 * 6 et 2 abstentions" for 23 present). reportBeyondListed holds the same for lists without a declared count.
 * Returns whether it reported.
 */
function reportBelowDeclaredBelgian(ctx: RuleContext, index: number, v: Vote, three: number, report: Parameters<Rule['check']>[1]): boolean {
  const declared = ctx.parsed.session.declared;
  const present = declared.present;
  if (!present || present.weight !== undefined || three >= present.value || !belgianCouncil(ctx, v)) return false;
  if ((declared.proxies?.value ?? 0) > 0 || ctx.parsed.session.attendance.proxies.length > 0 || WEIGHTED.test(ctx.text)) return false;
  // (the declared count and the whole list agree, and with the excused they make the seats: nobody unaccounted for)
  if (!ctx.present || !ctx.presentComplete || !ctx.absenceStated || presentListed(ctx) !== present.value) return false;
  const att = ctx.parsed.session.attendance;
  const seats = declared.members_in_office?.value;
  if (seats === undefined || present.value + distinct([...att.absent, ...att.excused]).length !== seats) return false;
  report({
    code: 'TALLY_MISMATCH',
    severity: 'error',
    message: `Délibération ${index + 1} : ${v.for} pour + ${v.against ?? 0} contre + ${v.abstain ?? 0} abstentions = ${three}, pour ${present.value} présents, tous appelés à voter.`,
    evidence: ctx.evidence(v.span, present.span),
    expected: present.value,
    actual: three,
    deliberation: index,
  });
  return true;
}

/** The chair said to cast no vote: "Le maire n'exerce pas son droit de vote", "La mairesse ne vote pas" (Québec). */
const CHAIR_ASIDE = /\b(?:le|la)\s+(?:maire(?:sse)?|pr[ée]f[eè]te?|pr[ée]sidente?)\s+(?:n['’]\s?exerce\s+pas\s+son\s+droit\s+de\s+vote|ne\s+vote\s+pas|s['’]\s?abstient\s+de\s+voter)\b/i;

/**
 * A requested vote by roll call, every voter named ("Ont voté pour : A, B, C (3)" / "Ont voté contre : D, E (2)"), and the
 * chair said to cast no vote ("Le maire n'exerce pas son droit de vote"): every other member present votes, takes no part
 * by name or leaves — fewer votes than the members present but the chair leaves one of them unaccounted for (7 present, the
 * maire aside, 3 + 2 votes). No proxies (Québec councils have none). Returns whether it reported.
 */
function reportChairAside(ctx: RuleContext, index: number, itemText: string, v: Vote, four: number, report: Parameters<Rule['check']>[1]): boolean {
  const named = v.named.for.length === v.for && v.named.against.length === (v.against ?? 0) && v.named.abstain.length === (v.abstain ?? 0);
  if (!named && !everyCouncillorVotes(ctx, itemText)) return false;
  if (!CHAIR_ASIDE.test(itemText) || WEIGHTED.test(ctx.text)) return false;
  const p = presentCount(ctx);
  if (!p || ctx.parsed.session.attendance.proxies.length > 0 || (proxyCount(ctx)?.value ?? 0) > 0) return false;
  // (the declared count and the list agree: a count the list contradicts is its own finding)
  if (p.how === 'declared' && ctx.present && ctx.presentComplete && presentListed(ctx) !== p.value) return false;
  const voting = p.value - 1;
  if (four >= voting) return false;
  report({
    code: 'TALLY_MISMATCH',
    severity: 'error',
    message: `Délibération ${index + 1} : ${v.for} pour + ${v.against ?? 0} contre + ${v.abstain ?? 0} abstentions${v.not_voting ? ` + ${v.not_voting} ne prenant pas part` : ''} = ${four}, pour ${voting} membres présents appelés à voter (${p.value} présents, le président ne votant pas).`,
    evidence: ctx.evidence(v.span, p.span ?? undefined),
    expected: voting,
    actual: four,
    deliberation: index,
  });
  return true;
}

/** Words telling a member stood aside from an item's vote: an interest declared, an abstention, a departure. */
const STOOD_ASIDE = /\b(?:abst(?:ient|iennent|enu|ention)|int[ée]r[êe]ts?\b|quitte|se\s+retire|ne\s+(?:participe|prend)\s+pas|s['’]\s?[ée]tant\s+retir)/i;

/**
 * A tally without the voters' names still accounts for every councillor present in Québec, where each member present
 * must vote unless an interest is declared (Loi sur les cités et villes, art. 38; Code municipal, art. 164): nothing in
 * the item tells of an interest, an abstention or a departure.
 */
function everyCouncillorVotes(ctx: RuleContext, itemText: string): boolean {
  return ctx.parsed.session.body.jurisdiction === 'QC' && !STOOD_ASIDE.test(itemText);
}

export const expressedMatches: Rule = {
  name: 'expressed-matches',
  description: 'Suffrages exprimés = pour + contre.',
  check(ctx, report) {
    for (const d of ctx.parsed.deliberations) {
      const v = d.vote;
      if (!v || v.expressed === null || v.for === null || v.against === null) continue;
      if (v.for + v.against === v.expressed) continue;
      report({
        code: 'EXPRESSED_MISMATCH',
        severity: 'error',
        message: `Délibération ${d.index + 1} : ${v.expressed} suffrages exprimés, mais ${v.for} pour + ${v.against} contre = ${v.for + v.against}.`,
        evidence: ctx.evidence(v.span),
        expected: v.for + v.against,
        actual: v.expressed,
        deliberation: d.index,
      });
    }
  },
};

export const unanimityConsistent: Rule = {
  name: 'unanimity-consistent',
  description: '« À l’unanimité » sans voix contre (ni abstention quand la formule vise les présents).',
  check(ctx, report) {
    for (const d of ctx.parsed.deliberations) {
      const v = d.vote;
      if (!v || !v.unanimous) continue;
      const wording = (v.unanimity_wording ?? '').toLowerCase();
      if (/moins/.test(v.text.toLowerCase())) continue; // "l'unanimité moins une abstention" states its exception
      // (members named as voting against count when no number is written: "A voté contre : M. X" … "ADOPTÉE À L'UNANIMITÉ")
      const against = v.against ?? v.named.against.length;
      const abstain = v.abstain ?? v.named.abstain.length;
      // (or a plain unanimity whose abstainers are named in brackets with it: "à l'unanimité (M. X s'abstenant)" claims them in it)
      const ofPresent = (/présents|presents|votants|membres/.test(wording) && !/exprim/.test(wording)) || (!/exprim/.test(wording) && /\(\s*(?:M\.|Mme|Mlle|Monsieur|Madame)\s[^()]*\ss['’]\s?abst/i.test(v.text));
      if (against > 0 || (abstain > 0 && ofPresent)) {
        report({
          code: 'UNANIMITY_CONTRADICTED',
          severity: 'error',
          message: `Délibération ${d.index + 1} : « ${v.unanimity_wording} » alors que ${against > 0 ? `${against} voix contre` : `${abstain} abstentions`} sont notées.`,
          evidence: ctx.evidence(v.span),
          expected: 0,
          actual: against > 0 ? against : abstain,
          deliberation: d.index,
        });
      } else if (abstain > 0 && !/exprim/.test(wording)) {
        report({
          code: 'UNANIMITY_CONTRADICTED',
          severity: 'warning',
          message: `Délibération ${d.index + 1} : « ${v.unanimity_wording} » avec ${abstain} abstention(s) : préciser « des suffrages exprimés ».`,
          evidence: ctx.evidence(v.span),
          expected: 0,
          actual: abstain,
          deliberation: d.index,
        });
      }
    }
  },
};
