import { describe, expect, it } from 'vitest';
import { FakeTransport, TestClock, adminCommand, digestTestbed } from '../helpers/digestHarness.js';

const bed = digestTestbed();

/** Digests on `file` from `iso` on, sending through `transport` (shared across restarts). */
function startAt(file: string, iso: string, transport: FakeTransport) {
  const clock = new TestClock(Date.parse(iso));
  return { digests: bed.open({ file, clock, transports: [transport] }), clock };
}

describe('catch-up after downtime', () => {
  it('sends the missed digest once on start if it is still the same local day, not one per missed day', async () => {
    const file = bed.databaseFile();
    const transport = new FakeTransport('telegram');
    const before = startAt(file, '2024-06-01T06:00:00Z', transport);
    adminCommand(before.digests, '42', 'on 08:00 UTC');
    before.clock.set('2024-06-01T08:00:00Z');
    await before.digests.scheduler.tick();
    await before.digests.close();

    // Down from 1 June 08:01 to 4 June 10:00: the 2 and 3 June digests are gone, the 4 June one is owed.
    const after = startAt(file, '2024-06-04T10:00:00Z', transport);
    after.digests.scheduler.start();
    expect((await after.digests.scheduler.tick()).sent).toBe(1);
    after.clock.set('2024-06-04T10:01:00Z');
    expect((await after.digests.scheduler.tick()).sent).toBe(0);
    expect(transport.sent.map((s) => s.digest.localDate)).toEqual(['2024-06-01', '2024-06-04']);
  });

  it('sends nothing on start when the time has not come yet today, and then at the time', async () => {
    const file = bed.databaseFile();
    const transport = new FakeTransport('telegram');
    const before = startAt(file, '2024-06-01T06:00:00Z', transport);
    adminCommand(before.digests, '42', 'on 08:00 UTC');
    await before.digests.close();

    const after = startAt(file, '2024-06-03T07:00:00Z', transport);
    after.digests.scheduler.start();
    expect((await after.digests.scheduler.tick()).sent).toBe(0);
    after.clock.set('2024-06-03T08:00:00Z');
    expect((await after.digests.scheduler.tick()).sent).toBe(1);
    expect(transport.sent.map((s) => s.digest.localDate)).toEqual(['2024-06-03']);
  });

  it('does not owe today’s digest to a chat that subscribed after today’s time', async () => {
    const { digests, clock } = bed.start('2024-06-01T09:00:00Z');
    adminCommand(digests, '42', 'on 08:00 UTC');
    expect((await digests.scheduler.tick()).sent).toBe(0);
    clock.set('2024-06-02T08:00:00Z');
    expect((await digests.scheduler.tick()).sent).toBe(1);
  });
});
