import type { Api } from 'grammy';
import { COMMANDS } from '../../core/mod.js';

/**
 * Registers the commands menu (the "/" list Telegram clients show) from the core's `COMMANDS`, for every
 * chat. `bot.api.setMyCommands` rather than @grammyjs/commands: that plugin also routes commands, which
 * `addressOf` does here in one place, and it adds fields of its own to what it sends.
 */
export async function registerCommandsMenu(api: Api): Promise<void> {
  await api.setMyCommands(COMMANDS.map(({ command, description }) => ({ command, description })));
}
