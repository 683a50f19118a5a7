import type { App } from '@slack/bolt';
import type { ChatKey } from '../../digest/transport.js';
import type { Logger } from '../../logger.js';

/** Events that end a conversation for the app: deleted or archived, public or private. */
const CHANNEL_ENDED = ['channel_deleted', 'channel_archive', 'group_deleted', 'group_archive'] as const;

/** What keeps a setting per channel (digests, follows): told when a channel goes away. */
export interface ChannelSettings {
  chatGone(chat: ChatKey): void;
}

/**
 * Keeps digest subscriptions and follows in step with the channels: a channel deleted or archived, or one
 * the app was removed from (`member_left_channel` naming the app, which Bolt lets through), gets no more
 * digests or alerts. When the app is uninstalled, its token stops working and each channel's next digest
 * or alert finds it gone.
 */
export function listenChatEvents(
  app: App,
  settings: readonly ChannelSettings[],
  botUserId: string,
  logger: Logger,
): void {
  const gone = (channel: string, why: string) => {
    for (const setting of settings) setting.chatGone({ platform: 'slack', chatId: channel });
    logger.info(`slack: channel ${channel} ${why}; its digest and follows are off`);
  };
  for (const type of CHANNEL_ENDED) {
    app.event(type, async ({ event }) =>
      gone(event.channel, type.endsWith('deleted') ? 'was deleted' : 'was archived'),
    );
  }
  app.event('member_left_channel', async ({ event }) => {
    if (event.user === botUserId) gone(event.channel, 'no longer has the app');
  });
}
