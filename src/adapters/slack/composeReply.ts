import type { KnowledgeBase } from '../../core/knowledgeBase.js';
import { ask } from '../../core/query/ask.js';
import type { AnswerView, AnswerViews } from './answerViews.js';
import { renderAnswerPage, renderNoAnswer } from './renderAnswer.js';
import { renderHelp } from './renderHelp.js';
import type { SlackMessage } from './slackMessage.js';
import { joinMessages, textMessage } from './slackMessage.js';

/** Where a `/factdesk digest …` was typed, for the digest feature to act on. */
export interface DigestRequest {
  /** What follows `digest` ("on 08:30 Asia/Almaty", "off", ""). */
  query: string;
  teamId?: string;
  channelId: string;
  userId: string;
}

/** Handles `/factdesk digest …` (injected by the composition root once digests exist); its reply is plain text. */
export type SlackDigestHandler = (request: DigestRequest) => Promise<string> | string;

export const DIGESTS_UNAVAILABLE = 'Digests are not available yet: for now, ask with /who, /when or /quote.';

export interface ReplyDeps {
  kb: KnowledgeBase;
  views: AnswerViews;
  digest?: SlackDigestHandler;
  /** The app's user id (from auth.test), for help texts. */
  botUserId?: string;
}

export interface Question {
  /** The core's input ("/who Vassilenko", "Who is the vice speaker?"). */
  input: string;
  /** What the user typed, as they typed it in Slack. */
  asked: string;
  audience: AnswerView['audience'];
  teamId?: string;
  channelId: string;
  userId: string;
}

/** The reply to one question: answers from the core rendered as Block Kit, help, or the digest's reply. */
export async function composeReply(deps: ReplyDeps, question: Question): Promise<SlackMessage> {
  const { kb, views, digest, botUserId } = deps;
  const answer = ask(kb, question.input);
  const help = () =>
    renderHelp(kb.stats, { digests: digest !== undefined, ...(botUserId ? { botUserId } : {}) });
  if (answer.intent === 'help') return help();
  if (answer.intent === 'digest') {
    if (!digest) return textMessage(DIGESTS_UNAVAILABLE);
    const { teamId, channelId, userId } = question;
    return textMessage(
      await digest({ query: answer.query, channelId, userId, ...(teamId ? { teamId } : {}) }),
    );
  }
  if (answer.intent === 'unknown') return joinMessages(renderNoAnswer(answer), help());
  if (answer.answers.length === 0) return renderNoAnswer(answer);
  const view: AnswerView = { answer, asked: question.asked, offset: 0, audience: question.audience };
  return renderAnswerPage(view, (v) => views.keep(v));
}
