import type { Context } from 'grammy';
import { Composer } from 'grammy';
import type { SettingsCommand } from '../../core/commands.js';
import type { FeedService } from '../../feeds/feedService.js';
import type { FollowService } from '../../follows/followService.js';
import type { Logger } from '../../logger.js';
import { administers } from './digestChat.js';
import { escapeHtml } from './escapeHtml.js';

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
 * The reply to `/follow`, `/unfollow` or `/feeds` in Telegram HTML. Who may change a chat's follows and add
 * feeds is decided as for its digest (see `administers`), Telegram being asked only when the command changes
 * something.
 */
export async function answerSettingsCommand(
  ctx: Context,
  settings: TelegramSettings,
  { name, args }: SettingsCommand,
): Promise<string> {
  const chat = { platform: 'telegram' as const, chatId: String(ctx.chat!.id) };
  if (name === 'feeds') {
    const { feeds } = settings;
    if (!feeds) return escapeHtml('Feeds are not available here.');
    const isAdmin = feeds.needsAdmin(args) && (await administers(ctx));
    return escapeHtml(await feeds.handleCommand({ ...chat, args, isAdmin }));
  }
  const { follows } = settings;
  if (!follows) return escapeHtml('Follows are not available here.');
  const isAdmin = follows.needsAdmin(name, args) && (await administers(ctx));
  return escapeHtml(follows.handleCommand({ ...chat, name, args, isAdmin }));
}
