import { afterEach, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Digest } from '../../src/core/digest/types.js';
import type { KnowledgeBase } from '../../src/core/knowledgeBase.js';
import type { Digests } from '../../src/digest/openDigests.js';
import { openDigests } from '../../src/digest/openDigests.js';
import type { DigestCommandRequest, DigestReply } from '../../src/digest/digestService.js';
import type { DigestPlatform, DigestTransport, SendOutcome } from '../../src/digest/transport.js';
import { seedKnowledgeBase } from './seedCorpus.js';

/** A temporary folder per test, removed by `cleanup`. */
export class TempFolders {
  private readonly folders: string[] = [];

  make(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'factdesk-digest-'));
    this.folders.push(folder);
    return folder;
  }

  cleanup(): void {
    for (const folder of this.folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}

/** A clock a test moves by hand. */
export class TestClock {
  constructor(public now: number) {}

  set(iso: string): void {
    this.now = Date.parse(iso);
  }

  advance(ms: number): void {
    this.now += ms;
  }

  readonly read = (): number => this.now;
}

export interface Sent {
  chatId: string;
  digest: Digest;
  at: number;
}

/**
 * A transport that records what it sends and answers as told: `sent` by default, or what `answer` says for
 * a chat and attempt (`gone`, `migrated`, `retry`…), or a promise the test resolves.
 */
export class FakeTransport implements DigestTransport {
  readonly sent: Sent[] = [];
  /** Every call, including those that did not end in `sent`. */
  readonly attempts: { chatId: string; outcome: SendOutcome['status'] }[] = [];
  answer: (chatId: string, attempt: number) => SendOutcome | Promise<SendOutcome> = () => ({
    status: 'sent',
  });

  constructor(
    readonly platform: DigestPlatform = 'telegram',
    private readonly clock?: TestClock,
  ) {}

  async send(chatId: string, digest: Digest): Promise<SendOutcome> {
    const attempt = this.attempts.filter((a) => a.chatId === chatId).length;
    const outcome = await this.answer(chatId, attempt);
    this.attempts.push({ chatId, outcome: outcome.status });
    if (outcome.status === 'sent') this.sent.push({ chatId, digest, at: this.clock?.now ?? Date.now() });
    return outcome;
  }

  sentTo(chatId: string): Sent[] {
    return this.sent.filter((s) => s.chatId === chatId);
  }
}

export interface TestDigestsOptions {
  file: string;
  kb: KnowledgeBase;
  clock: TestClock;
  transports: DigestTransport[];
  owner?: string;
  leaseMs?: number;
  /** Records the waits between retries instead of waiting. */
  waits?: number[];
}

/** Digests on a real SQLite file with an injected clock and retries that wait for nothing. */
export function openTestDigests(options: TestDigestsOptions): Digests {
  const waits = options.waits ?? [];
  return openDigests({
    databasePath: options.file,
    kb: options.kb,
    defaults: { time: '08:00', timeZone: 'UTC' },
    transports: options.transports,
    clock: options.clock.read,
    scheduler: {
      ...(options.owner ? { owner: options.owner } : {}),
      ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
      retry: {
        delaysMs: [1_000, 4_000],
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    },
  });
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * What a digest test file needs: the seed knowledge base, a fresh database file per call, and digests that
 * are closed (and their folders removed) after each test. Registers its own hooks.
 */
export interface DigestTestbed {
  readonly kb: KnowledgeBase;
  folder(): string;
  databaseFile(): string;
  open(options: Omit<TestDigestsOptions, 'kb'> & { kb?: KnowledgeBase }): Digests;
  /** Digests on a new file (or `file`) at `iso`, with one fake transport of `platform`. */
  start(
    iso: string,
    platform?: DigestPlatform,
    file?: string,
  ): { clock: TestClock; transport: FakeTransport; digests: Digests; file: string };
}

export function digestTestbed(): DigestTestbed {
  const temp = new TempFolders();
  const opened: Digests[] = [];
  let kb: KnowledgeBase | undefined;
  beforeAll(async () => {
    kb = await seedKnowledgeBase();
  });
  afterEach(async () => {
    for (const digests of opened.splice(0)) await digests.close();
    temp.cleanup();
  });
  const bed: DigestTestbed = {
    get kb(): KnowledgeBase {
      return kb!;
    },
    folder: (): string => temp.make(),
    databaseFile: (): string => path.join(temp.make(), 'factdesk.db'),
    open(options: Omit<TestDigestsOptions, 'kb'> & { kb?: KnowledgeBase }): Digests {
      const digests = openTestDigests({ kb: bed.kb, ...options });
      opened.push(digests);
      return digests;
    },
    start(iso: string, platform: DigestPlatform = 'telegram', file = bed.databaseFile()) {
      const clock = new TestClock(Date.parse(iso));
      const transport = new FakeTransport(platform, clock);
      const digests = bed.open({ file, clock, transports: [transport] });
      return { clock, transport, digests, file };
    },
  };
  return bed;
}

/** A `/digest` command from a chat's administrator. */
export function adminCommand(
  digests: Digests,
  chatId: string,
  args: string,
  platform: DigestPlatform = 'telegram',
): DigestReply {
  const request: DigestCommandRequest = { platform, chatId, args, isAdmin: true };
  return digests.service.handleCommand(request);
}
