import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import type { RunningFeeds } from '../../../src/feeds/openFeeds.js';
import { startFeeds } from '../../../src/feeds/openFeeds.js';
import { TempFolders } from '../../helpers/digestHarness.js';
import { SEED_CORPUS } from '../../helpers/seedCorpus.js';
import { FakeBotApi, textMessage } from './fakeBotApi.js';
import type { RunningBot } from './harness.js';
import { MAX_MESSAGE_LENGTH } from '../../../src/adapters/telegram/renderAnswer.js';
import { visibleLength } from '../../../src/adapters/telegram/escapeHtml.js';
import { startBot } from './harness.js';
import { parseTelegramHtml } from './telegramHtml.js';

const temp = new TempFolders();
let api: FakeBotApi | undefined;
let feeds: RunningFeeds | undefined;
let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  await feeds?.stop();
  await api?.close();
  temp.cleanup();
});

describe('/feeds in Telegram', () => {
  it('lists more feeds than one message holds in several messages, each within Telegram’s length', async () => {
    api = await FakeBotApi.start();
    const dir = temp.make();
    // Addresses nothing answers at (a closed port): listed, never taken.
    const urls = Array.from(
      { length: 60 },
      (_, i) => `http://127.0.0.1:9/news/section-${i}/a-rather-long-feed-path.xml`,
    );
    feeds = startFeeds({
      databasePath: path.join(dir, 'factdesk.db'),
      corpusDir: path.join(dir, 'corpus'),
      urls,
      intervalMs: 3_600_000,
      allowPrivate: true,
    });
    const { kb } = await openKnowledgeBase(SEED_CORPUS);
    bot = await startBot({ api, kb, settings: { feeds: feeds.service } });
    api.push(textMessage(90, '/feeds'));
    await api.waitFor('sendMessage', (p) => p.chat_id === 90 && String(p.text).includes('section-59'));
    const sent = api.sent('sendMessage', (p) => p.chat_id === 90).map((call) => String(call.params.text));
    expect(sent.length).toBeGreaterThan(1);
    for (const html of sent) {
      expect(visibleLength(html)).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
      expect(parseTelegramHtml(html)).not.toHaveProperty('error');
    }
    const text = sent.join('\n');
    for (let i = 0; i < 60; i++) expect(text).toContain(`section-${i}/`);
  });
});
