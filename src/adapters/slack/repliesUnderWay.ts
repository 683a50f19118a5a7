import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/**
 * Global middleware that counts the requests being answered, so stopping can wait for replies already
 * acknowledged to Slack instead of dropping them.
 */
export class RepliesUnderWay {
  readonly #pending = new Set<Promise<void>>();

  readonly middleware: Middleware<AnyMiddlewareArgs> = async ({ next }) => {
    const reply = next();
    this.#pending.add(reply);
    try {
      await reply;
    } finally {
      this.#pending.delete(reply);
    }
  };

  /** Resolves when every reply under way has finished (or failed), or after `timeoutMs`. */
  async settle(timeoutMs: number): Promise<void> {
    if (this.#pending.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.#pending]), timeout]);
    clearTimeout(timer);
  }
}
