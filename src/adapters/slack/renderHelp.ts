import type { HelpExamples, KnowledgeStats } from '../../core/mod.js';
import { COMMANDS, exampleOf, knownCounts, questionsOf } from '../../core/mod.js';
import { escapeMrkdwn, mentionUser } from './mrkdwn.js';
import { toSlackCommands } from './slackCommands.js';
import type { SlackMessage } from './slackMessage.js';
import { context, section } from './slackMessage.js';

export interface HelpOptions {
  /** The app's user id, to show how to mention it. */
  botUserId?: string;
  /** Whether `/factdesk digest` does anything yet. */
  digests: boolean;
}

/**
 * What the app knows and how to ask it, with every command spelt as it is typed in Slack, and examples and
 * questions drawn from the corpus.
 */
export function renderHelp(
  stats: KnowledgeStats,
  examples: HelpExamples,
  { botUserId, digests }: HelpOptions,
): SlackMessage {
  const known = knownCounts(stats);
  const knows =
    stats.articles === 0
      ? 'The corpus is empty: I know *no articles* yet. Add articles to the corpus folder (.txt, .md or .jsonl files).'
      : `I know *${known.articles}*: ${known.people}, ${known.events} and ${known.statements}, quoted or reported.`;
  const commands = COMMANDS.map((c) => {
    const name = escapeMrkdwn(toSlackCommands(`/${c.command}`));
    const later = c.command === 'digest' && !digests ? ' (not available yet)' : '';
    return `• \`${name}\` — ${escapeMrkdwn(c.description)}${later}, e.g. \`${escapeMrkdwn(toSlackCommands(exampleOf(examples, c)))}\``;
  });
  const app = botUserId ? mentionUser(botUserId) : 'the app';
  const words = [
    `*Ask in words*: mention ${app} with a question in a channel and I answer in a thread; ask more in that thread, no mention needed. Direct messages work too.`,
    ...questionsOf(examples).map((q) => `• ${escapeMrkdwn(q)}`),
  ];
  return {
    text: 'factdesk: /who, /when, /quote, /factdesk search, /factdesk help',
    blocks: [
      section(knows),
      section(`*Commands*\n${commands.join('\n')}`),
      section(words.join('\n')),
      context(
        'Answers to slash commands are visible only to you: *Share in channel* posts one for everyone. Every answer quotes its sentence and cites its article.',
      ),
    ],
  };
}
