import { sequentialize } from '@grammyjs/runner';
import type { BotError, Context } from 'grammy';
import { Bot, InlineKeyboard } from 'grammy';
import type { Answer, KnowledgeBase } from '../../core/mod.js';
import { ask, errorText, helpExamples, lookUp, settingsCommandOf } from '../../core/mod.js';
import type { Logger } from '../../logger.js';
import { addressOf } from './addressing.js';
import { CallbackStore } from './callbackStore.js';
import type { TelegramDigests } from './digestChat.js';
import { answerDigestCommand, digestChatEvents } from './digestChat.js';
import { inlineResult } from './inlineResult.js';
import { renderAnswerPage } from './renderAnswer.js';
import { renderHelp } from './renderHelp.js';
import { shorten } from './renderItem.js';
import type { TelegramSettings } from './settingsChat.js';
import { answerSettingsCommand, followChatEvents } from './settingsChat.js';

export interface TelegramBotOptions extends TelegramSettings {
  kb: KnowledgeBase;
  token: string;
  /** Another Bot API server (tests, a local Bot API server). */
  apiRoot?: string;
  logger: Logger;
  /** `/digest …` and the chat events digests follow; without them `/digest` gets the core's answer. */
  digests?: TelegramDigests;
}

const APOLOGY = 'Sorry, something went wrong while answering that. Please try again in a moment.';
const EXPIRED = 'This button has expired. Please ask again.';
/** Callback data of our buttons: a key into the CallbackStore. */
const BUTTON = /^q:([\w-]{16})$/;

/**
 * The bot: transport and rendering only, every answer from the core. Messages of one chat are handled in
 * order (`sequentialize`); an error in one update is logged and apologised for by `bot.catch`, and the bot
 * goes on. Not started: `startTelegram` runs it by long polling or webhook.
 */
export function createBot(options: TelegramBotOptions): Bot {
  const { kb, token, apiRoot, logger, digests, follows } = options;
  const bot = new Bot(token, apiRoot ? { client: { apiRoot } } : {});
  const buttons = new CallbackStore();

  bot.catch((error) => apologise(error, logger));
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  if (follows) bot.use(followChatEvents(follows, logger));
  if (digests) bot.use(digestChatEvents(digests, logger));

  bot.on('message', async (ctx) => {
    const addressed = addressOf(ctx.msg, ctx.me);
    if (!addressed) return;
    const settings = addressed.kind === 'command' ? settingsCommandOf(addressed.text) : undefined;
    if (settings) {
      logger.debug(`telegram: ${settings.name} in chat ${ctx.chat.id}`);
      for (const html of await answerSettingsCommand(ctx, options, settings)) await replyHtml(ctx, html);
      return;
    }
    const answer = ask(kb, addressed.text);
    // An unknown `/command` in a group may be another bot's: only answered when it names this bot.
    if (addressed.kind === 'command' && !addressed.explicit && answer.intent === 'unknown') return;
    logger.debug(`telegram: ${answer.intent} in chat ${ctx.chat.id}`);
    await respond(ctx, answer, 0);
  });

  bot.callbackQuery(BUTTON, async (ctx) => {
    const action = buttons.take(ctx.match[1]!, ctx.chat?.id);
    if (!action) {
      await ctx.answerCallbackQuery({ text: EXPIRED });
      return;
    }
    await ctx.answerCallbackQuery();
    if (action.kind === 'more') {
      // The page it asked for follows; the button goes so it cannot be tapped twice. Cosmetic if it fails.
      await ctx
        .editMessageReplyMarkup()
        .catch((error: unknown) => logger.debug(`telegram: button not removed: ${String(error)}`));
    }
    await respond(ctx, ask(kb, action.input), action.offset);
  });
  bot.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: EXPIRED }));

  bot.on('inline_query', async (ctx) => {
    const items = lookUp(kb, ctx.inlineQuery.query).slice(0, 50);
    await ctx.answerInlineQuery(
      items.map((item, i) => inlineResult(item, String(i))),
      {
        cache_time: 300,
        ...(items.length === 0
          ? { button: { text: 'No fact matches. Ask me in a chat', start_parameter: 'help' } }
          : {}),
      },
    );
  });

  /** Replies with an answer from `offset`: help, a digest, or a page of answers with its buttons. */
  async function respond(ctx: Context, answer: Answer, offset: number): Promise<void> {
    const chatId = ctx.chat!.id;
    if (answer.intent === 'help') {
      await replyHtml(ctx, renderHelp(kb.stats, helpExamples(kb), ctx.me.username));
      return;
    }
    if (answer.intent === 'digest' && digests) {
      await replyHtml(ctx, await answerDigestCommand(ctx, digests, answer.query));
      return;
    }
    const page = renderAnswerPage(answer, offset);
    const keyboard = new InlineKeyboard();
    if (page.next !== undefined) {
      const key = buttons.put({ kind: 'more', chatId, input: answer.input, offset: page.next });
      keyboard.text(`More (${answer.answers.length - page.next} left)`, `q:${key}`);
    } else if (answer.answers.length === 0) {
      for (const suggestion of answer.suggestions ?? []) {
        const key = buttons.put({ kind: 'ask', chatId, input: suggestion, offset: 0 });
        keyboard.text(shorten(suggestion, 60), `q:${key}`).row();
      }
    }
    await replyHtml(ctx, page.html, keyboard.inline_keyboard.flat().length > 0 ? keyboard : undefined);
  }

  return bot;
}

/** A reply in HTML without link previews (a page may cite several articles); in a group, to the message it answers. */
function replyHtml(ctx: Context, html: string, keyboard?: InlineKeyboard) {
  const inGroup = ctx.chat?.type !== 'private';
  return ctx.reply(html, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(keyboard ? { reply_markup: keyboard } : {}),
    ...(inGroup && ctx.msg
      ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } }
      : {}),
  });
}

/** `bot.catch`: logs the failed update and tells the user, so that one failure neither stops the bot nor goes unexplained. */
async function apologise({ ctx, error }: BotError, logger: Logger): Promise<void> {
  logger.error(`telegram: update ${ctx.update.update_id} failed: ${errorText(error)}`);
  try {
    if (ctx.chat) await replyHtml(ctx, APOLOGY);
    else if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: APOLOGY });
  } catch (failure) {
    logger.warn(`telegram: could not apologise for update ${ctx.update.update_id}: ${errorText(failure)}`);
  }
}
