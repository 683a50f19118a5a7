import type { CommandName } from '../../core/mod.js';
import { parseInput } from '../../core/mod.js';

/**
 * The commands of the core's table with a slash command of their own in Slack, where a workspace's command
 * names are few and shared; every other command is a `/factdesk` subcommand. The manifest (README, "Create
 * the app") gives each the table's description and usage.
 */
export const OWN_COMMANDS: readonly CommandName[] = ['who', 'when', 'quote'];

/** The slash commands the app registers in Slack. */
export const SLASH_COMMANDS = [...OWN_COMMANDS.map((c) => `/${c}`), '/factdesk'];

const OWN_COMMAND = new Set<string>(OWN_COMMANDS);

/**
 * The core's input for a slash command: `/who Vassilenko` stays itself, `/factdesk search violence`
 * becomes `/search violence`, and a `/factdesk` question in words ("Who is …?") is passed as written.
 * An unknown subcommand stays a command, so the core answers that it does not exist; no subcommand
 * at all (or only punctuation) asks for help.
 */
export function slashCommandInput(command: string, text: string): string {
  const name = command.replace(/^\//, '').toLowerCase();
  const rest = text.trim();
  if (name !== 'factdesk') return `/${name}${rest ? ` ${rest}` : ''}`;
  const asCommand = `/${rest.replace(/^\//, '')}`;
  const word = /^\/?([\p{L}\d_]+)(?:\s|$)/u.exec(rest)?.[1];
  const question = /[\p{L}\d]/u.test(rest) && rest.endsWith('?');
  if (word === undefined) return question ? rest : '';
  if (parseInput(`/${word}`).intent !== 'unknown') return asCommand;
  return question ? rest : asCommand;
}

/**
 * Core text spelt the Slack way: a command this app has no slash command for is a `/factdesk`
 * subcommand ("Try: /search violence" → "Try: /factdesk search violence").
 */
export function toSlackCommands(text: string): string {
  return text.replace(/(^|[\s“"'(])\/([\p{L}\d_]+)/gu, (match, before: string, word: string) =>
    OWN_COMMAND.has(word.toLowerCase()) ? match : `${before}/factdesk ${word}`,
  );
}
