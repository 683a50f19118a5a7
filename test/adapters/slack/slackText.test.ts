import { describe, expect, it } from 'vitest';
import { slashCommandInput, toSlackCommands } from '../../../src/adapters/slack/slackCommands.js';
import { mentionsUser, readSlackText } from '../../../src/adapters/slack/slackText.js';

describe('readSlackText', () => {
  it('removes mentions of the app, keeps other markup readable and decodes entities', () => {
    expect(readSlackText('<@U0BOT> who is   Vassilenko?', 'U0BOT')).toBe('who is Vassilenko?');
    expect(readSlackText('<@U0BOT|factdesk> /quote <@U0BOB|bob> said &lt;this&gt; &amp; that', 'U0BOT')).toBe(
      '/quote bob said <this> & that',
    );
    expect(readSlackText('see <#C0NEWS|newsroom> and <https://example.org|the story> <!here>', 'U0BOT')).toBe(
      'see #newsroom and the story',
    );
    expect(readSlackText('<mailto:a@b.org> <https://x.org/a>')).toBe('a@b.org https://x.org/a');
  });

  it('tells whether a raw text mentions a user', () => {
    expect(mentionsUser('hi <@U0BOT> there', 'U0BOT')).toBe(true);
    expect(mentionsUser('hi <@U0BOT|factdesk>', 'U0BOT')).toBe(true);
    expect(mentionsUser('hi <@U0BOTTOM>', 'U0BOT')).toBe(false);
    expect(mentionsUser('hi', undefined)).toBe(false);
  });
});

describe('slash command input', () => {
  it('passes /who, /when and /quote on as the core commands', () => {
    expect(slashCommandInput('/who', 'Vassilenko')).toBe('/who Vassilenko');
    expect(slashCommandInput('/when', '')).toBe('/when');
    expect(slashCommandInput('/QUOTE', 'just society')).toBe('/quote just society');
  });

  it('reads /factdesk subcommands, a question in words, and keeps an unknown subcommand a command', () => {
    expect(slashCommandInput('/factdesk', '')).toBe('');
    expect(slashCommandInput('/factdesk', '?')).toBe('');
    expect(slashCommandInput('/factdesk', "Who's the vice speaker?")).toBe("Who's the vice speaker?");
    expect(slashCommandInput('/factdesk', 'search domestic violence')).toBe('/search domestic violence');
    expect(slashCommandInput('/factdesk', '/who Vassilenko')).toBe('/who Vassilenko');
    expect(slashCommandInput('/factdesk', 'help')).toBe('/help');
    expect(slashCommandInput('/factdesk', 'digest on 08:30')).toBe('/digest on 08:30');
    expect(slashCommandInput('/factdesk', 'What did Koshanov say?')).toBe('What did Koshanov say?');
    expect(slashCommandInput('/factdesk', 'frobnicate now')).toBe('/frobnicate now');
  });

  it('spells commands the app has no slash command for as /factdesk subcommands', () => {
    expect(toSlackCommands('Try: /search Istanbul Convention')).toBe(
      'Try: /factdesk search Istanbul Convention',
    );
    expect(toSlackCommands('/who Vassilenko, /when x, /quote y, /digest on')).toBe(
      '/who Vassilenko, /when x, /quote y, /factdesk digest on',
    );
    expect(toSlackCommands('see https://example.org/search')).toBe('see https://example.org/search');
    expect(toSlackCommands('There is no command /日本.')).toBe('There is no command /factdesk 日本.');
  });
});
