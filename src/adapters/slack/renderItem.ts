import type { types } from '@slack/bolt';
import { formatDate } from '../../core/text/formatDate.js';
import type { Item } from '../../core/types.js';
import { SECTION_TEXT_LIMIT, escapeMrkdwn, fitMrkdwn, mrkdwnLink } from './mrkdwn.js';
import { context, section } from './slackMessage.js';

const ANSWER_TEXT_LIMIT = 1000;

/**
 * One answer as Block Kit: a section with its number (and `label`, such as "On this day"), the answer and
 * the sentence it rests on as a quote, then its source (title or article id, date, link) as context. A
 * passage that is its own answer is quoted once.
 */
export function itemBlocks(item: Item, n: number, label?: string): types.KnownBlock[] {
  return [section(itemText(item, n, label)), context(sourceText(item))];
}

function itemText(item: Item, n: number, label: string | undefined): string {
  const { sentence } = item.source;
  const sameAsSentence = item.text.replace(/\s+/g, ' ').trim() === sentence.replace(/\s+/g, ' ').trim();
  const number = `*${n}.*${label ? ` _${escapeMrkdwn(label)}_ ·` : ''}`;
  const head = sameAsSentence ? number : `${number} ${fitMrkdwn(item.text, ANSWER_TEXT_LIMIT)}`;
  return `${head}\n>${fitMrkdwn(sentence, SECTION_TEXT_LIMIT - head.length - 2)}`;
}

function sourceText(item: Item): string {
  const { id, title, date, url } = item.source;
  const where = mrkdwnLink(url, title ?? id);
  return `Source: ${where}${date ? ` · ${formatDate(date)}` : ''}`;
}
