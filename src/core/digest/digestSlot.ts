import type { DigestSchedule } from './types.js';
import { addDays, localDateOf, zonedInstant } from './zonedTime.js';

/**
 * What a subscription owes at `now`: today's digest (today in the chat's zone) once its time has come,
 * provided the schedule was already in effect then (`since`); otherwise when to look again. Only today is
 * ever owed, so a process that was down for days sends one catch-up digest, not one per missed day.
 */
export type DigestSlot =
  { owed: true; localDate: string; dueAt: number } | { owed: false; localDate: string; nextAt: number };

export function digestSlot(schedule: DigestSchedule, since: number, now: number): DigestSlot {
  const today = localDateOf(now, schedule.timeZone);
  const dueAt = dueInstant(schedule, today);
  if (dueAt <= now && dueAt >= since) return { owed: true, localDate: today, dueAt };
  return {
    owed: false,
    localDate: today,
    nextAt: dueAt > now ? dueAt : dueInstant(schedule, addDays(today, 1)),
  };
}

/** The instant the digest for `localDate` is due. */
export function dueInstant(schedule: DigestSchedule, localDate: string): number {
  return zonedInstant(localDate, schedule.time, schedule.timeZone);
}

/** When the digest after the one for `localDate` is due. */
export function nextDueAfter(schedule: DigestSchedule, localDate: string): number {
  return dueInstant(schedule, addDays(localDate, 1));
}
