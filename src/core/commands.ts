/** The chat commands every adapter offers, with what they do and an example on the seed corpus. */
export interface CommandInfo {
  command: 'who' | 'when' | 'quote' | 'search' | 'digest' | 'help';
  description: string;
  example: string;
}

export const COMMANDS: readonly CommandInfo[] = [
  {
    command: 'who',
    description: 'who a person is, and their role; or who holds a role',
    example: '/who Vassilenko',
  },
  { command: 'when', description: 'when something happened', example: '/when Istanbul Convention' },
  {
    command: 'quote',
    description: 'what was said, by whom, and where it is written',
    example: '/quote just society',
  },
  {
    command: 'search',
    description: 'passages that mention some words',
    example: '/search domestic violence',
  },
  {
    command: 'digest',
    description: 'a daily digest of facts in this chat',
    example: '/digest on 08:30 Asia/Almaty',
  },
  { command: 'help', description: 'what this bot knows and how to ask', example: '/help' },
];

/** Free-text questions the core understands, for help texts. */
export const QUESTION_EXAMPLES: readonly string[] = [
  'Who is the vice speaker of the Mazhilis?',
  'When did the Council of Europe invite Kazakhstan?',
  'What did Koshanov say about domestic violence?',
];
