import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../src/adapters/slack/mrkdwn.js';
import { toSlackCommands } from '../../../src/adapters/slack/slackCommands.js';
import { COMMANDS } from '../../../src/core/commands.js';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { exampleOf, helpExamples } from '../../../src/core/ask/helpExamples.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';
import type { HttpHarness } from './slackHarness.js';
import { blockText, buttonValue, startHttpApp } from './slackHarness.js';

let slack: HttpHarness;
beforeAll(async () => {
  slack = await startHttpApp(await seedKnowledgeBase());
});
afterAll(() => slack.stop());

/** Sends a signed slash command; resolves to its acknowledgement and the answer posted to its response_url. */
async function command(name: string, text: string) {
  const { ack, responseUrl } = await slack.command(name, text);
  const path = new URL(responseUrl).pathname;
  const [reply] = await slack.fake.waitFor(`answer to ${name} ${text}`, (c) => c.path === path);
  return { ack, ackBody: await ack.text(), reply: reply!.body, text: blockText(reply!.body) };
}

describe('slash commands (HTTP mode, signed requests)', () => {
  it('acknowledges /who at once with an empty body, then answers privately with the quote, the source and Share', async () => {
    const { ack, ackBody, reply, text } = await command('/who', 'Vassilenko');
    expect(ack.status).toBe(200);
    expect(ackBody).toBe('');
    expect(reply.response_type).toBe('ephemeral');
    expect(text).toContain('*/who Vassilenko* · 1 answer');
    expect(text).toContain('*1.* Roman Vassilenko is Deputy Foreign Minister (as of 5 April 2024).');
    expect(text).toContain('\n>ASTANA – The Kazakh leadership is committed to upholding gender equality');
    expect(text).toContain('Source: 000_c1d4a831d9bceeab · 5 April 2024');
    expect(reply.text).toBe('Roman Vassilenko is Deputy Foreign Minister (as of 5 April 2024).');
    expect(buttonValue(reply, 'factdesk_share')).toMatch(/^[\w-]{22}$/);
    expect(buttonValue(reply, 'factdesk_more')).toBeUndefined();
  });

  it('answers /when with the date and /quote with the speaker', async () => {
    expect((await command('/when', 'Istanbul Convention')).text).toContain(
      'April 2020: In April 2020, the Council of Europe invited Kazakhstan to join the Istanbul Convention',
    );
    expect((await command('/quote', 'just society')).text).toContain('Kęstutis Jankauskas said');
  });

  it('runs /factdesk search, who, when and quote as subcommands, and a question in words', async () => {
    const search = await command('/factdesk', 'search domestic violence');
    expect(search.text).toMatch(/\*\/factdesk search domestic violence\* · \d+ answers/);
    expect((await command('/factdesk', 'who vice speaker of the Mazhilis')).text).toContain(
      'Daniya Yespayeva',
    );
    expect((await command('/factdesk', 'when Istanbul Convention')).text).toContain('April 2020');
    expect((await command('/factdesk', 'quote just society')).text).toContain('Kęstutis Jankauskas');
    expect((await command('/factdesk', 'What did Koshanov say about domestic violence?')).text).toContain(
      'Yerlan Koshanov said',
    );
  });

  it('shows help for /factdesk, /factdesk help and an unknown subcommand, with commands spelt for Slack', async () => {
    const help = await command('/factdesk', 'help');
    expect(help.text).toContain('I know *2 articles*');
    expect(help.text).toContain('`/factdesk search` — passages that mention some words');
    expect(help.text).toContain(
      '`/factdesk digest` — a daily digest of facts in this chat (not available yet)',
    );
    expect(help.text).toContain('mention <@U0FACTBOT> with a question');
    expect((await command('/factdesk', '')).text).toBe(help.text);
    const unknown = await command('/factdesk', 'frobnicate Vassilenko');
    expect(unknown.text).toContain('There is no command /factdesk frobnicate.');
    expect(unknown.text).toContain(help.text);
  });

  it('says what to type after an empty command, with help’s example, spelt the Slack way', async () => {
    const examples = helpExamples(await seedKnowledgeBase());
    expect((await command('/who', '')).text).toBe(
      `Type a name or a role after /who, for example: ${examples.commands.who}`,
    );
    const search = examples.commands.search!.slice('/search '.length);
    expect((await command('/factdesk', 'search')).text).toBe(
      `Type some words after /factdesk search, for example: /factdesk search ${search}`,
    );
  });

  it('says when the corpus has nothing, with the suggestions of the core', async () => {
    expect((await command('/when', 'zzyzx quantum')).text).toBe(
      'Nothing in the corpus answers “zzyzx quantum”.',
    );
    const moved = await command('/who', 'Istanbul Convention');
    expect(moved.text).toContain('Nothing in the corpus answers “Istanbul Convention”.');
    expect(moved.text).toContain('Try: `/when Istanbul Convention`');
    expect(moved.text).toContain('`/factdesk search Istanbul Convention`');
  });

  it('says digests are not available yet when the app runs without them', async () => {
    expect((await command('/factdesk', 'digest on 08:30')).text).toContain('Digests are not available yet');
  });

  it('reads Slack’s escaped command text as the user typed it, and escapes it back in the answer', async () => {
    // Read back as `women <b> &`: escaped once, not twice (`&amp;lt;`), and never raw.
    const { text } = await command('/factdesk', 'search women &lt;b&gt; &amp;');
    expect(text).toContain('Nothing in the corpus answers “women &lt;b&gt; &amp;”.');
    expect(text).not.toMatch(/<b>|&amp;lt;/);
  });
});

describe('help on a corpus other than the seed articles', () => {
  const DEV_NEWS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/dev-news');
  let kb: KnowledgeBase;
  let other: HttpHarness;
  beforeAll(async () => {
    kb = (await openKnowledgeBase(DEV_NEWS)).kb;
    other = await startHttpApp(kb);
  });
  afterAll(() => other?.stop());

  /** Sends a slash command to the app on that corpus; resolves to the text of its answer. */
  async function commandText(name: string, text: string): Promise<string> {
    const { responseUrl } = await other.command(name, text);
    const replyPath = new URL(responseUrl).pathname;
    const [reply] = await other.fake.waitFor(`answer to ${name} ${text}`, (c) => c.path === replyPath);
    return blockText(reply!.body);
  }

  it('shows examples drawn from that corpus, spelt for Slack, and no seed names', async () => {
    const help = await commandText('/factdesk', 'help');
    const examples = helpExamples(kb);
    for (const info of COMMANDS)
      expect(help).toContain(`, e.g. \`${escapeMrkdwn(toSlackCommands(exampleOf(examples, info)))}\``);
    for (const question of examples.questions) expect(help).toContain(`• ${escapeMrkdwn(question)}`);
    expect(help).not.toMatch(/Vassilenko|Mazhilis|Koshanov|Istanbul/);
    expect(await commandText('/who', '')).toBe(
      `Type a name or a role after /who, for example: ${examples.commands.who}`,
    );
  });

  it('answers each of help’s examples as Slack users type them', async () => {
    const examples = helpExamples(kb);
    const typed = [...Object.values(examples.commands), ...examples.questions].map((example) => {
      const [, command, rest] = /^\/(who|when|quote) (.+)$/.exec(example!) ?? [];
      return command
        ? { name: `/${command}`, text: rest! }
        : { name: '/factdesk', text: example!.replace(/^\//, '') };
    });
    for (const { name, text } of typed) {
      const answer = await commandText(name, text);
      expect(answer, `${name} ${text}`).not.toMatch(/^Nothing in the corpus|^Type /);
      expect(answer, `${name} ${text}`).toContain('Source: ');
    }
  });
});
