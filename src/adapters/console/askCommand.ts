import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { KnowledgeBase } from '../../core/mod.js';
import { ask, helpExamples } from '../../core/mod.js';
import { readableJson } from './readableJson.js';
import { renderHelp, renderText } from './renderText.js';

/** The widest a line of JSON is laid out on a terminal: the README's examples are this wide. */
const JSON_WIDTH = 110;

/**
 * `factdesk ask TEXT`: one answer, as text (all its items) or as `Answer` JSON: laid out over lines on a
 * terminal, for a person to read, and on one line for a program. Returns whether it answered (help does),
 * for the exit code.
 */
export function askOnce(
  kb: KnowledgeBase,
  text: string,
  json: boolean,
  output: Writable & { isTTY?: boolean; columns?: number },
): boolean {
  const answer = ask(kb, text);
  if (json) {
    // A terminal whose size is unknown (a pseudo-terminal nobody sized) has 0 columns.
    const width = output.columns ? Math.min(output.columns, JSON_WIDTH) : JSON_WIDTH;
    output.write(`${output.isTTY ? readableJson(answer, width) : JSON.stringify(answer)}\n`);
  } else if (answer.intent === 'help') output.write(`${renderHelp(kb.stats, helpExamples(kb))}\n`);
  else output.write(`${renderText(answer, 0, answer.answers.length || 1)}\n`);
  return answer.answers.length > 0 || answer.intent === 'help';
}

/**
 * `factdesk ask --jsonl`: one question a line in, one `Answer` JSON a line out, in order. Each line says
 * whether its question was answered, so a question without an answer is no failure of the run.
 */
export async function askLines(kb: KnowledgeBase, input: Readable, output: Writable): Promise<void> {
  for await (const line of createInterface({ input, terminal: false })) {
    output.write(`${JSON.stringify(ask(kb, line))}\n`);
  }
}
