import type { OutgoingMessage } from '../core/digest/types.js';
import type { DigestTransport, SendOutcome } from './transport.js';
import { errorText } from '../core/errors.js';

export interface RetryPolicy {
  /** The waits between attempts; one attempt more than there are waits. */
  delaysMs: readonly number[];
  /** A platform asking to wait longer than this (a long 429) ends the attempts: a later tick tries. */
  maxWaitMs: number;
  /** How long one send may take. */
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  delaysMs: [1_000, 4_000, 16_000],
  maxWaitMs: 60_000,
  timeoutMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Sends a digest or an alert, trying again with growing waits while the transport says `retry`. A send that throws
 * (the transport could not tell what happened) or does not finish in time may still have arrived, so it
 * is `failed`, never retried: a digest is never sent twice.
 */
export async function sendWithRetry(
  transport: DigestTransport,
  chatId: string,
  digest: OutgoingMessage,
  policy: RetryPolicy,
): Promise<SendOutcome> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await sendOnce(transport, chatId, digest, policy.timeoutMs);
    if (outcome.status !== 'retry' || attempt >= policy.delaysMs.length) return outcome;
    const wait = Math.max(policy.delaysMs[attempt]!, outcome.retryAfterMs ?? 0);
    if (wait > policy.maxWaitMs) return outcome;
    await policy.sleep(wait);
  }
}

async function sendOnce(
  transport: DigestTransport,
  chatId: string,
  digest: OutgoingMessage,
  timeoutMs: number,
): Promise<SendOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SendOutcome>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: 'failed', reason: `no answer from ${transport.platform} in ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      transport.send(chatId, digest).catch((error: unknown): SendOutcome => ({
        status: 'failed',
        reason: errorText(error),
      })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
