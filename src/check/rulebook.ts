/**
 * The rulebook: every consistency rule, in the order findings are listed.
 * Adding a rule = one small module + one line here.
 */
import type { Rule } from './context.ts';
import { actesStamp } from './rules/actes.ts';
import { amountsTable } from './rules/amount-tables.ts';
import { planTable } from './rules/plan-table.ts';
import { amountsSum } from './rules/amounts.ts';
import { amountsNamedParts } from './rules/named-parts.ts';
import {
  attendanceAccounted,
  noDuplicateMember,
  presidentPresent,
  proxyGiverAbsent,
  proxyHolderPresent,
  proxyLimitRespected,
  secretaryPresent,
} from './rules/attendance.ts';
import { countsWithinOffice, presentCountMatchesList, proxyCountMatchesList, votersArePresentPlusProxies } from './rules/counts.ts';
import { oneSessionDate } from './rules/dates.ts';
import { convocationInTime, quorumMet } from './rules/law.ts';
import { ocrConfidence } from './rules/ocr.ts';
import { expressedMatches, tallyMatchesVoters, unanimityConsistent } from './rules/votes.ts';

export const RULEBOOK: readonly Rule[] = [
  oneSessionDate,
  convocationInTime,
  presentCountMatchesList,
  proxyCountMatchesList,
  votersArePresentPlusProxies,
  countsWithinOffice,
  attendanceAccounted,
  quorumMet,
  noDuplicateMember,
  proxyGiverAbsent,
  proxyHolderPresent,
  proxyLimitRespected,
  presidentPresent,
  secretaryPresent,
  tallyMatchesVoters,
  expressedMatches,
  unanimityConsistent,
  amountsSum,
  amountsNamedParts,
  amountsTable,
  planTable,
  actesStamp,
  ocrConfidence,
];
