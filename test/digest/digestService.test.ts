import { describe, expect, it } from 'vitest';
import type { DigestCommandRequest } from '../../src/digest/digestService.js';
import { DAY, MINUTE, digestTestbed } from '../helpers/digestHarness.js';
import { SHELTERS_ARTICLE } from '../helpers/digestArticles.js';

const bed = digestTestbed();

function setUp(iso = '2024-06-01T06:00:00Z') {
  const started = bed.start(iso);
  const command = (args: string, extra: Partial<DigestCommandRequest> = {}) =>
    started.digests.service.handleCommand({
      platform: 'telegram',
      chatId: '-100',
      args,
      isAdmin: true,
      ...extra,
    });
  return { ...started, command };
}

describe('DigestService', () => {
  it('subscribes with a time and zone and says when the next digest comes', () => {
    const { command, digests } = setUp();
    const reply = command('on 08:30 Asia/Almaty');
    expect(reply.text).toContain(
      'Daily digest on: every day at 08:30 (Asia/Almaty); the next comes tomorrow at 08:30.',
    );
    expect(digests.store.subscription({ platform: 'telegram', chatId: '-100' })).toMatchObject({
      active: true,
      schedule: { time: '08:30', timeZone: 'Asia/Almaty' },
    });
    expect(command('status').text).toMatch(/^Daily digest: on, every day at 08:30 \(Asia\/Almaty\)/);
  });

  it('fills a missing time or zone from the defaults, then from the chat’s own schedule', () => {
    const { command } = setUp();
    expect(command('on').text).toContain('every day at 08:00 (UTC)');
    command('on 21:15 Europe/Berlin');
    expect(command('on 07:00').text).toContain('every day at 07:00 (Europe/Berlin)');
  });

  it('answers a bad time or zone with what is wrong, and changes nothing', () => {
    const { command, digests } = setUp();
    expect(command('on 8.30 UTC').text).toContain('“8.30” is not a time of day');
    expect(command('on 08:30 Asia/Atlantis').text).toContain('“Asia/Atlantis” is not a time zone I know');
    expect(digests.store.subscription({ platform: 'telegram', chatId: '-100' })).toBeUndefined();
  });

  it('lets only administrators change a group’s digest; now and status are for everyone', () => {
    const { command, digests } = setUp();
    const member = { isAdmin: false };
    for (const args of ['on 08:00 UTC', 'off', 'topic violence']) {
      expect(command(args, member).text).toContain(
        'Only an administrator of this chat can change its digest',
      );
    }
    expect(digests.store.subscription({ platform: 'telegram', chatId: '-100' })).toBeUndefined();
    expect(command('status', member).text).toContain('Daily digest: off.');
    expect(command('now', member).digest?.entries.length).toBeGreaterThan(0);
    command('on 08:00 UTC');
    expect(command('off', member).text).toContain('Only an administrator');
    expect(digests.store.subscription({ platform: 'telegram', chatId: '-100' })?.active).toBe(true);
  });

  it('tells adapters which commands need an administrator, so they ask their platform only for those', () => {
    const { digests } = setUp();
    const needs = (args: string) => digests.service.needsAdmin(args);
    expect(
      ['on', 'on 08:30 Asia/Almaty', 'start', 'off', 'stop', 'topic violence', 'topic all'].map(needs),
    ).toEqual(Array(7).fill(true));
    // Typos are answered with what is wrong, whoever types them.
    expect(['', 'now', 'status', 'help', 'frobnicate', 'on 25:00', 'topic'].map(needs)).toEqual(
      Array(7).fill(false),
    );
  });

  it('gives a preview with `now` that does not replace the day’s digest, and is not repeated by it', async () => {
    const { command, digests, transport, clock } = setUp();
    command('on 08:00 UTC');
    const preview = command('now');
    expect(preview.text).toBe(
      'A preview of your digest. Its facts count as shown, so the next digest brings others; it comes today at 08:00.',
    );
    expect(preview.digest).toMatchObject({ preview: true, localDate: '2024-06-01' });
    expect(preview.digest!.heading).toBe('Digest preview · 1 June 2024');
    expect(digests.store.deliveries({ platform: 'telegram', chatId: '-100' })).toEqual([]);

    clock.set('2024-06-01T08:00:00Z');
    expect((await digests.scheduler.tick()).sent).toBe(1);
    const daily = transport.sent[0]!.digest;
    expect(daily).toMatchObject({ preview: false, heading: 'Daily digest · 1 June 2024' });
    const previewed = preview.digest!.entries.map((e) => e.item.text);
    expect(daily.entries.filter((e) => previewed.includes(e.item.text))).toEqual([]);
  });

  it('counts a preview’s facts as shown, as the preview says, in the status, and not as a daily digest', async () => {
    const { command, digests, clock } = setUp();
    const shownThisRound = () => Number(/(\d+) shown this round/.exec(command('status').text)?.[1]);
    command('on 08:00 UTC');
    expect(shownThisRound()).toBe(0);
    const preview = command('now');
    expect(preview.text).toContain('Its facts count as shown');
    const previewed = preview.digest!.entries.length;
    expect(previewed).toBeGreaterThan(0);
    expect(shownThisRound()).toBe(previewed);
    expect(command('status').text).not.toContain('Last digest');

    clock.set('2024-06-01T08:00:00Z');
    expect((await digests.scheduler.tick()).sent).toBe(1);
    expect(command('status').text).toContain('Last digest: 1 June 2024.');
    expect(shownThisRound()).toBeGreaterThan(previewed);
    // After the day's digest, a preview says when the next one comes: tomorrow.
    expect(command('now').text).toContain('the next digest brings others; it comes tomorrow at 08:00.');
  });

  it('a preview without a daily digest says how to start one', () => {
    const { command } = setUp();
    expect(command('now').text).toBe(
      'A preview of the digest. Its facts count as shown, so a daily digest brings others: /digest on sends one every day.',
    );
  });

  it('sets and clears a topic, telling how many facts match, or that none do yet', () => {
    const { command } = setUp();
    expect(command('topic violence').text).toMatch(/^Topic: “violence” \(\d+ facts, 0 shown this round\)\.$/);
    expect(command('topic volcanoes').text).toContain('Nothing in the corpus is about it yet');
    const none = command('now');
    expect(none.digest?.entries).toEqual([]);
    expect(none.digest?.notes).toEqual(['Nothing in the corpus is about “volcanoes” yet.']);
    expect(command('topic all').text).toContain('Topic: none, facts from the whole corpus');
  });

  it('turns the digest off, keeps the topic, and says so when it was already off', async () => {
    const { command, digests, clock } = setUp();
    command('on 08:00 UTC');
    command('topic violence');
    expect(command('off').text).toContain('Daily digest off');
    expect(command('off').text).toBe('The daily digest is already off.');
    expect(command('status').text).toContain('Topic: “violence”');
    clock.set('2024-06-01T08:00:00Z');
    expect((await digests.scheduler.tick()).looked).toBe(0);
  });

  it('puts facts of an article added since the last digest first in the next one', async () => {
    const { command, digests, transport, clock } = setUp();
    command('on 08:00 UTC');
    clock.set('2024-06-01T08:00:00Z');
    await digests.scheduler.tick();
    clock.advance(4 * 60 * MINUTE);
    bed.kb.add(SHELTERS_ARTICLE);
    try {
      clock.set('2024-06-02T08:00:00Z');
      await digests.scheduler.tick();
      const next = transport.sent[1]!.digest;
      expect(next.entries[0]).toMatchObject({
        reason: 'new',
        label: 'New',
        item: { source: { id: 'shelters' } },
      });
      clock.advance(DAY);
      await digests.scheduler.tick();
      expect(transport.sent[2]!.digest.entries.some((e) => e.reason === 'new')).toBe(false);
    } finally {
      bed.kb.remove(SHELTERS_ARTICLE.id);
    }
  });

  it('shows help with every subcommand for an empty /digest, and the status of the chat', () => {
    const { command } = setUp();
    const help = command('').text;
    for (const sub of ['/digest on', '/digest topic', '/digest off', '/digest now', '/digest status']) {
      expect(help).toContain(sub);
    }
    expect(help).toContain('Daily digest: off.');
  });
});
