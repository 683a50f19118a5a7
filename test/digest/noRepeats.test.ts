import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/core/digest/factCatalog.js';
import { factsAbout } from '../../src/core/query/factsAbout.js';
import type { Digests } from '../../src/digest/openDigests.js';
import { DAY, FakeTransport, TestClock, adminCommand, digestTestbed } from '../helpers/digestHarness.js';

const bed = digestTestbed();

describe('no repeats until the topic’s facts are exhausted', () => {
  it('sends every fact about the topic once, across restarts, then says so and starts again', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2025-01-01T00:00:00Z'));
    const transport = new FakeTransport('slack', clock);
    const topicFacts = buildCatalog(factsAbout(bed.kb, 'violence'));
    const reopen = (): Digests => bed.open({ file, clock, transports: [transport] });
    let digests = reopen();
    adminCommand(digests, 'C1', 'on 08:00 UTC', 'slack');
    adminCommand(digests, 'C1', 'topic violence', 'slack');

    const received: string[] = [];
    let restartedOn: number | undefined;
    for (let day = 0; day < 20; day++) {
      clock.set(new Date(Date.parse('2025-01-01T08:00:00Z') + day * DAY).toISOString());
      await digests.scheduler.tick();
      const digest = transport.sent.at(-1)!.digest;
      expect(digest.localDate).toBe(new Date(clock.now).toISOString().slice(0, 10));
      if (digest.notes.length > 0) {
        expect(digest.notes[0]).toBe(
          'You have now seen every fact about “violence”, so the digest starts again from the beginning.',
        );
        expect(digest.entries.length).toBeGreaterThan(0);
        restartedOn = day;
        break;
      }
      for (const entry of digest.entries) received.push(entry.item.text);
      // A restart every other day: what was seen is in the database, not in memory.
      if (day % 2 === 1) {
        await digests.close();
        digests = reopen();
      }
    }
    expect(restartedOn).toBeGreaterThan(1);
    expect(new Set(received).size).toBe(received.length);
    expect(received.sort()).toEqual(topicFacts.ordered.map((f) => f.text).sort());
    for (const text of received) expect(topicFacts.ordered.some((f) => f.text === text)).toBe(true);
  });
});
