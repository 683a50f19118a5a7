import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';
import { commandBody, postSigned } from './slackRequests.js';
import type { HttpHarness } from './slackHarness.js';
import { SIGNING_SECRET, blockText, startHttpApp } from './slackHarness.js';

let slack: HttpHarness;
beforeAll(async () => {
  slack = await startHttpApp(await seedKnowledgeBase());
});
afterAll(() => slack.stop());

const form = 'application/x-www-form-urlencoded' as const;

describe('request checks and failures (HTTP mode)', () => {
  it('refuses a request with a wrong signature with 401, and answers nothing', async () => {
    const responseUrl = slack.fake.responseUrl();
    const body = commandBody('/who', 'Vassilenko', responseUrl);
    const wrong = await postSigned(slack.eventsUrl, { body, contentType: form, secret: 'not-the-secret' });
    expect(wrong.status).toBe(401);
    const tampered = await postSigned(slack.eventsUrl, {
      body,
      contentType: form,
      secret: SIGNING_SECRET,
      headers: { 'X-Slack-Signature': 'v0=' + '0'.repeat(64) },
    });
    expect(tampered.status).toBe(401);
    const unsigned = await fetch(slack.eventsUrl, {
      method: 'POST',
      body,
      headers: { 'Content-Type': form },
    });
    expect(unsigned.status).toBe(401);
    expect(slack.fake.find((c) => c.path === new URL(responseUrl).pathname)).toEqual([]);
  });

  it('refuses a correctly signed request older than five minutes with 401 (a replay)', async () => {
    const responseUrl = slack.fake.responseUrl();
    const body = commandBody('/who', 'Vassilenko', responseUrl);
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const replay = await postSigned(slack.eventsUrl, {
      body,
      contentType: form,
      secret: SIGNING_SECRET,
      timestamp: old,
    });
    expect(replay.status).toBe(401);
    // The same request signed now is answered: only the age was wrong.
    expect(
      (await postSigned(slack.eventsUrl, { body, contentType: form, secret: SIGNING_SECRET })).status,
    ).toBe(200);
    await slack.fake.waitFor('the answer', (c) => c.path === new URL(responseUrl).pathname);
  });

  it('logs a failing reply, tells the user, and keeps answering', async () => {
    slack.fake.failResponses(1);
    const { responseUrl } = await slack.command('/who', 'Vassilenko');
    const path = new URL(responseUrl).pathname;
    const [failed, apology] = await slack.fake.waitFor('the apology', (c) => c.path === path, 2);
    expect(blockText(failed!.body)).toContain('Roman Vassilenko');
    expect(apology!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(apology!.body.text).toContain('Sorry, something went wrong');
    expect(slack.logs.some((l) => /^error: slack: command \/who failed: .*500/.test(l))).toBe(true);

    const next = await slack.command('/when', 'Istanbul Convention');
    const [answer] = await slack.fake.waitFor(
      'the next answer',
      (c) => c.path === new URL(next.responseUrl).pathname,
    );
    expect(blockText(answer!.body)).toContain('April 2020');
  });

  it('never writes the bot token or the signing secret to the log', () => {
    expect(slack.logs.length).toBeGreaterThan(0);
    for (const line of slack.logs) {
      expect(line).not.toContain('xoxb-1111');
      expect(line).not.toContain(SIGNING_SECRET);
    }
  });
});
