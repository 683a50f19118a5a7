/** The chat commands every adapter offers, with what they do and how they are typed. */
export interface CommandInfo {
  command: 'who' | 'when' | 'quote' | 'search' | 'digest' | 'follow' | 'unfollow' | 'feeds' | 'help';
  description: string;
  /** How it is typed, what to fill in written in capitals (the Slack manifest's usage hints say the same). */
  usage: string;
  /**
   * An example that holds on any corpus. Examples of the corpus's own facts (for /who, /when, /quote,
   * /search) are drawn from the loaded corpus by `helpExamples`.
   */
  example?: string;
}

export const COMMANDS: readonly CommandInfo[] = [
  {
    command: 'who',
    description: 'who a person is, and their role; or who holds a role',
    usage: '/who NAME or ROLE',
  },
  { command: 'when', description: 'when something happened', usage: '/when EVENT' },
  {
    command: 'quote',
    description: 'what was said, by whom, and where it is written',
    usage: '/quote WORDS or SPEAKER',
  },
  { command: 'search', description: 'passages that mention some words', usage: '/search WORDS' },
  {
    command: 'digest',
    description: 'a daily digest of facts in this chat',
    usage: '/digest on/off/now/status/topic',
    example: '/digest on 08:30 Asia/Almaty',
  },
  {
    command: 'follow',
    description: 'an alert when a new article is about someone or something',
    usage: '/follow WORDS',
  },
  {
    command: 'unfollow',
    description: 'no more alerts about it',
    usage: '/unfollow WORDS or all',
  },
  {
    command: 'feeds',
    description: 'the news feeds the corpus grows from; admins add and remove them',
    usage: '/feeds add/remove URL',
    example: '/feeds',
  },
  { command: 'help', description: 'what this bot knows and how to ask', usage: '/help', example: '/help' },
];

/** The commands whose answers are a chat's own settings, kept outside the core (follows, feeds). */
export type SettingsCommandName = 'follow' | 'unfollow' | 'feeds';

export interface SettingsCommand {
  name: SettingsCommandName;
  /** The words after the command. */
  args: string;
}

const SETTINGS_COMMAND = /^\/(follow|unfollow|feeds)(?:@\w+)?(?:\s+([\s\S]*))?$/i;

/**
 * `/follow …`, `/unfollow …` or `/feeds …` as typed in any chat: an adapter hands these to their service
 * rather than to `ask`. `undefined` for anything else.
 */
export function settingsCommandOf(input: string): SettingsCommand | undefined {
  const match = SETTINGS_COMMAND.exec(input.trim());
  if (!match) return undefined;
  return { name: match[1]!.toLowerCase() as SettingsCommandName, args: (match[2] ?? '').trim() };
}

/** The free-text questions the core understands, in their general form: help's when the corpus gives none. */
export const QUESTION_FORMS: readonly string[] = [
  'Who is …?',
  'When did … happen?',
  'What did … say about …?',
];
