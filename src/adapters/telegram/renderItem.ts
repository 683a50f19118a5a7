import type { Item } from '../../core/mod.js';
import { formatDate, shownParts } from '../../core/mod.js';
import { escapeHtml } from './escapeHtml.js';

/**
 * Longest stretch of corpus text (an answer, a sentence, a title) one item shows, so that any single item
 * fits a message whole; a longer one is shortened at a word and marked with "…", never cut inside a tag.
 */
export const MAX_FIELD_LENGTH = 1000;

/** Sentences longer than this are quoted in an expandable block, so five answers still fit a screen. */
const EXPANDABLE_FROM = 300;

export interface ItemOptions {
  /** Its place in a list ("1."). */
  number?: number;
  /** Why it is shown, before it ("On this day"). */
  label?: string;
  /** The longest stretch of corpus text shown (`MAX_FIELD_LENGTH` by default): a digest of five needs less. */
  maxField?: number;
  /** The items before it in the same reply, whose sentences it does not quote again. */
  earlier?: readonly Item[];
}

/**
 * One answer in Telegram HTML: the answer (its person, speaker or date in bold), its source (title or
 * article id, date, link when the article has a web address) and the sentence it rests on, quoted; of the
 * answer and the sentence, what `shownParts` says, so that one sentence is shown once.
 */
export function renderItem(
  item: Item,
  { number, label, maxField = MAX_FIELD_LENGTH, earlier = [] }: ItemOptions = {},
): string {
  const { source } = item;
  const sentence = shorten(source.sentence, maxField);
  const lines: string[] = [];
  const head =
    (number === undefined ? '' : `<b>${number}.</b> `) + (label ? `<u>${escapeHtml(label)}</u> · ` : '');
  const shown = shownParts(item, earlier);
  if (shown.answer !== undefined) lines.push(head + boldLead(shorten(shown.answer, maxField), item));
  lines.push(`${shown.answer !== undefined ? '' : head}<i>Source:</i> ${renderSource(item, maxField)}`);
  if (shown.quotation) {
    lines.push(
      `<blockquote${sentence.length > EXPANDABLE_FROM ? ' expandable' : ''}>${escapeHtml(sentence)}</blockquote>`,
    );
  }
  return lines.join('\n');
}

function renderSource(item: Item, maxField: number): string {
  const { source } = item;
  const name = escapeHtml(shorten(source.title ?? source.id, maxField));
  const href = source.url === undefined ? undefined : webAddress(source.url);
  const label = href ? `<a href="${escapeHtml(href)}">${name}</a>` : name;
  return source.date ? `${label}, ${escapeHtml(formatDate(source.date))}` : label;
}

/** The answer with its subject in bold when it starts with it: the person, the speaker, or the date. */
function boldLead(text: string, item: Item): string {
  const leads = [item.person?.name, item.quote?.speaker, item.date && formatDate(item.date.iso)];
  const lead = leads.find((l): l is string => !!l && text.startsWith(l));
  if (!lead) return escapeHtml(text);
  return `<b>${escapeHtml(lead)}</b>${escapeHtml(text.slice(lead.length))}`;
}

/** Only http(s) addresses become links: Telegram refuses a message whose link it cannot open. */
function webAddress(url: string): string | undefined {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  return parsed && /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
}

/** Text of at most `max` characters, shortened at a word boundary with "…". */
export function shorten(text: string, max = MAX_FIELD_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
