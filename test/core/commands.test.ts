import { describe, expect, it } from 'vitest';
import { COMMANDS, settingsCommandOf } from '../../src/core/commands.js';
import { KnowledgeBase } from '../../src/core/knowledgeBase.js';
import { ask } from '../../src/core/ask/ask.js';
import { parseInput } from '../../src/core/ask/parseInput.js';

describe('the table of commands', () => {
  it('is what the parser reads: each command and alias types its intent, a settings command none', () => {
    for (const info of COMMANDS) {
      for (const word of [info.command, ...(info.aliases ?? [])]) {
        const parsed = parseInput(`/${word} x`);
        if ('settings' in info) {
          expect(parsed).toMatchObject({ intent: 'unknown', command: word });
          expect(settingsCommandOf(`/${word} x`)).toEqual({ name: info.command, args: 'x' });
        } else {
          expect(parsed).toEqual({ intent: info.command, query: 'x', freeText: false });
          expect(settingsCommandOf(`/${word} x`)).toBeUndefined();
        }
      }
    }
  });

  it('gives each query command its hint for a command given alone', () => {
    const kb = new KnowledgeBase();
    for (const { command, query } of COMMANDS)
      if (query)
        expect(ask(kb, `/${command}`)).toMatchObject({ intent: command, error: `${query.emptyQuery}.` });
  });

  it('names each command once, with a usage that types it', () => {
    const words = COMMANDS.flatMap((c) => [c.command, ...(c.aliases ?? [])]);
    expect(new Set(words).size).toBe(words.length);
    for (const { command, usage } of COMMANDS) expect(usage).toMatch(new RegExp(`^/${command}\\b`));
  });
});
