const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The shortest feed interval: more often than this would be impolite to the sites polled. */
export const MIN_INTERVAL_MS = 5000;
/** The longest: a timer cannot wait more than 24.8 days, and a feed polled weekly is hardly followed. */
export const MAX_INTERVAL_MS = 7 * UNIT_MS.d!;

/**
 * A duration written as numbers with units, such as `30s`, `15m`, `1h` or `1h30m`, in milliseconds;
 * `undefined` when it is written otherwise.
 */
export function parseInterval(text: string): number | undefined {
  const compact = text.trim().toLowerCase();
  if (!/^(?:\d+[smhd])+$/.test(compact)) return undefined;
  let ms = 0;
  for (const [, amount, unit] of compact.matchAll(/(\d+)([smhd])/g)) ms += Number(amount) * UNIT_MS[unit!]!;
  return ms;
}

/** A duration in the form `parseInterval` reads, largest units first: 90 s is `1m30s`. */
export function formatInterval(ms: number): string {
  let rest = Math.round(ms / 1000);
  let text = '';
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      text += `${Math.floor(rest / size)}${unit}`;
      rest %= size;
    }
  }
  return text || '0s';
}
