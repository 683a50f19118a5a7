import { termsOf } from '../index/searchTerms.js';

/** Follows a chat may have: enough for the people and topics a newsroom watches, few enough to read as a list. */
export const MAX_FOLLOWS_PER_CHAT = 20;
/** Shortest and longest words followed: one letter matches too much, and a follow is a name or a topic. */
export const MIN_FOLLOW_LENGTH = 2;
export const MAX_FOLLOW_LENGTH = 100;

export const FOLLOW_USAGE = [
  '/follow WORDS — an alert when a new article has facts about a person, an organisation or a topic',
  '/follow — what this chat follows',
  '/unfollow WORDS — stop one (/unfollow all: every one)',
];

/** A `/follow` or `/unfollow` command as typed, read but not yet applied. */
export type FollowCommand =
  | { kind: 'list' }
  | { kind: 'follow'; words: string }
  | { kind: 'unfollow'; words: string }
  | { kind: 'unfollow-all' };

export type ParsedFollowCommand = { command: FollowCommand } | { error: string };

const ALL = /^(all|everything|\*)$/i;

/** Reads the words after `/follow` or `/unfollow`; `/follow` alone lists the chat's follows. */
export function parseFollowCommand(name: 'follow' | 'unfollow', args: string): ParsedFollowCommand {
  const words = args.trim().replace(/\s+/g, ' ');
  if (name === 'unfollow') {
    if (!words) {
      return {
        error: 'Type what to stop following after /unfollow, as /follow lists it (/unfollow all: every one).',
      };
    }
    if (ALL.test(words)) return { command: { kind: 'unfollow-all' } };
    return { command: { kind: 'unfollow', words } };
  }
  if (!words || /^(list|status)$/i.test(words)) return { command: { kind: 'list' } };
  if (words.length < MIN_FOLLOW_LENGTH || words.length > MAX_FOLLOW_LENGTH) {
    return {
      error: `Follow ${MIN_FOLLOW_LENGTH} to ${MAX_FOLLOW_LENGTH} characters: a name or a few words (got ${words.length}).`,
    };
  }
  if (termsOf(words).length === 0) {
    return {
      error: `“${words}” has no word to look for; name someone or something: a person, an organisation or a few words.`,
    };
  }
  return { command: { kind: 'follow', words } };
}

/** Two follows are the same when they differ only in case and spacing. */
export function followKey(words: string): string {
  return words.trim().replace(/\s+/g, ' ').toLowerCase();
}
