import type { App, BlockButtonAction } from '@slack/bolt';
import type { AnswerView, AnswerViews } from './answerViews.js';
import { ACTIONS, PAGE_SIZE, renderAnswerPage } from './renderAnswer.js';
import { textMessage } from './slackMessage.js';

const EXPIRED = 'That answer is no longer kept (I keep the latest ones). Ask the question again to see it.';
const NOTHING_MORE = 'There is nothing more to show.';

/**
 * The buttons under an answer. Share posts the page for everyone, saying who shared it, and removes the
 * private copy. More shows the next page: in place of a private reply, or privately under a visible one
 * (a visible answer stays as the conversation saw it).
 */
export function listenButtons(app: App, views: AnswerViews): void {
  const keep = (view: AnswerView) => views.keep(view);

  app.action<BlockButtonAction>(ACTIONS.share, async ({ ack, action, body, respond }) => {
    await ack();
    const view = views.find(action.value);
    if (!view) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(EXPIRED) });
      return;
    }
    const shared: AnswerView = { ...view, audience: 'visible', sharedBy: body.user.id };
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      unfurl_links: false,
      unfurl_media: false,
      ...renderAnswerPage(shared, keep),
    });
    await respond({ delete_original: true });
  });

  app.action<BlockButtonAction>(ACTIONS.more, async ({ ack, action, body, respond }) => {
    await ack();
    const view = views.find(action.value);
    if (!view || view.offset + PAGE_SIZE >= view.answer.answers.length) {
      const why = view ? NOTHING_MORE : EXPIRED;
      await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(why) });
      return;
    }
    const next: AnswerView = {
      answer: view.answer,
      asked: view.asked,
      offset: view.offset + PAGE_SIZE,
      audience: 'private',
    };
    const page = renderAnswerPage(next, keep);
    if (view.audience === 'private') await respond({ replace_original: true, ...page });
    else {
      const thread = body.message?.thread_ts as string | undefined;
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...(thread ? { thread_ts: thread } : {}),
        ...page,
      });
    }
  });
}
