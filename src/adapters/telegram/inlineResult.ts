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
  const [title, description] = card(item, where);
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

/** A card's title and description: what the item is, and where it is from or what happened. */
function card(item: Item, where: string): [title: string, description: string] {
  switch (item.kind) {
    case 'person':
      return [[item.person!.name, item.person!.roles.join(', ')].filter(Boolean).join(' — '), where];
    case 'quote': {
      const { text, speaker, reported } = item.quote!;
      // Said in other words: never put inside quotation marks.
      return reported
        ? [text, `${speaker}, reported speech · ${where}`]
        : [`“${text}”`, `${speaker ?? 'Speaker not named'} · ${where}`];
    }
    case 'event':
      return [formatDate(item.date!.iso), item.event ?? item.text];
    case 'passage':
      return [item.source.sentence, where];
  }
}
