import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/** Bolt's logger interface over factdesk's logger, so the SDK's lines are redacted and go to stderr too. */
export interface SdkLogger extends BoltLogger {
  /**
   * While set, the SDK's warnings and errors are logged at debug level: during start-up `startSlack`
   * reports a failure itself, in one line, and the SDK's own account of it would only repeat it.
   */
  quiet: boolean;
}

export function boltLogger(logger: Logger): SdkLogger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) => `slack: ${parts.map(describe).join(' ')}`;
  const sdk: SdkLogger = {
    quiet: false,
    debug: (...parts: unknown[]) => logger.debug(line(parts)),
    info: (...parts: unknown[]) => logger.info(line(parts)),
    warn: (...parts: unknown[]) => (sdk.quiet ? logger.debug : logger.warn)(line(parts)),
    error: (...parts: unknown[]) => (sdk.quiet ? logger.debug : logger.error)(line(parts)),
    // factdesk's logger has its own level (LOG_LEVEL); Bolt only asks for one to pass it on.
    setLevel: (to: LogLevel) => {
      level = to;
    },
    getLevel: () => level,
    setName: () => {},
  };
  return sdk;
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}
