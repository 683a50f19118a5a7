import type { types } from '@slack/bolt';
import { MESSAGE_BLOCK_LIMIT, SECTION_TEXT_LIMIT, fitMrkdwn } from './mrkdwn.js';

/** A message as Slack takes it: Block Kit blocks, and the text notifications and old clients show. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** A section of mrkdwn that is already escaped. */
export function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}

/** A context line (small grey text) of mrkdwn that is already escaped. */
export function context(mrkdwn: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn }] };
}

/** A message of one paragraph of plain text (escaped here). */
export function textMessage(text: string): SlackMessage {
  const escaped = fitMrkdwn(text, SECTION_TEXT_LIMIT);
  return { text: escaped, blocks: [section(escaped)] };
}

/** One message out of several, the first one's text as its notification, within Slack's block limit. */
export function joinMessages(first: SlackMessage, ...rest: SlackMessage[]): SlackMessage {
  const blocks = [...first.blocks];
  for (const message of rest) blocks.push({ type: 'divider' }, ...message.blocks);
  return { text: first.text, blocks: blocks.slice(0, MESSAGE_BLOCK_LIMIT) };
}
