import type { Writable } from 'node:stream';
import type { DigestService } from '../../digest/digestService.js';
import type { DigestTransport } from '../../digest/transport.js';
import { renderDigestReply, renderDigestText } from './renderDigest.js';

/** The chat id of the console chat: there is one, the terminal, and its user runs it. */
export const CONSOLE_CHAT_ID = 'console';

/** `/digest …` in the console chat, answered as text. */
export function consoleDigestCommand(service: DigestService): (args: string) => string {
  return (args) =>
    renderDigestReply(
      service.handleCommand({ platform: 'console', chatId: CONSOLE_CHAT_ID, args, isAdmin: true }),
    );
}

/** Delivers the console chat's daily digest by printing it. */
export function consoleDigestTransport(output: Writable): DigestTransport {
  return {
    platform: 'console',
    async send(_chatId, digest) {
      if (!output.writable) return { status: 'retry', reason: 'the console output is closed' };
      output.write(`\n${renderDigestText(digest)}\n`);
      return { status: 'sent' };
    },
  };
}
