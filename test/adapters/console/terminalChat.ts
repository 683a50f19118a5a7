import { PassThrough } from 'node:stream';
import { runConsoleChat } from '../../../src/adapters/console/chat.js';
import { ChatOutput } from '../../../src/adapters/console/chatOutput.js';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { createLogger } from '../../../src/logger.js';
import { TerminalScreen } from './terminalScreen.js';

export interface TerminalChatOptions {
  /** The terminal's width (120 by default). */
  columns?: number;
  digest?: (query: string) => Promise<string> | string;
}

/**
 * The console chat in an interactive terminal, with a logger writing on the same terminal (as stdout and
 * stderr share one) and routed through the chat as `factdesk chat` does. Resolves once the prompt shows.
 */
export async function terminalChat(kb: KnowledgeBase, { columns = 120, digest }: TerminalChatOptions = {}) {
  const screen = new TerminalScreen(columns);
  const keys = new PassThrough();
  const output = new ChatOutput(screen.stream);
  const logger = createLogger('info', [], (line) => screen.stream.write(`${line}\n`));
  logger.setOutputHook((line, write) => output.print(line, write));
  const done = runConsoleChat({ kb, input: keys, output, interactive: true, ...(digest ? { digest } : {}) });
  await screen.until(() => screen.text.endsWith('\n>'), 'the prompt');
  return {
    screen,
    output,
    logger,
    /** Resolves when the chat ends. */
    done,
    /** Types `text` a key at a time, as a person does, each echoed or answered before the next. */
    async type(text: string): Promise<void> {
      for (const key of text) {
        const before = screen.writes;
        keys.write(key);
        await screen.until(() => screen.writes > before, `the answer to ${JSON.stringify(key)}`);
      }
    },
    /** Resolves once the screen shows `text`. */
    shows: (text: string) => screen.until(() => screen.text.includes(text), text),
    lastLines: (n: number) => screen.text.split('\n').slice(-n),
  };
}
