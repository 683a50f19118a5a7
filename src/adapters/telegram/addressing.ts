import type { Message, UserFromGetMe } from 'grammy/types';

/** A message this bot should answer, as the text to hand to the core. */
export type Addressed =
  /** A bot command; `explicit` when it names this bot (`/who@ThisBot`) or comes in a private chat. */
  | { kind: 'command'; text: string; explicit: boolean }
  /** Free text: in a private chat, a reply to this bot, or a message that @mentions it (mention removed). */
  | { kind: 'question'; text: string };

/**
 * Whom a message is for. In groups a bot sees other bots' commands and (without privacy mode) all chatter,
 * so: a command addressed to another bot, a message from a bot (but for an anonymous admin's), a fact card sent through this bot's inline
 * mode, and group messages that neither mention nor reply to this bot give `undefined`. A message that
 * starts with a command is only ever a command, never also a question.
 */
export function addressOf(message: Message, me: UserFromGetMe): Addressed | undefined {
  const text = message.text;
  // An administrator who posts anonymously writes as the group itself, through @GroupAnonymousBot.
  const asTheGroup = message.sender_chat?.id === message.chat.id;
  if (!text || (message.from?.is_bot && !asTheGroup) || message.via_bot?.id === me.id) return undefined;
  const isPrivate = message.chat.type === 'private';
  if (message.chat.type === 'channel') return undefined;
  const entities = message.entities ?? [];
  const first = entities[0];
  if (first?.type === 'bot_command' && first.offset === 0) {
    const word = text.slice(0, first.length);
    const at = word.indexOf('@');
    const target = at < 0 ? undefined : word.slice(at + 1);
    if (target !== undefined && !sameUsername(target, me.username)) return undefined;
    const command = at < 0 ? word : word.slice(0, at);
    return { kind: 'command', text: command + text.slice(first.length), explicit: isPrivate || !!target };
  }
  const mentions = entities.filter(
    (e) =>
      (e.type === 'mention' && sameUsername(text.slice(e.offset + 1, e.offset + e.length), me.username)) ||
      (e.type === 'text_mention' && e.user.id === me.id),
  );
  const repliesToMe = message.reply_to_message?.from?.id === me.id;
  if (!isPrivate && mentions.length === 0 && !repliesToMe) return undefined;
  let question = text;
  for (const m of [...mentions].reverse()) {
    question = question.slice(0, m.offset) + question.slice(m.offset + m.length);
  }
  return { kind: 'question', text: question.replace(/\s+/g, ' ').trim() };
}

/** Telegram usernames are case-insensitive. */
function sameUsername(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
