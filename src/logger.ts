export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

// Telegram bot tokens, Slack tokens and signing secrets look like these; a log line never shows one.
const SECRETS = [
  /\d{6,}:[A-Za-z0-9_-]{30,}/g,
  /\bxox[a-z]-[A-Za-z0-9-]{10,}\b/g,
  /\bxapp-[A-Za-z0-9-]{10,}\b/g,
];

export function redact(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of secrets) if (secret.length >= 8) result = result.split(secret).join('[redacted]');
  for (const pattern of SECRETS) result = result.replace(pattern, '[redacted]');
  return result;
}

/** One line a message on stderr (stdout is for answers), below `level` dropped, secrets redacted. */
export function createLogger(
  level: LogLevel = 'info',
  secrets: readonly string[] = [],
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const log = (at: LogLevel) => (message: string) => {
    if (LOG_LEVELS.indexOf(at) >= threshold)
      write(`${at === 'warn' ? 'warning' : at}: ${redact(message, secrets)}`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
