import { describe, expect, it } from 'vitest';
import { parseFeedsCommand } from '../../../src/core/feeds/parseFeedsCommand.js';

describe('/feeds', () => {
  it('lists, adds and removes one address', () => {
    expect(parseFeedsCommand('')).toEqual({ command: { kind: 'list' } });
    expect(parseFeedsCommand('add https://a.example/rss')).toEqual({
      command: { kind: 'add', url: 'https://a.example/rss' },
    });
    expect(parseFeedsCommand('remove <https://a.example/rss>')).toEqual({
      command: { kind: 'remove', url: 'https://a.example/rss' },
    });
  });

  it('says what is wrong with anything else', () => {
    expect(parseFeedsCommand('add')).toEqual({ error: expect.stringContaining("Type the feed's address") });
    expect(parseFeedsCommand('add a b')).toEqual({ error: '/feeds add takes one address (got 2).' });
    expect(parseFeedsCommand('purge')).toEqual({
      error: expect.stringMatching(/^There is no \/feeds purge/),
    });
  });
});
