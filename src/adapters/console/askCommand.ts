import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { COMMANDS, QUESTION_EXAMPLES } from '../../core/commands.js';
import type { KnowledgeBase } from '../../core/knowledgeBase.js';
import { ask } from '../../core/query/ask.js';
import { renderHelp, renderText } from './renderText.js';

/** `factdesk ask TEXT`: one answer, as `Answer` JSON or as text (all its items). */
export function askOnce(kb: KnowledgeBase, text: string, json: boolean, output: Writable): void {
  const answer = ask(kb, text);
  if (json) output.write(`${JSON.stringify(answer)}\n`);
  else if (answer.intent === 'help') output.write(`${renderHelp(kb.stats, COMMANDS, QUESTION_EXAMPLES)}\n`);
  else output.write(`${renderText(answer, 0, answer.answers.length || 1)}\n`);
}

/** `factdesk ask --jsonl`: one question a line in, one `Answer` JSON a line out, in order. */
export async function askLines(kb: KnowledgeBase, input: Readable, output: Writable): Promise<void> {
  for await (const line of createInterface({ input, terminal: false })) {
    output.write(`${JSON.stringify(ask(kb, line))}\n`);
  }
}
