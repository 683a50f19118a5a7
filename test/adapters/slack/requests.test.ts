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

  it('refuses a correctly signed request sent again (a replay) with 401, and runs it once', async () => {
    const responseUrl = slack.fake.responseUrl();
    const signed = {
      body: commandBody('/who', 'Vassilenko', responseUrl),
      contentType: form,
      secret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000),
    };
    expect((await postSigned(slack.eventsUrl, signed)).status).toBe(200);
    await slack.fake.waitFor('the answer', (c) => c.path === new URL(responseUrl).pathname);
    expect((await postSigned(slack.eventsUrl, signed)).status).toBe(401);

    // Sent twice at once: one copy runs.
    const other = { ...signed, body: commandBody('/when', 'Istanbul Convention', slack.fake.responseUrl()) };
    const statuses = await Promise.all([
      postSigned(slack.eventsUrl, other),
      postSigned(slack.eventsUrl, other),
    ]);
    expect(statuses.map((r) => r.status).sort()).toEqual([200, 401]);

    // A request Slack sends after, signed anew, still runs.
    const later = await slack.command('/quote', 'just society');
    expect(later.ack.status).toBe(200);
    await slack.fake.waitFor('the later answer', (c) => c.path === new URL(later.responseUrl).pathname);
    expect(slack.fake.find((c) => c.path === new URL(responseUrl).pathname)).toHaveLength(1);
    expect(slack.logs).toContain('warning: slack: refused a request sent before (a replay)');
  });

  it('refuses a request signed more than five minutes ahead, and takes one a minute ahead', async () => {
    const now = Math.floor(Date.now() / 1000);
    const responseUrl = slack.fake.responseUrl();
    const body = commandBody('/who', 'Vassilenko', responseUrl);
    const ahead = (seconds: number) =>
      postSigned(slack.eventsUrl, {
        body,
        contentType: form,
        secret: SIGNING_SECRET,
        timestamp: now + seconds,
      });
    expect((await ahead(400)).status).toBe(401);
    expect(slack.logs).toContain('warning: slack: refused a request signed more than five minutes from now');
    expect(slack.fake.find((c) => c.path === new URL(responseUrl).pathname)).toEqual([]);
    // A clock a little ahead of Slack's is no reason to refuse.
    expect((await ahead(60)).status).toBe(200);
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
