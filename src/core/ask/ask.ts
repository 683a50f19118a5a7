import { answersTo, queryCommand } from '../commands.js';
import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Answer } from '../types.js';
import { helpExamples } from './helpExamples.js';
import { MAX_INPUT_LENGTH } from '../query/limits.js';
import { parseInput } from './parseInput.js';
import { closestCommands, suggest } from './suggest.js';

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
    return {
      ...answer,
      error: `${queryCommand(intent).emptyQuery}${example ? `, for example: ${example}` : '.'}`,
    };
  }
  answer.answers = answersTo(kb, parsed);
  if (answer.answers.length === 0) {
    const about = parsed.speaker ? `${parsed.speaker} ${query}`.trim() : query;
    answer.suggestions = suggest(kb, intent, about);
  }
  return answer;
}
