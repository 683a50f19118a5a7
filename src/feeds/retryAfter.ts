/**
 * How long a `Retry-After` header asks to wait, in milliseconds from `now`: a number of seconds or an HTTP
 * date. `undefined` when there is none or it is neither; a date already past is 0.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Each of HTTP's three date forms begins with the weekday; Date.parse alone would also take "March 2024".
  if (!/^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
