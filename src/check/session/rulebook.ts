/**
 * The second rulebook: rules over the items of one session and over the
 * sessions of one body. Adding a rule = one small module + one line here.
 */
import { actesSirenOfBody } from './rules/actes-siren.ts';
import { attendanceChangeExplained } from './rules/attendance-change.ts';
import { officeCountExplained } from './rules/office-count.ts';
import { proxyNotRenewedTooLong } from './rules/proxy-renewed.ts';
import { sessionQuorum } from './rules/quorum.ts';
import { sessionOfficeAgrees, sessionRosterAgrees } from './rules/roster.ts';
import type { SessionRule } from './types.ts';

export const SESSION_RULEBOOK: readonly SessionRule[] = [
  // between the items of one session
  sessionOfficeAgrees,
  sessionRosterAgrees,
  attendanceChangeExplained,
  sessionQuorum,
  // across the sessions of one body
  proxyNotRenewedTooLong,
  officeCountExplained,
  actesSirenOfBody,
];
