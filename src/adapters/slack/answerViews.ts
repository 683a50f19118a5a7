import { randomBytes } from 'node:crypto';
import type { Answer } from '../../core/mod.js';
import { BoundedMap } from '../../core/mod.js';

/** One page of an answer as shown in one Slack message. */
export interface AnswerView {
  answer: Answer;
  /** The question as the user typed it in Slack ("/who Vassilenko", "who is the vice speaker?"). */
  asked: string;
  /** Index of the page's first answer. */
  offset: number;
  /** `private`: an ephemeral reply, with a Share button. `visible`: everyone in the conversation sees it. */
  audience: 'private' | 'visible';
  /** Who shared it into the channel (a user id). */
  sharedBy?: string;
}

/**
 * The answers behind Share and More buttons. A button carries only a random key: its value cannot be
 * edited into another question's results, and the answer need not be asked again. The latest `capacity`
 * views are kept; an older button gets "ask again".
 */
export class AnswerViews {
  readonly #views: BoundedMap<string, AnswerView>;

  constructor(capacity = 2000) {
    this.#views = new BoundedMap(capacity);
  }

  /** Keeps the view and returns the key its buttons carry. */
  keep(view: AnswerView): string {
    const key = randomBytes(16).toString('base64url');
    this.#views.set(key, view);
    return key;
  }

  find(key: string | undefined): AnswerView | undefined {
    return key ? this.#views.get(key) : undefined;
  }
}
