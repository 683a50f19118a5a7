/**
 * Wall-clock arithmetic in IANA time zones with nothing but `Intl`: which local date an instant falls on,
 * and which instant a local date and time of day is, across daylight-saving changes.
 */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

// Building an Intl.DateTimeFormat costs far more than using one; a tick asks for the same few zones often.
function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

/** The wall-clock reading at `instant` as if it were UTC: comparing it with `instant` gives the zone's offset. */
function wallMs(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
}

function offsetAt(instant: number, timeZone: string): number {
  return wallMs(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date (`YYYY-MM-DD`) at `instant` in `timeZone`. */
export function localDateOf(instant: number, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** The local date and time of day (`HH:MM`) at `instant` in `timeZone`. */
export function wallTimeOf(instant: number, timeZone: string): { date: string; time: string } {
  const c = wallClock(instant, timeZone);
  return { date: `${c.year}-${pad(c.month)}-${pad(c.day)}`, time: `${pad(c.hour)}:${pad(c.minute)}` };
}

/**
 * The instant at which the wall clocks of `timeZone` show `time` on `date`. A time that occurs twice (the
 * clocks go back) is its first occurrence; a time the clocks skip is moved later by the length of the gap
 * (02:30 on a day that jumps from 02:00 to 03:00 is 03:30), as java.time and Temporal do.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets a day either side bracket any change near `wall` (zones change at most once a day).
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const matching = [wall - before, wall - after].filter((t) => wallMs(t, timeZone) === wall);
  if (matching.length > 0) return Math.min(...matching);
  return wall - before;
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The canonical spelling of an IANA time zone name ("asia/almaty" → "Asia/Almaty"), or undefined. */
export function canonicalTimeZone(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** A time of day as `HH:MM` from "8:30" or "08:30", or undefined when it is not one. */
export function parseTimeOfDay(text: string): string | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}
