import type { App, SayFn } from '@slack/bolt';
import type { BoundedMap } from '../../core/mod.js';
import type { ReplyDeps } from './composeReply.js';
import { composeReply } from './composeReply.js';
import { mentionsUser, readSlackText } from './slackText.js';

export interface ConversationDeps extends ReplyDeps {
  /** Threads the app has answered in (`channel:thread_ts`): a follow-up there needs no mention. */
  threads: BoundedMap<string, true>;
}

/**
 * Questions in conversations: `@factdesk …` in a channel is answered in the message's thread, a later
 * message in a thread the app answered in is answered without a mention, and direct messages are
 * answered where they are. Bots (the app included) are never answered.
 */
export function listenConversations(app: App, deps: ConversationDeps): void {
  // `threadTs`: the thread to answer in; none for a top-level direct message.
  const answer = async (say: SayFn, typed: string, userId: string, channelId: string, threadTs?: string) => {
    const text = readSlackText(typed, deps.botUserId);
    const reply = await composeReply(deps, {
      input: text,
      asked: text,
      audience: 'visible',
      channelId,
      userId,
    });
    await say({
      ...reply,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      // A cited article's link would otherwise unfold into a preview under every answer.
      unfurl_links: false,
      unfurl_media: false,
    });
    if (threadTs) deps.threads.set(`${channelId}:${threadTs}`, true);
  };

  app.event('app_mention', async ({ event, say }) => {
    if (event.bot_id || !event.user) return;
    await answer(say, event.text, event.user, event.channel, event.thread_ts ?? event.ts);
  });

  app.message(async ({ message, context, say }) => {
    // Edits, deletions, joins and bot posts have a subtype; a reply also sent to the channel is a question too.
    if (message.subtype !== undefined && message.subtype !== 'thread_broadcast') return;
    if (('bot_id' in message && message.bot_id) || !message.user || !message.text) return;
    const direct = message.channel_type === 'im';
    if (!direct) {
      const followUp =
        message.thread_ts !== undefined && deps.threads.has(`${message.channel}:${message.thread_ts}`);
      // A message that mentions the app also arrives as app_mention, which answers it.
      if (!followUp || mentionsUser(message.text, context.botUserId)) return;
    }
    await answer(say, message.text, message.user, message.channel, message.thread_ts);
  });
}
