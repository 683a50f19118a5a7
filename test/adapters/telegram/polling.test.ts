import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands.js';
import { exampleOf, helpExamples } from '../../../src/core/ask/helpExamples.js';
import type { ApiCall } from './fakeBotApi.js';
import { ANN, OTHER_BOT, callbackQuery, chatOf, inlineQuery, tap, textMessage } from './fakeBotApi.js';
import type { RunningBot } from './harness.js';
import { startBot } from './harness.js';
import { parseTelegramHtml } from './telegramHtml.js';

let bot: RunningBot;
beforeAll(async () => {
  // The reply's escaping and a failing store; test/adapters/telegram/digests.test.ts runs the real digests.
  bot = await startBot({
    digests: {
      needsAdmin: () => false,
      handleCommand: ({ chatId, args }) => {
        if (args === 'fail') throw new Error('the digest store is unavailable');
        return { text: `Digest <${args}> set for chat ${chatId}` };
      },
      chatMigrated: () => {},
      chatGone: () => {},
    },
  });
});
afterAll(async () => {
  await bot?.stop();
  await bot?.api.close();
});

type Params = Record<string, unknown>;
const toChat = (chatId: number) => (p: Params) => p.chat_id === chatId;

/** Sends messages to `chatId` and resolves with the bot's reply to the last one (`count` replies in all). */
async function ask(chatId: number, texts: string[], count = 1, extra = {}): Promise<ApiCall> {
  for (const text of texts) bot.api.push(textMessage(chatId, text, extra));
  return bot.api.waitFor('sendMessage', toChat(chatId), { count });
}

/** What the user sees of a reply: its HTML as Telegram parses it. */
function shown(call: ApiCall): string {
  const parsed = parseTelegramHtml(call.params.text as string);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.text;
}

const buttonsOf = (call: ApiCall) =>
  ((call.params.reply_markup as { inline_keyboard: { text: string }[][] } | undefined)?.inline_keyboard ?? [])
    .flat()
    .map((b) => b.text);

describe('commands', () => {
  it('registers the commands menu and drops any webhook at start', () => {
    const [menu] = bot.api.sent('setMyCommands');
    expect(menu?.params.commands).toEqual(
      COMMANDS.map(({ command, description }) => ({ command, description })),
    );
    expect(bot.api.sent('deleteWebhook')).toHaveLength(1);
  });

  it('/start and /help tell what the bot knows and every command with an example from this corpus', async () => {
    const start = shown(await ask(1, ['/start']));
    expect(start).toContain(
      'I know 2 articles: 14 people, 2 dated events and 2 statements, quoted or reported.',
    );
    const examples = helpExamples(bot.kb);
    expect(Object.keys(examples.commands).sort()).toEqual(['quote', 'search', 'when', 'who']);
    for (const info of COMMANDS)
      expect(start).toContain(`/${info.command} — ${info.description}, e.g. ${exampleOf(examples, info)}`);
    for (const question of examples.questions) expect(start).toContain(question);
    expect(start).toContain(`In any chat, type @factdesk_test_bot ${examples.name} to share a fact card.`);
    expect(start).not.toMatch(/Vassilenko|Mazhilis|Koshanov|Istanbul/);
    expect(shown(await ask(1, ['/help'], 2))).toBe(start);
  });

  it('answers each of help’s examples with an answer and its source', async () => {
    const examples = helpExamples(bot.kb);
    const asked = [...Object.values(examples.commands), ...examples.questions];
    await ask(40, asked, asked.length);
    const replies = bot.api.sent('sendMessage', toChat(40)).map(shown);
    expect(replies).toHaveLength(asked.length);
    for (const reply of replies) expect(reply).toMatch(/^(?!Nothing in the corpus)[\s\S]*Source: /);
  });

  it('/who, /when, /quote and /search answer in a private chat, each with its source and sentence', async () => {
    const who = shown(await ask(2, ['/who Beketayev']));
    expect(who).toMatch(
      /^Azamat Beketayev is Minister of Justice \(as of 2 May 2024\)\.\nSource: Rights & wrongs/,
    );
    expect(who).toContain('2 May 2024');
    expect(who).toContain('Minister of Justice Azamat Beketayev said on Thursday.');
    expect(shown(await ask(2, ['/when fines'], 2))).toContain(
      '1 May 2024: Fines for threats & stalking rose',
    );
    const quote = shown(await ask(2, ['/quote practice'], 3));
    expect(quote).toContain('Svetlana Zhakupova said: “Laws < practice & we must close that gap”');
    expect(shown(await ask(2, ['/search stalking'], 4))).toMatch(
      /^Source: .*\nASTANA – Fines for threats & stalking/,
    );
  });

  it('gives a short prompt for a command without its argument', async () => {
    expect(shown(await ask(3, ['/who']))).toBe(
      `Type a name or a role after /who, for example: ${helpExamples(bot.kb).commands.who}`,
    );
    expect(shown(await ask(3, ['/search'], 2))).toMatch(/^Type some words after \/search/);
  });

  it('answers commands in a group, with or without its name, as replies; ignores other bots’ commands', async () => {
    const group = -1001;
    const named = await ask(group, ['/who@factdesk_test_bot Beketayev']);
    expect(shown(named)).toContain('Azamat Beketayev is Minister of Justice (as of 2 May 2024).');
    expect(named.params.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
    const replies = [
      await ask(group, ['/when@other_news_bot fines', '/frobnicate fines', '/when fines'], 2),
      await ask(group, ['/quote@FACTDESK_TEST_BOT practice'], 3),
      await ask(group, ['/search stalking'], 4),
    ];
    expect(shown(replies[0]!)).toContain('1 May 2024: Fines');
    expect(shown(replies[1]!)).toContain('Laws < practice & we must close that gap');
    expect(shown(replies[2]!)).toContain('ASTANA – Fines for threats & stalking');
    expect(bot.api.sent('sendMessage', toChat(group))).toHaveLength(4);
  });

  it('answers an unknown command with the closest ones as buttons, and a tap asks it', async () => {
    const reply = await ask(4, ['/hwo Beketayev']);
    expect(shown(reply)).toBe('There is no command /hwo.\nDid you mean:');
    expect(buttonsOf(reply)).toEqual(['/who Beketayev']);
    bot.api.push(tap(reply));
    expect(shown(await bot.api.waitFor('sendMessage', toChat(4), { count: 2 }))).toContain(
      'Azamat Beketayev is Minister of Justice (as of 2 May 2024).',
    );
    const named = await ask(-1002, ['/frobnicate@factdesk_test_bot']);
    expect(shown(named)).toMatch(/^There is no command \/frobnicate\./);
    expect(buttonsOf(named)).toEqual(COMMANDS.map((c) => `/${c.command}`));
  });

  it('says when nothing matches, with the core’s suggestions as buttons', async () => {
    expect(shown(await ask(5, ['/who Zzyzx Quux']))).toBe(
      'Nothing in the corpus answers “Zzyzx Quux”.\nTry other words, or /help.',
    );
    // Bekova is in the corpus, but said nothing it reports.
    const reply = await ask(5, ['/quote Bekova'], 2);
    expect(shown(reply)).toBe('Nothing in the corpus answers “Bekova”.\nTry one of these:');
    expect(buttonsOf(reply)).toContain('/who Bekova');
  });

  it('refuses an over-long message in words', async () => {
    expect(shown(await ask(6, [`What about ${'the fines '.repeat(40)}?`]))).toMatch(
      /^That message is \d+ characters long; I read questions of up to 300\./,
    );
  });

  it('hands /digest to the digests, escaping their reply', async () => {
    expect(shown(await ask(7, ['/digest on 08:30']))).toBe('Digest <on 08:30> set for chat 7');
  });
});

describe('free text', () => {
  it('answers a question in a private chat', async () => {
    expect(shown(await ask(10, ['Who is the Minister of Justice?']))).toContain('Azamat Beketayev');
  });

  it('in a group, answers a mention and a reply to the bot, and ignores other chatter', async () => {
    const group = -1010;
    const mention = await ask(group, ['Nice weather today', '@factdesk_test_bot who is Beketayev?']);
    expect(shown(mention)).toContain('Azamat Beketayev is Minister of Justice (as of 2 May 2024).');
    const reply = await ask(group, ['What did Zhakupova say?'], 2, {
      reply_to_message: mention.result as Message['reply_to_message'],
    });
    expect(shown(reply)).toContain('Laws < practice & we must close that gap');
    const someone = {
      message_id: 1,
      from: ANN,
      chat: chatOf(group),
      date: 0,
      text: 'hi',
    } as Message['reply_to_message'];
    bot.api.push(textMessage(group, 'Who is Beketayev?', { reply_to_message: someone }));
    bot.api.push(textMessage(group, 'Who is Beketayev?'));
    expect(shown(await ask(group, ['/help'], 3))).toMatch(/^I know 2 articles/);
    expect(bot.api.sent('sendMessage', toChat(group))).toHaveLength(3);
  });

  it('never answers a command twice, and ignores bots and fact cards sent through the bot', async () => {
    const group = -1011;
    const fromBot = { from: OTHER_BOT };
    bot.api.push(textMessage(group, '@factdesk_test_bot who is Beketayev?', fromBot));
    bot.api.push(textMessage(group, '@factdesk_test_bot Beketayev', { via_bot: bot.api.me }));
    const reply = await ask(group, ['/who Beketayev'], 1, {
      reply_to_message: { message_id: 1, from: bot.api.me, chat: chatOf(group), date: 0 },
    });
    expect(shown(reply)).toContain('Azamat Beketayev');
    bot.api.push(textMessage(group, '/help'));
    await bot.api.waitFor('sendMessage', toChat(group), { count: 2 });
    expect(bot.api.sent('sendMessage', toChat(group))).toHaveLength(2);
  });
});

describe('rendering', () => {
  it('escapes corpus strings holding <, & and a tag, and links the source with its address', async () => {
    const reply = await ask(20, ['/quote practice']);
    const html = reply.params.text as string;
    expect(html).toContain('Laws &lt; practice &amp; we must close that gap');
    expect(html).toContain(
      '<a href="https://example.org/news?id=7&amp;lang=en">Rights &amp; wrongs: fines &lt;b&gt;doubled&lt;/b&gt; in Astana</a>',
    );
    expect(shown(reply)).toContain('Source: Rights & wrongs: fines <b>doubled</b> in Astana, 2 May 2024');
    expect(reply.params).toMatchObject({ parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });

  it('pages long answers five at a time with a More button that works once, in its own chat only', async () => {
    const first = await ask(21, ['/who minister']);
    const page1 = shown(first);
    expect(page1.match(/^\d+\. /gm)).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ']);
    expect(page1).toMatch(/Answers 1–5 of 14\.$/);
    expect(buttonsOf(first)).toEqual(['More (9 left)']);

    bot.api.push(tap(first));
    const second = await bot.api.waitFor('sendMessage', toChat(21), { count: 2 });
    expect(shown(second).match(/^\d+\. /gm)).toEqual(['6. ', '7. ', '8. ', '9. ', '10. ']);
    expect(buttonsOf(second)).toEqual(['More (4 left)']);
    const removed = await bot.api.waitFor('editMessageReplyMarkup', toChat(21));
    expect(removed.params.reply_markup).toBeUndefined();

    // The same button again, the next one's key tapped in another chat, made-up data: all refused.
    const stranger = { ...(second.result as Message), chat: chatOf(22) } as Message;
    const data = (second.params.reply_markup as { inline_keyboard: { callback_data: string }[][] })
      .inline_keyboard[0]![0]!.callback_data;
    bot.api.push(tap(first));
    bot.api.push(callbackQuery(stranger, data));
    bot.api.push(callbackQuery(second.result as Message, 'q:AAAAAAAAAAAAAAAA'));
    bot.api.push(callbackQuery(second.result as Message, 'who minister 10'));
    const expired = bot.api.waitFor('answerCallbackQuery', (p) => p.text !== undefined, { count: 4 });
    expect((await expired).params.text).toMatch(/expired/);

    bot.api.push(tap(second));
    const third = await bot.api.waitFor('sendMessage', toChat(21), { count: 3 });
    expect(shown(third).match(/^\d+\. /gm)).toEqual(['11. ', '12. ', '13. ', '14. ']);
    expect(shown(third)).toMatch(/Answers 11–14 of 14\.$/);
    expect(third.params.reply_markup).toBeUndefined();
    expect(bot.api.sent('sendMessage', toChat(22))).toEqual([]);
  });
});

describe('inline mode', () => {
  it('offers fact cards of every kind, each with its source', async () => {
    bot.api.push(inlineQuery('Zhakupova'));
    const answer = await bot.api.waitFor('answerInlineQuery', (p) => (p.results as unknown[]).length > 0);
    const results = answer.params.results as {
      title: string;
      description: string;
      input_message_content: { message_text: string };
    }[];
    expect(results.map((r) => r.title)).toEqual([
      'Svetlana Zhakupova — Minister of Labour',
      '“Laws < practice & we must close that gap”',
    ]);
    expect(results[1]!.description).toBe(
      'Svetlana Zhakupova · Rights & wrongs: fines <b>doubled</b> in Astana, 2 May 2024',
    );
    expect(results[1]!.input_message_content.message_text).toContain('Laws &lt; practice &amp; we');
  });

  it('offers recent facts for an empty query, and a way to the chat when nothing matches', async () => {
    bot.api.push(inlineQuery(''));
    bot.api.push(inlineQuery('zzyzx'));
    const recent = await bot.api.waitFor('answerInlineQuery', (p) => (p.results as unknown[]).length >= 5);
    const cards = recent.params.results as { title: string; description: string }[];
    expect(cards.map((r) => r.title).slice(0, 3)).toEqual([
      'Azamat Beketayev — Minister of Justice',
      '1 May 2024',
      // Reported speech: his statement in other words, never in quotation marks.
      'Fines for threats & stalking rose from < 100 to 200 monthly indices on May 1',
    ]);
    expect(cards[2]!.description).toMatch(/^Azamat Beketayev, reported speech · Rights & wrongs/);
    const none = await bot.api.waitFor('answerInlineQuery', (p) => (p.results as unknown[]).length === 0);
    expect(none.params.button).toMatchObject({ start_parameter: 'help' });
  });

  it('offers fact cards for the name help gives as an example', async () => {
    const update = inlineQuery(helpExamples(bot.kb).name!);
    bot.api.push(update);
    const cards = await bot.api.waitFor(
      'answerInlineQuery',
      (p) => p.inline_query_id === update.inline_query!.id,
    );
    expect((cards.params.results as { title: string }[])[0]?.title).toContain(helpExamples(bot.kb).name);
  });
});

describe('failures', () => {
  it('waits out a 429 with retry_after, then delivers', async () => {
    bot.api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    const reply = await ask(30, ['/who Beketayev']);
    expect(shown(reply)).toContain('Azamat Beketayev');
    const refused = bot.api.calls.find((c) => c.method === 'sendMessage' && !c.ok && c.params.chat_id === 30);
    expect(reply.at - refused!.at).toBeGreaterThanOrEqual(950);
    expect(bot.logs.some((l) => l.includes('sendMessage failed (429'))).toBe(true);
  });

  it('apologises for an update that fails, logs it, and goes on answering', async () => {
    bot.api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: not enough rights' });
    const apology = await ask(31, ['/who Beketayev']);
    expect(apology.params.text).toMatch(/^Sorry, something went wrong/);
    expect(bot.logs.some((l) => /^error: telegram: update \d+ failed: .*not enough rights/.test(l))).toBe(
      true,
    );
    expect(shown(await ask(31, ['/who Beketayev'], 2))).toContain('Azamat Beketayev');
  });

  it('apologises when the digest handler throws, and goes on', async () => {
    expect((await ask(32, ['/digest fail'])).params.text).toMatch(/^Sorry, something went wrong/);
    expect(bot.logs.some((l) => l.includes('the digest store is unavailable'))).toBe(true);
    expect(shown(await ask(32, ['/when fines'], 2))).toContain('1 May 2024');
  });
});
