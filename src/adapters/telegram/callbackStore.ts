import { randomBytes } from 'node:crypto';
import { BoundedMap } from '../../core/mod.js';

/** What a button under one of our messages does when tapped: answer `input` in `chatId` from `offset`. */
export interface ButtonAction {
  /** `more` shows the next page once, and its button goes; `ask` sends a suggested question, as often as tapped. */
  kind: 'more' | 'ask';
  chatId: number;
  input: string;
  offset: number;
}

/**
 * Button actions kept on the server, so that callback data is only a random key: a client that sends made-up
 * data finds nothing, and a key copied into another chat is refused. Bounded: the least recently used actions and those
 * older than `ttlMs` go, and their buttons then answer that they have expired.
 */
export class CallbackStore {
  private readonly actions: BoundedMap<string, { action: ButtonAction; at: number }>;

  constructor(
    capacity = 5000,
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {
    this.actions = new BoundedMap(capacity);
  }

  /** Keeps an action; returns its key (16 URL-safe characters, well within callback data's 64 bytes). */
  put(action: ButtonAction): string {
    const key = randomBytes(12).toString('base64url');
    this.actions.set(key, { action, at: this.now() });
    return key;
  }

  /** The action of a key tapped in `chatId`; a `more` action is used up. */
  take(key: string, chatId: number | undefined): ButtonAction | undefined {
    const entry = this.actions.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.actions.delete(key);
      return undefined;
    }
    if (entry.action.chatId !== chatId) return undefined;
    if (entry.action.kind === 'more') this.actions.delete(key);
    return entry.action;
  }

  get size(): number {
    return this.actions.size;
  }
}
