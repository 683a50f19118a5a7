import type { InlineQueryResultArticle } from 'grammy/types';
import type { Item } from '../../core/mod.js';
import { formatDate } from '../../core/mod.js';
import { renderItem, shorten } from './renderItem.js';

/**
 * A fact card for inline mode: a title and a line that say what the fact is (a person and their roles, a
 * date and what happened, a quotation and its speaker, or a passage), and the message it sends: the fact
 * with its source and sentence. Titles and descriptions are plain text: Telegram does not parse them.
 */
export function inlineResult(item: Item, id: string): InlineQueryResultArticle {
  const { source } = item;
  const where = [source.title ?? source.id, source.date && formatDate(source.date)]
    .filter(Boolean)
    .join(', ');
  let title: string;
  let description: string;
  if (item.person) {
    title = [item.person.name, item.person.roles.join(', ')].filter(Boolean).join(' — ');
    description = where;
  } else if (item.quote?.reported) {
    // Said in other words: never put inside quotation marks.
    title = item.quote.text;
    description = `${item.quote.speaker}, reported speech · ${where}`;
  } else if (item.quote) {
    title = `“${item.quote.text}”`;
    description = `${item.quote.speaker ?? 'Speaker not named'} · ${where}`;
  } else if (item.date) {
    title = formatDate(item.date.iso);
    description = item.event ?? item.text;
  } else {
    title = source.sentence;
    description = where;
  }
  return {
    type: 'article',
    id,
    title: shorten(title, 120),
    description: shorten(description, 200),
    input_message_content: {
      message_text: renderItem(item),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  };
}
