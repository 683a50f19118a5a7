import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { BoundedMap } from '../../core/mod.js';

/**
 * Global middleware that lets each Events API event through once. Slack redelivers an event it thinks
 * was not received (`X-Slack-Retry-Num`, or `retry_attempt` in Socket Mode) with the same `event_id`;
 * the first delivery already answers it, so a retry would post the answer twice.
 */
export function answerEventsOnce(logger: Logger, capacity = 10_000): Middleware<AnyMiddlewareArgs> {
  const seen = new BoundedMap<string, true>(capacity);
  return async ({ body, context, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined) {
      if (seen.has(eventId)) {
        logger.debug(
          `slack: event ${eventId} delivered again (retry ${context.retryNum ?? '?'}): already answered`,
        );
        return;
      }
      seen.set(eventId, true);
    }
    await next();
  };
}
