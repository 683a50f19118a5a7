import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Answer, KnowledgeBase, SettingsCommand } from '../../core/mod.js';
import { ask, helpExamples, knownCounts, settingsCommandOf } from '../../core/mod.js';
import type { ChatOutput } from './chatOutput.js';
import { PAGE_SIZE, renderHelp, renderText } from './renderText.js';

export interface ConsoleChatOptions {
  kb: KnowledgeBase;
  input: Readable;
  /** Where the chat answers; what else prints there while the chat waits for a line goes above its prompt. */
  output: ChatOutput;
  /**
   * An interactive terminal: a greeting, a prompt, line editing, and Ctrl-C as in readline (it clears a
   * half-typed line, and leaves on an empty one). Off when input is piped.
   */
  interactive: boolean;
  /** Handles `/digest …` when digests are available; otherwise the core explains they are not. */
  digest?: (query: string) => Promise<string> | string;
  /** Handles `/follow`, `/unfollow` and `/feeds` when they are available. */
  settings?: (command: SettingsCommand) => Promise<string> | string;
}

/**
 * The console chat: the chat commands of Telegram and Slack in a terminal. Resolves at end of input, /quit,
 * Ctrl-D or Ctrl-C on an empty line.
 */
export async function runConsoleChat({
  kb,
  input,
  output,
  interactive,
  digest,
  settings,
}: ConsoleChatOptions): Promise<void> {
  const write = (text: string) => output.stream.write(`${text}\n`);
  const lines = createInterface({
    input,
    ...(interactive ? { output: output.stream, prompt: '> ' } : {}),
    terminal: interactive,
  });
  let closed = false;
  const prompt = () => {
    if (!interactive || closed) return;
    lines.prompt();
    output.waitAt(lines);
  };
  lines.on('line', () => output.waitAt(undefined));
  // Left at the prompt (Ctrl-C, Ctrl-D): what the shell prints next starts on a line of its own.
  lines.on('close', () => {
    closed = true;
    if (output.waiting) output.stream.write('\n');
    output.waitAt(undefined);
  });
  if (interactive) {
    // Ctrl-C clears a half-typed line; on an empty line it leaves at once: there is nothing to lose there,
    // so a second Ctrl-C is not asked for.
    lines.on('SIGINT', () => {
      if (lines.line === '') lines.close();
      else {
        lines.write(null, { ctrl: true, name: 'e' });
        lines.write(null, { ctrl: true, name: 'u' });
      }
    });
    write(
      `factdesk — ask about the ${knownCounts(kb.stats).articles} of the corpus. /help lists the commands, /quit leaves.`,
    );
    prompt();
  }
  let last: Answer | undefined;
  let offset = 0;
  for await (const line of lines) {
    const text = line.trim();
    if (/^\/?(quit|exit)$/i.test(text)) break;
    if (text) {
      const setting = settingsCommandOf(text);
      if (/^\/?more$/i.test(text)) {
        if (last && offset + PAGE_SIZE < last.answers.length) {
          offset += PAGE_SIZE;
          write(renderText(last, offset));
        } else write('There is nothing more to show.');
      } else if (setting) {
        write(settings ? await settings(setting) : `/${setting.name} is not available here.`);
      } else {
        const answer = ask(kb, text);
        if (answer.intent === 'help') write(renderHelp(kb.stats, helpExamples(kb), { chat: true }));
        else if (answer.intent === 'digest' && digest) write(await digest(answer.query));
        else {
          last = answer;
          offset = 0;
          write(renderText(answer));
        }
      }
    }
    prompt();
  }
  lines.close();
}
