import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, redactConsole } from '../src/logger.js';

describe('createLogger', () => {
  it('drops messages below its level', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', [], (line) => lines.push(line));
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines).toEqual(['warning: w', 'error: e']);
  });

  it('never writes a secret, configured or shaped like a token', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', ['my-signing-secret'], (line) => lines.push(line));
    logger.error(
      'request to https://api.telegram.org/bot123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0/getMe failed',
    );
    logger.error('auth failed for xoxb-1234-5678-abcdefghij with my-signing-secret');
    expect(lines.join('\n')).not.toMatch(/AAHfiqks|xoxb-1234|my-signing-secret/);
    expect(lines[0]).toContain('[redacted]');
  });

  it('writes control characters from outside as escapes, one line a message', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', [], (line) => lines.push(line));
    logger.warn('corpus: evil\nwarning: forged.md: bad date');
    logger.warn('corpus: \x1b[31mred\x1b[0m\r\t\u0000\u009b\u2028.md: empty');
    expect(lines).toEqual([
      'warning: corpus: evil\\nwarning: forged.md: bad date',
      'warning: corpus: \\x1b[31mred\\x1b[0m\\r\\t\\x00\\x9b\\u2028.md: empty',
    ]);
  });
});

describe('the logger’s output hook', () => {
  it('hands each line, escaped and redacted, to the hook with the logger’s own writer, until unset', () => {
    const written: string[] = [];
    const hooked: string[] = [];
    const logger = createLogger('info', ['my-signing-secret'], (line) => written.push(line));
    logger.setOutputHook((line, write) => {
      hooked.push(line);
      write(`[above the prompt] ${line}`);
    });
    logger.debug('dropped');
    logger.warn('bad\nline with my-signing-secret');
    logger.setOutputHook(undefined);
    logger.info('direct');
    expect(hooked).toEqual(['warning: bad\\nline with [redacted]']);
    expect(written).toEqual(['[above the prompt] warning: bad\\nline with [redacted]', 'info: direct']);
  });
});

describe('redactConsole', () => {
  const methods = ['debug', 'log', 'info', 'warn', 'error', 'trace'] as const;
  const saved = methods.map((method) => [method, console[method]] as const);
  afterEach(() => {
    for (const [method, print] of saved) console[method] = print;
  });

  it('redacts what libraries print with console, errors and their causes included', () => {
    const printed = vi.fn();
    for (const method of methods) console[method] = printed;
    redactConsole(['short-secret-1']);
    const cause = new Error('request to http://127.0.0.1:9/bot42:short-secret-1/getUpdates failed');
    console.error('[grammY runner]', Object.assign(new Error('Network request failed'), { error: cause }));
    console.log('signed with %s', 'short-secret-1');
    const text = printed.mock.calls.flat().join('\n');
    expect(text).toContain('/bot42:[redacted]/getUpdates');
    expect(text).toContain('signed with [redacted]');
    expect(text).not.toContain('short-secret-1');
  });
});
