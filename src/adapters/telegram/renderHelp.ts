import type { HelpExamples, KnowledgeStats } from '../../core/mod.js';
import { COMMANDS, exampleOf, knownCounts, questionsOf } from '../../core/mod.js';
import { escapeHtml } from './escapeHtml.js';

/**
 * /start and /help: what the bot knows, its commands with an example each and questions in words (drawn
 * from the corpus), and how to ask in groups and inline.
 */
export function renderHelp(stats: KnowledgeStats, examples: HelpExamples, username: string): string {
  const me = `@${escapeHtml(username)}`;
  const known = knownCounts(stats);
  return [
    stats.articles === 0
      ? 'The corpus is empty: I know <b>no articles</b> yet. Add articles to the corpus folder (.txt, .md or .jsonl files).'
      : `I know <b>${known.articles}</b>: ${known.people}, ${known.events} and ${known.statements}, quoted or reported. Every answer cites its article and sentence.`,
    '',
    '<b>Commands</b>',
    ...COMMANDS.map(
      (c) =>
        `/${c.command} — ${escapeHtml(c.description)}, e.g. <code>${escapeHtml(exampleOf(examples, c))}</code>`,
    ),
    '',
    '<b>Or ask in words</b>',
    ...questionsOf(examples).map((q) => `<i>${escapeHtml(q)}</i>`),
    '',
    `In a group, mention ${me} or reply to my message. In any chat, type <code>${me} ${escapeHtml(examples.name ?? 'NAME')}</code> to share a fact card.`,
  ].join('\n');
}
