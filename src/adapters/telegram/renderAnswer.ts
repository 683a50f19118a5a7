import type { Answer } from '../../core/mod.js';
import { escapeHtml, visibleLength } from './escapeHtml.js';
import { renderItem } from './renderItem.js';

/** Telegram's limit on a message's text, counted after HTML parsing. */
export const MAX_MESSAGE_LENGTH = 4096;

/** Most answers one message shows; a "More" button shows the next ones. */
export const PAGE_SIZE = 5;

/** Room kept for the "Answers 6–10 of 14." line. */
const FOOTER_ROOM = 60;

export interface AnswerPage {
  html: string;
  /** The index of the first answer not shown, when there are more. */
  next?: number;
}

/**
 * The answers of `answer` from `offset` as one message in Telegram HTML: at most `PAGE_SIZE`, fewer when
 * more would pass the 4096-character limit (each item is short enough to fit alone, so a page always
 * shows one and is never cut). With no answer: the core's error, or that nothing in the corpus answers.
 */
export function renderAnswerPage(answer: Answer, offset = 0): AnswerPage {
  const total = answer.answers.length;
  if (total === 0) {
    const about = answer.query || answer.input.trim();
    const message = answer.error ?? `Nothing in the corpus answers “${about}”.`;
    const hint = answer.suggestions?.length
      ? answer.error
        ? 'Did you mean:'
        : 'Try one of these:'
      : answer.error
        ? ''
        : 'Try other words, or /help.';
    return { html: [escapeHtml(message), hint].filter(Boolean).join('\n') };
  }
  const blocks: string[] = [];
  let length = 0;
  let index = offset;
  while (index < total && blocks.length < PAGE_SIZE) {
    const block = renderItem(
      answer.answers[index]!,
      total > 1 ? { number: index + 1, earlier: answer.answers.slice(0, index) } : {},
    );
    const added = visibleLength(block) + (blocks.length > 0 ? 2 : 0);
    if (blocks.length > 0 && length + added + FOOTER_ROOM > MAX_MESSAGE_LENGTH) break;
    blocks.push(block);
    length += added;
    index++;
  }
  if (total > blocks.length) blocks.push(`<i>Answers ${offset + 1}–${index} of ${total}.</i>`);
  return { html: blocks.join('\n\n'), ...(index < total ? { next: index } : {}) };
}
