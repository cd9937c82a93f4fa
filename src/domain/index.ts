/** The domain schemas, in one place: import from here. */
export * from './codes.ts';
export * from './span.ts';
export * from './person.ts';
export * from './attendance.ts';
export * from './counts.ts';
export * from './vote.ts';
export * from './amount.ts';
export * from './finding.ts';
export * from './record.ts';
export * from './document.ts';
export * from './summary.ts';
export * from './payloads.ts';
export * from './correction.ts';
