import type { SettingsCommand } from '../../core/mod.js';
import type { FeedService } from '../../feeds/feedService.js';
import type { FollowService } from '../../follows/followService.js';
import { CONSOLE_CHAT_ID } from './consoleDigest.js';
import { errorText } from '../../core/mod.js';

/**
 * `/follow`, `/unfollow` and `/feeds` in the console chat, answered as text. The console is one chat and its
 * own administrator; a database error is told, not thrown at the chat.
 */
export function consoleSettingsCommand(services: {
  follows: FollowService;
  feeds: FeedService;
}): (command: SettingsCommand) => Promise<string> {
  return async ({ name, args }) => {
    const chat = { platform: 'console' as const, chatId: CONSOLE_CHAT_ID, args, isAdmin: true };
    try {
      return name === 'feeds'
        ? await services.feeds.handleCommand(chat)
        : services.follows.handleCommand({ ...chat, name });
    } catch (error) {
      return `The settings cannot be read or saved right now (${errorText(error)}).`;
    }
  };
}
