import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';
import type { HttpHarness } from './slackHarness.js';
import { blockText, buttonValue, startHttpApp } from './slackHarness.js';

let slack: HttpHarness;
beforeAll(async () => {
  slack = await startHttpApp(await seedKnowledgeBase());
});
afterAll(() => slack.stop());

const at = (url: string) => new URL(url).pathname;

async function privateAnswer(command: string, text: string) {
  const { responseUrl } = await slack.command(command, text);
  const [reply] = await slack.fake.waitFor(`answer to ${command} ${text}`, (c) => c.path === at(responseUrl));
  return reply!.body;
}

async function click(
  actionId: string,
  value: string,
  options: { ephemeral: boolean; threadTs?: string; count?: number },
) {
  const { ack, responseUrl } = await slack.click({ actionId, value, ...options });
  expect(ack.status).toBe(200);
  const posts = await slack.fake.waitFor(
    `response to ${actionId}`,
    (c) => c.path === at(responseUrl),
    options.count,
  );
  return posts.map((p) => p.body);
}

describe('Share and More buttons (HTTP mode, signed interactivity)', () => {
  it('Share posts the same answer for the channel, says who shared it, and removes the private copy', async () => {
    const reply = await privateAnswer('/who', 'Vassilenko');
    const [shared, removed] = await click('factdesk_share', buttonValue(reply, 'factdesk_share')!, {
      ephemeral: true,
      count: 2,
    });
    expect(shared).toMatchObject({
      response_type: 'in_channel',
      replace_original: false,
      unfurl_links: false,
    });
    const text = blockText(shared!);
    expect(text).toContain('<@U0ALICE> shared */who Vassilenko* · 1 answer');
    expect(text).toContain('*1.* Roman Vassilenko is Deputy Foreign Minister (as of 5 April 2024).');
    expect(text).toContain('Source: 000_c1d4a831d9bceeab · 5 April 2024');
    expect(text).not.toContain('Share in channel');
    expect(removed).toEqual({ delete_original: true });
  });

  it('More replaces a private reply with the next five answers, up to the last page', async () => {
    const first = await privateAnswer('/factdesk', 'search women');
    const total = Number(/Answers 1–5 of (\d+)/.exec(blockText(first))?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(blockText(first)).toContain(`More (${total - 5} left)`);

    const [second] = await click('factdesk_more', buttonValue(first, 'factdesk_more')!, { ephemeral: true });
    expect(second).toMatchObject({ replace_original: true });
    expect(blockText(second!)).toContain(`Answers 6–10 of ${total}`);
    expect(blockText(second!)).toMatch(/^\*6\.\*/m);
    expect(buttonValue(second!, 'factdesk_share')).toBeDefined();

    const [third] = await click('factdesk_more', buttonValue(second!, 'factdesk_more')!, { ephemeral: true });
    expect(blockText(third!)).toContain(`Answers 11–${total} of ${total}`);
    expect(buttonValue(third!, 'factdesk_more')).toBeUndefined();
  });

  it('More under a visible answer shows the next page privately, leaving the thread as it was', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0BOB',
      text: '<@U0FACTBOT> /search women',
      ts: '1700002000.000100',
      channel: 'C0NEWSROOM',
    };
    await slack.event(event, 'Ev0MOREMENTION');
    const [post] = await slack.fake.waitFor(
      'visible answer',
      (c) => c.method === 'chat.postMessage' && c.body.thread_ts === event.ts,
    );
    const more = buttonValue(post!.body, 'factdesk_more')!;
    expect(buttonValue(post!.body, 'factdesk_share')).toBeUndefined();

    const [page] = await click('factdesk_more', more, { ephemeral: false, threadTs: event.ts });
    expect(page).toMatchObject({ response_type: 'ephemeral', replace_original: false, thread_ts: event.ts });
    expect(blockText(page!)).toContain('Answers 6–10 of');
    expect(blockText(page!)).toContain('*/search women*');
  });

  it('refuses a button value it did not hand out, and says there is nothing more past the end', async () => {
    const [forged] = await click('factdesk_more', 'AAAAAAAAAAAAAAAAAAAAAA', { ephemeral: true });
    expect(forged).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blockText(forged!)).toContain('That answer is no longer kept');
    // A one-page answer's Share key, clicked as More: nothing is shown past its last answer.
    const reply = await privateAnswer('/who', 'Vassilenko');
    const [past] = await click('factdesk_more', buttonValue(reply, 'factdesk_share')!, { ephemeral: true });
    expect(blockText(past!)).toBe('There is nothing more to show.');
  });
});
