import type { Context } from 'grammy';
import { Composer } from 'grammy';
import type { SettingsCommand } from '../../core/mod.js';
import type { FeedService } from '../../feeds/feedService.js';
import type { FollowService } from '../../follows/followService.js';
import type { Logger } from '../../logger.js';
import { administers } from './digestChat.js';
import { escapeHtml, visibleLength } from './escapeHtml.js';
import { MAX_MESSAGE_LENGTH } from './renderAnswer.js';

/** What the bot needs for `/follow`, `/unfollow` and `/feeds`; a command whose service is absent says so. */
export interface TelegramSettings {
  follows?: FollowService;
  feeds?: FeedService;
}

/**
 * Keeps follows in step with the chats, as digests are: a group that became a supergroup takes its follows
 * along, a chat the bot was removed from follows nothing any more. Every update goes on to the next
 * handler (the digests' own).
 */
export function followChatEvents(follows: FollowService, logger: Logger): Composer<Context> {
  const events = new Composer<Context>();
  events.on('message:migrate_to_chat_id', async (ctx, next) => {
    follows.chatMigrated('telegram', String(ctx.chat.id), String(ctx.msg.migrate_to_chat_id));
    await next();
  });
  events.on('my_chat_member', async (ctx, next) => {
    const { status } = ctx.myChatMember.new_chat_member;
    if (status === 'left' || status === 'kicked') {
      follows.chatGone({ platform: 'telegram', chatId: String(ctx.chat.id) });
      logger.info(`telegram: removed from chat ${ctx.chat.id} (${status}); it follows nothing any more`);
    }
    await next();
  });
  return events;
}

/**
 * The reply to `/follow`, `/unfollow` or `/feeds` in Telegram HTML, as messages within Telegram's length (a
 * long list of feeds takes several, cut between lines). Who may change a chat's follows and add feeds is
 * decided as for its digest (see `administers`), Telegram being asked only when the command changes
 * something.
 */
export async function answerSettingsCommand(
  ctx: Context,
  settings: TelegramSettings,
  command: SettingsCommand,
): Promise<string[]> {
  return messagesOf(await settingsReply(ctx, settings, command));
}

/** Lines of text escaped for Telegram HTML, as few messages as fit, a line too long for one cut short. */
function messagesOf(text: string): string[] {
  const messages: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = escapeHtml(
      raw.length > MAX_MESSAGE_LENGTH / 2 ? `${raw.slice(0, MAX_MESSAGE_LENGTH / 2)}…` : raw,
    );
    const joined = current ? `${current}\n${line}` : line;
    if (current && visibleLength(joined) > MAX_MESSAGE_LENGTH) {
      messages.push(current);
      current = line;
    } else current = joined;
  }
  messages.push(current);
  return messages;
}

async function settingsReply(
  ctx: Context,
  settings: TelegramSettings,
  { name, args }: SettingsCommand,
): Promise<string> {
  const chat = { platform: 'telegram' as const, chatId: String(ctx.chat!.id) };
  if (name === 'feeds') {
    const { feeds } = settings;
    if (!feeds) return 'Feeds are not available here.';
    const isAdmin = feeds.needsAdmin(args) && (await administers(ctx));
    return feeds.handleCommand({ ...chat, args, isAdmin });
  }
  const { follows } = settings;
  if (!follows) return 'Follows are not available here.';
  const isAdmin = follows.needsAdmin(name, args) && (await administers(ctx));
  return follows.handleCommand({ ...chat, name, args, isAdmin });
}
