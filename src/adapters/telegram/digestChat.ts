import type { Context } from 'grammy';
import { Composer } from 'grammy';
import type { DigestService } from '../../digest/digestService.js';
import type { Logger } from '../../logger.js';
import { renderDigestReply } from './renderDigest.js';

/** What the bot needs of the digests: all of the service, chats that moved included. */
export type TelegramDigests = DigestService;

/**
 * Keeps subscriptions in step with the chats: a group that became a supergroup (Telegram says so with a
 * service message in the old chat, `migrate_to_chat_id`, and in the new one, `migrate_from_chat_id`) takes
 * its digest along; a chat the bot was removed from, or a private chat whose user blocked it
 * (`my_chat_member`, now `left` or `kicked`), gets no more digests.
 */
export function digestChatEvents(digests: TelegramDigests, logger: Logger): Composer<Context> {
  const moved = (from: string, to: string) => {
    digests.chatMigrated('telegram', from, to);
    logger.info(`telegram: chat ${from} became supergroup ${to}; its digest moved with it`);
  };
  const events = new Composer<Context>();
  events.on('message:migrate_to_chat_id', (ctx) =>
    moved(String(ctx.chat.id), String(ctx.msg.migrate_to_chat_id)),
  );
  events.on('message:migrate_from_chat_id', (ctx) =>
    moved(String(ctx.msg.migrate_from_chat_id), String(ctx.chat.id)),
  );
  events.on('my_chat_member', (ctx) => {
    const { status } = ctx.myChatMember.new_chat_member;
    if (status !== 'left' && status !== 'kicked') return;
    digests.chatGone({ platform: 'telegram', chatId: String(ctx.chat.id) });
    logger.info(`telegram: removed from chat ${ctx.chat.id} (${status}); its digest is off`);
  });
  return events;
}

/**
 * The reply to `/digest …` in Telegram HTML. Whoever may change a chat's digest: anyone in a private chat;
 * in a group, its creator and administrators, including those posting anonymously as the group
 * (`sender_chat` is the group itself). Telegram is asked only for commands that change something.
 */
export async function answerDigestCommand(
  ctx: Context,
  digests: TelegramDigests,
  args: string,
): Promise<string> {
  const chat = ctx.chat!;
  const isAdmin = digests.needsAdmin(args) && (await administers(ctx));
  return renderDigestReply(
    digests.handleCommand({ platform: 'telegram', chatId: String(chat.id), args, isAdmin }),
  );
}

/** Whether the sender may change the chat's settings: see `answerDigestCommand`. */
export async function administers(ctx: Context): Promise<boolean> {
  const chat = ctx.chat!;
  if (chat.type === 'private') return true;
  if (ctx.msg?.sender_chat?.id === chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.getChatMember(ctx.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}
