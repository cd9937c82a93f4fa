/** A YYYY-MM-DD that is a real day of the calendar (the domain's IsoDate checks only the shape). */
import { IsoDate } from '../domain/index.ts';

export const CalendarDate = IsoDate.refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'not a date of the calendar (YYYY-MM-DD)');
