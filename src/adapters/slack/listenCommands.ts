import type { App } from '@slack/bolt';
import type { ReplyDeps } from './composeReply.js';
import { composeReply } from './composeReply.js';
import { SLASH_COMMANDS, slashCommandInput } from './slackCommands.js';
import { readSlackText } from './slackText.js';

const COMMAND_NAME = new RegExp(`^(${SLASH_COMMANDS.join('|')})$`);

/**
 * `/who`, `/when`, `/quote` and `/factdesk …`: acknowledged first (Slack allows 3 seconds), then answered
 * through the command's response_url, visible only to the user until they share it.
 */
export function listenCommands(app: App, deps: ReplyDeps): void {
  app.command(COMMAND_NAME, async ({ command, ack, respond }) => {
    await ack();
    const text = readSlackText(command.text ?? '');
    const reply = await composeReply(deps, {
      input: slashCommandInput(command.command, text),
      asked: `${command.command} ${text}`.trim(),
      audience: 'private',
      channelId: command.channel_id,
      userId: command.user_id,
    });
    await respond({ response_type: 'ephemeral', ...reply });
  });
}
