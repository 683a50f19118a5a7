import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestStore } from '../../src/digest/digestStore.js';
import { MIGRATIONS } from '../../src/digest/migrations.js';
import { readSubscriptions } from '../../src/digest/readSubscriptions.js';
import { TempFolders } from '../helpers/digestHarness.js';

const temp = new TempFolders();
afterEach(() => temp.cleanup());

const NOW = Date.parse('2024-05-01T02:30:00Z');
const ALMATY = { time: '08:30', timeZone: 'Asia/Almaty' };

/** A database with a Telegram chat subscribed (topic set, one digest sent) and a Slack channel gone. */
function databaseWithChats(file: string): DigestStore {
  const store = DigestStore.open(file);
  const telegram = { platform: 'telegram', chatId: '42' } as const;
  store.subscribe(telegram, ALMATY, NOW);
  store.setTopic(telegram, 'violence', ALMATY, NOW);
  const id = store.insertDelivery({
    ...telegram,
    localDate: '2024-05-01',
    owner: 'test',
    now: NOW,
    leaseUntil: NOW + 60_000,
    cycle: 1,
    cycleRestarted: false,
    factIds: [],
  });
  store.completeDelivery(id, 'test', NOW, NOW + 86_400_000);
  const slack = { platform: 'slack', chatId: 'C0123' } as const;
  store.subscribe(slack, { time: '09:00', timeZone: 'UTC' }, NOW);
  store.unsubscribe(slack, 'gone', NOW);
  return store;
}

describe('readSubscriptions', () => {
  it('lists every chat with its settings and when its last digest was sent', () => {
    const file = path.join(temp.make(), 'factdesk.db');
    databaseWithChats(file).close();
    expect(readSubscriptions(file)).toEqual([
      expect.objectContaining({
        platform: 'slack',
        chatId: 'C0123',
        active: false,
        stoppedReason: 'gone',
        lastSentAt: undefined,
      }),
      expect.objectContaining({
        platform: 'telegram',
        chatId: '42',
        active: true,
        schedule: ALMATY,
        topic: 'violence',
        lastSentAt: NOW,
      }),
    ]);
  });

  it('makes no database where there is none', () => {
    const folder = temp.make();
    expect(readSubscriptions(path.join(folder, 'factdesk.db'))).toBeUndefined();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('leaves no file beside a database no process has open, and reads one a process has open', () => {
    const folder = temp.make();
    const file = path.join(folder, 'factdesk.db');
    databaseWithChats(file).close();
    expect(readdirSync(folder)).toEqual(['factdesk.db']);
    expect(readSubscriptions(file)).toHaveLength(2);
    expect(readdirSync(folder)).toEqual(['factdesk.db']);

    const running = DigestStore.open(file);
    try {
      running.subscribe({ platform: 'console', chatId: 'console' }, ALMATY, NOW);
      // Committed to the -wal file only: read where the running process has it.
      expect(existsSync(`${file}-wal`)).toBe(true);
      expect(readSubscriptions(file)?.map((s) => s.platform)).toEqual(['console', 'slack', 'telegram']);
    } finally {
      running.close();
    }
  });

  it('finds no subscription in an empty database, and refuses one made by a newer factdesk', () => {
    const folder = temp.make();
    const empty = path.join(folder, 'empty.db');
    writeFileSync(empty, '');
    expect(readSubscriptions(empty)).toEqual([]);
    const newer = path.join(folder, 'newer.db');
    const db = new Database(newer);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => readSubscriptions(newer)).toThrow(/newer than this factdesk knows/);
  });
});
