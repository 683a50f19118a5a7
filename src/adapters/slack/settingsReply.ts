import type { types } from '@slack/bolt';
import type { SettingsCommand } from '../../core/mod.js';
import type { FeedService } from '../../feeds/feedService.js';
import type { FollowService } from '../../follows/followService.js';
import type { ChatAccessCheck } from './chatAccess.js';
import { MESSAGE_BLOCK_LIMIT, SECTION_TEXT_LIMIT, fitMrkdwn } from './mrkdwn.js';
import { toSlackCommands } from './slackCommands.js';
import type { SlackMessage } from './slackMessage.js';
import { section, textMessage } from './slackMessage.js';

/** `/factdesk follow`, `unfollow` and `feeds`, with who may change a conversation's settings. */
export interface SlackSettings {
  follows?: FollowService;
  feeds?: FeedService;
  access: ChatAccessCheck;
}

export const CANNOT_POST_ALERTS =
  'I cannot post in this conversation, so its alerts could not arrive. In a channel, invite me first (/invite @factdesk); or follow things for yourself in my direct messages (Apps → factdesk).';

/** Longest line shown: a feed's line holds its title, address and state. */
const LINE_LIMIT = 400;

/**
 * `/factdesk follow|unfollow|feeds …` in a conversation. Slack is asked who administers it only for a command
 * that changes something (as for digests); a follow is refused where the app cannot post, as its alerts
 * could never arrive.
 */
export async function settingsReply(
  settings: SlackSettings | undefined,
  { name, args }: SettingsCommand,
  { channelId, userId }: { channelId: string; userId: string },
): Promise<SlackMessage> {
  const chat = { platform: 'slack' as const, chatId: channelId };
  if (name === 'feeds') {
    const feeds = settings?.feeds;
    if (!feeds) return textMessage('Feeds are not available here.');
    const isAdmin = feeds.needsAdmin(args) && (await settings.access(channelId, userId)).isAdmin;
    return renderLines(await feeds.handleCommand({ ...chat, args, isAdmin }));
  }
  const follows = settings?.follows;
  if (!follows) return textMessage('Follows are not available here.');
  let isAdmin = false;
  if (follows.needsAdmin(name, args)) {
    const allowed = await settings.access(channelId, userId);
    if (!allowed.canPost) return textMessage(CANNOT_POST_ALERTS);
    isAdmin = allowed.isAdmin;
  }
  return renderLines(follows.handleCommand({ ...chat, name, args, isAdmin }));
}

/** A reply's lines, commands spelt the Slack way, in as many sections as Slack's limits need. */
function renderLines(text: string): SlackMessage {
  const lines = toSlackCommands(text)
    .split('\n')
    .map((line) => fitMrkdwn(line, LINE_LIMIT));
  const blocks: types.KnownBlock[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > SECTION_TEXT_LIMIT) {
      blocks.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push(section(current));
  return { text: lines[0] ?? '', blocks: blocks.slice(0, MESSAGE_BLOCK_LIMIT) };
}
