import type { IndexName } from './index/factIndexes.js';
import type { KnowledgeBase } from './knowledgeBase.js';
import { quote } from './query/quote.js';
import { search } from './query/search.js';
import { when } from './query/when.js';
import { who } from './query/who.js';
import type { Intent, Item, QueryIntent } from './types.js';

/** The commands whose answers are a chat's own settings, kept outside the core (follows, feeds). */
export type SettingsCommandName = 'follow' | 'unfollow' | 'feeds';

export type CommandName = QueryIntent | 'digest' | 'help' | SettingsCommandName;

/** What a user asked for: the intent, its query, and for "What did X say about Y?" the speaker. */
export interface ParsedInput {
  intent: Intent;
  query: string;
  /** "What did *Koshanov* say about …". */
  speaker?: string;
  /** The command word as typed, for `/unknown` commands. */
  command?: string;
  /** Free text, routed by its wording: its words need not all match, most of them must. */
  freeText: boolean;
  /** "Who runs/leads/heads … X?": the person at the head of X, whatever their title. */
  leading?: true;
  /** "Who *chaired* the jury?", "Who *commissioned* the library?": the verb of what the person asked for did. */
  action?: string;
  /** "When will …?": a date that was still to come when its article was written. */
  ahead?: true;
  /** "Between which dates …?", "Over which years …?": a period, from one date to another. */
  span?: true;
  /** "When did …?", "When was … built?": a date of something done by the time its article was written. */
  done?: true;
}

/** How `ask` answers a command from the corpus. */
export interface QueryCommand {
  /** The index it searches, weighed by that index's `SEARCH_WEIGHTS` (query/searchWeights.ts). */
  index: IndexName;
  /**
   * The share of a question's weight (rarer words weigh more) an answer must cover, below which it gets no
   * answer rather than a wrong one. Calibrated on the dev questions (`npm run eval`) so that those with no
   * answer in the corpus still get none; a question in words carries words of its own ("did", "join",
   * "first") that the sentence need not repeat.
   */
  floor: { command: number; question: number };
  /** What to type after the command given alone; help's example from the corpus follows when it has one. */
  emptyQuery: string;
  /** Its answers, best first, none covering less than `floor` (the command's or the question's, as asked). */
  answer(kb: KnowledgeBase, parsed: ParsedInput, floor: number): Item[];
}

/** A chat command every adapter offers, with what it does and how it is typed. */
export type CommandInfo = {
  description: string;
  /** How it is typed, what to fill in written in capitals (the Slack manifest's usage hints are the same). */
  usage: string;
  /**
   * An example that holds on any corpus. Examples of the corpus's own facts (for /who, /when, /quote,
   * /search) are drawn from the loaded corpus by `helpExamples`.
   */
  example?: string;
  /** Other words that type it ("/find" is "/search"). */
  aliases?: readonly string[];
} & (
  | { command: QueryIntent; query: QueryCommand }
  | { command: 'digest' | 'help'; query?: never }
  /** Answered by the chat's own settings, outside the core (src/follows, src/feeds): `settingsCommandOf`. */
  | { command: SettingsCommandName; query?: never; settings: true }
);

/** Every command, in the order help lists them: the one table a new command is added to. */
export const COMMANDS: readonly CommandInfo[] = [
  {
    command: 'who',
    description: 'who a person is, and their role; or who holds a role',
    usage: '/who NAME or ROLE',
    query: {
      index: 'people',
      floor: { command: 0.65, question: 0.6 },
      emptyQuery: 'Type a name or a role after /who',
      answer: (kb, { query, leading, action }, floor) => who(kb, query, floor, leading, action),
    },
  },
  {
    command: 'when',
    description: 'when something happened',
    usage: '/when EVENT',
    query: {
      index: 'events',
      floor: { command: 0.55, question: 0.5 },
      emptyQuery: 'Type what happened after /when',
      answer: (kb, { query, ahead, span, done }, floor) => when(kb, query, floor, ahead, span, done),
    },
  },
  {
    command: 'quote',
    description: 'what was said, by whom, and where it is written',
    usage: '/quote WORDS or SPEAKER',
    aliases: ['quotes'],
    query: {
      index: 'quotes',
      floor: { command: 0.6, question: 0.5 },
      emptyQuery: 'Type some words of the quotation or the speaker after /quote',
      answer: (kb, { query, speaker }, floor) => quote(kb, query, speaker, floor),
    },
  },
  {
    command: 'search',
    description: 'passages that mention some words',
    usage: '/search WORDS',
    aliases: ['find'],
    query: {
      index: 'passages',
      floor: { command: 0.6, question: 0.5 },
      emptyQuery: 'Type some words after /search',
      answer: (kb, { query }, floor) => search(kb, query, floor),
    },
  },
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
    settings: true,
  },
  {
    command: 'unfollow',
    description: 'no more alerts about it',
    usage: '/unfollow WORDS or all',
    settings: true,
  },
  {
    command: 'feeds',
    description: 'the news feeds the corpus grows from; admins add and remove them',
    usage: '/feeds add/remove URL',
    example: '/feeds',
    settings: true,
  },
  {
    command: 'help',
    description: 'what this bot knows and how to ask',
    usage: '/help',
    example: '/help',
    aliases: ['start'],
  },
];

const QUERIES: ReadonlyMap<string, QueryCommand> = new Map(
  COMMANDS.flatMap((c) => (c.query ? [[c.command, c.query] as const] : [])),
);

/** How a query command is answered: every query intent `parseInput` gives has its row in the table. */
export function queryCommand(intent: QueryIntent): QueryCommand {
  return QUERIES.get(intent)!;
}

/** The answers to a parsed query command, with the floor of its kind of asking; [] for any other intent. */
export function answersTo(kb: KnowledgeBase, parsed: ParsedInput): Item[] {
  const command = QUERIES.get(parsed.intent);
  return command ? command.answer(kb, parsed, command.floor[parsed.freeText ? 'question' : 'command']) : [];
}

/** The intent each command word (or alias) types; a settings command is none of `ask`'s. */
export const COMMAND_INTENTS: ReadonlyMap<string, Intent> = new Map(
  COMMANDS.flatMap((c) =>
    'settings' in c ? [] : [c.command, ...(c.aliases ?? [])].map((word) => [word, c.command] as const),
  ),
);

export interface SettingsCommand {
  name: SettingsCommandName;
  /** The words after the command. */
  args: string;
}

const COMMAND_WORD = /^\/(\w+)(?:@\w+)?(?:\s+([\s\S]*))?$/;

/**
 * `/follow …`, `/unfollow …` or `/feeds …` as typed in any chat: an adapter hands these to their service
 * rather than to `ask`. `undefined` for anything else.
 */
export function settingsCommandOf(input: string): SettingsCommand | undefined {
  const match = COMMAND_WORD.exec(input.trim());
  const command = match && COMMANDS.find((c) => c.command === match[1]!.toLowerCase());
  if (!command || !('settings' in command)) return undefined;
  return { name: command.command, args: (match[2] ?? '').trim() };
}

/** The free-text questions the core understands, in their general form: help's when the corpus gives none. */
export const QUESTION_FORMS: readonly string[] = [
  'Who is …?',
  'When did … happen?',
  'What did … say about …?',
];
