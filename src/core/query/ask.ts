import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Answer, Item } from '../types.js';
import type { ExampleCommand } from './helpExamples.js';
import { helpExamples } from './helpExamples.js';
import { MAX_INPUT_LENGTH } from './limits.js';
import { parseInput } from './parseInput.js';
import { quote } from './quote.js';
import { search } from './search.js';
import { closestCommands, suggest } from './suggest.js';
import { when } from './when.js';
import { who } from './who.js';

/**
 * The confidence floor of each kind of question: the share of its weight (rarer words weigh more) an answer
 * must cover, below which the question gets no answer rather than a wrong one. Calibrated on the dev
 * questions (`npm run eval`) so that those with no answer in the corpus still get none; a question in
 * words carries words of its own ("did", "join", "first") that the sentence need not repeat.
 */
const CONFIDENCE_FLOOR: Record<'who' | 'when' | 'quote' | 'search', { command: number; question: number }> = {
  who: { command: 0.7, question: 0.6 },
  when: { command: 0.55, question: 0.5 },
  quote: { command: 0.6, question: 0.5 },
  search: { command: 0.6, question: 0.5 },
};

/** What to type after a command given alone; followed by an example from the corpus when it has one. */
const EMPTY_QUERY: Record<ExampleCommand, string> = {
  who: 'Type a name or a role after /who',
  when: 'Type what happened after /when',
  quote: 'Type some words of the quotation or the speaker after /quote',
  search: 'Type some words after /search',
};

/** Answers one message: a command or a free-text question. Never throws on user input. */
export function ask(kb: KnowledgeBase, input: string): Answer {
  const text = input.trim();
  if (text.length > MAX_INPUT_LENGTH) {
    return {
      input,
      intent: 'unknown',
      query: '',
      answers: [],
      error: `That message is ${text.length} characters long; I read questions of up to ${MAX_INPUT_LENGTH}. Ask about one name, event or quotation at a time.`,
    };
  }
  if (!text) return { input, intent: 'help', query: '', answers: [] };
  const parsed = parseInput(text);
  const { intent, query } = parsed;
  const answer: Answer = { input, intent, query, answers: [] };
  if (intent === 'help') return answer;
  if (intent === 'unknown') {
    return {
      ...answer,
      error: `There is no command /${parsed.command}.`,
      suggestions: closestCommands(parsed.command ?? '', query),
    };
  }
  if (intent === 'digest') {
    return { ...answer, error: 'Digests are set up in a chat (Telegram, Slack or the console chat).' };
  }
  if (!query && parsed.speaker === undefined) {
    const example = helpExamples(kb).commands[intent];
    return { ...answer, error: `${EMPTY_QUERY[intent]}${example ? `, for example: ${example}` : '.'}` };
  }
  const floor = CONFIDENCE_FLOOR[intent][parsed.freeText ? 'question' : 'command'];
  let answers: Item[];
  if (intent === 'who') answers = who(kb, query, floor, parsed.leading);
  else if (intent === 'when') answers = when(kb, query, floor);
  else if (intent === 'quote') answers = quote(kb, query, parsed.speaker, floor);
  else answers = search(kb, query, floor);
  answer.answers = answers;
  if (answers.length === 0) {
    const about = parsed.speaker ? `${parsed.speaker} ${query}`.trim() : query;
    answer.suggestions = suggest(kb, intent, about);
  }
  return answer;
}
