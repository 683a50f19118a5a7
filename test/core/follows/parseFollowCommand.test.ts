import { describe, expect, it } from 'vitest';
import { followKey, parseFollowCommand } from '../../../src/core/follows/parseFollowCommand.js';
import { settingsCommandOf } from '../../../src/core/commands.js';

describe('/follow and /unfollow', () => {
  it('follow words, list with nothing after them, and stop one or all', () => {
    expect(parseFollowCommand('follow', '  Clara   Benz ')).toEqual({
      command: { kind: 'follow', words: 'Clara Benz' },
    });
    expect(parseFollowCommand('follow', '')).toEqual({ command: { kind: 'list' } });
    expect(parseFollowCommand('unfollow', 'clara benz')).toEqual({
      command: { kind: 'unfollow', words: 'clara benz' },
    });
    expect(parseFollowCommand('unfollow', 'all')).toEqual({ command: { kind: 'unfollow-all' } });
  });

  it('refuse words too short, too long, or with nothing to look for, and /unfollow alone', () => {
    expect(parseFollowCommand('follow', 'x')).toEqual({
      error: expect.stringContaining('2 to 100 characters'),
    });
    expect(parseFollowCommand('follow', 'a'.repeat(101))).toEqual({
      error: expect.stringContaining('(got 101)'),
    });
    expect(parseFollowCommand('follow', 'the of')).toEqual({
      error: expect.stringContaining('no word to look for'),
    });
    expect(parseFollowCommand('unfollow', ' ')).toEqual({
      error: expect.stringContaining('/unfollow all'),
    });
  });

  it('count a follow the same whatever its case and spacing', () => {
    expect(followKey(' Clara  BENZ')).toBe(followKey('clara benz'));
  });
});

describe('the commands of a chat’s settings', () => {
  it('are told from every other input, with or without the bot’s name', () => {
    expect(settingsCommandOf('/follow Clara Benz')).toEqual({ name: 'follow', args: 'Clara Benz' });
    expect(settingsCommandOf('/Unfollow@factdesk_bot all')).toEqual({ name: 'unfollow', args: 'all' });
    expect(settingsCommandOf('/feeds')).toEqual({ name: 'feeds', args: '' });
    expect(settingsCommandOf('/followers')).toBeUndefined();
    expect(settingsCommandOf('/who Clara Benz')).toBeUndefined();
  });
});
