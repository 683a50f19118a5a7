/**
 * How long one digest tick takes with 10,000 subscriptions (`npm run bench:digest`). A benchmark, not a
 * test: it prints figures. The database is a real SQLite file in WAL mode with synchronous=FULL, as in
 * production. BENCH_CORPUS picks another corpus folder (default: ./corpus); BENCH_SUBSCRIPTIONS the count.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadavg } from 'node:os';
import { openKnowledgeBase } from '../src/core/load/openKnowledgeBase.js';
import { DigestComposer } from '../src/digest/digestComposer.js';
import { DigestScheduler } from '../src/digest/digestScheduler.js';
import { DigestStore } from '../src/digest/digestStore.js';
import type { DigestTransport } from '../src/digest/transport.js';

const COUNT = Number(process.env.BENCH_SUBSCRIPTIONS ?? 10_000);
const CORPUS = process.env.BENCH_CORPUS ?? 'corpus';
const ZONES = ['UTC', 'Asia/Almaty', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
const TOPICS = [null, null, null, 'violence', 'women', 'Istanbul Convention'];
const MINUTE = 60_000;

/** Delivers instantly: the figures are the scheduler's and the database's, not a platform's. */
const instant: DigestTransport = { platform: 'telegram', send: async () => ({ status: 'sent' }) };

const { kb } = await openKnowledgeBase(CORPUS);
const folder = mkdtempSync(path.join(tmpdir(), 'factdesk-bench-'));

interface Setup {
  store: DigestStore;
  scheduler: DigestScheduler;
  clock: { now: number };
  file: string;
}

/** A fresh database with COUNT subscriptions, from `schedule(i)`, made at `subscribedAt`. */
function setUp(
  name: string,
  subscribedAt: number,
  schedule: (i: number) => { time: string; timeZone: string },
): Setup {
  const file = path.join(folder, `${name}.db`);
  const store = DigestStore.open(file);
  store.immediate(() => {
    for (let i = 0; i < COUNT; i++) {
      const chat = { platform: 'telegram' as const, chatId: String(-1_000_000 - i) };
      store.subscribe(chat, schedule(i), subscribedAt);
      const topic = TOPICS[i % TOPICS.length]!;
      if (topic) store.setTopic(chat, topic, schedule(i), subscribedAt);
    }
  });
  const clock = { now: subscribedAt };
  const composer = new DigestComposer(kb, store);
  const scheduler = new DigestScheduler({ store, composer, transports: [instant], clock: () => clock.now });
  return { store, scheduler, clock, file };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: [string, string, string][] = [];

// Spread over the day: every quarter hour in six zones, as a real user base would be.
const spread = setUp('spread', Date.parse('2024-06-01T00:00:00Z'), (i) => ({
  time: `${String(Math.floor(i / 4) % 24).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`,
  timeZone: ZONES[i % ZONES.length]!,
}));
spread.clock.now += MINUTE;
const first = await timed(() => spread.scheduler.tick());
rows.push([
  'first tick after start: every subscription looked at',
  `${first.ms.toFixed(0)} ms`,
  `${first.result.looked} looked, ${first.result.sent} sent`,
]);

const idle: number[] = [];
spread.clock.now = Date.parse('2024-06-01T00:01:30Z');
for (let i = 0; i < 50; i++) idle.push((await timed(() => spread.scheduler.tick())).ms);
rows.push(['idle tick (nothing due), median of 50', `${median(idle).toFixed(2)} ms`, '']);

const busyMinutes: { ms: number; sent: number }[] = [];
for (let minute = 0; minute < 24 * 60; minute += 60) {
  spread.clock.now = Date.parse('2024-06-02T00:00:00Z') + minute * MINUTE;
  const { ms, result } = await timed(() => spread.scheduler.tick());
  if (result.sent > 0) busyMinutes.push({ ms, sent: result.sent });
}
const typical = median(busyMinutes.map((m) => m.ms));
const sentPerMinute = median(busyMinutes.map((m) => m.sent));
rows.push([
  'a busy minute of a spread day (24 sampled), median',
  `${typical.toFixed(0)} ms`,
  `${sentPerMinute} digests sent`,
]);
spread.store.close();

// The worst case: every subscription at the same minute.
const same = setUp('same-minute', Date.parse('2024-06-01T00:00:00Z'), () => ({
  time: '08:00',
  timeZone: 'UTC',
}));
same.clock.now = Date.parse('2024-06-01T08:00:00Z');
const all = await timed(() => same.scheduler.tick());
rows.push([
  `all ${COUNT} due in one minute`,
  `${(all.ms / 1000).toFixed(1)} s`,
  `${all.result.sent} sent, ${(all.ms / all.result.sent).toFixed(2)} ms a digest`,
]);
const size = statSync(same.file).size;
same.store.close();

// The same without waiting for the disk at each commit: what the fsyncs of synchronous=FULL cost.
const unsynced = setUp('unsynced', Date.parse('2024-06-01T00:00:00Z'), () => ({
  time: '08:00',
  timeZone: 'UTC',
}));
unsynced.store.db.pragma('synchronous = NORMAL');
unsynced.clock.now = Date.parse('2024-06-01T08:00:00Z');
const nosync = await timed(() => unsynced.scheduler.tick());
rows.push([
  '  the same with synchronous=NORMAL (no fsync a commit)',
  `${(nosync.ms / 1000).toFixed(1)} s`,
  `${(nosync.ms / nosync.result.sent).toFixed(2)} ms a digest`,
]);
unsynced.store.close();
rmSync(folder, { recursive: true, force: true });

const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(
  `digest tick, ${COUNT} subscriptions, corpus ${CORPUS} (${kb.stats.articles} articles, ${kb.stats.people + kb.stats.events + kb.stats.quotes} facts), load average ${loadavg()[0]!.toFixed(1)}\n`,
);
for (const [what, figure, note] of rows)
  process.stdout.write(`  ${what.padEnd(width)}  ${figure.padStart(9)}  ${note}\n`);
process.stdout.write(`  database after one digest each: ${(size / 1024 / 1024).toFixed(1)} MB\n`);
