import type { OutgoingMessage } from '../../core/mod.js';
import type { DigestReply } from '../../digest/digestService.js';
import { escapeHtml, visibleLength } from './escapeHtml.js';
import { MAX_MESSAGE_LENGTH } from './renderAnswer.js';
import { MAX_FIELD_LENGTH, renderItem } from './renderItem.js';

/**
 * The longest corpus text each fact shows, tried in turn until the whole digest fits one message: a digest
 * is one message (two could arrive half), and five facts at the full length could pass 4096 characters.
 * At the last, five facts of three fields each take about 2,500 characters.
 */
const FIELD_LENGTHS = [MAX_FIELD_LENGTH, 500, 250, 120] as const;

/** A digest as one Telegram HTML message: the heading in bold, its notes, then each fact with its label and source. */
export function renderDigest(digest: OutgoingMessage, intro?: string): string {
  let html = '';
  for (const maxField of FIELD_LENGTHS) {
    html = [
      ...(intro ? [escapeHtml(intro)] : []),
      `<b>${escapeHtml(digest.heading)}</b>`,
      ...digest.notes.map((note) => `<i>${escapeHtml(note)}</i>`),
      ...digest.entries.map((entry, i) =>
        renderItem(entry.item, { number: i + 1, maxField, label: entry.label }),
      ),
    ].join('\n\n');
    if (visibleLength(html) <= MAX_MESSAGE_LENGTH) break;
  }
  return html;
}

/** The answer to a `/digest` command: its words, with the preview under them for `/digest now`. */
export function renderDigestReply(reply: DigestReply): string {
  return reply.digest ? renderDigest(reply.digest, reply.text) : escapeHtml(reply.text);
}
