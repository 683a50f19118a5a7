import type { App } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import type { SlackDigests } from './composeReply.js';

/** Events that end a conversation for the app: deleted or archived, public or private. */
const CHANNEL_ENDED = ['channel_deleted', 'channel_archive', 'group_deleted', 'group_archive'] as const;

/**
 * Keeps digest subscriptions in step with the channels: a channel deleted or archived, or one the app was
 * removed from (`member_left_channel` naming the app, which Bolt lets through), gets no more digests.
 * When the app is uninstalled, its token stops working and each channel's next digest finds it gone.
 */
export function listenChatEvents(app: App, digests: SlackDigests, botUserId: string, logger: Logger): void {
  const gone = (channel: string, why: string) => {
    digests.chatGone({ platform: 'slack', chatId: channel });
    logger.info(`slack: channel ${channel} ${why}; its digest is off`);
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
