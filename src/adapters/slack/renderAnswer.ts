import type { types } from '@slack/bolt';
import type { Answer } from '../../core/mod.js';
import type { AnswerView } from './answerViews.js';
import { escapeMrkdwn, fitMrkdwn, mentionUser } from './mrkdwn.js';
import { itemBlocks } from './renderItem.js';
import { toSlackCommands } from './slackCommands.js';
import type { SlackMessage } from './slackMessage.js';
import { context, section } from './slackMessage.js';

/** Answers a message shows; "More" shows the next ones. */
export const PAGE_SIZE = 5;

/** The `action_id`s of the buttons under an answer. */
export const ACTIONS = { share: 'factdesk_share', more: 'factdesk_more' } as const;

const QUESTION_LIMIT = 300;

/**
 * One page of an answer: each item with the sentence it rests on as a quote and its source (title or
 * article id, date, link) as context, then Share (a private reply) and More (when answers remain).
 * `keep` stores the view for the buttons and returns their key; it is called only when there is a button.
 */
export function renderAnswerPage(view: AnswerView, keep: (view: AnswerView) => string): SlackMessage {
  const { answer, offset } = view;
  const total = answer.answers.length;
  const page = answer.answers.slice(offset, offset + PAGE_SIZE);
  const blocks: types.KnownBlock[] = [];

  if (view.audience === 'private' || view.sharedBy) {
    const who = view.sharedBy ? `${mentionUser(view.sharedBy)} shared ` : '';
    blocks.push(
      context(`${who}*${fitMrkdwn(view.asked, QUESTION_LIMIT)}* · ${total} answer${total === 1 ? '' : 's'}`),
    );
  }
  page.forEach((item, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(...itemBlocks(item, offset + i + 1, undefined, answer.answers.slice(0, offset + i)));
  });

  const shown = offset + page.length;
  if (total > PAGE_SIZE) blocks.push(context(`Answers ${offset + 1}–${shown} of ${total}`));
  const buttons: types.Button[] = [];
  const remaining = total - shown;
  if (view.audience === 'private' || remaining > 0) {
    const key = keep(view);
    if (view.audience === 'private') {
      buttons.push({
        type: 'button',
        action_id: ACTIONS.share,
        text: { type: 'plain_text', text: 'Share in channel' },
        style: 'primary',
        value: key,
      });
    }
    if (remaining > 0) {
      buttons.push({
        type: 'button',
        action_id: ACTIONS.more,
        text: { type: 'plain_text', text: `More (${remaining} left)` },
        value: key,
      });
    }
  }
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });

  const first = page[0];
  const more = total > 1 ? ` (${total} answers)` : '';
  return { text: first ? `${fitMrkdwn(first.text, QUESTION_LIMIT)}${more}` : '', blocks };
}

/** No answer: the core's error, or "nothing in the corpus", and its suggestions spelt as Slack commands. */
export function renderNoAnswer(answer: Answer): SlackMessage {
  const said = answer.error
    ? escapeMrkdwn(toSlackCommands(answer.error))
    : `Nothing in the corpus answers “${fitMrkdwn(answer.query || answer.input, QUESTION_LIMIT)}”.`;
  const blocks: types.KnownBlock[] = [section(said)];
  if (answer.suggestions?.length) {
    const commands = answer.suggestions.map(
      (s) => `\`${escapeMrkdwn(toSlackCommands(s).replace(/`/g, "'"))}\``,
    );
    blocks.push(section(`${answer.error ? 'Did you mean' : 'Try'}: ${commands.join('  ·  ')}`));
  }
  return { text: said, blocks };
}
