import type { types } from '@slack/bolt';
import type { Item } from '../../core/mod.js';
import { formatDate, shownParts } from '../../core/mod.js';
import { SECTION_TEXT_LIMIT, escapeMrkdwn, fitMrkdwn, mrkdwnLink } from './mrkdwn.js';
import { context, section } from './slackMessage.js';

const ANSWER_TEXT_LIMIT = 1000;

/**
 * One answer as Block Kit: a section with its number (and `label`, such as "On this day"), the answer and
 * the sentence it rests on as a quote (of the two, what `shownParts` says, so that one sentence is shown
 * once in a reply of which `earlier` are the items before it), then its source (title or article id, date,
 * link) as context.
 */
export function itemBlocks(
  item: Item,
  n: number,
  label?: string,
  earlier: readonly Item[] = [],
): types.KnownBlock[] {
  return [section(itemText(item, n, label, earlier)), context(sourceText(item))];
}

function itemText(item: Item, n: number, label: string | undefined, earlier: readonly Item[]): string {
  const shown = shownParts(item, earlier);
  const number = `*${n}.*${label ? ` _${escapeMrkdwn(label)}_ ·` : ''}`;
  const head =
    shown.answer !== undefined ? `${number} ${fitMrkdwn(shown.answer, ANSWER_TEXT_LIMIT)}` : number;
  if (!shown.quotation) return head;
  return `${head}\n>${fitMrkdwn(item.source.sentence, SECTION_TEXT_LIMIT - head.length - 2)}`;
}

function sourceText(item: Item): string {
  const { id, title, date, url } = item.source;
  const where = mrkdwnLink(url, title ?? id);
  return `Source: ${where}${date ? ` · ${formatDate(date)}` : ''}`;
}
