import type { types } from '@slack/bolt';
import type { OutgoingMessage } from '../../core/mod.js';
import type { DigestReply } from '../../digest/digestService.js';
import { SECTION_TEXT_LIMIT, fitMrkdwn } from './mrkdwn.js';
import { itemBlocks } from './renderItem.js';
import { toSlackCommands } from './slackCommands.js';
import type { SlackMessage } from './slackMessage.js';
import { context, joinMessages, section } from './slackMessage.js';

/**
 * A digest as one Block Kit message: the heading in bold, its notes as context, then each fact as answers
 * are shown (the sentence quoted, the source under it). Five facts take at most 17 of Slack's 50 blocks.
 */
export function renderDigest(digest: OutgoingMessage): SlackMessage {
  const heading = fitMrkdwn(digest.heading, SECTION_TEXT_LIMIT - 2);
  const blocks: types.KnownBlock[] = [section(`*${heading}*`)];
  for (const note of digest.notes) blocks.push(context(fitMrkdwn(note, SECTION_TEXT_LIMIT)));
  digest.entries.forEach((entry, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(...itemBlocks(entry.item, i + 1, entry.label));
  });
  return { text: heading, blocks };
}

/** Longest line of a reply shown (a reply has a dozen lines at most, each well under it), so it fits a section. */
const LINE_LIMIT = 250;

/**
 * The answer to `/factdesk digest …`: its lines (commands spelt the Slack way, so `/digest off` reads
 * `/factdesk digest off`), then the preview if there is one.
 */
export function renderDigestReply(reply: DigestReply): SlackMessage {
  const lines = toSlackCommands(reply.text)
    .split('\n')
    .map((line) => fitMrkdwn(line, LINE_LIMIT));
  const words: SlackMessage = { text: lines[0] ?? '', blocks: [section(lines.join('\n'))] };
  return reply.digest ? joinMessages(words, renderDigest(reply.digest)) : words;
}
