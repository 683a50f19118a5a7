import type { DigestService } from '../../digest/digestService.js';
import type { DigestTransport } from '../../digest/transport.js';
import type { ChatOutput } from './chatOutput.js';
import { renderDigestReply, renderDigestText } from './renderDigest.js';
import { errorText } from '../../core/mod.js';

/** The chat id of the console chat: there is one, the terminal, and its user runs it. */
export const CONSOLE_CHAT_ID = 'console';

/** `/digest …` in the console chat, answered as text; a database error is told, not thrown at the chat. */
export function consoleDigestCommand(service: DigestService): (args: string) => string {
  return (args) => {
    try {
      return renderDigestReply(
        service.handleCommand({ platform: 'console', chatId: CONSOLE_CHAT_ID, args, isAdmin: true }),
      );
    } catch (error) {
      return `The digest settings cannot be read or saved right now (${errorText(error)}).`;
    }
  };
}

/** Delivers the console chat's daily digest by printing it, above the prompt while the chat waits for a line. */
export function consoleDigestTransport(output: ChatOutput): DigestTransport {
  return {
    platform: 'console',
    async send(_chatId, digest) {
      if (!output.writable) return { status: 'retry', reason: 'the console output is closed' };
      output.print(`\n${renderDigestText(digest)}`);
      return { status: 'sent' };
    },
  };
}
