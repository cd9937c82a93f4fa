/** A YYYY-MM-DD that is a real day of the calendar: defined with the corrections in the domain. */
export { CalendarDate } from '../domain/index.ts';
