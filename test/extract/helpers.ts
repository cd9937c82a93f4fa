import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures');
export const readFixture = (rel: string) => readFileSync(path.join(FIXTURES, rel));
export const readSource = (name: string) => readFileSync(path.join(FIXTURES, 'scan-sources', `${name}.txt`), 'utf8');

export interface Expected {
  session_date: string;
  convocation_date: string;
  president: string;
  secretary: string;
  members_in_office: number;
  present: number;
  proxies: number;
  voters: number;
  present_names: string[];
  absent_names: string[];
  proxies_list: Array<{ from: string; to: string }>;
  votes: { for: number; against: number; abstain: number; not_voting: number | null };
  member_rows?: string[][];
}
export const readExpected = (name: string): Expected => JSON.parse(readFileSync(path.join(FIXTURES, 'scan-sources', `${name}.expected.json`), 'utf8'));

/** Whitespace-insensitive form, for comparing texts that wrap differently. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
