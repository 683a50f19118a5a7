import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OWN_COMMANDS, slashCommandInput } from '../../../src/adapters/slack/slackCommands.js';
import { COMMANDS } from '../../../src/core/commands.js';

interface SlashCommand {
  command: string;
  description: string;
  usage_hint: string;
}

/** The manifest the README gives to create the Slack app. */
function manifestCommands(): SlashCommand[] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const yaml = /### Create the app[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
  return (parse(yaml) as { features: { slash_commands: SlashCommand[] } }).features.slash_commands;
}

describe('the Slack manifest', () => {
  it('gives each command with a slash command of its own the table’s description and usage', () => {
    const own = COMMANDS.filter((c) => OWN_COMMANDS.includes(c.command));
    expect(manifestCommands().slice(0, -1)).toEqual(
      own.map((c) => ({
        command: `/${c.command}`,
        description: c.description[0]!.toUpperCase() + c.description.slice(1),
        usage_hint: c.usage.slice(`/${c.command} `.length),
        should_escape: false,
      })),
    );
    expect(manifestCommands().at(-1)?.command).toBe('/factdesk');
  });

  it('reaches every other command of the table as a /factdesk subcommand', () => {
    for (const { command } of COMMANDS)
      expect(slashCommandInput('/factdesk', `${command} x`)).toBe(`/${command} x`);
  });
});
