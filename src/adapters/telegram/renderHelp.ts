import { COMMANDS, QUESTION_EXAMPLES } from '../../core/commands.js';
import type { KnowledgeStats } from '../../core/knowledgeBase.js';
import { escapeHtml } from './escapeHtml.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** /start and /help: what the bot knows, its commands with an example each, and how to ask in groups and inline. */
export function renderHelp(stats: KnowledgeStats, username: string): string {
  const me = `@${escapeHtml(username)}`;
  return [
    `I know <b>${plural(stats.articles, 'article', 'articles')}</b>: ${plural(stats.people, 'person', 'people')}, ${plural(stats.events, 'dated event', 'dated events')} and ${plural(stats.quotes, 'statement', 'statements')}, quoted or reported. Every answer cites its article and sentence.`,
    '',
    '<b>Commands</b>',
    ...COMMANDS.map(
      (c) => `/${c.command} — ${escapeHtml(c.description)}, e.g. <code>${escapeHtml(c.example)}</code>`,
    ),
    '',
    '<b>Or ask in words</b>',
    ...QUESTION_EXAMPLES.map((q) => `<i>${escapeHtml(q)}</i>`),
    '',
    `In a group, mention ${me} or reply to my message. In any chat, type <code>${me} Vassilenko</code> to share a fact card.`,
  ].join('\n');
}
