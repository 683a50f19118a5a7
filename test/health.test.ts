import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/core/knowledgeBase.js';
import { openKnowledgeBase } from '../src/core/load/openKnowledgeBase.js';
import type { PendingDigests } from '../src/digest/openDigests.js';
import { openDigestsWhenPossible } from '../src/digest/openDigests.js';
import { HEALTH_PATH, Health } from '../src/health.js';
import { createLogger } from '../src/logger.js';
import { WebServer } from '../src/webServer.js';
import { FIXTURE_CORPUS } from './adapters/telegram/harness.js';

let kb: KnowledgeBase;
let folder: string;
beforeAll(async () => {
  kb = (await openKnowledgeBase(FIXTURE_CORPUS)).kb;
  folder = await mkdtemp(path.join(tmpdir(), 'factdesk-health-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
const closeLater: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closeLater.splice(0).reverse()) await close();
});

/** A health endpoint on a server of its own on 127.0.0.1; `request` asks it. */
async function serve(): Promise<{ health: Health; request: (init?: RequestInit) => Promise<Response> }> {
  const health = new Health();
  const server = await WebServer.listen(0, '127.0.0.1');
  closeLater.push(() => server.close());
  server.mount(HEALTH_PATH, health.listener, 'the health endpoint');
  return {
    health,
    request: (init) => fetch(`http://127.0.0.1:${server.port}${HEALTH_PATH}`, init),
  };
}

const quiet = createLogger('error', [], () => {});

/** The digests of a database file of their own, open. */
async function openedDigests(): Promise<PendingDigests> {
  const digests = openDigestsWhenPossible({
    databasePath: path.join(folder, `open-${closeLater.length}.db`),
    kb,
    defaults: { time: '08:00', timeZone: 'UTC' },
    transports: [],
    logger: quiet,
  });
  closeLater.push(() => digests.close());
  await digests.opened;
  return digests;
}

describe('GET /healthz', () => {
  it('answers 503 while the knowledge base loads, then 200 with its counts', async () => {
    const { health, request } = await serve();
    const loading = await request();
    expect(loading.status).toBe(503);
    expect(loading.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(loading.headers.get('cache-control')).toBe('no-store');
    expect(await loading.json()).toEqual({ status: 'loading' });

    health.ready(kb, await openedDigests());
    const loaded = await request();
    expect(loaded.status).toBe(200);
    expect(await loaded.json()).toEqual({
      status: 'ok',
      articles: 2,
      people: 14,
      events: 2,
      quotes: 2,
      digests: true,
    });
  });

  it('says digests are unavailable while another process holds their database locked', async () => {
    const file = path.join(folder, 'locked.db');
    const holder = new Database(file);
    holder.exec('CREATE TABLE held (x); BEGIN EXCLUSIVE; INSERT INTO held VALUES (1)');
    closeLater.push(() => {
      holder.close();
    });
    let triedOnce!: () => void;
    const tried = new Promise<void>((resolve) => (triedOnce = resolve));
    const digests = openDigestsWhenPossible({
      databasePath: file,
      kb,
      defaults: { time: '08:00', timeZone: 'UTC' },
      transports: [],
      logger: quiet,
      // The first try finds the lock; the next is never due.
      retry: {
        lockWaitMs: 10,
        sleep: () => {
          triedOnce();
          return new Promise(() => {});
        },
      },
    });
    closeLater.push(() => digests.close());
    await tried;
    const { health, request } = await serve();
    health.ready(kb, digests);
    expect(await (await request()).json()).toMatchObject({ status: 'ok', digests: false });
  });

  it('answers HEAD with the status and headers of GET, without a body', async () => {
    const { health, request } = await serve();
    const loading = await request({ method: 'HEAD' });
    expect(loading.status).toBe(503);
    expect(await loading.text()).toBe('');
    health.ready(kb, await openedDigests());
    const loaded = await request({ method: 'HEAD' });
    expect(loaded.status).toBe(200);
    expect(loaded.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(loaded.headers.get('content-length'))).toBe(
      Buffer.byteLength(JSON.stringify(await (await request()).json())),
    );
    expect(await loaded.text()).toBe('');
  });

  it('refuses other methods with 405, naming those it takes', async () => {
    const { request } = await serve();
    const posted = await request({ method: 'POST', body: '{}' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toBe('GET, HEAD');
  });
});
