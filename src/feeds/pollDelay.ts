/** A failing feed is tried again after at most this long, however long it has been failing… */
const MAX_BACKOFF_MS = 6 * 3_600_000;
/** …and a `Retry-After` is honoured up to this long (a server asking for a month is taken to mean a day). */
const MAX_RETRY_AFTER_MS = 24 * 3_600_000;
/** How much a poll is moved earlier or later at random, so that feeds polled together drift apart. */
const JITTER = 0.1;

export interface PollDelayInput {
  /** `FEED_INTERVAL`. */
  intervalMs: number;
  /** Polls that failed in a row, this one included (0 when it worked). */
  failures: number;
  /** What the server's `Retry-After` asked for, if anything. */
  retryAfterMs?: number;
  /** A number in [0, 1), `Math.random` unless a test fixes it. */
  random: number;
}

/**
 * How long to wait before a feed's next poll: the interval, doubled for each failure in a row (up to
 * six hours, or the interval when that is longer), never sooner than `Retry-After` asks, give or take 10 %.
 */
export function pollDelay({ intervalMs, failures, retryAfterMs, random }: PollDelayInput): number {
  const backoff =
    failures === 0 ? intervalMs : Math.min(intervalMs * 2 ** failures, Math.max(intervalMs, MAX_BACKOFF_MS));
  const jittered = backoff * (1 + JITTER * (2 * random - 1));
  const asked = Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
  return Math.round(Math.max(jittered, asked));
}
