import type { KnowledgeBase } from '../../core/mod.js';
import { ask, helpExamples, settingsCommandOf } from '../../core/mod.js';
import type { DigestService } from '../../digest/digestService.js';
import type { AnswerView, AnswerViews } from './answerViews.js';
import type { ChatAccessCheck } from './chatAccess.js';
import { renderAnswerPage, renderNoAnswer } from './renderAnswer.js';
import { renderDigestReply } from './renderDigest.js';
import { renderHelp } from './renderHelp.js';
import type { SlackSettings } from './settingsReply.js';
import { settingsReply } from './settingsReply.js';
import type { SlackMessage } from './slackMessage.js';
import { joinMessages, textMessage } from './slackMessage.js';

/** What the app needs of the digests: the `/digest` commands, and word of channels that went away. */
export type SlackDigests = Pick<DigestService, 'handleCommand' | 'needsAdmin' | 'chatGone'>;

export const DIGESTS_UNAVAILABLE = 'Digests are not available yet: for now, ask with /who, /when or /quote.';

export const INVITE_FIRST =
  'I cannot post in this conversation, so I cannot send its digest here. In a channel, invite me first (/invite @factdesk); or set up a digest for yourself in my direct messages (Apps → factdesk).';

export interface ReplyDeps {
  kb: KnowledgeBase;
  views: AnswerViews;
  /** `/factdesk digest …`, with who may change a conversation's digest; without them, "not available yet". */
  digests?: { service: SlackDigests; access: ChatAccessCheck };
  /** `/factdesk follow|unfollow|feeds …`; without them, each says it is not available. */
  settings?: SlackSettings;
  /** The app's user id (from auth.test), for help texts. */
  botUserId?: string;
}

export interface Question {
  /** The core's input ("/who Vassilenko", "Who is the vice speaker?"). */
  input: string;
  /** What the user typed, as they typed it in Slack. */
  asked: string;
  audience: AnswerView['audience'];
  channelId: string;
  userId: string;
}

/**
 * The reply to one question: answers from the core rendered as Block Kit, help, the digest's reply, or that of
 * a chat's follows and feeds.
 */
export async function composeReply(deps: ReplyDeps, question: Question): Promise<SlackMessage> {
  const { kb, views, digests, botUserId } = deps;
  const settings = settingsCommandOf(question.input);
  if (settings) return settingsReply(deps.settings, settings, question);
  const answer = ask(kb, question.input);
  const help = () => renderHelp(kb.stats, helpExamples(kb), { digests: digests !== undefined, botUserId });
  if (answer.intent === 'help') return help();
  if (answer.intent === 'digest') {
    return digests ? digestReply(digests, answer.query, question) : textMessage(DIGESTS_UNAVAILABLE);
  }
  if (answer.intent === 'unknown') return joinMessages(renderNoAnswer(answer), help());
  if (answer.answers.length === 0) return renderNoAnswer(answer);
  const view: AnswerView = { answer, asked: question.asked, offset: 0, audience: question.audience };
  return renderAnswerPage(view, (v) => views.keep(v));
}

/**
 * `/factdesk digest …` in a conversation. Slack is asked who administers it only for a command that changes
 * the digest, and such a command is refused where the app cannot post: the digest could never arrive.
 */
async function digestReply(
  { service, access }: NonNullable<ReplyDeps['digests']>,
  args: string,
  { channelId, userId }: Question,
): Promise<SlackMessage> {
  let isAdmin = false;
  if (service.needsAdmin(args)) {
    const allowed = await access(channelId, userId);
    if (!allowed.canPost) return textMessage(INVITE_FIRST);
    isAdmin = allowed.isAdmin;
  }
  return renderDigestReply(service.handleCommand({ platform: 'slack', chatId: channelId, args, isAdmin }));
}
