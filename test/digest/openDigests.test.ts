import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/digest/migrations.js';
import type { PendingDigests } from '../../src/digest/openDigests.js';
import { openDigests, openDigestsWhenPossible } from '../../src/digest/openDigests.js';
import type { Logger } from '../../src/logger.js';
import { FakeTransport, TestClock, digestTestbed } from '../helpers/digestHarness.js';
import { SEED_CORPUS } from '../helpers/seedCorpus.js';

const bed = digestTestbed();

/**
 * A database file where chat 42 gets its digest at 08:00 UTC, and another connection holding its write lock
 * until `release`.
 */
function lockedDatabase(): { file: string; release: () => void } {
  const file = bed.databaseFile();
  const clock = new TestClock(Date.parse('2024-06-01T07:00:00Z'));
  const setUp = openDigests({
    databasePath: file,
    kb: bed.kb,
    defaults: DEFAULTS,
    transports: [],
    clock: clock.read,
  });
  setUp.service.handleCommand({ platform: 'telegram', chatId: '42', args: 'on 08:00', isAdmin: true });
  setUp.store.close();
  const holder = new Database(file);
  holder.exec('BEGIN IMMEDIATE');
  return {
    file,
    release: () => {
      holder.exec('COMMIT');
      holder.close();
    },
  };
}

const DEFAULTS = { time: '08:00', timeZone: 'UTC' };

function logged(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (message: string) => lines.push(`${level}: ${message}`);
  return {
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    lines,
  };
}

/** Waits that end when the test says, each noted as it starts. */
class ManualSleep {
  readonly waits: number[] = [];
  private readonly wakers: (() => void)[] = [];

  readonly sleep = (ms: number): Promise<void> => {
    this.waits.push(ms);
    return new Promise((resolve) => this.wakers.push(resolve));
  };

  /** Ends the wait under way, and returns once the next one has started (or the opening is done). */
  async wake(opened: Promise<unknown>): Promise<void> {
    const count = this.waits.length;
    this.wakers.shift()!();
    let done = false;
    void opened.then(() => (done = true));
    while (this.waits.length === count && !done) await nextTurn();
  }
}

const status = (digests: PendingDigests) =>
  digests.service.handleCommand({ platform: 'telegram', chatId: '42', args: 'status', isAdmin: true }).text;

describe('opening the digest database', () => {
  it('tries a database locked at start again with growing waits, opening it once the lock is gone; until then /digest says digests are unavailable', async () => {
    const { file, release } = lockedDatabase();
    const { logger, lines } = logged();
    const sleeps = new ManualSleep();
    const clock = new TestClock(Date.parse('2024-06-01T08:00:00Z'));
    const transport = new FakeTransport('telegram', clock);
    const digests = openDigestsWhenPossible({
      databasePath: file,
      kb: bed.kb,
      defaults: DEFAULTS,
      transports: [transport],
      clock: clock.read,
      logger,
      retry: { delaysMs: [1_000, 2_000, 4_000], lockWaitMs: 10, sleep: sleeps.sleep },
    });
    digests.start();
    try {
      expect(sleeps.waits).toEqual([1_000]);
      expect(status(digests)).toBe(
        'Digests are unavailable right now: their database cannot be opened. /who, /when, /quote and /search work as usual.',
      );
      expect(digests.service.needsAdmin('on 08:30')).toBe(false);
      for (let i = 0; i < 3; i++) await sleeps.wake(digests.opened);
      expect(sleeps.waits).toEqual([1_000, 2_000, 4_000, 4_000]);
      expect(status(digests)).toMatch(/^Digests are unavailable right now/);

      release();
      await sleeps.wake(digests.opened);
      const opened = await digests.opened;
      expect(opened).toBeDefined();
      expect(sleeps.waits).toHaveLength(4);
      // The scheduler, asked for before the database opened, runs now that it has: the 08:00 digest goes out.
      await opened!.scheduler.tick();
      expect(transport.sentTo('42')).toHaveLength(1);
      expect(status(digests)).toMatch(/^Daily digest: on, every day at 08:00 \(UTC\)/);
      expect(lines.slice(0, 2)).toEqual([
        expect.stringMatching(
          /^warn: digests are unavailable for now: the digest database .* is locked by another process \(database is locked\); trying again in the background$/,
        ),
        'info: digests are available: the digest database opened after 5 tries',
      ]);
    } finally {
      await digests.close();
    }
  });

  it('leaves digests unavailable, said once in the log and to every /digest, when the database cannot be opened at all', async () => {
    const file = bed.databaseFile();
    const newer = new Database(file);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    const { logger, lines } = logged();
    const sleeps = new ManualSleep();
    const digests = openDigestsWhenPossible({
      databasePath: file,
      kb: bed.kb,
      defaults: DEFAULTS,
      transports: [],
      logger,
      retry: { sleep: sleeps.sleep },
    });
    expect(await digests.opened).toBeUndefined();
    expect(sleeps.waits).toEqual([]);
    expect(status(digests)).toMatch(/^Digests are unavailable right now/);
    expect(lines).toEqual([
      expect.stringMatching(
        /^error: digests are unavailable: cannot open the digest database .*newer than this factdesk knows/,
      ),
    ]);
    await digests.close();
  });

  it('factdesk chat with its database locked answers /digest that digests are unavailable right now, not how to set them up', async () => {
    const { file, release } = lockedDatabase();
    try {
      const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['bin/factdesk.js', 'chat', '--corpus', SEED_CORPUS], {
          cwd: path.resolve(SEED_CORPUS, '..'),
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            DATABASE_PATH: file,
            CACHE_DIR: path.join(bed.folder(), 'cache'),
          },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('error', reject);
        child.on('close', () => resolve({ stdout: out, stderr: err }));
        child.stdin.end('/digest status\n');
      });
      expect(stdout).toContain('Digests are unavailable right now');
      expect(stdout).not.toContain('Digests are set up in a chat');
      expect(stderr).toContain('is locked by another process');
    } finally {
      release();
    }
  });
});
