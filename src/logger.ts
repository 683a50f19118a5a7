import { format } from 'node:util';

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

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from outside (a file name, a reason quoting a file) with its control characters written as escapes
 * (`\n`, `\x1b`), so that it can neither start a forged log line nor drive the terminal that shows the log.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    const hex = (digits: number) => code.toString(16).padStart(digits, '0');
    return NAMED[c] ?? (code > 0xff ? `\\u${hex(4)}` : `\\x${hex(2)}`);
  });
}

/**
 * Takes each line in the logger's place, with the logger's own way of writing it: the console chat writes it
 * above its prompt, so that it does not land in the middle of a line being typed.
 */
export type LogOutputHook = (line: string, write: (line: string) => void) => void;

/** A logger whose lines an output hook may take for a while. */
export interface HookableLogger extends Logger {
  /** From now on each line goes to `hook`; `undefined` writes them directly again. */
  setOutputHook(hook: LogOutputHook | undefined): void;
}

/** One line a message on stderr (stdout is for answers), below `level` dropped, escaped, secrets redacted. */
export function createLogger(
  level: LogLevel = 'info',
  secrets: readonly string[] = [],
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): HookableLogger {
  const threshold = LOG_LEVELS.indexOf(level);
  let hook: LogOutputHook | undefined;
  const log = (at: LogLevel) => (message: string) => {
    if (LOG_LEVELS.indexOf(at) < threshold) return;
    const line = `${at === 'warn' ? 'warning' : at}: ${redact(escapeControl(message), secrets)}`;
    if (hook) hook(line, write);
    else write(line);
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setOutputHook: (next) => {
      hook = next;
    },
  };
}

/**
 * Makes what is printed with `console` redacted too: libraries print there past the logger (grammY's runner
 * prints a failed request, whose URL holds the bot token, when its error handler fails).
 */
export function redactConsole(secrets: readonly string[]): void {
  for (const method of ['debug', 'log', 'info', 'warn', 'error', 'trace'] as const) {
    const print = console[method].bind(console);
    console[method] = (...parts: unknown[]) => print(redact(format(...parts), secrets));
  }
}
