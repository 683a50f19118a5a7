import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

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
});
