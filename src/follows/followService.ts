import type { FollowCommand } from '../core/follows/parseFollowCommand.js';
import {
  FOLLOW_USAGE,
  MAX_FOLLOWS_PER_CHAT,
  parseFollowCommand,
} from '../core/follows/parseFollowCommand.js';
import type { ChatKey, DigestPlatform } from '../digest/transport.js';
import type { FollowStore } from './followStore.js';

/** A `/follow …` or `/unfollow …` command from a chat, as an adapter hands it over. */
export interface FollowCommandRequest extends ChatKey {
  name: 'follow' | 'unfollow';
  /** The words after the command. */
  args: string;
  /** May this user change the chat's follows? As for digests: the user in a private chat, else its admins. */
  isAdmin: boolean;
}

/** The reply to every `/follow` while the database cannot be opened. */
export const FOLLOWS_UNAVAILABLE =
  'Follows are unavailable right now: their database cannot be opened. /who, /when, /quote and /search work as usual.';

/** What the adapters use of the follows: the commands, and word of chats that moved or went away. */
export interface FollowService {
  handleCommand(request: FollowCommandRequest): string;
  /** Whether the command changes the chat's follows, so that only an administrator may run it. */
  needsAdmin(name: 'follow' | 'unfollow', args: string): boolean;
  chatMigrated(platform: DigestPlatform, fromChatId: string, toChatId: string): void;
  /** The bot left or was removed from the chat: it follows nothing any more. */
  chatGone(chat: ChatKey): void;
}

/** Handles `/follow` and `/unfollow` in every platform's chats. Never throws on what a user typed. */
export class FollowCommands implements FollowService {
  constructor(
    private readonly store: FollowStore,
    private readonly clock: () => number = Date.now,
  ) {}

  handleCommand(request: FollowCommandRequest): string {
    const parsed = parseFollowCommand(request.name, request.args);
    if ('error' in parsed) return parsed.error;
    const { command } = parsed;
    const chat: ChatKey = { platform: request.platform, chatId: request.chatId };
    if (changes(command) && !request.isAdmin) {
      return 'Only an administrator of this chat can change what it follows. /follow alone lists it, for everyone.';
    }
    switch (command.kind) {
      case 'list':
        return this.list(chat);
      case 'follow': {
        const added = this.store.addFollow(chat, command.words, MAX_FOLLOWS_PER_CHAT, this.clock());
        if (added === 'exists') return `This chat follows “${command.words}” already.`;
        if (added === 'full') {
          return `This chat follows ${MAX_FOLLOWS_PER_CHAT} things, the most it may: /unfollow one first.`;
        }
        return `Following “${command.words}”: when a new article has facts about it, this chat gets them with the article's link. /unfollow ${command.words} stops it.`;
      }
      case 'unfollow':
        return this.store.removeFollow(chat, command.words)
          ? `No more alerts about “${command.words}”.`
          : `This chat does not follow “${command.words}”. ${this.list(chat)}`;
      case 'unfollow-all': {
        const count = this.store.removeAll(chat);
        return count === 0
          ? 'This chat follows nothing.'
          : `No more alerts: ${count === 1 ? 'the one follow' : `all ${count} follows`} of this chat stopped.`;
      }
    }
  }

  needsAdmin(name: 'follow' | 'unfollow', args: string): boolean {
    const parsed = parseFollowCommand(name, args);
    return 'command' in parsed && changes(parsed.command);
  }

  chatMigrated(platform: DigestPlatform, fromChatId: string, toChatId: string): void {
    this.store.moveChat(platform, fromChatId, toChatId);
  }

  chatGone(chat: ChatKey): void {
    this.store.removeAll(chat);
  }

  private list(chat: ChatKey): string {
    const follows = this.store.follows(chat);
    if (follows.length === 0) {
      return ['This chat follows nothing yet.', ...FOLLOW_USAGE].join('\n');
    }
    return [
      `This chat follows (an alert when a new article has facts about one):`,
      ...follows.map((words) => `• ${words}`),
      '/unfollow WORDS stops one.',
    ].join('\n');
  }
}

function changes(command: FollowCommand): boolean {
  return command.kind !== 'list';
}
