import { describe, expect, it } from 'vitest';
import { MINUTE, adminCommand, digestTestbed } from '../helpers/digestHarness.js';

const bed = digestTestbed();

/** Subscribes, then ticks once a minute from `from` to `to`, and gives when each digest went out. */
async function runMinuteByMinute(args: string, from: string, to: string) {
  const { clock, transport, digests } = bed.start(from);
  adminCommand(digests, '42', args);
  for (; clock.now <= Date.parse(to); clock.advance(MINUTE)) await digests.scheduler.tick();
  return transport.sent.map((s) => ({ localDate: s.digest.localDate, at: new Date(s.at).toISOString() }));
}

describe('time zones and daylight saving', () => {
  it('sends a 02:30 digest once on the day the clocks skip 02:30 (Europe/Berlin, 31 March 2024)', async () => {
    expect(
      await runMinuteByMinute('on 02:30 Europe/Berlin', '2024-03-30T12:00:00Z', '2024-04-01T12:00:00Z'),
    ).toEqual([
      // 02:00 became 03:00: the digest goes at 03:30 CEST, once.
      { localDate: '2024-03-31', at: '2024-03-31T01:30:00.000Z' },
      { localDate: '2024-04-01', at: '2024-04-01T00:30:00.000Z' },
    ]);
  });

  it('sends a 02:30 digest once on the day 02:30 happens twice (Europe/Berlin, 27 October 2024)', async () => {
    expect(
      await runMinuteByMinute('on 02:30 Europe/Berlin', '2024-10-26T12:00:00Z', '2024-10-27T12:00:00Z'),
    ).toEqual([{ localDate: '2024-10-27', at: '2024-10-27T00:30:00.000Z' }]);
  });

  it('sends at the chat’s local time and counts days by its local date', async () => {
    expect(
      await runMinuteByMinute('on 08:30 Asia/Almaty', '2024-06-01T00:00:00Z', '2024-06-01T23:59:00Z'),
    ).toEqual([{ localDate: '2024-06-01', at: '2024-06-01T03:30:00.000Z' }]);
    // 23:30 in New York is the next day in UTC, and an hour earlier in UTC once summer time starts.
    expect(
      await runMinuteByMinute('on 23:30 America/New_York', '2024-03-09T12:00:00Z', '2024-03-11T12:00:00Z'),
    ).toEqual([
      { localDate: '2024-03-09', at: '2024-03-10T04:30:00.000Z' },
      { localDate: '2024-03-10', at: '2024-03-11T03:30:00.000Z' },
    ]);
  });
});
