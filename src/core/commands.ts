/** The chat commands every adapter offers, with what they do and how they are typed. */
export interface CommandInfo {
  command: 'who' | 'when' | 'quote' | 'search' | 'digest' | 'help';
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
  { command: 'help', description: 'what this bot knows and how to ask', usage: '/help', example: '/help' },
];

/** The free-text questions the core understands, in their general form: help's when the corpus gives none. */
export const QUESTION_FORMS: readonly string[] = [
  'Who is …?',
  'When did … happen?',
  'What did … say about …?',
];
