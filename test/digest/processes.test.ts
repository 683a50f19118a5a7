import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TickReport } from '../../src/digest/digestScheduler.js';
import { FakeTransport, MINUTE, TestClock, adminCommand, digestTestbed } from '../helpers/digestHarness.js';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'digestProcess.ts');

/** Runs the fixture in a new Node process; resolves with its exit signal and the report it printed. */
function runProcess(
  job: object,
): Promise<{ signal: NodeJS.Signals | null; report?: TickReport; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 && signal === null) reject(new Error(`exit ${code}: ${stderr}`));
      else
        resolve({ signal, ...(stdout.trim() ? { report: JSON.parse(stdout) as TickReport } : {}), stderr });
    });
  });
}

const bed = digestTestbed();

const EIGHT = Date.parse('2024-06-01T08:00:00Z');

async function subscribeChats(file: string, chats: string[]): Promise<void> {
  const digests = bed.open({ file, clock: new TestClock(EIGHT - 60 * MINUTE), transports: [] });
  for (const chatId of chats) adminCommand(digests, chatId, 'on 08:00 UTC');
  await digests.close();
}

describe('real processes on one database', () => {
  it('two Node processes ticking at once send each chat’s digest exactly once between them', async () => {
    const folder = bed.folder();
    const file = path.join(folder, 'factdesk.db');
    const chats = Array.from({ length: 40 }, (_, i) => String(500 + i));
    await subscribeChats(file, chats);
    const sendLog = path.join(folder, 'sends.log');
    const ready = ['a', 'b'].map((name) => path.join(folder, `${name}.ready`));
    const [a, b] = await Promise.all(
      ['a', 'b'].map((owner, i) =>
        runProcess({ mode: 'tick', file, now: EIGHT, owner, sendLog, ready: ready[i], barrier: ready }),
      ),
    );
    // Both processes found the chats due at the same time: the claims, not the timing, kept them apart.
    expect(a!.report!.looked).toBeGreaterThan(0);
    expect(b!.report!.looked).toBeGreaterThan(0);
    expect(a!.report!.sent + b!.report!.sent).toBe(40);
    const sent = readFileSync(sendLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[1]);
    expect(sent.sort()).toEqual(chats);
  });

  it('a process killed mid-send: no other process sends that digest again, it says so, and the next day’s comes', async () => {
    const folder = bed.folder();
    const file = path.join(folder, 'factdesk.db');
    const sendLog = path.join(folder, 'sends.log');
    await subscribeChats(file, ['42']);
    const crashed = await runProcess({ mode: 'crash-in-send', file, now: EIGHT, owner: 'crashed' });
    expect(crashed.signal).toBe('SIGKILL');
    const chat = { platform: 'telegram' as const, chatId: '42' };

    const early = await runProcess({ mode: 'tick', file, now: EIGHT + MINUTE, owner: 'survivor', sendLog });
    expect(early.report).toMatchObject({ sent: 0, skipped: 1 });
    // The lease has run out: the digest may have reached the chat before the crash, so it is not sent again.
    const late = await runProcess({
      mode: 'tick',
      file,
      now: EIGHT + 11 * MINUTE,
      owner: 'survivor',
      sendLog,
    });
    expect(late.report).toMatchObject({ sent: 0, interrupted: 1 });
    expect(late.stderr).toContain(
      'warn: digest to telegram chat 42 for 2024-06-01: crashed stopped while sending it; not sent again in case it arrived',
    );
    expect(existsSync(sendLog)).toBe(false);

    const clock = new TestClock(EIGHT + 12 * MINUTE);
    const transport = new FakeTransport('telegram', clock);
    const digests = bed.open({ file, clock, transports: [transport], owner: 'survivor' });
    expect(await digests.scheduler.tick()).toMatchObject({ looked: 0, sent: 0 });
    const [interrupted] = digests.store.deliveries(chat);
    expect(interrupted).toMatchObject({ localDate: '2024-06-01', status: 'failed', owner: 'crashed' });
    // Its facts count as seen: the next digest carries on from them rather than repeating them.
    const seen = digests.store.seenFacts(chat, interrupted!.cycle);
    expect(interrupted!.factIds.every((id) => seen.has(id))).toBe(true);
    clock.set('2024-06-02T08:00:00Z');
    expect((await digests.scheduler.tick()).sent).toBe(1);
    const [, next] = digests.store.deliveries(chat);
    expect(next).toMatchObject({ localDate: '2024-06-02', status: 'sent' });
    expect(next!.factIds.filter((id) => seen.has(id))).toEqual([]);
    expect(transport.sent).toHaveLength(1);
  });

  it('a process killed right after a command has committed it (WAL): nothing is lost', async () => {
    const folder = bed.folder();
    const file = path.join(folder, 'data', 'factdesk.db');
    const killed = await runProcess({ mode: 'subscribe-and-die', file, now: EIGHT, owner: 'killed' });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(`${file}-wal`)).toBe(true);
    const digests = bed.open({ file, clock: new TestClock(EIGHT), transports: [] });
    expect(digests.store.subscription({ platform: 'telegram', chatId: '99' })).toMatchObject({
      active: true,
      topic: 'violence',
      schedule: { time: '06:45', timeZone: 'Asia/Almaty' },
    });
    await digests.close();
  });
});
