import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { COMMANDS, QUESTION_EXAMPLES } from '../../core/commands.js';
import type { KnowledgeBase } from '../../core/knowledgeBase.js';
import { ask } from '../../core/query/ask.js';
import type { Answer } from '../../core/types.js';
import { PAGE_SIZE, renderHelp, renderText } from './renderText.js';

export interface ConsoleChatOptions {
  kb: KnowledgeBase;
  input: Readable;
  output: Writable;
  /** Shows a prompt and a greeting (an interactive terminal); off when input is piped. */
  interactive: boolean;
  /** Handles `/digest …` when digests are available; otherwise the core explains they are not. */
  digest?: (query: string) => Promise<string> | string;
}

/** The console chat: the chat commands of Telegram and Slack in a terminal. Resolves at end of input or /quit. */
export async function runConsoleChat({
  kb,
  input,
  output,
  interactive,
  digest,
}: ConsoleChatOptions): Promise<void> {
  const write = (text: string) => output.write(`${text}\n`);
  const lines = createInterface({
    input,
    ...(interactive ? { output, prompt: '> ' } : {}),
    terminal: interactive,
  });
  let last: Answer | undefined;
  let offset = 0;
  if (interactive) {
    write(
      `factdesk — ask about the ${kb.stats.articles} articles of the corpus. /help lists the commands, /quit leaves.`,
    );
    lines.prompt();
  }
  for await (const line of lines) {
    const text = line.trim();
    if (/^\/?(quit|exit)$/i.test(text)) break;
    if (text) {
      if (/^\/?more$/i.test(text)) {
        if (last && offset + PAGE_SIZE < last.answers.length) {
          offset += PAGE_SIZE;
          write(renderText(last, offset));
        } else write('There is nothing more to show.');
      } else {
        const answer = ask(kb, text);
        if (answer.intent === 'help') write(renderHelp(kb.stats, COMMANDS, QUESTION_EXAMPLES));
        else if (answer.intent === 'digest' && digest) write(await digest(answer.query));
        else {
          last = answer;
          offset = 0;
          write(renderText(answer));
        }
      }
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}
