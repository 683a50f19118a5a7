import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, Update, User, UserFromGetMe } from 'grammy/types';
import { parseTelegramHtml } from './telegramHtml.js';

/** A Bot API method call the fake received (getUpdates excepted), and whether it succeeded. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  ok: boolean;
  /** What the fake answered, when it succeeded. */
  result?: unknown;
  /** `performance.now()` when it arrived. */
  at: number;
}

/** What a failed Bot API call returns. */
export interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

type Params = Record<string, unknown>;
type Result = { ok: true; result: unknown } | ({ ok: false } & ApiError);

export const TOKEN = '123456789:AAFakeTokenForTheFakeBotApi_0123456789';

/** What Telegram answers a getUpdates that another one ended. */
export const POLLING_CONFLICT =
  'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';

/**
 * A small Telegram Bot API server on 127.0.0.1 for tests: getMe; getUpdates honouring `offset`, `limit` and
 * `timeout` (long polling); every other method recorded and answered as Telegram would, including its
 * refusals (unparseable HTML, a message over 4096 characters, callback data over 64 bytes, a wrong token).
 * getChatMember answers from `members`. Errors can be injected, such as a 429 with `retry_after` or a 400
 * with `migrate_to_chat_id`.
 */
export class FakeBotApi {
  readonly me: UserFromGetMe = {
    id: 4242,
    is_bot: true,
    first_name: 'Factdesk',
    username: 'factdesk_test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
  } as UserFromGetMe;
  readonly calls: ApiCall[] = [];
  /** The lowest update_id not yet confirmed by a getUpdates offset. */
  confirmedOffset = 0;
  /**
   * When set, a getUpdates that arrives while another one waits ends the waiting one with 409 Conflict, as
   * Telegram does: it keeps one long poll a bot token, so two programs polling with it take turns failing.
   */
  onePollAtATime = false;
  /** How many getUpdates were ended by another (see `onePollAtATime`). */
  conflicts = 0;
  /** Ends the getUpdates waiting now, with 409. */
  private endWaitingPoll: (() => void) | undefined;
  private queue: Update[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  /** What getChatMember says of a user in a chat (`chatId:userId`); `member` when not set. */
  readonly members = new Map<string, 'creator' | 'administrator' | 'member' | 'left'>();
  private readonly failures = new Map<string, ApiError[]>();
  private readonly pollers = new Set<() => void>();
  private readonly watchers = new Set<() => void>();
  private readonly server = createServer((req, res) => void this.handle(req, res));

  static async start(): Promise<FakeBotApi> {
    const api = new FakeBotApi();
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Queues an update for getUpdates; returns its update_id. */
  push(update: Omit<Update, 'update_id'>): number {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    this.queue.push(full);
    for (const wake of [...this.pollers]) wake();
    return full.update_id;
  }

  /** The next `times` calls of `method` fail with `error`. */
  failNext(method: string, error: ApiError, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array<ApiError>(times).fill(error)]);
  }

  /** Successful calls of `method` matching `match`. */
  sent(method: string, match: (params: Params) => boolean = () => true): ApiCall[] {
    return this.calls.filter((c) => c.method === method && c.ok && match(c.params));
  }

  /** Resolves with the `count`-th successful call of `method` matching `match`, waiting up to `timeoutMs`. */
  waitFor(
    method: string,
    match: (params: Params) => boolean = () => true,
    { count = 1, timeoutMs = 5000 } = {},
  ): Promise<ApiCall> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.sent(method, match)[count - 1];
        if (!found) return;
        this.watchers.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        reject(new Error(`no ${method} call #${count} matching within ${timeoutMs} ms`));
      }, timeoutMs);
      this.watchers.add(check);
      check();
    });
  }

  async close(): Promise<void> {
    for (const wake of [...this.pollers]) wake();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? '/', this.url).pathname);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const send = (result: Result) => {
      if (res.destroyed) return;
      res.writeHead(result.ok ? 200 : result.error_code, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(result));
    };
    if (!match) return send({ ok: false, error_code: 404, description: 'Not Found' });
    if (match[1] !== TOKEN) return send({ ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2]!;
    let params: Params = {};
    try {
      if (body) params = JSON.parse(body) as Params;
    } catch {
      return send({ ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    const injected = this.failures.get(method)?.shift();
    if (method === 'getUpdates') {
      return send(injected ? { ok: false, ...injected } : await this.getUpdates(params, req));
    }
    const result: Result = injected ? { ok: false, ...injected } : this.answer(method, params);
    this.calls.push({
      method,
      params,
      ok: result.ok,
      ...(result.ok ? { result: result.result } : {}),
      at: performance.now(),
    });
    for (const check of [...this.watchers]) check();
    send(result);
  }

  private async getUpdates(params: Params, req: IncomingMessage): Promise<Result> {
    const offset = typeof params.offset === 'number' ? params.offset : 0;
    const limit = typeof params.limit === 'number' ? params.limit : 100;
    const timeout = typeof params.timeout === 'number' ? params.timeout : 0;
    if (offset > 0) {
      this.confirmedOffset = Math.max(this.confirmedOffset, offset);
      this.queue = this.queue.filter((u) => u.update_id >= offset);
    }
    if (this.onePollAtATime) this.endWaitingPoll?.();
    let ended = false;
    if (this.queue.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        // Woken by a new update, the timeout, or the client giving up (the runner aborts its poll on stop);
        // or ended by another poll.
        const wake = () => {
          this.pollers.delete(wake);
          clearTimeout(timer);
          req.socket.off('close', wake);
          if (this.endWaitingPoll === end) this.endWaitingPoll = undefined;
          resolve();
        };
        const end = () => {
          ended = true;
          wake();
        };
        const timer = setTimeout(wake, timeout * 1000);
        this.pollers.add(wake);
        req.socket.once('close', wake);
        this.endWaitingPoll = end;
      });
    }
    if (ended) {
      this.conflicts += 1;
      return { ok: false, error_code: 409, description: POLLING_CONFLICT };
    }
    return { ok: true, result: this.queue.slice(0, limit) };
  }

  private answer(method: string, params: Params): Result {
    const refuse = (description: string): Result => ({ ok: false, error_code: 400, description });
    switch (method) {
      case 'getMe':
        return { ok: true, result: this.me };
      case 'sendMessage': {
        if (params.chat_id === undefined) return refuse('Bad Request: chat_id is empty');
        const text = this.visibleText(params.text, params.parse_mode);
        if (typeof text !== 'string') return refuse(text.error);
        const wrongButton = this.checkButtons(params.reply_markup);
        if (wrongButton) return refuse(wrongButton);
        return { ok: true, result: this.message(Number(params.chat_id), text) };
      }
      case 'getChatMember': {
        const status = this.members.get(`${String(params.chat_id)}:${String(params.user_id)}`) ?? 'member';
        return {
          ok: true,
          result: { status, user: { id: Number(params.user_id), is_bot: false, first_name: 'U' } },
        };
      }
      case 'editMessageReplyMarkup':
        return { ok: true, result: this.message(Number(params.chat_id), '') };
      case 'answerInlineQuery': {
        const results = Array.isArray(params.results) ? (params.results as Params[]) : [];
        if (results.length > 50) return refuse('Bad Request: RESULTS_TOO_MUCH');
        if (new Set(results.map((r) => r.id)).size !== results.length) {
          return refuse('Bad Request: RESULT_ID_DUPLICATE');
        }
        for (const result of results) {
          const content = result.input_message_content as Params | undefined;
          const text = this.visibleText(content?.message_text, content?.parse_mode);
          if (typeof text !== 'string') return refuse(text.error);
        }
        return { ok: true, result: true };
      }
      case 'answerCallbackQuery':
      case 'setMyCommands':
      case 'deleteWebhook':
      case 'setWebhook':
        return { ok: true, result: true };
      default:
        return { ok: false, error_code: 404, description: 'Not Found: method not found' };
    }
  }

  /** The text as Telegram would show it, or its refusal. */
  private visibleText(text: unknown, parseMode: unknown): string | { error: string } {
    if (typeof text !== 'string' || !text.trim()) return { error: 'Bad Request: message text is empty' };
    const parsed = parseMode === 'HTML' ? parseTelegramHtml(text) : { text };
    if ('error' in parsed) return parsed;
    if (parsed.text.length > 4096) return { error: 'Bad Request: message is too long' };
    return parsed.text;
  }

  private checkButtons(markup: unknown): string | undefined {
    const rows = (markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)
      ?.inline_keyboard;
    for (const button of rows?.flat() ?? []) {
      if (!button.text) return 'Bad Request: text buttons are unallowed in the inline keyboard';
      if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) {
        return 'Bad Request: BUTTON_DATA_INVALID';
      }
    }
    return undefined;
  }

  private message(chatId: number, text: string): Message {
    return {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(chatId),
      from: this.me,
      text,
    } as Message;
  }
}

export const ANN: User = { id: 111, is_bot: false, first_name: 'Ann', language_code: 'en' };
export const OTHER_BOT: User = { id: 999, is_bot: true, first_name: 'Other', username: 'other_news_bot' };

/** A private chat with a user of that id, or (negative ids) a supergroup. */
export function chatOf(id: number): Chat {
  return id > 0
    ? ({ id, type: 'private', first_name: 'Ann' } as Chat)
    : ({ id, type: 'supergroup', title: 'Newsroom' } as Chat);
}

let messageIds = 10_000;

/**
 * A text message as Telegram delivers it, with the entities its servers mark: a bot command at the start
 * of a word, @mentions.
 */
export function textMessage(
  chatId: number,
  text: string,
  extra: Partial<Message> & { from?: User } = {},
): Omit<Update, 'update_id'> {
  const entities: { type: string; offset: number; length: number }[] = [];
  for (const m of text.matchAll(/(?<=^|\s)\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/g)) {
    entities.push({ type: 'bot_command', offset: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(/(?<=^|\s)@[A-Za-z0-9_]{5,32}/g)) {
    entities.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  entities.sort((a, b) => a.offset - b.offset);
  return {
    message: {
      message_id: messageIds++,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(chatId),
      from: ANN,
      text,
      ...(entities.length ? { entities } : {}),
      ...extra,
    } as Update['message'],
  };
}

let callbackIds = 1;

/** A tap on button `index` (row by row) of a message the bot sent, by `from` in that message's chat. */
export function tap(sent: ApiCall, index = 0, from: User = ANN): Omit<Update, 'update_id'> {
  const markup = sent.params.reply_markup as { inline_keyboard: { callback_data: string }[][] } | undefined;
  const button = markup?.inline_keyboard.flat()[index];
  if (!button) throw new Error(`the message has no button ${index}`);
  return callbackQuery(sent.result as Message, button.callback_data, from);
}

/** A callback query with any data, as a modified client could send, from a message of the bot. */
export function callbackQuery(message: Message, data: string, from: User = ANN): Omit<Update, 'update_id'> {
  return {
    callback_query: { id: String(callbackIds++), from, chat_instance: `ci${message.chat.id}`, message, data },
  } as Omit<Update, 'update_id'>;
}

let inlineIds = 1;

export function inlineQuery(query: string, from: User = ANN): Omit<Update, 'update_id'> {
  return { inline_query: { id: String(inlineIds++), from, query, offset: '' } };
}
