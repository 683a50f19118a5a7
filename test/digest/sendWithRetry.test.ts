import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/core/digest/composeDigest.js';
import type { RetryPolicy } from '../../src/digest/sendWithRetry.js';
import { sendWithRetry } from '../../src/digest/sendWithRetry.js';
import type { DigestTransport, SendOutcome } from '../../src/digest/transport.js';

const digest = composeDigest({
  pick: { facts: [], cycleRestarted: false },
  localDate: '2024-06-01',
  topic: null,
  preview: false,
});

function policy(waits: number[], timeoutMs = 1_000): RetryPolicy {
  return {
    delaysMs: [1_000, 4_000, 16_000],
    maxWaitMs: 60_000,
    timeoutMs,
    sleep: async (ms) => {
      waits.push(ms);
    },
  };
}

const transport = (send: () => Promise<SendOutcome>): DigestTransport => ({ platform: 'slack', send });

describe('sendWithRetry', () => {
  it('waits longer after each failure, and gives up with the last outcome after the last wait', async () => {
    const waits: number[] = [];
    let calls = 0;
    const outcome = await sendWithRetry(
      transport(async () => {
        calls++;
        return { status: 'retry', reason: 'HTTP 503' };
      }),
      'C1',
      digest,
      policy(waits),
    );
    expect(outcome).toEqual({ status: 'retry', reason: 'HTTP 503' });
    expect(calls).toBe(4);
    expect(waits).toEqual([1_000, 4_000, 16_000]);
  });

  it('waits as long as the platform asks, and leaves a wait beyond the limit to a later tick', async () => {
    const waits: number[] = [];
    let calls = 0;
    const answers: SendOutcome[] = [
      { status: 'retry', reason: '429', retryAfterMs: 7_000 },
      { status: 'retry', reason: '429', retryAfterMs: 3_600_000 },
    ];
    const outcome = await sendWithRetry(
      transport(async () => answers[calls++]!),
      'C1',
      digest,
      policy(waits),
    );
    expect(waits).toEqual([7_000]);
    expect(outcome).toMatchObject({ status: 'retry', retryAfterMs: 3_600_000 });
  });

  it('does not retry a send that threw or did not finish in time: it may have arrived', async () => {
    const waits: number[] = [];
    const threw = await sendWithRetry(
      transport(async () => {
        throw new Error('socket hang up');
      }),
      'C1',
      digest,
      policy(waits),
    );
    expect(threw).toEqual({ status: 'failed', reason: 'socket hang up' });
    const hung = await sendWithRetry(
      transport(() => new Promise<SendOutcome>(() => {})),
      'C1',
      digest,
      policy(waits, 20),
    );
    expect(hung).toEqual({ status: 'failed', reason: 'no answer from slack in 20 ms' });
    expect(waits).toEqual([]);
  });
});
