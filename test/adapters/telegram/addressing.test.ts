import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { addressOf } from '../../../src/adapters/telegram/addressing.js';
import { FakeBotApi, OTHER_BOT, textMessage } from './fakeBotApi.js';

const me = new FakeBotApi().me;
const message = (chatId: number, text: string, extra: Partial<Message> = {}) =>
  textMessage(chatId, text, extra).message as Message;
const address = (chatId: number, text: string, extra: Partial<Message> = {}) =>
  addressOf(message(chatId, text, extra), me);
/** Extra fields of a message that replies to one of this bot's. */
const replyToMe = { reply_to_message: message(-1, 'Yerlan Koshanov is …', { from: me }) } as Partial<Message>;

describe('addressOf', () => {
  it('reads a command in a private chat as explicit, and drops this bot’s name from it', () => {
    expect(address(1, '/who Vassilenko')).toEqual({
      kind: 'command',
      text: '/who Vassilenko',
      explicit: true,
    });
    expect(address(-1, '/who@Factdesk_Test_Bot Vassilenko')).toEqual({
      kind: 'command',
      text: '/who Vassilenko',
      explicit: true,
    });
    expect(address(-1, '/who Vassilenko')).toEqual({
      kind: 'command',
      text: '/who Vassilenko',
      explicit: false,
    });
  });

  it('ignores commands addressed to another bot, even in a reply to this one', () => {
    expect(address(-1, '/who@other_news_bot Vassilenko', replyToMe)).toBeUndefined();
    expect(address(1, '/who@other_news_bot Vassilenko')).toBeUndefined();
  });

  it('takes free text in a private chat, and in a group only with a mention or as a reply to this bot', () => {
    expect(address(1, 'Who is Vassilenko?')).toEqual({ kind: 'question', text: 'Who is Vassilenko?' });
    expect(address(-1, 'Who is Vassilenko?')).toBeUndefined();
    expect(address(-1, 'Who is Vassilenko, @factdesk_test_bot?')).toEqual({
      kind: 'question',
      text: 'Who is Vassilenko, ?',
    });
    expect(address(-1, '@FACTDESK_TEST_BOT who is Vassilenko?')).toEqual({
      kind: 'question',
      text: 'who is Vassilenko?',
    });
    expect(address(-1, '@other_news_bot who is Vassilenko?')).toBeUndefined();
    expect(address(-1, 'and Koshanov?', replyToMe)).toEqual({
      kind: 'question',
      text: 'and Koshanov?',
    });
  });

  it('never reads a message that starts with a command as a question', () => {
    expect(address(-1, '/who @factdesk_test_bot')).toEqual({
      kind: 'command',
      text: '/who @factdesk_test_bot',
      explicit: false,
    });
  });

  it('ignores bots, fact cards sent through this bot, channels and messages without text', () => {
    expect(address(1, 'Who is Vassilenko?', { from: OTHER_BOT })).toBeUndefined();
    expect(address(1, 'Roman Vassilenko is …', { via_bot: me })).toBeUndefined();
    const post = { ...message(1, 'Who is Vassilenko?'), chat: { id: -5, type: 'channel', title: 'News' } };
    expect(addressOf(post as Message, me)).toBeUndefined();
    const photo = { ...message(1, 'x'), text: undefined, caption: '/who Vassilenko' };
    expect(addressOf(photo as Message, me)).toBeUndefined();
  });

  it('answers an administrator who posts anonymously, as the group, through @GroupAnonymousBot', () => {
    const anonymous = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
    const group = message(-100, '/digest on').chat;
    expect(address(-100, '/digest on', { from: anonymous, sender_chat: group })).toMatchObject({
      kind: 'command',
      text: '/digest on',
    });
    // Another chat (a linked channel) posting through the same bot is not the group's admin.
    const channel = { id: -200, type: 'channel', title: 'News' } as Message['chat'];
    expect(address(-100, '/digest on', { from: anonymous, sender_chat: channel })).toBeUndefined();
  });
});
