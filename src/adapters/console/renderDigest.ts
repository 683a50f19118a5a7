import type { OutgoingMessage } from '../../core/mod.js';
import type { DigestReply } from '../../digest/digestService.js';
import { renderItem } from './renderText.js';

/** A digest as plain text: the heading, its notes, then each fact with its source and sentence. */
export function renderDigestText(digest: OutgoingMessage): string {
  const lines = [digest.heading, ...digest.notes];
  digest.entries.forEach((entry, i) => lines.push('', ...renderItem(entry.item, i + 1, entry.label)));
  return lines.join('\n');
}

/** The answer to a `/digest` command: its words, then the preview if there is one. */
export function renderDigestReply(reply: DigestReply): string {
  return reply.digest ? `${reply.text}\n\n${renderDigestText(reply.digest)}` : reply.text;
}
