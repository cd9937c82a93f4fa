/** Who is listed where: completeness, duplicates, proxies. */
import type { NameRef } from '../../domain/index.ts';
import { proxyLimit } from '../law.ts';
import type { Rule } from '../context.ts';
import { distinct, givers, presentCount, presentListed, proxyCount } from '../derived.ts';
import { candidates, civilityGender, differentSurnames, keysOf, nameKey, nameTokens, sameMemberLoosely } from '../names.ts';
import { lookAlikeDamaged } from '../../parse/ocr-letters.ts';

function partial(ctx: Parameters<Rule['check']>[0], name: string): boolean {
  const list = ctx.parsed.session.attendance.partial;
  if (list.length === 0) return false;
  const key = nameKey(name);
  return list.some((p) => nameKey(p.name) === key);
}

/**
 * The represented counted inside the absent count: "Absents : 4 dont 2 représentés" (the proxies read from the « dont »
 * clause on the absent count's line); 0 otherwise. Those absent are then the count less them.
 */
function representedAmongAbsent(d: Parameters<Rule['check']>[0]['parsed']['session']['declared']): number {
  const absent = d.absent;
  const proxies = d.proxies;
  if (!absent || !proxies || !/^dont\b/i.test(proxies.text) || proxies.span.start !== absent.span.start || proxies.value > absent.value) return 0;
  return proxies.value;
}

export const attendanceAccounted: Rule = {
  name: 'attendance-accounted',
  description: 'Présents + représentés + absents = membres en exercice.',
  check(ctx, report) {
    const office = ctx.parsed.session.declared.members_in_office;
    const att = ctx.parsed.session.attendance;
    if (!office) return;
    const p = presentCount(ctx);
    const d = ctx.parsed.session.declared;
    // a declared present count beside whole absence lists and no word of any proxy: nobody is represented
    const noProxies = ctx.absenceStated && d.present !== null && att.proxies.length === 0 && !att.sections.some((s) => s.kind === 'proxies');
    const q = proxyCount(ctx) ?? (noProxies ? { value: 0, how: 'listed' as const, span: null } : null);
    if (!p || !q) return;
    let absent: number | null = null;
    if (ctx.absenceStated) {
      const giverList = givers(ctx);
      const giverKeys = new Set(giverList.map((g) => nameKey(g.name)));
      // a titular replaced by a substitute sitting among the present holds no second seat
      const substituted = (a: NameRef) =>
        // (not one who attends without a vote: "Assistait sans voix délibérative : Mme X, déléguée suppléante de M. Y")
        /rempla|suppl/i.test(a.note ?? '') || att.substitutions.some((x) => candidates(a.name, [x.titular]).length > 0 && candidates(x.substitute.name, att.staff).length === 0);
      absent = distinct([...att.absent, ...att.excused]).filter(
        (a) => !giverKeys.has(nameKey(a.name)) && candidates(a.name, giverList).length === 0 && !substituted(a),
      ).length;
      // the absent or excused only counted, beside a list of the other kind: "9 membres se sont excusés (A, B, …) ; 8 membres
      // sont absents" (not a count of the same people: "Absents : 3" over the list "Excusés : A, B, C")
      for (const kind of ['absent', 'excused'] as const) {
        const counted = d[kind];
        if (counted && counted.value !== absent && !att.sections.some((s) => s.kind === kind)) absent += counted.value;
      }
    } else if (d.absent || d.excused) {
      absent = (d.absent?.value ?? 0) - representedAmongAbsent(d) + (d.excused?.value ?? 0);
    } else if (p.value + q.value > office.value) {
      absent = 0;
    }
    if (absent === null) return;
    const total = p.value + q.value + absent;
    if (total === office.value) return;
    // a declared count that differs from its list (its own finding): the lists adding up account for every seat
    const listedP = ctx.present && ctx.presentComplete && ctx.present.length > 0 ? presentListed(ctx) : null;
    const listedQ = ctx.proxiesComplete && (att.proxies.length > 0 || att.sections.some((s) => s.kind === 'proxies')) ? givers(ctx).length : null;
    if ((p.how === 'declared' || q.how === 'declared') && (listedP ?? p.value) + (listedQ ?? q.value) + absent === office.value) return;
    report({
      code: 'ATTENDANCE_INCOMPLETE',
      severity: 'error',
      message:
        total < office.value
          ? `${office.value} membres en exercice, mais seulement ${total} sont mentionnés (${p.value} présents, ${q.value} représentés, ${absent} absents).`
          : `${total} membres mentionnés (${p.value} présents, ${q.value} représentés, ${absent} absents) pour ${office.value} en exercice.`,
      evidence: ctx.evidence(office.span, p.span, q.span, att.sections.find((s) => s.kind === 'absent' || s.kind === 'excused')?.span),
      expected: office.value,
      actual: total,
    });
  },
};

/** Both civilities written and of the same gender (Madame, Mme, Mlle / Monsieur, M., Mr). */
function sameCivility(a: string | null, b: string | null): boolean {
  const x = civilityGender(a);
  return x !== null && x === civilityGender(b);
}

/**
 * The same words in another order, neither name with a surname in capitals: two members of one list written alike, "M. Vincent
 * Raymond" and "M. Raymond Vincent" (a list writes all its names in one order; the order told apart only by capitals, "Laurent
 * BERNARD" / "BERNARD Laurent", is `differentSurnames`'s).
 */
function swappedWords(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  const caps = (n: string) => /\p{Lu}{2}/u.test(n.replace(/\b(?:MM|MME|MLLE|M)\b\.?/g, ''));
  return ta.length > 1 && ta.join(' ') !== tb.join(' ') && !caps(a) && !caps(b);
}

export const noDuplicateMember: Rule = {
  name: 'no-duplicate-member',
  description: 'Un même membre n’apparaît pas deux fois dans une liste.',
  check(ctx, report) {
    const att = ctx.parsed.session.attendance;
    const lists: Array<[string, NameRef[]]> = [
      ['présents', att.present ?? []],
      ['absents', [...att.absent, ...att.excused]],
    ];
    for (const [label, list] of lists) {
      const seen = new Map<string, NameRef>();
      for (const r of list) {
        const k = nameKey(r.name);
        const first = seen.get(k);
        // (a surname alone twice counts when both are written with the same civility, "Madame QUESNEL" twice; "Monsieur
        // X" and "Madame X" are two members)
        if (first && (nameTokens(r.name).length > 1 || sameCivility(first.civility, r.civility)) && !differentSurnames(first.name, r.name) && !swappedWords(first.name, r.name)) {
          report({
            code: 'DUPLICATE_MEMBER',
            severity: 'error',
            message: `${r.name} figure deux fois dans la liste des ${label}.`,
            evidence: ctx.evidence(first.span, r.span),
            expected: 1,
            actual: 2,
          });
        } else seen.set(k, r);
      }
    }
  },
};

export const proxyGiverAbsent: Rule = {
  name: 'proxy-giver-absent',
  description: 'Qui donne procuration (ou est listé absent) n’est pas aussi listé présent.',
  check(ctx, report) {
    const att = ctx.parsed.session.attendance;
    if (!att.present) return;
    const reported = new Set<string>();
    const flag = (who: NameRef, match: NameRef, why: string) => {
      const k = nameKey(match.name);
      if (reported.has(k) || partial(ctx, match.name) || partial(ctx, who.name)) return;
      reported.add(k);
      report({
        code: 'PROXY_GIVER_PRESENT',
        severity: 'error',
        message: `${who.name} ${why} mais figure aussi parmi les présents.`,
        evidence: ctx.evidence(match.span, who.span),
        expected: 'absent',
        actual: 'présent',
      });
    };
    const present = att.present;
    const presentKeys = keysOf(present);
    // (the same words with another surname in capitals are another member: "Laurent BERNARD", "Bernard LAURENT")
    const samePresent = (who: NameRef) => presentKeys.findIndex((k, j) => k === nameKey(who.name) && !differentSurnames(who.name, present[j]!.name));
    for (const p of att.proxies) {
      const why = `donne procuration${p.holder ? ` à ${p.holder.name}` : ''}`;
      const i = samePresent(p.giver);
      if (i >= 0) {
        flag(p.giver, present[i]!, why);
        continue;
      }
      // otherwise flagged when one present member is the giver and no absent or other giver could be the one meant
      const others = [...att.absent, ...att.excused, ...att.proxies.filter((q) => q !== p).map((q) => q.giver)];
      // a giver named by surname only ("Madame VERDIER-SALLES à …"); or written otherwise than in the present list:
      // accents or hyphens dropped ("Elodie FRANCOIS MARTY"), initials ("LESCURE J.-P.")
      const loosely = (r: NameRef) => sameMemberLoosely(p.giver.name, r.name);
      const [same, elsewhere] =
        nameTokens(p.giver.name).length === 1
          ? [candidates(p.giver.name, present), candidates(p.giver.name, others)]
          : [present.filter(loosely), others.filter((r) => r !== p.giver && loosely(r))];
      if (same.length === 1 && elsewhere.length === 0) flag(p.giver, same[0]!, why);
    }
    for (const a of [...att.absent, ...att.excused]) {
      const i = samePresent(a);
      if (i >= 0) flag(a, present[i]!, 'est listé(e) absent(e)');
    }
  },
};

export const proxyHolderPresent: Rule = {
  name: 'proxy-holder-present',
  description: 'Qui reçoit une procuration est présent.',
  check(ctx, report) {
    const att = ctx.parsed.session.attendance;
    const present = ctx.present ?? [];
    const president = ctx.parsed.session.president;
    for (const p of att.proxies) {
      const h = p.holder;
      if (!h) continue;
      if (candidates(h.name, present).length) continue;
      // (nor one the present list writes with a look-alike the OCR put in it, "Jean-Paul X" listed "Jean-PauI X")
      if (present.some((r) => lookAlikeDamaged(h.name, r.name) || lookAlikeDamaged(r.name, h.name))) continue;
      // (a present list the excerpt cuts, or none named ("Etaient présents : les membres du Conseil"), says
      // nothing of one not in it, unless that one is listed absent)
      const listedAbsent = candidates(h.name, [...att.absent, ...att.excused]).length > 0;
      if ((!ctx.presentComplete || present.length === 0) && !listedAbsent) continue;
      if (president && ctx.presidentApart && candidates(h.name, [president]).length) continue;
      // a lone given name cut by the end of the excerpt cannot be judged
      if (nameTokens(h.name).length < 2 && !/[A-ZÀ-Þ]{2,}/.test(h.name)) continue;
      // nor the holder ending a proxy list the excerpt cuts ("… donne pouvoir à BOUTOI", "… à Mme Véronique LANG"): it may be cut inside
      if (p === att.proxies[att.proxies.length - 1] && !ctx.proxiesComplete) continue;
      // nor a name cut at a hyphen ("(pouvoir à Mme VARENNE Anne-" where the excerpt ends)
      if (/[-‐]$/.test(h.name.trim())) continue;
      const absentToo = candidates(h.name, [...att.absent, ...att.excused]).length > 0;
      report({
        code: 'PROXY_HOLDER_ABSENT',
        severity: 'error',
        message: `${h.name} reçoit la procuration de ${p.giver.name} mais n’est pas ${absentToo ? 'présent(e) : listé(e) absent(e)' : 'dans la liste des présents'}.`,
        evidence: ctx.evidence(p.span, att.sections.find((s) => s.kind === 'present')?.span),
        expected: 'présent',
        actual: absentToo ? 'absent' : 'non listé',
      });
    }
  },
};

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** The latest full date the text writes ("23 février 2017", "14/03/2017"), as YYYY-MM-DD, or null. */
function latestDateCited(text: string): string | null {
  let latest: string | null = null;
  for (const m of text.matchAll(/\b(\d{1,2})(?:er)?\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+((?:19|20)\d\d)\b|\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/gi)) {
    const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')) + 1 : Number(m[5]);
    const day = Number(m[1] ?? m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const iso = `${m[3] ?? m[6]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (latest === null || iso > latest) latest = iso;
  }
  return latest;
}

export const proxyLimitRespected: Rule = {
  name: 'proxy-limit',
  description: 'Un membre ne détient pas plus de procurations que la loi n’en permet à la date de la séance.',
  check(ctx, report) {
    if (!ctx.french) return;
    let date = ctx.sessionDate;
    let when = date ? `le ${date}` : '';
    if (!date) {
      // no session date: the session follows every date the text cites, most often within months (the minutes of
      // the previous session approved). When the latest date cited is ten months or more before the first emergency
      // period (before 24 May 2019), or in 2023 or later, the session is outside the 2020–2022 periods: one proxy
      const latest = latestDateCited(ctx.text);
      if (latest === null || (latest >= '2019-05-24' && latest < '2023-01-01')) return;
      date = latest;
      when = `à une séance non datée qui suit des dates jusqu’au ${latest}`;
    }
    const limit = proxyLimit(date);
    const byHolder = new Map<string, { holder: NameRef; givers: NameRef[]; spans: Array<{ start: number; end: number }> }>();
    for (const p of ctx.parsed.session.attendance.proxies) {
      if (!p.holder) continue;
      const k = nameKey(p.holder.name);
      const e = byHolder.get(k) ?? { holder: p.holder, givers: [], spans: [] };
      if (!e.givers.some((g) => nameKey(g.name) === nameKey(p.giver.name))) e.givers.push(p.giver);
      e.spans.push(p.span);
      byHolder.set(k, e);
    }
    for (const e of byHolder.values()) {
      if (e.givers.length <= limit) continue;
      report({
        code: 'PROXY_LIMIT_EXCEEDED',
        severity: 'error',
        message: `${e.holder.name} détient ${e.givers.length} procurations (${e.givers.map((g) => g.name).join(', ')}) ; la loi en permet ${limit} ${when}.`,
        evidence: ctx.evidence(...e.spans),
        expected: `≤ ${limit}`,
        actual: e.givers.length,
      });
    }
  },
};

function officerPresent(which: 'president' | 'secretary'): Rule {
  const code = which === 'president' ? 'PRESIDENT_NOT_PRESENT' : 'SECRETARY_NOT_PRESENT';
  const label = which === 'president' ? 'Le président de séance' : 'Le secrétaire de séance';
  return {
    name: `${which}-present`,
    description: `${label} figure parmi les présents.`,
    check(ctx, report) {
      const who = ctx.parsed.session[which];
      const att = ctx.parsed.session.attendance;
      if (!who || !ctx.present || !ctx.presentComplete || ctx.present.length === 0) return;
      if (candidates(who.name, ctx.present).length) return;
      if (candidates(who.name, att.staff).length) return; // a civil servant acting as secretary
      report({
        code,
        severity: 'warning',
        message: `${label} (${who.name}) ne figure pas dans la liste des présents.`,
        evidence: ctx.evidence(who.span, att.sections.find((s) => s.kind === 'present')?.span),
        expected: 'présent',
        actual: 'non listé',
      });
    },
  };
}

export const presidentPresent = officerPresent('president');
export const secretaryPresent = officerPresent('secretary');
